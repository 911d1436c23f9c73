package gateway

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// checkRequest is the body of POST /v1/policy/check.
type checkRequest struct {
	Prompt         *string `json:"prompt"`
	NegativePrompt *string `json:"negative_prompt"`
}

type checkResponse struct {
	Decision         string          `json:"decision"`
	Reasons          []policy.Reason `json:"reasons"`
	Warnings         []policy.Reason `json:"warnings"`
	NormalizedPrompt string          `json:"normalized_prompt"`
	Revision         string          `json:"revision"`
	RequestID        string          `json:"request_id"`
	AuditIndex       uint64          `json:"audit_index"`
}

func (r *checkResponse) setAuditIndex(i uint64) { r.AuditIndex = i }

func (s *Server) policyCheck(c echo.Context, rec *auditRecord) (reply, error) {
	var body checkRequest
	if err := readJSON(c, &body); err != nil {
		return reply{}, err
	}
	prompt, negative := deref(body.Prompt), deref(body.NegativePrompt)
	if err := checkPrompt("prompt", prompt, true, s.limits.MaxPromptChars); err != nil {
		return reply{}, err
	}
	if err := checkPrompt("negative_prompt", negative, false, s.limits.MaxPromptChars); err != nil {
		return reply{}, err
	}
	rec.setPrompt(prompt, negative)
	p, _ := getPrincipal(c)
	d, err := s.evaluate(c.Request().Context(), p, prompt, negative, nil)
	if err != nil {
		return reply{}, err
	}
	rec.decision = &d
	rec.outcome = "checked"
	return reply{status: http.StatusOK, body: &checkResponse{
		Decision:         d.DecisionString(),
		Reasons:          nonNil(d.Reasons),
		Warnings:         nonNil(d.Warnings),
		NormalizedPrompt: d.NormalizedPrompt,
		Revision:         d.Revision,
		RequestID:        getRequestID(c),
	}}, nil
}

// imagesRequest is the body of POST /v1/images/generations: the OpenAI
// Images API fields plus candor's extensions.
type imagesRequest struct {
	Prompt         *string `json:"prompt"`
	N              *int    `json:"n"`
	Size           *string `json:"size"`
	ResponseFormat *string `json:"response_format"`
	User           *string `json:"user"`
	// Model, Quality and Style are OpenAI fields accepted for SDK
	// compatibility; candor serves one model and ignores quality and style.
	Model   *string `json:"model"`
	Quality *string `json:"quality"`
	Style   *string `json:"style"`
	// Extensions.
	NegativePrompt *string  `json:"negative_prompt"`
	Seed           *uint64  `json:"seed"`
	Steps          *int     `json:"steps"`
	GuidanceScale  *float64 `json:"guidance_scale"`
	OutputFormat   *string  `json:"output_format"`
	// Stream answers Server-Sent Events as OpenAI's Images API streams:
	// partial_images previews, then the completed image (stream.go).
	Stream        *bool `json:"stream"`
	PartialImages *int  `json:"partial_images"`
}

type imagesResponse struct {
	Created int64          `json:"created"`
	Data    []imageData    `json:"data"`
	Candor  candorEnvelope `json:"candor"`
}

type imageData struct {
	B64JSON string `json:"b64_json"`
}

type candorEnvelope struct {
	RequestID       string        `json:"request_id"`
	ClientRequestID string        `json:"client_request_id,omitempty"`
	AuditIndex      uint64        `json:"audit_index"`
	Model           string        `json:"model,omitempty"`
	Images          []imageInfo   `json:"images"`
	Blocked         int           `json:"blocked"`
	Held            int           `json:"held"`
	Policy          policySummary `json:"policy"`
	// TimingsMS is the request's policy and diffusion time in milliseconds.
	TimingsMS map[string]float64 `json:"timings_ms,omitempty"`
}

// imageInfo describes one requested image, released or not (CONTRACT:
// candor.images lists every requested image in order).
type imageInfo struct {
	Index        int                   `json:"index"`
	DataIndex    *int                  `json:"data_index,omitempty"`
	ManifestID   string                `json:"manifest_id,omitempty"`
	AuditIndex   *uint64               `json:"audit_index"`
	Safety       string                `json:"safety"`
	SafetyScores map[string]float64    `json:"safety_scores"`
	Reasons      []candor.SafetyReason `json:"reasons,omitempty"`
	ReviewID     string                `json:"review_id,omitempty"`
	Seed         uint64                `json:"seed"`
	Attempts     int                   `json:"attempts"`
	MediaType    string                `json:"media_type"`
	PixelsSHA256 string                `json:"pixels_sha256,omitempty"`
	// TimingsMS is this image's safety, sign and audit time in milliseconds.
	TimingsMS map[string]float64 `json:"timings_ms,omitempty"`
}

