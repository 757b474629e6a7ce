package functions

import (
	"fmt"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// registerUTCConversions adds FROM_UTC_TIMESTAMP and TO_UTC_TIMESTAMP. A
// BIGINT is milliseconds after the epoch, first read in the session time
// zone; a STRING is yyyy-mm-dd or yyyy-mm-dd hh:mi:ss (anything else gives
// NULL); DATETIME, TIMESTAMP and TIMESTAMP_NTZ values are taken as they
// read. A NULL timestamp is an error, a NULL time zone gives NULL (both as
// the pages say).
func registerUTCConversions(r registrar) {
	from := func(w time.Time, loc *time.Location) time.Time { return wallIn(w, loc) }
	to := func(w time.Time, loc *time.Location) time.Time { return wallIn(instantOf(w, loc), time.UTC) }
	r.Register(fn("FROM_UTC_TIMESTAMP", "TIMESTAMP FROM_UTC_TIMESTAMP(BIGINT|STRING|DATETIME|TIMESTAMP|TIMESTAMP_NTZ ts, STRING time_zone)",
		"ts, a UTC time, as read in time_zone (a BIGINT is milliseconds after the epoch, read in the session time zone first)",
		"select from_utc_timestamp('2025-03-05 07:30:15', 'Asia/Shanghai'); -- 2025-03-05 15:30:15",
		utcOverloads("from_utc_timestamp", from)...))
	r.Register(fn("TO_UTC_TIMESTAMP", "TIMESTAMP TO_UTC_TIMESTAMP(BIGINT|STRING|DATETIME|TIMESTAMP|TIMESTAMP_NTZ ts, STRING time_zone)",
		"ts, a time in time_zone, as read in UTC (a BIGINT is milliseconds after the epoch, read in the session time zone first)",
		"select to_utc_timestamp('2025-03-05 15:30:15', 'Asia/Shanghai'); -- 2025-03-05 07:30:15",
		utcOverloads("to_utc_timestamp", to)...))
}

// utcOverloads builds one overload per accepted kind family; shift maps
// the input's wall clock to the result's.
func utcOverloads(name string, shift func(time.Time, *time.Location) time.Time) []*eval.Overload {
	families := []struct {
		kinds []eval.Kind
		read  func(ctx *eval.CallContext, v eval.Value) (time.Time, bool)
	}{
		{integerKinds, func(ctx *eval.CallContext, v eval.Value) (time.Time, bool) {
			ms, ok := v.(int64)
			return wallIn(time.UnixMilli(ms), sessionZone(ctx)), ok
		}},
		{stringKinds, func(_ *eval.CallContext, v eval.Value) (time.Time, bool) {
			s, _ := v.(string)
			return readDateText(s)
		}},
		{[]eval.Kind{eval.KindDatetime, eval.KindTimestamp, eval.KindTimestampNTZ}, func(_ *eval.CallContext, v eval.Value) (time.Time, bool) {
			t, ok := v.(time.Time)
			return t, ok
		}},
	}
	var out []*eval.Overload
	for _, f := range families {
		read := f.read
		out = append(out, &eval.Overload{Params: []eval.Param{p("ts", f.kinds), p("time_zone", stringKinds)},
			Result: eval.TimestampType, NullSafe: true, Impl: neverCalled(name),
			Prepare: func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
				zone, err := zoneArg(consts, isConst, 1)
				if err != nil {
					return nil, err
				}
				return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
					if args[0] == nil {
						return nil, eval.InvalidArgument("the timestamp argument of %s must not be NULL", name)
					}
					if args[1] == nil {
						return nil, nil
					}
					w, ok := read(ctx, args[0])
					if !ok {
						return nil, nil
					}
					loc, err := zone(args)
					if err != nil {
						return nil, err
					}
					return inRange(name, shift(w, loc))
				}, nil
			}})
	}
	return out
}

// Text to time conversions, through CAST's rules.
var (
	textToTimestamp, _ = eval.Converter(eval.StringType, eval.TimestampType, true)
	textToDate, _      = eval.Converter(eval.StringType, eval.DateType, true)
)

