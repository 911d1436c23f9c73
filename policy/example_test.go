package policy_test

import (
	"context"
	"fmt"

	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
)

func ExampleEngine_Evaluate() {
	ctx := context.Background()
	e, err := policy.New(ctx, policy.Config{FS: policies.FS})
	if err != nil {
		panic(err)
	}
	for _, prompt := range []string{"a sexy red sports car", "a castle in the style of Greg Rutkowski"} {
		d, err := e.Evaluate(ctx, policy.Input{Prompt: prompt})
		if err != nil {
			panic(err)
		}
		fmt.Println(d.DecisionString(), len(d.Reasons))
		for _, r := range d.Reasons {
			fmt.Println(r.Rule, r.Category)
		}
	}
	// Output:
	// allow 0
	// deny 1
	// artists.living_style artists
}

func ExampleNormalize() {
	n := policy.Normalize("Ｎ a k e d  p0rn рorn")
	fmt.Println(n.Text)
	// Output: naked porn porn
}
