package ort_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/candor-ai/candor/pipeline/ort"
)

func TestPrepared(t *testing.T) {
	initORT(t)
	for _, tc := range []struct {
		file string
		ts   ort.ElementType
	}{{"unet/model.onnx", ort.Float32}, {"../variants/unet_int64_scalar.onnx", ort.Int64}} {
		t.Run(tc.file, func(t *testing.T) {
			s, err := ort.NewSession(filepath.Join(tiny, tc.file), ort.Options{IntraOpThreads: 1})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			in := unetInputs(2, tc.ts)
			out := ort.NewFloat32([]int64{2, 4, 8, 8}, make([]float32, 2*4*64))
			p, err := s.Prepare(in, map[string]*ort.Tensor{"out_sample": out})
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			for round := range 3 {
				// change the inputs in place, as a denoising loop does
				for i := range in["sample"].F32 {
					in["sample"].F32[i] += float32(round) * 0.25
				}
				if tc.ts == ort.Int64 {
					in["timestep"].I64[0] = int64(900 - 100*round)
				} else {
					in["timestep"].F32[0], in["timestep"].F32[1] = float32(900-100*round), float32(900-100*round)
				}
				if err := p.Run(context.Background()); err != nil {
					t.Fatal(err)
				}
				want, err := s.Run(in)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(out.F32, want["out_sample"].F32) {
					t.Fatalf("round %d: prepared output differs from Run", round)
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			if err := p.Run(ctx); !errors.Is(err, context.Canceled) {
				t.Errorf("cancelled Run = %v", err)
			}
			p.Close()
			if err := p.Run(context.Background()); !errors.Is(err, ort.ErrClosed) {
				t.Errorf("Run after Close = %v", err)
			}
		})
	}
}

func TestPrepareBad(t *testing.T) {
	initORT(t)
	s, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{IntraOpThreads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	good := func() *ort.Tensor { return ort.NewFloat32([]int64{2, 4, 8, 8}, make([]float32, 2*4*64)) }
	for _, tc := range []struct {
		name string
		in   map[string]*ort.Tensor
		out  map[string]*ort.Tensor
		want error
	}{
		{"no outputs", unetInputs(2, ort.Float32), map[string]*ort.Tensor{}, ort.ErrInput},
		{"wrong output name", unetInputs(2, ort.Float32), map[string]*ort.Tensor{"x": good()}, ort.ErrInput},
		{"output wrong type", unetInputs(2, ort.Float32), map[string]*ort.Tensor{"out_sample": ort.NewInt64([]int64{2, 4, 8, 8}, make([]int64, 512))}, ort.ErrInput},
		{"output wrong rank", unetInputs(2, ort.Float32), map[string]*ort.Tensor{"out_sample": ort.NewFloat32([]int64{512}, make([]float32, 512))}, ort.ErrInput},
		{"scalar output", unetInputs(2, ort.Float32), map[string]*ort.Tensor{"out_sample": ort.NewFloat32(nil, []float32{1})}, ort.ErrInput},
		{"missing input", func() map[string]*ort.Tensor {
			m := unetInputs(2, ort.Float32)
			delete(m, "sample")
			m["x"] = good()
			return m
		}(),
			map[string]*ort.Tensor{"out_sample": good()}, ort.ErrInput},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if p, err := s.Prepare(tc.in, tc.out); !errors.Is(err, tc.want) {
				if p != nil {
					p.Close()
				}
				t.Fatalf("Prepare = %v, want %v", err, tc.want)
			}
		})
	}
	// An output buffer of the wrong size passes the declared (dynamic)
	// shape but fails inside ONNX Runtime: an error, not a crash.
	p, err := s.Prepare(unetInputs(2, ort.Float32), map[string]*ort.Tensor{"out_sample": ort.NewFloat32([]int64{2, 4, 4, 4}, make([]float32, 128))})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if err := p.Run(context.Background()); !errors.Is(err, ort.ErrRun) {
		t.Fatalf("Run with a wrong-size output = %v, want ErrRun", err)
	}
}

func BenchmarkPreparedUNetRun(b *testing.B) {
	initORT(b)
	s, err := ort.NewSession(filepath.Join(tiny, "unet/model.onnx"), ort.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	p, err := s.Prepare(unetInputs(2, ort.Float32), map[string]*ort.Tensor{"out_sample": ort.NewFloat32([]int64{2, 4, 8, 8}, make([]float32, 512))})
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	for b.Loop() {
		if err := p.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
