package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/odps"
	"github.com/mcsql/mcsql/parser"
)

// remoteScript is a script ready for MaxCompute: the text to send and the
// project a leading USE chose ("" when none).
type remoteScript struct {
	Text    string
	Project string
}

// prepareRemote checks a script (-D already substituted) before anything
// is sent: --check's rules (undefined placeholders, parse errors, script
// mode's order, one printing SELECT, CREATE TABLE AS last, ORDER BY with
// LIMIT), then the statements only mcsql or odpscmd run (TUNNEL, READ,
// WHOAMI, USE after the first statement) and keysets wrapped by mcsql's
// local KMS. It returns every error found, in script order; none means
// the script may be sent.
func prepareRemote(src string, undefined []parser.Placeholder, kmsKeys func() (map[string]bool, error)) (remoteScript, []error) {
	// A byte order mark is no character of the script (mcsql's columns
	// skip it); MaxCompute is not asked to agree.
	src = strings.TrimPrefix(src, "\uFEFF")
	out := remoteScript{Text: src}
	var errs []error
	if len(undefined) > 0 {
		errs = append(errs, undefinedError(undefined))
	}
	if line, col, what, bad := odps.BadXMLChar(src); bad {
		errs = append(errs, &eval.Error{Code: eval.CodeParse, Pos: parser.Pos{Line: line, Col: col}, HasPos: true,
			Msg: notSent + fmt.Sprintf("the script holds %s, which a MaxCompute request (an XML document) cannot carry: remove it, or write it in a string literal as an escape such as '\\001'", what)})
	}
	script, err := parser.Parse(src)
	if err != nil {
		return out, append(errs, err)
	}
	for _, v := range eval.CheckScript(script) {
		errs = append(errs, v)
	}
	leading := true
	for _, st := range script.Stmts {
		if use, ok := st.(*parser.UseStmt); ok && leading && !projectNameRE.MatchString(use.Project) {
			errs = append(errs, &eval.Error{Code: eval.CodeSemantic, Pos: use.Pos, HasPos: true,
				Msg: fmt.Sprintf("%q is not a project name: a letter followed by letters, digits or '_'", parser.ShortText(use.Project))})
			continue
		}
		if use, ok := st.(*parser.UseStmt); ok && leading {
			// odpscmd runs USE itself: it chooses the project the script
			// is submitted to. It is blanked, not cut, so that MaxCompute's
			// [line,col] still point into the user's file.
			out.Project = use.Project
			out.Text = blankStatement(out.Text, use.Pos)
			continue
		}
		leading = false
		errs = append(errs, localOnly(st)...)
	}
	errs = append(errs, localKMSCalls(src, kmsKeys)...)
	sortErrors(errs)
	return out, errs
}

// notSent prefixes every refusal: the user must see that MaxCompute was
// not asked.
const notSent = "not sent to MaxCompute: "

// localOnly reports st, and the statements inside an IF, when only a
// client runs them.
func localOnly(st parser.Stmt) []error {
	refuse := func(format string, args ...any) []error {
		return []error{&eval.Error{Code: eval.CodeSemantic, Pos: st.Position(), HasPos: true, Msg: notSent + fmt.Sprintf(format, args...)}}
	}
	switch st := st.(type) {
	case *parser.TunnelStmt:
		return refuse("TUNNEL is odpscmd's data command, run by the client on local files; MaxCompute's SQL has no such statement. " +
			"Upload or download before or after the script (odpscmd's tunnel, or mcsql locally)")
	case *parser.ReadStmt:
		return refuse("READ is odpscmd's client command; MaxCompute's SQL has no such statement. Write SELECT ... FROM %s LIMIT n instead", st.Table)
	case *parser.WhoamiStmt:
		return refuse("WHOAMI is odpscmd's client command, which MaxCompute's SQL lacks. Remove it (the account is the AccessKey's)")
	case *parser.UseStmt:
		return refuse("USE after the first statement: script mode compiles the script as one job in one project. " +
			"Put USE first, use --project, or name other projects' tables project.table")
	case *parser.IfStmt:
		var errs []error
		for _, inner := range append(append([]parser.Stmt{}, st.Then...), st.Else...) {
			errs = append(errs, localOnly(inner)...)
		}
		return errs
	}
	return nil
}

// sortErrors orders positioned errors by line and column; errors without
// a position keep their place at the front.
func sortErrors(errs []error) {
	pos := func(err error) (parser.Pos, bool) {
		var ee *eval.Error
		if errors.As(err, &ee) && ee.HasPos {
			return ee.Pos, true
		}
		var pe *parser.Error
		if errors.As(err, &pe) {
			return pe.Pos, true
		}
		return parser.Pos{}, false
	}
	for i := 1; i < len(errs); i++ { // insertion sort: stable, and lists are short
		for j := i; j > 0; j-- {
			a, okA := pos(errs[j-1])
			b, okB := pos(errs[j])
			if !okA || !okB || a.Line < b.Line || a.Line == b.Line && a.Col <= b.Col {
				break
			}
			errs[j-1], errs[j] = errs[j], errs[j-1]
		}
	}
}

// blankStatement replaces the statement starting at pos, up to and with
// its ';', by spaces, keeping line breaks, so that every later position
// is unchanged.
func blankStatement(src string, pos parser.Pos) string {
	start := byteOffset(src, pos)
	end := len(src)
	toks, _ := parser.Tokens(src)
	for _, t := range toks {
		if t.Start >= start && t.Kind == parser.TokenSymbol && t.Text == ";" {
			end = t.End
			break
		}
	}
	var b strings.Builder
	b.Grow(len(src))
	b.WriteString(src[:start])
	for _, r := range src[start:end] {
		if r == '\n' || r == '\r' {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString(src[end:])
	return b.String()
}

// byteOffset converts a 1-based line and character column to a byte
// offset in src.
func byteOffset(src string, pos parser.Pos) int {
	off := 0
	for line := 1; line < pos.Line; line++ {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return len(src)
		}
		off += i + 1
	}
	for col := 1; col < pos.Col && off < len(src); col++ {
		_, n := utf8.DecodeRuneInString(src[off:])
		off += n
	}
	return off
}

// checkRemote is --check --engine maxcompute: --check's rules and what
// --engine maxcompute refuses before sending, with nothing sent.
func checkRemote(src string, undefined []parser.Placeholder, stderr io.Writer, home string) int {
	_, errs := prepareRemote(src, undefined, localKMSKeys(home))
	for _, err := range errs {
		fmt.Fprintf(stderr, "FAILED: %v\n", err)
	}
	if len(errs) > 0 {
		return exitSQL
	}
	fmt.Fprintln(stderr, "OK: the script follows MaxCompute's script-mode rules and can be sent to MaxCompute")
	return exitOK
}
