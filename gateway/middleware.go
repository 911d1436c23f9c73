package gateway

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// HeaderRequestID carries the request id: the client's own on the way in,
// the server's on the way out.
const HeaderRequestID = "X-Request-Id"

// HeaderClientRequestID echoes the client's own request id.
const HeaderClientRequestID = "X-Client-Request-Id"

// Context keys.
const (
	ctxRequestID = "candor.request_id"
	ctxPrincipal = "candor.principal"
	// ctxClientRequestID is the client's X-Request-Id, when sane.
	ctxClientRequestID = "candor.client_request_id"
)

// routeUnmatched labels metrics of requests that matched no route.
const routeUnmatched = "unmatched"

// requestID gives every request a server-made id (never the client's: it
// goes into audit entries and manifest titles) and answers it in
// X-Request-Id. A sane client X-Request-Id is kept apart as the client's own
// id (clientRequestID) and echoed in X-Client-Request-Id.
func requestID(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		id := newRequestID()
		c.Set(ctxRequestID, id)
		c.Response().Header().Set(HeaderRequestID, id)
		if v := c.Request().Header.Get(HeaderRequestID); saneRequestID(v) {
			c.Set(ctxClientRequestID, v)
			c.Response().Header().Set(HeaderClientRequestID, v)
		}
		return next(c)
	}
}

func saneRequestID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return "req_" + hex.EncodeToString(b[:])
}

func getRequestID(c echo.Context) string {
	id, _ := c.Get(ctxRequestID).(string)
	return id
}

func getPrincipal(c echo.Context) (candor.Principal, bool) {
	p, ok := c.Get(ctxPrincipal).(candor.Principal)
	return p, ok
}

// observe logs each request as one JSON line and counts it in the metrics.
// It runs the error handler itself so the status it records is the one sent.
func (s *Server) observe(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		if err != nil {
			c.Error(err)
		}
		route := c.Path()
		if !s.routePaths[route] {
			route = routeUnmatched // bound the label's values
		}
		status := c.Response().Status
		elapsed := time.Since(start)
		s.metrics.requests.WithLabelValues(route, c.Request().Method, strconv.Itoa(status)).Inc()
		s.metrics.latency.WithLabelValues(route).Observe(elapsed.Seconds())
		attrs := []slog.Attr{
			slog.String("request_id", getRequestID(c)),
			slog.String("method", c.Request().Method),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Int64("bytes", c.Response().Size),
			slog.Float64("latency_ms", float64(elapsed.Microseconds())/1000),
			slog.String("remote", clientIP(c.Request(), s.trustedProxies).String()),
		}
		if p, ok := getPrincipal(c); ok {
			attrs = append(attrs, slog.String("tenant", p.Tenant), slog.String("key_id", p.KeyID))
		}
		if v := clientRequestID(c); v != "" {
			attrs = append(attrs, slog.String("client_request_id", v))
		}
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
			if err != nil {
				attrs = append(attrs, slog.String("err", err.Error()))
			}
		}
		s.log.LogAttrs(c.Request().Context(), level, "request", attrs...)
		return nil
	}
}

// recoverPanics turns a panic in a handler into a 500 and a logged stack, so
// one bad request never takes the process down.
func (s *Server) recoverPanics(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler {
					panic(r)
				}
				s.log.Error("panic in handler", slog.String("request_id", getRequestID(c)),
					slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		return next(c)
	}
}

// bodyLimit refuses bodies over n bytes with 413: at once when
// Content-Length says so, otherwise when reading passes the limit.
func bodyLimit(n int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			if req.ContentLength > n {
				return &Error{Status: http.StatusRequestEntityTooLarge, Code: "request_too_large",
					Message: fmt.Sprintf("request body is larger than the limit of %d bytes", n), Err: ErrTooLarge}
			}
			req.Body = http.MaxBytesReader(c.Response(), req.Body, n)
			return next(c)
		}
	}
}

