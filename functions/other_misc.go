package functions

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"reflect"
	"sync"

	"github.com/mcsql/mcsql/eval"
)

// ServiceUserID is the eval.CallContext.Services key of the account id
// GET_USER_ID returns (a string). The command line fills it from
// $MCSQL_USER_ID; without it GET_USER_ID returns DefaultUserID.
const ServiceUserID = "user_id"

// DefaultUserID is GET_USER_ID's result when no account id is configured:
// a local tool has no Alibaba Cloud account, so it returns a 16-digit
// placeholder shaped like a real UID (the page shows 1117xxxxxxxx8519).
const DefaultUserID = "1234567890123456"

func registerOtherMisc(r registrar) {
	r.Register(fn("COMPRESS", "BINARY COMPRESS(STRING|BINARY x)",
		"GZIP-compresses x byte for byte as MaxCompute (zlib, default level) does for values up to 16000 bytes; longer values get a valid but different encoding",
		"select hex(compress('hello')); -- 1F8B0800000000000003CB48CDC9C9070086A6103605000000",
		ov(eval.BinaryType, impl1(func(s string) ([]byte, error) { return gzipBytes([]byte(s)) }), p("str", stringKinds)),
		ov(eval.BinaryType, impl1(gzipBytes), p("bin", binaryKinds)),
	))
	r.Register(fn("DECOMPRESS", "BINARY DECOMPRESS(BINARY bin)",
		"GZIP-decompresses bin; data that is not GZIP is an error",
		"select cast(decompress(compress('hello, world')) as string); -- hello, world",
		ov(eval.BinaryType, impl1(gunzipBytes), p("bin", binaryKinds)),
	))
	r.Register(fn("FAILIF", "BOOLEAN FAILIF(BOOLEAN condition, STRING errMsg)",
		"fails the query with errMsg when condition is true, else returns true",
		"select failif(1 < 0, 'Error: x must be positive'); -- true",
		ov(eval.BooleanType, impl2(failIf), p("condition", booleanKinds), p("errMsg", stringKinds)),
	))
	r.Register(fn("GET_USER_ID", "STRING GET_USER_ID()",
		"the current account id: $MCSQL_USER_ID, else the placeholder "+DefaultUserID,
		"select get_user_id(); -- "+DefaultUserID,
		ov(eval.StringType, getUserID),
	))
	r.Register(volatile(fn("UUID", "STRING UUID()",
		"a random (version 4) UUID, e.g. 29347a88-1e57-41ae-bb68-a9edbdd94a5b",
		"select length(uuid()); -- 36",
		&eval.Overload{Result: eval.StringType, Impl: uuidImpl},
	)))
	r.Register(volatile(fn("UNIQUE_ID", "STRING UNIQUE_ID()",
		"a unique id: a random UUID drawn once per statement, then _1, _2, ... per call",
		"select unique_id() rlike '^[0-9a-f-]{36}_1$'; -- true",
		&eval.Overload{Result: eval.StringType, Impl: uniqueIDOnce, Prepare: prepareUniqueID},
	)))
}

// gzipBytes compresses like zlib's gzip (which MaxCompute's documented
// bytes are): see deflateLikeZlib.
func gzipBytes(b []byte) ([]byte, error) {
	body, err := deflateLikeZlib(b)
	if err != nil {
		return nil, eval.InvalidArgument("compress: %v", err)
	}
	var out bytes.Buffer
	out.Grow(len(body) + 18)
	// ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=0 OS=3 (Unix)
	out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3})
	out.Write(body)
	trailer := gzipTrailer(b)
	out.Write(trailer[:])
	return out.Bytes(), nil
}

// maxDecompressed bounds DECOMPRESS's output, so that a small hostile input
// (a "zip bomb") fails with a message instead of exhausting memory.
const maxDecompressed = 1 << 30

func gunzipBytes(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, eval.InvalidArgument("decompress: the argument is not GZIP data (%v); pass what COMPRESS returned", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxDecompressed+1))
	if err != nil {
		return nil, eval.InvalidArgument("decompress: corrupt GZIP data: %v", err)
	}
	if len(out) > maxDecompressed {
		return nil, eval.InvalidArgument("decompress: the data decompresses to more than %d bytes", maxDecompressed)
	}
	return out, nil
}

// failIf raises errMsg as MaxCompute does (ODPS-0121095 Invalid argument -
// errMsg) when condition is true.
func failIf(condition bool, msg string) (bool, error) {
	if condition {
		return false, eval.InvalidArgument("%s", msg)
	}
	return true, nil
}

func getUserID(ctx *eval.CallContext, _ []eval.Value) (eval.Value, error) {
	if ctx != nil {
		if id, ok := ctx.Services[ServiceUserID].(string); ok && id != "" {
			return id, nil
		}
	}
	return DefaultUserID, nil
}

// newUUID draws a version 4 (random) UUID from the session's randomness,
// so that seeded runs are reproducible.
func newUUID(ctx *eval.CallContext) (string, error) {
	if ctx == nil || ctx.Rand == nil {
		return "", internalError("the call context has no random source")
	}
	var u [16]byte
	if _, err := io.ReadFull(ctx.Rand, u[:]); err != nil {
		return "", eval.InvalidArgument("uuid: cannot read random bytes: %v", err)
	}
	u[6] = u[6]&0x0f | 0x40 // version 4
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]), nil
}

func uuidImpl(ctx *eval.CallContext, _ []eval.Value) (eval.Value, error) { return newUUID(ctx) }

// uniqueIDOnce is UNIQUE_ID without preparation: a fresh UUID with _1.
func uniqueIDOnce(ctx *eval.CallContext, _ []eval.Value) (eval.Value, error) {
	u, err := newUUID(ctx)
	if err != nil {
		return nil, err
	}
	return u + "_1", nil
}

// prepareUniqueID draws the statement's UUID once; each call appends the
// next sequence number, which is why UNIQUE_ID is cheaper than UUID and
// why its ids carry a suffix, as the page describes.
func prepareUniqueID(ctx *eval.CallContext, _ []eval.Value, _ []bool) (eval.Impl, error) {
	var (
		mu   sync.Mutex
		base string
		n    int64
	)
	return func(ctx *eval.CallContext, _ []eval.Value) (eval.Value, error) {
		mu.Lock()
		defer mu.Unlock()
		if base == "" {
			u, err := newUUID(ctx)
			if err != nil {
				return nil, err
			}
			base = u
		}
		n++
		return fmt.Sprintf("%s_%d", base, n), nil
	}, nil
}

// valuesEqual compares two non-NULL values of one type for NULLIF; complex
// values, which eval.Compare orders only with their type, compare deeply.
func valuesEqual(a, b eval.Value) bool {
	switch a.(type) {
	case []eval.Value, *eval.Map, *eval.Struct:
		return reflect.DeepEqual(a, b)
	}
	return eval.Compare(a, b) == 0
}
