package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// TIMESTAMP_NTZ values are wall-clock readings with no zone, held in
// time.UTC like the other time kinds. DATETIME and TIMESTAMP values are
// wall-clock readings of the session time zone, so converting between
// them and instants goes through sessionZone.

var ntzKinds = []eval.Kind{eval.KindTimestampNTZ}

func registerTimestampNTZ(r registrar) {
	now := fn("CURRENT_TIMESTAMP_NTZ", "TIMESTAMP_NTZ CURRENT_TIMESTAMP_NTZ([STRING time_zone])",
		"the current date and time, to the millisecond, as read in time_zone (default UTC, not the session zone)",
		"select current_timestamp_ntz('Asia/Dhaka'); -- 2025-11-05 12:33:15.438 at 06:33:15.438 UTC",
		&eval.Overload{Result: eval.TimestampNTZType, Impl: func(ctx *eval.CallContext, _ []eval.Value) (eval.Value, error) {
			return clockNow(ctx).UTC().Truncate(time.Millisecond), nil
		}},
		&eval.Overload{Params: []eval.Param{p("time_zone", stringKinds)}, Result: eval.TimestampNTZType,
			Impl: neverCalled("CURRENT_TIMESTAMP_NTZ"), Prepare: zonePrepare(0, func(ctx *eval.CallContext, _ []eval.Value, loc *time.Location) (eval.Value, error) {
				return wallIn(clockNow(ctx), loc).Truncate(time.Millisecond), nil
			})})
	now.Volatile = true
	r.Register(now)
	r.Register(fn("CURRENT_TIMEZONE", "STRING CURRENT_TIMEZONE()",
		"the session time zone as odps.sql.timezone names it",
		"select current_timezone(); -- Asia/Shanghai",
		&eval.Overload{Result: eval.StringType, Impl: func(ctx *eval.CallContext, _ []eval.Value) (eval.Value, error) {
			return sessionZone(ctx).String(), nil
		}}))
	registerToTimestampNTZ(r)
	registerUTCConversions(r)
}

func registerToTimestampNTZ(r registrar) {
	r.Register(fn("TO_TIMESTAMP_NTZ", "TIMESTAMP_NTZ TO_TIMESTAMP_NTZ(TIMESTAMP ts, STRING time_zone) | TIMESTAMP_NTZ TO_TIMESTAMP_NTZ(STRING date, STRING format[, STRING time_zone]) | TIMESTAMP_NTZ TO_TIMESTAMP_NTZ(BIGINT time, STRING date_part)",
		"a TIMESTAMP_NTZ: ts as read in time_zone; date read with format (%Y %m %d %H %M %S %E*S %z ..., yyyy mm dd hh mi ss ff3) in time_zone (default UTC) and shown in UTC; or time MILLIS, MICROS or NANOS after 1970-01-01 00:00:00",
		"select to_timestamp_ntz(timestamp '2025-04-08 16:10:30', 'Asia/Tokyo'); -- 2025-04-08 17:10:30",
		&eval.Overload{Params: []eval.Param{p("ts", []eval.Kind{eval.KindTimestamp}), p("time_zone", stringKinds)},
			Result: eval.TimestampNTZType, NullSafe: true, Impl: neverCalled("TO_TIMESTAMP_NTZ"), Prepare: prepareTimestampToNTZ},
		&eval.Overload{Params: []eval.Param{p("date", stringKinds), p("format", stringKinds)},
			Result: eval.TimestampNTZType, Impl: neverCalled("TO_TIMESTAMP_NTZ"), Prepare: prepareParseNTZ},
		&eval.Overload{Params: []eval.Param{p("date", stringKinds), p("format", stringKinds), p("time_zone", stringKinds)},
			Result: eval.TimestampNTZType, Impl: neverCalled("TO_TIMESTAMP_NTZ"), Prepare: prepareParseNTZ},
		ov(eval.TimestampNTZType, impl2(epochToNTZ), p("time", integerKinds), p("date_part", stringKinds)),
	))
}

// prepareTimestampToNTZ: a NULL timestamp is an error (the page says so),
// a NULL time zone gives NULL.
func prepareTimestampToNTZ(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	zone, err := zoneArg(consts, isConst, 1)
	if err != nil {
		return nil, err
	}
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if args[0] == nil {
			return nil, eval.InvalidArgument("the timestamp argument of to_timestamp_ntz must not be NULL")
		}
		if args[1] == nil {
			return nil, nil
		}
		w, err := argAs[time.Time](args, 0, 2)
		if err != nil {
			return nil, err
		}
		loc, err := zone(args)
		if err != nil {
			return nil, err
		}
		return inRange("to_timestamp_ntz", wallIn(instantOf(w, sessionZone(ctx)), loc))
	}, nil
}

// prepareParseNTZ compiles a constant format once. The text's own offset
// (%z), else the time_zone argument, else UTC says which zone it is read in.
func prepareParseNTZ(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	var zone func([]eval.Value) (*time.Location, error)
	if len(consts) == 3 {
		var err error
		if zone, err = zoneArg(consts, isConst, 2); err != nil {
			return nil, err
		}
	}
	var constElems []fmtElem
	if isConst[1] {
		f, _ := consts[1].(string)
		var err error
		if constElems, err = compileFormat(f, true, true); err != nil {
			return nil, err
		}
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		s, ok1 := args[0].(string)
		f, ok2 := args[1].(string)
		if !ok1 || !ok2 {
			return nil, internalError("to_timestamp_ntz arguments are %T, %T", args[0], args[1])
		}
		elems := constElems
		if elems == nil {
			var err error
			if elems, err = compileFormat(f, true, true); err != nil {
				return nil, err
			}
		}
		t, err := parseWithFormat(s, f, elems)
		if err != nil {
			return nil, err
		}
		w := time.Date(t.year, time.Month(t.month), t.day, t.hour, t.minute, t.second, t.nanos, time.UTC)
		switch {
		case t.hasOffset:
			w = w.Add(-time.Duration(t.offset) * time.Second)
		case zone != nil:
			loc, err := zone(args)
			if err != nil {
				return nil, err
			}
			w = wallIn(instantOf(w, loc), time.UTC)
		}
		return inRange("to_timestamp_ntz", w)
	}, nil
}

// epochToNTZ reads time units (MILLIS, MICROS or NANOS) after
// 1970-01-01 00:00:00.
func epochToNTZ(v int64, unit string) (time.Time, error) {
	var t time.Time
	switch strings.ToUpper(strings.TrimSpace(unit)) {
	case "MILLIS":
		t = time.UnixMilli(v)
	case "MICROS":
		t = time.UnixMicro(v)
	case "NANOS":
		t = time.Unix(0, v)
	default:
		return time.Time{}, eval.InvalidArgument("invalid date_part %s for function to_timestamp_ntz; expected MILLIS, MICROS or NANOS", quote(unit))
	}
	return inRange("to_timestamp_ntz", t.UTC())
}

// registerTimeNTZ adds the newer date functions: the microsecond time
// functions (TIME_ADD, TO_TIME, FORMAT_TIME, ...), the TIMESTAMP_NTZ and
// time zone functions, TRUNC_TIME and ISOYEAR.
func registerTimeNTZ(r registrar) {
	registerTimeMicros(r)
	registerTimestampNTZ(r)
	registerTruncISO(r)
}
