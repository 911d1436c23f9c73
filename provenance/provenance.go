// Package provenance declares candor's Content Credentials model (C2PA 2.2):
// who signs, what candor records about how an image was made, and what a
// verification reports. The implementations live below it: provenance/jumbf,
// provenance/c2pa, provenance/cose, provenance/certs, provenance/xmp,
// provenance/credentials (the issuing and verifying service), and
// provenance/auditlog.
package provenance

import (
	"context"
	"crypto"
	"crypto/x509"
)

// Identity signs claims. Signer may be a software key, an HSM or a KMS; Chain
// is the signer's certificate chain, leaf first, without the root (C2PA 14.5).
type Identity struct {
	Signer crypto.Signer
	Chain  []*x509.Certificate
}

// Timestamper obtains an RFC 3161 time-stamp token (DER TimeStampToken) over data.
type Timestamper interface {
	Timestamp(ctx context.Context, data []byte) ([]byte, error)
}

// Generation is candor's own assertion: how an image was made.
type Generation struct {
	Model            string            `json:"model" cbor:"model"`
	ModelFiles       map[string]string `json:"model_files,omitempty" cbor:"model_files,omitempty"` // path -> hex SHA-256
	Scheduler        string            `json:"scheduler" cbor:"scheduler"`
	Steps            int               `json:"steps" cbor:"steps"`
	Guidance         float64           `json:"guidance" cbor:"guidance"`
	Seed             uint64            `json:"seed" cbor:"seed"`
	Width            int               `json:"width" cbor:"width"`
	Height           int               `json:"height" cbor:"height"`
	PromptCommitment string            `json:"prompt_commitment" cbor:"prompt_commitment"`
	Prompt           string            `json:"prompt,omitempty" cbor:"prompt,omitempty"` // only where the tenant allows
	PolicyRevision   string            `json:"policy_revision" cbor:"policy_revision"`
	PolicyDecision   string            `json:"policy_decision" cbor:"policy_decision"`
	Safety           string            `json:"safety,omitempty" cbor:"safety,omitempty"`
	SafetyRecord     *SafetyRecord     `json:"safety_record,omitempty" cbor:"safety_record,omitempty"`
	AuditIndex       *uint64           `json:"audit_index,omitempty" cbor:"audit_index,omitempty"`
	AuditOrigin      string            `json:"audit_origin,omitempty" cbor:"audit_origin,omitempty"`
}

// Verification states, as CONTRACT names them.
const (
	StateTrusted = "trusted" // valid, and the chain ends at a trust anchor
	StateValid   = "valid"   // well-formed and intact, signer not trusted
	StateInvalid = "invalid" // something failed validation
	StateAbsent  = "absent"  // no Content Credentials found
)

// Status is one C2PA validation status (spec 15, e.g. "claimSignature.validated",
// "assertion.dataHash.mismatch").
type Status struct {
	Code        string `json:"code"`
	Explanation string `json:"explanation,omitempty"`
	URL         string `json:"url,omitempty"`
	Failure     bool   `json:"-"`
}

// Report is the result of verifying one file.
type Report struct {
	State             string            `json:"state"`
	AIGenerated       bool              `json:"ai_generated"`
	DigitalSourceType string            `json:"digital_source_type,omitempty"`
	Signer            string            `json:"signer,omitempty"`
	ClaimGenerator    string            `json:"claim_generator,omitempty"`
	ManifestID        string            `json:"manifest_id,omitempty"`
	Title             string            `json:"title,omitempty"`
	SignedAt          string            `json:"signed_at,omitempty"`
	Assertions        []string          `json:"assertions"`
	Generation        *Generation       `json:"generation,omitempty"`
	Status            []Status          `json:"status"`
	Extra             map[string]string `json:"-"`
}