type policySummary struct {
	Decision string          `json:"decision"`
	Reasons  []policy.Reason `json:"reasons"`
	Warnings []policy.Reason `json:"warnings"`
	Revision string          `json:"revision"`
}

func (r *imagesResponse) setAuditIndex(i uint64) { r.Candor.AuditIndex = i }

// validImages checks an images request's syntax and turns it into the
// flow's request (without the caller's identity).
func (s *Server) validImages(body imagesRequest) (candor.GenerateRequest, error) {
	req := candor.GenerateRequest{Prompt: deref(body.Prompt), NegativePrompt: deref(body.NegativePrompt), N: 1, OutputFormat: "png", User: deref(body.User)}
	if body.Prompt == nil {
		return req, badRequest("prompt", "missing_parameter", "prompt is required")
	}
	if err := checkPrompt("prompt", req.Prompt, true, s.limits.MaxPromptChars); err != nil {
		return req, err
	}
	if err := checkPrompt("negative_prompt", req.NegativePrompt, false, s.limits.MaxPromptChars); err != nil {
		return req, err
	}
	if body.N != nil {
		if *body.N < 1 || *body.N > s.limits.MaxN {
			return req, badRequest("n", "invalid_value", "n must be between 1 and %d", s.limits.MaxN)
		}
		req.N = *body.N
	}
	if body.Size != nil && *body.Size != "" && *body.Size != "auto" {
		w, h, err := parseSize(*body.Size, s.limits.MaxSide)
		if err != nil {
			return req, err
		}
		req.Width, req.Height = w, h
	}
	if rf := deref(body.ResponseFormat); rf != "" && rf != "b64_json" {
		return req, badRequest("response_format", "invalid_value", "response_format must be b64_json: candor does not host images at URLs")
	}
	if body.Steps != nil {
		if *body.Steps < 1 || *body.Steps > s.limits.MaxSteps {
			return req, badRequest("steps", "invalid_value", "steps must be between 1 and %d", s.limits.MaxSteps)
		}
		req.Steps = *body.Steps
	}
	if g := body.GuidanceScale; g != nil {
		if !(*g >= 0 && *g <= 30) {
			return req, badRequest("guidance_scale", "invalid_value", "guidance_scale must be between 0 and 30")
		}
		f := float32(*g)
		req.Guidance = &f
	}
	req.Seed = body.Seed
	switch of := deref(body.OutputFormat); of {
	case "", "png":
	case "jpeg", "jpg":
		req.OutputFormat = "jpeg"
	default:
		return req, badRequest("output_format", "invalid_value", "output_format must be png or jpeg")
	}
	if len(req.User) > 256 {
		return req, badRequest("user", "invalid_value", "user must be at most 256 bytes")
	}
	if strings.ContainsRune(req.User, 0xFFFD) {
		return req, badRequest("user", "invalid_encoding", "user contains invalid characters")
	}
	return req, nil
}

// parseSize reads "WxH": both sides multiples of 8 in [8, max].
func parseSize(s string, max int) (int, int, error) {
	ws, hs, ok := strings.Cut(s, "x")
	bad := badRequest("size", "invalid_value", "size must be WIDTHxHEIGHT, each a multiple of 8 from 8 to %d, e.g. 512x512", max)
	if !ok || len(ws) > 5 || len(hs) > 5 {
		return 0, 0, bad
	}
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if err1 != nil || err2 != nil || w < 8 || h < 8 || w > max || h > max || w%8 != 0 || h%8 != 0 || ws[0] == '+' || hs[0] == '+' {
		return 0, 0, bad
	}
	return w, h, nil
}

