package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sampleConfig = "\xEF\xBB\xBF# odpscmd's conf/odps_config.ini\n" +
	"project_name=myproj\n" +
	"access_id = AKID_TEST\n" +
	"access_key=SECRET_TEST=\n" +
	"end_point=https://service.cn-hangzhou.maxcompute.aliyun.com/api\n" +
	"tunnel_endpoint=https://dt.cn-hangzhou.maxcompute.aliyun.com\n" +
	"log_view_host=https://logview.aliyun.com\n" +
	"https_check=true\n" +
	"data_size_confirm=100.0\n" +
	"update_url=http://repo.aliyun.com/odpscmd\n" +
	"use_instance_tunnel=true\n"

// TestLoadODPSConfig reads every key odpscmd documents; a BOM, comments,
// blanks around '=' and keys mcsql does not use are fine.
func TestLoadODPSConfig(t *testing.T) {
	c, err := loadODPSConfig(writeTemp(t, "odps_config.ini", sampleConfig))
	if err != nil {
		t.Fatal(err)
	}
	want := odpsConfig{
		Project: "myproj", AccessID: "AKID_TEST", AccessKey: "SECRET_TEST=",
		Endpoint:       "https://service.cn-hangzhou.maxcompute.aliyun.com/api",
		TunnelEndpoint: "https://dt.cn-hangzhou.maxcompute.aliyun.com",
		LogViewHost:    "https://logview.aliyun.com", HTTPSCheck: true, DataSizeConfirm: 100,
	}
	if c != want {
		t.Errorf("got %+v\nwant %+v", c, want)
	}
}

// TestODPSConfigHidesSecrets: no way of printing the config shows the
// AccessKey secret or the STS token.
func TestODPSConfigHidesSecrets(t *testing.T) {
	c := odpsConfig{Project: "p", AccessID: "AKID_TEST", AccessKey: "SECRET_TEST", STSToken: "TOKEN_TEST"}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		got := fmt.Sprintf(format, c)
		if strings.Contains(got, "SECRET_TEST") || strings.Contains(got, "TOKEN_TEST") {
			t.Errorf("%s shows a secret: %s", format, got)
		}
		if !strings.Contains(got, "AKID_TEST") {
			t.Errorf("%s hides the AccessKey id: %s", format, got)
		}
	}
}

