// Package querybench compares mcsql's query engine with the sqlite3 shell
// on the same data: issue 14's table of query shapes (ORDER BY ... LIMIT
// 10, COUNT(*), a selective WHERE, a full ORDER BY, GROUP BY with 1,000
// and 100,000 groups, a 1,000,000 x 100,000 join, COUNT(DISTINCT) over
// 1,000,000 values) and the file size after repeated INSERT OVERWRITEs.
//
// mcsql runs each query through an eval.Session over a file warehouse, as
// `mcsql -f script.sql` does, printing its result table to io.Discard; the
// sqlite3 shell runs the equivalent SQL directly on the row tables of the
// same warehouse file (named from the catalog mcsql_tables), printing to
// /dev/null. Before timing, each shape's two results are compared row for
// row, so the comparison is between two programs computing the same thing.
//
// The package has no code of its own; everything is in its tests, and the
// benchmarks run only with -bench:
//
//	go test ./eval/querybench -run '^$' -bench . -benchtime 3x -timeout 60m
//
// The benchmarks print a summary table of the ratios at the end of the run.
// The data (1,000,000 users and 100,000 regions; MCSQL_BENCH_ROWS=100000
// for a quick run) is generated once and cached in
// $MCSQL_BENCH_CACHE (default os.UserCacheDir()/mcsql-bench). The sqlite3
// shell is taken from PATH, installed with apt-get when missing and
// running as root, and otherwise the benchmarks skip, saying how to install it.
package querybench
