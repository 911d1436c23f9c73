package auditlog

import (
	"context"
	"fmt"

	"github.com/transparency-dev/formats/log"
)

// Proof is everything a client needs to check that one entry is in the log:
// verify Checkpoint with the log's verifier key, recompute LeafHash from
// Canonical (see LeafHash), then run proof.VerifyInclusion(rfc6962
// hasher, Index, TreeSize, LeafHash, Hashes, checkpoint root).
type Proof struct {
	Index    uint64 `json:"index"`
	TreeSize uint64 `json:"tree_size"`
	// LeafHash is the RFC 6962 leaf hash of Canonical.
	LeafHash []byte `json:"leaf_hash"`
	// Hashes is the RFC 6962 audit path from the leaf to the root.
	Hashes [][]byte `json:"hashes"`
	// Checkpoint is the signed note (tlog-checkpoint) of size TreeSize.
	Checkpoint []byte `json:"checkpoint"`
	// Canonical is the stored entry's exact bytes; Entry is them decoded
	// (callers check Entry.Tenant before answering a tenant's request).
	Canonical []byte `json:"canonical"`
	Entry     Entry  `json:"-"`
}

// Proof returns the inclusion proof of the entry at index against the latest
// published checkpoint. An acknowledged entry is missing from the
// checkpoint during the merge delay (typically 100-300 ms, see
// Config.MaxMergeDelay): that gives ErrNotPublished, worth retrying after
// WaitIntegrated.
func (l *Log) Proof(ctx context.Context, index uint64) (Proof, error) {
	raw, err := l.Checkpoint(ctx)
	if err != nil {
		return Proof{}, err
	}
	cp, _, _, err := log.ParseCheckpoint(raw, l.origin, l.verifier)
	if err != nil {
		return Proof{}, fmt.Errorf("published checkpoint: %w: %w", ErrTampered, err)
	}
	c, err := canonicalAt(ctx, l.rdb, index)
	if err != nil {
		return Proof{}, err
	}
	if index >= cp.Size {
		return Proof{}, fmt.Errorf("index %d, checkpoint size %d: %w", index, cp.Size, ErrNotPublished)
	}
	e, err := ParseCanonical(c)
	if err != nil || e.Index != index {
		return Proof{}, fmt.Errorf("index %d: stored entry does not match: %w", index, ErrTampered)
	}
	hashes, err := l.InclusionProof(ctx, index, cp.Size)
	if err != nil {
		return Proof{}, err
	}
	return Proof{
		Index: index, TreeSize: cp.Size, LeafHash: LeafHash(c), Hashes: hashes,
		Checkpoint: raw, Canonical: c, Entry: e,
	}, nil
}
