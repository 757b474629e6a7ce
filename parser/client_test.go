package parser

import (
	"strings"
	"testing"
)

// TestClientStatements covers odpscmd's client statements: USE, WHOAMI,
// READ, DESC EXTENDED, SHOW CREATE TABLE and EXPLAIN.
func TestClientStatements(t *testing.T) {
	tests := []struct{ src, want string }{
		{"use myproj;", "(use myproj)"},
		{"USE `MyProj`;", "(use MyProj)"},
		{"whoami;", "(whoami)"},
		{"WHOAMI ;", "(whoami)"},
		{"read t;", "(read t (query (select * (from (table t))) (limit 10)))"},
		{"read myproj.t 3;", "(read myproj.t (query (select * (from (table myproj.t))) (limit 3)))"},
		{"read t (a, b) 5;", "(read t (query (select a b (from (table t))) (limit 5)))"},
		{"read t partition (ds='1', hr='2') 2;", `(read t (query (select * (from (table t)) (where (AND (= ds "1") (= hr "2")))) (limit 2)))`},
		{"read t (a) partition (ds='1');", `(read t (query (select a (from (table t)) (where (= ds "1"))) (limit 10)))`},
		{"desc extended t;", "(desc extended t)"},
		{"DESCRIBE EXTENDED TABLE p.t;", "(desc extended p.t)"},
		{"desc extended;", "(desc extended)"},
		{"desc extended partition (ds='1');", "(desc extended)"},
		{"show create table t;", "(show create table t)"},
		{"SHOW CREATE TABLE p.t;", "(show create table p.t)"},
		{"explain select a from t where a > 1;", "(explain (select a (from (table t)) (where (> a 1))))"},
		// The words stay usable as names.
		{"select use, read, whoami, explain, extended from t;", "(select use read whoami explain extended (from (table t)))"},
	}
	for _, tt := range tests {
		if got := parseDump(t, tt.src); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestClientStatementErrors checks the errors of malformed client
// statements.
func TestClientStatementErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"use;", "[1,4]"},
		{"read;", "[1,5]"},
		{"read t 1.5;", "READ needs a whole number of lines, got number 1.5"},
		{"read t 'x';", "READ needs a whole number of lines"},
		{"explain;", "[1,8]"},
		{"explain create table t (a bigint);", "[1,9]"},
		{"show create t;", "[1,13]"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src)
		if err == nil {
			t.Errorf("%s: no error", tt.src)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q in it", tt.src, err, tt.want)
		}
	}
}
