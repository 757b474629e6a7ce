package keyset

import (
	"slices"
	"testing"
)

func TestParseKeyType(t *testing.T) {
	tests := []struct {
		in      string
		want    KeyType
		size    int
		wantErr string
	}{
		{in: "AES-GCM-256", want: AESGCM256, size: 32},
		{in: "aes-gcm-256", want: AESGCM256, size: 32},
		{in: "Aes-Siv-Cmac-128", want: AESSIVCMAC128, size: 32},
		{in: "AES-SIV-CMAC-256", want: AESSIVCMAC256, size: 64},
		{in: "AES-GCM-128", wantErr: `keyset: unknown key type "AES-GCM-128", want one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256`},
		{in: " AES-GCM-256", wantErr: `keyset: unknown key type " AES-GCM-256", want one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256`},
		{in: "", wantErr: `keyset: unknown key type "", want one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseKeyType(tc.in)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("ParseKeyType(%q) error = %v, want %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseKeyType(%q): %v", tc.in, err)
			}
			if got != tc.want || got.KeySize() != tc.size {
				t.Errorf("ParseKeyType(%q) = %s (size %d), want %s (size %d)", tc.in, got, got.KeySize(), tc.want, tc.size)
			}
		})
	}
}

func TestKeyTypes(t *testing.T) {
	want := []KeyType{AESGCM256, AESSIVCMAC128, AESSIVCMAC256}
	if got := KeyTypes(); !slices.Equal(got, want) {
		t.Errorf("KeyTypes() = %v, want %v", got, want)
	}
	if got := KeyType("aes-gcm-256").KeySize(); got != 0 {
		t.Errorf("non-canonical KeySize() = %d, want 0", got)
	}
}

func TestEnumString(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{StatusEnabled.String(), "ENABLED"},
		{StatusDisabled.String(), "DISABLED"},
		{StatusDestroyed.String(), "DESTROYED"},
		{Status(9).String(), "Status(9)"},
		{MaterialSymmetric.String(), "SYMMETRIC"},
		{OriginImported.String(), "Origin_IMPORTED"},
		{OriginMaxCompute.String(), "Origin_ALIYUN_MAXCOMPUTE"},
		{Origin(0).String(), "Origin(0)"},
		{PrefixMaxCompute.String(), "PREFIX_ALIYUN_MAXCOMPUTE"},
		{OutputPrefixType(1).String(), "OutputPrefixType(1)"},
		{MaterialType(3).String(), "MaterialType(3)"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("String() = %q, want %q", tc.got, tc.want)
			}
		})
	}
}
