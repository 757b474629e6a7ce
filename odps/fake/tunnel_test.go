package fake

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/odps/tunnelwire"
)

// openDownload opens a download session at the tunnel host the fake
// names, as the SDKs do: GET ?service, then POST ?downloads there.
func (h *harness) openDownload(path string) (int, downloadDoc, []byte) {
	h.t.Helper()
	status, host := h.get("/projects/"+project+"/tunnel", "service")
	if status != http.StatusOK || "http://"+string(host) != h.http.URL {
		h.t.Fatalf("tunnel?service: %d %q, want the fake's host %s", status, host, h.http.URL)
	}
	req := h.request(http.MethodPost, "/"+path, url.Values{"downloads": {""}}, nil)
	status, _, body := h.do(req)
	var doc downloadDoc
	if status == http.StatusOK {
		if err := json.Unmarshal(body, &doc); err != nil {
			h.t.Fatalf("downloads: %v: %s", err, body)
		}
	}
	return status, doc, body
}

// download reads rowrange (start,count) of a session and decodes it.
func (h *harness) download(path string, doc downloadDoc, rowrange string) ([][]any, error) {
	h.t.Helper()
	q := url.Values{"downloadid": {doc.DownloadID}, "data": {""}}
	if rowrange != "" {
		q.Set("rowrange", rowrange)
	}
	req := h.request(http.MethodGet, "/"+path, q, nil)
	status, _, body := h.do(req)
	if status != http.StatusOK {
		h.t.Fatalf("data: %d %s", status, body)
	}
	types := make([]string, len(doc.Schema.Columns))
	for i, c := range doc.Schema.Columns {
		types[i] = c.Type
	}
	dec, err := tunnelwire.NewDecoder(bytes.NewReader(body), types)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for {
		row, err := dec.Decode()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		rows = append(rows, row)
	}
}

func TestFiftyThousandRowsThroughTheTunnel(t *testing.T) {
	h := newHarness(t, nil)
	const n = 50000
	path := h.submit(`SET odps.sql.max.sequence.length=100000;
SELECT x AS id, CONCAT('row', CAST(x AS STRING)) AS name, IF(x % 2 = 0, NULL, x / 2) AS half
FROM (SELECT explode(sequence(1, 50000)) AS x) t ORDER BY id LIMIT 100000;`, scriptMode())
	if seen := h.wait(path); seen[len(seen)-1] != "Success" {
		_, text, _ := h.result(path)
		t.Fatalf("statuses %v: %s", seen, text)
	}
	// The result API holds the first 10,000 rows, as MaxCompute's does.
	_, text, _ := h.result(path)
	if lines := strings.Count(text, "\n"); lines != ResultRowLimit+1 {
		t.Errorf("the result CSV has %d lines, want a header and %d rows", lines, ResultRowLimit)
	}
	status, doc, body := h.openDownload(path)
	if status != http.StatusOK || doc.RecordCount != n || doc.Status != "normal" {
		t.Fatalf("downloads: %d %s", status, body)
	}
	var types []string
	for _, c := range doc.Schema.Columns {
		types = append(types, c.Name+" "+c.Type)
	}
	if got := strings.Join(types, ", "); got != "id int, name string, half double" {
		t.Errorf("schema %s", got)
	}
	rows, err := h.download(path, doc, "(0,50000)")
	if err != nil || len(rows) != n {
		t.Fatalf("decoded %d rows, %v", len(rows), err)
	}
	for i, row := range rows {
		id := int64(i + 1)
		var half any
		if id%2 != 0 {
			half = float64(id) / 2
		}
		if row[0] != id || row[1] != "row"+strconv.FormatInt(id, 10) || row[2] != half {
			t.Fatalf("row %d = %v, want [%d row%d %v]", i, row, id, id, half)
		}
	}
	// A range in the middle.
	part, err := h.download(path, doc, "(49990,10)")
	if err != nil || len(part) != 10 || part[0][0] != int64(49991) {
		t.Errorf("rowrange (49990,10): %d rows, %v, first %v", len(part), err, part)
	}
}

