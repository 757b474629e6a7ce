package eval

import "testing"

// TestOrderByKeepsTiesInInputOrder sorts enough rows for the sort to leave
// its small-input path: rows with equal keys stay in input order.
func TestOrderByKeepsTiesInInputOrder(t *testing.T) {
	const n = 3000
	rows := make([][]Value, n)
	for i := range rows {
		rows[i] = []Value{int64((i * 7) % 5), int64(i)}
	}
	s := NewSession(Config{})
	s.SetTableVariable("t", []Column{{Name: "k", Type: BigintType}, {Name: "i", Type: BigintType}}, rows)
	var got [][2]int64
	_, err := s.Query("select k, i from @t order by k desc;", func(row []Value) error {
		got = append(got, [2]int64{row[0].(int64), row[1].(int64)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("%d rows, want %d", len(got), n)
	}
	for i := 1; i < n; i++ {
		a, b := got[i-1], got[i]
		if a[0] < b[0] || a[0] == b[0] && a[1] > b[1] {
			t.Fatalf("rows %d and %d out of order: %v then %v", i-1, i, a, b)
		}
	}
}
