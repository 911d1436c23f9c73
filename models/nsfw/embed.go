// Package nsfw carries candor's default output-safety classifier in the
// binary: nsfwjs 4.4.0's MobileNetV2 (MIT, Infinite Red; weights from the
// MIT-licensed GantMan/nsfw_model), converted to ONNX by
// training/nsfw/convert.py. MODEL_CARD.md says what it is, how it was
// converted, how it must be fed and where it fails; LICENSE holds the
// notices; SHA256SUMS the hashes, which the tests check.
//
// Input "input": float32 [N, 224, 224, 3] (NHWC), RGB in [0, 1] (pixel/255,
// alpha dropped), resized bilinearly with align-corners straight to 224x224.
// Output "scores": float32 [N, 5], softmax over Labels in this order.
package nsfw

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/candor-ai/candor/internal/fsutil"
)

//go:embed model.onnx
var model []byte

//go:embed SHA256SUMS
var sums []byte

// Labels are the model's outputs in order (nsfwjs' class names, lower-cased).
var Labels = [...]string{"drawing", "hentai", "neutral", "porn", "sexy"}

// Model input size and layout.
const (
	Width  = 224
	Height = 224
	Layout = "NHWC"
	Source = "npm:nsfwjs@4.4.0 dist/models/mobilenet_v2"
)

// ErrExists means WriteFile found a different file at the target path.
var ErrExists = errors.New("a different file already exists")

// Model returns the ONNX model's bytes. The slice is shared: do not modify it.
func Model() []byte { return model }

// SHA256SUMS returns the committed hash list (sha256sum format).
func SHA256SUMS() []byte { return append([]byte(nil), sums...) }

// WriteFile writes the model to dir/model.onnx for runtimes that need a
// path, and returns that path. An identical file already there is reused;
// a different one is an error wrapping ErrExists (nothing is overwritten).
func WriteFile(dir string) (string, error) {
	p := filepath.Join(dir, "model.onnx")
	if old, err := os.ReadFile(p); err == nil {
		if string(old) == string(model) {
			return p, nil
		}
		return "", fmt.Errorf("%s: %w", p, ErrExists)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := fsutil.WriteAtomic(p, model, 0o600); err != nil {
		return "", err
	}
	return p, nil
}
