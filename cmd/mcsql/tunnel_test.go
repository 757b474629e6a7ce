package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTunnel uploads a CSV file into a table, downloads it back, and
// checks that a bad row names its line and leaves the table unchanged.
func TestTunnel(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "users.csv")
	out := filepath.Join(dir, "out.csv")
	bad := filepath.Join(dir, "bad.csv")
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(in, "id,name,ks\n1,bob,00FF\n2,\"a, b\",\n")
	write(bad, "id,name,ks\n3,kate,00\nfour,x,00\n")
	d := testDeps(t)
	mcsql := func(sql string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := run([]string{"-M", "-e", sql}, strings.NewReader(""), &stdout, &stderr, d)
		return code, stdout.String(), stderr.String()
	}
	if code, _, errs := mcsql("create table users (id bigint, name string, ks binary);"); code != 0 {
		t.Fatal(errs)
	}
	code, _, errs := mcsql("tunnel upload -h true " + in + " users;")
	if code != 0 || errs != "OK: uploaded 2 rows into users\n" {
		t.Fatalf("upload: exit %d, stderr %q", code, errs)
	}
	code, _, errs = mcsql("tunnel download -h true users '" + out + "';")
	if code != 0 || errs != "OK: downloaded 2 rows from users\n" {
		t.Fatalf("download: exit %d, stderr %q", code, errs)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := "id,name,ks\n1,bob,00FF\n2,\"a, b\",\n"; string(got) != want {
		t.Errorf("downloaded %q, want %q", got, want)
	}
	code, _, errs = mcsql("tunnel upload -h true " + bad + " users;")
	if code != 1 || !strings.Contains(errs, "line 3") || !strings.Contains(errs, "FAILED: ODPS-") {
		t.Errorf("bad upload: exit %d, stderr %q; want a failure naming line 3", code, errs)
	}
	if _, rows, _ := mcsql("select count(*) as n from users;"); rows != "n\n2\n" {
		t.Errorf("after a failed upload the table holds %q, want 2 rows", rows)
	}
	if code, _, errs := mcsql("tunnel upload -x 1 " + in + " users;"); code != 1 || !strings.Contains(errs, "unknown tunnel option -x") {
		t.Errorf("unknown option: exit %d, stderr %q", code, errs)
	}
}
