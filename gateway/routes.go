package gateway

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/gateway/web"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance/auditlog"
)

//go:embed openapi.json
var openAPIDoc []byte

// OpenAPI returns the OpenAPI 3.1 description of the routes.
func OpenAPI() []byte { return append([]byte(nil), openAPIDoc...) }

// routes builds the Echo instance. Every route is documented in openapi.json;
// TestOpenAPIMatchesRoutes keeps the two in step.
func (s *Server) routes(reg *prometheus.Registry) *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.HTTPErrorHandler = s.handleError
	// Echo's RealIP would believe X-Forwarded-For from anyone.
	e.IPExtractor = func(r *http.Request) string { return clientIP(r, s.trustedProxies).String() }
	e.Use(requestID, s.observe, s.recoverPanics)

	jsonLimit := bodyLimit(s.limits.MaxBodyBytes)
	gen := s.requireRole(candor.RoleGenerate)
	aud := s.requireRole(candor.RoleAudit)
	adm := s.requireRole(candor.RoleAdmin)
	rev := s.requireRole(candor.RoleReview)

	e.GET("/healthz", s.healthz)
	e.GET("/metrics", echo.WrapHandler(promhttp.HandlerFor(reg, promhttp.HandlerOpts{})))
	e.GET("/openapi.json", func(c echo.Context) error {
		return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, openAPIDoc)
	})
	e.POST("/v1/images/generations", s.audited(s.imagesGenerations), jsonLimit, gen)
	e.POST("/v1/policy/check", s.audited(s.policyCheck), jsonLimit, gen)
	e.POST("/v1/verify", s.audited(s.verify), bodyLimit(s.limits.MaxImageBytes), s.optionalKey)
	e.GET("/v1/audit/entries", s.audited(s.auditEntries), aud)
	e.GET("/v1/audit/checkpoint", s.audited(s.auditCheckpoint), aud)
	e.GET("/v1/audit/proof", s.audited(s.auditProof), aud)
	e.GET("/v1/audit/consistency", s.audited(s.auditConsistency), aud)
	e.GET("/v1/audit/receipt", s.audited(s.auditReceipt), aud)
	e.GET("/v1/audit/inclusion", s.audited(s.auditInclusion), s.optionalKey)
	e.GET("/v1/bias/reports", s.audited(s.biasReports), aud)
	e.GET("/v1/bias/reports/:id", s.audited(s.biasReport), aud)
	e.GET("/v1/bias/reports/:id/chart.svg", s.audited(s.biasChart), aud)
	e.POST("/v1/bias/runs", s.audited(s.biasStartRun), jsonLimit, aud)
	e.GET("/v1/bias/runs/:id", s.audited(s.biasRun), aud)
	e.POST("/v1/admin/policy/reload", s.audited(s.policyReload), jsonLimit, adm)
	e.GET("/v1/images/held/:id", s.audited(s.heldImage), gen)
	e.GET("/v1/review/items", s.audited(s.reviewItems), rev)
	e.GET("/v1/review/items/:id/image", s.audited(s.reviewImage), rev)
	e.POST("/v1/review/items/:id/release", s.audited(s.reviewRelease), jsonLimit, rev)
	e.POST("/v1/review/items/:id/reject", s.audited(s.reviewReject), jsonLimit, rev)

	// The web pages (gateway/web): static files, no key, not audited.
	pages := echo.WrapHandler(web.Handler())
	for _, p := range web.Paths() {
		e.GET(p, pages)
	}
	e.GET(web.AssetPrefix+"*", pages)

	s.routePaths = map[string]bool{}
	for _, r := range e.Routes() {
		s.routePaths[r.Path] = true
	}
	return e
}

func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok", "policy_revision": s.policy.Revision()})
}

// reply is a handler's answer, sent only after the audit append succeeded.
type reply struct {
	status      int
	body        any    // JSON
	raw         []byte // sent as is when contentType is set
	contentType string
}

// auditIndexed answers learn the index of their request's audit entry.
type auditIndexed interface{ setAuditIndex(uint64) }

// auditRecord is what a handler tells the audit wrapper about its request.
type auditRecord struct {
	prompt, negative string
	hasPrompt        bool
	decision         *policy.Decision
	outcome          string
	details          map[string]any
	// audited is set by a handler whose backend appended the request's
	// entry itself (the generation flow); the wrapper then appends none.
	audited *uint64
	// streamed says the handler has written its answer (Server-Sent
	// Events); the wrapper then sends nothing more.
	streamed bool
}

func (r *auditRecord) setPrompt(prompt, negative string) {
	r.prompt, r.negative, r.hasPrompt = prompt, negative, true
}

func (r *auditRecord) detail(k string, v any) {
	if r.details == nil {
		r.details = map[string]any{}
	}
	r.details[k] = v
}

type auditedHandler func(c echo.Context, rec *auditRecord) (reply, error)

