package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
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
	// remote connects --engine maxcompute (nil: the odps client), and
	// interrupt is the context Ctrl-C cancels (nil: SIGINT's).
	remote    func(remoteSettings) (remoteAPI, error)
	interrupt func() (context.Context, context.CancelFunc)
	// statementByStatement runs scripts without compiling them whole
	// first (eval.Config.StatementByStatement): the check-mode soundness
	// test compares the two.
	statementByStatement bool
}

func defaultDeps() deps {
	return deps{rand: rand.Reader, now: time.Now, getenv: os.Getenv}
}

// run is mcsql's whole command line: main and the golden tests share it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, d deps) int {
	if len(args) > 0 && args[0] == "kms" {
		if len(args) > 1 && args[1] == "serve" {
			return runKMSServe(args[2:], stdout, stderr, homeDir(d.getenv), d)
		}
		return runKMS(args[1:], stdout, stderr, homeDir(d.getenv), d)
	}
	if len(args) > 0 && args[0] == "odps" {
		return runODPS(args[1:], stdout, stderr, homeDir(d.getenv), d)
	}
	opts, fs, err := parseFlags(args)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(stdout, fs)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "mcsql: %v\nRun 'mcsql --help' for usage.\n", err)
		return exitUsage
	}
	for _, note := range opts.notes {
		fmt.Fprintf(stderr, "mcsql: note: %s\n", note)
	}
	if opts.version {
		fmt.Fprintf(stdout, "mcsql %s\nhome: %s\n", version, homeDir(d.getenv))
		return exitOK
	}
	engine, err := resolveEngine(opts.engine, d.getenv)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql: %v\n", err)
		return exitUsage
	}
	// With neither -e nor -f, a terminal gets the interactive shell and
	// anything else (a pipe, a file) is read as a script, without prompts.
	interactive := opts.exec == "" && opts.file == "" && isTTY(stdin)
	if interactive && engine == engineMaxCompute {
		fmt.Fprintln(stderr, "mcsql: --engine maxcompute runs a script: pass it with -e or -f (the interactive shell runs locally)")
		return exitUsage
	}
	var src string
	if !interactive {
		if src, err = readScript(opts, stdin); err != nil {
			fmt.Fprintf(stderr, "mcsql: %v\n", err)
			return exitUsage
		}
	}
	// odpscmd adds the ';' a script's last statement lacks; --check agrees.
	src = parser.AddFinalSemicolon(src)
	undefined := parser.Undefined(src, opts.defines)
	if engine == engineMaxCompute {
		// MaxCompute compiles the script itself, against its tables and
		// functions: only the rules and local-only statements are checked
		// here (prepareRemote), never mcsql's compile pass.
		if opts.check {
			return checkRemote(parser.Substitute(src, opts.defines), undefined, stderr, homeDir(d.getenv))
		}
		return runRemote(opts, src, undefined, stdout, stderr, d)
	}
	location, err := sessionLocation(opts.timezone, d)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql: --timezone: %v\n", err)
		return exitUsage
	}
	if opts.check {
		session, closeWarehouse := checkSession(opts, location, undefined, d)
		defer closeWarehouse()
		return checkScript(parser.Substitute(src, opts.defines), undefined, stderr, session)
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
		User:      whoamiName(d.getenv("MCSQL_USER_ID")),

		MemoryBudget: opts.memBudget,
		Placeholders: undefined,

		StatementByStatement: d.statementByStatement,
	})
	if interactive {
		return runREPL(stdin, stdout, stderr, home, session,
			replOptions{project: opts.project, currentProject: wh.Project, defines: opts.defines, source: warehouseCompletion{wh},
				noHistory: historyOff(d.getenv("MCSQL_HISTORY"), stderr),
				banner:    replBanner(wh.path, opts.kms, home)})
	}
	if err := session.Run(parser.Substitute(src, opts.defines)); err != nil {
		fmt.Fprintf(stderr, "FAILED: %v\n", withPlaceholders(err, undefined))
		return exitSQL
	}
	return exitOK
}

