package policy

import (
	"context"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/candor-ai/candor/policies"
)

// benignScores are the built-in classifier's scores for an ordinary drawing.
func benignScores(over map[string]float64) map[string]float64 {
	s := map[string]float64{"nsfw.drawing": 0.9, "nsfw.hentai": 0.04, "nsfw.neutral": 0.04, "nsfw.porn": 0.01, "nsfw.sexy": 0.01}
	for k, v := range over {
		s[k] = v
	}
	return s
}

var allowed = Decision{Allow: true}

func warnedBy(rule, category string) Decision {
	return Decision{Allow: true, Warnings: []Reason{{Rule: rule, Category: category, Message: "m", Severity: "warn"}}}
}

type hit struct{ rule, label, action string }

func hits(d OutputDecision) []hit {
	out := make([]hit, 0, len(d.Reasons))
	for _, r := range d.Reasons {
		out = append(out, hit{r.Rule, r.Label, r.Action})
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestEvaluateOutput(t *testing.T) {
	e := builtin(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		in      OutputInput
		verdict string
		// hits in the order EvaluateOutput gives them: most severe first.
		hits []hit
		// thresholds to check in the effective set (label.action -> value).
		want map[string]float64
	}{
		{name: "benign drawing", in: OutputInput{Scores: benignScores(nil), Prompt: allowed}, verdict: OutputPass,
			want: map[string]float64{"nsfw.porn.hold": 0.4, "nsfw.porn.block": 0.6, "nsfw.hentai.block": 0.85, "nsfw.sexy.blur": 0.6}},
		{name: "cartoon spill into hentai", in: OutputInput{Scores: benignScores(map[string]float64{"nsfw.drawing": 0.5, "nsfw.hentai": 0.45}), Prompt: allowed},
			verdict: OutputPass},
		{name: "suggestive is blurred", in: OutputInput{Scores: benignScores(map[string]float64{"nsfw.sexy": 0.7}), Prompt: allowed},
			verdict: OutputBlur, hits: []hit{{"output.threshold", "nsfw.sexy", "blur"}}},
		{name: "exact threshold triggers", in: OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.4}), Prompt: allowed},
			verdict: OutputHold, hits: []hit{{"output.threshold", "nsfw.porn", "hold"}}},
		{name: "block lists hold too, most severe first", in: OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.9, "nsfw.sexy": 0.8}), Prompt: allowed},
			verdict: OutputBlock, hits: []hit{{"output.threshold", "nsfw.porn", "block"}, {"output.threshold", "nsfw.porn", "hold"}, {"output.threshold", "nsfw.sexy", "blur"}}},
		{name: "operator base for a custom classifier",
			in: OutputInput{Scores: benignScores(map[string]float64{"custom.unsafe": 0.5, "custom.other": 0.5}), Prompt: allowed,
				Base: map[string]map[string]float64{"custom.unsafe": {"block": 0.5}}},
			verdict: OutputBlock, hits: []hit{{"output.threshold", "custom.unsafe", "block"}}},
		{name: "built-in classifier off",
			in: OutputInput{Scores: map[string]float64{"custom.unsafe": 0.1, "custom.other": 0.9}, Prompt: allowed,
				Base: map[string]map[string]float64{"custom.unsafe": {"block": 0.5}}},
			verdict: OutputPass},
		{name: "tenant tightens",
			in: OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.3}), Prompt: allowed, Tenant: "museum",
				TenantThresholds: map[string]map[string]float64{"nsfw.porn": {"hold": 0.25}}},
			verdict: OutputHold, hits: []hit{{"output.tenant_threshold", "nsfw.porn", "hold"}}, want: map[string]float64{"nsfw.porn.hold": 0.25, "nsfw.porn.block": 0.6}},
		{name: "tenant adds blur to a label with only hold and block",
			in: OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.2}), Prompt: allowed,
				TenantThresholds: map[string]map[string]float64{"nsfw.porn": {"blur": 0.15}}},
			verdict: OutputBlur, hits: []hit{{"output.tenant_threshold", "nsfw.porn", "blur"}}},
		{name: "tenant cannot loosen",
			in: OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.65}), Prompt: allowed,
				TenantThresholds: map[string]map[string]float64{"nsfw.porn": {"block": 0.95, "hold": 0.9}}},
			verdict: OutputBlock, hits: []hit{{"output.threshold", "nsfw.porn", "block"}, {"output.threshold", "nsfw.porn", "hold"}},
			want: map[string]float64{"nsfw.porn.hold": 0.4, "nsfw.porn.block": 0.6}},
		{name: "explicit warning tightens by 0.75",
			in:      OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.35}), Prompt: warnedBy("explicit.nudity", "explicit")},
			verdict: OutputHold, hits: []hit{{"output.warning_tightened", "nsfw.porn", "hold"}},
			want: map[string]float64{"nsfw.porn.hold": 0.3, "nsfw.porn.block": 0.45, "nsfw.sexy.blur": 0.45}},
		{name: "unrelated warning does not tighten",
			in:      OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.35}), Prompt: warnedBy("artists.living", "artists")},
			verdict: OutputPass, want: map[string]float64{"nsfw.porn.hold": 0.4}},
		{name: "denied prompt blocks",
			in:      OutputInput{Scores: benignScores(nil), Prompt: Decision{Reasons: []Reason{{Rule: "explicit.sexual", Category: "explicit", Message: "m"}}}},
			verdict: OutputBlock, hits: []hit{{"output.prompt_denied", "", "block"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := e.EvaluateOutput(ctx, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if d.Verdict != tc.verdict {
				t.Errorf("verdict %s, want %s (%+v)", d.Verdict, tc.verdict, d.Reasons)
			}
			if got := hits(d); !slices.Equal(got, tc.hits) && (len(got) > 0 || len(tc.hits) > 0) {
				t.Errorf("reasons %v, want %v", got, tc.hits)
			}
			for k, v := range tc.want {
				i := strings.LastIndexByte(k, '.')
				if got, ok := d.Thresholds[k[:i]][k[i+1:]]; !ok || !near(got, v) {
					t.Errorf("threshold %s = %v (present %v), want %v", k, got, ok, v)
				}
			}
			for _, r := range d.Reasons {
				if r.Message == "" {
					t.Errorf("%s: empty message", r.Rule)
				}
				if r.Rule == "output.prompt_denied" {
					continue
				}
				if r.Score < r.Threshold || !near(r.Threshold, d.Thresholds[r.Label][r.Action]) {
					t.Errorf("%+v does not match the effective thresholds %v", r, d.Thresholds[r.Label])
				}
				if !strings.Contains(r.Message, "threshold") || !strings.Contains(r.Message, "prompt") {
					t.Errorf("%s: message %q neither explains nor advises", r.Rule, r.Message)
				}
			}
			if d.Revision != e.Revision() {
				t.Errorf("revision %q, want %q", d.Revision, e.Revision())
			}
		})
	}
}

