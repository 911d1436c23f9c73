package diffusion

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/ort"
)

const (
	tinyDir     = "../testmodels/testdata/tiny"
	variantsDir = "../testmodels/testdata/variants"
	builtinDir  = "../../models/builtin"
)

func load(tb testing.TB, dir string) *Pipeline {
	tb.Helper()
	p, err := Load(context.Background(), Config{Dir: dir, LibPath: orttest.Lib(tb), Threads: 1})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { p.Close() })
	return p
}

var (
	sharedOnce sync.Once
	shared     *Pipeline
	sharedErr  error
)

// tiny returns one shared pipeline over the committed tiny model.
func tiny(t *testing.T) *Pipeline {
	t.Helper()
	lib := orttest.Lib(t)
	sharedOnce.Do(func() {
		shared, sharedErr = Load(context.Background(), Config{Dir: tinyDir, LibPath: lib, Threads: 1})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

// copyTiny copies the tiny model into a temporary directory for mutation.
func copyTiny(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(tinyDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(tinyDir, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

func gen(t *testing.T, p *Pipeline, req pipeline.Request) pipeline.Result {
	t.Helper()
	res, err := p.Generate(context.Background(), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func maxDiff(a, b *image.NRGBA) int {
	d := 0
	for i := range a.Pix {
		d = max(d, int(a.Pix[i])-int(b.Pix[i]), int(b.Pix[i])-int(a.Pix[i]))
	}
	return d
}

func TestLoadDefaultsAndInfo(t *testing.T) {
	p := tiny(t)
	w, h, steps, g, s := p.Defaults()
	if w != 64 || h != 64 || steps != 8 || g != 5 || s != "ddim" {
		t.Errorf("Defaults = %d %d %d %v %s", w, h, steps, g, s)
	}
	if p.vaeFactor != 8 || p.scaling != 0.5 || p.latentChannels != 4 {
		t.Errorf("factor %d scaling %v channels %d", p.vaeFactor, p.scaling, p.latentChannels)
	}
	info := p.Info()
	if info.Name != "candor-tiny-test" {
		t.Errorf("name %q", info.Name)
	}
	for _, f := range requiredFiles {
		b, err := os.ReadFile(filepath.Join(tinyDir, f))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if info.Files[f] != hex.EncodeToString(sum[:]) {
			t.Errorf("hash of %s = %q", f, info.Files[f])
		}
	}
	if len(info.Files) != 10 {
		t.Errorf("%d files hashed, want 10: %v", len(info.Files), info.Files)
	}
	info.Files["x"] = "y"
	if _, ok := p.Info().Files["x"]; ok {
		t.Error("Info shares its map")
	}
}

func TestGenerateDeterministic(t *testing.T) {
	p := tiny(t)
	req := pipeline.Request{Prompt: "a red square on a blue background", Seed: 42}
	a, b := gen(t, p, req), gen(t, p, req)
	if len(a.Images) != 1 || a.Images[0].Pixels.Bounds() != image.Rect(0, 0, 64, 64) {
		t.Fatalf("images %v", a.Images)
	}
	if !bytes.Equal(a.Images[0].Pixels.Pix, b.Images[0].Pixels.Pix) {
		t.Error("same seed, different bytes")
	}
	if a.Width != 64 || a.Height != 64 || a.Steps != 8 || a.Guidance != 5 || a.Scheduler != "ddim" || a.Images[0].Seed != 42 {
		t.Errorf("result %+v", a)
	}
	// A request context (with Done, so runs can be terminated) changes nothing.
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	d, err := p.Generate(ctx, req, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Images[0].Pixels.Pix, d.Images[0].Pixels.Pix) {
		t.Error("cancellable context, different bytes")
	}
	req.Seed = 43
	c := gen(t, p, req)
	if bytes.Equal(a.Images[0].Pixels.Pix, c.Images[0].Pixels.Pix) {
		t.Error("different seeds, same bytes")
	}
	// The picture is not flat.
	px := a.Images[0].Pixels
	lo, hi := 255, 0
	for i := 0; i < len(px.Pix); i += 4 {
		lo, hi = min(lo, int(px.Pix[i])), max(hi, int(px.Pix[i]))
	}
	if hi-lo < 10 {
		t.Errorf("flat image: red in %d..%d", lo, hi)
	}
}

func TestNImagesReproducibleAlone(t *testing.T) {
	p := tiny(t)
	res := gen(t, p, pipeline.Request{Prompt: "a cat", Seed: 100, N: 3})
	if len(res.Images) != 3 {
		t.Fatalf("%d images", len(res.Images))
	}
	for i, im := range res.Images {
		if im.Seed != 100+uint64(i) {
			t.Errorf("image %d seed %d", i, im.Seed)
		}
	}
	if bytes.Equal(res.Images[0].Pixels.Pix, res.Images[1].Pixels.Pix) {
		t.Error("images 0 and 1 identical")
	}
	// The three were denoised as one batch; image 1 is seed 101 alone, up to
	// the batched kernels' rounding (see Generate).
	alone := gen(t, p, pipeline.Request{Prompt: "a cat", Seed: 101})
	if d := maxDiff(alone.Images[0].Pixels, res.Images[1].Pixels); d > batchTolerance {
		t.Errorf("image 1 differs from the same seed asked alone by %d levels", d)
	}
}

func TestPromptAndNegativePromptMatter(t *testing.T) {
	p := tiny(t)
	base := gen(t, p, pipeline.Request{Prompt: "a cat", Seed: 7})
	neg := gen(t, p, pipeline.Request{Prompt: "a cat", NegativePrompt: "a dog in the rain", Seed: 7})
	other := gen(t, p, pipeline.Request{Prompt: "a green circle", Seed: 7})
	if bytes.Equal(base.Images[0].Pixels.Pix, neg.Images[0].Pixels.Pix) {
		t.Error("negative prompt changed nothing")
	}
	if bytes.Equal(base.Images[0].Pixels.Pix, other.Images[0].Pixels.Pix) {
		t.Error("prompt changed nothing")
	}
	// With guidance 1 only the conditional half runs: the negative prompt is unused.
	g1a := gen(t, p, pipeline.Request{Prompt: "a cat", Seed: 7, Guidance: 1})
	g1b := gen(t, p, pipeline.Request{Prompt: "a cat", NegativePrompt: "a dog", Seed: 7, Guidance: 1})
	if !bytes.Equal(g1a.Images[0].Pixels.Pix, g1b.Images[0].Pixels.Pix) {
		t.Error("guidance 1 used the negative prompt")
	}
}

func TestSchedulersAndSizes(t *testing.T) {
	p := tiny(t)
	for _, tc := range []struct {
		sched string
		w, h  int
		steps int
	}{
		{"ddim", 64, 64, 3}, {"euler", 64, 64, 5}, {"euler_a", 64, 64, 5}, {"dpmpp_2m", 64, 64, 5},
		{"dpmpp_2m", 128, 64, 2}, {"euler_a", 32, 96, 2}, {"ddim", 8, 8, 1}, {"ddim", 64, 64, 150},
	} {
		t.Run(tc.sched, func(t *testing.T) {
			req := pipeline.Request{Prompt: "x", Seed: 1, Scheduler: tc.sched, Width: tc.w, Height: tc.h, Steps: tc.steps}
			a := gen(t, p, req)
			if a.Images[0].Pixels.Bounds() != image.Rect(0, 0, tc.w, tc.h) || a.Scheduler != tc.sched || a.Steps != tc.steps {
				t.Fatalf("result %+v bounds %v", a, a.Images[0].Pixels.Bounds())
			}
			b := gen(t, p, req)
			if !bytes.Equal(a.Images[0].Pixels.Pix, b.Images[0].Pixels.Pix) {
				t.Error("not deterministic")
			}
		})
	}
}

func TestProgressAndPreview(t *testing.T) {
	p := tiny(t)
	var steps []int
	previews := 0
	_, err := p.Generate(context.Background(), pipeline.Request{Prompt: "x", Steps: 4, N: 2},
		func(step, total int, preview func() (*image.NRGBA, error)) {
			if total != 8 {
				t.Errorf("total %d", total)
			}
			steps = append(steps, step)
			if step == 2 || step == 8 {
				img, err := preview()
				if err != nil || img.Bounds().Dx() != 64 {
					t.Errorf("preview: %v", err)
				}
				previews++
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 8 || steps[0] != 1 || steps[7] != 8 || previews != 2 {
		t.Errorf("progress steps %v previews %d", steps, previews)
	}
	// A preview must not change the result.
	a := gen(t, p, pipeline.Request{Prompt: "x", Steps: 4, Scheduler: "euler"})
	b, _ := p.Generate(context.Background(), pipeline.Request{Prompt: "x", Steps: 4, Scheduler: "euler"},
		func(_, _ int, preview func() (*image.NRGBA, error)) { preview() })
	if !bytes.Equal(a.Images[0].Pixels.Pix, b.Images[0].Pixels.Pix) {
		t.Error("preview changed the image")
	}
}

func TestCancellation(t *testing.T) {
	p := tiny(t)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := p.Generate(ctx, pipeline.Request{Prompt: "x", Steps: 50, N: 2}, func(step, _ int, _ func() (*image.NRGBA, error)) {
		calls++
		if step == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if calls != 3 {
		t.Errorf("%d progress calls after cancelling at 3", calls)
	}
	if _, err := p.Generate(ctx, pipeline.Request{Prompt: "x"}, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("pre-cancelled: %v", err)
	}
}

func TestBadRequests(t *testing.T) {
	p := tiny(t)
	if err := p.Validate(pipeline.Request{Prompt: "x", Width: 128, Height: 64, Steps: 150, Guidance: 20, N: MaxImages, Scheduler: "euler_a"}); err != nil {
		t.Errorf("Validate(good) = %v", err)
	}
	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	for _, tc := range []struct {
		name string
		req  pipeline.Request
	}{
		{"not multiple of 8", pipeline.Request{Width: 60, Height: 64}},
		{"only width", pipeline.Request{Width: 64}},
		{"negative size", pipeline.Request{Width: -64, Height: -64}},
		{"too large", pipeline.Request{Width: 4096, Height: 64}},
		{"huge", pipeline.Request{Width: 1 << 30, Height: 1 << 30}},
		{"steps over 150", pipeline.Request{Steps: 151}},
		{"negative steps", pipeline.Request{Steps: -1}},
		{"negative guidance", pipeline.Request{Guidance: -0.5}},
		{"NaN guidance", pipeline.Request{Guidance: nan}},
		{"Inf guidance", pipeline.Request{Guidance: inf}},
		{"too many images", pipeline.Request{N: MaxImages + 1}},
		{"negative n", pipeline.Request{N: -1}},
		{"unknown scheduler", pipeline.Request{Scheduler: "pndm"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := p.Validate(tc.req); !errors.Is(err, ErrInvalidRequest) {
				t.Errorf("Validate = %v, want ErrInvalidRequest", err)
			}
			called := false
			_, err := p.Generate(context.Background(), tc.req, func(int, int, func() (*image.NRGBA, error)) { called = true })
			if !errors.Is(err, ErrInvalidRequest) {
				t.Fatalf("err = %v, want ErrInvalidRequest", err)
			}
			if called {
				t.Error("progress called for a rejected request")
			}
		})
	}
}

func TestBadModels(t *testing.T) {
	lib := orttest.Lib(t)
	swap := func(rel, src string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			if err := copyFile(src, filepath.Join(dir, rel)); err != nil {
				t.Fatal(err)
			}
		}
	}
	write := func(rel, content string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, rel), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, tc := range []struct {
		name   string
		mutate func(t *testing.T, dir string)
	}{
		{"missing unet", func(t *testing.T, dir string) { os.Remove(filepath.Join(dir, "unet/model.onnx")) }},
		{"missing model_index", func(t *testing.T, dir string) { os.Remove(filepath.Join(dir, "model_index.json")) }},
		{"missing tokenizer", func(t *testing.T, dir string) { os.RemoveAll(filepath.Join(dir, "tokenizer")) }},
		{"flat layout", func(t *testing.T, dir string) {
			os.Rename(filepath.Join(dir, "unet/model.onnx"), filepath.Join(dir, "unet.onnx"))
		}},
		{"truncated unet", func(t *testing.T, dir string) {
			p := filepath.Join(dir, "unet/model.onnx")
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)*2/3], 0o644)
		}},
		{"truncated vae", func(t *testing.T, dir string) {
			p := filepath.Join(dir, "vae_decoder/model.onnx")
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:100], 0o644)
		}},
		{"empty text encoder", write("text_encoder/model.onnx", "")},
		{"unet is a text encoder", swap("unet/model.onnx", filepath.Join(tinyDir, "text_encoder/model.onnx"))},
		{"vae is a unet", swap("vae_decoder/model.onnx", filepath.Join(tinyDir, "unet/model.onnx"))},
		{"text encoder is a vae", swap("text_encoder/model.onnx", filepath.Join(tinyDir, "vae_decoder/model.onnx"))},
		{"bad model_index", write("model_index.json", "{not json")},
		{"bad scheduler config", write("scheduler/scheduler_config.json", `{"beta_schedule":"cosine"}`)},
		{"bad vae scaling", write("vae_decoder/config.json", `{"scaling_factor": -1}`)},
		{"bad vocab", write("tokenizer/vocab.json", `[]`)},
		{"bad default scheduler", write("model_index.json", `{"candor":{"scheduler":"plms"}}`)},
		{"bad default size", write("model_index.json", `{"candor":{"width":100,"height":100}}`)},
		{"bad listed size", write("model_index.json", `{"candor":{"sizes":[[64,64],[63,64]]}}`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyTiny(t)
			tc.mutate(t, dir)
			p, err := Load(context.Background(), Config{Dir: dir, LibPath: lib, Threads: 1})
			if !errors.Is(err, ErrModel) {
				if p != nil {
					p.Close()
				}
				t.Fatalf("Load = %v, want ErrModel", err)
			}
		})
	}
	for _, dir := range []string{filepath.Join(t.TempDir(), "none"), filepath.Join(tinyDir, "model_index.json")} {
		if _, err := Load(context.Background(), Config{Dir: dir, LibPath: lib}); !errors.Is(err, ErrModel) {
			t.Errorf("Load(%s) = %v, want ErrModel", dir, err)
		}
	}
	if _, err := Load(context.Background(), Config{Dir: tinyDir, LibPath: filepath.Join(t.TempDir(), "libonnxruntime.so")}); !errors.Is(err, ort.ErrLibraryMissing) {
		t.Errorf("missing library: %v", err)
	}
}

func TestModelVariants(t *testing.T) {
	p := tiny(t)
	req := pipeline.Request{Prompt: "a red square", Seed: 5}
	want := gen(t, p, req)
	for _, tc := range []struct {
		name, rel, src string
		maxDiff        int
	}{
		{"int64 scalar timestep", "unet/model.onnx", "unet_int64_scalar.onnx", 1},
		{"int64 input ids", "text_encoder/model.onnx", "text_encoder_int64.onnx", 1},
		{"fixed-shape unet", "unet/model.onnx", "unet_static.onnx", 1},
		{"batch-1 unet, guidance in two calls", "unet/model.onnx", "unet_batch1.onnx", 1},
		{"batch-1 text encoder", "text_encoder/model.onnx", "text_encoder_batch1.onnx", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyTiny(t)
			if err := copyFile(filepath.Join(variantsDir, tc.src), filepath.Join(dir, tc.rel)); err != nil {
				t.Fatal(err)
			}
			v := load(t, dir)
			got := gen(t, v, req)
			if d := maxDiff(got.Images[0].Pixels, want.Images[0].Pixels); d > tc.maxDiff {
				t.Errorf("differs from the reference model by %d levels", d)
			}
		})
	}
	t.Run("fixed-shape unet refuses other sizes", func(t *testing.T) {
		dir := copyTiny(t)
		copyFile(filepath.Join(variantsDir, "unet_static.onnx"), filepath.Join(dir, "unet/model.onnx"))
		v := load(t, dir)
		if _, err := v.Generate(context.Background(), pipeline.Request{Width: 128, Height: 128}, nil); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("batch-1 unet without guidance", func(t *testing.T) {
		dir := copyTiny(t)
		copyFile(filepath.Join(variantsDir, "unet_batch1.onnx"), filepath.Join(dir, "unet/model.onnx"))
		v := load(t, dir)
		r := pipeline.Request{Prompt: "x", Seed: 2, Guidance: 1}
		if d := maxDiff(gen(t, v, r).Images[0].Pixels, gen(t, p, r).Images[0].Pixels); d > 1 {
			t.Errorf("differs by %d levels", d)
		}
	})
	t.Run("v-prediction, trailing", func(t *testing.T) {
		dir := copyTiny(t)
		os.WriteFile(filepath.Join(dir, "scheduler/scheduler_config.json"), []byte(`{"_class_name":"EulerDiscreteScheduler",
			"prediction_type":"v_prediction","timestep_spacing":"trailing","beta_schedule":"scaled_linear"}`), 0o644)
		os.WriteFile(filepath.Join(dir, "model_index.json"), []byte(`{}`), 0o644)
		v := load(t, dir)
		if w, h, steps, g, s := v.Defaults(); w != 64 || h != 64 || steps != 50 || g != 7.5 || s != "euler" {
			t.Errorf("defaults without a candor section: %d %d %d %v %s", w, h, steps, g, s)
		}
		got := gen(t, v, pipeline.Request{Prompt: "a red square", Seed: 5, Steps: 8})
		if maxDiff(got.Images[0].Pixels, want.Images[0].Pixels) == 0 {
			t.Error("v-prediction config changed nothing")
		}
	})
	t.Run("listed sizes only", func(t *testing.T) {
		dir := copyTiny(t)
		os.WriteFile(filepath.Join(dir, "model_index.json"), []byte(`{"candor":{"sizes":[[128,64],[64,64]]}}`), 0o644)
		v := load(t, dir)
		if w, h, _, _, _ := v.Defaults(); w != 128 || h != 64 {
			t.Errorf("default size %dx%d, want the first listed", w, h)
		}
		if _, err := v.Generate(context.Background(), pipeline.Request{Width: 96, Height: 96, Steps: 1}, nil); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("unlisted size: %v", err)
		}
		if _, err := v.Generate(context.Background(), pipeline.Request{Width: 64, Height: 64, Steps: 1}, nil); err != nil {
			t.Errorf("listed size: %v", err)
		}
	})
	t.Run("NaN from the unet", func(t *testing.T) {
		dir := copyTiny(t)
		copyFile(filepath.Join(variantsDir, "unet_nan.onnx"), filepath.Join(dir, "unet/model.onnx"))
		v := load(t, dir)
		_, err := v.Generate(context.Background(), pipeline.Request{Prompt: "x"}, nil)
		if !errors.Is(err, ErrModel) {
			t.Errorf("err = %v, want ErrModel", err)
		}
	})
}

func TestCFGTwoCallsAgree(t *testing.T) {
	p := load(t, tinyDir)
	req := pipeline.Request{Prompt: "a cat", NegativePrompt: "blurry", Seed: 9}
	a := gen(t, p, req)
	p.cfgTwoCalls = true
	b := gen(t, p, req)
	if d := maxDiff(a.Images[0].Pixels, b.Images[0].Pixels); d > 1 {
		t.Errorf("batched and two-call guidance differ by %d levels", d)
	}
}

func TestConcurrentGenerate(t *testing.T) {
	p := tiny(t)
	want := gen(t, p, pipeline.Request{Prompt: "a dog", Seed: 3, Steps: 4})
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := p.Generate(context.Background(), pipeline.Request{Prompt: "a dog", Seed: 3, Steps: 4}, nil)
			if err != nil {
				errs <- err
			} else if !bytes.Equal(got.Images[0].Pixels.Pix, want.Images[0].Pixels.Pix) {
				errs <- errors.New("concurrent result differs")
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestNormalSource(t *testing.T) {
	a, b := newNormalSource(1), newNormalSource(1)
	x, y := make([]float32, 10001), make([]float32, 10001)
	a.fill(x)
	b.fill(y)
	if !bytes.Equal(f32bytes(x), f32bytes(y)) {
		t.Fatal("same seed, different numbers")
	}
	var sum, sq float64
	for _, v := range x {
		sum += float64(v)
		sq += float64(v) * float64(v)
	}
	mean, varc := sum/float64(len(x)), sq/float64(len(x))
	if math.Abs(mean) > 0.05 || math.Abs(varc-1) > 0.05 {
		t.Errorf("mean %v variance %v", mean, varc)
	}
	c := newNormalSource(2)
	c.fill(y)
	if bytes.Equal(f32bytes(x), f32bytes(y)) {
		t.Error("different seeds, same numbers")
	}
	// Golden values pin the documented generator (ChaCha8 + Box-Muller).
	// A change here changes every image for every seed: bump the key's
	// version string and say so in the release notes.
	g := newNormalSource(0)
	want := []float64{-1.4602178381409276, 1.304841298903578, 2.3703138519299141, -0.95530565152741487}
	for i, w := range want {
		if v := g.next(); v != w {
			t.Errorf("value %d = %.17g, want %.17g", i, v, w)
		}
	}
}

// FuzzResolve feeds hostile requests to the validator: it must never panic,
// and whatever it accepts must be something the model can run.
func FuzzResolve(f *testing.F) {
	f.Add(64, 64, 8, float32(5), 1, "ddim")
	f.Add(-8, 1<<30, 151, float32(math.NaN()), -1, "pndm")
	f.Add(0, 0, 0, float32(0), 0, "")
	p := &Pipeline{vaeFactor: 8, latentChannels: 4, maxSide: 1024, defW: 64, defH: 64, defSteps: 8,
		defGuidance: 5, defScheduler: "ddim", sampleIn: ort.IOInfo{Shape: []int64{-1, 4, -1, -1}}}
	f.Fuzz(func(t *testing.T, w, h, steps int, g float32, n int, sched string) {
		r, err := p.resolve(pipeline.Request{Width: w, Height: h, Steps: steps, Guidance: g, N: n, Scheduler: sched})
		if err != nil {
			if !errors.Is(err, ErrInvalidRequest) {
				t.Fatalf("error %v does not wrap ErrInvalidRequest", err)
			}
			return
		}
		if r.w <= 0 || r.h <= 0 || r.w%8 != 0 || r.h%8 != 0 || r.w > 1024 || r.h > 1024 ||
			r.steps < 1 || r.steps > MaxSteps || r.n < 1 || r.n > MaxImages ||
			!(r.guidance >= 0) || math.IsInf(r.guidance, 0) {
			t.Fatalf("accepted %+v", r)
		}
	})
}

func f32bytes(x []float32) []byte {
	b := make([]byte, 0, 4*len(x))
	for _, v := range x {
		u := math.Float32bits(v)
		b = append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	return b
}

// TestBuiltinModel checks candor's own model, when it has been built, with
// the same code path as the tiny one.
func TestBuiltinModel(t *testing.T) {
	dir := builtinDir
	if _, err := os.Stat(filepath.Join(dir, "model_index.json")); err != nil {
		t.Skip("models/builtin not built yet")
	}
	p := load(t, dir)
	w, h, steps, _, _ := p.Defaults()
	req := pipeline.Request{Prompt: "a red square", Seed: 1, Steps: min(steps, 10)}
	a := gen(t, p, req)
	if a.Images[0].Pixels.Bounds() != image.Rect(0, 0, w, h) {
		t.Fatalf("bounds %v, want %dx%d", a.Images[0].Pixels.Bounds(), w, h)
	}
	if b := gen(t, p, req); !bytes.Equal(a.Images[0].Pixels.Pix, b.Images[0].Pixels.Pix) {
		t.Error("not deterministic")
	}
}

func TestFiniteAndTo8(t *testing.T) {
	nan, inf := float32(math.NaN()), float32(math.Inf(-1))
	for _, tc := range []struct {
		xs []float32
		ok bool
	}{
		{[]float32{0, 1, -3e38, 3e38}, true},
		{nil, true},
		{[]float32{0, nan}, false},
		{[]float32{inf, 0}, false},
		{[]float32{float32(math.Inf(1))}, false},
	} {
		if err := finite(tc.xs); (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrModel)) {
			t.Errorf("finite(%v) = %v", tc.xs, err)
		}
	}
	for _, tc := range []struct {
		v    float32
		want uint8
	}{{-1, 0}, {-2, 0}, {1, 255}, {7, 255}, {0, 128}, {nan, 0}, {-0.5, 64}, {0.999, 255}} {
		if got := to8(tc.v); got != tc.want {
			t.Errorf("to8(%v) = %d, want %d", tc.v, got, tc.want)
		}
	}
}

// TestSymlinkedModel loads a model laid out like Hugging Face's cache: the
// directory and every file are symbolic links.
func TestSymlinkedModel(t *testing.T) {
	lib := orttest.Lib(t)
	abs, err := filepath.Abs(tinyDir)
	if err != nil {
		t.Fatal(err)
	}
	snap := filepath.Join(t.TempDir(), "snapshot")
	err = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(abs, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(snap, rel), 0o755)
		}
		return os.Symlink(path, filepath.Join(snap, rel))
	})
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "model")
	if err := os.Symlink(snap, link); err != nil {
		t.Fatal(err)
	}
	p, err := Load(context.Background(), Config{Dir: link, LibPath: lib, Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	want := tiny(t).Info().Files
	got := p.Info().Files
	if len(got) != len(want) {
		t.Fatalf("hashed %d files, want %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s, want %s", k, got[k], v)
		}
	}
}
