package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/diffusion"
)

// BenchmarkPolicyCheckLoopback drives POST /v1/policy/check over loopback
// against a real server (real policy engine, real audit log, real key store)
// with bounded concurrency, and reports throughput and latency percentiles.
//
// classifier=off is the rules alone (the policy before the prompt
// classifier); classifier=builtin is the default.
//
//	go test -run '^$' -bench PolicyCheckLoopback -benchtime 5000x ./cmd/candor/
func BenchmarkPolicyCheckLoopback(b *testing.B) {
	for _, clf := range []string{"off", "builtin"} {
		for _, conc := range []int{8, 16} {
			b.Run("classifier="+clf+"/conc="+strconv.Itoa(conc), func(b *testing.B) { benchCheck(b, conc, clf) })
		}
	}
}

// checkServer starts a real server with policy.classifier set to
// classifier and returns a function that sends n policy checks to it from
// concurrency clients, each latency written to lat[i] for i in [from,
// from+n), and the wall time they took.
func checkServer(b *testing.B, concurrency int, classifier string) func(lat []time.Duration, from, n int) time.Duration {
	dir := filepath.Join(b.TempDir(), "var")
	key := newKey(b, dir, "bench", "generate")
	cfg := filepath.Join(b.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte("policy: {classifier: '"+classifier+"'}\n"), 0o600); err != nil {
		b.Fatal(err)
	}
	url, stop := startServe(b, serveOptions{dataDir: dir, configPath: cfg})
	b.Cleanup(func() { _ = stop() })
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
	return func(lat []time.Duration, from, n int) time.Duration {
		var next sync.Mutex
		k := 0
		take := func() (int, bool) {
			next.Lock()
			defer next.Unlock()
			if k >= n {
				return 0, false
			}
			k++
			return from + k - 1, true
		}
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
		return time.Since(start)
	}
}

// percentileMs is the p-th quantile of sorted latencies, in milliseconds.
func percentileMs(sorted []time.Duration, p float64) float64 {
	return float64(sorted[int(p*float64(len(sorted)-1))].Microseconds()) / 1000
}

func benchCheck(b *testing.B, concurrency int, classifier string) {
	run := checkServer(b, concurrency, classifier)
	lat := make([]time.Duration, b.N)
	b.ResetTimer()
	elapsed := run(lat, 0, b.N)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(percentileMs(lat, 0.50), "p50_ms")
	b.ReportMetric(percentileMs(lat, 0.99), "p99_ms")
}

// BenchmarkPolicyCheckClassifierRatio is the route with the built-in
// classifier against the same route without it (the policy before the
// classifier), in one run: two real servers, and rounds of 250 checks
// against each in turn (which goes first alternates), so a change in the
// machine's load falls on both. b.N checks go to each server. It reports
// each one's throughput (off_, vs_) and x, the second server's throughput
// over the first's. vs=builtin is the classifier's cost; vs=off is a
// control, two servers without it, whose x shows how far the machine's
// noise alone moves x from 1.
//
//	go test -run '^$' -bench PolicyCheckClassifierRatio -benchtime 4000x ./cmd/candor/
func BenchmarkPolicyCheckClassifierRatio(b *testing.B) {
	for _, conc := range []int{8, 16} {
		for _, second := range []string{"builtin", "off"} {
			b.Run("conc="+strconv.Itoa(conc)+"/vs="+second, func(b *testing.B) {
				first, other := checkServer(b, conc, "off"), checkServer(b, conc, second)
				latA, latB := make([]time.Duration, b.N), make([]time.Duration, b.N)
				var tA, tB time.Duration
				b.ResetTimer()
				for from, round := 0, 0; from < b.N; from, round = from+250, round+1 {
					n := min(250, b.N-from)
					if round%2 == 0 {
						tA += first(latA, from, n)
						tB += other(latB, from, n)
					} else {
						tB += other(latB, from, n)
						tA += first(latA, from, n)
					}
				}
				b.StopTimer()
				slices.Sort(latA)
				slices.Sort(latB)
				b.ReportMetric(float64(b.N)/tA.Seconds(), "off_req/s")
				b.ReportMetric(float64(b.N)/tB.Seconds(), "vs_req/s")
				b.ReportMetric(tA.Seconds()/tB.Seconds(), "x")
				b.ReportMetric(percentileMs(latA, 0.99), "off_p99_ms")
				b.ReportMetric(percentileMs(latB, 0.99), "vs_p99_ms")
			})
		}
	}
}