func TestEvaluateOutputFailsClosed(t *testing.T) {
	e := builtin(t)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	without := benignScores(nil)
	delete(without, "nsfw.porn")
	tests := []struct {
		name string
		ctx  context.Context
		in   OutputInput
		want error
	}{
		{"no scores", nil, OutputInput{Prompt: allowed}, ErrScores},
		{"NaN", nil, OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": math.NaN()}), Prompt: allowed}, ErrScores},
		{"negative", nil, OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": -0.1}), Prompt: allowed}, ErrScores},
		{"above one", nil, OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 1.5}), Prompt: allowed}, ErrScores},
		{"infinite", nil, OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": math.Inf(1)}), Prompt: allowed}, ErrScores},
		{"label without classifier", nil, OutputInput{Scores: benignScores(map[string]float64{"porn": 0.1}), Prompt: allowed}, ErrScores},
		{"classifier that ran left out a label", nil, OutputInput{Scores: without, Prompt: allowed}, ErrScores},
		{"custom classifier left out its thresholded label", nil,
			OutputInput{Scores: benignScores(map[string]float64{"custom.other": 0.9}), Prompt: allowed,
				Base: map[string]map[string]float64{"custom.unsafe": {"block": 0.5}}}, ErrScores},
		{"base threshold above one", nil, OutputInput{Scores: benignScores(nil), Prompt: allowed,
			Base: map[string]map[string]float64{"nsfw.porn": {"block": 1.5}}}, ErrOutputThresholds},
		{"tenant unknown action", nil, OutputInput{Scores: benignScores(nil), Prompt: allowed,
			TenantThresholds: map[string]map[string]float64{"nsfw.porn": {"warn": 0.5}}}, ErrOutputThresholds},
		{"cancelled", cancelled, OutputInput{Scores: benignScores(nil), Prompt: allowed}, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := tc.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			d, err := e.EvaluateOutput(ctx, tc.in)
			if !errors.Is(err, ErrEvaluate) || !errors.Is(err, tc.want) {
				t.Fatalf("got %+v, %v; want ErrEvaluate and %v", d, err, tc.want)
			}
			if d.Verdict != "" {
				t.Errorf("a failed evaluation gave verdict %q", d.Verdict)
			}
		})
	}
}

