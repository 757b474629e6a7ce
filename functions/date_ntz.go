package functions

import (
	"time"

	"github.com/mcsql/mcsql/eval"
)

// The newest pages of many classic date functions (DATEADD, DATEDIFF,
// DATEPART, DATETRUNC, DATE_FORMAT, TO_CHAR, YEAR, MONTH, DAY..., LAST_DAY,
// ADD_MONTHS, WEEKOFYEAR, UNIX_TIMESTAMP, TO_MILLIS) list TIMESTAMP_NTZ
// among their date types. A TIMESTAMP_NTZ value is a wall clock that no
// session time zone shifts, held like DATETIME and TIMESTAMP values as a
// time.Time in time.UTC, so every function reading calendar fields treats
// it as it treats them. Only the functions turning a date into an instant
// differ: a DATETIME or TIMESTAMP is read in the session time zone, a
// TIMESTAMP_NTZ as UTC (the TIMESTAMP_NTZ page: its values are "based on a
// uniform time standard, such as UTC" and need no time zone conversion).

// dateNTZKinds are timeKinds and TIMESTAMP_NTZ, for the date parameters
// whose pages list TIMESTAMP_NTZ. DATETIME stays first: a STRING argument
// converts to it as before.
var dateNTZKinds = []eval.Kind{eval.KindDatetime, eval.KindDate, eval.KindTimestamp, eval.KindTimestampNTZ}

// utcEpoch is UNIX_TIMESTAMP and TO_MILLIS of a TIMESTAMP_NTZ: f of its wall
// clock read as UTC, whatever the session time zone.
func utcEpoch(f func(time.Time) int64) eval.Impl {
	return impl1(func(t time.Time) (int64, error) { return f(t), nil })
}

// alsoNTZ adds to a function's overloads a copy of the first (whose date
// parameter takes DATE, DATETIME or TIMESTAMP) taking a TIMESTAMP_NTZ date
// instead, for helpers such as dateAndArg that other functions share.
func alsoNTZ(overloads []*eval.Overload) []*eval.Overload {
	c := *overloads[0]
	c.Params = append([]eval.Param{p(c.Params[0].Name, ntzKinds)}, c.Params[1:]...)
	return append(overloads, &c)
}
