package main

import (
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
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

// run is mcsql's whole command line: main and the golden tests share it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, d deps) int {
	if len(args) > 0 && args[0] == "kms" {
		if len(args) > 1 && args[1] == "serve" {
			return runKMSServe(args[2:], stdout, stderr, homeDir(d.getenv), d)
		}
		return runKMS(args[1:], stdout, stderr, homeDir(d.getenv), d)
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
				noHistory: historyOff(d.getenv("MCSQL_HISTORY"), stderr),
				banner:    replBanner(wh.path, opts.kms, home)})
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
	case opts.file == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", fmt.Errorf("cannot read the script from standard input: %w", err)
		}
		return string(b), nil
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
