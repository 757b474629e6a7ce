package eval

import (
	"strings"
	"testing"

	"github.com/mcsql/mcsql/parser"
)

func TestCheckScript(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want []string
	}{
		{name: "valid", src: "set a=1;\ncreate table t (a bigint);\n@x := 1;\ninsert into t values (1);\nselect * from t;"},
		{name: "set after ddl", src: "create table t (a bigint);\nset a=1;",
			want: []string{"ODPS-0130071:[2,1] Semantic analysis exception - script mode needs SET, then DDL, then DML statements: this SET statement comes after the DDL statement at [1,1]"}},
		{name: "ddl after dml", src: "@x := 1;\ndrop table t;",
			want: []string{"[2,1] Semantic analysis exception - script mode needs SET, then DDL, then DML statements: this DDL statement comes after the DML statement at [1,1]"}},
		{name: "two selects", src: "select 1;\nIF (true) select 2;\nselect 3;",
			want: []string{"[2,11] Semantic analysis exception - script mode allows one SELECT that prints a result; the first is at [1,1]",
				"[3,1] Semantic analysis exception - script mode allows one SELECT"}},
		{name: "client statements", src: "use p;\nset a=1;\nwhoami;\ndesc extended t;\nshow create table t;\nexplain select 1;\nuse q;\nread t 5;"},
		{name: "read prints", src: "select 1;\nread t;",
			want: []string{"[2,1] Semantic analysis exception - script mode allows one SELECT that prints a result; the first is at [1,1]"}},
		{name: "ctas not last", src: "create table t as select 1 as a;\ninsert into t values (2);",
			want: []string{"[1,1] Semantic analysis exception - script mode allows CREATE TABLE ... AS SELECT only as the last statement"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			script, err := parser.Parse(c.src)
			if err != nil {
				t.Fatal(err)
			}
			errs := CheckScript(script)
			if len(errs) != len(c.want) {
				t.Fatalf("got %d violations %v, want %d", len(errs), errs, len(c.want))
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), c.want[i]) {
					t.Errorf("violation %d: %q does not contain %q", i, e.Error(), c.want[i])
				}
			}
		})
	}
}
