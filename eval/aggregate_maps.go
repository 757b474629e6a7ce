package eval

import "slices"

// resolveMapAgg makes MAP_AGG(key, value) or (multi) MULTIMAP_AGG.
func resolveMapAgg(name string, multi bool) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := argCount(name, args, 2, 2); err != nil {
			return resolveErr(err)
		}
		if err := mapKeyType(name, args[0]); err != nil {
			return resolveErr(err)
		}
		if multi {
			return args, MapOf(args[0], ArrayOf(args[1])), func() aggState { return &multimapState{index: map[string]int{}} }, nil
		}
		return args, MapOf(args[0], args[1]), func() aggState { return &mapAggState{index: map[string]int{}} }, nil
	}
}

// mapKeyType refuses map keys that cannot be compared for equality.
func mapKeyType(name string, t Type) error {
	switch t.Kind {
	case KindMap, KindJSON:
		return ArgumentTypeError(name, 0, t)
	}
	return nil
}

// mapAggState keeps the first value of each key, keys in order of first
// appearance.
type mapAggState struct {
	memKeeper
	index        map[string]int
	keys, values []Value
	size         int64 // MAP_AGG's result's measure (ValueBytes)
}

func (s *mapAggState) add(args []Value) error {
	k := args[0]
	if k == nil {
		return nil
	}
	key := valueKey(k)
	if _, ok := s.index[key]; ok {
		return nil
	}
	if err := growValue("map_agg", "MAP", &s.size, k, args[1]); err != nil {
		return err
	}
	if err := s.mem.chargeBytes(rowBytes(args) + keyBytes(key)); err != nil {
		return err
	}
	s.index[key] = len(s.keys)
	s.keys = append(s.keys, k)
	s.values = append(s.values, args[1])
	return nil
}

func (s *mapAggState) result() (Value, error) {
	return &Map{Keys: slices.Clone(s.keys), Values: slices.Clone(s.values)}, nil
}

type multimapState struct {
	memKeeper
	index  map[string]int
	keys   []Value
	values [][]Value
	size   int64 // the result's measure (ValueBytes)
}

func (s *multimapState) add(args []Value) error {
	k := args[0]
	if k == nil {
		return nil
	}
	key := valueKey(k)
	i, ok := s.index[key]
	// A new key adds itself and an empty ARRAY, each value an element.
	grow := []Value{args[1]}
	if !ok {
		grow = []Value{k, []Value{}, args[1]}
	}
	if err := growValue("multimap_agg", "MAP", &s.size, grow...); err != nil {
		return err
	}
	n := slotBytes + payloadBytes(args[1])
	if !ok {
		n += slotBytes + payloadBytes(k) + keyBytes(key)
	}
	if err := s.mem.chargeBytes(n); err != nil {
		return err
	}
	if !ok {
		i = len(s.keys)
		s.index[key] = i
		s.keys = append(s.keys, k)
		s.values = append(s.values, nil)
	}
	s.values[i] = append(s.values[i], args[1])
	return nil
}

func (s *multimapState) result() (Value, error) {
	m := &Map{Keys: slices.Clone(s.keys), Values: make([]Value, len(s.values))}
	for i, vs := range s.values {
		m.Values[i] = vs[:len(vs):len(vs)] // capacity cut: later appends reallocate
	}
	return m, nil
}

// resolveMapUnion makes MAP_UNION or (sum) MAP_UNION_SUM, whose values
// must be numeric and sum as SUM does: BIGINT for integers, DOUBLE for
// FLOAT and DOUBLE, DECIMAL for DECIMAL.
func resolveMapUnion(name string, sum bool) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := oneArg(name, args); err != nil {
			return resolveErr(err)
		}
		t := args[0]
		if t.Kind != KindMap {
			return resolveErr(ArgumentTypeError(name, 0, t))
		}
		if !sum {
			return args, t, func() aggState { return &mapUnionState{mapAggState{index: map[string]int{}}, nil} }, nil
		}
		var vt Type
		var plus func(a, b Value) (Value, error)
		switch k := t.Elem.Kind; {
		case k.IsInteger():
			vt, plus = BigintType, intArith("+", KindBigint)
		case k == KindFloat || k == KindDouble:
			vt, plus = DoubleType, doubleArith("+")
		case k == KindDecimal:
			vt, plus = DecimalType, decimalArith("+")
		default:
			return resolveErr(ArgumentTypeError(name, 0, t))
		}
		zero := map[Kind]Value{KindBigint: int64(0), KindDouble: 0.0, KindDecimal: decimalFromInt(0)}[vt.Kind]
		return args, MapOf(*t.Key, vt), func() aggState {
			return &mapUnionState{mapAggState{index: map[string]int{}}, func(a, b Value) (Value, error) {
				if b == nil {
					b = zero
				}
				if a == nil {
					a = zero
				}
				return plus(a, b)
			}}
		}, nil
	}
}

// mapUnionState merges maps: plus nil means a later value replaces an
// earlier one (the page's example keeps the value read last).
type mapUnionState struct {
	mapAggState
	plus func(a, b Value) (Value, error)
}

func (s *mapUnionState) add(args []Value) error {
	m, ok := args[0].(*Map)
	if !ok {
		return nil
	}
	for j, k := range m.Keys {
		if k == nil {
			continue
		}
		v := m.Values[j]
		key := valueKey(k)
		i, seen := s.index[key]
		if !seen {
			i = len(s.keys)
			s.index[key] = i
			s.keys = append(s.keys, k)
			s.values = append(s.values, nil)
			if s.plus == nil {
				s.values[i] = v
				continue
			}
		}
		if s.plus == nil {
			s.values[i] = v
			continue
		}
		sum, err := s.plus(s.values[i], v)
		if err != nil {
			return err
		}
		s.values[i] = sum
	}
	return nil
}
