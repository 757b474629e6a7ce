package eval

import (
	"math/bits"
	"strconv"

	"github.com/mcsql/mcsql/parser"
)

// The navigation functions: LAG and LEAD read another row of the
// partition; FIRST_VALUE, LAST_VALUE and NTH_VALUE read the frame.

var lagFunc = &windowFunc{name: "lag", minArgs: 1, maxArgs: 3, needsOrder: true, resolve: resolveOffsetFunc,
	doc: windowDoc("T LAG(T x[, BIGINT offset[, T default]]) OVER ([PARTITION BY ...] ORDER BY ...)",
		"x of the row offset rows (default 1) before the current one in the partition; default (NULL if omitted) when there is none",
		"select x, lag(x) over (order by x) from values (1), (2) t(x); -- NULL, 1"),
	compute: func(p *partView, call *windowCall, out []Value) error { return offsetValues(p, call, out, -1) }}

var leadFunc = &windowFunc{name: "lead", minArgs: 1, maxArgs: 3, needsOrder: true, resolve: resolveOffsetFunc,
	doc: windowDoc("T LEAD(T x[, BIGINT offset[, T default]]) OVER ([PARTITION BY ...] ORDER BY ...)",
		"x of the row offset rows (default 1) after the current one in the partition; default (NULL if omitted) when there is none",
		"select x, lead(x) over (order by x) from values (1), (2) t(x); -- 2, NULL"),
	compute: func(p *partView, call *windowCall, out []Value) error { return offsetValues(p, call, out, 1) }}

func resolveOffsetFunc(call *windowCall, e *parser.Call) error {
	call.t = call.args[0].typ()
	if len(call.args) > 1 {
		if err := positiveArg(call, e, 1, 0); err != nil {
			return err
		}
	}
	if len(call.args) > 2 {
		var err error
		if call.args[2], err = convert(call.args[2], call.t, e.Args[2].Position()); err != nil {
			return err
		}
	}
	return nil
}

// offsetValues is LAG (dir -1) and LEAD (dir 1).
func offsetValues(p *partView, call *windowCall, out []Value, dir int) error {
	offset := int64(1)
	if len(call.consts) > 1 {
		offset = call.consts[1].(int64)
	}
	for i := range out {
		j := int64(-1) // the row read, -1 for none; no overflow for any offset
		if dir < 0 && offset <= int64(i) {
			j = int64(i) - offset
		} else if dir > 0 && offset < int64(len(out)-i) {
			j = int64(i) + offset
		}
		switch {
		case j >= 0:
			out[i] = p.args[j][0]
		case len(call.args) > 2:
			out[i] = p.args[i][2]
		default:
			out[i] = nil
		}
	}
	return nil
}

var firstValueFunc = &windowFunc{name: "first_value", minArgs: 1, maxArgs: 2, framed: true, resolve: resolveFrameValue(1),
	doc: windowDoc("T FIRST_VALUE(T x[, BOOLEAN ignore_nulls]) OVER ([PARTITION BY ...] [ORDER BY ...] [frame])",
		"x of the first row of the frame; with ignore_nulls true, the first that is not NULL",
		"select x, first_value(x) over (order by x) from values (1), (2) t(x); -- 1, 1"),
	compute: func(p *partView, call *windowCall, out []Value) error { return nthInFrame(p, call, out, 1, false) }}

var lastValueFunc = &windowFunc{name: "last_value", minArgs: 1, maxArgs: 2, framed: true, resolve: resolveFrameValue(1),
	doc: windowDoc("T LAST_VALUE(T x[, BOOLEAN ignore_nulls]) OVER ([PARTITION BY ...] [ORDER BY ...] [frame])",
		"x of the last row of the frame (with ORDER BY and no frame clause, the current row; its last tie in the Hive-compatible edition); with ignore_nulls true, the last that is not NULL",
		"select x, last_value(x) over (order by x) from values (1), (2) t(x); -- 1, 2"),
	compute: func(p *partView, call *windowCall, out []Value) error { return nthInFrame(p, call, out, 1, true) }}

var nthValueFunc = &windowFunc{name: "nth_value", minArgs: 2, maxArgs: 3, framed: true, resolve: resolveFrameValue(2),
	doc: windowDoc("T NTH_VALUE(T x, BIGINT n[, BOOLEAN ignore_nulls]) OVER ([PARTITION BY ...] [ORDER BY ...] [frame])",
		"x of the n-th row of the frame (NULL when the frame is shorter); with ignore_nulls true, the n-th that is not NULL",
		"select x, nth_value(x, 2) over (order by x) from values (1), (2) t(x); -- NULL, 2"),
	compute: func(p *partView, call *windowCall, out []Value) error {
		return nthInFrame(p, call, out, call.consts[1].(int64), false)
	}}

