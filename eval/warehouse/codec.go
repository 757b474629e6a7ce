package warehouse

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// codec turns the values of one column type into SQLite values and back.
// Neither function sees NULL: nil stays nil on both sides.
type codec struct {
	enc func(v eval.Value) (any, error)
	dec func(x any) (eval.Value, error)
}

// timeLayout is the stored form of DATE, DATETIME and TIMESTAMP: fixed
// width, so that text order is time order.
const timeLayout = "2006-01-02 15:04:05.000000000"

// codecFor returns the codec of a validated type.
func codecFor(t eval.Type) codec {
	switch k := t.Kind; {
	case k.IsInteger():
		return codec{enc: encInteger(k), dec: decInteger}
	case k == eval.KindFloat || k == eval.KindDouble:
		return codec{enc: encFloat(k == eval.KindFloat), dec: decFloat}
	case k == eval.KindDecimal:
		return codec{enc: encDecimal, dec: decDecimal}
	case k.IsString():
		return codec{enc: encString, dec: decString}
	case k == eval.KindBinary:
		return codec{enc: encBinary, dec: decBinary}
	case k == eval.KindBoolean:
		return codec{enc: encBool, dec: decBool}
	case k.IsTime():
		return codec{enc: encTime, dec: decTime}
	case k == eval.KindJSON:
		return codec{enc: encJSON, dec: decJSON}
	case k == eval.KindArray || k == eval.KindMap || k == eval.KindStruct:
		return codec{
			enc: func(v eval.Value) (any, error) { return encodeNested(v, t) },
			dec: func(x any) (eval.Value, error) { return decodeNested(x, t) },
		}
	}
	// VOID (a CREATE TABLE AS SELECT NULL column) holds only NULLs.
	return codec{
		enc: func(v eval.Value) (any, error) { return nil, wrongValue(v, t) },
		dec: func(x any) (eval.Value, error) { return nil, corrupt(x, t) },
	}
}

// wrongValue reports a value whose Go representation does not belong to
// the column type: a bug in the caller, reported instead of stored.
func wrongValue(v eval.Value, t eval.Type) error {
	return fmt.Errorf("a Go %T value is not a %s value", v, t)
}

// corrupt reports a stored value this package never writes for the type.
func corrupt(x any, t eval.Type) error {
	return fmt.Errorf("stored %T value is not a %s value (the database was changed outside mcsql)", x, t)
}

// integerRanges bounds each integer kind.
var integerRanges = map[eval.Kind][2]int64{
	eval.KindTinyint:  {math.MinInt8, math.MaxInt8},
	eval.KindSmallint: {math.MinInt16, math.MaxInt16},
	eval.KindInt:      {math.MinInt32, math.MaxInt32},
	eval.KindBigint:   {math.MinInt64, math.MaxInt64},
}

func encInteger(k eval.Kind) func(eval.Value) (any, error) {
	r := integerRanges[k]
	return func(v eval.Value) (any, error) {
		i, ok := v.(int64)
		if !ok {
			return nil, wrongValue(v, eval.Type{Kind: k})
		}
		if i < r[0] || i > r[1] {
			return nil, fmt.Errorf("%d is out of the range of %s", i, k)
		}
		return i, nil
	}
}

func decInteger(x any) (eval.Value, error) {
	if i, ok := x.(int64); ok {
		return i, nil
	}
	return nil, corrupt(x, eval.BigintType)
}

func encFloat(single bool) func(eval.Value) (any, error) {
	return func(v eval.Value) (any, error) {
		f, ok := v.(float64)
		if !ok {
			return nil, wrongValue(v, eval.DoubleType)
		}
		if math.IsNaN(f) {
			return "NaN", nil
		}
		if single {
			f = float64(float32(f))
		}
		return f, nil
	}
}

func decFloat(x any) (eval.Value, error) {
	switch f := x.(type) {
	case float64:
		return f, nil
	case string:
		if f == "NaN" {
			return math.NaN(), nil
		}
	}
	return nil, corrupt(x, eval.DoubleType)
}

