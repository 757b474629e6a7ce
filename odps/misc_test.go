package odps

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

func TestLogView(t *testing.T) {
	f := newFake(t)
	c, _ := newTestClient(t, f, nil)
	link, err := c.LogView(context.Background(), testInst)
	want := "https://console.example.test/job-insights?h=" + f.endpoint() + "&p=demo&i=" + testInstID
	if err != nil || link != want {
		t.Errorf("LogView = %q, %v\nwant %q", link, err, want)
	}
	// Configured host and region: no request.
	c, _ = newTestClient(t, f, func(cfg *Config) {
		cfg.LogViewHost = "https://logview.example.test/"
		cfg.Region = "cn-shanghai"
	})
	link, _ = c.LogView(context.Background(), testInst)
	if want := "https://logview.example.test/cn-shanghai/job-insights?h=" + f.endpoint() + "&p=demo&i=" + testInstID; link != want {
		t.Errorf("LogView = %q\nwant %q", link, want)
	}
	if n := len(f.requests("webconsole")); n != 1 {
		t.Errorf("%d webconsole requests", n)
	}
	// The service has no host: the default one.
	f.on("webconsole", status(404, "NoSuchObject", ""))
	c, _ = newTestClient(t, f, nil)
	if link, err := c.LogView(context.Background(), testInst); err != nil || !strings.HasPrefix(link, DefaultLogViewHost+"/job-insights?") {
		t.Errorf("LogView = %q, %v", link, err)
	}
}

func TestRegionFromEndpoint(t *testing.T) {
	for ep, want := range map[string]string{
		"https://service.cn-hangzhou.maxcompute.aliyun.com/api":    "cn-hangzhou",
		"http://service.ap-southeast-1.maxcompute.aliyun.com/api/": "ap-southeast-1",
		"http://127.0.0.1:9000/api":                                "",
	} {
		c, err := NewClient(Config{Endpoint: ep, Project: "p", Credentials: Credentials{AccessKeyID: "a", AccessKeySecret: "b"}})
		if err != nil || c.region() != want {
			t.Errorf("%s: region %q, %v", ep, c.region(), err)
		}
	}
}

func TestNewClientChecks(t *testing.T) {
	good := Config{Endpoint: "http://127.0.0.1:1/api", Project: "p", Credentials: Credentials{AccessKeyID: "a", AccessKeySecret: "b"}}
	for _, tc := range []struct {
		mod  func(*Config)
		want string
	}{
		{func(c *Config) { c.Endpoint = "127.0.0.1:1" }, "invalid MaxCompute endpoint"},
		{func(c *Config) { c.Endpoint = "ftp://x/api" }, "invalid MaxCompute endpoint"},
		{func(c *Config) { c.Project = "" }, "no MaxCompute project"},
		{func(c *Config) { c.Credentials.AccessKeySecret = "" }, "ALIBABA_CLOUD_ACCESS_KEY_SECRET"},
	} {
		cfg := good
		tc.mod(&cfg)
		if _, err := NewClient(cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("err = %v, want %q", err, tc.want)
		}
	}
	if _, err := NewClient(good); err != nil {
		t.Error(err)
	}
}

func TestCredentialsMasked(t *testing.T) {
	c := Credentials{AccessKeyID: testAKID, AccessKeySecret: testSecret, SecurityToken: testToken}
	cfg := Config{Credentials: c}
	for _, s := range []string{c.String(), fmt.Sprintf("%v", c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c), fmt.Sprintf("%v", cfg), fmt.Sprintf("%+v", cfg)} {
		noSecrets(t, s)
		if strings.Contains(s, testAKID) {
			t.Errorf("%q shows the whole access key id", s)
		}
	}
	if got := c.String(); !strings.HasPrefix(got, "Credentials{AccessKeyID: LTAI*****") {
		t.Errorf("String = %q", got)
	}
}

func TestParseCSV(t *testing.T) {
	cols, rows, err := ParseCSV("a,b,c\n1,\\N,\"x,\"\"y\"\"\"\n,\"\\N\",\"multi\nline\"\n")
	if err != nil || strings.Join(cols, "|") != "a|b|c" || len(rows) != 2 {
		t.Fatalf("%v %v %v", cols, rows, err)
	}
	if *rows[0][0] != "1" || rows[0][1] != nil || *rows[0][2] != `x,"y"` {
		t.Errorf("row 1 = %v", rows[0])
	}
	if *rows[1][0] != "" || rows[1][1] != nil || *rows[1][2] != "multi\nline" {
		t.Errorf("row 2 = %v", rows[1])
	}
	if cols, rows, err := ParseCSV(""); cols != nil || rows != nil || err != nil {
		t.Errorf("empty: %v %v %v", cols, rows, err)
	}
	if _, _, err := ParseCSV("a,b\n1\n"); err == nil || !strings.Contains(err.Error(), "row 1 has 1 fields for 2 columns") {
		t.Errorf("ragged: %v", err)
	}
}

func TestSubmitWithoutLocation(t *testing.T) {
	f := newFake(t)
	f.on("submit", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusCreated) })
	c, _ := newTestClient(t, f, nil)
	if err := submitCall(c); err == nil || !strings.Contains(err.Error(), "named no instance") {
		t.Errorf("err = %v", err)
	}
}

func TestCDATA(t *testing.T) {
	for in, want := range map[string]string{
		"":       "<![CDATA[]]>",
		"a]]>b":  "<![CDATA[a]]]]><![CDATA[>b]]>",
		"]]>]]>": "<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>",
		"x]]y>":  "<![CDATA[x]]y>]]>",
	} {
		if got := cdata(in); got != want {
			t.Errorf("cdata(%q) = %q, want %q", in, got, want)
		}
	}
}
