// Package eval runs parsed MaxCompute scripts: MaxCompute's types and
// values, implicit and explicit conversions, operators, the function
// registry and overload resolution, the session (variables, SET flags,
// randomness, clock, output), and the evaluator.
//
// A script is compiled whole before its first statement runs, as
// MaxCompute does (check mode, checkmode.go): a compile error anywhere runs
// nothing. Each statement is compiled into a typed expression tree: variables
// become constants, deterministic constant sub-expressions are folded,
// each call is typed by overload resolution (an overload's Bind hook sees
// the session's edition and the constant arguments: registry.go), and
// functions' Prepare hooks run once per statement, so per-row work only
// evaluates. Result sets stream to odpscmd-style tables or CSV. Tables are
// read and written through the Warehouse interface (eval/warehouse
// implements it over SQLite); a script's table changes commit only when the
// whole script succeeds. Errors are *Error values in MaxCompute's shape,
// ODPS-<code>:[line,col] <category> - <detail>.
//
// Queries are planned by plan_*.go into relational operators, rel_*.go
// (scan, filter, project, join, group, sort, ...), each a relation: its
// columns and a scan that pushes rows to a callback (rel.go).
//
// Function arguments may be lambdas (x -> expr) for the functions that
// declare them (TRANSFORM, FILTER, ...); lambda.go says how a lambda is
// typed, compiled and called per element.
//
// eval never knows which functions exist: package functions fills a
// Registry, and the command line wires the two together.
package eval
