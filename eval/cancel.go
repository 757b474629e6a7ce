package eval

import (
	"context"
)

// cancelCheckRows is how many rows a scan reads between two looks at the
// cancellation context: often enough to stop promptly, rarely enough to
// cost nothing.
const cancelCheckRows = 1024

// RunContext is Run that stops when ctx is cancelled (the REPL's Ctrl-C):
// before each statement and every cancelCheckRows rows of a scan. A
// cancelled script fails like any other, so its table changes are rolled
// back. KMS calls made by functions get ctx too.
func (s *Session) RunContext(ctx context.Context, src string) error {
	prev, prevCall := s.cancelCtx, s.ctx.Ctx
	s.cancelCtx, s.ctx.Ctx = ctx, ctx
	defer func() { s.cancelCtx, s.ctx.Ctx = prev, prevCall }()
	return s.Run(src)
}

// cancelled returns an error once the running script's context is done.
func (s *Session) cancelled() error {
	if s.cancelCtx == nil || s.cancelCtx.Err() == nil {
		return nil
	}
	return Errorf(CodeCancelled, "Ctrl-C stopped this statement; the script's table changes were rolled back")
}

// cancellable wraps a scan so that it stops when the script is cancelled.
func (s *Session) cancellable(scan func(func([]Value) error) error) func(func([]Value) error) error {
	if s.cancelCtx == nil {
		return scan
	}
	return func(fn func([]Value) error) error {
		n := 0
		return scan(func(row []Value) error {
			if n++; n%cancelCheckRows == 0 {
				if err := s.cancelled(); err != nil {
					return err
				}
			}
			return fn(row)
		})
	}
}
