package main

import (
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
	"github.com/mcsql/mcsql/parser"
)

// version is mcsql's version, printed by --version.
const version = "0.1.0"

// Exit statuses.
const (
	exitOK    = 0
	exitSQL   = 1 // a statement failed
	exitUsage = 2 // bad flags or an unreadable script file
)

// deps are the process-wide inputs that tests replace: randomness, the
// clock, the time zone and the environment.
type deps struct {
	rand     io.Reader
	now      func() time.Time
	location *time.Location
	getenv   func(string) string
}

func defaultDeps() deps {
	return deps{rand: rand.Reader, now: time.Now, getenv: os.Getenv}
}

// options are the parsed command line.
type options struct {
	exec      string
	file      string
	defines   defines
	csv       bool
	version   bool
	check     bool
	kms       kmsOptions
	project   string
	warehouse string
	timezone  string
	memBudget int64 // --memory-budget; 0 for the default
}

// defines collects repeatable -D name=value flags.
type defines map[string]string

func (d defines) String() string { return "" }

func (d defines) Set(s string) error {
	name, value, ok := strings.Cut(s, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return fmt.Errorf("-D needs name=value, got %q", s)
	}
	d[name] = value
	return nil
}

const usageText = `Usage: mcsql [flags] [-e SQL | -f FILE]

mcsql runs MaxCompute SQL script mode locally and prints results like odpscmd.
With neither -e nor -f it opens the interactive shell when standard input is a
terminal, and otherwise reads the script from standard input.

Examples:
  mcsql -e "select hex('abc'), unhex('616263');"
  mcsql -f script.sql
  mcsql -f rotate.sql -D RegionId=cn-hangzhou -D UserId=123456789
  echo "select 1;" | mcsql -M
  mcsql kms create --description "team key"     manage local KMS keys (mcsql kms help)
  mcsql kms serve --policy policy.json           run the KMS/STS emulator

Flags:
`

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	opts := &options{defines: defines{}}
	fs := flag.NewFlagSet("mcsql", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.exec, "e", "", "run the SQL `statements` given here")
	fs.StringVar(&opts.file, "f", "", "run the script in `file`")
	fs.Var(opts.defines, "D", "define a placeholder: `name=value` replaces ${name}, ${<name>} and '<name>' (repeatable)")
	fs.BoolVar(&opts.csv, "M", false, "machine-readable output: CSV with a header; BINARY as upper-case hex")
	fs.BoolVar(&opts.version, "version", false, "print the version and the mcsql home directory")
	fs.BoolVar(&opts.check, "check", false, "check the script against MaxCompute's script-mode rules without running it")
	fs.StringVar(&opts.project, "project", "default", "the MaxCompute `project` whose tables the warehouse holds")
	fs.StringVar(&opts.warehouse, "warehouse", "", "the warehouse database `file` (env MCSQL_WAREHOUSE; default $MCSQL_HOME/warehouse/<project>.db; :memory: for a throwaway one)")
	fs.StringVar(&opts.timezone, "timezone", "", "the session time `zone`, as SET odps.sql.timezone takes it (env MCSQL_TIMEZONE; default "+eval.DefaultTimeZone+", a new MaxCompute project's)")
	fs.Func("memory-budget", "the `bytes` one statement may keep in memory (sorts, groupings, joins...), e.g. 512m or 2g; as SET "+eval.FlagMemoryBudget+" (default 1g)", func(v string) error {
		b, err := eval.ParseMemoryBudget(v)
		opts.memBudget = b
		return err
	})
	fs.StringVar(&opts.kms.backend, "kms", "", "the KMS for wrapped keysets: `local` (embedded, default) or aliyun (env MCSQL_KMS)")
	fs.StringVar(&opts.kms.policy, "kms-policy", "", "local KMS: enforce the roles and grants of this policy `file` (env MCSQL_KMS_POLICY)")
	fs.StringVar(&opts.kms.region, "kms-region", "", "aliyun: `region` for calls that name no CMK ARN (env MCSQL_KMS_REGION)")
	fs.StringVar(&opts.kms.endpoint, "kms-endpoint", "", "aliyun: KMS endpoint `[http(s)://]host[:port]`, {region} is replaced (env MCSQL_KMS_ENDPOINT)")
	fs.StringVar(&opts.kms.stsEndpoint, "sts-endpoint", "", "aliyun: STS endpoint `[http(s)://]host[:port]` (env MCSQL_STS_ENDPOINT)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nEnvironment:\n  MCSQL_HOME  mcsql's home directory (default ~/.mcsql)\n"+
			"  MCSQL_HISTORY  off: the interactive shell keeps no history file ($MCSQL_HOME/history, key material masked)\n"+
			"  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN  credentials for --kms aliyun\n"+
			"\nExit status: 0 success, 1 a statement failed, 2 usage error.\n")
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q; pass SQL with -e or a script with -f", fs.Arg(0))
	}
	if !projectNameRE.MatchString(opts.project) {
		return nil, fmt.Errorf("--project %q: a project name is a letter followed by letters, digits or '_'", opts.project)
	}
	if opts.exec != "" && opts.file != "" {
		return nil, errors.New("-e and -f cannot be used together")
	}
	return opts, nil
}

