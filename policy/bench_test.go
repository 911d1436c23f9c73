package policy

import (
	"context"
	"slices"
	"testing"
	"time"
)

// benchPrompts are typical requests: short and long benign prompts, evasive
// and plainly denied ones.
var benchPrompts = []Input{
	{Prompt: "a red fox in the snow, watercolor"},
	{Prompt: "a castle on a cliff at sunset, highly detailed, dramatic clouds, cinematic lighting, 8k, matte painting, trending, wide angle, volumetric fog, golden hour", NegativePrompt: "blurry, low quality, nsfw, nude, watermark"},
	{Prompt: "photo of Taylor Swift at a press conference"},
	{Prompt: "n a k e d  p0rn ѕех with Ｔａｙｌｏｒ Ｓｗｉｆｔ"},
	{Prompt: "a castle in the style of Greg Rutkowski", TenantPolicy: TenantPolicy{Categories: map[string]string{"artists": "warn"}, ProtectedPeople: []string{"Jane Doe"}}},
}

// BenchmarkEvaluate measures one policy decision (normalisation plus the
// prepared Rego query) and reports the 50th and 99th percentile latency.
// Target: p99 under 100 microseconds.
func BenchmarkEvaluate(b *testing.B) {
	e := builtin(b)
	ctx := context.Background()
	lat := make([]time.Duration, 0, 1<<16)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		in := benchPrompts[i%len(benchPrompts)]
		i++
		start := time.Now()
		if _, err := e.Evaluate(ctx, in); err != nil {
			b.Fatal(err)
		}
		if len(lat) < cap(lat) {
			lat = append(lat, time.Since(start))
		}
	}
	reportPercentiles(b, lat)
}

// BenchmarkEvaluateParallel is the same under concurrent callers.
func BenchmarkEvaluateParallel(b *testing.B) {
	e := builtin(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := e.Evaluate(ctx, benchPrompts[i%len(benchPrompts)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	at := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))].Nanoseconds()) }
	b.ReportMetric(at(0.50), "p50-ns/op")
	b.ReportMetric(at(0.99), "p99-ns/op")
}
