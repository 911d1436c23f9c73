package gateway

import (
	"context"
	"time"

	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// Roles a key may hold (CONTRACT: HTTP API).
const (
	RoleGenerate = "generate"
	RoleAudit    = "audit"
	RoleAdmin    = "admin"
)

// AnonymousTenant is the tenant recorded in the audit log for requests to
// routes that need no key (POST /v1/verify) sent without one. It cannot
// collide with a tenant name, which starts with a letter or digit.
const AnonymousTenant = "_anonymous"

// Principal is the authenticated caller: one API key of one tenant.
type Principal struct {
	KeyID  string
	Tenant string
	Roles  []string
}

// HasRole reports whether p holds role.
func (p Principal) HasRole(role string) bool {
	for _, r := range p.Roles {
		if r == role {
			return true
		}
	}
	return false
}

// Authenticator resolves a bearer token to a Principal. An unknown or
// malformed token is an error wrapping ErrUnauthenticated.
type Authenticator interface {
	Authenticate(ctx context.Context, token string) (Principal, error)
}

// Policy is what the gateway needs from the policy engine.
type Policy interface {
	Evaluate(ctx context.Context, in policy.Input) (policy.Decision, error)
	Revision() string
}

// AuditQuery selects audit entries of one tenant. Zero times mean unbounded;
// After returns entries with Index > After when HasAfter is set.
type AuditQuery struct {
	Tenant   string
	Since    time.Time
	Until    time.Time
	After    uint64
	HasAfter bool
	Limit    int
}

// AuditPage is one page of entries; Next is the After of the next page, and
// More says whether there is one.
type AuditPage struct {
	Entries []auditlog.Entry
	Next    uint64
	More    bool
}

// AuditLog is the tamper-evident log every request is recorded in.
type AuditLog interface {
	// Append records e and returns it with its Index set.
	Append(ctx context.Context, e auditlog.Entry) (auditlog.Entry, error)
	// Entries lists entries matching q, oldest first.
	Entries(ctx context.Context, q AuditQuery) (AuditPage, error)
	// Entry returns the entry at index (ErrNotFound if none).
	Entry(ctx context.Context, index uint64) (auditlog.Entry, error)
	// Checkpoint returns the latest signed checkpoint (a signed note,
	// https://c2sp.org/tlog-checkpoint).
	Checkpoint(ctx context.Context) ([]byte, error)
	// InclusionProof proves the leaf at index is in the tree of treeSize (RFC 9162 2.1.3).
	InclusionProof(ctx context.Context, index, treeSize uint64) ([][]byte, error)
	// LeafHash is the Merkle leaf hash of the entry at index.
	LeafHash(ctx context.Context, index uint64) ([]byte, error)
}

// ImagesRequest is a validated, policy-approved generation request.
type ImagesRequest struct {
	RequestID      string
	Tenant         string
	KeyID          string
	Prompt         string
	NegativePrompt string
	N              int
	Width, Height  int // 0 means the model's default
	Steps          int // 0 means the model's default
	Guidance       *float32
	Seed           *uint64
	OutputFormat   string // "png" or "jpeg"
	User           string
	Decision       policy.Decision
	// Audit is the entry template (tenant, key, commitment, prompt where the
	// tenant allows it, decision) for any per-image entries the implementation
	// appends, for example to embed an audit index in a manifest.
	Audit auditlog.Entry
	// C2PA holds the tenant's Content Credentials choices.
	C2PA C2PAOptions
}

// GeneratedImage is one image as it leaves the gateway.
type GeneratedImage struct {
	Data       []byte // the encoded file, with its Content Credentials
	MediaType  string // image/png or image/jpeg
	ManifestID string
	AuditIndex *uint64
	Seed       uint64
	// Safety is the safety check's verdict, e.g. "pass" or "blocked".
	Safety string
	// Blocked images are left out of the answer.
	Blocked bool
}

// ImagesResult is what Images.Generate returns.
type ImagesResult struct {
	Images []GeneratedImage
	Model  string
	Steps  int
}

// Images generates, checks and signs images. A request it cannot take now is
// an error wrapping ErrUnavailable; bad parameters wrap ErrInvalidRequest.
type Images interface {
	Generate(ctx context.Context, req ImagesRequest) (ImagesResult, error)
}

// Verifier reads and validates Content Credentials (C2PA 2.2 section 15).
// mediaType is image/png or image/jpeg; a file it cannot parse as that type
// wraps ErrInvalidRequest or ErrUnsupportedMedia.
type Verifier interface {
	Verify(ctx context.Context, mediaType string, data []byte) (provenance.Report, error)
}

// BiasReports lists bias audit reports; each report is any JSON-able value.
type BiasReports interface {
	Reports(ctx context.Context, tenant string) ([]any, error)
}
