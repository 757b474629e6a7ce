package functions

import (
	"github.com/mcsql/mcsql/eval"
)

// Register adds every built-in function to r. Registering twice into the
// same registry panics (eval.Registry.Register rejects duplicates).
func Register(r *eval.Registry) {
	// string
	registerStrings(registrar{r, eval.CategoryString})
	registerStringCore(registrar{r, eval.CategoryString})
	registerStringPatterns(registrar{r, eval.CategoryString}) // regular expressions, searching, splitting, URLs
	registerTableString(registrar{r, eval.CategoryString})    // JSON_TUPLE, KEYVALUE_TUPLE, PARSE_URL_TUPLE

	// math
	registerEncoders(registrar{r, eval.CategoryMath})
	registerMath(registrar{r, eval.CategoryMath})

	// date
	registerDatetime(registrar{r, eval.CategoryDate})
	registerTimeNTZ(registrar{r, eval.CategoryDate})

	// complex type
	registerComplex(registrar{r, eval.CategoryComplex})
	registerTableComplex(registrar{r, eval.CategoryComplex}) // EXPLODE, POSEXPLODE, INLINE

	// JSON
	registerJSON(registrar{r, eval.CategoryJSON})
	registerTableJSON(registrar{r, eval.CategoryJSON}) // JSON_EXPLODE

	// encryption
	registerWrapped(registrar{r, eval.CategoryEncryption})
	registerKeysets(registrar{r, eval.CategoryEncryption})
	registerSym(registrar{r, eval.CategoryEncryption})

	// other
	registerHashes(registrar{r, eval.CategoryOther})
	registerConditionals(registrar{r, eval.CategoryOther})
	registerOther(registrar{r, eval.CategoryOther})
	registerTableOther(registrar{r, eval.CategoryOther}) // STACK, TRANS_ARRAY, TRANS_COLS
}

// registrar files functions into a registry under one documentation group
// (eval.CategoryString, ...), so that each family's file names its group
// once. A function whose Doc already has a Category keeps it.
type registrar struct {
	reg      *eval.Registry
	category string
}

// Register adds f under the registrar's category unless f names its own.
func (r registrar) Register(f *eval.Function) {
	if f.Doc.Category == "" {
		f.Doc.Category = r.category
	}
	r.reg.Register(f)
}

// Alias registers an existing function under another name.
func (r registrar) Alias(alias, name string) { r.reg.Alias(alias, name) }

// inCategory files f under a group other than its file's.
func inCategory(category string, f *eval.Function) *eval.Function {
	f.Doc.Category = category
	return f
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
