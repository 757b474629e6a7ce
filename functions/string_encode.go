package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerCharsets adds ENCODE, FROM_CHARSET and IS_ENCODING. DECODE's
// charset form shares DECODE's name with the if-then-else DECODE, so it is
// registered with that one (conditionals.go) and calls decodeCharsetCall.
func registerCharsets(r registrar) {
	r.Register(fn("ENCODE", "BINARY ENCODE(STRING str, STRING charset)",
		"str as bytes in charset (UTF-8, UTF-16, UTF-16LE, UTF-16BE, ISO-8859-1, US-ASCII, GB2312, GBK, GB18030)",
		"select encode('abc', 'UTF-16BE'); -- =00a=00b=00c",
		charsetOverload(eval.BinaryType, 1, "encode", encodeImpl, p("str", stringKinds), p("charset", stringKinds)),
	))
	r.Register(fn("FROM_CHARSET", "STRING FROM_CHARSET(BINARY source, STRING source_charset[, STRING mode])",
		"text of bytes in source_charset; mode NONE (default) fails on bad bytes, IGNORE drops them, TRANSLIT writes ?",
		"select from_charset(unhex('b9feb9febac3a4ce'), 'GBK'); -- 哈哈好の",
		charsetOverload(eval.StringType, 1, "from_charset", fromCharsetImpl, p("source", binaryKinds), p("source_charset", stringKinds)),
		charsetOverload(eval.StringType, 1, "from_charset", fromCharsetImpl, p("source", binaryKinds), p("source_charset", stringKinds), p("mode", stringKinds)),
	))
	r.Register(fn("IS_ENCODING", "BOOLEAN IS_ENCODING(STRING str, STRING from_encoding, STRING to_encoding)",
		"whether str converts from from_encoding to to_encoding (e.g. UTF-8 text that GBK can hold)",
		"select is_encoding('測試', 'utf-8', 'gb2312'); -- false",
		&eval.Overload{
			Params: []eval.Param{p("str", stringKinds), p("from_encoding", stringKinds), p("to_encoding", stringKinds)},
			Result: eval.BooleanType, Impl: isEncodingImpl, Prepare: prepareIsEncoding,
		},
	))
}

// charsetImpl is a function whose argument at a fixed index names a charset.
type charsetImpl func(c *charset, args []eval.Value) (eval.Value, error)

// charsetOverload declares an overload whose charset argument (index at)
// is looked up once per statement when it is constant, else per row.
func charsetOverload(result eval.Type, at int, name string, impl charsetImpl, params ...eval.Param) *eval.Overload {
	perRow := func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		c, err := charsetArg(name, args, at)
		if err != nil {
			return nil, err
		}
		return impl(c, args)
	}
	return &eval.Overload{
		Params: params, Result: result, Impl: perRow,
		Prepare: func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
			if !isConst[at] || consts[at] == nil {
				return perRow, nil
			}
			c, err := charsetArg(name, consts, at)
			if err != nil {
				return nil, err
			}
			return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) { return impl(c, args) }, nil
		},
	}
}

// charsetArg looks up the charset named by args[at].
func charsetArg(fn string, args []eval.Value, at int) (*charset, error) {
	if at >= len(args) {
		return nil, internalError("got %d arguments, want more than %d", len(args), at)
	}
	name, ok := args[at].(string)
	if !ok {
		return nil, internalError("argument %d is %T, want string", at+1, args[at])
	}
	return lookupCharset(fn, name)
}

func encodeImpl(c *charset, args []eval.Value) (eval.Value, error) {
	s, err := argAs[string](args, 0, 2)
	if err != nil {
		return nil, err
	}
	b, err := c.encodeText("encode", s)
	if err != nil {
		return nil, err
	}
	if b == nil {
		b = []byte{} // BINARY values are never nil: nil means NULL
	}
	return b, nil
}

