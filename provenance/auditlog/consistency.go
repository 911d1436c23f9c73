package auditlog

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"path/filepath"

	"github.com/transparency-dev/formats/log"
	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
	"github.com/transparency-dev/tessera/client"
	"golang.org/x/mod/sumdb/note"
)

// Consistency is an RFC 9162 section 2.1.4 consistency proof between two
// sizes of the log: the answer to GET /v1/audit/consistency.
type Consistency struct {
	From uint64 `json:"from"`
	To   uint64 `json:"to"`
	// Hashes is the proof; empty when From is 0 or equals To.
	Hashes [][]byte `json:"hashes"`
	// Checkpoint is the signed checkpoint of size To (tlog-checkpoint).
	Checkpoint []byte `json:"checkpoint"`
}

// ConsistencyProof returns the RFC 9162 section 2.1.4 consistency proof
// that the tree of size from is a prefix of the tree of size to, built from
// tessera's tiles. Verify it with proof.VerifyConsistency(rfc6962
// hasher, from, to, hashes, root(from), root(to)), or VerifyConsistency with
// the two checkpoints. from > to, or to beyond the integrated tree, gives
// ErrOutOfRange.
func (l *Log) ConsistencyProof(ctx context.Context, from, to uint64) ([][]byte, error) {
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return nil, fmt.Errorf("auditlog: tessera size: %w", err)
	}
	if from > to || to > size {
		return nil, fmt.Errorf("consistency from %d to %d (log size %d): %w", from, to, size, ErrOutOfRange)
	}
	return consistencyFromTiles(ctx, filepath.Join(l.dir, tesseraDir), from, to)
}

// Consistency returns the consistency proof from the tree of size from to
// the latest published checkpoint, with that checkpoint: what an auditor who
// saved a checkpoint of size from needs to check the new one extends it (see
// VerifyConsistency). from beyond the published size gives ErrOutOfRange;
// for an auditor whose saved checkpoint is that large the log was rolled back.
func (l *Log) Consistency(ctx context.Context, from uint64) (Consistency, error) {
	raw, err := l.Checkpoint(ctx)
	if err != nil {
		return Consistency{}, err
	}
	cp, _, _, err := log.ParseCheckpoint(raw, l.origin, l.verifier)
	if err != nil {
		return Consistency{}, fmt.Errorf("published checkpoint: %w: %w", ErrTampered, err)
	}
	if from > cp.Size {
		return Consistency{}, fmt.Errorf("from %d beyond the published tree of size %d: %w", from, cp.Size, ErrOutOfRange)
	}
	hashes, err := l.ConsistencyProof(ctx, from, cp.Size)
	if err != nil {
		return Consistency{}, err
	}
	return Consistency{From: from, To: cp.Size, Hashes: hashes, Checkpoint: raw}, nil
}

// consistencyFromTiles builds the proof from the POSIX tiles under logDir.
func consistencyFromTiles(ctx context.Context, logDir string, from, to uint64) ([][]byte, error) {
	if from == 0 || from == to {
		return [][]byte{}, nil
	}
	// The builder must be for size to: the proof's right-edge nodes are
	// ephemeral nodes of that tree, computed from its tiles.
	pb, err := client.NewProofBuilder(ctx, to, tileReader(logDir))
	if err != nil {
		return nil, fmt.Errorf("auditlog: proof builder: %w", err)
	}
	p, err := pb.ConsistencyProof(ctx, from, to)
	if err != nil {
		return nil, fmt.Errorf("auditlog: consistency proof %d to %d: %w", from, to, err)
	}
	return p, nil
}

// CheckpointSize reads the tree size of a checkpoint
// (https://c2sp.org/tlog-checkpoint) without checking its signatures: for
// a caller that only needs the size of a checkpoint it got from a trusted
// place or is about to verify anyway.
func CheckpointSize(cp []byte) (uint64, error) {
	var c log.Checkpoint
	if _, err := c.Unmarshal(cp); err != nil {
		return 0, fmt.Errorf("%w: %w", ErrCheckpointMalformed, err)
	}
	return c.Size, nil
}

// VerifyConsistency checks, offline, that the signed checkpoint newer is an
// append-only extension of the signed checkpoint older (both tlog-checkpoint
// notes), given the consistency proof hashes between their sizes (RFC 9162
// section 2.1.4.2). Both must verify with trustedKey, a note verifier key the
// auditor obtained out of band, so the same origin and key are implied.
// It returns newer parsed. Errors: ErrKey for a malformed key; ErrInconsistent
// when older does not verify with the key or the proof fails; ErrRollback
// when newer is smaller than older; ErrTampered when newer does not verify.
//
// An auditor keeps the last checkpoint it accepted and, on the next fetch,
// calls VerifyConsistency(key, saved, fetched, proof) before saving fetched.
func VerifyConsistency(trustedKey string, older, newer []byte, hashes [][]byte) (log.Checkpoint, error) {
	v, err := note.NewVerifier(trustedKey)
	if err != nil {
		return log.Checkpoint{}, fmt.Errorf("verifier key: %w: %w", ErrKey, err)
	}
	oc, _, _, err := log.ParseCheckpoint(older, v.Name(), v)
	if err != nil {
		return log.Checkpoint{}, fmt.Errorf("earlier checkpoint does not verify with the log key (origin %q): %w: %w", v.Name(), ErrInconsistent, err)
	}
	nc, _, _, err := log.ParseCheckpoint(newer, v.Name(), v)
	if err != nil {
		return log.Checkpoint{}, fmt.Errorf("current checkpoint: %w: %w", ErrTampered, err)
	}
	if err := checkExtends(oc, nc, hashes); err != nil {
		return log.Checkpoint{}, err
	}
	return *nc, nil
}

