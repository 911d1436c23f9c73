package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tlog "github.com/transparency-dev/formats/log"
	tnote "github.com/transparency-dev/formats/note"

	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/witness"
)

// TestWitnessedAuditLog runs a gateway whose audit log is witnessed: the
// served checkpoint carries the witness's cosignature; after the log is
// rolled back to an older copy, the witness refuses to cosign and
// `audit verify --checkpoint` with the earlier cosigned checkpoint fails.
func TestWitnessedAuditLog(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "var")
	gen := newKey(t, dir, "museum", "generate")
	aud := newKey(t, dir, "museum", "audit")
	_, stop := startServe(t, serveOptions{dataDir: dir}) // creates the log and its key
	_ = stop()
	vkey := strings.TrimSpace(readFile(t, filepath.Join(dir, "audit", "checkpoint.pub")))
	origin, _, _ := strings.Cut(vkey, "+")

	w, err := witness.Open(witness.Config{Dir: t.TempDir(), Name: "witness.test/w1", Logs: []witness.Log{{Origin: origin, VerifierKey: vkey}}})
	if err != nil {
		t.Fatal(err)
	}
	ws := httptest.NewServer(w.Handler())
	defer ws.Close()
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf("audit: {witness_interval: 100ms, witnesses: [{url: %q, key: %q}]}\n", ws.URL, w.VerifierKey())), 0o600); err != nil {
		t.Fatal(err)
	}
	lv, _ := tnote.NewVerifier(vkey)
	wv, _ := tnote.NewVerifierForCosignatureV1(w.VerifierKey())
	cosignedAt := func(url string, min uint64) []byte {
		deadline := time.Now().Add(15 * time.Second)
		for time.Now().Before(deadline) {
			code, body := call(t, http.MethodGet, url+"/v1/audit/checkpoint", aud, "")
			if code == 200 {
				if cp, _, n, err := tlog.ParseCheckpoint(body, origin, lv, wv); err == nil && cp.Size >= min && len(n.Sigs) == 2 {
					return body
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		return nil
	}
	grow := func(url string, n int) {
		for range n {
			call(t, http.MethodPost, url+"/v1/policy/check", gen, `{"prompt":"a lighthouse"}`)
		}
	}

	url, stop := startServe(t, serveOptions{dataDir: dir, configPath: cfg})
	grow(url, 3)
	if cosignedAt(url, 3) == nil {
		t.Fatal("the served checkpoint never carried the witness's cosignature")
	}
	_ = stop()
	older := filepath.Join(t.TempDir(), "older")
	if out, err := exec.Command("cp", "-a", dir, older).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
	// The copy holds every entry so far (each audited read adds one), and
	// the witness must cosign a size beyond it for the rollback to show.
	olderCP := readFile(t, filepath.Join(older, "audit", "log", "checkpoint"))
	olderSize, err := auditlog.CheckpointSize([]byte(olderCP))
	if err != nil {
		t.Fatalf("older checkpoint %q: %v", olderCP, err)
	}
	url, stop = startServe(t, serveOptions{dataDir: dir, configPath: cfg})
	grow(url, 5)
	latest := cosignedAt(url, olderSize+5)
	if latest == nil {
		t.Fatal("no cosigned checkpoint after growth")
	}
	_ = stop()
	saved := filepath.Join(t.TempDir(), "cosigned.checkpoint")
	if err := os.WriteFile(saved, latest, 0o600); err != nil {
		t.Fatal(err)
	}

	// Roll back to the older copy and grow past the witnessed size.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(older, dir); err != nil {
		t.Fatal(err)
	}
	url, stop = startServe(t, serveOptions{dataDir: dir, configPath: cfg})
	grow(url, 9)
	time.Sleep(time.Second) // several cosigner rounds
	if got := cosignedAt(url, 1); got != nil && !strings.Contains(string(latest), string(got)) {
		t.Errorf("the witness cosigned the rolled-back log:\n%s", got)
	}
	_ = stop()
	if code, _, _ := runCLI(t, "audit", "verify", "--data-dir", dir, "--checkpoint", saved); code != 1 {
		t.Error("audit verify --checkpoint passed a rolled-back log")
	}
}
