package functions

import (
	"github.com/mcsql/mcsql/eval"
)

// GREATEST, LEAST, ORDINAL and NULLIF: comparisons of a row's own values
// (page: user-guide/other-functions and the per-function pages).
func registerOtherCompare(r registrar) {
	r.Register(fn("GREATEST", "T GREATEST(T var1, T var2, ...)",
		"the largest argument; NULL counts as the smallest (all NULL gives NULL; any NULL gives NULL in Hive-compatible mode)",
		"select greatest(2.5, 5, 3.14BD, '9.9'); -- 9.9",
		typedGeneric(extremeTypes("GREATEST"), extremeImpl(1), extremeSite(1, 0)),
	))
	r.Register(fn("LEAST", "T LEAST(T var1, T var2, ...)",
		"the smallest non-NULL argument (all NULL gives NULL; any NULL gives NULL in Hive-compatible mode)",
		"select least(5, 2, 7); -- 2",
		typedGeneric(extremeTypes("LEAST"), extremeImpl(-1), extremeSite(-1, 0)),
	))
	r.Register(fn("ORDINAL", "T ORDINAL(BIGINT nth, T var1, T var2, ...)",
		"the nth smallest of the values (1-based), NULL counting as the smallest; a NULL nth gives NULL",
		"select ordinal(3, 1, 3, 7, 5, 2, 4, 6); -- 3",
		typedGeneric(ordinalTypes, ordinal, extremeSite(0, 1)),
	))
	r.Register(fn("NULLIF", "T NULLIF(T expr1, T expr2)",
		"NULL when expr1 equals expr2, else expr1",
		"select nullif(2, 3); -- 2",
		generic(nullifTypes, nullif),
	))
}

// orderable reports whether GREATEST, LEAST and ORDINAL compare kind k: the
// documented BIGINT, DOUBLE, DECIMAL, DATETIME, DATE and STRING, with the
// other integer, floating and character kinds of the 2.0 edition.
func orderable(k eval.Kind) bool {
	return k.IsNumeric() || k.IsString() || k == eval.KindDatetime || k == eval.KindDate ||
		k == eval.KindTimestamp || k == eval.KindVoid
}

// extremeCommon folds the arguments at indices into one type the way the
// GREATEST page documents: DOUBLE, BIGINT and STRING meet at DOUBLE, but
// with a DECIMAL among them at DECIMAL; STRING and DATETIME at DATETIME.
func extremeCommon(name string, args []eval.Type, indices []int) (eval.Type, error) {
	hasDecimal := false
	for _, i := range indices {
		if !orderable(args[i].Kind) {
			return eval.Type{}, eval.ArgumentTypeError(name, i, args[i])
		}
		hasDecimal = hasDecimal || args[i].Kind == eval.KindDecimal
	}
	t, err := commonOf(name, args, indices)
	if err != nil {
		return eval.Type{}, err
	}
	if hasDecimal && t.Kind == eval.KindDouble {
		t = eval.DecimalType
		for _, i := range indices {
			if args[i].Kind == eval.KindDecimal {
				if c, ok := eval.CommonType(t, args[i]); ok && c.Kind == eval.KindDecimal {
					t = c
				}
			}
		}
	}
	return t, nil
}

func extremeTypes(name string) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) < 2 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "at least 2", len(args))
		}
		t, err := extremeCommon(name, args, seq(0, len(args), 1))
		return extremeParams(args, 0, t), t, err
	}
}

// extremeParams converts args[from:] to t, except that a DOUBLE or FLOAT
// meeting DECIMALs keeps its type: no implicit conversion turns a DOUBLE
// into a DECIMAL, so extremeSite converts it explicitly.
func extremeParams(args []eval.Type, from int, t eval.Type) []eval.Type {
	params := repeat(t, len(args))
	for i := from; i < len(args); i++ {
		if k := args[i].Kind; t.Kind == eval.KindDecimal && (k == eval.KindDouble || k == eval.KindFloat) {
			params[i] = args[i]
		}
	}
	return params
}

// typedGeneric is generic whose Impl depends on the types the call site
// resolved to, which values alone do not tell apart (GREATEST compares a
// DOUBLE with DECIMALs as a DECIMAL; HASH hashes an INT and a BIGINT
// differently): site builds it from the parameter and result types.
func typedGeneric(types func([]eval.Type) ([]eval.Type, eval.Type, error), impl eval.Impl,
	site func(params []eval.Type, result eval.Type) (eval.Impl, error)) *eval.Overload {
	o := generic(types, impl)
	o.Bind = func(s *eval.CallSite) (eval.Binding, error) {
		params, result, err := types(s.Args)
		if err != nil {
			return eval.Binding{}, err
		}
		exactLiterals(s, params, result)
		impl, err := site(params, result)
		return eval.Binding{Params: params, Result: result, Impl: impl}, err
	}
	return o
}

// exactLiterals gives a DOUBLE literal that extremeParams left a DOUBLE
// the DECIMAL result type after all: eval converts a literal from its
// digits (CallSite.DecimalLiteral), which the LEAST page's example 3
// needs, 12345678901234567890.123456789012345679 being more than a double
// holds. Other DOUBLE arguments keep extremeSite's conversion.
func exactLiterals(s *eval.CallSite, params []eval.Type, result eval.Type) {
	if result.Kind != eval.KindDecimal {
		return
	}
	for i, p := range params {
		if p.Kind == eval.KindDouble && s.DecimalLiteral(i, result) {
			params[i] = result
		}
	}
}

