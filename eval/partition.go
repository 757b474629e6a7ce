package eval

import (
	"sort"
	"strconv"
	"strings"
)

// Partition limits from MaxCompute's documentation ("Partition operations",
// "Insert or overwrite data into dynamic partitions").
const (
	// MaxPartitionsPerTable is the most partitions a table may have.
	MaxPartitionsPerTable = 60000
	// MaxDynamicPartitionsInsert is the most partitions one INSERT INTO
	// may write; MaxDynamicPartitionsOverwrite for INSERT OVERWRITE.
	MaxDynamicPartitionsInsert    = 10000
	MaxDynamicPartitionsOverwrite = 60000
	// maxPartitionValueLen is the longest partition value, in bytes.
	maxPartitionValueLen = 255
)

// PartitionValueText is the text of a partition value as partition names
// show it: an integer in decimal, a string as it is.
func PartitionValueText(v Value) string {
	switch v := v.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case string:
		return v
	case nil:
		return "NULL"
	}
	return "?"
}

// PartitionName renders a partition as MaxCompute names it and SHOW
// PARTITIONS prints it: ds=20240101/hr=1.
func PartitionName(cols []Column, vals []Value) string {
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteByte('/')
		}
		b.WriteString(c.Name)
		b.WriteByte('=')
		if i < len(vals) {
			b.WriteString(PartitionValueText(vals[i]))
		}
	}
	return b.String()
}

// PartitionValueProblem says why v cannot be a partition value, or ""
// when it can. MaxCompute's pages: a value is not NULL, 1 to 255 bytes,
// without double-byte characters; letters, digits, spaces and : _ $ # . !
// @ are allowed, the behaviour of other characters "is undefined".
// **(mcsql)** accepts any other printable ASCII character except those
// that would make partition names ambiguous or unprintable: / = , ' " \
// and control characters (the documentation's own examples use '-').
func PartitionValueProblem(v Value) string {
	s, ok := v.(string)
	switch {
	case v == nil:
		return "a partition value cannot be NULL"
	case !ok:
		return "" // an integer column's value
	case s == "":
		return "a partition value cannot be empty"
	case len(s) > maxPartitionValueLen:
		return "a partition value is at most 255 bytes long"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || strings.IndexByte(`/=,'"\`, c) >= 0 {
			return "a partition value is ASCII letters, digits, spaces and punctuation other than / = , ' \" \\ (no control or double-byte characters)"
		}
	}
	return ""
}

// SortPartitions orders partitions as SHOW PARTITIONS lists them: by
// their values as text, the first partition column first.
func SortPartitions(parts [][]Value) {
	sort.SliceStable(parts, func(i, j int) bool { return comparePartitions(parts[i], parts[j]) < 0 })
}

func comparePartitions(a, b []Value) int {
	for k := range min(len(a), len(b)) {
		if c := strings.Compare(PartitionValueText(a[k]), PartitionValueText(b[k])); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}
