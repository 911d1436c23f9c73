package diffusion_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/models"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/diffusion"
)

// TestMaterializedBuiltin loads the built-in model written out of the
// binary (models.MaterializeBuiltin) beside the checkout's copy: the file
// hashes that go into ModelInfo, and so into Content Credentials, the name
// and the pictures must be the same.
func TestMaterializedBuiltin(t *testing.T) {
	lib := orttest.Lib(t)
	dir, err := models.MaterializeBuiltin(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var ps []*diffusion.Pipeline
	for _, d := range []string{"../../models/builtin", dir} {
		p, err := diffusion.Load(ctx, diffusion.Config{Dir: d, LibPath: lib, Threads: 1})
		if err != nil {
			t.Fatal(err)
		}
		defer p.Close()
		ps = append(ps, p)
	}
	want, got := ps[0].Info(), ps[1].Info()
	if got.Name != want.Name || got.Name == "" {
		t.Errorf("name %q, checkout %q", got.Name, want.Name)
	}
	if len(got.Files) != len(want.Files) {
		t.Errorf("%d files hashed, checkout %d", len(got.Files), len(want.Files))
	}
	for k, v := range want.Files {
		if got.Files[k] != v {
			t.Errorf("%s: %s, checkout %s", k, got.Files[k], v)
		}
	}
	req := pipeline.Request{Prompt: "a red square", Seed: 3, Steps: 3}
	a, err := ps[0].Generate(ctx, req, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ps[1].Generate(ctx, req, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Images[0].Pixels.Pix, b.Images[0].Pixels.Pix) {
		t.Error("the materialised model draws a different picture")
	}
}
