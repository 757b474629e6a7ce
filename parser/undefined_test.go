package parser

import (
	"fmt"
	"testing"
)

func TestUndefined(t *testing.T) {
	defs := map[string]string{"RegionId": "cn-hangzhou"}
	tests := []struct {
		name, src, want string
	}{
		{"none", "select 1;", "[]"},
		{"defined ones are left out", "'${<RegionId>}' '<RegionId>'", "[]"},
		{"each form", "@a := 'acs:kms:${<RegionId>}:${<UserId>}:key/${CmkId}';\nselect unhex('<wrapped_keyset>'), ${bizdate};",
			"[UserId [1,30] CmkId [1,46] wrapped_keyset [2,14] bizdate [2,35]]"},
		{"first position only", "'${a}' '${b}'\n'${a}' '<b>'", "[a [1,2] b [1,9]]"},
		{"double quotes", `"<k>" "${<x>}"`, "[k [1,1] x [1,8]]"},
		{"comments do not count", "-- '<k>' ${a}\n/* ${b} '<c>' */ select 1;", "[]"},
		{"columns count characters", "'é${a}'", "[a [1,3]]"},
		{"not an identifier", "'${1}' '<a b>' '<>' '${}' '${<>}'", "[]"},
		{"not a whole literal", "'a<k>' '<k>b' select <k>;", "[]"},
		{"unclosed", "'${a' ${b\n}", "[]"},
		{"quoted name", "`${t}`", "[t [1,2]]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprint(Undefined(tc.src, defs)); got != tc.want {
				t.Errorf("Undefined(%q) = %s, want %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestUndefinedHint(t *testing.T) {
	one := []Placeholder{{"wrapped_keyset", Pos{9, 16}}}
	if got, want := UndefinedHint(one), "placeholder wrapped_keyset is not defined: run mcsql with -D wrapped_keyset=VALUE"; got != want {
		t.Errorf("one: %q, want %q", got, want)
	}
	two := append(one, Placeholder{"RegionId", Pos{7, 32}})
	if got, want := UndefinedHint(two), "placeholders wrapped_keyset [9,16], RegionId [7,32] are not defined: run mcsql with -D wrapped_keyset=VALUE -D RegionId=VALUE"; got != want {
		t.Errorf("two: %q, want %q", got, want)
	}
}
