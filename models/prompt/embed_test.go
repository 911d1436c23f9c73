package prompt_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/candor-ai/candor/models/prompt"
)

// TestHashes checks every committed file of models/prompt (and the embedded
// copies) against SHA256SUMS, and that no file is left out.
func TestHashes(t *testing.T) {
	want := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(prompt.SHA256SUMS()))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("bad SHA256SUMS line %q", sc.Text())
		}
		want[name] = sum
	}
	for _, need := range []string{"model.onnx", "labels.json", "featurizer.json", "training_info.json", "MODEL_CARD.md"} {
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
			t.Errorf("%s: sha256 %x, SHA256SUMS says %s (rerun training/prompt/train.py, or --sums-only after editing MODEL_CARD.md)", n, h, sum)
		}
		delete(want, n)
	}
	for n := range want {
		t.Errorf("SHA256SUMS lists %s, which is missing", n)
	}
	for name, embedded := range map[string][]byte{"model.onnx": prompt.Model(), "labels.json": prompt.Labels(), "featurizer.json": prompt.Featurizer()} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, embedded) {
			t.Errorf("embedded %s differs from the file", name)
		}
	}
}

// TestSmall keeps the built-in model small enough to embed.
func TestSmall(t *testing.T) {
	if n := len(prompt.Model()); n > 8<<20 {
		t.Errorf("model.onnx is %d bytes; keep the built-in classifier under 8 MiB", n)
	}
	var labels []string
	if err := json.Unmarshal(prompt.Labels(), &labels); err != nil || len(labels) == 0 || labels[len(labels)-1] != "none" {
		t.Errorf("labels.json = %s (%v), want a list ending in none", prompt.Labels(), err)
	}
}
