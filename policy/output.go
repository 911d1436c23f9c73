package policy

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// OutputQuery is the Rego rule EvaluateOutput evaluates (policies/output.rego).
const OutputQuery = "data.output.result"

// Output verdicts and threshold actions, least severe first. A score at or
// above an action's threshold triggers it; the verdict is the most severe
// action triggered, OutputPass when none is.
const (
	OutputPass  = "pass"
	OutputBlur  = "blur"
	OutputHold  = "hold"
	OutputBlock = "block"
)

// OutputSeverity orders verdicts: 0 pass, 1 blur, 2 hold, 3 block, and -1
// for anything else.
func OutputSeverity(verdict string) int {
	switch verdict {
	case OutputPass:
		return 0
	case OutputBlur:
		return 1
	case OutputHold:
		return 2
	case OutputBlock:
		return 3
	}
	return -1
}

// OutputInput is what the output policy sees about one generated image.
//
// Thresholds are label -> action -> threshold, with labels named
// "<classifier>.<label>" (nsfw.porn, custom.unsafe), actions "blur", "hold"
// or "block" and thresholds in [0, 1]. They are plain maps so that config
// code can hold them without importing this package.
type OutputInput struct {
	// Scores holds every label's score of every classifier that ran on the
	// image, each in [0, 1]. A classifier that ran must score every label
	// that has a threshold.
	Scores map[string]float64
	// Prompt is the prompt policy's decision for the request; its warnings
	// can tighten the thresholds, and a deny blocks.
	Prompt Decision
	Tenant string
	// Base is the operator's thresholds (config file safety.thresholds),
	// laid over the policy data's defaults per label and action.
	Base map[string]map[string]float64
	// TenantThresholds can only tighten: the policy uses the lower of the
	// base and the tenant's value, plus tenant actions the base lacks.
	TenantThresholds map[string]map[string]float64
}

// OutputReason is one action that an image's score triggered.
type OutputReason struct {
	// Rule says which level set the threshold: "output.threshold" (the
	// base), "output.tenant_threshold", "output.warning_tightened" (a prompt
	// warning lowered it); or why the image is blocked regardless of
	// thresholds: "output.prompt_denied".
	Rule      string  `json:"rule"`
	Label     string  `json:"label"`
	Action    string  `json:"action"`
	Score     float64 `json:"score"`
	Threshold float64 `json:"threshold"`
	// Message says, in words a user can act on, what happened and what to change.
	Message string `json:"message"`
}

// OutputDecision is the output policy's answer for one image.
type OutputDecision struct {
	// Verdict is OutputPass, OutputBlur, OutputHold or OutputBlock.
	Verdict string
	// Reasons lists every triggered (label, action), most severe first.
	Reasons []OutputReason
	// Thresholds are the effective thresholds the verdict used.
	Thresholds map[string]map[string]float64
	// Revision is the hash of the policies and data, as Decision.Revision.
	Revision string
}

// OutputEvaluator is what the request flow needs from the output policy.
type OutputEvaluator interface {
	EvaluateOutput(ctx context.Context, in OutputInput) (OutputDecision, error)
}

var _ OutputEvaluator = (*Engine)(nil)

