package flow

import "image"

// Blur returns a strongly blurred copy of img: three passes of a separable
// box filter (together close to a Gaussian, Wells 1986) with a radius of a
// tenth of the longer side, so shapes and any detail are gone but the
// colours remain. img is not changed.
func Blur(img *image.NRGBA) *image.NRGBA {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	if w == 0 || h == 0 {
		return out
	}
	r := max(w, h) / 10
	if r < 2 {
		r = 2
	}
	// Work on float planes of R, G, B; alpha is kept.
	planes := make([][]float32, 3)
	for c := range planes {
		planes[c] = make([]float32, w*h)
	}
	for y := range h {
		src := img.Pix[(y)*img.Stride : (y)*img.Stride+4*w]
		for x := range w {
			for c := range 3 {
				planes[c][y*w+x] = float32(src[4*x+c])
			}
		}
	}
	tmp := make([]float32, max(w, h))
	for _, p := range planes {
		for range 3 {
			for y := range h {
				boxLine(p[y*w:(y+1)*w], 1, w, r, tmp)
			}
			for x := range w {
				boxLine(p[x:], w, h, r, tmp)
			}
		}
	}
	for y := range h {
		src := img.Pix[y*img.Stride : y*img.Stride+4*w]
		dst := out.Pix[y*out.Stride : y*out.Stride+4*w]
		for x := range w {
			for c := range 3 {
				v := planes[c][y*w+x] + 0.5
				switch {
				case v < 0:
					v = 0
				case v > 255:
					v = 255
				}
				dst[4*x+c] = uint8(v)
			}
			dst[4*x+3] = src[4*x+3]
		}
	}
	return out
}

// boxLine replaces n values of p (stride apart) by their mean over a window
// of radius r, clamping at the edges.
func boxLine(p []float32, stride, n, r int, tmp []float32) {
	tmp = tmp[:n]
	for i := range n {
		tmp[i] = p[i*stride]
	}
	at := func(i int) float32 { return tmp[min(max(i, 0), n-1)] }
	var sum float32
	for i := -r; i <= r; i++ {
		sum += at(i)
	}
	inv := 1 / float32(2*r+1)
	for i := range n {
		p[i*stride] = sum * inv
		sum += at(i+r+1) - at(i-r)
	}
}
