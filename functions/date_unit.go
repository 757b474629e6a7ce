package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// unitKind is a time unit of DATEADD, DATEDIFF, DATEPART, DATETRUNC and
// EXTRACT.
type unitKind int

const (
	unitYear unitKind = iota
	unitQuarter
	unitMonth
	unitWeek    // a week starting on dateUnit.week (Monday unless week(day) says)
	unitISOWeek // ISO 8601 weeks, starting on Monday
	unitDay
	unitHour
	unitMinute
	unitSecond
	unitMilli
	unitMicro
	unitISOYear // ISO 8601 week-numbering years (LAST_DAY only)
)

// dateUnit is a parsed date part.
type dateUnit struct {
	kind unitKind
	week time.Weekday // first day of a unitWeek week
}

// unitNames are the date parts the pages list (matched case-insensitively);
// MINUTE and SECOND are EXTRACT's spellings.
var unitNames = map[string]unitKind{
	"yyyy": unitYear, "year": unitYear,
	"q": unitQuarter, "quarter": unitQuarter,
	"mm": unitMonth, "month": unitMonth, "mon": unitMonth,
	"week": unitWeek, "isoweek": unitISOWeek, "isoyear": unitISOYear,
	"dd": unitDay, "day": unitDay,
	"hh": unitHour, "hour": unitHour,
	"mi": unitMinute, "minute": unitMinute,
	"ss": unitSecond, "second": unitSecond,
	"ff3": unitMilli, "ff6": unitMicro,
}

// unitNanos is the length of the fixed-length units.
var unitNanos = map[unitKind]int64{
	unitWeek: 7 * 86400e9, unitISOWeek: 7 * 86400e9, unitDay: 86400e9, unitHour: 3600e9,
	unitMinute: 60e9, unitSecond: 1e9, unitMilli: 1e6, unitMicro: 1e3,
}

const unitHelp = "year|yyyy, quarter|q, month|mon|mm, week, week(monday..sunday), isoweek, day|dd, hour|hh, mi, ss, ff3 or ff6"

// extractParts are the parts EXTRACT takes (its page lists only these).
var extractParts = map[string]unitKind{
	"year": unitYear, "month": unitMonth, "day": unitDay, "hour": unitHour, "minute": unitMinute, "second": unitSecond,
}

// parseUnit reads a date part such as 'mm', 'Month' or 'week(sunday)'.
func parseUnit(function, s string) (dateUnit, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if function == "extract" {
		k, ok := extractParts[name]
		if !ok {
			return dateUnit{}, eval.InvalidArgument("invalid date part %s for extract; expected YEAR, MONTH, DAY, HOUR, MINUTE or SECOND", quote(s))
		}
		return dateUnit{kind: k}, nil
	}
	if inner, ok := strings.CutPrefix(name, "week("); ok && strings.HasSuffix(inner, ")") {
		if wd, ok := parseWeekday(strings.TrimSuffix(inner, ")")); ok {
			return dateUnit{kind: unitWeek, week: wd}, nil
		}
	}
	k, ok := unitNames[name]
	if k == unitISOYear && function != "last_day" {
		ok = false // only LAST_DAY documents isoyear
	}
	if !ok {
		return dateUnit{}, eval.InvalidArgument("invalid date part %s for function %s; expected %s", quote(s), function, unitHelp)
	}
	return dateUnit{kind: k, week: time.Monday}, nil
}

// unitPrepare returns a Prepare hook for a function whose argument unitArg
// is a date part: a constant part is parsed once per statement, and
// withUnit builds the per-row Impl from it. A part that varies by row is
// parsed per row.
func unitPrepare(function string, unitArg int, withUnit func(dateUnit) eval.Impl) func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error) {
	return func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if isConst[unitArg] {
			s, ok := consts[unitArg].(string)
			if !ok {
				return nil, internalError("date part is %T, want string", consts[unitArg])
			}
			u, err := parseUnit(function, s)
			if err != nil {
				return nil, err
			}
			return withUnit(u), nil
		}
		return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			s, err := argAs[string](args, unitArg, len(args))
			if err != nil {
				return nil, err
			}
			u, err := parseUnit(function, s)
			if err != nil {
				return nil, err
			}
			return withUnit(u)(ctx, args)
		}, nil
	}
}

// unitOverload declares an overload whose Impl parses the date part per
// call and whose Prepare parses a constant one once.
func unitOverload(function string, unitArg int, result eval.Type, withUnit func(dateUnit) eval.Impl, params ...eval.Param) *eval.Overload {
	o := ov(result, nil, params...)
	o.Prepare = unitPrepare(function, unitArg, withUnit)
	o.Impl = func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		isConst := make([]bool, len(args))
		isConst[unitArg] = true
		impl, err := o.Prepare(ctx, args, isConst)
		if err != nil {
			return nil, err
		}
		return impl(ctx, args)
	}
	return o
}

// truncate cuts t down to the start of its unit.
func truncate(t time.Time, u dateUnit) time.Time {
	y, m, d := t.Date()
	switch u.kind {
	case unitYear:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case unitQuarter:
		return time.Date(y, (m-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
	case unitMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case unitWeek, unitISOWeek:
		back := (int(t.Weekday()) - int(u.week) + 7) % 7
		return time.Date(y, m, d-back, 0, 0, 0, 0, time.UTC)
	case unitDay:
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	// Fixed units below a day: cut the clock. Years 0001 to 9999 fit in
	// UnixMicro, so no overflow.
	step := unitNanos[u.kind] / 1e3
	us := t.UnixMicro()
	return time.UnixMicro(floorDiv(us, step) * step).UTC()
}

// partOf is the number DATEPART and EXTRACT return for a unit.
func partOf(t time.Time, u dateUnit) int64 {
	switch u.kind {
	case unitYear:
		return int64(t.Year())
	case unitQuarter:
		return int64(t.Month()+2) / 3
	case unitMonth:
		return int64(t.Month())
	case unitWeek, unitISOWeek:
		_, w := t.ISOWeek()
		return int64(w)
	case unitDay:
		return int64(t.Day())
	case unitHour:
		return int64(t.Hour())
	case unitMinute:
		return int64(t.Minute())
	case unitSecond:
		return int64(t.Second())
	case unitMilli:
		return int64(t.Nanosecond() / 1e6)
	}
	return int64(t.Nanosecond() / 1e3)
}

func floorDiv(x, y int64) int64 {
	q := x / y
	if x%y != 0 && (x < 0) != (y < 0) {
		q--
	}
	return q
}
