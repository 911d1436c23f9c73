package policy

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names the lexicon does not list. The lexicon knows 174 living artists and
// a few hundred public figures by name; a prompt that asks for the style of
// an artist it does not list ("in the style of Hana Sato"), or for sexual
// imagery of a named private person ("Lena Hofmann in a sexy pose"), named
// nobody it knew. nameFinder reads a person's name by its shape instead: a
// given name from data.candor.names.given followed by a family name (a word
// that is not a function word and not a lexicon term), optionally with
// particles ("Sanne de Vries", "Jan van Eyck") and a second given name
// ("Jean Michel Basquiat"). A name that data.candor.names lists as a
// historical artist or as not a person ("Claude Monet", "Harry Potter"), or
// that the lexicon already knows (a listed living artist or public figure),
// is not reported: the lexicon's own rules cover the known ones.
//
// Two facts come out, as input fields beside input.classes (they are not
// lexicon classes, so the classifier's features do not change):
//
//   - input.person_names: the names found anywhere in the prompt;
//   - input.style_names: those of them in a style frame: after a cue such as
//     "in the style of", "art by", "im Stil von", "à la manière de" or
//     "nello stile di", before a word such as "style", "Stil", "painting",
//     or after a weak cue ("the way", "wie", "como") when a verb of drawing
//     or painting follows the name ("the way Hana Sato draws").
//
// Rego turns them into the signals person_name and unlisted_artist.

// maxNameWords bounds a name: two given names, two particles, a family name.
const maxNameWords = 5

// nameFinder is built once per compiled policy from data.candor.names.
type nameFinder struct {
	given     map[string]struct{}
	particles map[string]struct{}
	notFamily map[string]struct{} // function words: never a family name
	allowed   map[string]struct{} // historical artists and name-shaped non-people, as keys
	before    [][]string          // strong cues before a name, longest first
	weak      [][]string          // cues that need a verb after the name
	after     map[string]struct{} // words after a name that make it a style
	verbs     map[string]struct{} // drawing and painting verbs, for weak cues
	context   [][]string          // art-site words: a name that is a whole tag is a style
	longest   int                 // the longest allowed name, in words
}

// nameLists are the keys of data.candor.names, all lists of strings.
var nameLists = []string{
	"given", "particles", "not_family", "historical_artists", "not_people",
	"style_before", "style_before_weak", "style_after", "style_verbs", "style_context",
}

// newNameFinder reads data.candor.names. Missing lists are empty; a list that
// is not a list of strings is an error, so a broken --policy-data file does
// not silently switch the check off.
func newNameFinder(candor map[string]any) (*nameFinder, error) {
	raw, ok := candor["names"]
	if !ok {
		return &nameFinder{}, nil
	}
	obj, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: data.candor.names must be an object", ErrData)
	}
	lists := map[string][]string{}
	for k, v := range obj {
		if !slices.Contains(nameLists, k) {
			return nil, fmt.Errorf("%w: data.candor.names.%s: unknown list (known: %s)", ErrData, k, strings.Join(nameLists, ", "))
		}
		arr, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("%w: data.candor.names.%s must be a list of strings", ErrData, k)
		}
		for _, x := range arr {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("%w: data.candor.names.%s must be a list of strings", ErrData, k)
			}
			if key := Key(s); key != "" {
				lists[k] = append(lists[k], key)
			}
		}
	}
	set := func(names ...string) map[string]struct{} {
		out := map[string]struct{}{}
		for _, n := range names {
			for _, k := range lists[n] {
				out[k] = struct{}{}
			}
		}
		return out
	}
	seqs := func(name string) [][]string {
		var out [][]string
		seen := map[string]bool{}
		for _, k := range lists[name] {
			if !seen[k] {
				seen[k] = true
				out = append(out, strings.Split(k, " "))
			}
		}
		// longest first, so "in the style of" wins over "style of"
		slices.SortStableFunc(out, func(a, b []string) int { return len(b) - len(a) })
		return out
	}
	f := &nameFinder{
		given:     map[string]struct{}{},
		particles: set("particles"),
		notFamily: set("not_family"),
		allowed:   set("historical_artists", "not_people"),
		before:    seqs("style_before"),
		weak:      seqs("style_before_weak"),
		after:     set("style_after"),
		verbs:     set("style_verbs"),
		context:   seqs("style_context"),
	}
	for _, k := range lists["given"] {
		// a given name is one word; "jean luc" is two given names
		for _, w := range strings.Split(k, " ") {
			if utf8.RuneCountInString(w) > 2 {
				f.given[w] = struct{}{}
			}
		}
	}
	// the end of a listed name is listed too: "auguste renoir" of "pierre
	// auguste renoir", "michel basquiat" of "jean michel basquiat"
	for k := range f.allowed {
		w := strings.Split(k, " ")
		f.longest = max(f.longest, len(w))
		for i := 1; i+2 <= len(w); i++ {
			f.allowed[strings.Join(w[i:], " ")] = struct{}{}
		}
	}
	return f, nil
}