// resolveFrameValue checks FIRST_VALUE/LAST_VALUE (ignoreAt 1) and
// NTH_VALUE (n at 1, ignore_nulls at 2).
func resolveFrameValue(ignoreAt int) func(call *windowCall, e *parser.Call) error {
	return func(call *windowCall, e *parser.Call) error {
		call.t = call.args[0].typ()
		if ignoreAt == 2 {
			if err := positiveArg(call, e, 1, 1); err != nil {
				return err
			}
		}
		if len(call.args) > ignoreAt {
			if err := constArg(call, e, ignoreAt, BooleanType); err != nil {
				return err
			}
		}
		return nil
	}
}

// nthInFrame finds the n-th row of each frame (counting from the end when
// fromEnd), skipping NULLs when the ignore_nulls argument is true.
func nthInFrame(p *partView, call *windowCall, out []Value, n int64, fromEnd bool) error {
	ignoreAt := 1
	if call.name == "nth_value" {
		ignoreAt = 2
	}
	ignore := len(call.consts) > ignoreAt && call.consts[ignoreAt] == true
	var ranges [][2]int
	for i := range out {
		ranges = p.frameRanges(i, call.spec.frame, ranges[:0])
		out[i] = nil
		seen := int64(0)
		visit := func(j int) bool {
			v := p.args[j][0]
			if ignore && v == nil {
				return false
			}
			if seen++; seen == n {
				out[i] = v
				return true
			}
			return false
		}
		if fromEnd {
			for r := len(ranges) - 1; r >= 0; r-- {
				if scanDown(ranges[r], visit) {
					break
				}
			}
			continue
		}
		for _, rg := range ranges {
			if scanUp(rg, visit) {
				break
			}
		}
	}
	return nil
}

func scanUp(r [2]int, visit func(int) bool) bool {
	for j := r[0]; j < r[1]; j++ {
		if visit(j) {
			return true
		}
	}
	return false
}

func scanDown(r [2]int, visit func(int) bool) bool {
	for j := r[1] - 1; j >= r[0]; j-- {
		if visit(j) {
			return true
		}
	}
	return false
}

var clusterSampleFunc = &windowFunc{name: "cluster_sample", minArgs: 1, maxArgs: 2, random: true,
	doc: windowDoc("BOOLEAN CLUSTER_SAMPLE(BIGINT n[, BIGINT m]) OVER ([PARTITION BY ...])",
		"samples rows at random: true for n rows of each partition, or with m for m/n of its rows (rows × m / n, rounded down); NULL when n or m is NULL",
		"select key from (select key, cluster_sample(10, 1) over (partition by key) s from t) u where s; -- about 10% of each key's rows"),
	resolve: func(call *windowCall, e *parser.Call) error {
		call.t = BooleanType
		for i := range call.args {
			if err := constArg(call, e, i, BigintType); err != nil {
				return err
			}
		}
		// The page: N is at least 1, M from 1 to N (a NULL gives NULL).
		n, nOK := call.consts[0].(int64)
		if nOK && n < 1 {
			return sampleArgError(call, e, 0, "at least 1")
		}
		if m, ok := call.consts[len(call.consts)-1].(int64); len(call.consts) > 1 && ok && (m < 1 || (nOK && m > n)) {
			return sampleArgError(call, e, 1, "from 1 to the first argument")
		}
		return nil
	},
	compute: func(p *partView, call *windowCall, out []Value) error {
		if anyNull(call.consts) {
			for i := range out {
				out[i] = nil
			}
			return nil
		}
		k := call.consts[0].(int64)
		if len(call.consts) > 1 {
			// rows × m / n without overflow: m <= n keeps the quotient
			// below the row count.
			hi, lo := bits.Mul64(uint64(len(out)), uint64(call.consts[1].(int64)))
			q, _ := bits.Div64(hi, lo, uint64(k))
			k = int64(q)
		}
		for i := range out {
			out[i] = false
		}
		for j, pick := range call.rng.Perm(len(out)) {
			if int64(j) >= k {
				break
			}
			out[pick] = true
		}
		return nil
	}}

func sampleArgError(call *windowCall, e *parser.Call, i int, want string) error {
	return &Error{Code: CodeArgumentType, Pos: e.Args[i].Position(), HasPos: true,
		Msg: "argument " + strconv.Itoa(i+1) + " of window function " + call.name + " must be a BIGINT constant " + want}
}
