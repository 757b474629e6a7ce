package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

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
logged on stderr, never with a secret. Stop it with Ctrl-C or SIGTERM.

Give clients the printed address as both the KMS and the STS endpoint, with
the http scheme (SDK: client.Domain = "127.0.0.1:PORT").

Flags:
`

// shutdownGrace bounds how long requests in flight may take to finish
// after SIGINT or SIGTERM.
const shutdownGrace = 5 * time.Second

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
	if err := checkLoopback(o.addr); err != nil {
		return nil, err
	}
	return o, nil
}

// checkLoopback refuses addresses off the local machine: the emulator
// speaks plain HTTP, so tokens and plaintexts would cross the network in
// clear.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("invalid --addr %q: expected host:port such as 127.0.0.1:9977", addr)
	}
	if ip := net.ParseIP(host); host == "localhost" || ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("--addr %q is not a loopback address: the emulator speaks plain HTTP and serves 127.0.0.1, ::1 or localhost only", addr)
}

// runKMSServe is `mcsql kms serve`: it serves until SIGINT or SIGTERM.
func runKMSServe(args []string, stdout, stderr io.Writer, home string, d deps) int {
	return runKMSServeReady(args, stdout, stderr, home, d, nil)
}

// runKMSServeReady is runKMSServe that reports the listening address to
// ready (tests wait on it before signalling).
func runKMSServeReady(args []string, _, stderr io.Writer, home string, d deps, ready func(addr string)) int {
	o, err := parseServeFlags(args, stderr, home)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "mcsql kms serve: %v\n", err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveKMS(ctx, o, stderr, d, ready)
}

// serveKMS loads the policy and the key store, listens, and serves until
// ctx is done, then shuts down gracefully.
func serveKMS(ctx context.Context, o *serveOptions, stderr io.Writer, d deps, ready func(addr string)) int {
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
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		fmt.Fprintf(stderr, "mcsql kms serve: cannot listen: %v\n", err)
		return exitSQL
	}
	srv := emulator.New(emulator.Config{Keys: store, Policy: pol, Now: d.now, Rand: random, Log: stderr})
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          log.New(stderr, "mcsql kms serve: ", 0),
	}
	addr := ln.Addr().String()
	printBanner(stderr, addr, o, len(keys))
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	if ready != nil {
		ready(addr)
	}
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "mcsql kms serve: %v\n", err)
		return exitSQL
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "mcsql kms serve: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		fmt.Fprintf(stderr, "mcsql kms serve: shutdown: %v\n", err)
		return exitSQL
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
