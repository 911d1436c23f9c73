package bias_test

import (
	"context"
	"testing"

	"github.com/candor-ai/candor/pipeline/bias"
)

func builtinToyWorld(tb testing.TB) *bias.ToyWorld {
	tb.Helper()
	r, err := bias.LoadToyWorld("../../models/builtin")
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func toySamples(tb testing.TB) []bias.Labelled {
	tb.Helper()
	s, err := bias.ToyWorldSamples()
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestToyWorldAccuracy is the ground-truth gate: on the committed
// toy-world pictures (drawn by toyworld.py's own renderer, labels known)
// the built-in model's reader reads every attribute at least 95% right.
// Run with -v for the confusion matrices (copied to README.md).
func TestToyWorldAccuracy(t *testing.T) {
	samples := toySamples(t)
	if len(samples) != 440 {
		t.Fatalf("%d samples, want 440 (400 people, 40 shapes)", len(samples))
	}
	acc, err := bias.Evaluate(context.Background(), builtinToyWorld(t), samples)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + acc.String())
	if len(acc.Attributes) != 3 {
		t.Fatalf("%d attributes, want skin_tone, hair, attire", len(acc.Attributes))
	}
	for _, a := range acc.Attributes {
		if a.N != len(samples) {
			t.Errorf("%s: %d labelled, want %d", a.Attribute, a.N, len(samples))
		}
		if a.Accuracy < 0.95 {
			t.Errorf("%s: accuracy %.3f < 0.95", a.Attribute, a.Accuracy)
		}
	}
}
