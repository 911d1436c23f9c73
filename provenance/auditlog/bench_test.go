package auditlog

import (
	"context"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkAppendParallel measures audit append throughput and latency with
// many concurrent callers (as under gateway load): 32 goroutines per
// GOMAXPROCS. It reports appends/s and the p50/p99 latency of one Append.
//
// Set CANDOR_AUDITLOG_BENCH_DIR=/dev/shm to measure the code without the disk
// (fsync on tmpfs is free): the CPU ceiling on this machine.
func BenchmarkAppendParallel(b *testing.B) {
	l := openTest(b, benchDir(b))
	defer l.Close()
	ctx := context.Background()
	var mu sync.Mutex
	var lat []time.Duration
	b.SetParallelism(32)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		local := make([]time.Duration, 0, 1024)
		i := 0
		for pb.Next() {
			t0 := time.Now()
			if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
				b.Error(err)
				return
			}
			local = append(local, time.Since(t0))
			i++
		}
		mu.Lock()
		lat = append(lat, local...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	b.StopTimer()
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "appends/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkAppendSerial is one caller at a time: the latency floor of Append.
func BenchmarkAppendSerial(b *testing.B) {
	l := openTest(b, benchDir(b))
	defer l.Close()
	ctx := context.Background()
	e := sampleEntry("acme", 1)
	b.ResetTimer()
	for b.Loop() {
		if _, err := l.Append(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
}

func benchDir(b *testing.B) string {
	base := os.Getenv("CANDOR_AUDITLOG_BENCH_DIR")
	if base == "" {
		return b.TempDir()
	}
	dir, err := os.MkdirTemp(base, "auditlog-bench-")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// BenchmarkNormalize is the per-entry CPU cost of canonical serialisation.
func BenchmarkNormalize(b *testing.B) {
	e := sampleEntry("acme", 2)
	now := time.Now
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := normalize(e, now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAppendOpenLoop2000 issues appends at a fixed 2,000/s (one new
// goroutine every 500 µs, as independent gateway requests arrive) and reports
// the latency they see. Use -benchtime 10000x for a 5 s run.
func BenchmarkAppendOpenLoop2000(b *testing.B) {
	const rate = 2000
	l := openTest(b, benchDir(b))
	defer l.Close()
	ctx := context.Background()
	lat := make([]time.Duration, b.N)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		if d := time.Until(start.Add(time.Duration(i) * time.Second / rate)); d > 0 {
			time.Sleep(d)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
				b.Error(err)
			}
			lat[i] = time.Since(t0)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "appends/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkEntries is one page of 50 from a tenant's history (the audit route).
func BenchmarkEntries(b *testing.B) {
	l := openTest(b, benchDir(b))
	defer l.Close()
	ctx := context.Background()
	fill(b, l, 2000)
	b.ResetTimer()
	for b.Loop() {
		p, err := l.Entries(ctx, Query{Tenant: "globex", After: 500, Limit: 50})
		if err != nil || len(p.Entries) != 50 {
			b.Fatalf("%d entries, %v", len(p.Entries), err)
		}
	}
}

// BenchmarkInclusionProof builds one proof from tiles (the proof route).
func BenchmarkInclusionProof(b *testing.B) {
	l := openTest(b, benchDir(b))
	defer l.Close()
	ctx := context.Background()
	fill(b, l, 2000)
	size := waitCheckpoint(b, l, 2000).Size
	b.ResetTimer()
	i := uint64(0)
	for b.Loop() {
		if _, err := l.InclusionProof(ctx, i%size, size); err != nil {
			b.Fatal(err)
		}
		i += 7
	}
}

// fill appends n entries for two tenants from 64 goroutines.
func fill(b *testing.B, l *Log, n int) {
	b.Helper()
	var wg sync.WaitGroup
	work := make(chan int)
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				tenant := "acme"
				if i%2 == 1 {
					tenant = "globex"
				}
				if _, err := l.Append(context.Background(), sampleEntry(tenant, i)); err != nil {
					b.Error(err)
				}
			}
		}()
	}
	for i := range n {
		work <- i
	}
	close(work)
	wg.Wait()
}
