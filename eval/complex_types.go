package eval

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
