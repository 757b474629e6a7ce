package functions

import (
	"time"

	"github.com/mcsql/mcsql/eval"
)

// registerToTime adds TO_TIME's four signatures: a string read with a
// format, hour/minute/second, the time of a TIMESTAMP in a time zone, and
// the time of a TIMESTAMP_NTZ.
func registerToTime(r registrar) {
	timestamp := []eval.Kind{eval.KindTimestamp}
	r.Register(fn("TO_TIME", "BIGINT TO_TIME(STRING value, STRING format) | BIGINT TO_TIME(BIGINT hour, BIGINT minute, BIGINT second) | BIGINT TO_TIME(TIMESTAMP ts[, STRING time_zone]) | BIGINT TO_TIME(TIMESTAMP_NTZ ts)",
		"a time of day in microseconds since midnight: value read with format (%H|hh|HH, %M|mi|MI, %S|ss|SS, ff3, %E<n>S, %E*S), built from its fields, or the time of a timestamp (in time_zone, default the session's)",
		"select to_time('13:24:33', '%H:%M:%S'); -- 48273000000",
		&eval.Overload{Params: []eval.Param{p("value", stringKinds), p("format", stringKinds)}, Result: eval.BigintType,
			Impl: neverCalled("TO_TIME"), Prepare: prepareToTime},
		ov(eval.BigintType, impl3(timeOf), p("hour", integerKinds), p("minute", integerKinds), p("second", integerKinds)),
		ov(eval.BigintType, func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			w, err := argAs[time.Time](args, 0, 1)
			if err != nil {
				return nil, err
			}
			return timeOfDay(w), nil // the value is already the session's wall clock
		}, p("ts", timestamp)),
		&eval.Overload{Params: []eval.Param{p("ts", timestamp), p("time_zone", stringKinds)}, Result: eval.BigintType,
			Impl: neverCalled("TO_TIME"), Prepare: zonePrepare(1, func(ctx *eval.CallContext, args []eval.Value, loc *time.Location) (eval.Value, error) {
				w, err := argAs[time.Time](args, 0, 2)
				if err != nil {
					return nil, err
				}
				return timeOfDay(wallIn(instantOf(w, sessionZone(ctx)), loc)), nil
			})},
		ov(eval.BigintType, impl1(total(timeOfDay)), p("ts", []eval.Kind{eval.KindTimestampNTZ})),
	))
}

// timeOf builds a time from its fields, each within its clock range.
func timeOf(h, m, s int64) (int64, error) {
	if h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59 {
		return 0, eval.InvalidArgument("to_time(%d, %d, %d): hour must be 0-23, minute and second 0-59", h, m, s)
	}
	return (h*3600 + m*60 + s) * 1_000_000, nil
}

// prepareToTime compiles a constant format once; another is compiled per
// row. Only time elements are allowed, and each must match.
func prepareToTime(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	parse := func(value, format string, elems []fmtElem) (int64, error) {
		t, err := parseWithFormat(value, format, elems)
		if err != nil {
			return 0, err
		}
		return int64(t.hour*3600+t.minute*60+t.second)*1_000_000 + int64(t.nanos/1000), nil
	}
	if isConst[1] {
		f, _ := consts[1].(string)
		elems, err := compileFormat(f, false, true)
		if err != nil {
			return nil, err
		}
		return impl2(func(v, f string) (int64, error) { return parse(v, f, elems) }), nil
	}
	return impl2(func(v, f string) (int64, error) {
		elems, err := compileFormat(f, false, true)
		if err != nil {
			return 0, err
		}
		return parse(v, f, elems)
	}), nil
}
