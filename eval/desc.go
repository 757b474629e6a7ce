package eval

import (
	"fmt"
	"strings"
)

// describe renders DESC t in odpscmd's framed layout: 86 characters wide,
// a header block, the native columns (Field, Type, Label, Comment) and the
// partition columns. **(mcsql)** odpscmd's owner, times and size lines are
// left out: a local warehouse does not keep them.
func describe(info *TableInfo) string {
	var b strings.Builder
	rule := "+" + strings.Repeat("-", 84) + "+\n"
	line := func(text string) { fmt.Fprintf(&b, "| %-82s |\n", text) }
	project, _, found := strings.Cut(info.Name, ".")
	if !found {
		project = "default"
	}
	b.WriteString(rule)
	line(fmt.Sprintf("%-26s%s", "Project:", project))
	line(fmt.Sprintf("%-26s%s", "TableComment:", info.Comment))
	if info.Lifecycle > 0 {
		line(fmt.Sprintf("%-26s%d", "Lifecycle:", info.Lifecycle))
	}
	b.WriteString(rule)
	line("Native Columns:")
	b.WriteString(rule)
	fmt.Fprintf(&b, "| %-15s | %-10s | %-5s | %-43s |\n", "Field", "Type", "Label", "Comment")
	b.WriteString(rule)
	for i, c := range info.Columns {
		comment := ""
		if i < len(info.ColumnComments) {
			comment = info.ColumnComments[i]
		}
		fmt.Fprintf(&b, "| %-15s | %-10s | %-5s | %-43s |\n", c.Name, strings.ToLower(c.Type.String()), "", comment)
	}
	b.WriteString(rule)
	if len(info.PartitionColumns) > 0 {
		line("Partition Columns:")
		b.WriteString(rule)
		for _, c := range info.PartitionColumns {
			fmt.Fprintf(&b, "| %-15s | %-10s | %-51s |\n", c.Name, strings.ToLower(c.Type.String()), "")
		}
		b.WriteString(rule)
	}
	return b.String()
}
