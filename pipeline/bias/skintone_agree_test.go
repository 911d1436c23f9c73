package bias_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
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

// TestGeneratedAccuracy measures the toy-world reader on pictures the
// built-in model generated (testdata/generated: 104 pictures of people and
// of shapes at guidance 1 and 5, labelled by eye, see its README.md). Blur
// and colour drift make these harder than toyworld.py's own pictures; the
// gate is lower (90%) because the set is small and its labels are one
// person's.
func TestGeneratedAccuracy(t *testing.T) {
	samples := generatedSamples(t)
	if len(samples) != 104 {
		t.Fatalf("%d samples, want 104", len(samples))
	}
	acc, err := bias.Evaluate(context.Background(), builtinToyWorld(t), samples)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + acc.String())
	for _, a := range acc.Attributes {
		if a.N != len(samples) || a.Accuracy < 0.90 {
			t.Errorf("%s: %d/%d, want at least 90%% of %d", a.Attribute, a.Correct, a.N, len(samples))
		}
	}
}

// crossTab is "label: reading=count ..." per toy-world skin_tone label.
func crossTab(t *testing.T, st bias.SkinTone, samples []bias.Labelled, attr string) (map[string]map[string]int, string) {
	t.Helper()
	tab := map[string]map[string]int{}
	for _, s := range samples {
		got, err := st.Read(context.Background(), s.Image)
		if err != nil {
			t.Fatal(err)
		}
		want := s.Labels["skin_tone"]
		if tab[want] == nil {
			tab[want] = map[string]int{}
		}
		tab[want][got[attr]]++
	}
	var b strings.Builder
	for _, l := range []string{"light", "medium", "dark", bias.Unknown} {
		var cells []string
		for k, n := range tab[l] {
			cells = append(cells, fmt.Sprintf("%s=%d", k, n))
		}
		sort.Strings(cells)
		fmt.Fprintf(&b, "  %s: %s\n", l, strings.Join(cells, " "))
	}
	return tab, b.String()
}

// TestSkinToneAgreement reads the labelled pictures with the generic
// skin-tone reader, on the face (ToyWorld.SkinTone) and on the whole
// picture, and compares with the toy world's skin classes. The expected
// ITA class and Monk shade of each toy-world skin colour are those of the
// colour itself (light 60 degrees very_light, Monk 4; medium 20 tan, 6;
// dark -42 dark, 8). On the face the toy world's own pictures must agree
// at least 95%; whole-picture readings are reported only: dark hair passes
// the skin rule and outvotes light skin (see SkinTone).
func TestSkinToneAgreement(t *testing.T) {
	tw := builtinToyWorld(t)
	expect := map[string][2]string{bias.Unknown: {bias.Unknown, bias.Unknown}}
	for _, c := range tw.Data().Attributes[0].Classes {
		lab := c.RGB.Lab()
		expect[c.Name] = [2]string{bias.ITAClass(bias.ITA(lab)), strconv.Itoa(bias.Monk(lab))}
	}
	if fmt.Sprint(expect) != "map[dark:[dark 8] light:[very_light 4] medium:[tan 6] unknown:[unknown unknown]]" {
		t.Errorf("expected mapping %v", expect)
	}
	for _, set := range []struct {
		name    string
		samples []bias.Labelled
		gate    bool
	}{{"toyworld", toySamples(t), true}, {"generated", generatedSamples(t), false}} {
		for _, st := range []bias.SkinTone{tw.SkinTone(), {}} {
			for k, attr := range []string{"ita", "monk"} {
				tab, text := crossTab(t, st, set.samples, attr)
				agree, n := 0, 0
				for label, row := range tab {
					for v, c := range row {
						n += c
						if v == expect[label][k] {
							agree += c
						}
					}
				}
				t.Logf("%s on %s, %s per skin_tone (agreement %d/%d):\n%s", st.Name(), set.name, attr, agree, n, text)
				if set.gate && st.Label != "" && float64(agree) < 0.95*float64(n) {
					t.Errorf("%s on %s: %s agrees %d/%d, want 95%%", st.Name(), set.name, attr, agree, n)
				}
			}
		}
	}
}
