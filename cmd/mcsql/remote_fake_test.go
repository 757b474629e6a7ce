package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aliyun/alibaba-cloud-sdk-go/services/sts"

	"github.com/mcsql/mcsql/kms/policy"
	"github.com/mcsql/mcsql/odps/fake"
)

// The fake's one user; its secret must never be printed or recorded.
const (
	fakeAKID   = "LTAI5tCliTest00000000"
	fakeSecret = "cli-secret-never-printed"
)

// fakeRole is a role the user may assume through the fake's STS.
const fakeRole = "acs:ram::1111111111111111:role/etl"

var fakePolicy = `{"users": [{"name": "cli", "account": "1111111111111111", "access_key_id": "` +
	fakeAKID + `", "access_key_secret": "` + fakeSecret + `"}],
  "roles": [{"arn": "` + fakeRole + `", "trust": ["acs:ram::1111111111111111:user/cli"], "grants": [{"keys": ["*"], "actions": ["*"]}]}]}`

// fakeMC is the fake MaxCompute served over real HTTP, with counts of
// what it was asked: submits (POST .../instances) and cancels (PUT).
type fakeMC struct {
	srv      *fake.Server
	endpoint string
	submits  atomic.Int32
	cancels  atomic.Int32
	lastAuth atomic.Value // the last request's Authorization header
}

func startFake(t *testing.T, mutate func(*fake.Options)) *fakeMC {
	t.Helper()
	pol, err := policy.Parse([]byte(fakePolicy), "test policy")
	if err != nil {
		t.Fatal(err)
	}
	opt := fake.Options{Policy: pol}
	if mutate != nil {
		mutate(&opt)
	}
	srv, err := fake.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	fk := &fakeMC{srv: srv}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/instances"):
			fk.submits.Add(1)
		case r.Method == http.MethodPut && strings.Contains(r.URL.Path, "/instances/"):
			fk.cancels.Add(1)
		}
		fk.lastAuth.Store(r.Header.Get("Authorization"))
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		ts.Close()
		srv.Close()
	})
	fk.endpoint = ts.URL + "/api"
	return fk
}

// fakeEnv is the environment of a run against the fake.
var fakeEnv = map[string]string{
	"ALIBABA_CLOUD_ACCESS_KEY_ID":     fakeAKID,
	"ALIBABA_CLOUD_ACCESS_KEY_SECRET": fakeSecret,
}

// cliRun is one mcsql run's outcome.
type cliRun struct {
	code           int
	stdout, stderr string
}

// runMcsql runs mcsql with env (MCSQL_HOME is the run's own); tune may
// adjust the deps.
func runMcsql(t *testing.T, env map[string]string, tune func(*deps), args ...string) cliRun {
	t.Helper()
	d := testDeps(t)
	home := d.getenv("MCSQL_HOME")
	d.getenv = func(k string) string {
		if k == "MCSQL_HOME" {
			return home
		}
		return env[k]
	}
	if tune != nil {
		tune(&d)
	}
	var stdout, stderr strings.Builder
	code := run(args, strings.NewReader(""), &stdout, &stderr, d)
	return cliRun{code, stdout.String(), stderr.String()}
}

// onFake runs args with --engine maxcompute against fk, in project.
func onFake(t *testing.T, fk *fakeMC, project string, env map[string]string, tune func(*deps), args ...string) cliRun {
	t.Helper()
	return runMcsql(t, env, tune, append([]string{"--engine", "maxcompute", "--endpoint", fk.endpoint, "--project", project}, args...)...)
}

