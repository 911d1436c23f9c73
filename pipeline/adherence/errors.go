package adherence

import "errors"

var (
	// ErrSpec reports a malformed toy-world description (heldout.json).
	ErrSpec = errors.New("adherence: invalid spec")
	// ErrOptions reports unusable evaluation options (no seeds, negative steps or guidance).
	ErrOptions = errors.New("adherence: invalid options")
	// ErrGenerate reports that the generator failed or returned no picture.
	ErrGenerate = errors.New("adherence: generation failed")
)
