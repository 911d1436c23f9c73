package policy

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Misspellings that the exact term lookup misses (issue 10): words whose
// letters are partly spread ("n a ked", "und.r.e.s.s") and names of real
// people and living artists misspelt by one edit ("Taylor Swiftt", "Emma
// Watsn", "Greg Rutkowsky"). Both are resolved against the policy's own
// vocabulary, so they only ever add terms the data knows.

const (
	// maxJoinFragments bounds the run of fragments joined into one word.
	maxJoinFragments = 12
	// maxJoinBytes bounds the length of a joined word when there is no
	// vocabulary to prune with (a tenant's own names are in use).
	maxJoinBytes = 64

	// fuzzyMinWord is the fewest letters a one-word name (an alias such as
	// "rihanna") needs to be matched one edit away; shorter names have too
	// many ordinary neighbours ("messi" and "messy", "biden" and "bidet").
	// It must stay at least 7 for spellingIndex.ends.
	fuzzyMinWord = 7
	// fuzzyMinName is the fewest letters, spaces not counted, a name of
	// several words needs ("tim cook" has 7, "doja cat" 7, "elon musk" 8).
	fuzzyMinName = 8
	// maxFuzzyBytes is the longest name form the index holds; the rolling
	// hashes below work on the stack up to this length.
	maxFuzzyBytes = 64
)

// spellingIndex is built once per compiled policy from its vocabulary.
type spellingIndex struct {
	// joinPrefixes holds every prefix of every vocabulary key written
	// without spaces: a run of fragments that is none of them cannot grow
	// into a term.
	joinPrefixes map[string]struct{}

	// forms are the names matched one edit away: each key of class
	// named_person or named_artist with enough letters, and the same key
	// without its spaces ("taylorswift").
	forms []nameForm
	// deletions maps the hash of each form and of each form less one byte
	// to the forms (a deletion neighbourhood, as SymSpell builds): two
	// strings one edit apart share one of these.
	deletions map[uint64][]int32
	// deletionBits has bit h>>deletionShift set for every key h of
	// deletions: most lookups miss, and the bit says so without hashing.
	deletionBits []uint64
	// ends has, for each form's first three bytes (ends[0]) and last three
	// (ends[1], see endIndex), a bit for each length one edit can give the
	// form: one edit leaves one of the two in place in a string of seven or
	// more bytes, so an n-gram with neither is no name's misspelling.
	ends [2][27 * 27 * 27]uint64
	// nameWords are the words of the multi-word forms: an n-gram of two or
	// more words can only be one edit from a name if it shares a word.
	nameWords map[string]struct{}
	// lookalikes are ordinary words and phrases one edit from a listed name
	// (data.candor.name_lookalikes, "people" for Beeple, "hockey" for
	// Hockney): they are never read as the name.
	lookalikes map[string]struct{}
	// inflectable are the lexicon words read inside their inflected forms
	// (inflect.go).
	inflectable map[string]struct{}
	// terms and phrases are the lexicon and the benign phrases: the
	// word-form readings look their bases up in terms (wordforms.go), and an
	// n-gram known only as a word some phrase masks ("genitais") is still
	// read inflected (inflect.go).
	terms, phrases map[string][]string
	// wordLookalikes are the ordinary words the word-form readings leave
	// alone (wordforms.go, data.candor.word_lookalikes).
	wordLookalikes   map[string]struct{}
	minForm, maxForm int
	maxWords         int
}

type nameForm struct {
	form, key string
}

// hashBase is the multiplier of the polynomial rolling hash (odd, so that
// its powers modulo 2^64 do not vanish).
const hashBase = 0x100000001b3

func newSpellingIndex(vocab map[string]struct{}, lexicon, benign map[string][]string, lookalikes, wordLookalikes []string) *spellingIndex {
	s := &spellingIndex{
		wordLookalikes: map[string]struct{}{},
		terms:          lexicon,
		phrases:        benign,
		joinPrefixes:   map[string]struct{}{},
		deletions:      map[uint64][]int32{},
		deletionBits:   make([]uint64, 1<<(64-deletionShift)/64),
		nameWords:      map[string]struct{}{},
		lookalikes:     map[string]struct{}{},
		minForm:        maxFuzzyBytes,
	}
	for k := range vocab {
		w := strings.ReplaceAll(k, " ", "")
		for i := range w {
			if i > 0 {
				s.joinPrefixes[w[:i]] = struct{}{}
			}
		}
		s.joinPrefixes[w] = struct{}{}
	}
	for _, l := range lookalikes {
		if k := Key(l); k != "" {
			s.lookalikes[k] = struct{}{}
		}
	}
	for _, l := range wordLookalikes {
		if k := Key(l); k != "" {
			s.wordLookalikes[k] = struct{}{}
		}
	}
	for k, classes := range lexicon {
		if inflectable(k, classes) {
			if s.inflectable == nil {
				s.inflectable = map[string]struct{}{}
			}
			s.inflectable[k] = struct{}{}
		}
		if !fuzzyEligible(k, classes) {
			continue
		}
		s.addForm(k, k)
		if strings.Contains(k, " ") {
			s.addForm(strings.ReplaceAll(k, " ", ""), k)
			for _, w := range strings.Fields(k) {
				s.nameWords[w] = struct{}{}
			}
		}
		s.maxWords = max(s.maxWords, strings.Count(k, " ")+1)
	}
	return s
}

