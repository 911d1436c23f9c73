package nsfw_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/candor-ai/candor/internal/sumcheck"
	"github.com/candor-ai/candor/models/nsfw"
)

// TestHashes checks every committed file of models/nsfw (and the embedded
// copy of the model) against SHA256SUMS, and that no file is left out.
func TestHashes(t *testing.T) {
	sumcheck.Check(t, ".", nsfw.SHA256SUMS(), []string{"model.onnx", "LICENSE", "MODEL_CARD.md"},
		"rerun training/nsfw/convert.py, or --sums-only models/nsfw after editing docs")
	h := sha256.Sum256(nsfw.Model())
	b, err := os.ReadFile("model.onnx")
	if err != nil {
		t.Fatal(err)
	}
	if h != sha256.Sum256(b) {
		t.Error("embedded model differs from model.onnx")
	}
}

func TestWriteFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	p, err := nsfw.WriteFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || !bytes.Equal(b, nsfw.Model()) {
		t.Fatalf("written file differs (%v)", err)
	}
	if p2, err := nsfw.WriteFile(dir); err != nil || p2 != p {
		t.Fatalf("second WriteFile = %q, %v", p2, err)
	}
	if err := os.WriteFile(p, []byte("other"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := nsfw.WriteFile(dir); !errors.Is(err, nsfw.ErrExists) {
		t.Fatalf("WriteFile over a different file = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "other" {
		t.Fatal("WriteFile overwrote a different file")
	}
}
