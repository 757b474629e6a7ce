package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Placeholder is a -D placeholder of a script and where it first appears.
type Placeholder struct {
	Name string
	Pos  Pos
}

// String renders p as errors list it: "name [line,col]".
func (p Placeholder) String() string { return p.Name + " " + p.Pos.String() }

// Undefined returns the placeholders of src that defs leaves undefined,
// each once, at its first position, in the order they first appear: the
// `${name}` and `${<name>}` that Substitute would replace, and the string
// literals whose whole content is `<name>`, where name is an identifier.
// Placeholders in comments are left out: they cannot matter. It lets a
// script that needs five -D flags name all five at once, rather than one
// failed run at a time.
func Undefined(src string, defs map[string]string) []Placeholder {
	u := undefinedScan{src: src, defs: defs, seen: map[string]bool{}}
	for i := 0; i < len(src); {
		end := spanEnd(src, i)
		switch {
		case end == i+1:
			end = nextSpecial(src, i+1)
			u.inText(i, end)
		case commentStarts(src, i):
		default:
			if name, ok := literalName(src[i:end]); ok {
				u.add(name, i)
			} else {
				u.inText(i, end)
			}
		}
		i = end
	}
	return u.found
}

// UndefinedHint says which placeholders are not defined and the -D flags
// that define them, as errors add it: for one, "placeholder NAME is not
// defined: run mcsql with -D NAME=VALUE"; for several, with the position of
// each.
func UndefinedHint(ps []Placeholder) string {
	if len(ps) == 1 {
		return fmt.Sprintf("placeholder %s is not defined: run mcsql with -D %s=VALUE", ps[0].Name, ps[0].Name)
	}
	names := make([]string, len(ps))
	flags := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.String()
		flags[i] = "-D " + p.Name + "=VALUE"
	}
	return fmt.Sprintf("placeholders %s are not defined: run mcsql with %s", strings.Join(names, ", "), strings.Join(flags, " "))
}

// undefinedScan collects the undefined placeholders of src.
type undefinedScan struct {
	src   string
	defs  map[string]string
	seen  map[string]bool
	found []Placeholder
}

// add records name, found at byte offset off, unless it is defined or
// already recorded.
func (u *undefinedScan) add(name string, off int) {
	if _, ok := u.defs[name]; ok || u.seen[name] {
		return
	}
	u.seen[name] = true
	u.found = append(u.found, Placeholder{Name: name, Pos: posAtOffset(u.src, off)})
}

// inText records the ${name} and ${<name>} placeholders of src[from:to],
// read as replacePlaceholders reads them.
func (u *undefinedScan) inText(from, to int) {
	for i := from; i < to; {
		j := strings.Index(u.src[i:to], "${")
		if j < 0 {
			return
		}
		start := i + j
		k := strings.IndexAny(u.src[start+2:to], "}\n")
		if k < 0 || u.src[start+2+k] != '}' {
			i = start + 2
			continue
		}
		name := u.src[start+2 : start+2+k]
		if len(name) > 2 && name[0] == '<' && name[len(name)-1] == '>' {
			name = name[1 : len(name)-1]
		}
		if isPlaceholderName(name) {
			u.add(name, start)
		}
		i = start + 3 + k
	}
}

// literalName returns the name of a literal '<name>' (or "<name>").
func literalName(lit string) (string, bool) {
	if len(lit) < 4 || (lit[0] != '\'' && lit[0] != '"') || lit[1] != '<' || lit[len(lit)-2] != '>' || lit[len(lit)-1] != lit[0] {
		return "", false
	}
	name := lit[2 : len(lit)-2]
	return name, isPlaceholderName(name)
}

// isPlaceholderName reports whether s is an identifier: a letter or '_',
// then letters, digits or '_'. The documentation's placeholders all are;
// requiring it keeps text such as '${1}' out.
func isPlaceholderName(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		letter := c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// posAtOffset is the [line,col] of byte offset off, counting columns in
// characters as the lexer does.
func posAtOffset(src string, off int) Pos {
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	lineStart := strings.LastIndexByte(before, '\n') + 1
	return Pos{Line: line, Col: utf8.RuneCountInString(before[lineStart:]) + 1}
}
