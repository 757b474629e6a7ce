package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// DATE_FORMAT's Java-style patterns (yyyy-MM-dd HH:mm:ss.SSS), compiled
// once per statement when constant. Per the page, outside the
// Hive-compatible edition hh is the 24-hour clock, mm is the month and mi
// is the minute; in the Hive-compatible edition hh is the 12-hour clock,
// mm the minute, and a pattern using mi gives NULL.

// javaItem is one piece of a compiled pattern: a letter repeated n times,
// or literal text when letter is 0.
type javaItem struct {
	letter byte
	n      int
	lit    string
}

// javaFormat is a compiled pattern; null means every result is NULL.
type javaFormat struct {
	items []javaItem
	null  bool
}

// javaLetters are the pattern letters DATE_FORMAT knows ('i' stands for
// MaxCompute's mi).
const javaLetters = "yYMdHhmisSaEDkK"

func compileJava(ctx *eval.CallContext, pattern string) (*javaFormat, error) {
	hive := ctx != nil && ctx.Edition == eval.EditionHive
	f := &javaFormat{}
	// Literal text collects in a builder, one item per run: appending to
	// the last item's string would copy it for every character.
	var text strings.Builder
	lit := func(s string) { text.WriteString(s) }
	item := func(it javaItem) {
		if text.Len() > 0 {
			f.items = append(f.items, javaItem{lit: text.String()})
			text.Reset()
		}
		if it != (javaItem{}) {
			f.items = append(f.items, it)
		}
	}
	for i := 0; i < len(pattern); {
		c := pattern[i]
		switch {
		case c == '\'':
			text, next := quotedText(pattern, i)
			lit(text)
			i = next
		case c == 'm' && i+1 < len(pattern) && pattern[i+1] == 'i':
			if hive {
				f.null = true
			}
			item(javaItem{letter: 'i', n: 2})
			i += 2
		case isLetter(c):
			n := 1
			for i+n < len(pattern) && pattern[i+n] == c {
				n++
			}
			if !hasByte(javaLetters, c) {
				return nil, eval.InvalidArgument("date_format: unsupported pattern letter %q in %s; use yyyy, YYYY, MM, dd, HH, hh, mm, mi, ss, SSS, a, E or D, and quote literal text with '...'", c, quote(pattern))
			}
			if !hive && (c == 'h' || c == 'm') { // 24-hour clock and month outside the Hive edition
				c = map[byte]byte{'h': 'H', 'm': 'M'}[c]
			}
			item(javaItem{letter: c, n: n})
			i += n
		default:
			lit(pattern[i : i+1])
			i++
		}
	}
	item(javaItem{})
	return f, nil
}

