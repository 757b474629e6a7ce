package functions

import (
	"testing"
	"time"
)

// TestInstantOfGaps checks that wall-clock readings skipped by a
// daylight-saving gap resolve as Java does (the offset before the gap) and
// repeated ones as the earlier instant.
func TestInstantOfGaps(t *testing.T) {
	load := func(name string) *time.Location {
		// eval embeds time/tzdata, so every zone loads on every machine.
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatalf("no zone data for %s: %v", name, err)
		}
		return loc
	}
	wall := func(s string) time.Time {
		w, err := time.Parse("2006-01-02 15:04:05", s)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	tests := []struct {
		zone, wall string
		unix       int64
	}{
		{"America/New_York", "2024-03-10 02:30:00", 1710055800},    // gap: 03:30 EDT
		{"America/New_York", "2024-03-10 01:30:00", 1710052200},    // before the gap
		{"America/New_York", "2024-11-03 01:30:00", 1730611800},    // overlap: the earlier (EDT)
		{"Asia/Shanghai", "1988-04-17 02:30:00", 577218600},        // gap: 03:30 CDT
		{"Australia/Lord_Howe", "2024-10-06 02:15:00", 1728143100}, // 30-minute gap: 02:45
		{"UTC", "2024-03-10 02:30:00", 1710037800},
	}
	for _, tc := range tests {
		t.Run(tc.zone+" "+tc.wall, func(t *testing.T) {
			if got := instantOf(wall(tc.wall), load(tc.zone)).Unix(); got != tc.unix {
				t.Errorf("instantOf = %d, want %d", got, tc.unix)
			}
		})
	}
}
