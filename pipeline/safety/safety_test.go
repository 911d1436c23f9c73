package safety_test

import (
	"context"
	"errors"
	"image"
	"image/color"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/models/nsfw"
	"github.com/candor-ai/candor/pipeline/safety"
	"github.com/candor-ai/candor/pipeline/safety/safetytest"
)

func newSet(tb testing.TB, cfg safety.Config) *safety.Set {
	tb.Helper()
	cfg.LibPath = orttest.Lib(tb)
	if cfg.Threads == 0 {
		cfg.Threads = 1
	}
	s, err := safety.New(context.Background(), cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

var (
	red   = color.NRGBA{255, 0, 0, 255}
	blue  = color.NRGBA{0, 0, 255, 255}
	green = color.NRGBA{0, 255, 0, 255}
	grey  = color.NRGBA{128, 128, 128, 255}
	white = color.NRGBA{255, 255, 255, 255}
)

func TestRedClassifier(t *testing.T) {
	s := newSet(t, safety.Config{Classifiers: []safety.ClassifierConfig{safetytest.Red("custom")}})
	half := safetytest.Solid(64, 64, white)
	for y := range 64 {
		for x := range 64 {
			if x < 32 {
				half.SetNRGBA(x, y, red)
			}
		}
	}
	tests := []struct {
		name   string
		img    *image.NRGBA
		lo, hi float64 // bounds on custom.unsafe
	}{
		{"red", safetytest.Solid(100, 60, red), 0.99, 1},
		{"dark red, transparent", safetytest.Solid(7, 300, color.NRGBA{230, 20, 10, 0}), 0.95, 1},
		{"grey", safetytest.Solid(32, 32, grey), 0, 0.01},
		{"blue", safetytest.Solid(512, 512, blue), 0, 0.01},
		{"green", safetytest.Solid(1, 1, green), 0, 0.01},
		{"half red half white", half, 0.3, 0.7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := s.Score(context.Background(), tc.img)
			if err != nil {
				t.Fatal(err)
			}
			if len(sc) != 2 {
				t.Fatalf("scores %v, want custom.other and custom.unsafe", sc)
			}
			u, o := sc["custom.unsafe"], sc["custom.other"]
			if u < tc.lo || u > tc.hi {
				t.Errorf("custom.unsafe = %v, want in [%v, %v]", u, tc.lo, tc.hi)
			}
			if math.Abs(u+o-1) > 1e-6 {
				t.Errorf("scores %v do not sum to 1", sc)
			}
		})
	}
	info := s.Classifiers()
	if len(info) != 1 || info[0].Name != "custom" || len(info[0].ModelSHA256) != 64 ||
		strings.Join(info[0].Labels, ",") != "other,unsafe" || info[0].Input.Layout != "NCHW" {
		t.Errorf("Classifiers() = %+v", info)
	}
}

func randomImage(r *rand.Rand, w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.IntN(256))
	}
	return img
}

