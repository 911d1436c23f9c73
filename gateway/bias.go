package gateway

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow/biasaudit"
)

func biasErr(err error, what string) error {
	if errors.Is(err, candor.ErrNotFound) {
		return &Error{Status: http.StatusNotFound, Code: "not_found", Param: "id",
			Message: "no " + what + " of this tenant has this id", Err: err}
	}
	return err
}

func biasID(c echo.Context) (string, error) {
	id := c.Param("id")
	if !saneRequestID(id) {
		return "", badRequest("id", "invalid_value", "id must be a report or run id")
	}
	return id, nil
}

func (s *Server) biasReports(c echo.Context, rec *auditRecord) (reply, error) {
	rec.outcome = "read"
	if s.bias == nil {
		return reply{status: http.StatusOK, body: map[string][]any{"data": {}}}, nil
	}
	p, _ := getPrincipal(c)
	files, err := s.bias.Reports(c.Request().Context(), p.Tenant)
	if err != nil {
		return reply{}, fmt.Errorf("bias reports: %w", err)
	}
	data := make([]json.RawMessage, 0, len(files))
	for _, f := range files {
		if json.Valid(f) {
			data = append(data, json.RawMessage(f))
		}
	}
	rec.detail("count", len(data))
	return reply{status: http.StatusOK, body: map[string]any{"object": "list", "data": data}}, nil
}

func (s *Server) biasReport(c echo.Context, rec *auditRecord) (reply, error) {
	format := c.QueryParam("format")
	switch format {
	case "", "json", "csv":
	default:
		return reply{}, badRequest("format", "invalid_value", "format must be json or csv")
	}
	return s.biasRender(c, rec, format)
}

func (s *Server) biasChart(c echo.Context, rec *auditRecord) (reply, error) {
	return s.biasRender(c, rec, "svg")
}

func (s *Server) biasRender(c echo.Context, rec *auditRecord, format string) (reply, error) {
	if s.bias == nil {
		return reply{}, fmt.Errorf("bias audit: %w", ErrNotConfigured)
	}
	id, err := biasID(c)
	if err != nil {
		return reply{}, err
	}
	rec.detail("report_id", id)
	rec.detail("format", format)
	p, _ := getPrincipal(c)
	b, ct, err := s.bias.Report(c.Request().Context(), p.Tenant, id, format)
	if err != nil {
		return reply{}, biasErr(err, "report")
	}
	rec.outcome = "read"
	return reply{status: http.StatusOK, raw: b, contentType: ct}, nil
}

// biasRunRequest is the body of POST /v1/bias/runs.
type biasRunRequest struct {
	Prompts    []string  `json:"prompts"`
	N          *int      `json:"n"`
	Guidance   []float64 `json:"guidance"`
	Seed       *uint64   `json:"seed"`
	Steps      *int      `json:"steps"`
	Mitigation *bool     `json:"mitigation"`
}

func (s *Server) biasStartRun(c echo.Context, rec *auditRecord) (reply, error) {
	if s.bias == nil {
		return reply{}, fmt.Errorf("bias audit: %w", ErrNotConfigured)
	}
	var body biasRunRequest
	if err := readJSON(c, &body); err != nil {
		return reply{}, err
	}
	for _, pr := range body.Prompts {
		if err := checkPrompt("prompts", pr, true, s.limits.MaxPromptChars); err != nil {
			return reply{}, err
		}
	}
	spec := biasaudit.Spec{Prompts: body.Prompts, Guidance: body.Guidance, N: deref(body.N), Seed: deref(body.Seed),
		Steps: deref(body.Steps), Mitigation: deref(body.Mitigation)}
	if body.N != nil && *body.N == 0 {
		return reply{}, badRequest("n", "invalid_value", "n must be between 1 and %d", biasaudit.MaxN)
	}
	p, _ := getPrincipal(c)
	run, err := s.bias.StartRun(c.Request().Context(), p.Tenant, spec)
	if err != nil {
		if errors.Is(err, candor.ErrInvalidRequest) {
			return reply{}, badRequest("", "invalid_value", "%s", err.Error())
		}
		return reply{}, fmt.Errorf("bias run: %w", err)
	}
	rec.outcome = "queued"
	rec.detail("run_id", run.ID)
	rec.detail("spec", run.Spec)
	c.Response().Header().Set("Location", "/v1/bias/runs/"+run.ID)
	return reply{status: http.StatusAccepted, body: run}, nil
}

func (s *Server) biasRun(c echo.Context, rec *auditRecord) (reply, error) {
	if s.bias == nil {
		return reply{}, fmt.Errorf("bias audit: %w", ErrNotConfigured)
	}
	id, err := biasID(c)
	if err != nil {
		return reply{}, err
	}
	p, _ := getPrincipal(c)
	run, err := s.bias.Run(c.Request().Context(), p.Tenant, id)
	if err != nil {
		return reply{}, biasErr(err, "run")
	}
	rec.outcome = "read"
	return reply{status: http.StatusOK, body: run}, nil
}
