package bias

import "errors"

var (
	// ErrNoData means a model directory has no bias reader data
	// (bias_readers.json): its pictures can be read only by generic readers
	// such as SkinTone or configured ONNX classifiers.
	ErrNoData = errors.New("no bias reader data")
	// ErrData means bias reader data is malformed (bad JSON, a region outside
	// the picture, a class listed twice, ...).
	ErrData = errors.New("invalid bias reader data")
	// ErrConfig means an attribute reader's configuration is invalid.
	ErrConfig = errors.New("invalid attribute reader configuration")
	// ErrImage means a picture cannot be read (nil, empty, or a pixel buffer
	// shorter than its bounds).
	ErrImage = errors.New("invalid image for attribute reading")
	// ErrRead means a reader failed on a valid picture (a classifier error,
	// say); no attributes are returned with it.
	ErrRead = errors.New("attribute reader failed")
)
