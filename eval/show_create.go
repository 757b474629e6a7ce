package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// execShowCreate prints the CREATE TABLE statement of a table, which mcsql
// runs as it is: SHOW CREATE TABLE's output recreates the table elsewhere.
// **(mcsql)** MaxCompute's output adds STORED AS and TBLPROPERTIES
// clauses about its storage, which a local warehouse has no use for.
func (s *Session) execShowCreate(st *parser.ShowCreateTableStmt) error {
	info, err := s.tableInfo(st.Pos, st.Name)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(s.stdout, createStatement(info, s.projectOf(st.Name)))
	return err
}

// createStatement renders info as a CREATE TABLE IF NOT EXISTS statement
// with the project-qualified name, one column a line.
func createStatement(info *TableInfo, project string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s.%s (\n", project, tableQualifier(info.Name))
	for i, c := range info.Columns {
		fmt.Fprintf(&b, "    %s", columnDDL(c, columnComment(info, i)))
		if i < len(info.Columns)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString(")\n")
	if info.Comment != "" {
		fmt.Fprintf(&b, "COMMENT %s\n", quoteSQL(info.Comment))
	}
	if len(info.PartitionColumns) > 0 {
		parts := make([]string, len(info.PartitionColumns))
		for i, c := range info.PartitionColumns {
			parts[i] = columnDDL(c, "")
		}
		fmt.Fprintf(&b, "PARTITIONED BY (%s)\n", strings.Join(parts, ", "))
	}
	if info.Lifecycle > 0 {
		fmt.Fprintf(&b, "LIFECYCLE %d\n", info.Lifecycle)
	}
	s := strings.TrimSuffix(b.String(), "\n")
	return s + ";\n"
}

// columnDDL is `name TYPE [COMMENT '...']`, the name quoted so that a
// reserved word stays a name.
func columnDDL(c Column, comment string) string {
	out := "`" + strings.ReplaceAll(c.Name, "`", "``") + "` " + c.Type.String()
	if comment != "" {
		out += " COMMENT " + quoteSQL(comment)
	}
	return out
}

// quoteSQL writes s as a single-quoted string literal, escaping what the
// scanner unescapes.
func quoteSQL(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return "'" + r.Replace(s) + "'"
}
