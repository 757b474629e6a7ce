package eval

import "github.com/mcsql/mcsql/parser"

// CompileErrors compiles a script as Run would before running it (check
// mode), runs nothing, and returns every certain compile error, in script
// order: what `mcsql --check` reports. A session without a warehouse
// takes every table as unknown rather than missing (a script checked
// away from its warehouse), and one without a tunnel takes TUNNEL's
// table as unknown too.
func (s *Session) CompileErrors(script *parser.Script) []error {
	cs := s.checkSession(true)
	if cs.wh == nil {
		cs.wh, cs.check.noBase = noWarehouse{}, true
	}
	if cs.tunnel == nil {
		cs.tunnel = noTunnel{}
	}
	k := &checker{s: cs}
	for _, st := range script.Stmts {
		k.stmt(st)
	}
	return k.finish()
}

// noWarehouse stands for the warehouse CompileErrors was not given; check
// mode never begins it (noBase).
type noWarehouse struct{}

func (noWarehouse) Begin() (Tx, error) {
	return nil, Errorf(CodeSemantic, "internal error: check mode began a transaction without a warehouse")
}

// noTunnel stands for the tunnel CompileErrors was not given; check mode
// never moves a file.
type noTunnel struct{}

func (noTunnel) Upload(Tx, *TunnelRequest) (int64, error)   { return 0, nil }
func (noTunnel) Download(Tx, *TunnelRequest) (int64, error) { return 0, nil }
