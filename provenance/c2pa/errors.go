package c2pa

import "errors"

// Sentinel errors, wrapped with context by the functions that return them.
var (
	// ErrFormat: the asset is neither PNG nor JPEG, or its container
	// structure (chunks, segments) is broken.
	ErrFormat = errors.New("c2pa: unsupported or malformed asset")
	// ErrNoManifest: the asset carries no C2PA manifest store.
	ErrNoManifest = errors.New("c2pa: no manifest store in the asset")
	// ErrManifest: the manifest store, a manifest, its claim or an
	// assertion is malformed.
	ErrManifest = errors.New("c2pa: malformed manifest")
	// ErrOptions: SignOptions are incomplete or inconsistent.
	ErrOptions = errors.New("c2pa: invalid sign options")
	// ErrSign: signing or embedding failed.
	ErrSign = errors.New("c2pa: signing failed")
	// ErrTooLarge: the manifest store would not fit the container.
	ErrTooLarge = errors.New("c2pa: manifest store too large")
	// errStopped: a hash was stopped, ctx being done or the verification's
	// hashing budget spent (internal to Verify).
	errStopped = errors.New("c2pa: hashing stopped")
)
