package functions_test

import (
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// TestClockIsFixedPerStatement checks the GETDATE page's rule: the clock
// functions give one value for the whole statement, even when the clock
// moves between rows, and a new value for the next statement.
func TestClockIsFixedPerStatement(t *testing.T) {
	tick := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Now: func() time.Time {
		tick = tick.Add(time.Second) // every reading is a second later
		return tick
	}})
	rows := make([][]eval.Value, 5)
	for i := range rows {
		rows[i] = []eval.Value{int64(i)}
	}
	s.SetTableVariable("t", []eval.Column{{Name: "i", Type: eval.BigintType}}, rows)
	query := "select getdate(), now(), current_timestamp(), current_date(), unix_timestamp() from @t;"
	for _, name := range []string{"first statement", "second statement"} {
		t.Run(name, func(t *testing.T) {
			var first []eval.Value
			_, err := s.Query(query, func(row []eval.Value) error {
				if first == nil {
					first = append([]eval.Value(nil), row...)
					return nil
				}
				for i := range row {
					if row[i] != first[i] {
						t.Errorf("column %d: %v then %v within one statement", i, first[i], row[i])
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestGetdatePrecision checks the GETDATE page's note: the time is accurate
// to the second, and to the millisecond in the MaxCompute 2.0 data type
// edition.
func TestGetdatePrecision(t *testing.T) {
	tick := time.Date(2026, 1, 2, 3, 4, 5, 123456789, time.UTC)
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Now: func() time.Time { return tick }})
	for _, tc := range []struct {
		name, set string
		want      time.Time
	}{
		{"2.0 edition keeps milliseconds", "set odps.sql.type.system.odps2=true;", time.Date(2026, 1, 2, 11, 4, 5, 123000000, time.UTC)},
		{"1.0 edition reads seconds", "set odps.sql.type.system.odps2=false;", time.Date(2026, 1, 2, 11, 4, 5, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.Run(tc.set); err != nil {
				t.Fatal(err)
			}
			_, err := s.Query("select getdate();", func(row []eval.Value) error {
				if got, ok := row[0].(time.Time); !ok || !got.Equal(tc.want) {
					t.Errorf("getdate() = %v, want %v", row[0], tc.want)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
