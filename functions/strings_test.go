package functions

import (
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestConcat(t *testing.T) {
	runCases(t, []testCase{
		{name: "concat('ab', 'c', '')", fn: "concat", args: args("ab", "c", ""), want: "abc"},
		{name: "concat('a')", fn: "concat", args: args("a"), want: "a"},
		{name: "concat('a', 1) converted", fn: "concat", types: types(eval.StringType, eval.IntType), args: args("a", "1"), want: "a1"},
		{name: "concat('a', null)", fn: "concat", args: args("a", nil), want: nil},
		{name: "concat(x'61', x'62')", fn: "concat", args: args([]byte("a"), []byte("b")), want: []byte("ab")},
		{name: "concat(x'', x'')", fn: "concat", args: args([]byte{}, []byte{}), want: []byte{}},
		{name: "concat_ws(',', 'a', null, 'b') is NULL, as the page's example", fn: "concat_ws", args: args(",", "a", nil, "b"), want: nil},
		{name: "concat()", fn: "concat", args: args(), want: nil},
		{name: "concat_ws('-', 'a')", fn: "concat_ws", args: args("-", "a"), want: "a"},
		{name: "concat_ws(',', null, null)", fn: "concat_ws", args: args(",", nil, nil), want: nil},
		{name: "concat_ws(null, 'a', 'b')", fn: "concat_ws", args: args(nil, "a", "b"), want: nil},
		{name: "concat_ws(',')", fn: "concat_ws", args: args(","), code: eval.CodeArgumentCount,
			err: "function concat_ws needs at least 2 parameters, actually have 1"},
	})
}

func TestLengthAndCase(t *testing.T) {
	runCases(t, []testCase{
		{name: "length('a\\tb')", fn: "length", args: args("a\tb"), want: int64(3)},
		{name: "length('中文')", fn: "length", args: args("中文"), want: int64(2)},
		{name: "length('')", fn: "length", args: args(""), want: int64(0)},
		{name: "length(null)", fn: "length", args: args(nil), want: nil},
		{name: "lengthb('中文')", fn: "lengthb", args: args("中文"), want: int64(6)},
		{name: "toupper('aBc1')", fn: "toupper", args: args("aBc1"), want: "ABC1"},
		{name: "upper('é') keeps non-English letters", fn: "upper", args: args("é"), want: "é"},
		{name: "tolower('AbC')", fn: "tolower", args: args("AbC"), want: "abc"},
		{name: "lower(null)", fn: "lower", args: args(nil), want: nil},
		{name: "reverse('abc中') reverses bytes", fn: "reverse", args: args("abc中"), want: "\xad\xb8\xe4cba"},
		{name: "reverse('')", fn: "reverse", args: args(""), want: ""},
	})
}

func TestSubstr(t *testing.T) {
	runCases(t, []testCase{
		{name: "substr('abc', 2)", fn: "substr", args: args("abc", int64(2)), want: "bc"},
		{name: "substr('abc', 2, 1)", fn: "substr", args: args("abc", int64(2), int64(1)), want: "b"},
		{name: "substr('abc', -2, 2)", fn: "substr", args: args("abc", int64(-2), int64(2)), want: "bc"},
		{name: "substr('abc', -3, 2)", fn: "substr", args: args("abc", int64(-3), int64(2)), want: "ab"},
		{name: "substr('abc', -4)", fn: "substr", args: args("abc", int64(-4)), want: ""},
		{name: "substr('abc', 0, 2)", fn: "substr", args: args("abc", int64(0), int64(2)), want: ""},
		{name: "substr('abc', 4)", fn: "substr", args: args("abc", int64(4)), want: ""},
		{name: "substr('abc', 1, 0)", fn: "substr", args: args("abc", int64(1), int64(0)), want: ""},
		{name: "substr('abc', 1, -1)", fn: "substr", args: args("abc", int64(1), int64(-1)), want: ""},
		{name: "substr('abc', 2, 100)", fn: "substr", args: args("abc", int64(2), int64(100)), want: "bc"},
		{name: "substr('中文字', 2, 1)", fn: "substr", args: args("中文字", int64(2), int64(1)), want: "文"},
		{name: "substr with max length", fn: "substr", args: args("abc", int64(1), int64(9223372036854775807)), want: "abc"},
		{name: "substr with min start", fn: "substr", args: args("abc", int64(-9223372036854775808)), want: ""},
		{name: "substring('abc', 2, 1) (INT arguments)", fn: "substring", types: types(eval.StringType, eval.IntType, eval.IntType),
			args: args("abc", int64(2), int64(1)), want: "b"},
		{name: "substr(null, 1)", fn: "substr", args: args(nil, int64(1)), want: nil},
		{name: "substr('abc', null)", fn: "substr", args: args("abc", nil), want: nil},
	})
}

func TestTrimReplace(t *testing.T) {
	runCases(t, []testCase{
		{name: "trim('  ab  ')", fn: "trim", args: args("  ab  "), want: "ab"},
		{name: "trim keeps tabs", fn: "trim", args: args("\t ab \t"), want: "\t ab \t"},
		{name: "ltrim('  ab  ')", fn: "ltrim", args: args("  ab  "), want: "ab  "},
		{name: "rtrim('  ab  ')", fn: "rtrim", args: args("  ab  "), want: "  ab"},
		{name: "trim('xyabyx', 'xy')", fn: "trim", args: args("xyabyx", "xy"), want: "ab"},
		{name: "ltrim('xxabx', 'x')", fn: "ltrim", args: args("xxabx", "x"), want: "abx"},
		{name: "rtrim('xxabx', 'x')", fn: "rtrim", args: args("xxabx", "x"), want: "xxab"},
		{name: "trim(null)", fn: "trim", args: args(nil), want: nil},
		{name: "replace('ababab', 'ab', 'x')", fn: "replace", args: args("ababab", "ab", "x"), want: "xxx"},
		{name: "replace('abc', 'z', 'x')", fn: "replace", args: args("abc", "z", "x"), want: "abc"},
		{name: "replace('abc', '', 'x')", fn: "replace", args: args("abc", "", "x"), want: "abc"},
		{name: "replace('abc', 'b', '')", fn: "replace", args: args("abc", "b", ""), want: "ac"},
		{name: "replace('abc', null, 'x')", fn: "replace", args: args("abc", nil, "x"), want: nil},
	})
}

func TestSplitPart(t *testing.T) {
	runCases(t, []testCase{
		{name: "split_part('a,b,c,d', ',', 1)", fn: "split_part", args: args("a,b,c,d", ",", int64(1)), want: "a"},
		{name: "split_part('a,b,c,d', ',', 1, 2)", fn: "split_part", args: args("a,b,c,d", ",", int64(1), int64(2)), want: "a,b"},
		{name: "split_part('a,b,c,d', ',', 10)", fn: "split_part", args: args("a,b,c,d", ",", int64(10)), want: ""},
		{name: "split_part('a,b,c,d', ':', 1)", fn: "split_part", args: args("a,b,c,d", ":", int64(1)), want: "a,b,c,d"},
		{name: "split_part('a,b,c,d', ':', 2)", fn: "split_part", args: args("a,b,c,d", ":", int64(2)), want: ""},
		{name: "split_part('a,b,c,d', '', 1)", fn: "split_part", args: args("a,b,c,d", "", int64(1)), want: "a,b,c,d"},
		{name: "split_part('a,b,c,d', ',', 2, 6)", fn: "split_part", args: args("a,b,c,d", ",", int64(2), int64(6)), want: "b,c,d"},
		{name: "split_part('a::b', '::', 2)", fn: "split_part", args: args("a::b", "::", int64(2)), want: "b"},
		{name: "split_part('', ',', 1)", fn: "split_part", args: args("", ",", int64(1)), want: ""},
		{name: "split_part('a,b,c,d', ',', null)", fn: "split_part", args: args("a,b,c,d", ",", nil), want: nil},
		{name: "split_part('a,b', ',', 0)", fn: "split_part", args: args("a,b", ",", int64(0)),
			err: "split_part start must be at least 1, got 0"},
		{name: "split_part('a,b', ',', 2, 1)", fn: "split_part", args: args("a,b", ",", int64(2), int64(1)),
			err: "split_part end 1 is less than start 2"},
	})
}

func TestInstr(t *testing.T) {
	runCases(t, []testCase{
		{name: "instr('Tech on the net', 'e')", fn: "instr", args: args("Tech on the net", "e"), want: int64(2)},
		{name: "instr('Tech on the net', 'on')", fn: "instr", args: args("Tech on the net", "on"), want: int64(6)},
		{name: "instr('Tech on the net', 'e', 3, 2)", fn: "instr", args: args("Tech on the net", "e", int64(3), int64(2)), want: int64(14)},
		{name: "instr('abc', '')", fn: "instr", args: args("abc", ""), want: int64(1)},
		{name: "instr('abc', 'z')", fn: "instr", args: args("abc", "z"), want: int64(0)},
		{name: "instr('abcabc', 'b', 3)", fn: "instr", args: args("abcabc", "b", int64(3)), want: int64(5)},
		{name: "instr('abcabcabc', 'b', -3)", fn: "instr", args: args("abcabcabc", "b", int64(-3)), want: int64(5)},
		{name: "instr('abcabcabc', 'b', -3, 2)", fn: "instr", args: args("abcabcabc", "b", int64(-3), int64(2)), want: int64(2)},
		{name: "instr('aaa', 'aa', 1, 2) overlaps", fn: "instr", args: args("aaa", "aa", int64(1), int64(2)), want: int64(2)},
		{name: "instr('中文字', '字')", fn: "instr", args: args("中文字", "字"), want: int64(3)},
		{name: "instr('abc', 'b', 0)", fn: "instr", args: args("abc", "b", int64(0)), want: int64(0)},
		{name: "instr('abc', 'b', 9)", fn: "instr", args: args("abc", "b", int64(9)), want: int64(0)},
		{name: "instr('abc', 'b', -9)", fn: "instr", args: args("abc", "b", int64(-9)), want: int64(0)},
		{name: "instr('Tech on the net', null)", fn: "instr", args: args("Tech on the net", nil), want: nil},
		{name: "instr('abc', 'b', 1, 0)", fn: "instr", args: args("abc", "b", int64(1), int64(0)),
			err: "instr nth_appearance must be at least 1, got 0"},
	})
}

func TestPad(t *testing.T) {
	runCases(t, []testCase{
		{name: "lpad('7', 3, '0')", fn: "lpad", args: args("7", int64(3), "0"), want: "007"},
		{name: "rpad('7', 3, '0')", fn: "rpad", args: args("7", int64(3), "0"), want: "700"},
		{name: "lpad('ab', 7, 'xyz')", fn: "lpad", args: args("ab", int64(7), "xyz"), want: "xyzxyab"},
		{name: "rpad('ab', 7, 'xyz')", fn: "rpad", args: args("ab", int64(7), "xyz"), want: "abxyzxy"},
		{name: "lpad('abcdef', 3, 'x')", fn: "lpad", args: args("abcdef", int64(3), "x"), want: "abc"},
		{name: "rpad('abcdef', 3, 'x')", fn: "rpad", args: args("abcdef", int64(3), "x"), want: "abc"},
		{name: "lpad('中', 3, '文')", fn: "lpad", args: args("中", int64(3), "文"), want: "文文中"},
		{name: "lpad('ab', 0, 'x')", fn: "lpad", args: args("ab", int64(0), "x"), want: ""},
		{name: "lpad('ab', -1, 'x')", fn: "lpad", args: args("ab", int64(-1), "x"), want: ""},
		{name: "lpad('ab', 5, '')", fn: "lpad", args: args("ab", int64(5), ""), want: "ab"},
		{name: "lpad(null, 5, 'x')", fn: "lpad", args: args(nil, int64(5), "x"), want: nil},
		{name: "lpad('a', 1e12, 'x')", fn: "lpad", args: args("a", int64(1e12), "x"),
			err: "pad length 1000000000000 exceeds the string limit of 8388608 characters"},
		{name: "rpad('a', 8388608, 'x') at the limit", fn: "rpad", args: args("a", int64(8<<20), "x"), want: "a" + strings.Repeat("x", 8<<20-1)},
	})
}
