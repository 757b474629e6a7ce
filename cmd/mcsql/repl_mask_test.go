package main

import (
	"strings"
	"testing"
)

// Key material from the documentation's examples (testdata/scripts/examples):
// the binary keyset of keysets.md section 3, its JSON, its Base64, the raw
// key ADD_KEY_TO_KEYSET imports, and the hex and text of a wrapped keyset
// (new_wrapped_keyset.golden).
const (
	docKeysetHex = "0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64"
	// docKeyHex and docKeyBase64 are the AES key inside docKeysetHex: what
	// must appear nowhere in a history file.
	docKeyHex    = "26A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF"
	docKeyBase64 = "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="
	// docKeysetJSON is KEYSET_TO_JSON of docKeysetHex as the REPL records a
	// statement typed over several lines: line breaks escaped as \n.
	docKeysetJSON   = `{\n    "key": [{\n            "description": "hello world",\n            "key_id": "r8MqZAEA8PDd3QSL",\n            "key_meta_data": {\n                "key_material_origin": "Origin_ALIYUN_MAXCOMPUTE",\n                "key_material_type": "SYMMETRIC",\n                "type": "AES-GCM-256",\n                "value": "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},\n            "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",\n            "status": "ENABLED"}],\n    "primary_key_id": "r8MqZAEA8PDd3QSL"}`
	docKeysetBase64 = "ChByOE1xWkFFQThQRGQzUVNMElgKMwoLQUVTLUdDTS0yNTYSICao+xEm309bXdA8GA5pGVZddxbLspGBXvtbvzD4vvmvGAEgAhABGhByOE1xWkFFQThQRGQzUVNMIAIqC2hlbGxvIHdvcmxk"
	docRawKeyHex    = "b75585cf321cdcad42451690cdb7bfc49c26092f60f854e72d43244c55620a3d"
	docWrappedHex   = "613256354C57683665696F714B696F714B696F714B696F714B696F714B696F786443307A636E5A714D6A52324D32463371356F493876515A716F706C454730446835535A715653574133496D6841736A6A5057694D6968583844457257796F5063777249304E452F6833376373314C66367A586E346D4C656D6B663557556E6561332B566262307673766866706D686E7A686C327966667A51336C74716F664239567641756B31472B4D7A376672694C6E4A2F5154734C4A554C49635042755042654576624255"
	docWrappedText  = "a2V5LWh6eioqKioqKioqKioqKioqKioxdC0zcnZqMjR2M2F3q5oI8vQZqoplEG0Dh5SZqVSWA3ImhAsjjPWiMihX8DErWyoPcwrI0NE/h37cs1Lf6zXn4mLemkf5WUnea3+Vbb0vsvhfpmhnzhl2yffzQ3ltqofB9VvAuk1G+Mz7friLnJ/QTsLJULIcPBuPBeEvbBUNPDRep1PNBaGhLTVJcaUmEIE+6ej0PVNhadDfCdhvqZswWO6LsCl0GiEDlu3shSWuzcM="
	// docCiphertext is ENHANCED_SYM_ENCRYPT's Base64 output in
	// enhanced_sym_basic.golden.
	docCiphertext = "IOSnc789QIcmNvukAXDJ8YNMCVDHUb/b2y6zTz6LqX8Ulp80A9AGJnP1WUReCHCnDVGklhC6wvRstq1fKGYCIQ=="
	akID          = "LTAI5tAlice0000000000"
	akSecret      = "Xq7Lm2Pz9Rt4Vb8Nc3Hd6Jf1Kg5Ws0"
	stsToken      = "CAIS8wF1q6Ft5B2yfSjIr5bkKe3Yqr5ngoqnSUzBgE4ZZ+Bq2q/Hoj0z2IHFIdXvUzVfdqhGMo=="
)

// q quotes s as an SQL string literal.
func q(s string) string { return "'" + s + "'" }

