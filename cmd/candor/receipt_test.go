package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance/auditlog"
)

// TestReceiptsAndRollback: an image's receipt verifies offline against its
// manifest; a receipt for another entry does not; a checkpoint saved by
// `audit fetch` is extended by the growing log, and a rolled-back log fails
// `audit verify --checkpoint`.
func TestReceiptsAndRollback(t *testing.T) {
	requireORT(t)
	dir := filepath.Join(t.TempDir(), "var")
	out := filepath.Join(t.TempDir(), "a.png")
	gen := func(seed string) {
		if code, _, stderr := runCLI(t, "generate", "--data-dir", dir, "--no-progress", "--prompt", "a small red circle on the left",
			"--seed", seed, "-o", out); code != 0 {
			t.Fatalf("generate: %s", stderr)
		}
	}
	gen("1")
	code, js, _ := runCLI(t, "verify", "--json", "--data-dir", dir, out)
	var rep struct {
		Generation struct {
			AuditIndex uint64 `json:"audit_index"`
		} `json:"generation"`
	}
	if err := json.Unmarshal([]byte(js), &rep); err != nil || code != 0 {
		t.Fatalf("verify: %d %s", code, js)
	}
	receipt := filepath.Join(t.TempDir(), "r.json")
	if code, _, stderr := runCLI(t, "audit", "receipt", "--data-dir", dir, "--index", jsonNum(rep.Generation.AuditIndex), "-o", receipt); code != 0 {
		t.Fatalf("receipt: %s", stderr)
	}
	if code, js, _ := runCLI(t, "verify", "--json", "--data-dir", dir, "--receipt", receipt, out); code != 0 || !strings.Contains(js, `"receipt"`) {
		t.Fatalf("verify --receipt: %d %s", code, js)
	}
	other := filepath.Join(t.TempDir(), "other.json")
	if code, _, _ := runCLI(t, "audit", "receipt", "--data-dir", dir, "--index", jsonNum(rep.Generation.AuditIndex+1), "-o", other); code != 0 {
		t.Fatal("receipt of the request entry")
	}
	if code, js, _ := runCLI(t, "verify", "--json", "--data-dir", dir, "--receipt", other, out); code != 1 || !strings.Contains(js, "receipt") {
		t.Errorf("another entry's receipt accepted: %d %s", code, js)
	}
	b, _ := os.ReadFile(receipt)
	forged := filepath.Join(t.TempDir(), "forged.json")
	fb := strings.Replace(string(b), `"generated"`, `"rejected"`, 1)
	if fb == string(b) {
		t.Fatal("nothing to forge")
	}
	_ = os.WriteFile(forged, []byte(fb), 0o600)
	if code, _, _ := runCLI(t, "verify", "--data-dir", dir, "--receipt", forged, out); code != 1 {
		t.Error("a forged receipt verified")
	}

	// Save the checkpoint, copy the log, grow it: still an extension.
	saved := filepath.Join(t.TempDir(), "saved.checkpoint")
	l, err := auditlog.Open(context.Background(), auditlog.Config{Dir: filepath.Join(dir, "audit")})
	if err != nil {
		t.Fatal(err)
	}
	cp, err := l.Checkpoint(context.Background())
	l.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(saved, cp, 0o600); err != nil {
		t.Fatal(err)
	}
	older := filepath.Join(t.TempDir(), "older")
	if out, err := exec.Command("cp", "-a", dir, older).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
	gen("2")
	gen("3")
	if code, out, stderr := runCLI(t, "audit", "verify", "--data-dir", dir, "--checkpoint", saved); code != 0 {
		t.Fatalf("grown log vs saved checkpoint: %s %s", out, stderr)
	}
	// Save the newer checkpoint, then roll the log back to the older copy:
	// plain verify passes, verify against the newer checkpoint fails.
	l, _ = auditlog.Open(context.Background(), auditlog.Config{Dir: filepath.Join(dir, "audit")})
	cp2, _ := l.Checkpoint(context.Background())
	l.Close()
	_ = os.WriteFile(saved, cp2, 0o600)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(older, dir); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI(t, "audit", "verify", "--data-dir", dir); code != 0 {
		t.Fatal("plain verify of the older copy should pass (that is the attack)")
	}
	if code, _, _ := runCLI(t, "audit", "verify", "--data-dir", dir, "--checkpoint", saved); code != 1 {
		t.Error("a rolled-back log passed audit verify --checkpoint")
	}
	// New entries on the rolled-back log reuse old indexes: still refused.
	gen("4")
	gen("5")
	gen("6")
	if code, _, _ := runCLI(t, "audit", "verify", "--data-dir", dir, "--checkpoint", saved); code != 1 {
		t.Error("a rolled-back, regrown log passed audit verify --checkpoint")
	}
}

func jsonNum(n uint64) string { b, _ := json.Marshal(n); return string(b) }

// TestConsistencyRoute: GET /v1/audit/consistency answers a proof that
// `candor audit fetch` checks before saving the newer checkpoint.
func TestConsistencyRoute(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "var")
	aud := newKey(t, dir, "museum", "audit")
	gen := newKey(t, dir, "museum", "generate")
	url, _ := startServe(t, serveOptions{dataDir: dir})
	for range 3 {
		call(t, http.MethodPost, url+"/v1/policy/check", gen, `{"prompt":"a lighthouse"}`)
	}
	saved := filepath.Join(t.TempDir(), "cp")
	fetch := func() (int, string) {
		code, out, stderr := runCLI(t, "audit", "fetch", "--url", url, "--key", aud, "-o", saved,
			"--log-key", strings.TrimSpace(readFile(t, filepath.Join(dir, "audit", "checkpoint.pub"))))
		return code, out + stderr
	}
	waitCheckpoint := func(min int) {
		for range 100 {
			if code, body := call(t, http.MethodGet, url+"/v1/audit/checkpoint", aud, ""); code == 200 && checkpointAtLeast(string(body), min) {
				return
			}
			sleepShort()
		}
	}
	waitCheckpoint(3)
	if code, out := fetch(); code != 0 {
		t.Fatalf("first fetch: %s", out)
	}
	for range 4 {
		call(t, http.MethodPost, url+"/v1/policy/check", gen, `{"prompt":"a lighthouse"}`)
	}
	waitCheckpoint(7)
	if code, out := fetch(); code != 0 || !strings.Contains(out, "consistent") {
		t.Fatalf("second fetch: %s", out)
	}
	if code, _ := call(t, http.MethodGet, url+"/v1/audit/consistency?from=100000", aud, ""); code != 400 {
		t.Errorf("from beyond the log: %d", code)
	}
	// A saved file that is not a checkpoint stops the fetch and stays as it is.
	if err := os.WriteFile(saved, []byte("not\na checkpoint\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out := fetch(); code != 1 || !strings.Contains(out, "is not a checkpoint") {
		t.Errorf("fetch over a malformed saved file: exit %d %s", code, out)
	}
	if got := readFile(t, saved); got != "not\na checkpoint\n" {
		t.Errorf("the malformed saved file changed: %q", got)
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkpointAtLeast(cp string, n int) bool {
	size, err := auditlog.CheckpointSize([]byte(cp))
	return err == nil && size >= uint64(n)
}

func sleepShort() { time.Sleep(50 * time.Millisecond) }
