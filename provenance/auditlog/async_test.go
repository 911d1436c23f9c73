package auditlog

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestAcknowledgedBeforeIntegrated shows what an acknowledgement means: the
// entry is stored at its final index at once, its proof answers
// ErrNotPublished until the integrator's next round and a checkpoint cover
// it, and WaitIntegrated returns once they do.
func TestAcknowledgedBeforeIntegrated(t *testing.T) {
	ctx := context.Background()
	l, err := Open(ctx, Config{Dir: t.TempDir(), Origin: testOrigin, Logger: testLogger(),
		IntegrateInterval: 400 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	// The first round after Open starts at once; the next one waits out the interval.
	if _, err := l.Append(ctx, sampleEntry("acme", 0)); err != nil {
		t.Fatal(err)
	}
	if err := l.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	e, err := l.Append(ctx, sampleEntry("acme", 1))
	if err != nil {
		t.Fatal(err)
	}
	acked := time.Now()
	if e.Index != 1 {
		t.Fatalf("index %d, want 1", e.Index)
	}
	if c, err := l.Canonical(ctx, 1); err != nil || LeafHash(c) == nil {
		t.Fatalf("stored entry at once: %v", err)
	}
	if _, err := l.Proof(ctx, 1); !errors.Is(err, ErrNotPublished) {
		t.Fatalf("Proof before integration: err = %v, want ErrNotPublished", err)
	}
	if un, unpub := l.Backlog(); un != 1 || unpub != 1 {
		t.Errorf("Backlog = %d, %d; want 1, 1", un, unpub)
	}
	if err := l.WaitIntegrated(ctx, 2); !errors.Is(err, ErrNotFound) {
		t.Errorf("WaitIntegrated(unassigned index): err = %v, want ErrNotFound", err)
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	if err := l.WaitIntegrated(short, 1); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("WaitIntegrated with a short deadline: err = %v", err)
	}
	cancel()
	if err := l.WaitIntegrated(ctx, 1); err != nil {
		t.Fatal(err)
	}
	t.Logf("integrated and published %v after the acknowledgement", time.Since(acked).Round(time.Millisecond))
	p, err := l.Proof(ctx, 1)
	if err != nil || p.TreeSize < 2 {
		t.Fatalf("Proof after WaitIntegrated: %+v %v", p, err)
	}
	r, err := l.Receipt(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := VerifyReceipt(r, l.VerifierKey()); err != nil || got.RequestID != e.RequestID {
		t.Fatalf("VerifyReceipt: %+v %v", got, err)
	}
	if un, unpub := l.Backlog(); un != 0 || unpub != 0 {
		t.Errorf("Backlog after WaitIntegrated = %d, %d", un, unpub)
	}
}

// TestMergeDelayBounded appends from many goroutines for a while and checks
// that every acknowledged entry reached a published checkpoint within the
// configured MaxMergeDelay, that every one was observed once, and that the
// published checkpoint never ran ahead of the acknowledged entries.
func TestMergeDelayBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for about two seconds")
	}
	ctx := context.Background()
	const bound = 2 * time.Second
	var mu sync.Mutex
	var delays []time.Duration
	dir := t.TempDir()
	l, err := Open(ctx, Config{Dir: dir, Origin: testOrigin, Logger: testLogger(), MaxMergeDelay: bound,
		ObserveMergeDelay: func(d time.Duration) {
			mu.Lock()
			delays = append(delays, d)
			mu.Unlock()
		}})
	if err != nil {
		t.Fatal(err)
	}
	stop := time.Now().Add(1500 * time.Millisecond)
	var wg sync.WaitGroup
	var appended sync.Map
	for g := range 8 {
		wg.Go(func() {
			for i := 0; time.Now().Before(stop); i++ {
				e := sampleEntry("acme", i)
				e.RequestID = fmt.Sprintf("g%d-%d", g, i)
				got, err := l.Append(ctx, e)
				if err != nil {
					t.Error(err)
					return
				}
				appended.Store(got.Index, got.RequestID)
			}
		})
	}
	// Meanwhile the published checkpoint only ever covers acknowledged entries.
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		for time.Now().Before(stop) {
			cp, err := l.readCheckpoint(ctx)
			if err != nil {
				t.Error(err)
				return
			}
			if cp.Size > 0 {
				if _, ok := appended.Load(cp.Size - 1); !ok {
					// The ack may race the checkpoint by a few microseconds.
					time.Sleep(5 * time.Millisecond)
					if _, ok := appended.Load(cp.Size - 1); !ok {
						t.Errorf("checkpoint of size %d covers an index never acknowledged", cp.Size)
						return
					}
				}
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	wg.Wait()
	<-watchDone
	if err := l.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	n := 0
	appended.Range(func(any, any) bool { n++; return true })
	mu.Lock()
	got := slices.Clone(delays)
	mu.Unlock()
	if len(got) != n {
		t.Fatalf("%d merge delays observed for %d entries", len(got), n)
	}
	slices.Sort(got)
	p99 := got[len(got)*99/100]
	t.Logf("%d entries; merge delay p50 %v, p99 %v, max %v (bound %v)", n,
		got[len(got)/2].Round(time.Millisecond), p99.Round(time.Millisecond), got[len(got)-1].Round(time.Millisecond), bound)
	if got[len(got)-1] > bound {
		t.Errorf("merge delay %v exceeds the bound %v", got[len(got)-1], bound)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if rep, err := Verify(ctx, dir); err != nil || rep.TreeSize != uint64(n) {
		t.Fatalf("Verify: %v, tree size %d for %d entries", err, rep.TreeSize, n)
	}
}

// TestConcurrentAppendsDense checks, under -race as well, that concurrent
// appends get distinct, dense indices that match what they stored, and that
// Close integrates everything.
func TestConcurrentAppendsDense(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l, err := Open(ctx, Config{Dir: dir, Origin: testOrigin, Logger: testLogger(), BatchMaxSize: 7, RoundMaxSize: 13})
	if err != nil {
		t.Fatal(err)
	}
	const goroutines, each = 12, 40
	got := make([][]Entry, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				e := sampleEntry("acme", i)
				e.RequestID = fmt.Sprintf("g%d-%d", g, i)
				r, err := l.Append(ctx, e)
				if err != nil {
					t.Error(err)
					return
				}
				got[g] = append(got[g], r)
				if i%10 == 0 {
					_, _ = l.Backlog()
					if _, err := l.Proof(ctx, r.Index); err != nil && !errors.Is(err, ErrNotPublished) {
						t.Errorf("Proof(%d): %v", r.Index, err)
					}
				}
			}
		})
	}
	wg.Wait()
	seen := make([]string, goroutines*each)
	for _, es := range got {
		for _, e := range es {
			if e.Index >= uint64(len(seen)) || seen[e.Index] != "" {
				t.Fatalf("index %d out of range or given twice", e.Index)
			}
			seen[e.Index] = e.RequestID
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(ctx, dir)
	if err != nil || rep.TreeSize != uint64(len(seen)) || rep.Pending != 0 {
		t.Fatalf("Verify: %v %+v", err, rep)
	}
	l = openTest(t, dir)
	defer l.Close()
	for idx, req := range seen {
		c, err := l.Canonical(ctx, uint64(idx))
		if err != nil {
			t.Fatal(err)
		}
		if e, _ := ParseCanonical(c); e.RequestID != req {
			t.Fatalf("index %d holds %q, acknowledged as %q", idx, e.RequestID, req)
		}
	}
}

// TestPushback: once the oldest unpublished entry is older than
// MaxMergeDelay, the next append waits until a checkpoint covers it.
func TestPushback(t *testing.T) {
	ctx := context.Background()
	l, err := Open(ctx, Config{Dir: t.TempDir(), Origin: testOrigin, Logger: testLogger(),
		IntegrateInterval: 300 * time.Millisecond, MaxMergeDelay: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for i := range 3 {
		if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Millisecond) // older than MaxMergeDelay
		// Each append waited until everything before it was published.
		if _, unpub := l.Backlog(); unpub > 1 {
			t.Fatalf("after append %d: %d entries unpublished, want at most 1", i, unpub)
		}
	}
}

func TestDurabilityConfig(t *testing.T) {
	for in, want := range map[string]Durability{"": DurabilityFsync, "fsync": DurabilityFsync, "process": DurabilityProcess} {
		if got, err := ParseDurability(in); err != nil || got != want {
			t.Errorf("ParseDurability(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseDurability("none"); err == nil {
		t.Error("ParseDurability(none) accepted")
	}
	if _, err := Open(context.Background(), Config{Dir: t.TempDir(), Durability: 7}); err == nil {
		t.Error("Open accepted an unknown Durability")
	}
}

// TestCloseIntegratesEverything: entries acknowledged just before Close are
// in the checkpoint Close leaves behind, with a long integration interval.
func TestCloseIntegratesEverything(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l, err := Open(ctx, Config{Dir: dir, Origin: testOrigin, Logger: testLogger(), IntegrateInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Append(ctx, sampleEntry("acme", 9)); !errors.Is(err, ErrClosed) {
		t.Errorf("Append after Close: %v", err)
	}
	if err := l.WaitIntegrated(ctx, 4); err != nil {
		t.Errorf("WaitIntegrated after Close for an integrated entry: %v", err)
	}
	if rep, err := Verify(ctx, dir); err != nil || rep.TreeSize != 5 {
		t.Fatalf("Verify: %v %+v", err, rep)
	}
}
