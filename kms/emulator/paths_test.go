package emulator

import (
	"context"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms/local"
)

// TestNoServerPathsInReplies provokes every error of the key store that a
// client can cause, and a few it cannot (a corrupt or unreadable store):
// no answer names the store's path or any server directory (kms/local's
// messages do, and were passed through), while the log keeps the cause for
// the operator. Every other test's answers are checked too (env.send).
func TestNoServerPathsInReplies(t *testing.T) {
	const unknown = "key-abcdefghijklmnopqrstu"
	keyActions := []struct {
		action string
		extra  map[string]string
	}{
		{"DescribeKey", nil}, {"EnableKey", nil}, {"DisableKey", nil},
		{"ScheduleKeyDeletion", map[string]string{"PendingWindowInDays": "7"}}, {"CancelKeyDeletion", nil},
		{"Encrypt", map[string]string{"Plaintext": "eA=="}},
	}
	// A blob of a CMK this store does not have.
	other := local.NewStore(filepath.Join(t.TempDir(), "other.json"), local.Options{Rand: rand.NewChaCha8([32]byte{9})})
	meta, err := other.CreateKey(context.Background(), "cn-hangzhou", "1111111111111111", "")
	if err != nil {
		t.Fatal(err)
	}
	res, err := other.Encrypt(context.Background(), meta.KeyID, []byte("eA=="), nil)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("missing keys", func(t *testing.T) {
		root := t.TempDir()
		e := newLocalEnv(t, filepath.Join(root, "kms", "keystore.json"))
		e.hidden = append(e.hidden, root)
		e.ok(alice, "CreateKey", KMSVersion, nil)
		for _, a := range keyActions {
			extra := map[string]string{"KeyId": unknown}
			for k, v := range a.extra {
				extra[k] = v
			}
			status, body := e.call(alice, a.action, KMSVersion, extra)
			wantError(t, status, body, 404, "Forbidden.KeyNotFound")
			if body["Message"] != "The specified Key is not found. ("+unknown+")" {
				t.Fatalf("%s: Message %q", a.action, body["Message"])
			}
		}
		status, body := e.call(alice, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": res.CiphertextBlob})
		wantError(t, status, body, 404, "Forbidden.KeyNotFound")
		if !strings.Contains(e.log.String(), `detail="no CMK `+unknown+` in key store `+filepath.Join(root, "kms", "keystore.json")+`"`) {
			t.Fatalf("the log lacks the cause:\n%s", e.log)
		}
	})

	broken := []struct {
		name  string
		setup func(t *testing.T, root string) string // returns the store path
		cause string
	}{
		{"corrupt store", func(t *testing.T, root string) string {
			path := filepath.Join(root, "keystore.json")
			if err := os.WriteFile(path, []byte("not json"), 0o600); err != nil {
				t.Fatal(err)
			}
			return path
		}, "is corrupt"},
		{"store is a directory", func(t *testing.T, root string) string {
			path := filepath.Join(root, "keystore.json")
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
			return path
		}, "cannot read key store"},
		{"store under a file", func(t *testing.T, root string) string {
			file := filepath.Join(root, "file")
			if err := os.WriteFile(file, nil, 0o600); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(file, "kms", "keystore.json")
		}, "not a directory"},
	}
	for _, b := range broken {
		t.Run(b.name, func(t *testing.T) {
			root := t.TempDir()
			e := newLocalEnv(t, b.setup(t, root))
			e.hidden = append(e.hidden, root)
			calls := []struct {
				action string
				extra  map[string]string
			}{
				{"CreateKey", nil}, {"ListKeys", nil}, {"Decrypt", map[string]string{"CiphertextBlob": res.CiphertextBlob}},
			}
			for _, a := range keyActions {
				extra := map[string]string{"KeyId": unknown}
				for k, v := range a.extra {
					extra[k] = v
				}
				calls = append(calls, struct {
					action string
					extra  map[string]string
				}{a.action, extra})
			}
			for _, c := range calls {
				status, body := e.call(alice, c.action, KMSVersion, c.extra)
				wantError(t, status, body, http.StatusInternalServerError, "InternalFailure")
				if !strings.HasPrefix(body["Message"].(string), internalMessage) {
					t.Fatalf("%s: Message %q", c.action, body["Message"])
				}
			}
			if !strings.Contains(e.log.String(), root) || !strings.Contains(e.log.String(), b.cause) {
				t.Fatalf("the log lacks the cause %q:\n%s", b.cause, e.log)
			}
		})
	}
}

func TestHidePaths(t *testing.T) {
	tests := []struct{ in, want string }{
		{"no CMK key-x in key store /home/u/.mcsql/kms/keystore.json", "no CMK key-x in key store <path>"},
		{`open "/etc/x": denied (C:\Users\u\ks.json, ~/ks.json)`, `open "<path>": denied (<path>, <path>)`},
		{"acs:kms:cn-hangzhou:1:key/key-x and acs:ram::1:role/app", "acs:kms:cn-hangzhou:1:key/key-x and acs:ram::1:role/app"},
		{"see https://api.aliyun.com/x and a / b", "see https://api.aliyun.com/x and a / b"},
	}
	for _, tt := range tests {
		if got := hidePaths(tt.in); got != tt.want {
			t.Errorf("hidePaths(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
