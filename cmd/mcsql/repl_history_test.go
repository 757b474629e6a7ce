package main

import (
	"os"
	"path/filepath"
	"reflect"
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
	entries, err := loadHistory(path, 3)
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
	entries, err = loadHistory(path, 3)
	if err != nil || !reflect.DeepEqual(entries, written[1:]) {
		t.Fatalf("load = %q, %v; want %q", entries, err, written[1:])
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "two\\nlines;\nthree;\nfour;\n" {
		t.Errorf("rewritten file = %q, %v", b, err)
	}
	checkMode(t, path, 0o600)
	if entries, err = loadHistory(path, 3); err != nil || !reflect.DeepEqual(entries, written[1:]) {
		t.Errorf("reload = %q, %v; want %q", entries, err, written[1:])
	}
}

func TestHistoryUnreadable(t *testing.T) {
	dir := t.TempDir()
	if _, err := loadHistory(dir, 3); err == nil { // a directory, not a file
		t.Error("loading a directory as the history gave no error")
	}
	if err := appendHistory(filepath.Join(dir, "missing", "history"), "x;"); err == nil {
		t.Error("appending in a missing directory gave no error")
	}
}