// BenchmarkImagesOverhead measures what the gateway adds to diffusion: each
// iteration runs the built-in model's pipeline alone, then the same request
// through POST /v1/images/generations on a real server (policy, queue,
// diffusion, the nsfw classifier and output policy, signing, PNG encoding,
// two audit appends), alternating so both see the same machine. It reports
// both times, the overhead as a share of the pipeline, and the mean of each
// stage from the answers' candor.timings_ms.
//
//	go test -run '^$' -bench ImagesOverhead -benchtime 30x ./cmd/candor/
func BenchmarkImagesOverhead(b *testing.B) {
	lib, err := resolveORTLib("")
	if err != nil {
		b.Skip(err)
	}
	dir := filepath.Join(b.TempDir(), "var")
	key := newKey(b, dir, "bench", "generate")
	// Bias sampling off: its background pictures would run during the
	// pipeline-alone half of each iteration.
	cfg := filepath.Join(b.TempDir(), "c.yaml")
	if err := os.WriteFile(cfg, []byte("bias: {seeds: 0}\n"), 0o600); err != nil {
		b.Fatal(err)
	}
	url, stop := startServe(b, serveOptions{dataDir: dir, configPath: cfg})
	defer stop()
	modelDir, err := resolveModelDir("", dir)
	if err != nil {
		b.Fatal(err)
	}
	pipe, err := diffusion.Load(context.Background(), diffusion.Config{Dir: modelDir, LibPath: lib})
	if err != nil {
		b.Fatal(err)
	}
	defer pipe.Close()
	body := `{"prompt":"a small red circle on the left on a blue background","seed":7}`
	post := func() (map[string]float64, error) {
		req, _ := http.NewRequest(http.MethodPost, url+"/v1/images/generations", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		var out struct {
			Candor struct {
				TimingsMS map[string]float64 `json:"timings_ms"`
				Images    []struct {
					TimingsMS map[string]float64 `json:"timings_ms"`
				} `json:"images"`
			} `json:"candor"`
		}
		if resp.StatusCode != 200 {
			return nil, fmt.Errorf("status %d", resp.StatusCode)
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return nil, err
		}
		st := maps.Clone(out.Candor.TimingsMS)
		for _, im := range out.Candor.Images {
			for k, v := range im.TimingsMS {
				st[k] += v
			}
		}
		return st, nil
	}
	gen := func() error {
		_, err := pipe.Generate(context.Background(), pipeline.Request{Prompt: "a small red circle on the left on a blue background", Seed: 7, N: 1}, nil)
		return err
	}
	for range 3 { // warm up both
		if err := gen(); err != nil {
			b.Fatal(err)
		}
		if _, err := post(); err != nil {
			b.Fatal(err)
		}
	}
	var pipeT, httpT time.Duration
	stages := map[string]float64{}
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		if err := gen(); err != nil {
			b.Fatal(err)
		}
		pipeT += time.Since(t0)
		t0 = time.Now()
		st, err := post()
		if err != nil {
			b.Fatal(err)
		}
		httpT += time.Since(t0)
		for k, v := range st {
			stages[k] += v
		}
	}
	n := float64(b.N)
	pm, hm := float64(pipeT.Microseconds())/1000/n, float64(httpT.Microseconds())/1000/n
	b.ReportMetric(pm, "pipeline-ms")
	b.ReportMetric(hm, "http-ms")
	b.ReportMetric(100*(hm-pm)/pm, "overhead-%")
	for _, k := range []string{"policy", "diffusion", "safety", "sign", "audit"} {
		b.ReportMetric(stages[k]/n, k+"-ms")
	}
	b.ReportMetric(100*stages["safety"]/n/pm, "classifier-%-of-generation")
}

