package main

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"strings"
)

// The history file holds one statement a line. A statement that keeps a
// line break (in a raw string) has it escaped, \n or \r, and a backslash
// is doubled, so that each entry comes back exactly as it was recorded.

var historyEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`)

// unescapeHistory reverses historyEscaper; an unknown escape is kept.
func unescapeHistory(line string) string {
	if !strings.Contains(line, `\`) {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] != '\\' || i+1 == len(line) {
			b.WriteByte(line[i])
			continue
		}
		i++
		switch line[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case '\\':
			b.WriteByte('\\')
		default:
			b.WriteByte('\\')
			b.WriteByte(line[i])
		}
	}
	return b.String()
}

// loadHistory reads the history file's entries, oldest first; a missing
// file is an empty history. When the file holds more than limit entries it
// is rewritten with the last limit, so that it does not grow forever.
func loadHistory(path string, limit int) ([]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var entries []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20) // a pasted keyset can make a long statement
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			entries = append(entries, unescapeHistory(line))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(entries) <= limit {
		return entries, nil
	}
	entries = entries[len(entries)-limit:]
	return entries, rewriteHistory(path, entries)
}

// rewriteHistory replaces the file with entries, through a temporary file
// so that a failure leaves the old history.
func rewriteHistory(path string, entries []string) error {
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(historyEscaper.Replace(e) + "\n")
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// appendHistory adds one entry to the file, creating it (0600) if needed.
func appendHistory(path, entry string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = f.WriteString(historyEscaper.Replace(entry) + "\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
