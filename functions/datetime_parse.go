package functions

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// parseTime reads s against a TO_DATE format. Following MaxCompute, the
// format must hold yyyy exactly once, a format letter takes exactly its
// number of digits, any other format character skips one character of s,
// and a mismatch or an impossible date gives NULL rather than an error.
func parseTime(s, format string) (eval.Value, error) {
	if strings.Count(strings.ToLower(format), "yyyy") != 1 {
		return nil, nil
	}
	f := map[string]int{"mm": 1, "dd": 1}
	j := 0
	for i := 0; i < len(format); {
		tok, digits := tokenAt(format, i)
		if tok == "" {
			if j >= len(s) {
				return nil, nil
			}
			_, fw := utf8.DecodeRuneInString(format[i:])
			_, sw := utf8.DecodeRuneInString(s[j:])
			i, j = i+fw, j+sw
			continue
		}
		v, ok := digitsAt(s, j, digits)
		if !ok {
			return nil, nil
		}
		f[tok] = v
		i, j = i+len(tok), j+digits
	}
	if j != len(s) {
		return nil, nil
	}
	return buildTime(f)
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

// buildTime checks every field's range (time.Date would silently roll
// 2024-02-30 over to March).
func buildTime(f map[string]int) (eval.Value, error) {
	y, mo, d := f["yyyy"], f["mm"], f["dd"]
	h, mi, sec, ms := f["hh"], f["mi"], f["ss"], f["ff3"]
	if y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, time.Month(mo)) ||
		h > 23 || mi > 59 || sec > 59 {
		return nil, nil
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, ms*int(time.Millisecond), time.UTC), nil
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
