package adherence_test

import (
	"fmt"
	"image"
	"image/color"

	"github.com/candor-ai/candor/pipeline/adherence"
)

// A red square on the left of a blue picture, read back from its pixels.
func ExampleAnalyze() {
	img := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	for y := range 64 {
		for x := range 64 {
			c := color.NRGBA{30, 70, 220, 255} // blue
			if x >= 6 && x < 26 && y >= 22 && y < 42 {
				c = color.NRGBA{220, 30, 30, 255} // red
			}
			img.SetNRGBA(x, y, c)
		}
	}
	o := adherence.Analyze(img)
	fmt.Println(o.Colour, o.Shape, o.Position, o.Background)
	// Output: red square left blue
}

func ExampleHeldOut() {
	c := adherence.HeldOut()[0]
	fmt.Println(c.Text)
	// Output: a small red circle on the left on a yellow background
}
