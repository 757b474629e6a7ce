package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// TRUNC's date forms. The math page's TRUNC section says: "In
// Hive-compatible mode, this function is used for date conversion instead
// of being a mathematical function", pointing to DATETRUNC, and names no
// formats; so trunc(date, format) follows Hive's TRUNC: the formats
// YEAR/YYYY/YY, QUARTER/Q and MONTH/MON/MM (any case; another format gives
// NULL, as in Hive) and a yyyy-mm-dd STRING result. The date is a DATE,
// DATETIME or TIMESTAMP, or a STRING holding one (text that is not a date
// gives NULL). Outside the Hive-compatible edition TRUNC is numeric only,
// and a date argument is an error that names DATETRUNC.

// truncUnit is where a date is cut: the first month of its year, of its
// quarter, or its own month.
type truncUnit uint8

const (
	truncNone truncUnit = iota // an unknown format: the result is NULL
	truncYear
	truncQuarter
	truncMonth
)

// parseTruncUnit reads a Hive TRUNC format.
func parseTruncUnit(format string) truncUnit {
	switch strings.ToUpper(strings.TrimSpace(format)) {
	case "YEAR", "YYYY", "YY":
		return truncYear
	case "QUARTER", "Q":
		return truncQuarter
	case "MONTH", "MON", "MM":
		return truncMonth
	}
	return truncNone
}

// cut returns the yyyy-mm-dd text of the first day of t's unit.
func (u truncUnit) cut(t time.Time) eval.Value {
	m := t.Month()
	switch u {
	case truncYear:
		m = time.January
	case truncQuarter:
		m = (m-1)/3*3 + 1
	case truncMonth:
	default:
		return nil
	}
	return dateText(time.Date(t.Year(), m, 1, 0, 0, 0, 0, time.UTC))
}

// truncFunction is TRUNC: resolved like ROUND (x a DOUBLE, or a DECIMAL
// kept as DECIMAL, decimal_places an integer) unless the arguments are a
// date and a format: a DATE, DATETIME or TIMESTAMP first argument, or two
// STRINGs (a STRING decimal_places is an error in the numeric form anyway).
func truncFunction() *eval.Overload {
	numeric := resolved("trunc", 1, 2, doubleOrDecimal, nil, keepDecimal, bigintOnly).Bind
	return &eval.Overload{
		Impl:    truncImpl(truncNone, false),
		Prepare: prepareTruncDate,
		Bind: func(site *eval.CallSite) (eval.Binding, error) {
			args := site.Args
			if len(args) == 2 && (args[0].Kind.IsTime() || args[0].Kind.IsString() && args[1].Kind.IsString()) {
				if !args[1].Kind.IsString() && args[1].Kind != eval.KindVoid {
					return eval.Binding{}, eval.ArgumentTypeError("trunc", 1, args[1])
				}
				return eval.Binding{Params: []eval.Type{args[0], eval.StringType}, Result: eval.StringType}, nil
			}
			return numeric(site)
		},
	}
}

// prepareTruncDate reads a constant format once per statement.
func prepareTruncDate(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	if len(consts) == 2 && isConst[1] {
		if f, ok := consts[1].(string); ok {
			return truncImpl(parseTruncUnit(f), true), nil
		}
	}
	return truncImpl(truncNone, false), nil
}

// truncImpl is TRUNC's Impl: numbers (float64, eval.Decimal) truncate to
// decimal places, dates (time.Time, or the text of one) to a unit.
func truncImpl(unit truncUnit, fixed bool) eval.Impl {
	numeric := roundImpl(truncDouble, truncDecimal)
	date := truncDate(unit, fixed)
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		switch args[0].(type) {
		case time.Time, string:
			return date(ctx, args)
		}
		return numeric(ctx, args)
	}
}

// truncDate is the date form's Impl; with fixed set it uses unit instead of reading the
// format argument.
func truncDate(unit truncUnit, fixed bool) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if ctx == nil || ctx.Edition != eval.EditionHive {
			return nil, eval.InvalidArgument("trunc(date, format) is a date function only in the Hive-compatible edition " +
				"(set odps.sql.hive.compatible=true;); here TRUNC truncates numbers: use datetrunc(date, datepart) for dates")
		}
		if len(args) != 2 {
			return nil, internalError("got %d arguments, want 2", len(args))
		}
		u := unit
		if !fixed {
			f, err := argAs[string](args, 1, 2)
			if err != nil {
				return nil, err
			}
			u = parseTruncUnit(f)
		}
		t, ok, err := dateArg(args, 0)
		if err != nil || !ok {
			return nil, err
		}
		return u.cut(t), nil
	}
}
