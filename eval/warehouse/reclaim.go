package warehouse

import (
	"context"
	"database/sql"
	"fmt"
)

// reclaimShare and reclaimMinPages decide when a commit gives space back:
// when at least three quarters of the file's pages are free (a DROP or
// TRUNCATE of most of the data) and they are worth a write. Below that
// the free pages stay in the file and the next INSERT reuses them: an
// INSERT OVERWRITE frees about half the file (the old rows), and moving
// the new rows down to give that half back would cost as much again as
// writing them, while the next overwrite of the table fills it anyway.
const (
	reclaimShare    = 0.75
	reclaimMinPages = 256
)

// reclaim gives the warehouse's free pages back to the file system after
// a commit, when they are most of the file (see reclaimShare). It needs
// the file's incremental auto-vacuum (warehouses made since it exists
// have it, see newFileParams); elsewhere SQLite's incremental_vacuum does
// nothing. It never waits: when another process holds the write lock the
// pages stay free in the file for a later commit to give back. Failing
// loses nothing, so errors are ignored.
func (w *Warehouse) reclaim() {
	ctx := context.Background()
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return
	}
	defer conn.Close()
	var free, pages int64
	if conn.QueryRowContext(ctx, `PRAGMA freelist_count`).Scan(&free) != nil ||
		conn.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages) != nil {
		return
	}
	if free < reclaimMinPages || float64(free) < reclaimShare*float64(pages) {
		return
	}
	var timeout int64
	if conn.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&timeout) != nil {
		return
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA busy_timeout = 0`); err != nil {
		return
	}
	defer conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA busy_timeout = %d`, timeout))
	incrementalVacuum(ctx, conn)
}

// incrementalVacuum frees the pages; SQLite moves them as the pragma's
// rows are stepped through.
func incrementalVacuum(ctx context.Context, conn *sql.Conn) {
	rows, err := conn.QueryContext(ctx, `PRAGMA incremental_vacuum`)
	if err != nil {
		return
	}
	for rows.Next() {
	}
	rows.Close()
}
