package odps

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"
)

// TaskName is the name mcsql (like odpscmd) gives its SQL task.
const TaskName = "AnonymousSQLTask"

// Instance is a submitted job.
type Instance struct{ ID, Project string }

func (c *Client) instancePath(inst *Instance) string {
	return "/projects/" + url.PathEscape(inst.Project) + "/instances/" + url.PathEscape(inst.ID)
}

// SubmitScript submits script as one script-mode SQL task. hints are sent
// as the task's settings, with odps.sql.submit.mode=script added.
//
// The submit is retried on 409, 429 and 503, and on a dropped connection
// only when the request was not completely written: any other failure
// after the request was sent is final, as the script may already run.
func (c *Client) SubmitScript(ctx context.Context, script string, hints map[string]string) (*Instance, error) {
	body, err := submitBody(script, hints)
	if err != nil {
		return nil, err
	}
	resource := "/projects/" + url.PathEscape(c.cfg.Project) + "/instances"
	resp, err := c.do(ctx, call{
		method: http.MethodPost, resource: resource, body: body,
		header: http.Header{"Content-Type": {"application/xml"}},
	})
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	loc := resp.Header.Get("Location")
	id := path.Base(strings.TrimRight(loc, "/"))
	if !strings.Contains(loc, "/instances/") || id == "" {
		return nil, fmt.Errorf("MaxCompute accepted the script (HTTP %d) but named no instance (Location %q)", resp.StatusCode, loc)
	}
	return &Instance{ID: id, Project: c.cfg.Project}, nil
}

// submitBody builds the <Instance> XML of a script-mode SQL task.
func submitBody(script string, hints map[string]string) ([]byte, error) {
	if err := checkXMLText(script); err != nil {
		return nil, err
	}
	settings := map[string]string{}
	for k, v := range hints {
		settings[k] = v
	}
	settings["odps.sql.submit.mode"] = "script"
	js, err := json.Marshal(settings) // sorted keys: a stable body
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n")
	b.WriteString("<Instance><Job><Priority>9</Priority><Tasks><SQL><Name>" + TaskName + "</Name><Config>")
	b.WriteString("<Property><Name>type</Name><Value>sql</Value></Property>")
	b.WriteString("<Property><Name>settings</Name><Value>")
	if err := xml.EscapeText(&b, js); err != nil {
		return nil, err
	}
	b.WriteString("</Value></Property></Config><Query>")
	b.WriteString(cdata(script))
	b.WriteString("</Query></SQL></Tasks></Job></Instance>")
	return []byte(b.String()), nil
}

// cdata wraps s in CDATA sections; a "]]>" inside s would end a section,
// so it is split across two: "]]" ends one, ">" starts the next. A
// carriage return goes between sections as &#13;: inside one, XML would
// read it as a line feed, and MaxCompute's positions would move.
func cdata(s string) string {
	s = strings.ReplaceAll(s, "]]>", "]]]]><![CDATA[>")
	s = strings.ReplaceAll(s, "\r", "]]>&#13;<![CDATA[")
	return "<![CDATA[" + s + "]]>"
}

// checkXMLText refuses a script holding a character an XML 1.0 document
// cannot carry (see BadXMLChar): the request would be malformed.
func checkXMLText(script string) error {
	if line, col, what, bad := BadXMLChar(script); bad {
		return fmt.Errorf("the script holds %s at [%d,%d], which a MaxCompute request (an XML document) cannot carry: remove it or write it as an escape in a string literal", what, line, col)
	}
	return nil
}

