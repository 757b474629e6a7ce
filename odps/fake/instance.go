package fake

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// taskState is a task's status, as the REST API names them.
type taskState int

const (
	taskWaiting taskState = iota
	taskRunning
	taskSuccess
	taskFailed
	taskCancelled
)

var taskStateNames = [...]string{
	taskWaiting: "Waiting", taskRunning: "Running", taskSuccess: "Success",
	taskFailed: "Failed", taskCancelled: "Cancelled",
}

func (t taskState) String() string { return taskStateNames[t] }

func (t taskState) terminal() bool { return t >= taskSuccess }

// instance is one submitted script and its one SQL task.
type instance struct {
	id, project, taskName string
	owner                 string // the access key id that submitted it, for the log
	account               string // its account, which WHOAMI and GET_USER_ID show
	script                string
	hints                 map[string]string // the settings, submit mode and output format removed
	humanReadable         bool
	delay                 time.Duration
	submitted             time.Time

	ctx    context.Context
	cancel context.CancelFunc

	mu              sync.Mutex // guards the fields below
	state           taskState
	started, ended  time.Time
	reportedRunning bool
	cancelRequested bool
	out             *taskOutput // set once terminal
	downloads       map[string]bool
}

// taskOutput is what a finished task leaves: the result text the result
// API returns and, after a SELECT, its typed rows for the tunnel.
type taskOutput struct {
	text    string
	format  string // "csv" or "text" (HumanReadable, or an error)
	cols    []eval.Column
	rows    [][]eval.Value
	hasRows bool
	// loc is the session's time zone at the end of the script, in which
	// DATETIME and TIMESTAMP values are wall-clock readings.
	loc *time.Location
}

// observe returns the task's status as a status request sees it: a task
// that finished before anyone saw it Running is reported Running once,
// so that clients always see Running before Success or Failed, as with
// MaxCompute, where a script always takes a while.
func (in *instance) observe() (taskState, time.Time, time.Time) {
	in.mu.Lock()
	defer in.mu.Unlock()
	st := in.state
	if st.terminal() && !in.reportedRunning {
		in.reportedRunning = true
		return taskRunning, in.started, time.Time{}
	}
	if st == taskRunning {
		in.reportedRunning = true
	}
	return st, in.started, in.ended
}

// snapshot returns the task's actual status and output.
func (in *instance) snapshot() (taskState, *taskOutput) {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.state, in.out
}

func (in *instance) setRunning(now time.Time) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.state, in.started = taskRunning, now
}

// finish records the task's end; a task whose cancellation was asked for
// ends Cancelled whatever its script did.
func (in *instance) finish(now time.Time, st taskState, out *taskOutput) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.cancelRequested {
		st, out = taskCancelled, &taskOutput{format: "text"}
	}
	if in.started.IsZero() {
		in.started = now
	}
	in.state, in.ended, in.out = st, now, out
}

// requestCancel asks the task to stop; it reports false when the task
// had already ended.
func (in *instance) requestCancel() bool {
	in.mu.Lock()
	done := in.state.terminal()
	if !done {
		in.cancelRequested = true
	}
	in.mu.Unlock()
	in.cancel()
	return !done
}

// progress returns the share of the task done, in percent, and whether
// it is still running: a slow task advances with its delay, a task
// running its script shows 99 until it ends.
func (in *instance) progress(now time.Time) (int, taskState) {
	in.mu.Lock()
	defer in.mu.Unlock()
	switch {
	case in.state.terminal():
		return 100, in.state
	case in.state == taskWaiting:
		return 0, in.state
	case in.delay > 0 && now.Sub(in.started) < in.delay:
		return int(99 * now.Sub(in.started) / in.delay), in.state
	}
	return 99, in.state
}

// addDownload registers a tunnel download session of the result.
func (in *instance) addDownload(id string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.downloads == nil {
		in.downloads = map[string]bool{}
	}
	in.downloads[id] = true
}

func (in *instance) hasDownload(id string) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.downloads[id]
}

// newInstanceID returns an id shaped like MaxCompute's: the submission
// time to the millisecond, "g" and random lower-case letters and digits.
func (s *Server) newInstanceID(now time.Time) (string, error) {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 12)
	if err := s.randBytes(b); err != nil {
		return "", err
	}
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	now = now.UTC()
	return fmt.Sprintf("%s%03dg%s", now.Format("20060102150405"), now.Nanosecond()/1e6, b), nil
}

// register stores in, forgetting the oldest finished instances beyond
// MaxInstances, and counts its task in s.tasks. It fails once the server
// is closed.
func (s *Server) register(in *instance) *apiError {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errServiceUnavailable("the fake MaxCompute is shutting down")
	}
	s.instances[in.id] = in
	s.order = append(s.order, in)
	s.evictLocked()
	s.tasks.Add(1)
	return nil
}

func (s *Server) evictLocked() {
	kept := s.order[:0]
	excess := len(s.order) - s.opt.MaxInstances
	for _, in := range s.order {
		if excess > 0 {
			if st, _ := in.snapshot(); st.terminal() {
				delete(s.instances, in.id)
				excess--
				continue
			}
		}
		kept = append(kept, in)
	}
	clear(s.order[len(kept):])
	s.order = kept
}

// lookup returns the instance id of project.
func (s *Server) lookup(a routeArgs) (*instance, *apiError) {
	s.mu.Lock()
	in := s.instances[a.instance]
	s.mu.Unlock()
	if in == nil || in.project != a.project {
		return nil, errNotFound("Instance not found: %s in project %s", a.instance, a.project)
	}
	return in, nil
}
