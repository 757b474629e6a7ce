package keyset

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
	"testing/iotest"
	"time"
)

func TestNew(t *testing.T) {
	seq := func(from, n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(from + i)
		}
		return b
	}
	tests := []struct {
		typ, desc string
		want      *Key
	}{
		// Key material is drawn first (bytes 0..), then the id's 6 bytes.
		{"AES-GCM-256", "hello", &Key{ID: "wL8qZAEAICEiIyQl", Type: AESGCM256, Value: seq(0, 32), Description: "hello"}},
		{"aes-siv-cmac-128", "", &Key{ID: "wL8qZAEAICEiIyQl", Type: AESSIVCMAC128, Value: seq(0, 32)}},
		{"AES-SIV-CMAC-256", "x", &Key{ID: "wL8qZAEAQEFCQ0RF", Type: AESSIVCMAC256, Value: seq(0, 64), Description: "x"}},
	}
	for _, tc := range tests {
		t.Run(tc.typ, func(t *testing.T) {
			got, err := New(tc.typ, tc.desc, &seqReader{}, testNow)
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			k := *tc.want
			k.MaterialType, k.Origin, k.Status, k.OutputPrefixType = MaterialSymmetric, OriginMaxCompute, StatusEnabled, PrefixMaxCompute
			want := &Keyset{PrimaryKeyID: k.ID, Keys: []*Key{&k}}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("New = %+v, want %+v", got.Keys[0], want.Keys[0])
			}
			assertRoundTrips(t, got)
		})
	}
}

// assertRoundTrips checks Unmarshal(Marshal(ks)) == ks and
// FromJSON(ToJSON(ks)) == ks.
func assertRoundTrips(t *testing.T, ks *Keyset) {
	t.Helper()
	bin, err := Unmarshal(Marshal(ks))
	if err != nil || !reflect.DeepEqual(bin, ks) {
		t.Errorf("Unmarshal(Marshal(ks)) = %+v, %v; want %+v", bin, err, ks)
	}
	js, err := FromJSON(ToJSON(ks))
	if err != nil || !reflect.DeepEqual(js, ks) {
		t.Errorf("FromJSON(ToJSON(ks)) = %+v, %v; want %+v", js, err, ks)
	}
}

func TestAddKeyDocumented(t *testing.T) {
	ks, err := Unmarshal(mustHex(t, docHex))
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	before := Marshal(ks)
	got, err := AddKey(ks, "AES-SIV-CMAC-128", mustHex(t, addRawKey), "description", &seqReader{}, testNow)
	if err != nil {
		t.Fatalf("AddKey: %v", err)
	}
	newID := got.PrimaryKeyID
	if newID != "wL8qZAEAAAECAwQF" {
		t.Errorf("new key id = %q, want %q", newID, "wL8qZAEAAAECAwQF")
	}
	// The documented id is time-based and random: compare everything else.
	out := bytes.ReplaceAll(Marshal(got), []byte(newID), []byte(addKeyID))
	if want := mustHex(t, addKeyHex); !bytes.Equal(out, want) {
		t.Errorf("AddKey result = %X\nwant            %X", out, want)
	}
	if !bytes.Equal(Marshal(ks), before) {
		t.Errorf("AddKey modified its input")
	}
	assertRoundTrips(t, got)
}

func TestRotate(t *testing.T) {
	ks, err := Unmarshal(mustHex(t, docHex))
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	before := Marshal(ks)
	later := testNow.Add(time.Hour)
	got, err := Rotate(ks, "AES-SIV-CMAC-256", "rotated", &seqReader{}, later)
	if err != nil {
		t.Fatalf("Rotate: %v", err)
	}
	if !bytes.Equal(Marshal(ks), before) {
		t.Errorf("Rotate modified its input")
	}
	got.Keys[0].Value[0] ^= 1 // must not reach the input
	if ks.Keys[0].Value[0] != 0x26 {
		t.Errorf("Rotate's result shares key material with its input")
	}
	got.Keys[0].Value[0] ^= 1
	if len(got.Keys) != 2 || !reflect.DeepEqual(got.Keys[0], ks.Keys[0]) {
		t.Fatalf("Rotate changed or dropped the existing key: %+v", got.Keys)
	}
	k := got.Keys[1]
	if got.PrimaryKeyID != k.ID || k.Type != AESSIVCMAC256 || k.Origin != OriginMaxCompute ||
		k.Status != StatusEnabled || k.Description != "rotated" || len(k.Value) != 64 {
		t.Errorf("rotated key = %+v (primary %s)", k, got.PrimaryKeyID)
	}
	if ts, err := KeyIDTime(k.ID); err != nil || !ts.Equal(later) {
		t.Errorf("KeyIDTime(new id) = %v, %v; want %v", ts, err, later)
	}
	assertRoundTrips(t, got)
}