// TestFakeSameOutputAsLocal: scripts run locally and through the fake
// MaxCompute print the same stdout, table and -M alike; stderr has
// odpscmd's lines.
func TestFakeSameOutputAsLocal(t *testing.T) {
	nulls := "select 1 as a, cast(null as string) as b, '' as c, cast(null as bigint) as d, 1.5d as e, true as f, " +
		"cast(null as boolean) as g, 'x,\"y\"' as h, datetime '2026-01-02 03:04:05' as i;"
	crypt := "@ks := new_keyset('AES-GCM-256', 'k');\n" +
		"select cast(enhanced_sym_decrypt(@ks, enhanced_sym_encrypt(@ks, tel, 'ad'), 'ad') as string) as tel " +
		"from values ('13900001234'), (cast(null as string)) t(tel);"
	cases := []struct {
		name string
		args []string
	}{
		{"var_pop", []string{"-f", filepath.Join(scriptsDir, "functions/aggregate/var_pop.sql")}},
		{"cume_dist", []string{"-f", filepath.Join(scriptsDir, "functions/window/cume_dist.sql")}},
		{"cume_dist -M", []string{"-M", "-f", filepath.Join(scriptsDir, "functions/window/cume_dist.sql")}},
		{"map_agg", []string{"-f", filepath.Join(scriptsDir, "functions/aggregate/map_agg.sql")}},
		{"keyset_usage_prepare", []string{"-f", filepath.Join(scriptsDir, "examples/keyset_usage_prepare.sql")}},
		{"nulls", []string{"-e", nulls}},
		{"nulls -M", []string{"-M", "-e", nulls}},
		{"encryption round trip", []string{"-e", crypt}},
		{"encryption round trip -M", []string{"-M", "-e", crypt}},
		{"placeholders", []string{"-e", "select '${a}' as a, upper('<b>') as b;", "-D", "a=1", "-D", "b=x"}},
		{"no result", []string{"-e", "create table if not exists t1 (a bigint);\ninsert into t1 values (1);"}},
	}
	fk := startFake(t, nil)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			local := runMcsql(t, nil, nil, c.args...)
			if local.code != exitOK {
				t.Fatalf("local run: exit %d: %s", local.code, local.stderr)
			}
			remote := onFake(t, fk, "p"+string(rune('a'+i)), fakeEnv, nil, c.args...)
			if remote.code != exitOK {
				t.Fatalf("remote run: exit %d: %s", remote.code, remote.stderr)
			}
			if remote.stdout != local.stdout {
				t.Errorf("stdout differs\nlocal:\n%s\nmaxcompute:\n%s", local.stdout, remote.stdout)
			}
			if !strings.HasPrefix(remote.stderr, "ID = ") || !strings.Contains(remote.stderr, "\nLog view:\nhttp") || !strings.HasSuffix(remote.stderr, "\nOK\n") {
				t.Errorf("stderr %q", remote.stderr)
			}
		})
	}
}

// TestFakeBigResultThroughTunnel: a 50,000-row result comes through the
// instance tunnel and prints exactly as locally, table and -M.
func TestFakeBigResultThroughTunnel(t *testing.T) {
	script := "set odps.sql.max.sequence.length=100000;\n" +
		"select id, concat('row', id) as name, id * 1.5 as d, if(id % 7 = 0, null, 'x') as n, " +
		"datetime '2026-01-02 03:04:05' as dt, cast(id as decimal(10,2)) / 4 as q, array(id, id + 1) as arr " +
		"from (select 1 as one) t lateral view explode(sequence(1, 50000)) e as id;"
	fk := startFake(t, nil)
	for _, csv := range []bool{false, true} {
		args := []string{"-e", script}
		if csv {
			args = append([]string{"-M"}, args...)
		}
		local := runMcsql(t, nil, nil, args...)
		remote := onFake(t, fk, "big", fakeEnv, nil, args...)
		if local.code != exitOK || remote.code != exitOK {
			t.Fatalf("-M %v: exit %d/%d: %s / %s", csv, local.code, remote.code, local.stderr, remote.stderr)
		}
		if n := strings.Count(local.stdout, "\n"); n < 50000 {
			t.Fatalf("-M %v: the local run printed %d lines", csv, n)
		}
		if remote.stdout != local.stdout {
			t.Errorf("-M %v: stdout differs (%d bytes locally, %d through the tunnel)\n%s", csv, len(local.stdout), len(remote.stdout), firstDiff(local.stdout, remote.stdout))
		}
	}
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  local:  " + la[i] + "\n  remote: " + lb[i]
		}
	}
	return "one is a prefix of the other"
}