// audited appends an audit entry for every request that reaches h, before
// its answer is sent; when the append fails the request fails with 500 and
// nothing of h's answer leaves.
func (s *Server) audited(h auditedHandler) echo.HandlerFunc {
	return func(c echo.Context) error {
		rec := &auditRecord{}
		rep, herr := h(c, rec)
		var got auditlog.Entry
		var aerr error
		if rec.audited != nil {
			got.Index = *rec.audited
		} else {
			entry := s.entry(c, rec, herr)
			ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Request().Context()), s.limits.AuditTimeout)
			got, aerr = s.audit.Append(ctx, entry)
			cancel()
		}
		if aerr != nil {
			return &Error{Status: http.StatusInternalServerError, Type: typeServer, Code: "audit_failed",
				Message: "the request could not be recorded in the audit log, so it was not carried out",
				Err:     errors.Join(ErrAudit, aerr, herr)}
		}
		if rec.streamed {
			return nil // errors went out as events
		}
		if herr != nil {
			return herr
		}
		if ai, ok := rep.body.(auditIndexed); ok {
			ai.setAuditIndex(got.Index)
		}
		if rep.contentType != "" {
			return c.Blob(rep.status, rep.contentType, rep.raw)
		}
		return c.JSON(rep.status, rep.body)
	}
}

// entry builds the audit entry of one request.
func (s *Server) entry(c echo.Context, rec *auditRecord, herr error) auditlog.Entry {
	p, ok := getPrincipal(c)
	if !ok {
		p.Tenant = candor.AnonymousTenant
	}
	e := auditlog.Entry{
		Time:           s.now().UTC(),
		RequestID:      getRequestID(c),
		Tenant:         p.Tenant,
		KeyID:          p.KeyID,
		Route:          c.Request().Method + " " + c.Path(),
		PolicyRevision: s.policy.Revision(),
		Outcome:        rec.outcome,
		Details:        maps.Clone(rec.details),
	}
	if v := clientRequestID(c); v != "" {
		if e.Details == nil {
			e.Details = map[string]any{}
		}
		e.Details["client_request_id"] = v
	}
	if rec.hasPrompt {
		t := s.tenant(p.Tenant)
		secret := s.tenantSecret(p.Tenant)
		salt := candor.NewSalt()
		e.PromptCommitment = candor.CommitSalted(secret, salt, rec.prompt)
		if e.Details == nil {
			e.Details = map[string]any{}
		}
		e.Details["commitment_salt"] = salt
		if rec.negative != "" {
			e.Details["negative_prompt_commitment"] = candor.CommitSalted(secret, salt, rec.negative)
		}
		if t.StoresPrompt() {
			e.Prompt, e.NegativePrompt = rec.prompt, rec.negative
		}
	}
	if d := rec.decision; d != nil {
		e.Decision = d.DecisionString()
		e.PolicyRevision = d.Revision
		for _, r := range append(append([]policy.Reason(nil), d.Reasons...), d.Warnings...) {
			e.Reasons = append(e.Reasons, auditlog.Reason{Rule: r.Rule, Category: r.Category, Message: r.Message, Severity: r.Severity})
		}
	}
	if herr != nil {
		ae := toAPIError(herr)
		if e.Details == nil {
			e.Details = map[string]any{}
		}
		e.Details["status"] = ae.Status
		e.Details["error_code"] = ae.Code
		if e.Outcome == "" {
			switch {
			case ae.Status >= 500:
				e.Outcome = "error"
			default:
				e.Outcome = "rejected"
			}
		}
	} else if e.Outcome == "" {
		e.Outcome = "ok"
	}
	return e
}

// evaluate runs the policy and counts the decision.
func (s *Server) evaluate(ctx context.Context, p candor.Principal, prompt, negative string, params map[string]any) (policy.Decision, error) {
	d, err := s.policy.Evaluate(ctx, policy.Input{
		Prompt:         prompt,
		NegativePrompt: negative,
		Tenant:         p.Tenant,
		Roles:          p.Roles,
		Params:         params,
		TenantPolicy:   s.tenant(p.Tenant).Policy,
	})
	if err != nil {
		return d, fmt.Errorf("evaluate policy: %w", err)
	}
	s.ObserveDecision(d)
	return d, nil
}

// policyDenied is the 400 content_policy_violation answer.
func policyDenied(d policy.Decision) *Error {
	msg := "the prompt was refused by the content policy"
	if len(d.Reasons) > 0 {
		msg += ": " + d.Reasons[0].Message
	}
	return &Error{Status: http.StatusBadRequest, Type: typeInvalidRequest, Code: "content_policy_violation",
		Param: "prompt", Message: msg, Reasons: nonNil(d.Reasons), Err: ErrContentPolicy}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *Server) policyReload(c echo.Context, rec *auditRecord) (reply, error) {
	rec.outcome = "reloaded"
	if s.reload == nil {
		return reply{}, fmt.Errorf("policy reload: %w", ErrNotConfigured)
	}
	// The reload's result reaches the metrics through the engine's own
	// reload callback (ObservePolicyReload), as a SIGHUP's does.
	err := s.reload(c.Request().Context())
	if err != nil {
		rec.outcome = "error"
		s.log.Error("policy reload", slog.Any("err", err))
		return reply{}, &Error{Status: http.StatusUnprocessableEntity, Code: "policy_reload_failed",
			Message: "the policies did not load; the previous revision stays active", Err: err}
	}
	rev := s.policy.Revision()
	rec.detail("revision", rev)
	return reply{status: http.StatusOK, body: map[string]string{"revision": rev}}, nil
}
