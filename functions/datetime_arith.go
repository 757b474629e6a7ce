package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

func registerDateArith(r registrar) {
	add := fn("DATEADD", "DATETIME DATEADD(DATETIME d, BIGINT delta, STRING unit)",
		"d moved by delta units (yyyy|year, mm|month|mon, dd|day, hh|hour, mi, ss); a month step past the month's end lands on its last day",
		"select dateadd(datetime'2024-01-31 00:00:00', 1, 'mm'); -- 2024-02-29 00:00:00")
	for _, t := range []eval.Type{eval.DatetimeType, eval.DateType, eval.TimestampType} {
		add.Overloads = append(add.Overloads, ov(t, impl3(dateAdd),
			p("d", []eval.Kind{t.Kind}), p("delta", integerKinds), p("unit", stringKinds)))
	}
	r.Register(add)
	r.Register(fn("DATEDIFF", "BIGINT DATEDIFF(DATETIME a, DATETIME b[, STRING unit])",
		"a - b in units (default dd) after cutting both to that unit",
		"select datediff(datetime'2024-01-01 00:00:00', datetime'2023-12-31 23:59:59', 'dd'); -- 1",
		ov(eval.BigintType, impl2(func(a, b time.Time) (int64, error) { return dateDiff(a, b, "dd") }),
			p("a", timeKinds), p("b", timeKinds)),
		ov(eval.BigintType, impl3(dateDiff), p("a", timeKinds), p("b", timeKinds), p("unit", stringKinds)),
	))
}

type dateUnit int

const (
	unitYear dateUnit = iota
	unitMonth
	unitDay
	unitHour
	unitMinute
	unitSecond
)

var unitNames = map[string]dateUnit{
	"yyyy": unitYear, "year": unitYear,
	"mm": unitMonth, "month": unitMonth, "mon": unitMonth,
	"dd": unitDay, "day": unitDay,
	"hh": unitHour, "hour": unitHour,
	"mi": unitMinute,
	"ss": unitSecond,
}

// unitSeconds gives each unit's length; for years and months it is the
// shortest one, used only to bound deltas.
var unitSeconds = map[dateUnit]int64{unitYear: 365 * 86400, unitMonth: 28 * 86400, unitDay: 86400, unitHour: 3600, unitMinute: 60, unitSecond: 1}

func parseUnit(function, unit string) (dateUnit, error) {
	u, ok := unitNames[strings.ToLower(strings.TrimSpace(unit))]
	if !ok {
		return 0, eval.InvalidArgument("invalid date part %s for function %s; expected yyyy, mm, dd, hh, mi or ss", quote(unit), function)
	}
	return u, nil
}

// DATETIME covers years 0001 to 9999. A delta spanning maxSpan seconds or
// more leaves that range whatever the start, so rejecting it up front keeps
// the arithmetic below from overflowing.
var (
	minTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

const maxSpan = 10000 * 366 * 86400

func dateAdd(t time.Time, delta int64, unit string) (time.Time, error) {
	u, err := parseUnit("dateadd", unit)
	if err != nil {
		return time.Time{}, err
	}
	if limit := maxSpan / unitSeconds[u]; delta <= -limit || delta >= limit {
		return time.Time{}, outOfRange(t, delta, unit)
	}
	var out time.Time
	switch u {
	case unitYear:
		out = addMonths(t, int(delta)*12)
	case unitMonth:
		out = addMonths(t, int(delta))
	default:
		out = time.Unix(t.Unix()+delta*unitSeconds[u], int64(t.Nanosecond())).UTC()
	}
	if out.Before(minTime) || out.After(maxTime) {
		return time.Time{}, outOfRange(t, delta, unit)
	}
	return out, nil
}

func outOfRange(t time.Time, delta int64, unit string) error {
	return eval.InvalidArgument("dateadd(%s, %d, %s) falls outside years 0001 to 9999", t.Format(time.DateTime), delta, quote(unit))
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

// dateDiff cuts a and b to the unit, then subtracts: across midnight one
// second apart is one day.
func dateDiff(a, b time.Time, unit string) (int64, error) {
	u, err := parseUnit("datediff", unit)
	if err != nil {
		return 0, err
	}
	switch u {
	case unitYear:
		return int64(a.Year() - b.Year()), nil
	case unitMonth:
		return int64((a.Year()*12 + int(a.Month())) - (b.Year()*12 + int(b.Month()))), nil
	}
	step := unitSeconds[u]
	return floorDiv(a.Unix(), step) - floorDiv(b.Unix(), step), nil
}

func floorDiv(x, y int64) int64 {
	q := x / y
	if x%y != 0 && (x < 0) != (y < 0) {
		q--
	}
	return q
}

func registerUnixTime(r registrar) {
	r.Register(fn("UNIX_TIMESTAMP", "BIGINT UNIX_TIMESTAMP(DATETIME d)",
		"seconds since 1970-01-01 00:00:00 UTC of d read in the session time zone",
		"select unix_timestamp(datetime'1970-01-01 08:00:00'); -- 0 in zone UTC+8",
		ov(eval.BigintType, unixTimestamp, p("d", timeKinds)),
	))
	r.Register(fn("FROM_UNIXTIME", "DATETIME FROM_UNIXTIME(BIGINT seconds)",
		"the session-zone date and time of seconds since 1970-01-01 00:00:00 UTC",
		"select from_unixtime(0); -- 1970-01-01 08:00:00 in zone UTC+8",
		ov(eval.DatetimeType, fromUnixtime, p("seconds", integerKinds)),
	))
}

func unixTimestamp(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	t, err := argAs[time.Time](args, 0, 1)
	if err != nil {
		return nil, err
	}
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, 0, location(ctx)).Unix(), nil
}

// Unix seconds of 0001-01-01 and 9999-12-31 23:59:59 UTC, widened by a day
// so that any zone offset still fits.
const (
	minUnix = -62135596800 - 86400
	maxUnix = 253402300799 + 86400
)

func fromUnixtime(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	sec, err := argAs[int64](args, 0, 1)
	if err != nil {
		return nil, err
	}
	if sec < minUnix || sec > maxUnix {
		return nil, eval.InvalidArgument("from_unixtime(%d) falls outside years 0001 to 9999", sec)
	}
	t := wallClock(time.Unix(sec, 0).In(location(ctx)))
	if t.Before(minTime) || t.After(maxTime) {
		return nil, eval.InvalidArgument("from_unixtime(%d) falls outside years 0001 to 9999", sec)
	}
	return t, nil
}
