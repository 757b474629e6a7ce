package aliyun

// Issue 11, item 7: a failure says what failed. An STS AssumeRole refusal,
// an endpoint that cannot be reached and a KMS refusal are told apart, so
// that nobody looks for a KMS grant when STS refused the role or when no
// server answered at all.

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/kmstest"
)

// closedAddr returns a loopback host:port where nothing listens: a port
// just listened on and released, so connecting to it is refused.
func closedAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return addr
}

// dnsFailure is a transport whose every lookup fails, as with a mistyped
// endpoint host, without asking a real resolver.
func dnsFailure() http.RoundTripper {
	return &http.Transport{DialContext: func(_ context.Context, _, addr string) (net.Conn, error) {
		host, _, _ := net.SplitHostPort(addr)
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}}
	}}
}

// TestFailuresSayWhatFailed provokes each kind of failure against the
// emulator and checks the error's service, action, code, resource and
// wording.
func TestFailuresSayWhatFailed(t *testing.T) {
	e := startEmulator(t, nil)
	key := e.createKey(t, kmstest.Region1, kmstest.Account1)
	dead := closedAddr(t)
	tlsSrv := httptest.NewTLSServer(http.NotFoundHandler())
	// The TLS server logs the handshakes our client abandons; they are
	// the point of the test, not noise to show.
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0)
	t.Cleanup(tlsSrv.Close)
	tlsHost := strings.TrimPrefix(tlsSrv.URL, "https://")
	alice := e.setup.Caller.AccessKeyID
	const stsDown = "nothing was refused by STS or KMS (KMS was not called): "

	tests := []struct {
		name                      string
		mod                       func(*Config)
		roles                     kms.RoleChain
		service, action, code     string
		resource                  string
		prefix                    string   // the message starts so
		contains                  []string // and holds these
		absent                    []string // and not these
		wantEncrypts, wantAssumes int      // calls the emulator received
	}{
		{
			name: "STS refuses the first role", roles: kms.RoleChain{kmstest.RoleStranger},
			service: kms.ServiceSTS, action: "AssumeRole", code: kms.CodeNoPermission, resource: kmstest.RoleStranger.String(),
			prefix: "role " + kmstest.RoleStranger.String() + " does not trust acs:ram::" + kmstest.Account1 + ":user/alice; to fix: role " +
				kmstest.RoleStranger.String() + " must exist and its trust policy must allow access key " + alice +
				" to assume it, and access key " + alice + " needs the RAM permission sts:AssumeRole on the role",
			absent:      []string{"KMS", "grant"},
			wantAssumes: 1,
		},
		{
			name: "STS refuses the second role", roles: kms.RoleChain{kmstest.RoleKMS, kmstest.RolePartner},
			service: kms.ServiceSTS, action: "AssumeRole", code: kms.CodeNoPermission, resource: kmstest.RolePartner.String(),
			prefix: "role " + kmstest.RolePartner.String() + " does not trust " + kmstest.RoleKMS.String() +
				" (assumed with the credentials of " + kmstest.RoleKMS.String() + "); to fix: role " + kmstest.RolePartner.String() +
				" must exist and its trust policy must allow " + kmstest.RoleKMS.String() + " to assume it, and " +
				kmstest.RoleKMS.String() + " needs the RAM permission sts:AssumeRole on the role",
			wantAssumes: 2,
		},
		{
			name: "KMS refuses", roles: kms.RoleChain{kmstest.RoleHop},
			service: kms.ServiceKMS, action: "Encrypt", code: kms.CodeNoPermission, resource: key.String(),
			prefix: kmstest.RoleHop.String() + " has no grant to Encrypt with key " + key.String(),
			absent: []string{"STS", "sts:AssumeRole", "trust"}, wantEncrypts: 1, wantAssumes: 1,
		},
		{
			name: "STS unreachable", roles: roleKMS, mod: func(c *Config) { c.STSEndpoint = "http://" + dead },
			service: kms.ServiceSTS, action: "AssumeRole", code: CodeNetworkError, resource: kmstest.RoleKMS.String(),
			prefix:   "could not reach STS at " + dead + ": " + stsDown,
			contains: []string{"connection refused", "(gave up after 4 attempts)"},
		},
		{
			name: "KMS unreachable", roles: roleKMS, mod: func(c *Config) { c.KMSEndpoint = "http://" + dead },
			service: kms.ServiceKMS, action: "Encrypt", code: CodeNetworkError, resource: key.String(),
			prefix:   "could not reach KMS at " + dead + ": nothing was refused by KMS: ",
			contains: []string{"connection refused", "(gave up after 4 attempts)"},
			absent:   []string{"STS"}, wantAssumes: 1,
		},
		{
			name: "STS certificate not trusted", roles: roleKMS, mod: func(c *Config) { c.STSEndpoint = tlsSrv.URL },
			service: kms.ServiceSTS, action: "AssumeRole", code: CodeNetworkError, resource: kmstest.RoleKMS.String(),
			prefix:   "could not reach STS at " + tlsHost + ": " + stsDown,
			contains: []string{"tls: ", "certificate"},
		},
		{
			name: "STS host unknown, default port", roles: roleKMS,
			mod:     func(c *Config) { c.STSEndpoint = "https://sts.example.invalid"; c.Transport = dnsFailure() },
			service: kms.ServiceSTS, action: "AssumeRole", code: CodeNetworkError, resource: kmstest.RoleKMS.String(),
			prefix:   "could not reach STS at sts.example.invalid:443: " + stsDown,
			contains: []string{"lookup sts.example.invalid: no such host"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			encrypts, assumes := e.srv.Calls("Encrypt"), e.srv.Calls("AssumeRole")
			c := e.client(t, tt.mod)
			_, err := c.Encrypt(context.Background(), tt.roles, key, []byte("hello"))
			var ke *kms.Error
			if !errors.As(err, &ke) {
				t.Fatalf("error = %v (%T), want a *kms.Error", err, err)
			}
			if ke.Service != tt.service || ke.Action != tt.action || ke.Code != tt.code || ke.Resource != tt.resource {
				t.Errorf("error is %s %s %s for %s, want %s %s %s for %s", ke.Service, ke.Action, ke.Code, ke.Resource,
					tt.service, tt.action, tt.code, tt.resource)
			}
			if !strings.HasPrefix(ke.Message, tt.prefix) {
				t.Errorf("message\n %s\ndoes not start with\n %s", ke.Message, tt.prefix)
			}
			for _, want := range tt.contains {
				if !strings.Contains(ke.Message, want) {
					t.Errorf("message %q does not contain %q", ke.Message, want)
				}
			}
			for _, bad := range tt.absent {
				if strings.Contains(ke.Message, bad) {
					t.Errorf("message %q contains %q", ke.Message, bad)
				}
			}
			checkNoSecrets(t, err.Error(), e.setup.Caller.AccessKeySecret)
			if n := e.srv.Calls("Encrypt") - encrypts; n != tt.wantEncrypts {
				t.Errorf("the emulator received %d Encrypt, want %d", n, tt.wantEncrypts)
			}
			if n := e.srv.Calls("AssumeRole") - assumes; n != tt.wantAssumes {
				t.Errorf("the emulator received %d AssumeRole, want %d", n, tt.wantAssumes)
			}
		})
	}
}

// TestEndpointHostPort checks the host:port a network error names.
func TestEndpointHostPort(t *testing.T) {
	tests := []struct{ scheme, host, want string }{
		{"https", "sts.aliyuncs.com", "sts.aliyuncs.com:443"},
		{"http", "sts.aliyuncs.com", "sts.aliyuncs.com:80"},
		{"http", "127.0.0.1:8765", "127.0.0.1:8765"},
		{"https", "[::1]", "[::1]:443"},
		{"https", "[::1]:9", "[::1]:9"},
	}
	for _, tt := range tests {
		if got := (endpoint{scheme: tt.scheme}).hostPort(tt.host); got != tt.want {
			t.Errorf("hostPort(%s, %s) = %s, want %s", tt.scheme, tt.host, got, tt.want)
		}
	}
}
