package regexcompat

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
)

// Regexp is a compiled MaxCompute pattern. Compile picks RE2 (Go's
// regexp: linear time) for every pattern it can express, and the
// backtracking engine github.com/dlclark/regexp2 for the others
// (backreferences, lookaround, atomic groups, possessive quantifiers, \G,
// \Z, class intersection, the comments flag).
//
// Offsets are bytes of the searched string. Both engines list successive
// matches alike: after a match, the search goes on where it ended, and an
// empty match just after the previous match is skipped (Go's rule for
// FindAll and ReplaceAll).
//
// Only the backtracking engine returns errors: a *TimeoutError when one
// match takes longer than the match timeout (one second).
type Regexp interface {
	// MatchString reports whether s holds a match.
	MatchString(s string) (bool, error)
	// FindAll returns up to n (every one when n < 0) successive matches in
	// s: m[0]:m[1] is the match and, when groups is set, m[2g]:m[2g+1]
	// group g (-1, -1 when it took no part), as regexp's
	// FindAllStringSubmatchIndex.
	FindAll(s string, n int, groups bool) ([][]int, error)
	// ReplaceAll replaces every match in src with template, expanded as
	// Expand does unless literal.
	ReplaceAll(src, template string, literal bool) (string, error)
	// NumSubexp is the number of capturing groups.
	NumSubexp() int
	// SubexpIndex is the number of the group named name, or -1.
	SubexpIndex(name string) int
	// Backtracking reports whether matching backtracks (regexp2).
	Backtracking() bool
	// String is the pattern as written in SQL.
	String() string
}

// TimeoutError is a match that took longer than the match timeout, most
// likely catastrophic backtracking.
type TimeoutError struct{ Timeout time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("matching took longer than %v (the pattern backtracks catastrophically on this input)", e.Timeout)
}

// matchTimeout bounds one match of the backtracking engine; tests lower it.
var matchTimeout = time.Second

// MatchTimeout is the bound on one match of a backtracking pattern.
func MatchTimeout() time.Duration { return matchTimeout }

// re2 is a pattern RE2 runs; src is the pattern as written.
type re2 struct {
	re  *regexp.Regexp
	src string
}

// FromRE2 wraps an RE2 pattern compiled elsewhere (LIKE's) written as src.
func FromRE2(re *regexp.Regexp, src string) Regexp { return re2{re, src} }

func (r re2) String() string                     { return r.src }
func (r re2) MatchString(s string) (bool, error) { return r.re.MatchString(s), nil }
func (r re2) NumSubexp() int                     { return r.re.NumSubexp() }
func (r re2) SubexpIndex(name string) int        { return r.re.SubexpIndex(name) }
func (r re2) Backtracking() bool                 { return false }

func (r re2) FindAll(s string, n int, groups bool) ([][]int, error) {
	if groups {
		return r.re.FindAllStringSubmatchIndex(s, n), nil
	}
	return r.re.FindAllStringIndex(s, n), nil
}

func (r re2) ReplaceAll(src, template string, literal bool) (string, error) {
	if literal {
		return r.re.ReplaceAllLiteralString(src, template), nil
	}
	return r.re.ReplaceAllString(src, template), nil
}

// backtrack is a pattern regexp2 runs; names[g] is group g's name.
type backtrack struct {
	re    *regexp2.Regexp
	names []string
	src   string
}

func (b *backtrack) String() string { return b.src }

// compileBacktrack translates p for regexp2 and compiles it with .NET's
// default options (not RE2 or ECMAScript mode: translateBacktrack supplies
// Java's ASCII classes itself, and .NET's $ is Java's).
func compileBacktrack(p string) (*backtrack, error) {
	translated, names := translateBacktrack(p)
	re, err := regexp2.Compile(translated, regexp2.None)
	if err != nil {
		// regexp2 quotes the translated pattern; the caller quotes p.
		msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
		if i := strings.LastIndex(msg, " in `"); i > 0 {
			msg = msg[:i]
		}
		return nil, &SyntaxError{Msg: msg}
	}
	re.MatchTimeout = matchTimeout
	return &backtrack{re: re, names: names, src: p}, nil
}

func (b *backtrack) NumSubexp() int     { return len(b.names) - 1 }
func (b *backtrack) Backtracking() bool { return true }

func (b *backtrack) SubexpIndex(name string) int {
	for g, n := range b.names {
		if n == name && n != "" {
			return g
		}
	}
	return -1
}

func (b *backtrack) MatchString(s string) (ok bool, err error) {
	err = b.bounded(func() (err error) {
		ok, err = b.re.MatchString(s)
		return err
	})
	return ok, err
}

// bounded runs f, whose only error is regexp2's timeout, and returns that
// as a *TimeoutError. regexp2 reads a coarse clock that a goroutine
// updates every 100 ms; on a loaded machine a late update makes a quick
// match look timed out, so a timeout that the real clock does not confirm
// runs f again (twice at most).
func (b *backtrack) bounded(f func() error) error {
	for attempt := 0; ; attempt++ {
		start := time.Now()
		err := f()
		switch {
		case err == nil:
			return nil
		case time.Since(start) >= b.re.MatchTimeout || attempt == 2:
			return &TimeoutError{Timeout: b.re.MatchTimeout}
		}
	}
}

