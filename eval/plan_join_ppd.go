package eval

import (
	"strconv"

	"github.com/mcsql/mcsql/parser"
)

// FlagOuterJoinPPD is odps.task.sql.outerjoin.ppd. The JOIN page: when it
// is false, "a condition in the ON clause of an OUTER JOIN that does not
// relate the two tables is taken as a WHERE condition of that table's
// subquery" — `A LEFT JOIN B ON A.c1 = B.c1 AND A.c2 = 'xxx'` is then
// `(SELECT * FROM A WHERE c2 = 'xxx') A LEFT JOIN B ON A.c1 = B.c1`, a
// behavior the page calls non-standard. The page does not give the
// default; mcsql keeps the standard one (the rows of the preserved side
// stay, padded with NULLs) unless the flag is set to false.
const FlagOuterJoinPPD = "odps.task.sql.outerjoin.ppd"

// pushesFilters reports whether ON's conditions on the preserved side of
// this outer join filter that side's rows: odps.task.sql.outerjoin.ppd is
// set to false.
func (p *joinPlan) pushesFilters(s *Session) bool {
	if p.kind != "LEFT" && p.kind != "RIGHT" && p.kind != "FULL" {
		return false
	}
	v, set := s.ctx.flags[FlagOuterJoinPPD]
	ppd, err := strconv.ParseBool(v)
	return set && err == nil && !ppd
}

// pushFilter makes conjunct e of ON a filter of the side it reads when
// that side is one the join preserves (a condition on the other side
// filters it either way); pushed is false for any other conjunct.
func (p *joinPlan) pushFilter(c *compiler, e parser.Expr) (pushed bool, err error) {
	x, side, err := p.side(c, e)
	if err != nil {
		return false, err
	}
	switch {
	case side == sideLeft && (p.kind == "LEFT" || p.kind == "FULL"):
		if x, err = boolean(x, e.Position(), "ON"); err == nil {
			p.leftFilter = andExpr(p.leftFilter, x)
		}
		return true, err
	case side == sideRight && (p.kind == "RIGHT" || p.kind == "FULL"):
		if x, err = boolean(x, e.Position(), "ON"); err == nil {
			p.rightFilter = andExpr(p.rightFilter, x)
		}
		return true, err
	}
	return false, nil
}

// keepRow reports whether a row passes a side's filter; row is laid out
// as a joined row (the right side's columns after the left side's).
func keepRow(filter expr, row []Value) (bool, error) {
	if filter == nil {
		return true, nil
	}
	v, err := filter.eval(row)
	return v == true, err
}
