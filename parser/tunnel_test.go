package parser

import (
	"reflect"
	"strings"
	"testing"
)

// part builds the PARTITION clause of a tunnel partition spec: name,
// value pairs, every value a string literal.
func part(at Pos, kv ...string) *PartitionClause {
	c := &PartitionClause{Pos: at}
	for i := 0; i < len(kv); i += 2 {
		c.Items = append(c.Items, &Binary{Pos: at, Op: "=", L: &Ident{Pos: at, Parts: []string{kv[i]}}, R: &Literal{Pos: at, Kind: LitString, Text: kv[i+1]}})
	}
	return c
}

func TestTunnel(t *testing.T) {
	cases := []struct {
		src  string
		want *TunnelStmt
		err  string
	}{
		{src: "tunnel upload data/users.csv mf_user_info;",
			want: &TunnelStmt{Pos: Pos{1, 1}, Upload: true, File: "data/users.csv", Table: "mf_user_info", Options: map[string]string{}}},
		{src: "TUNNEL DOWNLOAD -h true -fd ';' t 'out dir/t.csv';",
			want: &TunnelStmt{Pos: Pos{1, 1}, File: "out dir/t.csv", Table: "t", Options: map[string]string{"h": "true", "fd": ";"}}},
		{src: "tunnel u -overwrite true a.csv p.t;",
			want: &TunnelStmt{Pos: Pos{1, 1}, Upload: true, File: "a.csv", Table: "p.t", Options: map[string]string{"overwrite": "true"}}},
		{src: `tunnel upload -fd '\t' -rd "||" --scan=true f.csv t/ds='20240101',hr=01 -DBR true;`,
			want: &TunnelStmt{Pos: Pos{1, 1}, Upload: true, File: "f.csv", Table: "t",
				Partition: part(Pos{1, 8}, "ds", "20240101", "hr", "01"),
				Options:   map[string]string{"fd": `\t`, "rd": "||", "scan": "true", "dbr": "true"}}},
		{src: `tunnel d -Field-Delimiter=';' proj.t/p1="b 1" 'out.csv';`,
			want: &TunnelStmt{Pos: Pos{1, 1}, File: "out.csv", Table: "proj.t",
				Partition: part(Pos{1, 8}, "p1", "b 1"),
				Options:   map[string]string{"field-delimiter": ";"}}},
		{src: "tunnel upload a.csv t/ds;", err: "bad partition spec 'ds'"},
		{src: "tunnel upload a.csv /ds=1;", err: "TUNNEL needs a table name"},
		{src: "tunnel upload a.csv t/ds='1;", err: "unterminated quote"},
		{src: "tunnel copy a b;", err: "[1,8] Parse exception - unknown tunnel command 'copy'"},
		{src: "tunnel upload a.csv;", err: "TUNNEL needs a file and a table"},
		{src: "tunnel upload -h;", err: "option -h needs a value"},
		{src: "tunnel;", err: "missing UPLOAD or DOWNLOAD after TUNNEL"},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			script, err := Parse(c.src)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := script.Stmts[0]; !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
	// tunnel stays an ordinary name elsewhere.
	if _, err := Parse("select tunnel from values (1) t(tunnel);"); err != nil {
		t.Errorf("tunnel as a column name: %v", err)
	}
}
