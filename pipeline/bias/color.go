package bias

import (
	"fmt"
	"image"
	"math"
	"slices"
)

// Lab is a CIELAB colour (CIE 1976 L*a*b*) relative to the D65 white point.
type Lab struct{ L, A, B float64 }

// sRGB (IEC 61966-2-1:1999) to CIE XYZ, D65, and the D65 reference white
// (the matrix and white Bruce Lindbloom tabulates for sRGB, whose
// conversions of sRGB red, green and blue the tests check).
var (
	srgbToXYZ = [3][3]float64{
		{0.4124564, 0.3575761, 0.1804375},
		{0.2126729, 0.7151522, 0.0721750},
		{0.0193339, 0.1191920, 0.9503041},
	}
	whiteD65 = [3]float64{0.95047, 1.0, 1.08883}
)

// linear is the sRGB electro-optical transfer function of each 8-bit value.
var linear = func() (t [256]float64) {
	for i := range t {
		c := float64(i) / 255
		if c <= 0.04045 {
			t[i] = c / 12.92
		} else {
			t[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return t
}()

// SRGBToLab converts an 8-bit sRGB colour to CIELAB (D65): linearise
// (IEC 61966-2-1), XYZ, then CIE 1976 L*a*b* with the CIE's piecewise
// cube root (delta = 6/29).
func SRGBToLab(r, g, b uint8) Lab {
	rgb := [3]float64{linear[r], linear[g], linear[b]}
	var f [3]float64
	for i := range 3 {
		x := srgbToXYZ[i][0]*rgb[0] + srgbToXYZ[i][1]*rgb[1] + srgbToXYZ[i][2]*rgb[2]
		f[i] = labF(x / whiteD65[i])
	}
	return Lab{L: 116*f[1] - 16, A: 500 * (f[0] - f[1]), B: 200 * (f[1] - f[2])}
}

func labF(t float64) float64 {
	const d = 6.0 / 29
	if t > d*d*d {
		return math.Cbrt(t)
	}
	return t/(3*d*d) + 4.0/29
}

// DeltaE is the CIE 1976 colour difference, the Euclidean distance in
// CIELAB.
func DeltaE(x, y Lab) float64 {
	return math.Sqrt((x.L-y.L)*(x.L-y.L) + (x.A-y.A)*(x.A-y.A) + (x.B-y.B)*(x.B-y.B))
}

// RGB is an 8-bit sRGB colour as the data files write it, [r, g, b].
type RGB [3]uint8

// Lab converts c.
func (c RGB) Lab() Lab { return SRGBToLab(c[0], c[1], c[2]) }

// checkImage rejects what no reader can read.
func checkImage(img *image.NRGBA) error {
	if img == nil || img.Rect.Empty() {
		return fmt.Errorf("no pixels: %w", ErrImage)
	}
	if img.Stride < img.Rect.Dx()*4 || len(img.Pix) < (img.Rect.Dy()-1)*img.Stride+img.Rect.Dx()*4 {
		return fmt.Errorf("pixel buffer too short for %v: %w", img.Rect, ErrImage)
	}
	return nil
}

// at returns the pixel at (x, y) relative to img.Rect.Min, alpha ignored.
func at(img *image.NRGBA, x, y int) (uint8, uint8, uint8) {
	i := y*img.Stride + x*4
	return img.Pix[i], img.Pix[i+1], img.Pix[i+2]
}

// medianLab is the per-channel median of colours (which it reorders);
// ok is false when there are none.
func medianLab(colours []Lab) (Lab, bool) {
	if len(colours) == 0 {
		return Lab{}, false
	}
	ch := make([]float64, len(colours))
	med := func(get func(Lab) float64) float64 {
		for i, c := range colours {
			ch[i] = get(c)
		}
		slices.Sort(ch)
		n := len(ch)
		if n%2 == 1 {
			return ch[n/2]
		}
		return (ch[n/2-1] + ch[n/2]) / 2
	}
	return Lab{
		L: med(func(c Lab) float64 { return c.L }),
		A: med(func(c Lab) float64 { return c.A }),
		B: med(func(c Lab) float64 { return c.B }),
	}, true
}