// TestLayouts runs the same classifier exported as NCHW and as NHWC (the
// latter with dynamic height and width) over random pictures: the layouts
// must feed the same numbers.
func TestLayouts(t *testing.T) {
	nhwc := safetytest.Red("b")
	nhwc.Model, nhwc.ModelData = filepath.Join("testdata", "red_nhwc.onnx"), nil
	nhwc.Input.Layout = safety.LayoutNHWC
	big := nhwc
	big.Name = "c"
	big.Input.Width, big.Input.Height = 48, 40 // dynamic H, W: any size is accepted
	s := newSet(t, safety.Config{Classifiers: []safety.ClassifierConfig{safetytest.Red("a"), nhwc, big}})
	r := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		img := randomImage(r, 1+r.IntN(90), 1+r.IntN(90))
		for i := 0; i < len(img.Pix); i += 4 {
			img.Pix[i] = uint8(min(255, int(img.Pix[i])+r.IntN(200))) // some get red enough to matter
		}
		sc, err := s.Score(context.Background(), img)
		if err != nil {
			t.Fatal(err)
		}
		// Only float summation order differs.
		if d := math.Abs(sc["a.unsafe"] - sc["b.unsafe"]); d > 1e-5 {
			t.Errorf("%v: NCHW %v, NHWC %v", img.Rect, sc["a.unsafe"], sc["b.unsafe"])
		}
		// A different size samples other points: close, not equal.
		if d := math.Abs(sc["a.unsafe"] - sc["c.unsafe"]); d > 0.05 {
			t.Errorf("%v: 32x32 %v, 48x40 %v", img.Rect, sc["a.unsafe"], sc["c.unsafe"])
		}
	}
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBadConfigs: every start-up error is ErrConfig with a message that
// names the problem, and nothing is returned.
func TestBadConfigs(t *testing.T) {
	lib := orttest.Lib(t)
	with := func(f func(c *safety.ClassifierConfig)) []safety.ClassifierConfig {
		c := safetytest.Red("custom")
		f(&c)
		return []safety.ClassifierConfig{c}
	}
	file := func(name string) func(c *safety.ClassifierConfig) {
		return func(c *safety.ClassifierConfig) { c.Model, c.ModelData = filepath.Join("testdata", name), nil }
	}
	garbage := writeFile(t, "garbage.onnx", []byte("this is not a protobuf"))
	truncated := writeFile(t, "truncated.onnx", safetytest.RedModel()[:150])
	tests := []struct {
		name    string
		cfg     safety.Config
		message string
	}{
		{"nothing", safety.Config{}, "no classifiers"},
		{"bad name", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Name = "My.Classifier" })}, "classifier name"},
		{"empty name", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Name = "" })}, "classifier name"},
		{"duplicate name", safety.Config{Classifiers: append(with(func(*safety.ClassifierConfig) {}), safetytest.Red("custom"))}, "used twice"},
		{"built-in name taken", safety.Config{Builtin: true, Classifiers: with(func(c *safety.ClassifierConfig) { c.Name = "nsfw" })}, "used twice"},
		{"no labels", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Labels = nil })}, "no labels"},
		{"bad label", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Labels = []string{"other", "un.safe"} })}, `label "un.safe"`},
		{"duplicate label", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Labels = []string{"x", "x"} })}, "twice"},
		{"no model", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Model, c.ModelData = "", nil })}, "no model"},
		{"missing file", safety.Config{Classifiers: with(file("nope.onnx"))}, "no such file"},
		{"directory", safety.Config{Classifiers: with(file(""))}, "is a directory"},
		{"not ONNX", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Model, c.ModelData = garbage, nil })}, "not a usable ONNX model"},
		{"truncated", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Model, c.ModelData = truncated, nil })}, "not a usable ONNX model"},
		{"layout mismatch", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Layout = "NHWC" })}, "has shape [-1,3,32,32], config says NHWC 32x32, which feeds [1,32,32,3]"},
		{"size mismatch", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Width = 64 })}, "NCHW 64x32"},
		{"wrong rank", safety.Config{Classifiers: with(file("rank3.onnx"))}, "has shape [3,32,32]"},
		{"int input", safety.Config{Classifiers: with(file("int_input.onnx"))}, "is int64, want float32"},
		{"three outputs for two labels", safety.Config{Classifiers: with(file("three.onnx"))}, "want [N, 2]"},
		{"too many labels", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Labels = []string{"a", "b", "c"} })}, "want [N, 3]"},
		{"logits, not probabilities", safety.Config{Classifiers: with(file("logits.onnx"))}, "not a probability"},
		{"NaN", safety.Config{Classifiers: with(file("nan.onnx"))}, "probe image"},
		{"bad layout", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Layout = "CHW" })}, "layout"},
		{"bad resize", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Resize = "bicubic" })}, "resize"},
		{"zero scale", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Scale = 0 })}, "scale"},
		{"NaN scale", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Scale = math.NaN() })}, "scale"},
		{"zero std", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Std = [3]float64{1, 0, 1} })}, "std[1]"},
		{"infinite mean", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Mean[2] = math.Inf(1) })}, "mean[2]"},
		{"zero width", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Width = 0 })}, "input size"},
		{"huge", safety.Config{Classifiers: with(func(c *safety.ClassifierConfig) { c.Input.Height = 5000 })}, "input size"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.cfg.LibPath, tc.cfg.Threads = lib, 1
			s, err := safety.New(context.Background(), tc.cfg)
			if err == nil {
				s.Close()
				t.Fatal("New succeeded")
			}
			if s != nil {
				t.Error("New returned a Set with its error")
			}
			if !errors.Is(err, safety.ErrConfig) {
				t.Errorf("error %v does not wrap ErrConfig", err)
			}
			if !strings.Contains(err.Error(), tc.message) {
				t.Errorf("error %q does not say %q", err, tc.message)
			}
		})
	}
}

