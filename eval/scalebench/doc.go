// Package scalebench holds mcsql's scale benchmarks: GROUP BY, window
// functions, ORDER BY, COUNT(DISTINCT) and hash joins over a 1,000,000-row
// table in a file-backed warehouse, each run through a Session the way a
// user's script runs, next to the same SQL in the sqlite3 command-line
// shell on the same rows. The package has no code of its own; everything
// is in its tests, and nothing runs without -bench:
//
//	go test ./eval/scalebench -run '^$' -bench . -benchtime 3x
package scalebench
