package functions

import (
	"errors"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// MAX_PT, TABLE_EXISTS and PARTITION_EXISTS read the warehouse through
// eval.CallContext.Tables, inside the running script's transaction.
//
// The warehouse keeps a catalog of partitions, with rows or without
// (ALTER TABLE ... ADD PARTITION makes empty ones). MAX_PT's page counts
// only partitions holding data; PARTITION_EXISTS counts every partition.
func registerOtherTables(r registrar) {
	r.Register(fn("MAX_PT", "STRING MAX_PT(STRING table_full_name)",
		"the largest value (in string order) of the first partition column among the partitions holding data",
		"select * from tbl where pt = max_pt('tbl'); -- the rows of the newest partition",
		withPrepare(ov(eval.StringType, tableImpl(maxPT), p("table_full_name", stringKinds)), prepareTable(maxPT)),
	))
	r.Register(fn("TABLE_EXISTS", "BOOLEAN TABLE_EXISTS(STRING table_name)",
		"whether the table exists (table_name may be project.table)",
		"select table_exists('no_such_table'); -- false",
		withPrepare(ov(eval.BooleanType, tableImpl(tableExists), p("table_name", stringKinds)), prepareTable(tableExists)),
	))
	r.Register(fn("PARTITION_EXISTS", "BOOLEAN PARTITION_EXISTS(STRING table_name, STRING partition, ...)",
		"whether the table has a partition with these values of its partition columns, in order",
		"select partition_exists('foo', '20190101', '1'); -- true once partition ds='20190101', hr='1' exists",
		withPrepare(variadic(eval.BooleanType, tableImpl(partitionExists), p("table_name", stringKinds), p("partitions", stringKinds)),
			prepareTable(partitionExists)),
	))
}

// tableFunc evaluates one call given the warehouse transaction.
type tableFunc func(tx eval.Tx, name string, rest []string) (eval.Value, error)

// tableImpl adapts a tableFunc: it reads the string arguments and runs f
// in the session's transaction.
func tableImpl(f tableFunc) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		ss, err := allAs[string](args)
		if err != nil {
			return nil, err
		}
		if len(ss) == 0 {
			return nil, internalError("no table name")
		}
		if ctx == nil || ctx.Tables == nil {
			return nil, eval.InvalidArgument("reading tables needs a warehouse, and this session has none")
		}
		var out eval.Value
		err = ctx.Tables(func(tx eval.Tx) error {
			var err error
			out, err = f(tx, strings.ToLower(strings.TrimSpace(ss[0])), ss[1:])
			return err
		})
		return out, err
	}
}

// prepareTable evaluates a call whose arguments are all constant once per
// statement, before any row is read (MaxCompute resolves MAX_PT when it
// plans the query); other calls run per row.
func prepareTable(f tableFunc) func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error) {
	return func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		impl := tableImpl(f)
		for i, c := range isConst {
			if !c || consts[i] == nil {
				return impl, nil
			}
		}
		v, err := impl(ctx, consts)
		return func(*eval.CallContext, []eval.Value) (eval.Value, error) { return v, err }, nil
	}
}

func tableExists(tx eval.Tx, name string, _ []string) (eval.Value, error) {
	_, err := tx.Table(name)
	var e *eval.Error
	if errors.As(err, &e) && e.Code == eval.CodeTableNotFound {
		return false, nil
	}
	return err == nil, err
}

// errHasRows stops a scan at its first row: the partition holds data.
var errHasRows = errors.New("has rows")

// hasRows reports whether a partition holds at least one row; the scan
// reads that partition only, and stops at its first row.
func hasRows(tx eval.Tx, name string, part []eval.Value) (bool, error) {
	err := tx.ScanPartitions(name, [][]eval.Value{part}, func([]eval.Value) error { return errHasRows })
	if errors.Is(err, errHasRows) {
		return true, nil
	}
	return false, err
}

// maxPT returns the largest value of the first partition column among the
// partitions holding data, trying the partitions from the largest down.
func maxPT(tx eval.Tx, name string, _ []string) (eval.Value, error) {
	info, err := tx.Table(name)
	if err != nil {
		return nil, err
	}
	if len(info.PartitionColumns) == 0 {
		return nil, eval.InvalidArgument("max_pt: table %s is not partitioned", name)
	}
	parts, err := tx.Partitions(name)
	if err != nil {
		return nil, err
	}
	for i := len(parts) - 1; i >= 0; i-- {
		ok, err := hasRows(tx, name, parts[i])
		if err != nil {
			return nil, err
		}
		if ok {
			return eval.PartitionValueText(parts[i][0]), nil
		}
	}
	return nil, eval.InvalidArgument("max_pt: table %s has no partition holding data", name)
}

// partitionExists reports whether the table has the partition, with rows
// or without (ALTER TABLE ... ADD PARTITION makes empty ones).
func partitionExists(tx eval.Tx, name string, want []string) (eval.Value, error) {
	info, err := tx.Table(name)
	if err != nil {
		return nil, err
	}
	if n := len(info.PartitionColumns); len(want) != n {
		return nil, eval.InvalidArgument("partition_exists: table %s has %d partition columns, but %d partition values were given; "+
			"give one value per partition column, in order", name, n, len(want))
	}
	parts, err := tx.Partitions(name)
	if err != nil {
		return nil, err
	}
	for _, p := range parts {
		same := true
		for i, v := range p {
			same = same && eval.PartitionValueText(v) == want[i]
		}
		if same {
			return true, nil
		}
	}
	return false, nil
}
