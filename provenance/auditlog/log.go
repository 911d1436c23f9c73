package auditlog

import (
	"bytes"
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
	"github.com/transparency-dev/tessera/api/layout"
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
// Index invariant: the entries row with idx N holds the canonical bytes whose
// LeafData is tessera's entry N. Append never predicts indices (tessera's
// queue can reorder two timer-flushed batches). Three goroutines form a
// pipeline: the writer commits each group of waiting appends to the SQLite
// pending table (group commit, one fsync); the feeder hands everything
// committed so far to tessera as one round and waits for its indices; the
// finisher moves sequenced entries from pending to entries in one
// transaction and acknowledges them. A crash between the steps leaves rows in
// pending, which Open reconciles (see Open).
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
	bgCtx    context.Context
	bgCancel context.CancelFunc

	batchMax  int
	reqs      chan *appendReq
	committed chan []*appendReq // durable in pending, for feedLoop
	sequenced chan []*appendReq // indices known, for finishLoop
	closing   chan struct{}
	loops     sync.WaitGroup
	closeOnce sync.Once
	closeErr  error

	wmu sync.Mutex // serialises write transactions on wdb

	mu     sync.Mutex
	broken error

	now func() time.Time
}

type appendReq struct {
	entry     Entry
	body      []byte // canonical bytes with index 0
	data      []byte // LeafData: what tessera stores
	pendingID int64
	future    tessera.IndexFuture
	got       tessera.Index
	gotErr    error
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
// Recovery: rows left in the pending table were made durable but not
// acknowledged when the process died. For every index below tessera's
// integrated size that has no entries row, Open reads tessera's leaf data
// there and moves the oldest pending row with that data into place; pending
// rows tessera never integrated are added to tessera again and moved once it
// assigns their index. Either way no acknowledged entry is lost, and an
// unacknowledged one is kept rather than dropped. An index with no matching
// pending row (a row deleted by hand) stays missing for Verify to report.
// Open then waits until the published checkpoint covers the whole tree.
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
		committed: make(chan []*appendReq, 256),
		sequenced: make(chan []*appendReq, 4),
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
	l.bgCtx, l.bgCancel = bgCtx, cancel
	l.appender, l.shutdown, l.reader, err = tessera.NewAppender(bgCtx, driver, tessera.NewAppendOptions().
		WithCheckpointSigner(signer).
		WithCheckpointInterval(checkpointInterval).
		WithCheckpointRepublishInterval(time.Minute).
		WithBatching(uint(2*cfg.BatchMaxSize), cfg.BatchMaxAge).
		WithPushback(uint(4*cfg.BatchMaxSize)).
		WithShutdownTimeout(30*time.Second))
	if err != nil {
		return nil, fmt.Errorf("auditlog: tessera appender: %w", err)
	}

	if err := l.recover(ctx); err != nil {
		return nil, err
	}
	if err := l.awaitCheckpoint(ctx); err != nil {
		return nil, err
	}
	l.loops.Add(3)
	go l.writeLoop()
	go l.feedLoop()
	go l.finishLoop()
	ok = true
	logger.Info("audit log open", slog.String("dir", cfg.Dir), slog.String("origin", cfg.Origin))
	return l, nil
}

// recover reconciles the pending table with tessera (see Open).
func (l *Log) recover(ctx context.Context) error {
	n, err := pendingCount(ctx, l.wdb)
	if err != nil || n == 0 {
		return err
	}
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return fmt.Errorf("auditlog: tessera size: %w", err)
	}
	missing, err := missingBelow(ctx, l.wdb, size)
	if err != nil {
		return err
	}
	l.logger.Warn("audit log: reconciling entries left pending by a crash",
		slog.Int64("pending", n), slog.Int("unfilled_indices", len(missing)), slog.Uint64("tree_size", size))
	var bundle [][]byte
	bundleIdx := ^uint64(0)
	var done []*appendReq
	for _, idx := range missing {
		if b := idx / layout.EntryBundleWidth; b != bundleIdx {
			eb, err := client.GetEntryBundle(ctx, l.reader.ReadEntryBundle, b, size)
			if err != nil {
				return fmt.Errorf("auditlog: read entry bundle %d: %w", b, err)
			}
			bundle, bundleIdx = eb.Entries, b
		}
		k := idx % layout.EntryBundleWidth
		if k >= uint64(len(bundle)) {
			return fmt.Errorf("entry bundle %d lacks index %d: %w", bundleIdx, idx, ErrCorrupt)
		}
		r, err := pendingByData(ctx, l.wdb, bundle[k])
		if err != nil {
			return err
		}
		if r == nil {
			l.logger.Error("audit log: transparency log leaf has no stored entry; audit verify will report it", slog.Uint64("index", idx))
			continue
		}
		if err := r.restore(idx); err != nil {
			return err
		}
		// Finalize one at a time: the same pending row must not match twice.
		if err := finalize(ctx, l.wdb, []*appendReq{r}); err != nil {
			return fmt.Errorf("auditlog: recover index %d: %w", idx, err)
		}
		done = append(done, r)
	}
	rest, err := allPending(ctx, l.wdb)
	if err != nil {
		return err
	}
	for _, r := range rest {
		r.future = l.appender.Add(l.bgCtx, tessera.NewEntry(r.data))
	}
	for _, r := range rest {
		got, err := r.future()
		if err != nil {
			return fmt.Errorf("auditlog: re-add pending entry: %w", err)
		}
		if err := r.restore(got.Index); err != nil {
			return err
		}
	}
	if err := finalize(ctx, l.wdb, rest); err != nil {
		return fmt.Errorf("auditlog: recover: %w", err)
	}
	l.logger.Warn("audit log: recovered pending entries", slog.Int("matched", len(done)), slog.Int("re_added", len(rest)))
	return nil
}

