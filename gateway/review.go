package gateway

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/flow/held"
)

// reviewItem is one held image as a reviewer or requester sees it: never
// the pixels, which come from the image route.
type reviewItem struct {
	ID           string             `json:"id"`
	Status       string             `json:"status"`
	RequestID    string             `json:"request_id"`
	Image        int                `json:"image"`
	RequesterKey string             `json:"requester_key_id"`
	Created      time.Time          `json:"created"`
	Decided      *time.Time         `json:"decided,omitempty"`
	Reviewer     string             `json:"reviewer,omitempty"`
	Scores       map[string]float64 `json:"safety_scores"`
	Reasons      any                `json:"reasons"`
	AuditIndex   uint64             `json:"audit_index"`
	MediaType    string             `json:"media_type"`
}

func toReviewItem(it held.Item) reviewItem {
	out := reviewItem{ID: it.ID, Status: string(it.Status), RequestID: it.RequestID, Image: it.Image,
		RequesterKey: it.RequesterKeyID, Created: it.Created, Reviewer: it.Reviewer, Scores: it.Scores,
		Reasons: []any{}, AuditIndex: it.AuditIndex, MediaType: it.MediaType}
	if !it.Decided.IsZero() {
		d := it.Decided
		out.Decided = &d
	}
	if len(it.Reasons) > 0 {
		out.Reasons = it.Reasons
	}
	if out.Scores == nil {
		out.Scores = map[string]float64{}
	}
	return out
}

func (s *Server) reviewBackend() (Review, error) {
	if s.review == nil {
		return nil, fmt.Errorf("review: %w", ErrNotConfigured)
	}
	return s.review, nil
}

// reviewErr turns the review backend's errors into answers.
func reviewErr(err error) error {
	switch {
	case errors.Is(err, candor.ErrNotFound):
		return &Error{Status: http.StatusNotFound, Code: "not_found", Param: "id",
			Message: "no held image of this tenant has this id", Err: err}
	case errors.Is(err, candor.ErrConflict):
		return &Error{Status: http.StatusConflict, Code: "already_decided", Param: "id",
			Message: "this held image was already released or rejected", Err: err}
	case errors.Is(err, candor.ErrGone):
		return &Error{Status: http.StatusGone, Code: "rejected", Param: "id",
			Message: "this held image was rejected by a reviewer and destroyed", Err: err}
	}
	return err
}

func reviewID(c echo.Context) (string, error) {
	id := c.Param("id")
	if id == "" || len(id) > 128 || !saneRequestID(id) {
		return "", badRequest("id", "invalid_value", "id must be a review id as returned in candor.images[].review_id")
	}
	return id, nil
}

func (s *Server) reviewItems(c echo.Context, rec *auditRecord) (reply, error) {
	rv, err := s.reviewBackend()
	if err != nil {
		return reply{}, err
	}
	q := held.ListQuery{Limit: 100, Status: held.Status(c.QueryParam("status")), After: c.QueryParam("after")}
	switch q.Status {
	case "", flow.HeldPending, flow.HeldReleased, flow.HeldRejected:
	default:
		return reply{}, badRequest("status", "invalid_value", "status must be pending, released or rejected")
	}
	if q.After != "" && !saneRequestID(q.After) {
		return reply{}, badRequest("after", "invalid_value", "after must be a review id")
	}
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.limits.MaxPageSize {
			return reply{}, badRequest("limit", "invalid_value", "limit must be between 1 and %d", s.limits.MaxPageSize)
		}
		q.Limit = n
	}
	p, _ := getPrincipal(c)
	items, err := rv.ReviewItems(c.Request().Context(), p, q)
	if err != nil {
		return reply{}, reviewErr(err)
	}
	out := make([]reviewItem, 0, len(items))
	for _, it := range items {
		out = append(out, toReviewItem(it))
	}
	rec.outcome = "read"
	rec.detail("count", len(out))
	return reply{status: http.StatusOK, body: map[string]any{"object": "list", "data": out}}, nil
}

func (s *Server) reviewImage(c echo.Context, rec *auditRecord) (reply, error) {
	rv, err := s.reviewBackend()
	if err != nil {
		return reply{}, err
	}
	id, err := reviewID(c)
	if err != nil {
		return reply{}, err
	}
	rec.detail("review_id", id)
	p, _ := getPrincipal(c)
	b, _, err := rv.ReviewImage(c.Request().Context(), p, id)
	if err != nil {
		return reply{}, reviewErr(err)
	}
	rec.outcome = "viewed"
	rec.detail("sha256", sha256Hex(b))
	return reply{status: http.StatusOK, raw: b, contentType: "image/png"}, nil
}

func (s *Server) reviewDecide(c echo.Context, rec *auditRecord, release bool) (reply, error) {
	rv, err := s.reviewBackend()
	if err != nil {
		return reply{}, err
	}
	id, err := reviewID(c)
	if err != nil {
		return reply{}, err
	}
	rec.detail("review_id", id)
	p, _ := getPrincipal(c)
	rr := flow.ReviewRequest{RequestID: getRequestID(c), Route: c.Request().Method + " " + c.Path(), Principal: p, ID: id}
	var it held.Item
	if release {
		it, err = rv.Release(c.Request().Context(), rr)
	} else {
		it, err = rv.Reject(c.Request().Context(), rr)
	}
	if err != nil {
		return reply{}, reviewErr(err)
	}
	rec.outcome = "review_" + string(it.Status)
	return reply{status: http.StatusOK, body: toReviewItem(it)}, nil
}

func (s *Server) reviewRelease(c echo.Context, rec *auditRecord) (reply, error) {
	return s.reviewDecide(c, rec, true)
}

func (s *Server) reviewReject(c echo.Context, rec *auditRecord) (reply, error) {
	return s.reviewDecide(c, rec, false)
}

// heldImage answers the requester of a held image: 202 while it waits for
// review, 200 with the signed image once released, 410 once rejected.
func (s *Server) heldImage(c echo.Context, rec *auditRecord) (reply, error) {
	rv, err := s.reviewBackend()
	if err != nil {
		return reply{}, err
	}
	id, err := reviewID(c)
	if err != nil {
		return reply{}, err
	}
	rec.detail("review_id", id)
	p, _ := getPrincipal(c)
	b, it, err := rv.HeldImage(c.Request().Context(), p, id)
	switch {
	case errors.Is(err, candor.ErrPending):
		rec.outcome = "pending"
		c.Response().Header().Set("Retry-After", "30")
		return reply{status: http.StatusAccepted, body: toReviewItem(it)}, nil
	case err != nil:
		return reply{}, reviewErr(err)
	}
	rec.outcome = "read"
	rec.detail("sha256", sha256Hex(b))
	return reply{status: http.StatusOK, raw: b, contentType: it.MediaType}, nil
}
