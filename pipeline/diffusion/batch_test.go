package diffusion

import (
	"context"
	"errors"
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/pipeline"
)

// batchTolerance is how many 8-bit levels an image denoised in a batch may
// differ from the same image denoised alone: ONNX Runtime's kernels may
// round a batch differently in the last bits. Measured: 0 on the tiny model
// and the built-in one (see TestBatchedMatchesAlone's log).
const batchTolerance = 1

func loadBatch(tb testing.TB, dir string, maxBatch int) *Pipeline {
	tb.Helper()
	p, err := Load(context.Background(), Config{Dir: dir, LibPath: orttest.Lib(tb), Threads: 1, MaxBatch: maxBatch})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { p.Close() })
	return p
}

// TestBatchedMatchesAlone checks that images denoised together (one UNet
// call per step for all of them) are the images asked for one at a time,
// for every scheduler (euler_a draws per-image ancestral noise, dpmpp_2m
// keeps per-image history), with and without guidance, and when a request
// is split into batches by MaxBatch.
func TestBatchedMatchesAlone(t *testing.T) {
	dirs := []string{tinyDir}
	if _, err := os.Stat(filepath.Join(builtinDir, "model_index.json")); err == nil {
		dirs = append(dirs, builtinDir)
	}
	for _, dir := range dirs {
		batched, seq, split := loadBatch(t, dir, 0), loadBatch(t, dir, 1), loadBatch(t, dir, 2)
		if !batched.batchable {
			t.Fatalf("%s: UNet batch is dynamic, but the pipeline does not batch", dir)
		}
		w, h, _, _, _ := batched.Defaults()
		for _, sched := range []string{"ddim", "euler", "euler_a", "dpmpp_2m"} {
			for _, g := range []float32{0, 1} {
				name := filepath.Base(dir) + "/" + sched
				if g == 1 {
					name += "/no-guidance"
				}
				t.Run(name, func(t *testing.T) {
					req := pipeline.Request{Prompt: "a red square", NegativePrompt: "blue", Seed: 77, N: 3,
						Steps: 6, Scheduler: sched, Guidance: g, Width: w, Height: h}
					want := gen(t, seq, req)
					worst := 0
					for _, p := range []*Pipeline{batched, split} {
						got := gen(t, p, req)
						if len(got.Images) != 3 {
							t.Fatalf("%d images", len(got.Images))
						}
						for i, im := range got.Images {
							if im.Seed != 77+uint64(i) {
								t.Errorf("image %d seed %d", i, im.Seed)
							}
							d := maxDiff(im.Pixels, want.Images[i].Pixels)
							worst = max(worst, d)
							if d > batchTolerance {
								t.Errorf("max batch %d: image %d differs from sequential by %d levels", p.maxBatch, i, d)
							}
						}
					}
					// And sequential image 2 is image 0 of a request seeded 79.
					alone := gen(t, seq, pipeline.Request{Prompt: req.Prompt, NegativePrompt: req.NegativePrompt,
						Seed: 79, Steps: 6, Scheduler: sched, Guidance: g, Width: w, Height: h})
					if d := maxDiff(alone.Images[0].Pixels, want.Images[2].Pixels); d != 0 {
						t.Errorf("sequential image 2 differs from seed 79 alone by %d levels", d)
					}
					if maxDiff(want.Images[0].Pixels, want.Images[1].Pixels) == 0 {
						t.Error("images 0 and 1 identical")
					}
					t.Logf("max pixel difference batched vs alone: %d", worst)
				})
			}
		}
	}
}

// TestBatchedProgress checks the progress contract when images run
// together: one call per image per step, counting 1..n*steps, each preview
// showing its own image.
func TestBatchedProgress(t *testing.T) {
	p := tiny(t)
	if p.batchSize(resolved{n: 3}) != 3 {
		t.Fatal("tiny model does not batch")
	}
	var steps []int
	var previews []*image.NRGBA
	res, err := p.Generate(context.Background(), pipeline.Request{Prompt: "x", Steps: 2, N: 3},
		func(step, total int, preview func() (*image.NRGBA, error)) {
			if total != 6 {
				t.Errorf("total %d", total)
			}
			steps = append(steps, step)
			if step > 3 { // the last step of images 0, 1, 2
				img, err := preview()
				if err != nil {
					t.Fatal(err)
				}
				previews = append(previews, img)
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range steps {
		if s != i+1 {
			t.Fatalf("progress steps %v", steps)
		}
	}
	if len(steps) != 6 || len(previews) != 3 {
		t.Fatalf("progress steps %v, %d previews", steps, len(previews))
	}
	for i, im := range previews {
		// After the last step the preview is the image itself.
		if d := maxDiff(im, res.Images[i].Pixels); d != 0 {
			t.Errorf("preview %d differs from image %d by %d levels", i, i, d)
		}
	}
}

// TestBatchingVariants runs n=3 through UNets that batch (an int64 scalar
// timestep) and ones that cannot (a fixed batch of 2 or 1: one image at a
// time), each against the tiny model denoising one image at a time.
func TestBatchingVariants(t *testing.T) {
	ref := loadBatch(t, tinyDir, 1)
	for _, tc := range []struct {
		src       string
		batchable bool
		guidance  float32
	}{
		{"unet_int64_scalar.onnx", true, 0},
		{"unet_int64_scalar.onnx", true, 1},
		{"unet_static.onnx", false, 0},
		{"unet_batch1.onnx", false, 0},
		{"unet_batch1.onnx", false, 1},
	} {
		t.Run(tc.src, func(t *testing.T) {
			dir := copyTiny(t)
			if err := copyFile(filepath.Join(variantsDir, tc.src), filepath.Join(dir, "unet/model.onnx")); err != nil {
				t.Fatal(err)
			}
			v := load(t, dir)
			if v.batchable != tc.batchable {
				t.Fatalf("batchable = %v, want %v", v.batchable, tc.batchable)
			}
			req := pipeline.Request{Prompt: "a red square", Seed: 5, N: 3, Guidance: tc.guidance}
			want, got := gen(t, ref, req), gen(t, v, req)
			for i := range want.Images {
				if d := maxDiff(got.Images[i].Pixels, want.Images[i].Pixels); d > 1 {
					t.Errorf("image %d differs from the reference by %d levels", i, d)
				}
			}
		})
	}
}

// TestBatchedCancellation cancels a batched request between steps.
func TestBatchedCancellation(t *testing.T) {
	p := tiny(t)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := p.Generate(ctx, pipeline.Request{Prompt: "x", Steps: 10, N: 4}, func(step, _ int, _ func() (*image.NRGBA, error)) {
		calls++
		if step == 6 { // image 1 after step 2
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if calls != 6 {
		t.Errorf("%d progress calls, want none after cancelling at the 6th", calls)
	}
}
