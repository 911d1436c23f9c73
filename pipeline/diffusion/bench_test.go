package diffusion

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/ort"
)

// benchDir is the built-in model when it has been trained, else the tiny one.
func benchDir() string {
	builtin := "../../models/builtin"
	if _, err := os.Stat(filepath.Join(builtin, "model_index.json")); err == nil {
		return builtin
	}
	return tinyDir
}

func benchPipeline(b *testing.B) *Pipeline {
	p, err := Load(context.Background(), Config{Dir: benchDir(), LibPath: orttest.Lib(b)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { p.Close() })
	b.Logf("model %s (%s)", p.Info().Name, benchDir())
	return p
}

func ortTime(sessions ...*ort.Session) time.Duration {
	var d time.Duration
	for _, s := range sessions {
		_, t := s.Stats()
		d += t
	}
	return d
}

// stepState prepares one image's denoising at the default size.
func stepState(b *testing.B, p *Pipeline) (*stepper, []float32) {
	return stepStateN(b, p, 1)
}

// stepStateN prepares the denoising of count images at the default size.
func stepStateN(b *testing.B, p *Pipeline, count int) (*stepper, []float32) {
	w, h, _, g, _ := p.Defaults()
	r, err := p.resolve(pipeline.Request{Width: w, Height: h, Guidance: g})
	if err != nil {
		b.Fatal(err)
	}
	hidden, err := p.encode(context.Background(), []string{"", "a red square on a blue background"})
	if err != nil {
		b.Fatal(err)
	}
	lh, lw := h/p.vaeFactor, w/p.vaeFactor
	x := make([]float32, count*p.latentChannels*lh*lw)
	newNormalSource(1).fill(x)
	st, err := newStepper(context.Background(), p, hidden, lh, lw, count, r.cfg, r.guidance)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(st.close)
	return st, x
}

// BenchmarkUNetStep is one guided denoising step (UNet batch of 2 and the
// guidance sum) at the model's default size. go-overhead-frac is the share
// of the step spent outside ONNX Runtime's Run.
func BenchmarkUNetStep(b *testing.B) {
	p := benchPipeline(b)
	st, x := stepState(b, p)
	ort0 := ortTime(p.unet)
	start := time.Now()
	b.ResetTimer()
	for b.Loop() {
		if _, err := st.predict(x, 500); err != nil {
			b.Fatal(err)
		}
	}
	wall := time.Since(start)
	b.ReportMetric(1-float64(ortTime(p.unet)-ort0)/float64(wall), "go-overhead-frac")
}

// BenchmarkGenerate is one image end to end at the default size and steps.
func BenchmarkGenerate(b *testing.B) {
	p := benchPipeline(b)
	_, _, steps, _, _ := p.Defaults()
	ort0 := ortTime(p.text, p.unet, p.vae)
	start := time.Now()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := p.Generate(context.Background(), pipeline.Request{Prompt: "a red square on a blue background", Seed: uint64(i)}, nil); err != nil {
			b.Fatal(err)
		}
	}
	wall := time.Since(start)
	b.ReportMetric(1-float64(ortTime(p.text, p.unet, p.vae)-ort0)/float64(wall), "go-overhead-frac")
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "ms/image")
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N*steps), "ms/step")
}

// BenchmarkCFGBatchedVsTwoCalls compares the guided step as one UNet call
// on a batch of 2 against two calls on a batch of 1.
func BenchmarkCFGBatchedVsTwoCalls(b *testing.B) {
	p := benchPipeline(b)
	for _, tc := range []struct {
		name     string
		twoCalls bool
	}{{"batched", false}, {"two-calls", true}} {
		b.Run(tc.name, func(b *testing.B) {
			p.cfgTwoCalls = tc.twoCalls
			defer func() { p.cfgTwoCalls = false }()
			st, x := stepState(b, p)
			for b.Loop() {
				if _, err := st.predict(x, 500); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchGenerateN4 makes four images per request at the default size and
// steps, with images batched through the UNet at most maxBatch at a time.
func benchGenerateN4(b *testing.B, maxBatch int) {
	p := benchPipeline(b)
	p.maxBatch = maxBatch
	if maxBatch != 1 && !p.batchable {
		b.Skip("this model's UNet has a fixed batch")
	}
	_, _, steps, _, _ := p.Defaults()
	// One request first, so both paths are timed with ONNX Runtime's
	// buffers for their shapes already allocated.
	if _, err := p.Generate(context.Background(), pipeline.Request{Prompt: "warm up", N: 4}, nil); err != nil {
		b.Fatal(err)
	}
	start, cpu0 := time.Now(), cpuTime()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		res, err := p.Generate(context.Background(), pipeline.Request{Prompt: "a red square on a blue background",
			Seed: uint64(4 * i), N: 4}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Images) != 4 {
			b.Fatalf("%d images", len(res.Images))
		}
	}
	wall, cpu := time.Since(start), cpuTime()-cpu0
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(4*b.N), "ms/image")
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N*steps), "ms/step")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(4*b.N), "cpu-ms/image")
}

// BenchmarkGenerateN4Batched is a request for four images denoised
// together: one UNet call per step on a batch of 8 (guidance halves).
func BenchmarkGenerateN4Batched(b *testing.B) { benchGenerateN4(b, 0) }

// BenchmarkGenerateN4Sequential is the same request with the images
// denoised one after another (MaxBatch 1), four UNet calls of batch 2 per
// step; run it beside BenchmarkGenerateN4Batched to see the gain.
func BenchmarkGenerateN4Sequential(b *testing.B) { benchGenerateN4(b, 1) }

// BenchmarkUNetStepImages is one guided step for 1, 2, 4 and 8 images in
// one UNet call (batch 2, 4, 8, 16); ms/image-step shows what batching
// saves per image on this machine.
func BenchmarkUNetStepImages(b *testing.B) {
	p := benchPipeline(b)
	if !p.batchable {
		b.Skip("this model's UNet has a fixed batch")
	}
	for _, count := range []int{1, 2, 4, 8} {
		b.Run(fmt.Sprintf("images=%d", count), func(b *testing.B) {
			st, x := stepStateN(b, p, count)
			if _, err := st.predict(x, 500); err != nil { // warm up
				b.Fatal(err)
			}
			start, cpu0 := time.Now(), cpuTime()
			for b.Loop() {
				if _, err := st.predict(x, 500); err != nil {
					b.Fatal(err)
				}
			}
			n := float64(b.N * count)
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000/n, "ms/image-step")
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/n, "cpu-ms/image-step")
		})
	}
}
