package eval

import "testing"

const joinSetup = `create table l (id bigint, lv string);
insert into l values (1, 'a'), (2, 'b'), (null, 'n'), (3, 'c');
create table r (id int, rv string);
insert into r values (1, 'x'), (1, 'y'), (null, 'm'), (4, 'z');`

// TestJoins checks each join kind, NULL keys (which never match) and the
// NULL padding of outer joins.
func TestJoins(t *testing.T) {
	tests := []struct{ name, src, out string }{
		{"inner", "select l.id, lv, rv from l join r on l.id = r.id;",
			"id,lv,rv\n1,a,x\n1,a,y\n"},
		{"inner keyword and swapped sides", "select lv, rv from l inner join r on r.id = l.id;",
			"lv,rv\na,x\na,y\n"},
		{"left", "select lv, rv from l left outer join r on l.id = r.id;",
			"lv,rv\na,x\na,y\nb,\nn,\nc,\n"},
		{"right", "select lv, rv from l right join r on l.id = r.id;",
			"lv,rv\na,x\na,y\n,m\n,z\n"},
		{"full", "select lv, rv from l full outer join r on l.id = r.id;",
			"lv,rv\na,x\na,y\nb,\nn,\nc,\n,m\n,z\n"},
		{"cross", "select lv, rv from l cross join r where lv = 'a';",
			"lv,rv\na,x\na,y\na,m\na,z\n"},
		{"comma join with where", "select lv, rv from l, r where l.id = r.id and rv <> 'x';",
			"lv,rv\na,y\n"},
		{"null-safe equality is a general condition", "select lv, rv from l join r on l.id <=> r.id;",
			"lv,rv\na,x\na,y\nn,m\n"},
		{"general condition", "select lv, rv from l join r on l.id < r.id;",
			"lv,rv\na,z\nb,z\nc,z\n"},
		{"hash key with residual", "select lv, rv from l join r on l.id = r.id and rv > 'x';",
			"lv,rv\na,y\n"},
		{"left join keeps rows failing the residual", "select lv, rv from l left join r on l.id = r.id and lv = 'zzz';",
			"lv,rv\na,\nb,\nn,\nc,\n"},
		{"key of expressions", "select lv, rv from l join r on l.id + 3 = r.id;",
			"lv,rv\na,z\n"},
		{"keys of mixed types", "select lv, rv from l join r on cast(l.id as string) = r.id;",
			"lv,rv\na,x\na,y\n"},
		{"constant condition", "select count(*) from l join r on 1 = 1;", "_c0\n16\n"},
		{"star and qualified star", "select r.*, l.* from l join r on l.id = r.id where rv = 'x';",
			"id,rv,id2,lv\n1,x,1,a\n"},
		{"aliases", "select a.lv, b.rv from l a join r b on a.id = b.id and b.rv = 'y';",
			"lv,rv\na,y\n"},
		{"three tables", "select a.lv, b.rv, c.lv as lv2 from l a join r b on a.id = b.id join l c on c.id = b.id + 1 where b.rv = 'x';",
			"lv,rv,lv2\na,x,b\n"},
		{"self join", "select a.id, b.id from l a join l b on a.id = b.id - 1;",
			"id,id2\n1,2\n2,3\n"},
		{"values and subquery sides", "select v.n, s.rv from values (1, 'one') v(k, n) join (select id, rv from r where rv = 'y') s on v.k = s.id;",
			"n,rv\none,y\n"},
		{"table variable side", "@t := select id, rv from r where id = 4; select lv, t.rv from l right join @t on l.id = t.id;",
			"lv,rv\n,z\n"},
		{"join then group", "select l.id, count(rv) as n from l left join r on l.id = r.id group by l.id order by n desc, l.id;",
			"id,n\n1,2\n,0\n2,0\n3,0\n"},
		{"mapjoin hint is ignored", "select /*+ MAPJOIN(r) */ count(*) from l join r on l.id = r.id;", "_c0\n2\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, joinSetup)
			out, err := r.run(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if out != tc.out {
				t.Errorf("output %q, want %q", out, tc.out)
			}
		})
	}
}

// TestJoinErrors checks join compile errors and their positions.
func TestJoinErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"ambiguous column", "select id from l join r on l.id = r.id;",
			"ODPS-0130071:[1,8] Semantic analysis exception - column reference id is ambiguous; qualify it with its table"},
		{"self join without aliases", "select l.id from l join l on l.id = l.id;",
			"ODPS-0130071:[1,30] Semantic analysis exception - column reference id is ambiguous; qualify it with its table"},
		{"condition not boolean", "select 1 from l join r on l.id;",
			"ODPS-0130121:[1,27] Invalid argument type - ON needs a BOOLEAN operand, got BIGINT"},
		{"key types without common type", "select 1 from l join r on l.id = X'01';",
			"ODPS-0130121:[1,32] Invalid argument type - invalid operand types BIGINT and BINARY for operator '='"},
		{"outer join needs on", "select 1 from l left join r;",
			"ODPS-0130071:[1,15] Semantic analysis exception - LEFT JOIN needs an ON condition"},
		{"unknown column in on", "select 1 from l join r on l.id = r.nope;",
			"ODPS-0130071:[1,34] Semantic analysis exception - column r.nope cannot be resolved"},
		{"missing right table", "select 1 from l join nosuch n on l.id = n.id;",
			"ODPS-0130131:[1,22] Table not found - table default.nosuch cannot be resolved"},
		{"aggregate in on", "select 1 from l join r on count(*) = 1;",
			"ODPS-0130071:[1,27] Semantic analysis exception - aggregate function count cannot be used here: aggregates go in the select list, HAVING or ORDER BY of a SELECT, and do not nest"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, joinSetup)
			_, err := r.run(tc.src)
			if errText(err) != tc.want {
				t.Errorf("error %q\nwant  %q", errText(err), tc.want)
			}
		})
	}
}