func (s *Server) imagesGenerations(c echo.Context, rec *auditRecord) (reply, error) {
	var body imagesRequest
	if err := readJSON(c, &body); err != nil {
		return reply{}, err
	}
	req, err := s.validImages(body)
	if err != nil {
		rec.setPrompt(req.Prompt, req.NegativePrompt)
		return reply{}, err
	}
	if s.images == nil {
		rec.setPrompt(req.Prompt, req.NegativePrompt)
		return reply{}, fmt.Errorf("image generation: %w", ErrNotConfigured)
	}
	p, _ := getPrincipal(c)
	req.RequestID, req.ClientRequestID = getRequestID(c), clientRequestID(c)
	req.Route = c.Request().Method + " " + c.Path()
	req.Principal = p
	if deref(body.Stream) {
		partials := 0
		if body.PartialImages != nil {
			partials = *body.PartialImages
		}
		maxPartials := s.limits.MaxSteps
		if req.Steps > 0 {
			maxPartials = req.Steps
		}
		if partials < 0 || partials > maxPartials {
			return reply{}, badRequest("partial_images", "invalid_value", "partial_images must be between 0 and the step count (%d)", maxPartials)
		}
		return s.streamImages(c, rec, req, partials)
	}
	// The flow runs the policy, generates, checks, signs and audits the
	// request (one entry per image and one for the request).
	res, err := s.images.Generate(c.Request().Context(), req, nil)
	if res.Audited {
		idx := res.AuditIndex
		rec.audited = &idx
	} else {
		rec.setPrompt(req.Prompt, req.NegativePrompt)
		rec.decision = &res.Decision
	}
	env := s.envelope(req, res)
	switch {
	case errors.Is(err, ErrContentPolicy):
		return reply{}, policyDenied(res.Decision)
	case errors.Is(err, candor.ErrOutputBlocked):
		env.AuditIndex = res.AuditIndex
		return reply{}, outputBlocked(res, env, err)
	case err != nil:
		return reply{}, fmt.Errorf("generate: %w", err)
	}
	out := &imagesResponse{Created: s.now().Unix(), Data: []imageData{}, Candor: env}
	for i, im := range res.Images {
		if !im.Released() {
			continue
		}
		k := len(out.Data)
		out.Data = append(out.Data, imageData{B64JSON: base64.StdEncoding.EncodeToString(im.Data)})
		out.Candor.Images[i].DataIndex = &k
	}
	return reply{status: http.StatusOK, body: out}, nil
}

// envelope is the candor extension of an images answer.
func (s *Server) envelope(req candor.GenerateRequest, res candor.GenerateResult) candorEnvelope {
	d := res.Decision
	env := candorEnvelope{
		RequestID:       req.RequestID,
		ClientRequestID: req.ClientRequestID,
		Model:           res.Model,
		Images:          []imageInfo{},
		Policy:          policySummary{Decision: d.DecisionString(), Reasons: nonNil(d.Reasons), Warnings: nonNil(d.Warnings), Revision: d.Revision},
		TimingsMS:       map[string]float64{"policy": ms(res.Timings.Policy), "diffusion": ms(res.Timings.Diffusion)},
	}
	for _, im := range res.Images {
		info := imageInfo{Index: im.Index, ManifestID: im.ManifestID, AuditIndex: im.AuditIndex, Safety: im.Safety,
			SafetyScores: im.Scores, ReviewID: im.ReviewID, Seed: im.Seed, Attempts: im.Attempts,
			MediaType: im.MediaType, PixelsSHA256: im.PixelsSHA256,
			TimingsMS: map[string]float64{"safety": ms(im.Timings.Safety), "sign": ms(im.Timings.Sign), "audit": ms(im.Timings.Audit)}}
		if im.Timings.Diffusion > 0 { // retries
			info.TimingsMS["diffusion"] = ms(im.Timings.Diffusion)
		}
		if info.SafetyScores == nil {
			info.SafetyScores = map[string]float64{}
		}
		if im.Safety != candor.SafetyPass {
			info.Reasons = im.Reasons
		}
		switch im.Safety {
		case candor.SafetyBlocked:
			env.Blocked++
		case candor.SafetyHeld:
			env.Held++
		}
		env.Images = append(env.Images, info)
	}
	return env
}

