package main

import (
	"sort"
	"strings"
	"unicode"

	"github.com/chzyer/readline"

	"github.com/mcsql/mcsql/eval"
)

// completionSource gives the completer the warehouse's tables and their
// columns. The lead wires it to the warehouse; the completer works
// without one (a nil source).
type completionSource interface {
	Tables() []string
	Columns(table string) []string
}

// sqlKeywords are the words Tab completes besides names: the statements'
// and queries' keywords, the types, and the shell's commands.
var sqlKeywords = strings.Fields(`
	ALL AND AS ASC BEGIN BETWEEN BY CASE CAST CREATE CROSS DESC DESCRIBE
	DISTINCT DIV DROP ELSE END EXCEPT EXISTS FALSE FROM FULL GROUP HAVING IF
	IN INNER INSERT INTERSECT INTO IS JOIN LEFT LIFECYCLE LIKE LIMIT MINUS
	NOT NULL ON OR ORDER OUTER OVERWRITE PARTITION PARTITIONED REGEXP RIGHT
	RLIKE SELECT SET SHOW TABLE TABLES THEN TRUE TRUNCATE UNION VALUES WHEN
	WHERE COMMENT ALTER ADD PARTITIONS PURGE
	CUBE ROLLUP GROUPING SETS GROUPING__ID
	LATERAL VIEW
	USE WHOAMI READ EXPLAIN EXTENDED
	ARRAY BIGINT BINARY BOOLEAN CHAR DATE DATETIME DECIMAL DOUBLE FLOAT INT
	MAP SMALLINT STRING STRUCT TIMESTAMP TINYINT VARCHAR
	HELP QUIT EXIT`)

// tableKeywords are the words after which a table name comes.
var tableKeywords = map[string]bool{
	"FROM": true, "JOIN": true, "INTO": true, "TABLE": true, "DESC": true,
	"DESCRIBE": true, "OVERWRITE": true, "READ": true, "EXTENDED": true,
}

// completer completes the word before the cursor: @variables of the
// session; table.column; otherwise keywords, function names, tables and the
// columns of the tables named on the line. Keywords and functions follow
// the case of what was typed.
type completer struct {
	session *eval.Session
	source  completionSource
}

var _ readline.AutoCompleter = (*completer)(nil)

func newCompleter(session *eval.Session, source completionSource) *completer {
	return &completer{session: session, source: source}
}

// Do implements readline.AutoCompleter: it returns what each candidate
// adds to the word, and the word's length.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	if pos > len(line) {
		pos = len(line)
	}
	start := pos
	for start > 0 && isNameRune(line[start-1]) {
		start--
	}
	if start > 0 && line[start-1] == '@' {
		start--
	}
	word := string(line[start:pos])
	cands := c.candidates(line, start, word)
	var out [][]rune
	n := len([]rune(word))
	for _, cand := range cands {
		r := []rune(cand)
		if len(r) >= n && strings.EqualFold(string(r[:n]), word) {
			out = append(out, r[n:])
		}
	}
	return out, n
}

func isNameRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// candidates lists the names that may complete word, which starts at
// line[start].
func (c *completer) candidates(line []rune, start int, word string) []string {
	before := line[:start]
	if strings.HasPrefix(word, "@") {
		var vars []string
		for _, v := range c.session.VariableNames() {
			vars = append(vars, "@"+v)
		}
		return sortedUnique(vars)
	}
	if len(before) > 0 && before[len(before)-1] == '.' {
		table := lastWord(before[:len(before)-1])
		return sortedUnique(c.columns(table))
	}
	if word == "" {
		if tableKeywords[strings.ToUpper(lastWord(before))] {
			return sortedUnique(c.tables())
		}
		return nil // the whole list would drown the screen
	}
	upper := strings.ToUpper(word) == word
	var names []string
	for _, k := range append(append(append([]string{}, sqlKeywords...), c.session.Registry().Names()...), c.session.Registry().TableNames()...) {
		if !upper {
			k = strings.ToLower(k)
		}
		names = append(names, k)
	}
	names = append(names, c.tables()...)
	for _, w := range strings.FieldsFunc(string(line), func(r rune) bool { return !isNameRune(r) }) {
		names = append(names, c.columns(w)...)
	}
	return sortedUnique(names)
}

// lastWord returns the name that ends text, after any blanks.
func lastWord(text []rune) string {
	end := len(text)
	for end > 0 && unicode.IsSpace(text[end-1]) {
		end--
	}
	start := end
	for start > 0 && isNameRune(text[start-1]) {
		start--
	}
	return string(text[start:end])
}

func (c *completer) tables() []string {
	if c.source == nil {
		return nil
	}
	return c.source.Tables()
}

// columns returns the columns of table, if it is one of the source's
// (case-insensitively).
func (c *completer) columns(table string) []string {
	if c.source == nil || table == "" {
		return nil
	}
	for _, t := range c.source.Tables() {
		if strings.EqualFold(t, table) {
			return c.source.Columns(t)
		}
	}
	return nil
}

// sortedUnique sorts names case-insensitively and drops repeats (IF is a
// keyword and a function).
func sortedUnique(names []string) []string {
	sort.Slice(names, func(i, j int) bool {
		a, b := strings.ToLower(names[i]), strings.ToLower(names[j])
		if a != b {
			return a < b
		}
		return names[i] < names[j]
	})
	out := names[:0]
	for i, n := range names {
		if i == 0 || n != names[i-1] {
			out = append(out, n)
		}
	}
	return out
}
