// Package keys stores candor's API keys in SQLite (<data-dir>/keys.db).
//
// A key is "cnd_<id>_<secret>": id is 16 hex digits, secret 32 random bytes
// in unpadded base64url (RFC 4648 section 5). Only SHA-256 of the secret is
// stored: keys are high-entropy, so a fast hash is right, and comparison is
// constant-time (crypto/subtle). The plaintext key is returned once, by Create.
package keys

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/internal/fsutil"
)

// Prefix starts every key.
const Prefix = "cnd_"

// Roles a key may hold (candor.Roles).
var Roles = candor.Roles

// Key is a stored key, without its secret.
type Key struct {
	ID      string    `json:"id"`
	Tenant  string    `json:"tenant"`
	Roles   []string  `json:"roles"`
	Created time.Time `json:"created"`
}

// Config says where the store lives.
type Config struct {
	Path   string // the SQLite file, e.g. <data-dir>/keys.db
	Logger *slog.Logger
}

// Store is the key database. It caches keys it has seen; keys created by
// another process are found on first use.
type Store struct {
	db  *sql.DB
	log *slog.Logger

	mu    sync.RWMutex
	cache map[string]record
}

type record struct {
	key  Key
	hash []byte
}

const schema = `
CREATE TABLE IF NOT EXISTS api_keys (
	id            TEXT PRIMARY KEY,
	tenant        TEXT NOT NULL,
	roles         TEXT NOT NULL,
	secret_sha256 BLOB NOT NULL,
	created_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS api_keys_tenant ON api_keys(tenant);`

