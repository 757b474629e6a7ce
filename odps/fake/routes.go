package fake

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// handler serves one kind of request once it is authenticated.
type handler struct {
	fn func(s *Server, c *call, a routeArgs) *apiError
	// public: served without a signature (the log view page a browser opens).
	public bool
}

// routeArgs are the parts of the path a handler needs.
type routeArgs struct {
	project, instance string
}

// projectNameRE is MaxCompute's rule for project names (and mcsql's).
var projectNameRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,127}$`)

// instanceIDRE accepts the ids the fake issues and ones shaped alike.
var instanceIDRE = regexp.MustCompile(`^[0-9A-Za-z_]{1,64}$`)

// route picks the handler of a request from its method, its path (without
// the endpoint's /api) and the presence of its query keys.
func route(method, path string, q url.Values) (handler, routeArgs, *apiError) {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case len(parts) == 2 && parts[0] == "webconsole" && parts[1] == "host":
		return only(method, http.MethodGet, handler{fn: (*Server).logViewHost}, routeArgs{})
	case len(parts) >= 1 && parts[0] == "logview":
		return only(method, http.MethodGet, handler{fn: (*Server).logViewPage, public: true}, routeArgs{})
	case len(parts) < 3 || parts[0] != "projects":
		return handler{}, routeArgs{}, errNotFound("the fake MaxCompute has no resource %s", shortPath(path))
	}
	a := routeArgs{project: parts[1]}
	if !projectNameRE.MatchString(a.project) {
		return handler{}, a, errNotFound("Project not found - '%s': a project name is a letter then up to 127 letters, digits or underscores", shortPath(a.project))
	}
	switch {
	case len(parts) == 3 && parts[2] == "tunnel" && has(q, "service"):
		return only(method, http.MethodGet, handler{fn: (*Server).tunnelService}, a)
	case len(parts) == 3 && parts[2] == "instances":
		return only(method, http.MethodPost, handler{fn: (*Server).submit}, a)
	case len(parts) != 4 || parts[2] != "instances":
		return handler{}, a, errNotFound("the fake MaxCompute has no resource %s", shortPath(path))
	}
	a.instance = parts[3]
	if !instanceIDRE.MatchString(a.instance) {
		return handler{}, a, errNotFound("Instance not found: %s", shortPath(a.instance))
	}
	return instanceRoute(method, q, a)
}

// instanceRoute routes the requests about one instance.
func instanceRoute(method string, q url.Values, a routeArgs) (handler, routeArgs, *apiError) {
	switch {
	case has(q, "downloads"):
		return only(method, http.MethodPost, handler{fn: (*Server).createDownload}, a)
	case has(q, "downloadid"):
		return only(method, http.MethodGet, handler{fn: (*Server).downloadData}, a)
	case method == http.MethodPut:
		return handler{fn: (*Server).terminate}, a, nil
	case has(q, "taskstatus"):
		return only(method, http.MethodGet, handler{fn: (*Server).taskStatus}, a)
	case has(q, "instanceprogress"):
		return only(method, http.MethodGet, handler{fn: (*Server).progress}, a)
	case has(q, "result"):
		return only(method, http.MethodGet, handler{fn: (*Server).result}, a)
	}
	return only(method, http.MethodGet, handler{fn: (*Server).instanceStatus}, a)
}

func has(q url.Values, key string) bool {
	_, ok := q[key]
	return ok
}

// only accepts h for the one method it serves.
func only(method, want string, h handler, a routeArgs) (handler, routeArgs, *apiError) {
	if method != want {
		return handler{}, a, errorf(http.StatusMethodNotAllowed, CodeMethodNotAllowed, "this resource accepts %s, not %s", want, shortPath(method))
	}
	return h, a, nil
}

// shortPath bounds client text quoted in an answer.
func shortPath(p string) string { return parser.ShortText(p) }
