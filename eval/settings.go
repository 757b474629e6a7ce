package eval

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones work on machines without a zoneinfo database

	"github.com/mcsql/mcsql/parser"
)

// Edition is MaxCompute's data type edition, chosen by SET flags. Some
// functions' pages document different results per edition.
type Edition uint8

const (
	// Edition2 is the MaxCompute 2.0 data type edition
	// (odps.sql.type.system.odps2=true), mcsql's default.
	Edition2 Edition = iota
	// Edition1 is the 1.0 edition (odps.sql.type.system.odps2=false).
	Edition1
	// EditionHive is the Hive-compatible edition
	// (odps.sql.hive.compatible=true).
	EditionHive
)

func (e Edition) String() string {
	switch e {
	case Edition1:
		return "MaxCompute 1.0"
	case EditionHive:
		return "Hive-compatible"
	}
	return "MaxCompute 2.0"
}

// The SET flags mcsql acts on; every other flag is kept and ignored.
const (
	FlagTimeZone       = "odps.sql.timezone"
	FlagOdps2          = "odps.sql.type.system.odps2"
	FlagHiveCompatible = "odps.sql.hive.compatible"
	// FlagStringToDateFull lets CAST(string AS DATE) keep the date of a
	// 'yyyy-mm-dd hh:mi:ss' text (NULL otherwise).
	FlagStringToDateFull = "odps.sql.executionengine.enable.string.to.date.full.format"
)

// DefaultTimeZone is the time zone of a new MaxCompute project, and so
// mcsql's default (the machine's own zone plays no part).
const DefaultTimeZone = "Asia/Shanghai"

// LoadTimeZone resolves a time zone as odps.sql.timezone takes it: an IANA
// name (Asia/Shanghai, UTC) or a fixed offset (GMT+8, UTC-05:30, +08:00).
func LoadTimeZone(name string) (*time.Location, error) {
	name = strings.TrimSpace(name)
	if loc, ok := fixedZone(name); ok {
		return loc, nil
	}
	if name == "" || strings.EqualFold(name, "local") {
		return nil, fmt.Errorf("unknown time zone %q: use an IANA name such as Asia/Shanghai or UTC, or an offset such as GMT+8", name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("unknown time zone %q: use an IANA name such as Asia/Shanghai or UTC, or an offset such as GMT+8", name)
	}
	return loc, nil
}

// fixedZone parses GMT+8, UTC-05:30, GMT+0800 and +08:00.
func fixedZone(name string) (*time.Location, bool) {
	rest := name
	for _, p := range []string{"GMT", "UTC"} {
		if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) {
			rest = rest[len(p):]
			break
		}
	}
	if rest == "" || (rest[0] != '+' && rest[0] != '-') {
		return nil, false
	}
	sign := 1
	if rest[0] == '-' {
		sign = -1
	}
	hh, mm, hasColon := strings.Cut(rest[1:], ":")
	if !hasColon && len(hh) == 4 {
		hh, mm = hh[:2], hh[2:]
	}
	h, err := strconv.Atoi(hh)
	if err != nil || h > 14 || len(hh) > 2 {
		return nil, false
	}
	m := 0
	if mm != "" {
		if m, err = strconv.Atoi(mm); err != nil || m > 59 || len(mm) != 2 {
			return nil, false
		}
	}
	return time.FixedZone(name, sign*(h*3600+m*60)), true
}

// applySet records a SET flag and applies the ones that change results.
func (s *Session) applySet(st *parser.SetStmt) error {
	key := strings.ToLower(strings.TrimSpace(st.Key))
	value := strings.TrimSpace(st.Value)
	switch key {
	case FlagTimeZone:
		loc, err := LoadTimeZone(value)
		if err != nil {
			return &Error{Code: CodeInvalidArgument, Pos: st.Pos, HasPos: true, Msg: "SET " + FlagTimeZone + ": " + err.Error()}
		}
		s.ctx.Location = loc
	case FlagMemoryBudget:
		if _, err := ParseMemoryBudget(value); err != nil {
			return &Error{Code: CodeInvalidArgument, Pos: st.Pos, HasPos: true, Msg: "SET " + FlagMemoryBudget + ": " + err.Error()}
		}
	case FlagOdps2, FlagHiveCompatible:
		if _, err := strconv.ParseBool(value); err != nil {
			return &Error{Code: CodeInvalidArgument, Pos: st.Pos, HasPos: true,
				Msg: fmt.Sprintf("SET %s: value %q is not true or false", key, value)}
		}
	}
	s.ctx.SetFlag(key, value)
	return nil
}

// editionOf derives the data type edition from the SET flags (lower-case
// keys): the Hive-compatible flag wins, then odps2=false selects 1.0.
func editionOf(flags map[string]string) Edition {
	if v, _ := strconv.ParseBool(flags[FlagHiveCompatible]); v {
		return EditionHive
	}
	if v, ok := flags[FlagOdps2]; ok {
		if b, _ := strconv.ParseBool(v); !b {
			return Edition1
		}
	}
	return Edition2
}
