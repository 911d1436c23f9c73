package provenance

// TEMPORARY (replaced by the provsafety branch at merge).
type SafetyRecord struct {
	Verdict        string                        `json:"verdict" cbor:"verdict"`
	Classifiers    []SafetyClassifier            `json:"classifiers,omitempty" cbor:"classifiers,omitempty"`
	Scores         map[string]float64            `json:"scores,omitempty" cbor:"scores,omitempty"`
	Thresholds     map[string]map[string]float64 `json:"thresholds,omitempty" cbor:"thresholds,omitempty"`
	Reasons        []SafetyReason                `json:"reasons,omitempty" cbor:"reasons,omitempty"`
	PolicyRevision string                        `json:"policy_revision,omitempty" cbor:"policy_revision,omitempty"`
	Reviewer       string                        `json:"reviewer,omitempty" cbor:"reviewer,omitempty"`
	Attempt        int                           `json:"attempt,omitempty" cbor:"attempt,omitempty"`
}
type SafetyClassifier struct {
	Name        string   `json:"name" cbor:"name"`
	ModelSHA256 string   `json:"model_sha256" cbor:"model_sha256"`
	Labels      []string `json:"labels,omitempty" cbor:"labels,omitempty"`
}
type SafetyReason struct {
	Rule      string  `json:"rule" cbor:"rule"`
	Label     string  `json:"label" cbor:"label"`
	Score     float64 `json:"score" cbor:"score"`
	Threshold float64 `json:"threshold" cbor:"threshold"`
	Message   string  `json:"message" cbor:"message"`
}
