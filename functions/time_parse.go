package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// parsedTime holds the fields a format read; unset date fields default to
// 1970-01-01, unset time fields to zero.
type parsedTime struct {
	year, month, day     int
	hour, minute, second int
	nanos                int
	pm, hasAMPM, hour12  bool
	offset               int // seconds east of UTC, read by %z
	hasOffset            bool
}

// monthNames are the English month names %B and %b read.
var monthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// parseWithFormat reads s against compiled elements. Every element must
// match and all of s must be read; errors quote the input and the format.
func parseWithFormat(s, format string, elems []fmtElem) (parsedTime, error) {
	p := parsedTime{year: 1970, month: 1, day: 1}
	fail := func(what string) (parsedTime, error) {
		return parsedTime{}, eval.InvalidArgument("cannot parse %s with format %s: %s", quote(s), quote(format), what)
	}
	j := 0
	for _, e := range elems {
		var ok bool
		switch e.kind {
		case elemLiteral:
			ok = strings.HasPrefix(s[j:], e.text)
			if ok {
				j += len(e.text)
			}
		case elemSpace:
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
				j++
			}
			ok = true
		default:
			j, ok = p.read(s, j, e)
		}
		if !ok {
			return fail("expected " + elemDescription(e) + " at position " + itoa(j+1))
		}
	}
	if j != len(s) {
		return fail("unexpected text " + quote(s[j:]) + " after the format's end")
	}
	if p.hasAMPM && p.hour12 {
		p.hour %= 12
		if p.pm {
			p.hour += 12
		}
	}
	if p.hour > 23 || p.minute > 59 || p.second > 59 || p.month < 1 || p.month > 12 ||
		p.day < 1 || p.day > monthDays(p.year, time.Month(p.month)) || p.year < 1 || p.year > 9999 {
		return fail("a field is out of range")
	}
	return p, nil
}

// read parses one field element at s[j:] and returns the position after it.
func (p *parsedTime) read(s string, j int, e fmtElem) (int, bool) {
	switch e.kind {
	case elemHour:
		return readNum(s, j, 1, 2, &p.hour)
	case elemHour12:
		p.hour12 = true
		j, ok := readNum(s, j, 1, 2, &p.hour)
		return j, ok && p.hour >= 1 && p.hour <= 12
	case elemMinute:
		return readNum(s, j, 1, 2, &p.minute)
	case elemSecond:
		return readNum(s, j, 1, 2, &p.second)
	case elemMillis:
		return p.readFraction(s, j, 3)
	case elemSecFrac:
		j, ok := readNum(s, j, 1, 2, &p.second)
		if ok && j < len(s) && s[j] == '.' {
			return p.readFraction(s, j+1, 9)
		}
		return j, ok
	case elemYear:
		return readNum(s, j, 1, 4, &p.year)
	case elemYear2:
		j, ok := readNum(s, j, 1, 2, &p.year)
		if p.year < 69 {
			p.year += 2000
		} else {
			p.year += 1900
		}
		return j, ok
	case elemMonth:
		return readNum(s, j, 1, 2, &p.month)
	case elemDay, elemDayNoPad:
		return readNum(s, j, 1, 2, &p.day)
	case elemMonthName, elemMonthAbbr:
		return p.readMonthName(s, j, e.kind == elemMonthAbbr)
	case elemAMPM:
		return p.readAMPM(s, j)
	case elemOffset:
		return p.readOffset(s, j)
	}
	return j, false
}

// readNum reads lo to hi ASCII digits.
func readNum(s string, j, lo, hi int, dst *int) (int, bool) {
	v, n := 0, 0
	for n < hi && j+n < len(s) && s[j+n] >= '0' && s[j+n] <= '9' {
		v = v*10 + int(s[j+n]-'0')
		n++
	}
	if n < lo {
		return j, false
	}
	*dst = v
	return j + n, true
}

// readFraction reads 1 to max digits of a fraction of a second.
func (p *parsedTime) readFraction(s string, j, max int) (int, bool) {
	n := 0
	nanos := 0
	for n < max && j+n < len(s) && s[j+n] >= '0' && s[j+n] <= '9' {
		nanos = nanos*10 + int(s[j+n]-'0')
		n++
	}
	if n == 0 {
		return j, false
	}
	for k := n; k < 9; k++ {
		nanos *= 10
	}
	p.nanos = nanos
	return j + n, true
}

func (p *parsedTime) readMonthName(s string, j int, abbr bool) (int, bool) {
	for i, name := range monthNames {
		if abbr {
			name = name[:3]
		}
		if len(s)-j >= len(name) && strings.EqualFold(s[j:j+len(name)], name) {
			p.month = i + 1
			return j + len(name), true
		}
	}
	return j, false
}

func (p *parsedTime) readAMPM(s string, j int) (int, bool) {
	if len(s)-j < 2 {
		return j, false
	}
	switch strings.ToUpper(s[j : j+2]) {
	case "AM":
		p.hasAMPM, p.pm = true, false
	case "PM":
		p.hasAMPM, p.pm = true, true
	default:
		return j, false
	}
	return j + 2, true
}

// readOffset reads Z, +HH, +HHMM or +HH:MM.
func (p *parsedTime) readOffset(s string, j int) (int, bool) {
	if j < len(s) && (s[j] == 'Z' || s[j] == 'z') {
		p.hasOffset = true
		return j + 1, true
	}
	if j >= len(s) || s[j] != '+' && s[j] != '-' {
		return j, false
	}
	sign := 1
	if s[j] == '-' {
		sign = -1
	}
	var h, m int
	k, ok := readNum(s, j+1, 2, 2, &h)
	if !ok || h > 14 {
		return j, false
	}
	if k < len(s) && s[k] == ':' {
		k++
	}
	if k2, ok := readNum(s, k, 2, 2, &m); ok && m < 60 {
		k = k2
	} else if k > 0 && s[k-1] == ':' {
		return j, false
	}
	p.offset, p.hasOffset = sign*(h*3600+m*60), true
	return k, true
}

// elemDescription names an element in a parse error.
func elemDescription(e fmtElem) string {
	switch e.kind {
	case elemLiteral:
		return quote(e.text)
	case elemHour, elemHour12:
		return "an hour"
	case elemMinute:
		return "minutes"
	case elemSecond, elemSecFrac:
		return "seconds"
	case elemMillis:
		return "milliseconds"
	case elemYear, elemYear2:
		return "a year"
	case elemMonth, elemMonthName, elemMonthAbbr:
		return "a month"
	case elemDay, elemDayNoPad:
		return "a day"
	case elemAMPM:
		return "AM or PM"
	case elemOffset:
		return "a time zone offset"
	}
	return "a value"
}

func itoa(n int) string { return eval.FormatValue(int64(n), eval.BigintType) }

// monthDays is the number of days of a month.
func monthDays(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
