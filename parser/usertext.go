package parser

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds on user text quoted in error messages. A script can hold a 100 MB
// identifier or string literal; an error quoting it whole would put 100 MB
// on stderr. Messages up to MaxMessageBytes are left alone, so every normal
// message reads exactly as written.
const (
	// MaxMessageBytes is the longest error message left untouched.
	MaxMessageBytes = 1024
	// maxRunBytes is the longest run of non-space text kept whole in a
	// message that is over MaxMessageBytes.
	maxRunBytes = 128
	// shortPrefixBytes is how much of a shortened text is kept.
	shortPrefixBytes = 64
)

// ShortText returns s when it is at most 128 bytes long, and otherwise its
// first 64 bytes or fewer (cut on a rune boundary), "..." and its length in
// bytes, so an error can quote user text of any size in bounded space:
// aaaa... (100000000 bytes).
func ShortText(s string) string {
	if len(s) <= maxRunBytes {
		return s
	}
	return prefix(s, shortPrefixBytes) + "... (" + fmt.Sprint(len(s)) + " bytes)"
}

// prefix returns the longest prefix of s of at most n bytes that does not
// split a UTF-8 sequence.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// BoundMessage returns msg unchanged when it is at most MaxMessageBytes
// long. A longer message quotes huge user text (an identifier, a literal, a
// token), so every run of non-space text over 128 bytes is shortened like
// ShortText, keeping a closing quote: 'aaaa...' (100000000 bytes). If the
// message is still too long (user text full of spaces), it is cut to its
// first MaxMessageBytes/2 bytes and its length. The result is at most about
// MaxMessageBytes plus a little per shortened run.
func BoundMessage(msg string) string {
	if len(msg) <= MaxMessageBytes {
		return msg
	}
	total := len(msg)
	var b strings.Builder
	for len(msg) > 0 {
		// Copy spaces, then one run of non-space text.
		i := strings.IndexFunc(msg, func(r rune) bool { return !unicode.IsSpace(r) })
		if i < 0 {
			b.WriteString(msg)
			break
		}
		b.WriteString(msg[:i])
		msg = msg[i:]
		j := strings.IndexFunc(msg, unicode.IsSpace)
		if j < 0 {
			j = len(msg)
		}
		b.WriteString(shortRun(msg[:j]))
		msg = msg[j:]
		if b.Len() > 4*MaxMessageBytes {
			break // many runs: the cut below ends it anyway
		}
	}
	out := b.String()
	if len(out) > MaxMessageBytes {
		out = prefix(out, MaxMessageBytes/2) + "... (message of " + fmt.Sprint(total) + " bytes cut)"
	}
	return out
}

// shortRun shortens one run of non-space text over 128 bytes, keeping the
// quote that closes it, if any, so the message still reads as a quotation.
func shortRun(run string) string {
	if len(run) <= maxRunBytes {
		return run
	}
	tail := ""
	end := run[len(run)-2:]
	if i := strings.LastIndexAny(end, "'\"`"); i >= 0 {
		tail = end[i:] // the closing quote and what directly follows it
	}
	return prefix(run, shortPrefixBytes) + "..." + tail + " (" + fmt.Sprint(len(run)) + " bytes)"
}
