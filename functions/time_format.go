package functions

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// The format strings of TO_TIME, FORMAT_TIME and TO_TIMESTAMP_NTZ mix
// strftime-style specifiers (%H, %E3S, ...) with MaxCompute's letter
// elements (hh, mi, ff3, ...). A format is compiled once per statement
// into a list of elements, then used to format or parse each row.

// elemKind is what one format element stands for.
type elemKind uint8

const (
	elemLiteral   elemKind = iota // text copied or matched as is
	elemSpace                     // a blank: any run of blanks when parsing
	elemHour                      // %H hh HH: 00-23
	elemHour12                    // %I: 01-12
	elemAMPM                      // %p: AM or PM
	elemMinute                    // %M mi MI
	elemSecond                    // %S ss SS
	elemSecFrac                   // %E<n>S, %E*S: seconds with a fraction
	elemMillis                    // ff3: three digits of milliseconds
	elemYear                      // %Y yyyy YYYY
	elemYear2                     // %y: year of the century
	elemMonth                     // %m mm MM
	elemMonthName                 // %B: January
	elemMonthAbbr                 // %b %h: Jan
	elemDay                       // %d dd DD
	elemDayNoPad                  // %e: day without a leading zero
	elemOffset                    // %z: +08:00, +0800, +08 or Z
)

// fmtElem is one compiled element; digits is the fraction width of
// elemSecFrac (-1 for %E*S, which means six).
type fmtElem struct {
	kind   elemKind
	text   string
	digits int
}

// letterElems are the element words both formats know; dateLetterElems
// are the extra ones of TO_TIMESTAMP_NTZ (where mm is the month).
var (
	letterElems = []struct {
		word string
		kind elemKind
	}{{"hh", elemHour}, {"HH", elemHour}, {"mi", elemMinute}, {"MI", elemMinute},
		{"ss", elemSecond}, {"SS", elemSecond}, {"ff3", elemMillis}}
	dateLetterElems = []struct {
		word string
		kind elemKind
	}{{"yyyy", elemYear}, {"YYYY", elemYear}, {"mm", elemMonth}, {"MM", elemMonth},
		{"dd", elemDay}, {"DD", elemDay}}
)

// percentElems maps the letter after % to its element; timeOnly lists the
// ones TO_TIME and FORMAT_TIME know.
var (
	percentElems = map[byte]elemKind{
		'H': elemHour, 'I': elemHour12, 'p': elemAMPM, 'M': elemMinute, 'S': elemSecond,
		'Y': elemYear, 'y': elemYear2, 'm': elemMonth, 'B': elemMonthName, 'b': elemMonthAbbr,
		'h': elemMonthAbbr, 'd': elemDay, 'e': elemDayNoPad, 'z': elemOffset,
	}
	timeOnly = map[byte]bool{'H': true, 'M': true, 'S': true}
	// percentShorthands expand %T, %F, %R and %D.
	percentShorthands = map[byte]string{'T': "%H:%M:%S", 'F': "%Y-%m-%d", 'R': "%H:%M", 'D': "%m/%d/%y"}
)

// compileFormat splits a format into elements. withDate admits the date
// and AM/PM elements of TO_TIMESTAMP_NTZ. strict rejects an unknown
// %-specifier (parsing); otherwise it is copied as text (formatting).
func compileFormat(format string, withDate, strict bool) ([]fmtElem, error) {
	var out []fmtElem
	// Literal text collects in a builder and becomes one element when
	// another element follows or at the end: appending to the last
	// element's string would copy it for every byte, quadratic in a long
	// literal.
	var text strings.Builder
	lit := func(s string) { text.WriteString(s) }
	flush := func() {
		if text.Len() > 0 {
			out = append(out, fmtElem{kind: elemLiteral, text: text.String()})
			text.Reset()
		}
	}
	for i := 0; i < len(format); {
		c := format[i]
		switch {
		case c == '%':
			e, n, ok := percentElem(format[i:], withDate)
			switch {
			case ok && e.kind == elemLiteral && e.text != "%" && withDate:
				sub, err := compileFormat(e.text, withDate, strict)
				if err != nil {
					return nil, err
				}
				flush()
				out = append(out, sub...)
			case ok && e.kind == elemLiteral:
				lit(e.text)
			case ok:
				flush()
				out = append(out, e)
			case strict:
				return nil, eval.InvalidArgument("unsupported format element %s in format %s", quote(format[i:min(i+2, len(format))]), quote(format))
			default:
				lit(format[i : i+n])
			}
			i += n
		case c == ' ' || c == '\t' || c == '\n':
			if strict {
				flush()
				out = append(out, fmtElem{kind: elemSpace})
			} else {
				lit(format[i : i+1])
			}
			i++
		default:
			if e, n := letterElem(format[i:], withDate); n > 0 {
				flush()
				out = append(out, e)
				i += n
				continue
			}
			lit(format[i : i+1])
			i++
		}
	}
	flush()
	return out, nil
}

