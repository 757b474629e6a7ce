package warehouse

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// fieldParser reads one CSV field of a column; the null indicator ("" by
// default) is NULL.
type fieldParser func(s string) (eval.Value, error)

// fieldFormatter writes one value as a CSV field; NULL is the null
// indicator.
type fieldFormatter func(v eval.Value) (string, error)

func parserFor(t eval.Type, f Format) fieldParser {
	base := baseParser(t, f.Binary)
	if t.Kind == eval.KindDatetime {
		base = datetimeParser(base, f.Datetime)
	}
	return func(s string) (eval.Value, error) {
		if s == f.Null {
			return nil, nil
		}
		v, err := base(s)
		if err == errInvalid {
			return nil, fmt.Errorf("%q is not a valid %s value", s, t)
		}
		if err != nil {
			return nil, fmt.Errorf("%q is not a valid %s value: %v", s, t, err)
		}
		return v, nil
	}
}

// baseParser returns the parser of non-empty fields. Integers, BOOLEAN,
// BINARY and VARCHAR/CHAR are stricter than CAST (no truncation, no
// "any non-empty string is true"): a file's bad value is reported.
func baseParser(t eval.Type, enc BinaryEncoding) fieldParser {
	switch k := t.Kind; {
	case k.IsInteger():
		return integerParser(k)
	case k == eval.KindBoolean:
		return parseBool
	case k == eval.KindBinary:
		if enc == BinaryBase64 {
			return func(s string) (eval.Value, error) { return base64.StdEncoding.DecodeString(s) }
		}
		return func(s string) (eval.Value, error) { return hex.DecodeString(s) }
	case k == eval.KindArray || k == eval.KindMap || k == eval.KindStruct:
		return func(s string) (eval.Value, error) { return parseNested(s, t) }
	case k == eval.KindJSON: // JSON text, not a JSON string (CAST's rule)
		return func(s string) (eval.Value, error) { return eval.ParseJSON(s) }
	case k == eval.KindVarchar || k == eval.KindChar:
		return charsParser(t)
	case k == eval.KindDatetime:
		// Through TIMESTAMP, so that the milliseconds Download writes are read.
		return chain(castParser(eval.TimestampType), castFrom(eval.TimestampType, t))
	}
	return castParser(t)
}

func integerParser(k eval.Kind) fieldParser {
	enc := encInteger(k)
	return func(s string) (eval.Value, error) {
		i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("not an integer")
		}
		return enc(i)
	}
}

func parseBool(s string) (eval.Value, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return nil, fmt.Errorf("expected true or false")
}

func charsParser(t eval.Type) fieldParser {
	conv := castFrom(eval.StringType, t)
	return func(s string) (eval.Value, error) {
		if n := utf8.RuneCountInString(s); t.Len > 0 && n > t.Len {
			return nil, fmt.Errorf("%d characters are more than %d", n, t.Len)
		}
		return conv(s)
	}
}

// errInvalid is a field the conversion rejects without more to say.
var errInvalid = errors.New("invalid")

// castParser reads a field with CAST(field AS t)'s rules.
func castParser(t eval.Type) fieldParser {
	conv := castFrom(eval.StringType, t)
	return func(s string) (eval.Value, error) { return conv(s) }
}

// castFrom converts a value of type from to t with CAST's rules. Its ODPS
// message, about CAST, would mislead about a file's field: errInvalid
// replaces it.
func castFrom(from, t eval.Type) func(eval.Value) (eval.Value, error) {
	conv, err := eval.Converter(from, t, true)
	return func(v eval.Value) (eval.Value, error) {
		if err != nil {
			return nil, errInvalid
		}
		out, err := conv(v)
		if err != nil {
			return nil, errInvalid
		}
		return out, nil
	}
}

func chain(first fieldParser, then func(eval.Value) (eval.Value, error)) fieldParser {
	return func(s string) (eval.Value, error) {
		v, err := first(s)
		if err != nil {
			return nil, err
		}
		return then(v)
	}
}

func formatterFor(t eval.Type, f Format) fieldFormatter {
	base := baseFormatter(t, f.Binary)
	if t.Kind == eval.KindDatetime {
		base = datetimeFormatter(base, f.Datetime)
	}
	return func(v eval.Value) (string, error) {
		if v == nil {
			return f.Null, nil
		}
		return base(v)
	}
}

func baseFormatter(t eval.Type, enc BinaryEncoding) fieldFormatter {
	switch t.Kind {
	case eval.KindBinary:
		return func(v eval.Value) (string, error) {
			b, ok := v.([]byte)
			if !ok {
				return "", wrongValue(v, t)
			}
			if enc == BinaryBase64 {
				return base64.StdEncoding.EncodeToString(b), nil
			}
			return strings.ToUpper(hex.EncodeToString(b)), nil
		}
	case eval.KindArray, eval.KindMap, eval.KindStruct:
		return func(v eval.Value) (string, error) {
			s, err := encodeNested(v, t)
			if err != nil {
				return "", err
			}
			return s.(string), nil
		}
	case eval.KindDatetime:
		// TIMESTAMP's form shows the milliseconds DATETIME keeps.
		return func(v eval.Value) (string, error) { return eval.FormatValue(v, eval.TimestampType), nil }
	}
	return func(v eval.Value) (string, error) { return eval.FormatValue(v, t), nil }
}

// datetimeParser reads DATETIME fields with the -dfp layout, falling back
// to mcsql's form and to a bare yyyy-MM-dd (which odpscmd also takes), and
// moves them from the file's time zone to the stored one.
func datetimeParser(base fieldParser, df DatetimeFormat) fieldParser {
	return func(s string) (eval.Value, error) {
		for _, layout := range []string{df.Layout, time.DateOnly} {
			if layout == "" {
				continue
			}
			if t, err := time.ParseInLocation(layout, strings.TrimSpace(s), time.UTC); err == nil {
				return moveZone(t, df.File, df.Stored).Truncate(time.Millisecond), nil
			}
		}
		v, err := base(s)
		if t, ok := v.(time.Time); ok && err == nil {
			return moveZone(t, df.File, df.Stored), nil
		}
		return v, err
	}
}

// datetimeFormatter writes DATETIME values with the -dfp layout, as wall
// clocks of the file's time zone.
func datetimeFormatter(base fieldFormatter, df DatetimeFormat) fieldFormatter {
	return func(v eval.Value) (string, error) {
		t, ok := v.(time.Time)
		if !ok {
			return base(v)
		}
		t = moveZone(t, df.Stored, df.File)
		if df.Layout != "" {
			return t.Format(df.Layout), nil
		}
		return base(t)
	}
}

// moveZone turns the wall clock t of zone from into the wall clock of
// zone to, both kept as UTC times (how DATETIME values are held).
func moveZone(t time.Time, from, to *time.Location) time.Time {
	if from == nil || to == nil || from.String() == to.String() {
		return t
	}
	at := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), from).In(to)
	return time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute(), at.Second(), at.Nanosecond(), time.UTC)
}
