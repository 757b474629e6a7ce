package keyset

import (
	"crypto/rand"
	"testing"
)

// TestRotateManyKeys rotates a keyset to 3,000 keys (issue 11's size) and
// checks the result still decodes and validates, with unique key ids and
// the last key primary.
func TestRotateManyKeys(t *testing.T) {
	const n = 3000
	ks, err := Unmarshal(bigKeyset(t, n))
	if err != nil {
		t.Fatal(err)
	}
	if len(ks.Keys) != n {
		t.Fatalf("%d keys, want %d", len(ks.Keys), n)
	}
	ids := make(map[string]bool, n)
	for _, k := range ks.Keys {
		if ids[k.ID] {
			t.Fatalf("key id %s repeats", k.ID)
		}
		ids[k.ID] = true
	}
	if ks.PrimaryKeyID != ks.Keys[n-1].ID {
		t.Errorf("primary %s, want the last key %s", ks.PrimaryKeyID, ks.Keys[n-1].ID)
	}
	if _, err := Rotate(ks, "AES-SIV-CMAC-256", "", rand.Reader, testNow); err != nil {
		t.Fatal(err)
	}
}
