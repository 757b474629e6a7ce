package eval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// TunnelOptions are the options of a TUNNEL command: odpscmd's, with its
// defaults (its OptionsBuilder and Constants), plus mcsql's -binary.
type TunnelOptions struct {
	Header      bool   // -h: the first record names the columns (false)
	FieldDelim  string // -fd: "," by default; escapes decoded
	RecordDelim string // -rd: "" reads "\n" and "\r\n" and writes "\n"
	Null        string // -ni: the text of NULL, "" by default
	Charset     string // -c: "ignore" (the bytes as they are, UTF-8) by default
	// DatetimeLayout is -dfp as a Go layout; "" keeps mcsql's form
	// (yyyy-MM-dd HH:mm:ss, with milliseconds when they are not zero).
	DatetimeLayout string
	// TimeZone is -tz: DATETIME fields are wall clocks of this zone; nil
	// means the session's (odps.sql.timezone).
	TimeZone *time.Location
	// Quote is false for -cf false: plain delimited text, no field quoted.
	// mcsql's default is CSV quoting (odpscmd's -cf true).
	Quote  bool
	Binary string // -binary: hex (default) or base64

	// Upload only.
	Overwrite           bool   // -ow/-overwrite
	DiscardBadRecords   bool   // -dbr
	MaxBadRecords       int64  // -mbr, 1000: more discarded records fail the upload
	Scan                string // -s: true (default), false, or only (check, write nothing)
	StrictSchema        bool   // -ss, true: a record holds exactly the columns
	AutoCreatePartition bool   // -acp

	// Download only.
	Limit         int64    // -limit: at most this many rows; 0 for all
	ColumnNames   []string // -cn: these columns, in this order
	ColumnIndexes []int    // -ci: these columns by position from 0
	WithPartition bool     // -wp: write the partition columns too

	// Notes are one line each for options accepted but meaningless
	// locally; the session prints them on stderr.
	Notes []string
}

// tunnelOption is one odpscmd option: its short and long names, where it
// applies, and how its value is read. ignored, when set, says why the
// option does nothing locally (its value is still checked).
type tunnelOption struct {
	short, long string
	upload      bool
	download    bool
	set         func(o *TunnelOptions, v string) error
	ignored     string
}

// tunnelOptions is odpscmd 0.5x's option table (tunnel help upload,
// tunnel help download), in its order, with mcsql's -binary last.
var tunnelOptions = []tunnelOption{
	{"c", "charset", true, true, func(o *TunnelOptions, v string) error { o.Charset = v; return nil }, ""},
	{"fd", "field-delimiter", true, true, delimOption(func(o *TunnelOptions) *string { return &o.FieldDelim }), ""},
	{"rd", "record-delimiter", true, true, delimOption(func(o *TunnelOptions) *string { return &o.RecordDelim }), ""},
	{"dfp", "date-format-pattern", true, true, setLayout, ""},
	{"ni", "null-indicator", true, true, func(o *TunnelOptions, v string) error { o.Null = v; return nil }, ""},
	{"tz", "time-zone", true, true, setTimeZone, ""},
	{"h", "header", true, true, boolOpt(func(o *TunnelOptions) *bool { return &o.Header }), ""},
	{"cf", "csv-format", true, true, boolOpt(func(o *TunnelOptions) *bool { return &o.Quote }), ""},
	{"cp", "compress", true, true, checkBool, "compression of the network transfer"},
	{"sd", "session-dir", true, true, checkAny, "the session directory of resumable transfers"},
	{"te", "tunnel_endpoint", true, true, checkAny, "the Tunnel service endpoint"},
	{"qn", "quota_name", true, true, checkAny, "the Tunnel quota"},
	{"time", "time", true, true, checkBool, "elapsed-time tracking"},
	{"t", "threads", true, true, checkPositive, "parallel transfer threads"},
	{"dbr", "discard-bad-records", true, false, boolOpt(func(o *TunnelOptions) *bool { return &o.DiscardBadRecords }), ""},
	{"s", "scan", true, false, setScanOpt, ""},
	{"bs", "block-size", true, false, checkPositive, "the block size of upload sessions"},
	{"mbr", "max-bad-records", true, false, setMaxBad, ""},
	{"acp", "auto-create-partition", true, false, boolOpt(func(o *TunnelOptions) *bool { return &o.AutoCreatePartition }), ""},
	{"ss", "strict-schema", true, false, boolOpt(func(o *TunnelOptions) *bool { return &o.StrictSchema }), ""},
	{"ow", "overwrite", true, false, boolOpt(func(o *TunnelOptions) *bool { return &o.Overwrite }), ""},
	{"", "limit", false, true, setLimit, ""},
	{"e", "exponential", false, true, checkBool, "DOUBLE values are written as SELECT prints them"},
	{"ci", "columns-index", false, true, setColumnIndexes, ""},
	{"cn", "columns-name", false, true, setColumnNames, ""},
	{"wp", "with-partition", false, true, boolOpt(func(o *TunnelOptions) *bool { return &o.WithPartition }), ""},
	{"", "binary", true, true, setBinary, ""},
}

