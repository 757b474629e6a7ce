package eval

import (
	"errors"

	"github.com/mcsql/mcsql/parser"
)

// limit applies LIMIT n; n must be a constant non-negative integer.
func (s *Session) limit(rel *relation, e parser.Expr) (*relation, error) {
	if e == nil {
		return rel, nil
	}
	x, err := s.compileScalar(e)
	if err != nil {
		return nil, err
	}
	v, _ := x.eval(nil)
	n, ok := v.(int64)
	if !ok || !x.typ().Kind.IsInteger() || n < 0 {
		return nil, semanticError(e.Position(), "LIMIT needs a constant non-negative integer")
	}
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		if n == 0 {
			return nil
		}
		seen := int64(0)
		err := inner(func(row []Value) error {
			seen++
			if err := fn(row); err != nil {
				return err
			}
			if seen >= n {
				return errStopScan
			}
			return nil
		})
		if errors.Is(err, errStopScan) {
			return nil
		}
		return err
	}
	return &out, nil
}
