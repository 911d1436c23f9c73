package flow

import (
	"context"
	"fmt"
	"image"
	"maps"
	"math"
	"sort"
	"strings"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/provenance"
)

// Verdicts of the output policy for one image.
const (
	VerdictPass  = "pass"
	VerdictBlur  = "blur"
	VerdictHold  = "hold"
	VerdictBlock = "block"
)

// Classifier scores an image with every configured classifier
// (pipeline/safety.Set). Scores are keyed "<classifier>.<label>".
type Classifier interface {
	Score(ctx context.Context, img *image.NRGBA) (map[string]float64, error)
	// Models names each classifier and the SHA-256 of its model.
	Models() []provenance.SafetyClassifier
}

// OutputQuery is what the output policy judges.
type OutputQuery struct {
	Scores           map[string]float64
	Prompt           candor.Decision
	Tenant           string
	Base             candor.Thresholds // the operator's config on top of the policy data
	TenantThresholds candor.Thresholds
}

// OutputVerdict is the output policy's answer for one image.
type OutputVerdict struct {
	Verdict    string // VerdictPass, VerdictBlur, VerdictHold or VerdictBlock
	Reasons    []candor.SafetyReason
	Thresholds candor.Thresholds // the effective thresholds
	Revision   string
}

// OutputPolicy is the output policy in Rego (policy.Engine, adapted).
type OutputPolicy interface {
	Judge(ctx context.Context, q OutputQuery) (OutputVerdict, error)
}

// Safety is the output safety stage: classifiers, then the output policy.
// Generate uses it for every image; `candor safety check` uses it alone.
type Safety struct {
	Classifier Classifier
	Policy     OutputPolicy
	// Base thresholds from the operator's config (may be nil: the policy
	// data's defaults).
	Base candor.Thresholds
}

// Judgement is the safety stage's finding for one image.
type Judgement struct {
	OutputVerdict
	Scores map[string]float64
	Models []provenance.SafetyClassifier
}

// Judge scores img and applies the output policy for tenant, given the
// prompt's decision (a warned prompt may tighten thresholds). Any failure
// wraps candor.ErrSafetyCheck: the caller must not release the image.
func (s *Safety) Judge(ctx context.Context, img *image.NRGBA, prompt candor.Decision, tenant candor.Tenant) (Judgement, error) {
	if s == nil || s.Classifier == nil || s.Policy == nil {
		return Judgement{}, fmt.Errorf("no safety classifier or output policy configured: %w", candor.ErrSafetyCheck)
	}
	scores, err := s.Classifier.Score(ctx, img)
	if err != nil {
		return Judgement{}, fmt.Errorf("classify: %w: %w", candor.ErrSafetyCheck, err)
	}
	if len(scores) == 0 {
		return Judgement{}, fmt.Errorf("classifiers returned no scores: %w", candor.ErrSafetyCheck)
	}
	for k, v := range scores {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1 {
			return Judgement{}, fmt.Errorf("score %s = %v is not in [0,1]: %w", k, v, candor.ErrSafetyCheck)
		}
	}
	v, err := s.Policy.Judge(ctx, OutputQuery{Scores: scores, Prompt: prompt, Tenant: tenant.Name,
		Base: s.Base, TenantThresholds: tenant.Safety.Thresholds})
	if err != nil {
		return Judgement{}, fmt.Errorf("output policy: %w: %w", candor.ErrSafetyCheck, err)
	}
	switch v.Verdict {
	case VerdictPass, VerdictBlur, VerdictHold, VerdictBlock:
	default:
		return Judgement{}, fmt.Errorf("output policy answered %q: %w", v.Verdict, candor.ErrSafetyCheck)
	}
	return Judgement{OutputVerdict: v, Scores: scores, Models: s.Classifier.Models()}, nil
}

// Record is the judgement as the manifest and the audit entry carry it.
func (j Judgement) Record(verdict string, attempt int) provenance.SafetyRecord {
	rec := provenance.SafetyRecord{
		Verdict:        verdict,
		Classifiers:    j.Models,
		Scores:         maps.Clone(j.Scores),
		PolicyRevision: j.Revision,
		Attempt:        attempt,
	}
	if len(j.Thresholds) > 0 {
		rec.Thresholds = map[string]map[string]float64{}
		for k, v := range j.Thresholds {
			rec.Thresholds[k] = maps.Clone(v)
		}
	}
	for _, r := range j.Reasons {
		rec.Reasons = append(rec.Reasons, provenance.SafetyReason{Rule: r.Rule, Label: r.Label, Score: r.Score,
			Threshold: r.Threshold, Message: r.Message})
	}
	return rec
}

// Summary is one line naming what fired, e.g. "nsfw.sexy 0.71 >= 0.50".
func (j Judgement) Summary() string {
	var parts []string
	for _, r := range j.Reasons {
		parts = append(parts, fmt.Sprintf("%s %.2f >= %.2f", r.Label, r.Score, r.Threshold))
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

// PreviewAllowed judges a streamed preview of an image being made for p:
// only a preview the output safety stage passes may be sent (it is not
// audited: the finished image is).
func (s *Service) PreviewAllowed(ctx context.Context, p candor.Principal, img *image.NRGBA) bool {
	j, err := s.cfg.Safety.Judge(ctx, img, candor.Decision{Allow: true}, s.cfg.Tenant(p.Tenant))
	return err == nil && j.Verdict == VerdictPass
}
