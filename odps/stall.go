package odps

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"
)

// defaultStallTimeout bounds how long a streamed download may go without
// receiving a byte.
const defaultStallTimeout = 2 * time.Minute

// errStalled is the cause given to a download's context when it stalls.
var errStalled = errors.New("no data received within the stall timeout")

// stallGuard cancels a streamed request when its body stops delivering
// data: a stream has no overall timeout (it may be long), but silence is a
// dead connection. A nil guard does nothing.
type stallGuard struct {
	ctx    context.Context
	timer  *time.Timer
	d      time.Duration
	cancel context.CancelCauseFunc
}

func newStallGuard(ctx context.Context, d time.Duration) (context.Context, *stallGuard) {
	ctx, cancel := context.WithCancelCause(ctx)
	g := &stallGuard{ctx: ctx, d: d, cancel: cancel}
	g.timer = time.AfterFunc(d, func() { cancel(fmt.Errorf("%w (%v)", errStalled, d)) })
	return ctx, g
}

func (g *stallGuard) stop() {
	if g != nil {
		g.timer.Stop()
		g.cancel(nil)
	}
}

func (g *stallGuard) wrap(rc io.ReadCloser) io.ReadCloser {
	if g == nil {
		return rc
	}
	return &guardedBody{rc, g}
}

type guardedBody struct {
	io.ReadCloser
	g *stallGuard
}

func (b *guardedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if n > 0 {
		b.g.timer.Reset(b.g.d)
	}
	if err != nil && errors.Is(context.Cause(b.g.ctx), errStalled) {
		err = context.Cause(b.g.ctx) // say why, not just "context canceled"
	}
	return n, err
}

func (b *guardedBody) Close() error {
	err := b.ReadCloser.Close()
	b.g.stop()
	return err
}
