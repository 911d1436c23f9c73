package report

import "errors"

// Sentinel errors.
var (
	// ErrOptions means the options are inconsistent (a reader declaring an
	// attribute twice with different classes, a bad threshold).
	ErrOptions = errors.New("bias report: bad options")
	// ErrReference means a configured reference distribution is unusable: a
	// negative or non-finite proportion, a class the attribute does not
	// have, or nothing positive.
	ErrReference = errors.New("bias report: bad reference distribution")
	// ErrMixedModels means the observations come from more than one model
	// (or not from the model the options name); build one report per model.
	ErrMixedModels = errors.New("bias report: observations of different models")
	// ErrObservation means an observation cannot be reported (a guidance
	// scale that is not a finite number).
	ErrObservation = errors.New("bias report: bad observation")
	// ErrNoData means a statistic was asked of no observations.
	ErrNoData = errors.New("bias report: no observations")
	// ErrMalformed means a report file is not a signed report in canonical
	// form (bad JSON, a member out of place, bad base64, bad COSE).
	ErrMalformed = errors.New("bias report: malformed report file")
	// ErrUnsigned means a report file has no signature.
	ErrUnsigned = errors.New("bias report: report is not signed")
	// ErrSignature means the signature does not verify over the report: the
	// report was changed after signing, or signed by another key.
	ErrSignature = errors.New("bias report: signature does not verify")
	// ErrUntrusted means the signature verifies but the signer's
	// certificate chain does not lead to a trust anchor (it wraps
	// certs.ErrUntrusted too).
	ErrUntrusted = errors.New("bias report: signer is not trusted")
)
