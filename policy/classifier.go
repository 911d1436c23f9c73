package policy

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/candor-ai/candor"
)

// Scorer is a prompt classifier: it scores a normalised prompt (Normalized.Text)
// per label, each score in [0, 1], given also the lexicon classes the policy
// found in it (input.classes: "nudity", "named_person", ...), so that what
// the lexicon knows (names of real people and living artists) informs the
// classifier and the classifier covers what the rules' clauses miss. The
// engine passes the scores to Rego as
// input.classifier = {"model": Name(), "scores": {label: score}}, and the
// policy decides with the per-label thresholds in data.candor.classifier
// (policies/classifier.json). Implementations must be safe for concurrent
// use. policy/classifier holds the built-in one.
type Scorer interface {
	Score(ctx context.Context, normalized string, classes []string) (map[string]float64, error)
	Name() string
}

// parseClassifierData reads data.candor.classifier.labels: every label needs a
// known category and a threshold in (0, 1]. No classifier data is allowed (a
// policy directory without it runs rules only).
func parseClassifierData(candor map[string]any, categories map[string]string) (map[string]float64, error) {
	cl, ok := candor["classifier"]
	if !ok {
		return map[string]float64{}, nil
	}
	obj, _ := cl.(map[string]any)
	labels, ok := obj["labels"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: data.candor.classifier.labels must be an object", ErrData)
	}
	out := make(map[string]float64, len(labels))
	for name, v := range labels {
		l, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s must be an object", ErrData, name)
		}
		cat, _ := l["category"].(string)
		if _, ok := categories[cat]; !ok {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s: category %q is not a policy category", ErrData, name, cat)
		}
		n, ok := l["threshold"].(json.Number)
		if !ok {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.threshold must be a number", ErrData, name)
		}
		t, err := n.Float64()
		if err != nil || !(t > 0 && t <= 1) {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.threshold %s: want a number in (0, 1]", ErrData, name, n)
		}
		if m, _ := l["message"].(string); m == "" {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.message is required", ErrData, name)
		}
		if m, _ := l["name"].(string); m == "" {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.name is required", ErrData, name)
		}
		out[name] = t
	}
	return out, nil
}

// validateClassifier mirrors classifier_threshold in prompt.rego: a tenant
// may lower a known label's threshold, never raise it.
func (cr categoryRules) validateClassifier(th map[string]float64) error {
	names := make([]string, 0, len(th))
	for l := range th {
		names = append(names, l)
	}
	sort.Strings(names)
	for _, l := range names {
		t := th[l]
		base, ok := cr.classifier[l]
		if !ok {
			known := make([]string, 0, len(cr.classifier))
			for k := range cr.classifier {
				known = append(known, k)
			}
			sort.Strings(known)
			return fmt.Errorf("%w: classifier_thresholds: unknown label %q (known: %s)", ErrTenantPolicy, l, strings.Join(known, ", "))
		}
		if !(t > 0 && t <= 1) {
			return fmt.Errorf("%w: classifier_thresholds.%s: %v is not in (0, 1]", ErrTenantPolicy, l, t)
		}
		if t > base {
			return fmt.Errorf("%w: classifier_thresholds.%s: %v would loosen the base threshold %v (tenants may only lower it)", ErrTenantPolicy, l, t, base)
		}
	}
	return nil
}

// classify runs the scorer on the normalised prompt and adds
// input.classifier (the scores that reach a threshold) and the tenant's
// thresholds to the Rego input. Any
// failure, and any score that is not a number in [0, 1], is an error: the
// request gets no decision rather than a decision without the classifier.
func (e *Engine) classify(ctx context.Context, c *compiled, input ast.Value, normalized string, in Input) error {
	obj, ok := input.(ast.Object)
	if !ok {
		return fmt.Errorf("%w: %w: input is %T", ErrEvaluate, ErrClassifier, input)
	}
	if len(in.TenantPolicy.ClassifierThresholds) > 0 {
		tp := obj.Get(ast.InternedTerm("tenant_policy"))
		if o, ok := tp.Value.(ast.Object); ok {
			th := ast.NewObject()
			for l, t := range in.TenantPolicy.ClassifierThresholds {
				th.Insert(ast.StringTerm(l), ast.FloatNumberTerm(t))
			}
			o.Insert(ast.InternedTerm("classifier_thresholds"), ast.NewTerm(th))
		}
	}
	s := e.cfg.Scorer
	if s == nil {
		return nil
	}
	scores, err := s.Score(ctx, normalized, inputClasses(obj))
	if err != nil {
		return fmt.Errorf("%w: %w: %w: %s: %w", ErrEvaluate, ErrClassifier, candor.ErrPolicyCheck, s.Name(), err)
	}
	so := ast.NewObject()
	for l, p := range scores {
		if math.IsNaN(p) || p < 0 || p > 1 {
			return fmt.Errorf("%w: %w: %w: %s: score %v for %q is not in [0, 1]", ErrEvaluate, ErrClassifier, candor.ErrPolicyCheck, s.Name(), p, l)
		}
		// Only scores that reach the label's threshold (the base one, or
		// the tenant's when lower) can fire a rule; like the terms, the rest
		// would change no decision and only cost evaluation time. The
		// decision stays in Rego.
		base, ok := c.rules.classifier[l]
		if !ok {
			continue
		}
		if t, ok := in.TenantPolicy.ClassifierThresholds[l]; ok && t < base {
			base = t
		}
		if p < base {
			continue
		}
		so.Insert(ast.StringTerm(l), ast.FloatNumberTerm(p))
	}
	obj.Insert(ast.InternedTerm("classifier"), ast.ObjectTerm(
		ast.Item(ast.InternedTerm("model"), ast.StringTerm(s.Name())),
		ast.Item(ast.InternedTerm("scores"), ast.NewTerm(so)),
	))
	return nil
}

// inputClasses reads input.classes back from the Rego input.
func inputClasses(obj ast.Object) []string {
	t := obj.Get(ast.InternedTerm("classes"))
	if t == nil {
		return nil
	}
	arr, ok := t.Value.(*ast.Array)
	if !ok {
		return nil
	}
	out := make([]string, 0, arr.Len())
	for i := range arr.Len() {
		if s, ok := arr.Elem(i).Value.(ast.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// Facts are what the prompt classifier sees of a request: the normalised
// prompt and the lexicon classes found in it. cmd/policy-eval featurize
// uses it, so training sees exactly what Evaluate passes to the Scorer.
func (e *Engine) Facts(in Input) (Normalized, []string, error) {
	value, np, _, err := e.cur.Load().input(in)
	if err != nil {
		return Normalized{}, nil, err
	}
	obj, ok := value.(ast.Object)
	if !ok {
		return Normalized{}, nil, fmt.Errorf("%w: input is %T", ErrEvaluate, value)
	}
	return np, inputClasses(obj), nil
}
