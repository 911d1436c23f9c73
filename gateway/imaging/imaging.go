// Package imaging is the part of candor's flow that runs after the prompt
// policy has allowed a request: diffusion, the safety verdict, one audit
// entry per image, and Content Credentials that point back at that entry.
// The HTTP gateway (as its gateway.Images) and `candor generate` share it,
// so an image made either way carries the same record.
package imaging

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"log/slog"
	"time"

	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/credentials"
)

// Issuer signs and embeds Content Credentials (provenance/credentials.Service).
type Issuer interface {
	Issue(ctx context.Context, img *image.NRGBA, opts credentials.IssueOptions) ([]byte, credentials.Issued, error)
}

// Appender records one audit entry and returns it with its index.
type Appender interface {
	Append(ctx context.Context, e auditlog.Entry) (auditlog.Entry, error)
}

// SafetyUnchecked is the verdict recorded while no image safety classifier
// is configured: honest about what was not done.
const SafetyUnchecked = "unchecked"

// Config wires a Service.
type Config struct {
	Generator   pipeline.Generator
	Issuer      Issuer
	Audit       Appender
	AuditOrigin string // the audit log's checkpoint origin, recorded in each manifest
	Logger      *slog.Logger
	// ErrInvalid lists errors from Generator that mean "bad request" (for
	// example diffusion.ErrInvalidRequest); they come back wrapping
	// gateway.ErrInvalidRequest so the gateway answers 400.
	ErrInvalid []error
	// Progress, when set, is called after every denoising step of every image.
	Progress pipeline.Progress
}

// Service implements gateway.Images.
type Service struct {
	cfg Config
	log *slog.Logger
}

var _ gateway.Images = (*Service)(nil)

// New checks cfg and returns a Service.
func New(cfg Config) (*Service, error) {
	if cfg.Generator == nil || cfg.Issuer == nil || cfg.Audit == nil {
		return nil, errors.New("imaging: generator, issuer and audit log are all required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{cfg: cfg, log: log}, nil
}

// Generate makes req.N images. Every image that leaves has an audit entry
// (appended before it is signed, so its manifest can name the entry) and
// Content Credentials that candor's own verifier has accepted.
func (s *Service) Generate(ctx context.Context, req gateway.ImagesRequest) (gateway.ImagesResult, error) {
	preq := pipeline.Request{
		Prompt:         req.Prompt,
		NegativePrompt: req.NegativePrompt,
		Width:          req.Width,
		Height:         req.Height,
		Steps:          req.Steps,
		N:              req.N,
	}
	if req.Guidance != nil {
		preq.Guidance = *req.Guidance
	}
	if req.Seed != nil {
		preq.Seed = *req.Seed
	} else {
		preq.Seed = randomSeed()
	}
	res, err := s.cfg.Generator.Generate(ctx, preq, s.cfg.Progress)
	if err != nil {
		for _, bad := range s.cfg.ErrInvalid {
			if errors.Is(err, bad) {
				return gateway.ImagesResult{}, fmt.Errorf("%w: %w", gateway.ErrInvalidRequest, err)
			}
		}
		return gateway.ImagesResult{}, fmt.Errorf("generate: %w", err)
	}
	format := req.OutputFormat
	if format == "" {
		format = "png"
	}
	out := gateway.ImagesResult{Model: res.Model.Name, Steps: res.Steps}
	for i, img := range res.Images {
		gi, err := s.finish(ctx, req, res, img, i, format)
		if err != nil {
			return gateway.ImagesResult{}, err
		}
		out.Images = append(out.Images, gi)
	}
	return out, nil
}

func (s *Service) finish(ctx context.Context, req gateway.ImagesRequest, res pipeline.Result, img pipeline.Image, i int, format string) (gateway.GeneratedImage, error) {
	pix := sha256.Sum256(img.Pixels.Pix)
	entry := req.Audit
	entry.Time = time.Now().UTC()
	entry.RequestID = req.RequestID
	entry.Outcome = "generated"
	entry.Details = map[string]any{
		"image":         i,
		"seed":          img.Seed,
		"model":         res.Model.Name,
		"scheduler":     res.Scheduler,
		"steps":         res.Steps,
		"guidance":      res.Guidance,
		"size":          fmt.Sprintf("%dx%d", res.Width, res.Height),
		"format":        format,
		"pixels_sha256": hex.EncodeToString(pix[:]),
		"safety":        SafetyUnchecked,
	}
	recorded, err := s.cfg.Audit.Append(ctx, entry)
	if err != nil {
		return gateway.GeneratedImage{}, fmt.Errorf("%w: %w", gateway.ErrAudit, err)
	}
	idx := recorded.Index
	gen := &provenance.Generation{
		Model:            res.Model.Name,
		ModelFiles:       res.Model.Files,
		Scheduler:        res.Scheduler,
		Steps:            res.Steps,
		Guidance:         float64(res.Guidance),
		Seed:             img.Seed,
		Width:            res.Width,
		Height:           res.Height,
		PromptCommitment: req.Audit.PromptCommitment,
		Prompt:           req.Audit.Prompt, // empty unless the tenant stores prompts
		PolicyRevision:   req.Decision.Revision,
		PolicyDecision:   req.Decision.DecisionString(),
		Safety:           SafetyUnchecked,
		AuditIndex:       &idx,
		AuditOrigin:      s.cfg.AuditOrigin,
	}
	data, issued, err := s.cfg.Issuer.Issue(ctx, img.Pixels, credentials.IssueOptions{
		Format:         format,
		VisibleMark:    req.C2PA.VisibleMark,
		TrainingMining: req.C2PA.TrainingMining,
		Title:          fmt.Sprintf("candor-%s-%d.%s", req.RequestID, i, ext(format)),
		Generation:     gen,
	})
	if err != nil {
		return gateway.GeneratedImage{}, fmt.Errorf("content credentials for image %d: %w", i, err)
	}
	s.log.InfoContext(ctx, "image issued", "request_id", req.RequestID, "image", i,
		"audit_index", idx, "manifest", issued.ManifestID, "bytes", len(data))
	return gateway.GeneratedImage{
		Data:       data,
		MediaType:  "image/" + format,
		ManifestID: issued.ManifestID,
		AuditIndex: &idx,
		Seed:       img.Seed,
		Safety:     SafetyUnchecked,
	}, nil
}

func ext(format string) string {
	if format == "jpeg" {
		return "jpg"
	}
	return format
}
