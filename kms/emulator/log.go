package emulator

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mcsql/mcsql/kms"
)

// logCall writes one line for a request:
//
//	2026-01-02T03:04:05Z Decrypt ak=LTAI... caller=acs:ram::1:role/r resource=acs:kms:... code=OK status=200 duration=1.2ms
//
// It names the access key id, never its secret, token or any parameter
// value; client-supplied fields are quoted when they contain spaces or
// control characters so that one request is always one line, and cut when
// long so that the line stays short. An error whose text the reply hides
// (a key store failure naming its file) adds detail="...".
func (s *Server) logCall(start time.Time, c *call, kerr *kms.Error, status int) {
	if s.cfg.Log == nil {
		return
	}
	code := "OK"
	if kerr != nil {
		code = kerr.Code
	}
	caller := "-"
	if c.authed {
		caller = c.caller.String()
	}
	line := fmt.Sprintf("%s %s ak=%s caller=%s resource=%s code=%s status=%d duration=%s",
		start.UTC().Format(time.RFC3339), field(c.action), field(c.accessKeyID), field(caller),
		field(c.resource), field(code), status, s.cfg.Now().Sub(start))
	if c.detail != "" {
		line += " detail=" + strconv.QuoteToASCII(cut(c.detail, maxDetailBytes, shortDetailBytes))
	}
	line += "\n"
	s.logMu.Lock()
	defer s.logMu.Unlock()
	_, _ = s.cfg.Log.Write([]byte(line)) // a failing log must not fail the request
}

// Bounds on a logged value: a client can send a 1 MB Action or KeyId,
// and one request must stay one short line. A value over maxFieldBytes is
// cut to its first shortFieldBytes, "..." and its length, as
// parser.ShortText cuts user text in error messages.
// An error's detail (a key store's failure, which the reply does not
// show) is server text and may name a long path: it gets more room.
const (
	maxFieldBytes    = 128
	shortFieldBytes  = 64
	maxDetailBytes   = 1024
	shortDetailBytes = 512
)

// field formats a log value: "-" when empty, cut when long, quoted when it
// would break the line's structure.
func field(v string) string {
	if v == "" {
		return "-"
	}
	v = cut(v, maxFieldBytes, shortFieldBytes)
	if strings.ContainsFunc(v, func(r rune) bool { return r <= ' ' || r == '"' || r == 0x7f || r >= 0x80 }) {
		return strconv.QuoteToASCII(v)
	}
	return v
}

// cut returns v when it is at most limit bytes long, else its first keep
// bytes or fewer (on a rune boundary), "..." and its length.
func cut(v string, limit, keep int) string {
	if len(v) <= limit {
		return v
	}
	n := keep
	for n > 0 && !utf8.RuneStart(v[n]) {
		n--
	}
	return fmt.Sprintf("%s... (%d bytes)", v[:n], len(v))
}