func encDecimal(v eval.Value) (any, error) {
	d, ok := v.(eval.Decimal)
	if !ok {
		return nil, wrongValue(v, eval.DecimalType)
	}
	return decimalText(d), nil
}

func decDecimal(x any) (eval.Value, error) {
	if s, ok := x.(string); ok {
		if d, ok := parseDecimal(s); ok {
			return d, nil
		}
	}
	return nil, corrupt(x, eval.DecimalType)
}

// decimalText writes d exactly: Scale digits after the point when that is
// exact, else "num/den@scale".
func decimalText(d eval.Decimal) string {
	r := d.Rat
	if r == nil {
		r = new(big.Rat)
	}
	if d.Scale >= 0 {
		scaled := new(big.Int).Mul(r.Num(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.Scale)), nil))
		if scaled.Mod(scaled, r.Denom()).Sign() == 0 {
			return r.FloatString(d.Scale)
		}
	}
	return r.String() + "@" + strconv.Itoa(d.Scale)
}

// parseDecimal reads decimalText's output.
func parseDecimal(s string) (eval.Decimal, bool) {
	if rat, scale, ok := strings.Cut(s, "@"); ok {
		r, ok1 := new(big.Rat).SetString(rat)
		n, err := strconv.Atoi(scale)
		return eval.Decimal{Rat: r, Scale: n}, ok1 && err == nil && strings.Contains(rat, "/")
	}
	if strings.ContainsAny(s, "eE/") {
		return eval.Decimal{}, false
	}
	r, ok := new(big.Rat).SetString(s)
	scale := 0
	if _, frac, found := strings.Cut(s, "."); found {
		scale = len(frac)
	}
	return eval.Decimal{Rat: r, Scale: scale}, ok
}

func encString(v eval.Value) (any, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return nil, wrongValue(v, eval.StringType)
}

func decString(x any) (eval.Value, error) {
	if s, ok := x.(string); ok {
		return s, nil
	}
	return nil, corrupt(x, eval.StringType)
}

func encBinary(v eval.Value) (any, error) {
	b, ok := v.([]byte)
	if !ok {
		return nil, wrongValue(v, eval.BinaryType)
	}
	if b == nil {
		// A nil slice would be bound as SQL NULL; the value is an empty BINARY.
		b = []byte{}
	}
	return b, nil
}

func decBinary(x any) (eval.Value, error) {
	b, ok := x.([]byte)
	if !ok {
		return nil, corrupt(x, eval.BinaryType)
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}

func encBool(v eval.Value) (any, error) {
	b, ok := v.(bool)
	if !ok {
		return nil, wrongValue(v, eval.BooleanType)
	}
	if b {
		return int64(1), nil
	}
	return int64(0), nil
}

func decBool(x any) (eval.Value, error) {
	if i, ok := x.(int64); ok && (i == 0 || i == 1) {
		return i == 1, nil
	}
	return nil, corrupt(x, eval.BooleanType)
}

func encTime(v eval.Value) (any, error) {
	t, ok := v.(time.Time)
	if !ok {
		return nil, wrongValue(v, eval.TimestampType)
	}
	return timeText(t)
}

// timeText writes t's wall clock; MaxCompute's years are 0001-9999, and
// the fixed-width form needs four digits.
func timeText(t time.Time) (string, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return "", fmt.Errorf("year %d is out of the range 0000-9999", y)
	}
	return t.Format(timeLayout), nil
}

func decTime(x any) (eval.Value, error) {
	if s, ok := x.(string); ok {
		if t, err := time.Parse(timeLayout, s); err == nil {
			return t, nil
		}
	}
	return nil, corrupt(x, eval.TimestampType)
}

// encJSON stores a JSON value as its compact text.
func encJSON(v eval.Value) (any, error) {
	j, ok := v.(eval.JSON)
	if !ok {
		return nil, wrongValue(v, eval.JSONType)
	}
	return j.String(), nil
}

func decJSON(x any) (eval.Value, error) {
	if s, ok := x.(string); ok {
		if j, err := eval.ParseJSON(s); err == nil {
			return j, nil
		}
	}
	return nil, corrupt(x, eval.JSONType)
}
