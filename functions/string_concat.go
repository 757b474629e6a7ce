package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// concatTypes types CONCAT: arrays of one element type give that array;
// binaries give BINARY; anything else converts to STRING (the page lists
// BIGINT, DOUBLE, DECIMAL and DATETIME), as the first non-NULL argument
// says. No argument at all is allowed and
// gives NULL, as the page's concat() example shows.
func concatTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) == 0 {
		return nil, eval.StringType, nil
	}
	// The first typed argument says which form this is.
	want := eval.StringType
	for _, a := range args {
		if a.Kind == eval.KindArray || a.Kind == eval.KindBinary {
			want = a
		}
		if a.Kind != eval.KindVoid {
			break
		}
	}
	for i, a := range args {
		ok := a.Kind == eval.KindVoid
		switch want.Kind {
		case eval.KindArray:
			ok = ok || a.Equal(want)
		case eval.KindBinary:
			ok = ok || a.Kind == eval.KindBinary
		default:
			ok = ok || eval.CanImplicit(a, eval.StringType)
		}
		if !ok {
			return nil, eval.Type{}, eval.ArgumentTypeError("CONCAT", i, a)
		}
	}
	return repeat(want, len(args)), want, nil
}

// concatImpl joins arguments already converted to one type; a NULL
// argument never gets here (the overload is not NullSafe).
func concatImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) == 0 {
		return nil, nil
	}
	switch args[0].(type) {
	case string:
		ss, err := allAs[string](args)
		if err != nil {
			return nil, err
		}
		// Sized before joining, so doubling a string fails at the 8 MB
		// STRING limit instead of allocating the oversized result.
		n := int64(0)
		for _, s := range ss {
			n += int64(len(s))
		}
		if err := checkStringResult("concat", n); err != nil {
			return nil, err
		}
		return strings.Join(ss, ""), nil
	case []byte:
		bs, err := allAs[[]byte](args)
		if err != nil {
			return nil, err
		}
		n := int64(0)
		for _, b := range bs {
			n += int64(len(b))
		}
		if err := checkBinaryResult("concat", n); err != nil {
			return nil, err
		}
		out := make([]byte, 0, n) // BINARY values are never nil: nil means NULL
		for _, b := range bs {
			out = append(out, b...)
		}
		return out, nil
	case []eval.Value:
		as, err := allAs[[]eval.Value](args)
		if err != nil {
			return nil, err
		}
		n, count := int64(0), 0
		for _, a := range as {
			n = addBytes(n, valueBytes(a))
			count += len(a)
		}
		if err := checkArrayResult("concat", n); err != nil {
			return nil, err
		}
		out := make([]eval.Value, 0, count)
		for _, a := range as {
			out = append(out, a...)
		}
		return out, nil
	}
	return nil, internalError("concat of %T values", args[0])
}

// concatWSTypes types CONCAT_WS: a separator and strings (numbers and
// DATETIME convert), or a separator and one ARRAY<STRING>.
func concatWSTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) < 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("CONCAT_WS", "at least 2", len(args))
	}
	params := repeat(eval.StringType, len(args))
	for i, a := range args {
		if i == 1 && len(args) == 2 && a.Kind == eval.KindArray {
			if e := a.Elem.Kind; !e.IsString() && e != eval.KindVoid {
				return nil, eval.Type{}, eval.ArgumentTypeError("CONCAT_WS", i, a)
			}
			params[i] = a
			continue
		}
		if !eval.CanImplicit(a, eval.StringType) {
			return nil, eval.Type{}, eval.ArgumentTypeError("CONCAT_WS", i, a)
		}
	}
	return params, eval.StringType, nil
}

// concatWS joins with the separator. Any NULL argument makes the result
// NULL (the overload is not NullSafe), as the page's
// concat_ws(':','avg',null,'34') example shows; NULL elements inside an
// array argument are skipped, as in Hive.
func concatWS(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) < 2 {
		return nil, internalError("got %d arguments, want at least 2", len(args))
	}
	sep, ok := args[0].(string)
	if !ok {
		return nil, internalError("argument 1 is %T, want string", args[0])
	}
	parts := args[1:]
	if a, isArray := args[1].([]eval.Value); isArray && len(args) == 2 {
		parts = make([]eval.Value, 0, len(a))
		for _, e := range a {
			if e != nil {
				parts = append(parts, e)
			}
		}
	}
	ss, err := allAs[string](parts)
	if err != nil {
		return nil, err
	}
	n := int64(len(sep)) * int64(max(len(ss)-1, 0))
	for _, s := range ss {
		n += int64(len(s))
	}
	if err := checkStringResult("concat_ws", n); err != nil {
		return nil, err
	}
	return strings.Join(ss, sep), nil
}
