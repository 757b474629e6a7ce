package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerTableOther adds STACK, TRANS_ARRAY and TRANS_COLS, the
// table-generating functions of the other group.
func registerTableOther(r registrar) {
	r.RegisterTable(udtf("STACK", "STACK(BIGINT n, expr1, ..., exprk) -> (col0, col1, ..., col(k/n-1))",
		"the k values into n rows of k/n columns, filled row by row; n must be a constant of at least 1 dividing k; each column has the common type of its values",
		"select stack(2, 'A', 10, 'B', 20); -- A 10, B 20", bindStack))
	r.RegisterTable(udtf("TRANS_ARRAY", "TRANS_ARRAY(BIGINT num_keys, STRING separator, key1, ..., keyN, STRING col1, ...) -> (key1, ..., keyN, col1, ...)",
		"splits each col at separator and makes one row per position (as many as the longest col has parts; the others give NULL), repeating the num_keys keys; keys keep their types, the other columns are STRING; num_keys and separator are constants",
		"select trans_array(1, ',', 'A', '1,2') as (k, v); -- A 1, A 2", bindTransArray))
	r.RegisterTable(udtf("TRANS_COLS", "TRANS_COLS(BIGINT num_keys, key1, ..., keyN, col1, col2, ...) -> (idx BIGINT, key1, ..., keyN, col)",
		"one row per col after the keys: its 1-based index, the keys, and its value (the common type of the cols); when every argument is a key, one row (1, keys); num_keys is a constant",
		"select trans_cols(1, 'A', 'x', 'y') as (idx, k, v); -- 1 A x, 2 A y", bindTransCols))
}

func bindStack(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) < 2 {
		return eval.TableBinding{}, eval.ArgumentCountError("stack", "at least 2", len(site.Args))
	}
	n, err := constCount("stack", "the number of rows", site, 0, 1)
	if err != nil {
		return eval.TableBinding{}, err
	}
	values := site.Args[1:]
	if int64(len(values))%n != 0 {
		// The page: "the number of parameters must be an integer multiple
		// of n ... Otherwise, an error is returned."
		return eval.TableBinding{}, eval.Errorf(eval.CodeArgumentCount,
			"function stack needs a multiple of %d values after its row count %d, actually have %d", n, n, len(values))
	}
	width := len(values) / int(n)
	cols := make([]eval.Column, width)
	params := make([]eval.Type, len(site.Args))
	params[0] = eval.BigintType
	for j := range cols {
		t := eval.VoidType
		for i := j; i < len(values); i += width {
			ct, ok := eval.CommonType(t, values[i])
			if !ok {
				return eval.TableBinding{}, eval.Errorf(eval.CodeArgumentType,
					"column col%d of function stack has values of types %s and %s (argument %d), which have no common type", j, t, values[i], i+2)
			}
			t = ct
		}
		cols[j] = eval.Column{Name: "col" + itoa(j), Type: t}
		for i := j; i < len(values); i += width {
			params[i+1] = t
		}
	}
	rows := int(n)
	return eval.TableBinding{Params: params, Columns: cols,
		Generate: func(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
			for r := 0; r < rows; r++ {
				copy(out, args[1+r*width:])
				if err := emit(); err != nil {
					return err
				}
			}
			return nil
		}}, nil
}

// transKeys checks the num_keys argument at index i and returns the
// number of keys, which the arguments after i must hold.
func transKeys(name string, site *eval.CallSite, i int) (int, error) {
	n, err := constCount(name, "the number of keys", site, 0, 0)
	if err != nil {
		return 0, err
	}
	if rest := len(site.Args) - i; n > int64(rest) {
		return 0, eval.Errorf(eval.CodeInvalidArgument, "function %s has %d keys but only %d columns after its fixed arguments", name, n, rest)
	}
	return int(n), nil
}

