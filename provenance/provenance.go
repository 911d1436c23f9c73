// Package provenance declares candor's Content Credentials model (C2PA 2.2):
// who signs, what candor records about how an image was made and how its
// output safety stage judged it (Generation, SafetyRecord), and what a
// verification reports (Report, with the manifest's actions). The implementations live below it: provenance/jumbf,
// provenance/c2pa, provenance/cose, provenance/certs, provenance/xmp,
// provenance/credentials (the issuing and verifying service), and
// provenance/auditlog.
package provenance

import (
	"context"
	"crypto"
	"crypto/x509"
	"math"
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

// Generation is candor's own assertion (ai.candor.generation, a CBOR
// assertion in the sense of C2PA 2.2 section 6.2, encoded with the core
// deterministic encoding of RFC 8949 section 4.2.1): how an image was made,
// how the output safety stage judged it, and where the audit log recorded
// it. The JSON names are the CBOR names, so a verifier's JSON rendering of
// the assertion decodes into this type.
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
	// Safety is the output safety verdict word (SafetyPass, SafetyBlurred,
	// SafetyReleased); SafetyRecord holds the evidence for it.
	Safety       string        `json:"safety,omitempty" cbor:"safety,omitempty"`
	SafetyRecord *SafetyRecord `json:"safety_record,omitempty" cbor:"safety_record,omitempty"`
	// AuditIndex and AuditOrigin name the audit log entry of this image
	// (the log's checkpoint origin line and the entry's index).
	AuditIndex  *uint64 `json:"audit_index,omitempty" cbor:"audit_index,omitempty"`
	AuditOrigin string  `json:"audit_origin,omitempty" cbor:"audit_origin,omitempty"`
	// AuditLeafHash is the hex RFC 6962 Merkle leaf hash of that entry
	// (auditlog.LeafHash of its canonical bytes), so that an inclusion
	// proof checks that the entry at AuditIndex is the one this manifest
	// refers to.
	AuditLeafHash string `json:"audit_leaf_hash,omitempty" cbor:"audit_leaf_hash,omitempty"`
	// RequestID and ImageIndex are the request and the image's place in
	// it, as the audit entry records them (request_id, details.image).
	RequestID  string `json:"request_id,omitempty" cbor:"request_id,omitempty"`
	ImageIndex *int   `json:"image_index,omitempty" cbor:"image_index,omitempty"`
	// PixelsSHA256 is the hex SHA-256 of the released image's NRGBA pixel
	// bytes (image.NRGBA.Pix, before the optional visible mark), as the
	// audit entry's details.pixels_sha256 records it. When it is set,
	// credentials.Service.Issue checks it against the image it signs.
	PixelsSHA256 string `json:"pixels_sha256,omitempty" cbor:"pixels_sha256,omitempty"`
	// Mitigation says what the bias mitigation switch changed (candidate
	// selection, lowered guidance), empty when it did not apply.
	Mitigation string `json:"mitigation,omitempty" cbor:"mitigation,omitempty"`
}

// Output safety verdicts of a released image (Generation.Safety and
// SafetyRecord.Verdict). Blocked images and images still held are never
// signed, so they have no verdict here.
const (
	SafetyPass     = "pass"     // no rule fired
	SafetyBlurred  = "blurred"  // a blur rule fired; a strongly blurred version replaced the image
	SafetyReleased = "released" // a hold rule fired and a reviewer released the image
)

