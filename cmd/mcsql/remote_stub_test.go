package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// stubAPI is a MaxCompute stand-in behind remoteAPI: it records what it
// is asked and answers from its fields. Tests over real HTTP use the fake
// server (remote_fake_test.go); these pin the command line's own logic.
type stubAPI struct {
	mu       sync.Mutex
	settings remoteSettings
	submits  []stubSubmit
	status   string // what Wait returns; "" for Success
	result   string
	waitErr  error
	// waitHook runs in Wait before it answers (cancellation tests).
	waitHook  func(ctx context.Context) error
	cancelled []string
	rows      [][]any // Download's rows
	cols      []remoteColumn
	downloads int
}

type stubSubmit struct {
	script string
	hints  map[string]string
}

func (s *stubAPI) Submit(_ context.Context, script string, hints map[string]string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.submits = append(s.submits, stubSubmit{script, hints})
	return fmt.Sprintf("20260102030405000g%d", len(s.submits)), nil
}

func (s *stubAPI) LogView(_ context.Context, id string) (string, error) {
	return "http://logview.test/job-insights?i=" + id, nil
}

func (s *stubAPI) Wait(ctx context.Context, _ string, onProgress func([]remoteStage)) (string, error) {
	onProgress([]remoteStage{{Name: "M1_job_0", Status: "Running", Running: 1, Total: 1}})
	if s.waitHook != nil {
		if err := s.waitHook(ctx); err != nil {
			return "", err
		}
	}
	if s.waitErr != nil {
		return "", s.waitErr
	}
	if s.status == "" {
		return taskSuccess, nil
	}
	return s.status, nil
}

func (s *stubAPI) Cancel(_ context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cancelled = append(s.cancelled, id)
	return nil
}

func (s *stubAPI) Result(context.Context, string) (string, error) { return s.result, nil }

func (s *stubAPI) Download(_ context.Context, _ string, fn func([]remoteColumn, []any) error) error {
	s.downloads++
	for _, r := range s.rows {
		if err := fn(s.cols, r); err != nil {
			return err
		}
	}
	return nil
}

// stubEnv is the environment of a remote run: credentials and the
// endpoint from the environment and flags, a private home.
var stubEnv = map[string]string{
	"ALIBABA_CLOUD_ACCESS_KEY_ID":     "AKID_TEST",
	"ALIBABA_CLOUD_ACCESS_KEY_SECRET": "SECRET_TEST",
}

// runStub runs mcsql with args (the endpoint and project added) against
// api, and returns exit code, stdout and stderr.
func runStub(t *testing.T, api *stubAPI, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	d := testDeps(t)
	home := d.getenv("MCSQL_HOME")
	d.getenv = func(k string) string {
		if k == "MCSQL_HOME" {
			return home
		}
		return env[k]
	}
	d.remote = func(s remoteSettings) (remoteAPI, error) {
		api.settings = s
		return api, nil
	}
	var stdout, stderr strings.Builder
	args = append([]string{"--engine", "maxcompute", "--endpoint", "http://127.0.0.1:1/api", "--project", "demo"}, args...)
	code := run(args, strings.NewReader(""), &stdout, &stderr, d)
	return code, stdout.String(), stderr.String()
}

const sampleTable = "+------------+\n| a          | \n+------------+\n| 1          | \n+------------+\n"

// TestRemoteSuccessPrintsTable: the HumanReadable table is printed as it
// came, odpscmd's lines are on stderr, and the hints are script mode and
// HumanReadable.
func TestRemoteSuccessPrintsTable(t *testing.T) {
	api := &stubAPI{result: sampleTable}
	code, out, errOut := runStub(t, api, stubEnv, "-e", "select ${x} as a", "-D", "x=1")
	if code != exitOK || out != sampleTable {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	want := "ID = 20260102030405000g1\nLog view:\nhttp://logview.test/job-insights?i=20260102030405000g1\nOK\n"
	if errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	if len(api.submits) != 1 {
		t.Fatalf("%d submits", len(api.submits))
	}
	sub := api.submits[0]
	if sub.script != "select 1 as a;" {
		t.Errorf("sent %q: want the substituted script with its final ';'", sub.script)
	}
	if sub.hints[hintSubmitMode] != "script" || sub.hints[hintOutputFormat] != "HumanReadable" {
		t.Errorf("hints %v", sub.hints)
	}
	if api.settings.AccessKeyID != "AKID_TEST" || api.settings.Project != "demo" {
		t.Errorf("settings %v", api.settings)
	}
}

// TestRemoteCSVReprinted: with -M no HumanReadable hint is sent, and the
// CSV result goes through the local CSV printer: \N is NULL (an empty
// field), an empty string is "".
func TestRemoteCSVReprinted(t *testing.T) {
	api := &stubAPI{result: "a,b,c\n1,\\N,\n\"x,y\",2,3\n"}
	code, out, errOut := runStub(t, api, stubEnv, "-M", "-e", "select 1")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if want := "a,b,c\n1,,\"\"\n\"x,y\",2,3\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if _, ok := api.submits[0].hints[hintOutputFormat]; ok {
		t.Errorf("-M sent %v", api.submits[0].hints)
	}
}

