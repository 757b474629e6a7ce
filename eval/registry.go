package eval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// CallContext is what a function sees of the session: randomness, the clock,
// the SET flags and a stream for notices. It is the same for every call of
// a statement.
type CallContext struct {
	Rand     io.Reader
	Now      func() time.Time
	Location *time.Location // the session time zone (odps.sql.timezone), for GETDATE and friends
	// Edition is the data type edition the SET flags chose (SetFlag keeps it
	// in step); functions whose pages document per-edition results or
	// result types read it, at run time in an Impl or at compile time in a
	// Bind hook.
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
	flags  map[string]string // the SET flags by lower-case key: see Flag
}

// Flag returns the value of the session's SET flag key (any case) and
// whether it was set, for functions whose pages name a flag
// (odps.sql.map.key.dedup.policy for STR_TO_MAP and MAP_FROM_ARRAYS).
func (c *CallContext) Flag(key string) (string, bool) {
	if c == nil {
		return "", false
	}
	v, ok := c.flags[strings.ToLower(key)]
	return v, ok
}

// SetFlag records SET key=value and derives Edition again from the
// edition flags, so that the two never disagree. The session calls it for
// every SET statement; tests may call it to set up a context.
func (c *CallContext) SetFlag(key, value string) {
	if c.flags == nil {
		c.flags = map[string]string{}
	}
	c.flags[strings.ToLower(key)] = value
	c.Edition = editionOf(c.flags)
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

// Overload is one signature of a function. It states its types in one of
// two ways:
//
//   - fixed: Params (with Variadic) and Result. Resolution picks, among
//     the fixed overloads, the one whose Params accept the arguments with
//     the fewest implicit conversions. A Bind hook may then refine the
//     call site: the result type (HASH's is INT in the Hive-compatible
//     edition) or the Impl (TO_JSON's needs its argument's STRUCT names).
//   - computed: Bind and no Params. Bind checks the arguments itself and
//     decides their parameter types and the result (COALESCE's common
//     type, NAMED_STRUCT's field names). Such an overload takes every
//     call that reaches it, in the order of Function.Overloads.
//
// Bind runs once per call site at compile time and sees the session
// (edition and flags) and the constant arguments; Prepare runs once per
// statement after the arguments are converted, to do per-statement work
// on constant values (compile a regular expression, parse a format).
type Overload struct {
	// Params are the fixed parameters. When Variadic is set the last one may
	// repeat, so at least len(Params) arguments are needed.
	Params   []Param
	Variadic bool
	// Result is a fixed overload's result type; its Bind hook, if any,
	// decides the one of each call site.
	Result Type
	// Bind, when set, types one call site at compile time (see above and
	// CallSite, Binding). Errors are ArgumentTypeError, ArgumentCountError
	// or other *Error values, without a position. BindTypes adapts a
	// function of the argument types alone.
	Bind func(site *CallSite) (Binding, error)
	// LambdaParams, when set, lets the overload take lambda arguments: given
	// the types of the call's arguments (a lambda's is a KindFunction type,
	// whose result is known once that lambda is compiled; before that its
	// Fields only count the parameters the lambda declares; lambdas are
	// compiled left to right) it returns the parameter types of the lambda
	// at argument i, or an error when no lambda belongs there. Bind then
	// sees each lambda's FuncOf type, and the Impl gets a *Lambda to call
	// (see lambda.go). Prepare does not run for calls with lambdas.
	LambdaParams func(args []Type, i int) ([]Type, error)
	// NullSafe overloads see NULL arguments; others return NULL when any
	// argument is NULL, without being called.
	NullSafe bool
	Impl     Impl
	// Prepare, when set, is called once per statement. consts[i] holds the
	// value of argument i, converted to its parameter type, when it is the
	// same for every row (a literal, a variable, a constant expression) and
	// isConst[i] says so. The returned Impl is used for every row, in place
	// of Impl and of any Impl Bind chose; this is where a constant keyset
	// is decoded and its ciphers built, once. Work that depends on the
	// argument types rather than on values belongs in Bind.
	Prepare func(ctx *CallContext, consts []Value, isConst []bool) (Impl, error)
	// Lazy, when set, evaluates the calls of a NullSafe overload instead
	// of Impl, asking for the arguments it needs one at a time (see
	// LazyImpl): the COALESCE page says that once a non-NULL value is found
	// the remaining arguments are not evaluated.
	Lazy LazyImpl
}

// CallSite is what a Bind hook sees of one call at compile time.
type CallSite struct {
	// Ctx is the session where the statement is compiled: Edition, Flag.
	// Never nil in a hook.
	Ctx *CallContext
	// Args are the static types of the arguments as written.
	Args []Type
	// Params are the types a fixed overload's Params convert the arguments
	// to; nil for a computed overload.
	Params []Type
	// Consts[i] is the value of argument i (not converted) when it is the
	// same for every row, which IsConst[i] says; a Bind hook may read type
	// information from it (FROM_JSON's schema, FIELD's field name).
	Consts  []Value
	IsConst []bool
	// args are the compiled arguments, for DecimalLiteral; nil in tests.
	args []expr
}

// DecimalLiteral reports whether argument i is a number literal typed
// DOUBLE (1.5, 1e3) whose digits fit DECIMAL type t. Such an argument
// converts implicitly to t from its digits, exactly (literal_text.go), so
// a hook may give it a DECIMAL parameter: GREATEST and LEAST compare a
// DOUBLE meeting DECIMALs as a DECIMAL.
func (site *CallSite) DecimalLiteral(i int, t Type) bool {
	if i < 0 || i >= len(site.args) {
		return false
	}
	k, ok := site.args[i].(*constExpr)
	if !ok {
		return false
	}
	_, exact := k.exactDecimal(t)
	return exact
}

// complete returns site with what a caller (a test) left out filled in: a
// new session's context, and no constant arguments.
func (site *CallSite) complete() *CallSite {
	if site.Ctx != nil && len(site.Consts) == len(site.Args) && len(site.IsConst) == len(site.Args) {
		return site
	}
	s := *site
	if s.Ctx == nil {
		s.Ctx = &CallContext{}
	}
	if len(s.Consts) != len(s.Args) || len(s.IsConst) != len(s.Args) {
		s.Consts, s.IsConst = make([]Value, len(s.Args)), make([]bool, len(s.Args))
	}
	return &s
}

// Binding is a Bind hook's answer for one call site.
type Binding struct {
	// Params are the types the arguments are converted to; a computed
	// overload must set them, a fixed one may leave them nil to keep
	// CallSite.Params.
	Params []Type
	Result Type // the call's result type; always set
	// Impl, when set, replaces Overload.Impl at this call site.
	Impl Impl
}

// BindTypes is Bind for the many computed overloads whose types depend on
// the argument types alone: types returns the parameter and result types.
func BindTypes(types func(args []Type) (params []Type, result Type, err error)) func(*CallSite) (Binding, error) {
	return func(site *CallSite) (Binding, error) {
		params, result, err := types(site.Args)
		return Binding{Params: params, Result: result}, err
	}
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
	// External functions call a service outside the session (the KMS):
	// check mode (checkmode.go), which compiles a script before it runs,
	// never calls them and takes their results as unknown.
	External bool
	Doc      Doc
}

// Registry holds the functions a session can call. eval never knows which
// functions exist: package functions fills a Registry.
type Registry struct {
	funcs  map[string]*Function
	tables map[string]*TableFunction // registry_table.go
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
	Impl     Impl // Overload.Impl, or the one its Bind chose for this site
}

// Resolve picks the overload of f for a call site and binds it. A
// computed overload (Bind, no Params) takes the call when the search
// reaches it; otherwise the fixed overload whose parameters accept every
// argument exactly wins, else the one needing the fewest implicit
// conversions. Errors carry no position: the caller attaches the call's.
func (f *Function) Resolve(site *CallSite) (*Resolution, error) {
	site = site.complete()
	o, params, err := f.pick(site)
	if err != nil {
		return nil, err
	}
	return f.bind(o, site, params)
}

// pick chooses the overload for arguments of the given types and, for a
// fixed one, the types its Params convert them to.
func (f *Function) pick(site *CallSite) (*Overload, []Type, error) {
	args := site.Args
	var best *Overload
	var bestParams []Type
	bestConversions := -1
	arityOK := false
	badArg := -1
	for _, o := range f.Overloads {
		if o.Bind != nil && o.Params == nil {
			return o, nil, nil
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
			best, bestParams, bestConversions = o, params, conversions
		}
	}
	switch {
	case best != nil:
		return best, bestParams, nil
	case !arityOK:
		return nil, nil, ArgumentCountError(f.Name, f.arityText(), len(args))
	default:
		return nil, nil, f.withBinaryHint(ArgumentTypeError(f.Name, badArg, args[badArg]), badArg, site)
	}
}

// bind completes the resolution of f's overload o at site, running its
// Bind hook.
func (f *Function) bind(o *Overload, site *CallSite, params []Type) (*Resolution, error) {
	res := &Resolution{Overload: o, Params: params, Result: o.Result, Impl: o.Impl}
	if o.Bind == nil {
		return res, nil
	}
	s := *site
	s.Params = params
	b, err := o.Bind(&s)
	if err != nil {
		return nil, err
	}
	if b.Params != nil {
		res.Params = b.Params
	}
	if len(res.Params) != len(site.Args) {
		return nil, Errorf(CodeSemantic, "internal error: function %s typed %d of its %d arguments", strings.ToLower(f.Name), len(res.Params), len(site.Args))
	}
	res.Result = b.Result
	if b.Impl != nil {
		res.Impl = b.Impl
	}
	return res, nil
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
