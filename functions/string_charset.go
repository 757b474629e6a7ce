package functions

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mcsql/mcsql/eval"
)

// A charset converts between mcsql's strings (UTF-8 text) and the bytes of
// one of the character sets MaxCompute's ENCODE, DECODE, FROM_CHARSET and
// IS_ENCODING document: UTF-8, UTF-16, UTF-16LE, UTF-16BE, ISO-8859-1,
// US-ASCII, GB2312, GBK and GB18030. The Unicode and single-byte sets are
// written out here; the Chinese sets come from golang.org/x/text, whose
// mapping tables are the WHATWG ones Java's GBK and GB18030 follow.
type charset struct {
	name string
	// encode returns the bytes of s, or the first character the set
	// cannot represent.
	encode func(s string) ([]byte, rune, bool)
	// decode returns the text of b; a malformed sequence becomes bad, or
	// stops the decoding (ok false) when strict.
	decode func(b []byte, bad string, strict bool) (string, bool)
}

// charsetNames lists the sets in the documentation's order, for messages.
const charsetNames = "UTF-8, UTF-16, UTF-16LE, UTF-16BE, ISO-8859-1, US-ASCII, GB2312, GBK, GB18030"

var charsets = map[string]*charset{}

func init() {
	for _, c := range []*charset{
		{"UTF-8", encodeUTF8, decodeUTF8},
		{"UTF-16", func(s string) ([]byte, rune, bool) { return encodeUTF16(s, true, true) }, decodeUTF16BOM},
		{"UTF-16BE", func(s string) ([]byte, rune, bool) { return encodeUTF16(s, true, false) }, decodeUTF16(true)},
		{"UTF-16LE", func(s string) ([]byte, rune, bool) { return encodeUTF16(s, false, false) }, decodeUTF16(false)},
		{"ISO-8859-1", encodeSingleByte(0xFF), decodeLatin1},
		{"US-ASCII", encodeSingleByte(0x7F), decodeASCII},
		{"GBK", encodeWith(simplifiedchinese.GBK, nil), decodeWith(simplifiedchinese.GBK, nil)},
		{"GB2312", encodeWith(simplifiedchinese.GBK, isEUCCN), decodeWith(simplifiedchinese.GBK, isEUCCN)},
		{"GB18030", encodeWith(simplifiedchinese.GB18030, nil), decodeWith(simplifiedchinese.GB18030, nil)},
	} {
		charsets[c.name] = c
	}
	// Aliases Java's Charset.forName also accepts.
	for alias, name := range map[string]string{
		"UTF8": "UTF-8", "UTF16": "UTF-16", "UTF-16BE": "UTF-16BE", "UTF16BE": "UTF-16BE", "UTF16LE": "UTF-16LE",
		"ISO8859-1": "ISO-8859-1", "ISO_8859_1": "ISO-8859-1", "ISO8859_1": "ISO-8859-1", "LATIN1": "ISO-8859-1",
		"ASCII": "US-ASCII", "CP936": "GBK", "EUC-CN": "GB2312",
	} {
		charsets[alias] = charsets[name]
	}
}

// lookupCharset finds a charset by name, case-insensitively; fn names the
// calling function in the error.
func lookupCharset(fn, name string) (*charset, error) {
	if c, ok := charsets[strings.ToUpper(strings.TrimSpace(name))]; ok {
		return c, nil
	}
	return nil, invalidArg("%s: unsupported charset '%s'; use one of %s", fn, name, charsetNames)
}

// encodeText encodes s, failing with a message that names the character.
func (c *charset) encodeText(fn, s string) ([]byte, error) {
	b, r, ok := c.encode(s)
	if !ok {
		if r == utf8.RuneError {
			return nil, invalidArg("%s: the string is not valid UTF-8 text", fn)
		}
		return nil, invalidArg("%s: character '%c' (U+%04X) cannot be encoded in %s", fn, r, r, c.name)
	}
	return b, nil
}

// decodeStrict decodes b, failing on the first malformed sequence.
func (c *charset) decodeStrict(fn string, b []byte) (string, error) {
	s, ok := c.decode(b, "", true)
	if !ok {
		return "", invalidArg("%s: the bytes are not valid %s; check the charset, or use FROM_CHARSET with mode 'IGNORE' or 'TRANSLIT'", fn, c.name)
	}
	return s, nil
}

// invalidArg is eval.InvalidArgument (ODPS-0121095).
func invalidArg(format string, args ...any) error {
	return eval.InvalidArgument(format, args...)
}

func encodeUTF8(s string) ([]byte, rune, bool) {
	if !utf8.ValidString(s) {
		return nil, utf8.RuneError, false
	}
	return []byte(s), 0, true
}