// checkExtends checks the proof that nc extends oc (both already verified).
func checkExtends(oc, nc *log.Checkpoint, hashes [][]byte) error {
	if nc.Size < oc.Size {
		return fmt.Errorf("current tree size %d < earlier checkpoint size %d: %w", nc.Size, oc.Size, ErrRollback)
	}
	if oc.Size == 0 && !bytes.Equal(oc.Hash, rfc6962.DefaultHasher.EmptyRoot()) {
		return fmt.Errorf("earlier checkpoint of size 0 has root %x: %w", oc.Hash, ErrInconsistent)
	}
	if err := proof.VerifyConsistency(rfc6962.DefaultHasher, oc.Size, nc.Size, hashes, oc.Hash, nc.Hash); err != nil {
		return fmt.Errorf("consistency %d (root %x) to %d (root %x): %w: %w", oc.Size, oc.Hash, nc.Size, nc.Hash, ErrInconsistent, err)
	}
	return nil
}

// Extension is how the log in a directory relates to a checkpoint saved
// earlier, as VerifyExtends found it.
type Extension struct {
	Origin    string   `json:"origin"`
	SavedSize uint64   `json:"saved_size"`
	SavedRoot string   `json:"saved_root"` // hex
	TreeSize  uint64   `json:"tree_size"`
	Root      string   `json:"root"` // hex
	Proof     [][]byte `json:"proof"`
}

// VerifyExtends checks, without writing, that the log in dir (Config.Dir of
// Open) is a consistent extension of saved, a signed checkpoint of this log
// that an auditor kept from earlier (candor audit fetch). It catches what
// Verify alone cannot: a directory restored from an older copy, or truncated
// and re-signed with the key beside it, is self-consistent, but it no longer
// extends the checkpoints it published.
//
// saved and the current checkpoint must both verify with verifierKey (or the
// stored checkpoint.pub when empty; a replaced key pair then fails on saved),
// the current size must be at least saved's (else ErrRollback), the
// consistency proof built from tessera's tiles must verify between the two
// roots, and the root recomputed from the tiles at saved's size must equal
// saved's root (else ErrInconsistent). Tiles missing below the current size
// give ErrTampered. Run Verify as well: VerifyExtends trusts the tiles,
// Verify checks the SQLite rows against them (VerifyWith does both).
func VerifyExtends(ctx context.Context, dir string, saved []byte, verifierKey string) (Extension, error) {
	var ext Extension
	if verifierKey == "" {
		k, _, err := loadVerifier(dir)
		if err != nil {
			return ext, err
		}
		verifierKey = k
	}
	v, err := note.NewVerifier(verifierKey)
	if err != nil {
		return ext, fmt.Errorf("verifier key: %w: %w", ErrKey, err)
	}
	ext.Origin = v.Name()
	oc, _, _, err := log.ParseCheckpoint(saved, v.Name(), v)
	if err != nil {
		return ext, fmt.Errorf("saved checkpoint does not verify with the log key (origin %q): %w: %w", v.Name(), ErrInconsistent, err)
	}
	ext.SavedSize, ext.SavedRoot = oc.Size, hex.EncodeToString(oc.Hash)
	logDir := filepath.Join(dir, tesseraDir)
	raw, err := (client.FileFetcher{Root: logDir}).ReadCheckpoint(ctx)
	if err != nil {
		return ext, fmt.Errorf("read current checkpoint: %w: %w", ErrTampered, err)
	}
	nc, _, _, err := log.ParseCheckpoint(raw, v.Name(), v)
	if err != nil {
		return ext, fmt.Errorf("current checkpoint: %w: %w", ErrTampered, err)
	}
	ext.TreeSize, ext.Root = nc.Size, hex.EncodeToString(nc.Hash)
	if nc.Size < oc.Size {
		return ext, fmt.Errorf("current tree size %d < saved checkpoint size %d: %w", nc.Size, oc.Size, ErrRollback)
	}
	hashes, err := consistencyFromTiles(ctx, logDir, oc.Size, nc.Size)
	if err != nil {
		return ext, fmt.Errorf("%w: %w", ErrTampered, err)
	}
	ext.Proof = hashes
	if err := checkExtends(oc, nc, hashes); err != nil {
		return ext, err
	}
	root, err := rootFromTiles(ctx, logDir, oc.Size)
	if err != nil {
		return ext, fmt.Errorf("root at size %d: %w: %w", oc.Size, ErrTampered, err)
	}
	if !bytes.Equal(root, oc.Hash) {
		return ext, fmt.Errorf("root at size %d from the tiles %x differs from the saved root %x: %w", oc.Size, root, oc.Hash, ErrInconsistent)
	}
	return ext, nil
}

// rootFromTiles recomputes the RFC 6962 root of the first size leaves.
func rootFromTiles(ctx context.Context, logDir string, size uint64) ([]byte, error) {
	if size == 0 {
		return rfc6962.DefaultHasher.EmptyRoot(), nil
	}
	nodes, err := client.FetchRangeNodes(ctx, size, tileReader(logDir))
	if err != nil {
		return nil, err
	}
	rf := compact.RangeFactory{Hash: rfc6962.DefaultHasher.HashChildren}
	r, err := rf.NewRange(0, size, nodes)
	if err != nil {
		return nil, err
	}
	return r.GetRootHash(nil)
}
