package kmstest

import (
	"fmt"
	"testing"
)

func TestSetupPrintsNoSecret(t *testing.T) {
	s, err := NewSetup()
	if err != nil {
		t.Fatal(err)
	}
	want := "kmstest setup: policy of 1 users and 6 roles, caller acs:ram::1111111111111111:user/alice (access key LTAIkmstestAlice0001)"
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		if got := fmt.Sprintf(format, s); got != want {
			t.Fatalf("Sprintf(%s) = %q\nwant %q", format, got, want)
		}
	}
	if got := fmt.Sprintf("%+v", s.Caller); got != "acs:ram::1111111111111111:user/alice (access key LTAIkmstestAlice0001)" {
		t.Fatalf("caller prints as %q", got)
	}
}
