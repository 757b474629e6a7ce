package functions

import (
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestDocs fails when a registered function lacks help text: the REPL's
// help and the README table are generated from it.
func TestDocs(t *testing.T) {
	r := NewRegistry()
	for _, name := range r.Names() {
		t.Run(name, func(t *testing.T) {
			f, _ := r.Lookup(name)
			d := f.Doc
			if d.Signature == "" || d.Description == "" || d.Example == "" {
				t.Fatalf("%s: incomplete doc %+v", name, d)
			}
			if !strings.Contains(d.Signature, f.Name+"(") && !strings.Contains(d.Signature, f.Name+"|") {
				t.Errorf("%s: signature %q does not name the function", name, d.Signature)
			}
			if !strings.Contains(d.Signature, name) {
				t.Errorf("%s: signature %q does not mention the alias", name, d.Signature)
			}
			if !strings.HasPrefix(d.Example, "select ") || !strings.Contains(d.Example, "; -- ") {
				t.Errorf("%s: example %q is not `select ...; -- result`", name, d.Example)
			}
			if len(f.Overloads) == 0 {
				t.Errorf("%s: no overloads", name)
			}
		})
	}
}

// volatile lists the functions that give a new value per call: the clock,
// randomness, new key material or ids, and randomized (AES-GCM) encryption.
// One section per documentation group, so that each family adds its own.
var volatileNames = map[string]bool{
	// encryption
	"NEW_KEYSET": true, "ROTATE_KEYSET": true, "ADD_KEY_TO_KEYSET": true, "ENHANCED_SYM_ENCRYPT": true,
	"NEW_WRAPPED_KEYSET": true, "REWRAP_KEYSET": true, "ROTATE_WRAPPED_KEYSET": true,
	"SYM_ENCRYPT": true,

	// string

	// math
	"RAND": true,

	// date
	"GETDATE": true, "NOW": true, "CURRENT_DATE": true, "CURRENT_TIMESTAMP": true,
	"UNIX_TIMESTAMP": true, // unix_timestamp() reads the clock
	"CURRENT_MICROS": true, "CURRENT_TIMESTAMP_NTZ": true,

	// complex type
	"SHUFFLE": true,

	// JSON

	// other
	"UUID": true, "UNIQUE_ID": true, "SAMPLE": true,
}

// TestVolatile checks that exactly the functions giving a new value per
// call are marked, so the compiler never folds them into constants.
func TestVolatile(t *testing.T) {
	r := NewRegistry()
	for _, name := range r.Names() {
		t.Run(name, func(t *testing.T) {
			f, _ := r.Lookup(name)
			want := volatileNames[name]
			if f.Volatile != want {
				t.Errorf("%s: Volatile = %v, want %v", name, f.Volatile, want)
			}
		})
	}
}

func TestLookupIsCaseInsensitive(t *testing.T) {
	r := NewRegistry()
	for _, name := range []string{"hex", "Unhex", "get_json_object", "substring", "sha"} {
		t.Run(name, func(t *testing.T) {
			if _, ok := r.Lookup(name); !ok {
				t.Errorf("Lookup(%q) found nothing", name)
			}
		})
	}
}

func TestRegisterTwicePanics(t *testing.T) {
	r := NewRegistry()
	defer func() {
		if recover() == nil {
			t.Error("registering the functions twice did not panic")
		}
	}()
	Register(r)
}

func TestResolutionErrors(t *testing.T) {
	runCases(t, []testCase{
		{name: "hex()", fn: "hex", args: args(), code: eval.CodeArgumentCount,
			err: "function hex needs 1 parameters, actually have 0"},
		{name: "unhex(x'61')", fn: "unhex", args: args([]byte("a")), code: eval.CodeArgumentType,
			err: "invalid type BINARY of argument 1 for function unhex"},
		{name: "base64('a')", fn: "base64", args: args("a"), code: eval.CodeArgumentType,
			err: "invalid type STRING of argument 1 for function base64" + stringToBinaryHint},
		{name: "substr('a')", fn: "substr", args: args("a"), code: eval.CodeArgumentCount,
			err: "function substr needs 2 to 3 parameters, actually have 1"},
		{name: "concat('a', x'62')", fn: "concat", args: args("a", []byte("b")), code: eval.CodeArgumentType,
			err: "invalid type BINARY of argument 2 for function concat"},
		{name: "md5(true)", fn: "md5", args: args(true), code: eval.CodeArgumentType,
			err: "invalid type BOOLEAN of argument 1 for function md5"},
	})
}

// TestResolve checks which overload eval picks, through the parameter
// types arguments are converted to and the result type.
func TestResolve(t *testing.T) {
	varchar := eval.Type{Kind: eval.KindVarchar, Len: 5}
	cases := []struct {
		name   string
		fn     string
		args   []eval.Type
		params []eval.Type
		result eval.Type
	}{
		{"hex(INT) takes the integer overload unconverted", "hex", types(eval.IntType), types(eval.IntType), eval.StringType},
		{"hex(VARCHAR) takes the string overload", "hex", types(varchar), types(varchar), eval.StringType},
		{"hex(FLOAT) prints as FLOAT", "hex", types(eval.FloatType), types(eval.FloatType), eval.StringType},
		{"hex(DATETIME) hexes its text", "hex", types(eval.DatetimeType), types(eval.StringType), eval.StringType},
		{"unhex(INT) converts to STRING", "unhex", types(eval.IntType), types(eval.StringType), eval.BinaryType},
		{"unhex(NULL)", "unhex", types(eval.VoidType), types(eval.StringType), eval.BinaryType},
		{"concat(STRING, BIGINT)", "concat", types(eval.StringType, eval.BigintType), types(eval.StringType, eval.StringType), eval.StringType},
		{"concat(BINARY, BINARY)", "concat", types(eval.BinaryType, eval.BinaryType), types(eval.BinaryType, eval.BinaryType), eval.BinaryType},
		{"md5(BINARY)", "md5", types(eval.BinaryType), types(eval.BinaryType), eval.StringType},
		{"abs(INT) widens to BIGINT", "abs", types(eval.IntType), types(eval.BigintType), eval.BigintType},
		{"abs(STRING) is read as DOUBLE", "abs", types(eval.StringType), types(eval.DoubleType), eval.DoubleType},
		{"abs(DECIMAL)", "abs", types(eval.DecimalType), types(eval.DecimalType), eval.DecimalType},
		{"round(DOUBLE, INT)", "round", types(eval.DoubleType, eval.IntType), types(eval.DoubleType, eval.BigintType), eval.DoubleType},
		{"round(BIGINT) is read as DOUBLE", "round", types(eval.BigintType), types(eval.DoubleType), eval.DoubleType},
		{"floor(DOUBLE)", "floor", types(eval.DoubleType), types(eval.DoubleType), eval.BigintType},
		{"to_char(BOOLEAN)", "to_char", types(eval.BooleanType), types(eval.BooleanType), eval.StringType},
		{"dateadd(STRING, INT, STRING)", "dateadd", types(eval.StringType, eval.IntType, eval.StringType),
			types(eval.DatetimeType, eval.IntType, eval.StringType), eval.DatetimeType},
		{"dateadd(DATE, BIGINT, STRING)", "dateadd", types(eval.DateType, eval.BigintType, eval.StringType),
			types(eval.DateType, eval.BigintType, eval.StringType), eval.DateType},
		{"sha2(STRING, INT)", "sha2", types(eval.StringType, eval.IntType), types(eval.StringType, eval.IntType), eval.StringType},
	}
	r := NewRegistry()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := r.Lookup(tc.fn)
			res, err := f.Resolve(&eval.CallSite{Args: tc.args})
			if err != nil {
				t.Fatalf("Resolve: %v", err)
			}
			if !sameTypes(res.Params, tc.params) || !res.Result.Equal(tc.result) {
				t.Errorf("params %v result %v, want params %v result %v", res.Params, res.Result, tc.params, tc.result)
			}
		})
	}
}

