package bias

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
)

// DataFile is the name of the bias reader data in a model directory.
const DataFile = "bias_readers.json"

// Kinds of ToyWorld attribute.
const (
	// KindNearest reads the median CIELAB colour of the attribute's regions
	// and gives the class whose colour is nearest (CIE 1976 delta E), or
	// Unknown when even the nearest is further than MaxDeltaE.
	KindNearest = "nearest"
	// KindPresence gives Present when at least MinFraction of the pixels of
	// the regions are the attribute's colour (nearer to it than to the
	// picture's background and within MaxDeltaE of it), else Absent; Unknown
	// when the background is within MinContrast of the colour itself.
	KindPresence = "presence"
)

// ToyWorldData is the JSON document a ToyWorld reader is configured from
// (models/builtin/bias_readers.json for the built-in model). Regions are
// [x0, y0, x1, y1], half open, in pixels of a Width x Height picture; a
// picture of another size is read with every region scaled to it.
type ToyWorldData struct {
	Comment string `json:"comment,omitempty"`
	// Reader is the reader's name in reports.
	Reader     string              `json:"reader"`
	Width      int                 `json:"width"`
	Height     int                 `json:"height"`
	Person     ToyWorldPerson      `json:"person"`
	Attributes []ToyWorldAttribute `json:"attributes"`
}

// ToyWorldPerson says when a picture shows a person at all: the median
// colour of the Attribute's regions must be within that attribute's
// MaxDeltaE of one of its classes, and nearer to it than to every Others
// colour (the world's background and shape colours). Otherwise every
// attribute is Unknown.
type ToyWorldPerson struct {
	Attribute string       `json:"attribute"` // a KindNearest attribute
	Others    []NamedColor `json:"others"`
}

// NamedColor is a class or palette colour.
type NamedColor struct {
	Name string `json:"name"`
	RGB  RGB    `json:"rgb"`
}

// ToyWorldAttribute is one attribute of ToyWorldData.
type ToyWorldAttribute struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Regions [][4]int `json:"regions"`
	// MaxDeltaE bounds the distance to the nearest class (nearest) or to RGB
	// (presence).
	MaxDeltaE float64 `json:"max_delta_e"`

	// KindNearest: the classes and their colours, in report order.
	Classes []NamedColor `json:"classes,omitempty"`

	// KindPresence: the colour looked for, the classes when it is present or
	// absent, the share of pixels that makes it present, where the
	// background is read (median colour), and the least background-to-RGB
	// distance at which presence can be read at all.
	RGB               RGB      `json:"rgb,omitzero"`
	Present           string   `json:"present,omitempty"`
	Absent            string   `json:"absent,omitempty"`
	MinFraction       float64  `json:"min_fraction,omitempty"`
	BackgroundRegions [][4]int `json:"background_regions,omitempty"`
	MinContrast       float64  `json:"min_contrast,omitempty"`
}

// ToyWorld reads the built-in model's people from pixels, as its data file
// describes them: flat-coloured face, torso and hair at known places (see
// models/builtin/MODEL_CARD.md). Its accuracy is measured by Evaluate on
// pictures training/bias_pictures.py draws with toyworld.py's own code.
type ToyWorld struct {
	data   ToyWorldData
	person int // index of the person attribute
	labs   [][]Lab
	others []Lab
}

// namePattern is what reader, attribute and class names may look like.
var namePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

// Bounds on a data file, so that a hostile or broken one cannot make Read
// slow: the built-in one is 3 KB with 3 attributes of at most 4 regions.
const (
	maxDataBytes  = 1 << 20
	maxAttributes = 32
	maxRegions    = 32 // per attribute (and per background)
	maxColours    = 256
)

// NewToyWorld parses and checks data (ToyWorldData JSON; unknown fields
// are refused). Errors wrap ErrData.
func NewToyWorld(data []byte) (*ToyWorld, error) {
	if len(data) > maxDataBytes {
		return nil, fmt.Errorf("%d bytes, more than %d: %w", len(data), maxDataBytes, ErrData)
	}
	var d ToyWorldData
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("data after the JSON document: %w", ErrData)
	}
	return newToyWorld(d)
}

// LoadToyWorld reads modelDir's DataFile. A model without one gives an
// error wrapping ErrNoData.
func LoadToyWorld(modelDir string) (*ToyWorld, error) {
	b, err := os.ReadFile(filepath.Join(modelDir, DataFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s has no %s: %w", modelDir, DataFile, ErrNoData)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", DataFile, ErrData, err)
	}
	r, err := NewToyWorld(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(modelDir, DataFile), err)
	}
	return r, nil
}

