package eval

import (
	"errors"

	"github.com/mcsql/mcsql/eval/regexcompat"
	"github.com/mcsql/mcsql/parser"
)

// expr is a compiled, statically typed expression. eval reads the current
// row (nil outside a FROM) and returns a value of typ's representation.
type expr interface {
	typ() Type
	eval(row []Value) (Value, error)
}

// constExpr is a value fixed for the whole statement: a literal, a
// variable, a folded constant expression or an uncorrelated subquery.
type constExpr struct {
	t Type
	v Value
	// text is the digits of a number literal typed DOUBLE (1.5, 1e3, an
	// integer too large for BIGINT), so that its implicit conversion to
	// DECIMAL reads the digits rather than the rounded float64: see
	// convertWith. Empty for every other constant.
	text string
}

func (e *constExpr) typ() Type                   { return e.t }
func (e *constExpr) eval([]Value) (Value, error) { return e.v, nil }

// isConst reports whether e is the same for every row: a constant, or a
// constant whose folding failed in a lazy call's argument (foldErrExpr),
// which folding its parent reports if the parent needs it.
func isConst(e expr) bool {
	switch e.(type) {
	case *constExpr, *foldErrExpr:
		return true
	}
	return false
}

// colExpr reads a column of the current row.
type colExpr struct {
	index int
	t     Type
}

func (e *colExpr) typ() Type                       { return e.t }
func (e *colExpr) eval(row []Value) (Value, error) { return row[e.index], nil }

// convExpr converts its operand to another type (implicit conversions and CAST).
type convExpr struct {
	x   expr
	fn  func(Value) (Value, error)
	t   Type
	pos parser.Pos
}

func (e *convExpr) typ() Type { return e.t }
func (e *convExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	v, err = e.fn(v)
	return v, At(e.pos, err)
}

// unaryExpr is -x, +x or ~x.
type unaryExpr struct {
	op  *UnaryOp
	x   expr
	pos parser.Pos
}

func (e *unaryExpr) typ() Type { return e.op.Result }
func (e *unaryExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	v, err = e.op.Fn(v)
	return v, At(e.pos, err)
}

// binaryExpr is an arithmetic, concatenation, bitwise or comparison
// operator; any NULL operand gives NULL.
type binaryExpr struct {
	op   *BinaryOp
	l, r expr
	pos  parser.Pos
}

func (e *binaryExpr) typ() Type { return e.op.Result }
func (e *binaryExpr) eval(row []Value) (Value, error) {
	a, err := e.l.eval(row)
	if err != nil || a == nil {
		return nil, err
	}
	b, err := e.r.eval(row)
	if err != nil || b == nil {
		return nil, err
	}
	v, err := e.op.Fn(a, b)
	return v, At(e.pos, err)
}

// logicExpr is AND or OR with three-valued logic: FALSE AND NULL is FALSE,
// TRUE OR NULL is TRUE, and the right side is not evaluated when the left
// decides.
type logicExpr struct {
	and  bool
	l, r expr
}

func (e *logicExpr) typ() Type { return BooleanType }
func (e *logicExpr) eval(row []Value) (Value, error) {
	a, err := e.l.eval(row)
	if err != nil {
		return nil, err
	}
	decisive := !e.and // OR is decided by TRUE, AND by FALSE
	if a != nil && a.(bool) == decisive {
		return decisive, nil
	}
	b, err := e.r.eval(row)
	if err != nil {
		return nil, err
	}
	if b != nil && b.(bool) == decisive {
		return decisive, nil
	}
	if a == nil || b == nil {
		return nil, nil
	}
	return !decisive, nil
}

// notExpr is NOT x; NOT NULL is NULL.
type notExpr struct{ x expr }

func (e *notExpr) typ() Type { return BooleanType }
func (e *notExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	return !v.(bool), nil
}

// nullSafeEqExpr is a <=> b: NULL <=> NULL is TRUE, NULL <=> x is FALSE.
type nullSafeEqExpr struct {
	eq   *BinaryOp
	l, r expr
	pos  parser.Pos
}

func (e *nullSafeEqExpr) typ() Type { return BooleanType }
func (e *nullSafeEqExpr) eval(row []Value) (Value, error) {
	a, err := e.l.eval(row)
	if err != nil {
		return nil, err
	}
	b, err := e.r.eval(row)
	if err != nil {
		return nil, err
	}
	if a == nil || b == nil {
		return a == nil && b == nil, nil
	}
	v, err := e.eq.Fn(a, b)
	return v, At(e.pos, err)
}

// isNullExpr is x IS [NOT] NULL.
type isNullExpr struct {
	x   expr
	not bool
}

func (e *isNullExpr) typ() Type { return BooleanType }
func (e *isNullExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil {
		return nil, err
	}
	return (v == nil) != e.not, nil
}

// inExpr is x [NOT] IN (list). A match gives TRUE; no match with a NULL in
// the list gives NULL; NULL x gives NULL.
type inExpr struct {
	x    expr
	list []expr
	eq   *BinaryOp
	not  bool
	pos  parser.Pos
}

