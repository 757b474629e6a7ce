package fake

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzReadSubmission: any Instance document is read or refused with a
// 4xx error, never a panic; a document that is read has one SQL task.
func FuzzReadSubmission(f *testing.F) {
	for _, s := range []string{
		`<Instance><Job><Tasks><SQL><Name>t</Name><Config><Property><Name>settings</Name><Value>{"odps.sql.submit.mode":"script"}</Value></Property></Config><Query><![CDATA[select 1;]]></Query></SQL></Tasks></Job></Instance>`,
		`<Instance><Job><Tasks><SQL/><SQL/></Tasks></Job></Instance>`,
		`<Instance><Job><Tasks><SQL><Config><Property><Name>settings</Name><Value>[1]</Value></Property></Config></SQL></Tasks></Job></Instance>`,
		`not xml`, ``,
	} {
		f.Add(s)
	}
	s := &Server{opt: Options{MaxScriptBytes: 1 << 16}}
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest("POST", "/api/projects/p/instances", strings.NewReader(body))
		task, settings, aerr := s.readSubmission(r)
		if aerr != nil {
			if aerr.status < 400 || aerr.status >= 500 {
				t.Fatalf("refused with status %d", aerr.status)
			}
			return
		}
		if task == nil || settings == nil {
			t.Fatal("a document read without its task or settings")
		}
	})
}
