package functions

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// MaxCompute's own date format, used by TO_CHAR, TO_DATE and ISDATE:
// yyyy mm dd hh mi ss ff3 (case-insensitive; hh is the 24-hour clock).
// A format is compiled once per statement when it is constant.

// mcItem is one piece of a compiled format: a field (year, month, ...)
// of digits digits, or, when field is 0, literal text.
type mcItem struct {
	field  byte // 'y' 'm' 'd' 'h' 'i' 's' 'f', or 0 for lit
	digits int
	lit    string
}

type mcFormat struct {
	items []mcItem
	years int // how many yyyy the format holds; TO_DATE needs exactly one
}

// mcTokens are the format letters with their field and digit count.
var mcTokens = []struct {
	token  string
	field  byte
	digits int
}{{"yyyy", 'y', 4}, {"mm", 'm', 2}, {"dd", 'd', 2}, {"hh", 'h', 2}, {"mi", 'i', 2}, {"ss", 's', 2}, {"ff3", 'f', 3}}

// compileMC splits a format into fields and literal text; every
// character that starts no format letter is literal.
func compileMC(format string) *mcFormat {
	f := &mcFormat{}
	litStart := 0
	for i := 0; i < len(format); {
		matched := false
		for _, t := range mcTokens {
			if i+len(t.token) <= len(format) && strings.EqualFold(format[i:i+len(t.token)], t.token) {
				f.items = append(f.items, mcItem{field: t.field, digits: t.digits})
				if t.field == 'y' {
					f.years++
				}
				i += len(t.token)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		// A literal run is a contiguous slice of format: re-slicing it
		// (rather than appending to the last item's string, which copies
		// it for every character) keeps a long literal linear.
		_, w := utf8.DecodeRuneInString(format[i:])
		if n := len(f.items); n > 0 && f.items[n-1].field == 0 {
			f.items[n-1].lit = format[litStart : i+w]
		} else {
			litStart = i
			f.items = append(f.items, mcItem{lit: format[i : i+w]})
		}
		i += w
	}
	return f
}

// appendDigits writes v with exactly n digits (higher digits are dropped,
// which only a year past 9999 could have).
func appendDigits(b []byte, v, n int) []byte {
	var buf [9]byte
	for ; n > len(buf); n-- { // a long pattern letter run pads with zeros
		b = append(b, '0')
	}
	for i := n - 1; i >= 0; i-- {
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, buf[:n]...)
}

// format writes t with the compiled format (TO_CHAR), deriving the
// calendar fields once.
func (f *mcFormat) format(t time.Time) string {
	var buf [32]byte
	b := buf[:0]
	y, mo, d := t.Date()
	h, mi, sec := t.Clock()
	for _, it := range f.items {
		v := 0
		switch it.field {
		case 0:
			b = append(b, it.lit...)
			continue
		case 'y':
			v = y
		case 'm':
			v = int(mo)
		case 'd':
			v = d
		case 'h':
			v = h
		case 'i':
			v = mi
		case 's':
			v = sec
		default: // 'f'
			v = t.Nanosecond() / int(time.Millisecond)
		}
		b = appendDigits(b, v, it.digits)
	}
	return string(b)
}

// parse reads s against the compiled format (TO_DATE). Following the page,
// the format must hold yyyy exactly once, a field takes exactly its number
// of digits, any other format character skips one character of s, and a
// mismatch or an impossible date gives false (TO_DATE's NULL). ISDATE
// passes repeatedAsText: a field's later occurrences are then text
// (isdate('1234-yyyy', 'yyyy-yyyy') is true), so yyyy must occur at least
// once.
func (f *mcFormat) parse(s string, repeatedAsText bool) (time.Time, bool) {
	if f.years == 0 || (f.years > 1 && !repeatedAsText) {
		return time.Time{}, false
	}
	v := map[byte]int{'m': 1, 'd': 1}
	seen := map[byte]bool{}
	j := 0
	skip := func(n int) bool {
		for range n {
			if j >= len(s) {
				return false
			}
			_, w := utf8.DecodeRuneInString(s[j:])
			j += w
		}
		return true
	}
	for _, it := range f.items {
		if it.field == 0 || seen[it.field] {
			n := it.digits
			if it.field == 0 {
				n = utf8.RuneCountInString(it.lit)
			}
			if !skip(n) {
				return time.Time{}, false
			}
			continue
		}
		n, ok := digitsAt(s, j, it.digits)
		if !ok {
			return time.Time{}, false
		}
		v[it.field], seen[it.field] = n, true
		j += it.digits
	}
	if j != len(s) || v['h'] > 23 || v['i'] > 59 || v['s'] > 59 {
		return time.Time{}, false
	}
	return validDate(v['y'], v['m'], v['d'], v['h'], v['i'], v['s'], v['f']*int(time.Millisecond))
}

// digitsAt reads exactly n ASCII digits at s[j:].
func digitsAt(s string, j, n int) (int, bool) {
	if j+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[j : j+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// formatOverload declares an overload whose argument formatArg is a
// format: withFormat builds the per-row Impl from the compiled format,
// once per statement when the format is constant.
func formatOverload[F any](result eval.Type, formatArg int, compile func(*eval.CallContext, string) (F, error), withFormat func(F) eval.Impl, params ...eval.Param) *eval.Overload {
	perRow := func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		s, err := argAs[string](args, formatArg, len(args))
		if err != nil {
			return nil, err
		}
		f, err := compile(ctx, s)
		if err != nil {
			return nil, err
		}
		return withFormat(f)(ctx, args)
	}
	o := ov(result, perRow, params...)
	o.Prepare = func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if !isConst[formatArg] {
			return perRow, nil
		}
		s, ok := consts[formatArg].(string)
		if !ok {
			return nil, internalError("format is %T, want string", consts[formatArg])
		}
		f, err := compile(ctx, s)
		if err != nil {
			return nil, err
		}
		return withFormat(f), nil
	}
	return o
}

func compileMCFormat(_ *eval.CallContext, s string) (*mcFormat, error) { return compileMC(s), nil }

func registerDateFormats(r registrar) {
	toChar := fn("TO_CHAR", "STRING TO_CHAR(BOOLEAN|BIGINT|DOUBLE|DECIMAL value) | STRING TO_CHAR(DATE|DATETIME|TIMESTAMP|TIMESTAMP_NTZ date, STRING format) | STRING TO_CHAR(TIMESTAMP|TIMESTAMP_NTZ date, STRING format, STRING time_zone)",
		"a value's text (booleans as TRUE/FALSE), or date formatted with yyyy mm dd hh mi ss ff3 (case-insensitive; other characters are copied) or, when format holds %, with %Y %m %d %H %M %S ..., optionally read in time_zone",
		"select to_char(true), to_char(datetime '2024-05-01 08:09:10', 'yyyymmdd hh:mi'); -- TRUE 20240501 08:09",
		toCharValues()...)
	toChar.Overloads = append(toChar.Overloads, formatOverload(eval.StringType, 1, compileToChar, func(f dateFormatter) eval.Impl {
		return impl2(func(t time.Time, _ string) (string, error) { return f(t), nil })
	}, p("date", dateNTZKinds), p("format", stringKinds)),
		formatOverload(eval.StringType, 1, compileToChar, toCharInZone,
			p("date", []eval.Kind{eval.KindTimestamp}), p("format", stringKinds), p("time_zone", stringKinds)),
		formatOverload(eval.StringType, 1, compileToChar, toCharNTZInZone,
			p("date", []eval.Kind{eval.KindTimestampNTZ}), p("format", stringKinds), p("time_zone", stringKinds)))
	for _, o := range toChar.Overloads[len(toChar.Overloads)-3:] { // the date signatures
		rejectNullDate("to_char", o)
	}
	r.Register(toChar)

	r.Register(fn("TO_DATE", "DATE TO_DATE(STRING date) | DATETIME TO_DATE(STRING date, STRING format)",
		"reads date as yyyy-mm-dd (a DATE), or with a format of yyyy mm dd hh mi ss ff3 (a DATETIME; other format characters skip one character); NULL when date does not match or format lacks yyyy",
		"select to_date('20250112', 'yyyymmdd'); -- 2025-01-12 00:00:00",
		ov(eval.DateType, impl1(func(s string) (eval.Value, error) {
			if t, ok := parseDateText(s); ok {
				return dateOnly(t), nil
			}
			return nil, nil
		}), p("date", stringKinds)),
		formatOverload(eval.DatetimeType, 1, compileMCFormat, func(f *mcFormat) eval.Impl {
			return impl2(func(s, _ string) (eval.Value, error) {
				if t, ok := f.parse(s, false); ok {
					return t, nil
				}
				return nil, nil
			})
		}, p("date", stringKinds), p("format", stringKinds)),
	))
	r.Register(fn("ISDATE", "BOOLEAN ISDATE(STRING date, STRING format)",
		"whether date reads as a date with format (as TO_DATE, except that repeated format letters after the first are skipped as text)",
		"select isdate('2021-05-01', 'yyyy-mm-dd'); -- true",
		formatOverload(eval.BooleanType, 1, compileMCFormat, func(f *mcFormat) eval.Impl {
			return impl2(func(s, _ string) (bool, error) { _, ok := f.parse(s, true); return ok, nil })
		}, p("date", stringKinds), p("format", stringKinds)),
	))
	registerDateFormat(r)
}
