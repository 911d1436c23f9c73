package policy

import "bytes"

// Doubled letters (issue 10). Runs of three or more letters are the
// normaliser's (Collapsed reads "nuuude" as "nude"); a letter written twice
// is left to the term matcher, because natural words have them. Two readings
// take a listed word out of a doubled letter, each in its n-gram's last word
// and in place, so benign phrases mask the word as they mask it spelt right:
//
//   - doubledBase: a final a, i, o or u written twice, "nuaa" for pt "nua"
//     ("ee" ends French participles; "ss", "ll", "nn" German and English
//     words). It reads a word of doubledMinBase bytes or more, and reads
//     even a form the data lists: "nuaa" is listed, as a typo next to a
//     child only.
//   - undoubledBase: any letter written twice, "umbrinngen" for
//     "umbringen", "NNUDIFY" for "nudify", in a word the data does not know,
//     of undoubledMinBase bytes or more once undone.
//
// Names are left to the fuzzy name reader (spelling.go). No word of the
// six languages' Debian word lists is read either way
// (data.candor.doubled_lookalikes, which TestDoubledLookalikes derives from
// them): "baisser" is not "baiser", "pollen" not "polen", "topples" not
// "toples". On val: 475 -> 467 missed by rules and classifier together and
// 111 -> 110 false denials; train, rules alone: 578 -> 539 missed, the same
// 72 false denials; the benign set unchanged (stop 29).

// doubledMinBase is the fewest bytes of a word read under a doubled final
// vowel, undoubledMinBase under any other doubled letter.
const (
	doubledMinBase   = 3
	undoubledMinBase = 5
)

// doubledBase returns the lexicon term (not a name) that g is with the last
// letter of its last word, a vowel, written twice.
func (s *spellingIndex) doubledBase(g []byte) (string, bool) {
	n := len(g)
	if s == nil || n < doubledMinBase+1 || g[n-1] != g[n-2] {
		return "", false
	}
	if c := g[n-1]; c != 'a' && c != 'i' && c != 'o' && c != 'u' {
		return "", false
	}
	start := bytes.LastIndexByte(g, ' ') + 1
	if n-start-1 < doubledMinBase || s.doubledLookalike(g[start:]) {
		return "", false
	}
	if classes, ok := s.terms[string(g[:n-1])]; ok && !isName(classes) {
		return string(g[:n-1]), true
	}
	return "", false
}

// undoubledBase returns the lexicon term (not a name) that g is with one
// doubled letter of its last word written once, the first such from the
// left.
func (s *spellingIndex) undoubledBase(g []byte) (string, bool) {
	n := len(g)
	start := bytes.LastIndexByte(g, ' ') + 1
	var buf [128]byte
	if s == nil || n-start-1 < undoubledMinBase || n > len(buf) {
		return "", false
	}
	for i := start + 1; i < n; i++ {
		if g[i] != g[i-1] || g[i] < 'a' || g[i] > 'z' {
			continue
		}
		b := append(append(buf[:0], g[:i]...), g[i+1:]...)
		if classes, ok := s.terms[string(b)]; ok && !isName(classes) {
			if s.doubledLookalike(g[start:]) {
				return "", false
			}
			return string(b), true
		}
	}
	return "", false
}

// doubledLookalike reports an ordinary word that the readings above would
// take for a listed one.
func (s *spellingIndex) doubledLookalike(w []byte) bool {
	_, ok := s.doubledLookalikes[string(w)]
	return ok
}
