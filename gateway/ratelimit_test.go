package gateway

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"testing"
	"time"

	"github.com/candor-ai/candor"
)

// TestAnonymousLimitIgnoresForwardingHeaders: thirty keyless verifies from
// one peer with thirty different X-Forwarded-For and X-Real-IP values share
// one bucket (burst 20), since no proxy is trusted.
func TestAnonymousLimitIgnoresForwardingHeaders(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Limits.Anonymous = candor.RateLimit{RequestsPerSecond: 0.001, Burst: 20} })
	limited := 0
	for i := range 30 {
		ip := "203.0.113." + strconv.Itoa(i)
		rec := h.do(http.MethodPost, "/v1/verify", "", "image/png", []byte("\x89PNG garbage"),
			"X-Forwarded-For", ip, "X-Real-IP", ip)
		if rec.Code == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited != 10 {
		t.Errorf("%d of 30 limited, want 10: forwarding headers bought buckets", limited)
	}
	if n := h.srv.anonLimiters.len(); n != 1 {
		t.Errorf("%d buckets, want 1", n)
	}
}

func TestTrustedProxyForwarding(t *testing.T) {
	h := newHarness(t, func(c *Config) {
		c.Limits.Anonymous = candor.RateLimit{RequestsPerSecond: 0.001, Burst: 1}
		c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24")} // httptest's peer
	})
	for i := range 3 {
		rec := h.do(http.MethodPost, "/v1/verify", "", "image/png", []byte("\x89PNG garbage"),
			"X-Forwarded-For", "198.51.100."+strconv.Itoa(i))
		if rec.Code == http.StatusTooManyRequests {
			t.Errorf("client %d behind a trusted proxy shares a bucket", i)
		}
	}
	rec := h.do(http.MethodPost, "/v1/verify", "", "image/png", []byte("\x89PNG garbage"), "X-Forwarded-For", "198.51.100.0")
	if rec.Code != http.StatusTooManyRequests {
		t.Errorf("the same client again: %d, want 429", rec.Code)
	}
}

func TestClientIP(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	for _, tc := range []struct{ remote, xff, want string }{
		{"203.0.113.9:1", "", "203.0.113.9"},
		{"203.0.113.9:1", "1.2.3.4", "203.0.113.9"},             // untrusted peer: header ignored
		{"10.1.2.3:1", "1.2.3.4", "1.2.3.4"},                    // trusted proxy
		{"10.1.2.3:1", "6.6.6.6, 1.2.3.4, 10.9.9.9", "1.2.3.4"}, // right-most untrusted
		{"10.1.2.3:1", "junk", "10.1.2.3"},
		{"[::1]:1", "2001:db8::7", "2001:db8::7"},
		{"[::ffff:203.0.113.9]:1", "", "203.0.113.9"},
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = tc.remote
		if tc.xff != "" {
			r.Header.Set("X-Forwarded-For", tc.xff)
		}
		if got := clientIP(r, proxies).String(); got != tc.want {
			t.Errorf("%s via %q: %s, want %s", tc.remote, tc.xff, got, tc.want)
		}
	}
	a := bucketKey(netip.MustParseAddr("2001:db8:1:2:aaaa::1"))
	b := bucketKey(netip.MustParseAddr("2001:db8:1:2:bbbb::9"))
	c := bucketKey(netip.MustParseAddr("2001:db8:1:3::1"))
	if a != b || a == c {
		t.Errorf("IPv6 buckets: %s %s %s, want one per /64", a, b, c)
	}
}

func TestLimitersEvictLeastRecentlyUsed(t *testing.T) {
	l := newLimitersN(3)
	rl := candor.RateLimit{RequestsPerSecond: 0.001, Burst: 1}
	now := time.Now()
	l.allow("keep", rl, now) // takes keep's only token
	for i := range 10 {
		l.allow("keep", rl, now) // stays most recently used
		l.allow("flood"+strconv.Itoa(i), rl, now)
	}
	if ok, _ := l.allow("keep", rl, now); ok {
		t.Error("a flood of new keys reset an active bucket")
	}
	if l.len() != 3 {
		t.Errorf("%d buckets kept, want 3", l.len())
	}
}

func TestKeyedVerifyIsRateLimited(t *testing.T) {
	h := newHarness(t, func(c *Config) {
		c.Tenants = append(c.Tenants, candor.Tenant{Name: "b", RateLimit: candor.RateLimit{RequestsPerSecond: 0.001, Burst: 1}})
	})
	first := h.do(http.MethodPost, "/v1/verify", "aud-b", "image/png", []byte("\x89PNG garbage"))
	second := h.do(http.MethodPost, "/v1/verify", "aud-b", "image/png", []byte("\x89PNG garbage"))
	if first.Code == http.StatusTooManyRequests || second.Code != http.StatusTooManyRequests || second.Header().Get("Retry-After") == "" {
		t.Errorf("keyed verify: %d then %d", first.Code, second.Code)
	}
}

// TestVerifyConcurrencyBounded: with every verify slot busy, one more waits
// at most a second and answers 503 with Retry-After.
func TestVerifyConcurrencyBounded(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Limits.VerifyConcurrency = 1; c.Limits.VerifyTimeout = 5 * time.Second })
	h.srv.verifySlots <- struct{}{} // a verification in progress
	rec := h.do(http.MethodPost, "/v1/verify", "aud-a", "image/png", []byte("\x89PNG garbage"))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("busy: %d %s", rec.Code, rec.Body)
	}
	<-h.srv.verifySlots
	if rec := h.do(http.MethodPost, "/v1/verify", "aud-a", "image/png", []byte("\x89PNG garbage")); rec.Code == http.StatusServiceUnavailable {
		t.Errorf("free: %d", rec.Code)
	}
}
