package ort_test

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/pipeline/ort"
)

const tiny = "../testmodels/testdata/tiny"
const variants = "../testmodels/testdata/variants"

// initORT starts ONNX Runtime from CANDOR_ORT_LIB, skipping when it is absent
// unless CANDOR_REQUIRE_ORT=1.
func initORT(tb testing.TB) {
	tb.Helper()
	lib := orttest.Lib(tb)
	if err := ort.Init(lib); err != nil {
		tb.Fatal(err)
	}
}

func TestNotInitializedMessage(t *testing.T) {
	// Only meaningful before Init; with the library present Init has run.
	if ort.Version() != "" {
		t.Skip("already initialised")
	}
	if _, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{}); !errors.Is(err, ort.ErrNotInitialized) {
		t.Fatalf("NewSession before Init = %v", err)
	}
}

func TestInitMissingLibrary(t *testing.T) {
	for _, p := range []string{"", filepath.Join(t.TempDir(), "nope.so"), t.TempDir()} {
		if err := ort.Init(p); !errors.Is(err, ort.ErrLibraryMissing) {
			t.Errorf("Init(%q) = %v, want ErrLibraryMissing", p, err)
		} else if !strings.Contains(err.Error(), "make ort") {
			t.Errorf("error %q does not name `make ort`", err)
		}
	}
}

func TestSessionInfo(t *testing.T) {
	initORT(t)
	tests := []struct {
		file   string
		inputs []ort.IOInfo
		out0   ort.IOInfo
	}{
		{"unet/model.onnx", []ort.IOInfo{
			{Name: "sample", Type: ort.Float32, Shape: []int64{-1, 4, -1, -1}},
			{Name: "timestep", Type: ort.Float32, Shape: []int64{-1}},
			{Name: "encoder_hidden_states", Type: ort.Float32, Shape: []int64{-1, -1, 32}},
		}, ort.IOInfo{Name: "out_sample", Type: ort.Float32, Shape: []int64{-1, 4, -1, -1}}},
		{"../variants/unet_int64_scalar.onnx", []ort.IOInfo{
			{Name: "sample", Type: ort.Float32, Shape: []int64{-1, 4, -1, -1}},
			{Name: "timestep", Type: ort.Int64, Shape: []int64{}},
			{Name: "encoder_hidden_states", Type: ort.Float32, Shape: []int64{-1, -1, 32}},
		}, ort.IOInfo{Name: "out_sample", Type: ort.Float32, Shape: []int64{-1, 4, -1, -1}}},
		{"text_encoder/model.onnx", []ort.IOInfo{
			{Name: "input_ids", Type: ort.Int32, Shape: []int64{-1, 77}},
		}, ort.IOInfo{Name: "last_hidden_state", Type: ort.Float32, Shape: []int64{-1, 77, 32}}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			s, err := ort.NewSession(filepath.Join(tiny, tc.file), ort.Options{IntraOpThreads: 1})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got := s.Inputs()
			if len(got) != len(tc.inputs) {
				t.Fatalf("inputs %v, want %v", got, tc.inputs)
			}
			for i := range got {
				if got[i].String() != tc.inputs[i].String() {
					t.Errorf("input %d = %v, want %v", i, got[i], tc.inputs[i])
				}
			}
			if o := s.Outputs()[0]; o.String() != tc.out0.String() {
				t.Errorf("output 0 = %v, want %v", o, tc.out0)
			}
		})
	}
}