// TestFakeSQLErrorWithPosition: a script that fails on MaxCompute fails
// as locally: the same FAILED line, the same exit status.
func TestFakeSQLErrorWithPosition(t *testing.T) {
	fk := startFake(t, nil)
	script := "@a := 1;\nselect nosuch_function(@a) as x;"
	local := runMcsql(t, nil, nil, "-e", script)
	remote := onFake(t, fk, "err", fakeEnv, nil, "-e", script)
	if local.code != exitSQL || remote.code != exitSQL {
		t.Fatalf("exit %d locally, %d remotely", local.code, remote.code)
	}
	want := lastLine(local.stderr)
	if !strings.HasPrefix(want, "FAILED: ODPS-0130071:[2,8]") {
		t.Fatalf("local error %q", want)
	}
	if got := lastLine(remote.stderr); got != want {
		t.Errorf("remote error %q, want %q", got, want)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestFakeRefusedBeforeSending: what cannot run on MaxCompute is refused
// locally and the fake receives no submit.
func TestFakeRefusedBeforeSending(t *testing.T) {
	fk := startFake(t, nil)
	scripts := map[string]string{
		"script mode": "select 1;\nselect 2;",
		"tunnel":      "tunnel upload data.csv t;",
		"local KMS":   "select use_wrapped_keyset('acs:kms:cn-hangzhou:1234567890123456:key/key-local', 'acs:ram::1:role/r', unhex('00'));",
	}
	for name, script := range scripts {
		r := onFake(t, fk, "refused", fakeEnv, nil, "-e", script)
		if r.code != exitSQL || !strings.HasPrefix(r.stderr, "FAILED: ODPS-") || strings.Contains(r.stderr, "ID = ") {
			t.Errorf("%s: exit %d, stderr %q", name, r.code, r.stderr)
		}
	}
	if n := fk.submits.Load(); n != 0 {
		t.Errorf("the fake received %d submits", n)
	}
}

// TestFakeWrongSecret: a wrong secret is a FAILED line that names the
// service's code and what to check, and shows no secret.
func TestFakeWrongSecret(t *testing.T) {
	fk := startFake(t, nil)
	env := map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": fakeAKID, "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "wrong-secret-value"}
	r := onFake(t, fk, "auth", env, nil, "-e", "select 1;")
	if r.code != exitSQL || !strings.Contains(r.stderr, "SignatureNotMatch") || !strings.Contains(r.stderr, "check the access key secret") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "wrong-secret-value") || strings.Contains(r.stderr, fakeSecret) {
		t.Errorf("stderr shows a secret: %q", r.stderr)
	}
}

// TestFakeClockSkew: a client clock 20 minutes off is refused by the
// service with RequestTimeTooSkewed, and the message says to set the clock.
func TestFakeClockSkew(t *testing.T) {
	fk := startFake(t, nil)
	skewed := func(d *deps) {
		d.remote = func(s remoteSettings) (remoteAPI, error) {
			s.Now = func() time.Time { return time.Now().Add(-20 * time.Minute) }
			return newODPSAPI(s)
		}
	}
	r := onFake(t, fk, "skew", fakeEnv, skewed, "-e", "select 1;")
	if r.code != exitSQL || !strings.Contains(r.stderr, "RequestTimeTooSkewed") || !strings.Contains(r.stderr, "clock") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestFakeThrottlingThenSuccess: 429 and 503 answers are retried and the
// script's result is printed as locally.
func TestFakeThrottlingThenSuccess(t *testing.T) {
	fk := startFake(t, func(o *fake.Options) {
		o.Faults = []fake.Fault{{Status: http.StatusTooManyRequests, Count: 1}, {Status: http.StatusServiceUnavailable, Count: 1}}
	})
	script := "select 'still' as a, 42 as b;"
	local := runMcsql(t, nil, nil, "-e", script)
	remote := onFake(t, fk, "busy", fakeEnv, nil, "-e", script)
	if remote.code != exitOK || remote.stdout != local.stdout {
		t.Errorf("exit %d, stdout %q, want %q; stderr %q", remote.code, remote.stdout, local.stdout, remote.stderr)
	}
}

// TestFakeCtrlC: Ctrl-C while the instance runs cancels it on the server
// and exits 130.
func TestFakeCtrlC(t *testing.T) {
	fk := startFake(t, func(o *fake.Options) { o.TaskDelay = time.Minute })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for fk.submits.Load() == 0 && ctx.Err() == nil {
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond) // into Wait's polling
		cancel()                           // Ctrl-C
	}()
	interrupt := func(d *deps) {
		d.interrupt = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	}
	r := onFake(t, fk, "slow", fakeEnv, interrupt, "-e", "select 1;")
	if r.code != exitInterrupted || !strings.Contains(r.stderr, "cancelled (Ctrl-C)") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if fk.cancels.Load() != 1 {
		t.Errorf("the fake received %d cancels", fk.cancels.Load())
	}
}

// TestFakeRecord: MCSQL_ODPS_RECORD saves the exchanges, and no file
// holds the secret or the Authorization signature.
func TestFakeRecord(t *testing.T) {
	fk := startFake(t, nil)
	dir := t.TempDir()
	env := map[string]string{envODPSRecord: dir}
	for k, v := range fakeEnv {
		env[k] = v
	}
	if r := onFake(t, fk, "rec", env, nil, "-e", "select 1 as a;"); r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	files, err := os.ReadDir(dir)
	if err != nil || len(files) == 0 {
		t.Fatalf("nothing recorded in %s: %v", dir, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), fakeSecret) || strings.Contains(string(b), fakeAKID) {
			t.Errorf("%s holds the AccessKey", f.Name())
		}
		if strings.Contains(string(b), "uthorization") && !strings.Contains(string(b), "[REDACTED]") {
			t.Errorf("%s keeps the Authorization header", f.Name())
		}
	}
}

