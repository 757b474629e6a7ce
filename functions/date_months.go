package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// registerDateMonths registers the Hive-style day and month arithmetic of
// MaxCompute 2.0: ADD_MONTHS, MONTHS_BETWEEN, NEXT_DAY, DATE_ADD, DATE_SUB.
// Their date arguments may be DATE, DATETIME, TIMESTAMP or STRING; a
// STRING that is not yyyy-mm-dd[ hh:mi:ss[.ff3]] gives NULL.
func registerDateMonths(r registrar) {
	r.Register(rejectNullDates(otherTypesGiveNull(fn("ADD_MONTHS", "STRING ADD_MONTHS(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ|STRING startdate, INT num_months)",
		"startdate plus num_months months as yyyy-mm-dd; a day past the target month's end becomes its last day",
		"select add_months('2017-02-14', 3); -- 2017-05-14",
		alsoNTZ(dateAndArg(eval.StringType, p("num_months", integerKinds), addMonthsText))...), 0)))
	r.Register(rejectNullDates(fn("DATE_ADD", "DATE DATE_ADD(DATE|DATETIME|TIMESTAMP|STRING startdate, BIGINT delta)",
		"the date delta days after startdate (before it when delta < 0)",
		"select date_add(datetime '2005-02-28 00:00:00', 1); -- 2005-03-01",
		dateAndArg(eval.DateType, p("delta", integerKinds), func(t time.Time, n int64) (eval.Value, error) { return addDays("date_add", t, n, 1) })...)))
	r.Register(rejectNullDates(fn("DATE_SUB", "DATE DATE_SUB(DATE|DATETIME|TIMESTAMP|STRING startdate, BIGINT delta)",
		"the date delta days before startdate (after it when delta < 0)",
		"select date_sub(datetime '2005-03-01 00:00:00', 1); -- 2005-02-28",
		dateAndArg(eval.DateType, p("delta", integerKinds), func(t time.Time, n int64) (eval.Value, error) {
			return addDays("date_sub", t, n, -1)
		})...)))
	r.Register(rejectNullDates(otherTypesGiveNull(fn("NEXT_DAY", "STRING NEXT_DAY(DATE|DATETIME|TIMESTAMP|STRING startdate, STRING week)",
		"the first date after startdate falling on week (Mo, Tue, Wednesday, ... case-insensitive), as yyyy-mm-dd; NULL for an unknown week",
		"select next_day('2017-08-01', 'TU'); -- 2017-08-08",
		dateAndArg(eval.StringType, p("week", stringKinds), nextDay)...), 0)))
	between := fn("MONTHS_BETWEEN", "DOUBLE MONTHS_BETWEEN(DATETIME|TIMESTAMP|DATE|STRING date1, DATETIME|TIMESTAMP|DATE|STRING date2)",
		"months from date2 to date1: whole when both fall on the same day of the month or both on a month's last day, else the day and time difference over 31-day months",
		"select months_between('1997-02-28 10:30:00', '1996-10-30'); -- 3.9495967741935485")
	for _, k1 := range [][]eval.Kind{timeKinds, stringKinds} {
		for _, k2 := range [][]eval.Kind{timeKinds, stringKinds} {
			between.Overloads = append(between.Overloads, ov(eval.DoubleType, monthsBetween, p("date1", k1), p("date2", k2)))
		}
	}
	r.Register(between)
}

// dateAndArg declares overloads of f(date, b) for a date given as DATE,
// DATETIME, TIMESTAMP or STRING; a STRING that is not a date gives NULL.
func dateAndArg[B any](result eval.Type, b eval.Param, f func(time.Time, B) (eval.Value, error)) []*eval.Overload {
	impl := func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		t, ok, err := dateArg(args, 0)
		if err != nil || !ok {
			return nil, err
		}
		v, err := argAs[B](args, 1, 2)
		if err != nil {
			return nil, err
		}
		return f(t, v)
	}
	return []*eval.Overload{
		ov(result, impl, p("startdate", timeKinds), b),
		ov(result, impl, p("startdate", stringKinds), b),
	}
}

func addMonthsText(t time.Time, n int64) (eval.Value, error) {
	if n <= -12*10000 || n >= 12*10000 {
		return nil, eval.InvalidArgument("add_months: %d months leaves years 0001 to 9999", n)
	}
	out := addMonths(t, int(n))
	if out.Before(minTime) || out.After(maxTime) {
		return nil, eval.InvalidArgument("add_months(%s, %d) falls outside years 0001 to 9999", dateText(t), n)
	}
	return dateText(out), nil
}

// addDays is the DATE sign*n days after t's date.
func addDays(function string, t time.Time, n, sign int64) (eval.Value, error) {
	if n <= -maxSpan/86400 || n >= maxSpan/86400 {
		return nil, eval.InvalidArgument("%s: %d days leaves years 0001 to 9999", function, n)
	}
	out := dateOnly(t).AddDate(0, 0, int(sign*n))
	if out.Before(minTime) || out.After(maxTime) {
		return nil, eval.InvalidArgument("%s(%s, %d) falls outside years 0001 to 9999", function, dateText(t), n)
	}
	return out, nil
}

// weekdayNames are the full English day names NEXT_DAY matches by their
// first two or three letters or in full.
var weekdayNames = [...]string{"SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"}

// parseWeekday reads a day name as NEXT_DAY and DATETRUNC's week(...) take it.
func parseWeekday(s string) (time.Weekday, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	for i, name := range weekdayNames {
		if len(s) >= 2 && (s == name || (len(s) <= 3 && strings.HasPrefix(name, s))) {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

func nextDay(t time.Time, week string) (eval.Value, error) {
	wd, ok := parseWeekday(week)
	if !ok {
		return nil, nil
	}
	days := (int(wd)-int(t.Weekday())+6)%7 + 1 // 1 to 7: strictly after t
	out := dateOnly(t).AddDate(0, 0, days)
	if out.After(maxTime) {
		return nil, nil
	}
	return dateText(out), nil
}

// monthsBetween follows the page: a whole number when both dates are the
// same day of the month or both are last days of months; otherwise the
// month difference plus the difference of day and time over 31 days.
func monthsBetween(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, b, ok, err := twoDateArgs(args)
	if err != nil || !ok {
		return nil, err
	}
	months := float64((a.Year()-b.Year())*12 + int(a.Month()) - int(b.Month()))
	if a.Day() == b.Day() || (a.Day() == daysIn(a.Year(), a.Month()) && b.Day() == daysIn(b.Year(), b.Month())) {
		return months, nil
	}
	secs := func(t time.Time) float64 {
		return float64(t.Day()*86400+t.Hour()*3600+t.Minute()*60+t.Second()) + float64(t.Nanosecond())/1e9
	}
	return months + (secs(a)-secs(b))/(31*86400), nil
}
