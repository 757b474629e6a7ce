package functions

import (
	"math/big"

	"github.com/mcsql/mcsql/eval"
)

// Result types that depend on the data type edition. The MaxCompute V2.0
// data type edition page
// (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition,
// "Function behavior is different") lists them:
//
//   - LENGTH, LENGTHB, FIND_IN_SET, INSTR, SIZE, HASH and SIGN return INT
//     in the Hive-compatible edition and BIGINT in the 1.0 and 2.0 ones
//     (intInHive; SIZE's own page types it INT in every edition, which
//     mcsql follows; SIGN's integer result is that of a DECIMAL argument).
//   - FLOOR and CEIL of a DECIMAL return DECIMAL in the Hive-compatible
//     edition, BIGINT otherwise (decimalInHive).
//   - FROM_UNIXTIME returns STRING in the Hive-compatible edition,
//     DATETIME otherwise (date_clock.go).
//
// Each is a Bind hook wrapped around the overload's own typing, since
// the edition is known when a call site is compiled.

// inHive wraps o's typing: in the Hive-compatible edition, hive adjusts
// the binding the other editions get (its result type and Impl).
func inHive(o *eval.Overload, hive func(site *eval.CallSite, b eval.Binding) eval.Binding) *eval.Overload {
	bind := o.Bind
	o.Bind = func(site *eval.CallSite) (eval.Binding, error) {
		b := eval.Binding{Result: o.Result}
		if bind != nil {
			var err error
			if b, err = bind(site); err != nil {
				return b, err
			}
		}
		if site.Ctx.Edition == eval.EditionHive {
			b = hive(site, b)
		}
		return b, nil
	}
	return o
}

// intInHive makes o's BIGINT results INT in the Hive-compatible edition.
// Both are int64 values, so the Impl stays.
func intInHive(o *eval.Overload) *eval.Overload {
	return inHive(o, func(_ *eval.CallSite, b eval.Binding) eval.Binding {
		if b.Result.Kind == eval.KindBigint {
			b.Result = eval.IntType
		}
		return b
	})
}

// decimalInHive makes FLOOR or CEIL (rat rounds a DECIMAL to an integer)
// of a DECIMAL return DECIMAL in the Hive-compatible edition: DECIMAL(p,s)
// gives DECIMAL(p-s+1, 0) as in Hive, and the value is never too large.
func decimalInHive(o *eval.Overload, rat func(*big.Rat) *big.Int) *eval.Overload {
	return inHive(o, func(site *eval.CallSite, b eval.Binding) eval.Binding {
		in := site.Params
		if b.Params != nil {
			in = b.Params
		}
		if len(in) != 1 || in[0].Kind != eval.KindDecimal {
			return b
		}
		b.Result = eval.DecimalType
		if p, s := in[0].Precision, in[0].Scale; p > 0 {
			b.Result = eval.Type{Kind: eval.KindDecimal, Precision: min(p-s+1, 38)}
		}
		b.Impl = func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			x, ok := args[0].(eval.Decimal)
			if !ok {
				return nil, internalError("argument is %T, want a DECIMAL", args[0])
			}
			return eval.Decimal{Rat: new(big.Rat).SetInt(rat(x.Rat))}, nil
		}
		return b
	})
}

// intsInHive applies intInHive to every overload of f.
func intsInHive(f *eval.Function) *eval.Function {
	for _, o := range f.Overloads {
		intInHive(o)
	}
	return f
}
