package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Common table expressions (WITH name AS (query), ...).
//
// Each CTE is planned once per statement, when its WITH clause is
// compiled: its errors are reported even when nothing reads it, as
// MaxCompute's semantic analysis does. Every reference in FROM is then a
// relation over that one plan. A CTE read from one place streams its rows
// (a big CTE costs no memory); a CTE read from several places, or read
// while the statement is still being planned (a scalar or IN subquery runs
// then), is evaluated once, on its first scan, and its rows are kept for
// the other readers. So a CTE is evaluated at most once per statement and
// every reader sees the same rows, even with RAND or UUID in it (in
// MaxCompute, whose CTEs are inlined unless the MATERIALIZE hint caches
// them, each reader may evaluate it again).

// cteScope is a chain of the CTEs visible while a query is planned: the
// innermost WITH clause first, each CTE after the ones it may read.
type cteScope struct {
	parent *cteScope
	name   string // lower case
	cte    *cteBinding
}

// cteBinding is one planned CTE.
type cteBinding struct {
	rel     *relation // its plan, with the CTE's column names
	refs    int       // references to it in FROM
	planned bool      // set when the statement's query is planned
	cache   *materialized
	mem     *memAccount // the statement's, charged for the cache
}

// lookupCTE returns the CTE a table name refers to, or nil. Only a bare
// name can: project.name is always a table.
func (s *Session) lookupCTE(name string) *cteBinding {
	if strings.Contains(name, ".") {
		return nil
	}
	key := strings.ToLower(name)
	for sc := s.ctes; sc != nil; sc = sc.parent {
		if sc.name == key {
			return sc.cte
		}
	}
	return nil
}

// compileWith plans q's CTEs in order, each seeing the ones before it,
// then q itself with all of them visible. A CTE shadows a table of the
// same name; the scope ends with q.
func (s *Session) compileWith(q *parser.Query) (*relation, error) {
	saved := s.ctes
	defer func() { s.ctes = saved }()
	var bindings []*cteBinding
	for _, c := range q.With {
		rel, err := s.compileCTE(c)
		if err != nil {
			return nil, err
		}
		if rel, err = renameCTEColumns(c, rel); err != nil {
			return nil, err
		}
		b := &cteBinding{rel: rel, mem: &s.mem}
		bindings = append(bindings, b)
		s.ctes = &cteScope{parent: s.ctes, name: strings.ToLower(c.Name), cte: b}
	}
	body := *q
	body.With = nil
	rel, err := s.compileQuery(&body)
	for _, b := range bindings {
		b.planned = true
	}
	return rel, err
}

// compileCTE plans one CTE's query, recursive (plan_rcte.go) or not.
func (s *Session) compileCTE(c *parser.CTE) (*relation, error) {
	if c.Recursive {
		rel, ok, err := s.compileRecursiveCTE(c)
		if ok || err != nil {
			return rel, err
		}
	}
	return s.compileQuery(c.Query)
}

// renameCTEColumns applies a CTE's column list, `name (a, b) AS (...)`.
func renameCTEColumns(c *parser.CTE, rel *relation) (*relation, error) {
	if c.Columns == nil {
		return rel, nil
	}
	if len(c.Columns) != len(rel.cols) {
		return nil, semanticError(c.Pos, "CTE %s names %d columns but its query returns %d", c.Name, len(c.Columns), len(rel.cols))
	}
	out := *rel
	out.cols = make([]Column, len(rel.cols))
	for i, col := range rel.cols {
		out.cols[i] = Column{Name: strings.ToLower(c.Columns[i]), Type: col.Type}
	}
	return &out, nil
}

// relation is a reference to a CTE in FROM, named by its alias or else
// by the CTE's name.
func (b *cteBinding) relation(r *parser.TableName) *relation {
	b.refs++
	return &relation{
		cols: b.rel.cols,
		sc:   scopeOf(aliasOr(r.Alias, r.Name), b.rel.cols),
		scan: b.scan,
	}
}

// scan streams the CTE's rows, evaluating it at most once when it is
// shared (see the comment at the top of this file).
func (b *cteBinding) scan(fn func([]Value) error) error {
	if b.cache == nil && b.planned && b.refs <= 1 {
		return b.rel.scan(fn)
	}
	if b.cache == nil {
		m, err := materialize(b.mem, "a common table expression read more than once", b.rel)
		if err != nil {
			return err
		}
		b.cache = m
	}
	for _, row := range b.cache.rows {
		if err := fn(row); err != nil {
			return err
		}
	}
	return nil
}
