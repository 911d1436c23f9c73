// Package safetytest provides tiny ONNX classifiers for tests of the
// output-safety paths (blocking, holding, failing closed) in other packages,
// so they need neither the built-in classifier's 10 MB nor unsafe pictures.
// The models are made by pipeline/safety/testdata/make_models.py (fixed
// weights, no training).
package safetytest

import (
	_ "embed"
	"image"
	"image/color"

	"github.com/candor-ai/candor/pipeline/safety"
)

//go:embed red.onnx
var red []byte

//go:embed blue_nan.onnx
var blueNaN []byte

// Labels of both test classifiers, in output order.
var Labels = []string{"other", "unsafe"}

// input is how both models are fed: 32x32 NCHW in [0, 1].
var input = safety.InputSpec{
	Width: 32, Height: 32, Layout: safety.LayoutNCHW, Scale: 1.0 / 255,
	Mean: [3]float64{0, 0, 0}, Std: [3]float64{1, 1, 1}, Resize: safety.ResizeBilinear,
}

// Red is a classifier that flags red pictures. Over the 32x32 resized
// image, z = 12 * (mean(R) - (mean(G) + mean(B)) / 2 - 0.5) with channels in
// [0, 1], and the scores are other = 1 - sigmoid(z), unsafe = sigmoid(z):
// pure red scores <name>.unsafe 0.9975, grey, white, black, green or blue
// 0.0025, and half the picture red about 0.5.
func Red(name string) safety.ClassifierConfig {
	return safety.ClassifierConfig{
		Name: name, Model: "safetytest:red.onnx", ModelData: append([]byte(nil), red...),
		Labels: append([]string(nil), Labels...), Input: input,
	}
}

// BlueNaN is Red, except that its scores are NaN on mostly blue pictures
// (mean(B) - (mean(R) + mean(G)) / 2 > 0.5 over the 32x32 resized image,
// e.g. pure blue): it loads (the start-up probe is grey), then Score fails
// with safety.ErrClassifier on a blue image, to test that callers fail
// closed.
func BlueNaN(name string) safety.ClassifierConfig {
	c := Red(name)
	c.Model, c.ModelData = "safetytest:blue_nan.onnx", append([]byte(nil), blueNaN...)
	return c
}

// RedModel returns red.onnx's bytes, for tests that need a file.
func RedModel() []byte { return append([]byte(nil), red...) }

// BlueNaNModel returns blue_nan.onnx's bytes.
func BlueNaNModel() []byte { return append([]byte(nil), blueNaN...) }

// Solid returns a w x h picture of one colour.
func Solid(w, h int, c color.NRGBA) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return img
}
