package diffusion

import "errors"

var (
	// ErrInvalidRequest means the request asks for something this model
	// cannot do: a size that is not a multiple of 8 (or of the VAE's factor),
	// too large, or not the fixed size of a fixed-shape model; steps outside
	// 1..MaxSteps; a negative or non-finite guidance scale; a bad image count
	// or an unknown scheduler. The gateway answers 400.
	ErrInvalidRequest = errors.New("invalid generation request")
	// ErrModel means the model directory or its files are unusable: wrong
	// layout, a missing, truncated or wrong-shaped file, unsupported inputs,
	// or NaN/Inf coming out of a model.
	ErrModel = errors.New("unusable diffusion model")
)
