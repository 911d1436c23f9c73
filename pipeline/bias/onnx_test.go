package bias_test

import (
	"context"
	"errors"
	"image"
	"image/color"
	"reflect"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/pipeline/bias"
	"github.com/candor-ai/candor/pipeline/safety"
	"github.com/candor-ai/candor/pipeline/safety/safetytest"
)

func halfRed() *image.NRGBA {
	img := safetytest.Solid(32, 32, color.NRGBA{255, 255, 255, 255})
	for y := range 32 {
		for x := range 16 {
			img.SetNRGBA(x, y, color.NRGBA{255, 0, 0, 255})
		}
	}
	return img
}

// TestONNX reads with the tiny test classifier of package safetytest
// (scores "unsafe" by redness): the attribute is the classifier's name,
// the class its top label, Unknown below the minimum confidence.
func TestONNX(t *testing.T) {
	lib := orttest.Lib(t)
	ctx := context.Background()
	r, err := bias.NewONNX(ctx, bias.ONNXConfig{
		Classifiers: []safety.ClassifierConfig{safetytest.Red("redness")},
		LibPath:     lib, Threads: 1, MinConfidence: 0.9,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if want := []bias.Attribute{{Name: "redness", Classes: []string{"other", "unsafe"}}}; !reflect.DeepEqual(r.Attributes(), want) {
		t.Errorf("attributes %v, want %v", r.Attributes(), want)
	}
	if r.Name() != "onnx:redness" || len(r.Classifiers()) != 1 || r.Classifiers()[0].ModelSHA256 == "" {
		t.Errorf("name %q, classifiers %+v", r.Name(), r.Classifiers())
	}
	for _, tc := range []struct {
		name string
		img  *image.NRGBA
		want string
	}{
		{"red", safetytest.Solid(32, 32, color.NRGBA{255, 0, 0, 255}), "unsafe"},
		{"white", safetytest.Solid(32, 32, color.NRGBA{255, 255, 255, 255}), "other"},
		{"green 64x64", safetytest.Solid(64, 64, color.NRGBA{0, 255, 0, 255}), "other"},
		{"half red, about 0.5", halfRed(), bias.Unknown},
	} {
		got, err := r.Read(ctx, tc.img)
		if err != nil {
			t.Fatal(err)
		}
		if got["redness"] != tc.want || len(got) != 1 {
			t.Errorf("%s: %v, want redness=%s", tc.name, got, tc.want)
		}
	}
	if _, err := r.Read(ctx, nil); !errors.Is(err, bias.ErrImage) {
		t.Errorf("nil image: %v", err)
	}
}

// TestONNXFailsClosed: a classifier whose scores are NaN (on blue) makes
// Read fail with ErrRead and no attributes, as safety would.
func TestONNXFailsClosed(t *testing.T) {
	lib := orttest.Lib(t)
	r, err := bias.NewONNX(context.Background(), bias.ONNXConfig{
		Classifiers: []safety.ClassifierConfig{safetytest.BlueNaN("b")}, LibPath: lib, Threads: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := r.Read(context.Background(), safetytest.Solid(32, 32, color.NRGBA{0, 0, 255, 255}))
	if !errors.Is(err, bias.ErrRead) || !errors.Is(err, safety.ErrClassifier) || got != nil {
		t.Errorf("%v %v, want ErrRead wrapping safety.ErrClassifier", got, err)
	}
}

func TestONNXConfig(t *testing.T) {
	lib := orttest.Lib(t)
	unknownLabel := safetytest.Red("r")
	unknownLabel.Labels = []string{"other", bias.Unknown}
	badName := safetytest.Red("Not OK")
	for _, tc := range []struct {
		name string
		cfg  bias.ONNXConfig
	}{
		{"none", bias.ONNXConfig{}},
		{"confidence above 1", bias.ONNXConfig{Classifiers: []safety.ClassifierConfig{safetytest.Red("r")}, MinConfidence: 2}},
		{"label unknown", bias.ONNXConfig{Classifiers: []safety.ClassifierConfig{unknownLabel}}},
		{"name unknown", bias.ONNXConfig{Classifiers: []safety.ClassifierConfig{safetytest.Red(bias.Unknown)}}},
		{"bad name (safety's check)", bias.ONNXConfig{Classifiers: []safety.ClassifierConfig{badName}}},
		{"twice (safety's check)", bias.ONNXConfig{Classifiers: []safety.ClassifierConfig{safetytest.Red("r"), safetytest.Red("r")}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.cfg.LibPath, tc.cfg.Threads = lib, 1
			if r, err := bias.NewONNX(context.Background(), tc.cfg); !errors.Is(err, bias.ErrConfig) {
				if r != nil {
					r.Close()
				}
				t.Errorf("%v, want ErrConfig", err)
			}
		})
	}
}
