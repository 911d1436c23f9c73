package policy

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// osaDistance is the optimal string alignment distance computed the
// textbook way (Damerau's four edits, no substring edited twice), the
// reference withinOneEdit is checked against.
func osaDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func TestWithinOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"taylor swift", "taylor swift", true},
		{"taylor swiftt", "taylor swift", true},
		{"emma watsn", "emma watson", true},
		{"jennifer lawrnece", "jennifer lawrence", true},
		{"rihana", "rihanna", true},
		{"tailor swift", "taylor swift", true},
		{"tailor swiftt", "taylor swift", false},
		{"", "a", true},
		{"ab", "ba", true},
		{"abc", "cab", false},
		{"abcd", "badc", false},
	} {
		if got := withinOneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, r.IntN(7))
		for i := range b {
			b[i] = "abc "[r.IntN(4)]
		}
		return string(b)
	}
	for range 20000 {
		a, b := word(), word()
		if got, want := withinOneEdit(a, b), osaDistance(a, b) <= 1; got != want {
			t.Fatalf("withinOneEdit(%q, %q) = %v, distance %d", a, b, got, osaDistance(a, b))
		}
	}
}

// TestEachDeletion checks the rolling hashes against the hashes of the
// strings built one by one.
func TestEachDeletion(t *testing.T) {
	hash := func(s string) uint64 {
		var h uint64
		for i := 0; i < len(s); i++ {
			h = h*hashBase + uint64(s[i])
		}
		return h
	}
	for _, s := range []string{"", "a", "ab", "taylor swift", strings.Repeat("x", maxFuzzyBytes)} {
		var got []uint64
		eachDeletion([]byte(s), func(h uint64) { got = append(got, h) })
		want := []uint64{hash(s)}
		for p := range len(s) {
			want = append(want, hash(s[:p]+s[p+1:]))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: hashes %v, want %v", s, got, want)
		}
	}
}

// TestNameFormsMatch: every listed name matches, as written, written
// together, and with its last letter doubled (unless that spelling is an
// ordinary look-alike or a term of its own).
func TestNameFormsMatch(t *testing.T) {
	c := builtin(t).cur.Load()
	m := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell}
	if len(c.spell.forms) < 500 {
		t.Fatalf("%d name forms, want the people and artists lists", len(c.spell.forms))
	}
	for _, f := range c.spell.forms {
		// Names of more words than MaxNgram match by a shorter alias only.
		if strings.Count(f.form, " ") < MaxNgram {
			if got := m.match(Normalize(f.form), nil); !slices.Contains(got, f.key) {
				t.Errorf("%q: match = %q, want %q", f.form, got, f.key)
			}
		}
		typo := f.form + f.form[len(f.form)-1:]
		if _, ok := c.spell.lookalikes[typo]; ok {
			continue
		}
		if _, ok := c.vocab[typo]; ok {
			continue
		}
		if got := fuzzyHits(m, typo); !slices.Contains(got, f.key) {
			t.Errorf("%q: fuzzy hits %q, want %q", typo, got, f.key)
		}
	}
}

// FuzzNameEdits checks the edit-distance matcher's two properties: a listed
// name edited once (a letter inserted, deleted, replaced, or two letters
// swapped) is found, unless the result is an ordinary look-alike or a term of
// its own; and whatever a prompt is, every name found is within one edit of
// one of its n-grams.
func FuzzNameEdits(f *testing.F) {
	f.Add("photo of taylor swiftt", uint(0), uint(3), uint8(0), byte('x'))
	f.Add("emma watsn and rihana", uint(7), uint(1), uint8(1), byte('e'))
	f.Add("people at a hockey game", uint(100), uint(5), uint8(2), byte('a'))
	f.Add("greg rutkowsky 0bama", uint(300), uint(2), uint8(3), byte('q'))
	f.Fuzz(func(t *testing.T, prompt string, which, pos uint, op uint8, letter byte) {
		c := builtin(t).cur.Load()
		m := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell}

		// Every name found is one edit from an n-gram of the prompt.
		n := Normalize(prompt)
		for _, key := range fuzzyHits(m, prompt) {
			if !nearNgram(n, key, c.spell.maxWords+1) {
				t.Fatalf("%q: %q is not within one edit of any n-gram", prompt, key)
			}
		}

		// A name edited once is found.
		form := c.spell.forms[which%uint(len(c.spell.forms))]
		s := form.form
		letter = 'a' + letter%26
		p := int(pos % uint(len(s)+1))
		var typo string
		switch op % 4 {
		case 0:
			typo = s[:p] + string(letter) + s[p:]
		case 1:
			if p == len(s) || s[p] == ' ' {
				return
			}
			typo = s[:p] + s[p+1:]
		case 2:
			if p == len(s) || s[p] == ' ' {
				return
			}
			typo = s[:p] + string(letter) + s[p+1:]
		case 3:
			if p+1 >= len(s) || s[p] == ' ' || s[p+1] == ' ' {
				return
			}
			typo = s[:p] + string(s[p+1]) + string(s[p]) + s[p+2:]
		}
		if Key(typo) != typo {
			return // a word of one letter, or none
		}
		if _, ok := c.spell.lookalikes[typo]; ok {
			return
		}
		if _, ok := c.vocab[typo]; ok {
			return
		}
		if got := fuzzyHits(m, typo); !slices.Contains(got, form.key) {
			t.Fatalf("%q (from %q): fuzzy hits %q", typo, form.form, got)
		}
	})
}

// nearNgram reports whether key, or key without spaces, is within one edit
// of an n-gram of up to maxWords words of n's token sequences.
func nearNgram(n Normalized, key string, maxWords int) bool {
	compact := strings.ReplaceAll(key, " ", "")
	for _, seq := range [][]string{n.Tokens, n.Collapsed, n.Alternate} {
		for i := range seq {
			for k := 1; k <= maxWords && i+k <= len(seq); k++ {
				g := strings.Join(seq[i:i+k], " ")
				if osaDistance(g, key) <= 1 || osaDistance(g, compact) <= 1 {
					return true
				}
			}
		}
	}
	return false
}

// BenchmarkMatchSpelling measures the term matcher on benchPrompts with and
// without the spelling index (partly spread letters, misspelt names).
func BenchmarkMatchSpelling(b *testing.B) {
	c := builtin(b).cur.Load()
	var ns []Normalized
	for _, in := range benchPrompts {
		ns = append(ns, Normalize(in.Prompt), Normalize(in.NegativePrompt))
	}
	for _, tc := range []struct {
		name  string
		spell *spellingIndex
	}{{"exact", nil}, {"spelling", c.spell}} {
		b.Run(tc.name, func(b *testing.B) {
			m := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: tc.spell}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_ = m.match(ns[i%len(ns)], nil)
				i++
			}
		})
	}
}
