package held

import (
	"context"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/candor-ai/candor/internal/fsutil"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite" (pure Go)
)

// Status is where an item stands in review. Decisions only ever move an
// item from StatusPending to one of the other two.
type Status string

// The review states.
const (
	StatusPending  Status = "pending"
	StatusReleased Status = "released"
	StatusRejected Status = "rejected"
)

// Reason is one output-safety rule that caused the hold, in the shape of
// the contract's "reasons" array.
type Reason struct {
	Rule      string  `json:"rule"`
	Label     string  `json:"label"`
	Score     float64 `json:"score"`
	Threshold float64 `json:"threshold"`
	Message   string  `json:"message"`
}

// Item is one held image's record. Everything but Meta is stored in clear
// in the index (see the package documentation); the pixels and the signed
// file are not part of it.
type Item struct {
	ID             string // "rv_" + 26 base32 characters (128 random bits); set by Put unless given
	Tenant         string // the tenant that owns the item; callers check it against the caller's key
	RequesterKeyID string // the API key id that made the request (it alone fetches the result)
	RequestID      string // the generation request's id
	Image          int    // the image's index in that request
	Status         Status
	Created        time.Time // when Put stored it (UTC)
	Decided        time.Time // when it was released or rejected; zero while pending
	Reviewer       string    // key id of the reviewer who decided; "" while pending
	Reasons        []Reason
	Scores         map[string]float64 // "<classifier>.<label>" -> score
	// Meta is opaque to the store: the caller's generation metadata needed
	// to sign the image on release. It is encrypted at rest and dropped when
	// the item is rejected. It must be valid JSON when not empty.
	Meta       json.RawMessage
	AuditIndex uint64 // audit log index of the hold entry
	MediaType  string // of the pixels; "image/png" when Put is given ""
}

// Config says where the store lives.
type Config struct {
	// Dir holds the index and the blobs, e.g. <data-dir>/held. Created
	// 0700 if missing (and made 0700 if it is not).
	Dir string
	// KeyFile is the master key: 32 raw bytes, e.g.
	// <data-dir>/secrets/held.key. Created 0600 (in a 0700 directory) the
	// first time a store is created; Open refuses one readable by group or
	// others, of another size, or other than the key the store was made
	// with. Keep it off the disk that holds Dir where you can.
	KeyFile string
	Logger  *slog.Logger
	// Now is the clock for Created and Decided; time.Now when nil.
	Now func() time.Time
}

// ListQuery selects items of one tenant, oldest first.
type ListQuery struct {
	Tenant string // required
	Status Status // "" for every status
	Limit  int    // 0 means DefaultListLimit; at most MaxListLimit
	After  string // an item id from an earlier page: items stored after it
}

// List page sizes.
const (
	DefaultListLimit = 100
	MaxListLimit     = 1000
)

// Field limits Put and the decisions enforce.
const (
	maxNameLen    = 256 // tenant, key ids, request id, media type
	defaultMedia  = "image/png"
	dbFileName    = "held.db"
	schemaVersion = "1"
	metaKind      = blobKind("meta")
	idPrefix      = "rv_"
	idRandomBytes = 16
)

var idEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// NewID returns a fresh item id: "rv_" and 128 random bits in lower-case
// unpadded base32 (RFC 4648 section 6). Put makes one when Item.ID is
// empty; callers that must name the item before storing it (say, in the
// hold's audit entry) may call NewID and pass it in.
func NewID() string {
	var b [idRandomBytes]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return idPrefix + strings.ToLower(idEncoding.EncodeToString(b[:]))
}

// ValidID reports whether id has the form NewID returns.
func ValidID(id string) bool {
	enc, ok := strings.CutPrefix(id, idPrefix)
	if !ok || len(enc) != idEncoding.EncodedLen(idRandomBytes) || strings.ToLower(enc) != enc {
		return false
	}
	b, err := idEncoding.DecodeString(strings.ToUpper(enc))
	return err == nil && len(b) == idRandomBytes
}

