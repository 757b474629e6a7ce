package functions

import (
	"errors"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/regexcompat"
)

// MaxCompute writes regular expressions in PCRE or Java syntax.
// eval/regexcompat compiles them (the RLIKE operator uses it too): with
// Go's RE2 when it can express the pattern, else with the backtracking
// regexp2, behind one interface (regexcompat.Regexp). This file adds the
// functions' messages and the per-statement preparation of pattern
// arguments.

// compileRegexp translates and compiles a MaxCompute pattern. fn names the
// calling function in messages.
func compileRegexp(fn, pattern string) (regexcompat.Regexp, error) {
	re, err := regexcompat.Compile(pattern)
	if err != nil {
		return nil, regexpError(fn, pattern, err)
	}
	return re, nil
}

// regexpError turns a regexcompat error (a malformed pattern, or a match
// that timed out) into the function's message; nil stays nil.
func regexpError(fn, pattern string, err error) error {
	var t *regexcompat.TimeoutError
	if err == nil {
		return nil
	}
	var own *eval.Error
	if errors.As(err, &own) {
		return err // already worded for the user (a result size limit)
	}
	var long *regexcompat.TooLongError
	if errors.As(err, &long) {
		return eval.InvalidArgument("%s: %s", fn, long.Error())
	}
	if errors.As(err, &t) {
		return eval.InvalidArgument("%s: regular expression '%s': %s; simplify the pattern (avoid nested quantifiers such as (a+)+ next to backreferences or lookaround)", fn, pattern, t.Error())
	}
	return eval.InvalidArgument("%s: invalid regular expression '%s': %s", fn, pattern, err.Error())
}

// regexpCache compiles per-row patterns through a regexcompat.Cache and
// words its errors for function fn. It lives for one statement (Prepare
// creates it).
type regexpCache struct {
	fn string
	c  regexcompat.Cache
}

func newRegexpCache(fn string) *regexpCache { return &regexpCache{fn: fn} }

func (c *regexpCache) compile(pattern string) (regexcompat.Regexp, error) {
	re, err := c.c.Compile(pattern)
	if err != nil {
		return nil, regexpError(c.fn, pattern, err)
	}
	return re, nil
}

// patternArg is a function's pattern argument, prepared once per
// statement: compiled when constant, else compiled per row through a cache.
type patternArg struct {
	re    regexcompat.Regexp
	cache *regexpCache
}

// preparePattern prepares argument i of a call as a pattern. An empty
// pattern is an error when the function's page says so.
func preparePattern(fn string, consts []eval.Value, isConst []bool, i int, allowEmpty bool) (*patternArg, error) {
	if isConst != nil && isConst[i] {
		if s, ok := consts[i].(string); ok {
			re, err := checkedPattern(fn, s, allowEmpty, nil)
			return &patternArg{re: re}, err
		}
	}
	return &patternArg{cache: newRegexpCache(fn)}, nil
}

// get returns the compiled pattern for this row's value v.
func (a *patternArg) get(fn string, v eval.Value, allowEmpty bool) (regexcompat.Regexp, error) {
	if a.re != nil {
		return a.re, nil
	}
	s, ok := v.(string)
	if !ok {
		return nil, internalError("pattern is %T, want string", v)
	}
	return checkedPattern(fn, s, allowEmpty, a.cache)
}

func checkedPattern(fn, s string, allowEmpty bool, cache *regexpCache) (regexcompat.Regexp, error) {
	if s == "" && !allowEmpty {
		return nil, eval.InvalidArgument("%s: the regular expression pattern must not be an empty string", fn)
	}
	if cache != nil {
		return cache.compile(s)
	}
	return compileRegexp(fn, s)
}
