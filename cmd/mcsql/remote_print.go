package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/parser"
)

// resultRowCap is the most rows MaxCompute puts in a task's result; a
// result that reaches it may have been cut, so its rows are read again
// through the instance tunnel.
const resultRowCap = 10000

// resultByteCap: MaxCompute also cuts a result at 10 MB, where it is not
// said (a record boundary below it), so a result within 1 MB of the cap
// is read through the tunnel too; a false alarm costs one download.
const resultByteCap = 9 << 20

// nullCSV is NULL in MaxCompute's CSV results.
const nullCSV = `\N`

// printResult prints a successful script's result on stdout as a local
// run prints it: the HumanReadable table MaxCompute rendered, as it is;
// with -M, its CSV re-printed by mcsql's CSV printer (so NULL and the
// empty string stay apart as locally); a result at the row cap, through
// the instance tunnel and mcsql's printers.
func (r *remoteRun) printResult(ctx context.Context, id, text string) error {
	if text == "" {
		return nil // no statement printed anything
	}
	if r.csv && !isTable(text) {
		cols, rows, err := parseResultCSV(text)
		if err != nil {
			return err
		}
		if len(rows) >= resultRowCap || len(text) >= resultByteCap {
			return r.download(ctx, id)
		}
		return printTextRows(eval.NewCSVWriter(r.stdout), cols, rows)
	}
	if tableRows(text) >= resultRowCap || len(text) >= resultByteCap {
		return r.download(ctx, id)
	}
	_, err := io.WriteString(r.stdout, text)
	return err
}

// parseResultCSV reads MaxCompute's CSV result: a header line, then rows
// of text where \N is NULL (nil).
func parseResultCSV(text string) (cols []string, rows [][]*string, err error) {
	rd := csv.NewReader(strings.NewReader(text))
	rd.FieldsPerRecord = 0 // every row as long as the header
	rd.LazyQuotes = true   // a stray quote inside a field is text, not an error
	records, err := rd.ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("MaxCompute's CSV result does not parse: %w", err)
	}
	if len(records) == 0 {
		return nil, nil, errors.New("MaxCompute's CSV result has no header line")
	}
	rows = make([][]*string, len(records)-1)
	for i, rec := range records[1:] {
		rows[i] = make([]*string, len(rec))
		for j := range rec {
			if rec[j] != nullCSV {
				rows[i][j] = &rec[j]
			}
		}
	}
	return records[0], rows, nil
}

// printTextRows prints text cells through a local printer, as STRING
// columns (CSV carries no types).
func printTextRows(w eval.ResultWriter, names []string, rows [][]*string) error {
	cols := make([]eval.Column, len(names))
	for i, n := range names {
		cols[i] = eval.Column{Name: n, Type: eval.StringType}
	}
	if err := w.Begin(cols); err != nil {
		return err
	}
	vals := make([]eval.Value, len(names))
	for _, row := range rows {
		for i, cell := range row {
			vals[i] = nil
			if cell != nil {
				vals[i] = *cell
			}
		}
		if err := w.Row(vals); err != nil {
			return err
		}
	}
	return w.End()
}

// isTable reports whether a result is a framed table rather than CSV:
// what DESC, EXPLAIN and the like print even under -M, as locally.
func isTable(text string) bool { return strings.HasPrefix(text, "+-") }

// tableRows counts the data lines of an odpscmd table (the lines that
// start with '|', less the header).
func tableRows(text string) int {
	if !isTable(text) {
		return 0
	}
	return max(strings.Count(text, "\n|")-1, 0)
}

// download prints the whole result from the instance tunnel, typed,
// through the local table or CSV printer.
func (r *remoteRun) download(ctx context.Context, id string) error {
	var w eval.ResultWriter
	if r.csv {
		w = eval.NewCSVWriter(r.stdout)
	} else {
		w = eval.NewTableWriter(r.stdout)
	}
	var cols []eval.Column
	var vals []eval.Value
	err := r.api.Download(ctx, id, func(rc []remoteColumn, row []any) error {
		if cols == nil {
			cols = tunnelColumns(rc)
			vals = make([]eval.Value, len(cols))
			if err := w.Begin(cols); err != nil {
				return err
			}
		}
		if len(row) != len(cols) {
			return fmt.Errorf("the instance tunnel sent a row of %d values for %d columns", len(row), len(cols))
		}
		for i, v := range row {
			vals[i] = tunnelValue(v, cols[i].Type, r.location)
		}
		return w.Row(vals)
	})
	if err != nil || cols == nil {
		return err
	}
	return w.End()
}

