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

	"github.com/candor-ai/candor/internal/fsutil"
	"github.com/transparency-dev/formats/log"
	"github.com/transparency-dev/tessera"
	"github.com/transparency-dev/tessera/client"
	"github.com/transparency-dev/tessera/storage/posix"
	"golang.org/x/mod/sumdb/note"
)

const (
	// DefaultOrigin is the checkpoint origin line when Config.Origin is empty.
	DefaultOrigin = "candor.local/audit"
	// DefaultBatchMaxSize bounds one group commit (one SQLite transaction).
	DefaultBatchMaxSize = 512
	// DefaultRoundMaxSize bounds one integration round: the entries handed
	// to tessera as one batch.
	DefaultRoundMaxSize = 1024
	// DefaultBatchMaxAge is tessera's batch timer: how long a round smaller
	// than the round size waits in tessera's queue before it is sequenced.
	DefaultBatchMaxAge = 10 * time.Millisecond
	// DefaultIntegrateInterval is the least time between the starts of two
	// integration rounds while fewer than a full round wait.
	DefaultIntegrateInterval = 100 * time.Millisecond
	// DefaultMaxMergeDelay is the merge delay the log keeps to: while the
	// oldest acknowledged entry not yet in a published checkpoint is older,
	// appends wait (pushback).
	DefaultMaxMergeDelay = 2 * time.Second
	// checkpointInterval is the smallest interval tessera's POSIX driver allows.
	checkpointInterval = 100 * time.Millisecond
	// pollInterval is how often the published checkpoint is read while an
	// integrated entry waits for it.
	pollInterval = 10 * time.Millisecond
	// maxBatchSize caps BatchMaxSize: a group is one INSERT of 4 parameters
	// per entry, well under SQLite's 32766 parameters.
	maxBatchSize = 4096
	// tesseraDir is where the tlog-tiles log lives under Config.Dir.
	tesseraDir = "log"
)

// Durability says what an acknowledged Append survives.
type Durability int

const (
	// DurabilityFsync, the default: every group commit is fsynced before
	// Append returns, so an acknowledged entry survives kill -9 and a power
	// cut. Each Append waits for an fsync (shared by concurrent appends).
	DurabilityFsync Durability = iota
	// DurabilityProcess: a commit is written to SQLite's write-ahead log
	// (the OS page cache) and acknowledged; it survives kill -9 of the
	// process but not a power cut. The integrator fsyncs the write-ahead log
	// before every round, so tessera never holds a leaf SQLite could lose; a
	// power cut can lose the entries acknowledged since the last round (about
	// IntegrateInterval). Appends then wait for no fsync.
	DurabilityProcess
)

// String names d as in configuration: "fsync" or "process".
func (d Durability) String() string {
	if d == DurabilityProcess {
		return "process"
	}
	return "fsync"
}

// ParseDurability reads "fsync" (or "") and "process".
func ParseDurability(s string) (Durability, error) {
	switch s {
	case "", "fsync":
		return DurabilityFsync, nil
	case "process":
		return DurabilityProcess, nil
	}
	return 0, fmt.Errorf("durability %q: want fsync or process", s)
}

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
	// transaction; DefaultBatchMaxSize when zero.
	BatchMaxSize int
	// RoundMaxSize bounds how many entries one integration round hands to
	// tessera; DefaultRoundMaxSize when zero.
	RoundMaxSize int
	// BatchMaxAge is tessera's batching timer; DefaultBatchMaxAge when zero.
	BatchMaxAge time.Duration
	// IntegrateInterval spaces integration rounds; DefaultIntegrateInterval
	// when zero, none when negative.
	IntegrateInterval time.Duration
	// MaxMergeDelay is the merge delay the log keeps to by pushback: while
	// the oldest acknowledged entry not yet in a published checkpoint is
	// older, new appends wait for the checkpoint to catch up (as they do
	// while 16 rounds wait for tessera); DefaultMaxMergeDelay when zero.
	MaxMergeDelay time.Duration
	// ObserveMergeDelay, when set, receives the merge delay of every entry
	// (acknowledgement to the first published checkpoint covering it).
	ObserveMergeDelay func(time.Duration)
	// Durability is what an acknowledgement guarantees; DurabilityFsync
	// when zero.
	Durability Durability
}