// outputBlocked is the 400 answer for a request none of whose images was
// released, with every reason and the candor extension (review ids of held
// images included); the JSON route and the stream both send it.
func outputBlocked(res candor.GenerateResult, env candorEnvelope, err error) *Error {
	var reasons []candor.SafetyReason
	for _, im := range res.Images {
		reasons = append(reasons, im.Reasons...)
	}
	return &Error{Status: http.StatusBadRequest, Code: "content_policy_violation", Param: "output",
		Message:       "every generated image was blocked by the output safety check" + firstMessage(reasons),
		OutputReasons: nonNil(reasons), Extra: env, Err: err}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func firstMessage(rs []candor.SafetyReason) string {
	if len(rs) == 0 || rs[0].Message == "" {
		return ""
	}
	return ": " + rs[0].Message
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// verify reads an image (raw body or multipart field "file") and reports on
// its Content Credentials.
func (s *Server) verify(c echo.Context, rec *auditRecord) (reply, error) {
	mediaType, data, err := readImage(c.Request())
	if err != nil {
		return reply{}, err
	}
	rec.detail("media_type", mediaType)
	rec.detail("bytes", len(data))
	rec.detail("sha256", sha256Hex(data))
	if s.verifier == nil {
		return reply{}, fmt.Errorf("verify: %w", ErrNotConfigured)
	}
	// Bound the verifications running at once: each may hash a file several
	// times over, and anyone may ask.
	wait := time.NewTimer(time.Second)
	defer wait.Stop()
	select {
	case s.verifySlots <- struct{}{}:
		defer func() { <-s.verifySlots }()
	case <-wait.C:
		return reply{}, &Error{Status: http.StatusServiceUnavailable, Code: "verify_busy",
			Message: "too many verifications are running; retry shortly", RetryAfter: 1, Err: ErrUnavailable}
	case <-c.Request().Context().Done():
		return reply{}, c.Request().Context().Err()
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), s.limits.VerifyTimeout)
	defer cancel()
	rep, err := s.verifier.Verify(ctx, mediaType, data)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return reply{}, &Error{Status: http.StatusServiceUnavailable, Code: "verify_timeout",
				Message: "verification took too long", RetryAfter: 1, Err: err}
		}
		return reply{}, fmt.Errorf("verify: %w", err)
	}
	if rep.Status == nil {
		rep.Status = []provenance.Status{}
	}
	if rep.Assertions == nil {
		rep.Assertions = []string{}
	}
	rec.outcome = "verified"
	rec.detail("state", rep.State)
	return reply{status: http.StatusOK, body: rep}, nil
}

// readImage takes the image from the body: image/png or image/jpeg, or a
// multipart/form-data field "file" of either type.
func readImage(r *http.Request) (string, []byte, error) {
	unsupported := &Error{Status: http.StatusUnsupportedMediaType, Code: "unsupported_media_type",
		Message: "send an image/png or image/jpeg body, or multipart/form-data with a field named file", Err: ErrUnsupportedMedia}
	mt, params, err := mime.ParseMediaType(r.Header.Get(echo.HeaderContentType))
	if err != nil {
		return "", nil, unsupported
	}
	var src io.Reader
	switch mt {
	case "image/png", "image/jpeg":
		src = r.Body
	case "multipart/form-data":
		if params["boundary"] == "" {
			return "", nil, badRequest("file", "invalid_body", "multipart body without a boundary")
		}
		mr, err := r.MultipartReader()
		if err != nil {
			return "", nil, badRequest("file", "invalid_body", "malformed multipart body")
		}
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				return "", nil, badRequest("file", "missing_parameter", "no multipart field named file")
			}
			if err != nil {
				return "", nil, tooLargeOr(err, badRequest("file", "invalid_body", "malformed multipart body"))
			}
			if part.FormName() != "file" {
				continue
			}
			data, err := io.ReadAll(part)
			if err != nil {
				return "", nil, tooLargeOr(err, badRequest("file", "invalid_body", "malformed multipart body"))
			}
			pmt, _, _ := mime.ParseMediaType(part.Header.Get(echo.HeaderContentType))
			if pmt != "image/png" && pmt != "image/jpeg" {
				pmt = sniffImage(data)
			}
			if pmt == "" {
				return "", nil, unsupported
			}
			if len(data) == 0 {
				return "", nil, badRequest("file", "invalid_value", "the image is empty")
			}
			return pmt, data, nil
		}
	default:
		return "", nil, unsupported
	}
	data, err := io.ReadAll(src)
	if err != nil {
		return "", nil, tooLargeOr(err, badRequest("", "invalid_body", "could not read the request body"))
	}
	if len(data) == 0 {
		return "", nil, badRequest("", "invalid_value", "the image is empty")
	}
	return mt, data, nil
}

