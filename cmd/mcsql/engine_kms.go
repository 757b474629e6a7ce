package main

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/local"
	"github.com/mcsql/mcsql/parser"
)

// wrappedKeysetCalls are the functions whose first argument is the CMK
// that wraps a keyset; MaxCompute calls Alibaba Cloud KMS with it.
var wrappedKeysetCalls = map[string]bool{
	"NEW_WRAPPED_KEYSET": true, "REWRAP_KEYSET": true, "ROTATE_WRAPPED_KEYSET": true, "USE_WRAPPED_KEYSET": true,
}

// localKMSKeys returns a loader of the CMK ids in mcsql's local key store
// under home. The store is only read.
func localKMSKeys(home string) func() (map[string]bool, error) {
	return func() (map[string]bool, error) {
		keys, err := local.NewStore(local.DefaultPath(home), local.Options{}).ListKeys(context.Background())
		if err != nil {
			return nil, err
		}
		ids := make(map[string]bool, len(keys))
		for _, k := range keys {
			ids[k.KeyID] = true
		}
		return ids, nil
	}
}

// localKMSCalls finds the wrapped-keyset calls whose CMK MaxCompute
// cannot reach: a CMK of mcsql's local KMS (its id is in the local key
// store), mcsql's placeholder account, or the documentation's masked ARNs
// ('*' in the account or key id). The ARN is the call's string literal,
// or the literal a @variable was assigned (@cmk := 'acs:kms:...';); an
// ARN computed at run time is left to MaxCompute. keys is called only
// when such a call exists.
func localKMSCalls(src string, keys func() (map[string]bool, error)) []error {
	toks, _ := parser.Tokens(src)
	vars := literalVariables(toks)
	var errs []error
	var local map[string]bool
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if t.Kind != parser.TokenWord || !wrappedKeysetCalls[t.Text] || toks[i+1].Text != "(" {
			continue
		}
		arn, ok := literalArgument(toks[i+2], vars)
		if !ok {
			continue
		}
		key, err := kms.ParseKeyARN(arn)
		if err != nil {
			continue // not an ARN: the function's own error, on MaxCompute
		}
		if local == nil {
			if local, err = keys(); err != nil {
				errs = append(errs, fmt.Errorf("cannot read the local KMS's key store to check the script's CMKs: %w", err))
				local = map[string]bool{}
			}
		}
		if why := unreachableCMK(key, local); why != "" {
			errs = append(errs, &eval.Error{Code: eval.CodeSemantic, Pos: tokenPos(src, t.Start), HasPos: true,
				Msg: fmt.Sprintf(notSent+"%s names CMK %s, %s; MaxCompute asks Alibaba Cloud KMS for it and would fail. "+
					"Wrap the keyset with a CMK of Alibaba Cloud KMS: REWRAP_KEYSET with that CMK's ARN (run with --kms aliyun), and pass its ARN here",
					t.Text, key, why)})
		}
	}
	return errs
}

// unreachableCMK says why MaxCompute cannot use key, or "" when it may.
func unreachableCMK(key kms.KeyARN, local map[string]bool) string {
	switch {
	case local[key.KeyID]:
		return "a key of mcsql's local KMS (kept in $MCSQL_HOME/kms/keystore.json, on this machine only)"
	case key.Account == functions.DefaultUserID:
		return "whose account " + functions.DefaultUserID + " is mcsql's placeholder, no Alibaba Cloud account"
	case strings.Contains(key.Account, "*") || strings.Contains(key.KeyID, "*"):
		return "a masked ARN copied from the documentation ('*' in it)"
	}
	return ""
}

// literalVariables maps each @variable assigned a string literal
// (@cmk := 'acs:kms:...';) to the literal's text. A variable assigned
// twice is dropped: which value a call sees depends on the order.
func literalVariables(toks []parser.Token) map[string]string {
	vars := map[string]string{}
	seen := map[string]int{}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Kind != parser.TokenVar || toks[i+1].Text != ":=" {
			continue
		}
		name := strings.ToLower(toks[i].Text)
		seen[name]++
		if s, ok := stringLiteral(toks[i+2]); ok && toks[i+3].Text == ";" {
			vars[name] = s
		}
	}
	for name, n := range seen {
		if n > 1 {
			delete(vars, name)
		}
	}
	return vars
}

// literalArgument is the string a call's argument token stands for: a
// string literal, or a @variable assigned one.
func literalArgument(t parser.Token, vars map[string]string) (string, bool) {
	if t.Kind == parser.TokenVar {
		s, ok := vars[strings.ToLower(t.Text)]
		return s, ok
	}
	return stringLiteral(t)
}

// stringLiteral is the text of a plain quoted literal; one with escapes
// is skipped (no ARN has any).
func stringLiteral(t parser.Token) (string, bool) {
	s := t.Text
	if t.Kind != parser.TokenLiteral || len(s) < 2 || (s[0] != '\'' && s[0] != '"') || s[len(s)-1] != s[0] {
		return "", false
	}
	s = s[1 : len(s)-1]
	if strings.ContainsAny(s, `\'"`) {
		return "", false
	}
	return s, true
}

// tokenPos is the 1-based line and character column of byte offset off.
func tokenPos(src string, off int) parser.Pos {
	line := 1 + strings.Count(src[:off], "\n")
	lineStart := strings.LastIndexByte(src[:off], '\n') + 1
	return parser.Pos{Line: line, Col: 1 + utf8.RuneCountInString(src[lineStart:off])}
}
