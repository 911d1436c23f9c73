package auditlog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/candor-ai/candor/internal/fsutil"
	_ "modernc.org/sqlite" // database/sql driver "sqlite" (pure Go)
)

const dbFileName = "audit.db"

// schema:
//   - entries: idx is the index Append assigned, which tessera's leaf at
//     that position matches; canonical holds the exact bytes (with that
//     index) from which Verify recomputes the leaf; tenant and time_ns are
//     copies kept for queries, checked against canonical. Rows at or beyond
//     tessera's tree size are acknowledged but not yet integrated.
//   - pending: written only by versions before asynchronous integration
//     (entries made durable before tessera assigned their index); Open moves
//     any rows it finds into entries (see migratePending).
const schema = `
CREATE TABLE IF NOT EXISTS entries (
	idx       INTEGER PRIMARY KEY,
	time_ns   INTEGER NOT NULL,
	tenant    TEXT    NOT NULL,
	canonical BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_tenant_idx  ON entries(tenant, idx);
CREATE INDEX IF NOT EXISTS entries_tenant_time ON entries(tenant, time_ns, idx);
CREATE TABLE IF NOT EXISTS pending (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	data    BLOB    NOT NULL,
	time_ns INTEGER NOT NULL,
	tenant  TEXT    NOT NULL,
	body    BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS pending_data ON pending(data, id);
`