func tooLargeOr(err error, otherwise error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &Error{Status: http.StatusRequestEntityTooLarge, Code: "request_too_large",
			Message: fmt.Sprintf("request body is larger than the limit of %d bytes", mbe.Limit), Err: ErrTooLarge}
	}
	return otherwise
}

func sniffImage(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return "image/jpeg"
	}
	return ""
}

type entriesResponse struct {
	Object  string           `json:"object"`
	Data    []auditlog.Entry `json:"data"`
	HasMore bool             `json:"has_more"`
	// NextAfter is the after= of the next page (when HasMore).
	NextAfter *uint64 `json:"next_after,omitempty"`
}

func (s *Server) auditEntries(c echo.Context, rec *auditRecord) (reply, error) {
	p, _ := getPrincipal(c)
	q := AuditQuery{Tenant: p.Tenant, Limit: 100}
	var err error
	if q.Since, err = timeParam(c, "since"); err != nil {
		return reply{}, err
	}
	if q.Until, err = timeParam(c, "until"); err != nil {
		return reply{}, err
	}
	if v := c.QueryParam("after"); v != "" {
		if q.After, err = strconv.ParseUint(v, 10, 64); err != nil {
			return reply{}, badRequest("after", "invalid_value", "after must be a non-negative integer (an audit index)")
		}
		q.HasAfter = true
	}
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.limits.MaxPageSize {
			return reply{}, badRequest("limit", "invalid_value", "limit must be between 1 and %d", s.limits.MaxPageSize)
		}
		q.Limit = n
	}
	page, err := s.audit.Entries(c.Request().Context(), q)
	if err != nil {
		return reply{}, fmt.Errorf("audit entries: %w", err)
	}
	out := entriesResponse{Object: "list", Data: make([]auditlog.Entry, 0, len(page.Entries)), HasMore: page.More}
	for _, e := range page.Entries {
		if e.Tenant == p.Tenant { // never another tenant's, whatever the backend returns
			out.Data = append(out.Data, e)
		}
	}
	if page.More {
		next := page.Next
		out.NextAfter = &next
	}
	rec.outcome = "read"
	rec.detail("count", len(out.Data))
	return reply{status: http.StatusOK, body: out}, nil
}

func timeParam(c echo.Context, name string) (time.Time, error) {
	v := c.QueryParam(name)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}, badRequest(name, "invalid_value", "%s must be an RFC 3339 time, e.g. 2026-01-02T15:04:05Z", name)
	}
	return t, nil
}

func (s *Server) auditCheckpoint(c echo.Context, rec *auditRecord) (reply, error) {
	cp, err := s.audit.Checkpoint(c.Request().Context())
	if err != nil {
		return reply{}, fmt.Errorf("audit checkpoint: %w", err)
	}
	rec.outcome = "read"
	return reply{status: http.StatusOK, raw: cp, contentType: "text/plain; charset=utf-8"}, nil
}

type proofResponse struct {
	Index      uint64   `json:"index"`
	TreeSize   uint64   `json:"tree_size"`
	LeafHash   string   `json:"leaf_hash"`
	Hashes     []string `json:"hashes"`
	Checkpoint string   `json:"checkpoint"`
}

