package eval

import (
	"fmt"
	"strings"
)

// descFrame builds DESC's framed layout: 86 characters wide, blocks
// between rules of dashes.
type descFrame struct{ b strings.Builder }

func (f *descFrame) rule() { f.b.WriteString("+" + strings.Repeat("-", 84) + "+\n") }

// line writes one row of text in the frame.
func (f *descFrame) line(text string) { fmt.Fprintf(&f.b, "| %-82s |\n", text) }

// field writes a `Name:    value` row, values aligned at column 28.
func (f *descFrame) field(name, value string) { f.line(fmt.Sprintf("%-26s%s", name+":", value)) }

// header writes the table's block of Project, TableComment and Lifecycle.
func (f *descFrame) header(info *TableInfo, project string) {
	f.rule()
	f.field("Project", project)
	f.field("TableComment", info.Comment)
	if info.Lifecycle > 0 {
		f.field("Lifecycle", fmt.Sprint(info.Lifecycle))
	}
	f.rule()
}

// partitions writes the Partition Columns block of a partitioned table.
func (f *descFrame) partitions(info *TableInfo) {
	if len(info.PartitionColumns) == 0 {
		return
	}
	f.line("Partition Columns:")
	f.rule()
	for _, c := range info.PartitionColumns {
		fmt.Fprintf(&f.b, "| %-15s | %-10s | %-51s |\n", c.Name, strings.ToLower(c.Type.String()), "")
	}
	f.rule()
}

// columnComment is the comment of column i, "" when it has none.
func columnComment(info *TableInfo, i int) string {
	if i < len(info.ColumnComments) {
		return info.ColumnComments[i]
	}
	return ""
}

// describe renders DESC t in odpscmd's framed layout: a header block, the
// native columns (Field, Type, Label, Comment) and the partition columns.
// **(mcsql)** odpscmd's owner, times and size lines are left out: a local
// warehouse does not keep them.
func describe(info *TableInfo, project string) string {
	var f descFrame
	f.header(info, project)
	f.line("Native Columns:")
	f.rule()
	fmt.Fprintf(&f.b, "| %-15s | %-10s | %-5s | %-43s |\n", "Field", "Type", "Label", "Comment")
	f.rule()
	for i, c := range info.Columns {
		fmt.Fprintf(&f.b, "| %-15s | %-10s | %-5s | %-43s |\n", c.Name, strings.ToLower(c.Type.String()), "", columnComment(info, i))
	}
	f.rule()
	f.partitions(info)
	return f.b.String()
}

// extendedRow is the column row layout of DESC EXTENDED: Field, Type,
// Label, ExtendedLabel, Nullable, DefaultValue, Comment.
const extendedRow = "| %-10s | %-8s | %-5s | %-13s | %-8s | %-12s | %-8s |\n"

// describeExtended renders DESC EXTENDED t as MaxCompute does
// (https://www.alibabacloud.com/help/en/maxcompute/user-guide/desc-table-or-view):
// DESC's blocks with the columns' ExtendedLabel, Nullable and DefaultValue,
// then an Extended Info block. **(mcsql)** Every column is nullable with
// no default (mcsql has no NOT NULL or DEFAULT), and Extended Info holds
// only what a local warehouse knows: no table id, sizes or file counts.
func describeExtended(info *TableInfo, project string) string {
	var f descFrame
	f.header(info, project)
	f.line("Native Columns:")
	f.rule()
	fmt.Fprintf(&f.b, extendedRow, "Field", "Type", "Label", "ExtendedLabel", "Nullable", "DefaultValue", "Comment")
	f.rule()
	for i, c := range info.Columns {
		fmt.Fprintf(&f.b, extendedRow, c.Name, strings.ToLower(c.Type.String()), "", "", "true", "NULL", columnComment(info, i))
	}
	f.rule()
	f.partitions(info)
	f.line("Extended Info:")
	f.rule()
	f.field("IsArchived", "false")
	f.field("StoredAs", "mcsql warehouse (SQLite)")
	f.rule()
	return f.b.String()
}
