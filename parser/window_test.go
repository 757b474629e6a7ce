package parser

import (
	"strings"
	"testing"
)

func parseSelect(t *testing.T, src string) *Select {
	t.Helper()
	s, err := Parse(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return s.Stmts[0].(*QueryStmt).Query.Body.(*Select)
}

func TestWindowSyntax(t *testing.T) {
	sel := parseSelect(t, `select sum(x) over (partition by a, b order by c desc nulls first, d
		rows between 2 preceding and current row exclude ties) s, rank() over w2
		from t window w as (partition by a), w2 as (w order by b) qualify rank() over w2 = 1;`)
	call := sel.Items[0].Expr.(*Call)
	o := call.Over
	if o == nil || len(o.PartitionBy) != 2 || len(o.OrderBy) != 2 || !o.OrderBy[0].Desc || o.OrderBy[0].Nulls != "FIRST" || o.OrderBy[1].Nulls != "" {
		t.Fatalf("over = %+v", o)
	}
	f := o.Frame
	if f.Unit != "ROWS" || f.Start.Kind != "PRECEDING" || f.Start.Offset == nil || f.End.Kind != "CURRENT ROW" || f.Exclude != "TIES" {
		t.Errorf("frame = %+v start %+v end %+v", f, f.Start, f.End)
	}
	if sel.Items[0].Alias != "s" {
		t.Errorf("alias = %q", sel.Items[0].Alias)
	}
	if w := sel.Items[1].Expr.(*Call).Over; w.Base != "w2" || w.OrderBy != nil {
		t.Errorf("over w2 = %+v", w)
	}
	if from := sel.From.(*TableName); from.Alias != "" {
		t.Errorf("WINDOW taken as the table's alias %q", from.Alias)
	}
	if len(sel.Windows) != 2 || sel.Windows[1].Spec.Base != "w" || len(sel.Windows[1].Spec.OrderBy) != 1 {
		t.Errorf("windows = %+v", sel.Windows)
	}
	if sel.Qualify == nil || sel.QualifyPos.Line != 3 {
		t.Errorf("qualify = %v at %v", sel.Qualify, sel.QualifyPos)
	}
}

func TestWindowFrameForms(t *testing.T) {
	for src, want := range map[string]string{
		"rows unbounded preceding":                                     "ROWS UNBOUNDED PRECEDING CURRENT ROW",
		"range between current row and unbounded following":            "RANGE CURRENT ROW UNBOUNDED FOLLOWING",
		"groups between 1 following and 2 following exclude group":     "GROUPS FOLLOWING FOLLOWING GROUP",
		"rows 3 preceding exclude no others":                           "ROWS PRECEDING CURRENT ROW NO OTHERS",
		"rows between 1 preceding and 1 following exclude current row": "ROWS PRECEDING FOLLOWING CURRENT ROW",
	} {
		sel := parseSelect(t, "select count(*) over (order by a "+src+") from t;")
		f := sel.Items[0].Expr.(*Call).Over.Frame
		got := strings.TrimSpace(strings.Join([]string{f.Unit, f.Start.Kind, f.End.Kind, f.Exclude}, " "))
		if got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

func TestWindowNotReserved(t *testing.T) {
	// OVER, WINDOW, QUALIFY, ROWS ... stay usable as names.
	sel := parseSelect(t, "select count(*) over, rows, range from t;")
	if sel.Items[0].Alias != "over" || sel.Items[0].Expr.(*Call).Over != nil {
		t.Errorf("count(*) over: %+v", sel.Items[0])
	}
	parseSelect(t, "select over, qualify, window from t x;")
}

func TestWindowSyntaxErrors(t *testing.T) {
	for src, want := range map[string]string{
		"select sum(a) over (order by a rows between 1 preceding) from t;":     "expected 'AND'",
		"select sum(a) over (order by a nulls middle) from t;":                 "expected 'FIRST' or 'LAST'",
		"select sum(a) over (order by a rows 1) from t;":                       "expected 'PRECEDING' or 'FOLLOWING'",
		"select sum(a) over (order by a rows current) from t;":                 "expected 'ROW'",
		"select sum(a) over (order by a rows 1 preceding exclude all) from t;": "expected 'CURRENT ROW', 'GROUP', 'TIES' or 'NO OTHERS'",
		"select sum(a) over (partition a) from t;":                             "expected 'BY'",
		"select a from t window w (order by a);":                               "expected 'AS'",
	} {
		_, err := Parse(src)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want an error with %q", src, err, want)
		}
	}
}
