package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// statementHelp lists the statement kinds and the shell's own commands.
const statementHelp = `Statements end with ';' outside strings and comments; an IF statement ends
with its construct (after END, or after the ';' of a one-statement branch):
press Enter on an empty line to run an IF that could still take an ELSE.

  @name := expression;                  scalar variable
  @name := SELECT ...;                  table variable, read with FROM @name
  @name type;   @name TABLE(col type, ...);   declarations
  IF (cond) BEGIN ... END [ELSE IF (cond) ...] [ELSE BEGIN ... END]
  SET key=value;                        session flag
  SELECT ...;   VALUES ...;             queries
  CREATE TABLE, INSERT, DROP TABLE, TRUNCATE TABLE, SHOW TABLES, DESC
  ALTER TABLE t ADD|DROP PARTITION (...), SHOW PARTITIONS t
  USE project;  WHOAMI;  READ t [(cols)] [PARTITION (...)] [n];
  DESC EXTENDED t;  SHOW CREATE TABLE t;  EXPLAIN SELECT ...;

Shell commands:
  help;              this text
  help <function>;   a function's signature, description and example
  quit;  q;  exit;   leave (so does Ctrl-D on an empty line)
Ctrl-C cancels the statement being typed; Tab completes keywords, functions,
@variables and tables; the up arrow recalls whole statements.
`

// printHelp writes the statement kinds, the commands and the function
// names by the documentation's groups, in columns.
func printHelp(w io.Writer, reg *eval.Registry) {
	fmt.Fprint(w, statementHelp)
	groups := functionsByCategory(reg)
	for _, c := range eval.Categories {
		if names := groups[c]; len(names) > 0 {
			fmt.Fprintf(w, "\n%s functions (%d):\n", capitalize(c), len(names))
			fmt.Fprint(w, columns(names))
		}
	}
}

// functionsByCategory groups every callable name (aliases, aggregates and
// table-generating functions included) by documentation group, each group
// sorted.
func functionsByCategory(reg *eval.Registry) map[string][]string {
	groups := map[string][]string{}
	for _, n := range reg.Names() {
		f, _ := reg.Lookup(n)
		groups[f.Doc.Category] = append(groups[f.Doc.Category], n)
	}
	for _, n := range eval.AggregateNames() {
		d, _ := eval.AggregateDoc(n)
		groups[d.Category] = append(groups[d.Category], n)
	}
	for _, n := range reg.TableNames() {
		f, _ := reg.LookupTable(n)
		groups[f.Doc.Category] = append(groups[f.Doc.Category], n)
	}
	for _, n := range eval.WindowNames() {
		d, _ := eval.WindowDoc(n)
		groups[d.Category] = append(groups[d.Category], n)
	}
	for _, names := range groups {
		sort.Strings(names)
	}
	return groups
}

// columns lays names out in columns within 78 characters.
func columns(names []string) string {
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	width += 2
	perLine := max(1, 78/width)
	var b strings.Builder
	for i, n := range names {
		if i%perLine == 0 {
			b.WriteString("  ")
		}
		if i%perLine == perLine-1 || i == len(names)-1 {
			b.WriteString(n + "\n")
		} else {
			b.WriteString(n + strings.Repeat(" ", width-len(n)))
		}
	}
	return b.String()
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// printFunctionHelp writes a function's Doc: signature, description and
// example. An unknown name gets the names it may have meant on errw.
func printFunctionHelp(w, errw io.Writer, reg *eval.Registry, name string) {
	name = strings.Trim(name, "`'\"")
	name = strings.TrimSuffix(name, "()")
	f, ok := reg.Lookup(name)
	if !ok {
		if doc, agg := eval.AggregateDoc(name); agg {
			printDoc(w, doc)
			return
		}
		if tf, table := reg.LookupTable(name); table {
			printDoc(w, tf.Doc)
			return
		}
		if doc, win := eval.WindowDoc(name); win {
			printDoc(w, doc)
			return
		}
		msg := fmt.Sprintf("help: there is no function named %s", name)
		msg += reg.DidYouMean(name)
		fmt.Fprintf(errw, "%s\nType help; for the list of functions.\n", msg)
		return
	}
	fmt.Fprintln(w, f.Doc.Signature)
	if upper := strings.ToUpper(name); upper != f.Name {
		fmt.Fprintf(w, "  %s is another name for %s.\n", upper, f.Name)
	}
	fmt.Fprintf(w, "  %s\n  Example: %s\n", f.Doc.Description, f.Doc.Example)
}

func printDoc(w io.Writer, d eval.Doc) {
	fmt.Fprintf(w, "%s\n  %s\n  Example: %s\n", d.Signature, d.Description, d.Example)
}
