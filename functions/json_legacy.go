package functions

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// GET_JSON_OBJECT's legacy behaviour, chosen by
// SET odps.sql.udf.getjsonobj.new=false (the default of projects created
// before January 21, 2021; mcsql's default is the new behaviour). The
// string functions page documents it: JSON reserved characters in the
// result are escaped ('\n', '\"'), a duplicate key makes the JSON
// unparsable (NULL), so do emoji, and objects come out with their members
// in alphabetical order.

// getJSONObjLegacyFlag is the session flag that selects the behaviour.
const getJSONObjLegacyFlag = "odps.sql.udf.getjsonobj.new"

// legacyGetJSONObject reports whether ctx's session asked for the legacy
// behaviour.
func legacyGetJSONObject(ctx *eval.CallContext) bool {
	if ctx == nil || ctx.Flag == nil {
		return false
	}
	v, ok := ctx.Flag(getJSONObjLegacyFlag)
	return ok && strings.EqualFold(strings.TrimSpace(v), "false")
}

// errDuplicateKey stops the legacy parser: such JSON gives NULL.
var errDuplicateKey = errors.New("duplicate key")

// legacyGetJSONObjectSteps is the legacy per-row work: parse doc (NULL
// when invalid, with a duplicate key or an emoji), walk the steps, render.
func legacyGetJSONObjectSteps(doc string, steps []jsonStep) eval.Value {
	if hasSupplementary(doc) {
		return nil
	}
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	root, err := legacyParse(dec)
	if err != nil {
		return nil
	}
	if _, err := dec.Token(); err != io.EOF { // text after the value
		return nil
	}
	matches, wild := []any{root}, false
	for _, st := range steps {
		wild = wild || st.wildcard
		var next []any
		for _, m := range matches {
			next = legacyStep(m, st, next)
		}
		if len(next) == 0 {
			return nil
		}
		matches = next
	}
	if wild && len(matches) > 1 {
		return legacyJSON(matches)
	}
	switch v := matches[0].(type) {
	case nil:
		return nil
	case string:
		quoted := legacyJSON(v) // the escaped text without its quotes
		return quoted[1 : len(quoted)-1]
	case json.Number:
		return string(v)
	case bool:
		if v {
			return "true"
		}
		return "false"
	default:
		return legacyJSON(v)
	}
}

// hasSupplementary reports an emoji (a character beyond U+FFFF), written
// as such or as a \uD8xx surrogate escape; the legacy parser rejects them.
func hasSupplementary(doc string) bool {
	for i := 0; i < len(doc); {
		r, n := utf8.DecodeRuneInString(doc[i:])
		if r > 0xFFFF {
			return true
		}
		if doc[i] == '\\' && i+2 < len(doc) && doc[i+1] == 'u' && (doc[i+2] == 'd' || doc[i+2] == 'D') &&
			i+3 < len(doc) && strings.IndexByte("89abAB", doc[i+3]) >= 0 {
			return true
		}
		i += n
	}
	return false
}

// legacyParse reads one JSON value as maps, slices, strings, json.Number,
// bools and nil, failing on a duplicate key.
func legacyParse(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		obj := map[string]any{}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, err
			}
			key, _ := k.(string)
			if _, dup := obj[key]; dup {
				return nil, errDuplicateKey
			}
			if obj[key], err = legacyParse(dec); err != nil {
				return nil, err
			}
		}
		_, err = dec.Token() // }
		return obj, err
	case json.Delim('['):
		arr := []any{}
		for dec.More() {
			v, err := legacyParse(dec)
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		_, err = dec.Token() // ]
		return arr, err
	}
	return tok, nil
}

// legacyStep appends to out the values step st selects in v.
func legacyStep(v any, st jsonStep, out []any) []any {
	switch v := v.(type) {
	case map[string]any:
		if m, ok := v[st.name]; ok && !st.isIndex && !st.wildcard {
			out = append(out, m)
		}
	case []any:
		switch {
		case st.wildcard:
			out = append(out, v...)
		case st.isIndex && st.index < len(v):
			out = append(out, v[st.index])
		}
	}
	return out
}

// legacyJSON renders v as compact JSON with sorted object members (Go's
// encoding of maps) and without HTML escaping.
func legacyJSON(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return ""
	}
	return strings.TrimSuffix(b.String(), "\n")
}
