package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// DATETIME values are wall-clock readings of the session time zone stored
// with time.UTC (eval/value.go), so calendar arithmetic runs in UTC and only
// GETDATE, UNIX_TIMESTAMP and FROM_UNIXTIME consult ctx.Location.

func registerDatetime(r registrar) {
	getdate := fn("GETDATE", "DATETIME GETDATE()",
		"the current date and time in the session time zone",
		"select getdate(); -- 2024-05-01 12:00:00",
		&eval.Overload{Result: eval.DatetimeType, Impl: getDate})
	getdate.Volatile = true
	r.Register(getdate)
	r.Register(fn("TO_CHAR", "STRING TO_CHAR(BOOLEAN|BIGINT|DOUBLE|DECIMAL x) | STRING TO_CHAR(DATETIME d, STRING format)",
		"a value's text (booleans as TRUE/FALSE), or a date formatted with yyyy mm dd hh mi ss ff3 (case-insensitive)",
		"select to_char(true), to_char(datetime'2024-05-01 08:09:10', 'yyyymmdd hh:mi'); -- TRUE 20240501 08:09",
		ov(eval.StringType, impl1(total(boolText)), p("x", booleanKinds)),
		ov(eval.StringType, impl1(total(intText)), p("x", integerKinds)),
		ov(eval.StringType, impl1(total(floatText)), p("x", floatKinds)),
		ov(eval.StringType, impl1(total(doubleText)), p("x", doubleKinds)),
		ov(eval.StringType, impl1(total(decimalText)), p("x", decimalKinds)),
		ov(eval.StringType, impl2(func(t time.Time, f string) (string, error) { return formatTime(t, f), nil }),
			p("d", timeKinds), p("format", stringKinds)),
	))
	r.Register(fn("TO_DATE", "DATETIME TO_DATE(STRING s, STRING format)",
		"parses s with format letters yyyy mm dd hh mi ss ff3 (other format characters skip one character); NULL if s does not match or format lacks yyyy",
		"select to_date('20240501', 'yyyymmdd'); -- 2024-05-01 00:00:00",
		ov(eval.DatetimeType, impl2(parseTime), p("s", stringKinds), p("format", stringKinds)),
	))
	registerDateArith(r)
	registerUnixTime(r)
}

func now(ctx *eval.CallContext) time.Time {
	if ctx != nil && ctx.Now != nil {
		return ctx.Now()
	}
	return time.Now()
}

// location falls back to the machine's zone, which is what a local tool's
// session zone defaults to.
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

func getDate(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 0 {
		return nil, internalError("got %d arguments, want 0", len(args))
	}
	return wallClock(now(ctx).In(location(ctx))), nil
}

func boolText(b bool) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}

func intText(x int64) string { return eval.FormatValue(x, eval.BigintType) }

func floatText(x float64) string { return eval.FormatValue(x, eval.FloatType) }

func doubleText(x float64) string { return eval.FormatValue(x, eval.DoubleType) }

func decimalText(x eval.Decimal) string { return eval.FormatValue(x, eval.DecimalType) }

// dateTokens are the format letters TO_CHAR and TO_DATE know, with the
// number of digits each takes.
var dateTokens = []struct {
	token  string
	digits int
}{{"yyyy", 4}, {"mm", 2}, {"dd", 2}, {"hh", 2}, {"mi", 2}, {"ss", 2}, {"ff3", 3}}

// tokenAt returns the format letter starting at format[i] (matched
// case-insensitively) and its digit count, or "" and 0.
func tokenAt(format string, i int) (string, int) {
	for _, t := range dateTokens {
		if i+len(t.token) <= len(format) && strings.EqualFold(format[i:i+len(t.token)], t.token) {
			return t.token, t.digits
		}
	}
	return "", 0
}

// field returns the value a format letter stands for in t.
func field(t time.Time, token string) int {
	switch token {
	case "yyyy":
		return t.Year()
	case "mm":
		return int(t.Month())
	case "dd":
		return t.Day()
	case "hh":
		return t.Hour()
	case "mi":
		return t.Minute()
	case "ss":
		return t.Second()
	}
	return t.Nanosecond() / int(time.Millisecond)
}

// formatTime writes t with MaxCompute's format letters; other characters
// are copied.
func formatTime(t time.Time, format string) string {
	var b strings.Builder
	for i := 0; i < len(format); {
		tok, digits := tokenAt(format, i)
		if tok == "" {
			b.WriteByte(format[i])
			i++
			continue
		}
		v := field(t, tok)
		for d, div := 0, pow10(digits-1); d < digits; d, div = d+1, div/10 {
			b.WriteByte(byte('0' + v/div%10))
		}
		i += len(tok)
	}
	return b.String()
}

func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}
