package gateway

import (
	"context"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/flow/biasaudit"
	"github.com/candor-ai/candor/flow/held"
	"github.com/candor-ai/candor/pipeline"

	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// Authenticator resolves a bearer token to a Principal. An unknown or
// malformed token is an error wrapping ErrUnauthenticated.
type Authenticator interface {
	Authenticate(ctx context.Context, token string) (candor.Principal, error)
}

// KeyIdentifier is implemented by Authenticators that can name the key id
// in a well-formed token without checking it (for auditing refusals).
type KeyIdentifier interface {
	KeyID(token string) (string, bool)
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
	// ConsistencyProof proves the tree of size from is a prefix of the tree
	// of size to (RFC 9162 2.1.4).
	ConsistencyProof(ctx context.Context, from, to uint64) ([][]byte, error)
	// Receipt is the entry at index with its inclusion proof, a signed
	// checkpoint and the log's key, verifiable offline.
	Receipt(ctx context.Context, index uint64) (auditlog.Receipt, error)
}

// Images runs the generation flow (flow.Service): prompt policy, queue,
// diffusion, output safety, credentials and audit, for one request.
type Images interface {
	Generate(ctx context.Context, req candor.GenerateRequest, progress pipeline.Progress) (candor.GenerateResult, error)
}

// Review is the human review of images the output safety stage held
// (flow.Service). Items of another tenant are candor.ErrNotFound.
type Review interface {
	ReviewItems(ctx context.Context, p candor.Principal, q held.ListQuery) ([]held.Item, error)
	ReviewImage(ctx context.Context, p candor.Principal, id string) ([]byte, held.Item, error)
	Release(ctx context.Context, rr flow.ReviewRequest) (held.Item, error)
	Reject(ctx context.Context, rr flow.ReviewRequest) (held.Item, error)
	// HeldImage answers the requester: the signed image, or an error
	// wrapping candor.ErrPending (202) or candor.ErrGone (410).
	HeldImage(ctx context.Context, p candor.Principal, id string) ([]byte, held.Item, error)
}

// Verifier reads and validates Content Credentials (C2PA 2.2 section 15).
// mediaType is image/png or image/jpeg; a file it cannot parse as that type
// wraps ErrInvalidRequest or ErrUnsupportedMedia.
type Verifier interface {
	Verify(ctx context.Context, mediaType string, data []byte) (provenance.Report, error)
}

// Bias is the bias audit (biasaudit.Service): signed reports, and suites
// run in the background. Another tenant's report or run is
// candor.ErrNotFound.
type Bias interface {
	// Reports lists the tenant's signed report files (JSON), newest first.
	Reports(ctx context.Context, tenant string) ([][]byte, error)
	// Report is one report as format "json" (the signed file), "csv" or "svg".
	Report(ctx context.Context, tenant, id, format string) ([]byte, string, error)
	StartRun(ctx context.Context, tenant string, spec biasaudit.Spec) (biasaudit.Run, error)
	Run(ctx context.Context, tenant, id string) (biasaudit.Run, error)
}
