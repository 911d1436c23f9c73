package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/policies"
)

// fixedScorer answers the same scores for every prompt and records the
// texts it was given.
type fixedScorer struct {
	mu      sync.Mutex
	scores  map[string]float64
	err     error
	seen    []string
	classes [][]string
}

func (f *fixedScorer) Name() string { return "fixed" }

func (f *fixedScorer) Score(_ context.Context, text string, classes []string) (map[string]float64, error) {
	f.mu.Lock()
	f.seen = append(f.seen, text)
	f.classes = append(f.classes, classes)
	f.mu.Unlock()
	return f.scores, f.err
}

func scorerEngine(t *testing.T, s Scorer) *Engine {
	t.Helper()
	e, err := New(context.Background(), Config{FS: policies.FS, Scorer: s})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func baseThreshold(t *testing.T, label string) float64 {
	t.Helper()
	cr, err := builtinRules()
	if err != nil {
		t.Fatal(err)
	}
	th, ok := cr.classifier[label]
	if !ok {
		t.Fatalf("no base threshold for %q", label)
	}
	return th.threshold
}

func TestClassifierScoreDenies(t *testing.T) {
	th := baseThreshold(t, "selfharm")
	s := &fixedScorer{scores: map[string]float64{"selfharm": math.Min(1, th+0.01), "none": 0.1}}
	e := scorerEngine(t, s)
	d, err := e.Evaluate(context.Background(), Input{Prompt: "Ａ quiet room at dusk, s l e e p y"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Allow || len(d.Reasons) != 1 {
		t.Fatalf("decision %+v, want one deny reason", d)
	}
	r := d.Reasons[0]
	if r.Rule != "classifier.selfharm" || r.Category != "selfharm" || r.Severity != "deny" {
		t.Errorf("reason %+v", r)
	}
	if !strings.HasPrefix(r.Message, "classifier: self-harm ") || !strings.Contains(r.Message, " >= ") || !strings.Contains(r.Message, "crisis line") {
		t.Errorf("message %q does not name the signal and the fix", r.Message)
	}
	// The scorer sees the normalised prompt, not the raw text or the negative prompt.
	if len(s.seen) != 1 || s.seen[0] != d.NormalizedPrompt {
		t.Errorf("scorer saw %q, normalised prompt is %q", s.seen, d.NormalizedPrompt)
	}
}

func TestClassifierBelowThresholdAllows(t *testing.T) {
	th := baseThreshold(t, "violence")
	e := scorerEngine(t, &fixedScorer{scores: map[string]float64{"violence": th - 0.001}})
	d, err := e.Evaluate(context.Background(), Input{Prompt: "a red fox in the snow"})
	if err != nil || !d.Allow {
		t.Fatalf("got %+v, %v; want allow", d, err)
	}
}

func TestClassifierAndRulesBothExplain(t *testing.T) {
	e := scorerEngine(t, &fixedScorer{scores: map[string]float64{"explicit": 0.999}})
	d, err := e.Evaluate(context.Background(), Input{Prompt: "explicit porn of two adults"})
	if err != nil {
		t.Fatal(err)
	}
	ids := ruleIDs(d.Reasons)
	hasRule := false
	for _, id := range ids {
		if strings.HasPrefix(id, "explicit.") {
			hasRule = true
		}
	}
	if d.Allow || !hasRule || !strings.Contains(strings.Join(ids, ","), "classifier.explicit") {
		t.Fatalf("reasons %v, want a lexicon rule and classifier.explicit", ids)
	}
}

func TestClassifierFailureFailsClosed(t *testing.T) {
	boom := errors.New("boom")
	for name, s := range map[string]*fixedScorer{
		"error":        {err: boom},
		"nan":          {scores: map[string]float64{"hate": math.NaN()}},
		"out of range": {scores: map[string]float64{"hate": 1.5}},
		"negative":     {scores: map[string]float64{"hate": -0.1}},
	} {
		e := scorerEngine(t, s)
		_, err := e.Evaluate(context.Background(), Input{Prompt: "a red fox"})
		if !errors.Is(err, ErrClassifier) || !errors.Is(err, ErrEvaluate) || !errors.Is(err, candor.ErrPolicyCheck) {
			t.Errorf("%s: err %v, want ErrClassifier and ErrEvaluate", name, err)
		}
		if name == "error" && !errors.Is(err, boom) {
			t.Errorf("error: %v does not wrap the scorer's error", err)
		}
	}
}

func TestClassifierTenantThresholds(t *testing.T) {
	th := baseThreshold(t, "hate")
	e := scorerEngine(t, &fixedScorer{scores: map[string]float64{"hate": th / 2}})
	ctx := context.Background()
	d, err := e.Evaluate(ctx, Input{Prompt: "a poster"})
	if err != nil || !d.Allow {
		t.Fatalf("base: %+v, %v; want allow", d, err)
	}
	tight := TenantPolicy{ClassifierThresholds: map[string]float64{"hate": th / 4}}
	if err := e.ValidateTenantPolicy(tight); err != nil {
		t.Fatal(err)
	}
	d, err = e.Evaluate(ctx, Input{Prompt: "a poster", TenantPolicy: tight})
	if err != nil || d.Allow || ruleIDs(d.Reasons)[0] != "classifier.hate" {
		t.Fatalf("tightened: %+v, %v; want classifier.hate", d, err)
	}
	// A looser value is refused at config load, and ignored by the Rego
	// if it gets there anyway.
	loose := TenantPolicy{ClassifierThresholds: map[string]float64{"hate": math.Min(1, th+0.05)}}
	if err := ValidateTenantPolicy(loose); !errors.Is(err, ErrTenantPolicy) {
		t.Errorf("loosening: %v, want ErrTenantPolicy", err)
	}
	e2 := scorerEngine(t, &fixedScorer{scores: map[string]float64{"hate": th}})
	d, err = e2.Evaluate(ctx, Input{Prompt: "a poster", TenantPolicy: loose})
	if err != nil || d.Allow {
		t.Fatalf("loosened in Rego: %+v, %v; want deny", d, err)
	}
}

func TestValidateClassifierThresholds(t *testing.T) {
	for name, th := range map[string]map[string]float64{
		"unknown label": {"nonsense": 0.1},
		"none label":    {"none": 0.1},
		"zero":          {"hate": 0},
		"negative":      {"hate": -1},
		"nan":           {"hate": math.NaN()},
		"above base":    {"minors": 1},
	} {
		err := ValidateTenantPolicy(TenantPolicy{ClassifierThresholds: th})
		if !errors.Is(err, ErrTenantPolicy) {
			t.Errorf("%s: %v, want ErrTenantPolicy", name, err)
		}
	}
	if err := ValidateTenantPolicy(TenantPolicy{ClassifierThresholds: map[string]float64{"minors": 0.01}}); err != nil {
		t.Errorf("tightening minors: %v", err)
	}
}

func TestClassifierMinorsAbsolute(t *testing.T) {
	e := scorerEngine(t, &fixedScorer{scores: map[string]float64{"minors": 0.999}})
	d, err := e.Evaluate(context.Background(), Input{Prompt: "a photo",
		TenantPolicy: TenantPolicy{Categories: map[string]string{"minors": "allow"}}})
	if err != nil || d.Allow || ruleIDs(d.Reasons)[0] != "classifier.minors" {
		t.Fatalf("%+v, %v; want classifier.minors deny", d, err)
	}
}

func TestClassifierDataChecked(t *testing.T) {
	cats := map[string]string{"hate": "deny"}
	for name, data := range map[string]map[string]any{
		"not object":              {"classifier": map[string]any{"labels": []any{}}},
		"bad category":            {"classifier": map[string]any{"labels": map[string]any{"x": map[string]any{"category": "nope", "threshold": jsonNum("0.5"), "message": "m", "name": "n"}}}},
		"bad threshold":           {"classifier": map[string]any{"labels": map[string]any{"x": map[string]any{"category": "hate", "threshold": jsonNum("1.5"), "message": "m", "name": "n"}}}},
		"no message":              {"classifier": map[string]any{"labels": map[string]any{"x": map[string]any{"category": "hate", "threshold": jsonNum("0.5"), "name": "n"}}}},
		"with_lexicon not object": {"classifier": map[string]any{"labels": map[string]any{"x": withLexicon("0.9", "x")}}},
		"with_lexicon above":      {"classifier": map[string]any{"labels": map[string]any{"x": withLexicon("0.5", map[string]any{"classes": []any{"group"}, "threshold": jsonNum("0.6")})}}},
		"with_lexicon no classes": {"classifier": map[string]any{"labels": map[string]any{"x": withLexicon("0.9", map[string]any{"classes": []any{}, "threshold": jsonNum("0.6")})}}},
		"with_lexicon bad class":  {"classifier": map[string]any{"labels": map[string]any{"x": withLexicon("0.9", map[string]any{"classes": []any{1}, "threshold": jsonNum("0.6")})}}},
		"with_lexicon zero":       {"classifier": map[string]any{"labels": map[string]any{"x": withLexicon("0.9", map[string]any{"classes": []any{"group"}, "threshold": jsonNum("0")})}}},
		"with_lexicon no term":    {"classifier": map[string]any{"labels": map[string]any{"x": withLexicon("0.9", map[string]any{"classes": []any{"grup"}, "threshold": jsonNum("0.6")})}}},
	} {
		data["terms"] = lexiconTerms
		if _, err := parseClassifierData(data, cats, lexiconClasses(data)); !errors.Is(err, ErrData) {
			t.Errorf("%s: %v, want ErrData", name, err)
		}
	}
	// The same shapes with a known class and a threshold under the label's
	// parse, the names lists' classes included.
	for _, class := range []string{"group", "named_person"} {
		data := map[string]any{"terms": lexiconTerms, "classifier": map[string]any{"labels": map[string]any{
			"x": withLexicon("0.9", map[string]any{"classes": []any{class}, "threshold": jsonNum("0.6")})}}}
		got, err := parseClassifierData(data, cats, lexiconClasses(data))
		if err != nil || got["x"] != (labelThresholds{threshold: 0.9, floor: 0.6}) {
			t.Errorf("class %s: %+v, %v; want threshold 0.9, floor 0.6", class, got, err)
		}
	}
}

// lexiconTerms is a data.candor.terms with the class "group".
var lexiconTerms = map[string]any{"crowd": []any{"group"}}

func jsonNum(s string) json.Number { return json.Number(s) }

func withLexicon(threshold string, wl any) map[string]any {
	return map[string]any{"category": "hate", "threshold": jsonNum(threshold), "message": "m", "name": "n", "with_lexicon": wl}
}

// A score under the label's threshold but at its with_lexicon threshold
// denies when the prompt has one of the label's lexicon classes, and only
// then; the reason names both signals. Scores under the with_lexicon
// threshold never reach Rego.
func TestClassifierWithLexicon(t *testing.T) {
	cr, err := builtinRules()
	if err != nil {
		t.Fatal(err)
	}
	lt := cr.classifier["sexual_real_people"]
	if !(lt.floor < lt.threshold) {
		t.Skipf("sexual_real_people has no with_lexicon threshold under %v", lt.threshold)
	}
	score := (lt.floor + lt.threshold) / 2
	e := scorerEngine(t, &fixedScorer{scores: map[string]float64{"sexual_real_people": score}})
	d, err := e.Evaluate(context.Background(), Input{Prompt: "Taylor Swift on a beach"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Allow || len(d.Reasons) != 1 || d.Reasons[0].Rule != "classifier.sexual_real_people" {
		t.Fatalf("named person, score %v: %+v, want classifier.sexual_real_people", score, d)
	}
	want := fmt.Sprintf("classifier: sexual content of real people %.3f >= %.3f with the lexicon's named_person", score, lt.floor)
	if !strings.HasPrefix(d.Reasons[0].Message, want) {
		t.Errorf("message %q, want prefix %q", d.Reasons[0].Message, want)
	}
	d, err = e.Evaluate(context.Background(), Input{Prompt: "a woman on a beach"})
	if err != nil || !d.Allow {
		t.Fatalf("no named person, score %v: %+v, %v; want allow", score, d, err)
	}
	s := &fixedScorer{scores: map[string]float64{"sexual_real_people": lt.floor / 2}}
	d, err = scorerEngine(t, s).Evaluate(context.Background(), Input{Prompt: "Taylor Swift on a beach"})
	if err != nil || !d.Allow {
		t.Fatalf("score under with_lexicon: %+v, %v; want allow", d, err)
	}
}

// The scorer gets the lexicon classes the policy found, the same that Facts
// reports for training.
func TestClassifierSeesLexiconClasses(t *testing.T) {
	s := &fixedScorer{scores: map[string]float64{}}
	e := scorerEngine(t, s)
	in := Input{Prompt: "photo of Taylor Swift at a press conference", NegativePrompt: "nude"}
	if _, err := e.Evaluate(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	np, classes, err := e.Facts(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.classes) != 1 || !slices.Equal(s.classes[0], classes) || s.seen[0] != np.Text {
		t.Fatalf("scorer saw %q %v, Facts gives %q %v", s.seen, s.classes, np.Text, classes)
	}
	if !slices.Contains(classes, "named_person") {
		t.Errorf("classes %v lack named_person", classes)
	}
}
