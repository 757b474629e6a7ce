package tunnelwire

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

var fuzzSchemas = [][]string{allTypes, sdkSimpleTypes, {"struct<x:int,y:varchar(256),z:struct<a:tinyint,b:date>>"}, {"bigint", "string"}}

// FuzzDecoder feeds arbitrary bytes to the Decoder: it must never panic or
// hang, must classify every failure, and whatever it accepts must survive
// an encode/decode round trip unchanged.
func FuzzDecoder(f *testing.F) {
	f.Add(uint8(0), encodeAll(f, allTypes, sampleRows()))
	f.Add(uint8(1), sdkSimpleStream)
	f.Add(uint8(2), sdkStructStream)
	f.Add(uint8(3), encodeAll(f, []string{"bigint", "string"}, [][]any{{int64(1), "a"}, {nil, nil}}))
	f.Fuzz(func(t *testing.T, schema uint8, data []byte) {
		types := fuzzSchemas[int(schema)%len(fuzzSchemas)]
		d, err := NewDecoder(bytes.NewReader(data), types)
		if err != nil {
			t.Fatal(err)
		}
		var rows [][]any
		for {
			row, err := d.Decode()
			if err == io.EOF {
				break
			}
			if err != nil {
				if !errors.Is(err, ErrChecksum) && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTruncated) {
					t.Fatalf("unclassified error: %v", err)
				}
				return
			}
			rows = append(rows, row)
		}
		again := decodeAll(t, encodeAll(t, types, rows), types)
		if len(again) != len(rows) {
			t.Fatalf("%d rows after round trip, want %d", len(again), len(rows))
		}
		for i := range rows {
			if !equalValues(again[i], rows[i]) {
				t.Fatalf("row %d: %#v after round trip, want %#v", i, again[i], rows[i])
			}
		}
	})
}
