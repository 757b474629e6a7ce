package main

import (
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// The history file must never hold key material: a pasted keyset (hex,
// Base64 or JSON), a raw key, a wrapped keyset blob, a plaintext being
// encrypted, an access key or an STS token. maskHistory decides, for each
// statement, what of it the file keeps. It masks rather than drops, so that
// the rest of the statement can still be recalled and edited: each
// literal that is (or may be) secret is replaced by a marker,
// <masked: N bytes>, N the literal's length as typed. The marker is not
// SQL (a recalled entry fails to parse at it rather than run with a
// different value), and says that something was there and how big it was.
//
// It works on the tokens of the splitter's lexer, which never fails, so
// that a statement that does not parse (a typo, a truncated paste) is
// masked by the same rules:
//
//   - a literal in an argument that takes key material or a plaintext
//     (secretArgs) is masked, whatever it holds: the keyset of
//     ENHANCED_SYM_ENCRYPT, unhex('...') inside it, its plaintext;
//   - anywhere else, a literal is masked when its text looks like key
//     material (secretText): 64 or more hex digits (32 bytes, the smallest
//     key a keyset or SYM_ENCRYPT takes), 44 or more Base64 characters
//     mixing cases and digits (as random bytes do and text rarely does),
//     keyset JSON, an AccessKey ID or secret, an STS token. Ciphertexts and
//     hashes that long are masked too: the rule cannot tell them apart, and
//     a history entry is better safe than runnable;
//   - an unquoted word and a run of letters, digits, '+' and '/' in a
//     comment are masked by the same rules (a key pasted without quotes);
//   - a SET statement whose flag name speaks of a secret, password, token,
//     access key or credential, or whose value looks like one, is dropped:
//     its text is raw, and a SET with its value masked is of no use.
//
// A plaintext assigned to a variable that is encrypted later cannot be
// recognized; the README says so.

// secretArgs lists, for each function taking key material or a plaintext,
// the 1-based positions of those arguments. Ciphertexts are not key
// material: they are masked only when they look like it (long hex or
// Base64), which they usually do.
var secretArgs = map[string][]int{
	"ENHANCED_SYM_ENCRYPT":  {1, 2}, // keyset, plaintext
	"ENHANCED_SYM_DECRYPT":  {1},    // keyset
	"SYM_ENCRYPT":           {1, 2}, // plaintext, key
	"SYM_DECRYPT":           {2},    // key
	"KEYSET_TO_JSON":        {1},
	"KEYSET_FROM_JSON":      {1},
	"ADD_KEY_TO_KEYSET":     {1, 3}, // keyset, raw key
	"ROTATE_KEYSET":         {1},
	"USE_WRAPPED_KEYSET":    {3}, // the wrapped keyset blob
	"REWRAP_KEYSET":         {3},
	"ROTATE_WRAPPED_KEYSET": {3},
}

// Below these lengths a hex or Base64 text is not taken for key material:
// 32 bytes is the smallest key mcsql's ciphers take (AES-256-GCM,
// AES-SIV-CMAC-128, SYM_ENCRYPT), and every keyset, raw key and wrapped
// keyset is at least that long. MD5 and SHA-1 digests stay readable.
const (
	minSecretHex    = 64
	minSecretBase64 = 44
)

// maskHistory returns the text the history file keeps of entry, and
// false when the entry must not be kept at all.
func maskHistory(entry string) (string, bool) {
	toks, open := parser.Tokens(entry)
	if open >= 0 && !strings.HasPrefix(entry[open:], "/*") {
		// The text ends inside a string or a quoted name: the rest is one
		// literal, so that an unfinished paste is masked like a finished one.
		toks = append(toks, parser.Token{Kind: parser.TokenLiteral, Text: entry[open:], Start: open, End: len(entry)})
	}
	for i, t := range toks {
		if t.Kind == parser.TokenSetText && i > 0 && toks[i-1].Kind == parser.TokenWord && toks[i-1].Text == "SET" && secretSetting(t.Text) {
			return "", false
		}
	}
	masked := make([]bool, len(toks))
	for i, t := range toks {
		if positions, ok := secretArgs[t.Text]; ok && t.Kind == parser.TokenWord {
			markArgs(toks, i, positions, masked)
		}
	}
	// The markers of an entry masked before (a history file loads masked
	// entries) stay as they are: the number in one is a literal.
	markers := markerRE.FindAllStringIndex(entry, -1)
	inMarker := func(off int) bool { // offs come in order: drop the markers passed
		for len(markers) > 0 && markers[0][1] <= off {
			markers = markers[1:]
		}
		return len(markers) > 0 && off >= markers[0][0]
	}
	var b strings.Builder
	prev := 0
	for i, t := range toks {
		b.WriteString(maskGap(entry[prev:t.Start]))
		prev = t.End
		switch {
		case len(markers) > 0 && inMarker(t.Start):
			b.WriteString(entry[t.Start:t.End])
		case masked[i] && !placeholder(literalText(t.Text)),
			t.Kind == parser.TokenLiteral && secretText(literalText(t.Text)),
			t.Kind == parser.TokenWord && secretWord(t.Text, entry[t.Start:t.End]):
			b.WriteString(marker(t.End - t.Start))
		default:
			b.WriteString(entry[t.Start:t.End])
		}
	}
	b.WriteString(maskGap(entry[prev:]))
	return b.String(), true
}

// placeholder reports whether a literal's text is only -D placeholders
// ('${keyset}', '<wrapped_keyset>'): the history holds the statement as
// typed, before the placeholders are replaced, so their values are never
// in it, and the placeholder is worth keeping.
func placeholder(text string) bool {
	if len(text) > 2 && text[0] == '<' && text[len(text)-1] == '>' && !strings.ContainsAny(text[1:len(text)-1], "\\'\"<> ") {
		return true
	}
	for {
		if !strings.HasPrefix(text, "${") {
			return false
		}
		end := strings.IndexByte(text, '}')
		if end < 0 || strings.ContainsAny(text[:end], "\n ") {
			return false
		}
		if text = text[end+1:]; text == "" {
			return true
		}
	}
}

// markerRE matches a marker.
var markerRE = regexp.MustCompile(`<masked: [0-9]+ bytes>`)

// marker stands for a masked text of n bytes.
func marker(n int) string { return fmt.Sprintf("<masked: %d bytes>", n) }

// markArgs marks the literals in the arguments at positions of the call
// whose name is toks[i]; a name not followed by '(' is not a call.
func markArgs(toks []parser.Token, i int, positions []int, masked []bool) {
	if i+1 >= len(toks) || toks[i+1].Kind != parser.TokenSymbol || toks[i+1].Text != "(" {
		return
	}
	secret := func(arg int) bool {
		for _, p := range positions {
			if p == arg {
				return true
			}
		}
		return false
	}
	depth, arg := 1, 1
	for j := i + 2; j < len(toks); j++ {
		t := toks[j]
		if t.Kind == parser.TokenSymbol {
			switch t.Text {
			case "(", "[":
				depth++
			case ")", "]":
				if depth--; depth == 0 {
					return
				}
			case ",":
				if depth == 1 {
					arg++
				}
			}
			continue
		}
		if t.Kind == parser.TokenLiteral && secret(arg) {
			masked[j] = true
		}
	}
}

// literalText is what a literal token holds between its quotes: the body
// of '...', "...", X'...' or R'(...)', and a number as it is.
func literalText(tok string) string {
	switch {
	case len(tok) >= 5 && (tok[0] == 'r' || tok[0] == 'R') && (tok[1] == '\'' || tok[1] == '"') && tok[2] == '(':
		return strings.TrimSuffix(tok[3:], ")"+tok[1:2])
	case len(tok) >= 2 && (tok[0] == 'x' || tok[0] == 'X') && (tok[1] == '\'' || tok[1] == '"'):
		return strings.TrimSuffix(tok[2:], tok[1:2])
	case len(tok) >= 1 && (tok[0] == '\'' || tok[0] == '"'):
		return strings.TrimSuffix(tok[1:], tok[:1]) // an unfinished one has no closing quote
	}
	return tok
}

// compact drops blanks and the escapes of line breaks and tabs from s: a
// hex or Base64 text pasted over several lines is still one.
var compact = strings.NewReplacer(" ", "", "\t", "", "\n", "", "\r", "", `\n`, "", `\r`, "", `\t`, "")

// secretText reports whether a literal's text looks like key material.
func secretText(s string) bool {
	if keysetJSON(s) || credential(s) {
		return true
	}
	c := compact.Replace(s)
	if isHex(strings.TrimPrefix(strings.TrimPrefix(c, "0x"), "0X"), minSecretHex) {
		return true
	}
	return isBase64(c, minSecretBase64) && mixed(c)
}

// secretWord reports whether an unquoted word (text, as typed) looks like
// key material: a keyset pasted without its quotes.
func secretWord(upper, text string) bool {
	if upper == "`" { // a quoted name: what is between the backticks
		text = strings.Trim(text, "`")
	}
	return credential(text) || isHex(text, minSecretHex) || (isBase64(text, minSecretBase64) && mixed(text))
}

// maskGap masks, in the blanks and comments between two tokens, every run
// of hex or Base64 characters that secretWord takes for key material.
func maskGap(gap string) string {
	if len(gap) < 16 { // shorter than any secret secretWord recognizes
		return gap
	}
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		run := gap[start:end]
		if secretWord(run, run) {
			b.WriteString(marker(len(run)))
		} else {
			b.WriteString(run)
		}
		start = -1
	}
	// A run is letters, digits, '+' and '/', with its '=' padding: '-'
	// and '_' would join a key to the comment's punctuation around it.
	for i := 0; i < len(gap); i++ {
		c := gap[i]
		if isAlnum(c) || c == '+' || c == '/' || (c == '=' && start >= 0) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteByte(c)
	}
	flush(len(gap))
	return b.String()
}

