package main

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/mcsql/mcsql/kms/atomicfile"
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

// loadHistory reads the history file's entries, oldest first, as
// maskHistory keeps them; a missing file is an empty history. masked
// counts the entries that held key material (written by an mcsql that did
// not mask it) and are now masked or dropped. The file is rewritten when
// any was, and when it holds more than limit entries (with the last
// limit), so that it does not grow forever. A file others may read is
// made private (0600) first.
func loadHistory(path string, limit int) (entries []string, masked int, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil {
		return nil, 0, err
	} else if info.Mode().IsRegular() && info.Mode().Perm()&0o077 != 0 {
		if err := f.Chmod(0o600); err != nil {
			return nil, 0, err
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20) // a pasted keyset can make a long statement
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		entry := unescapeHistory(line)
		kept, ok := maskHistory(entry)
		if kept != entry || !ok {
			masked++
		}
		if ok {
			entries = append(entries, kept)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, 0, err
	}
	removeStaleTemps(path)
	if len(entries) > limit {
		entries = entries[len(entries)-limit:]
	} else if masked == 0 {
		return entries, 0, nil
	}
	return entries, masked, rewriteHistory(path, entries)
}

// removeStaleTemps removes what an interrupted rewrite left beside the
// history: atomicfile's temporary files that nobody holds, and the fixed
// "history.tmp" of earlier versions, which could hold unmasked entries.
func removeStaleTemps(path string) {
	if info, err := os.Lstat(path + ".tmp"); err == nil && info.Mode().IsRegular() {
		_ = os.Remove(path + ".tmp")
	}
	if target, err := atomicfile.Resolve(path); err == nil && atomicfile.HasTemps(target) {
		_, _ = atomicfile.Sweep(target)
	}
}

// rewriteHistory replaces the file with entries atomically: a failure or a
// crash leaves the old history, and a history file that is a symbolic link
// stays one (the file it points to is replaced).
func rewriteHistory(path string, entries []string) error {
	target, err := atomicfile.Resolve(path)
	if err != nil {
		return err
	}
	tmp, err := atomicfile.Create(target, 0o600)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	for _, e := range entries {
		w.WriteString(historyEscaper.Replace(e) + "\n")
	}
	if err := w.Flush(); err != nil {
		tmp.Abort()
		return err
	}
	return tmp.Commit()
}

// appendHistory adds one entry to the file, creating it (0600) if needed.
// The entry must already be masked (maskHistory). One write of one line
// with O_APPEND: two shells appending at once do not mix their lines.
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
