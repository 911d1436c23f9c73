package bias_test

import (
	"context"
	"os"
	"testing"

	"github.com/candor-ai/candor/pipeline/bias"
)

func generatedSamples(tb testing.TB) []bias.Labelled {
	tb.Helper()
	s, err := bias.LoadLabelled(os.DirFS("testdata"), "generated")
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// crossTab counts the skin-tone reader's ita and monk readings per
// toy-world skin_tone label.
func crossTab(t *testing.T, st bias.SkinTone, samples []bias.Labelled) (ita, monk map[string]map[string]int) {
	t.Helper()
	ita, monk = map[string]map[string]int{}, map[string]map[string]int{}
	for _, s := range samples {
		got, err := st.Read(context.Background(), s.Image)
		if err != nil {
			t.Fatal(err)
		}
		want := s.Labels["skin_tone"]
		if ita[want] == nil {
			ita[want], monk[want] = map[string]int{}, map[string]int{}
		}
		ita[want][got["ita"]]++
		monk[want][got["monk"]]++
	}
	return ita, monk
}

func TestSkinToneAgreement(t *testing.T) {
	for _, set := range []struct {
		name    string
		samples []bias.Labelled
	}{{"toyworld", toySamples(t)}, {"generated", generatedSamples(t)}} {
		for _, st := range []bias.SkinTone{{}, builtinToyWorld(t).SkinTone()} {
			ita, monk := crossTab(t, st, set.samples)
			t.Logf("%s %s: ita per skin_tone %v", st.Name(), set.name, ita)
			t.Logf("%s %s: monk per skin_tone %v", st.Name(), set.name, monk)
		}
	}
}
