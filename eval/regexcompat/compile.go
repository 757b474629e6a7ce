package regexcompat

// SyntaxError is a malformed pattern (an unclosed group, a bad
// repetition...). Msg is the engine's reason.
type SyntaxError struct{ Msg string }

func (e *SyntaxError) Error() string { return e.Msg }

// Cache compiles per-row patterns, keeping the most recent ones: a pattern
// column usually holds few distinct values. One lives for one statement,
// and a statement runs on one goroutine, so it has no lock.
type Cache struct {
	m map[string]Regexp
}

// cacheSize bounds a Cache; past it the cache starts afresh.
const cacheSize = 128

// Compile returns the compiled pattern p, compiling it on first use. Errors
// are Compile's and are not cached.
func (c *Cache) Compile(p string) (Regexp, error) {
	if re, ok := c.m[p]; ok {
		return re, nil
	}
	re, err := Compile(p)
	if err != nil {
		return nil, err
	}
	if c.m == nil || len(c.m) >= cacheSize {
		c.m = make(map[string]Regexp)
	}
	c.m[p] = re
	return re, nil
}
