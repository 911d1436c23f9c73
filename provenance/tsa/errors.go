package tsa

import "errors"

// Sentinel errors.
var (
	// ErrUnavailable means the time-stamp authority could not be reached or
	// answered with an HTTP error.
	ErrUnavailable = errors.New("tsa: time-stamp authority unavailable")
	// ErrResponse means the authority answered with a rejection or bytes that
	// are not an RFC 3161 TimeStampResp.
	ErrResponse = errors.New("tsa: bad time-stamp response")
	// ErrToken means a TimeStampToken is malformed, unsigned, badly signed or
	// signed by a certificate without the timeStamping purpose.
	ErrToken = errors.New("tsa: bad time-stamp token")
	// ErrImprint means the token's message imprint does not match the data.
	ErrImprint = errors.New("tsa: message imprint does not match")
)