// ParseTunnelOptions reads a TUNNEL statement's options (names without
// dashes, lower case) into TunnelOptions with odpscmd's defaults. An
// unknown option, or one of the other direction, is an error naming the
// options there are.
func ParseTunnelOptions(upload bool, raw map[string]string) (*TunnelOptions, error) {
	o := &TunnelOptions{
		FieldDelim: ",", Charset: "ignore", Quote: true, Binary: "hex",
		MaxBadRecords: 1000, Scan: "true", StrictSchema: true,
	}
	names := make([]string, 0, len(raw))
	for name := range raw {
		names = append(names, name)
	}
	sort.Strings(names) // one order for errors and notes
	for _, name := range names {
		opt := findTunnelOption(upload, name)
		if opt == nil {
			return nil, fmt.Errorf("unknown tunnel option -%s; %s", name, tunnelOptionList(upload))
		}
		if err := opt.set(o, raw[name]); err != nil {
			return nil, fmt.Errorf("tunnel option -%s: %w", name, err)
		}
		if opt.ignored != "" {
			o.Notes = append(o.Notes, fmt.Sprintf("tunnel option -%s is accepted and ignored locally (%s)", name, opt.ignored))
		}
	}
	if err := o.checkDelimiters(); err != nil {
		return nil, err
	}
	return o, nil
}

func findTunnelOption(upload bool, name string) *tunnelOption {
	for i := range tunnelOptions {
		opt := &tunnelOptions[i]
		if (name == opt.short || name == opt.long) && (upload && opt.upload || !upload && opt.download) {
			return opt
		}
	}
	return nil
}

// tunnelOptionList names the options of one direction, for errors.
func tunnelOptionList(upload bool) string {
	var names []string
	for _, opt := range tunnelOptions {
		if upload && opt.upload || !upload && opt.download {
			n := opt.short
			if n == "" {
				n = opt.long
			}
			names = append(names, "-"+n)
		}
	}
	dir := "download"
	if upload {
		dir = "upload"
	}
	return fmt.Sprintf("TUNNEL %s takes %s", strings.ToUpper(dir), strings.Join(names, " "))
}

// checkDelimiters applies odpscmd's rule (a field delimiter may not
// contain the record delimiter) and CSV's (neither holds a quote).
func (o *TunnelOptions) checkDelimiters() error {
	if o.RecordDelim != "" && strings.Contains(o.FieldDelim, o.RecordDelim) {
		return fmt.Errorf("the field delimiter %q contains the record delimiter %q", o.FieldDelim, o.RecordDelim)
	}
	rd := o.RecordDelim
	if rd == "" {
		rd = "\n"
	}
	if strings.Contains(o.FieldDelim, rd) {
		return fmt.Errorf("the field delimiter %q contains a line end; give -rd another record delimiter", o.FieldDelim)
	}
	if o.Quote && (strings.Contains(o.FieldDelim, `"`) || strings.Contains(o.RecordDelim, `"`)) {
		return fmt.Errorf(`a delimiter with '"' needs -cf false (plain text without CSV quoting)`)
	}
	return nil
}

// TunnelEscapes decodes the escapes odpscmd reads in -fd and -rd: \t, \n,
// \r, \\ and \uXXXX (\u0001 is Hive's default field delimiter). Any other
// backslash stays as it is, as in odpscmd.
func TunnelEscapes(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case '\\':
			b.WriteByte('\\')
		case 'u':
			if i+6 > len(s) {
				return "", fmt.Errorf(`%q: \u needs four hex digits`, s)
			}
			r, err := strconv.ParseUint(s[i+2:i+6], 16, 32)
			if err != nil {
				return "", fmt.Errorf(`%q: \u needs four hex digits`, s)
			}
			b.WriteRune(rune(r))
			i += 4
		default:
			b.WriteByte('\\')
			continue
		}
		i++
	}
	return b.String(), nil
}

func delimOption(field func(o *TunnelOptions) *string) func(*TunnelOptions, string) error {
	return func(o *TunnelOptions, v string) error {
		d, err := TunnelEscapes(v)
		if err != nil {
			return err
		}
		if d == "" {
			return fmt.Errorf("a delimiter cannot be empty")
		}
		*field(o) = d
		return nil
	}
}

