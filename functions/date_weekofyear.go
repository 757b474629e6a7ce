package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// registerWeekOfYear registers WEEKOFYEAR. The newest page (2026-03) adds
// an optional date_part: week (= week(monday)), week(<weekday>) or isoweek.
// Without it a week starts on Monday and belongs to the year holding most
// of its days (ISO 8601). With week(<weekday>) the weeks start on that
// weekday and the days before the year's first one are week 0: the page's
// WEEKOFYEAR(DATE '2025-03-31', 'week(monday)') is 13 where the ISO week
// is 14. A date of another type is an error (the older page said NULL).
func registerWeekOfYear(r registrar) {
	iso := func(t time.Time) int64 { _, w := t.ISOWeek(); return int64(w) }
	f := fn("WEEKOFYEAR", "BIGINT|INT WEEKOFYEAR(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ|STRING date[, STRING date_part])",
		"the week of the year: ISO 8601 weeks (Monday first; a week belongs to the year holding four or more of its days), or with date_part week(<weekday>) weeks starting on that day (days before the first are week 0), week = week(monday), or isoweek; BIGINT for a DATETIME or STRING date (INT for a STRING in the Hive-compatible edition), INT for a DATE, TIMESTAMP or TIMESTAMP_NTZ",
		"select weekofyear(to_date('20141229', 'yyyymmdd')), weekofyear(date '2025-03-31', 'week(monday)'); -- 1 13")
	// The newest page's result types (2025-11 and later): BIGINT for DATETIME,
	// INT for DATE, TIMESTAMP and TIMESTAMP_NTZ, and for STRING BIGINT, or
	// INT in the Hive-compatible edition (intInHive below).
	for _, d := range []struct {
		kinds  []eval.Kind
		result eval.Type
	}{{[]eval.Kind{eval.KindDatetime}, eval.BigintType}, {[]eval.Kind{eval.KindDate, eval.KindTimestamp, eval.KindTimestampNTZ}, eval.IntType}} {
		f.Overloads = append(f.Overloads,
			ov(d.result, impl1(func(t time.Time) (int64, error) { return iso(t), nil }), p("date", d.kinds)),
			weekPartOverload(d.result, p("date", d.kinds)))
	}
	f.Overloads = append(f.Overloads, intInHive(ov(eval.BigintType, onDateText(iso), p("date", stringKinds))),
		weekPartOverload(eval.BigintType, p("date", stringKinds)))
	r.Register(f)
}

// weekPartOverload is WEEKOFYEAR(date, date_part): the part is checked
// once per statement when constant, and the Hive-compatible edition, whose
// page section says date_part is not supported there, rejects it.
func weekPartOverload(result eval.Type, date eval.Param) *eval.Overload {
	o := unitOverload("weekofyear", 1, result, weekOfYearIn, date, p("date_part", stringKinds))
	prepare := o.Prepare
	o.Prepare = func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if ctx != nil && ctx.Edition == eval.EditionHive {
			return nil, eval.InvalidArgument("weekofyear takes no date_part in the Hive-compatible edition; SET odps.sql.hive.compatible=false to use week, week(<weekday>) or isoweek")
		}
		if s, ok := consts[1].(string); ok && isConst[1] {
			if _, err := weekUnit(s); err != nil {
				return nil, err
			}
		}
		return prepare(ctx, consts, isConst)
	}
	return o
}

// weekUnit parses WEEKOFYEAR's date_part: only the week units.
func weekUnit(s string) (dateUnit, error) {
	u, err := parseUnit("weekofyear", s)
	if err == nil && u.kind != unitWeek && u.kind != unitISOWeek {
		err = eval.InvalidArgument("invalid date_part %s for function weekofyear; expected week, week(monday..sunday) or isoweek", quote(strings.TrimSpace(s)))
	}
	return u, err
}

// weekOfYearIn numbers the week of a date for a week unit.
func weekOfYearIn(u dateUnit) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		t, ok, err := dateArg(args, 0)
		if err != nil || !ok {
			return nil, err
		}
		if u.kind != unitWeek && u.kind != unitISOWeek { // a part varying by row
			s, _ := args[1].(string)
			if _, err := weekUnit(s); err != nil {
				return nil, err
			}
		}
		return weekNumber(t, u), nil
	}
}

// weekNumber is the ISO week of t for isoweek; for week(<weekday>) it
// counts the weeks starting on that weekday, the days before the year's
// first such day being week 0.
func weekNumber(t time.Time, u dateUnit) int64 {
	if u.kind == unitISOWeek {
		_, w := t.ISOWeek()
		return int64(w)
	}
	jan1 := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	first := (int(u.week) - int(jan1.Weekday()) + 7) % 7 // days from January 1 to the first week start
	day := t.YearDay() - 1
	if day < first {
		return 0
	}
	return int64((day-first)/7 + 1)
}
