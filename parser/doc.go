// Package parser reads MaxCompute SQL script mode: a participle grammar over a
// hand-written lexer, lowered to the position-carrying AST of ast.go.
//
// Parse is the entry point; Substitute applies -D placeholders to script text
// before parsing. Parse errors are *Error values that print in MaxCompute's
// shape, ODPS-0130161:[line,col] Parse exception - <what was expected>.
package parser
