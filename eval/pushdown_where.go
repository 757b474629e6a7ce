package eval

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// pushWhere translates the parts of a WHERE condition over one warehouse
// table that SQL evaluates exactly as MaxCompute does; nil when none.
//
// The evaluator computes a AND b AND c left to right and stops at the
// first FALSE, so a later conjunct that would fail (a bad cast) is not
// reached on such a row. To keep that — errors included — the longest
// leading run of translatable conjuncts is pushed: whole when it is the
// whole condition, else as `(run) IS NOT FALSE`, which keeps the rows on
// which the evaluator goes on to the rest.
//
// Inside a conjunct: AND, OR, NOT (SQL's three-valued logic is
// MaxCompute's), and a column compared with constants of its own type
// family — integers (TINYINT to BIGINT, compared as 64-bit integers on
// both sides), STRING and VARCHAR (bytewise: SQLite's BINARY collation is
// memcmp, and the evaluator compares Go strings bytewise), BOOLEAN —
// through = <> != < <= > >=, [NOT] BETWEEN, [NOT] IN (a list without
// NULL) and IS [NOT] NULL; none of these can fail. Everything else —
// DOUBLE (NaN), DECIMAL, CHAR (padding), times, casts, functions, mixed
// types that need an implicit conversion — stays in Go.
func pushWhere(e parser.Expr, p *pushTarget) *PushCond {
	all := conjuncts(e, nil)
	var run []*PushCond
	for _, c := range all {
		x := p.cond(c)
		if x == nil {
			break
		}
		run = append(run, x)
	}
	var c *PushCond
	switch len(run) {
	case 0:
		return nil
	case 1:
		c = run[0]
	default:
		c = &PushCond{Op: PushAnd, Args: run}
	}
	if len(run) < len(all) {
		c = &PushCond{Op: PushNotFalse, Args: []*PushCond{c}}
	}
	return c
}

// cond translates one condition, or returns nil.
func (p *pushTarget) cond(e parser.Expr) *PushCond {
	switch e := e.(type) {
	case *parser.Binary:
		return p.binary(e)
	case *parser.Unary:
		if strings.EqualFold(e.Op, "NOT") {
			if x := p.cond(e.X); x != nil {
				return &PushCond{Op: PushNot, Args: []*PushCond{x}}
			}
		}
	case *parser.IsNull:
		if col, _, ok := p.column(e.X); ok {
			if e.Not {
				return &PushCond{Op: PushIsNotNull, Column: col}
			}
			return &PushCond{Op: PushIsNull, Column: col}
		}
	case *parser.In:
		return p.in(e)
	case *parser.Between:
		return p.between(e)
	}
	return nil
}

func (p *pushTarget) binary(e *parser.Binary) *PushCond {
	op := strings.ToUpper(e.Op)
	switch op {
	case "AND", "OR":
		l, r := p.cond(e.L), p.cond(e.R)
		if l == nil || r == nil {
			return nil
		}
		if op == "AND" {
			return &PushCond{Op: PushAnd, Args: []*PushCond{l, r}}
		}
		return &PushCond{Op: PushOr, Args: []*PushCond{l, r}}
	case "==":
		op = "="
	case "!=":
		op = "<>"
	case "=", "<>", "<", "<=", ">", ">=":
	default:
		return nil
	}
	if col, t, ok := p.column(e.L); ok {
		if v, ok := pushConstant(e.R, t); ok {
			return &PushCond{Op: PushCmp, Cmp: op, Column: col, Values: []Value{v}}
		}
	}
	if col, t, ok := p.column(e.R); ok {
		if v, ok := pushConstant(e.L, t); ok {
			return &PushCond{Op: PushCmp, Cmp: flipCmp[op], Column: col, Values: []Value{v}}
		}
	}
	return nil
}

// flipCmp is the operator of `b op a` written as `a flip b`.
var flipCmp = map[string]string{"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

func (p *pushTarget) in(e *parser.In) *PushCond {
	col, t, ok := p.column(e.X)
	if !ok || e.Query != nil || len(e.List) == 0 {
		return nil
	}
	vals := make([]Value, len(e.List))
	for i, x := range e.List {
		if vals[i], ok = pushConstant(x, t); !ok {
			return nil
		}
	}
	c := &PushCond{Op: PushIn, Column: col, Values: vals}
	if e.Not {
		return &PushCond{Op: PushNot, Args: []*PushCond{c}}
	}
	return c
}

func (p *pushTarget) between(e *parser.Between) *PushCond {
	col, t, ok := p.column(e.X)
	if !ok {
		return nil
	}
	lo, ok1 := pushConstant(e.Lo, t)
	hi, ok2 := pushConstant(e.Hi, t)
	if !ok1 || !ok2 {
		return nil
	}
	c := &PushCond{Op: PushAnd, Args: []*PushCond{
		{Op: PushCmp, Cmp: ">=", Column: col, Values: []Value{lo}},
		{Op: PushCmp, Cmp: "<=", Column: col, Values: []Value{hi}},
	}}
	if e.Not {
		return &PushCond{Op: PushNot, Args: []*PushCond{c}}
	}
	return c
}

// column resolves a plain reference to one of the table's columns whose
// type pushes; it returns its index and type.
func (p *pushTarget) column(e parser.Expr) (int, Type, bool) {
	id, ok := e.(*parser.Ident)
	if !ok || len(id.Parts) == 0 || len(id.Parts) > 2 {
		return 0, Type{}, false
	}
	name := strings.ToLower(id.Parts[len(id.Parts)-1])
	if len(id.Parts) == 2 && strings.ToLower(id.Parts[0]) != p.qual {
		return 0, Type{}, false
	}
	found := -1
	for i, c := range p.sc.cols {
		if c.name == name {
			if found >= 0 {
				return 0, Type{}, false // ambiguous: the evaluator reports it
			}
			found = i
		}
	}
	if found < 0 || !pushableType(p.sc.cols[found].t) {
		return 0, Type{}, false
	}
	return found, p.sc.cols[found].t, true
}

// pushableType reports whether SQL compares a column type's stored values
// as MaxCompute compares its values.
func pushableType(t Type) bool {
	k := t.Kind
	return k.IsInteger() || k == KindString || k == KindVarchar || k == KindBoolean
}

// pushConstant returns a literal of t's type family as a value of that
// family (int64, string or bool); a NULL or any other literal does not
// push.
func pushConstant(e parser.Expr, t Type) (Value, bool) {
	neg := false
	if u, ok := e.(*parser.Unary); ok && u.Op == "-" && t.Kind.IsInteger() {
		neg, e = true, u.X
	}
	lit, ok := e.(*parser.Literal)
	if !ok {
		return nil, false
	}
	switch {
	case t.Kind.IsInteger():
		switch lit.Kind {
		case parser.LitInt, parser.LitTinyint, parser.LitSmallint, parser.LitBigint:
		default:
			return nil, false
		}
		// The literal itself must be an integer: 9223372036854775808 is a
		// DOUBLE even under a minus, and compares as one.
		i, err := strconv.ParseInt(lit.Text, 10, 64)
		if neg {
			i = -i
		}
		return i, err == nil
	case t.Kind == KindBoolean:
		if lit.Kind == parser.LitBool {
			return strings.EqualFold(lit.Text, "true"), true
		}
	case lit.Kind == parser.LitString && !neg:
		return lit.Text, true
	}
	return nil, false
}