// TestRemoteTaskFailure: a failed task's text is FAILED: as is, exit 1.
func TestRemoteTaskFailure(t *testing.T) {
	msg := "ODPS-0130071:[1,8] Semantic analysis exception - column x cannot be resolved"
	api := &stubAPI{status: taskFailed, result: msg + "\n"}
	code, out, errOut := runStub(t, api, stubEnv, "-e", "select x from t")
	if code != exitSQL || out != "" || !strings.HasSuffix(errOut, "FAILED: "+msg+"\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestRemoteRefusedBeforeSending: scripts that cannot run on MaxCompute
// are refused with positions, and nothing is submitted.
func TestRemoteRefusedBeforeSending(t *testing.T) {
	cases := []struct{ name, script, want string }{
		{"script mode order", "insert into t select 1;\ncreate table u (a bigint);", "FAILED: ODPS-0130071:[2,1] Semantic analysis exception - script mode needs SET, then DDL"},
		{"two printing selects", "select 1;\nselect 2;", "[2,1] Semantic analysis exception - script mode allows one SELECT"},
		{"tunnel", "select 1;\ntunnel upload a.csv t;", "[2,1] Semantic analysis exception - not sent to MaxCompute: TUNNEL"},
		{"read in IF", "IF (1 = 1) BEGIN\n  read t 3;\nEND", "[2,3] Semantic analysis exception - not sent to MaxCompute: READ"},
		{"read", "read t 3;", "[1,1] Semantic analysis exception - not sent to MaxCompute: READ"},
		{"whoami", "whoami;", "not sent to MaxCompute: WHOAMI"},
		{"bad project", "use `1x`;\nselect 1;", "[1,1] Semantic analysis exception - \"1x\" is not a project name"},
		{"late use", "select 1;\nuse other;", "[2,1] Semantic analysis exception - not sent to MaxCompute: USE after the first statement"},
		{"undefined placeholder", "select '${nope}';", "[1,9] Semantic analysis exception - placeholder nope is not defined"},
		{"parse error", "select from;", "ODPS-0130161:[1,"},
		{"character XML cannot carry", "select 1 as a,\n  '\x01' as b;", "ODPS-0130161:[2,4] Parse exception - not sent to MaxCompute: the script holds the character U+0001"},
		{"masked ARN", "select use_wrapped_keyset('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t', 'acs:ram::1:role/r', unhex('00'));",
			"[1,8] Semantic analysis exception - not sent to MaxCompute: USE_WRAPPED_KEYSET names CMK acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t, a masked ARN"},
		{"placeholder account via variable", "@cmk := 'acs:kms:cn-hangzhou:1234567890123456:key/key-abc';\n@k := new_wrapped_keyset(@cmk, 'acs:ram::1:role/r', 'AES-GCM-256');",
			"[2,7] Semantic analysis exception - not sent to MaxCompute: NEW_WRAPPED_KEYSET names CMK"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			api := &stubAPI{}
			code, _, errOut := runStub(t, api, stubEnv, "-e", c.script)
			if code != exitSQL || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, stderr %q, want %q", code, errOut, c.want)
			}
			if len(api.submits) != 0 {
				t.Errorf("submitted %q", api.submits[0].script)
			}
		})
	}
}

