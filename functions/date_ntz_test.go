package functions

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestDateNTZArguments checks that the functions whose pages list
// TIMESTAMP_NTZ take it without converting it (to STRING, say), and give
// the documented result type.
func TestDateNTZArguments(t *testing.T) {
	ntz, str, big := eval.TimestampNTZType, eval.StringType, eval.BigintType
	tests := []struct {
		name   string
		args   []eval.Type
		result eval.Type
	}{
		{"DATEADD", []eval.Type{ntz, big, str}, ntz},
		{"DATETRUNC", []eval.Type{ntz, str}, ntz},
		{"DATEDIFF", []eval.Type{ntz, ntz, str}, big},
		{"DATEDIFF", []eval.Type{ntz, ntz}, eval.IntType},
		{"DATEPART", []eval.Type{ntz, str}, big},
		{"DATE_FORMAT", []eval.Type{ntz, str}, str},
		{"TO_CHAR", []eval.Type{ntz, str}, str},
		{"YEAR", []eval.Type{ntz}, eval.IntType},
		{"MONTH", []eval.Type{ntz}, eval.IntType},
		{"DAY", []eval.Type{ntz}, eval.IntType},
		{"HOUR", []eval.Type{ntz}, eval.IntType},
		{"WEEKOFYEAR", []eval.Type{ntz}, eval.IntType}, // the newest page: INT for DATE, TIMESTAMP and TIMESTAMP_NTZ
		{"LAST_DAY", []eval.Type{ntz}, str},
		{"LAST_DAY", []eval.Type{ntz, str}, eval.DateType},
		{"ADD_MONTHS", []eval.Type{ntz, eval.IntType}, str},
		{"UNIX_TIMESTAMP", []eval.Type{ntz}, big},
		{"TO_MILLIS", []eval.Type{ntz}, big},
	}
	reg := NewRegistry()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := reg.Lookup(tt.name)
			if !ok {
				t.Fatalf("%s is not registered", tt.name)
			}
			res, err := f.Resolve(&eval.CallSite{Args: tt.args})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Params[0].Equal(ntz) {
				t.Errorf("the date converts to %s, want TIMESTAMP_NTZ as is", res.Params[0])
			}
			if !res.Result.Equal(tt.result) {
				t.Errorf("result %s, want %s", res.Result, tt.result)
			}
		})
	}
}
