package auditlog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/transparency-dev/formats/log"
	"github.com/transparency-dev/tessera"
	"github.com/transparency-dev/tessera/client"
	"github.com/transparency-dev/tessera/storage/posix"
	"golang.org/x/mod/sumdb/note"
)

const (
	// DefaultOrigin is the checkpoint origin line when Config.Origin is empty.
	DefaultOrigin = "candor.local/audit"
	// DefaultBatchMaxSize bounds one group commit.
	DefaultBatchMaxSize = 512
	// DefaultBatchMaxAge is tessera's batch timer. Every batch is handed to
	// tessera in one go, so the timer only has to outlast those Add calls.
	DefaultBatchMaxAge = time.Millisecond
	// checkpointInterval is the smallest interval tessera's POSIX driver allows.
	checkpointInterval = 100 * time.Millisecond
	// tesseraDir is where the tlog-tiles log lives under Config.Dir.
	tesseraDir = "log"
)

// Config configures Open. Only Dir is required.
type Config struct {
	// Dir holds everything: audit.db, log/ (tiles, bundles, checkpoint),
	// checkpoint.key (0600), checkpoint.pub and a lock file. Created if missing.
	Dir string
	// Origin is the checkpoint origin line and the note key name; DefaultOrigin
	// when empty. It must match the key created on first start.
	Origin string
	// Logger receives operational messages; nothing is logged when nil.
	Logger *slog.Logger
	// BatchMaxSize bounds how many concurrent appends share one SQLite
	// transaction and one tessera batch; DefaultBatchMaxSize when zero.
	BatchMaxSize int
	// BatchMaxAge is tessera's batching timer; DefaultBatchMaxAge when zero.
	BatchMaxAge time.Duration
}

// Log is an open audit log. Its methods are safe for concurrent use.
//
// Index invariant: the SQLite row with idx N holds the canonical bytes whose
// SHA-256 is tessera's entry N. A single writer goroutine assigns indices in
// order, commits each batch to SQLite first (group commit) and only then adds
// the batch to tessera, in the same order, and it hands a batch to tessera only
// after the previous batch was integrated at exactly the predicted indices.
// SQLite may therefore run ahead of tessera (crash between the two writes) but
// never behind it; Open re-sequences such rows (see Open).
type Log struct {
	dir, origin string
	logger      *slog.Logger
	lock        *dirLock
	wdb, rdb    *sql.DB
	vkey        string
	verifier    note.Verifier

	appender *tessera.Appender
	shutdown func(context.Context) error
	reader   tessera.LogReader
	bgCancel context.CancelFunc

	batchMax  int
	reqs      chan *appendReq
	committed chan []*appendReq
	closing   chan struct{}
	loops     sync.WaitGroup
	closeOnce sync.Once
	closeErr  error

	mu     sync.Mutex
	broken error

	now func() time.Time
}

type appendReq struct {
	entry     Entry
	body      []byte // canonical bytes at index 0
	idx       uint64
	canonical []byte
	done      chan appendResult
}

type appendResult struct {
	entry Entry
	err   error
}