func TestMixedKeysetRoundTrips(t *testing.T) {
	r := &seqReader{}
	ks, err := New("AES-SIV-CMAC-128", "", r, testNow)
	if err == nil {
		ks, err = Rotate(ks, "AES-GCM-256", "two", r, testNow)
	}
	if err == nil {
		ks, err = AddKey(ks, "AES-SIV-CMAC-256", bytes.Repeat([]byte{9}, 64), "tab\there \"quoted\" é", r, testNow)
	}
	if err != nil {
		t.Fatalf("building keyset: %v", err)
	}
	ks.Keys[0].Status = StatusDisabled
	ks.Keys[1].Status = StatusDestroyed
	assertRoundTrips(t, ks)
}

func TestOperationErrors(t *testing.T) {
	doc := docKeyset(t)
	bad := docKeyset(t)
	bad.Keys[0].Value = bad.Keys[0].Value[:31]
	key32 := make([]byte, 32)
	tests := []struct {
		name string
		run  func() (*Keyset, error)
		want string
	}{
		{"New unknown type", func() (*Keyset, error) { return New("AES", "", &seqReader{}, testNow) },
			`keyset: unknown key type "AES", want one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256`},
		{"New rand fails", func() (*Keyset, error) {
			return New("AES-GCM-256", "", iotest.ErrReader(errors.New("no entropy")), testNow)
		}, "keyset: reading random key material: no entropy"},
		{"New bad description", func() (*Keyset, error) { return New("AES-GCM-256", "\xfe", &seqReader{}, testNow) },
			"keyset: new key: description is not valid UTF-8"},
		{"New bad clock", func() (*Keyset, error) { return New("AES-GCM-256", "", &seqReader{}, time.Unix(-1, 0)) },
			"keyset: clock time 1969-12-31T23:59:59Z cannot be stored in a key id (1970 to 2106)"},
		{"AddKey short key", func() (*Keyset, error) { return AddKey(doc, "AES-SIV-CMAC-256", key32, "", &seqReader{}, testNow) },
			"keyset: raw key is 32 bytes, AES-SIV-CMAC-256 needs 64"},
		{"AddKey unknown type", func() (*Keyset, error) { return AddKey(doc, "DES", key32, "", &seqReader{}, testNow) },
			`keyset: unknown key type "DES", want one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256`},
		{"AddKey invalid keyset", func() (*Keyset, error) { return AddKey(bad, "AES-GCM-256", key32, "", &seqReader{}, testNow) },
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): key size 31 bytes does not match AES-GCM-256, want 32"},
		{"AddKey nil keyset", func() (*Keyset, error) { return AddKey(nil, "AES-GCM-256", key32, "", &seqReader{}, testNow) },
			"keyset: nil keyset"},
		{"Rotate invalid keyset", func() (*Keyset, error) { return Rotate(&Keyset{}, "AES-GCM-256", "", &seqReader{}, testNow) },
			"keyset: keyset has no keys"},
		{"Rotate id collision", func() (*Keyset, error) {
			ks, err := New("AES-GCM-256", "", constReader(1), testNow)
			if err != nil {
				return nil, err
			}
			return Rotate(ks, "AES-GCM-256", "", constReader(1), testNow)
		}, "keyset: no unique key id after 16 attempts: the random source repeats itself"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.run()
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %+v, %v; want error %q", got, err, tc.want)
			}
		})
	}
}