func bindTransArray(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) < 3 {
		return eval.TableBinding{}, eval.ArgumentCountError("trans_array", "at least 3", len(site.Args))
	}
	keys, err := transKeys("trans_array", site, 2)
	if err != nil {
		return eval.TableBinding{}, err
	}
	sep, err := constString("trans_array", "the separator", site, 1)
	if err != nil {
		return eval.TableBinding{}, err
	}
	if sep == "" {
		return eval.TableBinding{}, eval.Errorf(eval.CodeInvalidArgument, "argument 2 of function trans_array, the separator, must not be empty")
	}
	params := append([]eval.Type{eval.BigintType, eval.StringType}, site.Args[2:2+keys]...)
	if params, err = stringParams("trans_array", site.Args, 2+keys, params); err != nil {
		return eval.TableBinding{}, err
	}
	cols := numberedColumns(len(site.Args)-2, eval.StringType)
	for i := 0; i < keys; i++ {
		cols[i].Type = site.Args[2+i]
	}
	return eval.TableBinding{Params: params, Columns: cols, Generate: transArray(keys, sep)}, nil
}

// transArray generates TRANS_ARRAY's rows. The split parts are kept in
// slices reused from row to row.
func transArray(keys int, sep string) eval.Generator {
	var parts [][]string
	return func(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
		vals := args[2:]
		copy(out, vals[:keys])
		cols := vals[keys:]
		if len(cols) == 0 { // every column a key: the page's "only one row"
			return emit()
		}
		if len(parts) < len(cols) {
			parts = make([][]string, len(cols))
		}
		rows := 0
		for i, c := range cols {
			parts[i] = parts[i][:0]
			if s, ok := c.(string); ok {
				parts[i] = appendSplit(parts[i], s, sep)
			}
			rows = max(rows, len(parts[i]))
		}
		for r := 0; r < rows; r++ {
			for i := range cols {
				out[keys+i] = nil
				if r < len(parts[i]) {
					out[keys+i] = parts[i][r]
				}
			}
			if err := emit(); err != nil {
				return err
			}
		}
		return nil
	}
}

// appendSplit appends the parts of s around each sep.
func appendSplit(dst []string, s, sep string) []string {
	for {
		part, rest, ok := strings.Cut(s, sep)
		dst = append(dst, part)
		if !ok {
			return dst
		}
		s = rest
	}
}

func bindTransCols(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) < 2 {
		return eval.TableBinding{}, eval.ArgumentCountError("trans_cols", "at least 2", len(site.Args))
	}
	keys, err := transKeys("trans_cols", site, 1)
	if err != nil {
		return eval.TableBinding{}, err
	}
	t := eval.VoidType
	for i := 1 + keys; i < len(site.Args); i++ {
		ct, ok := eval.CommonType(t, site.Args[i])
		if !ok {
			return eval.TableBinding{}, eval.Errorf(eval.CodeArgumentType,
				"the columns of function trans_cols have types %s and %s (argument %d), which have no common type", t, site.Args[i], i+1)
		}
		t = ct
	}
	params := append([]eval.Type{eval.BigintType}, site.Args[1:1+keys]...)
	cols := []eval.Column{{Name: "idx", Type: eval.BigintType}}
	for i := 0; i < keys; i++ {
		cols = append(cols, eval.Column{Name: "c" + itoa(i+1), Type: site.Args[1+i]})
	}
	if 1+keys == len(site.Args) {
		// The page: when every column is a key, only one row is returned.
		return eval.TableBinding{Params: params, Columns: cols,
			Generate: func(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
				out[0] = int64(1)
				copy(out[1:], args[1:])
				return emit()
			}}, nil
	}
	cols = append(cols, eval.Column{Name: "c" + itoa(keys+1), Type: t})
	for i := 1 + keys; i < len(site.Args); i++ {
		params = append(params, t)
	}
	return eval.TableBinding{Params: params, Columns: cols,
		Generate: func(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
			copy(out[1:], args[1:1+keys])
			for i, v := range args[1+keys:] {
				out[0], out[1+keys] = int64(i+1), v
				if err := emit(); err != nil {
					return err
				}
			}
			return nil
		}}, nil
}
