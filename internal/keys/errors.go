package keys

import "errors"

var (
	// ErrMalformed marks a string that is not a candor API key.
	ErrMalformed = errors.New("malformed API key")
	// ErrUnknown marks a well-formed key that is not in the store, or whose
	// secret does not match.
	ErrUnknown = errors.New("unknown API key")
	// ErrInvalid marks a bad tenant name or role when creating a key.
	ErrInvalid = errors.New("invalid key attributes")
)
