package fake

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
	"github.com/mcsql/mcsql/functions"
	"github.com/mcsql/mcsql/parser"
)

func TestSelectResultIsCSV(t *testing.T) {
	h := newHarness(t, nil)
	status, text := h.run("SELECT 1 AS a, 'x,y' AS b, NULL AS c, 'say \"hi\"' AS d;", scriptMode())
	if status != "Success" {
		t.Fatalf("status %s, result %q", status, text)
	}
	// The spec: a header line, values as text, NULL is \N; RFC 4180
	// quoting, which encoding/csv reads back.
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("result is not CSV: %v\n%s", err, text)
	}
	want := [][]string{{"a", "b", "c", "d"}, {"1", "x,y", `\N`, `say "hi"`}}
	if len(recs) != 2 || strings.Join(recs[0], "|") != strings.Join(want[0], "|") || strings.Join(recs[1], "|") != strings.Join(want[1], "|") {
		t.Errorf("result %q, want records %q", text, want)
	}
}

func TestRunningIsReportedBeforeSuccess(t *testing.T) {
	h := newHarness(t, nil)
	path := h.submit("SELECT 1 AS a;", scriptMode())
	// Let the task end before the first poll: it must still be seen Running.
	deadline := time.Now().Add(time.Minute)
	for {
		in, _ := h.srv.lookup(routeArgs{project: project, instance: path[strings.LastIndexByte(path, '/')+1:]})
		if st, _ := in.snapshot(); st.terminal() || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	seen := h.wait(path)
	if strings.Join(seen, ",") != "Running,Success" {
		t.Errorf("statuses %v, want [Running Success]", seen)
	}
}

// localRun runs script with mcsql's evaluator as a local run does, on a
// fresh in-memory warehouse, and returns what it printed or its error.
func localRun(t *testing.T, script string) (string, error) {
	t.Helper()
	wh, err := warehouse.OpenMemory(warehouse.WithProject(project))
	if err != nil {
		t.Fatal(err)
	}
	defer wh.Close()
	var out bytes.Buffer
	sess := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Stdout: &out, Warehouse: wh})
	err = sess.Run(script)
	return out.String(), err
}

func TestSQLErrorHasPosition(t *testing.T) {
	h := newHarness(t, nil)
	script := "@t := SELECT 1 AS a;\nSELECT nosuch FROM @t;" // the second statement fails
	status, text := h.run(script, scriptMode())
	_, local := localRun(t, script)
	if local == nil {
		t.Fatal("the script should fail locally too")
	}
	if status != "Failed" || text != local.Error() {
		t.Errorf("status %s, result %q; want Failed, %q", status, text, local.Error())
	}
	if !strings.HasPrefix(text, "ODPS-0130071:[2,") {
		t.Errorf("result %q does not point at line 2", text)
	}
}

func TestScriptModeViolationFailsTask(t *testing.T) {
	h := newHarness(t, nil)
	script := "SELECT 1 AS a;\nSET odps.sql.timezone=UTC;\nSELECT 2 AS b;"
	parsed, err := parser.Parse(script)
	if err != nil {
		t.Fatal(err)
	}
	violations := eval.CheckScript(parsed)
	if len(violations) == 0 {
		t.Fatal("the script should break the script-mode rules")
	}
	status, text := h.run(script, scriptMode())
	if status != "Failed" || text != violations[0].Error() {
		t.Errorf("status %s, result %q; want Failed, %q", status, text, violations[0].Error())
	}
}

func TestParseErrorFailsTask(t *testing.T) {
	h := newHarness(t, nil)
	status, text := h.run("SELECT FROM WHERE;", scriptMode())
	if status != "Failed" || !strings.HasPrefix(text, "ODPS-0130161:[1,") {
		t.Errorf("status %s, result %q; want a Failed parse error", status, text)
	}
}

func TestStatementModeIsRefused(t *testing.T) {
	h := newHarness(t, nil)
	req := h.request(http.MethodPost, "/projects/"+project+"/instances", nil, submitDoc("SELECT 1;", map[string]string{}))
	status, hdr, body := h.do(req)
	e := errorOf(t, body)
	if status != http.StatusBadRequest || e.Code != CodeInvalidArgument || !strings.Contains(e.Message, SettingSubmitMode+"=script") {
		t.Errorf("status %d, %+v", status, e)
	}
	if e.RequestID == "" || hdr.Get("x-odps-request-id") != e.RequestID {
		t.Errorf("RequestId %q, header %q", e.RequestID, hdr.Get("x-odps-request-id"))
	}
}

func TestMalformedSubmissions(t *testing.T) {
	h := newHarness(t, nil)
	for name, body := range map[string]string{
		"not XML":      "SELECT 1;",
		"no SQL task":  `<Instance><Job><Tasks></Tasks></Job></Instance>`,
		"bad settings": `<Instance><Job><Tasks><SQL><Name>x</Name><Config><Property><Name>settings</Name><Value>[1]</Value></Property></Config><Query>SELECT 1;</Query></SQL></Tasks></Job></Instance>`,
	} {
		status, _, resp := h.do(h.request(http.MethodPost, "/projects/"+project+"/instances", nil, []byte(body)))
		if e := errorOf(t, resp); status != http.StatusBadRequest || e.Code != CodeInvalidArgument {
			t.Errorf("%s: status %d, %+v", name, status, e)
		}
	}
}

