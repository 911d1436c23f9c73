// Package flow is candor's one generation flow. Every caller (the HTTP
// gateway's POST /v1/images/generations, `candor generate`, background jobs)
// runs a request through the same stages in the same order:
//
//  1. prompt policy: a denied prompt never reaches the model;
//  2. the work queue (bounded; full is ErrQueueFull, a long wait ErrUnavailable);
//  3. diffusion (pipeline.Generator);
//  4. output safety: every image is scored by the configured classifiers and
//     judged by the output policy: pass, blur, hold or block; a blocked image
//     may be retried with another seed when the tenant allows it;
//  5. Content Credentials for every released image, naming its audit entry;
//  6. the audit log: one entry per image judged (before it is signed, so the
//     manifest can name it) and one request-level entry at the end.
//
// A blocked image's bytes never leave this package: only its SHA-256,
// scores and reasons are recorded. A held image is kept encrypted for a
// reviewer (HeldStore) and signed only when released. If a classifier or the
// output policy fails, nothing is released (fail closed). If an audit append
// fails, nothing is released either.
package flow

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"log/slog"
	"maps"
	"slices"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/credentials"
)

// PromptPolicy decides on prompts (policy.Engine).
type PromptPolicy interface {
	Evaluate(ctx context.Context, in policy.Input) (candor.Decision, error)
	Revision() string
}

// Issuer signs and embeds Content Credentials (provenance/credentials.Service).
type Issuer interface {
	Issue(ctx context.Context, img *image.NRGBA, opts credentials.IssueOptions) ([]byte, credentials.Issued, error)
}

// Appender records one audit entry and returns it with its index.
type Appender interface {
	Append(ctx context.Context, e auditlog.Entry) (auditlog.Entry, error)
}

// Stage names, as candor_stage_seconds labels them.
const (
	StagePolicy    = "policy"
	StageDiffusion = "diffusion"
	StageSafety    = "safety"
	StageSign      = "sign"
	StageAudit     = "audit"
)

// Hooks let the caller observe the flow (metrics). Any may be nil.
type Hooks struct {
	// Decision is called with every prompt-policy decision.
	Decision func(candor.Decision)
	// Stage is called with the time one stage took for one request or image.
	Stage func(stage string, d time.Duration)
	// Queue is called with the number of requests waiting for a worker.
	Queue func(waiting int64)
	// Generated is called after a request released at least one image
	// (the bias audit's sampler); it must not block.
	Generated func(t candor.Tenant, req candor.GenerateRequest, res candor.GenerateResult)
}

// Mitigator may replace a request's generation to move outputs toward a
// target distribution (the bias audit's mitigation switch). A nil result
// means it does not apply; description says what it changed and is
// recorded in the audit entries and the manifest.
type Mitigator interface {
	Mitigate(ctx context.Context, t candor.Tenant, d candor.Decision, req pipeline.Request, gen pipeline.Generator) (res *pipeline.Result, description string, err error)
}

// QueueConfig bounds generation: Concurrency run at once (default 1),
// MaxWaiting more wait (default 8; negative: none), each at most MaxWait
// (default 30 s).
type QueueConfig struct {
	Concurrency int
	MaxWaiting  int
	MaxWait     time.Duration
}

// Config wires a Service. Policy, Generator, Safety, Issuer and Audit are
// required; Held is needed only when the output policy may hold images.
type Config struct {
	Policy    PromptPolicy
	Generator pipeline.Generator
	Safety    *Safety
	Issuer    Issuer
	Audit     Appender
	Held      HeldStore
	Mitigator Mitigator
	// Tenant returns a tenant's settings (defaults for unlisted tenants).
	Tenant func(name string) candor.Tenant
	// Secret returns a tenant's prompt-commitment key (candor.TenantSecret).
	Secret      func(tenant string) []byte
	AuditOrigin string // the audit log's checkpoint origin, recorded in each manifest
	Queue       QueueConfig
	Hooks       Hooks
	Logger      *slog.Logger
	// ErrInvalid lists errors from Generator that mean "bad request" (for
	// example diffusion.ErrInvalidRequest); they come back wrapping
	// candor.ErrInvalidRequest.
	ErrInvalid []error
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time
	// Seed picks a seed for requests without one (tests); nil is random.
	Seed func() uint64
	// Salt makes commitment salts (tests); nil is candor.NewSalt.
	Salt func() string
}

