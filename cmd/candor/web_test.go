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
)

// requireBrowser finds Debian's Chromium and the pinned playwright-core
// (make browser); it skips without them unless CANDOR_REQUIRE_BROWSER=1.
func requireBrowser(t *testing.T) (chromium, playwright string) {
	t.Helper()
	chromium = os.Getenv("CANDOR_CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	playwright = os.Getenv("CANDOR_PLAYWRIGHT_DIR")
	_, errC := os.Stat(chromium)
	_, errP := os.Stat(filepath.Join(playwright, "node_modules", "playwright-core", "package.json"))
	if playwright == "" || errC != nil || errP != nil {
		msg := "browser tests need Debian's chromium at " + chromium + " and playwright-core in CANDOR_PLAYWRIGHT_DIR=" + playwright + " (make browser)"
		if os.Getenv("CANDOR_REQUIRE_BROWSER") == "1" {
			t.Fatal("CANDOR_REQUIRE_BROWSER=1 but " + msg)
		}
		t.Skip(msg)
	}
	return chromium, playwright
}

// TestWebPages drives the pages in headless Chromium against a real gateway
// with the built-in model: a denied prompt's reason appears as it is typed;
// an image emerges through at least two distinct previews, then arrives
// signed and trusted; the verify page reads the download as trusted with its
// inclusion proof checked in the page, a tampered copy dropped on it as
// invalid with the reason, and a c2pa-rs fixture as valid; the audit page
// checks an entry's inclusion proof, draws a bias report and releases a
// held image from the review queue. Screenshots go
// to CANDOR_SCREENSHOT_DIR (default a temp dir), and also to docs/screenshots
// with CANDOR_UPDATE_SCREENSHOTS=1.
func TestWebPages(t *testing.T) {
	requireORT(t)
	chromium, playwright := requireBrowser(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is needed for the browser test")
	}
	dir := filepath.Join(t.TempDir(), "var")
	gen := newKey(t, dir, "museum", "generate")
	// The audit page's tenant holds red pictures for review (the test
	// classifier flags red), so its review queue has an item.
	holderGen := newKey(t, dir, "holder", "generate")
	aud := newKey(t, dir, "holder", "audit,review")
	model, err := filepath.Abs(filepath.Join("..", "..", "pipeline", "safety", "safetytest", "red.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "candor.yaml")
	if err := os.WriteFile(cfg, []byte(`safety:
  classifiers:
    - name: custom
      model: `+model+`
      labels: [other, unsafe]
      input: {width: 32, height: 32, layout: NCHW, scale: 0.00392156862745098, mean: [0, 0, 0], std: [1, 1, 1], resize: bilinear}
tenants:
  - {name: holder, safety: {thresholds: {custom.unsafe: {hold: 0.5}}}}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	url, _ := startServe(t, serveOptions{dataDir: dir, configPath: cfg})
	code, body := call(t, http.MethodPost, url+"/v1/images/generations", holderGen, `{"prompt":"`+redPrompt+`","seed":1}`)
	if code != http.StatusBadRequest || !strings.Contains(string(body), `"review_id"`) {
		t.Fatalf("a held image for the review queue: %d %s", code, body)
	}

	// A small bias report for the audit page.
	code, body = call(t, http.MethodPost, url+"/v1/bias/runs", aud, `{"prompts":["a ceo"],"n":8,"guidance":[5],"seed":0}`)
	if code != http.StatusAccepted {
		t.Fatalf("bias run: %d %s", code, body)
	}
	var run struct {
		ID, Status string
	}
	_ = json.Unmarshal(body, &run)
	for deadline := time.Now().Add(3 * time.Minute); run.Status != "done"; time.Sleep(200 * time.Millisecond) {
		if run.Status == "failed" || time.Now().After(deadline) {
			t.Fatalf("bias run: %s", body)
		}
		_, body = call(t, http.MethodGet, url+"/v1/bias/runs/"+run.ID, aud, "")
		_ = json.Unmarshal(body, &run)
	}

	out := os.Getenv("CANDOR_SCREENSHOT_DIR")
	if out == "" {
		out = t.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{filepath.Join("..", "..", "gateway", "web", "e2e", "pages.mjs"),
		"--playwright", playwright, "--chromium", chromium, "--base", url, "--gen-key", gen, "--audit-key", aud,
		"--fixture", filepath.Join("..", "..", "provenance", "c2pa", "testdata", "fixtures", "CA.jpg"), "--out", out}
	if os.Getenv("CANDOR_UPDATE_SCREENSHOTS") == "1" {
		docs, _ := filepath.Abs(filepath.Join("..", "..", "docs", "screenshots"))
		if err := os.MkdirAll(docs, 0o755); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--docs", docs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir()) // a fresh profile and cache for Chromium
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("browser: %v\n%s", err, res)
	}
	t.Logf("browser saw: %s", res)
	t.Logf("screenshots in %s", out)
}