// restore prepares a pending row read back from SQLite for finalize at idx.
func (r *appendReq) restore(idx uint64) error {
	e, err := ParseCanonical(r.body)
	if err != nil || !bytes.Equal(LeafData(r.body), r.data) {
		return fmt.Errorf("pending row %d does not match its leaf data: %w", r.pendingID, ErrCorrupt)
	}
	e.Index = idx
	r.entry, r.idx, r.canonical = e, idx, withIndex(r.body, idx)
	return nil
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
	r := &appendReq{entry: norm, body: body, data: LeafData(body), done: make(chan appendResult, 1)}
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

// writeLoop groups waiting appends, makes each group durable in the pending
// table with one transaction, and hands it to tessera.
func (l *Log) writeLoop() {
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
		// The transaction must not be abandoned half way because one caller
		// gave up, so it runs under its own bounded context.
		ctx, cancel := context.WithTimeout(l.bgCtx, time.Minute)
		l.wmu.Lock()
		err := insertPending(ctx, l.wdb, batch)
		l.wmu.Unlock()
		cancel()
		if err != nil {
			l.logger.Error("audit log: SQLite commit failed", slog.Int("batch", len(batch)), slog.Any("error", err))
			failAll(batch, fmt.Errorf("auditlog: store entries: %w", err))
			continue
		}
		l.committed <- batch
	}
}

// feedLoop hands committed entries to tessera one round at a time: a round
// is everything committed while the previous round was being integrated, so
// under load one tessera integration (a handful of fsyncs) covers many
// SQLite group commits, and when idle an entry goes in at once.
func (l *Log) feedLoop() {
	defer l.loops.Done()
	defer close(l.sequenced)
	for batch := range l.committed {
		round := batch
	more:
		for len(round) < 2*l.batchMax {
			select {
			case b, ok := <-l.committed:
				if !ok {
					break more
				}
				round = append(round, b...)
			default:
				break more
			}
		}
		for _, r := range round {
			r.future = l.appender.Add(l.bgCtx, tessera.NewEntry(r.data))
		}
		for _, r := range round {
			r.got, r.gotErr = r.future()
		}
		l.sequenced <- round
	}
}

// finishLoop moves every sequenced round from pending to entries at the
// indices tessera assigned, in one transaction, and acknowledges.
func (l *Log) finishLoop() {
	defer l.loops.Done()
	for batch := range l.sequenced {
		round := batch
	more:
		for {
			select {
			case b, ok := <-l.sequenced:
				if !ok {
					break more
				}
				round = append(round, b...)
			default:
				break more
			}
		}
		ok := make([]*appendReq, 0, len(round))
		for _, r := range round {
			if r.gotErr != nil {
				// Still in pending: the next Open adds it again.
				l.logger.Error("audit log: transparency log append failed", slog.Any("error", r.gotErr))
				r.done <- appendResult{err: fmt.Errorf("auditlog: transparency log: %w", r.gotErr)}
				continue
			}
			r.idx = r.got.Index
			r.entry.Index = r.got.Index
			r.canonical = withIndex(r.body, r.got.Index)
			ok = append(ok, r)
		}
		var err error
		for try := 0; try < 3; try++ {
			ctx, cancel := context.WithTimeout(l.bgCtx, time.Minute)
			l.wmu.Lock()
			err = finalize(ctx, l.wdb, ok)
			l.wmu.Unlock()
			cancel()
			if err == nil {
				break
			}
		}
		if err != nil {
			// Entries are in tessera but not in the entries table. Open
			// repairs that from pending; until then appends stop.
			l.setBroken(err)
			failAll(ok, l.brokenErr())
			continue
		}
		for _, r := range ok {
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
		l.logger.Error("audit log: cannot record sequenced entries; appends stop until restart", slog.Any("error", err))
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