func TestMissingLibrary(t *testing.T) {
	_, err := safety.New(context.Background(), safety.Config{
		Classifiers: []safety.ClassifierConfig{safetytest.Red("x")},
		LibPath:     filepath.Join(t.TempDir(), "libonnxruntime.so"),
	})
	if err == nil || !strings.Contains(err.Error(), "make ort") {
		t.Fatalf("New without the library = %v", err)
	}
}

// TestFailClosed: a classifier that breaks at run time, a closed set, a
// cancelled context and an unusable picture all give errors and no scores.
func TestFailClosed(t *testing.T) {
	s := newSet(t, safety.Config{Classifiers: []safety.ClassifierConfig{safetytest.Red("a"), safetytest.BlueNaN("b")}})
	ctx := context.Background()
	if sc, err := s.Score(ctx, safetytest.Solid(16, 16, grey)); err != nil || len(sc) != 4 {
		t.Fatalf("grey: %v, %v", sc, err)
	}
	sc, err := s.Score(ctx, safetytest.Solid(16, 16, blue))
	if !errors.Is(err, safety.ErrClassifier) || sc != nil {
		t.Fatalf("blue through a NaN classifier: %v, %v; want ErrClassifier and no scores", sc, err)
	}
	if !strings.Contains(err.Error(), `"b"`) || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("error %q does not name the classifier and NaN", err)
	}

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if sc, err := s.Score(cctx, safetytest.Solid(16, 16, grey)); !errors.Is(err, context.Canceled) || !errors.Is(err, safety.ErrClassifier) || sc != nil {
		t.Errorf("cancelled: %v, %v", sc, err)
	}

	for name, img := range map[string]*image.NRGBA{
		"nil":   nil,
		"empty": image.NewNRGBA(image.Rect(3, 3, 3, 9)),
		"short": {Pix: make([]uint8, 10), Stride: 16, Rect: image.Rect(0, 0, 4, 4)},
	} {
		if sc, err := s.Score(ctx, img); !errors.Is(err, safety.ErrImage) || sc != nil {
			t.Errorf("%s image: %v, %v", name, sc, err)
		}
	}

	s2 := newSet(t, safety.Config{Classifiers: []safety.ClassifierConfig{safetytest.Red("a")}})
	if err := s2.Close(); err != nil {
		t.Fatal(err)
	}
	if sc, err := s2.Score(ctx, safetytest.Solid(16, 16, red)); !errors.Is(err, safety.ErrClassifier) || sc != nil {
		t.Errorf("after Close: %v, %v", sc, err)
	}
	if err := s2.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestBuiltin(t *testing.T) {
	s := newSet(t, safety.Config{Builtin: true, Classifiers: []safety.ClassifierConfig{safetytest.Red("custom")}})
	info := s.Classifiers()
	if len(info) != 2 || info[0].Name != "nsfw" || info[1].Name != "custom" {
		t.Fatalf("Classifiers() = %+v", info)
	}
	if got, want := strings.Join(info[0].Labels, ","), "drawing,hentai,neutral,porn,sexy"; got != want {
		t.Errorf("built-in labels %s, want %s", got, want)
	}
	if !strings.Contains(string(nsfw.SHA256SUMS()), info[0].ModelSHA256+"  model.onnx") {
		t.Errorf("built-in sha256 %s is not model.onnx's in SHA256SUMS", info[0].ModelSHA256)
	}
	sc, err := s.Score(context.Background(), safetytest.Solid(64, 64, grey))
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, l := range nsfw.Labels {
		v, ok := sc["nsfw."+l]
		if !ok {
			t.Errorf("no score nsfw.%s in %v", l, sc)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-5 || len(sc) != 7 {
		t.Errorf("scores %v (sum %v)", sc, sum)
	}
	t.Logf("grey 64x64: %v", sc)
}

// TestConcurrentScore: one Set used from several goroutines gives every
// caller the answer it gives alone (run with -race).
func TestConcurrentScore(t *testing.T) {
	s := newSet(t, safety.Config{Classifiers: []safety.ClassifierConfig{safetytest.Red("a"), safetytest.Red("b")}})
	r := rand.New(rand.NewPCG(3, 4))
	imgs := make([]*image.NRGBA, 8)
	want := make([]safety.Scores, len(imgs))
	for i := range imgs {
		imgs[i] = randomImage(r, 20+i, 30)
		var err error
		if want[i], err = s.Score(context.Background(), imgs[i]); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 10 {
				i := (g + k) % len(imgs)
				got, err := s.Score(context.Background(), imgs[i])
				if err != nil {
					t.Error(err)
					return
				}
				for key, v := range want[i] {
					if got[key] != v {
						t.Errorf("image %d %s: %v concurrently, %v alone", i, key, got[key], v)
					}
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzModel feeds arbitrary bytes as a classifier's model, seeded from the
// test models. Either New refuses it with ErrConfig, or it loads and then
// every score of a picture is a probability, or Score fails with
// ErrClassifier; nothing else, and no panic.
func FuzzModel(f *testing.F) {
	for _, p := range []string{"red_nhwc.onnx", "nan.onnx", "three.onnx", "logits.onnx", "rank3.onnx", "int_input.onnx"} {
		b, err := os.ReadFile(filepath.Join("testdata", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(safetytest.RedModel())
	f.Add(safetytest.BlueNaNModel())
	f.Add([]byte{})
	f.Add([]byte("\x08\x08\x12\x00"))
	lib := orttest.Lib(f)
	f.Fuzz(func(t *testing.T, model []byte) {
		c := safetytest.Red("fuzz")
		c.ModelData = model
		s, err := safety.New(context.Background(), safety.Config{Classifiers: []safety.ClassifierConfig{c}, LibPath: lib, Threads: 1})
		if err != nil {
			if !errors.Is(err, safety.ErrConfig) {
				t.Fatalf("New: %v does not wrap ErrConfig", err)
			}
			return
		}
		defer s.Close()
		for _, col := range []color.NRGBA{red, blue, grey} {
			sc, err := s.Score(context.Background(), safetytest.Solid(40, 24, col))
			if err != nil {
				if !errors.Is(err, safety.ErrClassifier) || sc != nil {
					t.Fatalf("Score: %v, %v", sc, err)
				}
				continue
			}
			if len(sc) != 2 {
				t.Fatalf("scores %v", sc)
			}
			for k, v := range sc {
				if !(v >= 0 && v <= 1) {
					t.Fatalf("%s = %v", k, v)
				}
			}
		}
	})
}

// BenchmarkScoreNSFW scores one 64x64 picture (the built-in generator's
// size) with the built-in classifier on one thread: resize to 224x224,
// run, check.
func BenchmarkScoreNSFW(b *testing.B) {
	s := newSet(b, safety.Config{Builtin: true, Threads: 1})
	img := randomImage(rand.New(rand.NewPCG(5, 6)), 64, 64)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Score(ctx, img); err != nil {
			b.Fatal(err)
		}
	}
}