// tunnelColumns converts the tunnel's schema to printer columns; a type
// mcsql cannot read prints as text.
func tunnelColumns(rc []remoteColumn) []eval.Column {
	cols := make([]eval.Column, len(rc))
	for i, c := range rc {
		t, err := typeNamed(c.Type)
		if err != nil {
			t = eval.StringType
		}
		cols[i] = eval.Column{Name: c.Name, Type: t}
	}
	return cols
}

// typeNamed parses a type name of the tunnel's schema (bigint,
// decimal(10,2), array<string>...) with mcsql's own grammar.
func typeNamed(name string) (eval.Type, error) {
	if strings.ContainsAny(name, ";'\"`") {
		return eval.Type{}, fmt.Errorf("bad type name %q", name)
	}
	script, err := parser.Parse("@v " + name + ";")
	if err != nil || len(script.Stmts) != 1 {
		return eval.Type{}, fmt.Errorf("bad type name %q", name)
	}
	decl, ok := script.Stmts[0].(*parser.DeclareStmt)
	if !ok || decl.Type == nil {
		return eval.Type{}, fmt.Errorf("bad type name %q", name)
	}
	return eval.TypeOf(decl.Type)
}

// remoteMap is a MAP value from the tunnel, keys and values in order.
type remoteMap struct{ Keys, Values []any }

// tunnelValue converts a decoded tunnel value to the Go value mcsql's
// printers take for t (eval.Value): integers int64, floats float64,
// DECIMAL an eval.Decimal, DATETIME and TIMESTAMP (instants) the wall
// clock of loc held in UTC, ARRAY, MAP and STRUCT element by element.
func tunnelValue(v any, t eval.Type, loc *time.Location) eval.Value {
	switch x := v.(type) {
	case nil:
		return nil
	case int64, float64, bool:
		return x
	case float32:
		return float64(x)
	case time.Time:
		return wallClock(x, t, loc)
	case []byte:
		if t.Kind == eval.KindBinary {
			return x
		}
		return string(x)
	case string:
		return textValue(x, t)
	case []any:
		return compositeValue(x, t, loc)
	case remoteMap:
		if t.Kind != eval.KindMap {
			return fmt.Sprint(x)
		}
		m := &eval.Map{Keys: make([]eval.Value, len(x.Keys)), Values: make([]eval.Value, len(x.Values))}
		for i := range x.Keys {
			m.Keys[i] = tunnelValue(x.Keys[i], *t.Key, loc)
		}
		for i := range x.Values {
			m.Values[i] = tunnelValue(x.Values[i], *t.Elem, loc)
		}
		return m
	}
	return fmt.Sprint(v)
}

// wallClock is an instant as mcsql holds DATETIME and TIMESTAMP: the wall
// clock of the session's zone, in UTC. DATE and TIMESTAMP_NTZ carry no
// zone and stay as they are.
func wallClock(x time.Time, t eval.Type, loc *time.Location) time.Time {
	if loc == nil || (t.Kind != eval.KindDatetime && t.Kind != eval.KindTimestamp) {
		return x.UTC()
	}
	w := x.In(loc)
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), time.UTC)
}

// textValue is a length-delimited value: text, BINARY, or a DECIMAL's
// digits.
func textValue(x string, t eval.Type) eval.Value {
	switch t.Kind {
	case eval.KindBinary:
		return []byte(x)
	case eval.KindDecimal:
		if r, ok := new(big.Rat).SetString(x); ok {
			scale := 0
			if dot := strings.IndexByte(x, '.'); dot >= 0 {
				scale = len(x) - dot - 1
			}
			return eval.Decimal{Rat: r, Scale: scale}
		}
	case eval.KindJSON:
		if j, err := eval.ParseJSON(x); err == nil {
			return j
		}
	}
	return x
}

// compositeValue is an ARRAY's elements or a STRUCT's fields.
func compositeValue(x []any, t eval.Type, loc *time.Location) eval.Value {
	switch {
	case t.Kind == eval.KindArray:
		out := make([]eval.Value, len(x))
		for i, e := range x {
			out[i] = tunnelValue(e, *t.Elem, loc)
		}
		return out
	case t.Kind == eval.KindStruct && len(x) == len(t.Fields):
		s := &eval.Struct{Fields: make([]eval.Value, len(x))}
		for i, e := range x {
			s.Fields[i] = tunnelValue(e, t.Fields[i].Type, loc)
		}
		return s
	}
	return fmt.Sprint(x)
}
