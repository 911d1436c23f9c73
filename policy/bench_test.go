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

// benchImages are typical output decisions: a benign image, a suggestive one
// under a tenant's thresholds, and an explicit one after a prompt warning.
var benchImages = []OutputInput{
	{Scores: map[string]float64{"nsfw.drawing": 0.9, "nsfw.hentai": 0.04, "nsfw.neutral": 0.04, "nsfw.porn": 0.01, "nsfw.sexy": 0.01}, Prompt: Decision{Allow: true}},
	{Scores: map[string]float64{"nsfw.drawing": 0.1, "nsfw.hentai": 0.05, "nsfw.neutral": 0.1, "nsfw.porn": 0.05, "nsfw.sexy": 0.7, "custom.unsafe": 0.2, "custom.other": 0.8},
		Prompt: Decision{Allow: true}, Tenant: "museum",
		Base:             map[string]map[string]float64{"custom.unsafe": {"block": 0.5}},
		TenantThresholds: map[string]map[string]float64{"nsfw.sexy": {"blur": 0.5}}},
	{Scores: map[string]float64{"nsfw.drawing": 0.05, "nsfw.hentai": 0.1, "nsfw.neutral": 0.05, "nsfw.porn": 0.7, "nsfw.sexy": 0.1},
		Prompt: Decision{Allow: true, Warnings: []Reason{{Rule: "explicit.nudity", Category: "explicit", Message: "m", Severity: "warn"}}}},
}

// BenchmarkEvaluateOutput measures one output decision (score checks plus
// the prepared Rego query) and reports the 50th and 99th percentile latency.
func BenchmarkEvaluateOutput(b *testing.B) {
	e := builtin(b)
	ctx := context.Background()
	lat := make([]time.Duration, 0, 1<<16)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		in := benchImages[i%len(benchImages)]
		i++
		start := time.Now()
		if _, err := e.EvaluateOutput(ctx, in); err != nil {
			b.Fatal(err)
		}
		if len(lat) < cap(lat) {
			lat = append(lat, time.Since(start))
		}
	}
	reportPercentiles(b, lat)
}