// openDB opens the SQLite database at path.
//
// Pragmas: WAL so readers never block the writer. With full, synchronous=FULL
// fsyncs every commit before Append acknowledges it (DurabilityFsync): an
// acknowledged entry survives kill -9 and a power cut, and tessera (which
// integrates only committed rows) never holds a leaf SQLite could lose. One
// fsync per group commit. Without, synchronous=NORMAL (DurabilityProcess): a
// commit in the WAL survives kill -9 (the OS holds it), and the integrator
// fsyncs the WAL before tessera sees the rows.
func openDB(path string, readOnly, full bool) (*sql.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	if readOnly {
		q.Add("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		if full {
			q.Add("_pragma", "synchronous(FULL)")
		} else {
			q.Add("_pragma", "synchronous(NORMAL)")
		}
		q.Add("_pragma", "wal_autocheckpoint(4000)")
		q.Add("_txlock", "immediate")
	}
	if !readOnly {
		// Entries may hold prompts: 0600, and SQLite gives the -wal and
		// -shm files the database file's mode.
		if err := fsutil.PrivateFile(path); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

func createSchema(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("create schema: %w", err)
	}
	return nil
}

// maxIndex returns the highest stored index, ok=false when the table is empty.
func maxIndex(ctx context.Context, db *sql.DB) (uint64, bool, error) {
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT MAX(idx) FROM entries`).Scan(&v); err != nil {
		return 0, false, fmt.Errorf("max index: %w", err)
	}
	if !v.Valid {
		return 0, false, nil
	}
	if v.Int64 < 0 {
		return 0, false, fmt.Errorf("negative index %d: %w", v.Int64, ErrCorrupt)
	}
	return uint64(v.Int64), true, nil
}

// canonicalAt returns the stored canonical bytes of the entry at idx.
func canonicalAt(ctx context.Context, db *sql.DB, idx uint64) ([]byte, error) {
	if idx > 1<<63-1 {
		return nil, fmt.Errorf("index %d: %w", idx, ErrNotFound)
	}
	var b []byte
	err := db.QueryRowContext(ctx, `SELECT canonical FROM entries WHERE idx = ?`, int64(idx)).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("index %d: %w", idx, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read index %d: %w", idx, err)
	}
	return b, nil
}

// insertStmts prepares, once per group size, the statement that inserts a
// whole group: one statement is one implicit transaction (one fsync), with
// no BEGIN, COMMIT or per-row round trip. Only the writer goroutine uses it.
type insertStmts struct {
	db    *sql.DB
	stmts map[int]*sql.Stmt
}

// insert commits a group of entries at the indices already set in each
// request.
func (s *insertStmts) insert(ctx context.Context, batch []*appendReq) error {
	stmt := s.stmts[len(batch)]
	if stmt == nil {
		q := strings.Builder{}
		q.WriteString(`INSERT INTO entries(idx, time_ns, tenant, canonical) VALUES (?, ?, ?, ?)`)
		for range len(batch) - 1 {
			q.WriteString(`, (?, ?, ?, ?)`)
		}
		var err error
		if stmt, err = s.db.PrepareContext(ctx, q.String()); err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		if s.stmts == nil {
			s.stmts = map[int]*sql.Stmt{}
		}
		s.stmts[len(batch)] = stmt
	}
	args := make([]any, 0, 4*len(batch))
	for _, r := range batch {
		if r.idx > 1<<63-1 {
			return fmt.Errorf("index %d: %w", r.idx, ErrCorrupt)
		}
		args = append(args, int64(r.idx), r.entry.Time.UnixNano(), r.entry.Tenant, r.canonical)
	}
	if _, err := stmt.ExecContext(ctx, args...); err != nil {
		return fmt.Errorf("insert indices %d-%d: %w", batch[0].idx, batch[len(batch)-1].idx, err)
	}
	return nil
}

// leavesFrom returns up to limit stored entries from index from on, in
// index order, as tessera leaves.
func leavesFrom(ctx context.Context, db *sql.DB, from uint64, limit int) ([]leaf, error) {
	if from > 1<<63-1 {
		return nil, nil
	}
	rows, err := db.QueryContext(ctx, `SELECT idx, canonical FROM entries WHERE idx >= ? ORDER BY idx LIMIT ?`, int64(from), limit)
	if err != nil {
		return nil, fmt.Errorf("read entries: %w", err)
	}
	defer rows.Close()
	var out []leaf
	for rows.Next() {
		var idx int64
		var c []byte
		if err := rows.Scan(&idx, &c); err != nil {
			return nil, fmt.Errorf("read entries: %w", err)
		}
		out = append(out, leaf{idx: uint64(idx), data: LeafData(c)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read entries: %w", err)
	}
	return out, nil
}

// finalize moves legacy pending rows to entries at the index set in each
// request, in one transaction.
func finalize(ctx context.Context, db *sql.DB, batch []*appendReq) error {
	if len(batch) == 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	ins, err := tx.PrepareContext(ctx, `INSERT INTO entries(idx, time_ns, tenant, canonical) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	defer ins.Close()
	del, err := tx.PrepareContext(ctx, `DELETE FROM pending WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	defer del.Close()
	for _, r := range batch {
		if r.idx > 1<<63-1 {
			return fmt.Errorf("index %d: %w", r.idx, ErrCorrupt)
		}
		if _, err := ins.ExecContext(ctx, int64(r.idx), r.entry.Time.UnixNano(), r.entry.Tenant, r.canonical); err != nil {
			return fmt.Errorf("insert index %d: %w", r.idx, err)
		}
		if _, err := del.ExecContext(ctx, r.pendingID); err != nil {
			return fmt.Errorf("delete pending %d: %w", r.pendingID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// pendingCount returns how many entries wait in pending.
func pendingCount(ctx context.Context, db *sql.DB) (int64, error) {
	var n int64
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM pending`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count pending: %w", err)
	}
	return n, nil
}

// missingBelow returns the indices below size that have no entries row.
func missingBelow(ctx context.Context, db *sql.DB, size uint64) ([]uint64, error) {
	rows, err := db.QueryContext(ctx, `SELECT idx FROM entries WHERE idx >= 0 ORDER BY idx`)
	if err != nil {
		return nil, fmt.Errorf("scan entries: %w", err)
	}
	defer rows.Close()
	var missing []uint64
	next := uint64(0)
	for rows.Next() && next < size {
		var idx int64
		if err := rows.Scan(&idx); err != nil {
			return nil, fmt.Errorf("scan entries: %w", err)
		}
		for ; next < uint64(idx) && next < size; next++ {
			missing = append(missing, next)
		}
		next = uint64(idx) + 1
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("scan entries: %w", err)
	}
	for ; next < size; next++ {
		missing = append(missing, next)
	}
	return missing, nil
}

// pendingByData returns the oldest pending entry whose leaf data is data.
func pendingByData(ctx context.Context, db *sql.DB, data []byte) (*appendReq, error) {
	r := &appendReq{}
	var timeNS int64
	err := db.QueryRowContext(ctx, `SELECT id, time_ns, tenant, body FROM pending WHERE data = ? ORDER BY id LIMIT 1`, data).
		Scan(&r.pendingID, &timeNS, &r.entry.Tenant, &r.body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("find pending: %w", err)
	}
	r.entry.Time = time.Unix(0, timeNS).UTC()
	r.data = data
	return r, nil
}

// allPending returns every pending entry, oldest first.
func allPending(ctx context.Context, db *sql.DB) ([]*appendReq, error) {
	rows, err := db.QueryContext(ctx, `SELECT id, data, time_ns, tenant, body FROM pending ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read pending: %w", err)
	}
	defer rows.Close()
	var out []*appendReq
	for rows.Next() {
		r := &appendReq{}
		var timeNS int64
		if err := rows.Scan(&r.pendingID, &r.data, &timeNS, &r.entry.Tenant, &r.body); err != nil {
			return nil, fmt.Errorf("read pending: %w", err)
		}
		r.entry.Time = time.Unix(0, timeNS).UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read pending: %w", err)
	}
	return out, nil
}
