package functions

import (
	"time"

	"github.com/mcsql/mcsql/eval"
)

// The functions of the clock and of epoch numbers. DATETIME values are
// wall-clock readings of the session time zone (CallContext.Location,
// odps.sql.timezone, Asia/Shanghai by default), so these are the only date
// functions that consult the zone: they convert between an instant and its
// reading there.

func registerDateClock(r registrar) {
	clock := func(name, sig, desc, example string, result eval.Type, f func(*eval.CallContext, time.Time) time.Time) {
		read := func(ctx *eval.CallContext) eval.Value { return f(ctx, wallClock(now(ctx).In(location(ctx)))) }
		c := fn(name, sig, desc, example, statementClock(result, read))
		c.Volatile = true
		r.Register(c)
	}
	same := func(_ *eval.CallContext, t time.Time) time.Time { return t }
	day := func(_ *eval.CallContext, t time.Time) time.Time { return dateOnly(t) }
	// The GETDATE page: accurate to the second, and to the millisecond when
	// the MaxCompute 2.0 data type edition is on (Hive-compatible included).
	getdate := func(ctx *eval.CallContext, t time.Time) time.Time {
		if ctx != nil && ctx.Edition == eval.Edition1 {
			return t.Truncate(time.Second)
		}
		return t
	}
	clock("GETDATE", "DATETIME GETDATE()", "the current date and time in the session time zone",
		"select getdate(); -- 2026-01-02 11:04:05 (zone Asia/Shanghai)", eval.DatetimeType, getdate)
	clock("NOW", "DATETIME NOW()", "the current date and time in the session time zone",
		"select now(); -- 2026-01-02 11:04:05 (zone Asia/Shanghai)", eval.DatetimeType, same)
	clock("CURRENT_DATE", "DATE CURRENT_DATE()", "today's date in the session time zone",
		"select current_date(); -- 2026-01-02 (zone Asia/Shanghai)", eval.DateType, day)
	clock("CURRENT_TIMESTAMP", "TIMESTAMP CURRENT_TIMESTAMP()", "the current date and time in the session time zone, to the millisecond",
		"select current_timestamp(); -- 2026-01-02 11:04:05.123 (zone Asia/Shanghai)", eval.TimestampType, same)

	unix := fn("UNIX_TIMESTAMP", "BIGINT UNIX_TIMESTAMP([DATETIME|DATE|TIMESTAMP|TIMESTAMP_NTZ|STRING date])",
		"seconds since 1970-01-01 00:00:00 UTC of date read in the session time zone (a TIMESTAMP_NTZ as UTC; now without an argument); a STRING that is not a date gives NULL",
		"select unix_timestamp(datetime '2009-03-20 11:11:00'); -- 1237518660 (zone Asia/Shanghai)",
		statementClock(eval.BigintType, func(ctx *eval.CallContext) eval.Value { return now(ctx).Unix() }),
		ov(eval.BigintType, epoch(func(t time.Time) int64 { return t.Unix() }), p("date", timeKinds)),
		ov(eval.BigintType, utcEpoch(time.Time.Unix), p("date", ntzKinds)),
		&eval.Overload{Params: []eval.Param{p("date", stringKinds)}, Result: eval.BigintType, Impl: unixTimestampText,
			Prepare: func(ctx *eval.CallContext, _ []eval.Value, _ []bool) (eval.Impl, error) {
				return unixTimestampText, textNeedsEdition1(ctx)
			}},
	)
	unix.Volatile = true // unix_timestamp() reads the clock
	r.Register(unix)
	r.Register(rejectNullDates(fn("TO_MILLIS", "BIGINT TO_MILLIS(DATETIME|TIMESTAMP|TIMESTAMP_NTZ|DATE date)",
		"milliseconds since 1970-01-01 00:00:00 UTC of date read in the session time zone (a TIMESTAMP_NTZ as UTC)",
		"select to_millis(datetime '2013-07-08 23:59:59'); -- 1373299199000 (zone Asia/Shanghai)",
		ov(eval.BigintType, epoch(func(t time.Time) int64 { return t.UnixMilli() }), p("date", timeKinds)),
		ov(eval.BigintType, utcEpoch(time.Time.UnixMilli), p("date", ntzKinds)),
	)))
	r.Register(fn("FROM_UNIXTIME", "DATETIME FROM_UNIXTIME(BIGINT unixtime) | STRING FROM_UNIXTIME(BIGINT unixtime, STRING format)",
		"the session-zone date and time of seconds since 1970-01-01 00:00:00 UTC; with a format (Hive-compatible edition only), that time as text in DATE_FORMAT's pattern",
		"select from_unixtime(123456789); -- 1973-11-30 05:33:09 (zone Asia/Shanghai)",
		textInHive(ov(eval.DatetimeType, fromUnixtime, p("unixtime", integerKinds))),
		editionOneDouble("from_unixtime", 0, ov(eval.DatetimeType, fromUnixtime, p("unixtime", integerKinds))),
		formatOverload(eval.StringType, 1, compileFromUnixtimeFormat, func(f *javaFormat) eval.Impl {
			return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
				t, err := fromUnixtime(ctx, args[:1])
				if err != nil || f.null {
					return nil, err
				}
				return string(f.appendTo(make([]byte, 0, 24), t.(time.Time))), nil
			}
		}, p("unixtime", integerKinds), p("format", stringKinds)),
	))
}

