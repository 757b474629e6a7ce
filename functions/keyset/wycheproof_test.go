package keyset

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/c2sp/wycheproof"
)

// Typed views of the Wycheproof v1 files, as tink-go's tests declare them.

// hexBytes decodes a JSON hex string.
type hexBytes []byte

func (h *hexBytes) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return fmt.Errorf("hex field: %v", err)
	}
	*h = b
	return nil
}

type wycheproofCase struct {
	CaseID  int      `json:"tcId"`
	Comment string   `json:"comment"`
	Result  string   `json:"result"` // "valid", "invalid" or "acceptable"
	Flags   []string `json:"flags"`
}

// aeadSuite is aes_gcm_test.json (schema aead_test_schema_v1).
type aeadSuite struct {
	Algorithm  string `json:"algorithm"`
	TestGroups []struct {
		KeySize int `json:"keySize"` // bits
		IVSize  int `json:"ivSize"`  // bits
		TagSize int `json:"tagSize"` // bits
		Tests   []struct {
			wycheproofCase
			Key hexBytes `json:"key"`
			IV  hexBytes `json:"iv"`
			AAD hexBytes `json:"aad"`
			Msg hexBytes `json:"msg"`
			CT  hexBytes `json:"ct"`
			Tag hexBytes `json:"tag"`
		} `json:"tests"`
	} `json:"testGroups"`
}

// daeadSuite is aes_siv_cmac_test.json (schema daead_aes_siv_cmac_test_schema_v1).
type daeadSuite struct {
	Algorithm  string `json:"algorithm"`
	TestGroups []struct {
		KeySize int `json:"keySize"` // bits
		Tests   []struct {
			wycheproofCase
			Key hexBytes `json:"key"`
			AAD hexBytes `json:"aad"`
			Msg hexBytes `json:"msg"`
			CT  hexBytes `json:"ct"` // siv ‖ ciphertext
		} `json:"tests"`
	} `json:"testGroups"`
}

func loadWycheproof(t *testing.T, name string, suite any) {
	t.Helper()
	f, err := wycheproof.TestVectors.Open(name)
	if err != nil {
		t.Fatalf("opening %s: %v", name, err)
	}
	defer f.Close()
	if err := json.NewDecoder(f).Decode(suite); err != nil {
		t.Fatalf("decoding %s: %v", name, err)
	}
}

func TestWycheproofAESGCM(t *testing.T) {
	var suite aeadSuite
	loadWycheproof(t, "aes_gcm_test.json", &suite)
	ran := 0
	for _, g := range suite.TestGroups {
		if g.KeySize != 256 || g.IVSize != 96 || g.TagSize != 128 {
			continue
		}
		for _, tc := range g.Tests {
			ran++
			t.Run(fmt.Sprintf("tc%d", tc.CaseID), func(t *testing.T) {
				p, err := newGCMPrimitive(tc.Key)
				if err != nil {
					t.Fatalf("newGCMPrimitive: %v", err)
				}
				body := bytes.Join([][]byte{tc.IV, tc.CT, tc.Tag}, nil)
				pt, err := p.decrypt(body, tc.AAD)
				switch tc.Result {
				case "valid":
					if err != nil || !bytes.Equal(pt, tc.Msg) {
						t.Errorf("decrypt = %x, %v; want %x (%s)", pt, err, tc.Msg, tc.Comment)
					}
				case "invalid":
					if err == nil {
						t.Errorf("decrypt accepted an invalid case (%s): %x", tc.Comment, pt)
					}
				default:
					t.Fatalf("unexpected result %q", tc.Result)
				}
				// Encryption with a fresh nonce must round-trip to the same size.
				ct, err := p.encrypt(tc.Msg, tc.AAD)
				if err != nil || len(ct) != len(tc.Msg)+p.minBody() {
					t.Fatalf("encrypt = %d bytes, %v", len(ct), err)
				}
				if back, err := p.decrypt(ct, tc.AAD); err != nil || !bytes.Equal(back, tc.Msg) {
					t.Errorf("round trip = %x, %v", back, err)
				}
			})
		}
	}
	if ran != 66 {
		t.Errorf("ran %d AES-256-GCM cases, want 66", ran)
	}
}

func TestWycheproofAESSIV(t *testing.T) {
	var suite daeadSuite
	loadWycheproof(t, "aes_siv_cmac_test.json", &suite)
	ran := map[int]int{}
	for _, g := range suite.TestGroups {
		for _, tc := range g.Tests {
			impls := []struct {
				name string
				new  func([]byte) (primitive, error)
			}{{"composed", newSIVComposed}}
			if g.KeySize == 512 {
				impls = append(impls, struct {
					name string
					new  func([]byte) (primitive, error)
				}{"tink", newSIVTink})
			}
			ran[g.KeySize]++
			for _, impl := range impls {
				t.Run(fmt.Sprintf("%d/%s/tc%d", g.KeySize, impl.name, tc.CaseID), func(t *testing.T) {
					p, err := impl.new(tc.Key)
					if err != nil {
						t.Fatalf("new: %v", err)
					}
					checkSIVCase(t, p, tc.Result, tc.AAD, tc.Msg, tc.CT)
				})
			}
		}
	}
	want := map[int]int{256: 148, 384: 147, 512: 147}
	for size, n := range want {
		if ran[size] != n {
			t.Errorf("ran %d cases of %d-bit keys, want %d", ran[size], size, n)
		}
	}
}

// checkSIVCase runs one Wycheproof DaeadTest: valid cases must encrypt to ct
// exactly and decrypt back; invalid ones must not decrypt and, since SIV is
// deterministic, must not be what encryption produces.
func checkSIVCase(t *testing.T, p primitive, result string, aad, msg, ct []byte) {
	t.Helper()
	got, err := p.encrypt(msg, aad)
	if err != nil {
		t.Fatalf("encrypt: %v", err)
	}
	pt, derr := p.decrypt(ct, aad)
	switch result {
	case "valid":
		if !bytes.Equal(got, ct) {
			t.Errorf("encrypt = %x, want %x", got, ct)
		}
		if derr != nil || !bytes.Equal(pt, msg) {
			t.Errorf("decrypt = %x, %v; want %x", pt, derr, msg)
		}
	case "invalid":
		if bytes.Equal(got, ct) {
			t.Errorf("encrypt produced the invalid ciphertext %x", ct)
		}
		if derr == nil {
			t.Errorf("decrypt accepted an invalid ciphertext: %x", pt)
		}
	default:
		t.Fatalf("unexpected result %q", result)
	}
}