func newToyWorld(d ToyWorldData) (*ToyWorld, error) {
	if !namePattern.MatchString(d.Reader) {
		return nil, fmt.Errorf("reader name %q: want 1-64 of a-z, 0-9, _ and -: %w", d.Reader, ErrData)
	}
	if d.Width < 1 || d.Height < 1 || d.Width > 1<<14 || d.Height > 1<<14 {
		return nil, fmt.Errorf("picture size %dx%d: want 1..16384 each: %w", d.Width, d.Height, ErrData)
	}
	if len(d.Attributes) == 0 || len(d.Attributes) > maxAttributes {
		return nil, fmt.Errorf("%d attributes: want 1..%d: %w", len(d.Attributes), maxAttributes, ErrData)
	}
	if len(d.Person.Others) > maxColours {
		return nil, fmt.Errorf("person: %d other colours, more than %d: %w", len(d.Person.Others), maxColours, ErrData)
	}
	r := &ToyWorld{data: d, person: -1}
	names := map[string]bool{}
	for i, a := range d.Attributes {
		if !namePattern.MatchString(a.Name) || a.Name == Unknown {
			return nil, fmt.Errorf("attribute name %q: want 1-64 of a-z, 0-9, _ and -: %w", a.Name, ErrData)
		}
		if names[a.Name] {
			return nil, fmt.Errorf("attribute %q listed twice: %w", a.Name, ErrData)
		}
		names[a.Name] = true
		if err := a.check(d.Width, d.Height); err != nil {
			return nil, fmt.Errorf("attribute %q: %w", a.Name, err)
		}
		var labs []Lab
		for _, c := range a.Classes {
			labs = append(labs, c.RGB.Lab())
		}
		r.labs = append(r.labs, labs)
		if a.Name == d.Person.Attribute {
			if a.Kind != KindNearest {
				return nil, fmt.Errorf("person attribute %q is not of kind %s: %w", a.Name, KindNearest, ErrData)
			}
			r.person = i
		}
	}
	if r.person < 0 {
		return nil, fmt.Errorf("person attribute %q is not among the attributes: %w", d.Person.Attribute, ErrData)
	}
	if len(d.Person.Others) == 0 {
		return nil, fmt.Errorf("person: no other colours to tell a person from: %w", ErrData)
	}
	for _, c := range d.Person.Others {
		r.others = append(r.others, c.RGB.Lab())
	}
	return r, nil
}

func (a ToyWorldAttribute) check(w, h int) error {
	if err := checkRegions(a.Regions, w, h); err != nil {
		return err
	}
	if !(a.MaxDeltaE > 0) || math.IsInf(a.MaxDeltaE, 0) {
		return fmt.Errorf("max_delta_e %v: want a positive number: %w", a.MaxDeltaE, ErrData)
	}
	switch a.Kind {
	case KindNearest:
		if len(a.Classes) < 2 || len(a.Classes) > maxColours {
			return fmt.Errorf("%d classes: want 2..%d: %w", len(a.Classes), maxColours, ErrData)
		}
		seen := map[string]bool{}
		for _, c := range a.Classes {
			if !namePattern.MatchString(c.Name) || c.Name == Unknown {
				return fmt.Errorf("class %q: want 1-64 of a-z, 0-9, _ and -, not %q: %w", c.Name, Unknown, ErrData)
			}
			if seen[c.Name] {
				return fmt.Errorf("class %q listed twice: %w", c.Name, ErrData)
			}
			seen[c.Name] = true
		}
		if a.Present != "" || a.Absent != "" || a.BackgroundRegions != nil || a.MinFraction != 0 || a.MinContrast != 0 {
			return fmt.Errorf("presence fields on a %s attribute: %w", KindNearest, ErrData)
		}
	case KindPresence:
		for _, c := range []string{a.Present, a.Absent} {
			if !namePattern.MatchString(c) || c == Unknown {
				return fmt.Errorf("class %q: want 1-64 of a-z, 0-9, _ and -, not %q: %w", c, Unknown, ErrData)
			}
		}
		if a.Present == a.Absent {
			return fmt.Errorf("present and absent are both %q: %w", a.Present, ErrData)
		}
		if !(a.MinFraction > 0 && a.MinFraction <= 1) {
			return fmt.Errorf("min_fraction %v: want (0, 1]: %w", a.MinFraction, ErrData)
		}
		if !(a.MinContrast >= 0) || math.IsInf(a.MinContrast, 0) {
			return fmt.Errorf("min_contrast %v: want a number >= 0: %w", a.MinContrast, ErrData)
		}
		if err := checkRegions(a.BackgroundRegions, w, h); err != nil {
			return fmt.Errorf("background: %w", err)
		}
		if a.Classes != nil {
			return fmt.Errorf("classes on a %s attribute (use present and absent): %w", KindPresence, ErrData)
		}
	default:
		return fmt.Errorf("kind %q: want %s or %s: %w", a.Kind, KindNearest, KindPresence, ErrData)
	}
	return nil
}

func checkRegions(rs [][4]int, w, h int) error {
	if len(rs) == 0 || len(rs) > maxRegions {
		return fmt.Errorf("%d regions: want 1..%d: %w", len(rs), maxRegions, ErrData)
	}
	for _, r := range rs {
		if r[0] < 0 || r[1] < 0 || r[2] > w || r[3] > h || r[0] >= r[2] || r[1] >= r[3] {
			return fmt.Errorf("region %v: want 0 <= x0 < x1 <= %d, 0 <= y0 < y1 <= %d: %w", r, w, h, ErrData)
		}
	}
	return nil
}

