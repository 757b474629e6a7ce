package functions

import (
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

func TestParseDateText(t *testing.T) {
	cases := []struct {
		in   string
		want string // time.DateTime + fraction, or "" for not a date
	}{
		{"2024-02-29", "2024-02-29 00:00:00"},
		{"2024-02-29 23:59:59", "2024-02-29 23:59:59"},
		{"2024-02-29 23:59:59.5", "2024-02-29 23:59:59.5"},
		{"2024-02-29 23:59:59.123456789", "2024-02-29 23:59:59.123456789"},
		{"2023-02-29", ""},
		{"2024-13-01", ""},
		{"2024-1-1", "2024-01-01 00:00:00"},
		{"17-2-14", "0017-02-14 00:00:00"},
		{"70-01-01 1:2:3", "0070-01-01 01:02:03"},
		{"12024-01-01", ""},
		{"2024-001-01", ""},
		{"2024-01-01 12:00", ""},
		{"20240101", ""},
		{"2024-01-01 ", ""},
		{"2024-01-01T00:00:00", ""},
		{"2024-01-01 24:00:00", ""},
		{"2024-01-01 00:00:00.", ""},
		{"2024-01-01 00:00:00.1234567890", ""},
		{"0000-01-01", ""},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseDateText(tc.in)
			if tc.want == "" {
				if ok {
					t.Errorf("parseDateText(%q) = %v, want not a date", tc.in, got)
				}
				return
			}
			if !ok || got.Format("2006-01-02 15:04:05.999999999") != tc.want {
				t.Errorf("parseDateText(%q) = %v, %v; want %s", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestJavaFormat(t *testing.T) {
	d := dt("2019-12-29 15:04:05.007")
	cases := []struct {
		name, pattern string
		edition       eval.Edition
		want          string // "NULL" for a NULL result
	}{
		{"2.0: hh is 24-hour, mm the month, mi the minute", "yyyy-MM-dd hh:mm:mi", eval.Edition2, "2019-12-29 15:12:04"},
		{"Hive: hh is 12-hour, mm the minute", "yyyy-MM-dd hh:mm:ss a", eval.EditionHive, "2019-12-29 03:04:05 PM"},
		{"Hive: mi gives NULL", "yyyy-MM-dd hh:mi:ss", eval.EditionHive, "NULL"},
		{"week year", "YYYY yyyy yy", eval.Edition2, "2020 2019 19"},
		{"milliseconds and padding", "S SSS y M d H D", eval.Edition2, "7 007 2019 12 29 15 363"},
		{"names", "EEE EEEE MMM MMMM", eval.Edition2, "Sun Sunday Dec December"},
		{"quotes", "'at' HH 'o''clock' ''", eval.Edition2, "at 15 o'clock '"},
		{"non-letters are copied", "yyyy/MM/dd 年", eval.Edition2, "2019/12/29 年"},
		{"long runs pad with zeros", "yyyyyyyyyyyy ddddddddddd", eval.Edition2, "000000002019 00000000029"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, err := compileJava(&eval.CallContext{Edition: tc.edition}, tc.pattern)
			if err != nil {
				t.Fatal(err)
			}
			got := string(f.appendTo(nil, d))
			if f.null {
				got = "NULL"
			}
			if got != tc.want {
				t.Errorf("%q = %q, want %q", tc.pattern, got, tc.want)
			}
		})
	}
	if _, err := compileJava(nil, "yyyy G"); err == nil {
		t.Error("unsupported letter G: no error")
	}
}

func TestWeekYear(t *testing.T) {
	for in, want := range map[string]int{
		"2019-12-28 00:00:00": 2019, // Saturday
		"2019-12-29 00:00:00": 2020, // the week of 2020-01-01 starts on Sunday 12-29
		"2021-01-01 00:00:00": 2021,
		"2020-12-26 00:00:00": 2020,
		"2020-12-27 00:00:00": 2021,
	} {
		if got := weekYear(dt(in)); got != want {
			t.Errorf("weekYear(%s) = %d, want %d", in, got, want)
		}
	}
}

func TestMonthsBetween(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"1997-02-28 10:30:00", "1996-10-30", 3.9495967741935485},
		{"1996-09-30", "1996-12-31", -3},
		{"2021-03-15 12:00:00", "2021-01-15", 2},
		{"2021-03-16", "2021-03-15", 1.0 / 31},
	}
	for _, tc := range cases {
		got, err := monthsBetween(nil, []eval.Value{tc.a, tc.b})
		if err != nil || got != tc.want {
			t.Errorf("months_between(%s, %s) = %v, %v; want %v", tc.a, tc.b, got, err, tc.want)
		}
	}
}

func TestTruncateAndDiff(t *testing.T) {
	d := dt("2025-12-07 16:28:46.123456")
	units := map[string]string{
		"yyyy": "2025-01-01 00:00:00", "q": "2025-10-01 00:00:00", "mm": "2025-12-01 00:00:00",
		"week": "2025-12-01 00:00:00", "week(sunday)": "2025-12-07 00:00:00", "week(sat)": "2025-12-06 00:00:00",
		"isoweek": "2025-12-01 00:00:00", "dd": "2025-12-07 00:00:00", "hh": "2025-12-07 16:00:00",
		"mi": "2025-12-07 16:28:00", "ss": "2025-12-07 16:28:46", "ff3": "2025-12-07 16:28:46.123",
		"ff6": "2025-12-07 16:28:46.123456",
	}
	for name, want := range units {
		u, err := parseUnit("datetrunc", name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := truncate(d, u).Format("2006-01-02 15:04:05.999999"); got != want {
			t.Errorf("truncate(%s) = %s, want %s", name, got, want)
		}
	}
	before := dt("1969-12-31 23:59:59.999")
	after := dt("1970-01-01 00:00:00")
	for name, want := range map[string]int64{"dd": 1, "ss": 1, "ff3": 1, "ff6": 1000, "week": 0, "week(thursday)": 1} {
		u, _ := parseUnit("datediff", name)
		if got := dateDiff(after, before, u); got != want {
			t.Errorf("datediff across the epoch in %s = %d, want %d", name, got, want)
		}
	}
}

func TestParseWeekday(t *testing.T) {
	for in, want := range map[string]time.Weekday{"MO": time.Monday, "tue": time.Tuesday, "Wednesday": time.Wednesday, " su ": time.Sunday} {
		if got, ok := parseWeekday(in); !ok || got != want {
			t.Errorf("parseWeekday(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"M", "thurs", "xx", ""} {
		if _, ok := parseWeekday(in); ok {
			t.Errorf("parseWeekday(%q) accepted", in)
		}
	}
}

// TestFormatPreparedOnce checks that a constant format is compiled once per
// statement, and a format that varies by row once per row.
func TestFormatPreparedOnce(t *testing.T) {
	compiles := 0
	compile := func(ctx *eval.CallContext, s string) (*mcFormat, error) {
		compiles++
		return compileMC(s), nil
	}
	o := formatOverload(eval.StringType, 1, compile, func(f *mcFormat) eval.Impl {
		return impl2(func(d time.Time, _ string) (string, error) { return f.format(d), nil })
	}, p("date", timeKinds), p("format", stringKinds))
	d := dt("2024-05-01 08:09:10")
	impl, err := o.Prepare(nil, []eval.Value{nil, "yyyymmdd"}, []bool{false, true})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if got, err := impl(nil, []eval.Value{d, "yyyymmdd"}); err != nil || got != "20240501" {
			t.Fatalf("got %v, %v", got, err)
		}
	}
	if compiles != 1 {
		t.Errorf("constant format compiled %d times for 3 rows, want 1", compiles)
	}
	compiles = 0
	impl, _ = o.Prepare(nil, []eval.Value{nil, nil}, []bool{false, false})
	for _, f := range []string{"yyyy", "mm", "dd"} {
		if _, err := impl(nil, []eval.Value{d, f}); err != nil {
			t.Fatal(err)
		}
	}
	if compiles != 3 {
		t.Errorf("per-row formats compiled %d times for 3 rows, want 3", compiles)
	}
}

// TestUnitPreparedOnce checks that a constant date part is parsed once:
// an unknown one fails at Prepare, before any row.
func TestUnitPreparedOnce(t *testing.T) {
	f, _ := NewRegistry().Lookup("datetrunc")
	o := f.Overloads[0]
	if _, err := o.Prepare(nil, []eval.Value{nil, "decade"}, []bool{false, true}); err == nil {
		t.Error("an unknown constant date part passed Prepare")
	}
	impl, err := o.Prepare(nil, []eval.Value{nil, "mm"}, []bool{false, true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := impl(nil, []eval.Value{dt("2024-05-17 08:09:10"), "ignored: parsed at Prepare"})
	if err != nil || got != dt("2024-05-01 00:00:00") {
		t.Errorf("got %v, %v", got, err)
	}
}
