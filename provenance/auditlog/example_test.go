package auditlog_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/note"

	tlog "github.com/transparency-dev/formats/log"
)

// Record a decision, query it back, prove its inclusion against the signed
// checkpoint, and verify the whole log offline.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "audit-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	l, err := auditlog.Open(ctx, auditlog.Config{Dir: dir, Origin: "candor.example/audit"})
	if err != nil {
		log.Fatal(err)
	}
	e, err := l.Append(ctx, auditlog.Entry{
		Time:             time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC),
		RequestID:        "req-1",
		Tenant:           "acme",
		Route:            "/v1/policy/check",
		PromptCommitment: auditlog.Commitment([]byte("acme's secret"), "a red square"),
		Decision:         "allow",
		PolicyRevision:   "rev-1",
		Outcome:          "checked",
	})
	if err != nil {
		log.Fatal(err)
	}
	page, err := l.Entries(ctx, auditlog.Query{Tenant: "acme"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("index", e.Index, "entries", len(page.Entries), "decision", page.Entries[0].Decision)

	// A client checks inclusion against a checkpoint it verified itself.
	var cp *tlog.Checkpoint
	for cp == nil || cp.Size <= e.Index { // checkpoints follow within ~100 ms
		raw, err := l.Checkpoint(ctx)
		if err != nil {
			log.Fatal(err)
		}
		v, err := note.NewVerifier(l.VerifierKey())
		if err != nil {
			log.Fatal(err)
		}
		if cp, _, _, err = tlog.ParseCheckpoint(raw, l.Origin(), v); err != nil {
			log.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	p, err := l.InclusionProof(ctx, e.Index, cp.Size)
	if err != nil {
		log.Fatal(err)
	}
	leaf, err := l.LeafHash(ctx, e.Index)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("inclusion:", proof.VerifyInclusion(rfc6962.DefaultHasher, e.Index, cp.Size, leaf, p, cp.Hash) == nil)

	if err := l.Close(); err != nil {
		log.Fatal(err)
	}
	rep, err := auditlog.Verify(ctx, dir)
	fmt.Println("verify:", err == nil, rep.TreeSize, rep.EntriesChecked)
	// Output:
	// index 0 entries 1 decision allow
	// inclusion: true
	// verify: true 1 1
}
