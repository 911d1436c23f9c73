package models

import "errors"

var (
	// ErrEmbedded means the model compiled into the binary disagrees with
	// its own SHA256SUMS (a malformed line, a file missing from the
	// embedding or from the list, or one whose hash differs): the binary
	// was built from a broken checkout and should not be used.
	ErrEmbedded = errors.New("embedded built-in model is inconsistent")
	// ErrMaterialize means the built-in model could not be written out or
	// checked on disk (permissions, a full disk, a file in the way).
	ErrMaterialize = errors.New("cannot write out the built-in model")
)
