package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// Time values, in the functions below, are BIGINT microseconds since
// midnight (TO_TIME(13, 24, 33) = 48273000000). Arithmetic wraps around
// the day, as for the TIME type these functions mirror (BigQuery's
// TIME_ADD, whose format elements %E<n>S and %E*S they share): the pages
// show no result past midnight.

// timeUnits are the units of TIME_ADD, TIME_SUB and TIME_DIFF, in
// microseconds; TIME_TRUNC also takes the long spellings.
var (
	timeUnits = map[string]int64{
		"hour": 3_600_000_000, "hh": 3_600_000_000,
		"minute": 60_000_000, "mi": 60_000_000,
		"second": 1_000_000, "ss": 1_000_000,
		"millis": 1000, "ff3": 1000,
		"micros": 1, "ff6": 1,
	}
	truncUnits = map[string]int64{"millisecond": 1000, "microsecond": 1}
)

// timeUnit reads a constant date_part argument once per statement.
func timeUnit(function string, consts []eval.Value, isConst []bool, i int, trunc bool) (int64, error) {
	units := "HOUR|hh, MINUTE|mi, SECOND|ss, MILLIS|ff3 or MICROS|ff6"
	if trunc {
		units = "HOUR|hh, MINUTE|mi, SECOND|ss, MILLISECOND|MILLIS|ff3 or MICROSECOND|MICROS|ff6"
	}
	if !isConst[i] {
		return 0, eval.InvalidArgument("the date_part argument of %s must be a constant STRING such as 'second' (%s)", function, units)
	}
	s, _ := consts[i].(string)
	key := strings.ToLower(strings.TrimSpace(s))
	u, ok := timeUnits[key]
	if !ok && trunc {
		u, ok = truncUnits[key]
	}
	if !ok {
		return 0, eval.InvalidArgument("invalid date_part %s for function %s; expected %s", quote(s), function, units)
	}
	return u, nil
}

// wrapDay brings microseconds into [0, microsPerDay).
func wrapDay(us int64) int64 {
	us %= microsPerDay
	if us < 0 {
		us += microsPerDay
	}
	return us
}

func registerTimeMicros(r registrar) {
	timeArith := func(name, description, example string, sign int64) *eval.Function {
		spec := bigintSpec{name: name, ints: []string{"time", "delta"}, rest: []eval.Param{p("date_part", stringKinds)},
			result: eval.BigintType, prepare: func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
				unit, err := timeUnit(strings.ToLower(name), consts, isConst, 2, false)
				if err != nil {
					return nil, err
				}
				perDay := microsPerDay / unit
				return impl3(func(t, delta int64, _ string) (int64, error) {
					// delta mod the units in a day cannot overflow when multiplied.
					return wrapDay(t + sign*(delta%perDay)*unit), nil
				}), nil
			}}
		return fn(name, "BIGINT "+name+"(BIGINT time, BIGINT delta, STRING date_part)", description, example, spec.overloads()...)
	}
	r.Register(timeArith("TIME_ADD", "a time (microseconds since midnight) moved forward by delta units (HOUR|hh, MINUTE|mi, SECOND|ss, MILLIS|ff3, MICROS|ff6), wrapping around midnight",
		"select time_add(1234, 5, 'second'); -- 5001234", 1))
	r.Register(timeArith("TIME_SUB", "a time (microseconds since midnight) moved back by delta units (HOUR|hh, MINUTE|mi, SECOND|ss, MILLIS|ff3, MICROS|ff6), wrapping around midnight",
		"select time_sub(1234000, 5, 'MICROS'); -- 1233995", -1))
	r.Register(fn("TIME_DIFF", "BIGINT TIME_DIFF(BIGINT end_time, BIGINT start_time, STRING date_part)",
		"end_time - start_time in whole units (HOUR|hh, MINUTE|mi, SECOND|ss, MILLIS|ff3, MICROS|ff6), truncated toward zero",
		"select time_diff(1230000, 123400, 'ff6'); -- 1106600",
		bigintSpec{name: "TIME_DIFF", ints: []string{"end_time", "start_time"}, rest: []eval.Param{p("date_part", stringKinds)},
			result: eval.BigintType, prepare: prepareTimeDiff}.overloads()...))
	r.Register(fn("TIME_TRUNC", "BIGINT TIME_TRUNC(BIGINT time, STRING date_part)",
		"a time (microseconds since midnight) cut down to the unit: HOUR|hh, MINUTE|mi, SECOND|ss, MILLISECOND|MILLIS|ff3, MICROSECOND|MICROS|ff6",
		"select time_trunc(1234567890, 'ff3'); -- 1234567000",
		bigintSpec{name: "TIME_TRUNC", ints: []string{"time"}, rest: []eval.Param{p("date_part", stringKinds)},
			result: eval.BigintType, prepare: prepareTimeTrunc}.overloads()...))
	r.Register(fn("FORMAT_TIME", "STRING FORMAT_TIME(BIGINT time, STRING format)",
		"a time (microseconds since midnight) as text: %H|hh|HH hour, %M|mi|MI minute, %S|ss|SS second, ff3 milliseconds, %E<n>S and %E*S seconds with n or 6 decimals; other text is copied",
		"select format_time(48273000000, '%H:%M:%S.ff3'); -- 13:24:33.000",
		bigintSpec{name: "FORMAT_TIME", ints: []string{"time"}, rest: []eval.Param{p("format", stringKinds)},
			result: eval.StringType, prepare: prepareFormatTime}.overloads()...))
	registerToTime(r)
	registerCurrentMicros(r)
}

