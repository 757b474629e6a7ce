//go:build unix

package main

import (
	"bytes"
	"io"
	"net"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms/emulator"
)

// TestKMSServeSignal stops the server the way a user does, with SIGTERM
// and SIGINT sent to the process, while a client holds an idle keep-alive
// connection, another sends its body slowly and a third sends nothing:
// the server must close them all, exit 0, and keep the test process alive
// (the signal is caught, not fatal). It exited 1 when a connection outlived
// the shutdown grace.
func TestKMSServeSignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			home := t.TempDir()
			args := []string{"--policy", writePolicy(t, serveTestPolicy), "--store", filepath.Join(home, "ks.json")}
			var stdout bytes.Buffer
			var stderr lockedBuffer
			var conns []net.Conn
			defer func() {
				for _, c := range conns {
					c.Close()
				}
			}()
			hooks := serveHooks{
				config: func(c *emulator.Config) { c.ShutdownGrace = 100 * time.Millisecond },
				ready: func(addr string) {
					requests := []string{
						"POST / HTTP/1.1\r\nHost: " + addr + "\r\nContent-Length: 100\r\n\r\nA=1", // slow body
						"", // silent
						"GET /?Action=ListKeys HTTP/1.1\r\nHost: " + addr + "\r\n\r\n", // answered, then idle
					}
					for _, r := range requests {
						c, err := net.Dial("tcp", addr)
						if err != nil {
							t.Fatal(err)
						}
						conns = append(conns, c)
						if _, err := io.WriteString(c, r); err != nil {
							t.Fatal(err)
						}
					}
					// The answer on the last one means all three were accepted.
					if _, err := conns[2].Read(make([]byte, 1)); err != nil {
						t.Fatal(err)
					}
					if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
						t.Error(err)
					}
				},
			}
			code := runKMSServeWith(args, &stdout, &stderr, home, serveDeps(), hooks)
			// The request cut off by the shutdown is logged in between.
			wantEnd := "mcsql kms serve: connections still open at the end of the shutdown grace were closed\nmcsql kms serve: stopped\n"
			if code != exitOK || !strings.Contains(stderr.String(), "\nmcsql kms serve: shutting down\n") || !strings.HasSuffix(stderr.String(), wantEnd) {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
			}
			for i, c := range conns {
				if err := c.SetReadDeadline(time.Now().Add(time.Minute)); err != nil {
					t.Fatal(err)
				}
				if _, err := io.Copy(io.Discard, c); err != nil {
					t.Fatalf("connection %d: %v (want it closed by the server)", i, err)
				}
			}
		})
	}
}
