package functions

import (
	"time"

	"github.com/mcsql/mcsql/eval"
)

// registerDateFields registers the functions that read one field of a
// date: YEAR, QUARTER, MONTH, DAY, DAYOFMONTH, DAYOFWEEK, DAYOFYEAR,
// WEEKDAY, WEEKOFYEAR, HOUR, MINUTE, SECOND, and LASTDAY / LAST_DAY.
// A STRING argument that is not yyyy-mm-dd[ hh:mi:ss[.ff3]] gives NULL.
func registerDateFields(r registrar) {
	field := func(name, desc, example string, result eval.Type, f func(time.Time) int64) {
		sig := result.String() + " " + name + "(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ|STRING date)"
		r.Register(otherTypesGiveNull(fn(name, sig, desc, example, dateOverloads(result, f)...), 0))
	}
	field("YEAR", "the year of a date", "select year('1970-01-01 12:30:00'); -- 1970", eval.IntType,
		func(t time.Time) int64 { return int64(t.Year()) })
	field("QUARTER", "the quarter (1 to 4) of a date", "select quarter('1970-11-12 10:00:00'); -- 4", eval.IntType,
		func(t time.Time) int64 { return int64(t.Month()+2) / 3 })
	field("MONTH", "the month (1 to 12) of a date", "select month('2014-09-01'); -- 9", eval.IntType,
		func(t time.Time) int64 { return int64(t.Month()) })
	field("DAY", "the day of the month of a date", "select day('2014-09-01'); -- 1", eval.IntType,
		func(t time.Time) int64 { return int64(t.Day()) })
	field("DAYOFMONTH", "the day of the month of a date", "select dayofmonth('2014-09-01'); -- 1", eval.IntType,
		func(t time.Time) int64 { return int64(t.Day()) })
	field("DAYOFWEEK", "the day of the week, 1 = Sunday to 7 = Saturday", "select dayofweek(datetime '2014-09-01 08:00:00'); -- 2", eval.IntType,
		func(t time.Time) int64 { return int64(t.Weekday()) + 1 })
	field("DAYOFYEAR", "the day of the year (1 to 366)", "select dayofyear('2013-09-01 12:00:00'); -- 244", eval.IntType,
		func(t time.Time) int64 { return int64(t.YearDay()) })
	// WEEKDAY takes a DATETIME; text converts to one as CAST does, so a
	// malformed text is an error, as its page says.
	r.Register(fn("WEEKDAY", "BIGINT WEEKDAY(DATETIME date)", "the day of the week, 0 = Monday to 6 = Sunday",
		"select weekday(datetime '2009-03-20 11:11:00'); -- 4",
		ov(eval.BigintType, impl1(func(t time.Time) (int64, error) { return int64(t.Weekday()+6) % 7, nil }), p("date", timeKinds))))
	registerWeekOfYear(r)
	clock := func(name, desc, example string, f func(time.Time) int64) {
		sig := "INT " + name + "(DATETIME|TIMESTAMP|TIMESTAMP_NTZ|DATE|STRING date)"
		r.Register(otherTypesGiveNull(fn(name, sig, desc+"; a STRING may also be hh:mi:ss alone", example,
			ov(eval.IntType, impl1(func(t time.Time) (int64, error) { return f(t), nil }), p("date", dateNTZKinds)),
			ov(eval.IntType, onClockText(f), p("date", stringKinds))), 0))
	}
	clock("HOUR", "the hour (0 to 23) of a time", "select hour('2014-09-01 12:00:00'); -- 12",
		func(t time.Time) int64 { return int64(t.Hour()) })
	clock("MINUTE", "the minute of a time", "select minute('2014-09-01 12:30:00'); -- 30",
		func(t time.Time) int64 { return int64(t.Minute()) })
	clock("SECOND", "the second of a time", "select second('2014-09-01 12:30:45'); -- 45",
		func(t time.Time) int64 { return int64(t.Second()) })

	registerLastDay(r)
}

// registerLastDay registers LASTDAY and LAST_DAY.
func registerLastDay(r registrar) {
	r.Register(fn("LASTDAY", "DATETIME LASTDAY(DATETIME|DATE|TIMESTAMP date)",
		"midnight of the last day of date's month",
		"select lastday(datetime '2013-06-08 01:10:00'); -- 2013-06-30 00:00:00",
		ov(eval.DatetimeType, impl1(total(lastDay)), p("date", timeKinds))))
	lastDayIn := func(u dateUnit) eval.Impl {
		return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			t, ok, err := dateArg(args, 0)
			if err != nil || !ok {
				return nil, err
			}
			return lastDayOf(t, u), nil
		}
	}
	lastDayStr := fn("LAST_DAY", "STRING LAST_DAY(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ|STRING date) | DATE LAST_DAY(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ|STRING date, STRING date_part)",
		"the last day of date's month as yyyy-mm-dd text, or the last day (a DATE) of its year, isoyear, quarter, month, week, week(day) or isoweek",
		"select last_day('2017-03-04'), last_day('2025-06-27', 'week(sunday)'); -- 2017-03-31 2025-06-28",
		dateOverloads(eval.StringType, func(t time.Time) string { return dateText(lastDay(t)) })...)
	for _, k := range [][]eval.Kind{dateNTZKinds, stringKinds} {
		lastDayStr.Overloads = append(lastDayStr.Overloads, unitOverload("last_day", 1, eval.DateType, lastDayIn, p("date", k), p("date_part", stringKinds)))
	}
	r.Register(rejectNullDates(otherTypesGiveNull(lastDayStr, 0)))
}

// lastDay is midnight of the last day of t's month.
func lastDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), daysIn(t.Year(), t.Month()), 0, 0, 0, 0, time.UTC)
}

// onClockText reads a STRING time for HOUR, MINUTE and SECOND: a date text
// as parseDateText takes it, or hh:mi:ss alone.
func onClockText(f func(time.Time) int64) eval.Impl {
	return impl1(func(s string) (eval.Value, error) {
		if t, ok := parseDateText(s); ok {
			return f(t), nil
		}
		h, mi, sec, rest, ok := parseClockText(s)
		if !ok {
			return nil, nil
		}
		if _, ok := parseFractionText(rest); !ok {
			return nil, nil
		}
		return f(time.Date(1970, 1, 1, h, mi, sec, 0, time.UTC)), nil
	})
}

// lastDayOf is the last day (a DATE) of the year, ISO year, quarter,
// month or week that t falls in; smaller units give t's own date.
func lastDayOf(t time.Time, u dateUnit) time.Time {
	switch u.kind {
	case unitYear, unitQuarter, unitMonth:
		return addMonths(truncate(t, u), int(monthsIn[u.kind])).AddDate(0, 0, -1)
	case unitISOYear:
		y, _ := t.ISOWeek()
		return isoYearStart(y+1).AddDate(0, 0, -1)
	case unitWeek, unitISOWeek:
		return truncate(t, u).AddDate(0, 0, 6)
	}
	return dateOnly(t)
}

// isoYearStart is the Monday of ISO week 1 of year y: the week holding
// January 4.
func isoYearStart(y int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
}