// EvaluateOutput asks the output policy what to do with one image. Scores
// that are missing, NaN, infinite or outside [0, 1], a classifier that ran
// but left out a label with a threshold, and malformed thresholds are errors
// (ErrEvaluate with ErrScores or ErrOutputThresholds): the caller must then
// not release the image (fail closed).
func (e *Engine) EvaluateOutput(ctx context.Context, in OutputInput) (OutputDecision, error) {
	if err := ctx.Err(); err != nil {
		return OutputDecision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	if err := checkScores(in.Scores); err != nil {
		return OutputDecision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	if err := checkThresholds("base", in.Base); err != nil {
		return OutputDecision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	if err := checkThresholds("tenant", in.TenantThresholds); err != nil {
		return OutputDecision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	c := e.cur.Load()
	cancel := topdown.NewCancel()
	stop := context.AfterFunc(ctx, cancel.Cancel)
	defer stop()
	rs, err := c.output.Eval(ctx, rego.EvalParsedInput(c.okeys.input(in)), rego.EvalGenerateJSON(asTerm), rego.EvalExternalCancel(cancel))
	if err != nil {
		return OutputDecision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return OutputDecision{}, fmt.Errorf("%w: %s is undefined", ErrEvaluate, OutputQuery)
	}
	d, missing, err := decodeOutput(rs[0].Expressions[0].Value)
	if err != nil {
		return OutputDecision{}, err
	}
	if len(missing) > 0 {
		return OutputDecision{}, fmt.Errorf("%w: %w: no score for %s, whose classifier ran",
			ErrEvaluate, ErrScores, strings.Join(missing, ", "))
	}
	if d.Revision == "" {
		d.Revision = c.revision
	}
	return d, nil
}

// checkScores rejects what no classifier should produce.
func checkScores(scores map[string]float64) error {
	if len(scores) == 0 {
		return fmt.Errorf("%w: no scores", ErrScores)
	}
	for label, s := range scores {
		if err := checkLabel(label); err != nil {
			return fmt.Errorf("%w: %w", ErrScores, err)
		}
		if math.IsNaN(s) || s < 0 || s > 1 {
			return fmt.Errorf("%w: %s is %v, want a number in [0, 1]", ErrScores, label, s)
		}
	}
	return nil
}

// checkLabel wants "<classifier>.<label>", both parts non-empty.
func checkLabel(label string) error {
	cls, rest, ok := strings.Cut(label, ".")
	if !ok || cls == "" || rest == "" || strings.ContainsAny(label, " \t\r\n") {
		return fmt.Errorf("label %q is not <classifier>.<label>", label)
	}
	return nil
}

// checkThresholds checks one set of thresholds on its own: label names,
// known actions and values in [0, 1].
func checkThresholds(who string, th map[string]map[string]float64) error {
	for _, label := range sortedKeys(th) {
		if err := checkLabel(label); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrOutputThresholds, who, err)
		}
		for _, action := range sortedKeys(th[label]) {
			v := th[label][action]
			if OutputSeverity(action) < 1 {
				return fmt.Errorf("%w: %s: %s: unknown action %q (want blur, hold or block)", ErrOutputThresholds, who, label, action)
			}
			if math.IsNaN(v) || v < 0 || v > 1 {
				return fmt.Errorf("%w: %s: %s.%s is %v, want a number in [0, 1]", ErrOutputThresholds, who, label, action, v)
			}
		}
	}
	return nil
}

// validateOutput checks the operator's base and a tenant's thresholds
// against the policy data's defaults.
func validateOutput(defaults, base, tenant map[string]map[string]float64) error {
	if err := checkThresholds("base", base); err != nil {
		return err
	}
	if err := checkThresholds("tenant", tenant); err != nil {
		return err
	}
	for _, label := range sortedKeys(tenant) {
		for _, action := range sortedKeys(tenant[label]) {
			v := tenant[label][action]
			b, ok := base[label][action]
			if !ok {
				b, ok = defaults[label][action]
			}
			if ok && v > b {
				return fmt.Errorf("%w: tenant: %s.%s is %v, above the base %v: a tenant may only tighten (lower) a threshold",
					ErrOutputThresholds, label, action, v, b)
			}
		}
	}
	return nil
}

// ValidateOutputThresholds checks, when the config file is loaded, the
// operator's thresholds (base) and one tenant's against the built-in policy
// data: labels named <classifier>.<label>, actions blur, hold or block,
// values in [0, 1], and no tenant value above the base (the operator's
// value, else the data's default) for the same label and action. A tenant
// may add actions the base lacks. The policy ignores what this rejects.
func ValidateOutputThresholds(base, tenant map[string]map[string]float64) error {
	defaults, err := builtinOutputDefaults()
	if err != nil {
		return err
	}
	return validateOutput(defaults, base, tenant)
}

// ValidateOutputThresholds is ValidateOutputThresholds against the policy
// data the engine is using now.
func (e *Engine) ValidateOutputThresholds(base, tenant map[string]map[string]float64) error {
	return validateOutput(e.cur.Load().outputDefaults, base, tenant)
}

// OutputDefaults are the policy data's default thresholds (data.candor.output.thresholds).
func (e *Engine) OutputDefaults() map[string]map[string]float64 {
	return cloneThresholds(e.cur.Load().outputDefaults)
}

var builtinOutputDefaults = sync.OnceValues(func() (map[string]map[string]float64, error) {
	candor, err := builtinData()
	if err != nil {
		return nil, err
	}
	return parseOutputData(candor)
})

// parseOutputData reads and checks data.candor.output: the default
// thresholds and the tightening rules of prompt warnings. Malformed output
// data fails the load, so a bad file never replaces a working policy.
func parseOutputData(candor map[string]any) (map[string]map[string]float64, error) {
	out, ok := candor["output"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: data.candor.output must be an object", ErrData)
	}
	defaults, err := thresholdsFromData(out["thresholds"], "data.candor.output.thresholds")
	if err != nil {
		return nil, err
	}
	tow, _ := out["tighten_on_warning"].(map[string]any)
	if v, ok := out["tighten_on_warning"]; ok && tow == nil {
		return nil, fmt.Errorf("%w: data.candor.output.tighten_on_warning is %T, want an object", ErrData, v)
	}
	for _, key := range sortedKeys(tow) {
		where := "data.candor.output.tighten_on_warning." + key
		entry, ok := tow[key].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: %s must be an object", ErrData, where)
		}
		if f, ok := entry["factor"]; ok {
			n, err := dataNumber(f)
			if err != nil || n <= 0 || n > 1 {
				return nil, fmt.Errorf("%w: %s.factor is %v, want a number in (0, 1]", ErrData, where, f)
			}
		}
		if l, ok := entry["labels"]; ok {
			arr, ok := l.([]any)
			if !ok {
				return nil, fmt.Errorf("%w: %s.labels must be an array of labels", ErrData, where)
			}
			for _, x := range arr {
				if _, ok := x.(string); !ok {
					return nil, fmt.Errorf("%w: %s.labels: %v is not a string", ErrData, where, x)
				}
			}
		}
		if t, ok := entry["thresholds"]; ok {
			if _, err := thresholdsFromData(t, where+".thresholds"); err != nil {
				return nil, err
			}
		}
	}
	return defaults, nil
}

func thresholdsFromData(v any, where string) (map[string]map[string]float64, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: %s must be an object", ErrData, where)
	}
	out := make(map[string]map[string]float64, len(m))
	for label, x := range m {
		acts, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: %s.%s must be an object of action -> threshold", ErrData, where, label)
		}
		out[label] = make(map[string]float64, len(acts))
		for action, y := range acts {
			n, err := dataNumber(y)
			if err != nil {
				return nil, fmt.Errorf("%w: %s.%s.%s: %w", ErrData, where, label, action, err)
			}
			out[label][action] = n
		}
	}
	if err := checkThresholds(where, out); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	return out, nil
}

