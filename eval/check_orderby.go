package eval

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// checkOrderByLimit reports, for CheckScript, every query of the script
// whose ORDER BY has no LIMIT: MaxCompute refuses them unless the script
// sets odps.sql.validate.orderby.limit=false, the SELECT syntax page's
// default being true (mcsql itself runs them; see FlagOrderByLimit).
func checkOrderByLimit(script *parser.Script) []*Error {
	for _, st := range script.Stmts {
		if set, ok := st.(*parser.SetStmt); ok && strings.EqualFold(strings.TrimSpace(set.Key), FlagOrderByLimit) {
			if b, err := strconv.ParseBool(strings.TrimSpace(set.Value)); err == nil && !b {
				return nil
			}
		}
	}
	var errs []*Error
	for _, st := range script.Stmts {
		eachQuery(reflect.ValueOf(st), func(q *parser.Query) {
			if len(q.OrderBy) > 0 && q.Limit == nil {
				errs = append(errs, &Error{Code: CodeSemantic, Pos: q.OrderBy[0].Pos, HasPos: true,
					Msg: "ORDER BY must be used with a LIMIT clause, please set " + FlagOrderByLimit + "=false to use it (MaxCompute's default is true)"})
			}
		})
	}
	return errs
}

// eachQuery calls fn for every *parser.Query under v, outer ones first. It
// walks the AST by reflection, so that nodes added later (new clauses,
// new expressions holding subqueries) are searched without being listed
// here.
func eachQuery(v reflect.Value, fn func(*parser.Query)) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			eachQuery(v.Elem(), fn)
		}
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		if q, ok := v.Interface().(*parser.Query); ok {
			fn(q)
		}
		eachQuery(v.Elem(), fn)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				eachQuery(v.Field(i), fn)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			eachQuery(v.Index(i), fn)
		}
	}
}