// Log is an open audit log. Its methods are safe for concurrent use.
//
// Index invariant: the entries row with idx N holds the canonical bytes whose
// LeafData is tessera's entry N. Append assigns the index: the writer
// goroutine commits each group of waiting appends to SQLite in one
// transaction at the next free indices (fsynced, or under
// DurabilityProcess fsynced by the integrator before its round) and
// acknowledges them; the entry is then durable and its index final. The
// integrator goroutine hands committed entries to tessera in index order,
// one round at a time, and checks that tessera sequenced each at the index
// SQLite gave it; tessera publishes a signed checkpoint at most every 100 ms,
// which the watcher goroutine reads. So tessera always holds a prefix of the
// SQLite rows: after a crash, Open integrates the rows beyond tessera's tree.
//
// Order: tessera sequences entries in the order its Add was called, one
// queue flush at a time (its documented contract). A round is at most
// RoundMaxSize entries, so it fills at most one tessera batch, and the next
// round starts only once the previous one is sequenced: there is never more
// than one flush in flight. A round is added within half of tessera's batch
// timer, so the timer cannot split it (see integrateRound).
type Log struct {
	dir, origin string
	logger      *slog.Logger
	lock        *fsutil.DirLock
	wdb, rdb    *sql.DB
	vkey        string
	verifier    note.Verifier

	appender *tessera.Appender
	shutdown func(context.Context) error
	reader   tessera.LogReader
	bgCtx    context.Context
	bgCancel context.CancelFunc

	batchMax, roundMax int
	batchAge           time.Duration
	interval           time.Duration
	maxDelay           time.Duration
	maxBacklog         int
	observe            func(time.Duration)
	walPath            string // fsynced before each round under DurabilityProcess; "" otherwise
	ins                insertStmts

	reqs       chan *appendReq
	closing    chan struct{}
	writerDone chan struct{} // closed when writeLoop has returned
	integDone  chan struct{} // closed when integrateLoop has returned
	watchStop  chan struct{} // closed to stop watchLoop
	kick       chan struct{} // wakes integrateLoop
	loops      sync.WaitGroup
	closeOnce  sync.Once
	closeErr   error

	mu         sync.Mutex
	broken     error
	next       uint64        // the next index to assign
	queue      []leaf        // committed, not yet handed to tessera, in index order
	integrated uint64        // tessera's tree size as the integrator knows it
	published  uint64        // size of the latest published checkpoint seen
	acks       []ackMark     // acknowledged groups not yet covered by a published checkpoint
	changed    chan struct{} // closed and replaced whenever the fields above change

	now func() time.Time
}

// leaf is one committed entry waiting for tessera.
type leaf struct {
	idx  uint64
	data []byte // LeafData
}

// ackMark is one acknowledged group of entries: indices below end, at.
type ackMark struct {
	end uint64
	n   int
	at  time.Time
}

