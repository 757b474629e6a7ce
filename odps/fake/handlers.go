package fake

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"
)

// Settings keys the fake reads itself; the others become SET flags.
const (
	SettingSubmitMode   = "odps.sql.submit.mode"
	SettingOutputFormat = "odps.sql.select.output.format"
)

// instanceDoc is the body of a submission.
type instanceDoc struct {
	XMLName xml.Name `xml:"Instance"`
	Job     struct {
		Priority int `xml:"Priority"`
		Tasks    struct {
			SQL   []sqlTaskDoc `xml:"SQL"`
			Other []struct {
				XMLName xml.Name
			} `xml:",any"`
		} `xml:"Tasks"`
	} `xml:"Job"`
}

type sqlTaskDoc struct {
	Name   string `xml:"Name"`
	Config struct {
		Properties []struct {
			Name  string `xml:"Name"`
			Value string `xml:"Value"`
		} `xml:"Property"`
	} `xml:"Config"`
	Query string `xml:"Query"`
}

// submit creates an instance running the script of the body's one SQL
// task, in script mode, and answers 201 with its Location.
func (s *Server) submit(c *call, a routeArgs) *apiError {
	task, settings, err := s.readSubmission(c.r)
	if err != nil {
		return err
	}
	if mode := settings[SettingSubmitMode]; mode != "script" {
		return errBadRequest("the fake MaxCompute runs SQL in script mode only: add the setting %s=script (got %q)", SettingSubmitMode, shortPath(mode))
	}
	human := strings.EqualFold(settings[SettingOutputFormat], "HumanReadable")
	delete(settings, SettingSubmitMode)
	delete(settings, SettingOutputFormat)
	now := s.now()
	id, rerr := s.newInstanceID(now)
	if rerr != nil {
		return &apiError{status: http.StatusInternalServerError, code: CodeInternalServerError,
			msg: "the fake cannot make an instance id", detail: rerr.Error()}
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.mu.Lock()
	delay := s.opt.TaskDelay
	s.mu.Unlock()
	in := &instance{
		id: id, project: a.project, taskName: task.Name, owner: c.accessKeyID, account: c.account,
		script: task.Query, hints: settings, humanReadable: human, delay: delay, submitted: now,
		ctx: ctx, cancel: cancel,
	}
	if err := s.register(in); err != nil {
		cancel()
		return err
	}
	go s.runTask(in)
	c.resource = id
	c.w.Header().Set("Location", s.baseURL(c)+"/projects/"+a.project+"/instances/"+id)
	s.reply(c, http.StatusCreated, "", nil)
	return nil
}

// readSubmission parses the Instance document: one SQL task, its
// settings as a JSON object of strings.
func (s *Server) readSubmission(r *http.Request) (*sqlTaskDoc, map[string]string, *apiError) {
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, s.opt.MaxScriptBytes))
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return nil, nil, errorf(http.StatusRequestEntityTooLarge, CodeRequestTooLarge,
			"the Instance document is larger than %d bytes", s.opt.MaxScriptBytes)
	}
	if err != nil {
		return nil, nil, errBadRequest("cannot read the Instance document: %v", err)
	}
	var doc instanceDoc
	if err := xml.Unmarshal(body, &doc); err != nil {
		return nil, nil, errBadRequest("the body is not an Instance XML document: %v", err)
	}
	tasks := doc.Job.Tasks
	if len(tasks.SQL) != 1 || len(tasks.Other) > 0 {
		return nil, nil, errBadRequest("the fake MaxCompute runs jobs of exactly one SQL task, got %d SQL and %d other tasks", len(tasks.SQL), len(tasks.Other))
	}
	task := &tasks.SQL[0]
	if task.Name == "" {
		task.Name = "AnonymousSQLTask"
	}
	settings := map[string]string{}
	for _, p := range task.Config.Properties {
		if p.Name != "settings" {
			continue
		}
		if err := json.Unmarshal([]byte(p.Value), &settings); err != nil {
			return nil, nil, errBadRequest("the task's settings are not a JSON object of strings: %v", err)
		}
	}
	return task, settings, nil
}

// baseURL is the endpoint the request came to, such as
// http://127.0.0.1:PORT/api.
func (s *Server) baseURL(c *call) string {
	return "http://" + c.r.Host + c.prefix
}

// statusDoc answers ?taskstatus (and, without Tasks, a plain GET).
type statusDoc struct {
	XMLName xml.Name     `xml:"Instance"`
	Status  string       `xml:"Status"`
	Tasks   *taskListDoc `xml:"Tasks,omitempty"`
}

type taskListDoc struct {
	Task []taskDoc `xml:"Task"`
}

type taskDoc struct {
	Type      string     `xml:"Type,attr"`
	Name      string     `xml:"Name"`
	StartTime string     `xml:"StartTime,omitempty"`
	EndTime   string     `xml:"EndTime,omitempty"`
	Status    string     `xml:"Status"`
	Result    *resultDoc `xml:"Result,omitempty"`
}

type resultDoc struct {
	Transform string `xml:"Transform,attr"`
	Format    string `xml:"Format,attr"`
	Content   string `xml:",chardata"`
}

