package gateway

import (
	"container/list"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/candor-ai/candor"
)

// limiters holds one token bucket per API key (or per client address for
// requests without a key), at most max of them: the least recently used
// bucket is forgotten first, so a flood of distinct addresses costs bounded
// memory and cannot reset everyone else's buckets.
type limiters struct {
	mu  sync.Mutex
	m   map[string]*list.Element
	lru *list.List // front: most recently used
	max int
}

type bucket struct {
	key string
	lim *rate.Limiter
}

func newLimiters() *limiters { return newLimitersN(100_000) }

func newLimitersN(n int) *limiters {
	return &limiters{m: map[string]*list.Element{}, lru: list.New(), max: n}
}

// allow takes a token from key's bucket. When none is left it returns the
// whole seconds to wait (at least 1), for Retry-After.
func (l *limiters) allow(key string, rl candor.RateLimit, now time.Time) (ok bool, retryAfter int) {
	if rl.RequestsPerSecond <= 0 {
		return true, 0
	}
	burst := rl.Burst
	if burst <= 0 {
		burst = max(1, int(math.Ceil(rl.RequestsPerSecond)))
	}
	l.mu.Lock()
	var lim *rate.Limiter
	if el, found := l.m[key]; found {
		b := el.Value.(*bucket)
		if b.lim.Limit() != rate.Limit(rl.RequestsPerSecond) || b.lim.Burst() != burst {
			b.lim = rate.NewLimiter(rate.Limit(rl.RequestsPerSecond), burst)
		}
		l.lru.MoveToFront(el)
		lim = b.lim
	} else {
		if l.lru.Len() >= l.max {
			old := l.lru.Back()
			l.lru.Remove(old)
			delete(l.m, old.Value.(*bucket).key)
		}
		lim = rate.NewLimiter(rate.Limit(rl.RequestsPerSecond), burst)
		l.m[key] = l.lru.PushFront(&bucket{key: key, lim: lim})
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

// len is how many buckets are kept (tests).
func (l *limiters) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lru.Len()
}

// clientIP is the address a request came from: the TCP peer, unless the
// peer is a trusted proxy (server.trusted_proxies), in which case the
// right-most address in X-Forwarded-For that is not itself a trusted proxy.
// X-Real-IP and any forwarding header from an untrusted peer are ignored:
// a header nothing anchors is not believed.
func clientIP(r *http.Request, trusted []netip.Prefix) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	peer = peer.Unmap()
	if !inPrefixes(peer, trusted) {
		return peer
	}
	hops := r.Header.Values("X-Forwarded-For")
	var addrs []string
	for _, h := range hops {
		addrs = append(addrs, strings.Split(h, ",")...)
	}
	for i := len(addrs) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(addrs[i]))
		if err != nil {
			return peer // a malformed hop: stop believing the chain here
		}
		a = a.Unmap()
		if !inPrefixes(a, trusted) {
			return a
		}
	}
	return peer
}

func inPrefixes(a netip.Addr, ps []netip.Prefix) bool {
	for _, p := range ps {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// bucketKey keys the anonymous rate limit by address: IPv4 as is, IPv6 by
// its /64 (one subscriber's network), so rotating within a prefix does not
// buy new buckets.
func bucketKey(a netip.Addr) string {
	if !a.IsValid() {
		return "invalid"
	}
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}