func (b *backtrack) FindAll(s string, n int, groups bool) (out [][]int, err error) {
	if n == 0 {
		return nil, nil
	}
	err = b.bounded(func() (err error) {
		out, err = b.findAll(s, n, groups)
		return err
	})
	return out, err
}

func (b *backtrack) findAll(s string, n int, groups bool) ([][]int, error) {
	runes := []rune(s)
	// offs[k] is the byte offset of rune k; []rune(s) reads an invalid
	// byte as one U+FFFD, as range does.
	offs := make([]int, 0, len(runes)+1)
	for i := range s {
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	var out [][]int
	prevEnd := -1
	m, err := b.re.FindRunesMatch(runes)
	for m != nil && (n < 0 || len(out) < n) {
		if m.Length > 0 || m.Index != prevEnd {
			out = append(out, b.indexes(m, offs, groups))
			prevEnd = m.Index + m.Length
		}
		m, err = b.re.FindNextMatch(m)
	}
	return out, err
}

// indexes converts a match's rune positions into byte offsets.
func (b *backtrack) indexes(m *regexp2.Match, offs []int, groups bool) []int {
	k := 1
	if groups {
		k = len(b.names)
	}
	idx := make([]int, 2*k)
	idx[0], idx[1] = offs[m.Index], offs[m.Index+m.Length]
	for g := 1; g < k; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			idx[2*g], idx[2*g+1] = -1, -1
			continue
		}
		idx[2*g], idx[2*g+1] = offs[grp.Index], offs[grp.Index+grp.Length]
	}
	return idx
}

func (b *backtrack) ReplaceAll(src, template string, literal bool) (string, error) {
	ms, err := b.FindAll(src, -1, !literal)
	if err != nil || len(ms) == 0 {
		return src, err
	}
	out := make([]byte, 0, len(src))
	last := 0
	for _, m := range ms {
		out = append(out, src[last:m[0]]...)
		if literal {
			out = append(out, template...)
		} else {
			out = Expand(out, template, src, m)
		}
		last = m[1]
	}
	return string(append(out, src[last:]...)), nil
}

// Expand appends template to dst with ${n} (and $n) replaced by group n of
// match m in src (nothing when the group took no part or does not exist)
// and $$ by $: the subset of regexp.Regexp.Expand's syntax REGEXP_REPLACE's
// templates use, so that both engines expand alike.
func Expand(dst []byte, template, src string, m []int) []byte {
	for i := 0; i < len(template); i++ {
		c := template[i]
		if c != '$' || i+1 == len(template) {
			dst = append(dst, c)
			continue
		}
		i++
		if template[i] == '$' {
			dst = append(dst, '$')
			continue
		}
		digits := template[i:]
		if template[i] == '{' {
			end := strings.IndexByte(template[i:], '}')
			if end < 0 {
				dst = append(dst, '$', '{')
				continue
			}
			digits = template[i+1 : i+end]
			i += end
		} else {
			j := 0
			for j < len(digits) && digits[j] >= '0' && digits[j] <= '9' {
				j++
			}
			digits = digits[:j]
			i += j - 1
		}
		if g, err := strconv.Atoi(digits); err == nil && 2*g+1 < len(m) && m[2*g] >= 0 {
			dst = append(dst, src[m[2*g]:m[2*g+1]]...)
		}
	}
	return dst
}

// MaxPatternBytes bounds a pattern (mcsql's limit; MaxCompute documents
// none). Compiling costs about 220 bytes of memory per byte of pattern, so
// a pattern of a few megabytes (a column's text used as a pattern) would
// take gigabytes; 64 KB compiles in about 15 MB and is longer than any
// pattern written by hand.
const MaxPatternBytes = 64 << 10

// TooLongError is a pattern longer than MaxPatternBytes.
type TooLongError struct{ Len int }

func (e *TooLongError) Error() string {
	return fmt.Sprintf("the regular expression is %d bytes, over the 64 KB (%d bytes) limit on a pattern; use a shorter pattern",
		e.Len, MaxPatternBytes)
}

// Compile translates and compiles pattern p: with RE2 when it can express
// p, else with regexp2. Its error is a *SyntaxError, or a *TooLongError
// for a pattern over MaxPatternBytes; callers add the pattern and their
// own name to the message.
func Compile(p string) (Regexp, error) {
	if len(p) > MaxPatternBytes {
		return nil, &TooLongError{Len: len(p)}
	}
	translated, err := Translate(p)
	if err == nil {
		re, err := regexp.Compile(translated)
		if err == nil {
			return re2{re, p}, nil
		}
		// RE2 refuses some spellings Java accepts (\_, {n} over 1000):
		// regexp2 may take them; if not, RE2's reason is the clearer.
		if bt, btErr := compileBacktrack(p); btErr == nil {
			return bt, nil
		}
		return nil, &SyntaxError{Msg: trimRE2(err)}
	}
	var u *UnsupportedError
	if !errors.As(err, &u) {
		return nil, err
	}
	bt, err := compileBacktrack(p)
	if err != nil {
		return nil, err
	}
	return bt, nil
}

func trimRE2(err error) string {
	return strings.TrimPrefix(err.Error(), "error parsing regexp: ")
}
