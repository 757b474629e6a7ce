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

Shell commands:
  help;              this text
  help <function>;   a function's signature, description and example
  quit;  q;  exit;   leave (so does Ctrl-D on an empty line)
Ctrl-C cancels the statement being typed; Tab completes keywords, functions,
@variables and tables; the up arrow recalls whole statements.
`

// printHelp writes the statement kinds, the commands and the function
// names in columns.
func printHelp(w io.Writer, reg *eval.Registry) {
	names := reg.Names()
	fmt.Fprint(w, statementHelp)
	fmt.Fprintf(w, "\nFunctions (%d):\n", len(names))
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
	fmt.Fprint(w, b.String())
}

// printFunctionHelp writes a function's Doc: signature, description and
// example. An unknown name gets the names it may have meant on errw.
func printFunctionHelp(w, errw io.Writer, reg *eval.Registry, name string) {
	name = strings.Trim(name, "`'\"")
	name = strings.TrimSuffix(name, "()")
	f, ok := reg.Lookup(name)
	if !ok {
		msg := fmt.Sprintf("help: there is no function named %s", name)
		if near := nearNames(reg.Names(), name); len(near) > 0 {
			msg += "; did you mean " + strings.Join(near, ", ") + "?"
		}
		fmt.Fprintf(errw, "%s\nType help; for the list of functions.\n", msg)
		return
	}
	fmt.Fprintln(w, f.Doc.Signature)
	if upper := strings.ToUpper(name); upper != f.Name {
		fmt.Fprintf(w, "  %s is another name for %s.\n", upper, f.Name)
	}
	fmt.Fprintf(w, "  %s\n  Example: %s\n", f.Doc.Description, f.Doc.Example)
}

// nearNames returns up to five names, closest first, that contain name,
// start name, or differ from it by at most two edits.
func nearNames(names []string, name string) []string {
	upper := strings.ToUpper(name)
	type scored struct {
		name string
		dist int
	}
	var near []scored
	for _, n := range names {
		d := editDistance(n, upper)
		if d <= 2 || (len(upper) >= 3 && (strings.Contains(n, upper) || strings.HasPrefix(upper, n))) {
			near = append(near, scored{n, d})
		}
	}
	sort.SliceStable(near, func(i, j int) bool { return near[i].dist < near[j].dist })
	var out []string
	for i := 0; i < len(near) && i < 5; i++ {
		out = append(out, near[i].name)
	}
	return out
}

// editDistance is the Levenshtein distance between two ASCII names.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
