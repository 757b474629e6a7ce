package parser

import "testing"

func TestSubstitute(t *testing.T) {
	defs := map[string]string{
		"RegionId": "cn-hangzhou", "UserId": "123", "bizdate": "20240101",
		"wrapped_keyset": "0A0B", "quote": `it's \ here`,
	}
	tests := []struct {
		name, src, want string
	}{
		{"angle placeholders in a string", "'acs:kms:${<RegionId>}:${<UserId>}:key/x'", "'acs:kms:cn-hangzhou:123:key/x'"},
		{"plain placeholder anywhere", "select * from t where ds = ${bizdate};", "select * from t where ds = 20240101;"},
		{"placeholder in double quotes", `"${bizdate}"`, `"20240101"`},
		{"whole literal", "unhex('<wrapped_keyset>')", "unhex('0A0B')"},
		{"whole literal in double quotes", `unhex("<wrapped_keyset>")`, `unhex("0A0B")`},
		{"whole literal value is escaped", "'<quote>'", `'it\'s \\ here'`},
		{"whole literal value in double quotes", `"<quote>"`, `"it's \\ here"`},
		{"undefined placeholders stay", "'${<Nope>}' ${nope} '<nope>'", "'${<Nope>}' ${nope} '<nope>'"},
		{"angle text that is not a whole literal", "'a<wrapped_keyset>' '<wrapped_keyset>b'", "'a<wrapped_keyset>' '<wrapped_keyset>b'"},
		{"angle text outside a literal", "select <wrapped_keyset>;", "select <wrapped_keyset>;"},
		{"between literals", "'a'<wrapped_keyset>'b'", "'a'<wrapped_keyset>'b'"},
		{"escaped quote inside a literal", `'x\'<wrapped_keyset>'`, `'x\'<wrapped_keyset>'`},
		{"placeholder in a comment", "-- day ${bizdate}\nselect 1;", "-- day 20240101\nselect 1;"},
		{"quote in a comment does not open a literal", "-- it's\nselect '<wrapped_keyset>';", "-- it's\nselect '0A0B';"},
		{"block comment", "/* '<wrapped_keyset>' */ '<wrapped_keyset>'", "/* '<wrapped_keyset>' */ '0A0B'"},
		{"raw string", "R'(it's ${bizdate})'", "R'(it's 20240101)'"},
		{"quoted name", "`${bizdate}` '<wrapped_keyset>'", "`20240101` '0A0B'"},
		{"unclosed placeholder", "'${bizdate' ${", "'${bizdate' ${"},
		{"placeholder does not span lines", "${biz\ndate}", "${biz\ndate}"},
		{"unterminated literal is copied", "'${bizdate}", "'20240101"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Substitute(tc.src, defs); got != tc.want {
				t.Errorf("Substitute(%q):\n got %q\nwant %q", tc.src, got, tc.want)
			}
		})
	}
	if got := Substitute("'${bizdate}'", nil); got != "'${bizdate}'" {
		t.Errorf("with no definitions: got %q", got)
	}
}

// TestSubstitutedLiteralValue checks that a whole-literal replacement
// parses back to exactly the defined value.
func TestSubstitutedLiteralValue(t *testing.T) {
	for _, v := range []string{`it's`, `a\b`, `say "x"`, `\'`, ""} {
		for _, q := range []string{"'", `"`} {
			src := Substitute("select "+q+"<v>"+q+";", map[string]string{"v": v})
			lit, ok := parseExpr1(t, src[len("select "):len(src)-1]).(*Literal)
			if !ok || lit.Text != v {
				t.Errorf("value %q in %s: parsed %v", v, src, lit)
			}
		}
	}
}
