package functions

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mcsql/mcsql/eval"
)

// registerURL adds PARSE_URL, URL_ENCODE and URL_DECODE, which follow
// Java's java.net.URL and URLEncoder/URLDecoder as Hive's do.
func registerURL(r registrar) {
	str := func(name string) eval.Param { return p(name, stringKinds) }
	r.Register(fn("PARSE_URL", "STRING PARSE_URL(STRING url, STRING part[, STRING key])",
		"part HOST, PATH, QUERY, REF, PROTOCOL, AUTHORITY, FILE or USERINFO of url, or the value of key in its QUERY",
		"select parse_url('https://example.com/a?k=v', 'QUERY', 'k'); -- v",
		ov(eval.StringType, impl2(func(u, part string) (eval.Value, error) { return parseURL(u, part, nil) }), str("url"), str("part")),
		ov(eval.StringType, impl3(func(u, part, key string) (eval.Value, error) { return parseURL(u, part, &key) }),
			str("url"), str("part"), str("key")),
	))
	r.Register(fn("URL_ENCODE", "STRING URL_ENCODE(STRING input[, STRING encoding])",
		"input encoded as application/x-www-form-urlencoded in UTF-8 (default) or GBK",
		"select url_encode('a b/c'); -- a+b%2Fc",
		ov(eval.StringType, impl1(func(s string) (string, error) { return urlEncode(s, "UTF-8") }), str("input")),
		ov(eval.StringType, impl2(urlEncode), str("input"), str("encoding")),
	))
	r.Register(fn("URL_DECODE", "STRING URL_DECODE(STRING input[, STRING encoding])",
		"input decoded from application/x-www-form-urlencoded, its %xy bytes read as UTF-8 (default) or GBK",
		"select url_decode('a+b%2Fc'); -- a b/c",
		ov(eval.StringType, impl1(func(s string) (string, error) { return urlDecode(s, "UTF-8") }), str("input")),
		ov(eval.StringType, impl2(urlDecode), str("input"), str("encoding")),
	))
}

// javaURL holds the parts of a URL as java.net.URL splits them; a part that
// Java reports as null is nil.
type javaURL struct {
	protocol, host, path string
	authority, userInfo  *string
	query, ref           *string
}

// parseJavaURL splits u as java.net.URL(String) does. Java also rejects
// protocols it has no handler for; mcsql accepts any well-formed scheme.
func parseJavaURL(u string) (*javaURL, error) {
	spec := strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	if len(spec) >= 4 && strings.EqualFold(spec[:4], "url:") {
		spec = spec[4:]
	}
	if i := strings.IndexFunc(spec, illegalURLRune); i >= 0 {
		return nil, eval.InvalidArgument("parse_url: invalid URL '%s': illegal character %q at index %d", u, spec[i:i+1], i)
	}
	colon := strings.IndexByte(spec, ':')
	if colon <= 0 || !isScheme(spec[:colon]) {
		return nil, eval.InvalidArgument("parse_url: invalid URL '%s': no protocol (expected protocol://host/path?query#ref)", u)
	}
	out := &javaURL{protocol: strings.ToLower(spec[:colon])}
	rest := spec[colon+1:]
	if h := strings.IndexByte(rest, '#'); h >= 0 {
		ref := rest[h+1:]
		out.ref, rest = &ref, rest[:h]
	}
	if q := strings.IndexByte(rest, '?'); q >= 0 {
		query := rest[q+1:]
		out.query, rest = &query, rest[:q]
	}
	if strings.HasPrefix(rest, "//") {
		authority := rest[2:]
		if slash := strings.IndexByte(authority, '/'); slash >= 0 {
			authority, rest = authority[:slash], authority[slash:]
		} else {
			rest = ""
		}
		out.authority, out.host = &authority, authority
		if at := strings.IndexByte(authority, '@'); at >= 0 {
			info := authority[:at]
			out.userInfo, out.host = &info, authority[at+1:]
		}
		host, err := stripPort(u, out.host)
		if err != nil {
			return nil, err
		}
		out.host = host
	}
	out.path = rest
	return out, nil
}

// stripPort removes a :port from host, checking it as Java does.
func stripPort(u, host string) (string, error) {
	colon := strings.LastIndexByte(host, ':')
	if strings.HasPrefix(host, "[") {
		end := strings.IndexByte(host, ']')
		if end < 0 {
			return "", eval.InvalidArgument("parse_url: invalid URL '%s': unclosed IPv6 address", u)
		}
		if colon < end {
			return host, nil
		}
	}
	if colon < 0 {
		return host, nil
	}
	for _, c := range host[colon+1:] {
		if c < '0' || c > '9' {
			return "", eval.InvalidArgument("parse_url: invalid URL '%s': invalid port number '%s'", u, host[colon+1:])
		}
	}
	return host[:colon], nil
}