// isName reports the lexicon classes of a real person's or artist's name.
func isName(classes []string) bool {
	return slices.Contains(classes, "named_person") || slices.Contains(classes, "named_artist")
}

// fuzzyEligible reports a name matched one edit away.
func fuzzyEligible(key string, classes []string) bool {
	if !isName(classes) || len(key) > maxFuzzyBytes {
		return false
	}
	letters := utf8.RuneCountInString(key) - strings.Count(key, " ")
	if strings.Contains(key, " ") {
		return letters >= fuzzyMinName
	}
	return letters >= fuzzyMinWord
}

func (s *spellingIndex) addForm(form, key string) {
	id := int32(len(s.forms))
	s.forms = append(s.forms, nameForm{form: form, key: key})
	s.minForm = min(s.minForm, len(form))
	s.maxForm = max(s.maxForm, len(form))
	for n := len(form) - 1; n <= len(form)+1; n++ {
		s.ends[0][endIndex(form[:3])] |= lengthBit(n)
		s.ends[1][endIndex(form[len(form)-3:])] |= lengthBit(n)
	}
	eachDeletion([]byte(form), func(h uint64) {
		ids := s.deletions[h]
		if len(ids) == 0 || ids[len(ids)-1] != id {
			s.deletions[h] = append(ids, id)
		}
		s.deletionBits[h>>deletionShift/64] |= 1 << (h >> deletionShift % 64)
	})
}

// deletionShift keeps the top 20 bits of a hash for deletionBits (128 KiB).
const deletionShift = 44

// endIndex maps three bytes to one of 27^3 values: each letter a-z one of
// 26, any other byte the 27th.
func endIndex[S string | []byte](b S) int {
	k := 0
	for i := range 3 {
		c := 26
		if b[i] >= 'a' && b[i] <= 'z' {
			c = int(b[i] - 'a')
		}
		k = k*27 + c
	}
	return k
}

// lengthBit is the bit of ends for a string of n bytes.
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// mayBeNear reports whether b may be one edit from a form, see ends.
func (s *spellingIndex) mayBeNear(b []byte) bool {
	bit := lengthBit(len(b))
	return s.ends[0][endIndex(b[:3])]&bit != 0 || s.ends[1][endIndex(b[len(b)-3:])]&bit != 0
}

// eachDeletion calls f with the hash of b and of each string b less one
// byte, without building those strings. len(b) must be at most
// maxFuzzyBytes.
func eachDeletion(b []byte, f func(uint64)) {
	n := len(b)
	// pre[p] is the hash of b[:p]; suf[q] the hash of b[q:] weighted as in
	// the whole of b; pow[i] is hashBase^i.
	var pre, suf, pow [maxFuzzyBytes + 1]uint64
	pow[0] = 1
	for i := 1; i <= n; i++ {
		pow[i] = pow[i-1] * hashBase
	}
	for i := 0; i < n; i++ {
		pre[i+1] = pre[i]*hashBase + uint64(b[i])
	}
	for i := n - 1; i >= 0; i-- {
		suf[i] = suf[i+1] + uint64(b[i])*pow[n-1-i]
	}
	f(pre[n])
	for p := 0; p < n; p++ {
		// b without b[p]: the prefix shifted past the suffix's n-1-p bytes.
		f(pre[p]*pow[n-1-p] + suf[p+1])
	}
}