func dataNumber(v any) (float64, error) {
	switch n := v.(type) {
	case json.Number:
		return n.Float64()
	case float64:
		return n, nil
	}
	return 0, fmt.Errorf("%v is not a number", v)
}

// outputKeys are the output input's object keys, built once per compiled
// policy (see inputKeys).
type outputKeys struct {
	scores, prompt, allow, warnings, rule, category  *ast.Term
	tenant, base, tenantThresholds, emptyArr, emptyO *ast.Term
}

func newOutputKeys() outputKeys {
	return outputKeys{
		scores:           ast.StringTerm("scores"),
		prompt:           ast.StringTerm("prompt"),
		allow:            ast.StringTerm("allow"),
		warnings:         ast.StringTerm("warnings"),
		rule:             ast.StringTerm("rule"),
		category:         ast.StringTerm("category"),
		tenant:           ast.StringTerm("tenant"),
		base:             ast.StringTerm("base"),
		tenantThresholds: ast.StringTerm("tenant_thresholds"),
		emptyArr:         ast.ArrayTerm(),
		emptyO:           ast.ObjectTerm(),
	}
}

// input builds the Rego input (see policies/output.rego) as an AST value.
func (k *outputKeys) input(in OutputInput) ast.Value {
	scores := ast.NewObject()
	for label, s := range in.Scores {
		scores.Insert(ast.StringTerm(label), ast.FloatNumberTerm(s))
	}
	warnings := k.emptyArr
	if len(in.Prompt.Warnings) > 0 {
		ws := make([]*ast.Term, len(in.Prompt.Warnings))
		for i, w := range in.Prompt.Warnings {
			ws[i] = ast.ObjectTerm(
				ast.Item(k.rule, ast.StringTerm(w.Rule)),
				ast.Item(k.category, ast.StringTerm(w.Category)),
			)
		}
		warnings = ast.ArrayTerm(ws...)
	}
	return ast.NewObject(
		ast.Item(k.scores, ast.NewTerm(scores)),
		ast.Item(k.prompt, ast.ObjectTerm(
			ast.Item(k.allow, ast.InternedTerm(in.Prompt.Allow)),
			ast.Item(k.warnings, warnings),
		)),
		ast.Item(k.tenant, ast.StringTerm(in.Tenant)),
		ast.Item(k.base, k.thresholds(in.Base)),
		ast.Item(k.tenantThresholds, k.thresholds(in.TenantThresholds)),
	)
}

func (k *outputKeys) thresholds(th map[string]map[string]float64) *ast.Term {
	if len(th) == 0 {
		return k.emptyO
	}
	o := ast.NewObject()
	for label, acts := range th {
		a := ast.NewObject()
		for action, v := range acts {
			a.Insert(ast.StringTerm(action), ast.FloatNumberTerm(v))
		}
		o.Insert(ast.StringTerm(label), ast.NewTerm(a))
	}
	return ast.NewTerm(o)
}

