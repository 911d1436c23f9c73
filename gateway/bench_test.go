package gateway

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkPolicyCheckHandler is the gateway's own cost per request
// (middleware, auth, decoding, audit wrapper, JSON answer) with fake
// backends and no network.
func BenchmarkPolicyCheckHandler(b *testing.B) {
	h := newHarness(b, nil)
	body := []byte(`{"prompt":"a lighthouse at dusk, oil painting","negative_prompt":"blurry"}`)
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/v1/policy/check", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer gen-a")
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.srv.Handler().ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkPolicyCheckLoopbackFake drives a real listener on 127.0.0.1 with
// 16 concurrent clients and fake backends: the gateway's ceiling over HTTP.
// cmd/candor's BenchmarkPolicyCheckLoopback does the same with the real
// policy engine and audit log.
func BenchmarkPolicyCheckLoopbackFake(b *testing.B) {
	const concurrency = 16
	h := newHarness(b, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.srv.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()
	url := "http://" + ln.Addr().String() + "/v1/policy/check"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrency, MaxConnsPerHost: concurrency}}
	lat := make([]time.Duration, b.N)
	var mu sync.Mutex
	next := 0
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for range concurrency {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= b.N {
					return
				}
				req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(`{"prompt":"a lighthouse at dusk"}`))
				req.Header.Set("Authorization", "Bearer gen-a")
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(t0)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99_ms")
}
