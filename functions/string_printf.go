package functions

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// printfPiece is literal text or one conversion of a FORMAT_STRING format.
type printfPiece struct {
	literal string
	conv    byte // 0 for literal text; 'd', 's' or 't'
	left    bool // '-': pad on the right
	zero    bool // '0': pad with zeros
	group   bool // ',' or '\'': thousands separators
	plus    bool // '+': always a sign
	width   int
}

// parsePrintf reads a Java-style format string with the conversions the
// FORMAT_STRING page documents: %d (flags ' , 0 - + and a width), %s, %t,
// plus %% and %n.
func parsePrintf(format string) ([]printfPiece, error) {
	var pieces []printfPiece
	var lit strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			lit.WriteByte(format[i])
			continue
		}
		var pc printfPiece
		j := i + 1
		for ; j < len(format) && strings.IndexByte("-0,'+", format[j]) >= 0; j++ {
			switch format[j] {
			case '-':
				pc.left = true
			case '0':
				pc.zero = true
			case ',', '\'':
				pc.group = true
			case '+':
				pc.plus = true
			}
		}
		k := j
		for ; k < len(format) && format[k] >= '0' && format[k] <= '9'; k++ {
		}
		if k > j {
			// A width past the STRING limit (or past int) could only
			// build a result MaxCompute cannot hold.
			w, err := strconv.Atoi(format[j:k])
			if err != nil || w > maxStringLen {
				return nil, invalidArg("format_string: width %s in format '%s' is over the 8 MB STRING limit; use a width of at most %d", format[j:k], format, maxStringLen)
			}
			pc.width = w
		}
		if k >= len(format) {
			return nil, invalidArg("format_string: format '%s' ends inside a conversion", format)
		}
		switch c := format[k]; c {
		case '%':
			lit.WriteByte('%')
		case 'n':
			lit.WriteByte('\n')
		case 'd', 's', 'S', 't', 'T':
			if lit.Len() > 0 {
				pieces = append(pieces, printfPiece{literal: lit.String()})
				lit.Reset()
			}
			pc.conv = c | 0x20 // lower case
			pieces = append(pieces, pc)
		default:
			return nil, invalidArg("format_string: unsupported conversion '%%%c' in '%s'; use %%d, %%'d, %%0<n>d, %%s or %%t", c, format)
		}
		i = k
	}
	if lit.Len() > 0 {
		pieces = append(pieces, printfPiece{literal: lit.String()})
	}
	return pieces, nil
}

// formatStringTypes accepts the documented value types (every integer
// type, strings, arrays) and passes them unconverted.
func formatStringTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("FORMAT_STRING", "2", len(args))
	}
	if !eval.CanImplicit(args[0], eval.StringType) {
		return nil, eval.Type{}, eval.ArgumentTypeError("FORMAT_STRING", 0, args[0])
	}
	switch k := args[1].Kind; {
	case k.IsInteger(), k.IsString(), k == eval.KindArray, k == eval.KindVoid:
		return []eval.Type{eval.StringType, args[1]}, eval.StringType, nil
	}
	return nil, eval.Type{}, eval.ArgumentTypeError("FORMAT_STRING", 1, args[1])
}

// runPrintf formats one value; the page makes a NULL format or value an
// error.
func runPrintf(pieces []printfPiece, v eval.Value) (eval.Value, error) {
	if v == nil {
		return nil, invalidArg("format_string: value is NULL; FORMAT_STRING needs a value (wrap it in COALESCE or NVL)")
	}
	var sb strings.Builder
	used := false
	for _, pc := range pieces {
		if pc.conv == 0 {
			sb.WriteString(pc.literal)
			continue
		}
		if used {
			return nil, invalidArg("format_string: the format has more than one conversion, but FORMAT_STRING takes one value")
		}
		used = true
		text, err := pc.render(v)
		if err != nil {
			return nil, err
		}
		sb.WriteString(text)
	}
	return sb.String(), nil
}

func (pc printfPiece) render(v eval.Value) (string, error) {
	var text string
	if pc.conv == 'd' {
		n, ok := v.(int64)
		if !ok {
			return "", invalidArg("format_string: %%d needs an integer value, got %s; use %%s", valueText(v))
		}
		text = strconv.FormatInt(n, 10)
		sign := ""
		if n < 0 {
			sign, text = "-", text[1:]
		} else if pc.plus {
			sign = "+"
		}
		if pc.group {
			text = groupDigits(text, 3)
		}
		if pad := pc.width - len(sign) - len(text); pc.zero && !pc.left && pad > 0 {
			text = strings.Repeat("0", pad) + text
		}
		text = sign + text
	} else {
		text = valueText(v)
	}
	if pad := pc.width - utf8.RuneCountInString(text); pad > 0 {
		if pc.left {
			return text + strings.Repeat(" ", pad), nil
		}
		return strings.Repeat(" ", pad) + text, nil
	}
	return text, nil
}

// valueText renders a value as mcsql prints it; arrays, whose element
// type the adapter does not see, take it from their elements.
func valueText(v eval.Value) string {
	return eval.FormatValue(v, typeOfValue(v))
}

// typeOfValue guesses the SQL type of a value from its Go representation.
func typeOfValue(v eval.Value) eval.Type {
	switch x := v.(type) {
	case int64:
		return eval.BigintType
	case float64:
		return eval.DoubleType
	case eval.Decimal:
		return eval.DecimalType
	case []byte:
		return eval.BinaryType
	case bool:
		return eval.BooleanType
	case time.Time:
		return eval.DatetimeType
	case []eval.Value:
		elem := eval.StringType
		for _, e := range x {
			if e != nil {
				elem = typeOfValue(e)
				break
			}
		}
		return eval.ArrayOf(elem)
	}
	return eval.StringType
}

func formatStringImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 2 {
		return nil, internalError("got %d arguments, want 2", len(args))
	}
	format, ok := args[0].(string)
	if !ok {
		return nil, invalidArg("format_string: format is NULL; pass a format string such as '%%s'")
	}
	pieces, err := parsePrintf(format)
	if err != nil {
		return nil, err
	}
	return runPrintf(pieces, args[1])
}

// prepareFormatString parses a constant format once per statement.
func prepareFormatString(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	format, ok := consts[0].(string)
	if !isConst[0] || !ok {
		return formatStringImpl, nil
	}
	pieces, err := parsePrintf(format)
	if err != nil {
		return nil, err
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) { return runPrintf(pieces, args[1]) }, nil
}