// schema:
//   - meta: version and key_check (HMAC-SHA256 of a label under the
//     master key, so Open can refuse a different key).
//   - items: one row per held image; seq orders items oldest first and is
//     the List cursor; meta holds the sealed Meta (NULL after reject).
//   - blobs: one row per live blob, naming its file and holding its data
//     key wrapped under the master key. Deleting the row is what
//     crypto-shreds the blob; secure_delete makes SQLite zero the freed
//     bytes, and a TRUNCATE checkpoint removes old copies from the WAL.
const schema = `
CREATE TABLE IF NOT EXISTS meta (
	k TEXT PRIMARY KEY,
	v BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS items (
	seq              INTEGER PRIMARY KEY AUTOINCREMENT,
	id               TEXT    NOT NULL UNIQUE,
	tenant           TEXT    NOT NULL,
	requester_key_id TEXT    NOT NULL,
	request_id       TEXT    NOT NULL,
	image            INTEGER NOT NULL,
	status           TEXT    NOT NULL CHECK (status IN ('pending', 'released', 'rejected')),
	created_ns       INTEGER NOT NULL,
	decided_ns       INTEGER NOT NULL DEFAULT 0,
	reviewer         TEXT    NOT NULL DEFAULT '',
	reasons          TEXT    NOT NULL,
	scores           TEXT    NOT NULL,
	meta             BLOB,
	audit_index      INTEGER NOT NULL,
	media_type       TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS items_tenant        ON items(tenant, seq);
CREATE INDEX IF NOT EXISTS items_tenant_status ON items(tenant, status, seq);
CREATE TABLE IF NOT EXISTS blobs (
	item_id TEXT NOT NULL REFERENCES items(id),
	kind    TEXT NOT NULL CHECK (kind IN ('pixels', 'signed')),
	file    TEXT NOT NULL UNIQUE,
	wrapped BLOB NOT NULL,
	PRIMARY KEY (item_id, kind)
);
`

// Store is the held-image store. Its methods are safe for concurrent use.
type Store struct {
	db      *sql.DB
	blobDir string
	master  cipher.AEAD
	log     *slog.Logger
	now     func() time.Time
	lock    *fsutil.DirLock

	closeOnce sync.Once
	closeErr  error
}

