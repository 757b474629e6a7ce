package functions

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// Helpers shared by the ARRAY, MAP and STRUCT functions (complex_*.go).

// arrayOf returns the element type of argument i, which must be an ARRAY
// (a NULL literal counts as an array of NULLs).
func arrayOf(name string, args []eval.Type, i int) (eval.Type, error) {
	switch t := args[i]; t.Kind {
	case eval.KindArray:
		return *t.Elem, nil
	case eval.KindVoid:
		return eval.VoidType, nil
	}
	return eval.Type{}, eval.ArgumentTypeError(name, i, args[i])
}

// mapOf returns the key and value types of argument i, which must be a MAP.
func mapOf(name string, args []eval.Type, i int) (eval.Type, eval.Type, error) {
	switch t := args[i]; t.Kind {
	case eval.KindMap:
		return *t.Key, *t.Elem, nil
	case eval.KindVoid:
		return eval.VoidType, eval.VoidType, nil
	}
	return eval.Type{}, eval.Type{}, eval.ArgumentTypeError(name, i, args[i])
}

// commonElem is the type two element types are both converted to: equal
// types stay, NULL takes the other's, scalars follow eval.CommonType and
// ARRAY/MAP/STRUCT types unify member by member.
func commonElem(a, b eval.Type) (eval.Type, bool) {
	switch {
	case a.Equal(b) || b.Kind == eval.KindVoid:
		return a, true
	case a.Kind == eval.KindVoid:
		return b, true
	case a.Kind != b.Kind:
		return eval.CommonType(a, b)
	case a.Kind == eval.KindArray:
		e, ok := commonElem(*a.Elem, *b.Elem)
		return eval.ArrayOf(e), ok
	case a.Kind == eval.KindMap:
		k, ok1 := commonElem(*a.Key, *b.Key)
		v, ok2 := commonElem(*a.Elem, *b.Elem)
		return eval.MapOf(k, v), ok1 && ok2
	case a.Kind == eval.KindStruct && len(a.Fields) == len(b.Fields):
		fields := make([]eval.Field, len(a.Fields))
		for i := range fields {
			t, ok := commonElem(a.Fields[i].Type, b.Fields[i].Type)
			if !ok {
				return eval.Type{}, false
			}
			fields[i] = eval.Field{Name: a.Fields[i].Name, Type: t}
		}
		return eval.StructOf(fields...), true
	}
	return eval.CommonType(a, b)
}

// concrete gives a NULL-only element type a printable one, as STRUCT does.
func concrete(t eval.Type) eval.Type {
	if t.Kind == eval.KindVoid {
		return eval.StringType
	}
	return t
}

// twoArrays unifies the element types of arguments 0 and 1 (ARRAY_EXCEPT,
// ARRAY_UNION, ...), returning the common element type.
func twoArrays(name string, args []eval.Type) (eval.Type, error) {
	if len(args) != 2 {
		return eval.Type{}, eval.ArgumentCountError(name, "2", len(args))
	}
	a, err := arrayOf(name, args, 0)
	if err != nil {
		return eval.Type{}, err
	}
	b, err := arrayOf(name, args, 1)
	if err != nil {
		return eval.Type{}, err
	}
	t, ok := commonElem(a, b)
	if !ok {
		return eval.Type{}, eval.ArgumentTypeError(name, 1, args[1])
	}
	return concrete(t), nil
}

// valueSet is a set of elements. Integers, strings and booleans are
// hashed; other values (DOUBLE with its NaN, DECIMAL, complex values) are
// compared one by one. NULL is a member like any other.
type valueSet struct {
	hashed  map[any]struct{}
	list    []eval.Value
	hasNull bool
}

func newValueSet() *valueSet { return &valueSet{hashed: map[any]struct{}{}} }

func hashable(v eval.Value) bool {
	switch v.(type) {
	case int64, string, bool:
		return true
	}
	return false
}

func (s *valueSet) has(v eval.Value) bool {
	switch {
	case v == nil:
		return s.hasNull
	case hashable(v):
		_, ok := s.hashed[v]
		return ok
	}
	for _, w := range s.list {
		if eval.Compare(v, w) == 0 {
			return true
		}
	}
	return false
}

// add adds v and reports whether it was new.
func (s *valueSet) add(v eval.Value) bool {
	if s.has(v) {
		return false
	}
	switch {
	case v == nil:
		s.hasNull = true
	case hashable(v):
		s.hashed[v] = struct{}{}
	default:
		s.list = append(s.list, v)
	}
	return true
}

// setOf returns the set of a's elements.
func setOf(a []eval.Value) *valueSet {
	s := newValueSet()
	for _, v := range a {
		s.add(v)
	}
	return s
}

// Duplicate-key policies of the functions that build maps, chosen by their
// optional first argument, else by odps.sql.map.key.dedup.policy.
const (
	policyLastWin   = "last_win"
	policyException = "exception"
	policyFlag      = "odps.sql.map.key.dedup.policy"
)

