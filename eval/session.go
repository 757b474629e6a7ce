package eval

import (
	"context"
	"crypto/rand"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/mcsql/mcsql/parser"
)

// Config configures a Session. Zero fields get defaults: crypto/rand,
// time.Now, Asia/Shanghai (DefaultTimeZone), io.Discard and the odpscmd
// table format.
type Config struct {
	Registry *Registry
	Rand     io.Reader
	Now      func() time.Time
	Location *time.Location
	// Stdout receives result sets; Stderr receives status lines and notices.
	Stdout io.Writer
	Stderr io.Writer
	// CSV selects machine-readable output (-M) instead of odpscmd tables.
	CSV bool
	// Results, when set, makes the writer of each result set a SELECT
	// prints, in place of the table or CSV printer on Stdout: programs
	// that keep results instead of printing them (the fake MaxCompute,
	// odps/fake) record the typed rows with it.
	Results func() ResultWriter
	// Services is copied into every CallContext (the KMS client, ...).
	Services map[string]any
	// Warehouse stores tables. Without one, table statements and FROM a
	// table fail with a clear error.
	Warehouse Warehouse
	// Tunnel runs `tunnel upload|download` against the Warehouse.
	Tunnel Tunnel
	// User is the account name WHOAMI shows.
	User string
	// MemoryBudget bounds the bytes one statement keeps in memory (see
	// FlagMemoryBudget); 0 means DefaultMemoryBudget.
	MemoryBudget int64
	// Placeholders are the script's -D placeholders left undefined
	// (parser.Undefined). The first error a placeholder causes names them
	// all, so that one run tells every -D flag the script needs.
	Placeholders []parser.Placeholder
	// StatementByStatement runs a script's statements one after the other
	// without compiling the whole script first (see check mode in
	// checkmode.go): a statement that fails to compile then fails after
	// the ones before it have run and printed. It is how mcsql ran scripts
	// before it compiled them whole; tests compare the two.
	StatementByStatement bool
}

// Session runs statements and keeps what lasts between them: variables and
// SET flags. It is not safe for concurrent use.
type Session struct {
	reg    *Registry
	ctx    *CallContext
	stdout io.Writer
	stderr io.Writer
	csv    bool
	vars   map[string]*variable
	wh     Warehouse
	tunnel Tunnel
	user   string
	// stmt is the running statement; names is what it names, for column
	// pruning (pushdown.go), found when a table is first read.
	stmt  parser.Stmt
	names *stmtNames
	// explained records, while EXPLAIN compiles its query, what each
	// table scan and aggregation pushes to the warehouse.
	explained *explainedPush
	// tx is the running script's transaction, begun on the script's first
	// use of a table; inScript is set while ExecScript runs.
	tx       Tx
	inScript bool
	// readOnly is set while a script without statements that change
	// tables runs (see ReadWarehouse).
	readOnly bool
	// cancelCtx is RunContext's context while it runs.
	cancelCtx context.Context
	// outer is the link to the enclosing query while a subquery in an
	// expression is compiled (plan_subquery.go).
	outer *outerScope
	// ctes are the common table expressions visible while a query is
	// planned (plan_cte.go).
	ctes *cteScope
	// mem is the running statement's memory account; budget is
	// Config.MemoryBudget.
	mem    memAccount
	budget int64
	// placeholders is Config.Placeholders.
	placeholders []parser.Placeholder
	// tableVars is the bytes the table variables hold (tableVarBytes).
	tableVars int64

	// results is Config.Results.
	results func() ResultWriter
	// check is set on the session that compiles a script without running
	// it (checkmode.go); unchecked is Config.StatementByStatement.
	check     *checkState
	unchecked bool
}

// variable is a scalar or table variable of the script.
type variable struct {
	name  string // as first written, without '@'
	typ   Type   // scalar type (declared or from the assigned value)
	val   Value  // scalar value
	table *materialized
	// declared is set by `@x type;`: later assignments convert to typ.
	declared bool
	isTable  bool
	// Check mode only (checkmode.go): opaque is a scalar whose type is
	// known and whose value is not; unknown is a variable of which nothing
	// is known, not even whether the run defines it.
	opaque, unknown bool
}

