package promptclf

import (
	"context"
	"math"
	"os"
	"strings"
	"testing"
)

// ONNX Runtime's Sigmoid rounds to one float32 ulp over 1 for large logits
// (seen as 1.0000001 for "none" on a corpus prompt). That must reach the
// policy as 1, while a score that is really out of range must not be hidden.
func TestUnitScore(t *testing.T) {
	over := math.Nextafter32(1, 2)
	under := -math.Nextafter32(0, 1)
	cases := []struct {
		in   float32
		want float64
	}{
		{0, 0}, {0.5, 0.5}, {1, 1},
		{over, 1}, {under, 0},
		{1 + 1e-3, float64(float32(1 + 1e-3))},
		{-1e-3, float64(float32(-1e-3))},
		{2, 2}, {-2, -2},
	}
	for _, c := range cases {
		if got := unitScore(c.in); got != c.want {
			t.Errorf("unitScore(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	if got := unitScore(float32(math.NaN())); !math.IsNaN(got) {
		t.Errorf("unitScore(NaN) = %v, want NaN (the policy refuses it)", got)
	}
	if got := unitScore(float32(math.Inf(1))); !math.IsInf(got, 1) {
		t.Errorf("unitScore(+Inf) = %v, want +Inf", got)
	}
}

// TestInputLayouts: a model of the torch exporter's layout (inputs ids and
// mask, as exported before train.py's compact graph) and one of the compact
// layout (ids and the mean's weights), with the same weights, score alike,
// on short prompts and on long ones scored in windows. testdata/make_layouts.py
// writes both.
func TestInputLayouts(t *testing.T) {
	lib := os.Getenv("CANDOR_ORT_LIB")
	if _, err := os.Stat(lib); lib == "" || err != nil {
		t.Skip("no ONNX Runtime (CANDOR_ORT_LIB); run `make ort`")
	}
	ctx := context.Background()
	load := func(dir string) *Model {
		f, err := ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Load(ctx, Config{Files: f, LibPath: lib, Sessions: 1})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { m.Close() })
		return m
	}
	mask, weights := load("testdata/mask"), load("testdata/weights")
	long := strings.Repeat("a quiet harbour at dawn with fishing boats and gulls ", 12)
	for _, p := range []string{"a lighthouse", "portrait of a nurse in a garden", long, "x"} {
		a, err := mask.Score(ctx, p, []string{"named_person"})
		if err != nil {
			t.Fatal(err)
		}
		b, err := weights.Score(ctx, p, []string{"named_person"})
		if err != nil {
			t.Fatal(err)
		}
		spread := 0.0
		for l, v := range a {
			if d := math.Abs(v - b[l]); d > 1e-5 {
				t.Errorf("%.30q: %s %v (mask) vs %v (weights)", p, l, v, b[l])
			}
			spread = math.Max(spread, math.Abs(v-0.5))
		}
		if spread == 0 {
			t.Errorf("%.30q: every score 0.5, the test model scores nothing", p)
		}
	}
}