// BadXMLChar finds the first character of script that an XML 1.0
// document cannot carry (control characters other than tab, line feed
// and carriage return; U+FFFE, U+FFFF; bytes that are not UTF-8), and
// says where it is (1-based line and column, in characters) and what it
// is. SubmitScript refuses such a script; a caller may check first to
// report it in its own terms.
func BadXMLChar(script string) (line, col int, what string, bad bool) {
	line, col = 1, 1
	for i, r := range script {
		invalid := r == utf8.RuneError && !strings.HasPrefix(script[i:], "\uFFFD") ||
			r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
		if invalid {
			return line, col, describeRune(script[i:], r), true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return 0, 0, "", false
}

// describeRune names a refused character: its code point, or the byte
// that is not UTF-8.
func describeRune(rest string, r rune) string {
	if r == utf8.RuneError {
		return fmt.Sprintf("the byte 0x%02X, which is not UTF-8", rest[0])
	}
	return fmt.Sprintf("the character U+%04X", r)
}

// TaskStatus is an instance's status and its SQL task's.
type TaskStatus struct {
	Instance string // Running, Suspended or Terminated
	Task     string // Waiting, Running, Success, Failed, Cancelled (Waiting when not listed yet)
}

// Terminated reports whether the instance has ended.
func (s TaskStatus) Terminated() bool { return s.Instance == "Terminated" }

type statusXML struct {
	Status string `xml:"Status"`
	Tasks  []struct {
		Name   string `xml:"Name"`
		Status string `xml:"Status"`
		Result struct {
			Transform string `xml:"Transform,attr"`
			Text      string `xml:",chardata"`
		} `xml:"Result"`
	} `xml:"Tasks>Task"`
}

// Status asks for the instance's and its task's status.
func (c *Client) Status(ctx context.Context, inst *Instance) (TaskStatus, error) {
	var x statusXML
	if err := c.getXML(ctx, c.instancePath(inst), url.Values{"taskstatus": {""}}, &x); err != nil {
		return TaskStatus{}, err
	}
	st := TaskStatus{Instance: strings.TrimSpace(x.Status), Task: "Waiting"}
	if st.Instance == "" {
		return st, fmt.Errorf("MaxCompute's status of instance %s has no <Status>", inst.ID)
	}
	if t := pickTask(x); t >= 0 {
		st.Task = strings.TrimSpace(x.Tasks[t].Status)
	}
	return st, nil
}

// pickTask finds mcsql's task, or the only task, or -1.
func pickTask(x statusXML) int {
	for i, t := range x.Tasks {
		if strings.TrimSpace(t.Name) == TaskName {
			return i
		}
	}
	if len(x.Tasks) == 1 {
		return 0
	}
	return -1
}

// Stage is one stage of a running task.
type Stage struct {
	ID, Status                          string
	Percent, Total, Running, Terminated int
}

// Progress is a task's stages as MaxCompute reports them.
type Progress struct{ Stages []Stage }

// Progress asks for the task's stage progress (empty before stages exist).
func (c *Client) Progress(ctx context.Context, inst *Instance) (Progress, error) {
	var x struct {
		Stages []struct {
			ID         string `xml:"ID,attr"`
			Status     string `xml:"Status"`
			Total      int    `xml:"TotalWorkers"`
			Running    int    `xml:"RunningWorkers"`
			Terminated int    `xml:"TerminatedWorkers"`
			Percent    int    `xml:"FinishedPercentage"`
		} `xml:"Stage"`
	}
	q := url.Values{"instanceprogress": {TaskName}, "taskname": {TaskName}}
	if err := c.getXML(ctx, c.instancePath(inst), q, &x); err != nil {
		return Progress{}, err
	}
	var p Progress
	for _, s := range x.Stages {
		p.Stages = append(p.Stages, Stage{ID: s.ID, Status: strings.TrimSpace(s.Status), Percent: s.Percent,
			Total: s.Total, Running: s.Running, Terminated: s.Terminated})
	}
	return p, nil
}

// Wait polls until the instance is Terminated, backing off from
// Config.Poll.Initial to Config.Poll.Max, and returns the final status.
// onProgress (may be nil) gets the stages after each poll; a failure to
// read progress is ignored, as progress is only shown. When ctx ends,
// Wait returns its error and leaves the instance running: call Cancel to
// stop it.
func (c *Client) Wait(ctx context.Context, inst *Instance, onProgress func(Progress)) (TaskStatus, error) {
	delay := c.cfg.Poll.Initial
	for {
		st, err := c.Status(ctx, inst)
		if err != nil {
			return st, err
		}
		if onProgress != nil && ctx.Err() == nil {
			if p, err := c.Progress(ctx, inst); err == nil {
				onProgress(p)
			}
		}
		if st.Terminated() {
			return st, nil
		}
		if err := c.cfg.Sleep(ctx, delay); err != nil {
			return st, fmt.Errorf("waiting for instance %s: %w", inst.ID, context.Cause(ctx))
		}
		delay = min(delay+delay/2, c.cfg.Poll.Max)
	}
}

// Cancel asks MaxCompute to stop the instance (PUT Status Terminated).
func (c *Client) Cancel(ctx context.Context, inst *Instance) error {
	resp, err := c.do(ctx, call{
		method: http.MethodPut, resource: c.instancePath(inst), idempotent: true,
		header: http.Header{"Content-Type": {"application/xml"}},
		body:   []byte(`<?xml version="1.0" encoding="utf-8"?>` + "\n<Instance><Status>Terminated</Status></Instance>"),
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Result returns the task's result text (Base64 decoded when the answer
// says Transform="Base64"): CSV on success (or the HumanReadable table when
// that hint was sent), MaxCompute's error text (ODPS-...:[line,col] ...)
// when the task failed.
func (c *Client) Result(ctx context.Context, inst *Instance) (string, error) {
	var x statusXML
	if err := c.getXML(ctx, c.instancePath(inst), url.Values{"result": {""}}, &x); err != nil {
		return "", err
	}
	t := pickTask(x)
	if t < 0 {
		return "", fmt.Errorf("MaxCompute's result of instance %s names no task %s", inst.ID, TaskName)
	}
	r := x.Tasks[t].Result
	if !strings.EqualFold(r.Transform, "Base64") {
		return r.Text, nil
	}
	dec, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(r.Text), ""))
	if err != nil {
		return "", fmt.Errorf("MaxCompute's result of instance %s is not valid Base64: %v", inst.ID, err)
	}
	return string(dec), nil
}

// getXML GETs resource and decodes its XML answer into v.
func (c *Client) getXML(ctx context.Context, resource string, q url.Values, v any) error {
	resp, err := c.do(ctx, call{method: http.MethodGet, resource: resource, query: q, idempotent: true})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err == nil {
		err = xml.Unmarshal(data, v)
	}
	if err != nil {
		return fmt.Errorf("cannot read MaxCompute's answer to GET %s: %v", resource, err)
	}
	return nil
}
