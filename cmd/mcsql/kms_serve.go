package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"sync"

	"github.com/mcsql/mcsql/kms/emulator"
	"github.com/mcsql/mcsql/kms/local"
	"github.com/mcsql/mcsql/kms/policy"
)

const kmsServeUsage = `Usage: mcsql kms serve --policy FILE [--addr 127.0.0.1:PORT] [--store PATH]

Serves Alibaba Cloud KMS (2016-01-20) and STS (2015-04-01) RPC calls over
plain HTTP on a loopback address, for the aliyun backend and the Alibaba
Cloud SDKs: signatures, timestamps, nonces and STS tokens are verified, and
the policy file's users, roles, trust lists and grants are enforced on every
call. Keys live in the same key store as local mode. One line per request is
logged on stderr, never with a secret. Stop it with Ctrl-C or SIGTERM:
requests in flight get 5 s to finish, then every connection is closed.

A request must arrive within 1 minute (its header within 10 s), an idle
keep-alive connection is closed after 2 minutes, and a request line and
header may hold 64 KB. The address must be loopback once bound: a host
name is accepted only if it resolves to 127.0.0.0/8 or ::1.

Give clients the printed address as both the KMS and the STS endpoint, with
the http scheme (SDK: client.Domain = "127.0.0.1:PORT").

Flags:
`

// serveOptions are `mcsql kms serve`'s parsed flags.
type serveOptions struct {
	addr, policy, store string
}

func parseServeFlags(args []string, stderr io.Writer, home string) (*serveOptions, error) {
	o := &serveOptions{}
	fs := flag.NewFlagSet("mcsql kms serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:0", "loopback `host:port` to listen on (port 0 picks a free one)")
	fs.StringVar(&o.policy, "policy", "", "the policy `file` of users, access keys, roles and grants (required)")
	fs.StringVar(&o.store, "store", local.DefaultPath(home), "the key store `path`")
	fs.Usage = func() {
		fmt.Fprint(stderr, kmsServeUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.policy == "" {
		return nil, errors.New("--policy is required: the emulator authenticates every request with the access keys of a policy file (see 'mcsql kms serve --help')")
	}
	if err := checkLoopbackName(o.addr); err != nil {
		return nil, err
	}
	return o, nil
}

// checkLoopbackName refuses, before listening, an --addr whose host is an
// IP address off the local machine or empty (every interface): the
// emulator speaks plain HTTP, so tokens and plaintexts would cross the
// network in clear. A host name is checked once bound (checkBound), on
// the address it resolved to.
func checkLoopbackName(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("invalid --addr %q: expected host:port such as 127.0.0.1:9977", addr)
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && !ip.IsLoopback() {
		return notLoopback(addr)
	}
	return nil
}

// checkBound refuses a listener bound off loopback: a name such as
// localhost may resolve to any address (/etc/hosts, DNS), so only the
// address actually bound tells.
func checkBound(addr string, bound net.Addr) error {
	tcp, ok := bound.(*net.TCPAddr)
	if !ok || !tcp.IP.IsLoopback() {
		return fmt.Errorf("%w (it is bound to %s)", notLoopback(addr), bound)
	}
	return nil
}

func notLoopback(addr string) error {
	return fmt.Errorf("--addr %q is not a loopback address: the emulator speaks plain HTTP and serves 127.0.0.1, ::1 or a name bound to them (localhost) only", addr)
}

// serveHooks let tests watch and tune `mcsql kms serve`; zero fields
// change nothing.
type serveHooks struct {
	// ready is told the address once the server listens (tests wait on
	// it before connecting or signalling).
	ready func(addr string)
	// listen replaces net.Listen.
	listen func(network, addr string) (net.Listener, error)
	// config adjusts the emulator's configuration (tests shorten its
	// timeouts).
	config func(*emulator.Config)
}

// runKMSServe is `mcsql kms serve`: it serves until SIGINT or SIGTERM.
func runKMSServe(args []string, stdout, stderr io.Writer, home string, d deps) int {
	return runKMSServeWith(args, stdout, stderr, home, d, serveHooks{})
}

// runKMSServeWith is runKMSServe with test hooks.
func runKMSServeWith(args []string, _, stderr io.Writer, home string, d deps, h serveHooks) int {
	return runUntilSignal("mcsql kms serve", stderr,
		func() (*serveOptions, error) { return parseServeFlags(args, stderr, home) },
		func(ctx context.Context, o *serveOptions) int { return serveKMS(ctx, o, stderr, d, h) })
}

// serveKMS loads the policy and the key store, listens, and serves until
// ctx is done, then shuts down: requests in flight get
// emulator.DefaultShutdownGrace to finish, then every connection still
// open is closed. Either way it exits 0.
func serveKMS(ctx context.Context, o *serveOptions, stderr io.Writer, d deps, h serveHooks) int {
	pol, err := policy.Load(o.policy)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql kms serve: %v\n", err)
		return exitUsage
	}
	random := &lockedReader{r: d.rand}
	store := local.NewStore(o.store, local.Options{Rand: random, Now: d.now, Notice: stderr})
	keys, err := store.ListKeys(ctx) // fail now, not on the first call, on an unreadable store
	if err != nil {
		fmt.Fprintf(stderr, "mcsql kms serve: %v\n", err)
		return exitSQL
	}
	ln, status := listenLoopback("mcsql kms serve", o.addr, h.listen, stderr)
	if ln == nil {
		return status
	}
	cfg := emulator.Config{Keys: store, Policy: pol, Now: d.now, Rand: random, Log: stderr}
	if h.config != nil {
		h.config(&cfg)
	}
	srv := emulator.New(cfg)
	printBanner(stderr, ln.Addr().String(), o, len(keys))
	if status := serveUntilDone(ctx, "mcsql kms serve", srv.Serve, ln, stderr, h.ready); status != exitOK {
		return status
	}
	fmt.Fprintln(stderr, "mcsql kms serve: stopped")
	return exitOK
}

func printBanner(w io.Writer, addr string, o *serveOptions, keys int) {
	fmt.Fprintf(w, "mcsql kms serve: listening on http://%s\n", addr)
	fmt.Fprintf(w, "  key store:    %s (%d keys)\n", o.store, keys)
	fmt.Fprintf(w, "  policy:       %s\n", o.policy)
	fmt.Fprintf(w, "  KMS endpoint: http://%s  (API %s)\n", addr, emulator.KMSVersion)
	fmt.Fprintf(w, "  STS endpoint: http://%s  (API %s)\n", addr, emulator.STSVersion)
	fmt.Fprintf(w, "  SDK clients:  Domain %q, scheme http, for both kms and sts\n", addr)
	fmt.Fprintln(w, "  stop with Ctrl-C or SIGTERM")
}

// lockedReader serializes reads: the key store and the emulator share one
// random source, which need not be safe for concurrent use.
type lockedReader struct {
	mu sync.Mutex
	r  io.Reader
}

func (l *lockedReader) Read(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.Read(p)
}
