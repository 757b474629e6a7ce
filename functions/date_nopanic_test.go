package functions

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// TestDateFunctionsNeverPanic calls every overload of the date group with
// extreme and malformed arguments of its parameter kinds, through Prepare
// (constant arguments) and Impl: bad input gives an error or NULL, never a
// panic.
func TestDateFunctionsNeverPanic(t *testing.T) {
	times := []eval.Value{nil, minTime, maxTime, time.Unix(0, 0).UTC(), time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.UTC)}
	ints := []eval.Value{nil, int64(0), int64(-1), int64(1), int64(math.MaxInt64), int64(math.MinInt64)}
	strs := []eval.Value{nil, "", "x", "%", "%%%", "'", "''", "yyyy", "yyyyyyyyyyyyyyyyyyyy", "mi", "week(", "week(xx)",
		"9999-12-31 23:59:59.999999999", "0001-01-01", "1-1-1 1:1:1", "2024-02-30", "UTC", "Mars/Olympus", "ff3", "isoyear", "q"}
	valuesOf := func(kinds []eval.Kind) []eval.Value {
		switch {
		case len(kinds) == 0:
			return nil
		case kinds[0] == eval.KindDatetime || kinds[0] == eval.KindDate || kinds[0] == eval.KindTimestamp:
			return times
		case kinds[0].IsInteger():
			return ints
		case kinds[0].IsString():
			return strs
		}
		return []eval.Value{true, 1.5}
	}
	for _, edition := range []eval.Edition{eval.Edition2, eval.EditionHive, eval.Edition1} {
		ctx := testContext()
		ctx.Edition = edition
		callAll(t, ctx, valuesOf)
	}
}

// callAll calls every overload of the date group with every combination
// of the values valuesOf gives for its parameters' kinds.
func callAll(t *testing.T, ctx *eval.CallContext, valuesOf func([]eval.Kind) []eval.Value) {
	r := NewRegistry()
	for _, name := range r.Names() {
		f, _ := r.Lookup(name)
		if f.Doc.Category != eval.CategoryDate || f.Name != name {
			continue
		}
		for oi, o := range f.Overloads {
			combos := [][]eval.Value{{}}
			for _, p := range o.Params {
				var next [][]eval.Value
				for _, c := range combos {
					for _, v := range valuesOf(p.Kinds) {
						next = append(next, append(append([]eval.Value(nil), c...), v))
					}
				}
				combos = next
			}
			for _, args := range combos {
				t.Run(fmt.Sprintf("%v/%s#%d%v", ctx.Edition, name, oi, args), func(t *testing.T) {
					defer func() {
						if p := recover(); p != nil {
							t.Fatalf("panic: %v", p)
						}
					}()
					_, _ = o.Impl(ctx, args)
					if o.Prepare != nil {
						isConst := make([]bool, len(args))
						for i := range isConst {
							isConst[i] = true
						}
						if impl, err := o.Prepare(ctx, args, isConst); err == nil {
							_, _ = impl(ctx, args)
						}
					}
				})
			}
		}
	}
}
