//go:build unix

package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestKMSServeSignal stops the server the way a user does, with SIGTERM
// and SIGINT sent to the process: it must shut down cleanly, exit 0, and
// keep the test process alive (the signal is caught, not fatal).
func TestKMSServeSignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			home := t.TempDir()
			args := []string{"--policy", writePolicy(t, serveTestPolicy), "--store", filepath.Join(home, "ks.json")}
			var stdout, stderr bytes.Buffer
			code := runKMSServeReady(args, &stdout, &stderr, home, serveDeps(), func(string) {
				if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
					t.Error(err)
				}
			})
			if code != exitOK || !strings.HasSuffix(stderr.String(), "mcsql kms serve: shutting down\nmcsql kms serve: stopped\n") {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
			}
		})
	}
}