// Open opens the store in cfg.Dir, creating it (and the key file) on first
// use. It takes an exclusive lock on the directory (ErrLocked if another
// Store holds it), checks the master key against the index (ErrKey), and
// destroys leftovers of a crash: temporary files and blob files no index
// row references.
func Open(ctx context.Context, cfg Config) (_ *Store, err error) {
	if cfg.Dir == "" {
		return nil, fmt.Errorf("Config.Dir is required: %w", ErrInvalid)
	}
	if cfg.KeyFile == "" {
		return nil, fmt.Errorf("Config.KeyFile is required: %w", ErrInvalid)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	s := &Store{blobDir: filepath.Join(cfg.Dir, blobDirName), log: log, now: now}
	if err := ensureDir(cfg.Dir); err != nil {
		return nil, err
	}
	// Only the lock holder may remove orphan blobs, so Open never deletes a
	// blob another Store is about to commit.
	if s.lock, err = fsutil.LockDir(cfg.Dir, ErrLocked); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			if s.db != nil {
				s.db.Close()
			}
			s.lock.Unlock()
		}
	}()
	if err := ensureDir(s.blobDir); err != nil {
		return nil, err
	}
	dbPath := filepath.Join(cfg.Dir, dbFileName)
	// Create the database file 0600 before SQLite does: its unix VFS gives
	// the -wal and -shm files the mode of the database file.
	if err := fsutil.PrivateFile(dbPath); err != nil {
		return nil, fmt.Errorf("create %s: %w", dbFileName, err)
	}
	if s.db, err = openDB(dbPath); err != nil {
		return nil, err
	}
	if _, err := s.db.ExecContext(ctx, schema); err != nil {
		return nil, fmt.Errorf("create schema in %s: %w", dbPath, err)
	}
	if err := fsutil.PrivateFile(dbPath); err != nil {
		return nil, fmt.Errorf("chmod %s: %w", dbFileName, err)
	}
	if err := s.openKey(ctx, cfg.KeyFile); err != nil {
		return nil, err
	}
	if err := s.removeOrphans(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// openDB opens the index. WAL so readers never block the writer;
// synchronous=FULL so a committed decision survives a power cut (decisions
// are rare); BEGIN IMMEDIATE so concurrent decisions queue on the busy
// timeout instead of failing on a lock upgrade; secure_delete so deleted
// wrapped keys are zeroed in the file, not left in free space.
func openDB(path string) (*sql.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "secure_delete(1)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// openKey loads the master key and checks it against the index, recording
// the check on first use. A key file is created only while the index has
// no key check: once items may exist under a key, a missing key file is
// an error, never a reason to make a new key.
func (s *Store) openKey(ctx context.Context, path string) error {
	var check []byte
	err := s.db.QueryRowContext(ctx, `SELECT v FROM meta WHERE k = 'key_check'`).Scan(&check)
	fresh := errors.Is(err, sql.ErrNoRows)
	if err != nil && !fresh {
		return fmt.Errorf("read key check: %w", err)
	}
	key, created, err := loadKey(path, fresh)
	if err != nil {
		return err
	}
	defer clear(key)
	got := keyCheck(key)
	if fresh {
		if _, err := s.db.ExecContext(ctx,
			`INSERT INTO meta (k, v) VALUES ('key_check', ?), ('version', ?)`, got, schemaVersion); err != nil {
			return fmt.Errorf("record key check: %w", err)
		}
	} else if !hmac.Equal(got, check) {
		return fmt.Errorf("key file %s is not the key this store was created with: %w", path, ErrKey)
	}
	if created {
		s.log.Info("held: created master key", slog.String("path", path))
	}
	s.master, err = newAEAD(key)
	return err
}

// removeOrphans destroys files in the blob directory that no blobs row
// names: temporary files of an interrupted write, blobs whose Put or
// Release did not commit, and blobs whose rows a decision deleted before
// the process could destroy the file. It logs rows whose file is missing.
func (s *Store) removeOrphans(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT file FROM blobs`)
	if err != nil {
		return fmt.Errorf("list blobs: %w", err)
	}
	refs := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return fmt.Errorf("list blobs: %w", err)
		}
		refs[name] = true
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("list blobs: %w", err)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list blobs: %w", err)
	}
	entries, err := os.ReadDir(s.blobDir)
	if err != nil {
		return fmt.Errorf("read blob directory: %w", err)
	}
	removed := 0
	for _, e := range entries {
		if refs[e.Name()] {
			delete(refs, e.Name())
			continue
		}
		if !e.Type().IsRegular() {
			s.log.Warn("held: ignoring a non-file in the blob directory", slog.String("name", e.Name()))
			continue
		}
		if err := destroyFile(filepath.Join(s.blobDir, e.Name())); err != nil {
			return err
		}
		removed++
	}
	if removed > 0 {
		s.log.Info("held: destroyed orphan blob files", slog.Int("files", removed))
	}
	for name := range refs {
		s.log.Error("held: blob file named in the index is missing", slog.String("file", name))
	}
	return nil
}

// Close checkpoints and closes the index and releases the directory lock.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.checkpoint(context.Background())
		err := s.db.Close()
		if uerr := s.lock.Unlock(); err == nil {
			err = uerr
		}
		if err != nil {
			s.closeErr = fmt.Errorf("held: close: %w", err)
		}
	})
	return s.closeErr
}

// stamp returns the current time in UTC at the nanosecond precision stored.
func (s *Store) stamp() time.Time { return time.Unix(0, s.now().UnixNano()).UTC() }

func checkName(field, v string, required bool) error {
	if v == "" && required {
		return fmt.Errorf("%s is required: %w", field, ErrInvalid)
	}
	if len(v) > maxNameLen {
		return fmt.Errorf("%s is %d bytes, at most %d: %w", field, len(v), maxNameLen, ErrInvalid)
	}
	return nil
}

// Put stores a new pending item. It sets ID (unless it.ID is a valid id
// from NewID), Status, Created, and clears Decided and Reviewer; pixels is
// the encoded unsigned image. Order: the encrypted blob is written and
// fsynced, renamed into place, then the index rows commit in one
// transaction; if that fails the blob is destroyed, and if the process
// dies in between, the next Open destroys the unreferenced blob.
func (s *Store) Put(ctx context.Context, it Item, pixels []byte) (Item, error) {
	switch {
	case it.ID == "":
		it.ID = NewID()
	case !ValidID(it.ID):
		return Item{}, fmt.Errorf("put: id %q is not one NewID made: %w", it.ID, ErrInvalid)
	}
	if it.MediaType == "" {
		it.MediaType = defaultMedia
	}
	for _, f := range []struct {
		name, v  string
		required bool
	}{
		{"Tenant", it.Tenant, true}, {"RequesterKeyID", it.RequesterKeyID, true},
		{"RequestID", it.RequestID, false}, {"MediaType", it.MediaType, true},
	} {
		if err := checkName(f.name, f.v, f.required); err != nil {
			return Item{}, fmt.Errorf("put: %w", err)
		}
	}
	if it.Image < 0 {
		return Item{}, fmt.Errorf("put: image index %d: %w", it.Image, ErrInvalid)
	}
	if len(pixels) == 0 {
		return Item{}, fmt.Errorf("put: no pixels: %w", ErrInvalid)
	}
	if len(it.Meta) > 0 && !json.Valid(it.Meta) {
		return Item{}, fmt.Errorf("put: Meta is not valid JSON: %w", ErrInvalid)
	}
	reasons := it.Reasons
	if reasons == nil {
		reasons = []Reason{}
	}
	reasonsJSON, err := json.Marshal(reasons)
	if err != nil {
		return Item{}, fmt.Errorf("put: reasons: %w: %w", ErrInvalid, err)
	}
	scores := it.Scores
	if scores == nil {
		scores = map[string]float64{}
	}
	scoresJSON, err := json.Marshal(scores)
	if err != nil {
		return Item{}, fmt.Errorf("put: scores: %w: %w", ErrInvalid, err)
	}
	it.Status, it.Created, it.Decided, it.Reviewer = StatusPending, s.stamp(), time.Time{}, ""
	it.Meta = append(json.RawMessage(nil), it.Meta...)
	var sealedMeta []byte
	if len(it.Meta) > 0 {
		sealedMeta = seal(s.master, magicMeta, binding(magicMeta, metaKind, it.ID, it.Tenant), it.Meta)
	}

	sb, err := sealBlob(s.master, kindPixels, it.ID, it.Tenant, pixels)
	if err != nil {
		return Item{}, fmt.Errorf("put: %w", err)
	}
	name := newBlobName()
	if err := writeBlob(s.blobDir, name, sb.blob); err != nil {
		return Item{}, fmt.Errorf("put: %w", err)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO items
			(id, tenant, requester_key_id, request_id, image, status, created_ns, reasons, scores, meta, audit_index, media_type)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			it.ID, it.Tenant, it.RequesterKeyID, it.RequestID, it.Image, string(it.Status), it.Created.UnixNano(),
			string(reasonsJSON), string(scoresJSON), sealedMeta, int64(it.AuditIndex), it.MediaType); err != nil {
			if s.exists(ctx, it.ID) {
				return fmt.Errorf("id %s is taken: %w", it.ID, ErrInvalid)
			}
			return fmt.Errorf("insert item: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO blobs (item_id, kind, file, wrapped) VALUES (?, ?, ?, ?)`,
			it.ID, string(kindPixels), name, sb.wrapped); err != nil {
			return fmt.Errorf("insert blob: %w", err)
		}
		return nil
	})
	if err != nil {
		s.destroy(name)
		return Item{}, fmt.Errorf("put: %w", err)
	}
	s.log.Debug("held: item stored", slog.String("review_id", it.ID), slog.String("tenant", it.Tenant))
	return it, nil
}

