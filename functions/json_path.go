package functions

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// The JSONPath of the JSON type's functions (JSON_EXTRACT, JSON_EXISTS,
// JSON_LENGTH, JSON_CONTAINS, JSON_STRIP_NULLS, GET_JSON_OBJECT on JSON):
// an optional mode word (lax or strict), then $ followed by .name, ."name",
// .*, ['name'], ["name"], [*] and element subscripts [1, 2, 4 to 7] (an
// index, `last`, `last - n` or a range `a to b`). A path is parsed once per
// statement when it is constant.
//
// The JSON data type page (user-guide/maxcompute-json-type-usage-guide)
// documents the PostgreSQL modes: lax (the default) unwraps an array met by a
// member accessor ('$.phones.phonetype' is ["work","cell"]) and wraps a
// non-array met by an element accessor ('$[0]' of an object is the object,
// '$[1]' NULL, '$.name[*]' of "Molly" is ["Molly"]); strict selects nothing
// when the path does not match the structure.

// stdStep is one step: a member (name), every member (.* when member is
// set), an element (index), several elements (subs) or every element ([*]).
type stdStep struct {
	name     string
	index    int
	isIndex  bool
	wildcard bool
	member   bool
	subs     []subscript
}

// subscript is an index or an inclusive range of indexes; an end marked
// last counts back from the array's last element.
type subscript struct {
	from, to         int
	fromLast, toLast bool
}

// stdPath is a parsed path; wild says whether it can select several values.
type stdPath struct {
	steps  []stdStep
	wild   bool
	strict bool
	moded  bool // the path names its mode (lax or strict)
}

// parseStdPath parses a JSONPath; a malformed one is an error that quotes it.
func parseStdPath(path string) (*stdPath, error) {
	rest := strings.TrimSpace(path)
	out := &stdPath{}
	for _, mode := range [...]string{"lax ", "strict "} {
		if len(rest) > len(mode) && strings.EqualFold(rest[:len(mode)], mode) {
			rest = strings.TrimSpace(rest[len(mode):])
			out.strict, out.moded = mode == "strict ", true
		}
	}
	if !strings.HasPrefix(rest, "$") {
		return nil, stdPathError(path, "a path starts with $")
	}
	for i := 1; i < len(rest); {
		st, n, why := stdStepAt(rest, i)
		if why != "" {
			return nil, stdPathError(path, why)
		}
		out.steps = append(out.steps, st)
		out.wild = out.wild || st.wildcard || len(st.subs) > 1 || len(st.subs) == 1 && st.subs[0].isRange()
		i += n
	}
	return out, nil
}

