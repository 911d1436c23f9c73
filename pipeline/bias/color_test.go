package bias_test

import (
	"math"
	"testing"

	"github.com/candor-ai/candor/pipeline/bias"
)

// TestSRGBToLab checks published conversions (Bruce Lindbloom's CIE colour
// calculator, sRGB, D65, reference white 0.95047/1/1.08883; the same values
// are quoted by colormine.org and in the CIEDE2000 literature for the sRGB
// primaries), not values we computed ourselves.
func TestSRGBToLab(t *testing.T) {
	for _, tc := range []struct {
		name    string
		r, g, b uint8
		want    bias.Lab
	}{
		{"white", 255, 255, 255, bias.Lab{L: 100, A: 0, B: 0}},
		{"black", 0, 0, 0, bias.Lab{L: 0, A: 0, B: 0}},
		{"red", 255, 0, 0, bias.Lab{L: 53.2408, A: 80.0925, B: 67.2032}},
		{"green", 0, 255, 0, bias.Lab{L: 87.7347, A: -86.1827, B: 83.1793}},
		{"blue", 0, 0, 255, bias.Lab{L: 32.2970, A: 79.1875, B: -107.8602}},
		// Mid grey: L* 53.5850 for sRGB 128 (Y 0.2158605).
		{"grey128", 128, 128, 128, bias.Lab{L: 53.5850, A: 0, B: 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := bias.SRGBToLab(tc.r, tc.g, tc.b)
			if d := bias.DeltaE(got, tc.want); d > 0.01 {
				t.Errorf("SRGBToLab(%d,%d,%d) = %+v, want %+v (delta E %.4f)", tc.r, tc.g, tc.b, got, tc.want, d)
			}
		})
	}
}

func TestITA(t *testing.T) {
	for _, tc := range []struct {
		lab  bias.Lab
		want float64
	}{
		{bias.Lab{L: 50, B: 20}, 0},
		{bias.Lab{L: 70, B: 20}, 45},  // atan(1)
		{bias.Lab{L: 30, B: 20}, -45}, // atan(-1)
		{bias.Lab{L: 50 + 20*math.Sqrt(3), B: 20}, 60},
		{bias.Lab{L: 80, B: 0}, 90}, // b* = 0: the limit, not a division by zero
	} {
		if got := bias.ITA(tc.lab); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("ITA(%+v) = %v, want %v", tc.lab, got, tc.want)
		}
	}
}

// TestITAClass checks the bins of Chardon et al. (1991) at and around
// their limits 55, 41, 28, 10 and -30 degrees.
func TestITAClass(t *testing.T) {
	for _, tc := range []struct {
		ita  float64
		want string
	}{
		{90, bias.ITAVeryLight}, {55.01, bias.ITAVeryLight}, {55, bias.ITALight},
		{41.01, bias.ITALight}, {41, bias.ITAIntermediate}, {28.01, bias.ITAIntermediate},
		{28, bias.ITATan}, {10.01, bias.ITATan}, {10, bias.ITABrown}, {0, bias.ITABrown},
		{-29.99, bias.ITABrown}, {-30, bias.ITADark}, {-90, bias.ITADark},
	} {
		if got := bias.ITAClass(tc.ita); got != tc.want {
			t.Errorf("ITAClass(%v) = %q, want %q", tc.ita, got, tc.want)
		}
	}
}

// TestMonk: each swatch is its own shade, and from shade 3 on the
// published swatches run light to dark (L* strictly falling); shades 1-3
// differ more in yellowness (b* 5.4, 7.3, 14.2) than in lightness.
func TestMonk(t *testing.T) {
	prev := math.Inf(1)
	for i, s := range bias.MonkSwatches() {
		lab := s.Lab()
		if got := bias.Monk(lab); got != i+1 {
			t.Errorf("swatch %d (%v) reads as Monk %d", i+1, s, got)
		}
		if i >= 3 && lab.L >= prev {
			t.Errorf("swatch %d L* %.1f not darker than swatch %d (%.1f)", i+1, lab.L, i, prev)
		}
		prev = lab.L
	}
}

// TestIsSkin documents what the Chai-Ngan rule finds: Monk 1-9, not Monk
// 10, and none of the toy world's palette colours.
func TestIsSkin(t *testing.T) {
	for i, s := range bias.MonkSwatches() {
		if got, want := bias.IsSkin(s[0], s[1], s[2]), i < 9; got != want {
			t.Errorf("IsSkin(Monk %d %v) = %v, want %v", i+1, s, got, want)
		}
	}
	for _, c := range [][3]uint8{{220, 30, 30}, {30, 170, 40}, {30, 70, 220}, {245, 220, 40},
		{140, 50, 180}, {250, 140, 20}, {245, 245, 245}, {20, 20, 20}} {
		if bias.IsSkin(c[0], c[1], c[2]) {
			t.Errorf("palette colour %v is skin", c)
		}
	}
}
