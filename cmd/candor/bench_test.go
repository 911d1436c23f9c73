package main

import (
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkPolicyCheckLoopback drives POST /v1/policy/check over loopback
// against a real server (real policy engine, real audit log, real key store)
// with bounded concurrency, and reports throughput and latency percentiles.
//
//	go test -run '^$' -bench PolicyCheckLoopback -benchtime 5000x ./cmd/candor/
func BenchmarkPolicyCheckLoopback(b *testing.B) {
	for _, conc := range []int{8, 16} {
		b.Run("conc="+strconv.Itoa(conc), func(b *testing.B) { benchCheck(b, conc) })
	}
}

func benchCheck(b *testing.B, concurrency int) {
	dir := filepath.Join(b.TempDir(), "var")
	key := newKey(b, dir, "bench", "generate")
	url, stop := startServe(b, serveOptions{dataDir: dir})
	defer stop()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrency, MaxConnsPerHost: concurrency}}
	prompts := []string{
		`{"prompt":"a lighthouse at dusk, oil painting"}`,
		`{"prompt":"a photo of Al Pacino eating soup"}`,
		`{"prompt":"three red apples on a wooden table","negative_prompt":"blurry"}`,
	}
	do := func(i int) (time.Duration, error) {
		req, _ := http.NewRequest(http.MethodPost, url+"/v1/policy/check", strings.NewReader(prompts[i%len(prompts)]))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Errorf("status %d", resp.StatusCode)
		}
		return time.Since(start), nil
	}
	for i := range 50 { // warm up connections and the policy
		if _, err := do(i); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, b.N)
	var next sync.Mutex
	n := 0
	take := func() (int, bool) {
		next.Lock()
		defer next.Unlock()
		if n >= b.N {
			return 0, false
		}
		n++
		return n - 1, true
	}
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for range concurrency {
		wg.Go(func() {
			for {
				i, ok := take()
				if !ok {
					return
				}
				d, err := do(i)
				if err != nil {
					b.Error(err)
					return
				}
				lat[i] = d
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50_ms")
	b.ReportMetric(pct(0.99), "p99_ms")
}
