package safety

import (
	"image"
	"math"
)

// axis maps each output coordinate to two source coordinates and the weight
// of the second, as TensorFlow's resize kernels with align_corners=true do
// (tfjs-backend-cpu ResizeBilinear.js and ResizeNearestNeighbor.js).
type axis struct {
	lo, hi []int
	frac   []float64
}

func makeAxis(in, out int, nearest bool) axis {
	a := axis{lo: make([]int, out), hi: make([]int, out), frac: make([]float64, out)}
	effIn, effOut := in, out
	if out > 1 {
		effIn, effOut = in-1, out-1
	}
	ratio := float64(effIn) / float64(effOut)
	for i := range out {
		src := ratio * float64(i)
		if nearest {
			n := min(in-1, int(math.Round(src)))
			a.lo[i], a.hi[i] = n, n
			continue
		}
		lo := max(0, int(math.Floor(src)))
		a.lo[i] = lo
		a.hi[i] = min(in-1, int(math.Ceil(src)))
		a.frac[i] = src - float64(lo)
	}
	return a
}

// preprocess turns img into the float32 tensor data spec describes (see
// InputSpec), shape [1, 3, H, W] or [1, H, W, 3]. It reads the NRGBA bytes
// directly: color.NRGBA's RGBA method would premultiply by alpha, and the
// classifiers were trained on straight RGB with alpha dropped. img must not
// be empty.
func preprocess(img *image.NRGBA, spec InputSpec) []float32 {
	iw, ih := img.Rect.Dx(), img.Rect.Dy()
	ow, oh := spec.Width, spec.Height
	nearest := spec.Resize == ResizeNearest
	cols, rows := makeAxis(iw, ow, nearest), makeAxis(ih, oh, nearest)
	var mul, add [3]float64 // out = v*mul + add = (v*scale - mean) / std
	for c := range 3 {
		mul[c] = spec.Scale / spec.Std[c]
		add[c] = -spec.Mean[c] / spec.Std[c]
	}
	out := make([]float32, 3*ow*oh)
	plane := ow * oh
	// Index of channel c of output pixel p: p*cs + c*ps.
	cs, ps := 3, 1
	if spec.Layout == LayoutNCHW {
		cs, ps = 1, plane
	}
	pix, stride := img.Pix, img.Stride
	for y := range oh {
		top, bot := pix[rows.lo[y]*stride:], pix[rows.hi[y]*stride:]
		rf := rows.frac[y]
		for x := range ow {
			l, r := cols.lo[x]*4, cols.hi[x]*4
			cf := cols.frac[x]
			tl, tr, bl, br := top[l:l+3:l+3], top[r:r+3:r+3], bot[l:l+3:l+3], bot[r:r+3:r+3]
			o := (y*ow + x) * cs
			for c := range 3 {
				t := float64(tl[c]) + float64(int(tr[c])-int(tl[c]))*cf
				b := float64(bl[c]) + float64(int(br[c])-int(bl[c]))*cf
				out[o+c*ps] = float32((t+(b-t)*rf)*mul[c] + add[c])
			}
		}
	}
	return out
}
