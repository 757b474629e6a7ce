package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/kms/policy"
	"github.com/mcsql/mcsql/odps/fake"
)

const odpsServeUsage = `Usage: mcsql odps serve --policy FILE [--addr 127.0.0.1:PORT] [--warehouse DIR]

Serves a fake MaxCompute over plain HTTP on a loopback address, for
'mcsql --engine maxcompute' and the MaxCompute SDKs when no project is at
hand: submitted scripts run with mcsql's own evaluator under MaxCompute's
script-mode rules, on the tables of --warehouse (one PROJECT.db file per
project, the files local runs use). Requests must be signed (V2, or V4)
with an access key of the policy file, the file of 'mcsql kms serve'; the
Date header must be within 15 minutes of the server's clock. STS
AssumeRole is served too (the policy's roles and trust lists): requests
signed with the temporary credentials it issues and carrying their token
in authorization-sts-token are accepted.

One line per request is logged on stderr, never with a secret, a token or
a script. Stop it with Ctrl-C or SIGTERM: requests in flight get 5 s to
finish, then every connection is closed and running scripts are stopped.
The transport limits are those of 'mcsql kms serve'. The address must be
loopback once bound.

Give clients http://ADDR/api as the MaxCompute endpoint, and http://ADDR
as the STS endpoint. The instance tunnel is served at ADDR too.

Faults, for testing clients: --fail 429:2 fails the next 2 requests with
429 (with Retry-After); --fail may be repeated (409, 429, 500, 503), the
failures coming in order. --drop N closes the next N requests' connections
without an answer. --task-delay 30s keeps every task Running for 30 s
before its script runs (cancel it to see it stop).

Flags:
`

// odpsServeOptions are `mcsql odps serve`'s parsed flags.
type odpsServeOptions struct {
	addr, policy, warehouse string
	faults                  []fake.Fault
	drop, maxRunning        int
	maxResultRows           int
	taskDelay, retryAfter   time.Duration
}

// faultFlag collects repeated --fail values.
type faultFlag struct{ faults *[]fake.Fault }

func (f faultFlag) String() string { return "" }

func (f faultFlag) Set(v string) error {
	fault, err := fake.ParseFault(v)
	if err != nil {
		return err
	}
	*f.faults = append(*f.faults, fault)
	return nil
}

func parseODPSServeFlags(args []string, stderr io.Writer, home string) (*odpsServeOptions, error) {
	o := &odpsServeOptions{}
	fs := flag.NewFlagSet("mcsql odps serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:0", "loopback `host:port` to listen on (port 0 picks a free one)")
	fs.StringVar(&o.policy, "policy", "", "the policy `file` of users and access keys, and STS roles (required)")
	fs.StringVar(&o.warehouse, "warehouse", filepath.Join(home, "warehouse"),
		"the `directory` of the projects' warehouse files (PROJECT.db), or "+memoryWarehouse+" for throwaway in-memory ones")
	fs.Var(faultFlag{&o.faults}, "fail", "fail the next requests: `STATUS[:N]`, STATUS one of 409, 429, 500, 503 (repeatable)")
	fs.IntVar(&o.drop, "drop", 0, "close the connections of the next `N` requests (after the --fail ones) without an answer")
	fs.DurationVar(&o.taskDelay, "task-delay", 0, "keep every task Running for this `duration` before its script runs")
	fs.DurationVar(&o.retryAfter, "retry-after", fake.DefaultRetryAfter, "the Retry-After of failed 409, 429 and 503 answers")
	fs.IntVar(&o.maxRunning, "max-running", fake.DefaultMaxRunning, "how many tasks run at once; the others wait")
	fs.IntVar(&o.maxResultRows, "max-result-rows", fake.DefaultMaxResultRows, "the most rows a task's result may hold (the tunnel serves them all)")
	fs.Usage = func() {
		fmt.Fprint(stderr, odpsServeUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.policy == "" {
		return nil, errors.New("--policy is required: the fake authenticates every request with the access keys of a policy file (see 'mcsql odps serve --help')")
	}
	if o.drop < 0 || o.maxRunning < 1 || o.maxResultRows < 1 || o.taskDelay < 0 || o.retryAfter < 0 {
		return nil, errors.New("--drop, --task-delay and --retry-after cannot be negative; --max-running and --max-result-rows must be at least 1")
	}
	if err := checkLoopbackName(o.addr); err != nil {
		return nil, err
	}
	return o, nil
}

// odpsServeHooks let tests watch and tune `mcsql odps serve`; zero fields
// change nothing.
type odpsServeHooks struct {
	ready  func(addr string)
	listen func(network, addr string) (net.Listener, error)
	// options adjusts the fake's options (tests shorten timeouts).
	options func(*fake.Options)
}

// runODPS is `mcsql odps ...`: only `serve` so far.
func runODPS(args []string, stdout, stderr io.Writer, home string, d deps) int {
	if len(args) == 0 || args[0] != "serve" {
		fmt.Fprintln(stderr, "mcsql odps: the only command is serve: mcsql odps serve --policy FILE [--addr 127.0.0.1:PORT] (mcsql odps serve --help)")
		return exitUsage
	}
	return runODPSServeWith(args[1:], stdout, stderr, home, d, odpsServeHooks{})
}

// runODPSServeWith is `mcsql odps serve` with test hooks: it serves until
// SIGINT or SIGTERM.
func runODPSServeWith(args []string, _, stderr io.Writer, home string, d deps, h odpsServeHooks) int {
	return runUntilSignal("mcsql odps serve", stderr,
		func() (*odpsServeOptions, error) { return parseODPSServeFlags(args, stderr, home) },
		func(ctx context.Context, o *odpsServeOptions) int { return serveODPS(ctx, o, stderr, d, h) })
}

// serveODPS loads the policy, listens and serves until ctx is done, then
// shuts down as `mcsql kms serve` does and stops the running tasks.
func serveODPS(ctx context.Context, o *odpsServeOptions, stderr io.Writer, d deps, h odpsServeHooks) int {
	pol, err := policy.Load(o.policy)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql odps serve: %v\n", err)
		return exitUsage
	}
	loc, err := sessionLocation("", d)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql odps serve: time zone: %v\n", err)
		return exitUsage
	}
	opt := fake.Options{
		Policy: pol, Warehouse: warehouseDir(o.warehouse), Redact: serverPaths(o.warehouse), Location: loc, Now: d.now,
		Rand: &lockedReader{r: d.rand}, Log: stderr,
		Faults: o.faults, DropNext: o.drop, TaskDelay: o.taskDelay, RetryAfter: o.retryAfter,
		MaxRunning: o.maxRunning, MaxResultRows: o.maxResultRows,
	}
	if h.options != nil {
		h.options(&opt)
	}
	srv, err := fake.New(opt)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql odps serve: %v\n", err)
		return exitUsage
	}
	defer srv.Close()
	ln, status := listenLoopback("mcsql odps serve", o.addr, h.listen, stderr)
	if ln == nil {
		return status
	}
	printODPSBanner(stderr, ln.Addr().String(), o)
	if status := serveUntilDone(ctx, "mcsql odps serve", srv.Serve, ln, stderr, h.ready); status != exitOK {
		return status
	}
	if err := srv.Close(); err != nil {
		fmt.Fprintf(stderr, "mcsql odps serve: %v\n", err)
	}
	fmt.Fprintln(stderr, "mcsql odps serve: stopped")
	return exitOK
}

