package eval

import (
	"maps"
	"reflect"
	"time"
)

// checkSnapshot is the state of a check session that an IF's branches
// each start from and then merge: variables, SET flags and the shadow
// catalog.
type checkSnapshot struct {
	vars           map[string]*variable
	tableVars      int64
	flags          map[string]string
	location       *time.Location // SET odps.sql.timezone
	tables         map[string]*shadowTable
	unknownCatalog bool
	unknownFlags   bool
}

// snapshot takes the session's state; the session keeps using its maps,
// so the snapshot must be cloned before it is restored twice.
func (s *Session) snapshot() checkSnapshot {
	return checkSnapshot{
		vars: s.vars, tableVars: s.tableVars, flags: s.ctx.flags, location: s.ctx.Location, tables: s.check.tables,
		unknownCatalog: s.check.unknownCatalog, unknownFlags: s.check.unknownFlags,
	}
}

// clone copies the snapshot's maps (and variables, which assignments
// change in place).
func (snap checkSnapshot) clone() checkSnapshot {
	out := snap
	out.vars = copyVars(snap.vars)
	out.flags = copyFlags(snap.flags)
	out.tables = maps.Clone(snap.tables) // entries are replaced, never changed
	return out
}

// restore makes snap the session's state.
func (s *Session) restore(snap checkSnapshot) {
	s.vars, s.tableVars = snap.vars, snap.tableVars
	s.ctx.flags, s.ctx.Location = snap.flags, snap.location
	s.ctx.Edition = editionOf(snap.flags)
	c := s.check
	c.tables, c.unknownCatalog, c.unknownFlags = snap.tables, snap.unknownCatalog, snap.unknownFlags
}

// mergeSnapshots is the state after an IF whose branch is not known:
// what both branches agree on, and unknown where they differ.
func mergeSnapshots(a, b checkSnapshot) checkSnapshot {
	out := a
	out.unknownCatalog = a.unknownCatalog || b.unknownCatalog
	out.unknownFlags = a.unknownFlags || b.unknownFlags || !maps.Equal(a.flags, b.flags)
	for k, bv := range b.vars {
		if av := a.vars[k]; av == nil {
			out.vars[k] = &variable{name: bv.name, unknown: true}
		}
	}
	for k, av := range a.vars {
		out.vars[k] = mergeVar(av, b.vars[k])
	}
	for k, bt := range b.tables {
		if a.tables[k] == nil {
			out.tables[k] = &shadowTable{unknown: true}
		} else if bt != a.tables[k] {
			out.tables[k] = mergeTable(a.tables[k], bt)
		}
	}
	for k := range a.tables {
		if b.tables[k] == nil {
			out.tables[k] = &shadowTable{unknown: true}
		}
	}
	return out
}

// mergeVar is a variable after two branches that left it as a and b.
func mergeVar(a, b *variable) *variable {
	unknown := &variable{name: a.name, unknown: true}
	switch {
	case b == nil || a.unknown || b.unknown:
		return unknown
	case a == b:
		return a
	case a.isTable != b.isTable || a.declared != b.declared:
		return unknown
	case a.isTable:
		if !reflect.DeepEqual(a.table.cols, b.table.cols) {
			return unknown
		}
		return a
	case !a.typ.Equal(b.typ):
		return unknown
	case a.opaque || b.opaque || !reflect.DeepEqual(a.val, b.val):
		v := *a
		v.val, v.opaque = nil, true
		return &v
	}
	return a
}

// mergeTable is a shadow catalog entry after two branches that left it
// as a and b.
func mergeTable(a, b *shadowTable) *shadowTable {
	if a.unknown || b.unknown || a.dropped != b.dropped || !reflect.DeepEqual(a.info, b.info) {
		return &shadowTable{unknown: true}
	}
	return a
}
