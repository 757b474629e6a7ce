package functions

import (
	"encoding/binary"
	"io"
	"math"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// HASH is Hive's hash() (GenericUDFHash): r = 31*r + hashCode(v) over the
// arguments in 32-bit arithmetic, starting from 0, where a NULL hashes to
// 0, a BOOLEAN to 1 or 0, a STRING to the String.hashCode-style sum over
// its UTF-8 bytes (as signed Java bytes; Hive's fix for HIVE-14453), a
// BIGINT to Java's Long.hashCode and a DOUBLE to Double.hashCode. These
// give the page's hash(0, 2, 4) = 66, hash(0, 'a') = 97 and
// hash(0, null) = hash(0, ”) = 0.
//
// Per type, as Hive's ObjectInspectorUtils.hashCode: TINYINT, SMALLINT
// and INT hash to their value, FLOAT to Float.floatToIntBits, DATE to its
// days since 1970-01-01, DATETIME and TIMESTAMP to TimestampWritable's
// fold of (seconds << 30 | nanos), VARCHAR and CHAR (trailing spaces
// stripped) to Text.hashCode (31*h + byte from 1).
//
// The result is BIGINT, and INT in the Hive-compatible edition (the
// page's syntax line and the data type editions page); the value is the
// same 32-bit number. mcsql's choice where nothing is documented: DECIMAL
// hashes its text (Hive's HiveDecimal hash is not reproduced).
func registerOtherHash(r registrar) {
	r.Register(fn("HASH", "BIGINT HASH(T value1, T value2, ...)",
		"Hive's hash of the arguments (31*h + hashCode(v), 32-bit; INT in the Hive-compatible edition); NULL and '' hash to 0",
		"select hash(0, 2, 4), hash(0, 'a'), hash(0, null); -- 66 97 0",
		intInHive(typedGeneric(hashTypes, hashImpl, hashSite)),
	))
	r.Register(volatile(fn("SAMPLE", "BOOLEAN SAMPLE(BIGINT x [, BIGINT y [, column_name, ...]])",
		"whether the row falls in portion y (default 1) of x by the hash of the columns, or at random without columns",
		"select count(*) from values (1), (2), (3), (4) t(c) where sample(2, 1, c); -- 2",
		&eval.Overload{Bind: eval.BindTypes(sampleTypes), NullSafe: true, Impl: sampleImpl, Prepare: prepareSample},
	)))
}

// hashableKind reports the kinds the page lists for the Hive-compatible edition
// (the widest list), plus TIMESTAMP.
func hashableKind(k eval.Kind) bool {
	return k.IsNumeric() || k.IsString() || k == eval.KindBoolean || k == eval.KindDatetime ||
		k == eval.KindDate || k == eval.KindTimestamp || k == eval.KindVoid
}

func hashTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) < 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("HASH", "at least 1", len(args))
	}
	for i, a := range args {
		if !hashableKind(a.Kind) {
			return nil, eval.Type{}, eval.ArgumentTypeError("HASH", i, a)
		}
	}
	return append([]eval.Type(nil), args...), eval.BigintType, nil
}

func hashImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	h, err := hiveHash(args)
	return int64(h), err
}

// hashSite picks each argument's hash code by its SQL type.
func hashSite(params []eval.Type, _ eval.Type) (eval.Impl, error) {
	codes := make([]func(eval.Value) (int32, error), len(params))
	for i, t := range params {
		codes[i] = hashCodeOf(t)
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) != len(codes) {
			return nil, internalError("got %d arguments, want %d", len(args), len(codes))
		}
		var r int32
		for i, a := range args {
			h := int32(0)
			if a != nil {
				var err error
				if h, err = codes[i](a); err != nil {
					return nil, err
				}
			}
			r = 31*r + h
		}
		return int64(r), nil
	}, nil
}

