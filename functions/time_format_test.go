package functions

import (
	"strings"
	"testing"
	"time"
)

func TestFormatTimeOfDay(t *testing.T) {
	const t1 = 48273123456 // 13:24:33.123456
	tests := []struct {
		format string
		want   string
	}{
		{"%H:%M:%S.ff3", "13:24:33.123"},
		{"hh:mi:ss HH:MI:SS", "13:24:33 13:24:33"},
		{"%E3S|%E*S|%E0S|%E9S", "33.123|33.123456|33|33.123456000"},
		{"only show hh:mi", "only show 13:24"},
		{"时间是%M:%S", "时间是24:33"},
		{"%% %Q %E %E13S mm dd", "% %Q %E %E13S mm dd"}, // unknown specifiers and date letters are text
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			elems, err := compileFormat(tc.format, false, false)
			if err != nil {
				t.Fatal(err)
			}
			if got := formatTimeOfDay(t1, elems); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseWithFormat(t *testing.T) {
	tests := []struct {
		value, format string
		withDate      bool
		want          string // time.DateTime with nanoseconds, or "error: ..." substring
	}{
		{"13:24:33", "%H:%M:%S", false, "1970-01-01 13:24:33.000000000"},
		{"3:4:5", "hh:mi:ss", false, "1970-01-01 03:04:05.000000000"},
		{"15:31:38.776", "HH:MI:SS.ff3", false, "1970-01-01 15:31:38.776000000"},
		{"15:31:38.7", "HH:MI:SS.ff3", false, "1970-01-01 15:31:38.700000000"},
		{"15:31:38.123456789", "%H:%M:%E*S", false, "1970-01-01 15:31:38.123456789"},
		{"15:31:38", "%H:%M:%E3S", false, "1970-01-01 15:31:38.000000000"},
		{"2025-04-08   16:10:30", "%Y-%m-%d %H:%M:%S", true, "2025-04-08 16:10:30.000000000"},
		{"20250408", "yyyymmdd", true, "2025-04-08 00:00:00.000000000"},
		{"Dec 31 99 11:59:59 pm", "%b %d %y %I:%M:%S %p", true, "1999-12-31 23:59:59.000000000"},
		{"12:00:00 AM", "%I:%M:%S %p", true, "1970-01-01 00:00:00.000000000"},
		{"September 9 2024", "%B %e %Y", true, "2024-09-09 00:00:00.000000000"},
		{"2024-01-01T00:00:00Z", "%FT%T%z", true, "2024-01-01 00:00:00.000000000"},
		{"24:00:00", "%H:%M:%S", false, "error: out of range"},
		{"2023-02-29", "%Y-%m-%d", true, "error: out of range"},
		{"13:24", "%H:%M:%S", false, "error: expected ':' at position 6"},
		{"13:24:33x", "%H:%M:%S", false, "error: unexpected text 'x'"},
		{"13", "%I", true, "error: expected an hour"},
	}
	for _, tc := range tests {
		t.Run(tc.value+"|"+tc.format, func(t *testing.T) {
			elems, err := compileFormat(tc.format, tc.withDate, true)
			if err != nil {
				t.Fatal(err)
			}
			p, err := parseWithFormat(tc.value, tc.format, elems)
			if want, ok := strings.CutPrefix(tc.want, "error: "); ok {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("got %v, want an error containing %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := time.Date(p.year, time.Month(p.month), p.day, p.hour, p.minute, p.second, p.nanos, time.UTC)
			if s := got.Format("2006-01-02 15:04:05.000000000"); s != tc.want {
				t.Errorf("got %s, want %s", s, tc.want)
			}
		})
	}
}

func TestCompileFormatStrict(t *testing.T) {
	for _, f := range []string{"%Q", "%Y", "%E13S", "%"} {
		if _, err := compileFormat(f, false, true); err == nil {
			t.Errorf("compileFormat(%q) for TO_TIME: no error", f)
		}
	}
}

func TestTimeArithmeticHelpers(t *testing.T) {
	if got := wrapDay(-1); got != microsPerDay-1 {
		t.Errorf("wrapDay(-1) = %d", got)
	}
	if got := wrapDay(microsPerDay); got != 0 {
		t.Errorf("wrapDay(day) = %d", got)
	}
	if got := floorDiv64(-1, 1000); got != -1 {
		t.Errorf("floorDiv64(-1, 1000) = %d", got)
	}
	w := time.Date(2025, 9, 1, 15, 30, 1, 123456789, time.UTC)
	if got := timeOfDay(w); got != 55801123456 {
		t.Errorf("timeOfDay = %d", got)
	}
}

func TestLoadZone(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		offset int // seconds east of UTC on 2025-01-01
	}{
		{"Asia/Shanghai", 8 * 3600}, {"Etc/GMT", 0}, {"UTC+08:00", 8 * 3600}, {"+8", 8 * 3600},
		{"+06", 6 * 3600}, {"-05:30", -(5*3600 + 1800)}, {"PST", -8 * 3600}, {"EST", -5 * 3600}, {"ctt", 8 * 3600},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc, err := loadZone(tc.name)
			if err != nil {
				t.Fatal(err)
			}
			if _, off := at.In(loc).Zone(); off != tc.offset {
				t.Errorf("offset %d, want %d", off, tc.offset)
			}
		})
	}
	for _, bad := range []string{"", "Mars/Olympus", "+25", "UTC+8:5"} {
		if _, err := loadZone(bad); err == nil {
			t.Errorf("loadZone(%q): no error", bad)
		}
	}
}

// FuzzTimeFormat checks that no format or value makes the format engine
// panic, and that what FORMAT_TIME writes with a time-only format,
// TO_TIME reads back.
func FuzzTimeFormat(f *testing.F) {
	f.Add("%H:%M:%E*S", "13:24:33.123456", int64(48273123456))
	f.Add("hh:mi:ss.ff3", "1:2:3.4", int64(-5))
	f.Add("%Y-%m-%dT%H:%M:%S%z %p %b", "2025-01-01T01:02:03+08:00 PM Jan", int64(0))
	f.Fuzz(func(t *testing.T, format, value string, micros int64) {
		for _, withDate := range []bool{false, true} {
			if elems, err := compileFormat(format, withDate, true); err == nil {
				_, _ = parseWithFormat(value, format, elems)
			}
		}
		elems, err := compileFormat(format, false, false)
		if err != nil {
			t.Fatalf("formatting never fails to compile: %v", err)
		}
		out := formatTimeOfDay(wrapDay(micros), elems)
		canonical := "%H:%M:%E*S"
		celems, _ := compileFormat(canonical, false, true)
		text := formatTimeOfDay(wrapDay(micros), celems)
		p, err := parseWithFormat(text, canonical, celems)
		if err != nil {
			t.Fatalf("cannot read back %q: %v", text, err)
		}
		back := int64(p.hour*3600+p.minute*60+p.second)*1_000_000 + int64(p.nanos/1000)
		if back != wrapDay(micros) {
			t.Fatalf("%d formatted as %q (and %q) reads back as %d", micros, text, out, back)
		}
	})
}
