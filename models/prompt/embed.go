// Package prompt carries candor's built-in prompt classifier in the binary:
// a hashed n-gram embedding bag and MLP trained by training/prompt/train.py
// on the corpus in training/prompt/data (seeded; see MODEL_CARD.md for the
// data, the metrics per category and language, and the known limits).
// SHA256SUMS holds the hashes, which the tests check. pipeline/promptclf
// runs it.
package prompt

import _ "embed"

//go:embed model.onnx
var model []byte

//go:embed labels.json
var labels []byte

//go:embed featurizer.json
var featurizer []byte

//go:embed SHA256SUMS
var sums []byte

// Model returns the ONNX model's bytes. The slice is shared: do not modify it.
func Model() []byte { return model }

// Labels returns labels.json: the model's output labels in order.
func Labels() []byte { return append([]byte(nil), labels...) }

// Featurizer returns featurizer.json: the featuriser's parameters.
func Featurizer() []byte { return append([]byte(nil), featurizer...) }

// SHA256SUMS returns the committed hash list (sha256sum format).
func SHA256SUMS() []byte { return append([]byte(nil), sums...) }