// extremeSite wraps GREATEST (sign 1), LEAST (-1) or ORDINAL (0; its
// values start at from = 1) so that the arguments extremeParams left
// unconverted become the result type first, with CAST's rules.
func extremeSite(sign, from int) func([]eval.Type, eval.Type) (eval.Impl, error) {
	return func(params []eval.Type, result eval.Type) (eval.Impl, error) {
		impl := extremeImpl(sign)
		if sign == 0 {
			impl = ordinal
		}
		convs := make([]func(eval.Value) (eval.Value, error), len(params))
		needed := false
		for i := from; i < len(params); i++ {
			if params[i].Equal(result) {
				continue
			}
			c, err := eval.Converter(params[i], result, true)
			if err != nil {
				return nil, err
			}
			convs[i], needed = c, true
		}
		if !needed {
			return impl, nil
		}
		var buf []eval.Value
		return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			buf = append(buf[:0], args...)
			for i, c := range convs {
				if c != nil && i < len(buf) && buf[i] != nil {
					v, err := c(buf[i])
					if err != nil {
						return nil, err
					}
					buf[i] = v
				}
			}
			return impl(ctx, buf)
		}, nil
	}
}

// extremeImpl returns GREATEST's (sign 1) or LEAST's (sign -1) Impl. In the
// default editions NULLs are skipped (for GREATEST that is "NULL is the
// minimum"); the Hive-compatible edition returns NULL for any NULL.
func extremeImpl(sign int) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		var best eval.Value
		for _, a := range args {
			if a == nil {
				if ctx != nil && ctx.Edition == eval.EditionHive {
					return nil, nil
				}
				continue
			}
			if best == nil || sign*eval.Compare(a, best) > 0 {
				best = a
			}
		}
		return best, nil
	}
}

func ordinalTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) < 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("ORDINAL", "at least 2", len(args))
	}
	if a := args[0]; a.Kind != eval.KindVoid && !a.Kind.IsInteger() && !eval.CanImplicit(a, eval.BigintType) {
		return nil, eval.Type{}, eval.ArgumentTypeError("ORDINAL", 0, a)
	}
	t, err := extremeCommon("ORDINAL", args, seq(1, len(args), 1))
	params := extremeParams(args, 1, t)
	params[0] = eval.BigintType
	return params, t, err
}

// ordinal sorts the values (NULL first, as the smallest) and picks the
// nth. An nth outside 1..count is an error, not NULL: it is a mistake in
// the query rather than in the data.
func ordinal(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) < 2 {
		return nil, internalError("got %d arguments, want at least 2", len(args))
	}
	if args[0] == nil {
		return nil, nil
	}
	nth, ok := args[0].(int64)
	if !ok {
		return nil, internalError("argument 1 is %T, want int64", args[0])
	}
	vals := args[1:]
	if nth < 1 || nth > int64(len(vals)) {
		return nil, eval.InvalidArgument("ordinal: nth is %d, but there are %d values to rank; nth counts from 1", nth, len(vals))
	}
	// Selection by counting keeps args untouched (eval reuses the slice)
	// and needs no allocation; the lists are short.
	for _, v := range vals {
		below, equal := 0, 0
		for _, w := range vals {
			switch c := eval.Compare(w, v); {
			case c < 0:
				below++
			case c == 0:
				equal++
			}
		}
		if int64(below) < nth && nth <= int64(below+equal) {
			return v, nil
		}
	}
	return nil, internalError("ordinal found no value of rank %d", nth)
}

// branchOf is commonOf for results (COALESCE, NVL, IF, DECODE): it folds
// with eval.BranchType, so a STRING among numbers or times gives STRING.
func branchOf(name string, args []eval.Type, indices []int) (eval.Type, error) {
	t := eval.VoidType
	for _, i := range indices {
		c, ok := eval.BranchType(t, args[i])
		if !ok {
			return eval.Type{}, eval.ArgumentTypeError(name, i, args[i])
		}
		t = c
	}
	return t, nil
}

// strictOf is commonOf for DECODE, whose page requires the expression and
// the searches, and the results, to be of one type ("an error is returned
// if the data types are different"): NULLs, integers of any width with
// each other and with DOUBLE or DECIMAL, and STRING with VARCHAR and CHAR
// are accepted; anything else, such as a STRING among numbers, is an error.
func strictOf(name string, args []eval.Type, indices []int) (eval.Type, error) {
	t := eval.VoidType
	for _, i := range indices {
		a := args[i]
		sameFamily := t.Kind == eval.KindVoid || a.Kind == eval.KindVoid || t.Kind == a.Kind ||
			t.Kind.IsNumeric() && a.Kind.IsNumeric() || t.Kind.IsString() && a.Kind.IsString()
		c, ok := eval.CommonType(t, a)
		if !sameFamily || !ok {
			return eval.Type{}, eval.ArgumentTypeError(name, i, a)
		}
		t = c
	}
	return t, nil
}

func nullifTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("NULLIF", "2", len(args))
	}
	t, err := commonOf("NULLIF", args, []int{0, 1})
	return repeat(t, 2), t, err
}

// nullif returns NULL when both are equal; a NULL expr2 never equals, so
// nullif(3, null) is 3, as the page shows.
func nullif(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 2 {
		return nil, internalError("got %d arguments, want 2", len(args))
	}
	if args[0] != nil && args[1] != nil && valuesEqual(args[0], args[1]) {
		return nil, nil
	}
	return args[0], nil
}
