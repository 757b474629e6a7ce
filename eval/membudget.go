package eval

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/mcsql/mcsql/parser"
)

// The memory budget bounds what one statement keeps in memory: the rows a
// sort, a hash grouping, DISTINCT, a set operation, a hash join's build
// side or a materialized relation (a table variable, an IN list) retain.
// Streaming operators (scan, filter, project, limit) keep nothing and are
// not counted. Each operator that keeps rows takes a tracker from the
// session's account and charges the estimated bytes of what it keeps:
//
//	mem := acct.track("ORDER BY")
//	defer mem.release()
//	...
//	if err := mem.charge(row); err != nil {
//		return err
//	}
//
// When the total over every live tracker would pass the budget, charge
// fails with an error in the shape of MaxCompute's own out-of-memory
// failure ("ODPS-0123144: Fuxi job failed - WorkerRestart errCode:9,
// errMsg:SigKill(OOM), usually caused by OOM(out of memory)"), naming the
// operator, the budget and how to raise it, so a script fails clearly
// instead of the process being killed. Table variables stay in memory after their statement: their bytes
// count against every later statement's budget.

// FlagMemoryBudget sets the memory budget of each statement: a number of
// bytes, optionally with a k, m, g or t suffix (powers of 1024).
const FlagMemoryBudget = "odps.mcsql.memory.budget"

// DefaultMemoryBudget is the budget when neither the SET flag nor
// Config.MemoryBudget gives one: 1 GiB.
const DefaultMemoryBudget int64 = 1 << 30

// memAccount is the running statement's memory account. The session keeps
// one for its whole life (operators hold a pointer to it) and resets it as
// each statement begins.
type memAccount struct {
	budget int64
	used   int64 // bytes charged by live trackers, plus vars
	vars   int64 // bytes held by the session's table variables
	pos    parser.Pos
}

// begin starts a statement at pos; vars is what table variables hold.
func (a *memAccount) begin(pos parser.Pos, vars int64) {
	a.pos, a.vars, a.used = pos, vars, vars
}

// memTracker is one operator's share of the account. A nil tracker, or
// one of a nil account (an operator used outside a session), tracks
// nothing.
type memTracker struct {
	acct *memAccount
	op   string
	held int64
}

// track returns a tracker for op, the operator as the error names it.
func (a *memAccount) track(op string) *memTracker {
	return &memTracker{acct: a, op: op}
}

// charge counts a row the operator keeps (its copy, as rowBytes estimates).
func (t *memTracker) charge(row []Value) error {
	if t == nil || t.acct == nil {
		return nil
	}
	return t.chargeBytes(rowBytes(row))
}

// chargeBytes counts n more bytes the operator keeps.
func (t *memTracker) chargeBytes(n int64) error {
	if t == nil || t.acct == nil {
		return nil
	}
	a := t.acct
	if a.used+n > a.budget {
		return a.exceeded(t.op)
	}
	a.used += n
	t.held += n
	return nil
}

// release gives back everything the operator charged (it dropped its rows).
func (t *memTracker) release() {
	if t != nil && t.acct != nil {
		t.acct.used -= t.held
		t.held = 0
	}
}

// keep ends the tracker without giving its bytes back: what it charged
// outlives the operator (a table variable) and is counted by the caller.
func (t *memTracker) keep() int64 {
	if t == nil {
		return 0
	}
	n := t.held
	t.held = 0
	return n
}

func (a *memAccount) exceeded(op string) error {
	msg := fmt.Sprintf("out of memory: %s needs more than the statement's memory budget of %s", op, formatBytes(a.budget))
	if a.vars > 0 {
		msg += fmt.Sprintf(" (table variables already hold %s of it)", formatBytes(a.vars))
	}
	msg += fmt.Sprintf("; raise it with SET %s=%s; (or mcsql --memory-budget %s), or make the operator keep fewer rows",
		FlagMemoryBudget, budgetText(nextBudget(a.budget)), budgetText(nextBudget(a.budget)))
	return &Error{Code: CodeOutOfMemory, Pos: a.pos, HasPos: true, Msg: msg}
}

// nextBudget is the budget an error suggests: four times the current one.
func nextBudget(b int64) int64 {
	if b > math.MaxInt64/4 {
		return math.MaxInt64
	}
	return 4 * b
}

var byteUnits = []struct {
	suffix string
	size   int64
}{{"t", 1 << 40}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}}

// budgetText writes b as SET takes it: with the largest unit dividing it.
func budgetText(b int64) string {
	for _, u := range byteUnits {
		if b >= u.size && b%u.size == 0 {
			return strconv.FormatInt(b/u.size, 10) + u.suffix
		}
	}
	return strconv.FormatInt(b, 10)
}

