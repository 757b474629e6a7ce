package fake

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"sync"

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
	// Handlers run under gate's read lock so that, after closing their
	// connections, Serve returns only once they have ended; one starting
	// later (its connection is closed) does nothing.
	var gate sync.RWMutex
	stopped := false
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gate.RLock()
		defer gate.RUnlock()
		if !stopped {
			s.ServeHTTP(w, r)
		}
	})
	o := &s.opt
	hs := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: o.ReadHeaderTimeout,
		ReadTimeout:       o.ReadTimeout,
		WriteTimeout:      o.WriteTimeout,
		IdleTimeout:       o.IdleTimeout,
		// net/http allows 4 KB more than MaxHeaderBytes.
		MaxHeaderBytes: max(o.MaxHeaderBytes-4096, 4096),
		ErrorLog:       log.New(s.logWriter(), "odps fake: ", log.LstdFlags|log.LUTC),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		_ = hs.Close() // accepting failed: drop the connections too
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), o.ShutdownGrace)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc // http.ErrServerClosed, once Shutdown has begun
	if err != nil {
		_ = hs.Close() // the grace is over: drop what is left
		gate.Lock()
		stopped = true
		gate.Unlock()
		return ErrShutdownForced
	}
	return nil
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
