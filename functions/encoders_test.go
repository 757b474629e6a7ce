package functions

import (
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestHex(t *testing.T) {
	runCases(t, []testCase{
		{name: "hex(0)", fn: "hex", types: types(eval.IntType), args: args(int64(0)), want: "0"},
		{name: "hex(17)", fn: "hex", types: types(eval.IntType), args: args(int64(17)), want: "11"},
		{name: "hex(255L)", fn: "hex", args: args(int64(255)), want: "FF"},
		{name: "hex(-1)", fn: "hex", types: types(eval.IntType), args: args(int64(-1)), want: "FFFFFFFFFFFFFFFF"},
		{name: "hex(-1Y)", fn: "hex", types: types(eval.TinyintType), args: args(int64(-1)), want: "FFFFFFFFFFFFFFFF"},
		{name: "hex(-256L)", fn: "hex", args: args(int64(-256)), want: "FFFFFFFFFFFFFF00"},
		{name: "hex(max bigint)", fn: "hex", args: args(int64(9223372036854775807)), want: "7FFFFFFFFFFFFFFF"},
		{name: "hex(min bigint)", fn: "hex", args: args(int64(-9223372036854775808)), want: "8000000000000000"},
		{name: "hex(0.525)", fn: "hex", args: args(0.525), want: "302E353235"},
		{name: "hex(-1.0D)", fn: "hex", args: args(-1.0), want: "2D312E30"},
		{name: "hex(1e10)", fn: "hex", args: args(1e10), want: "312E30453130"},
		{name: "hex(0.1F)", fn: "hex", types: types(eval.FloatType), args: args(float64(float32(0.1))), want: "302E31"},
		{name: "hex(1.50BD)", fn: "hex", args: args(dec("1.50", 2)), want: "312E35"},
		{name: "hex('abc')", fn: "hex", args: args("abc"), want: "616263"},
		{name: "hex('17')", fn: "hex", args: args("17"), want: "3137"},
		{name: "hex('')", fn: "hex", args: args(""), want: ""},
		{name: "hex('中')", fn: "hex", args: args("中"), want: "E4B8AD"},
		{name: "hex(varchar 'a')", fn: "hex", types: types(eval.Type{Kind: eval.KindVarchar, Len: 3}), args: args("a"), want: "61"},
		{name: "hex(x'00ff')", fn: "hex", args: args([]byte{0, 0xff}), want: "00FF"},
		{name: "hex(x'')", fn: "hex", args: args([]byte{}), want: ""},
		{name: "hex(null)", fn: "hex", args: args(nil), want: nil},
	})
}

func TestUnhex(t *testing.T) {
	long := strings.Repeat("ab", 40) + "x"
	runCases(t, []testCase{
		{name: "unhex('616263')", fn: "unhex", args: args("616263"), want: []byte("abc")},
		{name: "unhex(616263) converted to text", fn: "unhex", types: types(eval.IntType), args: args("616263"), want: []byte("abc")},
		{name: "unhex('4a4B')", fn: "unhex", args: args("4a4B"), want: []byte("JK")},
		{name: "unhex('00FF')", fn: "unhex", args: args("00FF"), want: []byte{0, 0xff}},
		{name: "unhex('')", fn: "unhex", args: args(""), want: []byte{}},
		{name: "unhex(null)", fn: "unhex", args: args(nil), want: nil},
		{name: "unhex('0')", fn: "unhex", args: args("0"),
			err: "invalid hex string '0' has odd length 1; hex needs two digits per byte"},
		{name: "unhex('abc')", fn: "unhex", args: args("abc"),
			err: "invalid hex string 'abc' has odd length 3; hex needs two digits per byte"},
		{name: "unhex('61zz')", fn: "unhex", args: args("61zz"),
			err: "invalid hex string '61zz': character 'z' at offset 2 is not a hex digit"},
		{name: "unhex(' 61')", fn: "unhex", args: args(" 61"),
			err: "invalid hex string ' 61': character ' ' at offset 0 is not a hex digit"},
		{name: "unhex('6é')", fn: "unhex", args: args("6é"),
			err: "invalid hex string '6é': character 'é' at offset 1 is not a hex digit"},
		{name: "unhex('61\\t')", fn: "unhex", args: args("61\t"),
			err: "invalid hex string '61\t': character '\\t' at offset 2 is not a hex digit"},
		{name: "unhex(long)", fn: "unhex", args: args(long),
			err: "invalid hex string '" + long[:64] + "...': character 'x' at offset 80 is not a hex digit"},
	})
}

func TestBase64(t *testing.T) {
	runCases(t, []testCase{
		{name: "base64(cast('alibaba' as binary))", fn: "base64", args: args([]byte("alibaba")), want: "YWxpYmFiYQ=="},
		{name: "base64(x'fffe')", fn: "base64", args: args([]byte{0xff, 0xfe}), want: "//4="},
		{name: "base64(x'')", fn: "base64", args: args([]byte{}), want: ""},
		{name: "base64(null)", fn: "base64", args: args(nil), want: nil},
	})
}

func TestUnbase64(t *testing.T) {
	runCases(t, []testCase{
		{name: "unbase64('YWxpYmFiYQ==')", fn: "unbase64", args: args("YWxpYmFiYQ=="), want: []byte("alibaba")},
		{name: "unbase64('//4=')", fn: "unbase64", args: args("//4="), want: []byte{0xff, 0xfe}},
		{name: "unbase64 with a line break", fn: "unbase64", args: args("YWxp\nYmFi"), want: []byte("alibab")},
		{name: "unbase64('')", fn: "unbase64", args: args(""), want: []byte{}},
		{name: "unbase64(null)", fn: "unbase64", args: args(nil), want: nil},
		{name: "unbase64('YW*x')", fn: "unbase64", args: args("YW*x"),
			err: "invalid base64 string 'YW*x': character '*' at offset 2 is not a base64 character"},
		{name: "unbase64('YWx')", fn: "unbase64", args: args("YWx"),
			err: "invalid base64 string 'YWx': length 3 is not a multiple of 4 (is '=' padding missing?)"},
		{name: "unbase64('YQ==YQ==')", fn: "unbase64", args: args("YQ==YQ=="),
			err: "invalid base64 string 'YQ==YQ==': misplaced padding or bad final group at offset 4"},
		{name: "unbase64('=AAA')", fn: "unbase64", args: args("=AAA"),
			err: "invalid base64 string '=AAA': misplaced padding or bad final group at offset 0"},
	})
}
