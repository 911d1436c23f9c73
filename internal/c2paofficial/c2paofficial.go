// Package c2paofficial drives the official C2PA verifier (c2pa-rs as
// WebAssembly, npm @contentauth/c2pa-wasm, run by Node) for tests that
// compare candor's verdicts with it. It is imported only by tests.
//
// The install is found at $CANDOR_C2PA_WASM_DIR (make c2pa-wasm). Where it
// is missing, Locate skips the test, or fails it under
// CANDOR_REQUIRE_C2PA_WASM=1. One Node process verifies many files, so
// callers batch their files into one call.
package c2paofficial

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance"
)

//go:embed c2pa_verify.mjs
var script []byte

// ErrNotInstalled is returned by Find when the verifier cannot run here.
var ErrNotInstalled = errors.New("official C2PA verifier not installed")

// Timeout bounds one Node process.
const Timeout = 3 * time.Minute

// Verifier is a located install: the folder holding
// node_modules/@contentauth/c2pa-wasm and the node binary.
type Verifier struct {
	Dir  string
	Node string
}

// Result is what the official verifier says of one file.
type Result struct {
	File              string   `json:"file"`
	ValidationState   string   `json:"validation_state"` // Trusted, Valid, Invalid, NoManifest or Error
	Failure           []string `json:"failure"`
	Codes             []string `json:"codes"`
	DigitalSourceType string   `json:"digital_source_type"`
	ActiveManifest    string   `json:"active_manifest"`
	MS                float64  `json:"ms"` // mean wall time of one verification, after a warm-up
	Error             string   `json:"error"`
	// Actions and Generation are the active manifest's actions and its
	// ai.candor.generation data, as the official SDK decodes them.
	Actions    []provenance.Action `json:"actions"`
	Generation json.RawMessage     `json:"generation"`
}

// Options are the verifier's settings for one run.
type Options struct {
	// Anchors is a PEM file of trust anchors given as user_anchors; "" for none.
	Anchors string
	// Repeat is how many timed verifications follow the warm-up (at least 1).
	Repeat int
}

// Find locates the install from the environment, or says why it cannot run
// (wrapping ErrNotInstalled).
func Find() (Verifier, error) {
	dir := os.Getenv("CANDOR_C2PA_WASM_DIR")
	if dir == "" {
		return Verifier{}, fmt.Errorf("%w: CANDOR_C2PA_WASM_DIR is not set (make c2pa-wasm)", ErrNotInstalled)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@contentauth", "c2pa-wasm", "pkg", "c2pa_bg.wasm")); err != nil {
		return Verifier{}, fmt.Errorf("%w: c2pa-wasm is not installed in %s", ErrNotInstalled, dir)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return Verifier{}, fmt.Errorf("%w: node is not installed", ErrNotInstalled)
	}
	return Verifier{Dir: dir, Node: node}, nil
}

// Locate is Find for a test: it skips where the verifier is missing, and
// fails instead under CANDOR_REQUIRE_C2PA_WASM=1.
func Locate(t testing.TB) Verifier {
	t.Helper()
	v, err := Find()
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), ErrNotInstalled.Error()+": ")
		if os.Getenv("CANDOR_REQUIRE_C2PA_WASM") == "1" {
			t.Fatalf("CANDOR_REQUIRE_C2PA_WASM=1 but %s", msg)
		}
		t.Skip(msg)
	}
	return v
}

// Run verifies files in one Node process and returns the results keyed by
// base name (so the names must differ).
func (v Verifier) Run(ctx context.Context, opts Options, files ...string) (map[string]Result, error) {
	if len(files) == 0 {
		return map[string]Result{}, nil
	}
	seen := map[string]bool{}
	for _, f := range files {
		if seen[filepath.Base(f)] {
			return nil, fmt.Errorf("two files named %s", filepath.Base(f))
		}
		seen[filepath.Base(f)] = true
	}
	tmp, err := os.MkdirTemp("", "c2paofficial")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	js := filepath.Join(tmp, "c2pa_verify.mjs")
	if err := os.WriteFile(js, script, 0o600); err != nil {
		return nil, err
	}
	args := []string{js, "--wasm-dir", v.Dir, "--repeat", strconv.Itoa(max(opts.Repeat, 1))}
	if opts.Anchors != "" {
		args = append(args, "--anchors", opts.Anchors)
	}
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, v.Node, append(args, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("official verifier: %w\n%s", err, stderr.String())
	}
	return parse(out, len(files))
}

// parse reads the script's output: one JSON object per file, one a line.
func parse(out []byte, want int) (map[string]Result, error) {
	res := map[string]Result{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("official verifier output %q: %w", sc.Text(), err)
		}
		res[filepath.Base(r.File)] = r
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("official verifier output: %w", err)
	}
	if len(res) != want {
		return nil, fmt.Errorf("official verifier answered for %d of %d files\n%s", len(res), want, out)
	}
	return res, nil
}

// Verify is Run for a test, failing it on error.
func (v Verifier) Verify(t testing.TB, opts Options, files ...string) map[string]Result {
	t.Helper()
	res, err := v.Run(context.Background(), opts, files...)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// VerifyBytes writes each named file into a temporary folder and verifies
// them all in one run.
func (v Verifier) VerifyBytes(t testing.TB, opts Options, files map[string][]byte) map[string]Result {
	t.Helper()
	tmp := t.TempDir()
	var paths []string
	for name, b := range files {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return v.Verify(t, opts, paths...)
}

// VerifyFile locates the verifier (skipping as Locate does) and verifies
// one file.
func VerifyFile(t testing.TB, file, anchors string) Result {
	t.Helper()
	return Locate(t).Verify(t, Options{Anchors: anchors}, file)[filepath.Base(file)]
}
