// Package policy decides whether a prompt may be generated and what happens to
// each generated image. It is the only package that imports OPA: the Rego in
// policies/ (package prompt, queried as data.prompt.result, and package
// output, queried as data.output.result, with their data under data.candor)
// is compiled once into two prepared queries and swapped atomically, both or
// neither, on Reload, which runs the policies' own Rego tests (OPA's tester)
// first and keeps the working policy on any error.
//
// The output policy (EvaluateOutput) maps an image's safety classifier scores
// to pass, blur, hold or block with per-label thresholds: defaults in the
// policy data, the operator's config over them, tenants only tightening (see
// ValidateOutputThresholds), and prompt warnings tightening further.
//
// Prompts are normalised in Go first so evasions fail (see Normalize): Unicode
// NFKC and full case folding (UAX #15, CaseFolding.txt), removal of combining
// marks and format characters, look-alike letters mapped to Latin with a table
// generated from Unicode's confusables data (UTS #39, section 4), leetspeak,
// letters spread by spaces or punctuation, and repeated letters.
//
// Entry points: New(ctx, Config) gives an *Engine; Engine.Evaluate implements
// Evaluator; Engine.EvaluateOutput implements OutputEvaluator; Engine.Reload
// (cmd/candor calls it on SIGHUP) and Engine.Watch (file changes) reload;
// ValidateTenantPolicy and ValidateOutputThresholds check config-file overrides.
package policy

import (
	"context"

	"github.com/candor-ai/candor"
)

// Input is what the policy sees about one request.
type Input struct {
	Prompt         string
	NegativePrompt string
	Tenant         string
	Roles          []string
	// Params are the request parameters (size, steps, n, ...), passed to Rego as-is.
	Params map[string]any
	// TenantPolicy holds the tenant's overrides from the config file.
	TenantPolicy TenantPolicy
}

// TenantPolicy is a tenant's adjustment of the built-in policy (declared in
// the domain package so config and tenants need not import OPA's home).
type TenantPolicy = candor.TenantPolicy

// Reason explains one rule that fired, in words a user can act on.
type Reason = candor.Reason

// Decision is the policy's answer for one Input.
type Decision = candor.Decision

// Evaluator is what the gateway and the generate command need from the policy.
type Evaluator interface {
	Evaluate(ctx context.Context, in Input) (Decision, error)
	Revision() string
}
