package parser

import (
	"strings"
	"testing"
)

// parseDump parses src and dumps its statements, one per line.
func parseDump(t *testing.T, src string) string {
	t.Helper()
	s, err := Parse(src)
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	out := make([]string, len(s.Stmts))
	for i, st := range s.Stmts {
		out[i] = dump(st)
	}
	return strings.Join(out, "\n")
}

var statementTests = []struct {
	name, src, want string
}{
	{"empty script", "", ""},
	{"only comments", "-- a\n/* b */\n", ""},
	{"empty statements", ";; select 1;;", "(select 1)"},
	{"scalar assignment", "@a := 1;", "(:= a 1)"},
	{"case of variable kept", "@MyVar := @Other;", "(:= MyVar @Other)"},
	{"table assignment", "@t := select 1 as a;", "(:=q t (select (as 1 a)))"},
	{"table assignment with values", "@t := values (1, 2), (3, 4);", "(:=q t (values (row 1 2) (row 3 4)))"},
	{"table assignment with union", "@t := select 1 union all select 2;", "(:=q t (UNION-ALL (select 1) (select 2)))"},
	{"scalar subquery assignment", "@x := (select count(*) from @t);", "(:= x (subquery (select (call count *) (from (tablevar t)))))"},
	{"scalar declaration", "@x bigint;", "(declare x BIGINT)"},
	{"decimal declaration", "@x DECIMAL(10,2);", "(declare x DECIMAL(10,2))"},
	{"struct declaration", "@x struct<a:string, b:array<bigint>>;", "(declare x STRUCT<a:STRING,b:ARRAY<BIGINT>>)"},
	{"table declaration", "@t TABLE(a string, `b` varchar(20));", "(declare t (table (col a STRING) (col b VARCHAR(20))))"},
	{"if block", "IF (@a > 1) BEGIN @b := 1; select @b; END", "(if (> @a 1) (then (:= b 1) (select @b)))"},
	{"if single statement", "if @a select 1;", "(if @a (then (select 1)))"},
	{"if else", "IF (a) BEGIN select 1; END ELSE BEGIN select 2; END", "(if a (then (select 1)) (else (select 2)))"},
	{"if else single", "IF (a) select 1; ELSE select 2;", "(if a (then (select 1)) (else (select 2)))"},
	{"else if chain", "IF (a) select 1; ELSE IF (b) BEGIN select 2; END ELSE IF (c) select 3; ELSE select 4;",
		"(if a (then (select 1)) (else (if b (then (select 2)) (else (if c (then (select 3)) (else (select 4)))))))"},
	{"nested if", "IF (a) BEGIN IF (b) BEGIN select 1; END END select 2;", "(if a (then (if b (then (select 1)))))\n(select 2)"},
	{"dangling else goes inside", "IF (a) IF (b) select 1; ELSE select 2;", "(if a (then (if b (then (select 1)) (else (select 2)))))"},
	{"empty block", "IF (a) BEGIN END", "(if a (then))"},
	{"if subquery condition", "IF ((select count(*) from t) > 0) select 1;", "(if (> (subquery (select (call count *) (from (table t)))) 0) (then (select 1)))"},
	{"if with == ", "IF (@a == 'x') select 1;", `(if (== @a "x") (then (select 1)))`},
	{"set", "set odps.sql.type.system.odps2=true;", `(set "odps.sql.type.system.odps2" "true")`},
	{"set raw value", "SET  a.b = Asia/Shanghai 8g ;", `(set "a.b" "Asia/Shanghai 8g")`},
	{"set value with equals and quotes", "set k='a=b;c';", `(set "k" "'a=b;c'")`},
	{"create table", "create table t (a bigint, b string comment 'the b');", `(create t (cols (col a BIGINT) (col b STRING "the b")))`},
	{"create table full", "CREATE TABLE IF NOT EXISTS p.t (a int) COMMENT 'tbl' PARTITIONED BY (ds string, hh string) LIFECYCLE 7;",
		`(create p.t ifnotexists (cols (col a INT)) (comment "tbl") (partitioned (col ds STRING) (col hh STRING)) (lifecycle 7))`},
	{"create table like", "create table if not exists t like u;", "(create t ifnotexists (like u))"},
	{"create table as", "create table t as select 1;", "(create t (as (select 1)))"},
	{"create table lifecycle as", "create table t lifecycle 3 as select a from u;", "(create t (lifecycle 3) (as (select a (from (table u)))))"},
	{"all scalar types", "create table t (a tinyint, b smallint, c int, d bigint, e float, f double, g decimal, h string, i varchar(1), j char(2), k binary, l boolean, m date, n datetime, o timestamp);",
		"(create t (cols (col a TINYINT) (col b SMALLINT) (col c INT) (col d BIGINT) (col e FLOAT) (col f DOUBLE) (col g DECIMAL) (col h STRING) (col i VARCHAR(1)) (col j CHAR(2)) (col k BINARY) (col l BOOLEAN) (col m DATE) (col n DATETIME) (col o TIMESTAMP)))"},
	{"drop table", "drop table t;", "(drop t false)"},
	{"drop table if exists", "DROP TABLE IF EXISTS p.t;", "(drop p.t true)"},
	{"truncate", "truncate table t;", "(truncate t)"},
	{"insert into values", "insert into t values (1, 'a'), (2, 'b');", `(insert t overwrite=false (values (row 1 "a") (row 2 "b")))`},
	{"insert into table select", "insert into table t select * from u;", "(insert t overwrite=false (select * (from (table u))))"},
	{"insert overwrite with partition and columns", "insert overwrite table t partition (ds='1', hh=2) (a, `b`) values (1, 2);",
		`(insert t overwrite=true (partition (part ds "1") (part hh 2)) (columns a b) (values (row 1 2)))`},
	{"insert parenthesized query", "insert into t (select 1);", "(insert t overwrite=false (select 1))"},
	{"show tables", "SHOW TABLES;", "(show tables)"},
	{"desc", "desc t;", "(desc t)"},
	{"describe table", "DESCRIBE TABLE p.t;", "(desc p.t)"},
	{"several statements", "@a := 1;\nselect @a;\n", "(:= a 1)\n(select @a)"},
}

