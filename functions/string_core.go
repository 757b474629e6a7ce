package functions

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// registerStringCore adds the character-level string functions (ASCII,
// CHR, INITCAP, SOUNDEX, SPACE, REPEAT, MASK_HASH), the charset ones
// (string_encode.go) and FORMAT_NUMBER / FORMAT_STRING (string_format.go).
func registerStringCore(r registrar) {
	registerCharsets(r)
	registerStringFormat(r)
	r.Register(fn("ASCII", "BIGINT ASCII(STRING str)",
		"code of the first character of str (0 for '')",
		"select ascii('abcde'); -- 97",
		ov(eval.BigintType, impl1(total(asciiCode)), p("str", stringKinds)),
	))
	r.Register(fn("CHR", "STRING CHR(BIGINT ascii)",
		"the character whose ASCII code is ascii (0 to 128; DOUBLE and DECIMAL are truncated to BIGINT first)",
		"select chr(100); -- d",
		ov(eval.StringType, impl1(chr), p("ascii", integerKinds)),
		// The page lists DOUBLE and DECIMAL among the types converted to
		// BIGINT before the lookup, although neither converts to BIGINT
		// implicitly elsewhere: they get overloads of their own.
		ov(eval.StringType, chrOf(eval.DoubleType), p("ascii", doubleKinds)),
		ov(eval.StringType, chrOf(eval.DecimalType), p("ascii", decimalKinds)),
	))
	r.Register(fn("INITCAP", "STRING INITCAP(STRING str)",
		"each space-separated word with its first letter upper-case and the rest lower-case",
		"select initcap('oDps sql'); -- Odps Sql",
		ov(eval.StringType, impl1(total(initcap)), p("str", stringKinds)),
	))
	r.Register(fn("SOUNDEX", "STRING SOUNDEX(STRING str)",
		"the American Soundex code of str; NULL when str holds letters outside A-Z",
		"select soundex('hello'); -- H400",
		ov(eval.StringType, soundexValue, p("str", stringKinds)),
	))
	r.Register(fn("SPACE", "STRING SPACE(BIGINT n)",
		"n spaces ('' when n <= 0; at most 2 MB)",
		"select length(space(10)); -- 10",
		ov(eval.StringType, impl1(func(n int64) (string, error) { return repeatString("space", " ", n) }), p("n", integerKinds)),
	))
	r.Register(fn("REPEAT", "STRING REPEAT(STRING str, BIGINT n)",
		"str n times ('' when n <= 0; the result is at most 2 MB)",
		"select repeat('abc', 5); -- abcabcabcabcabc",
		ov(eval.StringType, impl2(func(s string, n int64) (string, error) { return repeatString("repeat", s, n) }),
			p("str", stringKinds), p("n", integerKinds)),
	))
	r.Register(fn("MASK_HASH", "STRING MASK_HASH(STRING|CHAR|VARCHAR|BINARY expr)",
		"SHA-256 of expr as 64 hex digits; NULL for any other type, as in Hive",
		"select mask_hash('abc'); -- ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		&eval.Overload{Params: []eval.Param{{Name: "expr"}}, Result: eval.StringType, Impl: maskHash},
	))
}

// asciiCode is the code point of the first character (” gives 0, as
// Hive's ASCII does).
func asciiCode(s string) int64 {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	return int64(r)
}

// chrOf is CHR for a DOUBLE or DECIMAL code: the value is converted to
// BIGINT by CAST's rule (truncation toward zero), so chr(100.9) is d; a value
// that has no BIGINT (NaN, 1e30) is out of CHR's range too.
func chrOf(from eval.Type) eval.Impl {
	toBigint, err := eval.Converter(from, eval.BigintType, true)
	if err != nil {
		panic(err) // DOUBLE and DECIMAL always cast to BIGINT
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) != 1 {
			return nil, internalError("got %d arguments, want 1", len(args))
		}
		code, err := toBigint(args[0])
		if err != nil {
			return nil, invalidArg("chr: ascii %s is out of range; it must be between 0 and 128", eval.FormatValue(args[0], from))
		}
		return result(chr(code.(int64)))
	}
}

func chr(code int64) (string, error) {
	if code < 0 || code > 128 {
		return "", invalidArg("chr: ascii %d is out of range; it must be between 0 and 128", code)
	}
	return string(rune(code)), nil
}

// initcap capitalizes the first letter after each space and lower-cases
// the others; words are separated by spaces only, and only English letters
// change, as the string functions' Limits section says.
func initcap(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	start := true
	for _, r := range s {
		switch {
		case r == ' ':
			start = true
		case start:
			start = false
			if r >= 'a' && r <= 'z' {
				r -= 'a' - 'A'
			}
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// soundexCodes maps A–Z to their Soundex digits; vowels and Y are '0'
// (they separate equal digits), H and W are skipped.
const soundexCodes = "01230120022455012623010202"

// soundex follows Apache Commons Codec's Soundex, which Hive's SOUNDEX
// uses: non-letters are dropped, H and W do not separate equal digits, and
// the code is padded with zeros to four characters. A letter outside A–Z
// cannot be coded: ok is false (SQL NULL, as the page says).
func soundex(s string) (string, bool) {
	var letters []byte
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		r = unicode.ToUpper(r)
		if r < 'A' || r > 'Z' {
			return "", false
		}
		letters = append(letters, byte(r))
	}
	if len(letters) == 0 {
		return "", true
	}
	out := []byte{letters[0], '0', '0', '0'}
	n, last := 1, soundexCodes[letters[0]-'A']
	for _, c := range letters[1:] {
		if n == 4 {
			break
		}
		if c == 'H' || c == 'W' {
			continue
		}
		d := soundexCodes[c-'A']
		if d != '0' && d != last {
			out[n] = d
			n++
		}
		last = d
	}
	return string(out), true
}

func soundexValue(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	s, err := argAs[string](args, 0, 1)
	if err != nil {
		return nil, err
	}
	if code, ok := soundex(s); ok {
		return code, nil
	}
	return nil, nil
}

// maxRepeatLen is the 2 MB limit the REPEAT and SPACE pages set.
const maxRepeatLen = 2 << 20

func repeatString(fn, s string, n int64) (string, error) {
	if n <= 0 || s == "" {
		return "", nil
	}
	if n > maxRepeatLen/int64(len(s)) {
		return "", invalidArg("%s: the result would be %d times %d bytes, over the 2 MB limit", fn, n, len(s))
	}
	return strings.Repeat(s, int(n)), nil
}

// maskHash hashes strings and binaries; any other type gives NULL.
func maskHash(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 1 {
		return nil, internalError("got %d arguments, want 1", len(args))
	}
	var sum [32]byte
	switch v := args[0].(type) {
	case string:
		sum = sha256.Sum256([]byte(v))
	case []byte:
		sum = sha256.Sum256(v)
	default:
		return nil, nil
	}
	return hex.EncodeToString(sum[:]), nil
}
