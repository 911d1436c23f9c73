package flow

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/candor-ai/candor"
)

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestQueueFairAcrossTenants: tenant a floods the queue, then b asks once;
// b is served right after a's first waiter, not after all of them.
func TestQueueFairAcrossTenants(t *testing.T) {
	q := newWorkQueue(1, 16, 10*time.Second)
	hold, err := q.acquire(context.Background(), "a", func(int64) {})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var served []string
	var wg sync.WaitGroup
	enqueue := func(tenant string, i int) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rel, err := q.acquire(context.Background(), tenant, func(int64) {})
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			served = append(served, fmt.Sprintf("%s%d", tenant, i))
			mu.Unlock()
			rel()
		}()
		waitFor(t, func() bool {
			return q.waitingNow() == int64(len(q.byTenantSnapshot())) && q.waitingNow() > 0 && q.has(tenant, i)
		})
	}
	for i := range 5 {
		enqueue("a", i)
	}
	enqueue("b", 0)
	hold()
	wg.Wait()
	if got := fmt.Sprint(served); got != "[a0 b0 a1 a2 a3 a4]" {
		t.Errorf("served %s, want b right after a's first", got)
	}
}

func TestQueueLimits(t *testing.T) {
	q := newWorkQueue(1, 1, 30*time.Millisecond)
	hold, _ := q.acquire(context.Background(), "a", func(int64) {})
	done := make(chan error, 1)
	go func() {
		_, err := q.acquire(context.Background(), "a", func(int64) {})
		done <- err
	}()
	waitFor(t, func() bool { return q.waitingNow() == 1 })
	if _, err := q.acquire(context.Background(), "b", func(int64) {}); !errors.Is(err, candor.ErrQueueFull) {
		t.Errorf("full: %v", err)
	}
	if err := <-done; !errors.Is(err, candor.ErrUnavailable) {
		t.Errorf("waited too long: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := q.acquire(ctx, "a", func(int64) {}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	hold()
	if q.waitingNow() != 0 || !q.idle(0) {
		t.Error("the queue is not idle after everything left")
	}
}

func TestQueueNeverOverCommits(t *testing.T) {
	q := newWorkQueue(2, 1000, 10*time.Second)
	var running, peak atomic.Int64
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rel, err := q.acquire(context.Background(), fmt.Sprintf("t%d", i%7), func(int64) {})
			if err != nil {
				t.Error(err)
				return
			}
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Microsecond)
			running.Add(-1)
			rel()
		}()
	}
	wg.Wait()
	if peak.Load() > 2 {
		t.Errorf("%d ran at once with 2 slots", peak.Load())
	}
	if !q.idle(0) {
		t.Error("not idle at the end")
	}
}

// byTenantSnapshot and has are for tests.
func (q *workQueue) byTenantSnapshot() []*waiter {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out []*waiter
	for _, ws := range q.byTenant {
		out = append(out, ws...)
	}
	return out
}

func (q *workQueue) has(tenant string, i int) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.byTenant[tenant]) == i+1
}
