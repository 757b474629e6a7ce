// Package parser reads MaxCompute SQL script mode: a participle grammar over a
// hand-written lexer, lowered to the position-carrying AST of ast.go.
// Expressions are a custom production of that grammar, parsed by hand by
// precedence climbing, which keeps a 10,000-statement script well under a
// second (see expr_parse.go); GrammarString prints both parts.
//
// Parse is the entry point; ParseLazy parses the same way but keeps a long
// script as its text and statement positions, parsing each statement again
// when it is asked for (lazy.go), so that a script's memory does not grow
// with its length; participle reads the tokens a window at a time
// (stream.go). Substitute applies -D placeholders to script text before
// parsing. Parse errors are *Error values that print in MaxCompute's
// shape, ODPS-0130161:[line,col] Parse exception - <what was expected>.
package parser
