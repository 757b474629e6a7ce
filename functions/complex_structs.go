package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerStructs adds NAMED_STRUCT and FIELD, whose types depend on the
// values of their constant name arguments.
func registerStructs(r registrar) {
	r.Register(fn("NAMED_STRUCT", "STRUCT<name1:T1,...> NAMED_STRUCT(STRING name1, T1 value1, ...)",
		"a struct whose fields are named by the constant strings name1, name2, ...",
		"select named_struct('a', 1, 'b', 'x'); -- {\"a\":1,\"b\":\"x\"}",
		&eval.Overload{Bind: bindNamedStruct, NullSafe: true, Impl: namedStruct}))
	r.Register(fn("FIELD", "T FIELD(STRUCT s, STRING fieldName)",
		"the field of s named by the constant string fieldName (like s.fieldName)",
		"select field(named_struct('a', 1, 'b', 'x'), 'b'); -- x",
		&eval.Overload{Bind: bindField}))
}

// constName returns the constant string argument i.
func constName(name string, site *eval.CallSite, i int) (string, error) {
	s, ok := site.Consts[i].(string)
	if !site.Args[i].Kind.IsString() || !site.IsConst[i] || !ok {
		return "", eval.Errorf(eval.CodeArgumentType, "argument %d of function %s must be a constant string (a field name), got %s", i+1, name, site.Args[i])
	}
	return s, nil
}

// bindNamedStruct types NAMED_STRUCT by its constant field names.
func bindNamedStruct(site *eval.CallSite) (eval.Binding, error) {
	args := site.Args
	if len(args) == 0 || len(args)%2 != 0 {
		return eval.Binding{}, eval.ArgumentCountError("named_struct", "an even number of (at least 2)", len(args))
	}
	fields := make([]eval.Field, 0, len(args)/2)
	params := make([]eval.Type, len(args))
	for i := 0; i < len(args); i += 2 {
		n, err := constName("named_struct", site, i)
		if err != nil {
			return eval.Binding{}, err
		}
		for _, f := range fields {
			if strings.EqualFold(f.Name, n) {
				return eval.Binding{}, eval.Errorf(eval.CodeSemantic, "named_struct has field %s twice", n)
			}
		}
		t := concrete(args[i+1])
		fields = append(fields, eval.Field{Name: n, Type: t})
		params[i], params[i+1] = eval.StringType, t
	}
	return eval.Binding{Params: params, Result: eval.StructOf(fields...)}, nil
}

// namedStruct keeps the values; the names are in the type.
func namedStruct(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	s := &eval.Struct{Fields: make([]eval.Value, len(args)/2)}
	for i := range s.Fields {
		s.Fields[i] = args[2*i+1]
	}
	return s, nil
}

// bindField resolves FIELD(s, 'name') to the index of the field, which
// its call site's Impl reads (a STRUCT value carries no field names).
func bindField(site *eval.CallSite) (eval.Binding, error) {
	args := site.Args
	if len(args) != 2 {
		return eval.Binding{}, eval.ArgumentCountError("field", "2", len(args))
	}
	if args[0].Kind != eval.KindStruct {
		return eval.Binding{}, eval.ArgumentTypeError("field", 0, args[0])
	}
	n, err := constName("field", site, 1)
	if err != nil {
		return eval.Binding{}, err
	}
	i := args[0].FieldIndex(n)
	if i < 0 {
		return eval.Binding{}, eval.Errorf(eval.CodeSemantic, "%s has no field %s", args[0], n)
	}
	impl := func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		return args[0].(*eval.Struct).Fields[i], nil
	}
	return eval.Binding{Params: []eval.Type{args[0], eval.StringType}, Result: args[0].Fields[i].Type, Impl: impl}, nil
}
