package odps

import (
	"encoding/csv"
	"fmt"
	"strings"
)

// Null is how MaxCompute's CSV result writes NULL.
const Null = `\N`

// ParseCSV splits a task's CSV result into its header and rows; a field
// `\N` is NULL (nil). Empty text has no columns and no rows.
func ParseCSV(text string) (cols []string, rows [][]*string, err error) {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1 // checked below, with a clearer message
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read MaxCompute's CSV result: %v", err)
	}
	if len(recs) == 0 {
		return nil, nil, nil
	}
	cols = recs[0]
	for i, rec := range recs[1:] {
		if len(rec) != len(cols) {
			return nil, nil, fmt.Errorf("cannot read MaxCompute's CSV result: row %d has %d fields for %d columns", i+1, len(rec), len(cols))
		}
		row := make([]*string, len(rec))
		for j := range rec {
			if rec[j] != Null {
				row[j] = &rec[j]
			}
		}
		rows = append(rows, row)
	}
	return cols, rows, nil
}
