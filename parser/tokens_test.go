package parser

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	src := "select x'0A', r'(a)' /* c */ from t; set a.b = 'c';select 'open"
	toks, open := Tokens(src)
	type tok struct {
		kind TokenKind
		text string
	}
	var got []tok
	for _, tk := range toks {
		if src[tk.Start:tk.End] != tk.Text && tk.Kind != TokenWord {
			t.Errorf("token %q at [%d,%d) is %q in the source", tk.Text, tk.Start, tk.End, src[tk.Start:tk.End])
		}
		got = append(got, tok{tk.Kind, tk.Text})
	}
	want := []tok{
		{TokenWord, "SELECT"}, {TokenLiteral, "x'0A'"}, {TokenSymbol, ","}, {TokenLiteral, "r'(a)'"},
		{TokenWord, "FROM"}, {TokenWord, "T"}, {TokenSymbol, ";"},
		{TokenWord, "SET"}, {TokenSetText, "a.b = 'c'"}, {TokenSymbol, ";"},
		{TokenWord, "SELECT"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %v\nwant %v", got, want)
	}
	if want := len(src) - len("'open"); open != want {
		t.Errorf("open = %d, want %d (the unterminated string)", open, want)
	}
	if _, open := Tokens("select 1;"); open != -1 {
		t.Errorf("open = %d for finished text, want -1", open)
	}
}