func (s *Store) exists(ctx context.Context, id string) bool {
	var one int
	return s.db.QueryRowContext(ctx, `SELECT 1 FROM items WHERE id = ?`, id).Scan(&one) == nil
}

// tx runs fn in one BEGIN IMMEDIATE transaction, committing when fn
// returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

const itemCols = `id, tenant, requester_key_id, request_id, image, status, created_ns, decided_ns,
	reviewer, reasons, scores, meta, audit_index, media_type`

type scanner interface{ Scan(dest ...any) error }

// scanItem reads one items row and opens its Meta.
func (s *Store) scanItem(r scanner) (Item, error) {
	var (
		it                      Item
		status, reasons, scores string
		created, decided, audit int64
		sealedMeta              []byte
	)
	if err := r.Scan(&it.ID, &it.Tenant, &it.RequesterKeyID, &it.RequestID, &it.Image, &status, &created, &decided,
		&it.Reviewer, &reasons, &scores, &sealedMeta, &audit, &it.MediaType); err != nil {
		return Item{}, err
	}
	it.Status = Status(status)
	it.Created = time.Unix(0, created).UTC()
	if decided != 0 {
		it.Decided = time.Unix(0, decided).UTC()
	}
	it.AuditIndex = uint64(audit)
	if err := json.Unmarshal([]byte(reasons), &it.Reasons); err != nil {
		return Item{}, fmt.Errorf("item %s reasons: %w: %w", it.ID, ErrCorrupt, err)
	}
	if err := json.Unmarshal([]byte(scores), &it.Scores); err != nil {
		return Item{}, fmt.Errorf("item %s scores: %w: %w", it.ID, ErrCorrupt, err)
	}
	if sealedMeta != nil {
		meta, err := open(s.master, magicMeta, binding(magicMeta, metaKind, it.ID, it.Tenant), sealedMeta)
		if err != nil {
			return Item{}, fmt.Errorf("item %s meta: %w", it.ID, err)
		}
		it.Meta = meta
	}
	return it, nil
}