// stdStepAt reads the step at rest[i:] and its length.
func stdStepAt(rest string, i int) (stdStep, int, string) {
	switch rest[i] {
	case '.':
		if i+1 < len(rest) && rest[i+1] == '*' {
			return stdStep{wildcard: true, member: true}, 2, ""
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
		if n, err := strconv.Atoi(inner); err == nil && n >= 0 {
			return stdStep{index: n, isIndex: true}, closing + 1, ""
		}
		subs, ok := parseSubscripts(inner)
		if !ok {
			return stdStep{}, 0, "expected [n], [*], ['name'] or a list like [1, 2, 4 to 7, last] with n a non-negative integer"
		}
		return stdStep{subs: subs}, closing + 1, ""
	}
	return stdStep{}, 0, "expected . or [ at offset " + strconv.Itoa(i)
}

func stdPathError(path, why string) error {
	return eval.InvalidArgument("Param json path %s is invalid: %s", quote(path), why)
}

// eval returns the values the path selects in node (none when absent).
func (p *stdPath) eval(node any) []any {
	m, _ := p.evalMulti(node)
	return m
}

// evalMulti also says whether a lax unwrap of an array happened, which
// makes the result several values like a wildcard.
func (p *stdPath) evalMulti(node any) ([]any, bool) {
	matches, multi := []any{node}, false
	for _, st := range p.steps {
		var next []any
		for _, m := range matches {
			var unwrapped bool
			next, unwrapped = appendStep(next, m, st, p.strict)
			multi = multi || unwrapped
		}
		if matches = next; len(matches) == 0 {
			return nil, false
		}
	}
	return matches, multi
}

// appendStep appends what st selects in n; in lax mode a member step over
// an array applies to its elements (unwrapped is then true) and an element
// step over a non-array sees it as a one-element array.
func appendStep(out []any, n any, st stdStep, strict bool) ([]any, bool) {
	elementStep := st.isIndex || st.subs != nil || st.wildcard && !st.member
	switch x := n.(type) {
	case *eval.JSONObject:
		switch {
		case elementStep:
			if !strict {
				out = appendElements(out, []any{x}, st)
			}
		case st.wildcard:
			out = append(out, x.Values...)
		default:
			if v, ok := x.Get(st.name); ok {
				out = append(out, v)
			}
		}
	case []any:
		if elementStep {
			return appendElements(out, x, st), false
		}
		if strict {
			return out, false
		}
		for _, e := range x {
			if o, ok := e.(*eval.JSONObject); ok {
				out, _ = appendStep(out, o, st, strict)
			}
		}
		return out, true
	default:
		if elementStep && !strict {
			out = appendElements(out, []any{x}, st)
		}
	}
	return out, false
}

// appendElements appends the elements of arr that an element step selects.
func appendElements(out []any, arr []any, st stdStep) []any {
	switch {
	case st.wildcard:
		return append(out, arr...)
	case st.isIndex:
		if st.index < len(arr) {
			out = append(out, arr[st.index])
		}
		return out
	}
	for _, sub := range st.subs {
		from, to := sub.bounds(len(arr))
		for i := max(from, 0); i <= to && i < len(arr); i++ {
			out = append(out, arr[i])
		}
	}
	return out
}

// parseSubscripts reads a subscript list: items separated by commas, each
// an index or `a to b`, an index being n, last or last - n.
func parseSubscripts(inner string) ([]subscript, bool) {
	var subs []subscript
	for _, item := range strings.Split(inner, ",") {
		var sub subscript
		lo, hi, isRange := strings.Cut(strings.TrimSpace(item), " to ")
		var ok bool
		if sub.from, sub.fromLast, ok = parseIndexExpr(lo); !ok {
			return nil, false
		}
		sub.to, sub.toLast = sub.from, sub.fromLast
		if isRange {
			if sub.to, sub.toLast, ok = parseIndexExpr(hi); !ok {
				return nil, false
			}
		}
		subs = append(subs, sub)
	}
	return subs, true
}

// parseIndexExpr reads n, last or last - n; for last the number is the
// distance back from the last element.
func parseIndexExpr(s string) (int, bool, bool) {
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(strings.ToLower(s), "last"); ok {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return 0, true, true
		}
		if !strings.HasPrefix(rest, "-") {
			return 0, false, false
		}
		n, err := strconv.Atoi(strings.TrimSpace(rest[1:]))
		return n, true, err == nil && n >= 0
	}
	n, err := strconv.Atoi(s)
	return n, false, err == nil && n >= 0
}

func (s subscript) isRange() bool { return s.from != s.to || s.fromLast != s.toLast }

// bounds resolves the subscript against an array of length n.
func (s subscript) bounds(n int) (int, int) {
	from, to := s.from, s.to
	if s.fromLast {
		from = n - 1 - from
	}
	if s.toLast {
		to = n - 1 - to
	}
	return from, to
}

// single returns the one value a path selects: several values (a
// wildcard) make a JSON array of them.
func (p *stdPath) single(node any) (any, bool) {
	m, multi := p.evalMulti(node)
	switch {
	case len(m) == 0:
		return nil, false
	case p.wild || multi:
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
