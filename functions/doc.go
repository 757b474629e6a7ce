// Package functions holds mcsql's built-in SQL functions as thin adapters
// over plain Go helpers, in the manner of cel-go's ext package: every
// function is declared as data (overloads with typed parameters), and its
// signature, a one-line description and an example live in its eval.Doc so
// the REPL's help and the README's table cannot drift from the code.
//
// Register fills an eval.Registry; NewRegistry returns one holding every
// function. eval resolves overloads, converts arguments to the parameter
// kinds and applies the NULL rule before an adapter runs, so adapters see
// only values of their declared kinds. Adapters report bad values with
// eval.InvalidArgument and never attach positions: the evaluator does that.
//
// Families live in their own files: encoders.go (HEX, UNHEX, BASE64,
// UNBASE64), strings.go, hashes.go, conditionals.go, datetime.go, math.go
// (with the math_*.go files it lists), sym.go (SYM_ENCRYPT, SYM_DECRYPT),
// other*.go (the rest of the "other functions" page), and the JSON family:
// json.go (GET_JSON_OBJECT, with json_scan.go, a one-pass scanner over JSON
// text), json_funcs.go (constructors and printing), json_query.go
// (JSON_EXTRACT, JSON_EXISTS, JSON_LENGTH, JSON_CONTAINS), json_modify.go
// (JSON_SET, JSON_INSERT, JSON_STRIP_NULLS), json_path.go (the JSON type's
// JSONPath) and json_convert.go (FROM_JSON, TO_JSON). editions.go holds
// the Bind wrappers for result types that depend on the data type edition.
package functions
