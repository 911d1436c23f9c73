package gateway

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/candor-ai/candor"
)

// Events of a streamed generation, as OpenAI's Images API streams them
// (https://platform.openai.com/docs/api-reference/images-streaming).
const (
	eventPartial   = "image_generation.partial_image"
	eventCompleted = "image_generation.completed"
	eventError     = "error"
)

// partialEvent is a preview decoded from the current latents at an evenly
// spaced step: small, unsigned, and judged by the output safety stage
// before it is sent (a preview that does not pass is skipped).
type partialEvent struct {
	Type              string        `json:"type"`
	B64JSON           string        `json:"b64_json"`
	PartialImageIndex int           `json:"partial_image_index"`
	CreatedAt         int64         `json:"created_at"`
	Size              string        `json:"size"`
	OutputFormat      string        `json:"output_format"`
	Candor            partialCandor `json:"candor"`
}

type partialCandor struct {
	RequestID string `json:"request_id"`
	Step      int    `json:"step"`
	Steps     int    `json:"steps"`
	// Preview says this is an unsigned preview without Content Credentials.
	Preview bool `json:"preview"`
}

type completedEvent struct {
	Type         string         `json:"type"`
	B64JSON      string         `json:"b64_json"`
	CreatedAt    int64          `json:"created_at"`
	Size         string         `json:"size"`
	OutputFormat string         `json:"output_format"`
	Candor       candorEnvelope `json:"candor"`
}

type errorEvent struct {
	Type  string      `json:"type"`
	Error errorDetail `json:"error"`
}

// PreviewChecker judges a preview with the output safety stage
// (flow.Service.PreviewAllowed): only previews that pass are sent.
type PreviewChecker interface {
	PreviewAllowed(ctx context.Context, p candor.Principal, img *image.NRGBA) bool
}

// streamImages runs the generation and answers Server-Sent Events: up to
// partials previews, then one completed event per released image, or an
// error event (never a blocked image's bytes). A client that goes away
// cancels the request's context, which stops the generation between steps
// and inside ONNX Runtime.
func (s *Server) streamImages(c echo.Context, rec *auditRecord, req candor.GenerateRequest, partials int) (reply, error) {
	w := c.Response()
	w.Header().Set(echo.HeaderContentType, "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	rec.streamed = true
	var mu sync.Mutex
	send := func(event string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b)
		w.Flush()
	}
	format := req.OutputFormat
	if format == "" {
		format = "png"
	}
	sent := 0
	checker, _ := s.images.(PreviewChecker)
	progress := func(done, total int, preview func() (*image.NRGBA, error)) {
		if sent >= partials || preview == nil || checker == nil {
			return
		}
		// Evenly spaced: preview k at done >= total*(k+1)/(partials+1).
		if done*(partials+1) < total*(sent+1) {
			return
		}
		img, err := preview()
		if err != nil || !checker.PreviewAllowed(c.Request().Context(), req.Principal, img) {
			sent++ // skipped, not retried: the next preview keeps its place
			return
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			return
		}
		b := img.Bounds()
		send(eventPartial, partialEvent{Type: eventPartial, B64JSON: base64.StdEncoding.EncodeToString(buf.Bytes()),
			PartialImageIndex: sent, CreatedAt: s.now().Unix(), Size: fmt.Sprintf("%dx%d", b.Dx(), b.Dy()), OutputFormat: "png",
			Candor: partialCandor{RequestID: req.RequestID, Step: done, Steps: total, Preview: true}})
		sent++
	}
	res, err := s.images.Generate(c.Request().Context(), req, progress)
	if res.Audited {
		idx := res.AuditIndex
		rec.audited = &idx
	} else {
		rec.setPrompt(req.Prompt, req.NegativePrompt)
		rec.decision = &res.Decision
	}
	env := s.envelope(req, res)
	env.AuditIndex = res.AuditIndex
	if err != nil {
		var ae *Error
		switch {
		case errors.Is(err, ErrContentPolicy):
			ae = policyDenied(res.Decision)
		case errors.Is(err, candor.ErrOutputBlocked):
			ae = outputBlocked(res, env, err)
		default:
			ae = toAPIError(err)
			if ae.Status >= 500 {
				s.log.Error("streamed request failed", "request_id", req.RequestID, "err", err)
			}
		}
		if ae.Type == "" {
			ae.Type = typeForStatus(ae.Status)
		}
		detail := detailOf(ae)
		if c.Request().Context().Err() == nil {
			send(eventError, errorEvent{Type: eventError, Error: detail})
		}
		return reply{}, err
	}
	for i, im := range res.Images {
		if !im.Released() {
			continue
		}
		k := i
		env.Images[i].DataIndex = &k
		send(eventCompleted, completedEvent{Type: eventCompleted, B64JSON: base64.StdEncoding.EncodeToString(im.Data),
			CreatedAt: time.Now().Unix(), Size: fmt.Sprintf("%dx%d", res.Width, res.Height), OutputFormat: format, Candor: env})
	}
	return reply{}, nil
}
