package jumbf

import "errors"

// Sentinel errors. Every parse failure wraps ErrMalformed, so callers can
// treat hostile input uniformly; the finer sentinels say why.
var (
	// ErrMalformed: the bytes are not a well-formed JUMBF box tree.
	ErrMalformed = errors.New("jumbf: malformed box")
	// ErrTruncated: a box declares more bytes than remain.
	ErrTruncated = errors.New("jumbf: box length past the end of the data")
	// ErrTooDeep: superboxes nest deeper than MaxDepth.
	ErrTooDeep = errors.New("jumbf: superboxes nested too deeply")
	// ErrNotSuperbox: a jumb box does not start with a jumd description box.
	ErrNotSuperbox = errors.New("jumbf: superbox without a description box")
)