// warehouseDir is the fake's warehouse of each task: the project's file
// in dir, opened as local runs open it (lazyWarehouse: the file is made
// by the first CREATE TABLE), or nil for the fake's in-memory ones.
func warehouseDir(dir string) fake.WarehouseFunc {
	if dir == memoryWarehouse {
		return nil
	}
	return func(project string) (eval.Warehouse, func() error, error) {
		p := strings.ToLower(project)
		wh := &lazyWarehouse{path: filepath.Join(dir, p+".db"), project: p}
		return wh, wh.Close, nil
	}
}

// serverPaths are the spellings of the warehouse directory a task's
// error may show (lazyWarehouse names a project's file), which the fake
// keeps out of its replies.
func serverPaths(dir string) []string {
	if dir == memoryWarehouse {
		return nil
	}
	paths := []string{dir}
	if abs, err := filepath.Abs(dir); err == nil && abs != dir {
		paths = append(paths, abs)
	}
	// The longest first, so that a path containing another is replaced whole.
	sort.Slice(paths, func(i, j int) bool { return len(paths[i]) > len(paths[j]) })
	return paths
}

func printODPSBanner(w io.Writer, addr string, o *odpsServeOptions) {
	fmt.Fprintf(w, "mcsql odps serve: listening on http://%s\n", addr)
	fmt.Fprintf(w, "  endpoint:     http://%s/api  (MaxCompute REST API, script mode)\n", addr)
	fmt.Fprintf(w, "  tunnel:       http://%s\n", addr)
	fmt.Fprintf(w, "  STS endpoint: http://%s  (AssumeRole, API 2015-04-01)\n", addr)
	fmt.Fprintf(w, "  policy:       %s\n", o.policy)
	if o.warehouse == memoryWarehouse {
		fmt.Fprintln(w, "  warehouse:    in memory, one per project, gone when the server stops")
	} else {
		fmt.Fprintf(w, "  warehouse:    %s (PROJECT.db per project)\n", o.warehouse)
	}
	if len(o.faults) > 0 || o.drop > 0 || o.taskDelay > 0 {
		fmt.Fprintf(w, "  faults:       %s\n", describeFaults(o))
	}
	fmt.Fprintln(w, "  stop with Ctrl-C or SIGTERM")
}

func describeFaults(o *odpsServeOptions) string {
	var parts []string
	for _, f := range o.faults {
		parts = append(parts, fmt.Sprintf("the next %s failing with %d", plural(f.Count, "request"), f.Status))
	}
	if o.drop > 0 {
		parts = append(parts, fmt.Sprintf("then %s dropped", plural(o.drop, "connection")))
	}
	if o.taskDelay > 0 {
		parts = append(parts, fmt.Sprintf("every task Running for %s before its script", o.taskDelay))
	}
	return strings.Join(parts, "; ")
}

// plural is "1 request" or "n requests".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
