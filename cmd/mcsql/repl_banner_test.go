package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// TestREPLBanner: the shell on a terminal starts with one line naming the
// version, the warehouse, the KMS and help.
func TestREPLBanner(t *testing.T) {
	home := t.TempDir()
	banner := replBanner(filepath.Join(home, "warehouse", "demo.db"), kmsOptions{backend: "local"}, home)
	want := "mcsql " + version + "; warehouse " + filepath.Join(home, "warehouse", "demo.db") +
		"; KMS local (" + filepath.Join(home, "kms", "keystore.json") + "); type help; for help, quit; to leave"
	if banner != want {
		t.Fatalf("banner %q, want %q", banner, want)
	}
	s := startShellWith(t, func(tty *os.File) int {
		session := eval.NewSession(eval.Config{
			Registry: functions.NewRegistry(), Stdout: tty, Stderr: tty,
			Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }, Location: time.UTC,
		})
		return runREPL(tty, tty, tty, home, session, replOptions{project: "demo", banner: banner})
	})
	s.expect(want)
	s.expect(ready)
	s.send("quit;\r")
	if code := s.exitStatus(); code != 0 {
		t.Errorf("exit status %d", code)
	}
}

// TestKMSDescription names each KMS the banner can show.
func TestKMSDescription(t *testing.T) {
	home := "/h"
	for _, c := range []struct {
		k    kmsOptions
		want string
	}{
		{kmsOptions{backend: "local"}, "KMS local (/h/kms/keystore.json)"},
		{kmsOptions{backend: "local", policy: "p.json"}, "KMS local (/h/kms/keystore.json, policy p.json)"},
		{kmsOptions{backend: "aliyun"}, "KMS aliyun"},
		{kmsOptions{backend: "aliyun", endpoint: "127.0.0.1:9"}, "KMS aliyun at 127.0.0.1:9"},
	} {
		if got := kmsDescription(c.k, home); got != c.want {
			t.Errorf("kmsDescription(%+v) = %q, want %q", c.k, got, c.want)
		}
	}
}

// TestREPLHelpCount: help count; finds the aggregate (issue 12).
func TestREPLHelpCount(t *testing.T) {
	code, stdout, stderr, _, _ := loopRun(t, replOptions{}, "help count;", "help row_number;")
	if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "BIGINT COUNT(*)") || !strings.Contains(stdout, "\nBIGINT ROW_NUMBER()") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
