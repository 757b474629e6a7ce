package eval

import (
	"testing"
	"time"
)

func TestParseTimeText(t *testing.T) {
	tests := []struct {
		in   string
		kind Kind
		want string // RFC 3339 with nanoseconds, or "" when invalid
	}{
		{"2024-02-29", KindDate, "2024-02-29T00:00:00Z"},
		{"2023-02-29", KindDate, ""},
		{"0001-01-01", KindDate, "0001-01-01T00:00:00Z"},
		{"9999-12-31", KindDate, "9999-12-31T00:00:00Z"},
		{" 2024-01-01 ", KindDate, "2024-01-01T00:00:00Z"},
		{"2024-1-01", KindDate, ""},
		{"2024-00-10", KindDate, ""},
		{"2024-01-00", KindDate, ""},
		{"2024-04-31", KindDate, ""},
		{"2024-01-01x", KindDate, ""},
		{"+024-01-01", KindDate, ""},
		{"2024-01-01 23:59:59", KindDatetime, "2024-01-01T23:59:59Z"},
		{"2024-01-01T23:59:59", KindDatetime, ""},
		{"2024-01-01 23:59:60", KindDatetime, ""},
		{"2024-01-01 23:59", KindDatetime, ""},
		{"2024-01-01 00:00:00.5", KindDatetime, ""},
		{"2024-01-01 00:00:00.5", KindTimestamp, "2024-01-01T00:00:00.5Z"},
		{"2024-01-01 00:00:00.123456789", KindTimestamp, "2024-01-01T00:00:00.123456789Z"},
		{"2024-01-01 00:00:00", KindTimestamp, "2024-01-01T00:00:00Z"},
		{"2024-01-01 00:00:00.12a", KindTimestamp, ""},
		{"2024-01-01 00:00:00,1", KindTimestamp, ""},
		{"", KindDate, ""},
	}
	for _, tt := range tests {
		t.Run(tt.kind.String()+" "+tt.in, func(t *testing.T) {
			v, ok := parseTimeText(tt.in, tt.kind)
			got := ""
			if ok {
				got = v.Format(time.RFC3339Nano)
			}
			if got != tt.want {
				t.Errorf("parseTimeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestConvertTime(t *testing.T) {
	v := time.Date(2024, 3, 4, 5, 6, 7, 123456789, time.UTC)
	tests := []struct {
		to   Kind
		want string
	}{
		{KindDate, "2024-03-04T00:00:00Z"},
		{KindDatetime, "2024-03-04T05:06:07.123Z"},
		{KindTimestamp, "2024-03-04T05:06:07.123456789Z"},
	}
	for _, tt := range tests {
		t.Run(tt.to.String(), func(t *testing.T) {
			if got := convertTime(v, tt.to).Format(time.RFC3339Nano); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
