package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// kmsTestCounter yields 0, 1, ... 251, 0, ...: the n-th random byte picks
// alphabet[n%36] of an id, so the CMK ids below are known in advance.
type kmsTestCounter struct {
	mu   sync.Mutex
	next byte
}

func (r *kmsTestCounter) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range p {
		p[i] = r.next
		r.next = (r.next + 1) % 252
	}
	return len(p), nil
}

func kmsTestDeps() deps {
	now := time.Date(2025, 6, 7, 8, 9, 10, 0, time.UTC)
	return deps{
		rand:     &kmsTestCounter{},
		now:      func() time.Time { return now },
		location: time.UTC,
		getenv:   func(string) string { return "" },
	}
}

// TestRunKMS runs a session of commands on one home directory, in order.
func TestRunKMS(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home")
	store := filepath.Join(home, "kms", "keystore.json")
	d := kmsTestDeps()
	// Bytes 0..20 and 21..30 give the first id and version; 31..62 are its
	// material; 63..83 and 84..93 give the second.
	const k1, k2 = "key-abcdefghijklmnopqrstu", "key-123456789abcdefghijkl"
	notFound := "mcsql kms: Forbidden.KeyNotFound for key-nope: no CMK key-nope in key store " + store + "\n"
	steps := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"list empty", []string{"list"}, 0, "no CMKs in " + store + "\n", ""},
		{"describe missing", []string{"describe", "key-nope"}, 1, "", notFound},
		{"create", []string{"create"}, 0, "KeyId:             " + k1 + "\n" +
			"Arn:               acs:kms:cn-hangzhou:1000000000000000:key/" + k1 + "\n" +
			"KeyState:          Enabled\nDescription:       \nCreationDate:      2025-06-07T08:09:10Z\n" +
			"PrimaryKeyVersion: vwxyz01234\nCreator:           1000000000000000\n", ""},
		{"create with flags", []string{"create", "--region", "cn-shanghai", "--account", "123", "--description", "team a\nkeys"}, 0,
			"KeyId:             " + k2 + "\nArn:               acs:kms:cn-shanghai:123:key/" + k2 + "\n" +
				"KeyState:          Enabled\nDescription:       team a\\nkeys\nCreationDate:      2025-06-07T08:09:10Z\n" +
				"PrimaryKeyVersion: mnopqrstuv\nCreator:           123\n", ""},
		{"list", []string{"list"}, 0,
			"KEY ID                     STATE    REGION       ACCOUNT           CREATED               DESCRIPTION\n" +
				k1 + "  Enabled  cn-hangzhou  1000000000000000  2025-06-07T08:09:10Z  \n" +
				k2 + "  Enabled  cn-shanghai  123               2025-06-07T08:09:10Z  team a\\nkeys\n", ""},
		{"disable", []string{"disable", k1}, 0, k1 + ": Disabled\n", ""},
		{"enable", []string{"enable", k1}, 0, k1 + ": Enabled\n", ""},
		{"schedule deletion", []string{"schedule-deletion", k1, "--days", "7"}, 0,
			k1 + ": PendingDeletion, to be deleted on 2025-06-14T08:09:10Z\n", ""},
		{"describe pending", []string{"describe", k1}, 0, "KeyId:             " + k1 + "\n" +
			"Arn:               acs:kms:cn-hangzhou:1000000000000000:key/" + k1 + "\n" +
			"KeyState:          PendingDeletion\nDescription:       \nCreationDate:      2025-06-07T08:09:10Z\n" +
			"DeleteDate:        2025-06-14T08:09:10Z\nPrimaryKeyVersion: vwxyz01234\nCreator:           1000000000000000\n", ""},
		{"disable pending", []string{"disable", k1}, 1, "",
			"mcsql kms: Rejected.PendingDeletion for " + k1 + ": CMK " + k1 + " is pending deletion on 2025-06-14T08:09:10Z; cancel the deletion first\n"},
		{"cancel deletion", []string{"cancel-deletion", k1}, 0, k1 + ": Enabled\n", ""},
		{"default window", []string{"schedule-deletion", "--days=30", k2}, 0, k2 + ": PendingDeletion, to be deleted on 2025-07-07T08:09:10Z\n", ""},
		{"window too short", []string{"schedule-deletion", k1, "--days", "6"}, 1, "",
			"mcsql kms: InvalidParameter for " + k1 + ": PendingWindowInDays must be 7 to 366, not 6\n"},
		{"enable missing", []string{"enable", "key-nope"}, 1, "", notFound},
		{"describe by ARN", []string{"describe", "acs:kms:cn-shanghai:123:key/" + k2}, 0, "KeyId:             " + k2 + "\n" +
			"Arn:               acs:kms:cn-shanghai:123:key/" + k2 + "\n" +
			"KeyState:          PendingDeletion\nDescription:       team a\\nkeys\nCreationDate:      2025-06-07T08:09:10Z\n" +
			"DeleteDate:        2025-07-07T08:09:10Z\nPrimaryKeyVersion: mnopqrstuv\nCreator:           123\n", ""},
		{"cancel by ARN", []string{"cancel-deletion", "acs:kms:cn-shanghai:123:key/" + k2}, 0, k2 + ": Enabled\n", ""},
		{"ARN of another account", []string{"describe", "acs:kms:cn-shanghai:999:key/" + k2}, 1, "",
			"mcsql kms: Forbidden.KeyNotFound for acs:kms:cn-shanghai:999:key/" + k2 + ": the local CMK " + k2 +
				" is acs:kms:cn-shanghai:123:key/" + k2 + ": its region and account differ from this ARN's\n"},
		{"ARN of a missing CMK", []string{"describe", "acs:kms:cn-hangzhou:1:key/key-nope"}, 1, "", notFound},
		{"bad ARN", []string{"describe", "acs:kms:cn-hangzhou:key/x"}, 2, "",
			"mcsql kms: describe: invalid kms_cmk_arn 'acs:kms:cn-hangzhou:key/x': expected acs:kms:<RegionId>:<UserId>:key/<CmkId>\n" +
				"Run 'mcsql kms help' for usage.\n"},
		{"bad region", []string{"create", "--region", "Hangzhou"}, 1, "", "mcsql kms: InvalidParameter: region \"Hangzhou\" is not a region id such as cn-hangzhou\n"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runKMS(st.args, &stdout, &stderr, home, d)
			if code != st.code || stdout.String() != st.stdout || stderr.String() != st.stderr {
				t.Fatalf("mcsql kms %s: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit %d\nstdout:\n%s\nstderr:\n%s",
					strings.Join(st.args, " "), code, stdout.String(), stderr.String(), st.code, st.stdout, st.stderr)
			}
		})
	}
	info, err := os.Stat(store)
	if err != nil || info.Mode() != 0o600 {
		t.Fatalf("store mode %v (%v), want 0600", info.Mode(), err)
	}
}

