package policy

import "bytes"

// Word forms the lexicon does not list (issue 10), read as the listed word
// in the n-gram's last word and in place, so that benign phrases mask it as
// they mask the word spelt as listed:
//
//   - doubledBase: a final a, i, o or u written twice, "nuaa" for pt "nua"
//     ("ee" ends French participles; "ss", "ll", "nn" German and English
//     words). It reads a word of doubledMinBase bytes or more, and reads
//     even a form the data lists: "nuaa" is listed, as a typo next to a
//     child only. (Runs of three or more letters are the normaliser's:
//     Collapsed reads "nuuude" as "nude".)
//   - undoubledBase: any letter written twice, "umbrinngen" for
//     "umbringen", "NNUDIFY" for "nudify", in a word the data does not know,
//     of undoubledMinBase bytes or more once undone.
//   - diminutiveBase: a Portuguese or Spanish diminutive, "forninho" for
//     "forno", "ropita" for "ropa", in a word the data does not know.
//
// Names are left to the fuzzy name reader (spelling.go). No word of the six
// languages' Debian word lists is read in any of these ways
// (data.candor.word_lookalikes, which TestWordLookalikes derives from them):
// "baisser" is not "baiser", "pollen" not "polen", "topples" not "toples",
// "camisinha" (a condom) not "camisa", and "nadinha" is left alone with them.
// Measured on val, train and the benign set (stop 29): see README.

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
	if n-start-1 < doubledMinBase || s.wordLookalike(g[start:]) {
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
			if s.wordLookalike(g[start:]) {
				return "", false
			}
			return string(b), true
		}
	}
	return "", false
}

// wordLookalike reports an ordinary word that the readings above would take
// for a listed one.
func (s *spellingIndex) wordLookalike(w []byte) bool {
	_, ok := s.wordLookalikes[string(w)]
	return ok
}

// diminutives are Portuguese and Spanish diminutive endings and the ending
// of the word they are made from ("forninho" from "forno", "ropita" from
// "ropa", "mujercita" from "mujer").
var diminutives = [][2]string{
	{"zinhos", "s"}, {"zinhas", "s"}, {"zinho", ""}, {"zinha", ""},
	{"inhos", "os"}, {"inhas", "as"}, {"inho", "o"}, {"inha", "a"},
	{"citos", "s"}, {"citas", "s"}, {"cito", ""}, {"cita", ""},
	{"itos", "os"}, {"itas", "as"}, {"ito", "o"}, {"ita", "a"},
}

// diminutiveMinBase is the fewest bytes of the word a diminutive is read as.
const diminutiveMinBase = 4

// diminutiveBase returns the lexicon term (not a name) that g is with its
// last word a diminutive of the term's, the longest ending first.
func (s *spellingIndex) diminutiveBase(g []byte) (string, bool) {
	if s == nil {
		return "", false
	}
	start := bytes.LastIndexByte(g, ' ') + 1
	var buf [128]byte
	for _, d := range diminutives {
		n := len(g) - len(d[0])
		if n < 0 || string(g[n:]) != d[0] || n-start+len(d[1]) < diminutiveMinBase || n+len(d[1]) > len(buf) {
			continue
		}
		base := append(append(buf[:0], g[:n]...), d[1]...)
		if classes, ok := s.terms[string(base)]; ok && !isName(classes) && !s.wordLookalike(g[start:]) {
			return string(base), true
		}
	}
	return "", false
}
