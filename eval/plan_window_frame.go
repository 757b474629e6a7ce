package eval

import (
	"github.com/mcsql/mcsql/parser"
)

// boundKind is the kind of one end of a frame, in the order the ends may
// come: a start must not be a later kind than its end.
type boundKind int

const (
	unboundedPreceding boundKind = iota
	preceding
	currentRow
	following
	unboundedFollowing
)

var boundKinds = map[string]boundKind{
	"UNBOUNDED PRECEDING": unboundedPreceding, "PRECEDING": preceding,
	"CURRENT ROW": currentRow, "FOLLOWING": following, "UNBOUNDED FOLLOWING": unboundedFollowing,
}

// frameBound is one compiled end of a frame: n rows or peer groups for
// ROWS and GROUPS, f (a distance between ORDER BY values) for RANGE.
type frameBound struct {
	kind boundKind
	n    int64
	f    float64
	// intRange is a RANGE offset that is an integer, also in n: BIGINT
	// keys compare with it exactly.
	intRange bool
}

// frameSpec is a compiled frame. Without a frame clause it is MaxCompute's
// default (see defaultFrame).
type frameSpec struct {
	unit       string // ROWS, RANGE or GROUPS
	start, end frameBound
	exclude    string // "", CURRENT ROW, GROUP or TIES
	written    bool   // the window has a frame clause
}

// wholePartition reports whether every row's frame is its whole partition.
func (f frameSpec) wholePartition() bool {
	return f.start.kind == unboundedPreceding && f.end.kind == unboundedFollowing && f.exclude == ""
}

func (c *compiler) frame(s *parser.WindowSpec, spec *windowSpec) (frameSpec, error) {
	fr := s.Frame
	if fr == nil {
		return c.defaultFrame(len(s.OrderBy) > 0), nil
	}
	out := frameSpec{unit: fr.Unit, written: true, exclude: fr.Exclude}
	if out.exclude == "NO OTHERS" {
		out.exclude = ""
	}
	var err error
	if out.start, err = c.frameBound(fr, fr.Start, spec); err != nil {
		return out, err
	}
	if out.end, err = c.frameBound(fr, fr.End, spec); err != nil {
		return out, err
	}
	switch {
	case out.start.kind == unboundedFollowing:
		return out, semanticError(fr.Start.Pos, "a window frame cannot start at UNBOUNDED FOLLOWING")
	case out.end.kind == unboundedPreceding:
		return out, semanticError(fr.End.Pos, "a window frame cannot end at UNBOUNDED PRECEDING")
	case out.start.kind > out.end.kind:
		return out, semanticError(fr.Start.Pos, "the window frame starts at %s, after its end %s; write the earlier bound first",
			fr.Start.Kind, fr.End.Kind)
	case fr.Unit != "ROWS" && len(s.OrderBy) == 0 && (out.start.kind == preceding || out.start.kind == following ||
		out.end.kind == preceding || out.end.kind == following):
		return out, semanticError(fr.Pos, "a %s frame with an offset needs an ORDER BY in its window", fr.Unit)
	}
	return out, nil
}

// defaultFrame is the frame of a window without a frame clause. Without
// ORDER BY it is the whole partition. With ORDER BY it runs from the
// partition's start to the current row, and the aggregate functions' pages
// (SUM, COUNT, AVG, ...) document that the edition decides what "current
// row" means: by default (odps.sql.hive.compatible=false) rows that tie on
// the ORDER BY keys each get their own running value (ROWS: 1300, 2600,
// 5050, ... for department 10 of the emp sample), while the
// Hive-compatible edition gives every tie the value of the last one (RANGE,
// as Hive does: 2600, 2600, 7500, ...).
func (c *compiler) defaultFrame(ordered bool) frameSpec {
	switch {
	case !ordered:
		return frameSpec{unit: "ROWS", start: frameBound{kind: unboundedPreceding}, end: frameBound{kind: unboundedFollowing}}
	case c.s.ctx.Edition == EditionHive:
		return frameSpec{unit: "RANGE", start: frameBound{kind: unboundedPreceding}, end: frameBound{kind: currentRow}}
	}
	return frameSpec{unit: "ROWS", start: frameBound{kind: unboundedPreceding}, end: frameBound{kind: currentRow}}
}

// frameBound compiles n PRECEDING / n FOLLOWING: n is a constant, not
// negative, an integer for ROWS and GROUPS; for RANGE it is a distance
// between values of the window's one numeric ORDER BY key.
func (c *compiler) frameBound(fr *parser.Frame, b *parser.FrameBound, spec *windowSpec) (frameBound, error) {
	out := frameBound{kind: boundKinds[b.Kind]}
	if b.Offset == nil {
		return out, nil
	}
	x, err := (&compiler{s: c.s, sc: &scope{}}).expr(b.Offset)
	if err != nil {
		return out, err
	}
	t := x.typ()
	k, isConstant := x.(*constExpr)
	switch {
	case !isConstant || k.v == nil:
		return out, semanticError(b.Pos, "the offset of a window frame must be a constant number, not NULL")
	case fr.Unit == "RANGE":
		if len(spec.order) != 1 || !spec.order[0].x.typ().Kind.IsNumeric() {
			return out, semanticError(b.Pos, "a RANGE frame with an offset needs exactly one numeric ORDER BY key in its window")
		}
		if !t.Kind.IsNumeric() {
			return out, semanticError(b.Pos, "the offset of a RANGE frame must be a number, got %s", t)
		}
		out.f, _ = numberFloat(k.v)
		if !(out.f >= 0) { // NaN too
			return out, semanticError(b.Pos, "the offset of a window frame must not be negative")
		}
		out.n, out.intRange = k.v.(int64)
	default:
		if !t.Kind.IsInteger() {
			return out, semanticError(b.Pos, "the offset of a %s frame must be an integer, got %s", fr.Unit, t)
		}
		out.n = k.v.(int64)
		if out.n < 0 {
			return out, semanticError(b.Pos, "the offset of a window frame must not be negative")
		}
	}
	return out, nil
}

// numberFloat reads a numeric value as a float64.
func numberFloat(v Value) (float64, bool) {
	switch v := v.(type) {
	case int64:
		return float64(v), true
	case float64:
		return v, true
	case Decimal:
		return decimalToFloat(v), true
	}
	return 0, false
}
