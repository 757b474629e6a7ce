package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// CallContext is what a function sees of the session: randomness, the clock
// and a stream for notices. It is the same for every call of a statement.
type CallContext struct {
	Rand     io.Reader
	Now      func() time.Time
	Location *time.Location // the session time zone (odps.sql.timezone), for GETDATE and friends
	// Flags are the session's SET flags (lower-case keys), for functions
	// whose pages name one (odps.sql.map.key.dedup.policy); read only.
	Flags map[string]string
	// Edition is the data type edition the SET flags chose; functions whose
	// pages document per-edition results read it.
	Edition Edition
	Notice  io.Writer // stderr: notices that are not results
	// Ctx is the running script's context (Background unless the script
	// runs through RunContext); calls to remote services should use it.
	Ctx context.Context
	// Services holds session-wide collaborators that functions need, keyed by
	// a name their package chooses (the KMS client, for example).
	Services map[string]any
	// Tables runs fn in the running script's warehouse transaction, so
	// that MAX_PT, TABLE_EXISTS and PARTITION_EXISTS see the tables the
	// script created; it fails when the session has no warehouse.
	Tables func(fn func(Tx) error) error
	// Flag returns a SET flag of the session (keys in lower case) and
	// whether it was set, for functions whose pages document one
	// (odps.sql.map.key.dedup.policy for STR_TO_MAP).
	Flag func(key string) (string, bool)
}

// Impl evaluates a function on arguments already converted to the
// overload's parameter types. Unless the overload is NullSafe, no argument
// is NULL (nil). The args slice is reused by the evaluator for the next
// call: an Impl may keep the values but not the slice.
type Impl func(ctx *CallContext, args []Value) (Value, error)

// Param is one parameter of an overload. Kinds lists the kinds it accepts,
// in order of preference; an argument of another kind is converted
// implicitly to the first kind it can be converted to. No Kinds means any
// type, unconverted.
type Param struct {
	Name  string
	Kinds []Kind
}

// Overload is one signature of a function.
type Overload struct {
	// Params are the fixed parameters. When Variadic is set the last one may
	// repeat, so at least len(Params) arguments are needed.
	Params   []Param
	Variadic bool
	// Result is the result type of a fixed-signature overload.
	Result Type
	// Generic, when set, replaces Params and Result: given the argument
	// types it returns the types to convert each argument to and the result
	// type, or an error (use ArgumentTypeError / ArgumentCountError). It lets
	// COALESCE, IF, NVL and friends compute a common type.
	Generic func(args []Type) (params []Type, result Type, err error)
	// GenericConst is Generic for functions whose result type depends on
	// the value of a constant argument (NAMED_STRUCT's field names, FIELD's
	// field name): consts[i] is argument i's value when isConst[i]. A
	// non-nil impl replaces Impl at this call site (FIELD's field index).
	GenericConst func(args []Type, consts []Value, isConst []bool) (params []Type, result Type, impl Impl, err error)
	// LambdaParams, when set, lets the overload take lambda arguments: given
	// the types of the call's arguments (a lambda's is a KindFunction type,
	// whose result is known once that lambda is compiled; before that its
	// Fields only count the parameters the lambda declares; lambdas are
	// compiled left to right) it returns the parameter types of the lambda
	// at argument i, or an error when no lambda belongs there. Generic then
	// sees each lambda's FuncOf type, and the Impl gets a *Lambda to call
	// (see lambda.go). Prepare does not run for calls with lambdas.
	LambdaParams func(args []Type, i int) ([]Type, error)
	// NullSafe overloads see NULL arguments; others return NULL when any
	// argument is NULL, without being called.
	NullSafe bool
	Impl     Impl
	// Prepare, when set, is called once per statement. consts[i] holds the
	// value of argument i when it is the same for every row (a literal, a
	// variable, a constant expression) and isConst[i] says so. The returned
	// Impl is used for every row; this is where a constant keyset is decoded
	// and its ciphers built, once.
	Prepare func(ctx *CallContext, consts []Value, isConst []bool) (Impl, error)
	// Typed, when set, is called once per call site at compile time with
	// the argument types and the constant arguments. It returns the result
	// type, which replaces Result (FROM_JSON's is written in its constant
	// schema string), and optionally an Impl for this call site that
	// replaces Impl (TO_JSON needs its argument's STRUCT member names).
	Typed func(args []Type, consts []Value, isConst []bool) (Type, Impl, error)
	// PrepareTyped is Prepare for functions whose work depends on the
	// types the call resolved to, which values alone do not tell apart
	// (HASH hashes an INT and a BIGINT differently; GREATEST compares a
	// DOUBLE with DECIMALs as a DECIMAL). When set it is used instead of
	// Prepare, given the argument types (after conversion) and the result.
	PrepareTyped func(ctx *CallContext, params []Type, result Type, consts []Value, isConst []bool) (Impl, error)
	// Lazy, when set, evaluates the calls of a NullSafe overload instead
	// of Impl, asking for the arguments it needs one at a time (see
	// LazyImpl): the COALESCE page says that once a non-NULL value is found
	// the remaining arguments are not evaluated.
	Lazy LazyImpl
}

// Doc is a function's help text, shown by the REPL's help command and the
// README's function table, so they cannot drift from the registry.
type Doc struct {
	// Category is the documentation's function group (CategoryString, ...),
	// by which help and the README list functions.
	Category    string
	Signature   string // e.g. "STRING HEX(BIGINT|DOUBLE|DECIMAL|STRING|BINARY x)"
	Description string // one line
	Example     string // e.g. "select hex('abc'); -- 616263"
}

