// Package parser reads MaxCompute SQL script mode: a participle grammar over a
// hand-written lexer, lowered to the position-carrying AST of ast.go.
// Expressions are a custom production of that grammar, parsed by hand by
// precedence climbing, which keeps a 10,000-statement script well under a
// second (see expr_parse.go); GrammarString prints both parts.
//
// Parse is the entry point; Substitute applies -D placeholders to script text
// before parsing. Parse errors are *Error values that print in MaxCompute's
// shape, ODPS-0130161:[line,col] Parse exception - <what was expected>.
package parser
