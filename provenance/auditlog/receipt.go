package auditlog

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/transparency-dev/formats/log"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/note"
)

// ReceiptFormat names the JSON encoding of Receipt (its "format" field).
const ReceiptFormat = "candor-audit-receipt/v1"

// Receipt is a self-contained, offline-checkable record that one entry is in
// the log: the entry's canonical bytes, its RFC 9162 section 2.1.3 inclusion
// proof, the signed checkpoint (C2SP tlog-checkpoint) the proof leads to and
// the log's note verifier key (C2SP signed-note). It is the answer to
// GET /v1/audit/receipt and what candor verify --receipt reads.
//
// Trust: a receipt that carries its own key proves only that it is
// self-consistent; anyone can make a log of their own. Compare LogKey with a
// copy of the log's key obtained out of band by passing it to VerifyReceipt.
//
// JSON: "entry" holds the canonical bytes as a JSON object, so a receipt
// stays readable and survives re-indentation; a tool that rewrites its
// strings or numbers (jq) changes the entry's bytes, and the receipt then no
// longer verifies.
type Receipt struct {
	// Origin is the log's origin line (the key's name).
	Origin string
	Index  uint64
	// Canonical is the entry's exact stored bytes; Entry is them decoded
	// (UnmarshalJSON sets it). Use the Entry VerifyReceipt returns.
	Canonical []byte
	Entry     Entry
	// LeafHash is the RFC 6962 leaf hash of Canonical (see LeafHash).
	LeafHash []byte
	// TreeSize is the checkpoint's size; InclusionProof is the audit path
	// from the leaf at Index to the checkpoint's root.
	TreeSize       uint64
	InclusionProof [][]byte
	// Checkpoint is the signed note of size TreeSize.
	Checkpoint []byte
	// LogKey is the note verifier key that signs Checkpoint.
	LogKey string
}

type receiptJSON struct {
	Format         string          `json:"format"`
	Origin         string          `json:"origin"`
	Index          uint64          `json:"index"`
	Entry          json.RawMessage `json:"entry"`
	LeafHash       []byte          `json:"leaf_hash"`
	TreeSize       uint64          `json:"tree_size"`
	InclusionProof [][]byte        `json:"inclusion_proof"`
	Checkpoint     string          `json:"checkpoint"`
	LogKey         string          `json:"log_key"`
}

// MarshalJSON encodes r in the ReceiptFormat layout.
func (r Receipt) MarshalJSON() ([]byte, error) {
	if !json.Valid(r.Canonical) {
		return nil, fmt.Errorf("receipt entry is not canonical JSON: %w", ErrMalformed)
	}
	proof := r.InclusionProof
	if proof == nil {
		proof = [][]byte{}
	}
	return json.Marshal(receiptJSON{
		Format: ReceiptFormat, Origin: r.Origin, Index: r.Index, Entry: r.Canonical,
		LeafHash: r.LeafHash, TreeSize: r.TreeSize, InclusionProof: proof,
		Checkpoint: string(r.Checkpoint), LogKey: r.LogKey,
	})
}

// UnmarshalJSON decodes the ReceiptFormat layout. It rejects unknown fields
// and another format, and sets Canonical to the entry object without
// insignificant whitespace and Entry to it decoded (ErrMalformed when the
// bytes are not a canonical entry). It does not verify: call VerifyReceipt.
func (r *Receipt) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w receiptJSON
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("receipt: %w: %w", ErrMalformed, err)
	}
	if w.Format != ReceiptFormat {
		return fmt.Errorf("receipt format %q, want %q: %w", w.Format, ReceiptFormat, ErrMalformed)
	}
	var c bytes.Buffer
	if err := json.Compact(&c, w.Entry); err != nil {
		return fmt.Errorf("receipt entry: %w: %w", ErrMalformed, err)
	}
	e, err := ParseCanonical(c.Bytes())
	if err != nil {
		return fmt.Errorf("receipt entry: %w", err)
	}
	*r = Receipt{
		Origin: w.Origin, Index: w.Index, Canonical: c.Bytes(), Entry: e,
		LeafHash: w.LeafHash, TreeSize: w.TreeSize, InclusionProof: w.InclusionProof,
		Checkpoint: []byte(w.Checkpoint), LogKey: w.LogKey,
	}
	return nil
}

