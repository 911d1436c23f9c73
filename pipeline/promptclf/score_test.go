package promptclf

import (
	"math"
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
