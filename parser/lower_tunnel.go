package parser

import (
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// tunnelUsage is appended to every tunnel syntax error.
const tunnelUsage = "; write TUNNEL UPLOAD [options] file [project.]table[/partition] or TUNNEL DOWNLOAD [options] [project.]table[/partition] file"

// lowerTunnel reads the raw text after TUNNEL: a direction, options and
// two operands, which may be quoted. An option is -name value, --name
// value or -name=value (odpscmd's commons-cli forms, `--scan=true` in its
// documentation); options may follow the operands. The table operand may
// end in /partition-spec, odpscmd's `t/ds='20240101',hr=01`.
func lowerTunnel(t *tunnelStmt) (Stmt, error) {
	words, err := tunnelWords(t.Text)
	if err != nil {
		return nil, err
	}
	if len(words) == 0 {
		return nil, errAt(t.Text.Pos, "missing UPLOAD or DOWNLOAD after TUNNEL"+tunnelUsage)
	}
	st := &TunnelStmt{Pos: pos(t.Pos), Options: map[string]string{}}
	switch strings.ToLower(words[0]) {
	case "upload", "u":
		st.Upload = true
	case "download", "d":
	default:
		return nil, errAt(t.Text.Pos, "unknown tunnel command '%s'%s", words[0], tunnelUsage)
	}
	var operands []string
	for i := 1; i < len(words); i++ {
		w := words[i]
		if !strings.HasPrefix(w, "-") || len(w) == 1 || w == "--" {
			operands = append(operands, w)
			continue
		}
		name := strings.ToLower(strings.TrimLeft(w, "-"))
		if k, v, ok := strings.Cut(name, "="); ok {
			// The value keeps its case: only the name is folded.
			st.Options[k] = unquoteWord(w[len(w)-len(v):])
			continue
		}
		if i+1 >= len(words) {
			return nil, errAt(t.Text.Pos, "option %s needs a value%s", w, tunnelUsage)
		}
		st.Options[name] = words[i+1]
		i++
	}
	if len(operands) != 2 {
		return nil, errAt(t.Text.Pos, "TUNNEL needs a file and a table"+tunnelUsage)
	}
	st.File, st.Table = operands[0], operands[1]
	if !st.Upload {
		st.Table, st.File = operands[0], operands[1]
	}
	if table, spec, ok := strings.Cut(st.Table, "/"); ok {
		st.Table = table
		if st.Partition, err = tunnelPartition(spec, pos(t.Text.Pos)); err != nil {
			return nil, errAt(t.Text.Pos, "%v%s", err, tunnelUsage)
		}
	}
	if st.Table == "" {
		return nil, errAt(t.Text.Pos, "TUNNEL needs a table name"+tunnelUsage)
	}
	return st, nil
}

// tunnelWords splits raw text at blanks. Quotes group blanks into a word
// (a path with spaces, `t/ds='a b'`); a word that is wholly quoted loses
// its quotes, as odpscmd removes them from option values and paths.
// Quotes inside a word (a partition spec's values) stay for
// tunnelPartition.
func tunnelWords(tok lexer.Token) ([]string, error) {
	var words []string
	text := tok.Value
	for i := 0; i < len(text); {
		if strings.IndexByte(" \t\n\r", text[i]) >= 0 {
			i++
			continue
		}
		j := i
		for j < len(text) && strings.IndexByte(" \t\n\r", text[j]) < 0 {
			if c := text[j]; c == '\'' || c == '"' {
				k := strings.IndexByte(text[j+1:], c)
				if k < 0 {
					return nil, errAt(tok.Pos, "unterminated quote in TUNNEL arguments")
				}
				j += k + 1
			}
			j++
		}
		words = append(words, unquoteWord(text[i:j]))
		i = j
	}
	return words, nil
}

// unquoteWord removes the quotes around a wholly quoted word.
func unquoteWord(w string) string {
	if len(w) >= 2 && (w[0] == '\'' || w[0] == '"') && w[len(w)-1] == w[0] && strings.IndexByte(w[1:len(w)-1], w[0]) < 0 {
		return w[1 : len(w)-1]
	}
	return w
}

// tunnelPartition reads a tunnel partition spec, `k=v,k2='v2'` (or
// `k="v"`), into a PARTITION clause of `k = 'v'` items, so the evaluator
// checks and converts it as INSERT's static partitions. A value is text, as
// odpscmd sends it (`hr=01` keeps its zero); a BIGINT column converts it.
func tunnelPartition(spec string, at Pos) (*PartitionClause, error) {
	c := &PartitionClause{Pos: at}
	for _, item := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(item, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return nil, fmt.Errorf("bad partition spec '%s': want name=value[,name=value...]", spec)
		}
		lit := &Literal{Pos: at, Kind: LitString, Text: unquoteWord(v)}
		c.Items = append(c.Items, &Binary{Pos: at, Op: "=", L: &Ident{Pos: at, Parts: []string{strings.ToLower(unquoteWord(k))}}, R: lit})
	}
	return c, nil
}
