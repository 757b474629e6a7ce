package keyset

import (
	"reflect"
	"testing"
)

func TestPrimary(t *testing.T) {
	ks, err := Unmarshal(mustHex(t, addKeyHex))
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if got := ks.Primary(); got != ks.Keys[1] {
		t.Errorf("Primary() = %+v, want key 2", got)
	}
	ks.PrimaryKeyID = "AAAAAAEAAAAAAAAA"
	if got := ks.Primary(); got != nil {
		t.Errorf("Primary() with a dangling id = %+v, want nil", got)
	}
}

func TestClone(t *testing.T) {
	if got := (*Keyset)(nil).Clone(); got != nil {
		t.Errorf("nil.Clone() = %+v, want nil", got)
	}
	ks := docKeyset(t)
	ks.Keys = append(ks.Keys, nil)
	c := ks.Clone()
	if !reflect.DeepEqual(c, ks) {
		t.Fatalf("Clone() = %+v, want %+v", c, ks)
	}
	c.Keys[0].Value[0] ^= 0xff
	c.Keys[0].Description = "changed"
	if ks.Keys[0].Value[0] != 0x26 || ks.Keys[0].Description != "hello world" {
		t.Errorf("changing the clone changed the original")
	}
}

func TestNilAndZeroValues(t *testing.T) {
	if got := ToJSON(nil); got != "" {
		t.Errorf("ToJSON(nil) = %q, want empty", got)
	}
	var c Cipher
	if got := c.PrimaryType(); got != "" {
		t.Errorf("zero Cipher PrimaryType = %q, want empty", got)
	}
	want := "keyset: Cipher was not built with NewCipher"
	if _, err := c.Encrypt([]byte("x"), nil); err == nil || err.Error() != want {
		t.Errorf("zero Cipher Encrypt error = %v, want %q", err, want)
	}
	if _, err := c.Decrypt(make([]byte, 64), nil); err == nil || err.Error() != want {
		t.Errorf("zero Cipher Decrypt error = %v, want %q", err, want)
	}
	if err := (*Keyset)(nil).Validate(); err == nil || err.Error() != "keyset: nil keyset" {
		t.Errorf("nil Validate error = %v", err)
	}
	ks := docKeyset(t)
	ks.Keys = append(ks.Keys, nil)
	if err := ks.Validate(); err == nil || err.Error() != "keyset: key 2 is missing" {
		t.Errorf("Validate with a nil key error = %v", err)
	}
}
