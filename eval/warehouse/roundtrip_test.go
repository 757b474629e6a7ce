package warehouse

import (
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

func dec(s string, scale int) eval.Decimal {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad test decimal " + s)
	}
	return eval.Decimal{Rat: r, Scale: scale}
}

func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

var (
	innerStruct = eval.StructOf(
		eval.Field{Name: "s", Type: eval.StringType},
		eval.Field{Name: "d", Type: eval.Type{Kind: eval.KindDecimal, Precision: 20, Scale: 5}},
		eval.Field{Name: "ts", Type: eval.TimestampType},
		eval.Field{Name: "flags", Type: eval.ArrayOf(eval.BooleanType)},
		eval.Field{Name: "bin", Type: eval.BinaryType},
		eval.Field{Name: "f", Type: eval.FloatType},
	)
	// everyType has a column of every type, nested ones included.
	everyType = []eval.Column{
		{Name: "ti", Type: eval.TinyintType}, {Name: "si", Type: eval.SmallintType},
		{Name: "i", Type: eval.IntType}, {Name: "bi", Type: eval.BigintType},
		{Name: "f", Type: eval.FloatType}, {Name: "d", Type: eval.DoubleType},
		{Name: "dec", Type: eval.DecimalType}, {Name: "dec10_2", Type: eval.Type{Kind: eval.KindDecimal, Precision: 10, Scale: 2}},
		{Name: "s", Type: eval.StringType}, {Name: "vc", Type: eval.Type{Kind: eval.KindVarchar, Len: 5}},
		{Name: "ch", Type: eval.Type{Kind: eval.KindChar, Len: 3}}, {Name: "bin", Type: eval.BinaryType},
		{Name: "b", Type: eval.BooleanType}, {Name: "dt", Type: eval.DateType},
		{Name: "dtm", Type: eval.DatetimeType}, {Name: "ts", Type: eval.TimestampType},
		{Name: "arr", Type: eval.ArrayOf(eval.StringType)},
		{Name: "arr2", Type: eval.ArrayOf(eval.ArrayOf(eval.BigintType))},
		{Name: "m", Type: eval.MapOf(eval.StringType, eval.DoubleType)},
		{Name: "m2", Type: eval.MapOf(eval.BigintType, innerStruct)},
		{Name: "st", Type: innerStruct},
	}
)

func ts(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04:05.999999999", s)
	if err != nil {
		panic(err)
	}
	return t
}

func innerValue(s string, bin []byte) *eval.Struct {
	return &eval.Struct{Fields: []eval.Value{
		s, dec("-12345678901234.56789", 5), ts("2024-02-29 23:59:59.123456789"),
		[]eval.Value{true, nil, false}, bin, float64(float32(1.5)),
	}}
}

// everyTypeRows are rows of everyType: extremes, a row of NULLs, and
// nested values holding NULLs and awkward bytes.
func everyTypeRows() [][]eval.Value {
	negZero := math.Copysign(0, -1)
	full := []eval.Value{
		int64(-128), int64(32767), int64(math.MinInt32), int64(math.MaxInt64),
		float64(float32(0.1)), math.SmallestNonzeroFloat64,
		dec("12345678901234567890.123456789012345678", 18), dec("-0.50", 2),
		"a\x00b\xff\xfe" + "终", "hello", "ab ", allBytes(),
		true, ts("0001-01-01 00:00:00"), ts("9999-12-31 23:59:59.999"), ts("1970-01-01 00:00:00.000000001"),
		[]eval.Value{"x", nil, "", "\xff"},
		[]eval.Value{[]eval.Value{int64(1), int64(-2)}, nil, []eval.Value{}},
		&eval.Map{Keys: []eval.Value{"nan", "inf", "negzero", "null"}, Values: []eval.Value{math.NaN(), math.Inf(-1), negZero, nil}},
		&eval.Map{Keys: []eval.Value{int64(7), int64(-1)}, Values: []eval.Value{innerValue("\x00\xc3", allBytes()), nil}},
		innerValue("plain", []byte{}),
	}
	nulls := make([]eval.Value, len(everyType))
	other := []eval.Value{
		int64(127), int64(-32768), int64(math.MaxInt32), int64(math.MinInt64),
		math.Inf(1), negZero,
		dec("1", 3), dec("1", 3), // 1/3: no exact decimal at scale 3, kept as a fraction
		"", "", "", []byte{},
		false, ts("2024-06-30 00:00:00"), ts("2024-06-30 12:34:56"), ts("2024-06-30 12:34:56.5"),
		[]eval.Value{}, []eval.Value{}, &eval.Map{}, &eval.Map{},
		&eval.Struct{Fields: make([]eval.Value, 6)},
	}
	other[6] = eval.Decimal{Rat: big.NewRat(1, 3), Scale: 3}
	other[7] = eval.Decimal{Rat: big.NewRat(-7, 1), Scale: 2}
	other[5] = math.NaN()
	return [][]eval.Value{full, nulls, other}
}