// TestRunKMSUsage: command-line mistakes exit 2 with the mistake and a
// pointer to the help, before the store is touched.
func TestRunKMSUsage(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home")
	usage := "Run 'mcsql kms help' for usage.\n"
	cases := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"unknown command", []string{"frob"}, 2, "",
			"mcsql kms: unknown command \"frob\"; the commands are create, list, describe, enable, disable, schedule-deletion, cancel-deletion, serve\n" + usage},
		{"describe without id", []string{"describe"}, 2, "", "mcsql kms: describe needs one KEY_ID, got 0 arguments\n" + usage},
		{"disable two ids", []string{"disable", "key-a", "key-b"}, 2, "", "mcsql kms: disable needs one KEY_ID, got 2 arguments\n" + usage},
		{"list with argument", []string{"list", "all"}, 2, "", "mcsql kms: list takes no arguments, got \"all\"\n" + usage},
		{"unknown flag", []string{"create", "--colour", "red"}, 2, "", "mcsql kms: create: flag provided but not defined: -colour\n" + usage},
		{"bad days", []string{"schedule-deletion", "key-a", "--days", "week"}, 2, "",
			"mcsql kms: schedule-deletion: invalid value \"week\" for flag -days: parse error\n" + usage},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runKMS(c.args, &stdout, &stderr, home, kmsTestDeps())
			if code != c.code || stdout.String() != c.stdout || stderr.String() != c.stderr {
				t.Fatalf("exit %d, stdout %q, stderr %q\nwant exit %d, stderr %q", code, stdout.String(), stderr.String(), c.code, c.stderr)
			}
		})
	}
	if _, err := os.Stat(home); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("usage errors created %s: %v", home, err)
	}
}

func TestRunKMSHelp(t *testing.T) {
	home := t.TempDir()
	cases := []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"help"}, 0},
		{[]string{"--help"}, 0},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.args), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runKMS(c.args, &stdout, &stderr, home, kmsTestDeps())
			want := "Usage: mcsql kms COMMAND [ARGS]\n\nManages the customer master keys (CMKs) of mcsql's local KMS, kept in\n" +
				filepath.Join(home, "kms", "keystore.json") + ".\n"
			// Asked for, the help goes to stdout (mcsql kms help | less);
			// after a mistake (no command) it goes to stderr.
			out, other := &stdout, &stderr
			if c.code != 0 {
				out, other = &stderr, &stdout
			}
			if code != c.code || other.Len() != 0 || !strings.HasPrefix(out.String(), want) ||
				!strings.Contains(out.String(), "  schedule-deletion KEY_ID [--days N]\n") ||
				!strings.Contains(out.String(), "\n  serve --policy FILE") {
				t.Fatalf("exit %d, stdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
			}
		})
	}
}

// TestRunKMSCorruptStore: a damaged store is reported, with how to
// recover, and left as it was.
func TestRunKMSCorruptStore(t *testing.T) {
	home := t.TempDir()
	store := filepath.Join(home, "kms", "keystore.json")
	if err := os.MkdirAll(filepath.Dir(store), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(store, []byte("{\"format\": 1, \"keys\": [}"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"create"}, {"disable", "key-x"}} {
		t.Run(args[0], func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runKMS(args, &stdout, &stderr, home, kmsTestDeps())
			want := "mcsql kms: key store " + store + " is corrupt: not a key store (invalid JSON at byte 24); mcsql has not changed it; " +
				"it holds the CMKs your wrapped keysets need, so restore it from a backup, or move it aside to start an empty store " +
				"(keysets wrapped with its CMKs will then no longer decrypt)\n"
			if code != 1 || stdout.Len() != 0 || stderr.String() != want {
				t.Fatalf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout.String(), stderr.String(), want)
			}
		})
	}
	if b, err := os.ReadFile(store); err != nil || string(b) != "{\"format\": 1, \"keys\": [}" {
		t.Fatalf("the store was changed: %q, %v", b, err)
	}
}

// TestRunKMSReadsCreateNothing: list and describe on a new home leave it
// empty.
func TestRunKMSReadsCreateNothing(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home")
	for _, args := range [][]string{{"list"}, {"describe", "key-x"}} {
		runKMS(args, &bytes.Buffer{}, &bytes.Buffer{}, home, kmsTestDeps())
	}
	if _, err := os.Stat(home); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("reads created %s: %v", home, err)
	}
}
