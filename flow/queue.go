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
// refused at once (ErrQueueFull, 429) rather than piling up.
type workQueue struct {
	slots     chan struct{}
	waiting   atomic.Int64
	lastStart atomic.Int64 // unix nanoseconds of the latest acquire

	arriveMu   sync.Mutex
	arrive     chan struct{} // closed (and replaced) when a request arrives
	maxWaiting int64
	maxWait    time.Duration
}

func newWorkQueue(concurrency, maxWaiting int, maxWait time.Duration) *workQueue {
	return &workQueue{
		slots:      make(chan struct{}, concurrency),
		maxWaiting: int64(maxWaiting),
		maxWait:    maxWait,
	}
}

// acquire takes a slot; the returned func gives it back. onWait reports the
// number of waiting requests whenever it changes.
func (q *workQueue) acquire(ctx context.Context, onWait func(int64)) (func(), error) {
	release := func() { <-q.slots }
	q.lastStart.Store(time.Now().UnixNano())
	q.arriveMu.Lock()
	if q.arrive != nil {
		close(q.arrive)
		q.arrive = nil
	}
	q.arriveMu.Unlock()
	select {
	case q.slots <- struct{}{}:
		return release, nil
	default:
	}
	if n := q.waiting.Add(1); n > q.maxWaiting {
		q.waiting.Add(-1)
		return nil, fmt.Errorf("%d requests already waiting: %w", q.maxWaiting, candor.ErrQueueFull)
	} else {
		onWait(n)
	}
	defer func() { onWait(q.waiting.Add(-1)) }()
	t := time.NewTimer(q.maxWait)
	defer t.Stop()
	select {
	case q.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, fmt.Errorf("no worker free after %s: %w", q.maxWait, candor.ErrUnavailable)
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for a worker: %w", ctx.Err())
	}
}

// idle reports whether nothing runs or waits and nothing started in the last d.
func (q *workQueue) idle(d time.Duration) bool {
	return len(q.slots) == 0 && q.waiting.Load() == 0 && time.Since(time.Unix(0, q.lastStart.Load())) >= d
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
