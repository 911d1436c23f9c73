// Package adherence measures, from pixels alone, whether a generator follows toy-world
// prompts of the form
//
//	a [small|large] <colour> <shape> on the <position> on a <colour> background
//
// the caption grammar of candor's built-in model (training/toyworld.py, described in
// models/builtin/MODEL_CARD.md). [Analyze] reads one picture: its background colour, the
// colour of its largest object (nearest of the eight palette colours), the object's position
// (its centroid's nearest anchor: left, right, top, bottom or center) and its shape (circle,
// square or triangle, by how much of its bounding box it fills). [Evaluate] generates the
// caption combinations held out from training ([HeldOut]) with a [pipeline.Generator] and
// reports the accuracies. The palette, anchors and held-out list come from heldout.json, a copy
// of training/heldout.json (a test keeps the two identical), and the algorithm is the same as
// analyze() in training/sampling.py.
package adherence

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"slices"
	"sync"
)

//go:embed heldout.json
var heldoutJSON []byte

// Colour is a named palette colour.
type Colour struct {
	Name string   `json:"name"`
	RGB  [3]uint8 `json:"rgb"`
}

// Anchor is a named position: the centre of where objects "on the <name>" are drawn, in
// pixels of a Spec.Size square picture.
type Anchor struct {
	Name string  `json:"name"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
}

// Caption is one held-out combination and its canonical caption.
type Caption struct {
	Text       string `json:"text"`
	Size       string `json:"size"`
	Colour     string `json:"colour"`
	Shape      string `json:"shape"`
	Position   string `json:"position"`
	Background string `json:"background"`
}

// Spec describes the toy world as far as the evaluator needs it.
type Spec struct {
	Size      int       `json:"size"`
	Palette   []Colour  `json:"palette"`
	Positions []Anchor  `json:"positions"`
	Shapes    []string  `json:"shapes"`
	Captions  []Caption `json:"captions"`
}

// Observation is what Analyze reads from a picture. Colour, Position and Shape are empty when
// no object stands out from the background.
type Observation struct {
	Background string
	Colour     string
	Position   string
	Shape      string
	// Pixels is the object's area in pixels, Fill the share of its bounding box it covers,
	// X and Y its centroid in the spec's Size x Size coordinates.
	Pixels int
	Fill   float64
	X, Y   float64
}

// Thresholds of the analysis.
const (
	// ForegroundDistance is the RGB distance from the background colour above which a pixel
	// belongs to an object.
	ForegroundDistance = 60
	// SquareFill and TriangleFill split shapes by bounding-box fill: a square fills ~1, a
	// circle pi/4 ~ 0.785, an upward triangle ~0.5.
	SquareFill   = 0.88
	TriangleFill = 0.64
	minPixels    = 4
)

// ParseSpec reads a toy-world description (the format of training/heldout.json) and checks it.
func ParseSpec(data []byte) (*Spec, error) {
	var s Spec
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("decode: %w: %w", ErrSpec, err)
	}
	if s.Size < 8 || s.Size > 4096 {
		return nil, fmt.Errorf("size %d: %w", s.Size, ErrSpec)
	}
	if len(s.Palette) < 2 || len(s.Positions) < 1 || len(s.Shapes) < 1 {
		return nil, fmt.Errorf("needs >= 2 colours, >= 1 position and >= 1 shape: %w", ErrSpec)
	}
	known := func(list []string, name, what string) error {
		if !slices.Contains(list, name) {
			return fmt.Errorf("%s %q not in the spec: %w", what, name, ErrSpec)
		}
		return nil
	}
	colours := make([]string, len(s.Palette))
	for i, c := range s.Palette {
		colours[i] = c.Name
	}
	positions := make([]string, len(s.Positions))
	for i, p := range s.Positions {
		positions[i] = p.Name
	}
	for _, c := range s.Captions {
		for _, err := range []error{known(colours, c.Colour, "colour"), known(colours, c.Background, "background"),
			known(positions, c.Position, "position"), known(s.Shapes, c.Shape, "shape")} {
			if err != nil {
				return nil, fmt.Errorf("caption %q: %w", c.Text, err)
			}
		}
		if c.Text == "" {
			return nil, fmt.Errorf("caption without text: %w", ErrSpec)
		}
	}
	return &s, nil
}

var defaultSpec = sync.OnceValue(func() *Spec {
	s, err := ParseSpec(heldoutJSON)
	if err != nil {
		panic("adherence: embedded heldout.json: " + err.Error()) // unreachable: a test parses it
	}
	return s
})

// Default is the spec of candor's built-in model (the embedded heldout.json). Callers must
// not modify it.
func Default() *Spec { return defaultSpec() }

// HeldOut returns the caption combinations held out from the built-in model's training.
func HeldOut() []Caption { return slices.Clone(Default().Captions) }

// Analyze reads background, object colour, position and shape of img with the built-in
// model's spec.
func Analyze(img image.Image) Observation { return Default().Analyze(img) }

// Analyze reads background, object colour, position and shape of img:
//
//  1. every pixel is mapped to its nearest palette colour; the background is the colour most
//     border pixels map to;
//  2. pixels farther than ForegroundDistance from the background colour are object pixels; the
//     largest 4-connected group of them is the object;
//  3. its colour is the palette colour most of its pixels map to (the background excluded);
//  4. its position is the anchor nearest its centroid (coordinates scaled to Size);
//  5. its shape follows from the share of its bounding box it fills.
func (s *Spec) Analyze(img image.Image) Observation {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	var o Observation
	if w <= 0 || h <= 0 {
		return o
	}
	rgb := make([][3]int32, w*h)
	nearest := make([]uint8, w*h)
	for y := range h {
		for x := range w {
			r, g, bl := rgbAt(img, b.Min.X+x, b.Min.Y+y)
			i := y*w + x
			rgb[i] = [3]int32{r, g, bl}
			nearest[i] = uint8(s.nearestColour(r, g, bl))
		}
	}
	border := make([]int, len(s.Palette))
	for x := range w {
		border[nearest[x]]++
		if h > 1 {
			border[nearest[(h-1)*w+x]]++
		}
	}
	for y := 1; y < h-1; y++ {
		border[nearest[y*w]]++
		if w > 1 {
			border[nearest[y*w+w-1]]++
		}
	}
	bg := argmax(border)
	o.Background = s.Palette[bg].Name
	bc := s.Palette[bg].RGB
	fg := make([]bool, w*h)
	for i, p := range rgb {
		dr, dg, db := p[0]-int32(bc[0]), p[1]-int32(bc[1]), p[2]-int32(bc[2])
		fg[i] = dr*dr+dg*dg+db*db > ForegroundDistance*ForegroundDistance
	}
	comp := largestComponent(fg, w, h)
	if len(comp) < minPixels {
		return o
	}
	counts := make([]int, len(s.Palette))
	minX, minY, maxX, maxY := w, h, -1, -1
	var sx, sy float64
	for _, i := range comp {
		counts[nearest[i]]++
		x, y := int(i)%w, int(i)/w
		sx += float64(x)
		sy += float64(y)
		minX, maxX = min(minX, x), max(maxX, x)
		minY, maxY = min(minY, y), max(maxY, y)
	}
	counts[bg] = 0
	o.Colour = s.Palette[argmax(counts)].Name
	n := float64(len(comp))
	o.Pixels = len(comp)
	o.X = (sx/n + 0.5) * float64(s.Size) / float64(w)
	o.Y = (sy/n + 0.5) * float64(s.Size) / float64(h)
	best, bestD := 0, -1.0
	for i, a := range s.Positions {
		d := (a.X-o.X)*(a.X-o.X) + (a.Y-o.Y)*(a.Y-o.Y)
		if bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	o.Position = s.Positions[best].Name
	o.Fill = n / float64((maxX-minX+1)*(maxY-minY+1))
	switch {
	case o.Fill >= SquareFill:
		o.Shape = "square"
	case o.Fill <= TriangleFill:
		o.Shape = "triangle"
	default:
		o.Shape = "circle"
	}
	return o
}

func rgbAt(img image.Image, x, y int) (r, g, b int32) {
	switch im := img.(type) {
	case *image.NRGBA:
		i := im.PixOffset(x, y)
		return int32(im.Pix[i]), int32(im.Pix[i+1]), int32(im.Pix[i+2])
	case *image.RGBA:
		i := im.PixOffset(x, y)
		return int32(im.Pix[i]), int32(im.Pix[i+1]), int32(im.Pix[i+2])
	}
	// Non-premultiplied 8-bit values (color.RGBA() would premultiply by alpha).
	c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
	return int32(c.R), int32(c.G), int32(c.B)
}

func (s *Spec) nearestColour(r, g, b int32) int {
	best, bestD := 0, int32(-1)
	for i, c := range s.Palette {
		dr, dg, db := r-int32(c.RGB[0]), g-int32(c.RGB[1]), b-int32(c.RGB[2])
		d := dr*dr + dg*dg + db*db
		if bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// argmax returns the first index of the largest value.
func argmax(v []int) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// largestComponent returns the pixel indices of the largest 4-connected group of set pixels;
// among equal sizes the first found in row-major order wins.
func largestComponent(set []bool, w, h int) []int32 {
	seen := make([]bool, len(set))
	var best, cur, stack []int32
	for start := range set {
		if !set[start] || seen[start] {
			continue
		}
		cur = cur[:0]
		stack = append(stack[:0], int32(start))
		seen[start] = true
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			cur = append(cur, i)
			x, y := int(i)%w, int(i)/w
			for _, nb := range [4][2]int{{x, y - 1}, {x, y + 1}, {x - 1, y}, {x + 1, y}} {
				if nb[0] < 0 || nb[0] >= w || nb[1] < 0 || nb[1] >= h {
					continue
				}
				j := nb[1]*w + nb[0]
				if set[j] && !seen[j] {
					seen[j] = true
					stack = append(stack, int32(j))
				}
			}
		}
		if len(cur) > len(best) {
			best = append(best[:0], cur...)
		}
	}
	return best
}
