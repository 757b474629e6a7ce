package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// A single-pass scanner over JSON text for GET_JSON_OBJECT on STRING: it
// validates the document and finds the values a path selects as spans of
// the text, without building a tree (the per-row cost is one pass over the
// bytes). Spans are [start, end) offsets into the document.

type span struct{ start, end int }

// maxScanDepth bounds nesting, as eval.ParseJSON does.
const maxScanDepth = 1000

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func skipBlanks(s string, i int) int {
	for i < len(s) && isBlank(s[i]) {
		i++
	}
	return i
}

// validJSONText reports whether s is one JSON value with optional blanks
// around it, and returns the span of the value.
func validJSONText(s string) (span, bool) {
	i := skipBlanks(s, 0)
	end := skipJSONValue(s, i, 0)
	if end < 0 || skipBlanks(s, end) != len(s) {
		return span{}, false
	}
	return span{i, end}, true
}

// skipJSONValue validates the value at i and returns its end, or -1.
func skipJSONValue(s string, i, depth int) int {
	if i >= len(s) || depth > maxScanDepth {
		return -1
	}
	switch c := s[i]; {
	case c == '"':
		return eval.ScanJSONString(s, i)
	case c == '{' || c == '[':
		return skipJSONContainer(s, i, depth)
	case c == '-' || c >= '0' && c <= '9':
		return eval.ScanJSONNumber(s, i)
	case strings.HasPrefix(s[i:], "true"):
		return i + 4
	case strings.HasPrefix(s[i:], "false"):
		return i + 5
	case strings.HasPrefix(s[i:], "null"):
		return i + 4
	}
	return -1
}

// skipJSONContainer validates the object or array at i.
func skipJSONContainer(s string, i, depth int) int {
	closer, object := byte(']'), s[i] == '{'
	if object {
		closer = '}'
	}
	i = skipBlanks(s, i+1)
	if i < len(s) && s[i] == closer {
		return i + 1
	}
	for {
		if object {
			if i = memberValueStart(s, i); i < 0 {
				return -1
			}
		}
		if i = skipJSONValue(s, i, depth+1); i < 0 {
			return -1
		}
		i = skipBlanks(s, i)
		switch {
		case i >= len(s):
			return -1
		case s[i] == ',':
			i = skipBlanks(s, i+1)
		case s[i] == closer:
			return i + 1
		default:
			return -1
		}
	}
}

// memberValueStart reads `"name" :` at i and returns where the value starts.
func memberValueStart(s string, i int) int {
	if i >= len(s) || s[i] != '"' {
		return -1
	}
	if i = eval.ScanJSONString(s, i); i < 0 {
		return -1
	}
	i = skipBlanks(s, i)
	if i >= len(s) || s[i] != ':' {
		return -1
	}
	return skipBlanks(s, i+1)
}

// keyIs reports whether the JSON string literal q names key.
func keyIs(q, key string) bool {
	body := q[1 : len(q)-1]
	if strings.IndexByte(body, '\\') < 0 {
		return body == key
	}
	return eval.UnquoteJSONString(q) == key
}

// stepSpans appends to out the values step selects in the validated value v.
func stepSpans(s string, v span, st jsonStep, out []span) []span {
	c := s[v.start]
	switch {
	case c == '{' && !st.isIndex && !st.wildcard:
		found, ok := span{}, false
		for i := skipBlanks(s, v.start+1); i < len(s) && s[i] == '"'; {
			kend := eval.ScanJSONString(s, i)
			vstart := skipBlanks(s, skipBlanks(s, kend)+1)
			vend := skipJSONValue(s, vstart, 0)
			// The first of duplicate keys wins: the page's
			// get_json_object('{"a":"1","a":"2"}', '$.a') is 1.
			if !ok && keyIs(s[i:kend], st.name) {
				found, ok = span{vstart, vend}, true
			}
			if i = skipBlanks(s, vend); s[i] != ',' {
				break
			}
			i = skipBlanks(s, i+1)
		}
		if ok {
			out = append(out, found)
		}
	case c == '[' && (st.isIndex || st.wildcard):
		i := skipBlanks(s, v.start+1)
		for n := 0; s[i] != ']'; n++ {
			end := skipJSONValue(s, i, 0)
			if st.wildcard || n == st.index {
				out = append(out, span{i, end})
				if !st.wildcard {
					break
				}
			}
			if i = skipBlanks(s, end); s[i] != ',' {
				break
			}
			i = skipBlanks(s, i+1)
		}
	}
	return out
}

// compactJSONText removes the blanks outside strings of validated JSON.
func compactJSONText(t string) string {
	if strings.IndexAny(t, " \t\r\n") < 0 {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); {
		switch c := t[i]; {
		case c == '"':
			end := eval.ScanJSONString(t, i)
			b.WriteString(t[i:end])
			i = end
		case isBlank(c):
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}
