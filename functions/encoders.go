package functions

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

func registerEncoders(r registrar) {
	r.Register(fn("HEX", "STRING HEX(BIGINT|DOUBLE|DECIMAL|STRING|BINARY x)",
		"upper-case hex of an integer (negatives as 64-bit two's complement), of a number's decimal text, or of a string's or binary's bytes",
		"select hex(17), hex(-1), hex('abc'); -- 11 FFFFFFFFFFFFFFFF 616263",
		ov(eval.StringType, impl1(total(hexInt)), p("x", integerKinds)),
		ov(eval.StringType, impl1(total(hexFloat)), p("x", floatKinds)),
		ov(eval.StringType, impl1(total(hexDouble)), p("x", doubleKinds)),
		ov(eval.StringType, impl1(total(hexDecimal)), p("x", decimalKinds)),
		ov(eval.StringType, impl1(total(hexString)), p("x", stringKinds)),
		ov(eval.StringType, impl1(total(hexBytes)), p("x", binaryKinds)),
	))
	r.Register(fn("UNHEX", "BINARY UNHEX(STRING s)",
		"decodes hex digits (either case) into bytes; a number is converted to its text first",
		"select unhex('616263'); -- abc",
		ov(eval.BinaryType, impl1(unhex), p("s", stringKinds)),
	))
	r.Register(inCategory(eval.CategoryOther, fn("BASE64", "STRING BASE64(BINARY b)",
		"encodes bytes as padded standard Base64",
		"select base64(cast('alibaba' as binary)); -- YWxpYmFiYQ==",
		ov(eval.StringType, impl1(total(base64.StdEncoding.EncodeToString)), p("b", binaryKinds)),
	)))
	r.Register(inCategory(eval.CategoryOther, fn("UNBASE64", "BINARY UNBASE64(STRING s)",
		"decodes padded standard Base64 into bytes",
		"select unbase64('YWxpYmFiYQ=='); -- alibaba",
		ov(eval.BinaryType, impl1(unbase64), p("s", stringKinds)),
	)))
}

// hexInt renders an integer in upper-case hex; negatives wrap to their
// 64-bit two's complement as MaxCompute does: hex(-1) = FFFFFFFFFFFFFFFF.
func hexInt(x int64) string {
	return strings.ToUpper(strconv.FormatUint(uint64(x), 16))
}

// hexDouble hexes the text MaxCompute prints for a DOUBLE (Java's
// Double.toString): hex(0.525) = 302E353235, hex(-1.0D) = 2D312E30.
func hexDouble(x float64) string { return hexString(eval.FormatValue(x, eval.DoubleType)) }

// hexFloat hexes the text MaxCompute prints for a FLOAT (Java's
// Float.toString), which is shorter than the same value's DOUBLE text.
func hexFloat(x float64) string { return hexString(eval.FormatValue(x, eval.FloatType)) }

// hexDecimal hexes the text MaxCompute prints for a DECIMAL.
func hexDecimal(x eval.Decimal) string { return hexString(eval.FormatValue(x, eval.DecimalType)) }

// hexString hexes a string's UTF-8 bytes: hex('abc') = 616263.
func hexString(s string) string { return strings.ToUpper(hex.EncodeToString([]byte(s))) }

// hexBytes hexes a binary's bytes.
func hexBytes(b []byte) string { return strings.ToUpper(hex.EncodeToString(b)) }

// maxQuoted bounds how much of a bad input an error message repeats: a
// wrapped keyset in hex runs to hundreds of characters.
const maxQuoted = 64

// quote returns s for an error message, cut to maxQuoted characters.
func quote(s string) string {
	if utf8.RuneCountInString(s) <= maxQuoted {
		return "'" + s + "'"
	}
	return "'" + string([]rune(s)[:maxQuoted]) + "...'"
}

// unhex decodes hex digits of either case. The first non-hex character is
// reported with its byte offset; an odd number of digits is reported after
// that, since a stray character is the likelier mistake.
func unhex(s string) ([]byte, error) {
	for i, c := range s {
		if !isHexDigit(c) {
			return nil, eval.InvalidArgument("invalid hex string %s: character %q at offset %d is not a hex digit", quote(s), c, i)
		}
	}
	if len(s)%2 != 0 {
		return nil, eval.InvalidArgument("invalid hex string %s has odd length %d; hex needs two digits per byte", quote(s), len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil { // unreachable after the checks above; kept so no error is lost
		return nil, eval.InvalidArgument("invalid hex string %s: %v", quote(s), err)
	}
	return b, nil
}

func isHexDigit(c rune) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// unbase64 decodes padded standard Base64; line breaks are ignored, as
// encoding/base64 does. The checks before decoding exist for the message:
// base64.CorruptInputError alone points at the start of the 4-character
// group, which for a missing '=' is misleading.
func unbase64(s string) ([]byte, error) {
	n := 0
	for i, c := range s {
		switch {
		case c == '\r' || c == '\n':
			continue
		case !isBase64Char(c):
			return nil, eval.InvalidArgument("invalid base64 string %s: character %q at offset %d is not a base64 character", quote(s), c, i)
		}
		n++
	}
	if n%4 != 0 {
		return nil, eval.InvalidArgument("invalid base64 string %s: length %d is not a multiple of 4 (is '=' padding missing?)", quote(s), n)
	}
	b, err := base64.StdEncoding.DecodeString(s)
	var corrupt base64.CorruptInputError
	if errors.As(err, &corrupt) {
		return nil, eval.InvalidArgument("invalid base64 string %s: misplaced padding or bad final group at offset %d", quote(s), int64(corrupt))
	}
	if err != nil {
		return nil, eval.InvalidArgument("invalid base64 string %s: %v", quote(s), err)
	}
	return b, nil
}

func isBase64Char(c rune) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/' || c == '='
}
