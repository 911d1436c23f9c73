package bias_test

import (
	"context"
	"fmt"

	"github.com/candor-ai/candor/pipeline/bias"
)

// Reading a built-in model picture with the model's own reader and the
// face skin-tone reader, and measuring them on the embedded labelled set.
func Example() {
	tw, err := bias.LoadToyWorld("../../models/builtin")
	if err != nil {
		fmt.Println(err)
		return
	}
	readers, err := bias.Combine(tw, tw.SkinTone())
	if err != nil {
		fmt.Println(err)
		return
	}
	samples, err := bias.ToyWorldSamples()
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	got, err := readers.Read(ctx, samples[0].Image)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(samples[0].File, got["skin_tone"], got["hair"], got["attire"], got["ita"], got["monk"])
	acc, err := bias.Evaluate(ctx, readers, samples)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: lowest accuracy %.2f on %d pictures\n", acc.Reader, acc.Min(), acc.N)
	// Output:
	// person_000.png light short turnout very_light 4
	// toyworld+skintone-face: lowest accuracy 1.00 on 440 pictures
}