// Get returns the item with this id, whatever its tenant: callers compare
// Item.Tenant (and, for a requester, Item.RequesterKeyID) with the
// caller's key before showing anything. One indexed row read and one small
// AES-GCM open of Meta.
func (s *Store) Get(ctx context.Context, id string) (Item, error) {
	if !ValidID(id) {
		return Item{}, fmt.Errorf("get %q: %w", id, ErrNotFound)
	}
	it, err := s.scanItem(s.db.QueryRowContext(ctx, `SELECT `+itemCols+` FROM items WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Item{}, fmt.Errorf("get %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return Item{}, fmt.Errorf("get %s: %w", id, err)
	}
	return it, nil
}

// SetAuditIndex records the audit log index of the item's hold entry, for
// callers that append that entry after Put (so it can name the review id).
func (s *Store) SetAuditIndex(ctx context.Context, id string, index uint64) error {
	if !ValidID(id) {
		return fmt.Errorf("set audit index %q: %w", id, ErrNotFound)
	}
	res, err := s.db.ExecContext(ctx, `UPDATE items SET audit_index = ? WHERE id = ?`, int64(index), id)
	if err != nil {
		return fmt.Errorf("set audit index %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("set audit index %s: %w", id, ErrNotFound)
	}
	return nil
}

// List returns a tenant's items, oldest first, at most q.Limit of them.
// For the next page pass the last item's ID as q.After.
func (s *Store) List(ctx context.Context, q ListQuery) ([]Item, error) {
	if err := checkName("ListQuery.Tenant", q.Tenant, true); err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	switch q.Status {
	case "", StatusPending, StatusReleased, StatusRejected:
	default:
		return nil, fmt.Errorf("list: status %q: %w", q.Status, ErrInvalid)
	}
	limit := q.Limit
	switch {
	case limit == 0:
		limit = DefaultListLimit
	case limit < 0 || limit > MaxListLimit:
		return nil, fmt.Errorf("list: limit %d is outside 1..%d: %w", limit, MaxListLimit, ErrInvalid)
	}
	var after int64
	if q.After != "" {
		// The cursor must be one of this tenant's items, so paging cannot
		// probe another tenant's ids.
		err := s.db.QueryRowContext(ctx, `SELECT seq FROM items WHERE id = ? AND tenant = ?`, q.After, q.Tenant).Scan(&after)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("list: cursor %q is not an item of tenant %q: %w", q.After, q.Tenant, ErrInvalid)
		}
		if err != nil {
			return nil, fmt.Errorf("list: cursor: %w", err)
		}
	}
	query := `SELECT ` + itemCols + ` FROM items WHERE tenant = ? AND seq > ?`
	args := []any{q.Tenant, after}
	if q.Status != "" {
		query += ` AND status = ?`
		args = append(args, string(q.Status))
	}
	query += ` ORDER BY seq LIMIT ?`
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	defer rows.Close()
	items := []Item{}
	for rows.Next() {
		it, err := s.scanItem(rows)
		if err != nil {
			return nil, fmt.Errorf("list: %w", err)
		}
		items = append(items, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	return items, nil
}

// blobRef is an item's state and one of its blobs, read in one statement.
type blobRef struct {
	tenant   string
	status   Status
	file     sql.NullString
	wrapped  []byte
	reviewer string
	decided  int64
}

func (s *Store) blobRef(ctx context.Context, id string, kind blobKind) (blobRef, error) {
	var r blobRef
	var status string
	err := s.db.QueryRowContext(ctx, `SELECT i.tenant, i.status, i.reviewer, i.decided_ns, b.file, b.wrapped
		FROM items i LEFT JOIN blobs b ON b.item_id = i.id AND b.kind = ? WHERE i.id = ?`, string(kind), id).
		Scan(&r.tenant, &status, &r.reviewer, &r.decided, &r.file, &r.wrapped)
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("%s: %w", id, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("%s: %w", id, err)
	}
	r.status = Status(status)
	return r, nil
}

func decidedErr(id string, status Status, reviewer string, decided int64) error {
	return fmt.Errorf("item %s was %s by %s at %s: %w", id, status, reviewer,
		time.Unix(0, decided).UTC().Format(time.RFC3339), ErrDecided)
}

// readAndOpen reads and decrypts the blob a ref names.
func (s *Store) readAndOpen(id string, kind blobKind, r blobRef) ([]byte, error) {
	if !r.file.Valid {
		return nil, fmt.Errorf("%s item %s has no %s blob: %w", r.status, id, kind, ErrCorrupt)
	}
	blob, err := readBlob(s.blobDir, r.file.String)
	if errors.Is(err, fs.ErrNotExist) {
		err = fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if err != nil {
		return nil, err
	}
	return openBlob(s.master, kind, id, r.tenant, r.wrapped, blob)
}

// Pixels decrypts the unsigned image of a pending item, for the reviewer.
// A decided item's pixels are gone: ErrDecided.
func (s *Store) Pixels(ctx context.Context, id string) ([]byte, error) {
	if !ValidID(id) {
		return nil, fmt.Errorf("pixels %q: %w", id, ErrNotFound)
	}
	r, err := s.blobRef(ctx, id, kindPixels)
	if err != nil {
		return nil, fmt.Errorf("pixels: %w", err)
	}
	if r.status != StatusPending {
		return nil, fmt.Errorf("pixels: %w", decidedErr(id, r.status, r.reviewer, r.decided))
	}
	pt, err := s.readAndOpen(id, kindPixels, r)
	if err != nil {
		// A decision may have destroyed the file after the row was read.
		if again, aerr := s.blobRef(ctx, id, kindPixels); aerr == nil && again.status != StatusPending {
			return nil, fmt.Errorf("pixels: %w", decidedErr(id, again.status, again.reviewer, again.decided))
		}
		return nil, fmt.Errorf("pixels %s: %w", id, err)
	}
	return pt, nil
}

// Signed decrypts the signed file of a released item. ErrPending while the
// item awaits review, ErrDecided once it was rejected.
func (s *Store) Signed(ctx context.Context, id string) ([]byte, error) {
	if !ValidID(id) {
		return nil, fmt.Errorf("signed %q: %w", id, ErrNotFound)
	}
	r, err := s.blobRef(ctx, id, kindSigned)
	if err != nil {
		return nil, fmt.Errorf("signed: %w", err)
	}
	switch r.status {
	case StatusPending:
		return nil, fmt.Errorf("signed %s: %w", id, ErrPending)
	case StatusRejected:
		return nil, fmt.Errorf("signed: %w", decidedErr(id, r.status, r.reviewer, r.decided))
	}
	pt, err := s.readAndOpen(id, kindSigned, r)
	if err != nil {
		return nil, fmt.Errorf("signed %s: %w", id, err)
	}
	return pt, nil
}

// Release records reviewer's release of a pending item: signed (the
// signed image file) is stored encrypted under a fresh data key, the
// unsigned pixels are destroyed, and the status becomes released. Of
// concurrent decisions on one item exactly one succeeds; the others get
// ErrDecided. Order: the signed blob is written and fsynced first; one
// transaction then checks the item is still pending, marks it released,
// deletes the pixels' wrapped key and adds the signed blob's; after the
// commit the pixels file is overwritten and removed. A crash before the
// commit leaves the item pending with an orphan signed blob, after it an
// orphan pixels file with no key; Open destroys either.
func (s *Store) Release(ctx context.Context, id, reviewer string, signed []byte) (Item, error) {
	if err := checkName("reviewer", reviewer, true); err != nil {
		return Item{}, fmt.Errorf("release: %w", err)
	}
	if len(signed) == 0 {
		return Item{}, fmt.Errorf("release: no signed file: %w", ErrInvalid)
	}
	it, err := s.Get(ctx, id)
	if err != nil {
		return Item{}, fmt.Errorf("release: %w", err)
	}
	if it.Status != StatusPending {
		return Item{}, fmt.Errorf("release: %w", decidedErr(id, it.Status, it.Reviewer, it.Decided.UnixNano()))
	}
	sb, err := sealBlob(s.master, kindSigned, id, it.Tenant, signed)
	if err != nil {
		return Item{}, fmt.Errorf("release: %w", err)
	}
	name := newBlobName()
	if err := writeBlob(s.blobDir, name, sb.blob); err != nil {
		return Item{}, fmt.Errorf("release: %w", err)
	}
	decided := s.stamp()
	var shred []string
	err = s.tx(ctx, func(tx *sql.Tx) error {
		if err := decide(ctx, tx, id, StatusReleased, reviewer, decided); err != nil {
			return err
		}
		var err error
		if shred, err = deleteBlobs(ctx, tx, id, kindPixels); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO blobs (item_id, kind, file, wrapped) VALUES (?, ?, ?, ?)`,
			id, string(kindSigned), name, sb.wrapped); err != nil {
			return fmt.Errorf("insert signed blob: %w", err)
		}
		return nil
	})
	if err != nil {
		s.destroy(name)
		return Item{}, fmt.Errorf("release: %w", s.decisionErr(ctx, id, err))
	}
	s.shred(ctx, shred)
	it.Status, it.Decided, it.Reviewer = StatusReleased, decided, reviewer
	s.log.Info("held: item released", slog.String("review_id", id), slog.String("tenant", it.Tenant), slog.String("reviewer", reviewer))
	return it, nil
}

