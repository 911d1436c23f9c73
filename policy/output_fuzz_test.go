package policy

import (
	"context"
	"errors"
	"math"
	"testing"
)

// FuzzEvaluateOutput checks properties of the output policy over random
// scores and thresholds, against the built-in data:
//   - invalid scores or thresholds are errors (ErrScores, ErrOutputThresholds);
//   - the verdict is the most severe action of its reasons, and each reason's
//     score reaches its effective threshold;
//   - effective thresholds never exceed the base (data defaults with the
//     operator's values over them) nor the tenant's values;
//   - severity is monotone: raising any score, tightening a tenant
//     threshold or adding a prompt warning never lowers the verdict.
func FuzzEvaluateOutput(f *testing.F) {
	f.Add(0.01, 0.04, 0.01, 0.1, 0.5, 0.3, 0.5, false, uint8(0))
	f.Add(0.45, 0.7, 0.6, 0.5, 0.5, 0.2, 0.59, true, uint8(1))
	f.Add(0.6, 0.85, 0.9, 0.99, 0.0, 1.0, 0.4, false, uint8(2))
	f.Add(0.39, 0.69, 0.59, 0.49, 0.49, 0.39, 0.6, true, uint8(3))
	f.Add(0.3, 0.2, 0.1, 0.2, 0.3, 0.7, 0.95, false, uint8(7))
	f.Add(math.NaN(), 0.1, 0.1, 0.1, 0.5, 0.5, 0.5, false, uint8(0))
	f.Add(0.1, 0.1, 0.1, 0.1, 1.5, 0.5, 0.5, false, uint8(0))
	e := builtin(f)
	ctx := context.Background()
	defaults := e.cur.Load().outputDefaults
	labels := []string{"nsfw.porn", "nsfw.hentai", "nsfw.sexy", "custom.unsafe"}
	f.Fuzz(func(t *testing.T, porn, hentai, sexy, unsafe, baseUnsafe, tenantPorn, tenantSexy float64, warned bool, which uint8) {
		in := OutputInput{
			Scores: map[string]float64{
				"nsfw.porn": porn, "nsfw.hentai": hentai, "nsfw.sexy": sexy,
				"nsfw.drawing": 0.5, "nsfw.neutral": 0.5,
				"custom.unsafe": unsafe, "custom.other": 0.5,
			},
			Prompt:           allowed,
			Base:             map[string]map[string]float64{"custom.unsafe": {"block": baseUnsafe}},
			TenantThresholds: map[string]map[string]float64{"nsfw.porn": {"hold": tenantPorn}, "nsfw.sexy": {"blur": tenantSexy}},
		}
		if warned {
			in.Prompt = warnedBy("explicit.nudity", "explicit")
		}
		valid := func(xs ...float64) bool {
			for _, x := range xs {
				if math.IsNaN(x) || x < 0 || x > 1 {
					return false
				}
			}
			return true
		}
		d, err := e.EvaluateOutput(ctx, in)
		switch {
		case !valid(porn, hentai, sexy, unsafe):
			if !errors.Is(err, ErrScores) {
				t.Fatalf("invalid scores: err = %v, want ErrScores", err)
			}
			return
		case !valid(baseUnsafe, tenantPorn, tenantSexy):
			if !errors.Is(err, ErrOutputThresholds) {
				t.Fatalf("invalid thresholds: err = %v, want ErrOutputThresholds", err)
			}
			return
		case err != nil:
			t.Fatal(err)
		}

		worst := 0
		for _, r := range d.Reasons {
			worst = max(worst, OutputSeverity(r.Action))
			if r.Score < r.Threshold || r.Score != in.Scores[r.Label] || r.Threshold != d.Thresholds[r.Label][r.Action] {
				t.Errorf("reason %+v does not hold for scores %v, thresholds %v", r, in.Scores, d.Thresholds[r.Label])
			}
		}
		if OutputSeverity(d.Verdict) != worst {
			t.Errorf("verdict %s, reasons say %d", d.Verdict, worst)
		}
		for label, acts := range d.Thresholds {
			for action, v := range acts {
				b, ok := in.Base[label][action]
				if !ok {
					b, ok = defaults[label][action]
				}
				if ok && v > b {
					t.Errorf("%s.%s: effective %v above the base %v", label, action, v, b)
				}
				if tv, ok := in.TenantThresholds[label][action]; ok && v > tv {
					t.Errorf("%s.%s: effective %v above the tenant's %v", label, action, v, tv)
				}
				// Every score at or above an effective threshold is a reason.
				if s, ok := in.Scores[label]; ok && s >= v && !hasReason(d, label, action) {
					t.Errorf("%s=%v reaches %s %v but no reason says so", label, s, action, v)
				}
			}
		}

		sev := OutputSeverity(d.Verdict)
		atLeast := func(what string, in2 OutputInput) {
			t.Helper()
			d2, err := e.EvaluateOutput(ctx, in2)
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if OutputSeverity(d2.Verdict) < sev {
				t.Errorf("%s lowered the verdict from %s to %s", what, d.Verdict, d2.Verdict)
			}
		}
		label := labels[int(which)%len(labels)]
		raised := cloneInput(in)
		raised.Scores[label] += (1 - raised.Scores[label]) * float64(which%4+1) / 4
		atLeast("raising "+label, raised)

		tight := cloneInput(in)
		tight.TenantThresholds["nsfw.porn"]["hold"] *= 0.5
		tight.TenantThresholds["nsfw.sexy"]["blur"] *= 0.5
		if tight.TenantThresholds[label] == nil {
			tight.TenantThresholds[label] = map[string]float64{}
		}
		if b, ok := tight.TenantThresholds[label]["block"]; !ok || b > 0.5 {
			tight.TenantThresholds[label]["block"] = 0.5 // a tenant-only action tightens too
		}
		atLeast("tightening the tenant", tight)

		if !warned {
			w := cloneInput(in)
			w.Prompt = warnedBy("explicit.nudity", "explicit")
			atLeast("a prompt warning", w)
		}
	})
}

func hasReason(d OutputDecision, label, action string) bool {
	for _, r := range d.Reasons {
		if r.Label == label && r.Action == action {
			return true
		}
	}
	return false
}

func cloneInput(in OutputInput) OutputInput {
	out := in
	out.Scores = make(map[string]float64, len(in.Scores))
	for k, v := range in.Scores {
		out.Scores[k] = v
	}
	out.Base = cloneThresholds(in.Base)
	out.TenantThresholds = cloneThresholds(in.TenantThresholds)
	return out
}