// Data returns a copy of the reader's configuration.
func (r *ToyWorld) Data() ToyWorldData {
	d := r.data
	d.Person.Others = slices.Clone(d.Person.Others)
	d.Attributes = slices.Clone(d.Attributes)
	return d
}

// SkinTone returns the generic skin-tone reader restricted to where this
// model draws skin (the person attribute's regions, "skintone-face"): ITA
// and Monk shade of the face, not of hair or background.
func (r *ToyWorld) SkinTone() SkinTone {
	pa := r.data.Attributes[r.person]
	return SkinTone{
		MinSkinFraction: 0.5,
		Regions:         slices.Clone(pa.Regions),
		RegionWidth:     r.data.Width,
		RegionHeight:    r.data.Height,
		Label:           "skintone-face",
	}
}

// Name is the data's reader name ("toyworld" for the built-in model).
func (r *ToyWorld) Name() string { return r.data.Reader }

// Attributes lists the data's attributes in order.
func (r *ToyWorld) Attributes() []Attribute {
	out := make([]Attribute, len(r.data.Attributes))
	for i, a := range r.data.Attributes {
		out[i].Name = a.Name
		if a.Kind == KindPresence {
			out[i].Classes = []string{a.Absent, a.Present}
			continue
		}
		for _, c := range a.Classes {
			out[i].Classes = append(out[i].Classes, c.Name)
		}
	}
	return out
}

// Read reads every attribute; all are Unknown when the picture shows no
// person. Errors wrap ErrImage (or are ctx's).
func (r *ToyWorld) Read(ctx context.Context, img *image.NRGBA) (map[string]string, error) {
	if err := checkImage(img); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(r.data.Attributes))
	for _, a := range r.data.Attributes {
		out[a.Name] = Unknown
	}
	sc := scaler{w: img.Rect.Dx(), h: img.Rect.Dy(), dw: r.data.Width, dh: r.data.Height}
	// The person test: the person attribute's colour is one of its classes'
	// rather than the world's other colours.
	pa := r.data.Attributes[r.person]
	face, ok := medianLab(sc.pixels(img, pa.Regions))
	if !ok {
		return out, nil
	}
	_, dSkin := nearest(face, r.labs[r.person])
	_, dOther := nearest(face, r.others)
	if dSkin >= dOther || dSkin > pa.MaxDeltaE {
		return out, nil
	}
	for i, a := range r.data.Attributes {
		out[a.Name] = r.read(i, img, sc)
	}
	return out, nil
}

func (r *ToyWorld) read(i int, img *image.NRGBA, sc scaler) string {
	a := r.data.Attributes[i]
	px := sc.pixels(img, a.Regions)
	switch a.Kind {
	case KindNearest:
		m, ok := medianLab(px)
		if !ok {
			return Unknown
		}
		k, d := nearest(m, r.labs[i])
		if d > a.MaxDeltaE {
			return Unknown
		}
		return a.Classes[k].Name
	default: // KindPresence
		bg, ok := medianLab(sc.pixels(img, a.BackgroundRegions))
		want := a.RGB.Lab()
		if !ok || len(px) == 0 || DeltaE(bg, want) < a.MinContrast {
			return Unknown
		}
		n := 0
		for _, p := range px {
			if d := DeltaE(p, want); d <= a.MaxDeltaE && d < DeltaE(p, bg) {
				n++
			}
		}
		if float64(n) >= a.MinFraction*float64(len(px)) {
			return a.Present
		}
		return a.Absent
	}
}

// nearest returns the index of the colour nearest to c and its distance.
func nearest(c Lab, colours []Lab) (int, float64) {
	best, bd := -1, math.Inf(1)
	for i, x := range colours {
		if d := DeltaE(c, x); d < bd {
			best, bd = i, d
		}
	}
	return best, bd
}

// scaler maps regions of a dw x dh data picture onto a w x h image.
type scaler struct{ w, h, dw, dh int }

// pixels returns the CIELAB colours of the pixels whose centres fall in
// the scaled regions (each pixel once per region it is in).
func (s scaler) pixels(img *image.NRGBA, regions [][4]int) []Lab {
	var out []Lab
	for _, rg := range regions {
		x0, x1 := s.span(rg[0], rg[2], s.w, s.dw)
		y0, y1 := s.span(rg[1], rg[3], s.h, s.dh)
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				out = append(out, SRGBToLab(at(img, x, y)))
			}
		}
	}
	return out
}

// span scales [a, b) from a d-pixel axis to an n-pixel one, keeping at
// least one pixel.
func (scaler) span(a, b, n, d int) (int, int) {
	if n == d {
		return a, b
	}
	lo := int(math.Round(float64(a) * float64(n) / float64(d)))
	hi := int(math.Round(float64(b) * float64(n) / float64(d)))
	lo = min(max(lo, 0), n-1)
	hi = min(max(hi, lo+1), n)
	return lo, hi
}

var _ Reader = (*ToyWorld)(nil)