// decodeCharsetTypes is DECODE's two-argument form: BINARY and a charset.
func decodeCharsetTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if k := args[0].Kind; k != eval.KindBinary && k != eval.KindVoid {
		return nil, eval.Type{}, eval.ArgumentTypeError("DECODE", 0, args[0])
	}
	if !eval.CanImplicit(args[1], eval.StringType) {
		return nil, eval.Type{}, eval.ArgumentTypeError("DECODE", 1, args[1])
	}
	return []eval.Type{eval.BinaryType, eval.StringType}, eval.StringType, nil
}

// decodeCharsetCall evaluates DECODE(binary, charset); the if-then-else
// DECODE is NullSafe, so NULL arguments arrive here.
func decodeCharsetCall(args []eval.Value) (eval.Value, error) {
	if args[0] == nil || args[1] == nil {
		return nil, nil
	}
	c, err := charsetArg("decode", args, 1)
	if err != nil {
		return nil, err
	}
	return decodeWithCharset(c, args)
}

func decodeWithCharset(c *charset, args []eval.Value) (eval.Value, error) {
	if args[0] == nil {
		return nil, nil
	}
	b, ok := args[0].([]byte)
	if !ok {
		return nil, internalError("argument 1 is %T, want []byte", args[0])
	}
	return c.decodeStrict("decode", b)
}

// prepareDecode looks up a constant charset of DECODE's charset form once;
// the if-then-else form needs no preparation.
func prepareDecode(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	if len(consts) != 2 || !isConst[1] || consts[1] == nil {
		return decode, nil
	}
	c, err := charsetArg("decode", consts, 1)
	if err != nil {
		return nil, err
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) { return decodeWithCharset(c, args) }, nil
}

// fromCharsetImpl converts with FROM_CHARSET's modes. The page makes an
// empty argument an error.
func fromCharsetImpl(c *charset, args []eval.Value) (eval.Value, error) {
	b, ok := args[0].([]byte)
	if !ok {
		return nil, internalError("argument 1 is %T, want []byte", args[0])
	}
	mode := "NONE"
	if len(args) == 3 {
		m, ok := args[2].(string)
		if !ok {
			return nil, internalError("argument 3 is %T, want string", args[2])
		}
		mode = strings.ToUpper(strings.TrimSpace(m))
	}
	if len(b) == 0 {
		return nil, invalidArg("from_charset: source is empty; pass the bytes to convert")
	}
	switch mode {
	case "NONE":
		return c.decodeStrict("from_charset", b)
	case "IGNORE", "TRANSLIT":
		bad := ""
		if mode == "TRANSLIT" {
			bad = "?" // iconv's transliteration of a character it cannot map
		}
		s, _ := c.decode(b, bad, false)
		return s, nil
	}
	return nil, invalidArg("from_charset: unknown mode '%s'; use NONE, TRANSLIT or IGNORE", args[2])
}

// isEncoding reports whether str, read in from, can be written in to.
// mcsql's strings are UTF-8 text, so str is first written in from.
func isEncoding(str string, from, to *charset) bool {
	b, _, ok := from.encode(str)
	if !ok {
		return false
	}
	text, ok := from.decode(b, "", true)
	if !ok {
		return false
	}
	_, _, ok = to.encode(text)
	return ok
}

func isEncodingImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	str, err1 := argAs[string](args, 0, 3)
	from, err2 := charsetArg("is_encoding", args, 1)
	to, err3 := charsetArg("is_encoding", args, 2)
	if err := firstError(err1, err2, err3); err != nil {
		return nil, err
	}
	return isEncoding(str, from, to), nil
}

// prepareIsEncoding looks both charsets up once when they are constant.
func prepareIsEncoding(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	if !isConst[1] || !isConst[2] || consts[1] == nil || consts[2] == nil {
		return isEncodingImpl, nil
	}
	from, err := charsetArg("is_encoding", consts, 1)
	if err != nil {
		return nil, err
	}
	to, err := charsetArg("is_encoding", consts, 2)
	if err != nil {
		return nil, err
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		str, err := argAs[string](args, 0, 3)
		if err != nil {
			return nil, err
		}
		return isEncoding(str, from, to), nil
	}, nil
}