// TestInternalErrors checks that an adapter given values eval should
// never pass reports an error instead of panicking.
func TestInternalErrors(t *testing.T) {
	r := NewRegistry()
	impl := func(name string, overload int) eval.Impl {
		f, _ := r.Lookup(name)
		return f.Overloads[overload].Impl
	}
	cases := []struct {
		name string
		impl eval.Impl
		args []eval.Value
		msg  string
	}{
		{"hex(STRING) given an int64", impl("hex", 4), args(int64(1)), "internal error: argument 1 is int64, want string"},
		{"hex given two arguments", impl("hex", 0), args(int64(1), int64(2)), "internal error: got 2 arguments, want 1"},
		{"substr given a string start", impl("substr", 0), args("abc", "1"), "internal error: substr: start_position and length must be integers"},
		{"dateadd given a string unit count", impl("dateadd", 0), args(dt("2024-01-01 00:00:00"), int64(1), 5),
			"internal error: date part is int, want string"},
		{"concat given a binary", impl("concat", 0), args("a", []byte("b")), "internal error: argument 2 is []uint8, want string"},
		{"split_part given three arguments", impl("split_part", 1), args("a", ",", int64(1)), "internal error: got 3 arguments, want 4"},
		{"isnull given none", impl("isnull", 0), args(), "internal error: got 0 arguments, want 1"},
		{"getdate given one", impl("getdate", 0), args(int64(1)), "internal error: got 1 arguments, want 0"},
		{"if given two", impl("if", 0), args(true, int64(1)), "internal error: got 2 arguments, want 3"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.impl(testContext(), tc.args)
			checkError(t, err, "", tc.msg)
		})
	}
}

// TestSuggestions checks that common misspellings of real function names
// suggest the intended function first.
func TestSuggestions(t *testing.T) {
	r := NewRegistry()
	tests := map[string]string{
		"regexp_replac": "REGEXP_REPLACE", "regex_replace": "REGEXP_REPLACE", "cnt": "COUNT",
		"date_diff": "DATEDIFF", "substring_idx": "SUBSTRING_INDEX", "concat_sw": "CONCAT_WS",
		"arary_contains": "ARRAY_CONTAINS", "json_extact": "JSON_EXTRACT", "get_json": "GET_JSON_OBJECT",
		"weekofyaer": "WEEKOFYEAR", "nvl2": "NVL",
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			got := r.Suggest(name)
			if len(got) == 0 || got[0] != want {
				t.Errorf("Suggest(%q) = %q, want %s first", name, got, want)
			}
		})
	}
}
