package fake

import (
	"bytes"
	"encoding/csv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// NullText is how the result CSV writes NULL, as MaxCompute does.
const NullText = `\N`

// recorder is the eval.ResultWriter of a task: it keeps the columns and
// the typed rows of the SELECT that prints (for the result CSV and the
// tunnel) and, for HumanReadable output, prints the first ResultRowLimit
// rows as mcsql's table, as a local run prints it.
type recorder struct {
	table   eval.ResultWriter // nil unless HumanReadable
	max     int
	cols    []eval.Column
	rows    [][]eval.Value
	hasRows bool
}

var _ eval.ResultWriter = (*recorder)(nil)

func (r *recorder) Begin(cols []eval.Column) error {
	r.cols, r.rows, r.hasRows = cols, nil, true
	if r.table != nil {
		return r.table.Begin(cols)
	}
	return nil
}

func (r *recorder) Row(row []eval.Value) error {
	if len(r.rows) >= r.max {
		return eval.Errorf(eval.CodeOutOfMemory,
			"the result has more than %d rows, the most the fake MaxCompute keeps (mcsql odps serve --max-result-rows)", r.max)
	}
	// The evaluator may reuse row once Row returns.
	r.rows = append(r.rows, append([]eval.Value(nil), row...))
	if r.table != nil && len(r.rows) <= ResultRowLimit {
		return r.table.Row(row)
	}
	return nil
}

func (r *recorder) End() error {
	if r.table != nil {
		return r.table.End()
	}
	return nil
}

// output is a successful task's output. The HumanReadable result is what
// the script printed, byte for byte what a local run prints (but at most
// ResultRowLimit rows); the CSV result is the SELECT's first
// ResultRowLimit rows, or what the script printed when no SELECT did
// (DESC, EXPLAIN...).
func (r *recorder) output(printed *bytes.Buffer, humanReadable bool) *taskOutput {
	out := &taskOutput{cols: r.cols, rows: r.rows, hasRows: r.hasRows, format: "csv"}
	switch {
	case humanReadable:
		out.text, out.format = printed.String(), "text"
	case r.hasRows:
		out.text = resultCSV(r.cols, r.rows[:min(len(r.rows), ResultRowLimit)])
	default:
		out.text, out.format = printed.String(), "text"
	}
	return out
}

// resultCSV is the result as MaxCompute's result API gives it: a header
// line of column names, then one line per row; values are their text as
// odpscmd prints them, NULL is \N; fields are quoted as RFC 4180 says
// (when they hold a comma, a quote or a line break); lines end with "\n".
func resultCSV(cols []eval.Column, rows [][]eval.Value) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	fields := make([]string, len(cols))
	for i, c := range cols {
		fields[i] = c.Name
	}
	_ = w.Write(fields) // a strings.Builder does not fail
	for _, row := range rows {
		for i, v := range row {
			fields[i] = csvText(v, cols[i].Type)
		}
		_ = w.Write(fields)
	}
	w.Flush()
	return b.String()
}

func csvText(v eval.Value, t eval.Type) string {
	if v == nil {
		return NullText
	}
	return eval.FormatValue(v, t)
}
