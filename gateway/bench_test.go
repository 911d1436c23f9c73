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

	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance/auditlog"
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
	loopback(b, newHarness(b, nil), 16)
}

// BenchmarkPolicyCheckLoopbackParts swaps in the real policy engine and the
// real audit log one at a time, to show which part costs what; runs with the
// real log also report the merge delay's p99 (acknowledgement to a published
// checkpoint), and the last one the log under DurabilityProcess:
//
//	go test -run '^$' -bench LoopbackParts -benchtime 3000x ./gateway/
func BenchmarkPolicyCheckLoopbackParts(b *testing.B) {
	for _, tc := range []struct {
		name                  string
		realPolicy, realAudit bool
		durability            auditlog.Durability
	}{
		{"policy=real,audit=fake", true, false, 0},
		{"policy=fake,audit=real", false, true, auditlog.DurabilityFsync},
		{"policy=real,audit=real", true, true, auditlog.DurabilityFsync},
		{"policy=real,audit=real,durability=process", true, true, auditlog.DurabilityProcess},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var mu sync.Mutex
			var merge []time.Duration
			var alog *auditlog.Log
			h := newHarness(b, func(c *Config) {
				if tc.realPolicy {
					e, err := policy.New(context.Background(), policy.Config{FS: policies.FS})
					if err != nil {
						b.Fatal(err)
					}
					c.Policy = e
				}
				if tc.realAudit {
					l, err := auditlog.Open(context.Background(), auditlog.Config{Dir: b.TempDir(), Durability: tc.durability,
						ObserveMergeDelay: func(d time.Duration) {
							mu.Lock()
							merge = append(merge, d)
							mu.Unlock()
						}})
					if err != nil {
						b.Fatal(err)
					}
					b.Cleanup(func() { l.Close() })
					c.Audit = realAudit{l}
					alog = l
				}
			})
			loopback(b, h, benchConcurrency)
			if alog == nil {
				return
			}
			// The merge delay (acknowledgement to a published checkpoint
			// covering the entry) of every entry the run appended.
			if err := alog.Sync(context.Background()); err != nil {
				b.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(merge) > 0 {
				slices.Sort(merge)
				b.ReportMetric(float64(merge[len(merge)*99/100].Microseconds())/1000, "merge_p99_ms")
			}
		})
	}
}

// realAudit is the part of auditlog.Log the policy check route uses.
type realAudit struct{ *auditlog.Log }

func (realAudit) Entries(context.Context, AuditQuery) (AuditPage, error) { return AuditPage{}, nil }
func (realAudit) Entry(context.Context, uint64) (auditlog.Entry, error) {
	return auditlog.Entry{}, ErrNotFound
}

// benchConcurrency is the number of concurrent clients in the Parts benchmark.
const benchConcurrency = 16

func loopback(b *testing.B, h *harness, concurrency int) {
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