// Receipt returns the receipt of the entry at index against the latest
// published checkpoint. Like Proof it gives ErrNotFound for an unknown index
// and ErrNotPublished (worth retrying after ~100 ms) for an entry the
// checkpoint does not cover yet.
func (l *Log) Receipt(ctx context.Context, index uint64) (Receipt, error) {
	p, err := l.Proof(ctx, index)
	if err != nil {
		return Receipt{}, err
	}
	return Receipt{
		Origin: l.origin, Index: p.Index, Canonical: p.Canonical, Entry: p.Entry,
		LeafHash: p.LeafHash, TreeSize: p.TreeSize, InclusionProof: p.Hashes,
		Checkpoint: p.Checkpoint, LogKey: l.vkey,
	}, nil
}

// VerifyReceipt checks r offline and returns the entry it proves. It checks
// that LogKey parses and, when trustedKey is not empty, equals it (else
// ErrUntrustedKey); that Checkpoint is signed by LogKey for Origin; that
// TreeSize is the checkpoint's size and Index lies below it; that Canonical
// is a canonical entry with that index whose RFC 6962 leaf hash is LeafHash;
// and that InclusionProof leads from that leaf to the checkpoint's root
// (RFC 9162 section 2.1.3.2). Every other failure wraps ErrReceipt.
//
// With trustedKey empty the receipt only proves it is self-consistent: pass
// the log's verifier key obtained from a trusted copy (the operator's
// published key, an earlier candor audit fetch) to prove it is in that log.
// It does not show the checkpoint is the log's latest or consistent with one
// the caller saw; VerifyConsistency does that.
func VerifyReceipt(r Receipt, trustedKey string) (Entry, error) {
	key := strings.TrimSpace(r.LogKey)
	v, err := note.NewVerifier(key)
	if err != nil {
		return Entry{}, fmt.Errorf("log key: %w: %w", ErrReceipt, err)
	}
	if trustedKey != "" && key != strings.TrimSpace(trustedKey) {
		return Entry{}, fmt.Errorf("receipt key %q: %w", v.Name(), ErrUntrustedKey)
	}
	if v.Name() != r.Origin {
		return Entry{}, fmt.Errorf("key is for %q, receipt origin %q: %w", v.Name(), r.Origin, ErrReceipt)
	}
	cp, _, _, err := log.ParseCheckpoint(r.Checkpoint, r.Origin, v)
	if err != nil {
		return Entry{}, fmt.Errorf("checkpoint: %w: %w", ErrReceipt, err)
	}
	if cp.Size != r.TreeSize || r.Index >= cp.Size {
		return Entry{}, fmt.Errorf("index %d, tree size %d, checkpoint size %d: %w", r.Index, r.TreeSize, cp.Size, ErrReceipt)
	}
	e, err := ParseCanonical(r.Canonical)
	if err != nil {
		return Entry{}, fmt.Errorf("entry: %w: %w", ErrReceipt, err)
	}
	if e.Index != r.Index {
		return Entry{}, fmt.Errorf("entry says index %d, receipt %d: %w", e.Index, r.Index, ErrReceipt)
	}
	leaf := LeafHash(r.Canonical)
	if !bytes.Equal(leaf, r.LeafHash) {
		return Entry{}, fmt.Errorf("leaf hash %x, entry hashes to %x: %w", r.LeafHash, leaf, ErrReceipt)
	}
	if err := proof.VerifyInclusion(rfc6962.DefaultHasher, r.Index, cp.Size, leaf, r.InclusionProof, cp.Hash); err != nil {
		return Entry{}, fmt.Errorf("inclusion proof: %w: %w", ErrReceipt, err)
	}
	return e, nil
}
