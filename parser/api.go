package parser

import "fmt"

// Error is a parse error at a position.
type Error struct {
	Pos Pos
	Msg string
}

// Error renders e in MaxCompute's shape:
// ODPS-0130161:[line,col] Parse exception - message. A message quoting huge
// user text is bounded (BoundMessage).
func (e *Error) Error() string {
	return fmt.Sprintf("ODPS-0130161:%s Parse exception - %s", e.Pos, BoundMessage(e.Msg))
}
