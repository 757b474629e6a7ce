package main

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// The README's function list and FUNCTIONS.md are generated from the
// registry (TestGeneratedDocs keeps them in step), so that what the
// documents claim is what mcsql runs.

// readmeFunctionList renders the README's list: each documentation group
// with its function names.
func readmeFunctionList(reg *eval.Registry) string {
	groups := functionsByCategory(reg)
	var b strings.Builder
	b.WriteString("| group | functions |\n|---|---|\n")
	for _, c := range eval.Categories {
		names := groups[c]
		if len(names) == 0 {
			continue
		}
		fmt.Fprintf(&b, "| %s (%d) | %s |\n", c, len(names), strings.Join(names, ", "))
	}
	return b.String()
}

// functionReference renders FUNCTIONS.md: every function's signature,
// description and example, by group.
func functionReference(reg *eval.Registry) string {
	var b strings.Builder
	b.WriteString("# mcsql functions\n\n" +
		"Generated from mcsql's function registry by " +
		"`go test ./cmd/mcsql -run TestGeneratedDocs -update`; `help <function>;` in the shell shows the same text.\n")
	groups := functionsByCategory(reg)
	for _, c := range eval.Categories {
		names := groups[c]
		if len(names) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s functions\n\n| function | signature | description | example |\n|---|---|---|---|\n", capitalize(c))
		for _, n := range names {
			d := docOf(reg, n)
			fmt.Fprintf(&b, "| %s | `%s` | %s | `%s` |\n", n, cell(d.Signature), cell(d.Description), cell(d.Example))
		}
	}
	return b.String()
}

// docOf returns the help text of a registered function, a table function
// or an aggregate.
func docOf(reg *eval.Registry, name string) eval.Doc {
	if f, ok := reg.Lookup(name); ok {
		return f.Doc
	}
	if f, ok := reg.LookupTable(name); ok {
		return f.Doc
	}
	if d, ok := eval.WindowDoc(name); ok {
		return d
	}
	d, _ := eval.AggregateDoc(name)
	return d
}

// cell escapes a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}
