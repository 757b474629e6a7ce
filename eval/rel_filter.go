package eval

// streamScan filters and projects rows as they stream: nothing is kept,
// and the output row is reused.
func streamScan(src func(func([]Value) error) error, where expr, items []expr) func(func([]Value) error) error {
	return func(fn func([]Value) error) error {
		out := make([]Value, len(items))
		return src(func(row []Value) error {
			if ok, err := passes(where, row); !ok || err != nil {
				return err
			}
			if err := project(items, row, out); err != nil {
				return err
			}
			return fn(out)
		})
	}
}

// passes evaluates a filter (nil passes everything): only TRUE passes.
func passes(filter expr, row []Value) (bool, error) {
	if filter == nil {
		return true, nil
	}
	v, err := filter.eval(row)
	return v == true, err
}

// project evaluates items on row into out.
func project(items []expr, row, out []Value) error {
	for i, x := range items {
		v, err := x.eval(row)
		if err != nil {
			return err
		}
		out[i] = v
	}
	return nil
}
