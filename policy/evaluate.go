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
	m := termMatcher{vocab: c.vocab, compact: c.compact, extra: [2]map[string]any{tenantPeople, tenantArtists}}

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
		"terms":           m.match(np),
		"negative_terms":  m.match(nn),
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

// termMatcher finds the n-grams of a prompt that the policy data knows.
// Only those reach Rego: every rule matches data keys, so the rest could not
// change a decision, and leaving them out keeps evaluation fast.
type termMatcher struct {
	vocab   map[string]struct{}
	compact map[string]string
	extra   [2]map[string]any // the tenant's protected people and artists
}

func (m termMatcher) known(g []byte) (string, bool) {
	if _, ok := m.vocab[string(g)]; ok {
		return string(g), true
	}
	for _, x := range m.extra {
		if _, ok := x[string(g)]; ok {
			return string(g), true
		}
	}
	return "", false
}

// match is Normalized.Terms filtered by the data, without building the
// n-grams it does not keep. A one-word n-gram equal to a multi-word key
// written together ("taylorswift") adds that key.
func (m termMatcher) match(n Normalized) []any {
	out := make([]any, 0, 8)
	var seen map[string]struct{}
	add := func(t string) {
		if seen == nil {
			seen = map[string]struct{}{}
		}
		if _, dup := seen[t]; !dup {
			seen[t] = struct{}{}
			out = append(out, t)
		}
	}
	buf := make([]byte, 0, 128)
	for _, seq := range [][]string{n.Tokens, n.Collapsed, n.Alternate} {
		for i := range seq {
			buf = buf[:0]
			for k := 0; k < MaxNgram && i+k < len(seq); k++ {
				if k > 0 {
					buf = append(buf, ' ')
				}
				buf = append(buf, seq[i+k]...)
				if t, ok := m.known(buf); ok {
					add(t)
				}
				if k == 0 {
					if full, ok := m.compact[string(buf)]; ok {
						add(full)
					}
				}
			}
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
