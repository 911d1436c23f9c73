package auditlog

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/transparency-dev/formats/log"
	"github.com/transparency-dev/tessera"
	"golang.org/x/mod/sumdb/note"
)

const testOrigin = "candor.test/audit"

func testLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func openTest(t testing.TB, dir string) *Log {
	t.Helper()
	l, err := Open(context.Background(), Config{Dir: dir, Origin: testOrigin, Logger: testLogger()})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return l
}

var baseTime = time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)

func sampleEntry(tenant string, i int) Entry {
	decision, outcome := "allow", "checked"
	var reasons []Reason
	if i%3 == 2 {
		decision, outcome = "deny", "denied"
		reasons = []Reason{{Rule: "protected_person", Category: "likeness", Message: "depicts a protected person"}}
	}
	return Entry{
		Time:             baseTime.Add(time.Duration(i) * time.Minute),
		RequestID:        fmt.Sprintf("req-%s-%d", tenant, i),
		Tenant:           tenant,
		KeyID:            "key-1",
		Route:            "/v1/policy/check",
		PromptCommitment: Commitment([]byte("secret-"+tenant), fmt.Sprintf("prompt %d", i)),
		Decision:         decision,
		Reasons:          reasons,
		PolicyRevision:   "rev-1",
		Outcome:          outcome,
		Details:          map[string]any{"n": i, "guidance": 7.5},
	}
}

// waitCheckpoint polls until the published checkpoint covers size and returns
// it parsed and verified with the log's verifier key.
func waitCheckpoint(t testing.TB, l *Log, size uint64) *log.Checkpoint {
	t.Helper()
	v, err := note.NewVerifier(l.VerifierKey())
	if err != nil {
		t.Fatalf("NewVerifier: %v", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		raw, err := l.Checkpoint(context.Background())
		if err != nil {
			t.Fatalf("Checkpoint: %v", err)
		}
		cp, _, _, err := log.ParseCheckpoint(raw, l.Origin(), v)
		if err != nil {
			t.Fatalf("checkpoint does not verify with VerifierKey: %v", err)
		}
		if cp.Size >= size {
			return cp
		}
		if time.Now().After(deadline) {
			t.Fatalf("checkpoint stuck at %d, want %d", cp.Size, size)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var timeNow = time.Now

func newTesseraEntry(data []byte) *tessera.Entry { return tessera.NewEntry(data) }

// insertLegacyPending writes rows the way the version before asynchronous
// integration did: durable in pending, index unknown.
func insertLegacyPending(ctx context.Context, db *sql.DB, batch []*appendReq) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	for _, r := range batch {
		res, err := tx.ExecContext(ctx, `INSERT INTO pending(data, time_ns, tenant, body) VALUES (?, ?, ?, ?)`,
			r.data, r.entry.Time.UnixNano(), r.entry.Tenant, r.body)
		if err != nil {
			return err
		}
		if r.pendingID, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	return tx.Commit()
}
