package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// editionOneDouble derives from o, whose parameter i takes integers, an
// overload taking a DOUBLE or FLOAT there (a DECIMAL converts to DOUBLE to
// match it). The DATEADD page (newest, 2026-03) says that in the MaxCompute
// 1.0 data type edition a DOUBLE delta is converted to BIGINT (truncated,
// as CAST does), and the FROM_UNIXTIME page says so of a DOUBLE or DECIMAL
// unixtime, while the 2.0 edition keeps them BIGINT; mcsql's implicit
// conversions do not depend on the edition, so the edition is checked
// here, once per statement.
func editionOneDouble(function string, i int, o *eval.Overload) *eval.Overload {
	d := *o
	d.Params = append([]eval.Param(nil), o.Params...)
	d.Params[i] = p(o.Params[i].Name, doubleKinds)
	convs := make([]func(eval.Value) (eval.Value, error), len(o.Params))
	convs[i] = toBigint(eval.DoubleType)
	check := func(ctx *eval.CallContext) error {
		if ctx == nil || ctx.Edition == eval.Edition2 {
			return eval.Errorf(eval.CodeArgumentType,
				"argument %d of function %s must be BIGINT in the MaxCompute 2.0 data type edition, not a DOUBLE, FLOAT or DECIMAL; CAST it, or SET odps.sql.type.system.odps2=false for the 1.0 edition's conversion",
				i+1, strings.ToLower(function))
		}
		return nil
	}
	d.Impl = func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if err := check(ctx); err != nil {
			return nil, err
		}
		return withBigints(o.Impl, convs)(ctx, args)
	}
	if o.Prepare != nil {
		d.Prepare = func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
			if err := check(ctx); err != nil {
				return nil, err
			}
			converted := append([]eval.Value(nil), consts...)
			if isConst[i] && consts[i] != nil {
				v, err := convs[i](consts[i])
				if err != nil {
					return nil, err
				}
				converted[i] = v
			}
			impl, err := o.Prepare(ctx, converted, isConst)
			if err != nil {
				return nil, err
			}
			return withBigints(impl, convs), nil
		}
	}
	return &d
}

// otherKinds are the primitive kinds that convert to none of DATE,
// DATETIME, TIMESTAMP or STRING (numbers convert to STRING and then fail
// to read as a date, which gives NULL on their own).
var otherKinds = []eval.Kind{eval.KindBoolean, eval.KindBinary}

// otherTypesGiveNull adds to f, for each overload taking a STRING date as
// parameter i, one taking a BOOLEAN or BINARY there that returns NULL. The
// pages of YEAR, QUARTER, MONTH, DAY, DAYOFMONTH, DAYOFWEEK, DAYOFYEAR,
// HOUR, MINUTE, SECOND, WEEKOFYEAR, ADD_MONTHS, LAST_DAY, NEXT_DAY and
// EXTRACT say a date "not of the DATE, DATETIME, TIMESTAMP, or STRING type"
// gives NULL (where the pages of DATE_ADD, DATEADD, TO_MILLIS... say an
// error, which mcsql's type check gives). A constant date part is still
// checked once per statement (EXTRACT's part, LAST_DAY's date_part).
func otherTypesGiveNull(f *eval.Function, i int) *eval.Function {
	var extra []*eval.Overload
	for _, o := range f.Overloads {
		if len(o.Params) <= i || !hasKind(o.Params[i].Kinds, eval.KindString) {
			continue
		}
		d := *o
		d.Params = append([]eval.Param(nil), o.Params...)
		d.Params[i] = p(o.Params[i].Name, otherKinds)
		null := func(*eval.CallContext, []eval.Value) (eval.Value, error) { return nil, nil }
		d.Impl = null
		if prepare := o.Prepare; prepare != nil {
			d.Prepare = func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
				checked := append([]eval.Value(nil), consts...)
				constant := append([]bool(nil), isConst...)
				checked[i], constant[i] = nil, false // only the other arguments are checked
				if _, err := prepare(ctx, checked, constant); err != nil {
					return nil, err
				}
				return null, nil
			}
		}
		extra = append(extra, &d)
	}
	f.Overloads = append(f.Overloads, extra...)
	return f
}

func hasKind(kinds []eval.Kind, k eval.Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}
