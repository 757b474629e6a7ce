package functions

import (
	"strings"
	"sync"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// Time zone arguments (CURRENT_MICROS, TO_TIME, TO_TIMESTAMP_NTZ,
// FROM_UTC_TIMESTAMP, ...) take what odps.sql.timezone takes: an IANA name
// (Asia/Shanghai, Etc/GMT), an offset (UTC+08:00, GMT+8, +8, -05:30), and,
// as MaxCompute's Java runtime does, the short ids of
// java.time.ZoneId.SHORT_IDS (PST, EST, CTT, ...).

// shortZoneIDs is java.time.ZoneId.SHORT_IDS.
var shortZoneIDs = map[string]string{
	"ACT": "Australia/Darwin", "AET": "Australia/Sydney", "AGT": "America/Argentina/Buenos_Aires",
	"ART": "Africa/Cairo", "AST": "America/Anchorage", "BET": "America/Sao_Paulo",
	"BST": "Asia/Dhaka", "CAT": "Africa/Harare", "CNT": "America/St_Johns",
	"CST": "America/Chicago", "CTT": "Asia/Shanghai", "EAT": "Africa/Addis_Ababa",
	"ECT": "Europe/Paris", "IET": "America/Indiana/Indianapolis", "IST": "Asia/Kolkata",
	"JST": "Asia/Tokyo", "MIT": "Pacific/Apia", "NET": "Asia/Yerevan",
	"NST": "Pacific/Auckland", "PLT": "Asia/Karachi", "PNT": "America/Phoenix",
	"PRT": "America/Puerto_Rico", "PST": "America/Los_Angeles", "SST": "Pacific/Guadalcanal",
	"VST": "Asia/Ho_Chi_Minh", "EST": "-05:00", "MST": "-07:00", "HST": "-10:00",
}

// zoneCache keeps the zones already loaded: loading one reads the embedded
// zoneinfo database, too slow to repeat per row.
var zoneCache sync.Map

// loadZone resolves a time zone argument.
func loadZone(name string) (*time.Location, error) {
	if loc, ok := zoneCache.Load(name); ok {
		return loc.(*time.Location), nil
	}
	id := strings.TrimSpace(name)
	if alias, ok := shortZoneIDs[strings.ToUpper(id)]; ok {
		id = alias
	}
	loc, err := eval.LoadTimeZone(id)
	if err != nil {
		return nil, eval.InvalidArgument("invalid time zone %s: use an IANA name such as Asia/Shanghai or Etc/GMT, or an offset such as UTC+08:00 or +8", quote(name))
	}
	if strings.HasPrefix(id, "+") || strings.HasPrefix(id, "-") {
		// Keep the name the user wrote: a fixed zone is named after it.
		loc = time.FixedZone(name, offsetOf(loc))
	}
	zoneCache.Store(name, loc)
	return loc, nil
}

func offsetOf(loc *time.Location) int {
	_, off := time.Unix(0, 0).In(loc).Zone()
	return off
}

// sessionZone is the session time zone (odps.sql.timezone), Asia/Shanghai
// unless the session set another.
func sessionZone(ctx *eval.CallContext) *time.Location {
	if ctx != nil && ctx.Location != nil {
		return ctx.Location
	}
	if loc, err := loadZone(eval.DefaultTimeZone); err == nil {
		return loc
	}
	return time.UTC
}

// clockNow is the statement's clock.
func clockNow(ctx *eval.CallContext) time.Time {
	if ctx != nil && ctx.Now != nil {
		return ctx.Now()
	}
	return time.Now()
}

// wallIn reads the instant t in loc as a wall-clock value held in UTC, the
// way DATETIME, TIMESTAMP and TIMESTAMP_NTZ values are kept.
func wallIn(t time.Time, loc *time.Location) time.Time {
	y, mo, d := t.In(loc).Date()
	h, mi, s := t.In(loc).Clock()
	return time.Date(y, mo, d, h, mi, s, t.Nanosecond(), time.UTC)
}

// instantOf is the instant at which loc's clocks read the wall-clock
// value w. A reading that never occurs (skipped by a daylight-saving
// gap) is resolved as MaxCompute's Java runtime does: read with the
// offset in force before the gap, so it lands as far past the gap's end
// as it lay past its start (02:30 on a New York spring-forward day is
// 03:30 EDT). Go leaves that choice unspecified. A repeated reading (an
// overlap) is the earlier instant, as in Java and Go.
func instantOf(w time.Time, loc *time.Location) time.Time {
	y, mo, d := w.Date()
	h, mi, s := w.Clock()
	t := time.Date(y, mo, d, h, mi, s, w.Nanosecond(), loc)
	if wallIn(t, loc).Equal(w) {
		return t
	}
	// A gap: the offset before it is the smaller of the two around it.
	naive := time.Date(y, mo, d, h, mi, s, w.Nanosecond(), time.UTC)
	_, o1 := t.Zone()
	_, o2 := naive.Add(-time.Duration(o1) * time.Second).In(loc).Zone()
	return naive.Add(-time.Duration(min(o1, o2)) * time.Second).In(loc)
}

// zoneArg returns a time zone argument's resolver: a constant one is
// loaded once per statement (and its error reported then), another per row.
func zoneArg(consts []eval.Value, isConst []bool, i int) (func([]eval.Value) (*time.Location, error), error) {
	if i < len(isConst) && isConst[i] && consts[i] != nil {
		name, _ := consts[i].(string)
		loc, err := loadZone(name)
		if err != nil {
			return nil, err
		}
		return func([]eval.Value) (*time.Location, error) { return loc, nil }, nil
	}
	return func(args []eval.Value) (*time.Location, error) {
		name, ok := args[i].(string)
		if !ok {
			return nil, internalError("time zone argument is %T", args[i])
		}
		return loadZone(name)
	}, nil
}

// zonePrepare is the Prepare hook of an overload whose argument i is a
// time zone: a constant zone is loaded once per statement, a per-row one
// on each call, and f computes the result in it.
func zonePrepare(i int, f func(ctx *eval.CallContext, args []eval.Value, loc *time.Location) (eval.Value, error)) func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error) {
	return func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		zone, err := zoneArg(consts, isConst, i)
		if err != nil {
			return nil, err
		}
		return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			loc, err := zone(args)
			if err != nil {
				return nil, err
			}
			return f(ctx, args, loc)
		}, nil
	}
}

// The range of DATETIME, TIMESTAMP and TIMESTAMP_NTZ values: years 0001
// to 9999.
var (
	firstInstant = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	lastInstant  = time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

// inRange checks a computed wall-clock value against the years 0001-9999.
func inRange(function string, w time.Time) (time.Time, error) {
	if w.Before(firstInstant) || w.After(lastInstant) {
		return time.Time{}, eval.InvalidArgument("%s: the result %s falls outside years 0001 to 9999", function, w.Format("2006-01-02 15:04:05"))
	}
	return w, nil
}
