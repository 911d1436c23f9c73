package policy_test

import (
	"context"
	"fmt"

	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
)

func ExampleEngine_EvaluateOutput() {
	ctx := context.Background()
	e, err := policy.New(ctx, policy.Config{FS: policies.FS})
	if err != nil {
		panic(err)
	}
	// Config load: the operator adds a custom classifier's threshold; the
	// museum tenant blurs suggestive images earlier than the default 0.6.
	base := map[string]map[string]float64{"custom.unsafe": {"block": 0.5}}
	museum := map[string]map[string]float64{"nsfw.sexy": {"blur": 0.5}}
	if err := policy.ValidateOutputThresholds(base, museum); err != nil {
		panic(err)
	}
	fmt.Println(policy.ValidateOutputThresholds(base, map[string]map[string]float64{"custom.unsafe": {"block": 0.7}}))

	scores := map[string]float64{
		"nsfw.drawing": 0.3, "nsfw.hentai": 0.05, "nsfw.neutral": 0.1, "nsfw.porn": 0.05, "nsfw.sexy": 0.5,
		"custom.other": 0.9, "custom.unsafe": 0.1,
	}
	prompt := policy.Decision{Allow: true}
	for _, tenant := range []map[string]map[string]float64{nil, museum} {
		d, err := e.EvaluateOutput(ctx, policy.OutputInput{Scores: scores, Prompt: prompt, Base: base, TenantThresholds: tenant})
		if err != nil {
			panic(err) // fail closed: do not release the image
		}
		fmt.Println(d.Verdict)
		for _, r := range d.Reasons {
			fmt.Println(r.Rule, r.Label, r.Action, r.Score, r.Threshold)
			fmt.Println(r.Message)
		}
	}
	// Output:
	// policy: invalid output thresholds: tenant: custom.unsafe.block is 0.7, above the base 0.5: a tenant may only tighten (lower) a threshold
	// pass
	// blur
	// output.tenant_threshold nsfw.sexy blur 0.5 0.5
	// Blurred: the image safety check rated it as sexually suggestive (score 0.50; the blur threshold is 0.50). This service uses a stricter threshold than the default. The image is delivered blurred. If you did not mean it to be suggestive, change the prompt to describe clothed subjects or a calmer scene.
}
