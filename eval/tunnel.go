package eval

import (
	"fmt"

	"github.com/mcsql/mcsql/parser"
)

// Tunnel moves CSV data between files and tables for odpscmd's
// `tunnel upload|download` commands. The command line provides it over the
// warehouse package; it runs inside the script's transaction, so a failed
// upload writes nothing.
type Tunnel interface {
	Upload(tx Tx, table, file string, options map[string]string) (int64, error)
	Download(tx Tx, table, file string, options map[string]string) (int64, error)
}

func (s *Session) execTunnel(st *parser.TunnelStmt) error {
	if s.wh == nil || s.tunnel == nil {
		return semanticError(st.Pos, "TUNNEL needs a warehouse, and this session has none")
	}
	var n int64
	err := s.withTx(func(tx Tx) error {
		var err error
		if st.Upload {
			n, err = s.tunnel.Upload(tx, tableKey(st.Table), st.File, st.Options)
		} else {
			n, err = s.tunnel.Download(tx, tableKey(st.Table), st.File, st.Options)
		}
		return err
	})
	if err != nil {
		return At(st.Pos, storageError("tunnel", err))
	}
	verb, prep := "downloaded", "from"
	if st.Upload {
		verb, prep = "uploaded", "into"
	}
	_, err = fmt.Fprintf(s.stderr, "OK: %s %d rows %s %s\n", verb, n, prep, tableKey(st.Table))
	return err
}
