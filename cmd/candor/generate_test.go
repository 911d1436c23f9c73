package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/candor-ai/candor/internal/c2paofficial"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// requireORT returns the ONNX Runtime library, skipping (or failing under
// CANDOR_REQUIRE_ORT=1) where it is missing.
func requireORT(t *testing.T) string {
	t.Helper()
	lib, err := resolveORTLib("")
	if err != nil {
		if os.Getenv("CANDOR_REQUIRE_ORT") == "1" {
			t.Fatalf("CANDOR_REQUIRE_ORT=1 but %v", err)
		}
		t.Skip(err)
	}
	return lib
}

func builtinModel(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "models", "builtin"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "model_index.json")); err != nil {
		t.Fatalf("built-in model missing: %v", err)
	}
	return dir
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// flipIDATByte alters one byte of a PNG's image data.
func flipIDATByte(t *testing.T, png []byte) []byte {
	t.Helper()
	b := bytes.Clone(png)
	for off := 8; off+12 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[off:]))
		if string(b[off+4:off+8]) == "IDAT" && n > 4 {
			b[off+8+n/2] ^= 0x01
			return b
		}
		off += 12 + n
	}
	t.Fatal("no IDAT chunk")
	return nil
}

// TestGenerateEndToEnd is the issues' "done when": candor generate writes a
// picture that both candor verify and the official C2PA verifier call
// AI-generated and valid (trusted with the dev CA), one flipped pixel byte
// makes both say invalid, a denied prompt writes nothing, and every decision
// is in the audit log.
func TestGenerateEndToEnd(t *testing.T) {
	requireORT(t)
	model := builtinModel(t)
	data := t.TempDir()
	out := filepath.Join(t.TempDir(), "out.png")

	code, _, stderr := runCLI(t, "generate", "--prompt", "a red circle on the left on a blue background",
		"--seed", "3", "--model", model, "--data-dir", data, "--no-progress", "-o", out)
	if code != 0 {
		t.Fatalf("generate exit %d: %s", code, stderr)
	}
	img, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}

	code, js, stderr := runCLI(t, "verify", "--json", "--data-dir", data, out)
	if code != 0 {
		t.Fatalf("verify exit %d: %s", code, stderr)
	}
	var rep struct {
		State       string `json:"state"`
		AIGenerated bool   `json:"ai_generated"`
		Generation  struct {
			Seed       uint64  `json:"seed"`
			AuditIndex *uint64 `json:"audit_index"`
		} `json:"generation"`
	}
	if err := json.Unmarshal([]byte(js), &rep); err != nil {
		t.Fatalf("verify --json: %v: %s", err, js)
	}
	if rep.State != "trusted" || !rep.AIGenerated || rep.Generation.Seed != 3 || rep.Generation.AuditIndex == nil {
		t.Fatalf("candor verify: %s", js)
	}

	ca := filepath.Join(devIdentityDir(data), "dev-ca.pem")
	if got := c2paofficial.VerifyFile(t, out, ""); got.ValidationState != "Valid" ||
		got.DigitalSourceType != "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia" {
		t.Fatalf("official verifier without anchors: %v", got)
	}
	if got := c2paofficial.VerifyFile(t, out, ca); got.ValidationState != "Trusted" {
		t.Fatalf("official verifier with the dev CA: %v", got)
	}

	bad := filepath.Join(t.TempDir(), "bad.png")
	if err := os.WriteFile(bad, flipIDATByte(t, img), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, js, _ := runCLI(t, "verify", "--json", bad); code != 1 || !strings.Contains(js, "assertion.dataHash.mismatch") {
		t.Fatalf("candor verify of a tampered file: exit %d %s", code, js)
	}
	got := c2paofficial.VerifyFile(t, bad, ca)
	if got.ValidationState != "Invalid" || !slices.Contains(got.Failure, "assertion.dataHash.mismatch") {
		t.Fatalf("official verifier of a tampered file: %v", got)
	}

	denied := filepath.Join(t.TempDir(), "denied.png")
	code, _, stderr = runCLI(t, "generate", "--prompt", "a n4ked photo of Taylor Swift", "--model", model,
		"--data-dir", data, "--no-progress", "-o", denied)
	if code != exitDenied || !strings.Contains(stderr, "people.") {
		t.Fatalf("denied prompt: exit %d, stderr %s", code, stderr)
	}
	if _, err := os.Stat(denied); !os.IsNotExist(err) {
		t.Fatalf("a denied prompt wrote a file: %v", err)
	}

	rv, err := auditlog.Verify(context.Background(), filepath.Join(data, "audit"))
	if err != nil {
		t.Fatalf("audit verify: %v (%+v)", err, rv)
	}
	l, err := auditlog.Open(context.Background(), auditlog.Config{Dir: filepath.Join(data, "audit")})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	page, err := l.Entries(context.Background(), auditlog.Query{Tenant: generateTenant})
	if err != nil {
		t.Fatal(err)
	}
	var outcomes []string
	for _, e := range page.Entries {
		outcomes = append(outcomes, e.Outcome)
		if e.Prompt != "" {
			t.Errorf("entry %d stores the prompt without --store-prompt", e.Index)
		}
	}
	// The image's entry, the request's, then the denied request's.
	if strings.Join(outcomes, ",") != "generated,generated,denied" {
		t.Fatalf("audit outcomes %v, want generated,generated,denied", outcomes)
	}
	if fmt.Sprint(page.Entries[0].Details["image"]) != "0" || page.Entries[1].Details["images"] == nil {
		t.Errorf("entries %+v", page.Entries[:2])
	}
	if page.Entries[0].Index != *rep.Generation.AuditIndex {
		t.Fatalf("manifest names audit index %d, log has %d", *rep.Generation.AuditIndex, page.Entries[0].Index)
	}
}

func TestGenerateBadFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"no prompt", []string{"-o", "x.png"}, 2},
		{"no output", []string{"--prompt", "a red circle"}, 2},
		{"bad size", []string{"--prompt", "a", "-o", "x.png", "--size", "64by64"}, 2},
		{"bad seed", []string{"--prompt", "a", "-o", "x.png", "--seed", "-1"}, 2},
		{"bad format", []string{"--prompt", "a", "-o", "x.png", "--format", "gif"}, 2},
		{"unknown flag", []string{"--prompt", "a", "-o", "x.png", "--bogus"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append([]string{"generate"}, tc.args...)...)
			if code != tc.code || stderr == "" {
				t.Fatalf("exit %d (want %d), stderr %q", code, tc.code, stderr)
			}
		})
	}
}

func TestGenerateModelErrors(t *testing.T) {
	requireORT(t)
	data := t.TempDir()
	out := filepath.Join(t.TempDir(), "x.png")
	// A model directory in the wrong layout is a clear error, not a crash.
	code, _, stderr := runCLI(t, "generate", "--prompt", "a red circle", "--model", t.TempDir(),
		"--data-dir", data, "--no-progress", "-o", out)
	if code != 1 || !strings.Contains(stderr, "model_index.json") {
		t.Fatalf("empty model dir: exit %d, %s", code, stderr)
	}
	// A size the model cannot make.
	code, _, stderr = runCLI(t, "generate", "--prompt", "a red circle", "--model", builtinModel(t),
		"--size", "60x60", "--data-dir", data, "--no-progress", "-o", out)
	if code != 1 || !strings.Contains(stderr, "size") {
		t.Fatalf("bad size: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("a failed generation wrote a file")
	}
}
