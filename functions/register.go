package functions

import (
	"github.com/mcsql/mcsql/eval"
)

// Register adds every built-in function to r. Registering twice into the
// same registry panics (eval.Registry.Register rejects duplicates).
func Register(r *eval.Registry) {
	registerEncoders(r)
	registerStrings(r)
	registerHashes(r)
	registerConditionals(r)
	registerJSON(r)
	registerDatetime(r)
	registerMath(r)
	registerComplex(r)
	registerWrapped(r)
	registerKeysets(r)
}

// NewRegistry returns a fresh registry holding every built-in function.
func NewRegistry() *eval.Registry {
	r := eval.NewRegistry()
	Register(r)
	return r
}

// Kind families. A parameter lists every kind sharing a Go representation
// so that, say, an INT argument matches a BIGINT parameter exactly instead
// of tying with a STRING overload through implicit conversions (Resolve
// keeps the first of equally good overloads).
var (
	stringKinds  = []eval.Kind{eval.KindString, eval.KindVarchar, eval.KindChar}
	integerKinds = []eval.Kind{eval.KindBigint, eval.KindInt, eval.KindSmallint, eval.KindTinyint}
	doubleKinds  = []eval.Kind{eval.KindDouble, eval.KindFloat}
	floatKinds   = []eval.Kind{eval.KindFloat} // where FLOAT prints differently from DOUBLE
	decimalKinds = []eval.Kind{eval.KindDecimal}
	binaryKinds  = []eval.Kind{eval.KindBinary}
	booleanKinds = []eval.Kind{eval.KindBoolean}
	timeKinds    = []eval.Kind{eval.KindDatetime, eval.KindDate, eval.KindTimestamp}
)

// p declares a parameter accepting the given kinds.
func p(name string, kinds []eval.Kind) eval.Param {
	return eval.Param{Name: name, Kinds: kinds}
}

// ov declares a fixed-signature overload.
func ov(result eval.Type, impl eval.Impl, params ...eval.Param) *eval.Overload {
	return &eval.Overload{Params: params, Result: result, Impl: impl}
}

// variadic declares an overload whose last parameter repeats.
func variadic(result eval.Type, impl eval.Impl, params ...eval.Param) *eval.Overload {
	o := ov(result, impl, params...)
	o.Variadic = true
	return o
}

// fn builds a Function with its help text.
func fn(name, signature, description, example string, overloads ...*eval.Overload) *eval.Function {
	return &eval.Function{
		Name:      name,
		Overloads: overloads,
		Doc:       eval.Doc{Signature: signature, Description: description, Example: example},
	}
}