func decodeUTF8(b []byte, bad string, strict bool) (string, bool) {
	if utf8.Valid(b) {
		return string(b), true
	}
	if strict {
		return "", false
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteString(bad)
			n = 1
		} else {
			sb.WriteRune(r)
		}
		b = b[n:]
	}
	return sb.String(), true
}

// encodeUTF16 writes UTF-16 as Java does: "UTF-16" puts a big-endian byte
// order mark first.
func encodeUTF16(s string, bigEndian, bom bool) ([]byte, rune, bool) {
	if !utf8.ValidString(s) {
		return nil, utf8.RuneError, false
	}
	units := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2*len(units)+2)
	if bom {
		out = append(out, 0xFE, 0xFF)
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out, 0, true
}

func decodeUTF16(bigEndian bool) func([]byte, string, bool) (string, bool) {
	return func(b []byte, bad string, strict bool) (string, bool) {
		var sb strings.Builder
		for i := 0; i < len(b); {
			if i+1 >= len(b) { // a dangling odd byte
				if strict {
					return "", false
				}
				sb.WriteString(bad)
				break
			}
			u := unit16(b[i:], bigEndian)
			i += 2
			switch {
			case !utf16.IsSurrogate(rune(u)):
				sb.WriteRune(rune(u))
				continue
			case u < 0xDC00 && i+1 < len(b):
				lo := unit16(b[i:], bigEndian)
				if r := utf16.DecodeRune(rune(u), rune(lo)); r != utf8.RuneError {
					sb.WriteRune(r)
					i += 2
					continue
				}
			}
			if strict {
				return "", false
			}
			sb.WriteString(bad)
		}
		return sb.String(), true
	}
}

func unit16(b []byte, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
}

// decodeUTF16BOM reads the byte order from a leading mark, big-endian
// when there is none (Java's "UTF-16").
func decodeUTF16BOM(b []byte, bad string, strict bool) (string, bool) {
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return decodeUTF16(true)(b[2:], bad, strict)
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return decodeUTF16(false)(b[2:], bad, strict)
	}
	return decodeUTF16(true)(b, bad, strict)
}

// encodeSingleByte encodes code points up to limit as one byte each.
func encodeSingleByte(limit rune) func(string) ([]byte, rune, bool) {
	return func(s string) ([]byte, rune, bool) {
		out := make([]byte, 0, len(s))
		for i, r := range s {
			if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
				return nil, utf8.RuneError, false
			}
			if r > limit {
				return nil, r, false
			}
			out = append(out, byte(r))
		}
		return out, 0, true
	}
}

func decodeLatin1(b []byte, _ string, _ bool) (string, bool) {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs), true
}

func decodeASCII(b []byte, bad string, strict bool) (string, bool) {
	var sb strings.Builder
	for _, c := range b {
		if c > 0x7F {
			if strict {
				return "", false
			}
			sb.WriteString(bad)
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String(), true
}

// encodeWith encodes through an x/text encoding; allow, when set, rejects
// characters whose bytes fall outside a subset (GB2312 within GBK).
func encodeWith(e encoding.Encoding, allow func([]byte) bool) func(string) ([]byte, rune, bool) {
	return func(s string) ([]byte, rune, bool) {
		if !utf8.ValidString(s) {
			return nil, utf8.RuneError, false
		}
		enc := e.NewEncoder()
		out := make([]byte, 0, 2*len(s))
		var buf [utf8.UTFMax]byte
		for _, r := range s {
			n := utf8.EncodeRune(buf[:], r)
			b, err := enc.Bytes(buf[:n])
			if err != nil || allow != nil && !allow(b) {
				return nil, r, false
			}
			out = append(out, b...)
		}
		return out, 0, true
	}
}

// decodeWith decodes through an x/text encoding, which turns malformed
// sequences into U+FFFD; re-encoding each character finds them (and the
// characters outside a subset).
func decodeWith(e encoding.Encoding, allow func([]byte) bool) func([]byte, string, bool) (string, bool) {
	encodeOne := encodeWith(e, allow)
	return func(b []byte, bad string, strict bool) (string, bool) {
		text, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return "", false
		}
		var sb strings.Builder
		for _, r := range string(text) {
			if _, _, ok := encodeOne(string(r)); ok {
				sb.WriteRune(r)
				continue
			}
			if strict {
				return "", false
			}
			sb.WriteString(bad)
		}
		return sb.String(), true
	}
}

// isEUCCN reports whether GBK bytes are also GB2312 (EUC-CN): ASCII, or
// two bytes each in 0xA1–0xFE.
func isEUCCN(b []byte) bool {
	switch len(b) {
	case 1:
		return b[0] < 0x80
	case 2:
		return b[0] >= 0xA1 && b[0] <= 0xFE && b[1] >= 0xA1 && b[1] <= 0xFE
	}
	return false
}
