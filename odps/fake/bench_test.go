package fake

import (
	"io"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/odps/tunnelwire"
)

// BenchmarkTunnelEncode50000 measures encoding a 50,000-row result of
// three columns for the tunnel (the data request's work).
func BenchmarkTunnelEncode50000(b *testing.B) {
	const n = 50000
	out := &taskOutput{loc: time.UTC, cols: []eval.Column{
		{Name: "id", Type: eval.BigintType}, {Name: "name", Type: eval.StringType}, {Name: "at", Type: eval.DatetimeType},
	}}
	at := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := range n {
		out.rows = append(out.rows, []eval.Value{int64(i), "row name", at})
	}
	types := []string{"bigint", "string", "datetime"}
	s := &Server{}
	b.ReportAllocs()
	for b.Loop() {
		enc, err := tunnelwire.NewEncoder(io.Discard, types)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.encodeRows(enc, out, 0, n); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSubmitToResult measures a whole small task over HTTP: submit,
// poll until Terminated, read the result.
func BenchmarkSubmitToResult(b *testing.B) {
	h := newHarness(b, nil)
	for b.Loop() {
		path := h.submit("SELECT 1 AS a;", scriptMode())
		h.wait(path)
		if st, _, _ := h.result(path); st != "Success" {
			b.Fatalf("status %s", st)
		}
	}
}