// keysetJSON reports whether s looks like a keyset's JSON text (or a
// piece of one): an object with the fields only keysets have.
func keysetJSON(s string) bool {
	if !strings.Contains(s, "{") {
		return false
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "key_meta_data") || strings.Contains(l, "primary_key_id") || strings.Contains(l, "key_material")
}

// credential reports whether s is an Alibaba Cloud AccessKey ID
// (LTAI...), an STS AccessKey ID (STS....), an STS security token
// (CAIS..., long Base64) or an AccessKey secret (30 letters and digits,
// both cases).
func credential(s string) bool {
	alnum := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if !isAlnum(t[i]) {
				return false
			}
		}
		return true
	}
	switch {
	case strings.HasPrefix(s, "LTAI") && len(s) >= 16 && alnum(s[4:]):
		return true
	case strings.HasPrefix(s, "STS.") && len(s) >= 16 && alnum(s[4:]):
		return true
	case strings.HasPrefix(s, "CAIS") && isBase64(s, minSecretBase64):
		return true
	}
	return len(s) == 30 && alnum(s) && mixed(s)
}

// secretSetting reports whether the raw text of a SET statement (name=value)
// sets a credential: by the flag's name, or by what the value looks like.
func secretSetting(text string) bool {
	name, value, _ := strings.Cut(text, "=")
	n := strings.NewReplacer(".", "", "_", "", "-", "").Replace(strings.ToLower(name))
	for _, w := range []string{"secret", "password", "passwd", "token", "accesskey", "accessid", "credential", "privatekey"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	value = strings.TrimSpace(value)
	if len(value) >= 2 && (value[0] == '\'' || value[0] == '"') && value[len(value)-1] == value[0] {
		value = value[1 : len(value)-1]
	}
	return secretText(value) || maskGap(value) != value
}

// isHex reports whether s is at least min hex digits and nothing else.
func isHex(s string, min int) bool {
	if len(s) < min {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigitByte(c) && (c|0x20 < 'a' || c|0x20 > 'f') {
			return false
		}
	}
	return true
}

// isBase64 reports whether s is at least min characters of standard or
// URL-safe Base64 that decode.
func isBase64(s string, min int) bool {
	if len(s) < min {
		return false
	}
	body := strings.TrimRight(s, "=")
	if len(s)-len(body) > 2 {
		return false
	}
	for i := 0; i < len(body); i++ {
		if !isBase64Char(body[i]) {
			return false
		}
	}
	url := strings.ContainsAny(body, "-_")
	if url && strings.ContainsAny(body, "+/") {
		return false
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	_, err := enc.DecodeString(body)
	return err == nil
}

// mixed reports whether s has upper and lower case letters and a digit
// (or a '+' or '/'), as the Base64 of random bytes has and a name rarely.
func mixed(s string) bool {
	var upper, lower, other bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case isDigitByte(c) || c == '+' || c == '/':
			other = true
		}
	}
	return upper && lower && other
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool {
	return isDigitByte(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
}

func isBase64Char(c byte) bool { return isAlnum(c) || c == '+' || c == '/' || c == '-' || c == '_' }
