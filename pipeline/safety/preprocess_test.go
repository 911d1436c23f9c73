package safety

import (
	"image"
	"math"
	"testing"
)

// chans returns a w x h NRGBA whose R channel holds vals (row by row), G = R/2,
// B = 255-R, alpha a.
func chans(w, h int, vals []uint8, a uint8) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i, v := range vals {
		img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = v, v/2, 255-v, a
	}
	return img
}

var raw = InputSpec{Layout: LayoutNHWC, Scale: 1, Std: [3]float64{1, 1, 1}, Resize: ResizeBilinear}

func spec(w, h int, resize string) InputSpec {
	s := raw
	s.Width, s.Height, s.Resize = w, h, resize
	return s
}

// channel extracts channel c of an NHWC result.
func channel(x []float32, c int) []float64 {
	out := make([]float64, len(x)/3)
	for i := range out {
		out[i] = float64(x[3*i+c])
	}
	return out
}

func near(a, b []float64, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > tol {
			return false
		}
	}
	return true
}

// TestResizeHandComputed checks resize against values worked out by hand
// from TensorFlow's align_corners definitions (source coordinate
// i*(in-1)/(out-1); bilinear mixes the two neighbours, nearest rounds).
func TestResizeHandComputed(t *testing.T) {
	tests := []struct {
		name   string
		w, h   int
		in     []uint8
		ow, oh int
		resize string
		want   []float64 // R channel
	}{
		// 2x2 -> 3x3: corners kept, edges halfway, centre the mean of four.
		{"2x2 to 3x3", 2, 2, []uint8{0, 100, 200, 50}, 3, 3, ResizeBilinear,
			[]float64{0, 50, 100, 100, 87.5, 75, 200, 125, 50}},
		// 3x1 -> 5x1: sources 0, 0.5, 1, 1.5, 2.
		{"3 to 5", 3, 1, []uint8{0, 10, 40}, 5, 1, ResizeBilinear, []float64{0, 5, 10, 25, 40}},
		// 5x1 -> 3x1: sources 0, 2, 4 land on pixels exactly.
		{"5 to 3", 5, 1, []uint8{1, 2, 3, 4, 5}, 3, 1, ResizeBilinear, []float64{1, 3, 5}},
		// 4x1 -> 3x1: sources 0, 1.5, 3.
		{"4 to 3", 4, 1, []uint8{0, 10, 30, 60}, 3, 1, ResizeBilinear, []float64{0, 20, 60}},
		// 1x1 -> 2x2: a constant.
		{"1 to 2x2", 1, 1, []uint8{77}, 2, 2, ResizeBilinear, []float64{77, 77, 77, 77}},
		// to 1x1: the top-left pixel (effective sizes not reduced when out is 1).
		{"to 1x1", 3, 2, []uint8{9, 8, 7, 6, 5, 4}, 1, 1, ResizeBilinear, []float64{9}},
		// same size: identity.
		{"identity", 3, 2, []uint8{9, 8, 7, 6, 5, 4}, 3, 2, ResizeBilinear, []float64{9, 8, 7, 6, 5, 4}},
		// nearest 3 -> 5: round(0, 0.5, 1, 1.5, 2) = 0, 1, 1, 2, 2 (halves round up).
		{"nearest 3 to 5", 3, 1, []uint8{0, 10, 40}, 5, 1, ResizeNearest, []float64{0, 10, 10, 40, 40}},
		// nearest 4 -> 3: round(0, 1.5, 3) = 0, 2, 3.
		{"nearest 4 to 3", 4, 1, []uint8{0, 10, 30, 60}, 3, 1, ResizeNearest, []float64{0, 30, 60}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := preprocess(chans(tc.w, tc.h, tc.in, 255), spec(tc.ow, tc.oh, tc.resize))
			if got := channel(x, 0); !near(got, tc.want, 1e-4) {
				t.Errorf("R = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestLayoutAndNormalisation(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	copy(img.Pix, []uint8{10, 20, 30, 255, 40, 50, 60, 0}) // second pixel fully transparent
	s := InputSpec{Width: 2, Height: 1, Scale: 1, Std: [3]float64{1, 1, 1}}
	s.Layout = LayoutNHWC
	if got := preprocess(img, s); !near(f64(got), []float64{10, 20, 30, 40, 50, 60}, 0) {
		t.Errorf("NHWC = %v (alpha must be dropped, not premultiplied)", got)
	}
	s.Layout = LayoutNCHW
	if got := preprocess(img, s); !near(f64(got), []float64{10, 40, 20, 50, 30, 60}, 0) {
		t.Errorf("NCHW = %v", got)
	}
	// ImageNet normalisation: (v/255 - mean) / std per channel.
	s.Scale = 1.0 / 255
	s.Mean = [3]float64{0.485, 0.456, 0.406}
	s.Std = [3]float64{0.229, 0.224, 0.225}
	var want []float64
	for _, c := range []int{0, 1, 2} {
		for _, v := range []float64{[]float64{10, 20, 30}[c], []float64{40, 50, 60}[c]} {
			want = append(want, (v/255-s.Mean[c])/s.Std[c])
		}
	}
	if got := preprocess(img, s); !near(f64(got), want, 1e-6) {
		t.Errorf("normalised = %v, want %v", got, want)
	}
}

// TestSubImage: an image whose bounds do not start at 0,0 (a SubImage)
// preprocesses like a copy of the same pixels.
func TestSubImage(t *testing.T) {
	big := image.NewNRGBA(image.Rect(0, 0, 9, 7))
	for i := range big.Pix {
		big.Pix[i] = uint8(i * 37)
	}
	sub := big.SubImage(image.Rect(2, 3, 8, 6)).(*image.NRGBA)
	cp := image.NewNRGBA(image.Rect(0, 0, 6, 3))
	for y := range 3 {
		for x := range 6 {
			cp.SetNRGBA(x, y, sub.NRGBAAt(x+2, y+3))
		}
	}
	s := spec(5, 4, ResizeBilinear)
	if a, b := preprocess(sub, s), preprocess(cp, s); !near(f64(a), f64(b), 0) {
		t.Errorf("sub image %v\ncopy %v", a, b)
	}
}

func f64(x []float32) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

// FuzzPreprocess checks properties of resizing any picture to any size:
// the length is 3*W*H; every output value lies between the smallest and
// largest input value of its channel (bilinear mixes and nearest picks, both
// convex); a constant picture stays constant; the corners are the input's
// corners exactly (align corners); resizing to the same size is the
// identity; NCHW is a transpose of NHWC.
func FuzzPreprocess(f *testing.F) {
	f.Add(uint8(2), uint8(2), uint8(3), uint8(3), false, []byte{0, 100, 200, 50, 1, 2, 3, 4})
	f.Add(uint8(7), uint8(1), uint8(2), uint8(9), true, []byte("a picture of sorts, 7x1 pixels..."))
	f.Add(uint8(1), uint8(1), uint8(1), uint8(1), false, []byte{255})
	f.Add(uint8(30), uint8(20), uint8(224), uint8(224), false, []byte{1, 2, 3, 250, 251, 252})
	f.Fuzz(func(t *testing.T, iw, ih, ow, oh uint8, nearest bool, data []byte) {
		if iw == 0 || ih == 0 || ow == 0 || oh == 0 || len(data) == 0 {
			return
		}
		img := image.NewNRGBA(image.Rect(0, 0, int(iw), int(ih)))
		for i := range img.Pix {
			img.Pix[i] = data[i%len(data)] ^ uint8(i/len(data))
		}
		resize := ResizeBilinear
		if nearest {
			resize = ResizeNearest
		}
		s := spec(int(ow), int(oh), resize)
		x := preprocess(img, s)
		if len(x) != 3*int(ow)*int(oh) {
			t.Fatalf("len %d, want %d", len(x), 3*int(ow)*int(oh))
		}
		var lo, hi [3]float64
		for c := range 3 {
			lo[c], hi[c] = 255, 0
		}
		for i := 0; i < len(img.Pix); i += 4 {
			for c := range 3 {
				v := float64(img.Pix[i+c])
				lo[c], hi[c] = min(lo[c], v), max(hi[c], v)
			}
		}
		for i, v := range x {
			c := i % 3
			if float64(v) < lo[c]-1e-9 || float64(v) > hi[c]+1e-9 {
				t.Fatalf("value %v of channel %d outside [%v, %v]", v, c, lo[c], hi[c])
			}
		}
		at := func(px, py, c int) float64 { return float64(img.Pix[py*img.Stride+px*4+c]) }
		out := func(px, py, c int) float64 { return float64(x[(py*int(ow)+px)*3+c]) }
		corners := [][4]int{{0, 0, 0, 0}}
		if ow > 1 && oh > 1 {
			corners = append(corners, [4]int{int(iw) - 1, 0, int(ow) - 1, 0},
				[4]int{0, int(ih) - 1, 0, int(oh) - 1}, [4]int{int(iw) - 1, int(ih) - 1, int(ow) - 1, int(oh) - 1})
		}
		for _, k := range corners {
			for c := range 3 {
				if got, want := out(k[2], k[3], c), at(k[0], k[1], c); math.Abs(got-want) > 1e-4 {
					t.Fatalf("corner %v channel %d = %v, want %v", k, c, got, want)
				}
			}
		}
		if iw == ow && ih == oh {
			for py := range int(ih) {
				for px := range int(iw) {
					for c := range 3 {
						if out(px, py, c) != at(px, py, c) {
							t.Fatalf("same-size resize changed pixel %d,%d", px, py)
						}
					}
				}
			}
		}
		s.Layout = LayoutNCHW
		y := preprocess(img, s)
		plane := int(ow) * int(oh)
		for i := range plane {
			for c := range 3 {
				if y[c*plane+i] != x[3*i+c] {
					t.Fatalf("NCHW[%d,%d] != NHWC", c, i)
				}
			}
		}
		flat := image.NewNRGBA(img.Rect)
		for i := 0; i < len(flat.Pix); i += 4 {
			flat.Pix[i], flat.Pix[i+1], flat.Pix[i+2], flat.Pix[i+3] = data[0], 7, 200, data[len(data)-1]
		}
		for i, v := range preprocess(flat, spec(int(ow), int(oh), resize)) {
			if want := float64([]uint8{data[0], 7, 200}[i%3]); float64(v) != want {
				t.Fatalf("constant picture: value %d = %v, want %v", i, v, want)
			}
		}
	})
}

// BenchmarkPreprocess is the Go side of BenchmarkScoreNSFW: 64x64 to
// 224x224 NHWC.
func BenchmarkPreprocess(b *testing.B) {
	img := chans(64, 64, make([]uint8, 64*64), 255)
	s := InputSpec{Width: 224, Height: 224, Layout: LayoutNHWC, Scale: 1.0 / 255, Std: [3]float64{1, 1, 1}}
	for b.Loop() {
		preprocess(img, s)
	}
}
