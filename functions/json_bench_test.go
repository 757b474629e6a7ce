package functions

import (
	"encoding/json"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// getJSONRows is how many rows the GET_JSON_OBJECT benchmark reads.
const getJSONRows = 1_000_000

// benchDoc is a typical log line: nested objects, an array, 180 bytes.
const benchDoc = `{"store":{"fruit":[{"weight":8,"type":"apple"},{"weight":9,"type":"pear"}],` +
	`"bicycle":{"price":19.95,"color":"red"}},"email":"amy@only_for_json_udf_test.net","owner":"amy"}`

const benchPath = "$.store.fruit[1].type"

// BenchmarkGetJSONObject compares GET_JSON_OBJECT over a table variable of
// getJSONRows rows through the evaluator ("rows", reported as ns/row) with
// the bare Go call it wraps on the same document and path ("bare": one
// validating pass over the text plus the path walk, ns/op is per row), and
// with encoding/json doing the same lookup ("encoding_json").
//
//	go test ./functions -run '^$' -bench GetJSONObject
func BenchmarkGetJSONObject(b *testing.B) {
	b.Run("bare", func(b *testing.B) {
		steps, err := parseJSONPath(benchPath)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if v := getJSONObjectSteps(benchDoc, steps); v != "pear" {
				b.Fatalf("got %v", v)
			}
		}
	})
	// For scale: the same lookup with encoding/json, decoding the whole
	// document into maps and walking the path (what a naive version would
	// wrap; it also loses member order, which GET_JSON_OBJECT keeps).
	b.Run("encoding_json", func(b *testing.B) {
		for b.Loop() {
			var doc map[string]any
			if err := json.Unmarshal([]byte(benchDoc), &doc); err != nil {
				b.Fatal(err)
			}
			fruit := doc["store"].(map[string]any)["fruit"].([]any)
			if v := fruit[1].(map[string]any)["type"]; v != "pear" {
				b.Fatalf("got %v", v)
			}
		}
	})
	b.Run("rows", func(b *testing.B) {
		s := eval.NewSession(eval.Config{Registry: NewRegistry()})
		rows := make([][]eval.Value, getJSONRows)
		for i := range rows {
			rows[i] = []eval.Value{benchDoc}
		}
		s.SetTableVariable("t", []eval.Column{{Name: "s", Type: eval.StringType}}, rows)
		query := "select get_json_object(s, '" + benchPath + "') from @t;"
		for b.Loop() {
			n := 0
			_, err := s.Query(query, func(row []eval.Value) error {
				if row[0] != "pear" {
					b.Fatalf("got %v", row[0])
				}
				n++
				return nil
			})
			if err != nil || n != getJSONRows {
				b.Fatalf("%d rows, %v", n, err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*getJSONRows), "ns/row")
	})
}
