package flow

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/candor-ai/candor"
)

// workQueue bounds generation: at most `slots` run at once, at most
// `maxWaiting` more wait, each at most `maxWait`. A request beyond that is
// refused at once (ErrQueueFull, 429) rather than piling up. Waiting
// requests are served round-robin across tenants, first come first served
// within a tenant, so one tenant flooding the queue cannot starve another.
type workQueue struct {
	mu         sync.Mutex
	slots      int
	running    int
	waiting    int64
	byTenant   map[string][]*waiter // FIFO per tenant
	order      []string             // tenants with waiters, in round-robin order
	next       int                  // index into order of the tenant served next
	maxWaiting int64
	maxWait    time.Duration
	lastStart  atomic.Int64 // unix nanoseconds of the latest arrival

	arriveMu sync.Mutex
	arrive   chan struct{} // closed (and replaced) when a request arrives
}

type waiter struct {
	ch      chan struct{}
	granted bool
}

func newWorkQueue(concurrency, maxWaiting int, maxWait time.Duration) *workQueue {
	return &workQueue{slots: concurrency, maxWaiting: int64(maxWaiting), maxWait: maxWait, byTenant: map[string][]*waiter{}}
}

// acquire takes a slot for tenant; the returned func gives it back. onWait
// reports the number of waiting requests whenever it changes.
func (q *workQueue) acquire(ctx context.Context, tenant string, onWait func(int64)) (func(), error) {
	q.lastStart.Store(time.Now().UnixNano())
	q.arriveMu.Lock()
	if q.arrive != nil {
		close(q.arrive)
		q.arrive = nil
	}
	q.arriveMu.Unlock()

	q.mu.Lock()
	if q.running < q.slots && q.waiting == 0 {
		q.running++
		q.mu.Unlock()
		return q.release, nil
	}
	if q.waiting >= q.maxWaiting {
		q.mu.Unlock()
		return nil, fmt.Errorf("%d requests already waiting: %w", q.maxWaiting, candor.ErrQueueFull)
	}
	w := &waiter{ch: make(chan struct{})}
	if len(q.byTenant[tenant]) == 0 {
		q.order = append(q.order, tenant)
	}
	q.byTenant[tenant] = append(q.byTenant[tenant], w)
	q.waiting++
	n := q.waiting
	q.mu.Unlock()
	onWait(n)

	t := time.NewTimer(q.maxWait)
	defer t.Stop()
	var err error
	select {
	case <-w.ch:
	case <-t.C:
		err = fmt.Errorf("no worker free after %s: %w", q.maxWait, candor.ErrUnavailable)
	case <-ctx.Done():
		err = fmt.Errorf("waiting for a worker: %w", ctx.Err())
	}
	q.mu.Lock()
	if w.granted { // granted as we gave up: take it rather than lose the slot
		q.mu.Unlock()
		onWait(q.waitingNow())
		return q.release, nil
	}
	q.remove(tenant, w)
	n = q.waiting
	q.mu.Unlock()
	onWait(n)
	return nil, err
}

func (q *workQueue) waitingNow() int64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.waiting
}

// release hands the slot to the next tenant's first waiter, or frees it.
func (q *workQueue) release() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.order) == 0 {
		q.running--
		return
	}
	if q.next >= len(q.order) {
		q.next = 0
	}
	tenant := q.order[q.next]
	w := q.byTenant[tenant][0]
	q.remove(tenant, w)
	if len(q.byTenant[tenant]) > 0 {
		q.next++ // this tenant keeps its place; the next one goes next
	}
	w.granted = true
	close(w.ch)
}

// remove takes w off tenant's list (the caller holds mu).
func (q *workQueue) remove(tenant string, w *waiter) {
	ws := q.byTenant[tenant]
	for i, x := range ws {
		if x == w {
			ws = append(ws[:i], ws[i+1:]...)
			q.waiting--
			break
		}
	}
	if len(ws) > 0 {
		q.byTenant[tenant] = ws
		return
	}
	delete(q.byTenant, tenant)
	for i, t := range q.order {
		if t == tenant {
			q.order = append(q.order[:i], q.order[i+1:]...)
			if q.next > i {
				q.next--
			}
			break
		}
	}
}

// idle reports whether nothing runs or waits and nothing started in the last d.
func (q *workQueue) idle(d time.Duration) bool {
	q.mu.Lock()
	busy := q.running > 0 || q.waiting > 0
	q.mu.Unlock()
	return !busy && time.Since(time.Unix(0, q.lastStart.Load())) >= d
}

// arrivals returns a channel closed when the next request arrives.
func (q *workQueue) arrivals() <-chan struct{} {
	q.arriveMu.Lock()
	defer q.arriveMu.Unlock()
	if q.arrive == nil {
		q.arrive = make(chan struct{})
	}
	return q.arrive
}
