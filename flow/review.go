package flow

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow/held"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/credentials"
)

// HeldStore keeps held images encrypted until a reviewer decides
// (flow/held.Store).
type HeldStore interface {
	Put(ctx context.Context, it held.Item, pixels []byte) (held.Item, error)
	Get(ctx context.Context, id string) (held.Item, error)
	List(ctx context.Context, q held.ListQuery) ([]held.Item, error)
	Pixels(ctx context.Context, id string) ([]byte, error)
	Release(ctx context.Context, id, reviewer string, signed []byte) (held.Item, error)
	Signed(ctx context.Context, id string) ([]byte, error)
	Reject(ctx context.Context, id, reviewer string) (held.Item, error)
}

var _ HeldStore = (*held.Store)(nil)

// Held item states (held.Status).
const (
	HeldPending  = held.StatusPending
	HeldReleased = held.StatusReleased
	HeldRejected = held.StatusRejected
)

// heldMeta is what a held image needs to be signed on release, stored
// (encrypted) with it.
type heldMeta struct {
	Format         string                `json:"format"`
	Title          string                `json:"title"`
	VisibleMark    bool                  `json:"visible_mark,omitempty"`
	TrainingMining string                `json:"training_mining,omitempty"`
	Generation     provenance.Generation `json:"generation"`
}

// hold audits an image the output policy holds and stores it, unsigned and
// encrypted, for a reviewer. Without a store the image is not released
// (fail closed).
func (s *Service) hold(ctx context.Context, r *request, gen pipeline.Result, ir *candor.ImageResult, pixels *image.NRGBA, attempt int, j Judgement) error {
	if s.cfg.Held == nil {
		return fmt.Errorf("the output policy held image %d but no review store is configured: %w", ir.Index, candor.ErrSafetyCheck)
	}
	// Name the item first so the hold's audit entry can cite it.
	ir.ReviewID = held.NewID()
	entry, err := s.appendImage(ctx, r, gen, ir, attempt, "held", &j)
	if err != nil {
		ir.ReviewID = ""
		return err
	}
	rec := j.Record(candor.SafetyHeld, attempt)
	rec.ReviewID = ir.ReviewID
	meta, err := json.Marshal(heldMeta{
		Format: r.format, Title: fmt.Sprintf("candor-%s-%d.%s", r.req.RequestID, ir.Index, ext(r.format)),
		VisibleMark: r.tenant.C2PA.VisibleMark, TrainingMining: r.tenant.C2PA.TrainingMining,
		Generation: *s.generation(r, gen, ir, entry, &rec),
	})
	if err != nil {
		return fmt.Errorf("held image metadata: %w", err)
	}
	var reasons []held.Reason
	for _, x := range ir.Reasons {
		reasons = append(reasons, held.Reason{Rule: x.Rule, Label: x.Label, Score: x.Score, Threshold: x.Threshold, Message: x.Message})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, pixels); err != nil {
		return fmt.Errorf("encode held image: %w", err)
	}
	it, err := s.cfg.Held.Put(ctx, held.Item{
		ID: ir.ReviewID, Tenant: r.req.Principal.Tenant, RequesterKeyID: r.req.Principal.KeyID, RequestID: r.req.RequestID,
		Image: ir.Index, Scores: ir.Scores, Reasons: reasons, Meta: meta, AuditIndex: entry.Index, MediaType: ir.MediaType,
	}, buf.Bytes())
	if err != nil {
		ir.ReviewID = ""
		return fmt.Errorf("store held image: %w", err)
	}
	s.log.InfoContext(ctx, "image held for review", "request_id", r.req.RequestID, "image", ir.Index,
		"review_id", it.ID, "audit_index", entry.Index)
	return nil
}

// ReviewRequest names one review action's caller.
type ReviewRequest struct {
	RequestID string
	Route     string
	Principal candor.Principal
	ID        string // the held item
}

// item returns the held item if it belongs to the principal's tenant; any
// other tenant's item is ErrNotFound, so ids cannot be probed.
func (s *Service) item(ctx context.Context, p candor.Principal, id string) (held.Item, error) {
	if s.cfg.Held == nil {
		return held.Item{}, fmt.Errorf("review store: %w", candor.ErrNotConfigured)
	}
	it, err := s.cfg.Held.Get(ctx, id)
	if errors.Is(err, held.ErrNotFound) || err == nil && it.Tenant != p.Tenant {
		return held.Item{}, fmt.Errorf("held item: %w", candor.ErrNotFound)
	}
	if err != nil {
		return held.Item{}, fmt.Errorf("held item: %w", err)
	}
	return it, nil
}

// ReviewItems lists the principal's tenant's held items, oldest first;
// status "" lists every state.
func (s *Service) ReviewItems(ctx context.Context, p candor.Principal, q held.ListQuery) ([]held.Item, error) {
	if s.cfg.Held == nil {
		return nil, fmt.Errorf("review store: %w", candor.ErrNotConfigured)
	}
	q.Tenant = p.Tenant
	items, err := s.cfg.Held.List(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("held items: %w", err)
	}
	out := items[:0]
	for _, it := range items {
		if it.Tenant == p.Tenant { // never another tenant's, whatever the store returns
			out = append(out, it)
		}
	}
	return out, nil
}

// ReviewImage is the unsigned picture of a pending held item, for its
// tenant's reviewers (PNG).
func (s *Service) ReviewImage(ctx context.Context, p candor.Principal, id string) ([]byte, held.Item, error) {
	it, err := s.item(ctx, p, id)
	if err != nil {
		return nil, it, err
	}
	if it.Status != HeldPending {
		return nil, it, fmt.Errorf("held item is %s: %w", it.Status, candor.ErrGone)
	}
	b, err := s.cfg.Held.Pixels(ctx, id)
	if err != nil {
		return nil, it, fmt.Errorf("held image: %w", err)
	}
	return b, it, nil
}

