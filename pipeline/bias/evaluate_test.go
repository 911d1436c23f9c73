package bias_test

import (
	"context"
	"errors"
	"image"
	"image/color"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/candor-ai/candor/pipeline/bias"
)

var skinLight = color.NRGBA{250, 215, 180, 255}

func toyFS() fs.FS { return os.DirFS("testdata/toyworld") }

// fake reads a fixed answer per picture width, or fails.
type fake struct {
	answers map[int]map[string]string
	err     error
}

func (fake) Name() string { return "fake" }
func (fake) Attributes() []bias.Attribute {
	return []bias.Attribute{{Name: "colour", Classes: []string{"red", "blue"}}}
}
func (f fake) Read(_ context.Context, img *image.NRGBA) (map[string]string, error) {
	if f.err != nil {
		return nil, f.err
	}
	return f.answers[img.Rect.Dx()], nil
}

func sample(w int, label string) bias.Labelled {
	return bias.Labelled{File: "x", Image: solid(w, 1, skinLight), Labels: map[string]string{"colour": label}}
}

func TestEvaluate(t *testing.T) {
	r := fake{answers: map[int]map[string]string{
		1: {"colour": "red"}, 2: {"colour": "blue"}, 3: {"colour": bias.Unknown},
	}}
	samples := []bias.Labelled{
		sample(1, "red"), sample(1, "red"), sample(2, "red"), sample(3, "red"),
		sample(2, "blue"), sample(1, "blue"), sample(3, bias.Unknown),
		{File: "unlabelled", Image: solid(1, 1, skinLight), Labels: map[string]string{"other": "x"}},
	}
	acc, err := bias.Evaluate(context.Background(), r, samples)
	if err != nil {
		t.Fatal(err)
	}
	a := acc.Attributes[0]
	want := bias.Confusion{Classes: []string{"red", "blue", bias.Unknown}, Counts: [][]int{{2, 1, 1}, {1, 1, 0}, {0, 0, 1}}}
	if !reflect.DeepEqual(a.Confusion, want) || a.N != 7 || a.Correct != 4 {
		t.Errorf("got %+v, want %+v, 4/7", a, want)
	}
	if acc.N != 8 || acc.Min() != 4.0/7 || acc.PerAttribute()["colour"] != 4.0/7 {
		t.Errorf("accuracy %+v", acc)
	}
	if _, ok := acc.PerAttribute()["other"]; ok {
		t.Error("unmeasured attribute in PerAttribute")
	}
	if s := acc.String(); !strings.Contains(s, "colour: 4/7 = 57.1%") {
		t.Errorf("String:\n%s", s)
	}

	if _, err := bias.Evaluate(context.Background(), r, []bias.Labelled{sample(1, "green")}); !errors.Is(err, bias.ErrData) {
		t.Errorf("label outside the classes: %v, want ErrData", err)
	}
	odd := fake{answers: map[int]map[string]string{1: {"colour": "green"}}}
	if _, err := bias.Evaluate(context.Background(), odd, []bias.Labelled{sample(1, "red")}); !errors.Is(err, bias.ErrRead) {
		t.Errorf("reading outside the classes: %v, want ErrRead", err)
	}
	boom := errors.New("boom")
	if _, err := bias.Evaluate(context.Background(), fake{err: boom}, []bias.Labelled{sample(1, "red")}); !errors.Is(err, boom) {
		t.Errorf("reader error: %v", err)
	}
}

func TestLoadLabelledErrors(t *testing.T) {
	for _, dir := range []string{"missing", "."} {
		if _, err := bias.LoadLabelled(os.DirFS("testdata"), dir); !errors.Is(err, bias.ErrData) {
			t.Errorf("%s: %v, want ErrData", dir, err)
		}
	}
}

func TestCombine(t *testing.T) {
	tw := builtinToyWorld(t)
	c, err := bias.Combine(tw, tw.SkinTone())
	if err != nil {
		t.Fatal(err)
	}
	if c.Name() != "toyworld+skintone-face" || len(c.Attributes()) != 5 {
		t.Errorf("%s %v", c.Name(), c.Attributes())
	}
	s := toySamples(t)[0]
	got, err := c.Read(context.Background(), s.Image)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"skin_tone": s.Labels["skin_tone"], "hair": s.Labels["hair"],
		"attire": s.Labels["attire"], "ita": bias.ITAVeryLight, "monk": "4"}
	if s.Labels["skin_tone"] != "light" || !reflect.DeepEqual(got, want) {
		t.Errorf("%s %v: read %v, want %v", s.File, s.Labels, got, want)
	}
	if _, err := bias.Combine(tw, tw); !errors.Is(err, bias.ErrConfig) {
		t.Errorf("same attributes twice: %v, want ErrConfig", err)
	}
	if _, err := bias.Combine(); !errors.Is(err, bias.ErrConfig) {
		t.Errorf("none: %v, want ErrConfig", err)
	}
	if _, err := c.Read(context.Background(), nil); !errors.Is(err, bias.ErrImage) {
		t.Errorf("nil image: %v", err)
	}
}
