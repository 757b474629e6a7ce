package eval

import (
	"bytes"
	"testing"
)

// tableRun is a session over a MemoryWarehouse printing CSV.
type tableRun struct {
	s           *Session
	wh          *MemoryWarehouse
	out, errOut bytes.Buffer
}

func newTableRun() *tableRun {
	r := &tableRun{wh: NewMemoryWarehouse()}
	r.s = NewSession(Config{Stdout: &r.out, Stderr: &r.errOut, CSV: true, Warehouse: r.wh})
	return r
}

// run runs a script and returns what it printed on stdout.
func (r *tableRun) run(src string) (string, error) {
	r.out.Reset()
	r.errOut.Reset()
	err := r.s.Run(src)
	return r.out.String(), err
}

// mustRun runs a setup script that must succeed.
func (r *tableRun) mustRun(t *testing.T, src string) {
	t.Helper()
	if _, err := r.run(src); err != nil {
		t.Fatalf("setup %q: %v", src, err)
	}
}

// errText is err's message, "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