// percentElem reads the %-specifier at the start of s and returns it with
// its length; ok is false for an unknown specifier (length 1 or 2).
func percentElem(s string, withDate bool) (fmtElem, int, bool) {
	if len(s) < 2 {
		return fmtElem{}, 1, false
	}
	c := s[1]
	switch {
	case c == '%':
		return fmtElem{kind: elemLiteral, text: "%"}, 2, true
	case c == 'E':
		return secFracElem(s)
	case withDate && percentShorthands[c] != "":
		return fmtElem{kind: elemLiteral, text: percentShorthands[c]}, 2, true
	}
	k, ok := percentElems[c]
	if !ok || !withDate && !timeOnly[c] {
		return fmtElem{}, 2, false
	}
	return fmtElem{kind: k}, 2, true
}

// secFracElem reads %E<n>S or %E*S (n from 0 to 12).
func secFracElem(s string) (fmtElem, int, bool) {
	if len(s) >= 4 && s[2] == '*' && s[3] == 'S' {
		return fmtElem{kind: elemSecFrac, digits: -1}, 4, true
	}
	j := 2
	for j < len(s) && j < 4 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 2 || j >= len(s) || s[j] != 'S' {
		return fmtElem{}, 2, false
	}
	n, _ := strconv.Atoi(s[2:j])
	if n > 12 {
		return fmtElem{}, 2, false
	}
	return fmtElem{kind: elemSecFrac, digits: n}, j + 1, true
}

// letterElem matches a letter element (hh, mi, ff3, yyyy, ...) at the
// start of s.
func letterElem(s string, withDate bool) (fmtElem, int) {
	if withDate {
		for _, l := range dateLetterElems {
			if strings.HasPrefix(s, l.word) {
				return fmtElem{kind: l.kind}, len(l.word)
			}
		}
	}
	for _, l := range letterElems {
		if strings.HasPrefix(s, l.word) {
			return fmtElem{kind: l.kind}, len(l.word)
		}
	}
	return fmtElem{}, 0
}

// fracDigits is the width of a seconds fraction: %E*S shows six.
func fracDigits(e fmtElem) int {
	if e.digits < 0 {
		return 6
	}
	return e.digits
}

// microsPerDay is the length of a day in microseconds: time values
// (TO_TIME, TIME_ADD, ...) are microseconds since midnight.
const microsPerDay = 86400 * 1_000_000

// formatTimeOfDay writes a time of day (microseconds since midnight,
// already within a day) with time elements.
func formatTimeOfDay(micros int64, elems []fmtElem) string {
	secs := micros / 1_000_000
	frac := micros % 1_000_000
	var b strings.Builder
	for _, e := range elems {
		switch e.kind {
		case elemHour:
			pad2(&b, secs/3600)
		case elemMinute:
			pad2(&b, secs/60%60)
		case elemSecond:
			pad2(&b, secs%60)
		case elemMillis:
			b.WriteString(fraction(frac, 3))
		case elemSecFrac:
			pad2(&b, secs%60)
			if n := fracDigits(e); n > 0 {
				b.WriteByte('.')
				b.WriteString(fraction(frac, n))
			}
		default:
			b.WriteString(e.text)
		}
	}
	return b.String()
}

func pad2(b *strings.Builder, v int64) {
	if v < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.FormatInt(v, 10))
}

// fraction writes the first n digits of a microsecond fraction, padding
// with zeros past the sixth.
func fraction(micros int64, n int) string {
	s := strconv.FormatInt(micros+1_000_000, 10)[1:]
	if n <= 6 {
		return s[:n]
	}
	return s + strings.Repeat("0", n-6)
}
