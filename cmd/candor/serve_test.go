package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	pngenc "image/png"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	merkleproof "github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newKey(t testing.TB, dir, tenant, roles string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"keys", "create", "--data-dir", dir, "--tenant", tenant, "--roles", roles}, &out, &errb); code != 0 {
		t.Fatalf("keys create: %s", errb.String())
	}
	return strings.TrimSpace(out.String())
}

// startServe runs serve on 127.0.0.1:0 and returns its URL and a stop
// function that cancels it (as SIGTERM does) and returns serve's error.
func startServe(t testing.TB, o serveOptions) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	o.addr = "127.0.0.1:0"
	o.ready = func(a string) { ready <- a }
	if o.stdout == nil {
		o.stdout = io.Discard
	}
	if o.logger == nil {
		o.logger = slog.New(slog.DiscardHandler)
	}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, o) }()
	select {
	case addr := <-ready:
		var once sync.Once
		var err error
		stop := func() error {
			once.Do(func() { cancel(); err = <-done })
			return err
		}
		t.Cleanup(func() { _ = stop() })
		return "http://" + addr, stop
	case err := <-done:
		cancel()
		t.Fatalf("serve did not start: %v", err)
	case <-time.After(60 * time.Second):
		cancel()
		t.Fatal("serve did not start in 60 s")
	}
	return "", nil
}