func parseBoolOpt(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, fmt.Errorf("want true or false, got %q", v)
}

func boolOpt(field func(o *TunnelOptions) *bool) func(*TunnelOptions, string) error {
	return func(o *TunnelOptions, v string) error {
		b, err := parseBoolOpt(v)
		*field(o) = b
		return err
	}
}

func checkBool(_ *TunnelOptions, v string) error { _, err := parseBoolOpt(v); return err }

func checkAny(*TunnelOptions, string) error { return nil }

func positive(v string) (int64, error) {
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("want a number above 0, got %q", v)
	}
	return n, nil
}

func checkPositive(_ *TunnelOptions, v string) error { _, err := positive(v); return err }

func setLimit(o *TunnelOptions, v string) (err error) {
	o.Limit, err = positive(v)
	return err
}

func setMaxBad(o *TunnelOptions, v string) error {
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("want a number of records, got %q", v)
	}
	o.MaxBadRecords = n
	return nil
}

func setScanOpt(o *TunnelOptions, v string) error {
	switch s := strings.ToLower(strings.TrimSpace(v)); s {
	case "true", "false", "only":
		o.Scan = s
		return nil
	}
	return fmt.Errorf("want true, false or only, got %q", v)
}

func setBinary(o *TunnelOptions, v string) error {
	switch s := strings.ToLower(strings.TrimSpace(v)); s {
	case "hex", "base64":
		o.Binary = s
		return nil
	}
	return fmt.Errorf("want hex or base64, got %q", v)
}

func setTimeZone(o *TunnelOptions, v string) error {
	loc, err := LoadTimeZone(strings.TrimSpace(v))
	if err != nil {
		return fmt.Errorf("unknown time zone %q", v)
	}
	o.TimeZone = loc
	return nil
}

func setColumnNames(o *TunnelOptions, v string) error {
	for _, n := range strings.Split(v, ",") {
		if n = strings.ToLower(strings.TrimSpace(n)); n == "" {
			return fmt.Errorf("want column names separated by commas, got %q", v)
		}
		o.ColumnNames = append(o.ColumnNames, n)
	}
	return nil
}

func setColumnIndexes(o *TunnelOptions, v string) error {
	for _, n := range strings.Split(v, ",") {
		i, err := strconv.Atoi(strings.TrimSpace(n))
		if err != nil || i < 0 {
			return fmt.Errorf("want column positions from 0 separated by commas, got %q", v)
		}
		o.ColumnIndexes = append(o.ColumnIndexes, i)
	}
	return nil
}

// setLayout reads -dfp, a Java date pattern (yyyy-MM-dd HH:mm:ss by
// default in odpscmd), into a Go layout. It knows the letters a DATETIME
// has: y, M, d, H, m, s and S (fractions), with 'quoted' literal text.
func setLayout(o *TunnelOptions, v string) error {
	var b strings.Builder
	for i := 0; i < len(v); {
		c := v[i]
		j := i
		for j < len(v) && v[j] == c {
			j++
		}
		n := j - i
		switch {
		case c == '\'':
			k := strings.IndexByte(v[i+1:], '\'')
			if k < 0 {
				return fmt.Errorf("unterminated quote in date format pattern %q", v)
			}
			b.WriteString(v[i+1 : i+1+k])
			j = i + k + 2
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			l, ok := javaLayout(c, n)
			if !ok {
				return fmt.Errorf("date format pattern %q: %s is not supported (use y, M, d, H, m, s, S)", v, v[i:j])
			}
			b.WriteString(l)
		default:
			b.WriteString(v[i:j])
		}
		i = j
	}
	o.DatetimeLayout = b.String()
	return nil
}

// javaLayout is the Go layout of a run of n copies of a Java pattern letter.
func javaLayout(c byte, n int) (string, bool) {
	switch {
	case c == 'y' && n == 2:
		return "06", true
	case c == 'y' && n != 3:
		return "2006", true
	case c == 'M' && n <= 2:
		return []string{"1", "01"}[n-1], true
	case c == 'd' && n <= 2:
		return []string{"2", "02"}[n-1], true
	case c == 'H' && n <= 2:
		return "15", true
	case c == 'm' && n <= 2:
		return []string{"4", "04"}[n-1], true
	case c == 's' && n <= 2:
		return []string{"5", "05"}[n-1], true
	case c == 'S' && n <= 9:
		return strings.Repeat("0", n), true
	}
	return "", false
}
