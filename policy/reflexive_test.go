package policy

import (
	"slices"
	"testing"
)

var reflexiveCases = []evasionCase{
	{name: "themself", prompt: "a man touching themself in the shower, cinematic", rule: "explicit.sexual"},
	{name: "themselves", prompt: "a woman touching themselves on a bed, photo", rule: "explicit.sexual"},
	{name: "listed form", prompt: "a man touching himself in the shower, cinematic", rule: "explicit.sexual"},
	{name: "ordinary reflexive", prompt: "a child dressing themself for school, watercolour"},
}

func TestEvaluateReflexives(t *testing.T) { runEvasionCases(t, reflexiveCases) }

func TestReflexiveVariants(t *testing.T) {
	got := reflexiveVariants("touching herself sexually")
	want := []string{"touching himself sexually", "touching themself sexually", "touching themselves sexually"}
	if !slices.Equal(got, want) {
		t.Errorf("variants %q, want %q", got, want)
	}
	for _, k := range []string{"nude", "self harm", "her self", ""} {
		if v := reflexiveVariants(k); v != nil {
			t.Errorf("%q: variants %q, want none", k, v)
		}
	}
	// Every variant has the key's words but the pronoun, and the variants
	// of a variant are the key and the others: the set is closed.
	for _, v := range want {
		back := reflexiveVariants(v)
		if !slices.Contains(back, "touching herself sexually") || len(back) != len(reflexives)-1 {
			t.Errorf("%q: variants %q", v, back)
		}
	}
}

func TestAddReflexiveVariants(t *testing.T) {
	terms := map[string]any{
		"touching herself":  []any{"explicit"},
		"touching himself":  []any{"explicit", "x"},
		"touching themself": []any{"own"},
		"nude":              []any{"nudity"},
	}
	addReflexiveVariants(terms)
	if got := terms["touching themself"]; !slices.Equal(got.([]any), []any{"own"}) {
		t.Errorf("a listed variant's value replaced: %v", got)
	}
	// two keys give "touching themselves": the smaller key's value, whatever
	// the map order
	if got := terms["touching themselves"]; !slices.Equal(got.([]any), []any{"explicit"}) {
		t.Errorf("touching themselves = %v, want herself's", got)
	}
	if len(terms) != 5 {
		t.Errorf("%d keys, want 5: %v", len(terms), terms)
	}
	benign := map[string]any{"touching herself up": []any{"touching herself", "nude"}, "bad": "x"}
	addReflexiveTargets(benign)
	got := benign["touching herself up"].([]any)
	for _, w := range []any{"touching herself", "nude", "touching himself", "touching themself", "touching themselves"} {
		if !slices.Contains(got, w) {
			t.Errorf("masked terms %v lack %v", got, w)
		}
	}
	if len(got) != 5 || benign["bad"] != "x" {
		t.Errorf("benign = %v", benign)
	}
}

// TestReflexiveTerms: the built-in data has each listed reflexive phrase
// with every pronoun.
func TestReflexiveTerms(t *testing.T) {
	c := builtin(t).cur.Load()
	n := 0
	for k, classes := range c.lexicon {
		for _, v := range reflexiveVariants(k) {
			n++
			if _, ok := c.lexicon[v]; !ok {
				t.Errorf("%q %v listed, %q not", k, classes, v)
			}
		}
	}
	if n < 300 {
		t.Errorf("%d reflexive variants, want the lexicon's", n)
	}
}