func TestTunnelTypedValues(t *testing.T) {
	h := newHarness(t, nil)
	path := h.submit(`SELECT CAST(1.25 AS DECIMAL(10,2)) AS d, DATETIME '2024-01-02 03:04:05' AS dt, DATE '2024-01-02' AS day,
  true AS b, CAST('ab' AS BINARY) AS bin, array(1, 2) AS arr, map('k', 1) AS m, named_struct('x', 1, 'y', 'z') AS st;`, scriptMode())
	if seen := h.wait(path); seen[len(seen)-1] != "Success" {
		_, text, _ := h.result(path)
		t.Fatalf("statuses %v: %s", seen, text)
	}
	status, doc, body := h.openDownload(path)
	if status != http.StatusOK {
		t.Fatalf("downloads: %d %s", status, body)
	}
	rows, err := h.download(path, doc, "")
	if err != nil || len(rows) != 1 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	row := rows[0]
	shanghai, _ := eval.LoadTimeZone(eval.DefaultTimeZone)
	wantDT := time.Date(2024, 1, 2, 3, 4, 5, 0, shanghai) // the wall clock in the session's zone
	if row[0] != "1.25" {
		t.Errorf("decimal %#v", row[0])
	}
	if dt, ok := row[1].(time.Time); !ok || !dt.Equal(wantDT) {
		t.Errorf("datetime %v, want the instant %v", row[1], wantDT)
	}
	if day, ok := row[2].(time.Time); !ok || day.Format("2006-01-02") != "2024-01-02" {
		t.Errorf("date %v", row[2])
	}
	if row[3] != true || string(row[4].([]byte)) != "ab" {
		t.Errorf("boolean %v, binary %v", row[3], row[4])
	}
	if arr, ok := row[5].([]any); !ok || len(arr) != 2 || arr[1] != int64(2) {
		t.Errorf("array %#v", row[5])
	}
	if m, ok := row[6].(tunnelwire.Map); !ok || len(m.Keys) != 1 || m.Keys[0] != "k" || m.Values[0] != int64(1) {
		t.Errorf("map %#v", row[6])
	}
	if st, ok := row[7].([]any); !ok || len(st) != 2 || st[0] != int64(1) || st[1] != "z" {
		t.Errorf("struct %#v", row[7])
	}
	var types []string
	for _, c := range doc.Schema.Columns {
		types = append(types, c.Type)
	}
	if got := strings.Join(types, " "); got != "decimal(10,2) datetime date boolean binary array<int> map<string,int> struct<x:int,y:string>" {
		t.Errorf("schema types %s", got)
	}
}

func TestTunnelRefusals(t *testing.T) {
	h := newHarness(t, nil)
	failedPath := h.submit("SELECT nosuch;", scriptMode())
	h.wait(failedPath)
	ddlPath := h.submit("CREATE TABLE t (a BIGINT);", scriptMode())
	h.wait(ddlPath)
	h.srv.SetTaskDelay(time.Hour)
	slowPath := h.submit("SELECT 1 AS a;", scriptMode())
	for name, path := range map[string]string{"failed": failedPath, "no SELECT": ddlPath, "running": slowPath} {
		status, _, body := h.openDownload(path)
		var e errorDoc
		if err := json.Unmarshal(body, &e); err != nil || status != http.StatusBadRequest || e.Code != CodeInvalidArgument || e.RequestID == "" {
			t.Errorf("%s: %d %s (tunnel errors are JSON)", name, status, body)
		}
	}
	h.do(h.request(http.MethodPut, slowPath, nil, []byte("<Instance><Status>Terminated</Status></Instance>")))

	h.srv.SetTaskDelay(0)
	okPath := h.submit("SELECT 1 AS a;", scriptMode())
	h.wait(okPath)
	_, doc, _ := h.openDownload(okPath)
	for name, q := range map[string]url.Values{
		"unknown session": {"downloadid": {"NOSUCH"}, "data": {""}},
		"range too long":  {"downloadid": {doc.DownloadID}, "data": {""}, "rowrange": {"(0,2)"}},
		"bad range":       {"downloadid": {doc.DownloadID}, "data": {""}, "rowrange": {"0-1"}},
	} {
		status, _, body := h.do(h.request(http.MethodGet, "/"+okPath, q, nil))
		if status < 400 || !json.Valid(body) {
			t.Errorf("%s: %d %s", name, status, body)
		}
	}
	// An injected fault on a tunnel request is the tunnel's JSON too.
	if err := h.srv.FailNext(1, http.StatusServiceUnavailable); err != nil {
		t.Fatal(err)
	}
	status, _, body := h.do(h.request(http.MethodPost, "/"+okPath, url.Values{"downloads": {""}}, nil))
	var e errorDoc
	if err := json.Unmarshal(body, &e); err != nil || status != http.StatusServiceUnavailable || e.Code != CodeServiceUnavailable {
		t.Errorf("injected 503 on the tunnel: %d %s", status, body)
	}
}
