package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// tunnelUsage is appended to every tunnel syntax error.
const tunnelUsage = "; write TUNNEL UPLOAD [-h true] [-fd ','] [-overwrite true] file table or TUNNEL DOWNLOAD [-h true] table file"

// lowerTunnel reads the raw text after TUNNEL: a direction, options
// (-name value) and two operands, which may be quoted.
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
		if !strings.HasPrefix(w, "-") || len(w) == 1 {
			operands = append(operands, w)
			continue
		}
		if i+1 >= len(words) {
			return nil, errAt(t.Text.Pos, "option %s needs a value%s", w, tunnelUsage)
		}
		st.Options[strings.ToLower(strings.TrimLeft(w, "-"))] = words[i+1]
		i++
	}
	if len(operands) != 2 {
		return nil, errAt(t.Text.Pos, "TUNNEL needs a file and a table"+tunnelUsage)
	}
	st.File, st.Table = operands[0], operands[1]
	if !st.Upload {
		st.Table, st.File = operands[0], operands[1]
	}
	return st, nil
}

// tunnelWords splits raw text at blanks; single or double quotes group a
// word (a path with spaces) and are removed.
func tunnelWords(tok lexer.Token) ([]string, error) {
	var words []string
	text := tok.Value
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '\'' || c == '"':
			j := strings.IndexByte(text[i+1:], c)
			if j < 0 {
				return nil, errAt(tok.Pos, "unterminated quote in TUNNEL arguments")
			}
			words = append(words, text[i+1:i+1+j])
			i += j + 2
		default:
			j := strings.IndexAny(text[i:], " \t\n\r")
			if j < 0 {
				j = len(text) - i
			}
			words = append(words, text[i:i+j])
			i += j
		}
	}
	return words, nil
}
