// Package auditlog is candor's tamper-evident record of every decision: each
// entry is stored in SQLite for queries and committed to a transparency log
// built on tessera (POSIX storage, C2SP tlog-tiles) whose signed checkpoints
// (C2SP tlog-checkpoint, signed-note with an Ed25519 key) commit to an
// RFC 6962 Merkle tree over all entries.
//
// Layout of Config.Dir: audit.db (SQLite, WAL), log/ (tessera: checkpoint,
// tile/...), checkpoint.key (note signer key, mode 0600), checkpoint.pub (note
// verifier key) and lock (flock: one Log per directory).
//
// Leaves: an entry's canonical bytes are encoding/json of Entry with Time in
// UTC and numbers in Details as json.Number; they start with the index field
// and are a fixed point of decoding and encoding (ParseCanonical checks that).
// tessera stores LeafData = SHA-256(canonical bytes with index 0) and the
// Merkle leaf hash is RFC 6962's SHA-256(0x00 || LeafData). The index is
// committed by the leaf's position in the tree: Append assigns it and the
// integrator makes tessera sequence each entry at exactly that position.
// SQLite keeps the exact canonical bytes with the index, so Verify recomputes
// every leaf from the stored rows.
//
// Durability and merge delay: Append returns once the entry is committed to
// SQLite (fsynced) at its index, so an acknowledged entry survives kill -9
// and a power cut. Tessera integrates it asynchronously, like a Certificate
// Transparency log within its maximum merge delay: typically within 100-300
// ms the published checkpoint covers it (Config.MaxMergeDelay bounds it by
// pushback; WaitIntegrated waits for it; proofs answer ErrNotPublished until
// then). See Log and Open for how SQLite and tessera are kept in step across
// crashes.
//
// Threat model: Verify detects any change to entries covered by a signed
// checkpoint whose verifier key the auditor trusts (pass it to VerifyWithKey
// when the directory itself is not trusted). Someone who can write the
// directory while the gateway is stopped can add rows beyond the checkpoint
// (or to the legacy pending table), which the next Open integrates as
// entries; published checkpoints bound what such a writer can rewrite, not
// what it can add.
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