// requireRole authenticates the bearer key (401), checks its role (403) and
// its rate limit (429 with Retry-After). Refusals are audited (refused).
func (s *Server) requireRole(role string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			token, err := bearer(c.Request())
			if err != nil {
				return s.refused(c, nil, token, err)
			}
			p, err := s.auth.Authenticate(c.Request().Context(), token)
			if err != nil {
				if errors.Is(err, ErrUnauthenticated) {
					return s.refused(c, nil, token, &Error{Status: http.StatusUnauthorized, Code: "invalid_api_key",
						Message: "unknown API key", Err: err})
				}
				return fmt.Errorf("authenticate: %w", err)
			}
			c.Set(ctxPrincipal, p)
			if !p.HasRole(role) {
				return s.refused(c, &p, token, &Error{Status: http.StatusForbidden, Code: "insufficient_role",
					Message: fmt.Sprintf("this key lacks the %q role", role), Err: ErrForbidden})
			}
			ok, retry := s.limiters.allow(p.KeyID, s.tenant(p.Tenant).RateLimit, s.now())
			if !ok {
				return s.refused(c, &p, token, &Error{Status: http.StatusTooManyRequests, Code: "rate_limit_exceeded",
					Message: "rate limit for this key exceeded", RetryAfter: retry, Err: ErrRateLimited})
			}
			return next(c)
		}
	}
}

// optionalKey authenticates a key when one is sent (a wrong one is still a
// 401), so requests to open routes are attributed to their tenant.
func (s *Server) optionalKey(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get(echo.HeaderAuthorization) == "" {
			ok, retry := s.anonLimiters.allow(bucketKey(clientIP(c.Request(), s.trustedProxies)), s.limits.Anonymous, s.now())
			if !ok {
				return s.refused(c, nil, "", &Error{Status: http.StatusTooManyRequests, Code: "rate_limit_exceeded",
					Message:    "too many requests without an API key from this address; retry later or send a key",
					RetryAfter: retry, Err: ErrRateLimited})
			}
			return next(c)
		}
		token, err := bearer(c.Request())
		if err != nil {
			return s.refused(c, nil, token, err)
		}
		p, err := s.auth.Authenticate(c.Request().Context(), token)
		if err != nil {
			if errors.Is(err, ErrUnauthenticated) {
				return s.refused(c, nil, token, &Error{Status: http.StatusUnauthorized, Code: "invalid_api_key", Message: "unknown API key", Err: err})
			}
			return fmt.Errorf("authenticate: %w", err)
		}
		c.Set(ctxPrincipal, p)
		// A keyed request is limited like the key's other requests.
		if ok, retry := s.limiters.allow(p.KeyID, s.tenant(p.Tenant).RateLimit, s.now()); !ok {
			return s.refused(c, &p, token, &Error{Status: http.StatusTooManyRequests, Code: "rate_limit_exceeded",
				Message: "rate limit for this key exceeded", RetryAfter: retry, Err: ErrRateLimited})
		}
		return next(c)
	}
}

// refused records a request the middleware refused (401, 403, 429) in the
// audit log, at most refusalRate a second (burst refusalBurst) so a flood
// of bad keys cannot fill the log; refusals over that are counted in
// candor_audit_refusals_dropped_total. It returns err unchanged; a failed
// append is logged, and does not change the answer.
func (s *Server) refused(c echo.Context, p *candor.Principal, token string, err error) error {
	if !s.refusals.Allow() {
		s.metrics.refusalsDropped.Inc()
		return err
	}
	ae := toAPIError(err)
	e := auditlog.Entry{
		Time:           s.now().UTC(),
		RequestID:      getRequestID(c),
		Tenant:         candor.AnonymousTenant,
		Route:          c.Request().Method + " " + c.Path(),
		PolicyRevision: s.policy.Revision(),
		Details:        map[string]any{"status": ae.Status, "error_code": ae.Code},
	}
	switch ae.Status {
	case http.StatusUnauthorized:
		e.Outcome = "unauthenticated"
	case http.StatusForbidden:
		e.Outcome = "forbidden"
	default:
		e.Outcome = "rate_limited"
	}
	if p != nil {
		e.Tenant, e.KeyID = p.Tenant, p.KeyID
	} else if ki, ok := s.auth.(KeyIdentifier); ok && token != "" {
		// The key id of a well-formed but unknown or wrong key: it names
		// the key being tried, never its secret.
		if id, ok := ki.KeyID(token); ok {
			e.KeyID = id
		}
	}
	if v := clientRequestID(c); v != "" {
		e.Details["client_request_id"] = v
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Request().Context()), s.limits.AuditTimeout)
	defer cancel()
	if _, aerr := s.audit.Append(ctx, e); aerr != nil {
		s.log.Error("audit of a refused request failed", slog.String("request_id", e.RequestID), slog.Any("err", aerr))
	}
	return err
}

