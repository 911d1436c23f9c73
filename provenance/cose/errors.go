package cose

import "errors"

// Sentinel errors. Callers map them to C2PA validation status codes (spec 15):
// ErrMalformed to claimSignature.missing / general.error, ErrSignature to
// claimSignature.mismatch, ErrAlgorithm to algorithm.unsupported.
var (
	// ErrMalformed means the bytes are not a COSE_Sign1 structure C2PA accepts
	// (bad CBOR, missing alg or x5chain, unparsable certificate).
	ErrMalformed = errors.New("cose: malformed COSE_Sign1")
	// ErrSignature means the signature does not verify over the claim.
	ErrSignature = errors.New("cose: signature does not verify")
	// ErrAlgorithm means the algorithm is not one C2PA allows (14.4.2), or
	// does not match the signer's key.
	ErrAlgorithm = errors.New("cose: unsupported algorithm")
	// ErrTimestamp means a time-stamp could not be obtained or does not
	// cover the signature.
	ErrTimestamp = errors.New("cose: bad time-stamp")
	// ErrIdentity means the signing identity is unusable (no key, no chain).
	ErrIdentity = errors.New("cose: unusable signing identity")
)

// ErrPadSize means Pad was asked for a size smaller than the signature.
var ErrPadSize = errors.New("cose: reserved size too small")
