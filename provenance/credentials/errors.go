package credentials

import "errors"

// Sentinel errors.
var (
	// ErrSelfVerify means candor's own verifier did not accept the signed
	// output; the bytes are withheld. This is an internal failure (answer
	// 500), never the client's fault.
	ErrSelfVerify = errors.New("credentials: signed output failed self-verification")
	// ErrOptions means IssueOptions or Config are unusable (unknown format,
	// quality out of range, empty image).
	ErrOptions = errors.New("credentials: bad options")
	// ErrTooLarge means a file given to Verify is larger than MaxVerifyBytes.
	ErrTooLarge = errors.New("credentials: file too large")
)
