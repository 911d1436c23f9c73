package bias

import (
	"embed"
	"fmt"
)

// toyWorldSet is the labelled set Evaluate measures the toy-world and
// skin-tone readers on, carried in the binary so that every report can
// state its readers' accuracy measured, not assumed (see
// testdata/toyworld/README.md for how it was drawn).
//
//go:embed testdata/toyworld/*.png testdata/toyworld/labels.json
var toyWorldSet embed.FS

// ToyWorldSetName describes the set ToyWorldSamples returns, for
// Accuracy.Set.
const ToyWorldSetName = "toyworld pictures drawn by training/bias_pictures.py (seed 20261201)"

// ToyWorldSamples returns the labelled toy-world pictures (people with
// their skin_tone, hair, attire, occupation and background, and pictures
// of shapes labelled Unknown), decoded afresh on each call.
func ToyWorldSamples() ([]Labelled, error) {
	s, err := LoadLabelled(toyWorldSet, "testdata/toyworld")
	if err != nil {
		return nil, fmt.Errorf("embedded toy-world set: %w", err)
	}
	return s, nil
}
