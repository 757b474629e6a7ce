package parser

import (
	"strings"
	"testing"
)

func TestShortText(t *testing.T) {
	if got := ShortText("short"); got != "short" {
		t.Errorf("ShortText(short) = %q", got)
	}
	// 'é' is two bytes; 33 of them put byte 64 inside a rune, which must
	// not be split.
	s := strings.Repeat("é", 100)
	got := ShortText(s)
	want := strings.Repeat("é", 32) + "... (200 bytes)"
	if got != want {
		t.Errorf("ShortText(100 é) = %q, want %q", got, want)
	}
}

func TestBoundMessage(t *testing.T) {
	normal := "column x cannot be resolved; " + strings.Repeat("long words in a normal message ", 30)
	if len(normal) > MaxMessageBytes {
		t.Fatalf("test message is %d bytes", len(normal))
	}
	if got := BoundMessage(normal); got != normal {
		t.Errorf("a normal message was changed: %q", got)
	}
	huge := strings.Repeat("b", 1000)
	got := BoundMessage("value '" + huge + "' cannot be casted")
	want := "value '" + strings.Repeat("b", 63) + "...' (1002 bytes) cannot be casted"
	if got != want {
		t.Errorf("BoundMessage = %q, want %q", got, want)
	}
	spaces := BoundMessage("value '" + strings.Repeat("b ", 5000) + "'")
	if len(spaces) > MaxMessageBytes+64 || !strings.HasSuffix(spaces, "... (message of 10008 bytes cut)") {
		t.Errorf("BoundMessage of spaced text = %d bytes, ends %q", len(spaces), spaces[len(spaces)-60:])
	}
}
