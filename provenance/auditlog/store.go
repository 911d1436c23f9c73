package auditlog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"

	_ "modernc.org/sqlite" // database/sql driver "sqlite" (pure Go)
)

const dbFileName = "audit.db"

// schema: idx is the transparency-log index (equal by construction); canonical
// holds the exact bytes whose SHA-256 is the log's entry data; tenant and
// time_ns are copies kept for queries, checked against canonical by Verify.
const schema = `
CREATE TABLE IF NOT EXISTS entries (
	idx       INTEGER PRIMARY KEY,
	time_ns   INTEGER NOT NULL,
	tenant    TEXT    NOT NULL,
	canonical BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_tenant_idx  ON entries(tenant, idx);
CREATE INDEX IF NOT EXISTS entries_tenant_time ON entries(tenant, time_ns, idx);
`

// openDB opens the SQLite database at path.
//
// Pragmas: WAL so readers never block the writer; synchronous=FULL so each
// group commit is fsynced before its entries are handed to tessera. In WAL
// mode synchronous=NORMAL already survives a process kill -9, but not a power
// cut; FULL keeps the invariant "every tessera leaf has its SQLite row" across
// power loss too, and costs one fsync per batch, not per entry.
func openDB(path string, readOnly bool) (*sql.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	if readOnly {
		q.Add("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Add("_txlock", "immediate")
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

// insertBatch stores a group of entries in one transaction (one fsync).
func insertBatch(ctx context.Context, db *sql.DB, batch []*appendReq) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO entries(idx, time_ns, tenant, canonical) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	defer stmt.Close()
	for _, r := range batch {
		if _, err := stmt.ExecContext(ctx, int64(r.idx), r.entry.Time.UnixNano(), r.entry.Tenant, r.canonical); err != nil {
			return fmt.Errorf("insert index %d: %w", r.idx, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