// quotedText reads the quoted literal starting at pattern[i] (a quote):
// text between quotes is literal, and two quotes in a row (inside quoted
// text or alone) are one quote. It returns the text and the index after
// the closing quote.
func quotedText(pattern string, i int) (string, int) {
	end := i + 1
	var text []byte
	for ; end < len(pattern); end++ {
		if pattern[end] == '\'' {
			if end+1 < len(pattern) && pattern[end+1] == '\'' {
				text = append(text, '\'')
				end++
				continue
			}
			break
		}
		text = append(text, pattern[end])
	}
	if end == i+1 { // '' is a quote
		text = []byte{'\''}
	}
	return string(text), end + 1
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// appendTo writes t with the pattern. The calendar fields are computed
// once per call (time.Time derives each from scratch), which keeps
// DATE_FORMAT as cheap as time.Time.AppendFormat.
func (f *javaFormat) appendTo(b []byte, t time.Time) []byte {
	y, mo, d := t.Date()
	h, mi, sec := t.Clock()
	for _, it := range f.items {
		switch it.letter {
		case 0:
			b = append(b, it.lit...)
		case 'y':
			if it.n == 2 {
				b = appendDigits(b, y%100, 2)
			} else {
				b = appendNumber(b, y, it.n)
			}
		case 'Y':
			b = appendNumber(b, weekYear(t), it.n)
		case 'M':
			b = appendMonth(b, mo, it.n)
		case 'd':
			b = appendNumber(b, d, it.n)
		case 'H':
			b = appendNumber(b, h, it.n)
		case 'h':
			b = appendNumber(b, (h+11)%12+1, it.n)
		case 'k':
			b = appendNumber(b, (h+23)%24+1, it.n)
		case 'K':
			b = appendNumber(b, h%12, it.n)
		case 'm', 'i':
			b = appendNumber(b, mi, it.n)
		case 's':
			b = appendNumber(b, sec, it.n)
		case 'S':
			b = appendNumber(b, t.Nanosecond()/1e6, it.n)
		case 'D':
			b = appendNumber(b, t.YearDay(), it.n)
		case 'a':
			b = append(b, [2]string{"AM", "PM"}[h/12]...)
		case 'E':
			name := t.Weekday().String()
			if it.n < 4 {
				name = name[:3]
			}
			b = append(b, name...)
		}
	}
	return b
}

// appendNumber writes v zero-padded to at least n digits, as Java does.
func appendNumber(b []byte, v, n int) []byte {
	if n == 2 && v >= 0 && v < 100 { // the common MM dd HH mm ss
		return append(b, byte('0'+v/10), byte('0'+v%10))
	}
	digits := 1
	for x := v; x >= 10; x /= 10 {
		digits++
	}
	return appendDigits(b, v, max(n, digits))
}

// appendMonth writes a month as M/MM (number), MMM (Jan) or MMMM (January).
func appendMonth(b []byte, m time.Month, n int) []byte {
	switch {
	case n >= 4:
		return append(b, m.String()...)
	case n == 3:
		return append(b, m.String()[:3]...)
	}
	return appendNumber(b, int(m), n)
}

// weekYear is Java's YYYY in the default (US) locale: weeks run Sunday to
// Saturday, and the week holding January 1 is week 1 of its year, so the
// last days of December can belong to the next year.
func weekYear(t time.Time) int {
	saturday := t.AddDate(0, 0, 6-int(t.Weekday()))
	if saturday.Year() > t.Year() {
		return t.Year() + 1
	}
	return t.Year()
}

func registerDateFormat(r registrar) {
	withFormat := func(f *javaFormat) eval.Impl {
		return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			t, ok, err := dateArg(args, 0)
			if err != nil || !ok || f.null {
				return nil, err
			}
			var buf [32]byte // room for the usual patterns without a heap buffer
			return string(f.appendTo(buf[:0], t)), nil
		}
	}
	r.Register(rejectNullDates(fn("DATE_FORMAT", "STRING DATE_FORMAT(DATETIME|TIMESTAMP|TIMESTAMP_NTZ|DATE|STRING date, STRING format)",
		"date formatted with a Java-style pattern: yyyy, YYYY (week year), MM, dd, HH, hh, mm, mi, ss, SSS, a, E, D, 'text'; outside the Hive-compatible edition hh is HH and mm is the month (use mi for minutes), and DATE or STRING dates need the Hive-compatible edition",
		"select date_format(datetime '2022-04-24 13:05:09', 'yyyy-MM-dd HH:mi:ss'); -- 2022-04-24 13:05:09",
		formatOverload(eval.StringType, 1, compileJava, withFormat, p("date", []eval.Kind{eval.KindDatetime, eval.KindTimestamp, eval.KindTimestampNTZ}), p("format", stringKinds)),
		formatOverload(eval.StringType, 1, compileJavaHive, withFormat, p("date", []eval.Kind{eval.KindDate}), p("format", stringKinds)),
		formatOverload(eval.StringType, 1, compileJavaHive, withFormat, p("date", stringKinds), p("format", stringKinds)),
	)))
}

// compileJavaHive compiles a pattern for a DATE or STRING date, which the
// page supports only in the Hive-compatible edition.
func compileJavaHive(ctx *eval.CallContext, pattern string) (*javaFormat, error) {
	if ctx == nil || ctx.Edition != eval.EditionHive {
		return nil, eval.InvalidArgument("date_format: a DATE or STRING date needs the Hive-compatible edition (SET odps.sql.hive.compatible=true); otherwise CAST it to DATETIME or TIMESTAMP")
	}
	return compileJava(ctx, pattern)
}
