package eval

// resolveArgs is Resolve for compiled arguments: an overload with
// GenericConst also sees the values of the constant ones.
func (f *Function) resolveArgs(types []Type, args []expr) (*Resolution, error) {
	for _, o := range f.Overloads {
		if o.GenericConst == nil {
			continue
		}
		consts := make([]Value, len(args))
		isConst := make([]bool, len(args))
		for i, a := range args {
			if k, ok := a.(*constExpr); ok {
				consts[i], isConst[i] = k.v, true
			}
		}
		params, result, impl, err := o.GenericConst(types, consts, isConst)
		if err != nil {
			return nil, err
		}
		if impl != nil {
			site := *o
			site.Impl = impl
			o = &site
		}
		return &Resolution{Overload: o, Params: params, Result: result}, nil
	}
	return f.Resolve(types)
}

// canImplicitComplex reports whether ARRAY, MAP and STRUCT values convert
// implicitly member by member: ARRAY<INT> to ARRAY<BIGINT>, a STRUCT whose
// fields widen (ARRAY_REDUCE's accumulator, ARRAY_EXCEPT of ARRAY<INT> and
// ARRAY<BIGINT>). Struct fields match by position.
func canImplicitComplex(from, to Type) bool {
	switch {
	case from.Kind != to.Kind:
		return false
	case from.Kind == KindArray:
		return CanImplicit(*from.Elem, *to.Elem)
	case from.Kind == KindMap:
		return CanImplicit(*from.Key, *to.Key) && CanImplicit(*from.Elem, *to.Elem)
	case from.Kind == KindStruct && len(from.Fields) == len(to.Fields):
		for i := range from.Fields {
			if !CanImplicit(from.Fields[i].Type, to.Fields[i].Type) {
				return false
			}
		}
		return true
	}
	return false
}
