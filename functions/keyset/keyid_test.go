package keyset

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

func TestKeyIDTime(t *testing.T) {
	tests := []struct {
		id      string
		want    time.Time
		wantErr string
	}{
		{id: docKeyID, want: time.Date(2023, 4, 3, 12, 16, 47, 0, time.UTC)},
		{id: addKeyID, want: time.Date(2023, 10, 16, 7, 59, 29, 0, time.UTC)},
		{id: "AAAAAAEAAAAAAAAA", want: time.Unix(0, 0).UTC()},
		{id: "r8MqZAEA8PDd3QS", wantErr: `keyset: key_id "r8MqZAEA8PDd3QS" is not 16 characters of standard Base64`},
		{id: "r8MqZAEA8PDd3Q-L", wantErr: `keyset: key_id "r8MqZAEA8PDd3Q-L" is not 16 characters of standard Base64`},
		{id: "r8MqZAEA8PDd3\nSL", wantErr: `keyset: key_id "r8MqZAEA8PDd3\nSL" is not 16 characters of standard Base64`},
		{id: "", wantErr: `keyset: key_id is missing`},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			got, err := KeyIDTime(tc.id)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("KeyIDTime(%q) error = %v, want %q", tc.id, err, tc.wantErr)
				}
				return
			}
			if err != nil || !got.Equal(tc.want) {
				t.Errorf("KeyIDTime(%q) = %v, %v; want %v", tc.id, got, err, tc.want)
			}
		})
	}
}

func TestNewKeyID(t *testing.T) {
	// 2023-04-03T12:16:47Z is 0x642ac3af; 0x01 0x00; then the reader's bytes.
	now := time.Date(2023, 4, 3, 12, 16, 47, 0, time.UTC)
	tests := []struct {
		name string
		rand *seqReader
		want string
	}{
		{"from 0x00", &seqReader{}, "r8MqZAEAAAECAwQF"},
		{"from 0xf0", &seqReader{next: 0xf0}, "r8MqZAEA8PHy8/T1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NewKeyID(tc.rand, now, nil)
			if err != nil || got != tc.want {
				t.Errorf("NewKeyID() = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestNewKeyIDRetriesOnCollision(t *testing.T) {
	// The reader first repeats the taken id's random part, then moves on.
	taken := &Keyset{Keys: []*Key{{ID: "r8MqZAEAAAAAAAAA"}}}
	r := strings.NewReader("\x00\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06")
	now := time.Date(2023, 4, 3, 12, 16, 47, 0, time.UTC)
	got, err := NewKeyID(r, now, taken)
	if err != nil || got != "r8MqZAEAAQIDBAUG" {
		t.Errorf("NewKeyID() = %q, %v; want %q", got, err, "r8MqZAEAAQIDBAUG")
	}
}

func TestNewKeyIDErrors(t *testing.T) {
	taken := &Keyset{Keys: []*Key{{ID: "r8MqZAEAAAAAAAAA"}}}
	now := time.Date(2023, 4, 3, 12, 16, 47, 0, time.UTC)
	tests := []struct {
		name     string
		rand     interface{ Read([]byte) (int, error) }
		now      time.Time
		existing *Keyset
		want     string
	}{
		{"always colliding", constReader(0), now, taken,
			"keyset: no unique key id after 16 attempts: the random source repeats itself"},
		{"reader fails", iotest.ErrReader(errors.New("boom")), now, nil,
			"keyset: reading random key id bytes: boom"},
		{"short reader", strings.NewReader("abc"), now, nil,
			"keyset: reading random key id bytes: unexpected EOF"},
		{"before 1970", &seqReader{}, time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC), nil,
			"keyset: clock time 1969-12-31T23:59:59Z cannot be stored in a key id (1970 to 2106)"},
		{"after 2106", &seqReader{}, time.Date(2106, 2, 7, 6, 28, 16, 0, time.UTC), nil,
			"keyset: clock time 2106-02-07T06:28:16Z cannot be stored in a key id (1970 to 2106)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NewKeyID(tc.rand, tc.now, tc.existing)
			if err == nil || err.Error() != tc.want {
				t.Errorf("NewKeyID() = %q, %v; want error %q", got, err, tc.want)
			}
		})
	}
}