func instanceStatusOf(st taskState) string {
	if st.terminal() {
		return "Terminated"
	}
	return "Running"
}

func gmt(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(http.TimeFormat)
}

func (s *Server) taskStatus(c *call, a routeArgs) *apiError {
	in, err := s.lookup(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	st, started, ended := in.observe()
	return s.replyXML(c, statusDoc{Status: instanceStatusOf(st), Tasks: &taskListDoc{Task: []taskDoc{{
		Type: "SQL", Name: in.taskName, StartTime: gmt(started), EndTime: gmt(ended), Status: st.String(),
	}}}})
}

func (s *Server) instanceStatus(c *call, a routeArgs) *apiError {
	in, err := s.lookup(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	st, _, _ := in.observe()
	return s.replyXML(c, statusDoc{Status: instanceStatusOf(st)})
}

// result answers ?result: the task's result text, Base64, once it has
// ended (empty before).
func (s *Server) result(c *call, a routeArgs) *apiError {
	in, err := s.lookup(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	st, out := in.snapshot()
	res := &resultDoc{Transform: "Base64", Format: "text"}
	if out != nil {
		res.Format = out.format
		res.Content = base64.StdEncoding.EncodeToString([]byte(out.text))
	}
	return s.replyXML(c, statusDoc{Status: instanceStatusOf(st), Tasks: &taskListDoc{Task: []taskDoc{{
		Type: "SQL", Name: in.taskName, Status: st.String(), Result: res,
	}}}})
}

// progressDoc answers ?instanceprogress: one stage, as the SDKs read it.
type progressDoc struct {
	XMLName xml.Name   `xml:"Progress"`
	Stages  []stageDoc `xml:"Stage"`
}

type stageDoc struct {
	ID                 string `xml:"ID,attr"`
	Status             string `xml:"Status"`
	BackupWorkers      int    `xml:"BackupWorkers"`
	TerminatedWorkers  int    `xml:"TerminatedWorkers"`
	RunningWorkers     int    `xml:"RunningWorkers"`
	TotalWorkers       int    `xml:"TotalWorkers"`
	InputRecords       int    `xml:"InputRecords"`
	OutRecords         int    `xml:"OutRecords"`
	FinishedPercentage int    `xml:"FinishedPercentage"`
}

func (s *Server) progress(c *call, a routeArgs) *apiError {
	in, err := s.lookup(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	pct, st := in.progress(s.now())
	stage := stageDoc{ID: "M1_job_0", Status: "Running", TotalWorkers: 1, FinishedPercentage: pct}
	switch {
	case st == taskWaiting:
		stage.Status = "Waiting"
	case st.terminal():
		stage.Status, stage.TerminatedWorkers = "Terminated", 1
		if _, out := in.snapshot(); out != nil {
			stage.OutRecords = len(out.rows)
		}
	default:
		stage.RunningWorkers = 1
	}
	return s.replyXML(c, progressDoc{Stages: []stageDoc{stage}})
}

// terminate is PUT <Instance><Status>Terminated</Status></Instance>: it
// cancels the task (a running script stops at its next statement or
// within 1,024 rows). An instance already ended is left as it is.
func (s *Server) terminate(c *call, a routeArgs) *apiError {
	in, err := s.lookup(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	body, rerr := io.ReadAll(io.LimitReader(c.r.Body, 64<<10))
	var doc statusDoc
	if rerr != nil || xml.Unmarshal(body, &doc) != nil || doc.Status != "Terminated" {
		return errBadRequest("to stop an instance, PUT <Instance><Status>Terminated</Status></Instance>")
	}
	in.requestCancel()
	s.reply(c, http.StatusOK, "", nil)
	return nil
}

// logViewHost answers GET /webconsole/host: the fake's own log view page.
func (s *Server) logViewHost(c *call, _ routeArgs) *apiError {
	s.reply(c, http.StatusOK, "text/plain", []byte("http://"+c.r.Host+"/logview"))
	return nil
}

// logViewPage is the page a log view link opens: the instance's status
// (never its script or result, since it is not authenticated).
func (s *Server) logViewPage(c *call, _ routeArgs) *apiError {
	q := c.r.URL.Query()
	a := routeArgs{project: q.Get("p"), instance: q.Get("i")}
	in, err := s.lookup(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	st, _ := in.snapshot()
	page := "mcsql fake MaxCompute\nproject:  " + in.project + "\ninstance: " + in.id +
		"\nsubmitted: " + gmt(in.submitted) + "\nstatus:   " + st.String() + "\n"
	s.reply(c, http.StatusOK, "text/plain; charset=utf-8", []byte(page))
	return nil
}

// tunnelService answers GET /projects/<p>/tunnel?service with the tunnel
// host, as MaxCompute does (the SDKs put the endpoint's scheme before
// it): the fake serves the tunnel itself.
func (s *Server) tunnelService(c *call, _ routeArgs) *apiError {
	s.reply(c, http.StatusOK, "text/plain", []byte(c.r.Host))
	return nil
}
