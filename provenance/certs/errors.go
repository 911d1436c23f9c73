package certs

import "errors"

// Sentinel errors.
var (
	// ErrProfile means a signer certificate does not meet the C2PA
	// certificate profile (C2PA 2.2 section 14.5.1); the wrapping error says
	// which rule it breaks. Verifiers report signingCredential.invalid.
	ErrProfile = errors.New("certificate does not meet the C2PA signer profile")
	// ErrUntrusted means the chain does not lead to a trust anchor.
	// Verifiers report signingCredential.untrusted.
	ErrUntrusted = errors.New("certificate chain is not trusted")
	// ErrLoad means a PEM or key file could not be read or parsed.
	ErrLoad = errors.New("cannot load certificate material")
	// ErrKeyMismatch means a private key does not belong to the leaf certificate.
	ErrKeyMismatch = errors.New("private key does not match the certificate")
)
