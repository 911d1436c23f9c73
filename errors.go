package candor

import "errors"

// Sentinel errors shared by every caller of the generation flow. Backends
// wrap them with %w; the gateway's one error handler turns them into HTTP
// answers and the CLI into exit codes.
var (
	// ErrInvalidRequest marks bad input: HTTP 400.
	ErrInvalidRequest = errors.New("invalid request")
	// ErrUnauthenticated marks a missing, malformed or unknown API key: 401.
	ErrUnauthenticated = errors.New("unauthenticated")
	// ErrForbidden marks a key without the role or tenant for a route: 403.
	ErrForbidden = errors.New("forbidden")
	// ErrNotFound marks something that does not exist for this tenant: 404.
	ErrNotFound = errors.New("not found")
	// ErrGone marks something that existed and was destroyed (a rejected
	// held image): 410.
	ErrGone = errors.New("gone")
	// ErrPending marks work accepted but not finished (a held image awaiting
	// review): 202.
	ErrPending = errors.New("pending")
	// ErrConflict marks a state change that is no longer possible (a held
	// image already decided): 409.
	ErrConflict = errors.New("conflict")
	// ErrQueueFull marks a full work queue: 429 with Retry-After.
	ErrQueueFull = errors.New("work queue full")
	// ErrUnavailable marks a backend that cannot take work now (queue wait
	// too long, pushback): 503 with Retry-After.
	ErrUnavailable = errors.New("service unavailable")
	// ErrContentPolicy marks a prompt the prompt policy refused: 400
	// content_policy_violation (CLI exit 3).
	ErrContentPolicy = errors.New("content policy violation")
	// ErrOutputBlocked marks a request none of whose images was released by
	// the output safety stage: 400 content_policy_violation with param
	// "output" (CLI exit 4).
	ErrOutputBlocked = errors.New("output blocked by the safety check")
	// ErrSafetyCheck marks a safety classifier or output policy that failed
	// at run time; nothing is released (fail closed): 503.
	ErrSafetyCheck = errors.New("safety check failed")
	// ErrPolicyCheck marks a prompt policy check that could not run (the
	// prompt classifier failed); nothing is generated (fail closed): 503.
	ErrPolicyCheck = errors.New("prompt policy check failed")
	// ErrAudit marks a failed audit append; the request fails and nothing of
	// its result is released.
	ErrAudit = errors.New("audit log append failed")
	// ErrNotConfigured marks an optional backend that is not wired: 501.
	ErrNotConfigured = errors.New("not configured")
)