// TestODPSConfigErrors: a bad file is one line naming the file and line,
// never quoting what may be a secret.
func TestODPSConfigErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"no equals", "project_name=p\nLTAI_SECRET_ALONE\n", ":2: want key=value"},
		{"https_check", "https_check=maybe\n", `:1: https_check is true or false, got "maybe"`},
		{"data_size_confirm", "data_size_confirm=lots\n", `:1: data_size_confirm is a size in GB, got "lots"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadODPSConfig(writeTemp(t, "odps_config.ini", c.text))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if strings.Contains(err.Error(), "SECRET") {
				t.Errorf("error quotes the line: %v", err)
			}
		})
	}
	if _, err := loadODPSConfig(filepath.Join(t.TempDir(), "none.ini")); err == nil || !strings.HasPrefix(err.Error(), "--config: ") {
		t.Errorf("missing file: %v", err)
	}
}

// TestConfigAndFlags: the config file sets the project, endpoint and
// AccessKey; --project, --endpoint and -u/-p override it.
func TestConfigAndFlags(t *testing.T) {
	ini := writeTemp(t, "odps_config.ini", sampleConfig)
	cases := []struct {
		name                          string
		args                          []string
		project, endpoint, id, secret string
	}{
		{"defaults", nil, "default", "", "", ""},
		{"config", []string{"--config", ini}, "myproj", "https://service.cn-hangzhou.maxcompute.aliyun.com/api", "AKID_TEST", "SECRET_TEST="},
		{"flags win", []string{"--config=" + ini, "--project=other", "--endpoint=http://localhost:1/api", "-u", "AK2", "-p", "S2"},
			"other", "http://localhost:1/api", "AK2", "S2"},
		{"flags alone", []string{"--project", "p2", "--endpoint", "http://e/api", "-u", "AK3", "-p", "S3"}, "p2", "http://e/api", "AK3", "S3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts, _, err := parseFlags(c.args)
			if err != nil {
				t.Fatal(err)
			}
			o := opts.odps
			if opts.project != c.project || o.Project != c.project || o.Endpoint != c.endpoint || o.AccessID != c.id || o.AccessKey != c.secret {
				t.Errorf("project %q (config %q), endpoint %q, id %q, secret %q; want %q, %q, %q, %q",
					opts.project, o.Project, o.Endpoint, o.AccessID, o.AccessKey, c.project, c.endpoint, c.id, c.secret)
			}
		})
	}
}

// TestConfigProjectWarehouse: the config file's project chooses the
// warehouse, as --project does.
func TestConfigProjectWarehouse(t *testing.T) {
	home := t.TempDir()
	ini := writeTemp(t, "odps_config.ini", "project_name=myproj\naccess_id=AKID_TEST\naccess_key=SECRET_TEST\n")
	var stdout, stderr bytes.Buffer
	code := run([]string{"--config", ini, "-e", "create table t (a bigint)"}, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, home))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(home, "warehouse", "myproj.db")); err != nil {
		t.Errorf("no warehouse for the config's project: %v", err)
	}
	if strings.Contains(stdout.String()+stderr.String(), "SECRET_TEST") {
		t.Errorf("the secret was printed: %s%s", stdout.String(), stderr.String())
	}
}

// TestOdpscmdFlags: odpscmd's flags are accepted, or refused in one line
// that says why; never the usage text.
func TestOdpscmdFlags(t *testing.T) {
	script := writeTemp(t, "s.sql", "select 'script mode' as m;")
	one := "Run 'mcsql --help' for usage.\n"
	runCLICases(t, []cliCase{
		{name: "-s is -f", args: []string{"-s", script}, stdout: "| script mode | \n", noStderr: true},
		{name: "-f with odpscmd's ;", args: []string{"-f", script + ";"}, stdout: "| script mode | \n", noStderr: true},
		{name: "-v", args: []string{"-v"}, stdout: "mcsql " + version},
		{name: "-r", args: []string{"-r", "3", "-e", "select 1"}, stdout: "| 1          | \n",
			stderr: "mcsql: note: -r has no effect: local statements are not retried\n"},
		{name: "--instance-priority", args: []string{"--instance-priority=9", "-e", "select 1"}, stdout: "| 1          | \n",
			stderr: "mcsql: note: --instance-priority has no effect: there is no job queue locally\n"},
		{name: "bad priority", args: []string{"--instance-priority", "10", "-e", "select 1"}, code: 2, noStdout: true,
			stderr: "--instance-priority takes a number from 0 to 9\n" + one},
		{name: "-k", args: []string{"-k", "2", "-e", "select 1"}, code: 2, noStdout: true,
			stderr: "mcsql: -k (start at the n-th statement) is not supported: a script-mode script runs as a whole; cut the script instead\n" + one},
		{name: "-N", args: []string{"-N", "-e", "select 1"}, code: 2, noStdout: true, stderr: "mcsql: -N (asynchronous mode) is not supported"},
		{name: "--dryrun", args: []string{"--dryrun", "-e", "select 1"}, code: 2, noStdout: true, stderr: "use --check"},
		{name: "-u without -p", args: []string{"-u", "AK", "-e", "select 1"}, code: 2, noStdout: true, stderr: "mcsql: -u and -p go together"},
		{name: "bad config", args: []string{"--config", "/nonexistent/odps_config.ini", "-e", "select 1"}, code: 2, noStdout: true, stderr: "mcsql: --config: open /nonexistent"},
		{name: "bad config project", args: []string{"--config", writeTemp(t, "c.ini", "project_name=1x\n"), "-e", "select 1"}, code: 2, noStdout: true,
			stderr: "--project \"1x\": a project name"},
	})
}

// TestBadFlagIsShort: every refused flag prints exactly two lines.
func TestBadFlagIsShort(t *testing.T) {
	for _, args := range [][]string{{"--bogus"}, {"-k", "1"}, {"--html"}, {"-e"}, {"-u", "a"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, strings.NewReader(""), &stdout, &stderr, testDeps(t)); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
		if n := strings.Count(stderr.String(), "\n"); n != 2 || stdout.Len() > 0 {
			t.Errorf("%v: want 2 lines on stderr and nothing on stdout, got %q and %q", args, stderr.String(), stdout.String())
		}
	}
}
