package auditlog

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
)

func readCP(t *testing.T, dir string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, tesseraDir, "checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The scenario: restore an older copy of the directory; plain Verify
// passes, VerifyWith against the checkpoint saved later fails.
func TestRollbackDetected(t *testing.T) {
	ctx := context.Background()
	dir, old := t.TempDir(), t.TempDir()
	buildLog(t, dir, 5)
	cpA := readCP(t, dir)
	copyDir(t, dir, old)
	l := openTest(t, dir)
	for i := 5; i < 9; i++ {
		if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
			t.Fatal(err)
		}
	}
	waitCheckpoint(t, l, 9)
	l.Close()
	cpB := readCP(t, dir)
	if _, err := VerifyWith(ctx, dir, VerifyOptions{Saved: cpA}); err != nil {
		t.Fatalf("B extends A: %v", err)
	}
	if _, err := VerifyWith(ctx, old, VerifyOptions{}); err != nil {
		t.Fatalf("rolled-back copy should pass plain Verify: %v", err)
	}
	if _, err := VerifyWith(ctx, old, VerifyOptions{Saved: cpB}); !errors.Is(err, ErrRollback) {
		t.Fatalf("rollback: err = %v, want ErrRollback", err)
	}
	// New entries on the rolled-back copy reuse indexes 5.. : a fork.
	l2 := openTest(t, old)
	for i := 0; i < 6; i++ {
		if _, err := l2.Append(ctx, sampleEntry("evil", i)); err != nil {
			t.Fatal(err)
		}
	}
	waitCheckpoint(t, l2, 11)
	l2.Close()
	rep, err := VerifyWith(ctx, old, VerifyOptions{Saved: cpB})
	if !errors.Is(err, ErrInconsistent) || rep.OK() {
		t.Fatalf("fork: err = %v, want ErrInconsistent", err)
	}
}

func TestReceiptRoundTripAndMutation(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openTest(t, dir)
	defer l.Close()
	for i := 0; i < 7; i++ {
		if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
			t.Fatal(err)
		}
	}
	waitCheckpoint(t, l, 7)
	r, err := l.Receipt(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var back Receipt
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	e, err := VerifyReceipt(back, l.VerifierKey())
	if err != nil || e.Index != 3 || e.RequestID != "req-acme-3" {
		t.Fatalf("VerifyReceipt: %v %+v", err, e)
	}
	muts := map[string]func(r *Receipt){
		"entry": func(r *Receipt) { r.Canonical = append([]byte{}, r.Canonical...); r.Canonical[len(r.Canonical)-3] ^= 1 },
		"proof": func(r *Receipt) {
			r.InclusionProof[0] = append([]byte{}, r.InclusionProof[0]...)
			r.InclusionProof[0][0] ^= 1
		},
		"leaf":       func(r *Receipt) { r.LeafHash = append([]byte{}, r.LeafHash...); r.LeafHash[0] ^= 1 },
		"checkpoint": func(r *Receipt) { r.Checkpoint = append([]byte{}, r.Checkpoint...); r.Checkpoint[len(r.Origin)+1] ^= 1 },
		"index":      func(r *Receipt) { r.Index++ },
	}
	for name, m := range muts {
		c := back
		c.InclusionProof = append([][]byte{}, back.InclusionProof...)
		m(&c)
		if _, err := VerifyReceipt(c, l.VerifierKey()); !errors.Is(err, ErrReceipt) {
			t.Errorf("%s mutated: err = %v", name, err)
		}
	}
	if _, err := VerifyReceipt(back, "candor.test/audit+00000000+AQ"); !errors.Is(err, ErrUntrustedKey) {
		t.Errorf("other key: %v", err)
	}
}

// Consistency proofs between many sizes verify with merkle against the roots
// computed independently from the leaves.
func TestConsistencyProofPairs(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	buildLog(t, dir, 300)
	l := openTest(t, dir)
	defer l.Close()
	leaves := make([][]byte, 300)
	for i := range leaves {
		h, err := l.LeafHash(ctx, uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		leaves[i] = h
	}
	rootAt := func(n uint64) []byte {
		rf := compact.RangeFactory{Hash: rfc6962.DefaultHasher.HashChildren}
		r := rf.NewEmptyRange(0)
		for _, h := range leaves[:n] {
			_ = r.Append(h, nil)
		}
		root, _ := r.GetRootHash(nil)
		if n == 0 {
			return rfc6962.DefaultHasher.EmptyRoot()
		}
		return root
	}
	sizes := []uint64{0, 1, 2, 3, 7, 8, 9, 255, 256, 257, 299, 300}
	for _, a := range sizes {
		for _, b := range sizes {
			if a > b {
				if _, err := l.ConsistencyProof(ctx, a, b); !errors.Is(err, ErrOutOfRange) {
					t.Errorf("(%d,%d): %v", a, b, err)
				}
				continue
			}
			p, err := l.ConsistencyProof(ctx, a, b)
			if err != nil {
				t.Fatalf("(%d,%d): %v", a, b, err)
			}
			if err := proof.VerifyConsistency(rfc6962.DefaultHasher, a, b, p, rootAt(a), rootAt(b)); err != nil {
				t.Errorf("(%d,%d): %v", a, b, err)
			}
		}
	}
}