// decodeOutput reads the output policy's result and the labels it found
// missing.
func decodeOutput(v any) (OutputDecision, []string, error) {
	t, ok := v.(*ast.Term)
	if !ok {
		return OutputDecision{}, nil, fmt.Errorf("%w: output result is %T, want a term", ErrEvaluate, v)
	}
	m, ok := t.Value.(ast.Object)
	if !ok {
		return OutputDecision{}, nil, fmt.Errorf("%w: output result is %v, want an object", ErrEvaluate, ast.ValueName(t.Value))
	}
	d := OutputDecision{Verdict: field(m, "verdict"), Revision: field(m, "revision")}
	if OutputSeverity(d.Verdict) < 0 {
		return OutputDecision{}, nil, fmt.Errorf("%w: output verdict %v is not pass, blur, hold or block", ErrEvaluate, m.Get(ast.InternedTerm("verdict")))
	}
	arr, ok := termArray(m, "reasons")
	if !ok {
		return OutputDecision{}, nil, fmt.Errorf("%w: output reasons are not an array", ErrEvaluate)
	}
	d.Reasons = make([]OutputReason, 0, arr.Len())
	worst := 0
	for i := range arr.Len() {
		r, ok := arr.Elem(i).Value.(ast.Object)
		if !ok {
			return OutputDecision{}, nil, fmt.Errorf("%w: output reason is %v, want an object", ErrEvaluate, ast.ValueName(arr.Elem(i).Value))
		}
		x := OutputReason{Rule: field(r, "rule"), Label: field(r, "label"), Action: field(r, "action"), Message: field(r, "message")}
		var ok1, ok2 bool
		x.Score, ok1 = number(r, "score")
		x.Threshold, ok2 = number(r, "threshold")
		if x.Rule == "" || x.Message == "" || OutputSeverity(x.Action) < 1 || !ok1 || !ok2 {
			return OutputDecision{}, nil, fmt.Errorf("%w: output reason %v is incomplete", ErrEvaluate, r)
		}
		worst = max(worst, OutputSeverity(x.Action))
		d.Reasons = append(d.Reasons, x)
	}
	// The verdict must be what the reasons say: a policy that passes an image
	// with a block reason, or blocks one without a reason, is broken.
	if OutputSeverity(d.Verdict) != worst {
		return OutputDecision{}, nil, fmt.Errorf("%w: output verdict %s disagrees with its reasons", ErrEvaluate, d.Verdict)
	}
	slices.SortStableFunc(d.Reasons, func(a, b OutputReason) int {
		return cmp.Or(
			cmp.Compare(OutputSeverity(b.Action), OutputSeverity(a.Action)),
			cmp.Compare(a.Label, b.Label),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
	var th ast.Object
	if v := m.Get(ast.InternedTerm("thresholds")); v != nil {
		th, _ = v.Value.(ast.Object)
	}
	if th == nil {
		return OutputDecision{}, nil, fmt.Errorf("%w: output thresholds are not an object", ErrEvaluate)
	}
	d.Thresholds = make(map[string]map[string]float64, th.Len())
	var bad error
	th.Foreach(func(lk, lv *ast.Term) {
		label, ok1 := lk.Value.(ast.String)
		acts, ok2 := lv.Value.(ast.Object)
		if !ok1 || !ok2 {
			bad = fmt.Errorf("%w: output thresholds: %v is not label -> object", ErrEvaluate, lk)
			return
		}
		mm := make(map[string]float64, acts.Len())
		acts.Foreach(func(ak, av *ast.Term) {
			action, ok1 := ak.Value.(ast.String)
			n, ok2 := av.Value.(ast.Number)
			f, ok3 := n.Float64()
			if !ok1 || !ok2 || !ok3 {
				bad = fmt.Errorf("%w: output thresholds: %s.%v is not a number", ErrEvaluate, label, ak)
				return
			}
			mm[string(action)] = f
		})
		d.Thresholds[string(label)] = mm
	})
	if bad != nil {
		return OutputDecision{}, nil, bad
	}
	var missing []string
	if marr, ok := termArray(m, "missing"); ok {
		for i := range marr.Len() {
			s, _ := marr.Elem(i).Value.(ast.String)
			missing = append(missing, string(s))
		}
	}
	return d, missing, nil
}

func termArray(m ast.Object, key string) (*ast.Array, bool) {
	v := m.Get(ast.InternedTerm(key))
	if v == nil {
		return nil, false
	}
	a, ok := v.Value.(*ast.Array)
	return a, ok
}

func number(m ast.Object, key string) (float64, bool) {
	v := m.Get(ast.InternedTerm(key))
	if v == nil {
		return 0, false
	}
	n, ok := v.Value.(ast.Number)
	if !ok {
		return 0, false
	}
	return n.Float64()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func cloneThresholds(th map[string]map[string]float64) map[string]map[string]float64 {
	out := make(map[string]map[string]float64, len(th))
	for k, v := range th {
		out[k] = maps.Clone(v)
	}
	return out
}