// TestFakeRegionSignsV4: with --region the requests are signed with V4,
// which the fake verifies; a wrong secret still fails.
func TestFakeRegionSignsV4(t *testing.T) {
	fk := startFake(t, nil)
	r := onFake(t, fk, "v4", fakeEnv, nil, "--region", "cn-hangzhou", "-e", "select 'v4' as signed;")
	if r.code != exitOK || !strings.Contains(r.stdout, "| v4 ") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if auth, _ := fk.lastAuth.Load().(string); !strings.Contains(auth, "/cn-hangzhou/odps/aliyun_v4_request:") {
		t.Errorf("Authorization %q is not V4", auth)
	}
}

// TestFakeTimeZoneThroughTunnel: with --timezone (sent as
// odps.sql.timezone) DATETIME, TIMESTAMP and DATE values read through the
// instance tunnel print as locally in that zone.
func TestFakeTimeZoneThroughTunnel(t *testing.T) {
	fk := startFake(t, nil)
	script := "set odps.sql.max.sequence.length=100000;\n" +
		"select id, datetime '2026-01-02 03:04:05' as dt, timestamp '2026-01-02 03:04:05.123' as ts, date '2026-01-02' as d " +
		"from (select 1 as one) t lateral view explode(sequence(1, 10001)) e as id;"
	for _, tz := range []string{"UTC", "America/New_York"} {
		local := runMcsql(t, nil, nil, "--timezone", tz, "-e", script)
		remote := onFake(t, fk, "tz", fakeEnv, nil, "--timezone", tz, "-e", script)
		if local.code != exitOK || remote.code != exitOK {
			t.Fatalf("%s: exit %d/%d: %s", tz, local.code, remote.code, remote.stderr)
		}
		if local.stdout != remote.stdout {
			t.Errorf("%s: %s", tz, firstDiff(local.stdout, remote.stdout))
		}
	}
}

// TestFakeSTSToken: temporary credentials from STS AssumeRole (the fake
// serves it too) run a script when ALIBABA_CLOUD_SECURITY_TOKEN comes
// with them; a token that is not theirs is refused and never printed.
func TestFakeSTSToken(t *testing.T) {
	fk := startFake(t, nil)
	c, err := sts.NewClientWithAccessKey("cn-hangzhou", fakeAKID, fakeSecret)
	if err != nil {
		t.Fatal(err)
	}
	req := sts.CreateAssumeRoleRequest()
	req.Domain = strings.TrimSuffix(strings.TrimPrefix(fk.endpoint, "http://"), "/api")
	req.Scheme = "http"
	req.RoleArn = fakeRole
	req.RoleSessionName = "mcsql-cli-test"
	resp, err := c.AssumeRole(req)
	if err != nil {
		t.Fatalf("AssumeRole: %v", err)
	}
	cr := resp.Credentials
	env := map[string]string{
		"ALIBABA_CLOUD_ACCESS_KEY_ID":     cr.AccessKeyId,
		"ALIBABA_CLOUD_ACCESS_KEY_SECRET": cr.AccessKeySecret,
		"ALIBABA_CLOUD_SECURITY_TOKEN":    cr.SecurityToken,
	}
	r := onFake(t, fk, "sts", env, nil, "-e", "select 'temporary' as creds;")
	if r.code != exitOK || !strings.Contains(r.stdout, "| temporary ") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	env["ALIBABA_CLOUD_SECURITY_TOKEN"] = cr.SecurityToken + "x"
	r = onFake(t, fk, "sts", env, nil, "-e", "select 1;")
	if r.code != exitSQL || !strings.Contains(r.stderr, "InvalidSecurityToken") {
		t.Errorf("wrong token: exit %d, stderr %q", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, cr.SecurityToken) || strings.Contains(r.stderr, cr.AccessKeySecret) {
		t.Errorf("stderr shows the token or the secret: %q", r.stderr)
	}
}

// TestFakeConfigFile: odpscmd's odps_config.ini alone configures a run:
// endpoint, project, AccessKey and the logview host.
func TestFakeConfigFile(t *testing.T) {
	fk := startFake(t, nil)
	cfg := writeTemp(t, "odps_config.ini", "project_name=cfgproj\naccess_id="+fakeAKID+"\naccess_key="+fakeSecret+
		"\nend_point="+fk.endpoint+"\nlog_view_host=https://logview.example\n")
	r := runMcsql(t, nil, nil, "--engine", "maxcompute", "--config", cfg, "-e", "select 'from config' as how;")
	if r.code != exitOK || !strings.Contains(r.stdout, "| from config ") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "Log view:\nhttps://logview.example/") || !strings.Contains(r.stderr, "p=cfgproj") {
		t.Errorf("stderr %q", r.stderr)
	}
}
