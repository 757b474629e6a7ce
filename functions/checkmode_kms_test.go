package functions

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// A script is compiled whole before it runs (eval's check mode), and the
// check never calls the KMS: a script that calls it and then fails to
// compile calls it not once; one that runs calls it as often as its
// statements do, no more.
func TestCheckModeCallsNoKMS(t *testing.T) {
	// A wrapped keyset written into the script as a constant, so that the
	// run calls the KMS when it compiles (folds) the call.
	f := &fakeKMS{}
	s, _ := wrappedSession(t, f)
	var blob []byte
	if _, err := s.Query(`select new_wrapped_keyset('acs:kms:cn-hangzhou:123456789:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram:123456789:role/MyEncryptionRole', 'AES-GCM-256');`,
		func(row []eval.Value) error { blob = row[0].([]byte); return nil }); err != nil {
		t.Fatal(err)
	}
	script := wrappedPrelude + `
@use := use_wrapped_keyset(@cmk, @role, unhex('` + hex.EncodeToString(blob) + `'));
@re := rewrap_keyset(@cmk, @role, @w);
@rot := rotate_wrapped_keyset(@cmk, @role, @w, 'AES-SIV-CMAC-256', 'next');
select cast(enhanced_sym_decrypt(@use, enhanced_sym_encrypt(@use, 'secret')) as string) as rt,
       use_wrapped_keyset(@cmk, @role, @re).wrapped_keyset_info is not null as ok;
`
	f = &fakeKMS{}
	s, out := wrappedSession(t, f)
	err := s.Run(script + "select nosuch(1);")
	if err == nil || !strings.Contains(err.Error(), "function nosuch cannot be resolved") {
		t.Fatalf("error %v, want the unknown function", err)
	}
	if f.encrypts != 0 || f.decrypts != 0 || out.Len() != 0 {
		t.Errorf("the check called the KMS %d+%d times and printed %q; want nothing", f.encrypts, f.decrypts, out)
	}

	// The same script, run: the calls are the run's own.
	f = &fakeKMS{}
	s, _ = wrappedSession(t, f)
	if err := s.Run(script); err != nil {
		t.Fatal(err)
	}
	// new_wrapped_keyset, rewrap and rotate encrypt once each; the two
	// use_wrapped_keyset, rewrap and rotate decrypt once each, the first
	// when it is folded.
	if f.encrypts != 3 || f.decrypts != 4 {
		t.Errorf("the run called Encrypt %d times and Decrypt %d times, want 3 and 4", f.encrypts, f.decrypts)
	}
}
