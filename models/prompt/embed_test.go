package prompt_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/candor-ai/candor/internal/sumcheck"
	"github.com/candor-ai/candor/models/prompt"
)

// TestHashes checks every committed file of models/prompt (and the embedded
// copies) against SHA256SUMS, and that no file is left out.
func TestHashes(t *testing.T) {
	sumcheck.Check(t, ".", prompt.SHA256SUMS(), []string{"model.onnx", "labels.json", "featurizer.json", "training_info.json", "MODEL_CARD.md"},
		"rerun training/prompt/train.py, or --sums-only after editing MODEL_CARD.md")
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