// readDateText reads yyyy-mm-dd hh:mi:ss[.fffffffff] or yyyy-mm-dd.
func readDateText(s string) (time.Time, bool) {
	for _, conv := range []func(eval.Value) (eval.Value, error){textToTimestamp, textToDate} {
		if v, err := conv(s); err == nil {
			if t, ok := v.(time.Time); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// registerTruncISO adds TRUNC_TIME and ISOYEAR.
func registerTruncISO(r registrar) {
	trunc := fn("TRUNC_TIME", "STRING TRUNC_TIME(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date, STRING date_part)",
		"date cut to year (yyyy), month (yyyy-mm), day (yyyy-mm-dd) or hour (yyyy-mm-dd hh:00:00); DATETIME and TIMESTAMP are first read in UTC",
		"select trunc_time(datetime '2025-06-10 14:20:30', 'month'); -- 2025-06")
	for _, k := range []eval.Kind{eval.KindDate, eval.KindDatetime, eval.KindTimestamp, eval.KindTimestampNTZ} {
		trunc.Overloads = append(trunc.Overloads, truncOverload(k, []eval.Kind{k}))
	}
	trunc.Overloads = append(trunc.Overloads, truncOverload(eval.KindString, stringKinds))
	r.Register(trunc)
	iso := fn("ISOYEAR", "INT ISOYEAR(STRING|DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date)",
		"the ISO 8601 week-numbering year of date (its week's Thursday's year); a STRING is yyyy-mm-dd or yyyy-mm-dd hh:mi:ss, anything else gives NULL",
		"select isoyear(datetime '2024-01-01 12:30:00'); -- 2024")
	iso.Overloads = append(iso.Overloads,
		ov(eval.IntType, impl1(total(isoYear)), p("date", []eval.Kind{eval.KindDate, eval.KindDatetime, eval.KindTimestamp, eval.KindTimestampNTZ})),
		ov(eval.IntType, func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			s, err := argAs[string](args, 0, 1)
			if err != nil {
				return nil, err
			}
			if t, ok := readDateText(s); ok {
				return isoYear(t), nil
			}
			return nil, nil
		}, p("date", stringKinds)))
	r.Register(iso)
}

func isoYear(t time.Time) int64 {
	y, _ := t.ISOWeek()
	return int64(y)
}

// truncParts are TRUNC_TIME's units with the layout of their result.
var truncParts = map[string]string{"year": "2006", "month": "2006-01", "day": "2006-01-02", "hour": "2006-01-02 15:00:00"}

// truncOverload is TRUNC_TIME for one kind. The STRING one exists for the
// 1.0 data type edition, where a yyyy-mm-dd hh:mi:ss string is a DATETIME.
func truncOverload(k eval.Kind, kinds []eval.Kind) *eval.Overload {
	toDatetime, _ := eval.Converter(eval.StringType, eval.DatetimeType, false)
	return &eval.Overload{Params: []eval.Param{p("date", kinds), p("date_part", stringKinds)}, Result: eval.StringType,
		NullSafe: true, Impl: neverCalled("TRUNC_TIME"),
		Prepare: func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
			if k == eval.KindString && (ctx == nil || ctx.Edition == eval.Edition2) {
				return nil, eval.Errorf(eval.CodeArgumentType, "argument 1 of function trunc_time must be DATE, DATETIME, TIMESTAMP or TIMESTAMP_NTZ in the MaxCompute 2.0 data type edition; CAST it, or SET odps.sql.type.system.odps2=false to read a yyyy-mm-dd hh:mi:ss STRING as DATETIME")
			}
			part, _ := consts[1].(string)
			layout, ok := truncParts[strings.ToLower(strings.TrimSpace(part))]
			switch {
			case !isConst[1]:
				return nil, eval.InvalidArgument("the date_part argument of trunc_time must be a constant string: year, month, day or hour")
			case consts[1] == nil:
				return nil, eval.InvalidArgument("the date_part argument of trunc_time must not be NULL; use year, month, day or hour")
			case !ok:
				return nil, eval.InvalidArgument("invalid date_part %s for function trunc_time; expected year, month, day or hour", quote(part))
			}
			return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
				v := args[0]
				if v == nil {
					return nil, nil
				}
				if k == eval.KindString {
					var err error
					if v, err = toDatetime(v); err != nil {
						return nil, err
					}
				}
				w, ok := v.(time.Time)
				if !ok {
					return nil, internalError("trunc_time argument is %T", v)
				}
				if k != eval.KindDate && k != eval.KindTimestampNTZ {
					// DATETIME and TIMESTAMP are local times: the page reads them in UTC.
					w = wallIn(instantOf(w, sessionZone(ctx)), time.UTC)
				}
				if y := w.Year(); y < 1 || y > 9999 {
					return nil, eval.InvalidArgument("trunc_time: %s falls outside years 0001 to 9999", fmt.Sprint(w))
				}
				return w.Format(layout), nil
			}, nil
		}}
}
