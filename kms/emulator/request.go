package emulator

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strconv"

	"github.com/mcsql/mcsql/kms"
)

// maxBody bounds a form body: the largest legitimate request (6 KB of
// plaintext plus the common parameters) is far below it.
const maxBody = 1 << 20

// CodeRequestTimeout answers a request whose body arrived too slowly
// (HTTP 408).
const CodeRequestTimeout = "RequestTimeout"

// params are a request's parameters, from the query string and a
// form-encoded body merged; a name may appear only once in all.
type params map[string]string

// readParams merges the query string and, for a form-encoded body, the
// body. A name given twice is refused rather than silently resolved,
// since the signature covers exactly one value per name.
func readParams(r *http.Request) (params, *kms.Error) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "HTTP method %s is not supported; use GET or POST", r.Method)
	}
	p := params{}
	if err := p.add(r.URL.RawQuery, "query string"); err != nil {
		return nil, err
	}
	body, err := readBody(r)
	if err != nil {
		return nil, err
	}
	if err := p.add(body, "form body"); err != nil {
		return nil, err
	}
	return p, nil
}

func readBody(r *http.Request) (string, *kms.Error) {
	if r.Body == nil {
		return "", nil
	}
	if r.ContentLength > maxBody {
		// Refused before reading it: net/http then closes the connection.
		return "", kms.Errorf(kms.CodeInvalidParameter, "", "request body larger than %d bytes", maxBody)
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if errors.Is(err, os.ErrDeadlineExceeded) {
		e := kms.Errorf(CodeRequestTimeout, "", "the request body did not arrive within the server's read timeout")
		e.HTTPStatus = http.StatusRequestTimeout
		return "", e
	}
	if err != nil {
		return "", kms.Errorf(kms.CodeInvalidParameter, "", "cannot read the request body: %v", err)
	}
	if len(b) > maxBody {
		return "", kms.Errorf(kms.CodeInvalidParameter, "", "request body larger than %d bytes", maxBody)
	}
	if len(b) == 0 {
		return "", nil
	}
	ct := r.Header.Get("Content-Type")
	media, _, perr := mime.ParseMediaType(ct)
	if perr != nil || media != "application/x-www-form-urlencoded" {
		return "", kms.Errorf(kms.CodeInvalidParameter, "", "request body must be application/x-www-form-urlencoded, got Content-Type %q", ct)
	}
	return string(b), nil
}

func (p params) add(encoded, where string) *kms.Error {
	values, err := url.ParseQuery(encoded)
	if err != nil {
		return kms.Errorf(kms.CodeInvalidParameter, "", "malformed %s: %v", where, err)
	}
	for name, vs := range values {
		if _, dup := p[name]; dup || len(vs) > 1 {
			return kms.Errorf(kms.CodeInvalidParameter, "", "parameter %q is given more than once", name)
		}
		p[name] = vs[0]
	}
	return nil
}

// required returns a parameter that must be present and non-empty.
func (p params) required(name string) (string, *kms.Error) {
	v := p[name]
	if v == "" {
		return "", missing(name)
	}
	return v, nil
}

// intParam returns an optional integer parameter within [lo, hi], or def
// when it is absent.
func (p params) intParam(name string, def, lo, hi int) (int, *kms.Error) {
	s, ok := p[name]
	if !ok || s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, kms.Errorf(kms.CodeInvalidParameter, "", "the parameter %s must be an integer from %d to %d, got %q", name, lo, hi, s)
	}
	return n, nil
}

// missing is the real services' MissingParameter wording.
func missing(name string) *kms.Error {
	return kms.Errorf(kms.CodeMissingParameter, "", "The input parameter %q that is mandatory for processing this request is not supplied.", name)
}