func (e *inExpr) typ() Type { return BooleanType }
func (e *inExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	sawNull := false
	for _, item := range e.list {
		w, err := item.eval(row)
		if err != nil {
			return nil, err
		}
		if w == nil {
			sawNull = true
			continue
		}
		eq, err := e.eq.Fn(v, w)
		if err != nil {
			return nil, At(e.pos, err)
		}
		if eq.(bool) {
			return !e.not, nil
		}
	}
	if sawNull {
		return nil, nil
	}
	return e.not, nil
}

// likeExpr is x [NOT] LIKE|RLIKE pattern; a constant pattern is compiled
// once per statement, per-row patterns through a cache.
type likeExpr struct {
	x, pattern expr
	re         regexcompat.Regexp // set when the pattern is constant
	cache      regexcompat.Cache
	regexp     bool
	not        bool
	pos        parser.Pos
}

func (e *likeExpr) typ() Type { return BooleanType }
func (e *likeExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	re := e.re
	if re == nil {
		p, err := e.pattern.eval(row)
		if err != nil || p == nil {
			return nil, err
		}
		if e.regexp {
			re, err = e.cache.Compile(p.(string))
			err = rlikeError(p.(string), err)
		} else {
			re, err = likeRegexp(p.(string))
		}
		if err != nil {
			return nil, At(e.pos, err)
		}
	}
	ok, err := re.MatchString(v.(string))
	if err != nil {
		return nil, At(e.pos, rlikeError(re.String(), err))
	}
	return ok != e.not, nil
}

// compilePattern compiles a LIKE pattern or, for RLIKE and REGEXP, a
// MaxCompute regular expression as the REGEXP_* functions compile theirs
// (RE2 when it can express it, else a backtracking engine).
func compilePattern(p string, isRegexp bool) (regexcompat.Regexp, error) {
	if !isRegexp {
		return likeRegexp(p)
	}
	re, err := regexcompat.Compile(p)
	return re, rlikeError(p, err)
}

// likeRegexp compiles a LIKE pattern behind the regexcompat interface.
func likeRegexp(p string) (regexcompat.Regexp, error) {
	re, err := LikePattern(p)
	if err != nil {
		return nil, err
	}
	return regexcompat.FromRE2(re, p), nil
}

// rlikeError words a regexcompat error for RLIKE; nil stays nil.
func rlikeError(p string, err error) error {
	var t *regexcompat.TimeoutError
	var long *regexcompat.TooLongError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &long):
		return InvalidArgument("RLIKE: %s", long.Error())
	case errors.As(err, &t):
		return InvalidArgument("RLIKE: regular expression '%s': %s; simplify the pattern (avoid nested quantifiers such as (a+)+ next to backreferences or lookaround)", p, t.Error())
	}
	return InvalidArgument("RLIKE: invalid regular expression '%s': %s", p, err.Error())
}

// caseExpr is a searched CASE (conds are BOOLEAN) whose operand form has
// been rewritten by the compiler into equality conditions.
type caseExpr struct {
	conds   []expr
	results []expr
	orElse  expr // nil gives NULL
	t       Type
}

func (e *caseExpr) typ() Type { return e.t }
func (e *caseExpr) eval(row []Value) (Value, error) {
	for i, c := range e.conds {
		v, err := c.eval(row)
		if err != nil {
			return nil, err
		}
		if b, _ := v.(bool); b {
			return e.results[i].eval(row)
		}
	}
	if e.orElse == nil {
		return nil, nil
	}
	return e.orElse.eval(row)
}

// callExpr calls a function implementation with evaluated arguments.
type callExpr struct {
	impl     Impl
	name     string // the function's name, for the size limit's error
	ctx      *CallContext
	args     []expr
	nullSafe bool
	t        Type
	pos      parser.Pos
	hint     func(error) error
	// vals is reused for every call: evaluation is single-threaded and Impls
	// do not keep their argument slice (see Impl), so per-row calls do not
	// allocate it.
	vals []Value
}

func (e *callExpr) typ() Type { return e.t }
func (e *callExpr) eval(row []Value) (Value, error) {
	if e.vals == nil {
		e.vals = make([]Value, len(e.args))
	}
	vals := e.vals
	for i, a := range e.args {
		v, err := a.eval(row)
		if err != nil {
			return nil, err
		}
		if v == nil && !e.nullSafe {
			return nil, nil
		}
		vals[i] = v
	}
	v, err := e.impl(e.ctx, vals)
	if err == nil {
		err = checkResultSize(e.name, v)
	}
	if err != nil {
		return nil, At(e.pos, e.hint(err))
	}
	return v, nil
}

// fieldExpr reads a STRUCT member.
type fieldExpr struct {
	x     expr
	index int
	t     Type
}

func (e *fieldExpr) typ() Type { return e.t }
func (e *fieldExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	return v.(*Struct).Fields[e.index], nil
}

// indexExpr is array[i] (0-based; out of range is NULL) or map[key].
type indexExpr struct {
	x, index expr
	t        Type
	isMap    bool
}

func (e *indexExpr) typ() Type { return e.t }
func (e *indexExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	i, err := e.index.eval(row)
	if err != nil || i == nil {
		return nil, err
	}
	if e.isMap {
		m := v.(*Map)
		for k, key := range m.Keys {
			if key != nil && Compare(key, i) == 0 {
				return m.Values[k], nil
			}
		}
		return nil, nil
	}
	arr := v.([]Value)
	n := i.(int64)
	if n < 0 || n >= int64(len(arr)) {
		return nil, nil
	}
	return arr[n], nil
}
