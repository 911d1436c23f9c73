package xmp

import "errors"

// Sentinel errors.
var (
	// ErrFormat means the bytes are not a PNG or JPEG this package can walk.
	ErrFormat = errors.New("xmp: not a well-formed PNG or JPEG")
	// ErrTooLarge means the packet does not fit where it must go (one JPEG
	// APP1 segment holds at most 65502 bytes of XMP).
	ErrTooLarge = errors.New("xmp: packet too large")
	// ErrNotFound means the file carries no XMP packet.
	ErrNotFound = errors.New("xmp: no XMP packet")
)
