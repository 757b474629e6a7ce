package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exampleDefs are the placeholder values the documentation suggests, and
// some for the others.
var exampleDefs = map[string]string{
	"RegionId": "cn-hangzhou", "UserId": "123456789", "CmkId": "key-xxxxxxx",
	"roleName": "MyEncryptionRole", "UserAId": "111", "UserBId": "222",
	"roleName2": "Role2", "roleName3": "Role3", "wrapped_keyset": "0A0B0C",
}

func exampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../shared/examples/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		files, _ = filepath.Glob("/work/shared/examples/*.sql")
	}
	if len(files) < 11 {
		t.Fatalf("found %d example files, want at least 11", len(files))
	}
	return files
}

// countStatements counts the statements of an example the simple way: the
// examples have no IF, so every statement ends with a ';' at the end of a
// line, outside strings and comments.
func countStatements(src string) int {
	n := 0
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "--") && strings.HasSuffix(line, ";") {
			n++
		}
	}
	return n
}

func TestExamplesParse(t *testing.T) {
	for _, f := range exampleFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		want := countStatements(src)
		for _, tc := range []struct {
			name, src string
		}{{"raw", src}, {"substituted", Substitute(src, exampleDefs)}} {
			t.Run(filepath.Base(f)+"/"+tc.name, func(t *testing.T) {
				s, err := Parse(tc.src)
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if len(s.Stmts) != want {
					t.Errorf("got %d statements, want %d", len(s.Stmts), want)
				}
			})
		}
	}
}
