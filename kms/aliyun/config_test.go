package aliyun

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		mod  func(*Config)
		want string
	}{
		{"no access key id", map[string]string{EnvAccessKeySecret: callerSecret}, nil,
			"aliyun kms: environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is not set (the caller's access key id)"},
		{"no secret", map[string]string{EnvAccessKeyID: callerID}, nil,
			"aliyun kms: environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set (the secret of access key LTAI5tCallerKeyId)"},
		{"blank secret", map[string]string{EnvAccessKeyID: callerID, EnvAccessKeySecret: "  "}, nil,
			"aliyun kms: environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set (the secret of access key LTAI5tCallerKeyId)"},
		{"scheme", testEnv(), func(c *Config) { c.Scheme = "ftp" }, `aliyun kms: scheme "ftp" is not http or https`},
		{"region", testEnv(), func(c *Config) { c.Region = "cn hangzhou" }, `aliyun kms: region "cn hangzhou" is not a region id such as cn-hangzhou`},
		{"read timeout", testEnv(), func(c *Config) { c.ReadTimeout = -time.Second }, "aliyun kms: read timeout -1s is negative"},
		{"retries", testEnv(), func(c *Config) { c.MaxRetries = -2 }, "aliyun kms: max retries -2 is below -1"},
		{"duration low", testEnv(), func(c *Config) { c.DurationSeconds = 899 }, "aliyun kms: duration 899 seconds is outside 900-43200"},
		{"duration high", testEnv(), func(c *Config) { c.DurationSeconds = 43201 }, "aliyun kms: duration 43201 seconds is outside 900-43200"},
		{"session name", testEnv(), func(c *Config) { c.SessionName = "has space" },
			`aliyun kms: session name "has space" must be 2 to 64 letters, digits or . @ _ -`},
		{"kms endpoint path", testEnv(), func(c *Config) { c.KMSEndpoint = "http://127.0.0.1:1/x" },
			`aliyun kms: kms endpoint "http://127.0.0.1:1/x" is not host[:port] or http(s)://host[:port]`},
		{"sts endpoint scheme", testEnv(), func(c *Config) { c.STSEndpoint = "ftp://sts.example" },
			`aliyun kms: sts endpoint "ftp://sts.example": scheme is not http or https`},
		{"bare host with path", testEnv(), func(c *Config) { c.KMSEndpoint = "kms.example/x" },
			`aliyun kms: kms endpoint "kms.example/x" is not host[:port] or http(s)://host[:port]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := Config{Getenv: env(tt.env)}
			if tt.mod != nil {
				tt.mod(&cfg)
			}
			c, err := New(cfg)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("New error = %v, want %s", err, tt.want)
			}
			if c != nil {
				t.Errorf("New returned a client with an error")
			}
		})
	}
}

func TestParseEndpoint(t *testing.T) {
	tests := []struct {
		in, scheme string
		want       endpoint
	}{
		{"", "https", endpoint{"KMS", "https", "kms.{region}.aliyuncs.com"}},
		{"kms-vpc.{region}.aliyuncs.com", "https", endpoint{"KMS", "https", "kms-vpc.{region}.aliyuncs.com"}},
		{"127.0.0.1:8080", "http", endpoint{"KMS", "http", "127.0.0.1:8080"}},
		{"http://127.0.0.1:8080", "https", endpoint{"KMS", "http", "127.0.0.1:8080"}},
		{"HTTPS://kms.example/", "http", endpoint{"KMS", "https", "kms.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseEndpoint("kms", tt.in, DefaultKMSEndpoint, tt.scheme)
			if err != nil || got != tt.want {
				t.Errorf("parseEndpoint = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestDefaultSessionName(t *testing.T) {
	tests := []struct{ id, want string }{
		// The first 6 bytes of SHA-256("LTAI5tCallerKeyId").
		{callerID, "mcsql-3c0e4428c512"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := defaultSessionName(tt.id); got != tt.want {
				t.Errorf("defaultSessionName = %q, want %q", got, tt.want)
			}
		})
	}
}

// recordingTransport answers every request itself and records its URL.
type recordingTransport struct {
	mu   sync.Mutex
	urls []string
}

func (rt *recordingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rt.mu.Lock()
	rt.urls = append(rt.urls, r.URL.Scheme+"://"+r.URL.Host)
	rt.mu.Unlock()
	body := `{"CiphertextBlob":"b","KeyId":"k","KeyVersionId":"v","RequestId":"r"}`
	if r.URL.Query().Get("Action") == "AssumeRole" {
		body = fmt.Sprintf(`{"Credentials":{"AccessKeyId":"STS.x","AccessKeySecret":"s3cr3tTemp","SecurityToken":"t0kenTemp","Expiration":%q}}`,
			epoch.Add(time.Hour).Format(time.RFC3339))
	}
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
}

func TestEndpoints(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		want []string
	}{
		{"defaults", nil, []string{"https://sts.aliyuncs.com", "https://kms.cn-shanghai.aliyuncs.com"}},
		{"http scheme", func(c *Config) { c.Scheme = "HTTP" }, []string{"http://sts.aliyuncs.com", "http://kms.cn-shanghai.aliyuncs.com"}},
		{"overridden", func(c *Config) {
			c.KMSEndpoint, c.STSEndpoint = "kms-vpc.{region}.aliyuncs.com", "http://sts.{region}.example:8080"
		}, []string{"http://sts.cn-shanghai.example:8080", "https://kms-vpc.cn-shanghai.aliyuncs.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := &recordingTransport{}
			cfg := Config{Getenv: env(testEnv()), Transport: rt, Now: func() time.Time { return epoch }}
			if tt.mod != nil {
				tt.mod(&cfg)
			}
			c, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			key := mustKey(t, "acs:kms:cn-shanghai:1111111111111111:key/key-hzz652f8793l4n2n8o21t")
			if _, err := c.Encrypt(context.Background(), mustChain(t, testRoleA, ""), key, []byte("a")); err != nil {
				t.Fatal(err)
			}
			if strings.Join(rt.urls, " ") != strings.Join(tt.want, " ") {
				t.Errorf("requests went to %v, want %v", rt.urls, tt.want)
			}
		})
	}
}

func TestClientStringHidesSecrets(t *testing.T) {
	c, err := New(Config{Getenv: env(map[string]string{
		EnvAccessKeyID: callerID, EnvAccessKeySecret: callerSecret, EnvSecurityToken: callerToken,
	})})
	if err != nil {
		t.Fatal(err)
	}
	want := "aliyun kms client (access key LTAI5tCallerKeyId with a security token; kms https://kms.{region}.aliyuncs.com, sts https://sts.aliyuncs.com)"
	for _, format := range []string{"%v", "%+v", "%s", "%#v"} {
		t.Run(format, func(t *testing.T) {
			got := fmt.Sprintf(format, c)
			if got != want {
				t.Errorf("%s = %q, want %q", format, got, want)
			}
		})
	}
}
