package eval

import (
	"io"
	"math/rand/v2"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Check mode: MaxCompute compiles a whole script before it runs any of
// it, so a script whose last statement names an unknown function prints
// nothing. Session.Run and ExecScript do the same: a check session, a
// copy of the session's variables and SET flags, compiles every statement
// exactly as the run would (the same code, with the same errors) and runs
// none. What it cannot know it treats as unknown:
//
//   - values that need the run: a variable assigned from a table, from a
//     function that calls an outside service (Function.External: the
//     KMS), or from anything unknown has its type and an unknown value
//     (variable.opaque); such a call compiles to an opaqueExpr;
//   - table rows: the warehouse is read (only its catalog) through one
//     read transaction; the script's CREATE and DROP change a shadow
//     catalog (shadowTx), and every scan reads no row;
//   - what a statement that could not be compiled would have defined
//     (variable.unknown, an unknown table).
//
// A statement that touches anything unknown is tainted: an error after
// that point may be an artefact of the unknown and is not reported (the
// statement is skipped and what it defines becomes unknown). An error
// before any taint is certain: the run would fail with it at the same
// compile step, so the check reports it and the run never starts. The
// overriding rule is never to refuse what the run accepts.

// checkState is what a check session keeps besides the session's own
// variables and flags.
type checkState struct {
	// tainted is set once the statement being compiled touched something
	// unknown.
	tainted bool
	// tables is the shadow catalog: the tables the script created or
	// dropped so far, by tableKey.
	tables map[string]*shadowTable
	// unknownCatalog says that no table's existence is known (after USE);
	// noBase that only the tables the script made are (CompileErrors
	// without a warehouse).
	unknownCatalog, noBase bool
	// unknownFlags says that the SET flags are not known (two IF branches
	// set them differently): every statement is tainted.
	unknownFlags bool
	// uncertain counts the IF branches being checked that the run may not
	// take: in them a table found missing or present is no certain error,
	// since the condition may have tested for it (TABLE_EXISTS).
	uncertain int
	// base is the read transaction on the warehouse, begun on first use.
	base Tx
	// errs are the certain errors found; all asks for every one (--check)
	// rather than the first.
	errs []error
	all  bool
}

// shadowTable is the shadow catalog's entry for a table: created (info),
// dropped, or unknown.
type shadowTable struct {
	info    *TableInfo
	dropped bool
	unknown bool
}

// taint marks the statement being compiled as depending on the unknown.
func (c *checkState) taint() { c.tainted = true }

// stopped says that a certain error was found and only the first is
// wanted.
func (c *checkState) stopped() bool { return !c.all && len(c.errs) > 0 }

// errUnknown fails what check mode cannot compile for want of knowledge;
// it is only ever returned after taint, so nobody sees it.
func (c *checkState) errUnknown(what string) error {
	c.taint()
	return Errorf(CodeSemantic, "%s is not known before the script runs", what)
}

// checker compiles a script's statements one at a time in a check
// session; a nil checker (Config.StatementByStatement) checks nothing.
type checker struct{ s *Session }

// newChecker returns the checker of a script about to run in s. all asks
// for every certain error rather than the first.
func (s *Session) newChecker(all bool) *checker {
	if s.unchecked {
		return nil
	}
	return &checker{s: s.checkSession(all)}
}

// stmt checks the next statement of the script.
func (k *checker) stmt(st parser.Stmt) {
	if k != nil {
		k.s.checkStmt(st)
	}
}

// finish ends the check, releasing its read of the warehouse, and returns
// the certain errors found.
func (k *checker) finish() []error {
	if k == nil {
		return nil
	}
	c := k.s.check
	if c.base != nil {
		_ = c.base.Rollback() // it only read
		c.base = nil
	}
	return c.errs
}

// checkSession returns a session that compiles in check mode, starting
// from s's variables and flags. It prints nothing, draws its randomness
// from a source of its own (the run's random values stay those of a run
// without the check) and never writes: see shadowTx.
func (s *Session) checkSession(all bool) *Session {
	ctx := *s.ctx
	ctx.Rand = rand.NewChaCha8([32]byte{'c', 'h', 'e', 'c', 'k'})
	ctx.Notice = io.Discard
	ctx.flags = copyFlags(s.ctx.flags)
	cs := &Session{
		reg: s.reg, ctx: &ctx, stdout: io.Discard, stderr: io.Discard, csv: s.csv,
		vars: copyVars(s.vars), wh: s.wh, tunnel: s.tunnel, user: s.user,
		inScript: true, readOnly: true, cancelCtx: s.cancelCtx,
		budget: s.budget, placeholders: s.placeholders, tableVars: s.tableVars,
		check: &checkState{tables: map[string]*shadowTable{}, all: all},
	}
	ctx.Tables = cs.withTx
	return cs
}

func copyFlags(flags map[string]string) map[string]string {
	if flags == nil {
		return nil
	}
	out := make(map[string]string, len(flags))
	for k, v := range flags {
		out[k] = v
	}
	return out
}

// copyVars copies the variables, so that check mode's assignments (which
// change a declared variable in place) leave the originals alone.
func copyVars(vars map[string]*variable) map[string]*variable {
	out := make(map[string]*variable, len(vars))
	for k, v := range vars {
		c := *v
		out[k] = &c
	}
	return out
}

// checkStmt compiles one statement in check mode and records its error
// when it is certain.
func (s *Session) checkStmt(st parser.Stmt) {
	c := s.check
	if c.stopped() {
		return
	}
	c.tainted = c.unknownFlags
	err := s.checkExec(st)
	if err == nil {
		return
	}
	if !c.tainted {
		c.errs = append(c.errs, err)
	}
	s.forget(st)
}

// checkExec compiles st. Check mode compiles what a run may never reach
// (both IF branches, unknown values): should that find a bug the run
// would not, the statement counts as unknown rather than ending mcsql.
func (s *Session) checkExec(st parser.Stmt) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = s.check.errUnknown("the statement")
		}
	}()
	return s.exec(st)
}