// Reject records reviewer's rejection of a pending item and
// crypto-shreds it: one transaction checks the item is still pending,
// marks it rejected, drops its Meta and deletes its wrapped data key; after
// the commit the blob file is overwritten and removed and the WAL is
// truncated, so neither the key nor the ciphertext remains. The returned
// item (and every later Get) keeps the index fields and has no Meta.
func (s *Store) Reject(ctx context.Context, id, reviewer string) (Item, error) {
	if err := checkName("reviewer", reviewer, true); err != nil {
		return Item{}, fmt.Errorf("reject: %w", err)
	}
	if !ValidID(id) {
		return Item{}, fmt.Errorf("reject %q: %w", id, ErrNotFound)
	}
	decided := s.stamp()
	var shred []string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := decide(ctx, tx, id, StatusRejected, reviewer, decided); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE items SET meta = NULL WHERE id = ?`, id); err != nil {
			return fmt.Errorf("drop meta: %w", err)
		}
		var err error
		shred, err = deleteBlobs(ctx, tx, id, kindPixels)
		return err
	})
	if err != nil {
		return Item{}, fmt.Errorf("reject: %w", s.decisionErr(ctx, id, err))
	}
	s.shred(ctx, shred)
	it, err := s.Get(ctx, id)
	if err != nil {
		return Item{}, fmt.Errorf("reject: %w", err)
	}
	s.log.Info("held: item rejected", slog.String("review_id", id), slog.String("tenant", it.Tenant), slog.String("reviewer", reviewer))
	return it, nil
}

// errNotPending is decide's signal that the guarded update matched no row.
var errNotPending = errors.New("held: not pending")

// decide moves a pending item to status inside tx; the WHERE clause is the
// check that makes exactly one of concurrent decisions win.
func decide(ctx context.Context, tx *sql.Tx, id string, status Status, reviewer string, at time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE items SET status = ?, decided_ns = ?, reviewer = ?
		WHERE id = ? AND status = 'pending'`, string(status), at.UnixNano(), reviewer, id)
	if err != nil {
		return fmt.Errorf("update status: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("update status: %w", err)
	}
	if n == 0 {
		return errNotPending
	}
	return nil
}

