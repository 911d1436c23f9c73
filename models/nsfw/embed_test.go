package nsfw_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/candor-ai/candor/models/nsfw"
)

// TestHashes checks every committed file of models/nsfw (and the embedded
// copy of the model) against SHA256SUMS, and that no file is left out.
func TestHashes(t *testing.T) {
	want := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(nsfw.SHA256SUMS()))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("bad SHA256SUMS line %q", sc.Text())
		}
		want[name] = sum
	}
	for _, need := range []string{"model.onnx", "LICENSE", "MODEL_CARD.md"} {
		if _, ok := want[need]; !ok {
			t.Errorf("%s not in SHA256SUMS", need)
		}
	}
	ents, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || n == "SHA256SUMS" || strings.HasSuffix(n, ".go") || strings.HasPrefix(n, ".") {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		if sum, ok := want[n]; !ok {
			t.Errorf("%s is not listed in SHA256SUMS", n)
		} else if hex.EncodeToString(h[:]) != sum {
			t.Errorf("%s: sha256 %x, SHA256SUMS says %s (rerun training/nsfw/convert.py, or --sums-only models/nsfw after editing docs)", n, h, sum)
		}
		delete(want, n)
	}
	for n := range want {
		t.Errorf("SHA256SUMS lists %s, which is missing", n)
	}
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