// TestRemoteLocalKMSKeyRefused: an ARN naming a CMK of the local key
// store is refused; the same script with another CMK is sent.
func TestRemoteLocalKMSKeyRefused(t *testing.T) {
	d := testDeps(t)
	var stdout, stderr strings.Builder
	if code := run([]string{"kms", "create", "--description", "t"}, strings.NewReader(""), &stdout, &stderr, d); code != 0 {
		t.Fatalf("kms create: %s", stderr.String())
	}
	arn := ""
	for _, f := range strings.Fields(stdout.String()) {
		if strings.HasPrefix(f, "acs:kms:") {
			arn = f
		}
	}
	if arn == "" {
		t.Fatalf("no ARN in %q", stdout.String())
	}
	script := func(arn string) string {
		return "select use_wrapped_keyset('" + arn + "', 'acs:ram::1:role/r', unhex('00')).wrapped_keyset_info;"
	}
	api := &stubAPI{result: sampleTable}
	home := d.getenv("MCSQL_HOME")
	d.getenv = func(k string) string {
		if k == "MCSQL_HOME" {
			return home
		}
		return stubEnv[k]
	}
	d.remote = func(remoteSettings) (remoteAPI, error) { return api, nil }
	base := []string{"--engine", "maxcompute", "--endpoint", "http://127.0.0.1:1/api", "--project", "demo", "-e"}
	stderr.Reset()
	code := run(append(base, script(arn)), strings.NewReader(""), &stdout, &stderr, d)
	if code != exitSQL || !strings.Contains(stderr.String(), "a key of mcsql's local KMS") || len(api.submits) != 0 {
		t.Fatalf("local CMK: exit %d, stderr %q, %d submits", code, stderr.String(), len(api.submits))
	}
	other := "acs:kms:cn-hangzhou:1888888888888888:key/key-hzz652f8793l4n2n8o21t"
	stderr.Reset()
	if code := run(append(base, script(other)), strings.NewReader(""), &stdout, &stderr, d); code != exitOK || len(api.submits) != 1 {
		t.Fatalf("Alibaba Cloud CMK: exit %d, stderr %q", code, stderr.String())
	}
}

// TestRemoteUseFirstChoosesProject: a leading USE picks the project and
// is blanked, keeping every later position.
func TestRemoteUseFirstChoosesProject(t *testing.T) {
	api := &stubAPI{result: sampleTable}
	code, _, errOut := runStub(t, api, stubEnv, "-e", "use other;\nselect 1;")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if api.settings.Project != "other" {
		t.Errorf("project %q", api.settings.Project)
	}
	if want := "          \nselect 1;"; api.submits[0].script != want {
		t.Errorf("sent %q, want %q", api.submits[0].script, want)
	}
}

// TestRemoteCtrlC: Ctrl-C while the instance runs cancels it, says so,
// and exits 130 as a local run stopped by Ctrl-C.
func TestRemoteCtrlC(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	api := &stubAPI{waitHook: func(c context.Context) error {
		cancel() // Ctrl-C
		<-c.Done()
		return c.Err()
	}}
	d := testDeps(t)
	home := d.getenv("MCSQL_HOME")
	d.getenv = func(k string) string {
		if k == "MCSQL_HOME" {
			return home
		}
		return stubEnv[k]
	}
	d.remote = func(remoteSettings) (remoteAPI, error) { return api, nil }
	d.interrupt = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	var stdout, stderr strings.Builder
	code := run([]string{"--engine", "maxcompute", "--endpoint", "http://127.0.0.1:1/api", "--project", "demo", "-e", "select 1"},
		strings.NewReader(""), &stdout, &stderr, d)
	if code != exitInterrupted {
		t.Errorf("exit %d, want %d", code, exitInterrupted)
	}
	if len(api.cancelled) != 1 || api.cancelled[0] != "20260102030405000g1" {
		t.Errorf("cancelled %v", api.cancelled)
	}
	if !strings.Contains(stderr.String(), "Instance 20260102030405000g1 cancelled") {
		t.Errorf("stderr %q", stderr.String())
	}
}