func TestValidateOutputThresholds(t *testing.T) {
	type th = map[string]map[string]float64
	tests := []struct {
		name         string
		base, tenant th
		want         string // substring of the error; "" for none
	}{
		{"nothing", nil, nil, ""},
		{"operator adds a custom label", th{"custom.unsafe": {"block": 0.5}}, nil, ""},
		{"operator loosens a default", th{"nsfw.porn": {"block": 0.9}}, nil, ""},
		{"tenant tightens", th{"custom.unsafe": {"block": 0.5}}, th{"custom.unsafe": {"block": 0.4}, "nsfw.porn": {"hold": 0.3}}, ""},
		{"tenant equal to the base", nil, th{"nsfw.porn": {"block": 0.6}}, ""},
		{"tenant adds an action", nil, th{"nsfw.sexy": {"hold": 0.9}, "nsfw.porn": {"blur": 0.2}}, ""},
		{"tenant adds a label", nil, th{"other.flag": {"block": 0.9}}, ""},
		{"tenant loosens the operator's base", th{"custom.unsafe": {"block": 0.5}}, th{"custom.unsafe": {"block": 0.6}}, "custom.unsafe.block is 0.6, above the base 0.5"},
		{"tenant loosens a data default", nil, th{"nsfw.porn": {"block": 0.7}}, "nsfw.porn.block is 0.7, above the base 0.6"},
		{"tenant within a loosened operator base", th{"nsfw.porn": {"block": 0.8}}, th{"nsfw.porn": {"block": 0.7}}, ""},
		{"tenant above an operator base below the default", th{"nsfw.porn": {"block": 0.5}}, th{"nsfw.porn": {"block": 0.55}}, "above the base 0.5"},
		{"base negative", th{"nsfw.porn": {"block": -0.1}}, nil, "base: nsfw.porn.block is -0.1"},
		{"tenant above one", nil, th{"other.flag": {"block": 1.1}}, "tenant: other.flag.block is 1.1"},
		{"NaN", nil, th{"other.flag": {"block": math.NaN()}}, "NaN"},
		{"unknown action", th{"nsfw.porn": {"warn": 0.5}}, nil, `unknown action "warn"`},
		{"pass is no action", nil, th{"nsfw.porn": {"pass": 0.5}}, `unknown action "pass"`},
		{"label without classifier", th{"porn": {"block": 0.5}}, nil, "not <classifier>.<label>"},
	}
	e := builtin(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range []func(a, b map[string]map[string]float64) error{ValidateOutputThresholds, e.ValidateOutputThresholds} {
				err := f(tc.base, tc.tenant)
				if tc.want == "" {
					if err != nil {
						t.Fatalf("unexpected error %v", err)
					}
					continue
				}
				if !errors.Is(err, ErrOutputThresholds) || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("err = %v, want ErrOutputThresholds containing %q", err, tc.want)
				}
			}
		})
	}
}

