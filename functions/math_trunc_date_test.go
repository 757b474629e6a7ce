package functions

import (
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

func TestTruncDateUnits(t *testing.T) {
	day := time.Date(2024, time.November, 17, 13, 14, 15, 0, time.UTC)
	tests := []struct {
		format string
		want   eval.Value
	}{
		{"YEAR", "2024-01-01"}, {"yyyy", "2024-01-01"}, {"yy", "2024-01-01"},
		{"QUARTER", "2024-10-01"}, {"q", "2024-10-01"},
		{"MONTH", "2024-11-01"}, {"Mon", "2024-11-01"}, {" mm ", "2024-11-01"},
		{"DD", nil}, {"", nil}, {"week", nil},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			if got := parseTruncUnit(tc.format).cut(day); got != tc.want {
				t.Errorf("trunc(%v, %q) = %v, want %v", day, tc.format, got, tc.want)
			}
		})
	}
	for m := time.January; m <= time.December; m++ {
		got := truncQuarter.cut(time.Date(2023, m, 28, 0, 0, 0, 0, time.UTC))
		want := time.Date(2023, (m-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		if got != want {
			t.Errorf("quarter of month %d = %v, want %s", m, got, want)
		}
	}
}
