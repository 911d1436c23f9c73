package bias

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Labelled is a picture with its true attributes (attribute -> class,
// Unknown where the picture has none, e.g. no person).
type Labelled struct {
	File   string
	Image  *image.NRGBA
	Labels map[string]string
}

// Confusion is a confusion matrix: Counts[i][j] pictures whose true class
// is Classes[i] were read as Classes[j]. Classes are the attribute's
// declared classes in order, then Unknown.
type Confusion struct {
	Classes []string `json:"classes"`
	Counts  [][]int  `json:"counts"`
}

// AttributeAccuracy is a reader's measured accuracy on one attribute: N
// pictures labelled with it, Correct of them read as labelled (Unknown
// counts as a class: reading a person's skin as Unknown is an error,
// reading a picture without a person as Unknown is right).
type AttributeAccuracy struct {
	Attribute string    `json:"attribute"`
	N         int       `json:"n"`
	Correct   int       `json:"correct"`
	Accuracy  float64   `json:"accuracy"`
	Confusion Confusion `json:"confusion"`
}

// Accuracy is a reader's measured accuracy per attribute, in the order of
// its Attributes, on N pictures of Set. An attribute no picture is labelled
// with has N 0 and Accuracy 0: not measured.
type Accuracy struct {
	Reader     string              `json:"reader"`
	Set        string              `json:"set,omitempty"`
	N          int                 `json:"n"`
	Attributes []AttributeAccuracy `json:"attributes"`
}

// PerAttribute returns attribute -> accuracy, for reports, leaving out
// attributes no sample was labelled with (not measured).
func (a Accuracy) PerAttribute() map[string]float64 {
	out := make(map[string]float64, len(a.Attributes))
	for _, x := range a.Attributes {
		if x.N > 0 {
			out[x.Attribute] = x.Accuracy
		}
	}
	return out
}

// Min is the lowest accuracy over the measured attributes (0 when none
// was measured).
func (a Accuracy) Min() float64 {
	m, measured := 1.0, false
	for _, x := range a.Attributes {
		if x.N > 0 {
			m, measured = min(m, x.Accuracy), true
		}
	}
	if !measured {
		return 0
	}
	return m
}

// String renders the accuracies and confusion matrices as text tables
// (rows: true class, columns: read class).
func (a Accuracy) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "reader %s on %d pictures", a.Reader, a.N)
	if a.Set != "" {
		fmt.Fprintf(&b, " of %s", a.Set)
	}
	b.WriteString("\n")
	for _, x := range a.Attributes {
		fmt.Fprintf(&b, "%s: %d/%d = %.1f%%\n", x.Attribute, x.Correct, x.N, 100*x.Accuracy)
		w := 8
		for _, c := range x.Confusion.Classes {
			w = max(w, len(c)+1)
		}
		fmt.Fprintf(&b, "  %-*s", w, "true\\read")
		for _, c := range x.Confusion.Classes {
			fmt.Fprintf(&b, "%*s", w, c)
		}
		b.WriteString("\n")
		for i, row := range x.Confusion.Counts {
			fmt.Fprintf(&b, "  %-*s", w, x.Confusion.Classes[i])
			for _, n := range row {
				fmt.Fprintf(&b, "%*d", w, n)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// Evaluate reads every sample with r and compares with its labels, for
// each of r's attributes that the sample is labelled with. A label that is
// not one of the attribute's classes (nor Unknown), or a reading that is
// not, is an error wrapping ErrData or ErrRead; so is any Read error.
func Evaluate(ctx context.Context, r Reader, samples []Labelled) (Accuracy, error) {
	attrs := r.Attributes()
	acc := Accuracy{Reader: r.Name(), N: len(samples), Attributes: make([]AttributeAccuracy, len(attrs))}
	index := make([]map[string]int, len(attrs))
	for i, a := range attrs {
		classes := append(slices.Clone(a.Classes), Unknown)
		index[i] = make(map[string]int, len(classes))
		for j, c := range classes {
			index[i][c] = j
		}
		counts := make([][]int, len(classes))
		for j := range counts {
			counts[j] = make([]int, len(classes))
		}
		acc.Attributes[i] = AttributeAccuracy{Attribute: a.Name, Confusion: Confusion{Classes: classes, Counts: counts}}
	}
	for _, s := range samples {
		got, err := r.Read(ctx, s.Image)
		if err != nil {
			return acc, fmt.Errorf("%s: %w", s.File, err)
		}
		for i, a := range attrs {
			want, ok := s.Labels[a.Name]
			if !ok {
				continue
			}
			ti, ok := index[i][want]
			if !ok {
				return acc, fmt.Errorf("%s: label %s=%q is not one of %v: %w", s.File, a.Name, want, a.Classes, ErrData)
			}
			gi, ok := index[i][got[a.Name]]
			if !ok {
				return acc, fmt.Errorf("%s: reader %s read %s=%q, not one of its classes %v: %w", s.File, r.Name(), a.Name, got[a.Name], a.Classes, ErrRead)
			}
			x := &acc.Attributes[i]
			x.Confusion.Counts[ti][gi]++
			x.N++
			if ti == gi {
				x.Correct++
			}
		}
	}
	for i := range acc.Attributes {
		if x := &acc.Attributes[i]; x.N > 0 {
			x.Accuracy = float64(x.Correct) / float64(x.N)
		}
	}
	return acc, nil
}

// LabelsFile is the name of the labels in a directory of labelled
// pictures, as training/bias_pictures.py writes it: a JSON list of objects
// with "file" (a PNG in the same directory) and attribute -> class; other
// string fields (occupation, background) are kept as labels too.
const LabelsFile = "labels.json"

// maxSamples bounds a labels file.
const maxSamples = 100000

// LoadLabelled reads dir/labels.json in fsys and the PNGs it names.
// Errors wrap ErrData.
func LoadLabelled(fsys fs.FS, dir string) ([]Labelled, error) {
	raw, err := fs.ReadFile(fsys, path.Join(dir, LabelsFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	var rows []map[string]string
	if err := json.Unmarshal(raw, &rows); err != nil {
		return nil, fmt.Errorf("%s: %w: %w", LabelsFile, ErrData, err)
	}
	if len(rows) == 0 || len(rows) > maxSamples {
		return nil, fmt.Errorf("%s: %d pictures, want 1..%d: %w", LabelsFile, len(rows), maxSamples, ErrData)
	}
	out := make([]Labelled, 0, len(rows))
	for i, row := range rows {
		name := row["file"]
		if name == "" || !fs.ValidPath(name) || strings.Contains(name, "/") {
			return nil, fmt.Errorf("%s entry %d: file %q: want a file name in %s: %w", LabelsFile, i, name, dir, ErrData)
		}
		img, err := readPNG(fsys, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		delete(row, "file")
		out = append(out, Labelled{File: name, Image: img, Labels: row})
	}
	return out, nil
}

func readPNG(fsys fs.FS, name string) (*image.NRGBA, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrData, err)
	}
	return ToNRGBA(img), nil
}

// ToNRGBA returns img as *image.NRGBA (itself when it is one), with its
// bounds moved to the origin.
func ToNRGBA(img image.Image) *image.NRGBA {
	if n, ok := img.(*image.NRGBA); ok && n.Rect.Min == (image.Point{}) {
		return n
	}
	b := img.Bounds()
	n := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(n, n.Rect, img, b.Min, draw.Src)
	return n
}