// whoamiName is the account WHOAMI shows: ALIYUN$ and the account id
// GET_USER_ID returns ($MCSQL_USER_ID, else its placeholder).
func whoamiName(userID string) string {
	if userID == "" {
		userID = functions.DefaultUserID
	}
	return "ALIYUN$" + userID
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
// violation of MaxCompute's script-mode rules and every error compiling
// it (session.CompileErrors), sorted by position, running nothing. The -D
// placeholders left undefined come first, all in one error: MaxCompute
// would be given them as they are.
func checkScript(src string, undefined []parser.Placeholder, stderr io.Writer, session *eval.Session) int {
	if len(undefined) > 0 {
		fmt.Fprintf(stderr, "FAILED: %v\n", undefinedError(undefined))
	}
	script, err := parser.Parse(src)
	if err != nil {
		fmt.Fprintf(stderr, "FAILED: %v\n", err)
		return exitSQL
	}
	var errs []error
	for _, v := range eval.CheckScript(script) {
		errs = append(errs, v)
	}
	for _, e := range session.CompileErrors(script) {
		// An error an undefined placeholder causes names them all, which
		// the first line did already.
		if len(undefined) == 0 || !strings.Contains(e.Error(), parser.UndefinedHint(undefined)) {
			errs = append(errs, e)
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return errorBefore(errs[i], errs[j]) })
	for _, e := range errs {
		fmt.Fprintf(stderr, "FAILED: %v\n", e)
	}
	if len(errs) > 0 || len(undefined) > 0 {
		return exitSQL
	}
	fmt.Fprintln(stderr, "OK: the script compiles and follows MaxCompute's script-mode rules")
	return exitOK
}

// errorBefore orders errors by position; one without comes last.
func errorBefore(a, b error) bool {
	var ea, eb *eval.Error
	if !errors.As(a, &ea) || !ea.HasPos {
		return false
	}
	if !errors.As(b, &eb) || !eb.HasPos {
		return true
	}
	return ea.Pos.Line < eb.Pos.Line || ea.Pos.Line == eb.Pos.Line && ea.Pos.Col < eb.Pos.Col
}

// checkSession is the session --check compiles in: the project's
// warehouse when it exists, read only (without one every table is
// unknown, not missing), and no KMS, which the check never calls. Call
// closeWarehouse when done.
func checkSession(opts *options, location *time.Location, undefined []parser.Placeholder, d deps) (session *eval.Session, closeWarehouse func()) {
	cfg := eval.Config{
		Registry: functions.NewRegistry(), Rand: d.rand, Now: d.now, Location: location,
		User: whoamiName(d.getenv("MCSQL_USER_ID")), Placeholders: undefined,
		Services: map[string]any{functions.ServiceUserID: d.getenv("MCSQL_USER_ID")},
	}
	home := homeDir(d.getenv)
	wh := &lazyWarehouse{path: warehousePath(opts.warehouse, opts.project, home, d.getenv), project: opts.project}
	if wh.path != memoryWarehouse && wh.exists(strings.ToLower(opts.project)) {
		cfg.Warehouse = wh
	}
	return eval.NewSession(cfg), func() { _ = wh.Close() } // it only read
}

// undefinedError is --check's report of the undefined placeholders: one
// error at the first, naming them all.
func undefinedError(undefined []parser.Placeholder) error {
	return &eval.Error{Code: eval.CodeSemantic, Pos: undefined[0].Pos, HasPos: true, Msg: parser.UndefinedHint(undefined)}
}

// withPlaceholders adds the undefined placeholders to a parse error: a
// placeholder outside a string, such as a table name ${tbl}, fails to
// parse before any call could name it. Other errors name them already
// when a placeholder caused them (eval.Config.Placeholders).
func withPlaceholders(err error, undefined []parser.Placeholder) error {
	var pe *parser.Error
	if len(undefined) == 0 || !errors.As(err, &pe) {
		return err
	}
	hinted := *pe
	hinted.Msg = fmt.Sprintf("%s (%s)", pe.Msg, parser.UndefinedHint(undefined))
	return &hinted
}

func readScript(opts *options, stdin io.Reader) (string, error) {
	switch {
	case opts.exec != "":
		return opts.exec, nil
	case opts.file != "" && opts.file != "-": // -f - is standard input, below
		f, err := os.Open(opts.file)
		if err != nil {
			return "", fmt.Errorf("cannot read script: %w", err)
		}
		defer f.Close()
		size := 0
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = int(fi.Size())
		}
		src, err := readString(f, size)
		if err != nil {
			return "", fmt.Errorf("cannot read script: %w", err)
		}
		return src, nil
	}
	src, err := readString(stdin, 0)
	if err != nil {
		return "", fmt.Errorf("cannot read the script from standard input: %w", err)
	}
	return src, nil
}

// readString reads r to its end into a string, with room for size bytes
// from the start. The script is read straight into the string it is run
// from: reading it into a []byte first, then converting, held it twice
// (a long script's text is its largest part in memory).
func readString(r io.Reader, size int) (string, error) {
	var b strings.Builder
	b.Grow(size)
	_, err := io.Copy(&b, r)
	return b.String(), err
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
