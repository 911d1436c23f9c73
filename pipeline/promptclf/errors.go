package promptclf

import "errors"

var (
	// ErrModel means the model files cannot be used (missing, malformed, or
	// inputs and outputs other than promptclf's).
	ErrModel = errors.New("promptclf: unusable model")
	// ErrRun means ONNX Runtime failed to score a prompt.
	ErrRun = errors.New("promptclf: scoring failed")
	// ErrClosed means the Model was closed.
	ErrClosed = errors.New("promptclf: model closed")
)
