package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/mcsql/mcsql/kms/emulator"
)

// The serving half of `mcsql kms serve` and `mcsql odps serve`: both
// listen on loopback only and stop the same way, so one piece of code
// gives both the same guarantees and messages.

// runUntilSignal is the outer half of a serve command: parse its flags
// (exit 0 for --help, 2 for a bad flag, with name before the message),
// then serve until SIGINT or SIGTERM.
func runUntilSignal[O any](name string, stderr io.Writer, parse func() (O, error), serve func(context.Context, O) int) int {
	o, err := parse()
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, o)
}

// listenLoopback listens on addr (through listen, net.Listen when nil)
// and refuses an address that is not loopback once bound. name prefixes
// the messages ("mcsql kms serve"); on failure the exit status is
// returned with a nil listener.
func listenLoopback(name, addr string, listen func(network, addr string) (net.Listener, error), stderr io.Writer) (net.Listener, int) {
	if listen == nil {
		listen = net.Listen
	}
	ln, err := listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: cannot listen: %v\n", name, err)
		return nil, exitSQL
	}
	if err := checkBound(addr, ln.Addr()); err != nil {
		ln.Close()
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return nil, exitUsage
	}
	return ln, exitOK
}

// serveUntilDone runs serve on ln until ctx is done (SIGINT, SIGTERM),
// then reports the shutdown on stderr: "shutting down", a forced close
// of connections still open after the grace, and "stopped". ready, when
// set, is told the bound address once serving has started.
func serveUntilDone(ctx context.Context, name string, serve func(context.Context, net.Listener) error, ln net.Listener, stderr io.Writer, ready func(string)) int {
	// Serve gets its own context so that "shutting down" is printed
	// before the shutdown starts.
	sctx, stopServing := context.WithCancel(context.Background())
	defer stopServing()
	errc := make(chan error, 1)
	go func() { errc <- serve(sctx, ln) }()
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitSQL
	case <-ctx.Done():
	}
	fmt.Fprintf(stderr, "%s: shutting down\n", name)
	stopServing()
	err := <-errc
	if errors.Is(err, emulator.ErrShutdownForced) {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
	} else if err != nil {
		fmt.Fprintf(stderr, "%s: shutdown: %v\n", name, err)
		return exitSQL
	}
	return exitOK
}
