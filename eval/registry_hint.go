package eval

import "strings"

// A STRING where a BINARY goes is the usual mistake with the encryption
// functions: a Base64 ciphertext or a hex keyset pasted as text. MaxCompute
// converts no STRING to BINARY implicitly, so the call fails to resolve;
// the hint says how to convert it, and what the text looks like when it is
// a constant.

// withBinaryHint adds a hint to err when argument bad is a STRING and an
// overload of f with this many arguments takes a BINARY there.
func (f *Function) withBinaryHint(err *Error, bad int, site *CallSite) *Error {
	if !isStringKind(site.Args[bad].Kind) || !f.takesBinaryAt(bad, len(site.Args)) {
		return err
	}
	hinted := *err
	hinted.Msg += "; " + binaryHint(site, bad)
	return &hinted
}

// binaryHint says how to make argument i a BINARY: for a constant that
// looks like hex or Base64, the one function that decodes it.
func binaryHint(site *CallSite, i int) string {
	if i < len(site.IsConst) && site.IsConst[i] {
		if s, ok := site.Consts[i].(string); ok {
			switch {
			case looksHex(s):
				return "the text looks like hex: wrap it in UNHEX(...)"
			case looksBase64(s):
				return "the text looks like Base64: wrap it in UNBASE64(...)"
			}
		}
	}
	return "a STRING does not convert to BINARY implicitly: wrap Base64 text in UNBASE64(...), " +
		"hex in UNHEX(...), or use CAST(... AS BINARY) for the text's own bytes"
}

// takesBinaryAt reports whether an overload of f for n arguments accepts
// a BINARY as argument i.
func (f *Function) takesBinaryAt(i, n int) bool {
	for _, o := range f.Overloads {
		if o.Params == nil || !o.acceptsCount(n) {
			continue
		}
		for _, k := range o.Params[min(i, len(o.Params)-1)].Kinds {
			if k == KindBinary {
				return true
			}
		}
	}
	return false
}

func isStringKind(k Kind) bool { return k == KindString || k == KindVarchar || k == KindChar }

// looksHex: an even number (at least 2) of hex digits and nothing else.
func looksHex(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s)%2 != 0 {
		return false
	}
	return strings.Trim(s, "0123456789abcdefABCDEF") == ""
}

// looksBase64: padded Base64 text of at least 8 characters (a short word
// such as 'abcd' is more likely text than Base64).
func looksBase64(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s)%4 != 0 {
		return false
	}
	body := strings.TrimRight(s, "=")
	if len(s)-len(body) > 2 {
		return false
	}
	return strings.Trim(body, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") == ""
}