// formatBytes writes b for people: "1 GiB", "1536 bytes".
func formatBytes(b int64) string {
	for _, u := range byteUnits {
		if b >= u.size && b%u.size == 0 {
			return strconv.FormatInt(b/u.size, 10) + " " + strings.ToUpper(u.suffix) + "iB"
		}
	}
	return strconv.FormatInt(b, 10) + " bytes"
}

// ParseMemoryBudget reads a budget as SET and --memory-budget take it: a
// positive number of bytes, optionally followed by k, m, g or t (powers
// of 1024, either case, an optional trailing b: 512m, 2g, 64KB).
func ParseMemoryBudget(s string) (int64, error) {
	text := strings.ToLower(strings.TrimSpace(s))
	num, mult := strings.TrimSuffix(text, "b"), int64(1)
	for _, u := range byteUnits {
		if strings.HasSuffix(num, u.suffix) {
			num, mult = num[:len(num)-1], u.size
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > math.MaxInt64/mult {
		return 0, fmt.Errorf("memory budget %q is not a positive number of bytes such as 1073741824, 512m or 2g", s)
	}
	return n * mult, nil
}

// Estimated sizes, in bytes, of what Go keeps for a retained value: an
// interface slot, a boxed number, string and slice headers. They need not
// be exact, only proportional to the real use, so a budget means roughly
// what it says.
const (
	slotBytes   = 16  // one Value (interface) in a row
	sliceBytes  = 24  // a slice header
	stringBytes = 16  // a string header
	boxBytes    = 8   // a boxed int64 or float64
	timeBytes   = 24  // a boxed time.Time
	mapEntry    = 48  // a Go map entry's overhead beyond its key and value
	constBytes  = 128 // a compiled constant (an element of an IN list)
	stateBytes  = 64  // an aggregate's state
)

// rowBytes estimates the bytes of a retained copy of row.
func rowBytes(row []Value) int64 {
	n := int64(sliceBytes + slotBytes*len(row))
	for _, v := range row {
		n += payloadBytes(v)
	}
	return n
}

// payloadBytes estimates what a value holds beyond its interface slot.
func payloadBytes(v Value) int64 {
	switch v := v.(type) {
	case nil, bool:
		return 0
	case int64, float64:
		return boxBytes
	case string:
		return stringBytes + int64(len(v))
	case []byte:
		return sliceBytes + int64(len(v))
	case time.Time:
		return timeBytes
	case Decimal:
		// A big.Rat: two big.Ints with their words.
		return 16 + 80 + int64(v.Rat.Num().BitLen()+v.Rat.Denom().BitLen())/8
	case []Value:
		return rowBytes(v)
	case *Map:
		return 2*sliceBytes + rowBytes(v.Keys) + rowBytes(v.Values)
	case *Struct:
		return 32 + rowBytes(v.Fields)
	case JSON:
		return slotBytes + jsonBytes(v.Node)
	}
	return slotBytes // other scalar kinds (TIMESTAMP_NTZ, ...): a small box
}

// jsonBytes estimates a JSON document's nodes.
func jsonBytes(node any) int64 {
	switch n := node.(type) {
	case string:
		return stringBytes + int64(len(n))
	case JSONNumber:
		return stringBytes + int64(len(n))
	case []any:
		s := int64(sliceBytes)
		for _, e := range n {
			s += slotBytes + jsonBytes(e)
		}
		return s
	case *JSONObject:
		s := int64(2 * sliceBytes)
		for i, k := range n.Keys {
			s += stringBytes + int64(len(k)) + slotBytes + jsonBytes(n.Values[i])
		}
		return s
	}
	return 0
}

// keyBytes estimates a key string kept in a Go map (DISTINCT, set
// operations, hash tables).
func keyBytes(k string) int64 {
	return stringBytes + int64(len(k)) + mapEntry
}

// memoryBudget is the session's budget: SET, else Config, else the default.
func (s *Session) memoryBudget() int64 {
	if v, ok := s.ctx.Flag(FlagMemoryBudget); ok {
		if b, err := ParseMemoryBudget(v); err == nil {
			return b
		}
	}
	if s.budget > 0 {
		return s.budget
	}
	return DefaultMemoryBudget
}

// beginStatement resets the memory account for the statement at pos.
func (s *Session) beginStatement(pos parser.Pos) {
	s.mem.budget = s.memoryBudget()
	s.mem.begin(pos, s.tableVarBytes())
}

// tableVarBytes is what the session's table variables hold. It is kept
// up to date by setVar rather than summed over the variables: a script
// that assigns many variables would otherwise pay for all of them at every
// statement.
func (s *Session) tableVarBytes() int64 { return s.tableVars }

// setVar makes v the variable named key (lower case), counting its table.
func (s *Session) setVar(key string, v *variable) {
	if old := s.vars[key]; old != nil && old.table != nil {
		s.tableVars -= old.table.bytes
	}
	if v.table != nil {
		s.tableVars += v.table.bytes
	}
	s.vars[key] = v
}
