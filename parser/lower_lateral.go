package parser

// lowerFactorLateral lowers a FROM item and wraps it in its LATERAL VIEWs,
// the first one innermost: each one reads the rows of those before it.
func lowerFactorLateral(f *tableFactor) (TableRef, error) {
	ref, err := lowerFactor(f)
	if err != nil {
		return nil, err
	}
	for _, lv := range f.Laterals {
		call, ok := lv.Func.(*Call)
		switch {
		case !ok || call.Star || call.Distinct:
			return nil, errAt(lv.Pos, "LATERAL VIEW needs a table-generating function call such as explode(col)")
		case lv.Alias == "":
			return nil, errAt(lv.Pos, "LATERAL VIEW %s(...) needs a table alias before AS: LATERAL VIEW %s(...) alias AS col", call.Name, call.Name)
		case lv.AsPos == nil:
			return nil, errAt(lv.Pos, "LATERAL VIEW %s(...) %s needs its column names: LATERAL VIEW %s(...) %s AS col1, col2", call.Name, lv.Alias, call.Name, lv.Alias)
		}
		ref = &LateralView{Pos: pos(lv.Pos), Source: ref, Outer: lv.Outer, Func: call,
			Alias: unquoteIdent(lv.Alias), Columns: unquoteIdents(lv.Columns)}
	}
	return ref, nil
}

// unquoteIdents unquotes a list of names; nil stays nil.
func unquoteIdents(names []string) []string {
	if names == nil {
		return nil
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = unquoteIdent(n)
	}
	return out
}
