package eval

import (
	"fmt"
	"strings"
	"time"

	"github.com/mcsql/mcsql/parser"
)

// Tunnel moves CSV data between files and tables for odpscmd's
// `tunnel upload|download` commands. The command line provides it over the
// warehouse package; it runs inside the script's transaction, so a failed
// upload writes nothing.
type Tunnel interface {
	Upload(tx Tx, req *TunnelRequest) (int64, error)
	Download(tx Tx, req *TunnelRequest) (int64, error)
}

// TunnelRequest is one checked TUNNEL command.
type TunnelRequest struct {
	Table   string // lower case, possibly project.table
	File    string
	Options *TunnelOptions
	// Partition is the partition an upload writes (its values in
	// partition column order): records then hold the other columns. nil
	// without a partition spec.
	Partition []Value
	// Partitions are the partitions a download reads; nil reads the
	// whole table.
	Partitions [][]Value
	// PartitionColumns tells a download to write the partition columns
	// after the others: without a complete spec, or with -wp true.
	PartitionColumns bool
	// Location is the session time zone, the zone DATETIME values are
	// kept in; Options.TimeZone, when set, is the file's.
	Location *time.Location
	// Notes receives one-line messages for stderr (a discarded record, a
	// created partition).
	Notes func(msg string)
}

func (s *Session) execTunnel(st *parser.TunnelStmt) error {
	if s.wh == nil || s.tunnel == nil {
		return semanticError(st.Pos, "TUNNEL needs a warehouse, and this session has none")
	}
	opts, err := ParseTunnelOptions(st.Upload, st.Options)
	if err != nil {
		return At(st.Pos, InvalidArgument("%v", err))
	}
	for _, note := range opts.Notes {
		fmt.Fprintf(s.stderr, "note: %s\n", note)
	}
	req := &TunnelRequest{
		Table: tableKey(st.Table), File: st.File, Options: opts, Location: s.ctx.Location,
		Notes: func(msg string) { fmt.Fprintln(s.stderr, msg) },
	}
	var n int64
	label := req.Table
	err = s.withTx(func(tx Tx) error {
		var err error
		if label, err = s.tunnelPartitions(tx, st, req); err != nil {
			return err
		}
		if s.check != nil {
			// Check mode reads and writes no file: the transfer (and
			// whether its file and table agree) is the run's.
			return nil
		}
		if st.Upload {
			n, err = s.tunnel.Upload(tx, req)
		} else {
			n, err = s.tunnel.Download(tx, req)
		}
		return err
	})
	if err != nil {
		return At(st.Pos, storageError("tunnel", err))
	}
	verb, prep := "downloaded", "from"
	switch {
	case st.Upload && opts.Scan == "only":
		verb, prep = "scanned", "for"
	case st.Upload:
		verb, prep = "uploaded", "into"
	}
	_, err = fmt.Fprintf(s.stderr, "OK: %s %d rows %s %s\n", verb, n, prep, label)
	return err
}

// tunnelPartitions checks the table operand's partition spec and fills
// the request's partitions, as odpscmd does: an upload names one whole
// partition, which must exist unless -acp true creates it; a download
// reads the partitions the spec matches, and writes only the other
// columns when the spec names one whole partition. Without a spec a
// partitioned table's records carry the partition columns last (mcsql's
// whole-table form; odpscmd asks for a partition). It returns the table
// operand as the OK line shows it: t or t/ds=1.
func (s *Session) tunnelPartitions(tx Tx, st *parser.TunnelStmt, req *TunnelRequest) (string, error) {
	if st.Partition == nil {
		req.PartitionColumns = true
		return req.Table, nil
	}
	info, err := tx.Table(req.Table)
	if err != nil {
		return "", err
	}
	if len(info.PartitionColumns) == 0 {
		return "", semanticError(st.Pos, "table %s is not partitioned; drop the /partition after its name", info.Name)
	}
	what := "TUNNEL DOWNLOAD"
	if st.Upload {
		what = "TUNNEL UPLOAD"
	}
	spec, err := s.partitionSpec(info, st.Partition, st.Upload, what)
	if err != nil {
		return "", err
	}
	existing, err := tx.Partitions(req.Table)
	if err != nil {
		return "", err
	}
	label := req.Table + "/" + specText(info, spec)
	if st.Upload {
		return label, s.uploadPartition(tx, st, req, info, spec, existing)
	}
	match := specMatcher(spec)
	complete := true
	for _, v := range spec {
		complete = complete && v != nil
	}
	for _, p := range existing {
		if ok, _ := match(p); ok {
			req.Partitions = append(req.Partitions, p)
		}
	}
	if len(req.Partitions) == 0 {
		return "", &Error{Code: CodePartition, Pos: st.Pos, HasPos: true,
			Msg: fmt.Sprintf("table %s has no partition %s", info.Name, specText(info, spec))}
	}
	req.PartitionColumns = !complete || req.Options.WithPartition
	return label, nil
}

// uploadPartition checks that the partition an upload writes exists, or
// creates it with -acp true (after a scan-only upload, nothing is made).
func (s *Session) uploadPartition(tx Tx, st *parser.TunnelStmt, req *TunnelRequest, info *TableInfo, spec []Value, existing [][]Value) error {
	req.Partition = spec
	if containsPart(existing, spec) {
		return nil
	}
	name := PartitionName(info.PartitionColumns, spec)
	if !req.Options.AutoCreatePartition {
		return &Error{Code: CodePartition, Pos: st.Pos, HasPos: true,
			Msg: fmt.Sprintf("partition %s of table %s does not exist; add it with ALTER TABLE %s ADD PARTITION, or upload with -acp true", name, info.Name, info.Name)}
	}
	if req.Options.Scan == "only" {
		return nil
	}
	if err := tx.AddPartitions(req.Table, [][]Value{spec}, true); err != nil {
		return err
	}
	req.Notes("Create partition " + name)
	return nil
}

// specText renders a possibly partial spec as odpscmd writes one:
// ds=1,hr=2, leaving out the columns it does not name.
func specText(info *TableInfo, spec []Value) string {
	var parts []string
	for i, c := range info.PartitionColumns {
		if spec[i] != nil {
			parts = append(parts, c.Name+"="+PartitionValueText(spec[i]))
		}
	}
	return strings.Join(parts, ",")
}