// Release signs a pending held image and makes it available to its
// requester. The release is audited (with the reviewer's key id) before
// the image is stored as released; the manifest names that entry.
func (s *Service) Release(ctx context.Context, rr ReviewRequest) (held.Item, error) {
	it, err := s.pending(ctx, rr)
	if err != nil {
		return it, err
	}
	var meta heldMeta
	if err := json.Unmarshal(it.Meta, &meta); err != nil {
		return it, fmt.Errorf("held item %s metadata: %w", it.ID, err)
	}
	raw, err := s.cfg.Held.Pixels(ctx, it.ID)
	if err != nil {
		return it, fmt.Errorf("held image: %w", err)
	}
	pic, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return it, fmt.Errorf("held image %s: %w", it.ID, err)
	}
	px := image.NewNRGBA(pic.Bounds())
	draw.Draw(px, px.Bounds(), pic, pic.Bounds().Min, draw.Src)
	entry, err := s.appendReview(ctx, rr, it, "review_released")
	if err != nil {
		return it, err
	}
	gen := meta.Generation
	if gen.SafetyRecord != nil {
		rec := *gen.SafetyRecord
		rec.Verdict, rec.Reviewer = provenance.SafetyReleased, rr.Principal.KeyID
		rec.ReviewID, rec.ReviewedAt = it.ID, s.now().UTC().Format(time.RFC3339)
		gen.SafetyRecord = &rec
	}
	gen.Safety = provenance.SafetyReleased
	idx := entry.Index
	gen.AuditIndex, gen.AuditLeafHash = &idx, leafHex(entry)
	t0 := time.Now()
	data, _, err := s.cfg.Issuer.Issue(ctx, px, credentials.IssueOptions{
		Format: meta.Format, Title: meta.Title, VisibleMark: meta.VisibleMark,
		TrainingMining: meta.TrainingMining, Generation: &gen,
	})
	s.stage(StageSign, time.Since(t0))
	if err != nil {
		return it, fmt.Errorf("content credentials for held item %s: %w", it.ID, err)
	}
	out, err := s.cfg.Held.Release(ctx, it.ID, rr.Principal.KeyID, data)
	if errors.Is(err, held.ErrDecided) {
		return out, fmt.Errorf("held item %s was decided meanwhile: %w", it.ID, candor.ErrConflict)
	}
	if err != nil {
		return out, fmt.Errorf("release held item: %w", err)
	}
	return out, nil
}

// Reject destroys a pending held image; the rejection is audited first.
func (s *Service) Reject(ctx context.Context, rr ReviewRequest) (held.Item, error) {
	it, err := s.pending(ctx, rr)
	if err != nil {
		return it, err
	}
	if _, err := s.appendReview(ctx, rr, it, "review_rejected"); err != nil {
		return it, err
	}
	out, err := s.cfg.Held.Reject(ctx, it.ID, rr.Principal.KeyID)
	if errors.Is(err, held.ErrDecided) {
		return out, fmt.Errorf("held item %s was decided meanwhile: %w", it.ID, candor.ErrConflict)
	}
	if err != nil {
		return out, fmt.Errorf("reject held item: %w", err)
	}
	return out, nil
}

func (s *Service) pending(ctx context.Context, rr ReviewRequest) (held.Item, error) {
	it, err := s.item(ctx, rr.Principal, rr.ID)
	if err != nil {
		return it, err
	}
	if it.Status != HeldPending {
		return it, fmt.Errorf("held item is already %s: %w", it.Status, candor.ErrConflict)
	}
	return it, nil
}

func (s *Service) appendReview(ctx context.Context, rr ReviewRequest, it held.Item, outcome string) (auditlog.Entry, error) {
	e := auditlog.Entry{
		Time:           s.now().UTC(),
		RequestID:      rr.RequestID,
		Tenant:         rr.Principal.Tenant,
		KeyID:          rr.Principal.KeyID,
		Route:          rr.Route,
		PolicyRevision: s.cfg.Policy.Revision(),
		Outcome:        outcome,
		Details: map[string]any{
			"review_id": it.ID, "held_audit_index": it.AuditIndex, "held_request_id": it.RequestID,
			"image": it.Image, "requester_key_id": it.RequesterKeyID,
		},
	}
	t0 := time.Now()
	got, err := s.cfg.Audit.Append(context.WithoutCancel(ctx), e)
	s.stage(StageAudit, time.Since(t0))
	if err != nil {
		return auditlog.Entry{}, fmt.Errorf("%w: %w", candor.ErrAudit, err)
	}
	return got, nil
}

// HeldImage is what the requester of a held image gets back for its review
// id: the signed file once released; ErrPending while it waits; ErrGone once
// rejected. Only the key that made the request may fetch it.
func (s *Service) HeldImage(ctx context.Context, p candor.Principal, id string) ([]byte, held.Item, error) {
	it, err := s.item(ctx, p, id)
	if err != nil {
		return nil, it, err
	}
	if it.RequesterKeyID != p.KeyID {
		return nil, held.Item{}, fmt.Errorf("held item: %w", candor.ErrNotFound)
	}
	switch it.Status {
	case HeldPending:
		return nil, it, fmt.Errorf("held item awaits review: %w", candor.ErrPending)
	case HeldRejected:
		return nil, it, fmt.Errorf("held item was rejected by a reviewer: %w", candor.ErrGone)
	}
	b, err := s.cfg.Held.Signed(ctx, id)
	if err != nil {
		return nil, it, fmt.Errorf("released image: %w", err)
	}
	return b, it, nil
}
