package functions

import (
	"testing"
)

func TestGetJSONObject(t *testing.T) {
	const store = `{"store":{"fruit":[{"weight":8,"type":"apple"},{"weight":9,"type":"pear"}],
		"bicycle":{"price":19.95,"color":"red"}},"email":"amy@only_for_json_udf_test.net","owner":"amy"}`
	const nested = `{"aaa":"bbb","ccc":{"ddd":"eee","fff":"ggg","hhh":["h0","h1","h2"]},"iii":"jjj"}`
	const keyset = `{"masked_keyset":{"primary_key_id":1,"key":[{"key_meta_data":{"type":"AES-GCM-256"},"key_id":1}]}}`
	j := func(doc, path string, want any) testCase {
		return testCase{name: path + " in " + doc, fn: "get_json_object", args: args(doc, path), want: want}
	}
	runCases(t, []testCase{
		j(store, "$.owner", "amy"),
		j(store, "$.store.fruit[0]", `{"weight":8,"type":"apple"}`),
		j(store, "$.store.fruit[1].type", "pear"),
		j(store, "$.store.fruit[*].weight", "[8,9]"),
		j(store, "$.store.bicycle.price", "19.95"),
		j(store, "$.store.bicycle", `{"price":19.95,"color":"red"}`),
		j(store, "$['store']['bicycle']['color']", "red"),
		j(store, `$["owner"]`, "amy"),
		j(store, "$.non_exist_key", nil),
		j(store, "$.store.fruit[2]", nil),
		j(store, "$.owner.name", nil),
		j(store, "$.owner[0]", nil),
		j(store, "$.store[*]", nil),
		j(`{"array":[["aaaa",1111],["bbbb",2222],["cccc",3333]]}`, "$.array[1][1]", "2222"),
		j(nested, "$.ccc.hhh[*]", `["h0","h1","h2"]`),
		j(nested, "$.ccc.hhh[1]", "h1"),
		j(nested, "$.ccc", `{"ddd":"eee","fff":"ggg","hhh":["h0","h1","h2"]}`),
		j(keyset, "$.masked_keyset", `{"primary_key_id":1,"key":[{"key_meta_data":{"type":"AES-GCM-256"},"key_id":1}]}`),
		j(`{"masked_keyset":{"key":[{"key_meta_data":{"type":"AES-GCM-256"}}]}}`, "$.masked_keyset.key[0].key_meta_data.type", "AES-GCM-256"),
		j(`{"z":1, "a" : [ 1 , 2 ] }`, "$", `{"z":1,"a":[1,2]}`),
		j(`{"a":"x\"y\u00e9"}`, "$.a", `x"yé`),
		j(`{"a":null}`, "$.a", nil),
		j(`{"a":true,"b":1e3}`, "$.a", "true"),
		j(`{"a":true,"b":1e3}`, "$.b", "1e3"),
		j(`{"a":1,"a":2}`, "$.a", "1"), // the first duplicate, as the page documents
		j(`"top"`, "$", "top"),
		j(`[1,2]`, "$[0]", "1"),
		j(`{"a.b":1}`, "$['a.b']", "1"),
		j(`{"a":1`, "$.a", nil),
		j(`not json`, "$", nil),
		j(``, "$", nil),
		{name: "null json", fn: "get_json_object", args: args(nil, "$.a"), want: nil},
		{name: "null path", fn: "get_json_object", args: args(`{"a":1}`, nil), want: nil},
		{name: "path without $ gives NULL", fn: "get_json_object", args: args(`{"a":1}`, "a"), want: nil},
		{name: "empty member gives NULL", fn: "get_json_object", args: args(`{"a":1}`, "$..a"), want: nil},
		{name: "unclosed bracket gives NULL", fn: "get_json_object", args: args(`{"a":1}`, "$.a[0"), want: nil},
		{name: "bad index gives NULL", fn: "get_json_object", args: args(`{"a":1}`, "$.a[-1]"), want: nil},
		{name: "junk after $ gives NULL", fn: "get_json_object", args: args(`{"a":1}`, "$a"), want: nil},
	})
}
