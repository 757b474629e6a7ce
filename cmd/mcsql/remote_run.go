package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/parser"
)

// remoteAPI is what --engine maxcompute asks of MaxCompute: the odps
// client's calls, by instance id. Tests put a stand-in behind it.
type remoteAPI interface {
	Submit(ctx context.Context, script string, hints map[string]string) (id string, err error)
	LogView(ctx context.Context, id string) (string, error)
	// Wait returns the task's status (Success, Failed, Cancelled) once
	// the instance is terminated; onProgress sees each stage report.
	Wait(ctx context.Context, id string, onProgress func([]remoteStage)) (string, error)
	Cancel(ctx context.Context, id string) error
	Result(ctx context.Context, id string) (string, error)
	Download(ctx context.Context, id string, fn func(cols []remoteColumn, row []any) error) error
}

// remoteStage is one stage of a running instance's progress.
type remoteStage struct {
	Name                       string
	Status                     string
	Running, Terminated, Total int
}

// remoteColumn is a result column as the instance tunnel names it.
type remoteColumn struct{ Name, Type string }

// Task statuses of a terminated instance.
const (
	taskSuccess   = "Success"
	taskFailed    = "Failed"
	taskCancelled = "Cancelled"
)

// Script-mode hints, as odpscmd sends them.
const (
	hintSubmitMode   = "odps.sql.submit.mode"
	hintOutputFormat = "odps.sql.select.output.format"
	hintTimeZone     = "odps.sql.timezone"
)

// cancelTimeout bounds the cancel request after Ctrl-C.
const cancelTimeout = 30 * time.Second

// interruptContext is a context that Ctrl-C (SIGINT) cancels; its stop
// function restores the default, so that a second Ctrl-C ends mcsql at
// once, as in odpscmd.
func interruptContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt)
}

// runRemote is --engine maxcompute: the script, checked and refused
// locally when it cannot run there, is submitted in script mode, waited
// for, and its result printed as a local run prints it.
func runRemote(opts *options, src string, undefined []parser.Placeholder, stdout, stderr io.Writer, d deps) int {
	settings, script, code := prepareRemoteRun(opts, src, undefined, stderr, d)
	if code != exitOK {
		return code
	}
	newAPI := d.remote
	if newAPI == nil {
		newAPI = newODPSAPI
	}
	api, err := newAPI(settings)
	if err != nil {
		fmt.Fprintf(stderr, "FAILED: %v\n", err)
		return exitUsage
	}
	interrupt := d.interrupt
	if interrupt == nil {
		interrupt = interruptContext
	}
	ctx, stop := interrupt()
	defer stop()
	r := &remoteRun{api: api, stdout: stdout, stderr: stderr, csv: opts.csv, progress: isTTY(stderr), stop: stop}
	r.location, _ = eval.LoadTimeZone(cmp.Or(settings.TimeZone, eval.DefaultTimeZone))
	return r.run(ctx, script, remoteHints(opts.csv, settings.TimeZone))
}

// prepareRemoteRun gathers the settings and checks the script, printing
// what is wrong; it returns the script to send, or an exit status.
func prepareRemoteRun(opts *options, src string, undefined []parser.Placeholder, stderr io.Writer, d deps) (remoteSettings, string, int) {
	settings, err := remoteConfig(opts, d.getenv)
	if err != nil {
		fmt.Fprintf(stderr, "FAILED: %v\n", err)
		return settings, "", exitUsage
	}
	prepared, errs := prepareRemote(parser.Substitute(src, opts.defines), undefined, localKMSKeys(homeDir(d.getenv)))
	for _, err := range errs {
		fmt.Fprintf(stderr, "FAILED: %v\n", err)
	}
	if len(errs) > 0 {
		return settings, "", exitSQL
	}
	if prepared.Project != "" {
		settings.Project = prepared.Project
	}
	if settings.TimeZone, err = remoteTimeZone(opts.timezone, d.getenv); err != nil {
		fmt.Fprintf(stderr, "mcsql: --timezone: %v\n", err)
		return settings, "", exitUsage
	}
	for _, flag := range localOnlyFlags(opts) {
		fmt.Fprintf(stderr, "mcsql: note: %s has no effect with --engine maxcompute: MaxCompute keeps the tables, memory and keys\n", flag)
	}
	return settings, prepared.Text, exitOK
}

// remoteHints are the settings sent with the script: script mode, and
// odpscmd's HumanReadable tables unless -M asks for CSV.
func remoteHints(csv bool, timeZone string) map[string]string {
	hints := map[string]string{hintSubmitMode: "script"}
	if !csv {
		hints[hintOutputFormat] = "HumanReadable"
	}
	if timeZone != "" {
		hints[hintTimeZone] = timeZone
	}
	return hints
}

