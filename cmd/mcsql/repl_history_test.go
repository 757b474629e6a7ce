package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestHistoryEscaping(t *testing.T) {
	for _, entry := range []string{
		"select 1;",
		`select 'a\nb', '\\';`,
		"select r'(line one\nline two)';",
		"select r'(\r\n\\n)';",
		`ends with a backslash \`,
	} {
		t.Run(entry, func(t *testing.T) {
			line := historyEscaper.Replace(entry)
			for _, c := range line {
				if c == '\n' || c == '\r' {
					t.Fatalf("escaped entry %q has a line break", line)
				}
			}
			if got := unescapeHistory(line); got != entry {
				t.Errorf("unescape(escape(%q)) = %q", entry, got)
			}
		})
	}
}

func TestHistoryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history")
	entries, _, err := loadHistory(path, 3)
	if err != nil || entries != nil {
		t.Fatalf("missing file: %q, %v; want no entries, no error", entries, err)
	}
	written := []string{"one;", "two\nlines;", "three;", "four;"}
	for _, e := range written {
		if err := appendHistory(path, e); err != nil {
			t.Fatal(err)
		}
	}
	checkMode(t, path, 0o600)
	// The file holds 4 entries: loading keeps the last 3 and rewrites it.
	entries, _, err = loadHistory(path, 3)
	if err != nil || !reflect.DeepEqual(entries, written[1:]) {
		t.Fatalf("load = %q, %v; want %q", entries, err, written[1:])
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "two\\nlines;\nthree;\nfour;\n" {
		t.Errorf("rewritten file = %q, %v", b, err)
	}
	checkMode(t, path, 0o600)
	if entries, _, err = loadHistory(path, 3); err != nil || !reflect.DeepEqual(entries, written[1:]) {
		t.Errorf("reload = %q, %v; want %q", entries, err, written[1:])
	}
}

func TestHistoryUnreadable(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := loadHistory(dir, 3); err == nil { // a directory, not a file
		t.Error("loading a directory as the history gave no error")
	}
	if err := appendHistory(filepath.Join(dir, "missing", "history"), "x;"); err == nil {
		t.Error("appending in a missing directory gave no error")
	}
}

// TestHistoryFileMasksOldEntries: a history file written before mcsql
// masked key material (verbatim keysets, a credential SET, readable by
// others, a history.tmp left by a crashed rewrite of that version) is
// masked when it is loaded, rewritten privately through its symbolic link,
// and the leftover is removed.
func TestHistoryFileMasksOldEntries(t *testing.T) {
	dir := t.TempDir()
	vault := filepath.Join(dir, "vault")
	if err := os.Mkdir(vault, 0o700); err != nil {
		t.Fatal(err)
	}
	real := filepath.Join(vault, "history")
	path := filepath.Join(dir, "history")
	if err := os.Symlink(real, path); err != nil {
		t.Fatal(err)
	}
	old := "select 1;\n" +
		"@ks := unhex('" + docKeysetHex + "');\n" +
		"set odps.access.key.secret=" + akSecret + ";\n" +
		"select keyset_from_json('" + docKeysetJSON + "');\n" +
		"select 2;\n"
	if err := os.WriteFile(real, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".tmp", []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	entries, masked, err := loadHistory(path, 10)
	// The file's \n escapes are line breaks once loaded: 11 bytes fewer.
	want := []string{"select 1;", "@ks := unhex(" + marker(218) + ");", "select keyset_from_json(" + marker(len(docKeysetJSON)+2-11) + ");", "select 2;"}
	if err != nil || masked != 3 || !reflect.DeepEqual(entries, want) {
		t.Fatalf("load = %q, %d masked, %v\nwant %q, 3 masked", entries, masked, err, want)
	}
	b, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	if wantFile := strings.Join(want, "\n") + "\n"; string(b) != wantFile {
		t.Errorf("rewritten file = %q\nwant %q", b, wantFile)
	}
	checkMode(t, real, 0o600)
	if info, err := os.Lstat(path); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the history's symbolic link was replaced: %v, %v", info, err)
	}
	if _, err := os.Lstat(path + ".tmp"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("history.tmp of an earlier version is still there: %v", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(vault, ".history.tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %q", leftovers)
	}
	// Clean now: loading again rewrites nothing.
	if entries, masked, err = loadHistory(path, 10); err != nil || masked != 0 || !reflect.DeepEqual(entries, want) {
		t.Errorf("reload = %q, %d masked, %v; want %q, 0 masked", entries, masked, err, want)
	}
}

// TestHistoryFileMadePrivate: an existing history others could read is
// made 0600 when it is loaded, even when nothing in it needs masking.
func TestHistoryFileMadePrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	if err := os.WriteFile(path, []byte("select 1;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := loadHistory(path, 10); err != nil {
		t.Fatal(err)
	}
	checkMode(t, path, 0o600)
}