// Service runs requests through the flow. It is safe for concurrent use.
type Service struct {
	cfg   Config
	log   *slog.Logger
	queue *workQueue
	now   func() time.Time
}

// New checks cfg and returns a Service.
func New(cfg Config) (*Service, error) {
	switch {
	case cfg.Policy == nil:
		return nil, errors.New("flow: Config.Policy is required")
	case cfg.Generator == nil:
		return nil, errors.New("flow: Config.Generator is required")
	case cfg.Safety == nil:
		return nil, errors.New("flow: Config.Safety is required: every image is checked")
	case cfg.Issuer == nil:
		return nil, errors.New("flow: Config.Issuer is required")
	case cfg.Audit == nil:
		return nil, errors.New("flow: Config.Audit is required")
	case cfg.Tenant == nil || cfg.Secret == nil:
		return nil, errors.New("flow: Config.Tenant and Config.Secret are required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	if cfg.Seed == nil {
		cfg.Seed = randomSeed
	}
	if cfg.Salt == nil {
		cfg.Salt = candor.NewSalt
	}
	q := cfg.Queue
	if q.Concurrency <= 0 {
		q.Concurrency = 1
	}
	if q.MaxWaiting < 0 {
		q.MaxWaiting = 0
	} else if q.MaxWaiting == 0 {
		q.MaxWaiting = 8
	}
	if q.MaxWait <= 0 {
		q.MaxWait = 30 * time.Second
	}
	return &Service{cfg: cfg, log: log, queue: newWorkQueue(q.Concurrency, q.MaxWaiting, q.MaxWait), now: now}, nil
}

// Idle reports whether no generation runs or waits and none started in
// the last d: background work (bias sampling) runs only then.
func (s *Service) Idle(d time.Duration) bool { return s.queue.idle(d) }

// Arrivals returns a channel that is closed when the next request arrives
// at the generation queue: background work cancels itself on it, so a user
// never waits for it.
func (s *Service) Arrivals() <-chan struct{} { return s.queue.arrivals() }

// Info is the generator's model.
func (s *Service) Info() pipeline.ModelInfo { return s.cfg.Generator.Info() }

// Params are the request parameters as the policy and the audit log see them.
func Params(req candor.GenerateRequest) map[string]any {
	p := map[string]any{
		"n": max(req.N, 1), "width": req.Width, "height": req.Height, "steps": req.Steps,
		"output_format": outputFormat(req.OutputFormat),
	}
	if req.Guidance != nil {
		p["guidance_scale"] = float64(*req.Guidance)
	}
	return p
}

func outputFormat(f string) string {
	if f == "" {
		return "png"
	}
	return f
}

// request is one request's state as it goes down the stages.
type request struct {
	req        candor.GenerateRequest
	tenant     candor.Tenant
	secret     []byte
	template   auditlog.Entry // tenant, key, route, commitments, decision
	details    map[string]any // request-level details
	res        candor.GenerateResult
	format     string
	mitigation string
}

// Generate runs req through every stage. Whatever happens, it appends one
// request-level audit entry (res.Audited, res.AuditIndex) unless that append
// itself fails. Errors wrap candor.ErrContentPolicy (prompt denied),
// ErrOutputBlocked (no image released), ErrInvalidRequest, ErrQueueFull,
// ErrUnavailable, ErrSafetyCheck or ErrAudit. progress, if not nil, sees
// every denoising step.
func (s *Service) Generate(ctx context.Context, req candor.GenerateRequest, progress pipeline.Progress) (candor.GenerateResult, error) {
	r := s.begin(req)
	err := s.run(ctx, r, progress)
	if err == nil && s.cfg.Hooks.Generated != nil {
		s.cfg.Hooks.Generated(r.tenant, r.req, r.res)
	}
	outcome := outcomeOf(err, r.res)
	if outcome == "blocked" && slices.ContainsFunc(r.res.Images, func(im candor.ImageResult) bool { return im.Safety == candor.SafetyHeld }) {
		outcome = "held"
	}
	if aerr := s.finish(ctx, r, outcome, err); aerr != nil {
		return r.res, errors.Join(aerr, err)
	}
	return r.res, err
}

func (s *Service) begin(req candor.GenerateRequest) *request {
	t := s.cfg.Tenant(req.Principal.Tenant)
	secret := s.cfg.Secret(req.Principal.Tenant)
	if req.N < 1 {
		req.N = 1
	}
	// A fresh salt per request: the manifest's commitment links nothing and
	// confirms no guess; the salt stays in the audit entries.
	salt := s.cfg.Salt()
	e := auditlog.Entry{
		RequestID:        req.RequestID,
		Tenant:           req.Principal.Tenant,
		KeyID:            req.Principal.KeyID,
		Route:            req.Route,
		PromptCommitment: candor.CommitSalted(secret, salt, req.Prompt),
		PolicyRevision:   s.cfg.Policy.Revision(),
	}
	details := Params(req)
	details["commitment_salt"] = salt
	if req.Seed != nil {
		details["seed"] = *req.Seed
	}
	if req.NegativePrompt != "" {
		details["negative_prompt_commitment"] = candor.CommitSalted(secret, salt, req.NegativePrompt)
	}
	if req.ClientRequestID != "" {
		details["client_request_id"] = req.ClientRequestID
	}
	if t.StoresPrompt() {
		e.Prompt, e.NegativePrompt = req.Prompt, req.NegativePrompt
	}
	return &request{req: req, tenant: t, secret: secret, template: e, details: details,
		res: candor.GenerateResult{RequestID: req.RequestID}, format: outputFormat(req.OutputFormat)}
}

func (s *Service) run(ctx context.Context, r *request, progress pipeline.Progress) error {
	t0 := time.Now()
	d, err := s.cfg.Policy.Evaluate(ctx, policy.Input{
		Prompt:         r.req.Prompt,
		NegativePrompt: r.req.NegativePrompt,
		Tenant:         r.req.Principal.Tenant,
		Roles:          r.req.Principal.Roles,
		Params:         Params(r.req),
		TenantPolicy:   r.tenant.Policy,
	})
	r.res.Timings.Policy = time.Since(t0)
	s.stage(StagePolicy, r.res.Timings.Policy)
	if err != nil {
		return fmt.Errorf("evaluate policy: %w", err)
	}
	if s.cfg.Hooks.Decision != nil {
		s.cfg.Hooks.Decision(d)
	}
	r.res.Decision = d
	r.template.Decision = d.DecisionString()
	r.template.PolicyRevision = d.Revision
	for _, rs := range append(append([]candor.Reason(nil), d.Reasons...), d.Warnings...) {
		r.template.Reasons = append(r.template.Reasons, auditlog.Reason{Rule: rs.Rule, Category: rs.Category, Message: rs.Message, Severity: rs.Severity})
	}
	if !d.Allow {
		return fmt.Errorf("prompt refused by policy revision %s: %w", d.Revision, candor.ErrContentPolicy)
	}

	release, err := s.queue.acquire(ctx, r.req.Principal.Tenant, func(n int64) {
		if s.cfg.Hooks.Queue != nil {
			s.cfg.Hooks.Queue(n)
		}
	})
	if err != nil {
		return err
	}
	defer release()

	seed := s.cfg.Seed()
	if r.req.Seed != nil {
		seed = *r.req.Seed
	}
	preq := pipeline.Request{
		Prompt: r.req.Prompt, NegativePrompt: r.req.NegativePrompt,
		Width: r.req.Width, Height: r.req.Height, Steps: r.req.Steps, N: r.req.N, Seed: seed,
	}
	if r.req.Guidance != nil {
		preq.Guidance = *r.req.Guidance
	}
	t0 = time.Now()
	var gen pipeline.Result
	var mitigated *pipeline.Result
	if s.cfg.Mitigator != nil {
		mitigated, r.mitigation, err = s.cfg.Mitigator.Mitigate(ctx, r.tenant, d, preq, s.cfg.Generator)
		if err != nil {
			return s.generatorErr(err)
		}
	}
	if mitigated != nil {
		gen = *mitigated
		r.details["mitigation"] = r.mitigation
	} else {
		gen, err = s.cfg.Generator.Generate(ctx, preq, progress)
	}
	r.res.Timings.Diffusion = time.Since(t0)
	s.stage(StageDiffusion, r.res.Timings.Diffusion)
	if err != nil {
		return s.generatorErr(err)
	}
	if len(gen.Images) != r.req.N {
		return fmt.Errorf("generator returned %d images for n=%d", len(gen.Images), r.req.N)
	}
	r.res.Model, r.res.Scheduler, r.res.Steps = gen.Model.Name, gen.Scheduler, gen.Steps
	r.res.Guidance, r.res.Width, r.res.Height = float64(gen.Guidance), gen.Width, gen.Height
	for i, img := range gen.Images {
		ir, err := s.image(ctx, r, gen, img, i, seed, progress)
		r.res.Images = append(r.res.Images, ir)
		if err != nil {
			return err
		}
	}
	held := 0
	for _, im := range r.res.Images {
		if im.Released() {
			return nil
		}
		if im.Safety == candor.SafetyHeld {
			held++
		}
	}
	// None released: the caller answers as for a refused prompt (CONTRACT),
	// with the held images' review ids in the result.
	return fmt.Errorf("no image released (%d held for review, %d blocked): %w",
		held, len(r.res.Images)-held, candor.ErrOutputBlocked)
}

func (s *Service) generatorErr(err error) error {
	for _, bad := range s.cfg.ErrInvalid {
		if errors.Is(err, bad) {
			return fmt.Errorf("%w: %w", candor.ErrInvalidRequest, err)
		}
	}
	return fmt.Errorf("generate: %w", err)
}

// retrySeed is the seed of retry a (1, 2, ...) of image i in a request for n
// images from base seed: base+i+a*n, so no two tries of a request share a
// seed and a retried image is still reproducible from the audit entry.
func retrySeed(base uint64, i, a, n int) uint64 { return base + uint64(i) + uint64(a)*uint64(n) }

// image judges one generated image (retrying blocked ones as the tenant
// allows), then signs, holds or drops it. Its audit entries are appended here.
func (s *Service) image(ctx context.Context, r *request, gen pipeline.Result, img pipeline.Image, i int, base uint64, progress pipeline.Progress) (candor.ImageResult, error) {
	ir := candor.ImageResult{Index: i, MediaType: "image/" + r.format}
	for attempt := 0; ; attempt++ {
		ir.Attempts = attempt + 1
		ir.Seed = img.Seed
		pix := sha256.Sum256(img.Pixels.Pix)
		ir.PixelsSHA256 = hex.EncodeToString(pix[:])

		t0 := time.Now()
		j, err := s.cfg.Safety.Judge(ctx, img.Pixels, r.res.Decision, r.tenant)
		ir.Timings.Safety += time.Since(t0)
		s.stage(StageSafety, time.Since(t0))
		if err != nil {
			ir.Safety = candor.SafetyBlocked
			// Record the failure against the image, then fail the request closed.
			if _, aerr := s.appendImage(ctx, r, gen, &ir, attempt, "safety_error", nil); aerr != nil {
				return ir, aerr
			}
			return ir, err
		}
		ir.Scores, ir.Reasons = j.Scores, j.Reasons
		switch j.Verdict {
		case VerdictPass:
			ir.Safety = candor.SafetyPass
			return ir, s.release(ctx, r, gen, &ir, img.Pixels, attempt, j, nil)
		case VerdictBlur:
			ir.Safety = candor.SafetyBlurred
			blurred := Blur(img.Pixels)
			return ir, s.release(ctx, r, gen, &ir, blurred, attempt, j, &credentials.Alteration{
				Action: "blurred", Reason: j.Summary(),
			})
		case VerdictHold:
			ir.Safety = candor.SafetyHeld
			return ir, s.hold(ctx, r, gen, &ir, img.Pixels, attempt, j)
		}
		ir.Safety = candor.SafetyBlocked
		if _, err := s.appendImage(ctx, r, gen, &ir, attempt, "blocked", &j); err != nil {
			return ir, err
		}
		s.log.InfoContext(ctx, "image blocked", "request_id", r.req.RequestID, "image", i, "attempt", attempt+1,
			"pixels_sha256", ir.PixelsSHA256, "reasons", len(j.Reasons))
		if attempt >= r.tenant.Safety.Retries {
			return ir, nil
		}
		// Retry with the next seed: one more image, same prompt and settings.
		next := retrySeed(base, i, attempt+1, r.req.N)
		t0 = time.Now()
		again, err := s.cfg.Generator.Generate(ctx, pipeline.Request{
			Prompt: r.req.Prompt, NegativePrompt: r.req.NegativePrompt, Width: gen.Width, Height: gen.Height,
			Steps: gen.Steps, Guidance: gen.Guidance, Scheduler: gen.Scheduler, N: 1, Seed: next,
		}, nil)
		ir.Timings.Diffusion += time.Since(t0)
		s.stage(StageDiffusion, time.Since(t0))
		if err != nil {
			return ir, s.generatorErr(err)
		}
		if len(again.Images) != 1 {
			return ir, fmt.Errorf("generator returned %d images for a retry", len(again.Images))
		}
		img = again.Images[0]
	}
}

// appendImage appends the audit entry of one judged image.
func (s *Service) appendImage(ctx context.Context, r *request, gen pipeline.Result, ir *candor.ImageResult, attempt int, outcome string, j *Judgement, original ...string) (auditlog.Entry, error) {
	e := r.template
	e.Reasons = append([]auditlog.Reason(nil), e.Reasons...)
	e.Time = s.now().UTC()
	e.Outcome = outcome
	e.Details = map[string]any{
		"commitment_salt": r.details["commitment_salt"],
		"image":           ir.Index,
		"attempt":         attempt + 1,
		"seed":            ir.Seed,
		"model":           gen.Model.Name,
		"scheduler":       gen.Scheduler,
		"steps":           gen.Steps,
		"guidance":        float64(gen.Guidance),
		"size":            fmt.Sprintf("%dx%d", gen.Width, gen.Height),
		"format":          r.format,
		"pixels_sha256":   ir.PixelsSHA256,
		"safety":          ir.Safety,
	}
	if j != nil {
		rec := j.Record(ir.Safety, attempt)
		if len(original) > 0 && original[0] != "" {
			rec.OriginalPixelsSHA256 = original[0]
			e.Details["original_pixels_sha256"] = original[0]
		}
		e.Details["safety_record"] = rec
	}
	if ir.ReviewID != "" {
		e.Details["review_id"] = ir.ReviewID
	}
	if r.mitigation != "" {
		e.Details["mitigation"] = r.mitigation
	}
	t0 := time.Now()
	got, err := s.cfg.Audit.Append(ctx, e)
	ir.Timings.Audit += time.Since(t0)
	s.stage(StageAudit, time.Since(t0))
	if err != nil {
		return auditlog.Entry{}, fmt.Errorf("%w: %w", candor.ErrAudit, err)
	}
	idx := got.Index
	ir.AuditIndex = &idx
	return got, nil
}

// leafHex is the hex RFC 6962 leaf hash of an appended entry, as the
// manifest's audit_leaf_hash records it (empty if it cannot be encoded,
// which Append would have refused).
func leafHex(e auditlog.Entry) string {
	h, err := auditlog.EntryLeafHash(e)
	if err != nil {
		return ""
	}
	return hex.EncodeToString(h)
}

// generation is what the manifest's ai.candor.generation assertion records.
func (s *Service) generation(r *request, gen pipeline.Result, ir *candor.ImageResult, entry auditlog.Entry, rec *provenance.SafetyRecord) *provenance.Generation {
	idx := entry.Index
	index := ir.Index
	return &provenance.Generation{
		Model:            gen.Model.Name,
		ModelFiles:       maps.Clone(gen.Model.Files),
		Scheduler:        gen.Scheduler,
		Steps:            gen.Steps,
		Guidance:         float64(gen.Guidance),
		Seed:             ir.Seed,
		Width:            gen.Width,
		Height:           gen.Height,
		PromptCommitment: r.template.PromptCommitment,
		Prompt:           r.template.Prompt, // empty unless the tenant stores prompts
		PolicyRevision:   r.res.Decision.Revision,
		PolicyDecision:   r.res.Decision.DecisionString(),
		Safety:           rec.Verdict,
		SafetyRecord:     rec,
		AuditIndex:       &idx,
		AuditOrigin:      s.cfg.AuditOrigin,
		AuditLeafHash:    leafHex(entry),
		RequestID:        r.req.RequestID,
		ImageIndex:       &index,
		PixelsSHA256:     ir.PixelsSHA256,
		Mitigation:       r.mitigation,
	}
}

// release audits and signs an image that may leave.
func (s *Service) release(ctx context.Context, r *request, gen pipeline.Result, ir *candor.ImageResult, pixels *image.NRGBA, attempt int, j Judgement, alt *credentials.Alteration) error {
	outcome, original := "generated", ""
	if alt != nil {
		outcome, original = "blurred", ir.PixelsSHA256
		sum := sha256.Sum256(pixels.Pix)
		ir.PixelsSHA256 = hex.EncodeToString(sum[:])
	}
	rec := j.Record(ir.Safety, attempt)
	rec.OriginalPixelsSHA256 = original
	entry, err := s.appendImage(ctx, r, gen, ir, attempt, outcome, &j, original)
	if err != nil {
		return err
	}
	idx := entry.Index
	t0 := time.Now()
	data, issued, err := s.cfg.Issuer.Issue(ctx, pixels, credentials.IssueOptions{
		Format:         r.format,
		VisibleMark:    r.tenant.C2PA.VisibleMark,
		TrainingMining: r.tenant.C2PA.TrainingMining,
		Title:          fmt.Sprintf("candor-%s-%d.%s", r.req.RequestID, ir.Index, ext(r.format)),
		Generation:     s.generation(r, gen, ir, entry, &rec),
		SafetyAltered:  alt,
	})
	ir.Timings.Sign += time.Since(t0)
	s.stage(StageSign, time.Since(t0))
	if err != nil {
		return fmt.Errorf("content credentials for image %d: %w", ir.Index, err)
	}
	ir.Data, ir.ManifestID = data, issued.ManifestID
	s.log.InfoContext(ctx, "image issued", "request_id", r.req.RequestID, "image", ir.Index,
		"safety", ir.Safety, "audit_index", idx, "manifest", issued.ManifestID, "bytes", len(data))
	return nil
}

// finish appends the request-level entry.
func (s *Service) finish(ctx context.Context, r *request, outcome string, runErr error) error {
	e := r.template
	e.Time = s.now().UTC()
	e.Outcome = outcome
	e.Details = maps.Clone(r.details)
	if r.res.Model != "" {
		e.Details["model"] = r.res.Model
	}
	var images []map[string]any
	for _, im := range r.res.Images {
		m := map[string]any{"image": im.Index, "seed": im.Seed, "attempts": im.Attempts, "safety": im.Safety,
			"pixels_sha256": im.PixelsSHA256, "audit_index": im.AuditIndex}
		if im.ManifestID != "" {
			m["manifest_id"] = im.ManifestID
			sum := sha256.Sum256(im.Data)
			m["sha256"] = hex.EncodeToString(sum[:])
		}
		if im.ReviewID != "" {
			m["review_id"] = im.ReviewID
		}
		images = append(images, m)
	}
	if images != nil {
		e.Details["images"] = images
	}
	if runErr != nil {
		e.Details["error"] = errorKind(runErr)
	}
	t0 := time.Now()
	got, err := s.cfg.Audit.Append(context.WithoutCancel(ctx), e)
	r.res.Timings.Audit += time.Since(t0)
	s.stage(StageAudit, time.Since(t0))
	if err != nil {
		// Nothing of the result may leave without its record.
		for i := range r.res.Images {
			r.res.Images[i].Data = nil
		}
		return fmt.Errorf("%w: %w", candor.ErrAudit, err)
	}
	r.res.Audited, r.res.AuditIndex = true, got.Index
	return nil
}

// outcomeOf names a request's outcome in its audit entry.
func outcomeOf(err error, res candor.GenerateResult) string {
	switch {
	case err == nil:
		return "generated"
	case errors.Is(err, candor.ErrContentPolicy):
		return "denied"
	case errors.Is(err, candor.ErrOutputBlocked):
		return "blocked"
	case errors.Is(err, candor.ErrQueueFull), errors.Is(err, candor.ErrUnavailable):
		return "refused"
	case errors.Is(err, candor.ErrInvalidRequest):
		return "rejected"
	}
	return "error"
}

// errorKind is the sentinel an error wraps, for the audit entry; the
// message itself (which may name paths or internals) stays in the logs.
func errorKind(err error) string {
	for _, k := range []error{candor.ErrContentPolicy, candor.ErrOutputBlocked, candor.ErrInvalidRequest,
		candor.ErrQueueFull, candor.ErrUnavailable, candor.ErrSafetyCheck, candor.ErrAudit,
		context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, k) {
			return k.Error()
		}
	}
	return "internal error"
}

func (s *Service) stage(name string, d time.Duration) {
	if s.cfg.Hooks.Stage != nil {
		s.cfg.Hooks.Stage(name, d)
	}
}

func ext(format string) string {
	if format == "jpeg" {
		return "jpg"
	}
	return format
}
