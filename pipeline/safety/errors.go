package safety

import "errors"

var (
	// ErrConfig means a classifier cannot be set up: a bad or duplicate name
	// or label, a bad input description, a model file that is missing,
	// unreadable or not ONNX, or a model whose input or output does not
	// match its configuration (rank, layout, size, element type, number of
	// labels, scores outside [0, 1] on the start-up probe). New returns it;
	// the process should not start.
	ErrConfig = errors.New("invalid safety classifier configuration")
	// ErrImage means Score was given no image or an empty one.
	ErrImage = errors.New("invalid image for safety scoring")
	// ErrClassifier means a classifier failed while scoring: ONNX Runtime
	// failed, the set was closed, or the output was the wrong size, NaN,
	// infinite or outside [0, 1]. The image has no verdict and must not be
	// released (fail closed).
	ErrClassifier = errors.New("safety classifier failed")
)
