package eval

import (
	"strings"
	"time"
)

// Layouts of MaxCompute's date/time text. The TIMESTAMP fraction drops
// trailing zeros and disappears when zero, like odpscmd's
// appendFraction(NANO_OF_SECOND, 0, 9, true).
const (
	dateLayout      = "2006-01-02"
	datetimeLayout  = "2006-01-02 15:04:05"
	timestampLayout = "2006-01-02 15:04:05.999999999"
)

// parseTimeText parses yyyy-mm-dd (DATE), yyyy-mm-dd hh:mi:ss (DATETIME) or
// yyyy-mm-dd hh:mi:ss[.fffffffff] (TIMESTAMP and TIMESTAMP_NTZ, up to 9
// fractional digits).
// Surrounding spaces are ignored; every field must be in range.
func parseTimeText(s string, kind Kind) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	year, ok1 := atoiFixed(s[0:4])
	month, ok2 := atoiFixed(s[5:7])
	day, ok3 := atoiFixed(s[8:10])
	if !ok1 || !ok2 || !ok3 || month < 1 || month > 12 || day < 1 {
		return time.Time{}, false
	}
	var hour, minute, sec, nanos int
	rest := s[10:]
	if kind != KindDate {
		var ok bool
		if hour, minute, sec, rest, ok = parseClock(rest); !ok {
			return time.Time{}, false
		}
		if (kind == KindTimestamp || kind == KindTimestampNTZ) && rest != "" {
			if nanos, ok = parseFraction(rest); !ok {
				return time.Time{}, false
			}
			rest = ""
		}
	}
	if rest != "" {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nanos, time.UTC)
	if t.Day() != day { // February 30 and friends roll over
		return time.Time{}, false
	}
	return t, true
}

// parseClock reads " hh:mi:ss" and returns what follows.
func parseClock(s string) (h, m, sec int, rest string, ok bool) {
	if len(s) < 9 || s[0] != ' ' || s[3] != ':' || s[6] != ':' {
		return 0, 0, 0, "", false
	}
	h, ok1 := atoiFixed(s[1:3])
	m, ok2 := atoiFixed(s[4:6])
	sec, ok3 := atoiFixed(s[7:9])
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 59 {
		return 0, 0, 0, "", false
	}
	return h, m, sec, s[9:], true
}

// parseFraction reads ".f" with 1 to 9 digits into nanoseconds.
func parseFraction(s string) (int, bool) {
	digits := s[1:]
	if s[0] != '.' || len(digits) == 0 || len(digits) > 9 {
		return 0, false
	}
	n, ok := atoiFixed(digits)
	for i := len(digits); i < 9; i++ {
		n *= 10
	}
	return n, ok
}

// atoiFixed parses a run of ASCII digits (no sign, no spaces).
func atoiFixed(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}

// formatTime renders a DATE, DATETIME or TIMESTAMP value.
func formatTime(t time.Time, kind Kind) string {
	switch kind {
	case KindDate:
		return t.Format(dateLayout)
	case KindDatetime:
		return t.Format(datetimeLayout)
	}
	return t.Format(timestampLayout)
}

// convertTime converts between DATE, DATETIME and TIMESTAMP: DATE keeps the
// day, DATETIME keeps milliseconds (its precision in MaxCompute).
func convertTime(t time.Time, to Kind) time.Time {
	switch to {
	case KindDate:
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	case KindDatetime:
		return t.Truncate(time.Millisecond)
	}
	return t
}
