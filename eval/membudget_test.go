package eval

import (
	"strings"
	"testing"
)

func TestParseMemoryBudget(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"1073741824", 1 << 30}, {"512m", 512 << 20}, {"2g", 2 << 30}, {"2G", 2 << 30},
		{"64KB", 64 << 10}, {" 1t ", 1 << 40}, {"100b", 100}, {"1", 1},
	} {
		got, err := ParseMemoryBudget(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseMemoryBudget(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "0", "-1", "1.5g", "g", "lots", "1x", "9000000000000g", "99999999999999999999"} {
		if got, err := ParseMemoryBudget(bad); err == nil {
			t.Errorf("ParseMemoryBudget(%q) = %d, want an error", bad, got)
		}
	}
}

func TestBudgetText(t *testing.T) {
	for b, want := range map[int64]string{1 << 30: "1g", 4 << 30: "4g", 1536: "1536", 3 << 20: "3m", 2048: "2k", 7: "7"} {
		if got := budgetText(b); got != want {
			t.Errorf("budgetText(%d) = %q, want %q", b, got, want)
		}
		if back, err := ParseMemoryBudget(budgetText(b)); err != nil || back != b {
			t.Errorf("ParseMemoryBudget(budgetText(%d)) = %d, %v", b, back, err)
		}
	}
}

// TestRowBytes checks that the estimate grows with what a row holds,
// nested containers included.
func TestRowBytes(t *testing.T) {
	small := rowBytes([]Value{int64(1), "ab"})
	large := rowBytes([]Value{int64(1), strings.Repeat("x", 1002)})
	if large-small != 1000 {
		t.Errorf("a string 1000 bytes longer adds %d bytes, want 1000", large-small)
	}
	nested := rowBytes([]Value{[]Value{strings.Repeat("y", 500)}, &Map{Keys: []Value{"k"}, Values: []Value{[]byte(strings.Repeat("z", 300))}},
		&Struct{Fields: []Value{JSON{Node: strings.Repeat("w", 200)}}}})
	if nested < 1000 {
		t.Errorf("nested values estimated at %d bytes, want more than the 1000 bytes of their payloads", nested)
	}
	if rowBytes([]Value{nil, true}) != sliceBytes+2*slotBytes {
		t.Errorf("NULL and BOOLEAN hold nothing beyond their slots")
	}
}

func TestTrackerChargeRelease(t *testing.T) {
	a := &memAccount{budget: 100}
	x, y := a.track("X"), a.track("Y")
	if err := x.chargeBytes(60); err != nil {
		t.Fatal(err)
	}
	err := y.chargeBytes(50)
	if err == nil || !strings.Contains(err.Error(), "Y needs more than the statement's memory budget of 100 bytes") {
		t.Fatalf("over the budget: %v", err)
	}
	x.release()
	if a.used != 0 {
		t.Fatalf("used after release = %d, want 0", a.used)
	}
	if err := y.chargeBytes(50); err != nil {
		t.Fatalf("within the budget once x released: %v", err)
	}
	var none *memTracker
	if err := none.charge([]Value{"x"}); err != nil {
		t.Fatal(err)
	}
	none.release()
	var noAccount *memAccount
	if err := noAccount.track("Z").chargeBytes(1 << 40); err != nil {
		t.Fatal(err)
	}
}

// TestOperatorsReleaseMemory runs every operator that keeps rows and checks
// that each gives its bytes back when its statement ends: only the table
// variables stay charged.
func TestOperatorsReleaseMemory(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, "create table m (k bigint, s string); insert into m values (1, 'a'), (2, 'b'), (2, 'b'), (null, 'c');")
	for _, q := range []string{
		"select k, s from m order by s desc;",
		"select distinct s from m;",
		"select k, count(*), count(distinct s) from m group by k;",
		"select count(distinct s) from m;",
		"select * from m a join m b on a.k = b.k;",
		"select * from m a left join m b on a.k = b.k;",
		"select * from m a full join m b on a.k = b.k;",
		"select s from m intersect select s from m where k = 2;",
		"select s from m except select s from m where k = 2;",
		"select s from m union select s from m;",
		"select k from m order by k limit 1;",
		"@t := select * from m order by k;",
		"select * from @t order by s;",
	} {
		if _, err := r.run(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if vars := r.s.tableVarBytes(); r.s.mem.used != vars {
			t.Errorf("%s: %d bytes still charged after it ended; table variables hold %d", q, r.s.mem.used, vars)
		}
	}
	if r.s.tableVarBytes() == 0 {
		t.Errorf("the table variable @t is not counted")
	}
}

func TestMemoryBudgetSources(t *testing.T) {
	s := NewSession(Config{MemoryBudget: 4096})
	if got := s.memoryBudget(); got != 4096 {
		t.Errorf("Config.MemoryBudget: budget %d, want 4096", got)
	}
	if err := s.Run("set odps.mcsql.memory.budget=1m;"); err != nil {
		t.Fatal(err)
	}
	if got := s.memoryBudget(); got != 1<<20 {
		t.Errorf("after SET: budget %d, want 1 MiB", got)
	}
	if got := NewSession(Config{}).memoryBudget(); got != DefaultMemoryBudget {
		t.Errorf("default budget %d, want %d", got, DefaultMemoryBudget)
	}
	err := NewSession(Config{MemoryBudget: 10}).Run("select k from values (3), (1), (2) t(k) order by k;")
	if err == nil || !strings.HasPrefix(err.Error(), "ODPS-0123144:[1,1] Fuxi job failed - out of memory: ORDER BY") {
		t.Errorf("ORDER BY over a 10-byte budget: %v", err)
	}
}

// BenchmarkMemCharge is the accounting's share of per-row work: the
// estimate and charge of one (BIGINT, BIGINT, STRING) row, as ORDER BY
// makes for each row it keeps, next to the per-row work the operators
// already did before the accounting: the row's copy (ORDER BY, joins) and
// its key (GROUP BY, DISTINCT).
func BenchmarkMemCharge(b *testing.B) {
	row := []Value{int64(7), int64(123456), "s123"}
	b.Run("charge", func(b *testing.B) {
		a := &memAccount{budget: 1 << 62}
		mem := a.track("ORDER BY")
		for b.Loop() {
			if err := mem.charge(row); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("copy", func(b *testing.B) {
		var keep [][]Value
		for i := 0; b.Loop(); i++ {
			if i%4096 == 0 {
				keep = keep[:0]
			}
			keep = append(keep, append([]Value(nil), row...))
		}
	})
	b.Run("rowKey", func(b *testing.B) {
		for b.Loop() {
			_ = rowKey(row)
		}
	})
}

// The bytes of the table variables are counted as they are assigned, not
// summed at every statement (which cost a script of many variables time in
// proportion to their number, at every statement); the count follows
// every way a variable gets or loses a table.
func TestTableVarBytesFollowAssignments(t *testing.T) {
	r := newTableRun()
	sum := func() int64 {
		var n int64
		for _, v := range r.s.vars {
			if v.table != nil {
				n += v.table.bytes
			}
		}
		return n
	}
	r.s.SetTableVariable("fed", []Column{{Name: "a", Type: BigintType}}, [][]Value{{int64(1)}, {int64(2)}})
	for _, q := range []string{
		"@t := select 1 as a, 'xyz' as b;",
		"@t := select 1 as a, 'a longer string' as b union all select 2, 'b';",
		"@u := select * from @t;",
		"@t := 1;",
		"@d table (a bigint);",
		"@d := select 7 as a;",
		"@u := select 'short' as s;",
		"@fed := 'scalar';",
	} {
		if _, err := r.run(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if got, want := r.s.tableVarBytes(), sum(); got != want || want == 0 {
			t.Errorf("after %s: table variables counted %d bytes, they hold %d", q, got, want)
		}
	}
}
