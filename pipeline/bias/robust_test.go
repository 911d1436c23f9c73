package bias_test

import (
	"context"
	"image"
	"math/rand/v2"
	"testing"

	"github.com/candor-ai/candor/pipeline/bias"
)

// degrade blurs img with a 3x3 box filter and adds Gaussian noise of
// standard deviation sigma per channel (seeded), a rough stand-in for a
// diffusion model's blur and drift.
func degrade(img *image.NRGBA, sigma float64, rng *rand.Rand) *image.NRGBA {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			for c := range 3 {
				sum, n := 0.0, 0.0
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						xx, yy := x+dx, y+dy
						if xx < 0 || yy < 0 || xx >= w || yy >= h {
							continue
						}
						sum += float64(img.Pix[yy*img.Stride+xx*4+c])
						n++
					}
				}
				v := sum/n + sigma*rng.NormFloat64()
				out.Pix[y*out.Stride+x*4+c] = uint8(min(255, max(0, v+0.5)))
			}
			out.Pix[y*out.Stride+x*4+3] = 255
		}
	}
	return out
}

// TestToyWorldRobust: blurred and noisy copies of the toy-world pictures
// (noise sigma 12 of 255) still read at least 95% right per attribute.
func TestToyWorldRobust(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	samples := toySamples(t)
	for i := range samples {
		samples[i].Image = degrade(samples[i].Image, 12, rng)
	}
	acc, err := bias.Evaluate(context.Background(), builtinToyWorld(t), samples)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + acc.String())
	for _, a := range acc.Attributes {
		if a.Accuracy < 0.95 {
			t.Errorf("%s: accuracy %.3f < 0.95 on degraded pictures", a.Attribute, a.Accuracy)
		}
	}
}
