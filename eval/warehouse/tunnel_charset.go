package warehouse

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"
)

// LookupCharset resolves odpscmd's -c: "ignore" (its default) and UTF-8
// keep the bytes as they are (nil); other IANA names (GBK, GB18030,
// ISO-8859-1, UTF-16LE, Big5, Shift_JIS, ...) convert to and from UTF-8.
func LookupCharset(name string) (encoding.Encoding, error) {
	switch n := strings.ToUpper(strings.TrimSpace(name)); n {
	case "", "IGNORE", "UTF-8", "UTF8":
		return nil, nil
	case "CP936":
		name = "GBK" // Java's alias, which IANA does not list
	}
	enc, err := ianaindex.IANA.Encoding(strings.TrimSpace(name))
	if err != nil || enc == nil {
		return nil, fmt.Errorf("unsupported charset '%s'; use ignore (the default), UTF-8, GBK, GB18030, ISO-8859-1, UTF-16LE, UTF-16BE or another IANA name", name)
	}
	return enc, nil
}
