package parser

import (
	"strings"
	"testing"
)

func dumpClause(c *PartitionClause) string {
	if c == nil {
		return "-"
	}
	items := make([]string, len(c.Items))
	for i, x := range c.Items {
		items[i] = dump(x)
	}
	return "(" + strings.Join(items, " ") + ")"
}

func dumpPartitionStmt(st Stmt) string {
	var parts []string
	switch s := st.(type) {
	case *AlterAddPartitionsStmt:
		parts = append(parts, "add", s.Table, boolWord(s.IfNotExists, "if-not-exists"))
		for _, c := range s.Partitions {
			parts = append(parts, dumpClause(c))
		}
	case *AlterDropPartitionsStmt:
		parts = append(parts, "drop", s.Table, boolWord(s.IfExists, "if-exists"))
		for _, c := range s.Partitions {
			parts = append(parts, dumpClause(c))
		}
	case *ShowPartitionsStmt:
		parts = append(parts, "show-partitions", s.Table, dumpClause(s.Partition))
	case *DescStmt:
		parts = append(parts, "desc", s.Name, dumpClause(s.Partition))
	case *TruncateTableStmt:
		parts = append(parts, "truncate", s.Name)
		for _, c := range s.Partitions {
			parts = append(parts, dumpClause(c))
		}
	case *InsertStmt:
		parts = append(parts, "insert", s.Table)
		for _, p := range s.Partition {
			v := "dynamic"
			if p.Value != nil {
				v = dump(p.Value)
			}
			parts = append(parts, p.Key+"="+v)
		}
	default:
		return dump(st)
	}
	return strings.Join(parts, " ")
}

func boolWord(b bool, w string) string {
	if b {
		return w
	}
	return "-"
}

func TestPartitionStatements(t *testing.T) {
	tests := []struct{ src, want string }{
		{"alter table t add partition (ds='1');", `add t - ((= ds "1"))`},
		{"ALTER TABLE p.t ADD IF NOT EXISTS PARTITION (ds='1', hr=2) PARTITION (ds='2', hr=3);",
			`add p.t if-not-exists ((= ds "1") (= hr 2)) ((= ds "2") (= hr 3))`},
		{"alter table t add partition (ds='1'), partition (ds='2');", `add t - ((= ds "1")) ((= ds "2"))`},
		{"alter table t drop if exists partition (ds < '2019'), partition (ds like '20%') purge;",
			`drop t if-exists ((< ds "2019")) ((LIKE ds "20%"))`},
		{"alter table t drop partition (substr(ds, 1, 4) = '2020');", `drop t - ((= (call substr ds 1 4) "2020"))`},
		{"show partitions t;", "show-partitions t -"},
		{"show partitions t partition (ds='x');", `show-partitions t ((= ds "x"))`},
		{"show tables;", "(show tables)"},
		{"desc t partition (ds='x', hr=1);", `desc t ((= ds "x") (= hr 1))`},
		{"desc t;", "desc t -"},
		{"truncate table t partition (ds='1'), partition (ds='2');", `truncate t ((= ds "1")) ((= ds "2"))`},
		{"insert overwrite table t partition (ds='1', hr) select 1, 2;", `insert t ds="1" hr=dynamic`},
		{"insert into t partition (ds, hr) values (1, 'a', 2);", `insert t ds=dynamic hr=dynamic`},
	}
	for _, tc := range tests {
		s, err := Parse(tc.src)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.src, err)
			continue
		}
		if got := dumpPartitionStmt(s.Stmts[0]); got != tc.want {
			t.Errorf("Parse(%q)\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

func TestPartitionStatementErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"alter table t add;", "ODPS-0130161:[1,18] Parse exception"},
		{"alter table t drop partition ds='1';", "ODPS-0130161:[1,30] Parse exception"},
		{"show partitions;", "ODPS-0130161:[1,16] Parse exception"},
	}
	for _, tc := range tests {
		_, err := Parse(tc.src)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want %s...", tc.src, err, tc.want)
		}
	}
}