// foundNames are the two facts for one prompt.
type foundNames struct {
	persons []string // input.person_names
	styles  []string // input.style_names
}

// find reads the names in n.Collapsed. known reports whether a key is a
// lexicon term (a listed person or artist, or any other term). A name and
// the word after it that makes it a style are read only within a phrase:
// a wide gap (", ", ": ") ends the name.
func (f *nameFinder) find(n Normalized, known func(string) bool) foundNames {
	var out foundNames
	if f == nil || len(f.given) == 0 {
		return out
	}
	toks, wide := n.Collapsed, n.collapsedWide
	if len(wide) != len(toks) {
		wide = make([]bool, len(toks))
	}
	// whether the prompt has a style_context word, read only once a name
	// fills a whole phrase (the rare case): 0 unknown, 1 yes, -1 no
	tags := 0
	// phrase by phrase: toks[a:b] has no wide gap inside
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && !wide[b] {
			b++
		}
		f.findPhrase(toks, a, b, &tags, known, &out)
		a = b
	}
	return out
}

// tagged reports whether toks has a style_context word, reading it once per
// prompt into *state (0 unknown, 1 yes, -1 no).
func (f *nameFinder) tagged(toks []string, state *int) bool {
	if *state == 0 {
		*state = -1
		if f.hasContext(toks) {
			*state = 1
		}
	}
	return *state > 0
}

// hasContext reports whether toks has a word of style_context ("artstation").
func (f *nameFinder) hasContext(toks []string) bool {
	for i := range toks {
		for _, c := range f.context {
			if endsWith(toks[:i+1], c) {
				return true
			}
		}
	}
	return false
}

// findPhrase reads the names in toks[a:b], a phrase; the cues before a name
// may reach back over the phrase's start ("by: Hana Sato"). When the prompt
// has a style_context word (*tags, see find), a name that is the whole
// phrase is a style too.
func (f *nameFinder) findPhrase(all []string, a, b int, tags *int, known func(string) bool, out *foundNames) {
	toks := all[:b]
	for i := a; i < b; i++ {
		if _, ok := f.given[toks[i]]; !ok {
			continue
		}
		end := f.nameEnd(toks, i, known)
		if end < 0 {
			continue
		}
		if f.listed(toks, i, end, known) {
			i = end - 1
			continue
		}
		name := strings.Join(toks[i:end], " ")
		out.persons = append(out.persons, name)
		if f.styleFrame(toks, i, end) || (i == a && end == b && f.tagged(all, tags)) {
			out.styles = append(out.styles, name)
		}
		i = end - 1
	}
}