// bearer extracts the key from "Authorization: Bearer KEY".
func bearer(r *http.Request) (string, error) {
	h := r.Header.Get(echo.HeaderAuthorization)
	if h == "" {
		return "", &Error{Status: http.StatusUnauthorized, Code: "missing_api_key",
			Message: "missing API key: send Authorization: Bearer KEY", Err: ErrUnauthenticated}
	}
	scheme, token, ok := strings.Cut(h, " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", &Error{Status: http.StatusUnauthorized, Code: "invalid_api_key",
			Message: "malformed Authorization header: want Bearer KEY", Err: ErrUnauthenticated}
	}
	return token, nil
}

// handleError is the one HTTPErrorHandler: every error leaves in OpenAI's
// shape; 5xx causes are logged, never sent.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	var he *echo.HTTPError
	if errors.As(err, &he) && !isAPIError(err) {
		err = fromEchoError(he)
	}
	ae := toAPIError(err)
	if ae.RetryAfter > 0 {
		c.Response().Header().Set("Retry-After", strconv.Itoa(ae.RetryAfter))
	}
	body := errorBody{Error: detailOf(ae)}
	if ae.Status >= 500 {
		body.Error.RequestID = getRequestID(c)
		s.log.Error("request failed", slog.String("request_id", getRequestID(c)),
			slog.Int("status", ae.Status), slog.Any("err", err))
	}
	var werr error
	if c.Request().Method == http.MethodHead {
		werr = c.NoContent(ae.Status)
	} else {
		werr = c.JSON(ae.Status, body)
	}
	if werr != nil {
		s.log.Warn("writing error answer", slog.Any("err", werr))
	}
}

func isAPIError(err error) bool {
	var ae *Error
	return errors.As(err, &ae)
}

// fromEchoError maps Echo's own errors (no route, wrong method, binder).
func fromEchoError(he *echo.HTTPError) *Error {
	msg := http.StatusText(he.Code)
	if m, ok := he.Message.(string); ok && m != "" {
		msg = m
	}
	code := strings.ReplaceAll(strings.ToLower(http.StatusText(he.Code)), " ", "_")
	if he.Code >= 500 {
		msg = "internal error"
	}
	return &Error{Status: he.Code, Code: code, Message: msg, Err: he}
}

// clientRequestID is the client's own X-Request-Id ("" when none or not sane).
func clientRequestID(c echo.Context) string {
	v, _ := c.Get(ctxClientRequestID).(string)
	return v
}

// detailOf is an API error in OpenAI's error shape (the JSON answer's and
// the streamed error event's).
func detailOf(ae *Error) errorDetail {
	d := errorDetail{Message: ae.Message, Type: ae.Type, Candor: ae.Extra}
	switch {
	case len(ae.Reasons) > 0:
		d.Reasons = ae.Reasons
	case len(ae.OutputReasons) > 0:
		d.Reasons = ae.OutputReasons
	}
	if ae.Code != "" {
		d.Code = &ae.Code
	}
	if ae.Param != "" {
		d.Param = &ae.Param
	}
	return d
}