// Function is a named function with its overloads.
type Function struct {
	Name      string // canonical upper-case name
	Overloads []*Overload
	// Volatile functions give a new value per call (NEW_KEYSET, RAND,
	// ENHANCED_SYM_ENCRYPT with AES-GCM): they are never folded into
	// constants.
	Volatile bool
	Doc      Doc
}

// Registry holds the functions a session can call. eval never knows which
// functions exist: package functions fills a Registry.
type Registry struct {
	funcs map[string]*Function
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{funcs: map[string]*Function{}} }

// Register adds f, replacing nothing: registering a name twice is a
// programming error and panics at start-up.
func (r *Registry) Register(f *Function) {
	key := strings.ToUpper(f.Name)
	if _, dup := r.funcs[key]; dup {
		panic("eval: function registered twice: " + key)
	}
	f.Name = key
	r.funcs[key] = f
}

// Alias registers an existing function under another name (SUBSTRING for SUBSTR).
func (r *Registry) Alias(alias, name string) {
	f, ok := r.funcs[strings.ToUpper(name)]
	if !ok {
		panic("eval: alias of unknown function " + name)
	}
	r.funcs[strings.ToUpper(alias)] = f
}

// Lookup finds a function by name, case-insensitively.
func (r *Registry) Lookup(name string) (*Function, bool) {
	f, ok := r.funcs[strings.ToUpper(name)]
	return f, ok
}

// Names returns every registered name (aliases included), sorted.
func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.funcs))
	for n := range r.funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Resolution is the outcome of overload resolution for one call site.
type Resolution struct {
	Overload *Overload
	Params   []Type // the type each argument is converted to
	Result   Type
}

// Resolve picks the overload of f for arguments of the given types. The
// first overload whose parameters accept every argument exactly wins;
// otherwise the first that accepts them through implicit conversions.
// Errors carry no position: the caller attaches the call's.
func (f *Function) Resolve(args []Type) (*Resolution, error) {
	var best *Resolution
	bestConversions := -1
	arityOK := false
	badArg := -1
	for _, o := range f.Overloads {
		if o.Generic != nil {
			params, result, err := o.Generic(args)
			if err != nil {
				return nil, err
			}
			return &Resolution{Overload: o, Params: params, Result: result}, nil
		}
		if !o.acceptsCount(len(args)) {
			continue
		}
		arityOK = true
		params, conversions, bad := o.match(args)
		if bad >= 0 {
			if badArg < 0 || bad > badArg {
				badArg = bad
			}
			continue
		}
		if best == nil || conversions < bestConversions {
			best = &Resolution{Overload: o, Params: params, Result: o.Result}
			bestConversions = conversions
		}
	}
	switch {
	case best != nil:
		return best, nil
	case !arityOK:
		return nil, ArgumentCountError(f.Name, f.arityText(), len(args))
	default:
		return nil, ArgumentTypeError(f.Name, badArg, args[badArg])
	}
}

func (o *Overload) acceptsCount(n int) bool {
	if o.Variadic {
		return n >= len(o.Params)
	}
	return n == len(o.Params)
}

// match returns the parameter types for args, the number of implicit
// conversions needed, and the index of the first argument no parameter
// accepts (-1 when all are accepted).
func (o *Overload) match(args []Type) ([]Type, int, int) {
	params := make([]Type, len(args))
	conversions := 0
	for i, a := range args {
		p := o.Params[min(i, len(o.Params)-1)]
		t, exact, ok := p.accept(a)
		if !ok {
			return nil, 0, i
		}
		if !exact {
			conversions++
		}
		params[i] = t
	}
	return params, conversions, -1
}

// accept returns the type an argument of type a is converted to for p.
func (p Param) accept(a Type) (Type, bool, bool) {
	if len(p.Kinds) == 0 {
		return a, true, true
	}
	for _, k := range p.Kinds {
		if a.Kind == k {
			return a, true, true
		}
	}
	for _, k := range p.Kinds {
		t := Type{Kind: k}
		if a.Kind == KindVoid || CanImplicit(a, t) {
			return t, false, true
		}
	}
	return Type{}, false, false
}

func (f *Function) arityText() string {
	lo, hi, variadic := -1, -1, false
	for _, o := range f.Overloads {
		n := len(o.Params)
		if lo < 0 || n < lo {
			lo = n
		}
		if n > hi {
			hi = n
		}
		variadic = variadic || o.Variadic
	}
	switch {
	case variadic:
		return fmt.Sprintf("at least %d", lo)
	case lo == hi:
		return fmt.Sprint(lo)
	default:
		return fmt.Sprintf("%d to %d", lo, hi)
	}
}

// ArgumentCountError is ODPS-0130221: function Y needs m parameters, actually have n.
func ArgumentCountError(function, needs string, have int) *Error {
	return Errorf(CodeArgumentCount, "function %s needs %s parameters, actually have %d", strings.ToLower(function), needs, have)
}

// ArgumentTypeError is ODPS-0130121: invalid type X of argument m for function Y
// (index is 0-based; the message counts from 1).
func ArgumentTypeError(function string, index int, t Type) *Error {
	return Errorf(CodeArgumentType, "invalid type %s of argument %d for function %s", t, index+1, strings.ToLower(function))
}