// run is mcsql's whole command line: main and the golden tests share it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, d deps) int {
	if len(args) > 0 && args[0] == "kms" {
		if len(args) > 1 && args[1] == "serve" {
			return runKMSServe(args[2:], stdout, stderr, homeDir(d.getenv), d)
		}
		return runKMS(args[1:], stdout, stderr, homeDir(d.getenv), d)
	}
	opts, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "mcsql: %v\nRun 'mcsql --help' for usage.\n", err)
		return exitUsage
	}
	if opts.version {
		fmt.Fprintf(stdout, "mcsql %s\nhome: %s\n", version, homeDir(d.getenv))
		return exitOK
	}
	// With neither -e nor -f, a terminal gets the interactive shell and
	// anything else (a pipe, a file) is read as a script, without prompts.
	interactive := opts.exec == "" && opts.file == "" && isTTY(stdin)
	var src string
	if !interactive {
		if src, err = readScript(opts, stdin); err != nil {
			fmt.Fprintf(stderr, "mcsql: %v\n", err)
			return exitUsage
		}
	}
	// odpscmd adds the ';' a script's last statement lacks; --check agrees.
	src = parser.AddFinalSemicolon(src)
	if opts.check {
		return checkScript(parser.Substitute(src, opts.defines), stderr)
	}
	location, err := sessionLocation(opts.timezone, d)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql: --timezone: %v\n", err)
		return exitUsage
	}
	opts.kms.fromEnv(d.getenv)
	kmsClient, err := newKMSClient(opts.kms, homeDir(d.getenv), stderr, d)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql: %v\n", err)
		return exitUsage
	}
	home := homeDir(d.getenv)
	wh := &lazyWarehouse{path: warehousePath(opts.warehouse, opts.project, home, d.getenv), project: opts.project}
	defer wh.Close()
	session := eval.NewSession(eval.Config{
		Registry:  functions.NewRegistry(),
		Rand:      d.rand,
		Now:       d.now,
		Location:  location,
		Stdout:    stdout,
		Stderr:    stderr,
		CSV:       opts.csv,
		Services:  map[string]any{functions.ServiceKMS: kmsClient, functions.ServiceUserID: d.getenv("MCSQL_USER_ID")},
		Warehouse: wh,
		Tunnel:    &fileTunnel{stderr: stderr, progress: isTTY(stderr)},

		MemoryBudget: opts.memBudget,
	})
	if interactive {
		return runREPL(stdin, stdout, stderr, home, session,
			replOptions{project: opts.project, defines: opts.defines, source: warehouseCompletion{wh},
				noHistory: historyOff(d.getenv("MCSQL_HISTORY"), stderr)})
	}
	if err := session.Run(parser.Substitute(src, opts.defines)); err != nil {
		fmt.Fprintf(stderr, "FAILED: %v\n", err)
		return exitSQL
	}
	return exitOK
}

// sessionLocation is the session's time zone: --timezone, else
// $MCSQL_TIMEZONE, else the deps' zone (tests), else DefaultTimeZone.
func sessionLocation(flagValue string, d deps) (*time.Location, error) {
	name := flagValue
	if name == "" {
		name = d.getenv("MCSQL_TIMEZONE")
	}
	switch {
	case name != "":
		return eval.LoadTimeZone(name)
	case d.location != nil:
		return d.location, nil
	}
	return eval.LoadTimeZone(eval.DefaultTimeZone)
}

// checkScript is --check: it parses the script and reports every
// violation of MaxCompute's script-mode rules, running nothing.
func checkScript(src string, stderr io.Writer) int {
	script, err := parser.Parse(src)
	if err != nil {
		fmt.Fprintf(stderr, "FAILED: %v\n", err)
		return exitSQL
	}
	violations := eval.CheckScript(script)
	for _, v := range violations {
		fmt.Fprintf(stderr, "FAILED: %v\n", v)
	}
	if len(violations) > 0 {
		return exitSQL
	}
	fmt.Fprintln(stderr, "OK: the script follows MaxCompute's script-mode rules")
	return exitOK
}

func readScript(opts *options, stdin io.Reader) (string, error) {
	switch {
	case opts.exec != "":
		return opts.exec, nil
	case opts.file != "":
		b, err := os.ReadFile(opts.file)
		if err != nil {
			return "", fmt.Errorf("cannot read script: %w", err)
		}
		return string(b), nil
	}
	b, err := io.ReadAll(stdin)
	if err != nil {
		return "", fmt.Errorf("cannot read the script from standard input: %w", err)
	}
	return string(b), nil
}

// homeDir is mcsql's home directory: $MCSQL_HOME, or ~/.mcsql.
func homeDir(getenv func(string) string) string {
	if h := getenv("MCSQL_HOME"); h != "" {
		return h
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".mcsql")
	}
	return ".mcsql"
}
