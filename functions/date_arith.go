package functions

import (
	"time"

	"github.com/mcsql/mcsql/eval"
)

// registerDateArith registers DATEADD, DATETRUNC, DATEDIFF, DATEPART and
// EXTRACT, whose date part is parsed once per statement when constant.
func registerDateArith(r registrar) {
	add := fn("DATEADD", "DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ DATEADD(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date, BIGINT delta, STRING datepart)",
		"date moved by delta units ("+unitHelp+"); a month step past the month's end lands on its last day; the result has date's type",
		"select dateadd(datetime '2005-02-28 00:00:00', 1, 'mm'); -- 2005-03-28 00:00:00")
	trunc := fn("DATETRUNC", "DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ DATETRUNC(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date, STRING datepart) | TIMESTAMP DATETRUNC(TIMESTAMP date, STRING datepart, STRING time_zone)",
		"date cut down to the start of its datepart ("+unitHelp+"); the result has date's type; a TIMESTAMP may be cut as read in time_zone",
		"select datetrunc(datetime '2011-12-07 16:28:46', 'yyyy'); -- 2011-01-01 00:00:00")
	for _, t := range []eval.Type{eval.DatetimeType, eval.DateType, eval.TimestampType, eval.TimestampNTZType} {
		byInt := unitOverload("dateadd", 2, t, dateAddImpl(t.Kind),
			p("date", []eval.Kind{t.Kind}), p("delta", integerKinds), p("datepart", stringKinds))
		add.Overloads = append(add.Overloads, byInt, editionOneDouble("dateadd", 1, byInt))
		trunc.Overloads = append(trunc.Overloads, unitOverload("datetrunc", 1, t, func(u dateUnit) eval.Impl {
			return impl2(func(d time.Time, _ string) (time.Time, error) { return truncate(d, u), nil })
		}, p("date", []eval.Kind{t.Kind}), p("datepart", stringKinds)))
	}
	// The newest page's TIMESTAMP signature: truncate as read in time_zone,
	// then show the result in the session zone.
	trunc.Overloads = append(trunc.Overloads, unitOverload("datetrunc", 1, eval.TimestampType, truncInZone,
		p("date", []eval.Kind{eval.KindTimestamp}), p("datepart", stringKinds), p("time_zone", stringKinds)))
	r.Register(rejectNullDates(add))
	r.Register(rejectNullDates(trunc))
	registerDateParts(r)
}

// registerDateParts registers DATEDIFF, DATEPART and EXTRACT.
func registerDateParts(r registrar) {
	r.Register(fn("DATEDIFF", "BIGINT DATEDIFF(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date1, DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date2, STRING datepart) | INT DATEDIFF(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ|STRING date1, DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ|STRING date2)",
		"date1 - date2 in datepart units (default days), counting the unit boundaries crossed: both are cut to the unit first",
		"select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'dd'); -- 1",
		ov(eval.IntType, dayDiff, p("date1", dateNTZKinds), p("date2", dateNTZKinds)),
		ov(eval.IntType, dayDiff, p("date1", stringKinds), p("date2", stringKinds)),
		ov(eval.IntType, dayDiff, p("date1", dateNTZKinds), p("date2", stringKinds)),
		ov(eval.IntType, dayDiff, p("date1", stringKinds), p("date2", dateNTZKinds)),
		unitOverload("datediff", 2, eval.BigintType, func(u dateUnit) eval.Impl {
			return impl3(func(a, b time.Time, _ string) (int64, error) { return dateDiff(a, b, u), nil })
		}, p("date1", dateNTZKinds), p("date2", dateNTZKinds), p("datepart", stringKinds)),
	))
	r.Register(rejectNullDates(fn("DATEPART", "BIGINT DATEPART(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date, STRING datepart)",
		"one field of date: year, quarter, month, ISO week, day, hour, minute (mi), second (ss) or millisecond (ff3)",
		"select datepart(datetime '2013-06-08 01:10:00', 'yyyy'); -- 2013",
		unitOverload("datepart", 1, eval.BigintType, func(u dateUnit) eval.Impl {
			return impl2(func(d time.Time, _ string) (int64, error) { return partOf(d, u), nil })
		}, p("date", dateNTZKinds), p("datepart", stringKinds)),
	)))
	extract := func(u dateUnit) eval.Impl {
		return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			t, ok, err := dateArg(args, 1)
			if err != nil || !ok {
				return nil, err
			}
			return partOf(t, u), nil
		}
	}
	r.Register(otherTypesGiveNull(fn("EXTRACT", "INT EXTRACT(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND FROM DATE|DATETIME|TIMESTAMP|STRING date)",
		"one field of date; EXTRACT(part FROM date) is EXTRACT('part', date)",
		"select extract(year from '2019-05-01 11:21:00'); -- 2019",
		unitOverload("extract", 0, eval.IntType, extract, p("part", stringKinds), p("date", timeKinds)),
		unitOverload("extract", 0, eval.IntType, extract, p("part", stringKinds), p("date", stringKinds)),
	), 1))
}

