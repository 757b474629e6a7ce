package main

import (
	"reflect"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// fakeTables is a completionSource with two tables.
type fakeTables struct{}

func (fakeTables) Tables() []string { return []string{"orders", "Customers"} }

func (fakeTables) Columns(table string) []string {
	return map[string][]string{"orders": {"order_id", "amount"}, "Customers": {"cust_id", "name"}}[table]
}

func TestCompleter(t *testing.T) {
	session := eval.NewSession(eval.Config{Registry: smallRegistry()})
	session.SetTableVariable("rows", nil, nil)
	if err := session.Run("@Answer := 42; @another := 1;"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		source completionSource
		line   string
		pos    int // -1: the end of the line
		want   []string
		length int
	}{
		{"function, lower case", nil, "select he", -1, []string{"lp", "x"}, 2},
		{"function, upper case", nil, "SELECT HE", -1, []string{"LP", "X"}, 2},
		{"function alone", nil, "select su", -1, []string{"bstr", "bstring"}, 2},
		{"keyword and functions", nil, "sub", -1, []string{"str", "string"}, 3},
		{"keyword", nil, "sel", -1, []string{"ect"}, 3},
		{"cursor inside the line", nil, "select su + 1", 9, []string{"bstr", "bstring"}, 2},
		{"variables", nil, "select @an", -1, []string{"other", "swer"}, 3},
		{"variable, any case", nil, "select @AN", -1, []string{"other", "swer"}, 3},
		{"all variables", nil, "select @", -1, []string{"another", "Answer", "rows"}, 1},
		{"table variable", nil, "select * from @ro", -1, []string{"ws"}, 3},
		{"no word, no list", nil, "select ", -1, nil, 0},
		{"nothing matches", nil, "select zzz", -1, nil, 3},
		{"tables after from", fakeTables{}, "select * from ", -1, []string{"Customers", "orders"}, 0},
		{"tables without a source", nil, "select * from ", -1, nil, 0},
		{"table by prefix", fakeTables{}, "select * from cust", -1, []string{"omers"}, 4},
		{"table and keyword", fakeTables{}, "select * from ord", -1, []string{"er", "ers"}, 3},
		{"columns after a dot", fakeTables{}, "select orders.", -1, []string{"amount", "order_id"}, 0},
		{"column prefix after a dot, table in any case", fakeTables{}, "select customers.na", -1, []string{"me"}, 2},
		{"columns of the tables on the line", fakeTables{}, "select am from orders", 9, []string{"ount"}, 2},
		{"unknown table after a dot", fakeTables{}, "select nosuch.", -1, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCompleter(session, tt.source)
			pos := tt.pos
			if pos < 0 {
				pos = len([]rune(tt.line))
			}
			got, length := c.Do([]rune(tt.line), pos)
			var gotS []string
			for _, g := range got {
				gotS = append(gotS, string(g))
			}
			if !reflect.DeepEqual(gotS, tt.want) || length != tt.length {
				t.Errorf("Do(%q, %d) = %q, %d; want %q, %d", tt.line, pos, gotS, length, tt.want, tt.length)
			}
		})
	}
}
