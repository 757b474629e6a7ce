package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestTunnelEscapes(t *testing.T) {
	for in, want := range map[string]string{
		`,`:            ",",
		`\t`:           "\t",
		`||`:           "||",
		`\r\n`:         "\r\n",
		`\u0001`:       "\x01",
		`a\u00e9\tb`:   "a\u00e9\tb",
		`\\t`:          `\t`,
		`\x`:           `\x`,
		`end\`:         `end\`,
		`\u4e2d\u6587`: "中文",
	} {
		got, err := TunnelEscapes(in)
		if err != nil || got != want {
			t.Errorf("TunnelEscapes(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{`\u12`, `\u00zz`} {
		if _, err := TunnelEscapes(bad); err == nil || !strings.Contains(err.Error(), "four hex digits") {
			t.Errorf("TunnelEscapes(%q) error = %v", bad, err)
		}
	}
}

func TestTunnelOptionDefaults(t *testing.T) {
	for _, upload := range []bool{true, false} {
		o, err := ParseTunnelOptions(upload, map[string]string{})
		if err != nil {
			t.Fatal(err)
		}
		want := &TunnelOptions{FieldDelim: ",", Charset: "ignore", Quote: true, Binary: "hex",
			MaxBadRecords: 1000, Scan: "true", StrictSchema: true}
		if !reflect.DeepEqual(o, want) {
			t.Errorf("upload %v: defaults %+v, want %+v", upload, o, want)
		}
	}
}

// TestTunnelOptions sets every documented option, by its short and its
// long name, and checks the field it sets or the note it leaves.
func TestTunnelOptions(t *testing.T) {
	tests := []struct {
		upload bool
		raw    map[string]string
		check  func(o *TunnelOptions) bool
	}{
		{true, map[string]string{"c": "UTF-8"}, func(o *TunnelOptions) bool { return o.Charset == "UTF-8" }},
		{false, map[string]string{"charset": "GBK"}, func(o *TunnelOptions) bool { return o.Charset == "GBK" }},
		{true, map[string]string{"fd": `\t`}, func(o *TunnelOptions) bool { return o.FieldDelim == "\t" }},
		{false, map[string]string{"field-delimiter": "||"}, func(o *TunnelOptions) bool { return o.FieldDelim == "||" }},
		{true, map[string]string{"rd": `\r\n`}, func(o *TunnelOptions) bool { return o.RecordDelim == "\r\n" }},
		{false, map[string]string{"record-delimiter": `\u0002`}, func(o *TunnelOptions) bool { return o.RecordDelim == "\x02" }},
		{true, map[string]string{"dfp": "yyyy/MM/dd HH:mm:ss.SSS"}, func(o *TunnelOptions) bool { return o.DatetimeLayout == "2006/01/02 15:04:05.000" }},
		{false, map[string]string{"date-format-pattern": "yyyyMMdd'T'HHmm"}, func(o *TunnelOptions) bool { return o.DatetimeLayout == "20060102T1504" }},
		{true, map[string]string{"ni": `\N`}, func(o *TunnelOptions) bool { return o.Null == `\N` }},
		{false, map[string]string{"null-indicator": "NULL"}, func(o *TunnelOptions) bool { return o.Null == "NULL" }},
		{true, map[string]string{"tz": "UTC"}, func(o *TunnelOptions) bool { return o.TimeZone.String() == "UTC" }},
		{false, map[string]string{"time-zone": "America/New_York"}, func(o *TunnelOptions) bool { return o.TimeZone.String() == "America/New_York" }},
		{true, map[string]string{"h": "true"}, func(o *TunnelOptions) bool { return o.Header }},
		{false, map[string]string{"header": "TRUE"}, func(o *TunnelOptions) bool { return o.Header }},
		{true, map[string]string{"cf": "false"}, func(o *TunnelOptions) bool { return !o.Quote }},
		{false, map[string]string{"csv-format": "true"}, func(o *TunnelOptions) bool { return o.Quote }},
		{true, map[string]string{"dbr": "true"}, func(o *TunnelOptions) bool { return o.DiscardBadRecords }},
		{true, map[string]string{"discard-bad-records": "false"}, func(o *TunnelOptions) bool { return !o.DiscardBadRecords }},
		{true, map[string]string{"s": "only"}, func(o *TunnelOptions) bool { return o.Scan == "only" }},
		{true, map[string]string{"scan": "false"}, func(o *TunnelOptions) bool { return o.Scan == "false" }},
		{true, map[string]string{"mbr": "5"}, func(o *TunnelOptions) bool { return o.MaxBadRecords == 5 }},
		{true, map[string]string{"max-bad-records": "0"}, func(o *TunnelOptions) bool { return o.MaxBadRecords == 0 }},
		{true, map[string]string{"acp": "true"}, func(o *TunnelOptions) bool { return o.AutoCreatePartition }},
		{true, map[string]string{"auto-create-partition": "true"}, func(o *TunnelOptions) bool { return o.AutoCreatePartition }},
		{true, map[string]string{"ss": "false"}, func(o *TunnelOptions) bool { return !o.StrictSchema }},
		{true, map[string]string{"strict-schema": "false"}, func(o *TunnelOptions) bool { return !o.StrictSchema }},
		{true, map[string]string{"ow": "true"}, func(o *TunnelOptions) bool { return o.Overwrite }},
		{true, map[string]string{"overwrite": "true"}, func(o *TunnelOptions) bool { return o.Overwrite }},
		{false, map[string]string{"limit": "10"}, func(o *TunnelOptions) bool { return o.Limit == 10 }},
		{false, map[string]string{"ci": "2, 0"}, func(o *TunnelOptions) bool { return reflect.DeepEqual(o.ColumnIndexes, []int{2, 0}) }},
		{false, map[string]string{"columns-index": "1"}, func(o *TunnelOptions) bool { return reflect.DeepEqual(o.ColumnIndexes, []int{1}) }},
		{false, map[string]string{"cn": "B,a"}, func(o *TunnelOptions) bool { return reflect.DeepEqual(o.ColumnNames, []string{"b", "a"}) }},
		{false, map[string]string{"columns-name": "a"}, func(o *TunnelOptions) bool { return reflect.DeepEqual(o.ColumnNames, []string{"a"}) }},
		{false, map[string]string{"wp": "true"}, func(o *TunnelOptions) bool { return o.WithPartition }},
		{false, map[string]string{"with-partition": "true"}, func(o *TunnelOptions) bool { return o.WithPartition }},
		{true, map[string]string{"binary": "base64"}, func(o *TunnelOptions) bool { return o.Binary == "base64" }},
	}
	for _, tc := range tests {
		o, err := ParseTunnelOptions(tc.upload, tc.raw)
		if err != nil || !tc.check(o) || len(o.Notes) != 0 {
			t.Errorf("upload %v %v: %+v, %v", tc.upload, tc.raw, o, err)
		}
	}
}

// TestTunnelIgnoredOptions checks that the options meaningless locally are
// accepted with a one-line note, and their values still checked.
func TestTunnelIgnoredOptions(t *testing.T) {
	for _, tc := range []struct {
		upload    bool
		name, val string
	}{
		{true, "cp", "false"}, {false, "compress", "true"},
		{true, "bs", "64"}, {true, "block-size", "100"},
		{true, "t", "4"}, {false, "threads", "2"},
		{true, "sd", "/tmp/s"}, {false, "session-dir", "s"},
		{true, "te", "http://dt.example"}, {false, "tunnel_endpoint", "x"},
		{true, "qn", "q"}, {false, "quota_name", "q"},
		{true, "time", "true"}, {false, "time", "false"},
		{false, "e", "true"}, {false, "exponential", "false"},
	} {
		o, err := ParseTunnelOptions(tc.upload, map[string]string{tc.name: tc.val})
		if err != nil || len(o.Notes) != 1 || !strings.HasPrefix(o.Notes[0], "tunnel option -"+tc.name+" is accepted and ignored locally (") {
			t.Errorf("-%s %s: %+v, %v", tc.name, tc.val, o, err)
		}
	}
}

func TestTunnelOptionErrors(t *testing.T) {
	for _, tc := range []struct {
		upload bool
		raw    map[string]string
		want   string
	}{
		{true, map[string]string{"x": "1"}, "unknown tunnel option -x; TUNNEL UPLOAD takes -c -fd"},
		{false, map[string]string{"dbr": "true"}, "unknown tunnel option -dbr; TUNNEL DOWNLOAD takes"},
		{true, map[string]string{"limit": "1"}, "unknown tunnel option -limit"},
		{true, map[string]string{"h": "yes"}, `tunnel option -h: want true or false, got "yes"`},
		{true, map[string]string{"fd": ""}, "tunnel option -fd: a delimiter cannot be empty"},
		{true, map[string]string{"fd": `\u00`}, `tunnel option -fd: "\\u00": \u needs four hex digits`},
		{true, map[string]string{"fd": "a|b", "rd": "|"}, `the field delimiter "a|b" contains the record delimiter "|"`},
		{true, map[string]string{"fd": `\n`}, "contains a line end"},
		{true, map[string]string{"fd": `"`}, `needs -cf false`},
		{true, map[string]string{"s": "maybe"}, "want true, false or only"},
		{true, map[string]string{"mbr": "-1"}, "want a number of records"},
		{true, map[string]string{"bs": "0"}, "want a number above 0"},
		{true, map[string]string{"threads": "x"}, "want a number above 0"},
		{false, map[string]string{"limit": "0"}, "want a number above 0"},
		{false, map[string]string{"ci": "a"}, "want column positions"},
		{false, map[string]string{"cn": "a,,b"}, "want column names"},
		{true, map[string]string{"tz": "Mars/Olympus"}, "unknown time zone"},
		{true, map[string]string{"dfp": "yyyy-MM-dd a"}, "a is not supported"},
		{true, map[string]string{"dfp": "yyyy'"}, "unterminated quote"},
		{true, map[string]string{"binary": "b32"}, "want hex or base64"},
		{true, map[string]string{"cp": "gzip"}, "tunnel option -cp: want true or false"},
	} {
		_, err := ParseTunnelOptions(tc.upload, tc.raw)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want %q", tc.raw, err, tc.want)
		}
	}
}
