package functions

import (
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

func TestGetDate(t *testing.T) {
	runCases(t, []testCase{
		{name: "getdate() in UTC+8, cut to milliseconds", fn: "getdate", args: args(), want: dt("2024-05-01 12:34:56.789")},
		{name: "getdate(1)", fn: "getdate", args: args(int64(1)), code: eval.CodeArgumentCount,
			err: "function getdate needs 0 parameters, actually have 1"},
	})
}

func TestToChar(t *testing.T) {
	d := dt("2024-05-01 08:09:10.042")
	runCases(t, []testCase{
		{name: "to_char(true)", fn: "to_char", args: args(true), want: "TRUE"},
		{name: "to_char(false)", fn: "to_char", args: args(false), want: "FALSE"},
		{name: "to_char(17)", fn: "to_char", types: types(eval.IntType), args: args(int64(17)), want: "17"},
		{name: "to_char(-5L)", fn: "to_char", args: args(int64(-5)), want: "-5"},
		{name: "to_char(0.525)", fn: "to_char", args: args(0.525), want: "0.525"},
		{name: "to_char(1.0D)", fn: "to_char", args: args(1.0), want: "1.0"},
		{name: "to_char(0.1F)", fn: "to_char", types: types(eval.FloatType), args: args(float64(float32(0.1))), want: "0.1"},
		{name: "to_char(1.50BD)", fn: "to_char", args: args(dec("1.50", 2)), want: "1.5"},
		{name: "to_char(null)", fn: "to_char", args: args(nil), want: nil},
		{name: "yyyymmdd hh:mi", fn: "to_char", args: args(d, "yyyymmdd hh:mi"), want: "20240501 08:09"},
		{name: "upper-case letters", fn: "to_char", args: args(d, "YYYY-MM-DD HH:MI:SS"), want: "2024-05-01 08:09:10"},
		{name: "mixed case and ff3", fn: "to_char", args: args(d, "Yyyy/mM/dD hH.mI.Ss.FF3"), want: "2024/05/01 08.09.10.042"},
		{name: "literal text is copied", fn: "to_char", args: args(d, "Date: yyyy年"), want: "Date: 2024年"},
		{name: "year 1 keeps four digits", fn: "to_char", args: args(dt("0001-02-03 00:00:00"), "yyyy-mm-dd"), want: "0001-02-03"},
		{name: "DATE argument", fn: "to_char", types: types(eval.DateType, eval.StringType), args: args(dt("2024-05-01 00:00:00"), "dd/mm/yyyy"), want: "01/05/2024"},
		{name: "null format", fn: "to_char", types: types(eval.DatetimeType, eval.VoidType), args: args(d, nil), want: nil},
	})
}

func TestToDate(t *testing.T) {
	td := func(s, format string, want eval.Value) testCase {
		return testCase{name: "to_date('" + s + "', '" + format + "')", fn: "to_date", args: args(s, format), want: want}
	}
	runCases(t, []testCase{
		td("20240501", "yyyymmdd", dt("2024-05-01 00:00:00")),
		td("Alibaba2025-01*27", "Alibabayyyy-mm*dd", dt("2025-01-27 00:00:00")),
		td("202501281212", "yyyymmddhhmi", dt("2025-01-28 12:12:00")),
		td("20251030 15-13-12.345", "yyyymmdd hh-mi-ss.ff3", dt("2025-10-30 15:13:12.345")),
		td("2025-09-24T13:39:34.119Z", "yyyy-MM-ddThh:mi:ss.ff3Z", dt("2025-09-24 13:39:34.119")),
		td("2024-05-01 23:59:59", "yyyy-mm-dd hh:mi:ss", dt("2024-05-01 23:59:59")),
		td("2024", "yyyy", dt("2024-01-01 00:00:00")),
		td("2024-02-29", "yyyy-mm-dd", dt("2024-02-29 00:00:00")),
		td("2025112", "yyyymmdd", nil),
		td("1234-2234", "yyyy-yyyy", nil),
		td("05-01", "mm-dd", nil),
		td("2023-02-29", "yyyy-mm-dd", nil),
		td("2024-13-01", "yyyy-mm-dd", nil),
		td("2024-05-01 24:00:00", "yyyy-mm-dd hh:mi:ss", nil),
		td("2024-05-01 00:60:00", "yyyy-mm-dd hh:mi:ss", nil),
		td("0000-01-01", "yyyy-mm-dd", nil),
		td("20240501x", "yyyymmdd", nil),
		td("2024-5-01", "yyyy-mm-dd", nil),
		td("2024-05", "yyyy-mm-dd", nil),
		{name: "to_date(null, 'yyyy')", fn: "to_date", args: args(nil, "yyyy"), want: nil},
	})
}

func TestDateAdd(t *testing.T) {
	da := func(d string, delta int64, unit string, want eval.Value) testCase {
		return testCase{name: "dateadd(" + d + ", " + unit + ")", fn: "dateadd", args: args(dt(d), delta, unit), want: want}
	}
	runCases(t, []testCase{
		da("2024-01-31 10:00:00", 1, "mm", dt("2024-02-29 10:00:00")),
		da("2023-01-31 00:00:00", 1, "month", dt("2023-02-28 00:00:00")),
		da("2023-03-31 00:00:00", -1, "MON", dt("2023-02-28 00:00:00")),
		da("2023-05-15 00:00:00", -17, "mm", dt("2021-12-15 00:00:00")),
		da("2024-02-29 00:00:00", 1, "yyyy", dt("2025-02-28 00:00:00")),
		da("2024-02-29 00:00:00", -4, "year", dt("2020-02-29 00:00:00")),
		da("2024-01-01 00:00:00", -1, "dd", dt("2023-12-31 00:00:00")),
		da("2024-01-01 00:00:00", 60, "DAY", dt("2024-03-01 00:00:00")),
		da("2024-01-01 23:00:00", 25, "hh", dt("2024-01-03 00:00:00")),
		da("2024-01-01 00:00:00", -90, "mi", dt("2023-12-31 22:30:00")),
		da("2024-01-01 00:00:00.500", -1, "ss", dt("2023-12-31 23:59:59.500")),
		da("0001-01-01 00:00:00", 0, "ss", dt("0001-01-01 00:00:00")),
		{name: "DATE argument keeps DATE", fn: "dateadd", types: types(eval.DateType, eval.IntType, eval.StringType),
			args: args(dt("2024-01-31 00:00:00"), int64(1), "mm"), want: dt("2024-02-29 00:00:00")},
		{name: "dateadd(null, 1, 'dd') fails, as the page says", fn: "dateadd", args: args(nil, int64(1), "dd"),
			err: "dateadd does not accept a NULL date; filter NULL dates out first or give a default with NVL(<date>, ...)"},
		{name: "dateadd(d, null, 'dd')", fn: "dateadd", types: types(eval.DatetimeType, eval.BigintType, eval.StringType),
			args: args(dt("2024-01-01 00:00:00"), nil, "dd"), want: nil},
		da("2024-01-31 00:00:00", 1, "q", dt("2024-04-30 00:00:00")),
		da("2024-01-31 00:00:00", -2, "week", dt("2024-01-17 00:00:00")),
		da("2024-01-31 00:00:00", 1500, "ff3", dt("2024-01-31 00:00:01.500")),
		{name: "ff6 on a TIMESTAMP", fn: "dateadd", types: types(eval.TimestampType, eval.BigintType, eval.StringType),
			args: args(dt("2024-01-31 00:00:00"), int64(-1), "ff6"), want: dt("2024-01-30 23:59:59.999999")},
		{name: "ff6 on a DATETIME keeps milliseconds", fn: "dateadd", args: args(dt("2024-01-31 00:00:00"), int64(-1), "ff6"),
			want: dt("2024-01-30 23:59:59.999")},
		{name: "hours on a DATE stay on the date", fn: "dateadd", types: types(eval.DateType, eval.BigintType, eval.StringType),
			args: args(dt("2024-01-31 00:00:00"), int64(25), "hh"), want: dt("2024-02-01 00:00:00")},
		{name: "bad unit", fn: "dateadd", args: args(dt("2024-01-01 00:00:00"), int64(1), "fortnight"),
			err: "invalid date part 'fortnight' for function dateadd; expected " + unitHelp},
		{name: "past 9999", fn: "dateadd", args: args(dt("9999-12-31 00:00:00"), int64(1), "dd"),
			err: "dateadd(9999-12-31 00:00:00, 1, 'dd') falls outside years 0001 to 9999"},
		{name: "before 0001", fn: "dateadd", args: args(dt("0001-01-01 00:00:00"), int64(-1), "ss"),
			err: "dateadd(0001-01-01 00:00:00, -1, 'ss') falls outside years 0001 to 9999"},
		{name: "huge seconds", fn: "dateadd", args: args(dt("2024-01-01 00:00:00"), int64(9223372036854775807), "ss"),
			err: "dateadd(2024-01-01 00:00:00, 9223372036854775807, 'ss') falls outside years 0001 to 9999"},
		{name: "huge years", fn: "dateadd", args: args(dt("2024-01-01 00:00:00"), int64(-9223372036854775808), "yyyy"),
			err: "dateadd(2024-01-01 00:00:00, -9223372036854775808, 'yyyy') falls outside years 0001 to 9999"},
		{name: "8000 years back", fn: "dateadd", args: args(dt("9000-01-01 00:00:00"), int64(-8000), "yyyy"), want: dt("1000-01-01 00:00:00")},
	})
}

func TestDateDiff(t *testing.T) {
	dd := func(a, b, unit string, want int64) testCase {
		return testCase{name: "datediff(" + a + ", " + b + ", " + unit + ")", fn: "datediff", args: args(dt(a), dt(b), unit), want: want}
	}
	runCases(t, []testCase{
		dd("2006-01-01 00:00:00", "2005-12-31 23:59:59", "dd", 1),
		dd("2006-01-01 00:00:00", "2005-12-31 23:59:59", "hh", 1),
		dd("2006-01-01 00:00:00", "2005-12-31 23:59:59", "mi", 1),
		dd("2006-01-01 00:00:00", "2005-12-31 23:59:59", "ss", 1),
		dd("2006-01-01 00:00:00", "2005-12-31 23:59:59", "mm", 1),
		dd("2006-01-01 00:00:00", "2005-12-31 23:59:59", "yyyy", 1),
		dd("2005-12-31 23:59:59", "2006-01-01 00:00:00", "day", -1),
		dd("2024-03-01 00:00:00", "2024-02-01 12:00:00", "dd", 29),
		dd("2024-03-01 00:00:00", "2023-03-31 00:00:00", "month", 12),
		dd("1970-01-01 00:00:00", "1969-12-31 23:59:59", "dd", 1),
		dd("1969-12-31 23:00:00", "1969-12-31 01:00:00", "dd", 0),
		dd("1969-12-31 23:00:00", "1969-12-31 01:00:00", "hour", 22),
		{name: "default unit is days", fn: "datediff", args: args(dt("2024-03-02 00:00:00"), dt("2024-03-01 23:00:00")), want: int64(1)},
		{name: "datediff(null, d, 'dd')", fn: "datediff", args: args(nil, dt("2024-03-01 00:00:00"), "dd"), want: nil},
		dd("2024-03-04 00:00:00", "2024-03-03 23:59:59", "week", 1),
		dd("2024-03-03 00:00:00", "2024-02-26 00:00:00", "week", 0),
		dd("2024-03-03 00:00:00", "2024-03-02 00:00:00", "week(sunday)", 1),
		dd("2024-04-01 00:00:00", "2024-03-31 23:59:59", "quarter", 1),
		dd("2024-03-01 00:00:01", "2024-03-01 00:00:00.999", "ff3", 1),
		{name: "bad unit", fn: "datediff", args: args(dt("2024-03-01 00:00:00"), dt("2024-03-01 00:00:00"), "fortnight"),
			err: "invalid date part 'fortnight' for function datediff; expected " + unitHelp},
	})
}

func TestUnixTime(t *testing.T) {
	runCases(t, []testCase{
		{name: "unix_timestamp(datetime'1970-01-01 08:00:00') in UTC+8", fn: "unix_timestamp",
			args: args(dt("1970-01-01 08:00:00")), want: int64(0)},
		{name: "unix_timestamp of getdate()", fn: "unix_timestamp", args: args(dt("2024-05-01 12:34:56.789")), want: int64(1714538096)},
		{name: "unix_timestamp(null)", fn: "unix_timestamp", args: args(nil), want: nil},
		{name: "from_unixtime(0)", fn: "from_unixtime", args: args(int64(0)), want: dt("1970-01-01 08:00:00")},
		{name: "from_unixtime(1714538096)", fn: "from_unixtime", types: types(eval.IntType), args: args(int64(1714538096)), want: dt("2024-05-01 12:34:56")},
		{name: "from_unixtime of year 1", fn: "from_unixtime", args: args(int64(-62135596800)), want: dt("0001-01-01 08:00:00")},
		{name: "from_unixtime(null)", fn: "from_unixtime", args: args(nil), want: nil},
		{name: "before year 1", fn: "from_unixtime", args: args(int64(-62135596800 - 8*3600 - 1)),
			err: "from_unixtime(-62135625601) falls outside years 0001 to 9999"},
		{name: "far future", fn: "from_unixtime", args: args(int64(1e15)),
			err: "from_unixtime(1000000000000000) falls outside years 0001 to 9999"},
	})
}

// TestLocationFallback checks that a context without a zone or clock uses
// the machine's, rather than failing.
func TestLocationFallback(t *testing.T) {
	f, _ := NewRegistry().Lookup("getdate")
	before := time.Now().Add(-time.Second)
	v, err := f.Overloads[0].Impl(&eval.CallContext{}, nil)
	if err != nil {
		t.Fatalf("getdate: %v", err)
	}
	got := v.(time.Time)
	lo, hi := wallClock(before.In(time.Local)), wallClock(time.Now().Add(time.Second).In(time.Local))
	if got.Before(lo) || got.After(hi) {
		t.Errorf("getdate() = %v, want between %v and %v", got, lo, hi)
	}
}
