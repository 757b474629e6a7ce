package functions

import (
	"strconv"

	"github.com/mcsql/mcsql/eval"
)

// The table-generating functions (UDTFs) are the udtf_*.go files. Each
// declares an eval.TableFunction whose Bind checks a call's arguments and
// returns its output columns and a generator; the query planner runs them
// in a select list (SELECT explode(x) AS (a) FROM t) or a LATERAL VIEW.

// RegisterTable adds a table function under the registrar's category
// unless it names its own.
func (r registrar) RegisterTable(f *eval.TableFunction) {
	if f.Doc.Category == "" {
		f.Doc.Category = r.category
	}
	r.reg.RegisterTable(f)
}

// udtf declares a table function with its help text.
func udtf(name, signature, description, example string, bind func(*eval.CallSite) (eval.TableBinding, error)) *eval.TableFunction {
	return &eval.TableFunction{Name: name, Bind: bind,
		Doc: eval.Doc{Signature: signature, Description: description, Example: example}}
}

// numberedColumns returns n columns of type t named c0, c1, ...: the
// default names of the functions whose columns are one per argument
// (JSON_TUPLE, PARSE_URL_TUPLE, ...), as Hive names them.
func numberedColumns(n int, t eval.Type) []eval.Column {
	cols := make([]eval.Column, n)
	for i := range cols {
		cols[i] = eval.Column{Name: "c" + strconv.Itoa(i), Type: t}
	}
	return cols
}

// stringParams types arguments from on as STRING, each of which must be
// a string or convert to one implicitly; params holds the earlier ones.
func stringParams(name string, args []eval.Type, from int, params []eval.Type) ([]eval.Type, error) {
	for i := from; i < len(args); i++ {
		if !isStringKind(args[i].Kind) && args[i].Kind != eval.KindVoid && !eval.CanImplicit(args[i], eval.StringType) {
			return nil, eval.ArgumentTypeError(name, i, args[i])
		}
		params = append(params, eval.StringType)
	}
	return params, nil
}

func isStringKind(k eval.Kind) bool {
	return k == eval.KindString || k == eval.KindVarchar || k == eval.KindChar
}

func isIntegerKind(k eval.Kind) bool {
	return k == eval.KindBigint || k == eval.KindInt || k == eval.KindSmallint || k == eval.KindTinyint
}

// constCount reads argument i, which must be a constant integer of at
// least min (STACK's row count, TRANS_ARRAY's key count).
func constCount(name, what string, site *eval.CallSite, i int, min int64) (int64, error) {
	if !isIntegerKind(site.Args[i].Kind) {
		return 0, eval.ArgumentTypeError(name, i, site.Args[i])
	}
	n, ok := site.Consts[i].(int64)
	if !site.IsConst[i] || !ok {
		return 0, eval.Errorf(eval.CodeSemantic, "argument %d of function %s, %s, must be a constant integer", i+1, name, what)
	}
	if n < min {
		return 0, eval.Errorf(eval.CodeInvalidArgument, "argument %d of function %s, %s, must be at least %d, got %d", i+1, name, what, min, n)
	}
	return n, nil
}

// constString reads argument i, which must be a constant non-NULL string.
func constString(name, what string, site *eval.CallSite, i int) (string, error) {
	if !isStringKind(site.Args[i].Kind) {
		return "", eval.ArgumentTypeError(name, i, site.Args[i])
	}
	s, ok := site.Consts[i].(string)
	if !site.IsConst[i] || !ok {
		return "", eval.Errorf(eval.CodeSemantic, "argument %d of function %s, %s, must be a constant string", i+1, name, what)
	}
	return s, nil
}
