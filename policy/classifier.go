package policy

import (
	"context"
	"encoding/json"
	"errors"
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

// labelThresholds is what the policy data says about one classifier label:
// the threshold at which its score alone denies, and the lower one at which
// it denies when the lexicon corroborates it (with_lexicon: one of the
// label's lexicon classes is among the prompt's classes). floor is the lower
// of the two, below which no score can fire the label.
type labelThresholds struct {
	threshold float64
	floor     float64
}

// parseClassifierData reads data.candor.classifier.labels: every label needs a
// known category, a threshold in (0, 1], a name and a message, and may have
// with_lexicon {"classes": [lexicon classes], "threshold": t} with t in
// (0, threshold], where every class is one that the lexicon (data.candor.terms)
// or the names lists produce: a misspelt class would never corroborate. No
// classifier data is allowed (a policy directory without it runs rules only).
//
// known is lexiconClasses(candor), computed once by the caller.
func parseClassifierData(candor map[string]any, categories map[string]string, known map[string]bool) (map[string]labelThresholds, error) {
	cl, ok := candor["classifier"]
	if !ok {
		return map[string]labelThresholds{}, nil
	}
	obj, _ := cl.(map[string]any)
	labels, ok := obj["labels"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: data.candor.classifier.labels must be an object", ErrData)
	}
	out := make(map[string]labelThresholds, len(labels))
	for name, v := range labels {
		l, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s must be an object", ErrData, name)
		}
		cat, _ := l["category"].(string)
		if _, ok := categories[cat]; !ok {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s: category %q is not a policy category", ErrData, name, cat)
		}
		t, err := unitNumber(l["threshold"])
		if err != nil {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.threshold: %w", ErrData, name, err)
		}
		if m, _ := l["message"].(string); m == "" {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.message is required", ErrData, name)
		}
		if m, _ := l["name"].(string); m == "" {
			return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.name is required", ErrData, name)
		}
		lt := labelThresholds{threshold: t, floor: t}
		if wl, ok := l["with_lexicon"]; ok {
			if lt.floor, err = parseWithLexicon(wl, t, known); err != nil {
				return nil, fmt.Errorf("%w: data.candor.classifier.labels.%s.with_lexicon: %w", ErrData, name, err)
			}
		}
		out[name] = lt
	}
	return out, nil
}

// lexiconClasses is every class a prompt's facts can hold: the classes of
// data.candor.terms and those of the names lists (named_person, named_artist).
func lexiconClasses(candor map[string]any) map[string]bool {
	known := map[string]bool{}
	for _, c := range nameClasses {
		known[c] = true
	}
	terms, _ := candor["terms"].(map[string]any)
	for _, v := range terms {
		arr, _ := v.([]any)
		for _, x := range arr {
			if s, ok := x.(string); ok {
				known[s] = true
			}
		}
	}
	return known
}

// parseWithLexicon checks a label's with_lexicon object and returns its
// threshold, which may not exceed the label's own.
func parseWithLexicon(v any, threshold float64, known map[string]bool) (float64, error) {
	wl, ok := v.(map[string]any)
	if !ok {
		return 0, errors.New("must be an object")
	}
	classes, ok := wl["classes"].([]any)
	if !ok || len(classes) == 0 {
		return 0, errors.New("classes must be a non-empty list of lexicon classes")
	}
	for _, c := range classes {
		s, ok := c.(string)
		if !ok || s == "" {
			return 0, fmt.Errorf("classes: %v is not a class name", c)
		}
		if !known[s] {
			return 0, fmt.Errorf("classes: %q is not a class of any lexicon term", s)
		}
	}
	t, err := unitNumber(wl["threshold"])
	if err != nil {
		return 0, fmt.Errorf("threshold: %w", err)
	}
	if t > threshold {
		return 0, fmt.Errorf("threshold %v is above the label's threshold %v (corroboration may only lower it)", t, threshold)
	}
	return t, nil
}

// unitNumber reads a JSON number in (0, 1].
func unitNumber(v any) (float64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, errors.New("must be a number")
	}
	t, err := n.Float64()
	if err != nil || !(t > 0 && t <= 1) {
		return 0, fmt.Errorf("%s: want a number in (0, 1]", n)
	}
	return t, nil
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
		lt, ok := cr.classifier[l]
		base := lt.threshold
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
		// Only scores that reach the label's lowest threshold (the base
		// one, the with_lexicon one, or the tenant's when lower) can fire a
		// rule; like the terms, the rest would change no decision and only
		// cost evaluation time. The decision stays in Rego.
		lt, ok := c.rules.classifier[l]
		if !ok {
			continue
		}
		floor := lt.floor
		if t, ok := in.TenantPolicy.ClassifierThresholds[l]; ok && t < floor {
			floor = t
		}
		if p < floor {
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
