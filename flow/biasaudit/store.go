package biasaudit

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // database/sql driver "sqlite" (pure Go)

	"github.com/candor-ai/candor/internal/fsutil"
	"github.com/candor-ai/candor/pipeline/bias"
)

// schema: observations (one measured picture each), runs (audit suites and
// their progress) and reports (signed report files). Every row carries its
// tenant; every query filters by it.
const schema = `
CREATE TABLE IF NOT EXISTS observations (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	tenant    TEXT    NOT NULL,
	grp       TEXT    NOT NULL,
	run_id    TEXT    NOT NULL,
	time_ns   INTEGER NOT NULL,
	body      BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS obs_tenant ON observations(tenant, run_id, time_ns);
CREATE TABLE IF NOT EXISTS runs (
	id        TEXT PRIMARY KEY,
	tenant    TEXT    NOT NULL,
	created_ns INTEGER NOT NULL,
	body      BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_tenant ON runs(tenant, created_ns);
CREATE TABLE IF NOT EXISTS reports (
	id         TEXT PRIMARY KEY,
	tenant     TEXT    NOT NULL,
	created_ns INTEGER NOT NULL,
	file       BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_tenant ON reports(tenant, created_ns);
`

// Store keeps observations, runs and signed reports in SQLite
// (<data-dir>/bias/bias.db, 0600, WAL).
type Store struct {
	db *sql.DB
}

// OpenStore opens (creating) the store in dir.
func OpenStore(ctx context.Context, dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("bias store: %w", err)
	}
	path := filepath.Join(dir, "bias.db")
	_ = fsutil.PrivateFile(path) // before SQLite, which gives -wal and -shm the database's mode
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("bias store: %w", err)
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("bias store schema: %w", err)
	}
	_ = fsutil.PrivateFile(path)
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Add stores observations in one transaction.
func (s *Store) Add(ctx context.Context, obs ...bias.Observation) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("bias store: %w", err)
	}
	defer tx.Rollback()
	for _, o := range obs {
		b, err := json.Marshal(o)
		if err != nil {
			return fmt.Errorf("bias store: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO observations(tenant, grp, run_id, time_ns, body) VALUES (?,?,?,?,?)`,
			o.Tenant, o.Group, o.RunID, o.Time.UnixNano(), b); err != nil {
			return fmt.Errorf("bias store: %w", err)
		}
	}
	return tx.Commit()
}

// Query selects one tenant's observations. RunID "" means every run and
// sampled traffic; zero times are unbounded.
type Query struct {
	Tenant       string
	RunID        string
	Sampled      bool // only live-traffic samples (no run id)
	Since, Until time.Time
}

// Observations lists the tenant's observations, oldest first.
func (s *Store) Observations(ctx context.Context, q Query) ([]bias.Observation, error) {
	if q.Tenant == "" {
		return nil, errors.New("bias store: a tenant is required")
	}
	sqlq := `SELECT body FROM observations WHERE tenant = ?`
	args := []any{q.Tenant}
	switch {
	case q.RunID != "":
		sqlq += ` AND run_id = ?`
		args = append(args, q.RunID)
	case q.Sampled:
		sqlq += ` AND run_id = ''`
	}
	if !q.Since.IsZero() {
		sqlq += ` AND time_ns >= ?`
		args = append(args, q.Since.UnixNano())
	}
	if !q.Until.IsZero() {
		sqlq += ` AND time_ns < ?`
		args = append(args, q.Until.UnixNano())
	}
	rows, err := s.db.QueryContext(ctx, sqlq+` ORDER BY time_ns, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("bias store: %w", err)
	}
	defer rows.Close()
	var out []bias.Observation
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("bias store: %w", err)
		}
		var o bias.Observation
		if err := json.Unmarshal(b, &o); err != nil {
			return nil, fmt.Errorf("bias store: observation: %w", err)
		}
		if o.Tenant == q.Tenant {
			out = append(out, o)
		}
	}
	return out, rows.Err()
}

// PutRun stores (or replaces) a run's state.
func (s *Store) PutRun(ctx context.Context, r Run) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("bias store: %w", err)
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO runs(id, tenant, created_ns, body) VALUES (?,?,?,?)
		ON CONFLICT(id) DO UPDATE SET body = excluded.body`, r.ID, r.Tenant, r.Created.UnixNano(), b)
	if err != nil {
		return fmt.Errorf("bias store: %w", err)
	}
	return nil
}

// Run returns the tenant's run with id (ErrNotFound otherwise).
func (s *Store) Run(ctx context.Context, tenant, id string) (Run, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT body FROM runs WHERE id = ? AND tenant = ?`, id, tenant).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return Run{}, fmt.Errorf("bias run %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return Run{}, fmt.Errorf("bias store: %w", err)
	}
	var r Run
	if err := json.Unmarshal(b, &r); err != nil {
		return Run{}, fmt.Errorf("bias store: run: %w", err)
	}
	return r, nil
}

// PutReport stores a signed report file.
func (s *Store) PutReport(ctx context.Context, tenant, id string, created time.Time, file []byte) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO reports(id, tenant, created_ns, file) VALUES (?,?,?,?)`,
		id, tenant, created.UnixNano(), file)
	if err != nil {
		return fmt.Errorf("bias store: %w", err)
	}
	return nil
}

// Report returns the tenant's signed report file with id.
func (s *Store) Report(ctx context.Context, tenant, id string) ([]byte, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT file FROM reports WHERE id = ? AND tenant = ?`, id, tenant).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("bias report %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("bias store: %w", err)
	}
	return b, nil
}

// Reports lists the tenant's signed report files, newest first.
func (s *Store) Reports(ctx context.Context, tenant string, limit int) ([][]byte, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT file FROM reports WHERE tenant = ? ORDER BY created_ns DESC LIMIT ?`, tenant, limit)
	if err != nil {
		return nil, fmt.Errorf("bias store: %w", err)
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("bias store: %w", err)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}
