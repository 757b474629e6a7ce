package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// simpleEscapes maps the character after a backslash to what it stands for;
// language.md §2. Any other character stands for itself.
var simpleEscapes = [256]byte{
	'b': '\b', 't': '\t', 'n': '\n', 'r': '\r', '\'': '\'', '"': '"',
	'\\': '\\', ';': ';', 'Z': 0x1A,
}

// decodeString decodes the string or raw string literal at off, appending its
// value to out when out is not nil. It returns the offset after the literal,
// the offset of a malformed escape (or -1), and false when the literal is
// not terminated.
func decodeString(src string, off int, out *strings.Builder) (end, bad int, ok bool) {
	if rawStringAt(src, off) {
		closing := string([]byte{')', src[off+1]})
		i := strings.Index(src[off+3:], closing)
		if i < 0 {
			return 0, -1, false
		}
		if out != nil {
			out.WriteString(src[off+3 : off+3+i])
		}
		return off + 3 + i + 2, -1, true
	}
	quote := src[off]
	i := off + 1
	for i < len(src) {
		c := src[i]
		switch {
		case c == quote:
			return i + 1, -1, true
		case c != '\\':
			j := i + 1
			for j < len(src) && src[j] != quote && src[j] != '\\' {
				j++
			}
			if out != nil {
				out.WriteString(src[i:j])
			}
			i = j
		default:
			n, b, good := decodeEscape(src, i)
			if !good {
				if n == 0 {
					return 0, -1, false
				}
				return 0, i, true
			}
			if out != nil {
				if b >= 0 {
					out.WriteByte(byte(b))
				} else {
					out.WriteString(src[i+1 : i+n])
				}
			}
			i += n
		}
	}
	return 0, -1, false
}

// decodeEscape decodes the escape sequence at the backslash at i. It returns
// its length and the byte it stands for, or -1 when it stands for the
// character after the backslash as written. A false result with length 0
// means the text ends inside the escape; with length 1 the escape is
// malformed.
func decodeEscape(src string, i int) (n, b int, ok bool) {
	if i+1 >= len(src) {
		return 0, 0, false
	}
	c := src[i+1]
	switch {
	case c == '0' && (i+2 >= len(src) || !isDigit(src[i+2])):
		return 2, 0, true
	case isOctal(c):
		if i+3 >= len(src) || !isOctal(src[i+1]) || !isOctal(src[i+2]) || !isOctal(src[i+3]) {
			return 1, 0, false
		}
		v := int(src[i+1]-'0')*64 + int(src[i+2]-'0')*8 + int(src[i+3]-'0')
		if v < 1 || v > 0o177 {
			return 1, 0, false
		}
		return 4, v, true
	case simpleEscapes[c] != 0:
		return 2, int(simpleEscapes[c]), true
	}
	_, size := utf8.DecodeRuneInString(src[i+1:])
	return 1 + size, -1, true
}

func isOctal(c byte) bool { return c >= '0' && c <= '7' }

// decodeStrings decodes a String token's raw text: one or more adjacent
// literals separated by blanks and comments.
func decodeStrings(raw string) string {
	var b strings.Builder
	off := 0
	for off < len(raw) && stringStartsAt(raw, off) {
		end, _, ok := decodeString(raw, off, &b)
		if !ok {
			break
		}
		off = skipBlanksAndComments(raw, end)
	}
	return b.String()
}

// decodeTyped decodes the text of DATE '...', DATETIME '...' or
// TIMESTAMP '...': the strings after the keyword.
func decodeTyped(raw string) string {
	return decodeStrings(raw[skipBlanks(raw, wordEnd(raw, 0)):])
}

// decodeBinary decodes X'hex' into bytes; an odd number of digits gets a
// leading 0. The scanner has checked the digits.
func decodeBinary(raw string) string {
	hex := raw[2 : len(raw)-1]
	if len(hex)%2 == 1 {
		hex = "0" + hex
	}
	out := make([]byte, len(hex)/2)
	for i := range out {
		out[i] = hexVal(hex[2*i])<<4 | hexVal(hex[2*i+1])
	}
	return string(out)
}

func hexVal(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// unquoteIdent strips the backticks of a quoted name; a doubled backtick
// stands for one.
func unquoteIdent(raw string) string {
	if len(raw) >= 2 && raw[0] == '`' {
		return strings.ReplaceAll(raw[1:len(raw)-1], "``", "`")
	}
	return raw
}

// splitNumber splits a Number token into its digits and its upper-case type
// suffix (Y, S, L, F, D, BD or "").
func splitNumber(raw string) (digits, suffix string) {
	i := len(raw)
	for i > 0 && isASCIILetter(raw[i-1]) {
		i--
	}
	// An exponent's 'e' is followed by digits, so it is never a suffix.
	return raw[:i], strings.ToUpper(raw[i:])
}

// lowerLiteral decodes a literal token; the scanner has validated it.
func lowerLiteral(t lexer.Token) *Literal {
	out := &Literal{Pos: pos(t.Pos), Kind: litKind(t.Value)}
	switch out.Kind {
	case LitString:
		out.Text = decodeStrings(t.Value)
	case LitBinary:
		out.Text = decodeBinary(t.Value)
	case LitDate, LitDatetime, LitTimestamp, LitNTZ, LitJSON:
		out.Text = decodeTyped(t.Value)
	case LitBool:
		out.Text = strings.ToLower(t.Value)
	case LitNull:
	default:
		out.Text, _ = splitNumber(t.Value)
	}
	return out
}

var suffixKinds = map[string]LitKind{
	"Y": LitTinyint, "S": LitSmallint, "L": LitBigint,
	"F": LitFloat, "D": LitDouble, "BD": LitDecimal,
}

var wordKinds = map[string]LitKind{
	"TRUE": LitBool, "FALSE": LitBool, "NULL": LitNull,
	"DATE": LitDate, "DATETIME": LitDatetime, "TIMESTAMP": LitTimestamp,
	"TIMESTAMP_NTZ": LitNTZ,
	"JSON":          LitJSON,
}

// litKind classifies a literal token by its raw text.
func litKind(raw string) LitKind {
	switch c := raw[0]; {
	case isDigit(c) || c == '.':
		digits, suffix := splitNumber(raw)
		if k, ok := suffixKinds[suffix]; ok {
			return k
		}
		if strings.ContainsAny(digits, ".eE") {
			return LitDouble
		}
		return LitInt
	case c == '\'' || c == '"' || rawStringAt(raw, 0):
		return LitString
	case (c == 'X' || c == 'x') && len(raw) > 1 && (raw[1] == '\'' || raw[1] == '"'):
		return LitBinary
	}
	return wordKinds[upperWord(raw[:wordEnd(raw, 0)])]
}
