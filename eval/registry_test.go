package eval

import (
	"testing"
)

// bindRegistry declares one function of each typing form: fixed (LEN),
// fixed refined by Bind (HLEN, INT in the Hive-compatible edition),
// computed (PAIR) and computed from a constant argument (PICK).
func bindRegistry() *Registry {
	r := NewRegistry()
	str := []Param{{Name: "s", Kinds: []Kind{KindString}}}
	length := func(_ *CallContext, args []Value) (Value, error) { return int64(len(args[0].(string))), nil }
	r.Register(&Function{Name: "LEN", Overloads: []*Overload{{Params: str, Result: BigintType, Impl: length}}})
	r.Register(&Function{Name: "HLEN", Overloads: []*Overload{{Params: str, Result: BigintType, Impl: length,
		Bind: func(site *CallSite) (Binding, error) {
			if site.Ctx.Edition == EditionHive {
				return Binding{Result: IntType}, nil
			}
			return Binding{Result: BigintType}, nil
		}}}})
	r.Register(&Function{Name: "PAIR", Overloads: []*Overload{{
		Bind: BindTypes(func(args []Type) ([]Type, Type, error) {
			if len(args) != 2 {
				return nil, Type{}, ArgumentCountError("pair", "2", len(args))
			}
			return []Type{args[0], args[0]}, ArrayOf(args[0]), nil
		})}}})
	r.Register(&Function{Name: "PICK", Overloads: []*Overload{{
		Bind: func(site *CallSite) (Binding, error) {
			i, ok := site.Consts[0].(int64)
			if !site.IsConst[0] || !ok || i < 1 || int(i) >= len(site.Args) {
				return Binding{}, ArgumentTypeError("pick", 0, site.Args[0])
			}
			return Binding{Params: site.Args, Result: site.Args[i],
				Impl: func(_ *CallContext, args []Value) (Value, error) { return args[i], nil }}, nil
		}}}})
	r.Register(&Function{Name: "BAD", Overloads: []*Overload{{
		Bind: func(*CallSite) (Binding, error) { return Binding{Result: BigintType}, nil }}}})
	return r
}

func TestResolveBind(t *testing.T) {
	hive := &CallContext{}
	hive.SetFlag("odps.sql.hive.compatible", "TRUE")
	tests := []struct {
		name    string
		fn      string
		site    CallSite
		params  []Type
		result  Type
		siteFn  bool // the Resolution's Impl is the call site's, not the overload's
		wantErr bool
	}{
		{"fixed", "LEN", CallSite{Args: []Type{{Kind: KindVarchar, Len: 3}}}, []Type{StringType}, BigintType, false, false},
		{"fixed, refined", "HLEN", CallSite{Args: []Type{StringType}}, []Type{StringType}, BigintType, false, false},
		{"fixed, refined in Hive", "HLEN", CallSite{Ctx: hive, Args: []Type{StringType}}, []Type{StringType}, IntType, false, false},
		{"computed", "PAIR", CallSite{Args: []Type{IntType, BigintType}}, []Type{IntType, IntType}, ArrayOf(IntType), false, false},
		{"computed, wrong count", "PAIR", CallSite{Args: []Type{IntType}}, nil, Type{}, false, true},
		{"constant argument", "PICK", CallSite{Args: []Type{IntType, StringType, DateType},
			Consts: []Value{int64(2), nil, nil}, IsConst: []bool{true, false, false}},
			[]Type{IntType, StringType, DateType}, DateType, true, false},
		{"no constant", "PICK", CallSite{Args: []Type{IntType, StringType}}, nil, Type{}, false, true},
		{"Bind without params", "BAD", CallSite{Args: []Type{IntType}}, nil, Type{}, false, true},
	}
	r := bindRegistry()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := r.Lookup(tc.fn)
			res, err := f.Resolve(&tc.site)
			if (err != nil) != tc.wantErr {
				t.Fatalf("Resolve: %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if !typesEqual(res.Params, tc.params) || !res.Result.Equal(tc.result) {
				t.Errorf("got %v -> %s, want %v -> %s", res.Params, res.Result, tc.params, tc.result)
			}
			if got := res.Overload.Impl == nil && res.Impl != nil; got != tc.siteFn {
				t.Errorf("Impl from the call site: %v, want %v", got, tc.siteFn)
			}
		})
	}
}

func typesEqual(a, b []Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

// TestSetFlagEdition checks that SetFlag keeps Edition in step with the
// edition flags, and that Flag reads any case.
func TestSetFlagEdition(t *testing.T) {
	steps := []struct {
		key, value string
		want       Edition
	}{
		{"odps.sql.type.system.odps2", "false", Edition1},
		{"ODPS.SQL.HIVE.COMPATIBLE", "true", EditionHive},
		{"odps.sql.hive.compatible", "false", Edition1},
		{"odps.sql.type.system.odps2", "true", Edition2},
	}
	ctx := &CallContext{}
	for _, s := range steps {
		ctx.SetFlag(s.key, s.value)
		if ctx.Edition != s.want {
			t.Errorf("after SET %s=%s: edition %s, want %s", s.key, s.value, ctx.Edition, s.want)
		}
		if v, ok := ctx.Flag(s.key); !ok || v != s.value {
			t.Errorf("Flag(%q) = %q, %v", s.key, v, ok)
		}
	}
	var none *CallContext
	if _, ok := none.Flag("x"); ok {
		t.Error("a nil context has no flags")
	}
}
