package eval

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// ProjectWarehouse is a Warehouse that holds several projects, one of them
// current: unqualified table names are the current project's, and
// project.table names another's. USE needs one; WHOAMI and DESC show its
// project.
type ProjectWarehouse interface {
	Warehouse
	// Project returns the current project's name.
	Project() string
	// UseProject makes name the current project.
	UseProject(name string) error
	// Location says where the current project's tables are kept.
	Location() string
}

// projectNameRE is MaxCompute's rule for project names.
var projectNameRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,127}$`)

// execClient runs odpscmd's client statements.
func (s *Session) execClient(st parser.Stmt) error {
	switch st := st.(type) {
	case *parser.UseStmt:
		return s.execUse(st)
	case *parser.WhoamiStmt:
		return s.execWhoami()
	case *parser.ReadStmt:
		return s.execQueryStmt(&parser.QueryStmt{Pos: st.Pos, Query: st.Query})
	case *parser.ExplainStmt:
		return s.execExplain(st)
	}
	return semanticError(st.Position(), "unsupported statement %s", statementName(st))
}

func (s *Session) execUse(st *parser.UseStmt) error {
	if !projectNameRE.MatchString(st.Project) {
		return semanticError(st.Pos, "%q is not a project name: a letter followed by letters, digits or '_'", parser.ShortText(st.Project))
	}
	pw, ok := s.wh.(ProjectWarehouse)
	if !ok {
		return semanticError(st.Pos, "USE needs a warehouse of several projects, and this session has none")
	}
	if c := s.check; c != nil {
		// Check mode changes no project: the next project's tables are
		// not known.
		c.unknownCatalog = true
		return nil
	}
	return At(st.Pos, pw.UseProject(st.Project))
}

// execWhoami prints odpscmd's whoami lines. **(mcsql)** End_Point is where
// the project's tables are kept, the local stand-in for the service
// address.
func (s *Session) execWhoami() error {
	user := s.user
	if user == "" {
		user = "(local user)"
	}
	endPoint := "(no warehouse)"
	if pw, ok := s.wh.(ProjectWarehouse); ok {
		endPoint = pw.Location()
	}
	_, err := fmt.Fprintf(s.stdout, "Name: %s\nEnd_Point: %s\nProject: %s\nSchema: default\n", user, endPoint, s.currentProject())
	return err
}

// currentProject is the current project's name, "default" without a
// warehouse that names it.
func (s *Session) currentProject() string {
	if pw, ok := s.wh.(ProjectWarehouse); ok {
		return pw.Project()
	}
	return "default"
}

// projectOf is the project a table name belongs to: its qualifier, or the
// current project.
func (s *Session) projectOf(name string) string {
	if p, _, found := strings.Cut(name, "."); found {
		return strings.ToLower(p)
	}
	return s.currentProject()
}