type appendReq struct {
	entry     Entry
	body      []byte // canonical bytes with index 0
	data      []byte // LeafData: what tessera stores
	pendingID int64  // legacy pending row (recovery only)
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
// Recovery: every SQLite row at or beyond tessera's integrated size was
// acknowledged but not yet integrated when the process stopped; Open hands
// them to tessera in index order before it returns, then waits until the
// published checkpoint covers the whole tree. Rows a version before
// asynchronous integration left in its pending table are moved into place
// first (see migratePending).
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
	cfg.BatchMaxSize = min(cfg.BatchMaxSize, maxBatchSize)
	if cfg.RoundMaxSize <= 0 {
		cfg.RoundMaxSize = DefaultRoundMaxSize
	}
	if cfg.BatchMaxAge <= 0 {
		cfg.BatchMaxAge = DefaultBatchMaxAge
	}
	if cfg.IntegrateInterval == 0 {
		cfg.IntegrateInterval = DefaultIntegrateInterval
	}
	if cfg.MaxMergeDelay <= 0 {
		cfg.MaxMergeDelay = DefaultMaxMergeDelay
	}
	if cfg.Durability != DurabilityFsync && cfg.Durability != DurabilityProcess {
		return nil, fmt.Errorf("auditlog: unknown Config.Durability %d", cfg.Durability)
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("auditlog: create %s: %w", cfg.Dir, err)
	}
	lock, err := fsutil.LockDir(cfg.Dir, ErrLocked)
	if err != nil {
		return nil, err
	}
	l := &Log{
		dir: cfg.Dir, origin: cfg.Origin, logger: logger, lock: lock,
		batchMax: cfg.BatchMaxSize, roundMax: cfg.RoundMaxSize,
		batchAge: cfg.BatchMaxAge, interval: max(cfg.IntegrateInterval, 0),
		maxDelay: cfg.MaxMergeDelay, maxBacklog: 16 * cfg.RoundMaxSize,
		observe:    cfg.ObserveMergeDelay,
		reqs:       make(chan *appendReq),
		closing:    make(chan struct{}),
		writerDone: make(chan struct{}),
		integDone:  make(chan struct{}),
		watchStop:  make(chan struct{}),
		kick:       make(chan struct{}, 1),
		changed:    make(chan struct{}),
		now:        time.Now,
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
	if cfg.Durability == DurabilityProcess {
		l.walPath = dbPath + "-wal"
	}
	if l.wdb, err = openDB(dbPath, false, cfg.Durability == DurabilityFsync); err != nil {
		return nil, err
	}
	l.wdb.SetMaxOpenConns(1)
	l.ins.db = l.wdb
	if err := createSchema(ctx, l.wdb); err != nil {
		return nil, err
	}
	if l.rdb, err = openDB(dbPath, true, false); err != nil {
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
	// One round fills at most one tessera batch: a full round is sequenced
	// at its last Add, a smaller one when the timer fires.
	l.appender, l.shutdown, l.reader, err = tessera.NewAppender(bgCtx, driver, tessera.NewAppendOptions().
		WithCheckpointSigner(signer).
		WithCheckpointInterval(checkpointInterval).
		WithCheckpointRepublishInterval(time.Minute).
		WithBatching(uint(cfg.RoundMaxSize), cfg.BatchMaxAge).
		WithPushback(uint(4*cfg.RoundMaxSize)).
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
	go l.integrateLoop()
	go l.watchLoop()
	ok = true
	logger.Info("audit log open", slog.String("dir", cfg.Dir), slog.String("origin", cfg.Origin),
		slog.Uint64("tree_size", l.integrated))
	return l, nil
}

// recover brings tessera level with SQLite (see Open) and sets the next index.
func (l *Log) recover(ctx context.Context) error {
	if err := l.migratePending(ctx); err != nil {
		return err
	}
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return fmt.Errorf("auditlog: tessera size: %w", err)
	}
	last, found, err := maxIndex(ctx, l.wdb)
	if err != nil {
		return err
	}
	stored := uint64(0)
	if found {
		stored = last + 1
	}
	l.integrated, l.next = size, stored
	if size > stored {
		// Only a hand-edited database gets here (rows are fsynced before
		// tessera sees them). Never reuse those indices.
		l.logger.Error("audit log: the transparency log holds leaves with no stored entry; audit verify will report them",
			slog.Uint64("tree_size", size), slog.Uint64("stored", stored))
		l.next = size
		return nil
	}
	if size == stored {
		return nil
	}
	l.logger.Warn("audit log: integrating entries acknowledged before the last stop",
		slog.Uint64("from", size), slog.Uint64("to", stored))
	for l.integrated < stored {
		batch, err := leavesFrom(ctx, l.wdb, l.integrated, l.roundMax)
		if err != nil {
			return err
		}
		if len(batch) == 0 || batch[0].idx != l.integrated {
			return fmt.Errorf("auditlog: no stored entry at index %d below %d: %w", l.integrated, stored, ErrCorrupt)
		}
		for k := range batch {
			if batch[k].idx != l.integrated+uint64(k) {
				batch = batch[:k] // a gap: the next call reports it
				break
			}
		}
		n, err := l.integrateRound(batch)
		l.integrated += uint64(n)
		if err != nil {
			return fmt.Errorf("auditlog: recover: %w", err)
		}
	}
	return nil
}

// awaitCheckpoint waits until the published checkpoint covers the integrated
// tree and records its size.
func (l *Log) awaitCheckpoint(ctx context.Context) error {
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return fmt.Errorf("auditlog: tessera size: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		cp, err := l.readCheckpoint(ctx)
		if err == nil && cp.Size >= size {
			l.published = cp.Size
			return nil
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("auditlog: waiting for checkpoint of size %d: %w", size, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// readCheckpoint reads and verifies the published checkpoint.
func (l *Log) readCheckpoint(ctx context.Context) (*log.Checkpoint, error) {
	raw, err := l.reader.ReadCheckpoint(ctx)
	if errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("auditlog: read checkpoint: %w", err)
	}
	c, _, _, err := log.ParseCheckpoint(raw, l.origin, l.verifier)
	if err != nil {
		return nil, fmt.Errorf("published checkpoint: %w: %w", ErrTampered, err)
	}
	return c, nil
}

// Append records e and returns it with Index (and Time, when zero) set. It
// returns once the entry is committed to SQLite at its index (fsynced under
// the default DurabilityFsync, so an acknowledged entry survives kill -9 and
// a power cut; see Durability); the entry is then integrated into the
// transparency log within the merge delay (WaitIntegrated waits for that).
// Concurrent calls share one SQLite transaction.
//
// The returned entry is e as stored: time in UTC, numbers in Details as
// json.Number. On error the entry may still have been written and will then
// be integrated; callers must treat the request as failed.
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

// writeLoop groups waiting appends, commits each group to the entries table
// in one transaction at the next indices, acknowledges it and wakes the
// integrator.
func (l *Log) writeLoop() {
	defer l.loops.Done()
	defer close(l.writerDone)
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
		if err := l.awaitRoom(); err != nil {
			failAll(batch, err)
			continue
		}
		l.mu.Lock()
		next := l.next
		l.mu.Unlock()
		for i, r := range batch {
			r.idx = next + uint64(i)
			r.entry.Index = r.idx
			r.canonical = withIndex(r.body, r.idx)
		}
		// The transaction must not be abandoned half way because one caller
		// gave up, so it runs under its own bounded context.
		ctx, cancel := context.WithTimeout(l.bgCtx, time.Minute)
		err := l.ins.insert(ctx, batch)
		if err != nil {
			l.resyncNext(ctx)
		}
		cancel()
		if err != nil {
			l.logger.Error("audit log: SQLite commit failed", slog.Int("batch", len(batch)), slog.Any("error", err))
			failAll(batch, fmt.Errorf("auditlog: store entries: %w", err))
			continue
		}
		at := l.now()
		l.mu.Lock()
		for _, r := range batch {
			l.queue = append(l.queue, leaf{idx: r.idx, data: r.data})
		}
		l.next = next + uint64(len(batch))
		l.acks = append(l.acks, ackMark{end: l.next, n: len(batch), at: at})
		l.signalLocked()
		l.mu.Unlock()
		select {
		case l.kick <- struct{}{}:
		default:
		}
		for _, r := range batch {
			r.done <- appendResult{entry: r.entry}
		}
	}
}

// awaitRoom is the pushback: it waits while the integrator is too far
// behind, in entries or in merge delay.
func (l *Log) awaitRoom() error {
	for {
		l.mu.Lock()
		broken, ch := l.broken, l.changed
		behind := len(l.queue) >= l.maxBacklog ||
			len(l.acks) > 0 && l.now().Sub(l.acks[0].at) > l.maxDelay
		l.mu.Unlock()
		if broken != nil {
			return broken
		}
		if !behind {
			return nil
		}
		select {
		case <-ch:
		case <-time.After(pollInterval):
		case <-l.integDone:
			return fmt.Errorf("auditlog: integrator stopped: %w", ErrClosed)
		}
	}
}

// resyncNext re-reads the next free index after a failed commit, in case
// the commit reached the disk although it reported an error.
func (l *Log) resyncNext(ctx context.Context) {
	last, found, err := maxIndex(ctx, l.wdb)
	if err != nil || !found {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if last+1 > l.next {
		l.logger.Error("audit log: a failed commit was stored; those entries are integrated as usual",
			slog.Uint64("from", l.next), slog.Uint64("to", last+1))
		for i := l.next; i <= last; i++ {
			c, err := canonicalAt(ctx, l.wdb, i)
			if err != nil {
				l.broken = fmt.Errorf("%w: %w", ErrBroken, err)
				return
			}
			l.queue = append(l.queue, leaf{idx: i, data: LeafData(c)})
		}
		l.next = last + 1
		l.signalLocked()
	}
}

// integrateLoop hands committed entries to tessera in index order, one
// round at a time; a round is everything committed since the previous one,
// up to RoundMaxSize. Rounds are spaced by IntegrateInterval unless a full
// round is waiting. It returns once the writer has stopped and everything is
// handed over, or on a fatal error.
func (l *Log) integrateLoop() {
	defer l.loops.Done()
	defer close(l.integDone)
	var lastStart time.Time
	backoff := 100 * time.Millisecond
	failures := 0
	for {
		l.mu.Lock()
		n := len(l.queue)
		l.mu.Unlock()
		if n == 0 {
			select {
			case <-l.kick:
				continue
			case <-l.writerDone:
				l.mu.Lock()
				n = len(l.queue)
				l.mu.Unlock()
				if n == 0 {
					return
				}
			}
		}
		if n < l.roundMax && l.interval > 0 {
			select {
			case <-time.After(time.Until(lastStart.Add(l.interval))):
			case <-l.writerDone: // closing: no more waiting
			}
		}
		lastStart = time.Now()
		l.mu.Lock()
		round := l.queue[:min(len(l.queue), l.roundMax)]
		l.mu.Unlock()
		done, err := l.integrateRound(round)
		l.mu.Lock()
		l.queue = l.queue[done:]
		if len(l.queue) == 0 {
			l.queue = nil // let the backing array go
		}
		l.integrated += uint64(done)
		l.signalLocked()
		l.mu.Unlock()
		if errors.Is(err, errMisordered) {
			l.setBroken(err)
			return
		}
		if err != nil {
			failures++
			select {
			case <-l.writerDone:
				if failures > 3 {
					// Closing: the rows stay in SQLite and the next Open
					// integrates them.
					l.logger.Error("audit log: giving up integrating at close; the next start integrates the rest", slog.Any("error", err))
					return
				}
			default:
			}
			// Nothing was sequenced from the failed flush: retry it.
			l.logger.Error("audit log: transparency log append failed; retrying", slog.Any("error", err),
				slog.Duration("after", backoff))
			select {
			case <-time.After(backoff):
			case <-l.bgCtx.Done():
				return
			}
			backoff = min(2*backoff, 10*time.Second)
			continue
		}
		backoff, failures = 100*time.Millisecond, 0
	}
}

// errMisordered means tessera sequenced an entry at another index than the
// one SQLite gave it; the log cannot continue.
var errMisordered = errors.New("transparency log sequenced an entry out of order")

// integrateRound adds round (consecutive indices from the integrated size)
// to tessera and waits until tessera has sequenced and integrated them. It
// returns how many leading entries were integrated at their own index.
//
// The entries are added within half of tessera's batch timer, which starts
// at the first Add: the timer then cannot fire before the last one, so the
// round is one tessera batch (flushed by size when it is full). If adding
// takes longer (the goroutine was descheduled), the rest waits for the next
// round. Every assigned index is checked against the SQLite index.
func (l *Log) integrateRound(round []leaf) (int, error) {
	if err := l.syncWAL(); err != nil {
		return 0, err
	}
	futures := make([]tessera.IndexFuture, 0, len(round))
	start := time.Now()
	for i, lf := range round {
		if i > 0 && time.Since(start) >= l.batchAge/2 {
			break
		}
		futures = append(futures, l.appender.Add(l.bgCtx, tessera.NewEntry(lf.data)))
	}
	if d := time.Since(start); d >= l.batchAge {
		// The timer may have fired between two Adds; give a late timer
		// callback time to run before the next round's first Add.
		l.logger.Warn("audit log: a round took longer than tessera's batch timer to add", slog.Duration("took", d))
		defer time.Sleep(l.batchAge)
	}
	done := 0
	var firstErr error
	for i, f := range futures {
		got, err := f()
		switch {
		case err != nil:
			if firstErr == nil {
				firstErr = fmt.Errorf("auditlog: transparency log: %w", err)
			}
		case firstErr != nil || got.Index != round[i].idx:
			l.logger.Error("audit log: transparency log sequenced an entry at another index; appends stop",
				slog.Uint64("want", round[i].idx), slog.Uint64("got", got.Index))
			return done, fmt.Errorf("entry %d sequenced at %d: %w", round[i].idx, got.Index, errMisordered)
		default:
			done++
		}
	}
	return done, firstErr
}

// syncWAL makes every commit so far durable under DurabilityProcess, before
// tessera sees those entries: an fsync of SQLite's write-ahead log file
// (frames already checkpointed into the database were fsynced by SQLite).
func (l *Log) syncWAL() error {
	if l.walPath == "" {
		return nil
	}
	f, err := os.Open(l.walPath)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("auditlog: open write-ahead log: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("auditlog: fsync write-ahead log: %w", err)
	}
	return nil
}

// watchLoop follows the published checkpoint while integrated entries wait
// for it, wakes WaitIntegrated callers and records merge delays.
func (l *Log) watchLoop() {
	defer l.loops.Done()
	for {
		l.mu.Lock()
		waiting := l.published < l.integrated
		ch := l.changed
		l.mu.Unlock()
		if !waiting {
			select {
			case <-ch:
				continue
			case <-l.watchStop:
				l.pollCheckpoint()
				return
			}
		}
		select {
		case <-time.After(pollInterval):
		case <-l.watchStop:
			l.pollCheckpoint()
			return
		}
		l.pollCheckpoint()
	}
}

// pollCheckpoint reads the published checkpoint once and records its size.
func (l *Log) pollCheckpoint() {
	cp, err := l.readCheckpoint(l.bgCtx)
	if err != nil {
		l.logger.Warn("audit log: read published checkpoint", slog.Any("error", err))
		return
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if cp.Size <= l.published {
		return
	}
	l.published = cp.Size
	k := 0
	for ; k < len(l.acks) && l.acks[k].end <= cp.Size; k++ {
		if l.observe != nil {
			d := now.Sub(l.acks[k].at)
			for range l.acks[k].n {
				l.observe(d)
			}
		}
	}
	l.acks = l.acks[k:]
	if len(l.acks) == 0 {
		l.acks = nil
	}
	l.signalLocked()
}

// signalLocked wakes everyone waiting on l.changed; l.mu must be held.
func (l *Log) signalLocked() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// WaitIntegrated waits until a published checkpoint covers the entry at
// index, so that Proof and Receipt succeed for it. An index not yet assigned
// gives ErrNotFound at once.
func (l *Log) WaitIntegrated(ctx context.Context, index uint64) error {
	for {
		l.mu.Lock()
		pub, next, broken, ch := l.published, l.next, l.broken, l.changed
		l.mu.Unlock()
		switch {
		case index < pub:
			return nil
		case index >= next:
			return fmt.Errorf("index %d (next %d): %w", index, next, ErrNotFound)
		case broken != nil:
			return broken
		}
		select {
		case <-ch:
		case <-l.watchStop:
			return ErrClosed
		case <-ctx.Done():
			return fmt.Errorf("waiting for index %d in a published checkpoint: %w", index, ctx.Err())
		}
	}
}

// Sync waits until a published checkpoint covers every entry acknowledged
// before the call.
func (l *Log) Sync(ctx context.Context) error {
	l.mu.Lock()
	next := l.next
	l.mu.Unlock()
	if next == 0 {
		return nil
	}
	return l.WaitIntegrated(ctx, next-1)
}

// Backlog reports how many acknowledged entries are not yet integrated into
// tessera and not yet covered by the published checkpoint.
func (l *Log) Backlog() (unintegrated, unpublished uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.next - l.integrated, l.next - l.published
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
		l.logger.Error("audit log: cannot integrate acknowledged entries; appends stop until restart", slog.Any("error", err))
		l.signalLocked()
	}
}

// Origin returns the checkpoint origin line.
func (l *Log) Origin() string { return l.origin }

// VerifierKey returns the note verifier key (C2SP signed-note) that checks
// checkpoint signatures, e.g. "candor.local/audit+1a2b3c4d+AbC...".
func (l *Log) VerifierKey() string { return l.vkey }

// Checkpoint returns the latest published checkpoint: a signed note
// (C2SP tlog-checkpoint) with origin, tree size and RFC 6962 root hash.
// It lags acknowledged appends by the merge delay.
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

// Close stops accepting appends, commits those in flight, integrates every
// acknowledged entry, waits for a checkpoint covering them and releases the
// directory.
func (l *Log) Close() error {
	l.closeOnce.Do(func() {
		close(l.closing)
		<-l.integDone // after the writer, once everything is handed over
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		var errs []error
		if err := l.shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("auditlog: tessera shutdown: %w", err))
		}
		close(l.watchStop)
		l.loops.Wait()
		if err := l.brokenErr(); err != nil {
			errs = append(errs, err)
		}
		if err := l.release(); err != nil {
			errs = append(errs, err)
		}
		l.closeErr = errors.Join(errs...)
	})
	return l.closeErr
}

func (l *Log) brokenErr() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.broken
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
	errs = append(errs, l.lock.Unlock())
	return errors.Join(errs...)
}
