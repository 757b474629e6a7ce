package fake

import (
	"bytes"
	"context"
	"errors"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
	"github.com/mcsql/mcsql/parser"
)

// runTask runs in's script once a slot is free, after the slow-task
// delay, and records how it ended.
func (s *Server) runTask(in *instance) {
	defer s.tasks.Done()
	defer in.cancel() // release the context once the task has ended
	select {
	case s.slots <- struct{}{}:
	case <-in.ctx.Done():
		in.finish(s.now(), taskCancelled, nil)
		return
	}
	defer func() { <-s.slots }()
	in.setRunning(s.now())
	if in.delay > 0 {
		t := time.NewTimer(in.delay)
		select {
		case <-t.C:
		case <-in.ctx.Done():
			t.Stop()
			in.finish(s.now(), taskCancelled, nil)
			return
		}
	}
	st, out := s.execute(in)
	if out != nil {
		out.text = s.redact(out.text)
	}
	in.finish(s.now(), st, out)
}

// execute runs the script under MaxCompute's script-mode rules: a parse
// error or a violation of the rules fails the task before anything runs
// (the first one is the result, as MaxCompute reports one compile
// error); then the statements run in one transaction, and a failed one's
// error, ODPS-...:[line,col] ..., is the result.
func (s *Server) execute(in *instance) (taskState, *taskOutput) {
	script, err := parser.Parse(in.script)
	if err != nil {
		return failed(err)
	}
	if violations := eval.CheckScript(script); len(violations) > 0 {
		return failed(violations[0])
	}
	wh, release, err := s.opt.Warehouse(in.project)
	if err != nil {
		s.logDetail(in, err)
		return failed(eval.Errorf(eval.CodeInvalidArgument, "the fake MaxCompute cannot open the warehouse of project %s", in.project))
	}
	defer func() {
		if err := release(); err != nil {
			s.logDetail(in, err)
		}
	}()
	var stdout bytes.Buffer
	rec := &recorder{max: s.opt.MaxResultRows}
	if in.humanReadable {
		rec.table = eval.NewTableWriter(&stdout)
	}
	sess := eval.NewSession(eval.Config{
		Registry:  functions.NewRegistry(),
		Rand:      &lockedReader{s: s},
		Now:       s.opt.Now,
		Location:  s.opt.Location,
		Stdout:    &stdout,
		Stderr:    io.Discard,
		Results:   func() eval.ResultWriter { return rec },
		Services:  map[string]any{functions.ServiceUserID: in.account},
		Warehouse: wh,
		User:      "ALIYUN$" + in.account,
	})
	if err := applyHints(sess, in.hints); err != nil {
		return failed(err)
	}
	if err := sess.RunContext(in.ctx, in.script); err != nil {
		if errors.Is(in.ctx.Err(), context.Canceled) {
			return taskCancelled, nil
		}
		return failed(err)
	}
	out := rec.output(&stdout, in.humanReadable)
	out.loc = s.opt.Location
	if name, ok := sess.Flag(eval.FlagTimeZone); ok {
		if loc, err := eval.LoadTimeZone(name); err == nil {
			out.loc = loc
		}
	}
	return taskSuccess, out
}

// redact replaces the server text of Options.Redact in a result.
func (s *Server) redact(text string) string {
	for _, r := range s.opt.Redact {
		if r != "" {
			text = strings.ReplaceAll(text, r, "<warehouse>")
		}
	}
	return text
}

// failed is a task that failed with err: its text is the result.
func failed(err error) (taskState, *taskOutput) {
	return taskFailed, &taskOutput{text: err.Error(), format: "text"}
}

// applyHints applies the submitted settings as SET flags, in key order,
// as MaxCompute applies a task's settings before its script.
func applyHints(sess *eval.Session, hints map[string]string) error {
	keys := make([]string, 0, len(hints))
	for k := range hints {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := sess.Exec(&parser.SetStmt{Key: k, Value: hints[k]}); err != nil {
			// The setting has no place in the script: say which it is
			// instead of a position.
			var e *eval.Error
			if errors.As(err, &e) {
				c := *e
				c.HasPos, c.Msg = false, "the task's settings: "+e.Msg
				return &c
			}
			return err
		}
	}
	return nil
}

// logDetail logs a server-side failure a task's result does not show (it
// may name server files).
func (s *Server) logDetail(in *instance, err error) {
	s.logLine(s.opt.Now(), "task", in.owner, in.id, "TaskFailure", 0, err.Error())
}