// nameEnd returns the end (exclusive) of the name that starts with the given
// name at i, or -1 when no family name follows.
func (f *nameFinder) nameEnd(toks []string, i int, known func(string) bool) int {
	j := i + 1
	// a second given name: "jean michel basquiat", "anna maria schmidt"
	if j < len(toks) && j-i < maxNameWords-1 {
		if _, ok := f.given[toks[j]]; ok && j+1 < len(toks) && f.familyWord(toks[j+1], known) {
			j++
		}
	}
	// particles: "sanne de vries", "tamara de lempicka", "jan van der weyden"
	for j < len(toks) && j-i < maxNameWords-1 {
		if _, ok := f.particles[toks[j]]; !ok {
			break
		}
		j++
	}
	if j >= len(toks) || !f.familyWord(toks[j], known) {
		return -1
	}
	return j + 1
}

// familyWord reports whether w can be a family name: letters only, two or
// more of them, not a function word and not a lexicon term ("nude", "photo").
func (f *nameFinder) familyWord(w string, known func(string) bool) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if _, ok := f.notFamily[w]; ok {
		return false
	}
	if _, ok := f.particles[w]; ok {
		return false
	}
	return !known(w)
}

// listed reports whether the name toks[i:end], or a listed name that
// overlaps it (a given name the list starts with, "pierre auguste renoir"),
// is a historical artist, a name-shaped non-person or a lexicon term.
func (f *nameFinder) listed(toks []string, i, end int, known func(string) bool) bool {
	lo := max(0, i-2)
	for a := lo; a <= i; a++ {
		for b := end; b <= min(len(toks), end+2); b++ {
			if b-a > max(f.longest, maxNameWords) {
				continue
			}
			k := strings.Join(toks[a:b], " ")
			if _, ok := f.allowed[k]; ok {
				return true
			}
			if known(k) {
				return true
			}
		}
	}
	// the name itself or its first words as a lexicon term ("taylor swift")
	for b := i + 2; b <= end; b++ {
		k := strings.Join(toks[i:b], " ")
		if _, ok := f.allowed[k]; ok {
			return true
		}
		if known(k) {
			return true
		}
	}
	return false
}

// styleFrame reports whether the name toks[i:end] is in a style frame.
func (f *nameFinder) styleFrame(toks []string, i, end int) bool {
	for _, cue := range f.before {
		if endsWith(toks[:i], cue) {
			return true
		}
	}
	// "hana sato style", "hana sato s style", "a hana sato painting"
	for j := end; j < min(len(toks), end+2); j++ {
		if _, ok := f.after[toks[j]]; ok {
			return true
		}
		if toks[j] != "s" {
			break
		}
	}
	for _, cue := range f.weak {
		if !endsWith(toks[:i], cue) {
			continue
		}
		// "the way hana sato draws", "als hatte hana sato es gezeichnet"
		for j := end; j < min(len(toks), end+3); j++ {
			if _, ok := f.verbs[toks[j]]; ok {
				return true
			}
		}
	}
	return false
}

func endsWith(toks, cue []string) bool {
	if len(cue) == 0 || len(cue) > len(toks) {
		return false
	}
	off := len(toks) - len(cue)
	for k, w := range cue {
		if toks[off+k] != w {
			return false
		}
	}
	return true
}

// Names returns the names the policy reads in a prompt that its lexicon does
// not list (input.person_names) and those of them in a style frame
// (input.style_names), with the tenant's protected names counted as listed.
// cmd/policy-eval names prints them, to check an institution's name lists.
func (e *Engine) Names(in Input) (persons, styles []string) {
	c := e.cur.Load()
	n := c.find(Normalize(in.Prompt), tenantSet(in.TenantPolicy.ProtectedPeople), tenantSet(in.TenantPolicy.ProtectedArtists))
	return n.persons, n.styles
}

// find is the name finder with this policy's vocabulary and the tenant's
// names as the listed ones.
func (c *compiled) find(n Normalized, people, artists map[string]string) foundNames {
	return c.names.find(n, func(k string) bool {
		if _, ok := c.vocab[k]; ok {
			return true
		}
		if _, ok := people[k]; ok {
			return true
		}
		_, ok := artists[k]
		return ok
	})
}
