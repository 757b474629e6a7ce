package eval

import (
	"errors"
	"fmt"

	"github.com/mcsql/mcsql/parser"
)

// Error codes, as MaxCompute reports them.
const (
	CodeParse           = "0130161" // Parse exception
	CodeSemantic        = "0130071" // Semantic analysis exception
	CodeArgumentType    = "0130121" // Invalid argument type
	CodeArgumentCount   = "0130221" // Invalid number of arguments
	CodeTypeCast        = "0123091" // Illegal type cast
	CodeInvalidArgument = "0121095" // Invalid argument
	CodeTableNotFound   = "0130131" // Table not found
	CodeTableExists     = "0130151" // Table or view already exists
	CodePartition       = "0123031" // Partition exception
	CodeProjectNotFound = "0420111" // Project not found
	// CodeOutOfMemory is a failed job (Fuxi job failed), the code of
	// MaxCompute's out-of-memory failures; mcsql gives it when a statement
	// passes its memory budget (membudget.go).
	CodeOutOfMemory = "0123144"
	// CodeCancelled is a statement stopped by Ctrl-C in the shell. It is
	// mcsql's own, no MaxCompute code, and renders without "ODPS-".
	CodeCancelled = "cancelled"
)

var categories = map[string]string{
	CodeParse:           "Parse exception",
	CodeSemantic:        "Semantic analysis exception",
	CodeArgumentType:    "Invalid argument type",
	CodeArgumentCount:   "Invalid number of arguments",
	CodeTypeCast:        "Illegal type cast",
	CodeInvalidArgument: "Invalid argument",
	CodeTableNotFound:   "Table not found",
	CodeTableExists:     "Table or view already exists",
	CodePartition:       "Partition exception",
	CodeProjectNotFound: "Project not found",
	CodeOutOfMemory:     "Fuxi job failed",
	CodeCancelled:       "Statement cancelled",
}

// Error is a MaxCompute-style error: ODPS-<code>:[line,col] <category> - <detail>.
// Functions return Errors without a position (HasPos false); the evaluator
// attaches the position of the expression that failed, once.
type Error struct {
	Code   string
	Pos    parser.Pos
	HasPos bool
	Msg    string
}

// Error renders e. A detail quoting huge user text (a 100 MB identifier or
// literal) is bounded by parser.BoundMessage, so stderr stays small.
func (e *Error) Error() string {
	pos := ""
	if e.HasPos {
		pos = e.Pos.String() + " "
	}
	if e.Code == CodeCancelled {
		return fmt.Sprintf("%s%s - %s", pos, categories[e.Code], e.Msg)
	}
	return fmt.Sprintf("ODPS-%s:%s%s - %s", e.Code, pos, categories[e.Code], parser.BoundMessage(e.Msg))
}

// Errorf returns an Error with the code and a formatted detail, without position.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, args...)}
}

// InvalidArgument returns an ODPS-0121095 error: a bad value at run time.
func InvalidArgument(format string, args ...any) *Error {
	return Errorf(CodeInvalidArgument, format, args...)
}

// At returns err positioned at pos. An *Error that already has a position is
// returned unchanged; a parse error keeps its own; any other error becomes an
// ODPS-0121095 Invalid argument error at pos.
func At(pos parser.Pos, err error) error {
	if err == nil {
		return nil
	}
	var pe *parser.Error
	if errors.As(err, &pe) {
		return err
	}
	var e *Error
	if errors.As(err, &e) {
		if e.HasPos {
			return e
		}
		c := *e
		c.Pos, c.HasPos = pos, true
		return &c
	}
	return &Error{Code: CodeInvalidArgument, Pos: pos, HasPos: true, Msg: err.Error()}
}
