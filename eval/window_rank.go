package eval

import "github.com/mcsql/mcsql/parser"

// The ranking functions. Peers are rows equal on every ORDER BY key (all
// rows are peers without ORDER BY); a partition arrives in window order.

var rowNumberFunc = &windowFunc{name: "row_number", resolve: rankBigint,
	doc: windowDoc("BIGINT ROW_NUMBER() OVER ([PARTITION BY ...] [ORDER BY ...])",
		"number of the row in its partition, from 1",
		"select x, row_number() over (order by x) from values (5), (7) t(x); -- 1, 2"),
	compute: func(p *partView, _ *windowCall, out []Value) error {
		for i := range out {
			out[i] = int64(i + 1)
		}
		return nil
	}}

var rankFunc = &windowFunc{name: "rank", resolve: rankBigint,
	doc: windowDoc("BIGINT RANK() OVER ([PARTITION BY ...] [ORDER BY ...])",
		"rank of the row in its partition: peers share a rank and the next rank skips (1, 2, 2, 4)",
		"select x, rank() over (order by x) from values (1), (1), (2) t(x); -- 1, 1, 3"),
	compute: func(p *partView, _ *windowCall, out []Value) error {
		for i := range out {
			out[i] = int64(p.peerStart[i] + 1)
		}
		return nil
	}}

var denseRankFunc = &windowFunc{name: "dense_rank", resolve: rankBigint,
	doc: windowDoc("BIGINT DENSE_RANK() OVER ([PARTITION BY ...] [ORDER BY ...])",
		"rank of the row in its partition without gaps (1, 2, 2, 3)",
		"select x, dense_rank() over (order by x) from values (1), (1), (2) t(x); -- 1, 1, 2"),
	compute: func(p *partView, _ *windowCall, out []Value) error {
		for i := range out {
			out[i] = int64(p.groupIdx[i] + 1)
		}
		return nil
	}}

var percentRankFunc = &windowFunc{name: "percent_rank", resolve: rankDouble,
	doc: windowDoc("DOUBLE PERCENT_RANK() OVER ([PARTITION BY ...] [ORDER BY ...])",
		"(rank - 1) / (rows in the partition - 1); 0 for a partition of one row",
		"select x, percent_rank() over (order by x) from values (1), (2), (3) t(x); -- 0.0, 0.5, 1.0"),
	compute: func(p *partView, _ *windowCall, out []Value) error {
		n := len(out)
		for i := range out {
			if n == 1 {
				out[i] = 0.0
				continue
			}
			out[i] = float64(p.peerStart[i]) / float64(n-1)
		}
		return nil
	}}

var cumeDistFunc = &windowFunc{name: "cume_dist", resolve: rankDouble,
	doc: windowDoc("DOUBLE CUME_DIST() OVER ([PARTITION BY ...] [ORDER BY ...])",
		"rows up to the row's last peer / rows in the partition",
		"select x, cume_dist() over (order by x) from values (1), (1), (2), (3) t(x); -- 0.5, 0.5, 0.75, 1.0"),
	compute: func(p *partView, _ *windowCall, out []Value) error {
		n := float64(len(out))
		for i := range out {
			out[i] = float64(p.peerEnd[i]) / n
		}
		return nil
	}}

var ntileFunc = &windowFunc{name: "ntile", minArgs: 1, maxArgs: 1,
	doc: windowDoc("BIGINT NTILE(BIGINT n) OVER ([PARTITION BY ...] [ORDER BY ...])",
		"splits the partition in order into n groups of sizes differing by at most one (larger groups first) and returns the row's group, 1 to n",
		"select x, ntile(2) over (order by x) from values (1), (2), (3) t(x); -- 1, 1, 2"),
	resolve: func(call *windowCall, e *parser.Call) error {
		call.t = BigintType
		return positiveArg(call, e, 0, 1)
	},
	compute: func(p *partView, call *windowCall, out []Value) error {
		n := int64(len(out))
		buckets := call.consts[0].(int64)
		size, extra := n/buckets, n%buckets
		// The first extra buckets hold size+1 rows, the others size.
		for i := range out {
			j := int64(i)
			if big := extra * (size + 1); j < big {
				out[i] = j/(size+1) + 1
			} else {
				out[i] = extra + (j-big)/size + 1
			}
		}
		return nil
	}}
