package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// Helpers shared by the date functions: reading the STRING form of a date
// argument, and overload sets for "date|datetime|timestamp|string" params.

// parseDateText reads a date argument given as STRING, in the forms the
// date pages accept: yyyy-mm-dd, yyyy-mm-dd hh:mi:ss and
// yyyy-mm-dd hh:mi:ss.ff3 (any fraction of 1 to 9 digits). Like
// MaxCompute, it takes 1 to 4 year digits and 1 or 2 digits for the
// other fields: ADD_MONTHS('17-2-14', 3) is 0017-05-14 and
// YEAR('70-01-01') is 70. Anything else, including extra text or a
// missing separator ('20140901'), is not a date (the pages return NULL).
func parseDateText(s string) (time.Time, bool) {
	y, rest, ok := number(s, 1, 4)
	mo, rest, ok2 := afterSep(rest, '-', ok)
	d, rest, ok3 := afterSep(rest, '-', ok2)
	if !ok3 {
		return time.Time{}, false
	}
	var h, mi, sec, nanos int
	if rest != "" {
		if rest[0] != ' ' {
			return time.Time{}, false
		}
		var ok bool
		if h, mi, sec, rest, ok = parseClockText(rest[1:]); !ok {
			return time.Time{}, false
		}
		if nanos, ok = parseFractionText(rest); !ok {
			return time.Time{}, false
		}
	}
	return validDate(y, mo, d, h, mi, sec, nanos)
}

// number reads lo to hi ASCII digits at the start of s.
func number(s string, lo, hi int) (int, string, bool) {
	n, i := 0, 0
	for ; i < len(s) && i < hi && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, s[i:], i >= lo
}

// afterSep reads sep then one or two digits, when ok.
func afterSep(s string, sep byte, ok bool) (int, string, bool) {
	if !ok || len(s) == 0 || s[0] != sep {
		return 0, "", false
	}
	return number(s[1:], 1, 2)
}

// parseClockText reads h:m:s (one or two digits each) and returns what
// follows.
func parseClockText(s string) (h, mi, sec int, rest string, ok bool) {
	h, rest, ok = number(s, 1, 2)
	mi, rest, ok = afterSep(rest, ':', ok)
	sec, rest, ok = afterSep(rest, ':', ok)
	if !ok || h > 23 || mi > 59 || sec > 59 {
		return 0, 0, 0, "", false
	}
	return h, mi, sec, rest, true
}

// parseFractionText reads an optional ".f" of 1 to 9 digits.
func parseFractionText(s string) (int, bool) {
	if s == "" {
		return 0, true
	}
	if s[0] != '.' || len(s) < 2 || len(s) > 10 {
		return 0, false
	}
	n, ok := digitsAt(s, 1, len(s)-1)
	for i := len(s) - 1; i < 9; i++ {
		n *= 10
	}
	return n, ok
}

// validDate builds a wall-clock time, or false when a field is out of
// range (time.Date would roll 02-30 over to March).
func validDate(y, mo, d, h, mi, sec, nanos int) (time.Time, bool) {
	if y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, time.Month(mo)) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, nanos, time.UTC), true
}

// dateOnly is t at midnight: a DATE value.
func dateOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// onDate lifts a helper of a date into a one-argument Impl over the
// STRING form: text that is not a date gives NULL.
func onDateText[R any](f func(time.Time) R) eval.Impl {
	return impl1(func(s string) (eval.Value, error) {
		t, ok := parseDateText(s)
		if !ok {
			return nil, nil
		}
		return f(t), nil
	})
}

// dateOverloads are the overloads of a one-argument function of a date
// given as DATE, DATETIME, TIMESTAMP, TIMESTAMP_NTZ or STRING.
func dateOverloads[R any](result eval.Type, f func(time.Time) R) []*eval.Overload {
	return []*eval.Overload{
		ov(result, impl1(func(t time.Time) (R, error) { return f(t), nil }), p("date", dateNTZKinds)),
		ov(result, onDateText(f), p("date", stringKinds)),
	}
}

// dateText is the yyyy-mm-dd text of t, the STRING result of ADD_MONTHS,
// LAST_DAY and NEXT_DAY.
func dateText(t time.Time) string {
	return string(t.AppendFormat(make([]byte, 0, 10), time.DateOnly))
}

// dateArg returns argument i as a date: a time.Time as is, a string read
// with parseDateText (false when it is not a date).
func dateArg(args []eval.Value, i int) (time.Time, bool, error) {
	switch v := args[i].(type) {
	case time.Time:
		return v, true, nil
	case string:
		t, ok := parseDateText(v)
		return t, ok, nil
	}
	return time.Time{}, false, internalError("argument %d is %T, want a date or string", i+1, args[i])
}

// rejectNullDate applies the rule of the pages of ADD_MONTHS, DATE_ADD,
// DATE_SUB, DATEADD, DATEPART, DATETRUNC, DATE_FORMAT, LAST_DAY, NEXT_DAY,
// TO_CHAR (dates) and TO_MILLIS: a NULL date (the first argument) is an
// error, while any other NULL argument gives NULL. A NULL literal date
// fails when the statement is compiled (the newest LAST_DAY page:
// LAST_DAY(NULL, 'isoyear') returns an error).
func rejectNullDate(function string, o *eval.Overload) *eval.Overload {
	impl, prepare := o.Impl, o.Prepare
	o.NullSafe = true
	o.Impl = guardNulls(function, impl)
	if prepare == nil {
		return o
	}
	o.Prepare = func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if isConst[0] && consts[0] == nil {
			return nil, nullDateError(function)
		}
		for i := 1; i < len(consts); i++ {
			if isConst[i] && consts[i] == nil { // NULL for every row whose date is not NULL
				return guardNulls(function, func(*eval.CallContext, []eval.Value) (eval.Value, error) { return nil, nil }), nil
			}
		}
		inner, err := prepare(ctx, consts, isConst)
		if err != nil {
			return nil, err
		}
		return guardNulls(function, inner), nil
	}
	return o
}

// guardNulls fails on a NULL date and gives NULL for other NULL arguments
// before calling inner.
func guardNulls(function string, inner eval.Impl) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) > 0 && args[0] == nil {
			return nil, nullDateError(function)
		}
		for _, a := range args {
			if a == nil {
				return nil, nil
			}
		}
		return inner(ctx, args)
	}
}

func nullDateError(function string) error {
	return eval.InvalidArgument("%s does not accept a NULL date; filter NULL dates out first or give a default with NVL(<date>, ...)", function)
}

// rejectNullDates applies rejectNullDate to every overload of f.
func rejectNullDates(f *eval.Function) *eval.Function {
	for _, o := range f.Overloads {
		rejectNullDate(strings.ToLower(f.Name), o)
	}
	return f
}
