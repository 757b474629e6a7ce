package kms

import (
	"context"
	"testing"
)

func TestRegionContext(t *testing.T) {
	tests := []struct {
		name string
		ctx  context.Context
		want string
	}{
		{"unset", context.Background(), ""},
		{"set", WithRegion(context.Background(), "cn-shanghai"), "cn-shanghai"},
		{"innermost wins", WithRegion(WithRegion(context.Background(), "cn-beijing"), "cn-shanghai"), "cn-shanghai"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RegionFrom(tt.ctx); got != tt.want {
				t.Errorf("RegionFrom = %q, want %q", got, tt.want)
			}
		})
	}
}