// TestRemoteBigResultUsesTunnel: a result at the 10,000-row cap is read
// again through the instance tunnel and printed by the local printers.
func TestRemoteBigResultUsesTunnel(t *testing.T) {
	var table strings.Builder
	table.WriteString("+------------+\n| n          | \n+------------+\n")
	for i := range resultRowCap {
		fmt.Fprintf(&table, "| %-10d | \n", i)
	}
	table.WriteString("+------------+\n")
	api := &stubAPI{result: table.String(), cols: []remoteColumn{{"n", "bigint"}, {"d", "decimal(10,2)"}, {"s", "string"}}}
	for i := range resultRowCap + 5 {
		api.rows = append(api.rows, []any{int64(i), "1.50", "1.50"})
	}
	api.rows[3] = []any{nil, nil, ""}
	code, out, errOut := runStub(t, api, stubEnv, "-e", "select n from t")
	if code != exitOK || api.downloads != 1 {
		t.Fatalf("exit %d, %d downloads: %s", code, api.downloads, errOut)
	}
	lines := strings.Split(out, "\n")
	if got := len(lines); got != resultRowCap+5+5 {
		t.Errorf("%d lines", got)
	}
	if want := "| 10004      | 1.5        | 1.50       | "; lines[len(lines)-3] != want {
		t.Errorf("last row %q, want %q", lines[len(lines)-3], want)
	}
	if want := "| NULL       | NULL       |            | "; lines[6] != want {
		t.Errorf("NULL row %q, want %q", lines[6], want)
	}
	// A small result is printed as it came: no tunnel.
	api = &stubAPI{result: sampleTable}
	if code, _, _ := runStub(t, api, stubEnv, "-e", "select 1"); code != exitOK || api.downloads != 0 {
		t.Errorf("small result: exit %d, %d downloads", code, api.downloads)
	}
}

// TestRemoteMissingConfig: each missing setting is one FAILED line that
// names how to set it; nothing is sent.
func TestRemoteMissingConfig(t *testing.T) {
	cases := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"endpoint", []string{"--engine", "maxcompute", "--project", "p"}, stubEnv, "needs the project's endpoint: set --endpoint URL or end_point in the --config file"},
		{"project", []string{"--engine", "maxcompute", "--endpoint", "http://127.0.0.1:1/api"}, stubEnv, "needs a project: set --project NAME or project_name"},
		{"credentials", []string{"--engine", "maxcompute", "--endpoint", "http://127.0.0.1:1/api", "--project", "p"}, nil, "needs an AccessKey: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET"},
		{"half env", []string{"--engine", "maxcompute", "--endpoint", "http://127.0.0.1:1/api", "--project", "p"},
			map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": "x"}, "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET go together"},
		{"bad endpoint", []string{"--engine", "maxcompute", "--endpoint", "service.example/api", "--project", "p"}, stubEnv, "is not an http(s) URL"},
		{"bad engine env", []string{"--endpoint", "http://127.0.0.1:1/api"}, map[string]string{"MCSQL_ENGINE": "spark"}, `MCSQL_ENGINE "spark" is not an engine`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := testDeps(t)
			home := d.getenv("MCSQL_HOME")
			d.getenv = func(k string) string {
				if k == "MCSQL_HOME" {
					return home
				}
				return c.env[k]
			}
			called := false
			d.remote = func(remoteSettings) (remoteAPI, error) { called = true; return &stubAPI{}, nil }
			var stdout, stderr strings.Builder
			code := run(append(c.args, "-e", "select 1"), strings.NewReader(""), &stdout, &stderr, d)
			if code != exitUsage || !strings.Contains(stderr.String(), c.want) || strings.Count(stderr.String(), "\n") != 1 || called {
				t.Errorf("exit %d, stderr %q, want one line with %q", code, stderr.String(), c.want)
			}
		})
	}
}

