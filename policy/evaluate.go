package policy

import (
	"context"
	"fmt"
	"maps"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// Evaluate normalises the prompt and negative prompt and asks the policy. An
// error means no decision was made; callers must not generate (fail closed).
func (e *Engine) Evaluate(ctx context.Context, in Input) (Decision, error) {
	c := e.cur.Load()
	np := Normalize(in.Prompt)
	nn := Normalize(in.NegativePrompt)

	tenantPeople := tenantSet(in.TenantPolicy.ProtectedPeople)
	tenantArtists := tenantSet(in.TenantPolicy.ProtectedArtists)
	known := func(t string) bool {
		if _, ok := c.vocab[t]; ok {
			return true
		}
		_, p := tenantPeople[t]
		_, a := tenantArtists[t]
		return p || a
	}

	cats := make(map[string]any, len(in.TenantPolicy.Categories))
	for k, v := range in.TenantPolicy.Categories {
		cats[k] = v
	}
	params := map[string]any{}
	if in.Params != nil {
		params = maps.Clone(in.Params)
	}
	roles := make([]any, len(in.Roles))
	for i, r := range in.Roles {
		roles[i] = r
	}
	input := map[string]any{
		"prompt":          in.Prompt,
		"negative_prompt": in.NegativePrompt,
		"normalized": map[string]any{
			"prompt":          np.Text,
			"negative_prompt": nn.Text,
		},
		"tokens":          strs(np.Tokens),
		"negative_tokens": strs(nn.Tokens),
		"terms":           filterTerms(np.Terms(), known, c.compact),
		"negative_terms":  filterTerms(nn.Terms(), known, c.compact),
		"stated_ages":     ints(np.Ages),
		"tenant":          in.Tenant,
		"roles":           roles,
		"params":          params,
		"tenant_policy": map[string]any{
			"categories":        cats,
			"protected_people":  tenantPeople,
			"protected_artists": tenantArtists,
		},
	}
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		return Decision{}, fmt.Errorf("%w: input: %w", ErrEvaluate, err)
	}
	rs, err := c.query.Eval(ctx, rego.EvalParsedInput(value))
	if err != nil {
		return Decision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return Decision{}, fmt.Errorf("%w: %s is undefined", ErrEvaluate, Query)
	}
	d, err := decodeResult(rs[0].Expressions[0].Value)
	if err != nil {
		return Decision{}, err
	}
	d.NormalizedPrompt = np.Text
	d.NormalizedNegative = nn.Text
	if d.Revision == "" {
		d.Revision = c.revision
	}
	return d, nil
}

func decodeResult(v any) (Decision, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return Decision{}, fmt.Errorf("%w: result is %T, want an object", ErrEvaluate, v)
	}
	var d Decision
	switch m["decision"] {
	case "allow":
		d.Allow = true
	case "deny":
	default:
		return Decision{}, fmt.Errorf("%w: decision %v is neither allow nor deny", ErrEvaluate, m["decision"])
	}
	var err error
	if d.Reasons, err = decodeReasons(m["reasons"]); err != nil {
		return Decision{}, err
	}
	if d.Warnings, err = decodeReasons(m["warnings"]); err != nil {
		return Decision{}, err
	}
	if d.Allow && len(d.Reasons) > 0 {
		return Decision{}, fmt.Errorf("%w: allow with %d deny reasons", ErrEvaluate, len(d.Reasons))
	}
	d.Revision, _ = m["revision"].(string)
	return d, nil
}

func decodeReasons(v any) ([]Reason, error) {
	if v == nil {
		return nil, nil
	}
	arr, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%w: reasons are %T, want an array", ErrEvaluate, v)
	}
	out := make([]Reason, 0, len(arr))
	for _, x := range arr {
		r, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: reason is %T, want an object", ErrEvaluate, x)
		}
		rule, _ := r["rule"].(string)
		cat, _ := r["category"].(string)
		msg, _ := r["message"].(string)
		sev, _ := r["severity"].(string)
		if rule == "" || msg == "" {
			return nil, fmt.Errorf("%w: reason without rule or message", ErrEvaluate)
		}
		out = append(out, Reason{Rule: rule, Category: cat, Message: msg, Severity: sev})
	}
	return out, nil
}

// tenantSet is a tenant's names keyed by their normalised form.
func tenantSet(names []string) map[string]any {
	out := make(map[string]any, len(names))
	for _, n := range names {
		if k := Key(n); k != "" {
			out[k] = n
		}
	}
	return out
}

// filterTerms keeps the terms the policy data knows, adding the spaced form
// of one-word terms that are multi-word keys written together.
func filterTerms(terms []string, keep func(string) bool, compact map[string]string) []any {
	out := make([]any, 0, 8)
	for _, t := range terms {
		if keep(t) {
			out = append(out, t)
		}
		if k, ok := compact[t]; ok && k != t {
			out = append(out, k)
		}
	}
	return out
}

func strs(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func ints(s []int) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
