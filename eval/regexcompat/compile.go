package regexcompat

import (
	"regexp"
	"strings"
)

// SyntaxError is a pattern RE2 rejects once translated: a malformed
// pattern (an unclosed group, a bad repetition...). Msg is RE2's reason.
type SyntaxError struct{ Msg string }

func (e *SyntaxError) Error() string { return e.Msg }

// Compile translates and compiles pattern p. Its error is an
// *UnsupportedError or a *SyntaxError; callers add the pattern and their
// own name to the message.
func Compile(p string) (*regexp.Regexp, error) {
	translated, err := Translate(p)
	if err != nil {
		return nil, err
	}
	re, err := regexp.Compile(translated)
	if err != nil {
		return nil, &SyntaxError{Msg: strings.TrimPrefix(err.Error(), "error parsing regexp: ")}
	}
	return re, nil
}

// Cache compiles per-row patterns, keeping the most recent ones: a pattern
// column usually holds few distinct values. One lives for one statement,
// and a statement runs on one goroutine, so it has no lock.
type Cache struct {
	m map[string]*regexp.Regexp
}

// cacheSize bounds a Cache; past it the cache starts afresh.
const cacheSize = 128

// Compile returns the compiled pattern p, compiling it on first use. Errors
// are Compile's and are not cached.
func (c *Cache) Compile(p string) (*regexp.Regexp, error) {
	if re, ok := c.m[p]; ok {
		return re, nil
	}
	re, err := Compile(p)
	if err != nil {
		return nil, err
	}
	if c.m == nil || len(c.m) >= cacheSize {
		c.m = make(map[string]*regexp.Regexp)
	}
	c.m[p] = re
	return re, nil
}