// prepareFormatTime compiles a constant format once; another is compiled
// per row.
func prepareFormatTime(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	format := func(t int64, f string, elems []fmtElem) (string, error) {
		return formatTimeOfDay(wrapDay(t), elems), nil
	}
	if isConst[1] {
		f, _ := consts[1].(string)
		elems, err := compileFormat(f, false, false)
		if err != nil {
			return nil, err
		}
		return impl2(func(t int64, f string) (string, error) { return format(t, f, elems) }), nil
	}
	return impl2(func(t int64, f string) (string, error) {
		elems, err := compileFormat(f, false, false)
		if err != nil {
			return "", err
		}
		return format(t, f, elems)
	}), nil
}

// timeOfDay is a wall-clock value's microseconds since midnight; the
// nanoseconds below a microsecond are dropped.
func timeOfDay(w time.Time) int64 {
	h, m, s := w.Clock()
	return int64(h*3600+m*60+s)*1_000_000 + int64(w.Nanosecond()/1000)
}

func floorDiv64(x, y int64) int64 {
	q := x / y
	if x%y != 0 && (x < 0) != (y < 0) {
		q--
	}
	return q
}

// prepareTimeDiff reads TIME_DIFF's constant unit once.
func prepareTimeDiff(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	unit, err := timeUnit("time_diff", consts, isConst, 2, false)
	if err != nil {
		return nil, err
	}
	return impl3(func(end, start int64, _ string) (int64, error) {
		d := end - start
		if (end >= 0) != (start >= 0) && (d >= 0) != (end >= 0) {
			return 0, eval.InvalidArgument("time_diff(%d, %d): the difference overflows BIGINT", end, start)
		}
		return d / unit, nil // Go's division truncates toward zero, as the page asks
	}), nil
}

// prepareTimeTrunc reads TIME_TRUNC's constant unit once.
func prepareTimeTrunc(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	unit, err := timeUnit("time_trunc", consts, isConst, 1, true)
	if err != nil {
		return nil, err
	}
	return impl2(func(t int64, _ string) (int64, error) { return floorDiv64(t, unit) * unit, nil }), nil
}

// registerCurrentMicros adds CURRENT_MICROS, the clock's time of day.
func registerCurrentMicros(r registrar) {
	micros := fn("CURRENT_MICROS", "BIGINT CURRENT_MICROS([STRING time_zone])",
		"the current time of day in microseconds (millisecond precision), in time_zone or the session time zone",
		"select current_micros('Asia/Shanghai'); -- 62747524000 at 17:25:47.524",
		&eval.Overload{Result: eval.BigintType, Impl: func(ctx *eval.CallContext, _ []eval.Value) (eval.Value, error) {
			return timeOfDay(wallIn(clockNow(ctx), sessionZone(ctx)).Truncate(time.Millisecond)), nil
		}},
		&eval.Overload{Params: []eval.Param{p("time_zone", stringKinds)}, Result: eval.BigintType, Impl: neverCalled("CURRENT_MICROS"),
			Prepare: zonePrepare(0, func(ctx *eval.CallContext, _ []eval.Value, loc *time.Location) (eval.Value, error) {
				return timeOfDay(wallIn(clockNow(ctx), loc).Truncate(time.Millisecond)), nil
			})})
	micros.Volatile = true
	r.Register(micros)
}