// withinOneEdit reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of two neighbouring bytes (optimal string
// alignment distance at most 1).
func withinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) < len(b) {
		return a[i:] == b[i+1:]
	}
	if a[i+1:] == b[i+1:] {
		return true
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

func closeLength(b []byte, s string) bool { return len(b)-len(s) <= 1 && len(s)-len(b) <= 1 }

// joinable reports whether a run of fragments may be read as one word: it
// mixes single letters and longer fragments, and one of its single letters
// is not an English word or clitic on its own ("a", "i", and the "s", "t",
// "d", "m" of "it's", "don't", "I'd", "I'm"), so that "it's ex" is not read
// as "sex" nor "there's a May" as "Theresa May". rare counts those letters.
func joinable(longs, rare int) bool {
	return longs > 0 && rare > 0
}

// rareSingle reports a fragment of one letter other than a, i, s, t, d, m.
func rareSingle(f string) bool {
	return len(f) == 1 && strings.IndexByte("aistdm", f[0]) < 0 || len(f) > 1 && utf8.RuneCountInString(f) == 1
}

// joinFragments adds the terms that runs of neighbouring fragments (across
// narrow gaps) spell when joined, see joinable.
func (m termMatcher) joinFragments(n Normalized, add func(string)) {
	fr, wide := n.fragments, n.fragmentWide
	prune := m.spell != nil && len(m.extra[0]) == 0 && len(m.extra[1]) == 0
	buf := make([]byte, 0, 64)
	for i := range fr {
		if fr[i] == "" {
			continue
		}
		buf = append(buf[:0], fr[i]...)
		longs, rare := 0, 0
		count := func(f string) {
			if utf8.RuneCountInString(f) > 1 {
				longs++
			} else if rareSingle(f) {
				rare++
			}
		}
		count(fr[i])
		for j := i + 1; j < len(fr) && j-i < maxJoinFragments && fr[j] != "" && !wide[j]; j++ {
			if prune {
				if _, ok := m.spell.joinPrefixes[string(buf)]; !ok {
					break
				}
			} else if len(buf) > maxJoinBytes {
				break
			}
			buf = append(buf, fr[j]...)
			count(fr[j])
			if !joinable(longs, rare) {
				continue
			}
			if t, ok := m.known(buf); ok {
				add(t)
			}
			for _, full := range m.compact[string(buf)] {
				add(full)
			}
		}
	}
}

// fuzzyNames adds the names (built-in and the tenant's) that an n-gram of
// the prompt misspells by one edit, see withinOneEdit. An n-gram that is a
// known term itself, or an ordinary look-alike, is never read as a name.
// add gets each name with the n-gram's place: its reading (an index into
// n.readings(), as in match) and its words [start, end).
func (m termMatcher) fuzzyNames(n Normalized, add func(key string, reading, start, end int)) {
	s := m.spell
	var tenant []string
	for _, x := range m.extra {
		for k := range x {
			if fuzzyEligible(k, []string{"named_person"}) {
				tenant = append(tenant, k, strings.ReplaceAll(k, " ", ""))
			}
		}
	}
	if s == nil || (len(s.forms) == 0 && len(tenant) == 0) {
		return
	}
	maxWords := s.maxWords
	for i := 0; i < len(tenant); i += 2 {
		maxWords = max(maxWords, strings.Count(tenant[i], " ")+1)
	}
	seqs, _ := n.readings()
	buf := make([]byte, 0, maxFuzzyBytes)
	var namedBuf [64]bool
	named := namedBuf[:0] // named[i]: seq[i] is a word of a multi-word name
	for r, seq := range seqs {
		named = slices.Grow(named[:0], len(seq))[:len(seq)]
		last := -1 // the last name word
		for i, t := range seq {
			_, named[i] = s.nameWords[t]
			if named[i] {
				last = i
			}
		}
		for i := range seq {
			buf = buf[:0]
			shared := false
			for k := 0; k <= maxWords && i+k < len(seq); k++ {
				if k > 0 && len(tenant) == 0 && last < i {
					break // no name word from here on: only one-word n-grams
				}
				if k > 0 {
					buf = append(buf, ' ')
				}
				buf = append(buf, seq[i+k]...)
				if len(buf) > maxFuzzyBytes {
					break
				}
				shared = shared || named[i+k]
				indexed := (k == 0 || shared) && len(buf) >= s.minForm-1 && len(buf) <= s.maxForm+1 && s.mayBeNear(buf)
				if !indexed && len(tenant) == 0 {
					continue
				}
				if _, ok := m.vocab[string(buf)]; ok {
					continue
				}
				if _, ok := s.lookalikes[string(buf)]; ok {
					continue
				}
				for j := 0; j < len(tenant); j += 2 {
					if closeLength(buf, tenant[j]) && withinOneEdit(string(buf), tenant[j]) ||
						k == 0 && closeLength(buf, tenant[j+1]) && withinOneEdit(string(buf), tenant[j+1]) {
						add(tenant[j], r, i, i+k+1)
					}
				}
				if !indexed {
					continue
				}
				eachDeletion(buf, func(h uint64) {
					if s.deletionBits[h>>deletionShift/64]&(1<<(h>>deletionShift%64)) == 0 {
						return
					}
					for _, id := range s.deletions[h] {
						if f := s.forms[id]; closeLength(buf, f.form) && withinOneEdit(string(buf), f.form) {
							add(f.key, r, i, i+k+1)
						}
					}
				})
			}
		}
	}
}