func TestMaskHistory(t *testing.T) {
	m := marker
	tests := []struct {
		name, entry, want string
	}{
		// Arguments that take key material or a plaintext.
		{"keyset_to_json of unhex",
			"SELECT KEYSET_TO_JSON(unhex (" + q(docKeysetHex) + ")) ;",
			"SELECT KEYSET_TO_JSON(unhex (" + m(218) + ")) ;"},
		{"keyset_from_json of JSON typed over lines",
			"SELECT HEX(KEYSET_FROM_JSON(" + q(docKeysetJSON) + ")) ;",
			"SELECT HEX(KEYSET_FROM_JSON(" + m(len(docKeysetJSON)+2) + ")) ;"},
		{"encrypt: keyset and plaintext, not the additional data",
			"select base64(ENHANCED_SYM_ENCRYPT(unhex(" + q(docKeysetHex) + "), '0001', 'aad'));",
			"select base64(ENHANCED_SYM_ENCRYPT(unhex(" + m(218) + "), " + m(6) + ", 'aad'));"},
		{"encrypt: a plaintext inside an expression",
			"select enhanced_sym_encrypt(@ks, concat('139', '0000', 1234));",
			"select enhanced_sym_encrypt(@ks, concat(" + m(5) + ", " + m(6) + ", " + m(4) + "));"},
		{"encrypt: columns and variables are kept",
			"select enhanced_sym_encrypt(@ks, id_card_no, 'aad') from t;",
			"select enhanced_sym_encrypt(@ks, id_card_no, 'aad') from t;"},
		{"decrypt: the keyset; a short ciphertext is kept",
			"select enhanced_sym_decrypt(X'" + docKeysetHex + "', unbase64('AAAA'));",
			"select enhanced_sym_decrypt(" + m(219) + ", unbase64('AAAA'));"},
		{"decrypt: a long ciphertext looks like key material",
			"select enhanced_sym_decrypt(@ks, unbase64(" + q(docCiphertext) + "));",
			"select enhanced_sym_decrypt(@ks, unbase64(" + m(len(docCiphertext)+2) + "));"},
		{"add_key_to_keyset: the keyset and the raw key, not the type or description",
			"select add_key_to_keyset(@ks, 'AES-SIV-CMAC-128', unhex(" + q(docRawKeyHex) + "), 'imported');",
			"select add_key_to_keyset(@ks, 'AES-SIV-CMAC-128', unhex(" + m(66) + "), 'imported');"},
		{"rotate_keyset of a literal keyset",
			"select rotate_keyset(unhex('0A10'), 'AES-GCM-256', 'rotated');",
			"select rotate_keyset(unhex(" + m(6) + "), 'AES-GCM-256', 'rotated');"},
		{"use_wrapped_keyset: the blob, not the ARNs",
			"select use_wrapped_keyset('acs:kms:cn-hangzhou:123:key/key-1', 'acs:ram::123:role/r', unhex(" + q(docWrappedHex) + "), 'acs:ram::9:role/x');",
			"select use_wrapped_keyset('acs:kms:cn-hangzhou:123:key/key-1', 'acs:ram::123:role/r', unhex(" + m(len(docWrappedHex)+2) + "), 'acs:ram::9:role/x');"},
		{"rewrap and rotate_wrapped_keyset",
			"select rewrap_keyset(@c, @r, 'abc'), rotate_wrapped_keyset(@c, @r, 'def', 'AES-GCM-256');",
			"select rewrap_keyset(@c, @r, " + m(5) + "), rotate_wrapped_keyset(@c, @r, " + m(5) + ", 'AES-GCM-256');"},
		{"sym_encrypt: plaintext and key; sym_decrypt: the key",
			"select sym_decrypt(sym_encrypt('13900001234', 'k0123456789012345678901234567890'), 'k0123456789012345678901234567890');",
			"select sym_decrypt(sym_encrypt(" + m(13) + ", " + m(34) + "), " + m(34) + ");"},

		// Literals anywhere that look like key material.
		{"a keyset assigned as unhex", "@ks := unhex(" + q(docKeysetHex) + ");", "@ks := unhex(" + m(218) + ");"},
		{"a keyset assigned as X''", "@ks := X'" + docKeysetHex + "';", "@ks := " + m(219) + ";"},
		{"a keyset in Base64", "@ks := unbase64(" + q(docKeysetBase64) + ");", "@ks := unbase64(" + m(len(docKeysetBase64)+2) + ");"},
		{"keyset JSON in a variable", "@j := " + q(docKeysetJSON) + ";", "@j := " + m(len(docKeysetJSON)+2) + ";"},
		{"keyset JSON in a raw string", "@j := r'(" + docKeysetJSON + ")';", "@j := " + m(len(docKeysetJSON)+5) + ";"},
		{"a wrapped keyset's hex", "@w := unhex(" + q(docWrappedHex) + ");", "@w := unhex(" + m(len(docWrappedHex)+2) + ");"},
		{"a wrapped keyset's text", `@w := "` + docWrappedText + `";`, "@w := " + m(len(docWrappedText)+2) + ";"},
		{"a raw key", "insert into keys values (unhex(" + q(docRawKeyHex) + "));", "insert into keys values (unhex(" + m(66) + "));"},
		{"hex pasted over two lines", "@k := unhex('" + docRawKeyHex[:32] + `\n` + docRawKeyHex[32:] + "');", "@k := unhex(" + m(68) + ");"},
		{"access keys and an STS token",
			"select " + q(akID) + ", " + q(akSecret) + ", " + q(stsToken) + ";",
			"select " + m(len(akID)+2) + ", " + m(len(akSecret)+2) + ", " + m(len(stsToken)+2) + ";"},

		// Statements that do not parse are masked by the same rules.
		{"a call that does not parse",
			"select keyset_to_json(unhex(" + q(docKeysetHex) + ") from;",
			"select keyset_to_json(unhex(" + m(218) + ") from;"},
		{"an unfinished string",
			"select '" + docKeysetHex,
			"select " + m(217)},
		{"an unfinished call",
			"select enhanced_sym_encrypt(@ks, 'secret",
			"select enhanced_sym_encrypt(@ks, " + m(7)},
		{"hex pasted without quotes",
			"select keyset_to_json(" + docKeysetHex + ");",
			"select keyset_to_json(" + m(216) + ");"},
		{"Base64 pasted without quotes", // cut at its '+', each piece masked
			"select " + docKeysetBase64 + ";",
			"select " + m(52) + "+" + m(91) + ";"},
		{"key material in a comment",
			"select 1 /* was " + docKeysetHex + "; key " + docKeyBase64 + " */;",
			"select 1 /* was " + m(216) + "; key " + m(44) + " */;"},

		// What is kept.
		{"plain statements", "select 'hello world' as g, @v from t where id = 1;", "select 'hello world' as g, @v from t where id = 1;"},
		{"new_keyset", "@ks := new_keyset('AES-GCM-256', 'demo');", "@ks := new_keyset('AES-GCM-256', 'demo');"},
		{"md5 and sha1 digests", "select md5('abc') = '900150983cd24fb0d6963f7d28e17f72', sha1('a') = '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8';",
			"select md5('abc') = '900150983cd24fb0d6963f7d28e17f72', sha1('a') = '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8';"},
		{"a JSON path naming keyset fields", "select get_json_object(j, '$.key[0].key_meta_data.type');", "select get_json_object(j, '$.key[0].key_meta_data.type');"},
		{"long names and text",
			"select 'customer_lifetime_value_over_the_last_twelve_months' as customer_lifetime_value_over_the_last_twelve_months, 'The quick brown fox jumps over the lazy dog and runs away';",
			"select 'customer_lifetime_value_over_the_last_twelve_months' as customer_lifetime_value_over_the_last_twelve_months, 'The quick brown fox jumps over the lazy dog and runs away';"},
		{"a function named like a keyset function, not called", "select keyset_to_json from t;", "select keyset_to_json from t;"},
		{"a safe SET", "set odps.sql.type.system.odps2=true;", "set odps.sql.type.system.odps2=true;"},
		{"placeholders stay placeholders", "select enhanced_sym_decrypt(unhex('${keyset}'), c), use_wrapped_keyset(@c, @r, unhex('<wrapped_keyset>')), keyset_to_json('${<a>}${b}') from t;",
			"select enhanced_sym_decrypt(unhex('${keyset}'), c), use_wrapped_keyset(@c, @r, unhex('<wrapped_keyset>')), keyset_to_json('${<a>}${b}') from t;"},
		{"text around a placeholder is masked", "select keyset_to_json('x${k}'), keyset_to_json('${k');",
			"select keyset_to_json(" + m(7) + "), keyset_to_json(" + m(5) + ");"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := maskHistory(tt.entry)
			if !ok || got != tt.want {
				t.Errorf("maskHistory(%q)\n= %q, %v\nwant %q, true", tt.entry, got, ok, tt.want)
			}
			if again, ok := maskHistory(got); !ok || again != got {
				t.Errorf("masking again gives %q, %v; want it unchanged", again, ok)
			}
			for _, secret := range []string{docKeysetHex, docKeyHex, docKeyBase64, docKeysetBase64, docRawKeyHex, docWrappedHex, docWrappedText, akID, akSecret, stsToken} {
				if strings.Contains(strings.ToUpper(got), strings.ToUpper(secret)) {
					t.Errorf("the masked entry still holds %q", secret)
				}
			}
		})
	}
}

