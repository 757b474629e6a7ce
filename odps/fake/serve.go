package fake

import (
	"context"
	"io"
	"log"
	"net"

	"github.com/mcsql/mcsql/kms/emulator"
)

// ErrShutdownForced is returned by Serve when connections were still open
// at the end of the shutdown grace and were closed: kms/emulator's, so
// that `mcsql kms serve` and `mcsql odps serve` report it alike.
var ErrShutdownForced = emulator.ErrShutdownForced

// Serve serves the fake on ln until ctx is done, with the Options'
// timeouts and header limit (kms/emulator's defaults), then shuts down:
// it stops accepting, closes idle connections, lets requests in flight
// finish for ShutdownGrace and closes whatever is left. It returns nil
// after a clean shutdown, ErrShutdownForced if connections had to be
// closed, or the error that stopped serving. ln is closed when Serve
// returns; the tasks keep running until Close.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	o := &s.opt
	return emulator.ServeHandler(ctx, ln, s, emulator.Limits{
		ReadHeaderTimeout: o.ReadHeaderTimeout,
		ReadTimeout:       o.ReadTimeout,
		WriteTimeout:      o.WriteTimeout,
		IdleTimeout:       o.IdleTimeout,
		MaxHeaderBytes:    o.MaxHeaderBytes,
		ShutdownGrace:     o.ShutdownGrace,
		ErrorLog:          log.New(s.logWriter(), "odps fake: ", log.LstdFlags|log.LUTC),
	})
}

// logWriter is where net/http's own messages go: the request log, or
// nowhere.
func (s *Server) logWriter() io.Writer {
	if s.opt.Log == nil {
		return io.Discard
	}
	return &lockedWriter{s: s}
}

// lockedWriter writes to Options.Log under the log's lock, so that
// net/http's lines do not interleave with the request lines.
type lockedWriter struct{ s *Server }

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.s.logMu.Lock()
	defer w.s.logMu.Unlock()
	return w.s.opt.Log.Write(p)
}
