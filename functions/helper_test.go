package functions

import (
	"bytes"
	"errors"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// testZone stands for the session time zone (Asia/Shanghai has no DST, so a
// fixed zone is exact and needs no tzdata).
var testZone = time.FixedZone("UTC+8", 8*3600)

// testNow is 2024-05-01 12:34:56.789 in testZone.
var testNow = time.Date(2024, 5, 1, 4, 34, 56, 789123456, time.UTC)

func testContext() *eval.CallContext {
	return &eval.CallContext{
		Rand:     bytes.NewReader([]byte{0x80, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}),
		Now:      func() time.Time { return testNow },
		Location: testZone,
	}
}

// call resolves name for the arguments' types in a fresh NewRegistry(),
// applies the NULL rule and runs the overload. It converts nothing: args
// must already have the representation of the resolved parameter kinds.
func call(name string, types []eval.Type, args []eval.Value) (eval.Value, error) {
	f, ok := NewRegistry().Lookup(name)
	if !ok {
		return nil, errors.New("no function " + name)
	}
	if types == nil {
		types = typesOf(args)
	}
	res, err := f.Resolve(&eval.CallSite{Args: types})
	if err != nil {
		return nil, err
	}
	if !res.Overload.NullSafe {
		for _, a := range args {
			if a == nil {
				return nil, nil
			}
		}
	}
	return res.Impl(testContext(), args)
}

// typesOf infers each argument's static type from its Go representation.
func typesOf(args []eval.Value) []eval.Type {
	types := make([]eval.Type, len(args))
	for i, a := range args {
		switch a.(type) {
		case nil:
			types[i] = eval.VoidType
		case int64:
			types[i] = eval.BigintType
		case float64:
			types[i] = eval.DoubleType
		case eval.Decimal:
			types[i] = eval.DecimalType
		case string:
			types[i] = eval.StringType
		case []byte:
			types[i] = eval.BinaryType
		case bool:
			types[i] = eval.BooleanType
		case time.Time:
			types[i] = eval.DatetimeType
		}
	}
	return types
}

// testCase is one call. types, when nil, is inferred from args. err, when
// set, is the exact detail of the expected error and code its ODPS code
// (ODPS-0121095 Invalid argument when empty).
type testCase struct {
	name  string
	fn    string
	types []eval.Type
	args  []eval.Value
	want  eval.Value
	err   string
	code  string
}

func runCases(t *testing.T, cases []testCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := call(tc.fn, tc.types, tc.args)
			if tc.err != "" {
				checkError(t, err, tc.code, tc.err)
				return
			}
			if err != nil {
				t.Fatalf("%s: unexpected error %v", tc.name, err)
			}
			if !sameValue(got, tc.want) {
				t.Errorf("%s = %#v (%T), want %#v (%T)", tc.name, got, got, tc.want, tc.want)
			}
		})
	}
}

func checkError(t *testing.T, err error, code, msg string) {
	t.Helper()
	if code == "" {
		code = eval.CodeInvalidArgument
	}
	var e *eval.Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v, want *eval.Error ODPS-%s %q", err, code, msg)
	}
	if e.Code != code || e.Msg != msg || e.HasPos {
		t.Errorf("error = ODPS-%s %q (positioned %v), want ODPS-%s %q without position", e.Code, e.Msg, e.HasPos, code, msg)
	}
}

// sameValue compares values exactly; DECIMALs by value and scale, since
// big.Rat's internal form is not canonical for reflect.DeepEqual.
func sameValue(got, want eval.Value) bool {
	if g, ok := got.(eval.Decimal); ok {
		w, ok := want.(eval.Decimal)
		return ok && g.Rat.Cmp(w.Rat) == 0 && g.Scale == w.Scale
	}
	return reflect.DeepEqual(got, want)
}

func args(vs ...eval.Value) []eval.Value { return vs }

func types(ts ...eval.Type) []eval.Type { return ts }

func dec(s string, scale int) eval.Decimal {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad decimal in test: " + s)
	}
	return eval.Decimal{Rat: r, Scale: scale}
}

func dt(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04:05.000", s)
	if err != nil {
		t, err = time.Parse(time.DateTime, s)
	}
	if err != nil {
		panic("bad datetime in test: " + s)
	}
	return t
}

// stringToBinaryHint ends the error of a STRING argument where a BINARY
// goes, when the argument is not a constant (eval/registry_hint.go).
const stringToBinaryHint = "; a STRING does not convert to BINARY implicitly: wrap Base64 text in UNBASE64(...), " +
	"hex in UNHEX(...), or use CAST(... AS BINARY) for the text's own bytes"
