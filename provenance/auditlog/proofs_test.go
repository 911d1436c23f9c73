package auditlog

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
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
		"entry":      func(r *Receipt) { r.Canonical = append([]byte{}, r.Canonical...); r.Canonical[len(r.Canonical)-3] ^= 1 },
		"proof":      func(r *Receipt) { r.InclusionProof[0] = append([]byte{}, r.InclusionProof[0]...); r.InclusionProof[0][0] ^= 1 },
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
