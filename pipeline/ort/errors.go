package ort

import "errors"

var (
	// ErrLibraryMissing means the ONNX Runtime shared library was not found at
	// the given path. `make ort` fetches it.
	ErrLibraryMissing = errors.New("ONNX Runtime library not found (run `make ort`)")
	// ErrNotInitialized means Init has not succeeded yet.
	ErrNotInitialized = errors.New("ONNX Runtime not initialized (call ort.Init first)")
	// ErrInit means the library was found but the runtime could not start.
	ErrInit = errors.New("ONNX Runtime initialisation failed")
	// ErrModel means a model file is missing, unreadable or not a valid ONNX
	// model, or declares inputs or outputs this package cannot feed.
	ErrModel = errors.New("invalid ONNX model")
	// ErrInput means the tensors given to Run do not match the model's
	// declared inputs (missing name, wrong element type, rank or dimension).
	ErrInput = errors.New("invalid model input")
	// ErrRun means ONNX Runtime failed while running the model.
	ErrRun = errors.New("ONNX Runtime run failed")
	// ErrClosed means the session was closed.
	ErrClosed = errors.New("session closed")
)