func (s *Server) auditProof(c echo.Context, rec *auditRecord) (reply, error) {
	p, _ := getPrincipal(c)
	v := c.QueryParam("index")
	idx, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return reply{}, badRequest("index", "invalid_value", "index must be a non-negative integer (an audit index)")
	}
	rec.detail("index", idx)
	ctx := c.Request().Context()
	notFound := &Error{Status: http.StatusNotFound, Code: "not_found", Param: "index",
		Message: "no audit entry of this tenant at this index", Err: ErrNotFound}
	e, err := s.audit.Entry(ctx, idx)
	if errors.Is(err, ErrNotFound) || err == nil && e.Tenant != p.Tenant {
		return reply{}, notFound // the same answer, so other tenants' indices cannot be probed
	}
	if err != nil {
		return reply{}, fmt.Errorf("audit entry %d: %w", idx, err)
	}
	cp, err := s.audit.Checkpoint(ctx)
	if err != nil {
		return reply{}, fmt.Errorf("audit checkpoint: %w", err)
	}
	size, err := auditlog.CheckpointSize(cp)
	if err != nil {
		return reply{}, fmt.Errorf("audit checkpoint: %w", err)
	}
	if idx >= size {
		return reply{}, &Error{Status: http.StatusServiceUnavailable, Code: "not_yet_integrated",
			Message: "the entry is not yet covered by a signed checkpoint; retry shortly", RetryAfter: 1, Err: ErrUnavailable}
	}
	hashes, err := s.audit.InclusionProof(ctx, idx, size)
	if err != nil {
		return reply{}, fmt.Errorf("inclusion proof %d in %d: %w", idx, size, err)
	}
	leaf, err := s.audit.LeafHash(ctx, idx)
	if err != nil {
		return reply{}, fmt.Errorf("leaf hash %d: %w", idx, err)
	}
	out := proofResponse{Index: idx, TreeSize: size, LeafHash: base64.StdEncoding.EncodeToString(leaf),
		Hashes: make([]string, len(hashes)), Checkpoint: string(cp)}
	for i, h := range hashes {
		out.Hashes[i] = base64.StdEncoding.EncodeToString(h)
	}
	rec.outcome = "read"
	return reply{status: http.StatusOK, body: out}, nil
}

type consistencyResponse struct {
	From       uint64   `json:"from"`
	To         uint64   `json:"to"`
	Hashes     []string `json:"hashes"`
	Checkpoint string   `json:"checkpoint"`
}

// auditConsistency proves that the tree of size from is a prefix of the
// tree of size to (default: the latest signed checkpoint), so an auditor
// who saved an older checkpoint can tell the log was only appended to.
func (s *Server) auditConsistency(c echo.Context, rec *auditRecord) (reply, error) {
	ctx := c.Request().Context()
	from, err := strconv.ParseUint(c.QueryParam("from"), 10, 64)
	if err != nil {
		return reply{}, badRequest("from", "invalid_value", "from must be a tree size (a non-negative integer)")
	}
	cp, err := s.audit.Checkpoint(ctx)
	if err != nil {
		return reply{}, fmt.Errorf("audit checkpoint: %w", err)
	}
	size, err := auditlog.CheckpointSize(cp)
	if err != nil {
		return reply{}, fmt.Errorf("audit checkpoint: %w", err)
	}
	to := size
	if v := c.QueryParam("to"); v != "" {
		if to, err = strconv.ParseUint(v, 10, 64); err != nil {
			return reply{}, badRequest("to", "invalid_value", "to must be a tree size (a non-negative integer)")
		}
	}
	if from > to || to > size {
		return reply{}, &Error{Status: http.StatusBadRequest, Code: "invalid_value", Param: "from",
			Message: fmt.Sprintf("want 0 <= from <= to <= %d, the latest signed tree size; a saved checkpoint larger than that means the log was rolled back", size),
			Err:     ErrInvalidRequest}
	}
	rec.detail("from", from)
	rec.detail("to", to)
	hashes := [][]byte{}
	if from > 0 && from < to {
		if hashes, err = s.audit.ConsistencyProof(ctx, from, to); err != nil {
			return reply{}, fmt.Errorf("consistency proof %d..%d: %w", from, to, err)
		}
	}
	out := consistencyResponse{From: from, To: to, Hashes: make([]string, len(hashes)), Checkpoint: string(cp)}
	for i, h := range hashes {
		out.Hashes[i] = base64.StdEncoding.EncodeToString(h)
	}
	rec.outcome = "read"
	return reply{status: http.StatusOK, body: out}, nil
}

