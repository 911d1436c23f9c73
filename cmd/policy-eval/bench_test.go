package main

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/candor-ai/candor/pipeline/promptclf"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
)

// benchPrompts are policy/bench_test.go's typical requests: short and long
// benign prompts, evasive and plainly denied ones.
var benchPrompts = []policy.Input{
	{Prompt: "a red fox in the snow, watercolor"},
	{Prompt: "a castle on a cliff at sunset, highly detailed, dramatic clouds, cinematic lighting, 8k, matte painting, trending, wide angle, volumetric fog, golden hour", NegativePrompt: "blurry, low quality, nsfw, nude, watermark"},
	{Prompt: "photo of Taylor Swift at a press conference"},
	{Prompt: "n a k e d  p0rn ѕех with Ｔａｙｌｏｒ Ｓｗｉｆｔ"},
	{Prompt: "a castle in the style of Greg Rutkowski", TenantPolicy: policy.TenantPolicy{Categories: map[string]string{"artists": "warn"}, ProtectedPeople: []string{"Jane Doe"}}},
}

// builtinEngine is the built-in policy with no classifier (clf ""), the
// built-in one ("builtin") or the model in CANDOR_PROMPT_BASELINE_DIR
// ("baseline", skipped when unset; see BenchmarkScore).
func builtinEngine(b testing.TB, clf string) *policy.Engine {
	b.Helper()
	cfg := policy.Config{FS: policies.FS}
	if clf != "" {
		lib := os.Getenv("CANDOR_ORT_LIB")
		if _, err := os.Stat(lib); lib == "" || err != nil {
			b.Skipf("ONNX Runtime library not found (CANDOR_ORT_LIB=%q); run `make ort`", lib)
		}
		files := promptclf.Builtin()
		if clf == "baseline" {
			dir := os.Getenv("CANDOR_PROMPT_BASELINE_DIR")
			if dir == "" {
				b.Skip("CANDOR_PROMPT_BASELINE_DIR not set")
			}
			var err error
			if files, err = promptclf.ReadDir(dir); err != nil {
				b.Fatal(err)
			}
		}
		m, err := promptclf.Load(context.Background(), promptclf.Config{Files: files, LibPath: lib})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { m.Close() })
		cfg.Scorer = m
	}
	e, err := policy.New(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkEvaluate is one policy decision (normalisation, the prompt
// classifier, the prepared Rego query) with and without the classifier,
// reporting the 50th and 99th percentile latency. Run it on two cores:
//
//	go test -run '^$' -bench 'Evaluate' -cpu 2 ./cmd/policy-eval/
func BenchmarkEvaluate(b *testing.B) {
	for _, tc := range []struct {
		name string
		clf  string
	}{{"rules", ""}, {"rules+classifier", "builtin"}, {"rules+baseline", "baseline"}} {
		b.Run(tc.name, func(b *testing.B) {
			e := builtinEngine(b, tc.clf)
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
		})
	}
}

// BenchmarkEvaluateParallel is the same under concurrent callers.
func BenchmarkEvaluateParallel(b *testing.B) {
	for _, tc := range []struct {
		name string
		clf  string
	}{{"rules", ""}, {"rules+classifier", "builtin"}} {
		b.Run(tc.name, func(b *testing.B) {
			e := builtinEngine(b, tc.clf)
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
		})
	}
}

// BenchmarkScore is the classifier alone (featurisation and one ONNX
// Runtime run per window) on the bench prompts, normalised, in turn, with
// the 50th and 99th percentile latency. With CANDOR_PROMPT_BASELINE_DIR set
// to another model directory (an earlier models/prompt, say), that model is
// measured in the same run as "baseline", for a ratio on the same machine:
//
//	git show REV:models/prompt/model.onnx > /tmp/old/model.onnx (and labels.json, featurizer.json)
//	CANDOR_PROMPT_BASELINE_DIR=/tmp/old go test -run '^$' -bench Score -cpu 2 ./cmd/policy-eval/
func BenchmarkScore(b *testing.B) {
	lib := os.Getenv("CANDOR_ORT_LIB")
	if _, err := os.Stat(lib); lib == "" || err != nil {
		b.Skip("no ONNX Runtime")
	}
	models := []struct {
		name  string
		files func() (promptclf.Files, error)
	}{{"builtin", func() (promptclf.Files, error) { return promptclf.Builtin(), nil }}}
	if dir := os.Getenv("CANDOR_PROMPT_BASELINE_DIR"); dir != "" {
		models = append(models, struct {
			name  string
			files func() (promptclf.Files, error)
		}{"baseline", func() (promptclf.Files, error) { return promptclf.ReadDir(dir) }})
	}
	texts := make([]string, len(benchPrompts))
	for i, p := range benchPrompts {
		texts[i] = policy.Normalize(p.Prompt).Text
	}
	for _, mc := range models {
		b.Run(mc.name, func(b *testing.B) {
			files, err := mc.files()
			if err != nil {
				b.Fatal(err)
			}
			m, err := promptclf.Load(context.Background(), promptclf.Config{Files: files, LibPath: lib, Sessions: 1})
			if err != nil {
				b.Fatal(err)
			}
			defer m.Close()
			lat := make([]time.Duration, 0, 1<<16)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				// the bench prompts in turn, as Evaluate sees them
				start := time.Now()
				if _, err := m.Score(context.Background(), texts[i%len(texts)], nil); err != nil {
					b.Fatal(err)
				}
				if len(lat) < cap(lat) {
					lat = append(lat, time.Since(start))
				}
				i++
			}
			reportPercentiles(b, lat)
		})
	}
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