// SafetyRecord is what the output safety stage decided about one image and
// why: the classifiers that scored it (with their model hashes), every
// score, the effective thresholds, the rules that fired and, for a held
// image, the reviewer who released it.
type SafetyRecord struct {
	// Verdict is SafetyPass, SafetyBlurred or SafetyReleased.
	Verdict     string             `json:"verdict" cbor:"verdict"`
	Classifiers []SafetyClassifier `json:"classifiers,omitempty" cbor:"classifiers,omitempty"`
	// Scores maps "<classifier>.<label>" to the classifier's score in [0, 1].
	Scores map[string]float64 `json:"scores,omitempty" cbor:"scores,omitempty"`
	// Thresholds are the effective thresholds (base tightened by the
	// tenant): "<classifier>.<label>" -> action ("blur", "hold", "block")
	// -> threshold.
	Thresholds map[string]map[string]float64 `json:"thresholds,omitempty" cbor:"thresholds,omitempty"`
	// Reasons are the rules that fired, empty for SafetyPass.
	Reasons []SafetyReason `json:"reasons,omitempty" cbor:"reasons,omitempty"`
	// PolicyRevision is the output policy's revision.
	PolicyRevision string `json:"policy_revision,omitempty" cbor:"policy_revision,omitempty"`
	// Attempt is 0 for the first image of a slot; each retry with the next
	// seed counts up.
	Attempt int `json:"attempt,omitempty" cbor:"attempt,omitempty"`
	// OriginalPixelsSHA256, for SafetyBlurred, is the hex SHA-256 of the
	// pixels before the blur (the audit entry records it too).
	OriginalPixelsSHA256 string `json:"original_pixels_sha256,omitempty" cbor:"original_pixels_sha256,omitempty"`
	// Reviewer, ReviewID and ReviewedAt (RFC 3339, UTC), for
	// SafetyReleased: the reviewer's key id, the review item and when it
	// was released.
	Reviewer   string `json:"reviewer,omitempty" cbor:"reviewer,omitempty"`
	ReviewID   string `json:"review_id,omitempty" cbor:"review_id,omitempty"`
	ReviewedAt string `json:"reviewed_at,omitempty" cbor:"reviewed_at,omitempty"`
}

// SafetyClassifier identifies one image classifier.
type SafetyClassifier struct {
	Name        string   `json:"name" cbor:"name"`                 // e.g. "nsfw"; scores are named <name>.<label>
	ModelSHA256 string   `json:"model_sha256" cbor:"model_sha256"` // hex SHA-256 of the ONNX file
	Labels      []string `json:"labels,omitempty" cbor:"labels,omitempty"`
}

// SafetyReason is one output rule that fired (the CONTRACT's
// {"rule", "label", "score", "threshold", "message"}).
type SafetyReason struct {
	Rule      string  `json:"rule" cbor:"rule"`   // the action: "blur", "hold" or "block"
	Label     string  `json:"label" cbor:"label"` // "<classifier>.<label>"
	Score     float64 `json:"score" cbor:"score"`
	Threshold float64 `json:"threshold" cbor:"threshold"`
	Message   string  `json:"message,omitempty" cbor:"message,omitempty"`
}

// Finite reports whether every number in g is finite. NaN and infinities
// have no JSON form, so candor neither signs nor reports them.
func (g *Generation) Finite() bool {
	if g == nil {
		return true
	}
	if !finite(g.Guidance) {
		return false
	}
	r := g.SafetyRecord
	if r == nil {
		return true
	}
	for _, v := range r.Scores {
		if !finite(v) {
			return false
		}
	}
	for _, m := range r.Thresholds {
		for _, v := range m {
			if !finite(v) {
				return false
			}
		}
	}
	for _, x := range r.Reasons {
		if !finite(x.Score) || !finite(x.Threshold) {
			return false
		}
	}
	return true
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

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

// Action is one entry of a manifest's actions assertion, as a report shows it.
type Action struct {
	Action            string `json:"action"` // e.g. "c2pa.created", "c2pa.filtered"
	DigitalSourceType string `json:"digital_source_type,omitempty"`
	SoftwareAgent     string `json:"software_agent,omitempty"` // "name/version"
	Description       string `json:"description,omitempty"`
}

// Report is the result of verifying one file.
type Report struct {
	State             string   `json:"state"`
	AIGenerated       bool     `json:"ai_generated"`
	DigitalSourceType string   `json:"digital_source_type,omitempty"`
	Signer            string   `json:"signer,omitempty"`
	ClaimGenerator    string   `json:"claim_generator,omitempty"`
	ManifestID        string   `json:"manifest_id,omitempty"`
	Title             string   `json:"title,omitempty"`
	SignedAt          string   `json:"signed_at,omitempty"`
	Assertions        []string `json:"assertions"`
	// Actions are the active manifest's actions in order (c2pa.actions or
	// c2pa.actions.v2, C2PA 2.2 section 18.15): c2pa.created first, then
	// e.g. c2pa.filtered where candor's safety stage blurred the image.
	Actions    []Action          `json:"actions,omitempty"`
	Generation *Generation       `json:"generation,omitempty"`
	Status     []Status          `json:"status"`
	Extra      map[string]string `json:"-"`
}