// TestRemoteCredentialPrecedence: -u/-p win over the environment, which
// wins over --config; the environment's STS token comes with its key.
func TestRemoteCredentialPrecedence(t *testing.T) {
	cfg := writeTemp(t, "odps_config.ini", "project_name=cfgproj\naccess_id=CFG_ID\naccess_key=CFG_SECRET\nsts_token=CFG_TOKEN\nend_point=http://127.0.0.1:2/api\n")
	env := map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": "ENV_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "ENV_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN": "ENV_TOKEN"}
	cases := []struct {
		args            []string
		env             map[string]string
		id, token, from string
	}{
		{[]string{"--config", cfg}, nil, "CFG_ID", "CFG_TOKEN", "--config"},
		{[]string{"--config", cfg}, env, "ENV_ID", "ENV_TOKEN", "the environment"},
		{[]string{"--config", cfg, "-u", "FLAG_ID", "-p", "FLAG_SECRET"}, env, "FLAG_ID", "", "-u/-p"},
	}
	for _, c := range cases {
		api := &stubAPI{result: sampleTable}
		d := testDeps(t)
		home := d.getenv("MCSQL_HOME")
		d.getenv = func(k string) string {
			if k == "MCSQL_HOME" {
				return home
			}
			return c.env[k]
		}
		d.remote = func(s remoteSettings) (remoteAPI, error) { api.settings = s; return api, nil }
		var stdout, stderr strings.Builder
		code := run(append([]string{"--engine", "maxcompute", "-e", "select 1"}, c.args...), strings.NewReader(""), &stdout, &stderr, d)
		s := api.settings
		if code != exitOK || s.AccessKeyID != c.id || s.SecurityToken != c.token || s.CredentialsFrom != c.from ||
			s.Project != "cfgproj" || s.Endpoint != "http://127.0.0.1:2/api" {
			t.Errorf("%v: exit %d, settings %v, stderr %q", c.args, code, s, stderr.String())
		}
		if strings.Contains(fmt.Sprint(s), "SECRET") || strings.Contains(fmt.Sprintf("%#v", s), "TOKEN_") {
			t.Errorf("settings print a secret: %v", s)
		}
	}
}

// TestRemoteHTTPErrorNamesNoSecret: a failed submit is a FAILED line
// with exit 1; the secret appears nowhere.
func TestRemoteWaitError(t *testing.T) {
	api := &stubAPI{waitErr: errors.New("connection refused")}
	code, _, errOut := runStub(t, api, stubEnv, "-e", "select 1")
	if code != exitSQL || !strings.Contains(errOut, "FAILED: connection refused (instance 20260102030405000g1 may still be running)") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if strings.Contains(errOut, "SECRET_TEST") {
		t.Errorf("stderr shows the secret: %q", errOut)
	}
}