// DATETIME covers years 0001 to 9999. A delta spanning maxSpan seconds or
// more leaves that range whatever the start, so rejecting it up front keeps
// the arithmetic below from overflowing.
var (
	minTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

const maxSpan = 10000 * 366 * 86400

// monthsIn is the number of months of the calendar units.
var monthsIn = map[unitKind]int64{unitYear: 12, unitQuarter: 3, unitMonth: 1}

// dateAddImpl adds in a unit and keeps the precision of the result's kind:
// a DATE stays at midnight, a DATETIME keeps milliseconds.
func dateAddImpl(kind eval.Kind) func(dateUnit) eval.Impl {
	return func(u dateUnit) eval.Impl {
		return impl3(func(t time.Time, delta int64, unit string) (time.Time, error) {
			out, ok := dateAdd(t, delta, u)
			if !ok || out.Before(minTime) || out.After(maxTime) {
				return time.Time{}, eval.InvalidArgument("dateadd(%s, %d, %s) falls outside years 0001 to 9999", eval.FormatValue(t, eval.Type{Kind: kind}), delta, quote(unit))
			}
			switch kind {
			case eval.KindDate:
				out = dateOnly(out)
			case eval.KindDatetime:
				out = out.Truncate(time.Millisecond)
			}
			return out, nil
		})
	}
}

// dateAdd moves t by delta units; false when that certainly leaves years
// 0001 to 9999 (checked before computing, so nothing overflows).
func dateAdd(t time.Time, delta int64, u dateUnit) (time.Time, bool) {
	if months, ok := monthsIn[u.kind]; ok {
		if limit := int64(12 * 10000 / months); delta <= -limit || delta >= limit {
			return time.Time{}, false
		}
		return addMonths(t, int(delta*months)), true
	}
	step := unitNanos[u.kind]
	perSec := int64(1e9) / min(step, 1e9) // units per second, for sub-second units
	secsPer := max(step/1e9, 1)           // seconds per unit, for the others
	if limit := maxSpan * perSec / secsPer; delta <= -limit || delta >= limit {
		return time.Time{}, false
	}
	if step >= 1e9 {
		return time.Unix(t.Unix()+delta*secsPer, int64(t.Nanosecond())).UTC(), true
	}
	return time.Unix(t.Unix()+delta/perSec, int64(t.Nanosecond())+delta%perSec*step).UTC(), true
}

// addMonths keeps the day of month unless the target month is shorter, in
// which case it lands on that month's last day: 01-31 + 1 month = 02-28/29.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC) // time.Date normalizes the month
	d = min(d, daysIn(first.Year(), first.Month()))
	h, mi, s := t.Clock()
	return time.Date(first.Year(), first.Month(), d, h, mi, s, t.Nanosecond(), time.UTC)
}

// dateDiff cuts a and b to the unit, then counts units between them:
// across midnight one second apart is one day.
func dateDiff(a, b time.Time, u dateUnit) int64 {
	switch u.kind {
	case unitYear:
		return int64(a.Year() - b.Year())
	case unitQuarter:
		return int64((a.Year()*4 + int(a.Month()-1)/3) - (b.Year()*4 + int(b.Month()-1)/3))
	case unitMonth:
		return int64((a.Year()*12 + int(a.Month())) - (b.Year()*12 + int(b.Month())))
	}
	step := unitNanos[u.kind] / 1e3
	return (truncate(a, u).UnixMicro() - truncate(b, u).UnixMicro()) / step
}

// dayDiff is DATEDIFF without a date part: days, with STRING dates read
// as text (NULL when not a date).
func dayDiff(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, b, ok, err := twoDateArgs(args)
	if err != nil || !ok {
		return nil, err
	}
	return dateDiff(a, b, dateUnit{kind: unitDay}), nil
}

// twoDateArgs reads the two date arguments of DATEDIFF without a date
// part and MONTHS_BETWEEN; ok is false when either is STRING text that is
// no date (the call is then NULL).
func twoDateArgs(args []eval.Value) (a, b time.Time, ok bool, err error) {
	if len(args) != 2 {
		return a, b, false, internalError("got %d arguments, want 2", len(args))
	}
	a, ok1, err := dateArg(args, 0)
	if err != nil {
		return a, b, false, err
	}
	b, ok2, err := dateArg(args, 1)
	return a, b, ok1 && ok2, err
}

// truncInZone is DATETRUNC(timestamp, datepart, time_zone): the session-zone
// reading t is cut to the unit as read in time_zone, and the result shown
// in the session zone again.
func truncInZone(u dateUnit) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		t, z, err := timeInZoneArgs(ctx, args)
		if err != nil {
			return nil, err
		}
		there := truncate(t.In(z), u)
		return fullClock(instantOf(fullClock(there), z).In(location(ctx))), nil
	}
}