// forget makes unknown what a statement that could not be compiled would
// have defined.
func (s *Session) forget(st parser.Stmt) {
	c := s.check
	switch st := st.(type) {
	case *parser.AssignStmt:
		s.forgetVar(st.Name)
	case *parser.AssignQueryStmt:
		s.forgetVar(st.Name)
	case *parser.DeclareStmt:
		s.forgetVar(st.Name)
	case *parser.CreateTableStmt:
		c.tables[tableKey(st.Name)] = &shadowTable{unknown: true}
	case *parser.DropTableStmt:
		c.tables[tableKey(st.Name)] = &shadowTable{unknown: true}
	case *parser.UseStmt:
		c.unknownCatalog = true
	case *parser.IfStmt:
		for _, inner := range st.Then {
			s.forget(inner)
		}
		for _, inner := range st.Else {
			s.forget(inner)
		}
	}
}

func (s *Session) forgetVar(name string) {
	s.setVar(strings.ToLower(name), &variable{name: name, unknown: true})
}

// checkIf compiles an IF's condition and both its branches (MaxCompute
// compiles the branch the run skips too), each from the state before the
// IF. When the condition is a known constant the state after the IF is
// the taken branch's; otherwise what the branches disagree on becomes
// unknown.
func (s *Session) checkIf(st *parser.IfStmt) error {
	c := s.check
	x, err := s.compileScalar(st.Cond)
	if err == nil {
		if k := x.typ().Kind; k != KindBoolean && k != KindVoid {
			err = execIfCondType(st, x)
		}
	}
	if err != nil && !c.tainted {
		return err
	}
	taken := -1 // which branch runs: 0 then, 1 else, -1 not known
	if err == nil && !c.tainted && isConst(x) {
		if val, err := x.eval(nil); err == nil {
			taken = 1
			if b, _ := val.(bool); b {
				taken = 0
			}
		}
	}
	before := s.snapshot()
	var after [2]checkSnapshot
	for i, branch := range [2][]parser.Stmt{st.Then, st.Else} {
		s.restore(before.clone())
		if taken != i {
			c.uncertain++
		}
		for _, inner := range branch {
			s.checkStmt(inner)
		}
		if taken != i {
			c.uncertain--
		}
		after[i] = s.snapshot()
	}
	if taken >= 0 {
		s.restore(after[taken])
	} else {
		s.restore(mergeSnapshots(after[0], after[1]))
	}
	return nil
}
