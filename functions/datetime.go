package functions

import (
	"github.com/mcsql/mcsql/eval"
)

// DATETIME values are wall-clock readings of the session time zone stored
// with time.UTC (eval/value.go), so calendar arithmetic runs in UTC and only
// the clock and epoch functions (date_clock.go) consult ctx.Location.

// registerDatetime registers the date group: the clock and epoch numbers
// (date_clock.go), fields (date_fields.go), unit arithmetic
// (date_arith.go), month and day arithmetic (date_months.go) and the
// formats (date_format.go, date_javaformat.go).
func registerDatetime(r registrar) {
	registerDateClock(r)
	registerDateFields(r)
	registerDateArith(r)
	registerDateMonths(r)
	registerDateFormats(r)
}

// toCharValues are TO_CHAR's overloads for non-date values.
func toCharValues() []*eval.Overload {
	return []*eval.Overload{
		ov(eval.StringType, impl1(total(boolText)), p("x", booleanKinds)),
		ov(eval.StringType, impl1(total(intText)), p("x", integerKinds)),
		ov(eval.StringType, impl1(total(floatText)), p("x", floatKinds)),
		ov(eval.StringType, impl1(total(doubleText)), p("x", doubleKinds)),
		ov(eval.StringType, impl1(total(decimalText)), p("x", decimalKinds)),
	}
}

func boolText(b bool) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}

func intText(x int64) string { return eval.FormatValue(x, eval.BigintType) }

func floatText(x float64) string { return eval.FormatValue(x, eval.FloatType) }

func doubleText(x float64) string { return eval.FormatValue(x, eval.DoubleType) }

func decimalText(x eval.Decimal) string { return eval.FormatValue(x, eval.DecimalType) }