// decisionErr turns a failed decision into ErrNotFound or ErrDecided when
// that is why it failed.
func (s *Store) decisionErr(ctx context.Context, id string, err error) error {
	if !errors.Is(err, errNotPending) {
		return err
	}
	it, gerr := s.Get(ctx, id)
	if gerr != nil {
		return gerr
	}
	return decidedErr(id, it.Status, it.Reviewer, it.Decided.UnixNano())
}

// deleteBlobs deletes the item's blob row of kind and returns its file.
func deleteBlobs(ctx context.Context, tx *sql.Tx, id string, kind blobKind) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `DELETE FROM blobs WHERE item_id = ? AND kind = ? RETURNING file`, id, string(kind))
	if err != nil {
		return nil, fmt.Errorf("delete %s blob: %w", kind, err)
	}
	defer rows.Close()
	var files []string
	for rows.Next() {
		var f string
		if err := rows.Scan(&f); err != nil {
			return nil, fmt.Errorf("delete %s blob: %w", kind, err)
		}
		files = append(files, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delete %s blob: %w", kind, err)
	}
	return files, nil
}

// shred destroys the files of blobs whose keys a committed decision
// deleted, then truncates the WAL so the deleted keys' old pages go too.
// The decision stands if this fails; the next Open destroys what is left.
func (s *Store) shred(ctx context.Context, files []string) {
	ctx = context.WithoutCancel(ctx) // the decision is committed; finish its cleanup
	for _, f := range files {
		if validBlobName(f) {
			s.destroy(f)
		}
	}
	s.checkpoint(ctx)
}

func (s *Store) destroy(name string) {
	if err := destroyFile(filepath.Join(s.blobDir, name)); err != nil {
		s.log.Error("held: destroying blob file failed; the next Open retries", slog.String("file", name), slog.Any("err", err))
	}
}

// checkpoint copies the WAL into the database and truncates it to zero
// bytes (PRAGMA wal_checkpoint(TRUNCATE)). It fails softly while readers
// hold old snapshots; the next decision or Close tries again.
func (s *Store) checkpoint(ctx context.Context) {
	var busy, logFrames, done int
	err := s.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done)
	if err != nil || busy != 0 {
		s.log.Debug("held: WAL checkpoint incomplete", slog.Int("busy", busy), slog.Any("err", err))
	}
}
