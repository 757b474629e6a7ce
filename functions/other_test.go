package functions

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// TestGzipLikeZlib checks COMPRESS against the page's bytes, and that
// every output, rewritten or not, is GZIP that decompresses to its input.
func TestGzipLikeZlib(t *testing.T) {
	documented := map[string]string{
		"hello": "1F8B0800000000000003CB48CDC9C9070086A6103605000000",
		"":      "1F8B080000000000000303000000000000000000",
		// zlib.compress(b'hello, world')'s deflate body, framed as GZIP.
		"hello, world": "1F8B0800000000000003CB48CDC9C9D75128CF2FCA4901003A72ABFF0C000000",
	}
	for in, want := range documented {
		t.Run("documented/"+in, func(t *testing.T) {
			got, err := gzipBytes([]byte(in))
			if err != nil {
				t.Fatal(err)
			}
			if g := strings.ToUpper(hex.EncodeToString(got)); g != want {
				t.Errorf("compress(%q) = %s, want %s", in, g, want)
			}
		})
	}
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 100000)
	for i := range random {
		random[i] = byte(r.IntN(256))
	}
	inputs := map[string][]byte{
		"repetitive": bytes.Repeat([]byte("abc"), 40),
		"long":       bytes.Repeat([]byte("the quick brown fox "), 20000),
		"random":     random,
		"one byte":   {0},
	}
	for name, in := range inputs {
		t.Run("round trip/"+name, func(t *testing.T) {
			got, err := gzipBytes(in)
			if err != nil {
				t.Fatal(err)
			}
			zr, err := gzip.NewReader(bytes.NewReader(got))
			if err != nil {
				t.Fatal(err)
			}
			out, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(out, in) {
				t.Fatalf("decompressed %d bytes (%v), want the %d input bytes", len(out), err, len(in))
			}
			back, err := gunzipBytes(got)
			if err != nil || !bytes.Equal(back, in) {
				t.Fatalf("gunzipBytes: %v", err)
			}
		})
	}
}

// TestZlibSingleBlock checks the raw deflate streams against zlib 1.2.13's
// (Python's zlib.compressobj(6, DEFLATED, -15, 8)): short literal and
// match streams exactly, and a dynamic, a stored and a fixed block of
// longer inputs by their SHA-256.
func TestZlibSingleBlock(t *testing.T) {
	exact := map[string]string{
		"hello":             "cb48cdc9c90700",
		"":                  "0300",
		"abcabc":            "4b4c4a4e4c4a0600", // zlib never matches position 0
		"aaaaaaaaaa":        "4b4c840100",
		"hello hello hello": "cb48cdc9c957c8409000",
	}
	for in, want := range exact {
		t.Run(in, func(t *testing.T) {
			if got := hex.EncodeToString(zlibSingleBlock([]byte(in))); got != want {
				t.Errorf("deflate(%q) = %s, want %s", in, got, want)
			}
		})
	}
	var dyn strings.Builder
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&dyn, "%d:%x,", i, i*i)
	}
	stored := make([]byte, 100)
	for i := range stored {
		stored[i] = byte((i*73 + 11) % 256)
	}
	skew := append(append(append(bytes.Repeat([]byte{0}, 5000), bytes.Repeat([]byte{1}, 2000)...), bytes.Repeat([]byte{2}, 1000)...), make([]byte, 256)...)
	for i := range 256 {
		skew[8000+i] = byte(i)
	}
	digests := []struct {
		name   string
		in     []byte
		length int
		sha256 string
	}{
		{"dynamic", []byte(dyn.String()), 827, "c35a7f60ccc8bec1275a835f3ada46d1e04569525a17af5343cbb0820294cdf5"},
		{"stored", stored, 105, "523ad97afe868fa4b210fe5e64586caca34850f15008c451cfc9530077b96910"},
		{"fixed", skew, 329, "bf28dff1ef1e980ddda11169590defd76edc2aaa0da00162a680c43a21d5428f"},
	}
	for _, tc := range digests {
		t.Run(tc.name, func(t *testing.T) {
			got := zlibSingleBlock(tc.in)
			sum := sha256.Sum256(got)
			if len(got) != tc.length || hex.EncodeToString(sum[:]) != tc.sha256 {
				t.Errorf("deflate is %d bytes with SHA-256 %x, want %d bytes with %s", len(got), sum, tc.length, tc.sha256)
			}
			if !inflatesTo(got, tc.in) {
				t.Error("does not inflate to the input")
			}
		})
	}
}