// Every test_ rule of every *_test.rego, the output policy's included, runs
// when the engine loads, as `go tool opa test policies` runs them.
func TestOutputRegoTestsRunFromGo(t *testing.T) {
	want := 0
	outputTests := 0
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, "_test.rego") {
			return err
		}
		src, err := fs.ReadFile(policies.FS, p)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(line, "test_") {
				want++
				if p == "output_test.rego" {
					outputTests++
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if outputTests < 20 {
		t.Fatalf("output_test.rego has %d tests, want the suite", outputTests)
	}
	if got := builtin(t).cur.Load().tests; got != want {
		t.Errorf("the engine ran %d Rego tests, the files have %d", got, want)
	}
}

func TestOutputDefaults(t *testing.T) {
	e := builtin(t)
	d := e.OutputDefaults()
	if d["nsfw.porn"]["block"] != 0.6 || d["nsfw.sexy"]["blur"] != 0.6 {
		t.Errorf("defaults %v", d)
	}
	d["nsfw.porn"]["block"] = 0 // a copy: the engine's data must not change
	if e.OutputDefaults()["nsfw.porn"]["block"] != 0.6 {
		t.Error("OutputDefaults returned the engine's own map")
	}
	if err := checkThresholds("defaults", d); err != nil {
		t.Error(err)
	}
}

// Reload replaces the prompt and the output policy together or not at all.
func TestOutputReloadAtomic(t *testing.T) {
	ctx := context.Background()
	dir := copyPolicies(t)
	e, err := New(ctx, Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	rev := e.Revision()
	flagged := OutputInput{Scores: benignScores(map[string]float64{"extra.flag": 0.7}), Prompt: allowed}
	stillWorks := func() {
		t.Helper()
		if e.Revision() != rev {
			t.Fatalf("revision changed to %s after a failed reload", e.Revision())
		}
		if d, err := e.Evaluate(ctx, Input{Prompt: "hardcore porn"}); err != nil || d.Allow {
			t.Fatalf("working prompt policy lost: %+v %v", d, err)
		}
		d, err := e.EvaluateOutput(ctx, OutputInput{Scores: benignScores(map[string]float64{"nsfw.porn": 0.7}), Prompt: allowed})
		if err != nil || d.Verdict != OutputBlock || d.Revision != rev {
			t.Fatalf("working output policy lost: %+v %v", d, err)
		}
		if d, err := e.EvaluateOutput(ctx, flagged); err != nil || d.Verdict != OutputPass {
			t.Fatalf("candidate data leaked into the working policy: %+v %v", d, err)
		}
	}
	orig, err := os.ReadFile(filepath.Join(dir, "output.rego"))
	if err != nil {
		t.Fatal(err)
	}
	origData, err := os.ReadFile(filepath.Join(dir, "output.json"))
	if err != nil {
		t.Fatal(err)
	}
	extra := `{"candor": {"output": {"thresholds": {"extra.flag": {"block": 0.5}}}}}`
	steps := []struct {
		name  string
		setup func()
		want  error
	}{
		{"output.rego does not compile", func() {
			writeFile(t, filepath.Join(dir, "output.rego"), string(orig)+"\nthis is not rego\n")
		}, ErrCompile},
		{"output.rego fails its own tests", func() {
			weak := strings.Replace(string(orig), "\ts >= t\n", "\ts > t\n", 1)
			if weak == string(orig) {
				t.Fatal("test setup: comparison not found")
			}
			writeFile(t, filepath.Join(dir, "output.rego"), weak)
		}, ErrPolicyTest},
		{"no output policy", func() {
			os.Remove(filepath.Join(dir, "output.rego"))
			os.Remove(filepath.Join(dir, "output_test.rego"))
		}, ErrCompile},
		{"output data out of range", func() {
			writeFile(t, filepath.Join(dir, "output.json"), strings.Replace(string(origData), `"block": 0.6`, `"block": 1.6`, 1))
		}, ErrData},
		{"good output data with a broken prompt policy", func() {
			writeFile(t, filepath.Join(dir, "extra.json"), extra)
			writeFile(t, filepath.Join(dir, "broken.rego"), "package prompt\n\nthis is not rego\n")
		}, ErrCompile},
	}
	restore := func() {
		writeFile(t, filepath.Join(dir, "output.rego"), string(orig))
		writeFile(t, filepath.Join(dir, "output.json"), string(origData))
		src, _ := fs.ReadFile(policies.FS, "output_test.rego")
		writeFile(t, filepath.Join(dir, "output_test.rego"), string(src))
		os.Remove(filepath.Join(dir, "extra.json"))
		os.Remove(filepath.Join(dir, "broken.rego"))
	}
	for _, s := range steps {
		s.setup()
		if err := e.Reload(ctx); !errors.Is(err, s.want) {
			t.Fatalf("%s: err = %v, want %v", s.name, err, s.want)
		}
		stillWorks()
		restore()
	}

	// A good change is taken by both queries at once, and every decision
	// made while reloads run comes from one whole policy: the revision it
	// reports matches the thresholds it used.
	writeFile(t, filepath.Join(dir, "extra.json"), extra)
	if err := e.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	revB := e.Revision()
	if revB == rev {
		t.Fatal("revision unchanged by new output data")
	}
	if d, err := e.EvaluateOutput(ctx, flagged); err != nil || d.Verdict != OutputBlock || d.Revision != revB {
		t.Fatalf("new output data not used: %+v %v", d, err)
	}
	if d, err := e.Evaluate(ctx, Input{Prompt: "a fox"}); err != nil || d.Revision != revB {
		t.Fatalf("prompt policy at another revision: %+v %v", d, err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var bad error
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			d, err := e.EvaluateOutput(ctx, flagged)
			if err != nil {
				bad = err
				return
			}
			_, has := d.Thresholds["extra.flag"]
			if has != (d.Revision == revB) || (d.Revision != rev && d.Revision != revB) {
				bad = errors.New("decision from a mixed policy: revision " + d.Revision)
				return
			}
		}
	})
	for i := range 4 {
		if i%2 == 0 {
			os.Remove(filepath.Join(dir, "extra.json"))
		} else {
			writeFile(t, filepath.Join(dir, "extra.json"), extra)
		}
		if err := e.Reload(ctx); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if bad != nil {
		t.Fatal(bad)
	}
}