// compileFromUnixtimeFormat compiles FROM_UNIXTIME's format, which its
// page makes "valid only in Hive-compatible mode".
func compileFromUnixtimeFormat(ctx *eval.CallContext, pattern string) (*javaFormat, error) {
	if ctx == nil || ctx.Edition != eval.EditionHive {
		return nil, eval.InvalidArgument("from_unixtime: the format argument needs the Hive-compatible edition (SET odps.sql.hive.compatible=true); otherwise write TO_CHAR(FROM_UNIXTIME(unixtime), format)")
	}
	return compileJava(ctx, pattern)
}

// textInHive makes FROM_UNIXTIME(unixtime) return the DATETIME's text,
// a STRING, in the Hive-compatible edition, as the data type editions
// page and FROM_UNIXTIME's page say (editions.go); o returns a DATETIME.
func textInHive(o *eval.Overload) *eval.Overload {
	text, err := eval.Converter(eval.DatetimeType, eval.StringType, true)
	if err != nil {
		panic("functions: no DATETIME to STRING conversion: " + err.Error())
	}
	return inHive(o, func(_ *eval.CallSite, b eval.Binding) eval.Binding {
		b.Result = eval.StringType
		b.Impl = func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			t, err := o.Impl(ctx, args)
			if err != nil || t == nil {
				return nil, err
			}
			return text(t)
		}
		return b
	})
}

// statementClock declares a no-argument overload reading the clock. The
// GETDATE page: the value is fixed for the whole statement (one time during
// its run), so Prepare reads the clock once per statement and every row
// gets that reading; Impl alone (no statement) reads it per call.
func statementClock(result eval.Type, read func(*eval.CallContext) eval.Value) *eval.Overload {
	o := &eval.Overload{Result: result, Impl: func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) != 0 {
			return nil, internalError("got %d arguments, want 0", len(args))
		}
		return read(ctx), nil
	}}
	o.Prepare = func(ctx *eval.CallContext, _ []eval.Value, _ []bool) (eval.Impl, error) {
		v := read(ctx)
		return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			if len(args) != 0 {
				return nil, internalError("got %d arguments, want 0", len(args))
			}
			return v, nil
		}, nil
	}
	return o
}

func now(ctx *eval.CallContext) time.Time {
	if ctx != nil && ctx.Now != nil {
		return ctx.Now()
	}
	return time.Now()
}

// location falls back to the machine's zone when a caller sets none (the
// session always sets one: Asia/Shanghai unless changed).
func location(ctx *eval.CallContext) *time.Location {
	if ctx != nil && ctx.Location != nil {
		return ctx.Location
	}
	return time.Local
}

// wallClock returns t's reading in its own zone as a UTC DATETIME value,
// keeping milliseconds, DATETIME's precision.
func wallClock(t time.Time) time.Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	ms := t.Nanosecond() / int(time.Millisecond) * int(time.Millisecond)
	return time.Date(y, mo, d, h, mi, s, ms, time.UTC)
}

// fullClock is t's reading in its own zone as a UTC TIMESTAMP value (all
// nanoseconds kept).
func fullClock(t time.Time) time.Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, t.Nanosecond(), time.UTC)
}

// inZone is the instant whose reading in the session zone is the
// wall-clock value t.
func inZone(ctx *eval.CallContext, t time.Time) time.Time {
	return instantOf(t, location(ctx))
}

// epoch adapts a reading of an instant (Unix seconds, milliseconds) to a
// date argument read in the session zone.
func epoch(f func(time.Time) int64) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) != 1 {
			return nil, internalError("got %d arguments, want 1", len(args))
		}
		t, ok, err := dateArg(args, 0)
		if err != nil || !ok {
			return nil, err
		}
		return f(inZone(ctx, t)), nil
	}
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

// unixTimestampText is UNIX_TIMESTAMP of a STRING. Its page: the text
// converts implicitly only in the 1.0 edition (and Hive-compatible mode,
// as in Hive); in the 2.0 edition the conversion fails and the text must
// be CAST to DATETIME.
func unixTimestampText(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if err := textNeedsEdition1(ctx); err != nil {
		return nil, err
	}
	return epoch(func(t time.Time) int64 { return t.Unix() })(ctx, args)
}

func textNeedsEdition1(ctx *eval.CallContext) error {
	if ctx != nil && ctx.Edition == eval.Edition2 {
		return eval.InvalidArgument("unix_timestamp: a STRING date converts only in the MaxCompute 1.0 edition; write unix_timestamp(cast(... as datetime)) or SET odps.sql.type.system.odps2=false")
	}
	return nil
}
