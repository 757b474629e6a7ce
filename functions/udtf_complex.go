package functions

import "github.com/mcsql/mcsql/eval"

// registerTableComplex adds EXPLODE, POSEXPLODE and INLINE, the
// table-generating functions of the complex type group.
func registerTableComplex(r registrar) {
	r.RegisterTable(udtf("EXPLODE", "EXPLODE(ARRAY<T> a) -> (col T); EXPLODE(MAP<K, V> m) -> (key K, value V)",
		"one row per array element (a NULL element gives a NULL row) or per map entry; a NULL array or map gives no row",
		"select explode(array('a', null)) as (x); -- a, NULL", bindExplode))
	r.RegisterTable(udtf("POSEXPLODE", "POSEXPLODE(ARRAY<T> a) -> (pos BIGINT, val T)",
		"one row per array element with its 0-based position; a NULL array gives no row",
		"select posexplode(array('a', 'c')) as (pos, val); -- 0 a, 1 c", bindPosexplode))
	r.RegisterTable(udtf("INLINE", "INLINE(ARRAY<STRUCT<f1:T1, f2:T2, ...>> a) -> (f1 T1, f2 T2, ...)",
		"one row per STRUCT of the array, one column per field (named as the fields); a NULL STRUCT gives a row of NULLs, a NULL array no row",
		"select inline(array(struct('A', 10), struct('B', 20))); -- A 10, B 20", bindInline))
}

func bindExplode(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) != 1 {
		return eval.TableBinding{}, eval.ArgumentCountError("explode", "1", len(site.Args))
	}
	switch t := site.Args[0]; t.Kind {
	case eval.KindArray:
		return eval.TableBinding{Params: site.Args, Columns: []eval.Column{{Name: "col", Type: elemType(t.Elem)}},
			Generate: explodeArray}, nil
	case eval.KindMap:
		return eval.TableBinding{Params: site.Args,
			Columns:  []eval.Column{{Name: "key", Type: elemType(t.Key)}, {Name: "value", Type: elemType(t.Elem)}},
			Generate: explodeMap}, nil
	}
	return eval.TableBinding{}, eval.ArgumentTypeError("explode", 0, site.Args[0])
}

// elemType is an element type, VOID for the untyped empty array().
func elemType(t *eval.Type) eval.Type {
	if t == nil {
		return eval.VoidType
	}
	return *t
}

func explodeArray(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
	a, _ := args[0].([]eval.Value) // nil for NULL: no row
	for _, v := range a {
		out[0] = v
		if err := emit(); err != nil {
			return err
		}
	}
	return nil
}

func explodeMap(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
	m, _ := args[0].(*eval.Map)
	if m == nil {
		return nil
	}
	for i, k := range m.Keys {
		out[0], out[1] = k, m.Values[i]
		if err := emit(); err != nil {
			return err
		}
	}
	return nil
}

func bindPosexplode(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) != 1 {
		return eval.TableBinding{}, eval.ArgumentCountError("posexplode", "1", len(site.Args))
	}
	t := site.Args[0]
	if t.Kind != eval.KindArray {
		return eval.TableBinding{}, eval.ArgumentTypeError("posexplode", 0, t)
	}
	return eval.TableBinding{Params: site.Args,
		Columns:  []eval.Column{{Name: "pos", Type: eval.BigintType}, {Name: "val", Type: elemType(t.Elem)}},
		Generate: posexplode}, nil
}

func posexplode(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
	a, _ := args[0].([]eval.Value)
	for i, v := range a {
		out[0], out[1] = int64(i), v
		if err := emit(); err != nil {
			return err
		}
	}
	return nil
}

func bindInline(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) != 1 {
		return eval.TableBinding{}, eval.ArgumentCountError("inline", "1", len(site.Args))
	}
	t := site.Args[0]
	if t.Kind != eval.KindArray || t.Elem == nil || t.Elem.Kind != eval.KindStruct {
		return eval.TableBinding{}, eval.ArgumentTypeError("inline", 0, t)
	}
	cols := make([]eval.Column, len(t.Elem.Fields))
	for i, f := range t.Elem.Fields {
		cols[i] = eval.Column{Name: f.Name, Type: f.Type}
	}
	return eval.TableBinding{Params: site.Args, Columns: cols, Generate: inline}, nil
}

func inline(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
	a, _ := args[0].([]eval.Value)
	for _, v := range a {
		if s, ok := v.(*eval.Struct); ok {
			copy(out, s.Fields)
		} else {
			clear(out)
		}
		if err := emit(); err != nil {
			return err
		}
	}
	return nil
}
