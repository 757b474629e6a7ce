package odps

import (
	"encoding/xml"
	"net/http"
	"testing"
)

// FuzzSubmitBody: whatever the script, the submitted document is XML that
// gives the script back exactly (CDATA split at "]]>" included), or
// submitBody refuses the script with an error: never a document
// MaxCompute would read differently.
func FuzzSubmitBody(f *testing.F) {
	for _, s := range []string{"select 1;", "select ']]>' as x;", "]]]]>>", "select '\x00';", "\xff\xfe", "a\r\nb", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		body, err := submitBody(script, map[string]string{"k": script})
		if err != nil {
			return
		}
		var doc struct {
			Query    string `xml:"Job>Tasks>SQL>Query"`
			Settings []struct {
				Name  string `xml:"Name"`
				Value string `xml:"Value"`
			} `xml:"Job>Tasks>SQL>Config>Property"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("submitBody(%q) made a document XML cannot read: %v", script, err)
		}
		if doc.Query != script {
			t.Fatalf("submitBody(%q): the document's query is %q", script, doc.Query)
		}
	})
}

// FuzzParseCSV: any result text parses or fails with an error, and a
// parsed result's rows all have the header's width.
func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{"a,b\n1,\\N\n", "\"x,y\",z\n", "a\n\"unterminated", "", "\n\n", "a,b\n1\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		cols, rows, err := ParseCSV(text)
		if err != nil {
			return
		}
		for i, r := range rows {
			if len(r) != len(cols) {
				t.Fatalf("row %d has %d fields for %d columns", i, len(r), len(cols))
			}
		}
	})
}

// FuzzParseError: any error body becomes an Error whose text is bounded.
func FuzzParseError(f *testing.F) {
	for _, s := range []string{"<Error><Code>SignatureNotMatch</Code><Message>m</Message><RequestId>r</RequestId></Error>", "<html>proxy</html>", "plain text", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		e := parseError(http.StatusBadGateway, http.Header{}, []byte(body))
		if msg := e.Error(); len(msg) > 4*maxErrorMessage+1024 {
			t.Fatalf("an error body of %d bytes made a message of %d", len(body), len(msg))
		}
	})
}
