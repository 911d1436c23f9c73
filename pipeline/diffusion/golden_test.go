package diffusion

import (
	"flag"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/candor-ai/candor/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

// TestGolden pins what the tiny model draws for a fixed request with each
// scheduler, so a change to the random numbers, a scheduler or guidance
// shows up as a diff to review. A level of slack allows for ONNX Runtime's
// CPU-specific kernels; refresh with go test -run TestGolden -update.
func TestGolden(t *testing.T) {
	p := tiny(t)
	for _, s := range []string{"ddim", "euler", "euler_a", "dpmpp_2m"} {
		t.Run(s, func(t *testing.T) {
			res := gen(t, p, pipeline.Request{Prompt: "a red square on a blue background",
				NegativePrompt: "a dog", Seed: 2026, Scheduler: s, Steps: 12, Width: 64, Height: 48})
			got := res.Images[0].Pixels
			path := filepath.Join("testdata", "golden_"+s+".png")
			if *update {
				f, err := os.Create(path)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := png.Encode(f, got); err != nil {
					t.Fatal(err)
				}
				return
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			if img.Bounds() != got.Bounds() {
				t.Fatalf("golden is %v, got %v", img.Bounds(), got.Bounds())
			}
			want := image.NewNRGBA(img.Bounds())
			draw.Draw(want, want.Bounds(), img, image.Point{}, draw.Src)
			if d := maxDiff(got, want); d > 1 {
				t.Errorf("differs from %s by %d levels", path, d)
			}
		})
	}
}
