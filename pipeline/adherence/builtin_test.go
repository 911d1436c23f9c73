package adherence_test

import (
	"context"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/pipeline/adherence"
	"github.com/candor-ai/candor/pipeline/diffusion"
)

// TestBuiltinModelAdherence generates every held-out caption once (seed 0) with the built-in
// model through the Go pipeline and checks the targets: colour >= 95%, position >= 90%,
// shape >= 80% at the model's default steps and guidance. It needs the ONNX Runtime library
// (CANDOR_ORT_LIB); without it the test skips, unless CANDOR_REQUIRE_ORT=1.
func TestBuiltinModelAdherence(t *testing.T) {
	lib := orttest.Lib(t)
	ctx := context.Background()
	p, err := diffusion.Load(ctx, diffusion.Config{Dir: "../../models/builtin", LibPath: lib, Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	rep, err := adherence.Evaluate(ctx, p, adherence.Options{Seeds: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep)
	for _, m := range rep.Misses {
		t.Logf("miss: %q seed %d read as %+v", m.Caption.Text, m.Seed, m.Got)
	}
	if rep.N != len(adherence.HeldOut()) || rep.Steps != 20 || rep.Guidance != 5 {
		t.Fatalf("report %v: want every held-out caption at 20 steps, guidance 5", rep)
	}
	if rep.ColourAccuracy() < 0.95 || rep.PositionAccuracy() < 0.90 || rep.ShapeAccuracy() < 0.80 {
		t.Errorf("below target (colour 0.95, position 0.90, shape 0.80): %v", rep)
	}
}
