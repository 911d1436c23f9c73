package gateway

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/candor-ai/candor"
)

// limiters holds one token bucket per API key (or per client address for
// requests without a key).
type limiters struct {
	mu sync.Mutex
	m  map[string]*rate.Limiter
	// max bounds the map: when full it starts afresh, so a flood of distinct
	// addresses costs bounded memory (and, at worst, forgets some buckets).
	max int
}

func newLimiters() *limiters { return &limiters{m: map[string]*rate.Limiter{}, max: 100_000} }

// allow takes a token from keyID's bucket. When none is left it returns the
// whole seconds to wait (at least 1), for Retry-After.
func (l *limiters) allow(keyID string, rl candor.RateLimit, now time.Time) (ok bool, retryAfter int) {
	if rl.RequestsPerSecond <= 0 {
		return true, 0
	}
	burst := rl.Burst
	if burst <= 0 {
		burst = max(1, int(math.Ceil(rl.RequestsPerSecond)))
	}
	l.mu.Lock()
	lim, found := l.m[keyID]
	if !found || lim.Limit() != rate.Limit(rl.RequestsPerSecond) || lim.Burst() != burst {
		if !found && len(l.m) >= l.max {
			clear(l.m)
		}
		lim = rate.NewLimiter(rate.Limit(rl.RequestsPerSecond), burst)
		l.m[keyID] = lim
	}
	l.mu.Unlock()
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return false, 1
	}
	d := r.DelayFrom(now)
	if d <= 0 {
		return true, 0
	}
	r.CancelAt(now)
	return false, max(1, int(math.Ceil(d.Seconds())))
}
