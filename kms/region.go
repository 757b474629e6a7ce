package kms

import "context"

type regionKey struct{}

// WithRegion returns a context that tells a backend which region a call
// without a CMK ARN (Decrypt: the blob names its key but not its region)
// is for. The wrapped-keyset functions set it from the kms_cmk_arn they
// were given; backends without regions (local) ignore it.
func WithRegion(ctx context.Context, region string) context.Context {
	return context.WithValue(ctx, regionKey{}, region)
}

// RegionFrom returns the region set by WithRegion, or "".
func RegionFrom(ctx context.Context) string {
	r, _ := ctx.Value(regionKey{}).(string)
	return r
}
