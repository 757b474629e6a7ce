package parser

import (
	"strconv"
	"strings"
)

// productionWords says in SQL words what may start each production of the
// grammar (see GrammarString), so that error messages never show grammar
// names.
var productionWords = map[string][]string{
	"Script": {"a statement"}, "Statement": {"a statement"}, "SimpleStmt": {"a statement"},
	"VarStmt": {"a variable"}, "IfStmt": {"'IF'"}, "ElseIf": {"'ELSE'"},
	"Block": {"'BEGIN'", "a statement"}, "SetStmt": {"'SET'"}, "TunnelStmt": {"'TUNNEL'"},
	"CreateStmt": {"'CREATE'"}, "InsertStmt": {"'INSERT'"}, "DropStmt": {"'DROP'"},
	"TruncateStmt": {"'TRUNCATE'"}, "ShowStmt": {"'SHOW'"}, "DescStmt": {"'DESC'"},
	"UseStmt": {"'USE'"}, "WhoamiStmt": {"'WHOAMI'"}, "ReadStmt": {"'READ'"}, "ExplainStmt": {"'EXPLAIN'"},
	"AlterStmt": {"'ALTER'"}, "AddPartitions": {"'ADD'"}, "DropPartitions": {"'DROP'"},
	"PartitionClause": {"'PARTITION'"}, "ShowPartitions": {"'PARTITIONS'"}, "ShowTables": {"'TABLES'"},
	"TableDef": {"'('"}, "Ctas": {"'LIFECYCLE'", "'AS'"},
	"ColumnDef": {"a column definition"}, "PartitionSpec": {"a partition column"},
	"TableName": {"a table name"}, "ReadColumn": {"a column name"}, "TypeName": {"a type"}, "TypeArg": {"a type"},
	"Query": {"a query"}, "QueryTerm": {"a query"}, "SelectCore": {"'SELECT'"},
	"SetOpTerm": {"'UNION'", "'INTERSECT'", "'EXCEPT'"}, "ValuesList": {"'VALUES'"},
	"ValuesRow": {"'('"}, "SelectItem": {"an expression", "'*'"},
	"FromClause": {"a table"}, "TableFactor": {"a table"}, "JoinClause": {"'JOIN'"},
	"OrderItem": {"an expression"}, "FromFirst": {"'FROM'"},
	// The hand-written productions of exprGrammar.
	"Expr": {"an expression"}, "Unary": {"an expression"}, "Primary": {"an expression"},
	"BinaryOp": {"an operator"}, "Predicate": {"an operator"}, "Postfix": {"'.'", "'['"},
	"Call": {"a function"}, "Case": {"'CASE'"}, "Cast": {"'CAST'"},
}

// tokenWords names the lexer's token types as they appear in the EBNF.
var tokenWords = map[string]string{
	"<ident>": "a name", "<var>": "a variable", "<lit>": "a literal",
	"<hint>": "a hint", "<settext>": "key=value", "<setop>": "'UNION'",
}

// tokenizeEBNF splits participle's EBNF text into quoted literals, <token>
// references, production names and punctuation.
func tokenizeEBNF(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(s))
			out = append(out, s[i:j])
			i = j
		case c == '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return out
			}
			out = append(out, s[i:i+j+1])
			i += j + 1
		case strings.HasPrefix(s[i:], "(?"):
			out = append(out, s[i:min(i+3, len(s))])
			i += 3
		case isASCIILetter(c) || c == '_':
			j := wordEnd(s, i)
			out = append(out, s[i:j])
			i = j
		default:
			out = append(out, s[i:i+1])
			i++
		}
	}
	return out
}

// ebnfFirst computes the FIRST set of a tokenized EBNF expression.
type ebnfFirst struct {
	toks []string
	i    int
}

func firstSet(toks []string) ([]string, bool) {
	p := &ebnfFirst{toks: toks}
	return p.alt()
}

func (p *ebnfFirst) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *ebnfFirst) alt() ([]string, bool) {
	first, nullable := p.seq()
	for p.peek() == "|" {
		p.i++
		f, n := p.seq()
		first, nullable = append(first, f...), nullable || n
	}
	return first, nullable
}

func (p *ebnfFirst) seq() ([]string, bool) {
	var first []string
	nullable := true
	for t := p.peek(); t != "" && t != "|" && t != ")"; t = p.peek() {
		f, n := p.term()
		if nullable {
			first = append(first, f...)
		}
		nullable = nullable && n
	}
	return first, nullable
}

func (p *ebnfFirst) term() ([]string, bool) {
	first, nullable := p.atom()
	for {
		switch p.peek() {
		case "?", "*":
			nullable = true
		case "+", "!":
		default:
			return first, nullable
		}
		p.i++
	}
}

func (p *ebnfFirst) atom() ([]string, bool) {
	t := p.peek()
	p.i++
	switch {
	case t == "(" || strings.HasPrefix(t, "(?"):
		first, nullable := p.alt()
		if p.peek() == ")" {
			p.i++
		}
		if t != "(" {
			return nil, true // a lookahead group consumes nothing
		}
		return first, nullable
	case t == "~":
		p.atom()
		return []string{"a token"}, false
	case strings.HasPrefix(t, `"`):
		lit, err := strconv.Unquote(t)
		if err != nil {
			lit = strings.Trim(t, `"`)
		}
		return []string{"'" + lit + "'"}, false
	case strings.HasPrefix(t, "<"):
		if w, ok := tokenWords[t]; ok {
			return []string{w}, false
		}
		return []string{"a token"}, false
	}
	if w, ok := productionWords[t]; ok {
		return w, false
	}
	return []string{"more input"}, false
}