func call(t testing.TB, method, url, key, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// TestServeEndToEnd: real policy, real audit log, real keys. Create keys,
// check a denied prompt, read the entry as the tenant's auditor (and not as
// another tenant's), get its inclusion proof, shut down, audit verify.
func TestServeEndToEnd(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "var")
	gen := newKey(t, dir, "museum", "generate")
	aud := newKey(t, dir, "museum", "audit")
	other := newKey(t, dir, "school", "audit")
	cfgPath := filepath.Join(t.TempDir(), "candor.yaml")
	if err := os.WriteFile(cfgPath, []byte("tenants: [{name: museum, prompt_privacy: store}]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout := &syncBuffer{}
	url, stop := startServe(t, serveOptions{dataDir: dir, configPath: cfgPath, stdout: stdout})
	if !strings.Contains(stdout.String(), "listening on "+url) {
		t.Errorf("URL not printed: %q", stdout.String())
	}

	code, body := call(t, http.MethodPost, url+"/v1/policy/check", gen, `{"prompt":"a photo of Al Pacino eating soup"}`)
	if code != 200 {
		t.Fatalf("check: %d %s", code, body)
	}
	var chk struct {
		Decision   string `json:"decision"`
		Reasons    []struct{ Category string }
		Revision   string `json:"revision"`
		AuditIndex uint64 `json:"audit_index"`
	}
	if err := json.Unmarshal(body, &chk); err != nil || chk.Decision != "deny" || len(chk.Reasons) == 0 || chk.Revision == "" {
		t.Fatalf("check answer %s", body)
	}
	if code, body := call(t, http.MethodPost, url+"/v1/images/generations", gen, `{"prompt":"a photo of Al Pacino"}`); code != 400 ||
		!strings.Contains(string(body), "content_policy_violation") {
		t.Errorf("images denied: %d %s", code, body)
	}
	if code, _ := call(t, http.MethodPost, url+"/v1/policy/check", aud, `{"prompt":"x"}`); code != 403 {
		t.Errorf("audit key on check: %d", code)
	}
	// Another last character: a key ends in one of 16 (strict base64), 'A' among them.
	wrong := gen[:len(gen)-1] + "A"
	if wrong == gen {
		wrong = gen[:len(gen)-1] + "E"
	}
	if code, _ := call(t, http.MethodPost, url+"/v1/policy/check", wrong, `{"prompt":"x"}`); code != 401 {
		t.Errorf("wrong key: %d", code)
	}

	code, body = call(t, http.MethodGet, url+"/v1/audit/entries", aud, "")
	var page struct {
		Data []struct {
			Index    uint64 `json:"index"`
			Tenant   string `json:"tenant"`
			Prompt   string `json:"prompt"`
			Decision string `json:"decision"`
			Route    string `json:"route"`
		} `json:"data"`
	}
	// The check, the denied generation, and the audit key's refused check (403).
	if err := json.Unmarshal(body, &page); err != nil || code != 200 || len(page.Data) != 3 || page.Data[2].Route != "POST /v1/policy/check" {
		t.Fatalf("entries: %d %s", code, body)
	}
	if e := page.Data[0]; e.Decision != "deny" || e.Prompt != "a photo of Al Pacino eating soup" || e.Route != "POST /v1/policy/check" || e.Index != chk.AuditIndex {
		t.Errorf("entry %+v", e)
	}
	code, body = call(t, http.MethodGet, url+"/v1/audit/entries", other, "")
	if code != 200 || strings.Contains(string(body), "museum") || strings.Contains(string(body), "Pacino") {
		t.Errorf("another tenant sees: %d %s", code, body)
	}
	if code, _ := call(t, http.MethodGet, fmt.Sprintf("%s/v1/audit/proof?index=%d", url, chk.AuditIndex), other, ""); code != 404 {
		t.Errorf("another tenant's proof: %d", code)
	}
	var proof struct {
		Checkpoint string   `json:"checkpoint"`
		TreeSize   uint64   `json:"tree_size"`
		Hashes     []string `json:"hashes"`
		LeafHash   string   `json:"leaf_hash"`
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, body = call(t, http.MethodGet, fmt.Sprintf("%s/v1/audit/proof?index=%d", url, chk.AuditIndex), aud, "")
		if code != 503 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := json.Unmarshal(body, &proof); err != nil || code != 200 || proof.TreeSize == 0 || proof.LeafHash == "" {
		t.Fatalf("proof: %d %s", code, body)
	}
	// The proof checks out against the root in the signed checkpoint (RFC 9162 2.1.3.2).
	lines := strings.Split(proof.Checkpoint, "\n")
	root, err1 := base64.StdEncoding.DecodeString(lines[2])
	leaf, err2 := base64.StdEncoding.DecodeString(proof.LeafHash)
	if err1 != nil || err2 != nil || lines[1] != strconv.FormatUint(proof.TreeSize, 10) {
		t.Fatalf("checkpoint %q", proof.Checkpoint)
	}
	var path [][]byte
	for _, h := range proof.Hashes {
		b, err := base64.StdEncoding.DecodeString(h)
		if err != nil {
			t.Fatal(err)
		}
		path = append(path, b)
	}
	if err := merkleproof.VerifyInclusion(rfc6962.DefaultHasher, chk.AuditIndex, proof.TreeSize, leaf, path, root); err != nil {
		t.Errorf("inclusion proof does not verify: %v", err)
	}

	// Verify needs no key; a plain PNG has no Content Credentials.
	var png bytes.Buffer
	_ = pngenc.Encode(&png, image.NewNRGBA(image.Rect(0, 0, 4, 4)))
	req, _ := http.NewRequest(http.MethodPost, url+"/v1/verify", &png)
	req.Header.Set("Content-Type", "image/png")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	vb, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(vb), `"state":"absent"`) {
		t.Errorf("verify: %d %s", resp.StatusCode, vb)
	}
	code, body = call(t, http.MethodGet, url+"/metrics", "", "")
	if code != 200 || !strings.Contains(string(body), `candor_policy_decisions_total{category=`) {
		t.Errorf("metrics: %d", code)
	}

	if err := stop(); err != nil {
		t.Fatalf("serve: %v", err)
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"audit", "verify", "--data-dir", dir}, &out, &errb); code != 0 {
		t.Fatalf("audit verify: exit %d\n%s%s", code, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "checked:") {
		t.Errorf("verify output %q", out.String())
	}

	// Rewrite history: the denied prompt becomes an allowed one. verify fails.
	db, err := sql.Open("sqlite", filepath.Join(dir, "audit", "audit.db"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.Exec(`UPDATE entries SET canonical = CAST(replace(CAST(canonical AS TEXT), '"deny"', '"allow"') AS BLOB) WHERE idx = ?`, chk.AuditIndex)
	if n, _ := res.RowsAffected(); err != nil || n != 1 {
		t.Fatalf("tamper: %v (%d rows)", err, n)
	}
	db.Close()
	out.Reset()
	if code := run(context.Background(), []string{"audit", "verify", "--data-dir", dir}, &out, &errb); code != 1 {
		t.Fatalf("audit verify of a tampered log: exit %d\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), "PROBLEM") {
		t.Errorf("no problem listed: %q", out.String())
	}
}

func TestServeDevKeyAndBadConfig(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "var")
	stdout := &syncBuffer{}
	url, stop := startServe(t, serveOptions{dataDir: dir, dev: true, stdout: stdout})
	var key string
	for _, f := range strings.Fields(stdout.String()) {
		if strings.HasPrefix(f, "cnd_") {
			key = f
			break
		}
	}
	if key == "" {
		t.Fatalf("no dev key printed: %q", stdout.String())
	}
	if code, body := call(t, http.MethodGet, url+"/v1/bias/reports", key, ""); code != 200 || !strings.Contains(string(body), `"data":[]`) {
		t.Errorf("bias with dev key: %d %s", code, body)
	}
	if code, _ := call(t, http.MethodPost, url+"/v1/images/generations", key, `{"prompt":"a lighthouse"}`); !slices.Contains([]int{200, 501}, code) {
		t.Errorf("images with dev key: %d", code)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	bad := filepath.Join(t.TempDir(), "bad.yaml")
	_ = os.WriteFile(bad, []byte("tenants: [{name: a, surprise: 1}]\n"), 0o600)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"serve", "--data-dir", dir, "--config", bad, "--addr", "127.0.0.1:0"}, &out, &errb); code != 1 ||
		!strings.Contains(errb.String(), "surprise") {
		t.Errorf("bad config: exit %d %q", code, errb.String())
	}
	if code := run(context.Background(), []string{"serve", "--nope"}, &out, &errb); code != 2 {
		t.Errorf("bad flag: exit %d", code)
	}
}

func TestAuditVerifyMissing(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"audit", "verify", "--data-dir", filepath.Join(t.TempDir(), "none")}, &out, &errb); code != 1 {
		t.Errorf("exit %d", code)
	}
	if code := run(context.Background(), []string{"audit"}, &out, &errb); code != 2 {
		t.Errorf("exit %d", code)
	}
}

// TestServeReload: SIGHUP and POST /v1/admin/policy/reload pick up new
// --policy-data, and the reload is counted in the metrics.
func TestServeReload(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "var")
	pdata := t.TempDir()
	gen := newKey(t, dir, "museum", "generate,admin")
	url, _ := startServe(t, serveOptions{dataDir: dir, policyData: []string{pdata}})
	check := func() string {
		code, body := call(t, http.MethodPost, url+"/v1/policy/check", gen, `{"prompt":"a photo of Zelda Quuxworth"}`)
		if code != 200 {
			t.Fatalf("check: %d %s", code, body)
		}
		var r struct{ Decision string }
		_ = json.Unmarshal(body, &r)
		return r.Decision
	}
	if d := check(); d != "allow" {
		t.Fatalf("before: %s", d)
	}
	if err := os.WriteFile(filepath.Join(pdata, "museum.json"), []byte(`{"protected_people": ["Zelda Quuxworth"]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	// A bound on the wait, not a speed check: a reload compiles the whole
	// policy (about 10 s under -race since lexicon round thirteen), and CI
	// runs other packages' tests on the same two cores meanwhile.
	deadline := time.Now().Add(2 * time.Minute)
	for check() != "deny" {
		if time.Now().After(deadline) {
			t.Fatal("SIGHUP did not reload the policy data")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := os.WriteFile(filepath.Join(pdata, "museum.json"), []byte(`{"protected_people": []}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, body := call(t, http.MethodPost, url+"/v1/admin/policy/reload", gen, ""); code != 200 {
		t.Fatalf("admin reload: %d %s", code, body)
	}
	if d := check(); d != "allow" {
		t.Errorf("after admin reload: %s", d)
	}
	_, body := call(t, http.MethodGet, url+"/metrics", "", "")
	var oks int
	for _, l := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(l, `candor_policy_reload_total{result="ok"} `); ok {
			oks, _ = strconv.Atoi(v)
		}
	}
	if oks < 2 { // SIGHUP and the admin route; the file watcher may add more
		t.Errorf("%d reloads counted", oks)
	}
	// A broken data file keeps the working policy and answers 422.
	if err := os.WriteFile(filepath.Join(pdata, "museum.json"), []byte(`{not json`), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _ := call(t, http.MethodPost, url+"/v1/admin/policy/reload", gen, ""); code != 422 {
		t.Errorf("broken reload: %d", code)
	}
	if d := check(); d != "allow" {
		t.Errorf("after broken reload: %s", d)
	}
}

// TestDataDirModes: a data dir readable by others is tightened (and says
// so), and the databases with their -wal and -shm files are 0600.
func TestDataDirModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "var")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	key := newKey(t, dir, "museum", "generate")
	if err := os.Chmod(dir, 0o755); err != nil { // keys create tightened it already
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	url, stop := startServe(t, serveOptions{dataDir: dir, logger: slog.New(slog.NewJSONHandler(logs, nil))})
	if code, _ := call(t, http.MethodPost, url+"/v1/policy/check", key, `{"prompt":"a lighthouse"}`); code != 200 {
		t.Fatalf("check: %d", code)
	}
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("data dir mode %v %v", fi.Mode(), err)
	}
	if !strings.Contains(logs.String(), "tightened") {
		t.Errorf("no log line says the data dir was tightened: %s", logs.String())
	}
	var checked int
	for _, db := range []string{"keys.db", filepath.Join("audit", "audit.db")} {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			p := filepath.Join(dir, db+suffix)
			fi, err := os.Stat(p)
			if err != nil {
				continue // -wal/-shm may be checkpointed away
			}
			checked++
			if fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v, want 0600", p, fi.Mode().Perm())
			}
		}
	}
	if checked < 3 {
		t.Errorf("only %d database files found", checked)
	}
	_ = stop()
}
