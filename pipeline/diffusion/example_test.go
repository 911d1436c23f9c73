package diffusion_test

import (
	"context"
	"fmt"
	"image"
	"log/slog"
	"os"

	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/diffusion"
)

// Load a model once, then generate. The library path comes from the
// caller (cmd/candor resolves flag, config, CANDOR_ORT_LIB, cache).
func Example() {
	ctx := context.Background()
	p, err := diffusion.Load(ctx, diffusion.Config{
		Dir:     "models/builtin",
		LibPath: os.ExpandEnv("$HOME/.cache/candor/onnxruntime/1.30.0/libonnxruntime.so.1"),
		Logger:  slog.Default(),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer p.Close()
	res, err := p.Generate(ctx, pipeline.Request{
		Prompt:         "a red square on a blue background",
		NegativePrompt: "blurry",
		Seed:           42,
		N:              2,
	}, func(step, total int, _ func() (*image.NRGBA, error)) {
		fmt.Fprintf(os.Stderr, "\rstep %d/%d", step, total)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, im := range res.Images {
		fmt.Println(im.Seed, im.Pixels.Bounds())
	}
}