// Open opens the audit log in cfg.Dir, creating it on first start.
//
// Recovery: tessera's integrated size T and SQLite's highest index S are
// compared. Rows T..S were committed to SQLite but not sequenced when the
// process died (they were never acknowledged); Open appends their leaves to
// tessera in order, so they keep their index. If tessera is ahead of SQLite
// (rows deleted by hand, or lost storage) nothing is invented: Open logs an
// error, continues at index T, and Verify reports the missing rows. Open then
// waits until the published checkpoint covers the whole tree.
func Open(ctx context.Context, cfg Config) (*Log, error) {
	if cfg.Dir == "" {
		return nil, errors.New("auditlog: Config.Dir is empty")
	}
	if cfg.Origin == "" {
		cfg.Origin = DefaultOrigin
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.BatchMaxSize <= 0 {
		cfg.BatchMaxSize = DefaultBatchMaxSize
	}
	if cfg.BatchMaxAge <= 0 {
		cfg.BatchMaxAge = DefaultBatchMaxAge
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("auditlog: create %s: %w", cfg.Dir, err)
	}
	lock, err := lockDir(cfg.Dir)
	if err != nil {
		return nil, err
	}
	l := &Log{
		dir: cfg.Dir, origin: cfg.Origin, logger: logger, lock: lock,
		batchMax:  cfg.BatchMaxSize,
		reqs:      make(chan *appendReq),
		committed: make(chan []*appendReq, 1),
		closing:   make(chan struct{}),
		now:       time.Now,
	}
	ok := false
	defer func() {
		if !ok {
			l.release()
		}
	}()

	signer, vkey, err := loadOrCreateKey(cfg.Dir, cfg.Origin, logger)
	if err != nil {
		return nil, err
	}
	l.vkey = vkey
	if l.verifier, err = note.NewVerifier(vkey); err != nil {
		return nil, fmt.Errorf("verifier: %w: %w", ErrKey, err)
	}

	dbPath := filepath.Join(cfg.Dir, dbFileName)
	if l.wdb, err = openDB(dbPath, false); err != nil {
		return nil, err
	}
	l.wdb.SetMaxOpenConns(1)
	if err := createSchema(ctx, l.wdb); err != nil {
		return nil, err
	}
	if l.rdb, err = openDB(dbPath, true); err != nil {
		return nil, err
	}
	l.rdb.SetMaxOpenConns(4)

	driver, err := posix.New(ctx, posix.Config{Path: filepath.Join(cfg.Dir, tesseraDir)})
	if err != nil {
		return nil, fmt.Errorf("auditlog: tessera storage: %w", err)
	}
	// tessera's background work must outlive ctx (Open's caller may cancel it)
	// and must keep running until shutdown has published the last checkpoint.
	bgCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l.bgCancel = cancel
	l.appender, l.shutdown, l.reader, err = tessera.NewAppender(bgCtx, driver, tessera.NewAppendOptions().
		WithCheckpointSigner(signer).
		WithCheckpointInterval(checkpointInterval).
		WithCheckpointRepublishInterval(time.Minute).
		WithBatching(uint(cfg.BatchMaxSize), cfg.BatchMaxAge).
		WithPushback(uint(4*cfg.BatchMaxSize)).
		WithShutdownTimeout(30*time.Second))
	if err != nil {
		return nil, fmt.Errorf("auditlog: tessera appender: %w", err)
	}

	next, err := l.recover(ctx, bgCtx)
	if err != nil {
		return nil, err
	}
	if err := l.awaitCheckpoint(ctx); err != nil {
		return nil, err
	}
	l.loops.Add(2)
	go l.writeLoop(next)
	go l.sequenceLoop(bgCtx)
	ok = true
	logger.Info("audit log open", slog.String("dir", cfg.Dir), slog.String("origin", cfg.Origin), slog.Uint64("size", next))
	return l, nil
}

// recover re-sequences rows committed to SQLite but missing from tessera and
// returns the next index to assign.
func (l *Log) recover(ctx, bgCtx context.Context) (uint64, error) {
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return 0, fmt.Errorf("auditlog: tessera size: %w", err)
	}
	top, any, err := maxIndex(ctx, l.wdb)
	if err != nil {
		return 0, err
	}
	rows := uint64(0)
	if any {
		rows = top + 1
	}
	switch {
	case rows == size:
		return size, nil
	case rows < size:
		l.logger.Error("audit log: transparency log has leaves without SQLite rows; continuing, audit verify will report them",
			slog.Uint64("tree_size", size), slog.Uint64("rows_end", rows))
		return size, nil
	}
	l.logger.Warn("audit log: re-sequencing entries committed before a crash",
		slog.Uint64("from", size), slog.Uint64("to", rows-1))
	for from := size; from < rows; {
		n := min(uint64(l.batchMax), rows-from)
		futs := make([]tessera.IndexFuture, 0, n)
		for i := from; i < from+n; i++ {
			c, err := canonicalAt(ctx, l.wdb, i)
			if err != nil {
				return 0, fmt.Errorf("re-sequence index %d: %w: %w", i, ErrCorrupt, err)
			}
			e, err := ParseCanonical(c)
			if err != nil || e.Index != i {
				return 0, fmt.Errorf("re-sequence index %d: row does not hold entry %d: %w", i, i, ErrCorrupt)
			}
			futs = append(futs, l.appender.Add(bgCtx, tessera.NewEntry(LeafData(c))))
		}
		for k, f := range futs {
			got, err := f()
			if err != nil {
				return 0, fmt.Errorf("auditlog: re-sequence: %w", err)
			}
			if want := from + uint64(k); got.Index != want {
				return 0, fmt.Errorf("re-sequence: tessera assigned %d, want %d: %w", got.Index, want, ErrCorrupt)
			}
		}
		from += n
	}
	return rows, nil
}

