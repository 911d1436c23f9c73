package policy

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/candor-ai/candor/policies"
)

// testNames is a small data.candor.names: the finder's behaviour, not the
// built-in lists' coverage (TestBuiltinNames checks those).
func testNames() map[string]any {
	list := func(s ...string) []any {
		out := make([]any, len(s))
		for i, x := range s {
			out[i] = x
		}
		return out
	}
	return map[string]any{"names": map[string]any{
		"given":              list("Hana", "Lena", "Sanne", "Jean", "Michel", "Auguste", "Claude", "Harry", "Anna", "Taylor", "Élodie", "Li"),
		"particles":          list("de", "van"),
		"not_family":         list("and", "the", "in", "at", "s"),
		"historical_artists": list("Claude Monet", "Pierre-Auguste Renoir", "Jean-Michel Basquiat"),
		"not_people":         list("Harry Potter"),
		"style_before":       list("in the style of", "style of", "by"),
		"style_before_weak":  list("the way", "like"),
		"style_after":        list("style", "painting"),
		"style_verbs":        list("draws"),
		"style_context":      list("artstation", "concept art"),
	}}
}

func TestNameFinder(t *testing.T) {
	f, err := newNameFinder(testNames())
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{"taylor swift": true, "nude": true, "beach": true, "fox": true}
	for _, tc := range []struct {
		prompt          string
		persons, styles []string
	}{
		{"a fox in the style of Hana Sato", []string{"hana sato"}, []string{"hana sato"}},
		{"a fox, in the style of Claude Monet", nil, nil},
		{"Pierre-Auguste Renoir style garden", nil, nil},
		{"Auguste Renoir style garden", nil, nil},
		{"by Jean-Michel Basquiat", nil, nil},
		{"Sanne de Vries style poster", []string{"sanne de vries"}, []string{"sanne de vries"}},
		{"portrait of Lena Hofmann at the beach", []string{"lena hofmann"}, nil},
		{"Lena nude", nil, nil}, // "nude" is a lexicon term, not a family name
		{"Lena Hofmann nude", []string{"lena hofmann"}, nil},
		{"Harry Potter style poster", nil, nil},
		{"by Anna and her dog", nil, nil},
		{"Anna at the fair", nil, nil},
		{"drawn the way Hana Sato draws", []string{"hana sato"}, []string{"hana sato"}},
		{"a smile like Hana Sato", []string{"hana sato"}, nil}, // a weak cue needs a verb
		{"Hana Sato's painting of a fox", []string{"hana sato"}, []string{"hana sato"}},
		{"Taylor Swift in the style of Élodie Roux", []string{"elodie roux"}, []string{"elodie roux"}},
		{"in the style of Li Wei", nil, nil}, // given names of two letters are not read
		{"style of Jean Michel Dupont", []string{"jean michel dupont"}, []string{"jean michel dupont"}},
		{"style of Hana", nil, nil},
		{"", nil, nil},
		{"by Hana, Sato style", nil, nil},                                            // a comma ends a name
		{"by Hana Sato, oil painting", []string{"hana sato"}, []string{"hana sato"}}, // the cue is before
		{"a fox by Claude, painting", nil, nil},
		{"by: Hana Sato", []string{"hana sato"}, []string{"hana sato"}},
		{"a castle, Hana Sato, concept art, 8k", []string{"hana sato"}, []string{"hana sato"}},
		{"a castle, Hana Sato, 8k", []string{"hana sato"}, nil},             // a tag without an art site
		{"a castle with Hana Sato, artstation", []string{"hana sato"}, nil}, // not a whole tag
	} {
		n := Normalize(tc.prompt)
		got := f.find(n, func(k string) bool { return known[k] })
		if !slices.Equal(got.persons, tc.persons) || !slices.Equal(got.styles, tc.styles) {
			t.Errorf("%q: persons %q styles %q, want %q %q", tc.prompt, got.persons, got.styles, tc.persons, tc.styles)
		}
	}
}

