package parser

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

const posScript = `-- header
@a := 1 +
  f(x, 'é', @b);
select /*+ h */ t.c AS z, -y
from tab t
where t.c is not null;
IF (@a > 1) BEGIN
  set k=v;
END ELSE IF (x) select 1;
create table p (c decimal(10,2), m map<string,int>);
`

// TestPositions lists every node of posScript with its position, in walk
// order; Binary nodes sit at their operator, the others at their first
// token.
func TestPositions(t *testing.T) {
	s, err := Parse(posScript)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range s.Stmts {
		walk(st, func(n Node) {
			got = append(got, fmt.Sprintf("%s %s", strings.TrimPrefix(fmt.Sprintf("%T", n), "*parser."), n.Position()))
		})
	}
	want := []string{
		"AssignStmt [2,1]", "Binary [2,9]", "Literal [2,7]", "Call [3,3]", "Ident [3,5]", "Literal [3,8]", "VarRef [3,13]",
		"QueryStmt [4,1]", "Query [4,1]", "Select [4,1]", "SelectItem [4,17]", "Ident [4,17]", "SelectItem [4,27]", "Unary [4,27]", "Ident [4,28]",
		"TableName [5,6]", "IsNull [6,7]", "Ident [6,7]",
		"IfStmt [7,1]", "Binary [7,8]", "VarRef [7,5]", "Literal [7,10]", "SetStmt [8,3]",
		"IfStmt [9,10]", "Ident [9,14]", "QueryStmt [9,17]", "Query [9,17]", "Select [9,17]", "SelectItem [9,24]", "Literal [9,24]",
		"CreateTableStmt [10,1]", "ColumnDef [10,17]", "TypeName [10,19]", "ColumnDef [10,34]", "TypeName [10,36]", "TypeName [10,40]", "TypeName [10,47]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("positions:\n got %s\nwant %s", strings.Join(got, ", "), strings.Join(want, ", "))
	}
}

// TestEveryNodeHasAPosition walks the examples' trees: no node may be left
// at the zero position.
func TestEveryNodeHasAPosition(t *testing.T) {
	srcs := []string{posScript}
	for _, f := range exampleFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for i, src := range srcs {
		s, err := Parse(src)
		if err != nil {
			t.Fatalf("script %d: %v", i, err)
		}
		for _, st := range s.Stmts {
			walk(st, func(n Node) {
				if p := n.Position(); p.Line < 1 || p.Col < 1 {
					t.Errorf("script %d: %T at %s", i, n, p)
				}
			})
		}
	}
}

// TestByteOrderMark: a UTF-8 BOM before the script is not counted, so the
// columns of line 1 are the ones an editor shows.
func TestByteOrderMark(t *testing.T) {
	s, err := Parse("\uFEFFselect x;")
	if err != nil {
		t.Fatal(err)
	}
	var pos []string
	walk(s.Stmts[0], func(n Node) { pos = append(pos, n.Position().String()) })
	if got := strings.Join(pos, " "); !strings.HasSuffix(got, "[1,8]") || !strings.HasPrefix(got, "[1,1]") {
		t.Errorf("positions %s, want [1,1] ... [1,8]", got)
	}
	_, err = Parse("\uFEFFselect 1 +;")
	if err == nil || err.(*Error).Pos != (Pos{1, 11}) {
		t.Errorf("error %v, want one at [1,11]", err)
	}
}
