package functions

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// The JSONPath of the JSON type's functions (JSON_EXTRACT, JSON_EXISTS,
// JSON_LENGTH, JSON_CONTAINS, JSON_STRIP_NULLS, GET_JSON_OBJECT on JSON):
// an optional mode word (lax or strict), then $ followed by .name, ."name",
// .*, ['name'], ["name"], [n] and [*]. A path is parsed once per statement
// when it is constant.

// stdStep is one step: a member (name), every member (.*), an element
// (index) or every element ([*]).
type stdStep struct {
	name     string
	index    int
	isIndex  bool
	wildcard bool
}

// stdPath is a parsed path; wild says whether it can select several values.
type stdPath struct {
	steps []stdStep
	wild  bool
}

// parseStdPath parses a JSONPath; a malformed one is an error that quotes it.
func parseStdPath(path string) (*stdPath, error) {
	rest := strings.TrimSpace(path)
	for _, mode := range [...]string{"lax ", "strict "} {
		if len(rest) > len(mode) && strings.EqualFold(rest[:len(mode)], mode) {
			rest = strings.TrimSpace(rest[len(mode):])
		}
	}
	if !strings.HasPrefix(rest, "$") {
		return nil, stdPathError(path, "a path starts with $")
	}
	out := &stdPath{}
	for i := 1; i < len(rest); {
		st, n, why := stdStepAt(rest, i)
		if why != "" {
			return nil, stdPathError(path, why)
		}
		out.steps = append(out.steps, st)
		out.wild = out.wild || st.wildcard
		i += n
	}
	return out, nil
}

// stdStepAt reads the step at rest[i:] and its length.
func stdStepAt(rest string, i int) (stdStep, int, string) {
	switch rest[i] {
	case '.':
		if i+1 < len(rest) && rest[i+1] == '*' {
			return stdStep{wildcard: true}, 2, ""
		}
		if i+1 < len(rest) && rest[i+1] == '"' {
			end := eval.ScanJSONString(rest, i+1)
			if end < 0 {
				return stdStep{}, 0, "unterminated quoted member name"
			}
			return stdStep{name: eval.UnquoteJSONString(rest[i+1 : end])}, end - i, ""
		}
		end := i + 1
		for end < len(rest) && rest[end] != '.' && rest[end] != '[' {
			end++
		}
		if end == i+1 {
			return stdStep{}, 0, "a member name must follow ."
		}
		return stdStep{name: strings.TrimSpace(rest[i+1 : end])}, end - i, ""
	case '[':
		closing := strings.IndexByte(rest[i:], ']')
		if q := rest[min(i+1, len(rest)-1)]; q == '\'' || q == '"' {
			// The name may hold ']': find the closing quote first.
			if end := strings.IndexByte(rest[i+2:], q); end >= 0 {
				closing = strings.IndexByte(rest[i+2+end:], ']') + 2 + end
			}
		}
		if closing < 0 {
			return stdStep{}, 0, "[ is not closed by ]"
		}
		inner := strings.TrimSpace(rest[i+1 : i+closing])
		switch {
		case inner == "*":
			return stdStep{wildcard: true}, closing + 1, ""
		case len(inner) >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[len(inner)-1] == inner[0]:
			return stdStep{name: inner[1 : len(inner)-1]}, closing + 1, ""
		}
		n, err := strconv.Atoi(inner)
		if err != nil || n < 0 {
			return stdStep{}, 0, "expected [n], [*] or ['name'] with n a non-negative integer"
		}
		return stdStep{index: n, isIndex: true}, closing + 1, ""
	}
	return stdStep{}, 0, "expected . or [ at offset " + strconv.Itoa(i)
}

func stdPathError(path, why string) error {
	return eval.InvalidArgument("Param json path %s is invalid: %s", quote(path), why)
}

// eval returns the values the path selects in node (none when absent).
func (p *stdPath) eval(node any) []any {
	matches := []any{node}
	for _, st := range p.steps {
		var next []any
		for _, m := range matches {
			next = appendStep(next, m, st)
		}
		if matches = next; len(matches) == 0 {
			return nil
		}
	}
	return matches
}

func appendStep(out []any, n any, st stdStep) []any {
	switch x := n.(type) {
	case *eval.JSONObject:
		switch {
		case st.isIndex:
		case st.wildcard:
			out = append(out, x.Values...)
		default:
			if v, ok := x.Get(st.name); ok {
				out = append(out, v)
			}
		}
	case []any:
		switch {
		case st.wildcard:
			out = append(out, x...)
		case st.isIndex && st.index < len(x):
			out = append(out, x[st.index])
		}
	}
	return out
}

// single returns the one value a path selects: several values (a
// wildcard) make a JSON array of them.
func (p *stdPath) single(node any) (any, bool) {
	m := p.eval(node)
	switch {
	case len(m) == 0:
		return nil, false
	case p.wild:
		return m, true
	}
	return m[0], true
}

// pathPrepare returns a Prepare hook for an overload whose argument
// pathArg is a path: a constant path is parsed once and then run is
// called with it per row; otherwise each row parses its own. onBad says
// what an invalid path gives; when it is nil, run is called with a nil path.
func pathPrepare(pathArg int, run func(p *stdPath, args []eval.Value) (eval.Value, error),
	onBad func(error) (eval.Value, error)) (eval.Impl, func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error)) {
	perRow := func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if pathArg >= len(args) {
			return run(&stdPath{}, args)
		}
		s, ok := args[pathArg].(string)
		if !ok { // a NULL path (only NullSafe overloads see one)
			if onBad == nil {
				return run(nil, args)
			}
			return nil, nil
		}
		p, err := parseStdPath(s)
		if err != nil {
			if onBad == nil {
				return run(nil, args)
			}
			return onBad(err)
		}
		return run(p, args)
	}
	prep := func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if pathArg >= len(consts) || !isConst[pathArg] || consts[pathArg] == nil {
			return perRow, nil
		}
		s, _ := consts[pathArg].(string)
		p, err := parseStdPath(s)
		if err != nil && onBad == nil {
			return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) { return run(nil, args) }, nil
		}
		if err != nil {
			v, err := onBad(err)
			if err != nil {
				return nil, err // a constant malformed path fails the statement up front
			}
			return func(*eval.CallContext, []eval.Value) (eval.Value, error) { return v, nil }, nil
		}
		return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) { return run(p, args) }, nil
	}
	return perRow, prep
}

func failBadPath(err error) (eval.Value, error) { return nil, err }

func nullOnBadPath(error) (eval.Value, error) { return nil, nil }
