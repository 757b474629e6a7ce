package functions

import (
	"math/big"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestEditionResultTypes checks the result types that depend on the data
// type edition (editions.go), and the values the Hive-compatible Impls give.
func TestEditionResultTypes(t *testing.T) {
	dec := eval.Type{Kind: eval.KindDecimal, Precision: 10, Scale: 2}
	minus75 := eval.Decimal{Rat: big.NewRat(-15, 2), Scale: 2}
	tests := []struct {
		fn         string
		args       []eval.Type
		vals       []eval.Value
		v2, hive   eval.Type
		hiveResult string // the Hive-compatible call's value, printed with %v
	}{
		{"HASH", []eval.Type{eval.IntType, eval.IntType}, []eval.Value{int64(0), int64(2)}, eval.BigintType, eval.IntType, "2"},
		{"LENGTH", []eval.Type{eval.StringType}, []eval.Value{"abc"}, eval.BigintType, eval.IntType, "3"},
		{"LENGTHB", []eval.Type{eval.StringType}, []eval.Value{"中"}, eval.BigintType, eval.IntType, "3"},
		{"INSTR", []eval.Type{eval.StringType, eval.StringType}, []eval.Value{"abc", "c"}, eval.BigintType, eval.IntType, "3"},
		{"FIND_IN_SET", []eval.Type{eval.StringType, eval.StringType}, []eval.Value{"b", "a,b"}, eval.BigintType, eval.IntType, "2"},
		{"SIGN", []eval.Type{dec}, []eval.Value{minus75}, eval.BigintType, eval.IntType, "-1"},
		{"SIGN", []eval.Type{eval.DoubleType}, []eval.Value{-7.5}, eval.DoubleType, eval.DoubleType, "-1"},
		{"FLOOR", []eval.Type{dec}, []eval.Value{minus75}, eval.BigintType, eval.Type{Kind: eval.KindDecimal, Precision: 9}, "{-8/1 0}"},
		{"CEIL", []eval.Type{dec}, []eval.Value{minus75}, eval.BigintType, eval.Type{Kind: eval.KindDecimal, Precision: 9}, "{-7/1 0}"},
		{"FLOOR", []eval.Type{eval.DoubleType}, []eval.Value{-7.5}, eval.BigintType, eval.BigintType, "-8"},
		{"FROM_UNIXTIME", []eval.Type{eval.BigintType}, []eval.Value{int64(0)}, eval.DatetimeType, eval.StringType, "1970-01-01 08:00:00"},
	}
	hive := testContext()
	hive.SetFlag("odps.sql.hive.compatible", "true")
	for _, tc := range tests {
		t.Run(tc.fn+"("+tc.args[0].String()+")", func(t *testing.T) {
			f, _ := NewRegistry().Lookup(tc.fn)
			v2, err := f.Resolve(&eval.CallSite{Args: tc.args})
			if err != nil || !v2.Result.Equal(tc.v2) {
				t.Fatalf("2.0 edition: %v, %v; want %s", v2, err, tc.v2)
			}
			h, err := f.Resolve(&eval.CallSite{Ctx: hive, Args: tc.args})
			if err != nil || !h.Result.Equal(tc.hive) {
				t.Fatalf("Hive-compatible edition: %v, %v; want %s", h, err, tc.hive)
			}
			got, err := h.Impl(hive, tc.vals)
			if err != nil {
				t.Fatal(err)
			}
			if s := fmtValue(got); s != tc.hiveResult {
				t.Errorf("Hive-compatible value %s, want %s", s, tc.hiveResult)
			}
		})
	}
}

// fmtValue prints a value for the table above: a Decimal as {rat scale},
// a float without its zero fraction.
func fmtValue(v eval.Value) string {
	switch x := v.(type) {
	case eval.Decimal:
		return "{" + x.Rat.String() + " " + big.NewInt(int64(x.Scale)).String() + "}"
	case float64:
		return big.NewFloat(x).Text('g', -1)
	case int64:
		return big.NewInt(x).String()
	case string:
		return x
	}
	return "?"
}