func TestParseIDCard(t *testing.T) {
	birth := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	cases := []struct {
		in   string
		ok   bool
		want idCard
	}{
		{"11010519491231002X", true, idCard{birth("1949-12-31"), "F"}},
		{"11010519491231002x", true, idCard{birth("1949-12-31"), "F"}},
		{"110105194912310011", true, idCard{birth("1949-12-31"), "M"}},
		{"110105700101123", true, idCard{birth("1970-01-01"), "M"}},
		{"110105194912310021", false, idCard{}}, // wrong check character
		{"00010519491231002X", false, idCard{}}, // unknown province
		{"110105700230123", false, idCard{}},    // February 30
		{"11010519491231ABCX", false, idCard{}}, // letters
		{"1101051949", false, idCard{}},         // wrong length
		{"", false, idCard{}},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseIDCard(tc.in)
			if ok != tc.ok || ok && (!got.birth.Equal(tc.want.birth) || got.sex != tc.want.sex) {
				t.Errorf("parseIDCard(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestJavaSplit checks String.split semantics STR_TO_MAP relies on.
func TestJavaSplit(t *testing.T) {
	cases := []struct {
		s, re string
		limit int
		want  []string
	}{
		{"a,b,c", ",", -1, []string{"a", "b", "c"}},
		{"a,b,,", ",", -1, []string{"a", "b"}},
		{",,", ",", -1, []string{}},
		{"", ",", -1, []string{""}},
		{"abc", ",", -1, []string{"abc"}},
		{",a", ",", -1, []string{"", "a"}},
		{"k=v=w", "=", 2, []string{"k", "v=w"}},
		{"k=", "=", 2, []string{"k", ""}},
		{"test1.1", `\.`, 2, []string{"test1", "1"}},
		{"ab", "", -1, []string{"a", "b"}},
	}
	for _, tc := range cases {
		t.Run(tc.s+"/"+tc.re, func(t *testing.T) {
			got := javaSplit(tc.s, regexp.MustCompile(tc.re), tc.limit)
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("javaSplit(%q, %q, %d) = %q, want %q", tc.s, tc.re, tc.limit, got, tc.want)
			}
		})
	}
}

// TestHiveHash checks the page's values and Java's hash codes.
func TestHiveHash(t *testing.T) {
	cases := []struct {
		name  string
		types []eval.Type
		args  []eval.Value
		want  int64
	}{
		{"hash(0, 2, 4)", types(eval.IntType, eval.IntType, eval.IntType), args(int64(0), int64(2), int64(4)), 66},
		{"hash(0L, 'a')", types(eval.BigintType, eval.StringType), args(int64(0), "a"), 97},
		{"hash(0, null)", types(eval.IntType, eval.VoidType), args(int64(0), nil), 0},
		{"hash(0, '')", types(eval.IntType, eval.StringType), args(int64(0), ""), 0},
		{"'abc'.hashCode()", types(eval.StringType), args("abc"), 96354},
		{"Long.hashCode(-1)", types(eval.BigintType), args(int64(-1)), 0},
		{"INT -1", types(eval.IntType), args(int64(-1)), -1},
		{"Double.hashCode(1.5)", types(eval.DoubleType), args(1.5), 1073217536},
		{"Float.floatToIntBits(1.5f)", types(eval.FloatType), args(1.5), 1069547520},
		{"true", types(eval.BooleanType), args(true), 1},
		{"non-ASCII bytes are signed", types(eval.StringType), args("é"), int64(31*int32(int8(-61)) + int32(int8(-87)))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			impl, err := hashSite(tc.types, eval.BigintType)
			if err != nil {
				t.Fatal(err)
			}
			got, err := impl(testContext(), tc.args)
			if err != nil || got != tc.want {
				t.Errorf("got %v (%v), want %d", got, err, tc.want)
			}
		})
	}
}

// TestSymKnownAnswers decrypts the SYM_ENCRYPT page's ciphertexts and
// checks SYM_ENCRYPT's layout: IV(12) ‖ ciphertext ‖ tag(16).
func TestSymKnownAnswers(t *testing.T) {
	key := []byte("b75585cf321cdcad42451690cdb7bfc4")
	vectors := map[string]string{
		"frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc=": "0001",
		"frgJZAIAQMeEuHqpLeXQfETsFSLJxBwHhPx6tpzWUg4=": "0011",
		"frgJZAMAQMeEuHqpdphXAU6iWelWenlDnVy+R0HMvAY=": "0111",
		"frgJZAQAQMeEuHqpR5c8bj21dYCeM0C25bLRZIrP71c=": "1111",
		"9esKZAEAoBquXVJo3ZptvoI09XuM4bSFTqF1mXH1BO4=": "0001",
	}
	for ct, want := range vectors {
		t.Run(ct, func(t *testing.T) {
			b, _ := base64.StdEncoding.DecodeString(ct)
			got, err := call("sym_decrypt", nil, args(b, key))
			if err != nil || string(got.([]byte)) != want {
				t.Errorf("sym_decrypt = %q (%v), want %q", got, err, want)
			}
		})
	}
	t.Run("layout", func(t *testing.T) {
		ct, err := call("sym_encrypt", nil, args("0001", key, "AES-GCM-256", "test"))
		if err != nil {
			t.Fatal(err)
		}
		if n := len(ct.([]byte)); n != 12+4+16 {
			t.Errorf("ciphertext is %d bytes, want 32", n)
		}
		pt, err := call("sym_decrypt", nil, args(ct, key, "AES-GCM-256", "test"))
		if err != nil || string(pt.([]byte)) != "0001" {
			t.Errorf("round trip = %q (%v)", pt, err)
		}
	})
}