func TestHumanReadableMatchesLocalRun(t *testing.T) {
	h := newHarness(t, nil)
	script := `CREATE TABLE t (id BIGINT, name STRING, price DECIMAL(10,2), at DATETIME, ok BOOLEAN);
INSERT INTO t VALUES (1, 'apple', 1.25, DATETIME '2024-01-02 03:04:05', true),
  (2, NULL, NULL, NULL, false), (3, 'a longer name, with a comma', 100.5, DATETIME '2024-12-31 23:59:59', NULL);
SELECT id, name, price, at, ok, array(id, id * 2) AS arr FROM t ORDER BY id LIMIT 10;`
	want, err := localRun(t, script)
	if err != nil {
		t.Fatal(err)
	}
	status, text := h.run(script, scriptMode(SettingOutputFormat, "HumanReadable"))
	if status != "Success" || text != want {
		t.Errorf("status %s, result:\n%s\nwant, as a local run prints:\n%s", status, text, want)
	}
}

func TestTablesLastBetweenInstances(t *testing.T) {
	h := newHarness(t, nil)
	if status, text := h.run("CREATE TABLE kept (a BIGINT);\nINSERT INTO kept VALUES (7);", scriptMode()); status != "Success" {
		t.Fatalf("create: %s %s", status, text)
	}
	if status, text := h.run("SELECT a FROM kept;", scriptMode()); status != "Success" || text != "a\n7\n" {
		t.Errorf("select: %s %q", status, text)
	}
}

func TestHintsBecomeFlags(t *testing.T) {
	h := newHarness(t, nil)
	script := "SELECT CAST(DATETIME '2024-01-01 08:00:00' AS STRING) AS s, FROM_UNIXTIME(0) AS e;"
	_, utc := h.run(script, scriptMode("odps.sql.timezone", "UTC"))
	_, shanghai := h.run(script, scriptMode())
	if !strings.Contains(utc, "1970-01-01 00:00:00") || !strings.Contains(shanghai, "1970-01-01 08:00:00") {
		t.Errorf("the time zone hint was not applied: UTC %q, default %q", utc, shanghai)
	}
}

func TestBadHintFailsTask(t *testing.T) {
	h := newHarness(t, nil)
	status, text := h.run("SELECT 1 AS a;", scriptMode("odps.sql.timezone", "Nowhere/Atlantis"))
	if status != "Failed" || !strings.HasPrefix(text, "ODPS-0121095:Invalid argument - the task's settings: SET odps.sql.timezone") {
		t.Errorf("a bad setting: %s %q", status, text)
	}
}

func TestProgressAndLogView(t *testing.T) {
	h := newHarness(t, nil)
	path := h.submit("SELECT 1 AS a;", scriptMode())
	h.wait(path)
	status, body := h.get(path, "instanceprogress=AnonymousSQLTask")
	var p progressDoc
	if err := xml.Unmarshal(body, &p); status != http.StatusOK || err != nil || len(p.Stages) != 1 {
		t.Fatalf("progress: %d %v %s", status, err, body)
	}
	if st := p.Stages[0]; st.FinishedPercentage != 100 || st.Status != "Terminated" || st.OutRecords != 1 {
		t.Errorf("progress of a finished task: %+v", st)
	}
	status, body = h.get("/webconsole/host")
	if status != http.StatusOK || string(body) != h.http.URL+"/logview" {
		t.Fatalf("webconsole/host: %d %q", status, body)
	}
	id := path[strings.LastIndexByte(path, '/')+1:]
	resp, err := http.Get(string(body) + "/cn-hangzhou/job-insights?h=x&p=" + project + "&i=" + id)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var page bytes.Buffer
	_, _ = page.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(page.String(), id) || !strings.Contains(page.String(), "Success") {
		t.Errorf("log view page: %d %q", resp.StatusCode, page.String())
	}
}

func TestUnknownInstanceAndResource(t *testing.T) {
	h := newHarness(t, nil)
	for _, path := range []string{"/projects/" + project + "/instances/20240101000000000gnosuch", "/projects/" + project + "/nothing/here"} {
		status, body := h.get(path, "taskstatus")
		if e := errorOf(t, body); status != http.StatusNotFound || e.Code != CodeNoSuchObject {
			t.Errorf("%s: %d %+v", path, status, e)
		}
	}
	// Another project's instance is not found either.
	path := h.submit("SELECT 1 AS a;", scriptMode())
	other := strings.Replace(path, "/projects/"+project+"/", "/projects/other/", 1)
	if status, _ := h.get(other, "taskstatus"); status != http.StatusNotFound {
		t.Errorf("instance seen from another project: %d", status)
	}
}

func TestEvictsOldestFinishedInstances(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.MaxInstances = 2 })
	first := h.submit("SELECT 1 AS a;", scriptMode())
	h.wait(first)
	for i := 0; i < 2; i++ {
		h.wait(h.submit("SELECT 1 AS a;", scriptMode()))
	}
	if status, _ := h.get(first, "taskstatus"); status != http.StatusNotFound {
		t.Errorf("the oldest instance beyond MaxInstances is still kept: %d", status)
	}
}
