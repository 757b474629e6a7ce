package parser

import (
	"reflect"
	"strings"
	"testing"
)

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