// illegalURLRune reports characters a URI may not hold, as Spark's and
// java.net.URI's parsers reject them.
func illegalURLRune(r rune) bool {
	return r <= ' ' || r == 0x7f || strings.ContainsRune("\"<>\\^`{|}", r)
}

func isScheme(s string) bool {
	for i, c := range s {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return s != ""
}

// parseURL extracts a part, matched case-insensitively as the page says.
// With a key, only QUERY has values: the value of the first key=value
// pair of the query, or NULL.
func parseURL(u, part string, key *string) (eval.Value, error) {
	url, err := parseJavaURL(u)
	if err != nil {
		return nil, err
	}
	return url.part(part, key)
}

// part is one part of a parsed URL, as parseURL describes.
func (url *javaURL) part(part string, key *string) (eval.Value, error) {
	var v *string
	switch strings.ToUpper(part) {
	case "HOST":
		v = &url.host
	case "PATH":
		v = &url.path
	case "QUERY":
		v = url.query
	case "REF":
		v = url.ref
	case "PROTOCOL":
		v = &url.protocol
	case "AUTHORITY":
		v = url.authority
	case "FILE":
		file := url.path
		if url.query != nil {
			file += "?" + *url.query
		}
		v = &file
	case "USERINFO":
		v = url.userInfo
	default:
		return nil, eval.InvalidArgument("parse_url: invalid part '%s': use HOST, PATH, QUERY, REF, PROTOCOL, AUTHORITY, FILE or USERINFO", part)
	}
	if key != nil {
		if !strings.EqualFold(part, "QUERY") || v == nil {
			return nil, nil
		}
		return queryValue(*v, *key), nil
	}
	if v == nil {
		return nil, nil
	}
	return *v, nil
}

func queryValue(query, key string) eval.Value {
	for _, pair := range strings.Split(query, "&") {
		if k, v, ok := strings.Cut(pair, "="); ok && k == key {
			return v
		}
	}
	return nil
}

// charsetBytes encodes s in a URL_ENCODE/URL_DECODE encoding.
func charsetBytes(fn, s, encoding string) ([]byte, error) {
	switch strings.ToUpper(encoding) {
	case "UTF-8", "UTF8":
		return []byte(s), nil
	case "GBK":
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		if err != nil {
			return nil, eval.InvalidArgument("%s: '%s' has characters GBK cannot encode", fn, s)
		}
		return b, nil
	}
	return nil, eval.InvalidArgument("%s: unsupported encoding '%s': use UTF-8 or GBK", fn, encoding)
}

// urlEncode follows java.net.URLEncoder: letters, digits and .-*_ stay,
// a space becomes +, every other byte of the encoded text becomes %XY.
func urlEncode(s, encoding string) (string, error) {
	b, err := charsetBytes("url_encode", s, encoding)
	if err != nil {
		return "", err
	}
	const hex = "0123456789ABCDEF"
	var out strings.Builder
	out.Grow(len(b))
	for _, c := range b {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '-', c == '*', c == '_':
			out.WriteByte(c)
		case c == ' ':
			out.WriteByte('+')
		default:
			out.WriteByte('%')
			out.WriteByte(hex[c>>4])
			out.WriteByte(hex[c&15])
		}
	}
	return out.String(), nil
}

// urlDecode follows java.net.URLDecoder: + is a space, each run of %xy
// bytes is decoded in the encoding (bad bytes become U+FFFD), and a
// malformed escape is an error.
func urlDecode(s, encoding string) (string, error) {
	if _, err := charsetBytes("url_decode", "", encoding); err != nil {
		return "", err
	}
	gbk := strings.EqualFold(encoding, "GBK")
	var out strings.Builder
	for i := 0; i < len(s); {
		switch s[i] {
		case '+':
			out.WriteByte(' ')
			i++
		case '%':
			var run []byte
			for i < len(s) && s[i] == '%' {
				if i+3 > len(s) || !isHex(s[i+1:i+3]) {
					return "", eval.InvalidArgument("url_decode: '%s' has a malformed escape at byte %d: %% must be followed by two hexadecimal digits", s, i+1)
				}
				run = append(run, unhexByte(s[i+1])<<4|unhexByte(s[i+2]))
				i += 3
			}
			if gbk {
				decoded, _ := simplifiedchinese.GBK.NewDecoder().Bytes(run)
				run = decoded
			}
			out.WriteString(strings.ToValidUTF8(string(run), string(utf8.RuneError)))
		default:
			out.WriteByte(s[i])
			i++
		}
	}
	return out.String(), nil
}

func unhexByte(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// isHex reports whether s is made of hexadecimal digits only.
func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(s[i])) {
			return false
		}
	}
	return true
}