// dedupPolicy returns the policy named by arg ("" when the function has no
// policy argument), else the session's.
func dedupPolicy(ctx *eval.CallContext, arg string, given bool) (string, error) {
	if !given {
		arg, _ = ctx.Flag(policyFlag)
		if arg == "" {
			return policyLastWin, nil
		}
	}
	switch p := strings.ToLower(strings.TrimSpace(arg)); p {
	case policyLastWin, policyException:
		return p, nil
	}
	return "", eval.InvalidArgument("unknown duplicate-key policy '%s': use 'last_win' or 'exception' (argument or %s)", arg, policyFlag)
}

// mapBuilder builds a map, applying a duplicate-key policy: last_win
// replaces the value in place (the key keeps its first position).
type mapBuilder struct {
	m    *eval.Map
	keys *valueSet
	// at is the position of each hashable key in m, so that last_win
	// finds a repeated key without a scan: text with many repeated keys
	// (STR_TO_MAP of a large string) would otherwise build in quadratic
	// time.
	at     map[any]int
	keyT   eval.Type
	policy string
}

func newMapBuilder(keyT eval.Type, policy string, n int) *mapBuilder {
	return &mapBuilder{m: &eval.Map{Keys: make([]eval.Value, 0, n), Values: make([]eval.Value, 0, n)},
		keys: newValueSet(), at: map[any]int{}, keyT: keyT, policy: policy}
}

func (b *mapBuilder) put(k, v eval.Value) error {
	if k == nil {
		return eval.InvalidArgument("map keys must not be NULL")
	}
	if b.keys.add(k) {
		if hashable(k) {
			b.at[k] = len(b.m.Keys)
		}
		b.m.Keys = append(b.m.Keys, k)
		b.m.Values = append(b.m.Values, v)
		return nil
	}
	if b.policy == policyException {
		return eval.InvalidArgument("duplicate map key %s (the duplicate-key policy is exception; use last_win to keep the last value)", formatKey(k))
	}
	if hashable(k) { // b.at cannot be asked for a []byte key: it would panic
		b.m.Values[b.at[k]] = v
		return nil
	}
	for i, old := range b.m.Keys {
		if eval.Compare(old, k) == 0 {
			b.m.Values[i] = v
			break
		}
	}
	return nil
}

// formatKey renders a map key for a message.
func formatKey(k eval.Value) string {
	if s, ok := k.(string); ok {
		return "'" + s + "'"
	}
	return fmt.Sprint(k)
}

// policyArg splits an optional leading STRING policy argument off a map
// function's arguments: it reports how many arguments it takes (0 or 1).
func policyArg(args []eval.Type, rest int) int {
	if len(args) == rest+1 && args[0].Kind.IsString() {
		return 1
	}
	return 0
}

// lambdaArg checks that argument i is a lambda and returns its result type.
func lambdaArg(name string, args []eval.Type, i int) (eval.Type, error) {
	if i >= len(args) || args[i].Kind != eval.KindFunction {
		if i >= len(args) {
			return eval.Type{}, eval.ArgumentCountError(name, "more", len(args))
		}
		return eval.Type{}, eval.ArgumentTypeError(name, i, args[i])
	}
	return eval.LambdaResult(args[i]), nil
}

// lambdaWants checks a lambda's result kind (BOOLEAN predicates, BIGINT
// comparators; NULL is always accepted).
func lambdaWants(name string, args []eval.Type, i int, kinds ...eval.Kind) error {
	r, err := lambdaArg(name, args, i)
	if err != nil {
		return err
	}
	if r.Kind == eval.KindVoid {
		return nil
	}
	for _, k := range kinds {
		if r.Kind == k {
			return nil
		}
	}
	return eval.LambdaResultError(name, i, kinds[0].String(), r)
}

// withLambda returns a copy of the lambda type t whose result is r: the
// body's result is converted to r.
func withLambda(t eval.Type, r eval.Type) eval.Type {
	params := make([]eval.Type, len(t.Fields))
	for j, f := range t.Fields {
		params[j] = f.Type
	}
	return eval.FuncOf(params, r)
}

// lambdaParams answers a LambdaParams hook with fixed parameter types for
// the lambda at argument index at.
func lambdaParams(name string, at int, params func(args []eval.Type) ([]eval.Type, error)) func([]eval.Type, int) ([]eval.Type, error) {
	return func(args []eval.Type, i int) ([]eval.Type, error) {
		if i != at {
			return nil, eval.Errorf(eval.CodeSemantic, "argument %d of function %s is not a lambda", i+1, strings.ToLower(name))
		}
		return params(args)
	}
}

// asBool reads a predicate's result: NULL is not true.
func asBool(v eval.Value) (value, isNull bool) {
	b, ok := v.(bool)
	return b && ok, v == nil
}
