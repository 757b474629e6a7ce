package eval

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// pushText describes a pushed scan for EXPLAIN: "" when nothing pushes.
func (p *pushTarget) pushText() string {
	var parts []string
	if p.cols != nil {
		names := make([]string, len(p.cols))
		for i, c := range p.cols {
			names[i] = p.sc.cols[c].name
		}
		parts = append(parts, "columns "+strings.Join(names, ", "))
		if len(names) == 0 {
			parts[0] = "no column"
		}
	}
	if p.where != nil {
		parts = append(parts, "where "+p.condText(p.where))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (pushed to the warehouse: " + strings.Join(parts, "; ") + ")"
}

func (p *pushTarget) condText(c *PushCond) string {
	switch c.Op {
	case PushAnd, PushOr:
		sep := " AND "
		if c.Op == PushOr {
			sep = " OR "
		}
		args := make([]string, len(c.Args))
		for i, a := range c.Args {
			args[i] = p.condText(a)
		}
		return "(" + strings.Join(args, sep) + ")"
	case PushNot:
		return "NOT " + p.condText(c.Args[0])
	case PushNotFalse:
		return p.condText(c.Args[0]) + " IS NOT FALSE"
	}
	col := p.sc.cols[c.Column].name
	vals := make([]string, len(c.Values))
	for i, v := range c.Values {
		vals[i] = sqlLiteral(v)
	}
	switch c.Op {
	case PushIsNull:
		return col + " IS NULL"
	case PushIsNotNull:
		return col + " IS NOT NULL"
	case PushIn:
		return col + " IN (" + strings.Join(vals, ", ") + ")"
	}
	return col + " " + c.Cmp + " " + vals[0]
}

// sqlLiteral writes a pushed constant as SQL.
func sqlLiteral(v Value) string {
	switch x := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case bool:
		return strings.ToUpper(strconv.FormatBool(x))
	case int64:
		return strconv.FormatInt(x, 10)
	}
	return "?"
}

// pushesTo reports whether the session's warehouse takes pushed work.
func (s *Session) pushesTo() (scans, aggs bool) {
	if s.wh == nil || !s.pushdownOn() {
		return false, false
	}
	s.withTx(func(tx Tx) error {
		_, scans = tx.(PushScanner)
		_, aggs = tx.(PushAggregator)
		return nil
	})
	return scans, aggs
}

// explainedPush is what EXPLAIN shows of pushdown.
type explainedPush struct {
	scans map[*parser.TableName]*pushTarget
	aggs  map[*parser.Select]bool
	sorts map[*parser.OrderItem]bool // by a query's first ORDER BY item
}