// NewSession returns a session with the given configuration.
func NewSession(cfg Config) *Session {
	if cfg.Registry == nil {
		cfg.Registry = NewRegistry()
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Reader
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Location == nil {
		cfg.Location, _ = LoadTimeZone(DefaultTimeZone)
	}
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	if cfg.Stderr == nil {
		cfg.Stderr = io.Discard
	}
	s := &Session{
		reg: cfg.Registry,
		ctx: &CallContext{
			Rand: cfg.Rand, Now: cfg.Now, Location: cfg.Location,
			Notice: cfg.Stderr, Services: cfg.Services,
		},
		stdout: cfg.Stdout,
		stderr: cfg.Stderr,
		csv:    cfg.CSV,
		vars:   map[string]*variable{},
		wh:     cfg.Warehouse,
		tunnel: cfg.Tunnel,
		user:   cfg.User,
		budget: cfg.MemoryBudget,

		placeholders: cfg.Placeholders,
		results:      cfg.Results,
		unchecked:    cfg.StatementByStatement,
	}
	s.ctx.Tables = s.withTx
	s.beginStatement(parser.Pos{})
	return s
}

// Registry returns the session's function registry.
func (s *Session) Registry() *Registry { return s.reg }

// Flag returns the value of a SET flag and whether it was set.
func (s *Session) Flag(key string) (string, bool) { return s.ctx.Flag(key) }

// VariableNames returns the names of the session's variables (for completion).
func (s *Session) VariableNames() []string {
	names := make([]string, 0, len(s.vars))
	for _, v := range s.vars {
		names = append(names, v.name)
	}
	return names
}

// Run parses and executes a script, statement by statement, and stops at
// the first error, which it returns positioned (ODPS-...:[line,col] ...).
// The whole script is parsed, then compiled (check mode, checkmode.go),
// before the first statement runs, as MaxCompute does, so that a syntax
// error or a compile error anywhere runs nothing. A long script is held
// as text and parsed again one statement at a time (parser.LazyScript),
// for the check and for the run, so that its memory does not grow with
// its length, on another goroutine so that the parsing overlaps the
// compiling and running.
func (s *Session) Run(src string) error {
	readOnly := true
	script, err := parser.ParseLazyEach(src, func(st parser.Stmt) {
		readOnly = readOnly && onlyReads([]parser.Stmt{st})
	})
	if err != nil {
		return err
	}
	if err := s.checkLazy(script); err != nil {
		return err
	}
	// A statement is parsed again while the ones before it run.
	next, stop := script.Statements(statementsAhead)
	defer stop()
	return s.execScript(script.Len(), readOnly, func(int) (parser.Stmt, error) { return next() })
}

// checkLazy compiles a parsed script in check mode and returns the first
// certain error.
func (s *Session) checkLazy(script *parser.LazyScript) error {
	chk := s.newChecker(false)
	if chk == nil {
		return nil
	}
	next, stop := script.Statements(statementsAhead)
	defer stop()
	for !chk.s.check.stopped() {
		st, err := next()
		if err == io.EOF {
			break
		}
		if err != nil {
			chk.finish()
			return err
		}
		if err := s.cancelled(); err != nil { // Ctrl-C in the shell stops the check too
			chk.finish()
			return At(st.Position(), err)
		}
		chk.stmt(st)
	}
	if errs := chk.finish(); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// statementsAhead is how many statements of a long script are parsed
// again before they run: enough to keep the parsing going while a
// statement runs, few enough to hold little.
const statementsAhead = 64

// ExecScript executes parsed statements in order, stopping at the first
// error. The script is one unit for the warehouse (MaxCompute's rule): its
// table changes are committed after the last statement succeeds and all
// rolled back when one fails.
func (s *Session) ExecScript(script *parser.Script) error {
	if !s.inScript {
		chk := s.newChecker(false)
		for _, st := range script.Stmts {
			chk.stmt(st)
		}
		if errs := chk.finish(); len(errs) > 0 {
			return errs[0]
		}
	}
	return s.execScript(len(script.Stmts), onlyReads(script.Stmts), func(i int) (parser.Stmt, error) { return script.Stmts[i], nil })
}

// execScript is ExecScript over n statements that stmt returns one at a
// time; nothing of a statement is kept once it has run. readOnly says
// that none of them changes a table (onlyReads).
func (s *Session) execScript(n int, readOnly bool, stmt func(int) (parser.Stmt, error)) error {
	if s.inScript {
		// A nested call (IF blocks go through exec) joins the running script.
		return s.execAll(n, stmt)
	}
	s.inScript = true
	s.readOnly = readOnly
	defer func() { s.inScript, s.readOnly, s.tx = false, false, nil }()
	if err := s.execAll(n, stmt); err != nil {
		if s.tx != nil {
			// The statement's error is what the user needs; a failed
			// rollback leaves nothing committed either.
			_ = s.tx.Rollback()
		}
		return err
	}
	if s.tx == nil {
		return nil
	}
	if err := s.tx.Commit(); err != nil {
		return storageError("cannot commit the script's table changes", err)
	}
	return nil
}

func (s *Session) execAll(n int, stmt func(int) (parser.Stmt, error)) error {
	for i := 0; i < n; i++ {
		st, err := stmt(i)
		if err != nil {
			return err
		}
		if err := s.cancelled(); err != nil {
			return At(st.Position(), err)
		}
		if err := s.exec(st); err != nil {
			// A scan stopped by a cancellation knows no position: the
			// statement it was running is where the user looks.
			if e := (*Error)(nil); errors.As(err, &e) && e.Code == CodeCancelled {
				return At(st.Position(), err)
			}
			return err
		}
	}
	return nil
}

func (s *Session) resultWriter() ResultWriter {
	if s.results != nil {
		return s.results()
	}
	if s.csv {
		return NewCSVWriter(s.stdout)
	}
	return NewTableWriter(s.stdout)
}

func (s *Session) lookupVar(name string) *variable {
	return s.vars[strings.ToLower(name)]
}