// TestMaskHistoryDropsSecretSettings: a SET of a credential is not kept at
// all, by its name or by its value.
func TestMaskHistoryDropsSecretSettings(t *testing.T) {
	for _, entry := range []string{
		"set odps.access.key.secret=abc;",
		"SET fs.oss.accessKeySecret = abc ;",
		"set my.password='p';",
		"set odps.sts.security_token=x;",
		"set odps.access_id=x;",
		"set my.flag=" + akID + ";",
		"set my.flag='" + akSecret + "';",
		"set my.flag=" + stsToken + ";",
		"set my.flag=" + docKeysetHex + ";",
		"set my.flag=prefix:" + docKeyBase64 + ";",
	} {
		if got, ok := maskHistory(entry); ok {
			t.Errorf("maskHistory(%q) = %q, kept; want dropped", entry, got)
		}
	}
}

func TestHistoryOff(t *testing.T) {
	for _, tt := range []struct {
		value string
		off   bool
		warn  bool
	}{
		{"", false, false}, {"on", false, false}, {"1", false, false},
		{"off", true, false}, {"OFF", true, false}, {" no ", true, false}, {"0", true, false}, {"false", true, false},
		{"of", true, true},
	} {
		var stderr strings.Builder
		if got := historyOff(tt.value, &stderr); got != tt.off || (stderr.Len() > 0) != tt.warn {
			t.Errorf("historyOff(%q) = %v, stderr %q; want %v, warning %v", tt.value, got, stderr.String(), tt.off, tt.warn)
		}
	}
}

// BenchmarkMaskHistory masks a pasted INSERT of 5,000 keysets (1.1 MB), and
// the masked entry again, as loading the history does: both are linear.
func BenchmarkMaskHistory(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("insert into keys values ")
	for i := range 5000 {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("(unhex('" + docKeysetHex + "'), keyset_to_json(unhex('0A10')))")
	}
	entry := sb.String() + ";"
	masked, _ := maskHistory(entry)
	b.ResetTimer()
	for range b.N {
		maskHistory(entry)
		maskHistory(masked)
	}
}
