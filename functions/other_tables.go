package functions

import (
	"errors"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// MAX_PT, TABLE_EXISTS and PARTITION_EXISTS read the warehouse through
// eval.CallContext.Tables, inside the running script's transaction.
//
// mcsql's warehouse keeps partitions only as the partition values of a
// table's rows (there is no ALTER TABLE ... ADD PARTITION), so a partition
// exists when at least one row carries its values. MAX_PT's page counts
// only partitions holding data, which this matches exactly; for
// PARTITION_EXISTS an empty partition added by ALTER TABLE in MaxCompute
// has no counterpart.
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
		"select partition_exists('foo', '20190101', '1'); -- true once a row of ds='20190101', hr='1' exists",
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

// partitionValues returns the distinct partition values of a table's rows
// as text, in the order first seen.
func partitionValues(tx eval.Tx, name string) (*eval.TableInfo, [][]string, error) {
	info, err := tx.Table(name)
	if err != nil {
		return nil, nil, err
	}
	width := len(info.Columns) + len(info.PartitionColumns)
	seen := map[string]bool{}
	var parts [][]string
	err = tx.Scan(name, func(row []eval.Value) error {
		if len(row) != width {
			return eval.InvalidArgument("the warehouse gave a row of %d values for the %d columns of table %s", len(row), width, name)
		}
		vals := make([]string, len(info.PartitionColumns))
		for i, c := range info.PartitionColumns {
			if v := row[len(info.Columns)+i]; v != nil {
				vals[i] = eval.FormatValue(v, c.Type)
			}
		}
		key := strings.Join(vals, "\x00")
		if !seen[key] {
			seen[key] = true
			parts = append(parts, vals)
		}
		return nil
	})
	return info, parts, err
}

func maxPT(tx eval.Tx, name string, _ []string) (eval.Value, error) {
	info, parts, err := partitionValues(tx, name)
	if err != nil {
		return nil, err
	}
	if len(info.PartitionColumns) == 0 {
		return nil, eval.InvalidArgument("max_pt: table %s is not partitioned", name)
	}
	if len(parts) == 0 {
		return nil, eval.InvalidArgument("max_pt: table %s has no partition holding data", name)
	}
	best := parts[0][0]
	for _, p := range parts[1:] {
		best = max(best, p[0])
	}
	return best, nil
}

func partitionExists(tx eval.Tx, name string, want []string) (eval.Value, error) {
	info, parts, err := partitionValues(tx, name)
	if err != nil {
		return nil, err
	}
	if n := len(info.PartitionColumns); len(want) != n {
		return nil, eval.InvalidArgument("partition_exists: table %s has %d partition columns, but %d partition values were given; "+
			"give one value per partition column, in order", name, n, len(want))
	}
	for _, p := range parts {
		if strings.Join(p, "\x00") == strings.Join(want, "\x00") {
			return true, nil
		}
	}
	return false, nil
}