func TestEveryTypeRoundTrip(t *testing.T) {
	w, path := openFile(t)
	info := eval.TableInfo{Name: "every", Columns: everyType}
	rows := everyTypeRows()
	tx := begin(t, w)
	mustCreate(t, tx, info)
	mustInsert(t, tx, "every", false, rows)
	checkRows := func(t *testing.T, tx eval.Tx) {
		got := scanAll(t, tx, "every")
		if len(got) != len(rows) {
			t.Fatalf("got %d rows, want %d", len(got), len(rows))
		}
		for r := range rows {
			for c := range everyType {
				if !sameValue(rows[r][c], got[r][c]) {
					t.Errorf("row %d column %s: got %#v, want %#v", r, everyType[c].Name, got[r][c], rows[r][c])
				}
			}
		}
	}
	t.Run("same transaction", func(t *testing.T) { checkRows(t, tx) })
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	w2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	tx2 := begin(t, w2)
	t.Run("reopened", func(t *testing.T) { checkRows(t, tx2) })
	t.Run("catalog", func(t *testing.T) {
		got, err := tx2.Table("every")
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range got.Columns {
			if c.Name != everyType[i].Name || !c.Type.Equal(everyType[i].Type) {
				t.Errorf("column %d = %s %s, want %s %s", i, c.Name, c.Type, everyType[i].Name, everyType[i].Type)
			}
		}
		if len(got.Columns) != len(everyType) {
			t.Errorf("%d columns, want %d", len(got.Columns), len(everyType))
		}
	})
}

func TestFloatRoundedOnTheWayIn(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, eval.TableInfo{Name: "f", Columns: []eval.Column{{Name: "f", Type: eval.FloatType}}})
	mustInsert(t, tx, "f", false, [][]eval.Value{{0.1}, {1e300}})
	got := scanAll(t, tx, "f")
	want := [][]eval.Value{{float64(float32(0.1))}, {math.Inf(1)}}
	if !sameRows(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestInsertBadValues(t *testing.T) {
	tests := []struct {
		name string
		col  eval.Type
		row  []eval.Value
		want string
	}{
		{"go type", eval.BigintType, []eval.Value{"1"}, "insert into t, column c: a Go string value is not a BIGINT value"},
		{"tinyint range", eval.TinyintType, []eval.Value{int64(128)}, "insert into t, column c: 128 is out of the range of TINYINT"},
		{"int range", eval.IntType, []eval.Value{int64(math.MinInt32 - 1)}, "insert into t, column c: -2147483649 is out of the range of INT"},
		{"year", eval.DateType, []eval.Value{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, "insert into t, column c: year 10000 is out of the range 0000-9999"},
		{"row length", eval.BigintType, []eval.Value{int64(1), int64(2)}, "insert into t: a row has 2 values, the table has 1 columns"},
		{"struct arity", eval.StructOf(eval.Field{Name: "a", Type: eval.IntType}), []eval.Value{&eval.Struct{}}, "insert into t, column c: a Go *eval.Struct value is not a STRUCT<a:INT> value"},
		{"nested element", eval.ArrayOf(eval.IntType), []eval.Value{[]eval.Value{"x"}}, "insert into t, column c: a Go string value is not a INT value"},
		{"void", eval.VoidType, []eval.Value{int64(1)}, "insert into t, column c: a Go int64 value is not a VOID value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := openMemory(t)
			tx := begin(t, w)
			mustCreate(t, tx, eval.TableInfo{Name: "t", Columns: []eval.Column{{Name: "c", Type: tc.col}}})
			_, err := tx.Insert("t", false, nil, source([][]eval.Value{tc.row}))
			if err == nil || !strings.HasSuffix(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "ODPS-0121095:") {
				t.Fatalf("Insert error = %v, want ODPS-0121095 ... %s", err, tc.want)
			}
			if got := scanAll(t, tx, "t"); len(got) != 0 {
				t.Fatalf("failed Insert left %d rows", len(got))
			}
		})
	}
}
