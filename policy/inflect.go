package policy

import (
	"bytes"
	"strings"
)

// Inflected forms (issue 10): the lexicon lists a word in one or two forms,
// and a prompt uses another: "Krawallen" for "krawalle", "heroisches" for
// "heroisch", "desnudándose" for "desnudando", "vestirsi" for "vestir". A word
// the data does not know, made of a known one and an inflectional ending or
// an enclitic pronoun of the six languages, is read as that word, in its
// place, so benign phrases mask it as they mask the word itself.
//
// Endings are added, never swapped ("plage" is not "plaga"), apart from a few
// regular plurals (inflectPlurals); the known word must have inflectMinBase letters or more ("viol" would read "viola",
// "orga" "organ"), and names are left to the name readers (spelling.go,
// names.go): "madonnas" is not the singer. On the validation split this
// caught 25 more of its 6,163 harmful prompts (502 -> 477 missed by rules
// and classifier together) with the same 111 false denials, and none more on
// the benign set (`policy-eval --split val`, 2026-12-07).
//
// A word that the data knows only as one that some benign phrase masks
// (maskedOnly: pt "genitais", which "aparelho genital" masks) is read
// inflected too (stop 29: one more val prompt caught, none more denied).
// Doubled letters have readings of their own (doubled.go).

// inflectMinBase is the fewest bytes of a known word read inside a longer one.
const inflectMinBase = 5

// inflectEndings are stripped, longest first, to find the known word:
// plural and case endings (en, de, fr, es, it, pt: "s", "es", "en", "ern",
// "e", "er", "em", "n", "ns", "a", "as", "o", "os", "i"), and the enclitic
// pronouns of Spanish and Italian written onto a verb ("se", "lo", "la",
// "le", "los", "las", "les", "me", "te", "si", "ci").
var inflectEndings = []string{
	"ern", "los", "las", "les",
	"es", "en", "er", "em", "ns", "as", "os", "se", "lo", "la", "le", "me", "te", "si", "ci",
	"s", "e", "n", "a", "o", "i",
}

// inflectPlurals are regular plurals that change the word's end rather than
// add to it (pt "genitais" for "genital", "explosões" for "explosão", es
// "luces" for "luz"): the plural ending and what it replaces.
var inflectPlurals = [][2]string{
	{"ais", "al"}, {"eis", "el"}, {"ois", "ol"}, {"oes", "ao"}, {"aes", "ao"}, {"ces", "z"},
}

// inflectable reports whether a lexicon key may be read with its last word
// inflected ("se matarem" for "se matar"): that word has inflectMinBase
// bytes or more, and the key is not a name.
func inflectable(key string, classes []string) bool {
	return len(key)-strings.LastIndexByte(key, ' ')-1 >= inflectMinBase && !isName(classes)
}

// inflectedBase returns the known term that the n-gram g is, its last word
// inflected.
func (s *spellingIndex) inflectedBase(g []byte) (string, bool) {
	if s == nil || len(s.inflectable) == 0 {
		return "", false
	}
	last := len(g) - bytes.LastIndexByte(g, ' ') - 1
	for _, e := range inflectEndings {
		n := len(g) - len(e)
		if last-len(e) < inflectMinBase || string(g[n:]) != e {
			continue
		}
		if s.has(string(g[:n])) {
			return string(g[:n]), true
		}
	}
	for _, p := range inflectPlurals {
		n := len(g) - len(p[0])
		if last-len(p[0])+len(p[1]) < inflectMinBase || string(g[n:]) != p[0] {
			continue
		}
		var buf [128]byte
		if n+len(p[1]) > len(buf) {
			continue
		}
		if base := append(append(buf[:0], g[:n]...), p[1]...); s.has(string(base)) {
			return string(base), true
		}
	}
	return "", false
}

// has reports an inflectable word.
func (s *spellingIndex) has(k string) bool {
	_, ok := s.inflectable[k]
	return ok
}

// maskedOnly reports a known n-gram that is neither a lexicon term nor a
// benign phrase, only a word that some phrase masks: pt "genitais", masked by
// "aparelho genital", says nothing by itself, and is read inflected as
// "genital" like any other unknown word.
func (s *spellingIndex) maskedOnly(k string) bool {
	if s == nil {
		return false
	}
	_, term := s.terms[k]
	_, phrase := s.phrases[k]
	return !term && !phrase
}