// Open opens (creating if needed) the key store.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Path == "" {
		return nil, errors.New("keys: Config.Path is required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// The database holds key hashes: 0600, and SQLite gives its -wal and
	// -shm files the database file's mode.
	if err := fsutil.PrivateFile(cfg.Path); err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	db, err := sql.Open("sqlite", "file:"+cfg.Path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)")
	if err != nil {
		return nil, fmt.Errorf("keys: open %s: %w", cfg.Path, err)
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("keys: create schema in %s: %w", cfg.Path, err)
	}
	return &Store{db: db, log: log, cache: map[string]record{}}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Create makes a new key for tenant with roles and returns the plaintext key
// (shown once) and its record.
func (s *Store) Create(ctx context.Context, tenant string, roles []string) (string, Key, error) {
	if !candor.ValidTenantName(tenant) {
		return "", Key{}, fmt.Errorf("tenant %q: use 1-64 of a-z, 0-9, '.', '_', '-': %w", tenant, ErrInvalid)
	}
	roles, err := normalizeRoles(roles)
	if err != nil {
		return "", Key{}, err
	}
	var idb [8]byte
	var secret [32]byte
	_, _ = rand.Read(idb[:]) // crypto/rand.Read never fails (Go 1.24+)
	_, _ = rand.Read(secret[:])
	id := hex.EncodeToString(idb[:])
	hash := sha256.Sum256(secret[:])
	k := Key{ID: id, Tenant: tenant, Roles: roles, Created: time.Now().UTC().Truncate(time.Second)}
	if _, err := s.db.ExecContext(ctx,
		`INSERT INTO api_keys (id, tenant, roles, secret_sha256, created_at) VALUES (?, ?, ?, ?, ?)`,
		id, tenant, strings.Join(roles, ","), hash[:], k.Created.Format(time.RFC3339)); err != nil {
		return "", Key{}, fmt.Errorf("keys: insert: %w", err)
	}
	s.log.Info("api key created", slog.String("key_id", id), slog.String("tenant", tenant), slog.Any("roles", roles))
	return Prefix + id + "_" + base64.RawURLEncoding.EncodeToString(secret[:]), k, nil
}

// Parse splits a key into its id and secret.
func Parse(token string) (id string, secret []byte, err error) {
	rest, ok := strings.CutPrefix(token, Prefix)
	if !ok {
		return "", nil, fmt.Errorf("no %q prefix: %w", Prefix, ErrMalformed)
	}
	id, enc, ok := strings.Cut(rest, "_")
	if !ok || len(id) != 16 || !isHex(id) {
		return "", nil, fmt.Errorf("bad key id: %w", ErrMalformed)
	}
	if len(enc) != base64.RawURLEncoding.EncodedLen(32) {
		return "", nil, fmt.Errorf("bad secret length: %w", ErrMalformed)
	}
	// Strict: the spare bits of the last character must be zero, so every
	// key has exactly one spelling.
	secret, err = base64.RawURLEncoding.Strict().DecodeString(enc)
	if err != nil || len(secret) != 32 {
		return "", nil, fmt.Errorf("bad secret encoding: %w", ErrMalformed)
	}
	return id, secret, nil
}

// dummyHash is compared against when the id is unknown, so both paths do
// the same work.
var dummyHash = make([]byte, sha256.Size)

// Authenticate checks a key and returns its record. A malformed key wraps
// ErrMalformed; an unknown id or wrong secret wraps ErrUnknown.
func (s *Store) Authenticate(ctx context.Context, token string) (Key, error) {
	id, secret, err := Parse(token)
	if err != nil {
		return Key{}, err
	}
	rec, found, err := s.lookup(ctx, id)
	if err != nil {
		return Key{}, err
	}
	want := rec.hash
	if !found {
		want = dummyHash
	}
	got := sha256.Sum256(secret)
	if subtle.ConstantTimeCompare(got[:], want) != 1 || !found {
		return Key{}, fmt.Errorf("key %s: %w", id, ErrUnknown)
	}
	return rec.key, nil
}

func (s *Store) lookup(ctx context.Context, id string) (record, bool, error) {
	s.mu.RLock()
	rec, ok := s.cache[id]
	s.mu.RUnlock()
	if ok {
		return rec, true, nil
	}
	row := s.db.QueryRowContext(ctx, `SELECT id, tenant, roles, secret_sha256, created_at FROM api_keys WHERE id = ?`, id)
	rec, err := scan(row)
	if errors.Is(err, sql.ErrNoRows) {
		return record{}, false, nil
	}
	if err != nil {
		return record{}, false, fmt.Errorf("keys: lookup: %w", err)
	}
	s.mu.Lock()
	s.cache[id] = rec
	s.mu.Unlock()
	return rec, true, nil
}

type scanner interface{ Scan(dest ...any) error }

func scan(r scanner) (record, error) {
	var rec record
	var roles, created string
	if err := r.Scan(&rec.key.ID, &rec.key.Tenant, &roles, &rec.hash, &created); err != nil {
		return rec, err
	}
	if roles != "" {
		rec.key.Roles = strings.Split(roles, ",")
	}
	t, err := time.Parse(time.RFC3339, created)
	if err != nil {
		return rec, fmt.Errorf("key %s: created_at %q: %w", rec.key.ID, created, err)
	}
	rec.key.Created = t
	return rec, nil
}

// List returns every key (no secrets), oldest first; tenant "" lists all.
func (s *Store) List(ctx context.Context, tenant string) ([]Key, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, tenant, roles, secret_sha256, created_at FROM api_keys
		WHERE ? = '' OR tenant = ? ORDER BY created_at, id`, tenant, tenant)
	if err != nil {
		return nil, fmt.Errorf("keys: list: %w", err)
	}
	defer rows.Close()
	var out []Key
	for rows.Next() {
		rec, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("keys: list: %w", err)
		}
		out = append(out, rec.key)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("keys: list: %w", err)
	}
	return out, nil
}

// Count returns how many keys are stored.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM api_keys`).Scan(&n); err != nil {
		return 0, fmt.Errorf("keys: count: %w", err)
	}
	return n, nil
}

// ParseRoles reads a comma-separated role list such as "generate,audit".
func ParseRoles(s string) ([]string, error) {
	var roles []string
	for r := range strings.SplitSeq(s, ",") {
		if r = strings.TrimSpace(r); r != "" {
			roles = append(roles, r)
		}
	}
	return normalizeRoles(roles)
}

func normalizeRoles(roles []string) ([]string, error) {
	if len(roles) == 0 {
		return nil, fmt.Errorf("at least one role of %s: %w", strings.Join(Roles, ", "), ErrInvalid)
	}
	var out []string
	for _, r := range roles {
		if !slices.Contains(Roles, r) {
			return nil, fmt.Errorf("role %q: want one of %s: %w", r, strings.Join(Roles, ", "), ErrInvalid)
		}
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out, nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
