package safety

import (
	"fmt"
	"math"
	"regexp"

	"github.com/candor-ai/candor/models/nsfw"
)

// Layouts and resize methods an InputSpec may name.
const (
	LayoutNCHW     = "NCHW"
	LayoutNHWC     = "NHWC"
	ResizeBilinear = "bilinear"
	ResizeNearest  = "nearest"
)

// MaxSide bounds InputSpec.Width and Height.
const MaxSide = 4096

// InputSpec says how a classifier wants its pixels: the image is resized
// straight to Width x Height (no crop, aspect ratio not kept), each RGB
// channel value v in 0..255 (alpha dropped, not premultiplied) becomes
// (v*Scale - Mean[c]) / Std[c], laid out as [1, 3, H, W] (NCHW) or
// [1, H, W, 3] (NHWC), float32.
//
// Resize "bilinear" is TensorFlow's resize_bilinear with align_corners=true
// (tf.image.resizeBilinear(x, size, true) in TensorFlow.js, as nsfwjs
// uses): output pixel i samples source coordinate i*(in-1)/(out-1) and
// interpolates its two neighbours in each axis (coordinate 0 when out is 1).
// "nearest" takes the source pixel at round(i*(in-1)/(out-1)) (TensorFlow's
// resize_nearest_neighbor with align_corners=true). "" means bilinear.
type InputSpec struct {
	Width  int        `yaml:"width" json:"width"`
	Height int        `yaml:"height" json:"height"`
	Layout string     `yaml:"layout" json:"layout"`
	Scale  float64    `yaml:"scale" json:"scale"`
	Mean   [3]float64 `yaml:"mean" json:"mean"`
	Std    [3]float64 `yaml:"std" json:"std"`
	Resize string     `yaml:"resize" json:"resize"`
}

// ClassifierConfig is one entry of the config file's safety.classifiers.
// Scores are named "<Name>.<label>".
type ClassifierConfig struct {
	Name string `yaml:"name" json:"name"`
	// Model is the ONNX file. When ModelData is set it is loaded instead and
	// Model only names it in errors and Info (e.g. "builtin:nsfw").
	Model     string    `yaml:"model" json:"model"`
	ModelData []byte    `yaml:"-" json:"-"`
	Labels    []string  `yaml:"labels" json:"labels"` // the model's output order
	Input     InputSpec `yaml:"input" json:"input"`
}

// BuiltinName is the built-in classifier's name; its scores are
// nsfw.drawing, nsfw.hentai, nsfw.neutral, nsfw.porn and nsfw.sexy.
const BuiltinName = "nsfw"

// Builtin is the built-in classifier, nsfwjs 4.4.0's MobileNetV2 carried in
// the binary by package models/nsfw, fed exactly as nsfwjs feeds it: RGB,
// /255, bilinear align-corners straight to 224x224, NHWC.
func Builtin() ClassifierConfig {
	return ClassifierConfig{
		Name:      BuiltinName,
		Model:     "builtin:nsfw (" + nsfw.Source + ")",
		ModelData: nsfw.Model(),
		Labels:    append([]string(nil), nsfw.Labels[:]...),
		Input: InputSpec{
			Width: nsfw.Width, Height: nsfw.Height, Layout: nsfw.Layout,
			Scale: 1.0 / 255, Mean: [3]float64{0, 0, 0}, Std: [3]float64{1, 1, 1},
			Resize: ResizeBilinear,
		},
	}
}

// namePattern is what classifier names and labels may look like, so that
// "<name>.<label>" is unambiguous and safe as a config key and a metric label.
var namePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

// validate checks what can be checked without the model.
func (c ClassifierConfig) validate() error {
	if !namePattern.MatchString(c.Name) {
		return fmt.Errorf("classifier name %q: want 1-64 of a-z, 0-9, _ and -, starting with a letter or digit: %w", c.Name, ErrConfig)
	}
	if c.Model == "" && c.ModelData == nil {
		return fmt.Errorf("classifier %q: no model given: %w", c.Name, ErrConfig)
	}
	if len(c.Labels) == 0 {
		return fmt.Errorf("classifier %q: no labels (list the model's outputs in order): %w", c.Name, ErrConfig)
	}
	seen := map[string]bool{}
	for _, l := range c.Labels {
		if !namePattern.MatchString(l) {
			return fmt.Errorf("classifier %q: label %q: want 1-64 of a-z, 0-9, _ and -, starting with a letter or digit: %w", c.Name, l, ErrConfig)
		}
		if seen[l] {
			return fmt.Errorf("classifier %q: label %q twice: %w", c.Name, l, ErrConfig)
		}
		seen[l] = true
	}
	if err := c.Input.validate(); err != nil {
		return fmt.Errorf("classifier %q: %w", c.Name, err)
	}
	return nil
}

func (s InputSpec) validate() error {
	if s.Width < 1 || s.Height < 1 || s.Width > MaxSide || s.Height > MaxSide {
		return fmt.Errorf("input size %dx%d: want 1..%d each: %w", s.Width, s.Height, MaxSide, ErrConfig)
	}
	if s.Layout != LayoutNCHW && s.Layout != LayoutNHWC {
		return fmt.Errorf("input layout %q: want %s or %s: %w", s.Layout, LayoutNCHW, LayoutNHWC, ErrConfig)
	}
	if s.Resize != "" && s.Resize != ResizeBilinear && s.Resize != ResizeNearest {
		return fmt.Errorf("input resize %q: want %s or %s: %w", s.Resize, ResizeBilinear, ResizeNearest, ErrConfig)
	}
	if !(s.Scale > 0) || math.IsInf(s.Scale, 0) {
		return fmt.Errorf("input scale %v: want a positive number (1/255 for [0, 1]): %w", s.Scale, ErrConfig)
	}
	for c := range 3 {
		if math.IsNaN(s.Mean[c]) || math.IsInf(s.Mean[c], 0) {
			return fmt.Errorf("input mean[%d] %v: %w", c, s.Mean[c], ErrConfig)
		}
		if s.Std[c] == 0 || math.IsNaN(s.Std[c]) || math.IsInf(s.Std[c], 0) {
			return fmt.Errorf("input std[%d] %v: want a non-zero number ([1, 1, 1] for none): %w", c, s.Std[c], ErrConfig)
		}
	}
	return nil
}