func unetInputs(b int64, tsType ort.ElementType) map[string]*ort.Tensor {
	sample := make([]float32, b*4*8*8)
	for i := range sample {
		sample[i] = float32(math.Sin(float64(i)))
	}
	ehs := make([]float32, b*77*32)
	for i := range ehs {
		ehs[i] = float32(math.Cos(float64(i))) * 0.5
	}
	in := map[string]*ort.Tensor{
		"sample":                ort.NewFloat32([]int64{b, 4, 8, 8}, sample),
		"encoder_hidden_states": ort.NewFloat32([]int64{b, 77, 32}, ehs),
	}
	if tsType == ort.Int64 {
		in["timestep"] = ort.NewInt64(nil, []int64{500})
	} else {
		ts := make([]float32, b)
		for i := range ts {
			ts[i] = 500
		}
		in["timestep"] = ort.NewFloat32([]int64{b}, ts)
	}
	return in
}

func TestRunFloatAndInt64Timestep(t *testing.T) {
	initORT(t)
	a, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := ort.NewSession(filepath.Join(variants, "unet_int64_scalar.onnx"), ort.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ra, err := a.Run(unetInputs(2, ort.Float32))
	if err != nil {
		t.Fatal(err)
	}
	rb, err := b.Run(unetInputs(2, ort.Int64))
	if err != nil {
		t.Fatal(err)
	}
	oa, ob := ra["out_sample"], rb["out_sample"]
	if ort.FormatShape(oa.Shape) != "[2,4,8,8]" || len(oa.F32) != 2*4*64 {
		t.Fatalf("output shape %v len %d", oa.Shape, len(oa.F32))
	}
	// Same weights, same timestep value: the two exports agree.
	var maxDiff float64
	for i := range oa.F32 {
		maxDiff = math.Max(maxDiff, math.Abs(float64(oa.F32[i]-ob.F32[i])))
	}
	if maxDiff > 1e-5 {
		t.Errorf("float and int64 timestep exports differ by %g", maxDiff)
	}
}

func TestRunBadInputs(t *testing.T) {
	initORT(t)
	s, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{IntraOpThreads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := ort.NewSession(filepath.Join(variants, "unet_static.onnx"), ort.Options{IntraOpThreads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tests := []struct {
		name   string
		sess   *ort.Session
		mutate func(map[string]*ort.Tensor)
		want   error
	}{
		{"missing input", s, func(m map[string]*ort.Tensor) { delete(m, "timestep") }, ort.ErrInput},
		{"renamed input", s, func(m map[string]*ort.Tensor) { m["t"] = m["timestep"]; delete(m, "timestep") }, ort.ErrInput},
		{"extra input", s, func(m map[string]*ort.Tensor) { m["x"] = m["timestep"] }, ort.ErrInput},
		{"nil tensor", s, func(m map[string]*ort.Tensor) { m["timestep"] = nil }, ort.ErrInput},
		{"wrong type", s, func(m map[string]*ort.Tensor) { m["timestep"] = ort.NewInt64([]int64{2}, []int64{1, 2}) }, ort.ErrInput},
		{"wrong rank", s, func(m map[string]*ort.Tensor) { m["timestep"] = ort.NewFloat32(nil, []float32{1}) }, ort.ErrInput},
		{"wrong channels", s, func(m map[string]*ort.Tensor) {
			m["sample"] = ort.NewFloat32([]int64{2, 3, 8, 8}, make([]float32, 2*3*64))
		}, ort.ErrInput},
		{"short data", s, func(m map[string]*ort.Tensor) { m["sample"].F32 = m["sample"].F32[:10] }, ort.ErrInput},
		{"negative dim", s, func(m map[string]*ort.Tensor) { m["sample"].Shape = []int64{-2, 4, 8, 8} }, ort.ErrInput},
		{"zero dim", s, func(m map[string]*ort.Tensor) { m["sample"] = ort.NewFloat32([]int64{0, 4, 8, 8}, nil) }, ort.ErrInput},
		{"overflowing dims", s, func(m map[string]*ort.Tensor) { m["sample"].Shape = []int64{1 << 40, 1 << 40, 1 << 40, 4} }, ort.ErrInput},
		{"unsupported type", s, func(m map[string]*ort.Tensor) { m["sample"].Type = ort.Unsupported }, ort.ErrInput},
		{"static model, wrong size", st, func(m map[string]*ort.Tensor) {
			m["sample"] = ort.NewFloat32([]int64{2, 4, 16, 16}, make([]float32, 2*4*256))
		}, ort.ErrInput},
		{"batch mismatch reaches ORT", s, func(m map[string]*ort.Tensor) {
			m["encoder_hidden_states"] = ort.NewFloat32([]int64{3, 77, 32}, make([]float32, 3*77*32))
		}, ort.ErrRun},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := unetInputs(2, ort.Float32)
			tc.mutate(in)
			_, err := tc.sess.Run(in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Run = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestBadModelFiles(t *testing.T) {
	initORT(t)
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(tiny, "unet/model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.onnx")
	if err := os.WriteFile(truncated, good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.onnx")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{truncated, empty, "testdata/garbage.onnx", filepath.Join(dir, "missing.onnx"), dir} {
		t.Run(filepath.Base(p), func(t *testing.T) {
			s, err := ort.NewSession(p, ort.Options{IntraOpThreads: 1})
			if !errors.Is(err, ort.ErrModel) {
				if s != nil {
					s.Close()
				}
				t.Fatalf("NewSession(%s) = %v, want ErrModel", p, err)
			}
		})
	}
}

func TestConcurrentRunsAndClose(t *testing.T) {
	initORT(t)
	s, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{IntraOpThreads: 1})
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.Run(unetInputs(1, ort.Float32))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := s.Run(unetInputs(1, ort.Float32))
			if err != nil {
				errs <- err
				return
			}
			for i, v := range got["out_sample"].F32 {
				if v != want["out_sample"].F32[i] {
					errs <- errors.New("concurrent run differs")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
	if _, err := s.Run(unetInputs(1, ort.Float32)); !errors.Is(err, ort.ErrClosed) {
		t.Fatalf("Run after Close = %v, want ErrClosed", err)
	}
}

func BenchmarkUNetRun(b *testing.B) {
	initORT(b)
	s, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	in := unetInputs(2, ort.Float32)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Run(in); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRunContext(t *testing.T) {
	initORT(t)
	s, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{IntraOpThreads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.RunContext(ctx, unetInputs(1, ort.Float32)); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled RunContext = %v", err)
	}
	// A long run cancelled while in ONNX Runtime stops with the context's
	// error (or finishes first, on a fast machine); it never reports ErrRun.
	const side = 384
	big := make([]float32, 2*4*side*side)
	in := unetInputs(2, ort.Float32)
	in["sample"] = ort.NewFloat32([]int64{2, 4, side, side}, big)
	ctx, cancel = context.WithCancel(context.Background())
	go cancel()
	_, err = s.RunContext(ctx, in)
	t.Logf("long run cancelled: %v", err)
	if err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("RunContext = %v, want success or context.Canceled", err)
	}
	// The session still works afterwards.
	if _, err := s.RunContext(context.Background(), unetInputs(1, ort.Float32)); err != nil {
		t.Fatal(err)
	}
}

// FuzzNewSession loads hostile model bytes: every outcome must be a session
// or an error wrapping ErrModel, never a crash. Seeds are truncations and
// bit flips of a real model.
func FuzzNewSession(f *testing.F) {
	initORT(f)
	good, err := os.ReadFile(filepath.Join(tiny, "unet/model.onnx"))
	if err != nil {
		f.Fatal(err)
	}
	for _, n := range []int{0, 1, 16, 100, len(good) / 3, len(good) / 2, len(good) - 1} {
		f.Add(good[:n])
	}
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0xff
	f.Add(flipped)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "m.onnx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := ort.NewSession(p, ort.Options{IntraOpThreads: 1})
		if err != nil {
			if !errors.Is(err, ort.ErrModel) {
				t.Fatalf("error %v does not wrap ErrModel", err)
			}
			return
		}
		s.Close()
	})
}
