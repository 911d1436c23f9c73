package policy

import "errors"

// Sentinel errors. Callers test them with errors.Is; messages wrap them with
// the file, rule or field concerned.
var (
	// ErrConfig means the Config cannot work (no policy source given).
	ErrConfig = errors.New("policy: invalid config")
	// ErrLoad means a policy or data file could not be read or parsed.
	ErrLoad = errors.New("policy: cannot load policy files")
	// ErrData means policy data (built-in or --policy-data) is malformed.
	ErrData = errors.New("policy: invalid policy data")
	// ErrCompile means the Rego did not compile; the working policy stays.
	ErrCompile = errors.New("policy: rego does not compile")
	// ErrPolicyTest means the candidate policy failed its own Rego tests;
	// the working policy stays.
	ErrPolicyTest = errors.New("policy: rego tests fail")
	// ErrEvaluate means evaluation failed or gave no result. Callers must
	// treat it as a deny (fail closed) and answer with a server error.
	ErrEvaluate = errors.New("policy: evaluation failed")
	// ErrTenantPolicy means a tenant's policy overrides are invalid; it is a
	// configuration error found at load time.
	ErrTenantPolicy = errors.New("policy: invalid tenant policy")
	// ErrOutputThresholds means output thresholds (operator's or tenant's)
	// are malformed or a tenant's would loosen the base; found at config load
	// by ValidateOutputThresholds, or by EvaluateOutput, which then fails.
	ErrOutputThresholds = errors.New("policy: invalid output thresholds")
	// ErrScores means an image's safety scores are missing or malformed, so
	// the output policy cannot decide: EvaluateOutput fails with ErrEvaluate
	// too, and the image must not be released.
	ErrScores = errors.New("policy: invalid safety scores")
	// ErrClassifier means the prompt classifier failed or gave malformed
	// scores: Evaluate fails with ErrEvaluate and candor.ErrPolicyCheck too
	// (fail closed, no decision; the gateway answers 503).
	ErrClassifier = errors.New("policy: prompt classifier failed")
)
