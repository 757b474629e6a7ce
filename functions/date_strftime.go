package functions

import (
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// TO_CHAR's TIMESTAMP signature formats with %-directives
// (TO_CHAR(TIMESTAMP '2025-07-20 07:30:00', '%Y-%m-%d %H:%M:%S')), shown in
// the session time zone or in an optional time_zone argument. A format
// holding '%' is read this way; any other uses yyyy mm dd hh mi ss ff3.

// strftimeItems maps each directive to DATE_FORMAT's compiled pieces.
var strftimeItems = map[byte][]javaItem{
	'Y': {{letter: 'y', n: 4}}, 'y': {{letter: 'y', n: 2}}, 'm': {{letter: 'M', n: 2}},
	'd': {{letter: 'd', n: 2}}, 'H': {{letter: 'H', n: 2}}, 'I': {{letter: 'h', n: 2}},
	'M': {{letter: 'm', n: 2}}, 'S': {{letter: 's', n: 2}}, 'j': {{letter: 'D', n: 3}},
	'p': {{letter: 'a', n: 1}}, 'b': {{letter: 'M', n: 3}}, 'B': {{letter: 'M', n: 4}},
	'a': {{letter: 'E', n: 3}}, 'A': {{letter: 'E', n: 4}}, '%': {{lit: "%"}},
	'F': {{letter: 'y', n: 4}, {lit: "-"}, {letter: 'M', n: 2}, {lit: "-"}, {letter: 'd', n: 2}},
	'T': {{letter: 'H', n: 2}, {lit: ":"}, {letter: 'm', n: 2}, {lit: ":"}, {letter: 's', n: 2}},
}

// compileStrftime compiles a %-format; an unknown directive is an error.
func compileStrftime(format string) (*javaFormat, error) {
	f := &javaFormat{}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			f.items = append(f.items, javaItem{lit: format[i : i+1]})
			continue
		}
		if i+1 == len(format) || strftimeItems[format[i+1]] == nil {
			return nil, eval.InvalidArgument("to_char: unsupported directive in %s; use %%Y %%y %%m %%d %%H %%I %%M %%S %%j %%p %%b %%B %%a %%A %%F %%T or %%%%", quote(format))
		}
		f.items = append(f.items, strftimeItems[format[i+1]]...)
		i++
	}
	return f, nil
}

// dateFormatter is a compiled TO_CHAR format of either kind.
type dateFormatter func(time.Time) string

func compileToChar(_ *eval.CallContext, format string) (dateFormatter, error) {
	if !strings.Contains(format, "%") {
		return compileMC(format).format, nil
	}
	f, err := compileStrftime(format)
	if err != nil {
		return nil, err
	}
	return func(t time.Time) string { return string(f.appendTo(make([]byte, 0, 24), t)) }, nil
}

// toCharInZone formats a TIMESTAMP (a session-zone reading) as read in
// the time_zone argument.
func toCharInZone(f dateFormatter) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		t, z, err := timeInZoneArgs(ctx, args)
		if err != nil {
			return nil, err
		}
		return f(fullClock(t.In(z))), nil
	}
}

// toCharNTZInZone formats a TIMESTAMP_NTZ as read in the time_zone
// argument: the newest TO_CHAR page reads a TIMESTAMP_NTZ as UTC ("When
// the input is a TIMESTAMP_NTZ type and you do not specify a time zone,
// the UTC time zone is used by default").
func toCharNTZInZone(f dateFormatter) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		t, err := argAs[time.Time](args, 0, 3)
		if err != nil {
			return nil, err
		}
		name, err := argAs[string](args, 2, 3)
		if err != nil {
			return nil, err
		}
		z, err := loadZone(name)
		if err != nil {
			return nil, err
		}
		return f(wallIn(t, z)), nil
	}
}

// timeInZoneArgs reads the (timestamp, _, time_zone) arguments of the
// time-zone forms of TO_CHAR and DATETRUNC: the session-zone reading as an
// instant, and the zone it is to be read in.
func timeInZoneArgs(ctx *eval.CallContext, args []eval.Value) (time.Time, *time.Location, error) {
	t, err := argAs[time.Time](args, 0, 3)
	if err != nil {
		return time.Time{}, nil, err
	}
	name, err := argAs[string](args, 2, 3)
	if err != nil {
		return time.Time{}, nil, err
	}
	z, err := loadZone(name)
	if err != nil {
		return time.Time{}, nil, err
	}
	return inZone(ctx, t), z, nil
}
