package eval

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Reading JSON text: ParseJSON and the scanners that GET_JSON_OBJECT's
// one-pass walker shares.

// ParseJSON parses JSON text (RFC 8259, surrounding blanks allowed) into a
// JSON value. The error says where the text stops being JSON.
func ParseJSON(text string) (JSON, error) {
	return parseJSON(text, false)
}

// ParseJSONInOrder is ParseJSON keeping object members in input order (a
// repeated key keeps its first place and last value), for functions that
// read JSON text into MAPs, whose order MaxCompute keeps. Its objects are
// not sorted: Get must not be used on them, and they must go through
// NewJSONObject before they become part of a JSON value.
func ParseJSONInOrder(text string) (JSON, error) {
	return parseJSON(text, true)
}

func parseJSON(text string, inOrder bool) (JSON, error) {
	p := jsonParser{s: text, inOrder: inOrder}
	p.blanks()
	n, err := p.value(0)
	if err != nil {
		return JSON{}, err
	}
	p.blanks()
	if p.i < len(p.s) {
		return JSON{}, p.fail("unexpected text after the JSON value")
	}
	return JSON{Node: n}, nil
}

// maxJSONDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxJSONDepth = 1000

type jsonParser struct {
	s       string
	i       int
	inOrder bool
}

func (p *jsonParser) fail(why string) error {
	tok := p.s[p.i:]
	if end := strings.IndexAny(tok, " \t\r\n,:]}"); end > 0 {
		tok = tok[:end]
	}
	if len(tok) > 20 {
		tok = tok[:20] + "..."
	}
	return InvalidArgument("Invalid input syntax for type json, detail:Token \"%s\" is invalid at offset %d: %s", tok, p.i, why)
}

func (p *jsonParser) blanks() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\r', '\n':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value(depth int) (any, error) {
	if depth > maxJSONDepth {
		return nil, p.fail("nesting is deeper than 1000 levels")
	}
	if p.i >= len(p.s) {
		return nil, p.fail("expected a JSON value")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		end := ScanJSONNumber(p.s, p.i)
		if end < 0 {
			return nil, p.fail("malformed number")
		}
		n := JSONNumber(p.s[p.i:end])
		p.i = end
		return n, nil
	}
	for _, w := range [...]string{"true", "false", "null"} {
		if strings.HasPrefix(p.s[p.i:], w) {
			p.i += len(w)
			switch w {
			case "true":
				return true, nil
			case "false":
				return false, nil
			}
			return nil, nil
		}
	}
	return nil, p.fail("expected a JSON value")
}

func (p *jsonParser) object(depth int) (any, error) {
	p.i++ // {
	var keys []string
	var vals []any
	p.blanks()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return &JSONObject{}, nil
	}
	for {
		p.blanks()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, p.fail("expected a member name in double quotes")
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.blanks()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, p.fail("expected : after a member name")
		}
		p.i++
		p.blanks()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		keys, vals = append(keys, k.(string)), append(vals, v)
		p.blanks()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			if p.inOrder {
				return orderedObject(keys, vals), nil
			}
			return NewJSONObject(keys, vals), nil
		}
		return nil, p.fail("expected , or } in an object")
	}
}

func (p *jsonParser) array(depth int) (any, error) {
	p.i++ // [
	out := []any{}
	p.blanks()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return out, nil
	}
	for {
		p.blanks()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		p.blanks()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return out, nil
		}
		return nil, p.fail("expected , or ] in an array")
	}
}

func (p *jsonParser) str() (any, error) {
	end := ScanJSONString(p.s, p.i)
	if end < 0 {
		return nil, p.fail("malformed string")
	}
	s := UnquoteJSONString(p.s[p.i:end])
	p.i = end
	return s, nil
}

// ScanJSONNumber returns the end of the JSON number starting at i, or -1.
func ScanJSONNumber(s string, i int) int {
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() int {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - start
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return -1
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return -1
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return -1
		}
	}
	return i
}

// ScanJSONString returns the end (after the closing quote) of the JSON
// string whose opening quote is at i, or -1 when it is malformed.
func ScanJSONString(s string, i int) int {
	for i++; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return i + 1
		case c < 0x20:
			return -1
		case c == '\\':
			i++
			if i >= len(s) {
				return -1
			}
			switch s[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(s) || !isHex4(s[i+1:i+5]) {
					return -1
				}
				i += 4
			default:
				return -1
			}
		}
	}
	return -1
}

func isHex4(s string) bool {
	for i := 0; i < 4; i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// UnquoteJSONString decodes a JSON string literal that ScanJSONString
// accepted (quotes included). Lone surrogates become U+FFFD.
func UnquoteJSONString(q string) string {
	body := q[1 : len(q)-1]
	if !strings.ContainsRune(body, '\\') {
		return body
	}
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		switch body[i] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r := rune(hex4(body[i+1 : i+5]))
			i += 4
			if utf16.IsSurrogate(r) && i+6 < len(body) && body[i+1] == '\\' && body[i+2] == 'u' {
				if r2 := rune(hex4(body[i+3 : i+7])); utf16.DecodeRune(r, r2) != utf8.RuneError {
					r = utf16.DecodeRune(r, r2)
					i += 6
				}
			}
			b.WriteRune(r)
		default: // " \ /
			b.WriteByte(body[i])
		}
	}
	return b.String()
}

func hex4(s string) int {
	n, _ := strconv.ParseUint(s, 16, 32)
	return int(n)
}