// auditReceipt is one of the tenant's entries as a self-contained offline
// receipt: the entry, its inclusion proof, the signed checkpoint and the
// log's key.
func (s *Server) auditReceipt(c echo.Context, rec *auditRecord) (reply, error) {
	p, _ := getPrincipal(c)
	idx, err := strconv.ParseUint(c.QueryParam("index"), 10, 64)
	if err != nil {
		return reply{}, badRequest("index", "invalid_value", "index must be a non-negative integer (an audit index)")
	}
	rec.detail("index", idx)
	ctx := c.Request().Context()
	notFound := &Error{Status: http.StatusNotFound, Code: "not_found", Param: "index",
		Message: "no audit entry of this tenant at this index", Err: ErrNotFound}
	e, err := s.audit.Entry(ctx, idx)
	if errors.Is(err, ErrNotFound) || err == nil && e.Tenant != p.Tenant {
		return reply{}, notFound
	}
	if err != nil {
		return reply{}, fmt.Errorf("audit entry %d: %w", idx, err)
	}
	r, err := s.audit.Receipt(ctx, idx)
	if errors.Is(err, auditlog.ErrNotPublished) {
		return reply{}, &Error{Status: http.StatusServiceUnavailable, Code: "not_yet_integrated",
			Message: "the entry is not yet covered by a signed checkpoint; retry shortly", RetryAfter: 1, Err: ErrUnavailable}
	}
	if err != nil {
		return reply{}, fmt.Errorf("receipt %d: %w", idx, err)
	}
	if r.Entry.Tenant != p.Tenant {
		return reply{}, notFound
	}
	b, err := json.Marshal(r)
	if err != nil {
		return reply{}, fmt.Errorf("receipt %d: %w", idx, err)
	}
	rec.outcome = "read"
	return reply{status: http.StatusOK, raw: b, contentType: "application/json"}, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// inclusionResponse is a keyless inclusion proof: no entry, only what an
// image's manifest already names (index, leaf hash) and what the log
// publishes anyway (proof hashes, which are digests of digests, the signed
// checkpoint and the log's verifier key).
type inclusionResponse struct {
	Origin     string   `json:"origin"`
	Index      uint64   `json:"index"`
	TreeSize   uint64   `json:"tree_size"`
	LeafHash   string   `json:"leaf_hash"` // hex, as the manifest writes it
	Hashes     []string `json:"hashes"`    // base64
	Checkpoint string   `json:"checkpoint"`
	LogKey     string   `json:"log_key"`
}

// auditInclusion lets anyone holding a candor image check its audit entry
// is in the log: given the manifest's audit_index and audit_leaf_hash it
// answers the inclusion proof to the latest signed checkpoint (RFC 9162
// section 2.1.3). It never returns the entry, and answers the same 404 for
// an unknown index and a leaf hash that does not match, so it tells nothing
// to someone without the manifest: not the tenant, not the prompt
// commitment, not whether an index exists.
func (s *Server) auditInclusion(c echo.Context, rec *auditRecord) (reply, error) {
	idx, err := strconv.ParseUint(c.QueryParam("index"), 10, 64)
	if err != nil {
		return reply{}, badRequest("index", "invalid_value", "index must be a non-negative integer (the manifest's audit_index)")
	}
	want, err := hex.DecodeString(c.QueryParam("leaf_hash"))
	if err != nil || len(want) != sha256.Size {
		return reply{}, badRequest("leaf_hash", "invalid_value", "leaf_hash must be 64 hex digits (the manifest's audit_leaf_hash)")
	}
	rec.detail("index", idx)
	notFound := &Error{Status: http.StatusNotFound, Code: "not_found", Param: "leaf_hash",
		Message: "no audit entry with this leaf hash at this index", Err: ErrNotFound}
	r, err := s.audit.Receipt(c.Request().Context(), idx)
	switch {
	case errors.Is(err, ErrNotFound), errors.Is(err, auditlog.ErrNotFound), errors.Is(err, auditlog.ErrOutOfRange):
		return reply{}, notFound
	case errors.Is(err, auditlog.ErrNotPublished):
		return reply{}, &Error{Status: http.StatusServiceUnavailable, Code: "not_yet_integrated",
			Message: "the entry is not yet covered by a signed checkpoint; retry shortly", RetryAfter: 1, Err: ErrUnavailable}
	case err != nil:
		return reply{}, fmt.Errorf("inclusion %d: %w", idx, err)
	}
	if !bytes.Equal(r.LeafHash, want) {
		return reply{}, notFound
	}
	out := inclusionResponse{Origin: r.Origin, Index: r.Index, TreeSize: r.TreeSize, LeafHash: hex.EncodeToString(r.LeafHash),
		Hashes: make([]string, len(r.InclusionProof)), Checkpoint: string(r.Checkpoint), LogKey: r.LogKey}
	for i, h := range r.InclusionProof {
		out.Hashes[i] = base64.StdEncoding.EncodeToString(h)
	}
	rec.outcome = "read"
	return reply{status: http.StatusOK, body: out}, nil
}