// TestRemoteCSVTableAsIs: under -M a framed table (DESC's output) is not
// CSV and is printed as it came.
func TestRemoteCSVTableAsIs(t *testing.T) {
	api := &stubAPI{result: sampleTable}
	code, out, errOut := runStub(t, api, stubEnv, "-M", "-e", "desc t")
	if code != exitOK || out != sampleTable {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestRemoteProgressLines: on a terminal each new stage report is one
// line in odpscmd's form; a repeated report prints nothing.
func TestRemoteProgressLines(t *testing.T) {
	var stderr strings.Builder
	r := &remoteRun{stderr: &stderr, progress: true}
	stages := []remoteStage{{Name: "M1_job_0", Status: "Running", Running: 2, Terminated: 1, Total: 4}, {Name: "R2_1_job_0", Terminated: 0, Total: 1}}
	r.report(stages)
	r.report(stages)
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	if len(lines) != 1 || !strings.HasSuffix(lines[0], " M1_job_0:2/1/4[RUNNING]\tR2_1_job_0:0/0/1") {
		t.Errorf("progress %q", stderr.String())
	}
	stderr.Reset()
	(&remoteRun{stderr: &stderr}).report(stages)
	if stderr.Len() != 0 {
		t.Errorf("progress printed off a terminal: %q", stderr.String())
	}
}

// TestRemoteEngineFromEnv: MCSQL_ENGINE=maxcompute sends the script;
// --engine local wins over it and runs locally.
func TestRemoteEngineFromEnv(t *testing.T) {
	env := map[string]string{"MCSQL_ENGINE": "maxcompute"}
	for k, v := range stubEnv {
		env[k] = v
	}
	for _, c := range []struct {
		flags   []string
		submits int
	}{
		{nil, 1},
		{[]string{"--engine", "local"}, 0},
	} {
		api := &stubAPI{result: sampleTable}
		r := runMcsql(t, env, func(d *deps) { d.remote = func(remoteSettings) (remoteAPI, error) { return api, nil } },
			append(c.flags, "--endpoint", "http://127.0.0.1:1/api", "--project", "demo", "-e", "select 1 as a;")...)
		if r.code != exitOK || len(api.submits) != c.submits {
			t.Errorf("%v: exit %d, %d submits, stderr %q", c.flags, r.code, len(api.submits), r.stderr)
		}
	}
}

// TestRemoteCheckSendsNothing: --check --engine maxcompute runs the
// checks a submission runs, needs no configuration and sends nothing.
func TestRemoteCheckSendsNothing(t *testing.T) {
	called := false
	tune := func(d *deps) {
		d.remote = func(remoteSettings) (remoteAPI, error) { called = true; return &stubAPI{}, nil }
	}
	r := runMcsql(t, nil, tune, "--check", "--engine", "maxcompute", "-e", "select 1;\nread t;")
	if r.code != exitSQL || !strings.Contains(r.stderr, "[2,1] Semantic analysis exception - not sent to MaxCompute: READ") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	r = runMcsql(t, nil, tune, "--check", "--engine", "maxcompute", "-e", "select 1;")
	if r.code != exitOK || !strings.Contains(r.stderr, "can be sent to MaxCompute") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if called {
		t.Error("--check connected to MaxCompute")
	}
}

// ctrlCAPI is a stubAPI whose Submit succeeds as Ctrl-C arrives.
type ctrlCAPI struct {
	*stubAPI
	cancel context.CancelFunc
}

func (c ctrlCAPI) Submit(ctx context.Context, script string, hints map[string]string) (string, error) {
	id, err := c.stubAPI.Submit(ctx, script, hints)
	c.cancel()
	return id, err
}

// TestRemoteCtrlCAtSubmit: Ctrl-C just as the instance is created still
// cancels it: its id is known.
func TestRemoteCtrlCAtSubmit(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	api := ctrlCAPI{&stubAPI{}, cancel}
	r := runMcsql(t, stubEnv, func(d *deps) {
		d.remote = func(remoteSettings) (remoteAPI, error) { return api, nil }
		d.interrupt = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	}, "--engine", "maxcompute", "--endpoint", "http://127.0.0.1:1/api", "--project", "demo", "-e", "select 1;")
	if r.code != exitInterrupted || len(api.cancelled) != 1 || !strings.Contains(r.stderr, "cancelled (Ctrl-C)") {
		t.Errorf("exit %d, cancelled %v, stderr %q", r.code, api.cancelled, r.stderr)
	}
}

// TestRemoteBigBytesUseTunnel: a result of few rows but near the 10 MB
// cap is read through the tunnel too.
func TestRemoteBigBytesUseTunnel(t *testing.T) {
	wide := strings.Repeat("x", resultByteCap)
	api := &stubAPI{result: "a\n" + wide + "\n", cols: []remoteColumn{{"a", "string"}}, rows: [][]any{{"y"}}}
	code, out, errOut := runStub(t, api, stubEnv, "-M", "-e", "select 1")
	if code != exitOK || api.downloads != 1 || out != "a\ny\n" {
		t.Errorf("exit %d, %d downloads, stdout %.40q, stderr %q", code, api.downloads, out, errOut)
	}
}

// TestRemoteTimeZoneHint: an explicit --timezone is sent as
// odps.sql.timezone; without one the project's default stays.
func TestRemoteTimeZoneHint(t *testing.T) {
	api := &stubAPI{result: sampleTable}
	if code, _, errOut := runStub(t, api, stubEnv, "--timezone", "UTC", "-e", "select 1"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := api.submits[0].hints[hintTimeZone]; got != "UTC" {
		t.Errorf("odps.sql.timezone %q", got)
	}
	api = &stubAPI{result: sampleTable}
	runStub(t, api, stubEnv, "-e", "select 1")
	if got, ok := api.submits[0].hints[hintTimeZone]; ok {
		t.Errorf("odps.sql.timezone %q sent without --timezone", got)
	}
	api = &stubAPI{}
	if code, _, errOut := runStub(t, api, stubEnv, "--timezone", "Mars/Olympus", "-e", "select 1"); code != exitUsage || len(api.submits) != 0 {
		t.Errorf("bad zone: exit %d, stderr %q", code, errOut)
	}
}

// TestRemoteDropsBOM: a script file's byte order mark is not sent.
func TestRemoteDropsBOM(t *testing.T) {
	api := &stubAPI{result: sampleTable}
	script := writeTemp(t, "bom.sql", "\uFEFFselect 1 as a")
	if code, _, errOut := runStub(t, api, stubEnv, "-f", script); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := api.submits[0].script; got != "select 1 as a;" {
		t.Errorf("sent %q", got)
	}
}