// awaitCheckpoint waits until the published checkpoint covers the integrated tree.
func (l *Log) awaitCheckpoint(ctx context.Context) error {
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return fmt.Errorf("auditlog: tessera size: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		cp, err := l.reader.ReadCheckpoint(ctx)
		if err == nil {
			c, _, _, perr := log.ParseCheckpoint(cp, l.origin, l.verifier)
			if perr != nil {
				return fmt.Errorf("published checkpoint: %w: %w", ErrTampered, perr)
			}
			if c.Size >= size {
				return nil
			}
		} else if !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("auditlog: read checkpoint: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("auditlog: waiting for checkpoint of size %d: %w", size, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Append records e and returns it with Index (and Time, when zero) set. It
// returns only once the entry is committed to SQLite and integrated into the
// transparency log, so an acknowledged entry survives kill -9. Concurrent
// calls are grouped into one SQLite transaction and one tessera batch.
//
// The returned entry is e as stored: time in UTC, numbers in Details as
// json.Number. On error the entry may still have been written and will then be
// sequenced on the next Open; callers must treat the request as failed.
func (l *Log) Append(ctx context.Context, e Entry) (Entry, error) {
	if err := ctx.Err(); err != nil {
		return Entry{}, fmt.Errorf("audit append: %w", err)
	}
	norm, body, err := normalize(e, l.now)
	if err != nil {
		return Entry{}, err
	}
	r := &appendReq{entry: norm, body: body, done: make(chan appendResult, 1)}
	select {
	case l.reqs <- r:
	case <-l.closing:
		return Entry{}, ErrClosed
	case <-ctx.Done():
		return Entry{}, fmt.Errorf("audit append: %w", ctx.Err())
	}
	select {
	case res := <-r.done:
		return res.entry, res.err
	case <-ctx.Done():
		return Entry{}, fmt.Errorf("audit append (the entry may still be recorded): %w", ctx.Err())
	}
}

// writeLoop is the only SQLite writer: it groups waiting appends, assigns
// consecutive indices and commits each group in one transaction.
func (l *Log) writeLoop(next uint64) {
	defer l.loops.Done()
	defer close(l.committed)
	for {
		var first *appendReq
		select {
		case first = <-l.reqs:
		case <-l.closing:
			return
		}
		batch := make([]*appendReq, 1, 16)
		batch[0] = first
	drain:
		for len(batch) < l.batchMax {
			select {
			case r := <-l.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		if err := l.brokenErr(); err != nil {
			failAll(batch, err)
			continue
		}
		for i, r := range batch {
			r.idx = next + uint64(i)
			r.canonical = withIndex(r.body, r.idx)
			r.entry.Index = r.idx
		}
		// The transaction must finish even if the caller gave up: its rows
		// decide the next index. Bound it instead.
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := insertBatch(ctx, l.wdb, batch)
		cancel()
		if err != nil {
			// Rolled back: nothing written, so next stays valid.
			l.logger.Error("audit log: SQLite commit failed", slog.Int("batch", len(batch)), slog.Any("error", err))
			failAll(batch, fmt.Errorf("auditlog: store entries: %w", err))
			continue
		}
		next += uint64(len(batch))
		l.committed <- batch
	}
}

// sequenceLoop hands committed batches to tessera one at a time and
// acknowledges each entry once tessera has integrated it at its index.
func (l *Log) sequenceLoop(ctx context.Context) {
	defer l.loops.Done()
	for batch := range l.committed {
		if err := l.brokenErr(); err != nil {
			failAll(batch, err)
			continue
		}
		futs := make([]tessera.IndexFuture, len(batch))
		for i, r := range batch {
			futs[i] = l.appender.Add(ctx, tessera.NewEntry(LeafData(r.canonical)))
		}
		for i, r := range batch {
			got, err := futs[i]()
			if err == nil && got.Index != r.idx {
				err = fmt.Errorf("tessera assigned index %d, expected %d: %w", got.Index, r.idx, ErrCorrupt)
			}
			if err != nil {
				l.setBroken(err)
				r.done <- appendResult{err: l.brokenErr()}
				continue
			}
			r.done <- appendResult{entry: r.entry}
		}
	}
}

func failAll(batch []*appendReq, err error) {
	for _, r := range batch {
		r.done <- appendResult{err: err}
	}
}

func (l *Log) setBroken(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.broken == nil {
		l.broken = fmt.Errorf("%w: %w", ErrBroken, err)
		l.logger.Error("audit log: transparency log write failed; appends stop until restart", slog.Any("error", err))
	}
}

func (l *Log) brokenErr() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.broken
}

// Origin returns the checkpoint origin line.
func (l *Log) Origin() string { return l.origin }

// VerifierKey returns the note verifier key (C2SP signed-note) that checks
// checkpoint signatures, e.g. "candor.local/audit+1a2b3c4d+AbC...".
func (l *Log) VerifierKey() string { return l.vkey }

// Checkpoint returns the latest published checkpoint: a signed note
// (C2SP tlog-checkpoint) with origin, tree size and RFC 6962 root hash.
func (l *Log) Checkpoint(ctx context.Context) ([]byte, error) {
	cp, err := l.reader.ReadCheckpoint(ctx)
	if err != nil {
		return nil, fmt.Errorf("auditlog: read checkpoint: %w", err)
	}
	return cp, nil
}

// InclusionProof returns the RFC 6962 section 2.1.1 audit path for the leaf at
// index in the tree of size treeSize, built from tessera's tiles. Verify it
// with proof.VerifyInclusion(rfc6962.DefaultHasher, index, treeSize,
// leafHash, proof, root) where root comes from a checkpoint of that size.
func (l *Log) InclusionProof(ctx context.Context, index, treeSize uint64) ([][]byte, error) {
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return nil, fmt.Errorf("auditlog: tessera size: %w", err)
	}
	if treeSize == 0 || treeSize > size || index >= treeSize {
		return nil, fmt.Errorf("index %d in tree size %d (log size %d): %w", index, treeSize, size, ErrOutOfRange)
	}
	pb, err := client.NewProofBuilder(ctx, treeSize, tileReader(filepath.Join(l.dir, tesseraDir)))
	if err != nil {
		return nil, fmt.Errorf("auditlog: proof builder: %w", err)
	}
	p, err := pb.InclusionProof(ctx, index)
	if err != nil {
		return nil, fmt.Errorf("auditlog: inclusion proof: %w", err)
	}
	return p, nil
}

// LeafHash returns the RFC 6962 leaf hash of the entry stored at index,
// computed from its SQLite row (see the package LeafHash function).
func (l *Log) LeafHash(ctx context.Context, index uint64) ([]byte, error) {
	c, err := canonicalAt(ctx, l.rdb, index)
	if err != nil {
		return nil, err
	}
	return LeafHash(c), nil
}

// Canonical returns the exact stored bytes of the entry at index, from which a
// client recomputes the leaf hash with LeafHash.
func (l *Log) Canonical(ctx context.Context, index uint64) ([]byte, error) {
	return canonicalAt(ctx, l.rdb, index)
}

// Close stops accepting appends, finishes those in flight, waits for a
// checkpoint covering every acknowledged entry and releases the directory.
func (l *Log) Close() error {
	l.closeOnce.Do(func() {
		close(l.closing)
		l.loops.Wait()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		var errs []error
		if err := l.shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("auditlog: tessera shutdown: %w", err))
		}
		if err := l.release(); err != nil {
			errs = append(errs, err)
		}
		l.closeErr = errors.Join(errs...)
	})
	return l.closeErr
}

// release frees everything Open acquired.
func (l *Log) release() error {
	var errs []error
	if l.bgCancel != nil {
		l.bgCancel()
	}
	if l.rdb != nil {
		errs = append(errs, l.rdb.Close())
	}
	if l.wdb != nil {
		errs = append(errs, l.wdb.Close())
	}
	errs = append(errs, l.lock.unlock())
	return errors.Join(errs...)
}
