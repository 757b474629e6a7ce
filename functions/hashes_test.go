package functions

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestHashes(t *testing.T) {
	runCases(t, []testCase{
		{name: "md5('Tech on the net')", fn: "md5", args: args("Tech on the net"), want: "ddc4c4796880633333d77a60fcda9af6"},
		{name: "md5(x'') of binary", fn: "md5", args: args([]byte{}), want: "d41d8cd98f00b204e9800998ecf8427e"},
		{name: "md5(123) converted", fn: "md5", types: types(eval.IntType), args: args("123"), want: "202cb962ac59075b964b07152d234b70"},
		{name: "md5(null)", fn: "md5", args: args(nil), want: nil},
		{name: "sha1('ABC')", fn: "sha1", args: args("ABC"), want: "3c01bdbb26f358bab27f267924aa2c9a03fcfdb8"},
		{name: "sha(cast('ABC' as binary))", fn: "sha", args: args([]byte("ABC")), want: "3c01bdbb26f358bab27f267924aa2c9a03fcfdb8"},
		{name: "sha2('ABC', 256)", fn: "sha2", args: args("ABC", int64(256)), want: "b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78"},
		{name: "sha2('ABC', 0)", fn: "sha2", args: args("ABC", int64(0)), want: "b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78"},
		{name: "sha2('abc', 224)", fn: "sha2", types: types(eval.StringType, eval.IntType), args: args("abc", int64(224)),
			want: "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"},
		{name: "sha2('abc', 384)", fn: "sha2", args: args("abc", int64(384)),
			want: "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
		{name: "sha2(x'616263', 512)", fn: "sha2", args: args([]byte("abc"), int64(512)),
			want: "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
		{name: "sha2('ABC', 1)", fn: "sha2", args: args("ABC", int64(1)), want: nil},
		{name: "sha2('ABC', null)", fn: "sha2", args: args("ABC", nil), want: nil},
		{name: "crc32('ABC')", fn: "crc32", args: args("ABC"), want: int64(2743272264)},
		{name: "crc32(x'')", fn: "crc32", args: args([]byte{}), want: int64(0)},
		{name: "crc32(null)", fn: "crc32", args: args(nil), want: nil},
	})
}
