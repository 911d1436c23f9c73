// Package auditlog is candor's tamper-evident record of every decision: entries
// in SQLite for queries, each entry's hash in a transparency log built on
// tessera (POSIX storage) with signed checkpoints.
package auditlog

import "time"

// Reason is one policy rule that fired (mirrors policy.Reason; provenance does
// not import policy).
type Reason struct {
	Rule     string `json:"rule"`
	Category string `json:"category"`
	Message  string `json:"message"`
	Severity string `json:"severity,omitempty"`
}

// Entry is one audited request.
type Entry struct {
	Index     uint64    `json:"index"` // assigned by Append
	Time      time.Time `json:"time"`
	RequestID string    `json:"request_id"`
	Tenant    string    `json:"tenant"`
	KeyID     string    `json:"key_id"`
	Route     string    `json:"route"`
	// PromptCommitment is hex HMAC-SHA256 of the prompt with the tenant's secret.
	PromptCommitment string `json:"prompt_commitment"`
	// Prompt is present only where the tenant's privacy setting allows it.
	Prompt         string   `json:"prompt,omitempty"`
	NegativePrompt string   `json:"negative_prompt,omitempty"`
	Decision       string   `json:"decision"` // allow, deny
	Reasons        []Reason `json:"reasons,omitempty"`
	PolicyRevision string   `json:"policy_revision"`
	Outcome        string   `json:"outcome"` // e.g. checked, denied, generated, blocked, error
	// Details carries route-specific facts (manifest ids, image hashes, safety verdicts).
	Details map[string]any `json:"details,omitempty"`
}