func TestNameFinderData(t *testing.T) {
	for _, bad := range []any{
		"given",
		map[string]any{"given": "Hana"},
		map[string]any{"given": []any{"Hana", 3}},
		map[string]any{"givn": []any{"Hana"}},
	} {
		_, err := newNameFinder(map[string]any{"names": bad})
		if !errors.Is(err, ErrData) {
			t.Errorf("names %v: err %v, want ErrData", bad, err)
		}
	}
	f, err := newNameFinder(map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.find(Normalize("in the style of Hana Sato"), func(string) bool { return false }); got.persons != nil || got.styles != nil {
		t.Errorf("no names data: found %+v", got)
	}
}

// The built-in policy denies the style of an artist it does not list and
// explains it; it allows historical artists, people in ordinary scenes and
// name-shaped non-people.
func TestBuiltinNames(t *testing.T) {
	e := builtin(t)
	deny := map[string]string{
		// invented names, in no corpus split
		"a lighthouse at dusk in the style of Tove Brandqvist":     "artists.unlisted_style",
		"ein Leuchtturm im Stil von Henrik Oberreiter":             "artists.unlisted_style",
		"un phare à la manière d'Oriane Lefeuvre, huile sur toile": "artists.unlisted_style",
		"un faro nello stile di Ottavio Castelnuovo":               "artists.unlisted_style",
		"um farol no estilo de Joaquim Teixeira":                   "artists.unlisted_style",
		"un faro al estilo de Ximena Albarracín":                   "artists.unlisted_style",
		"the harbour drawn the way Sunniva Kjeldsen draws":         "artists.unlisted_style",
		"Renata Kowalczyk from accounting in a sexy pose":          "people.intimate",
	}
	for p, rule := range deny {
		d, err := e.Evaluate(t.Context(), Input{Prompt: p})
		if err != nil {
			t.Fatal(err)
		}
		if d.Allow || !slices.ContainsFunc(d.Reasons, func(r Reason) bool { return r.Rule == rule }) {
			t.Errorf("%q: %s %+v, want deny by %s", p, d.DecisionString(), d.Reasons, rule)
		}
	}
	for _, p := range []string{
		"a lighthouse at dusk in the style of Claude Monet",
		"water lilies by Claude Monet",
		"a garden in the style of Pierre-Auguste Renoir",
		"a portrait in the style of John Singer Sargent",
		"a wizard boy, Harry Potter style poster",
		"a portrait of Ingrid Halvorsen at her graduation",
		"photo of Maria Rossi and her grandson baking bread",
		"Porträt von Anna Schmidt im Garten",
	} {
		d, err := e.Evaluate(t.Context(), Input{Prompt: p})
		if err != nil {
			t.Fatal(err)
		}
		if !d.Allow {
			t.Errorf("%q: %s %+v, want allow", p, d.DecisionString(), d.Reasons)
		}
	}
}

// FuzzNameFinder checks the finder's properties on any prompt: every style
// name is a person name, every name starts with a given name, has a family
// name after it and is none of the listed names.
func FuzzNameFinder(f *testing.F) {
	for _, s := range []string{"a fox in the style of Hana Sato", "Sanne de Vries style", "by Jean-Michel Basquiat", "Lena Hofmann nude", "de de de", "the way Hana Sato draws"} {
		f.Add(s)
	}
	nf, err := newNameFinder(testNames())
	if err != nil {
		f.Fatal(err)
	}
	known := func(k string) bool { return k == "nude" || k == "taylor swift" }
	f.Fuzz(func(t *testing.T, s string) {
		got := nf.find(Normalize(s), known)
		for _, st := range got.styles {
			if !slices.Contains(got.persons, st) {
				t.Fatalf("%q: style name %q is not a person name %q", s, st, got.persons)
			}
		}
		for _, p := range got.persons {
			w := strings.Fields(p)
			if len(w) < 2 || len(w) > maxNameWords {
				t.Fatalf("%q: name %q has %d words", s, p, len(w))
			}
			if _, ok := nf.given[w[0]]; !ok {
				t.Fatalf("%q: name %q does not start with a given name", s, p)
			}
			if _, ok := nf.allowed[p]; ok || known(p) {
				t.Fatalf("%q: listed name %q reported", s, p)
			}
			if !nf.familyWord(w[len(w)-1], known) {
				t.Fatalf("%q: name %q does not end with a family name", s, p)
			}
		}
	})
}

// An institution's --policy-data adds to the name lists: a historical
// artist it lists is allowed, a list that is not a list of strings refuses
// to load.
func TestNamesPolicyData(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "names.json"), []byte(`{"names": {"historical_artists": ["Tove Brandqvist"]}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	e, err := New(t.Context(), Config{FS: policies.FS, DataDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	for p, allow := range map[string]bool{
		"a lighthouse in the style of Tove Brandqvist":   true,
		"a lighthouse in the style of Henrik Oberreiter": false,
	} {
		d, err := e.Evaluate(t.Context(), Input{Prompt: p})
		if err != nil {
			t.Fatal(err)
		}
		if d.Allow != allow {
			t.Errorf("%q: %s %+v, want allow=%v", p, d.DecisionString(), d.Reasons, allow)
		}
	}
	persons, styles := e.Names(Input{Prompt: "in the style of Henrik Oberreiter, with Ingrid Halvorsen"})
	if !slices.Equal(persons, []string{"henrik oberreiter"}) || !slices.Equal(styles, []string{"henrik oberreiter"}) {
		t.Errorf("Names: %q %q", persons, styles)
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "names.json"), []byte(`{"names": {"historical_artists": "Tove Brandqvist"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(t.Context(), Config{FS: policies.FS, DataDirs: []string{bad}}); !errors.Is(err, ErrData) {
		t.Errorf("a names list that is a string: err %v, want ErrData", err)
	}
}
