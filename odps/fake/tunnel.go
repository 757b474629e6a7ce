package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/odps/tunnelwire"
)

// downloadDoc answers POST ...?downloads, as the tunnel does.
type downloadDoc struct {
	DownloadID  string    `json:"DownloadID"`
	Initiated   int64     `json:"Initiated"`
	Owner       string    `json:"Owner"`
	RecordCount int       `json:"RecordCount"`
	Schema      schemaDoc `json:"Schema"`
	Status      string    `json:"Status"`
}

type schemaDoc struct {
	Columns       []columnDoc `json:"columns"`
	PartitionKeys []columnDoc `json:"partitionKeys"`
}

type columnDoc struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Nullable bool   `json:"nullable"`
	Comment  string `json:"comment"`
}

// finishedRows returns the typed result of a task that succeeded with a
// SELECT, or the tunnel's refusal.
func (s *Server) finishedRows(a routeArgs) (*instance, *taskOutput, *apiError) {
	in, err := s.lookup(a)
	if err != nil {
		return nil, nil, err
	}
	st, out := in.snapshot()
	switch {
	case !st.terminal():
		return nil, nil, errBadRequest("the instance %s is still running: download its result once its status is Terminated", in.id)
	case st != taskSuccess:
		return nil, nil, errBadRequest("the task of instance %s ended %s: it has no result to download", in.id, st)
	case !out.hasRows:
		return nil, nil, errBadRequest("the script of instance %s has no SELECT whose result could be downloaded", in.id)
	}
	return in, out, nil
}

// createDownload opens a download session of an instance's result.
func (s *Server) createDownload(c *call, a routeArgs) *apiError {
	in, out, err := s.finishedRows(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	id := strings.ToUpper(s.newRequestID())
	in.addDownload(id)
	doc := downloadDoc{DownloadID: id, Initiated: s.now().Unix(), Owner: c.accessKeyID,
		RecordCount: len(out.rows), Status: "normal", Schema: schemaDoc{PartitionKeys: []columnDoc{}}}
	for _, col := range out.cols {
		doc.Schema.Columns = append(doc.Schema.Columns, columnDoc{Name: col.Name, Type: tunnelType(col.Type), Nullable: true})
	}
	body, jerr := json.Marshal(doc)
	if jerr != nil {
		return &apiError{status: http.StatusInternalServerError, code: CodeInternalServerError,
			msg: "the fake cannot encode its answer", detail: jerr.Error()}
	}
	s.reply(c, http.StatusOK, "application/json", body)
	return nil
}

// rowRangeRE is the rowrange parameter, (start,count).
var rowRangeRE = regexp.MustCompile(`^\((\d{1,18}),(\d{1,18})\)$`)

// downloadData streams rows [start, start+count) of a download session
// as tunnel records.
func (s *Server) downloadData(c *call, a routeArgs) *apiError {
	in, out, err := s.finishedRows(a)
	if err != nil {
		return err
	}
	c.resource = in.id
	q := c.r.URL.Query()
	if !in.hasDownload(q.Get("downloadid")) {
		return errNotFound("no download session %s for instance %s: create one with POST ?downloads", shortPath(q.Get("downloadid")), in.id)
	}
	start, count := 0, len(out.rows)
	if rr, ok := q["rowrange"]; ok {
		m := rowRangeRE.FindStringSubmatch(strings.Join(rr, ""))
		if m == nil {
			return errBadRequest("rowrange %q is not (start,count)", shortPath(strings.Join(rr, "")))
		}
		start, _ = strconv.Atoi(m[1])
		count, _ = strconv.Atoi(m[2])
	}
	if start+count > len(out.rows) || start+count < start {
		return errBadRequest("rowrange (%d,%d) is beyond the %d records of the result", start, count, len(out.rows))
	}
	types := make([]string, len(out.cols))
	for i, col := range out.cols {
		types[i] = tunnelType(col.Type)
	}
	enc, eerr := tunnelwire.NewEncoder(c.w, types)
	if eerr != nil {
		return &apiError{status: http.StatusInternalServerError, code: CodeInternalServerError,
			msg: "the fake cannot encode this result for the tunnel", detail: eerr.Error()}
	}
	h := c.w.Header()
	h.Set("x-odps-request-id", c.requestID)
	h.Set("Content-Type", "application/octet-stream")
	c.w.WriteHeader(http.StatusOK)
	c.status, c.code = http.StatusOK, "OK"
	if werr := s.encodeRows(enc, out, start, count); werr != nil {
		// The status is sent: the client sees a stream without its
		// trailer, which it reports as truncated.
		c.code, c.detail = "StreamAborted", werr.Error()
	}
	return nil
}

func (s *Server) encodeRows(enc *tunnelwire.Encoder, out *taskOutput, start, count int) error {
	row := make([]any, len(out.cols))
	for _, r := range out.rows[start : start+count] {
		for i, v := range r {
			row[i] = tunnelValue(v, out.cols[i].Type, out.loc)
		}
		if err := enc.Encode(row); err != nil {
			return err
		}
	}
	return enc.Close()
}

// tunnelType is the tunnel schema's name of t: lower case, with
// parameters (decimal(10,2), varchar(5)), nested types spelled alike.
// The NULL literal's type, which no table has, is a string.
func tunnelType(t eval.Type) string {
	switch t.Kind {
	case eval.KindVoid:
		return "string"
	case eval.KindArray:
		return "array<" + tunnelType(*t.Elem) + ">"
	case eval.KindMap:
		return "map<" + tunnelType(*t.Key) + "," + tunnelType(*t.Elem) + ">"
	case eval.KindStruct:
		var b strings.Builder
		b.WriteString("struct<")
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "%s:%s", f.Name, tunnelType(f.Type))
		}
		b.WriteByte('>')
		return b.String()
	}
	return strings.ToLower(t.String())
}

// tunnelValue converts an evaluator value to the tunnelwire Go value of
// its type. DATETIME and TIMESTAMP values are wall-clock readings in the
// session's zone, loc: the tunnel carries the instant they name.
func tunnelValue(v eval.Value, t eval.Type, loc *time.Location) any {
	if v == nil {
		return nil
	}
	switch t.Kind {
	case eval.KindDecimal:
		return eval.FormatValue(v, t)
	case eval.KindJSON:
		if j, ok := v.(eval.JSON); ok {
			return j.String()
		}
	case eval.KindDatetime, eval.KindTimestamp:
		if tm, ok := v.(time.Time); ok {
			return time.Date(tm.Year(), tm.Month(), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(), tm.Nanosecond(), loc)
		}
	}
	return tunnelNested(v, t, loc)
}

// tunnelNested converts ARRAY, MAP and STRUCT values; other values are
// already what tunnelwire takes.
func tunnelNested(v eval.Value, t eval.Type, loc *time.Location) any {
	switch x := v.(type) {
	case []eval.Value:
		if t.Kind == eval.KindArray {
			return tunnelList(x, *t.Elem, loc)
		}
	case *eval.Map:
		if t.Kind == eval.KindMap {
			return tunnelwire.Map{Keys: tunnelList(x.Keys, *t.Key, loc), Values: tunnelList(x.Values, *t.Elem, loc)}
		}
	case *eval.Struct:
		if t.Kind == eval.KindStruct && len(x.Fields) == len(t.Fields) {
			fields := make([]any, len(x.Fields))
			for i, f := range x.Fields {
				fields[i] = tunnelValue(f, t.Fields[i].Type, loc)
			}
			return fields
		}
	}
	return v
}

func tunnelList(xs []eval.Value, elem eval.Type, loc *time.Location) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = tunnelValue(x, elem, loc)
	}
	return out
}