func TestStatements(t *testing.T) {

	for _, tc := range statementTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseDump(t, tc.src); got != tc.want {
				t.Errorf("%s:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestQueries(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"select without from", "select 1, 'a' b, 2 as c;", `(select 1 (as "a" b) (as 2 c))`},
		{"select all", "select all a from t;", "(select a (from (table t)))"},
		{"select distinct", "SELECT DISTINCT a FROM t;", "(select distinct a (from (table t)))"},
		{"stars", "select *, t.*, `u`.* from t, u;", "(select * t.* u.* (from (join CROSS (table t) (table u))))"},
		{"hints", "select /*+ MAPJOIN(a) */ /*+ x */ a from t;", `(select (hints ["MAPJOIN(a)" "x"]) a (from (table t)))`},
		{"aliases", "select a x, b as `y z`, c date from t tt;", "(select (as a x) (as b y z) (as c date) (from (table t tt)))"},
		{"where group having", "select a, count(*) from t where b > 1 group by a, c having count(*) > 2;",
			"(select a (call count *) (from (table t)) (where (> b 1)) (having (> (call count *) 2)) (groupby a c))"},
		{"order and limit", "select a from t order by a desc, b asc, c limit 10;",
			"(query (select a (from (table t))) (orderby (order a desc) (order b) (order c)) (limit 10))"},
		{"table variable", "select * from @t;", "(select * (from (tablevar t)))"},
		{"table variable alias", "select * from @t as x;", "(select * (from (tablevar t x)))"},
		{"project table", "select * from proj.tbl;", "(select * (from (table proj.tbl)))"},
		{"values table", "select * from values (1, 'a'), (2, 'b') as t(x, y);", `(select * (from (valuestable (row 1 "a") (row 2 "b") t (x y))))`},
		{"values table no as", "select * from values (1) t(a);", "(select * (from (valuestable (row 1) t (a))))"},
		{"parenthesized values table", "select * from (values (1), (2)) as t(a);", "(select * (from (valuestable (row 1) (row 2) t (a))))"},
		{"values table then comma", "select * from values (1) , u;", "(select * (from (join CROSS (valuestable (row 1)) (table u))))"},
		{"subquery table", "select * from (select 1 a) s;", "(select * (from (subtable (select (as 1 a)) s)))"},
		{"joins", "select * from a join b on a.x = b.x inner join c on c.y = a.y left join d on true left outer join e on 1=1 right join f on 1=1 right outer join g on 1=1 full join h on 1=1 full outer join i on 1=1 cross join j;",
			"(select * (from (join CROSS (join FULL (join FULL (join RIGHT (join RIGHT (join LEFT (join LEFT (join INNER (join INNER (table a) (table b) (on (= a.x b.x))) (table c) (on (= c.y a.y))) (table d) (on bool:\"true\")) (table e) (on (= 1 1))) (table f) (on (= 1 1))) (table g) (on (= 1 1))) (table h) (on (= 1 1))) (table i) (on (= 1 1))) (table j))))"},
		{"join without on", "select * from a join b;", "(select * (from (join INNER (table a) (table b))))"},
		{"left semi join", "select * from a x left semi join b y on x.k = y.k left anti join c on c.k = x.k;",
			"(select * (from (join ANTI (join SEMI (table a x) (table b y) (on (= x.k y.k))) (table c) (on (= c.k x.k)))))"},
		{"natural join", "select * from a natural join b natural left outer join c natural full join d;",
			"(select * (from (join FULL natural (join LEFT natural (join INNER natural (table a) (table b)) (table c)) (table d))))"},
		{"joins in parentheses", "select * from a join (b join c on b.k = c.k) on a.k = b.k;",
			"(select * (from (join INNER (table a) (join INNER (table b) (table c) (on (= b.k c.k))) (on (= a.k b.k)))))"},
		{"join using", "select * from a t join b using (k, `v`) left join c using (k);",
			"(select * (from (join LEFT (join INNER (table a t) (table b) (using k v)) (table c) (using k))))"},
		{"exists", "select * from a where exists (select 1 from b where b.k = a.k) and not exists (select 1);",
			"(select * (from (table a)) (where (AND (exists (select 1 (from (table b)) (where (= b.k a.k)))) (NOT (exists (select 1))))))"},
		{"union", "select 1 union select 2;", "(UNION (select 1) (select 2))"},
		{"union all distinct", "select 1 union all select 2 union distinct select 3;", "(UNION (UNION-ALL (select 1) (select 2)) (select 3))"},
		{"intersect binds tighter", "select 1 union select 2 intersect select 3;", "(UNION (select 1) (INTERSECT (select 2) (select 3)))"},
		{"except and minus", "select 1 except select 2 minus select 3;", "(EXCEPT (EXCEPT (select 1) (select 2)) (select 3))"},
		{"order by applies to the union", "select a from t union all select a from u order by a limit 1;",
			"(query (UNION-ALL (select a (from (table t))) (select a (from (table u)))) (orderby (order a)) (limit 1))"},
		{"parenthesized operands", "(select 1) union all (select 2);", "(UNION-ALL (select 1) (select 2))"},
		{"operand with its own limit", "(select a from t limit 1) union all select 2;", "(UNION-ALL (query (select a (from (table t))) (limit 1)) (select 2))"},
		{"bare values", "values (1, 2);", "(values (row 1 2))"},
		{"reserved words quoted", "select `select`, `from`.`where` from `from`;", "(select select from.where (from (table from)))"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseDump(t, tc.src); got != tc.want {
				t.Errorf("%s:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}
