package functions

import (
	"testing"
	"time"
)

// TestWeekNumber checks WEEKOFYEAR's date_part numbering: week(<weekday>)
// counts weeks from the year's first such weekday (earlier days are week
// 0), isoweek is ISO 8601.
func TestWeekNumber(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		date, part string
		want       int64
	}{
		{"2025-03-31", "week(monday)", 13}, // the page's example
		{"2025-03-31", "week", 13},
		{"2025-03-31", "isoweek", 14},
		{"2025-01-01", "week(wednesday)", 1}, // January 1 is a Wednesday
		{"2025-01-04", "week(sunday)", 0},    // before the first Sunday
		{"2025-01-05", "week(sunday)", 1},
		{"2024-12-31", "week(monday)", 53}, // 2024-01-01 is a Monday
		{"2021-01-01", "isoweek", 53},
	} {
		t.Run(tc.date+" "+tc.part, func(t *testing.T) {
			u, err := weekUnit(tc.part)
			if err != nil {
				t.Fatal(err)
			}
			if got := weekNumber(day(tc.date), u); got != tc.want {
				t.Errorf("weekNumber = %d, want %d", got, tc.want)
			}
		})
	}
	if _, err := weekUnit("month"); err == nil {
		t.Error("weekUnit(month) succeeded, want an error")
	}
}