// BenchmarkSamplingLatency measures what bias sampling costs users: the same
// closed loop of people prompts (each one sampled over 8 more seeds when
// sampling is on) with idle gaps between requests, long enough for the
// sampler to start pictures, first against a server with sampling off and
// then against one with it on (each stopped before the other starts, so
// neither's background work touches the other's requests). It reports p50
// and p99 of both and the p99 difference (target within 10%).
//
//	go test -run '^$' -bench SamplingLatency -benchtime 40x ./cmd/candor/
func BenchmarkSamplingLatency(b *testing.B) {
	if _, err := resolveORTLib(""); err != nil {
		b.Skip(err)
	}
	phase := func(seeds int) ([]time.Duration, float64) {
		dir := filepath.Join(b.TempDir(), "var")
		key := newKey(b, dir, "bench", "generate")
		cfg := filepath.Join(b.TempDir(), "c.yaml")
		if err := os.WriteFile(cfg, []byte(fmt.Sprintf("bias: {seeds: %d, people_always: true, sample_rate: 0}\n", seeds)), 0o600); err != nil {
			b.Fatal(err)
		}
		url, stop := startServe(b, serveOptions{dataDir: dir, configPath: cfg})
		defer stop()
		do := func(i int) time.Duration {
			body := fmt.Sprintf(`{"prompt":"a nurse on a green background","seed":%d}`, i)
			req, _ := http.NewRequest(http.MethodPost, url+"/v1/images/generations", strings.NewReader(body))
			req.Header.Set("Authorization", "Bearer "+key)
			req.Header.Set("Content-Type", "application/json")
			t0 := time.Now()
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Fatalf("status %d", resp.StatusCode)
			}
			return time.Since(t0)
		}
		for i := range 3 {
			do(i)
		}
		var lat []time.Duration
		for i := range b.N {
			time.Sleep(time.Duration(300+(i*37)%300) * time.Millisecond)
			lat = append(lat, do(i))
		}
		// What the sampler measured meanwhile (0 when off).
		code, body := call(b, http.MethodGet, url+"/metrics", "", "")
		measured := 0.0
		if code == 200 {
			for _, line := range strings.Split(string(body), "\n") {
				if strings.HasPrefix(line, "candor_bias_samples_measured_total ") {
					measured, _ = strconv.ParseFloat(strings.Fields(line)[1], 64)
				}
			}
		}
		return lat, measured
	}
	b.ResetTimer()
	off, _ := phase(0)
	on, sampled := phase(8)
	b.StopTimer()
	pct := func(xs []time.Duration, p float64) float64 {
		s := slices.Clone(xs)
		slices.Sort(s)
		return float64(s[min(len(s)-1, int(p*float64(len(s))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(on, 0.5), "on-p50-ms")
	b.ReportMetric(pct(off, 0.5), "off-p50-ms")
	b.ReportMetric(pct(on, 0.99), "on-p99-ms")
	b.ReportMetric(pct(off, 0.99), "off-p99-ms")
	b.ReportMetric(100*(pct(on, 0.99)/pct(off, 0.99)-1), "p99-diff-%")
	b.ReportMetric(sampled, "sampled-pictures")
}

// BenchmarkLoadMix drives the real server (built-in model, real policy,
// classifier, signer and audit log) with 1, 2 and 4 clients for 6 s each,
// every third request a generation and the rest policy checks, and reports
// images/s, checks/s and both p99s.
//
//	go test -run '^$' -bench LoadMix -benchtime 1x ./cmd/candor/
func BenchmarkLoadMix(b *testing.B) {
	if _, err := resolveORTLib(""); err != nil {
		b.Skip(err)
	}
	for _, clients := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "var")
			key := newKey(b, dir, "bench", "generate")
			cfg := filepath.Join(b.TempDir(), "c.yaml")
			if err := os.WriteFile(cfg, []byte("bias: {seeds: 0}\nserver: {limits: {max_waiting: 16}}\n"), 0o600); err != nil {
				b.Fatal(err)
			}
			url, stop := startServe(b, serveOptions{dataDir: dir, configPath: cfg})
			defer stop()
			var mu sync.Mutex
			var gens, checks []time.Duration
			deadline := time.Now().Add(6 * time.Second)
			var wg sync.WaitGroup
			b.ResetTimer()
			for c := range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; time.Now().Before(deadline); i++ {
						path, body := "/v1/policy/check", `{"prompt":"a lighthouse at dusk"}`
						gen := i%3 == 0
						if gen {
							path, body = "/v1/images/generations", fmt.Sprintf(`{"prompt":"a small red circle on the left","seed":%d}`, c*10000+i)
						}
						req, _ := http.NewRequest(http.MethodPost, url+path, strings.NewReader(body))
						req.Header.Set("Authorization", "Bearer "+key)
						req.Header.Set("Content-Type", "application/json")
						t0 := time.Now()
						resp, err := http.DefaultClient.Do(req)
						if err != nil {
							b.Error(err)
							return
						}
						_, _ = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						d := time.Since(t0)
						if resp.StatusCode != 200 {
							continue
						}
						mu.Lock()
						if gen {
							gens = append(gens, d)
						} else {
							checks = append(checks, d)
						}
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			b.StopTimer()
			p99 := func(xs []time.Duration) float64 {
				if len(xs) == 0 {
					return 0
				}
				s := slices.Clone(xs)
				slices.Sort(s)
				return float64(s[min(len(s)-1, int(0.99*float64(len(s))))].Microseconds()) / 1000
			}
			b.ReportMetric(float64(len(gens))/6, "images/s")
			b.ReportMetric(float64(len(checks))/6, "checks/s")
			b.ReportMetric(p99(gens), "image-p99-ms")
			b.ReportMetric(p99(checks), "check-p99-ms")
		})
	}
}