// remoteTimeZone is the zone an explicit --timezone or $MCSQL_TIMEZONE
// names, checked locally; "" leaves the project's own default.
func remoteTimeZone(flagValue string, getenv func(string) string) (string, error) {
	name := flagValue
	if name == "" {
		name = getenv("MCSQL_TIMEZONE")
	}
	if name == "" {
		return "", nil
	}
	if _, err := eval.LoadTimeZone(name); err != nil {
		return "", err
	}
	return name, nil
}

// remoteRun is one script's life on MaxCompute.
type remoteRun struct {
	api            remoteAPI
	stdout, stderr io.Writer
	csv, progress  bool
	location       *time.Location     // the zone tunnel times print in
	stop           context.CancelFunc // stops catching Ctrl-C
	lastProgress   string
}

func (r *remoteRun) run(ctx context.Context, script string, hints map[string]string) int {
	id, err := r.api.Submit(ctx, script, hints)
	if err != nil && ctx.Err() != nil {
		fmt.Fprintln(r.stderr, "FAILED: stopped by Ctrl-C while submitting; if MaxCompute created the instance anyway, odpscmd's `show instances` lists it")
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(r.stderr, "FAILED: %s\n", describeRemoteError(err))
		return exitSQL
	}
	fmt.Fprintf(r.stderr, "ID = %s\n", id)
	if link, err := r.api.LogView(ctx, id); err == nil && link != "" {
		fmt.Fprintf(r.stderr, "Log view:\n%s\n", link)
	}
	status, err := r.api.Wait(ctx, id, r.report)
	if ctx.Err() != nil {
		return r.cancel(id)
	}
	if err != nil {
		fmt.Fprintf(r.stderr, "FAILED: %s (instance %s may still be running)\n", describeRemoteError(err), id)
		return exitSQL
	}
	return r.finish(ctx, id, status)
}

// report prints a progress line on a terminal, when it changed, in
// odpscmd's form: the time, then name:running/terminated/total[status]
// per stage.
func (r *remoteRun) report(stages []remoteStage) {
	if !r.progress || len(stages) == 0 {
		return
	}
	var b strings.Builder
	for _, s := range stages {
		fmt.Fprintf(&b, "%s:%d/%d/%d", s.Name, s.Running, s.Terminated, s.Total)
		if s.Status != "" {
			fmt.Fprintf(&b, "[%s]", strings.ToUpper(s.Status))
		}
		b.WriteByte('\t')
	}
	if line := b.String(); line != r.lastProgress {
		r.lastProgress = line
		fmt.Fprintf(r.stderr, "%s %s\n", time.Now().Format(time.DateTime), strings.TrimRight(line, "\t"))
	}
}

// cancel stops the instance after Ctrl-C and says so. Ctrl-C again
// while it cancels ends mcsql at once.
func (r *remoteRun) cancel(id string) int {
	r.stop()
	ctx, done := context.WithTimeout(context.Background(), cancelTimeout)
	defer done()
	if err := r.api.Cancel(ctx, id); err != nil {
		fmt.Fprintf(r.stderr, "FAILED: Ctrl-C: could not cancel instance %s: %s; it may still be running: stop it with odpscmd's `kill %s`\n",
			id, describeRemoteError(err), id)
		return exitInterrupted
	}
	fmt.Fprintf(r.stderr, "Instance %s cancelled (Ctrl-C)\n", id)
	return exitInterrupted
}

// finish prints a terminated instance's result or error.
func (r *remoteRun) finish(ctx context.Context, id, status string) int {
	switch status {
	case taskSuccess:
	case taskCancelled:
		fmt.Fprintf(r.stderr, "FAILED: Task got cancelled (instance %s was stopped)\n", id)
		return exitSQL
	case taskFailed:
		text, err := r.api.Result(ctx, id)
		if err != nil {
			fmt.Fprintf(r.stderr, "FAILED: the task failed and its error could not be read: %s\n", describeRemoteError(err))
			return exitSQL
		}
		fmt.Fprintf(r.stderr, "FAILED: %s\n", strings.TrimSpace(text))
		return exitSQL
	default:
		fmt.Fprintf(r.stderr, "FAILED: Task not successfully terminated: status[%s]\n", status)
		return exitSQL
	}
	text, err := r.api.Result(ctx, id)
	if err == nil {
		err = r.printResult(ctx, id, text)
	}
	if ctx.Err() != nil {
		fmt.Fprintf(r.stderr, "FAILED: stopped by Ctrl-C while reading the result of instance %s, which has finished\n", id)
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(r.stderr, "FAILED: the result of instance %s: %s\n", id, describeRemoteError(err))
		return exitSQL
	}
	fmt.Fprintln(r.stderr, "OK")
	return exitOK
}

// localOnlyFlags are the flags given that only a local run uses.
func localOnlyFlags(o *options) []string {
	var flags []string
	if o.warehouse != "" {
		flags = append(flags, "--warehouse")
	}
	if o.memBudget != 0 {
		flags = append(flags, "--memory-budget")
	}
	if o.kms.backend != "" || o.kms.policy != "" {
		flags = append(flags, "--kms")
	}
	return flags
}
