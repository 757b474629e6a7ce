package fake

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mcsql/mcsql/parser"
)

// logCall writes one line for a request:
//
//	2026-01-02T03:04:05Z GET /api/projects/p/instances/ID ak=LTAI... resource=ID code=OK status=200 duration=1.2ms
//
// It names the access key id, never its secret, a token or a script;
// client-supplied fields are quoted when they hold spaces or control
// characters, so that one request is one line, and cut when long.
func (s *Server) logCall(start time.Time, c *call) {
	what := c.r.URL.Path
	if q := c.r.URL.RawQuery; q != "" {
		what += "?" + q
	}
	// net/http accepts only a token as the method: it holds no space.
	s.logLine(start, c.r.Method+" "+field(what), c.accessKeyID, c.resource, c.code, c.status, c.detail)
}

// logLine writes one log line; what is already formatted (field), status
// 0 is left out.
func (s *Server) logLine(start time.Time, what, ak, resource, code string, status int, detail string) {
	if s.opt.Log == nil {
		return
	}
	line := fmt.Sprintf("%s %s ak=%s resource=%s code=%s", start.UTC().Format(time.RFC3339),
		what, field(ak), field(resource), field(code))
	if status != 0 {
		line += fmt.Sprintf(" status=%d", status)
	}
	line += " duration=" + s.opt.Now().Sub(start).String()
	if detail != "" {
		line += " detail=" + strconv.QuoteToASCII(parser.BoundMessage(detail))
	}
	line += "\n"
	s.logMu.Lock()
	defer s.logMu.Unlock()
	_, _ = s.opt.Log.Write([]byte(line)) // a failing log must not fail the request
}

// field formats a log value: "-" when empty, cut when long, quoted when
// it would break the line's structure.
func field(v string) string {
	if v == "" {
		return "-"
	}
	v = parser.ShortText(v)
	if strings.ContainsFunc(v, func(r rune) bool { return r <= ' ' || r == '"' || r == 0x7f || r >= 0x80 }) {
		return strconv.QuoteToASCII(v)
	}
	return v
}