// hashCodeOf returns the hash code function of a type's values.
func hashCodeOf(t eval.Type) func(eval.Value) (int32, error) {
	switch t.Kind {
	case eval.KindTinyint, eval.KindSmallint, eval.KindInt:
		return func(v eval.Value) (int32, error) {
			x, ok := v.(int64)
			if !ok {
				return 0, internalError("hash of a %T as %s", v, t)
			}
			return int32(x), nil
		}
	case eval.KindFloat:
		return func(v eval.Value) (int32, error) {
			x, ok := v.(float64)
			if !ok {
				return 0, internalError("hash of a %T as %s", v, t)
			}
			f := float32(x)
			if f != f {
				return 0x7fc00000, nil // Float.floatToIntBits's canonical NaN
			}
			return int32(math.Float32bits(f)), nil
		}
	case eval.KindDate:
		return func(v eval.Value) (int32, error) {
			x, ok := v.(time.Time)
			if !ok {
				return 0, internalError("hash of a %T as %s", v, t)
			}
			return int32(x.Unix() / 86400), nil
		}
	case eval.KindDatetime, eval.KindTimestamp:
		return func(v eval.Value) (int32, error) {
			x, ok := v.(time.Time)
			if !ok {
				return 0, internalError("hash of a %T as %s", v, t)
			}
			return timestampHash(x), nil
		}
	case eval.KindVarchar, eval.KindChar:
		return func(v eval.Value) (int32, error) {
			x, ok := v.(string)
			if !ok {
				return 0, internalError("hash of a %T as %s", v, t)
			}
			if t.Kind == eval.KindChar {
				x = strings.TrimRight(x, " ")
			}
			return textHash(x), nil
		}
	}
	return hashCode
}

// textHash is Hadoop's Text.hashCode: 31*h + byte, from 1.
func textHash(s string) int32 {
	r := int32(1)
	for i := 0; i < len(s); i++ {
		r = 31*r + int32(int8(s[i]))
	}
	return r
}

// hiveHash combines the hash codes of vs as GenericUDFHash does.
func hiveHash(vs []eval.Value) (int32, error) {
	var r int32
	for _, v := range vs {
		h, err := hashCode(v)
		if err != nil {
			return 0, err
		}
		r = 31*r + h
	}
	return r, nil
}

// hashCode is the Java hash code Hive uses for one value.
func hashCode(v eval.Value) (int32, error) {
	switch x := v.(type) {
	case nil:
		return 0, nil
	case bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case int64:
		return int32(x ^ int64(uint64(x)>>32)), nil
	case float64:
		bits := math.Float64bits(x)
		if math.IsNaN(x) {
			bits = 0x7ff8000000000000 // Double.doubleToLongBits's canonical NaN
		}
		return int32(bits ^ bits>>32), nil
	case string:
		return bytesHash(x), nil
	case eval.Decimal:
		return bytesHash(eval.FormatValue(x, eval.DecimalType)), nil
	case time.Time:
		return timeHash(x), nil
	}
	return 0, internalError("hash of a %T", v)
}

// bytesHash is r = 31*r + b over the bytes as signed Java bytes.
func bytesHash(s string) int32 {
	var r int32
	for i := 0; i < len(s); i++ {
		r = 31*r + int32(int8(s[i]))
	}
	return r
}

// timeHash hashes a time value without its type (SAMPLE's columns, an
// unprepared HASH): a midnight reads as a DATE, anything else as a
// DATETIME.
func timeHash(t time.Time) int32 {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return int32(t.Unix() / 86400)
	}
	return timestampHash(t)
}

// timestampHash is Hive's TimestampWritable.hashCode: (seconds << 30 |
// nanos) folded to 32 bits. The seconds are those of the wall clock read
// as UTC.
func timestampHash(t time.Time) int32 {
	s := t.Unix()<<30 | int64(t.Nanosecond())
	return int32(s ^ int64(uint64(s)>>32))
}

func sampleTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) < 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("SAMPLE", "at least 1", len(args))
	}
	params := append([]eval.Type(nil), args...)
	for i := 0; i < len(args) && i < 2; i++ {
		// Integers stay as they are (all are int64 at run time), so that
		// a literal stays a constant for prepareSample.
		switch a := args[i]; {
		case a.Kind == eval.KindVoid:
			params[i] = eval.BigintType
		case !a.Kind.IsInteger():
			return nil, eval.Type{}, eval.ArgumentTypeError("SAMPLE", i, a)
		}
	}
	for i := 2; i < len(args); i++ {
		if args[i].Kind == eval.KindVoid {
			return nil, eval.Type{}, eval.Errorf(eval.CodeArgumentType,
				"sample: column_name %d is a constant NULL; give a column to hash, or no column to sample at random", i-1)
		}
		if !hashableKind(args[i].Kind) && args[i].Kind != eval.KindBinary {
			return nil, eval.Type{}, eval.ArgumentTypeError("SAMPLE", i, args[i])
		}
	}
	return params, eval.BooleanType, nil
}

// prepareSample checks that x and y are the constants the page requires
// and in range, once per statement.
func prepareSample(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	for i := 0; i < len(isConst) && i < 2; i++ {
		if !isConst[i] {
			return nil, eval.InvalidArgument("sample: argument %d must be a constant integer", i+1)
		}
	}
	if _, _, _, err := sampleXY(consts); err != nil {
		return nil, err
	}
	return sampleImpl, nil
}

// sampleXY reads x and y (y defaults to 1); ok is false when one is NULL.
func sampleXY(args []eval.Value) (x, y int64, ok bool, err error) {
	if len(args) == 0 || args[0] == nil || (len(args) > 1 && args[1] == nil) {
		return 0, 0, false, nil
	}
	x, xok := args[0].(int64)
	y, yok := int64(1), true
	if len(args) > 1 {
		y, yok = args[1].(int64)
	}
	if !xok || !yok {
		return 0, 0, false, internalError("sample: x and y are %T and %T, want int64", args[0], args[min(1, len(args)-1)])
	}
	if x <= 0 || y <= 0 || y > x {
		return 0, 0, false, eval.InvalidArgument("sample: x is %d and y is %d; both must be greater than 0 and y at most x", x, y)
	}
	return x, y, true, nil
}

// sampleImpl keeps a row when the hash of its columns falls in portion y
// of x; rows without columns, or whose columns are all NULL (spread
// uniformly, as the page says, to avoid skew), are assigned at random.
func sampleImpl(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	x, y, ok, err := sampleXY(args)
	if err != nil || !ok {
		return nil, err
	}
	cols := []eval.Value(nil)
	if len(args) > 2 {
		cols = args[2:]
	}
	allNull := true
	for _, c := range cols {
		allNull = allNull && c == nil
	}
	var bucket int64
	if allNull {
		if bucket, err = randomBucket(ctx, x); err != nil {
			return nil, err
		}
	} else {
		h, err := sampleHash(cols)
		if err != nil {
			return nil, err
		}
		bucket = (int64(h)%x + x) % x
	}
	return bucket == y-1, nil
}

// sampleHash is HASH over the columns, with a BINARY column hashed as
// its bytes.
func sampleHash(cols []eval.Value) (int32, error) {
	var r int32
	for _, c := range cols {
		var h int32
		var err error
		if b, ok := c.([]byte); ok {
			h = bytesHash(string(b))
		} else if h, err = hashCode(c); err != nil {
			return 0, err
		}
		r = 31*r + h
	}
	return r, nil
}

func randomBucket(ctx *eval.CallContext, x int64) (int64, error) {
	if ctx == nil || ctx.Rand == nil {
		return 0, internalError("the call context has no random source")
	}
	var b [8]byte
	if _, err := io.ReadFull(ctx.Rand, b[:]); err != nil {
		return 0, eval.InvalidArgument("sample: cannot read random bytes: %v", err)
	}
	return int64(binary.LittleEndian.Uint64(b[:]) % uint64(x)), nil
}
