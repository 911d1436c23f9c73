package gateway

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/policy"
)

// Sentinel errors. Most are the domain's (package candor), named here too
// so gateway code and its backends read naturally; the one error handler
// turns them into HTTP answers.
var (
	ErrInvalidRequest  = candor.ErrInvalidRequest  // 400
	ErrUnauthenticated = candor.ErrUnauthenticated // 401
	ErrForbidden       = candor.ErrForbidden       // 403
	ErrNotFound        = candor.ErrNotFound        // 404
	ErrQueueFull       = candor.ErrQueueFull       // 429 with Retry-After
	ErrUnavailable     = candor.ErrUnavailable     // 503 with Retry-After
	ErrContentPolicy   = candor.ErrContentPolicy   // 400 content_policy_violation
	ErrAudit           = candor.ErrAudit           // 500; nothing of the result is sent
	ErrNotConfigured   = candor.ErrNotConfigured   // 501
	// ErrTooLarge marks a body over the route's limit: answer 413.
	ErrTooLarge = errors.New("request body too large")
	// ErrUnsupportedMedia marks a body of a type the route does not take: answer 415.
	ErrUnsupportedMedia = errors.New("unsupported media type")
	// ErrRateLimited marks a key over its rate limit: answer 429 with Retry-After.
	ErrRateLimited = errors.New("rate limit exceeded")
)

// Error types in OpenAI's error shape.
const (
	typeInvalidRequest = "invalid_request_error"
	typeAuthentication = "authentication_error"
	typePermission     = "permission_error"
	typeRateLimit      = "rate_limit_error"
	typeServer         = "server_error"
)

// Error is an API error with everything the error handler needs. Handlers
// return it (or a sentinel wrapped with %w); its Err is never sent to clients.
type Error struct {
	Status     int
	Type       string
	Code       string
	Param      string
	Message    string
	RetryAfter int             // seconds; 0 means no Retry-After header
	Reasons    []policy.Reason // for content_policy_violation of a prompt
	// OutputReasons are the output policy's, for an all-blocked request.
	OutputReasons []candor.SafetyReason
	// Extra is sent as the body's "candor" member (what was generated).
	Extra any
	Err   error // the cause, logged, never sent
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%d %s: %s: %v", e.Status, e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// badRequest is a 400 naming the offending parameter.
func badRequest(param, code, format string, args ...any) *Error {
	return &Error{
		Status:  http.StatusBadRequest,
		Type:    typeInvalidRequest,
		Code:    code,
		Param:   param,
		Message: fmt.Sprintf(format, args...),
		Err:     ErrInvalidRequest,
	}
}

// errorBody is OpenAI's error envelope.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Code    *string `json:"code"`
	Param   *string `json:"param"`
	Reasons any     `json:"reasons,omitempty"`
	Candor  any     `json:"candor,omitempty"`
	// RequestID lets an operator find the log line of a 5xx.
	RequestID string `json:"request_id,omitempty"`
}

// toAPIError maps any error to an *Error. Unknown errors become a 500 whose
// message says nothing of the cause.
func toAPIError(err error) *Error {
	var ae *Error
	if errors.As(err, &ae) {
		out := *ae
		if out.Type == "" {
			out.Type = typeForStatus(out.Status)
		}
		if out.Message == "" {
			out.Message = http.StatusText(out.Status)
		}
		return &out
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &Error{Status: http.StatusRequestEntityTooLarge, Type: typeInvalidRequest, Code: "request_too_large",
			Message: fmt.Sprintf("request body is larger than the limit of %d bytes", mbe.Limit), Err: err}
	}
	type sentinel struct {
		err     error
		status  int
		code    string
		message string
		retry   int
	}
	for _, s := range []sentinel{
		{ErrInvalidRequest, http.StatusBadRequest, "invalid_request", "", 0},
		{ErrUnauthenticated, http.StatusUnauthorized, "invalid_api_key", "missing or unknown API key", 0},
		{ErrForbidden, http.StatusForbidden, "forbidden", "this key may not use this route", 0},
		{ErrNotFound, http.StatusNotFound, "not_found", "not found", 0},
		{ErrTooLarge, http.StatusRequestEntityTooLarge, "request_too_large", "request body too large", 0},
		{ErrUnsupportedMedia, http.StatusUnsupportedMediaType, "unsupported_media_type", "", 0},
		{ErrContentPolicy, http.StatusBadRequest, "content_policy_violation", "", 0},
		{ErrRateLimited, http.StatusTooManyRequests, "rate_limit_exceeded", "rate limit exceeded", 1},
		{ErrQueueFull, http.StatusTooManyRequests, "queue_full", "too many requests are waiting; retry later", 1},
		{ErrUnavailable, http.StatusServiceUnavailable, "unavailable", "service temporarily unavailable; retry later", 1},
		{candor.ErrOutputBlocked, http.StatusBadRequest, "content_policy_violation", "every generated image was blocked by the output safety check", 0},
		{candor.ErrSafetyCheck, http.StatusServiceUnavailable, "safety_check_failed", "the output safety check could not run, so no image was released; retry later", 1},
		{candor.ErrPolicyCheck, http.StatusServiceUnavailable, "policy_check_failed", "the prompt policy check could not run, so nothing was generated; retry later", 1},
		{candor.ErrGone, http.StatusGone, "gone", "", 0},
		{candor.ErrConflict, http.StatusConflict, "conflict", "", 0},
		{ErrNotConfigured, http.StatusNotImplemented, "not_configured", "this feature is not configured on this server", 0},
		{ErrAudit, http.StatusInternalServerError, "audit_failed", "the request could not be recorded in the audit log", 0},
	} {
		if errors.Is(err, s.err) {
			msg := s.message
			if msg == "" {
				// Sentinels for bad input carry a message written for the client.
				msg = err.Error()
			}
			return &Error{Status: s.status, Type: typeForStatus(s.status), Code: s.code, Message: msg, RetryAfter: s.retry, Err: err}
		}
	}
	return &Error{Status: http.StatusInternalServerError, Type: typeServer, Code: "internal_error",
		Message: "internal error", Err: err}
}

func typeForStatus(status int) string {
	switch {
	case status == http.StatusUnauthorized:
		return typeAuthentication
	case status == http.StatusForbidden:
		return typePermission
	case status == http.StatusTooManyRequests:
		return typeRateLimit
	case status >= 500:
		return typeServer
	default:
		return typeInvalidRequest
	}
}
