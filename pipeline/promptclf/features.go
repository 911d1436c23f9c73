package promptclf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// FeatureVersion names the featurisation below. A model's featurizer.json
// must name it; a change to the algorithm is a new version and a new model.
const FeatureVersion = "hashed-ngrams-v1"

// Featurizer turns a normalised prompt into hashed feature ids. It is the
// one featuriser: training (cmd/policy-eval featurize, which training/prompt
// calls) and serving (Model.Score) both use it, so they cannot drift.
//
// For the space-separated words of the text it emits, in order of first
// appearance and without repeats:
//
//   - each word ("w" namespace) and each pair of adjacent words ("b");
//
//   - the character n-grams, CharMin to CharMax runes long, of each word
//     framed as "<word>" ("c"), which carry misspellings and inflections
//     across languages;
//
//   - the character n-grams of CrossN runes that span the gap between two
//     adjacent words, in the same "c" namespace, so a word split by a space
//     ("na ked") still shares most n-grams with the whole word.
//
//   - with Classes set, each lexicon class the policy found in the prompt
//     ("k" namespace: "named_person", "nudity", ...), so the classifier
//     learns from what the lexicon knows, unseen names included. With
//     ClassVocabulary set, only the classes it lists: a class added to the
//     lexicon after training (a new round, an institution's --policy-data)
//     would hash to a bucket the model learnt for something else and move
//     its scores; the rules use it, the classifier does not see it.
//
// A feature's id is 1 + FNV-1a-32(namespace byte, UTF-8 of the gram) mod
// Buckets; id 0 is padding.
type Featurizer struct {
	Version string `json:"version"`
	Buckets uint32 `json:"buckets"`
	CharMin int    `json:"char_min"`
	CharMax int    `json:"char_max"`
	CrossN  int    `json:"cross_n"`
	Classes bool   `json:"classes"`
	// MaxLen is the model's input length: features beyond it are cut.
	MaxLen int `json:"max_len"`
	// WindowWords, when set, is the longest run of words scored at once:
	// Score splits longer prompts into windows overlapping by half.
	WindowWords int `json:"window_words"`
	// ClassVocabulary, when set, lists the lexicon classes the model was
	// trained with; other classes are not features (see above).
	ClassVocabulary []string `json:"class_vocabulary,omitempty"`

	known map[string]struct{} // ClassVocabulary as a set, nil when unset
}

// maxWordRunes bounds the n-grams taken from one very long "word".
const maxWordRunes = 64

// ParseFeaturizer reads featurizer.json strictly and checks it.
func ParseFeaturizer(b []byte) (Featurizer, error) {
	var f Featurizer
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Featurizer{}, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if f.ClassVocabulary != nil {
		f.known = make(map[string]struct{}, len(f.ClassVocabulary))
		for _, c := range f.ClassVocabulary {
			f.known[c] = struct{}{}
		}
	}
	return f, f.validate()
}

func (f Featurizer) validate() error {
	switch {
	case f.Version != FeatureVersion:
		return fmt.Errorf("featurizer version %q, this build implements %q: %w", f.Version, FeatureVersion, ErrModel)
	case f.Buckets < 2 || f.Buckets > 1<<24:
		return fmt.Errorf("featurizer buckets %d: want 2..2^24: %w", f.Buckets, ErrModel)
	case f.CharMin < 1 || f.CharMax < f.CharMin || f.CharMax > 8:
		return fmt.Errorf("featurizer char n-grams %d..%d: want 1 <= min <= max <= 8: %w", f.CharMin, f.CharMax, ErrModel)
	case f.CrossN < 0 || f.CrossN > 8:
		return fmt.Errorf("featurizer cross_n %d: want 0..8: %w", f.CrossN, ErrModel)
	case f.WindowWords < 0 || f.WindowWords == 1:
		return fmt.Errorf("featurizer window_words %d: want 0 (whole prompt) or at least 2: %w", f.WindowWords, ErrModel)
	case f.MaxLen < 8 || f.MaxLen > 1<<14:
		return fmt.Errorf("featurizer max_len %d: want 8..16384: %w", f.MaxLen, ErrModel)
	case f.ClassVocabulary != nil && (!f.Classes || len(f.ClassVocabulary) == 0):
		return fmt.Errorf("featurizer class_vocabulary needs classes true and at least one class: %w", ErrModel)
	}
	return nil
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func hashRunes(h uint32, rs []rune) uint32 {
	var buf [utf8.UTFMax]byte
	for _, r := range rs {
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h = hashByte(h, b)
		}
	}
	return h
}

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = hashByte(h, s[i])
	}
	return h
}

// featureState is the reusable scratch space of one featurisation.
type featureState struct {
	// seen is a bitset over the ids (Buckets+1 bits), set for the ids of the
	// featurisation in progress and cleared bit by bit at its end: a map cost
	// a fifth of a Score in hashing and inserts.
	seen  []uint64
	runes []rune
	prev  []rune
	join  []rune
}

func newFeatureState() *featureState {
	return &featureState{runes: make([]rune, 0, 80), prev: make([]rune, 0, 80), join: make([]rune, 0, 160)}
}

// Features returns the feature ids of text and its lexicon classes (see
// Featurizer), appended to dst.
func (f Featurizer) Features(text string, classes []string, dst []int64) []int64 {
	return f.features(text, classes, dst, newFeatureState())
}

func (f Featurizer) features(text string, classes []string, dst []int64, st *featureState) []int64 {
	if words := (int(f.Buckets) + 1 + 63) / 64; len(st.seen) != words {
		st.seen = make([]uint64, words)
	}
	start := len(dst)
	defer func() {
		for _, id := range dst[start:] {
			st.seen[id>>6] = 0
		}
	}()
	add := func(h uint32) {
		id := int64(h%f.Buckets) + 1
		if bit := uint64(1) << (id & 63); st.seen[id>>6]&bit == 0 {
			st.seen[id>>6] |= bit
			dst = append(dst, id)
		}
	}
	prevWord := ""
	st.prev = st.prev[:0]
	rest := text
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w == "" {
			continue
		}
		add(hashString(hashByte(fnvOffset, 'w'), w))
		if prevWord != "" {
			h := hashString(hashByte(fnvOffset, 'b'), prevWord)
			h = hashByte(h, ' ')
			add(hashString(h, w))
		}
		rs := append(st.runes[:0], '<')
		for _, r := range w {
			if len(rs) > maxWordRunes {
				break
			}
			rs = append(rs, r)
		}
		rs = append(rs, '>')
		st.runes = rs
		for n := f.CharMin; n <= f.CharMax; n++ {
			for i := 0; i+n <= len(rs); i++ {
				add(hashRunes(hashByte(fnvOffset, 'c'), rs[i:i+n]))
			}
		}
		// N-grams across the gap: the end of the previous word (without its
		// '>') joined to the start of this one (without its '<').
		if n := f.CrossN; n >= 2 && len(st.prev) > 0 {
			joined := append(append(append(st.join[:0], st.prev...), rs[1:len(rs)-1]...), '>')
			st.join = joined
			cut := len(st.prev)
			for i := max(0, cut-n+1); i < cut && i+n <= len(joined); i++ {
				add(hashRunes(hashByte(fnvOffset, 'c'), joined[i:i+n]))
			}
		}
		// Keep "<word" for the next gap.
		st.prev = append(st.prev[:0], rs[:len(rs)-1]...)
		prevWord = w
	}
	if f.Classes {
		for _, c := range classes {
			if f.known != nil {
				if _, ok := f.known[c]; !ok {
					continue
				}
			}
			add(hashString(hashByte(fnvOffset, 'k'), c))
		}
	}
	return dst
}

// windows calls fn with text, or, when it has more than WindowWords words,
// with each window of WindowWords words, starting every WindowWords/2
// words; the last window is the last WindowWords words.
func (f Featurizer) windows(text string, fn func(string) error) error {
	w := f.WindowWords
	if w == 0 {
		return fn(text)
	}
	words := strings.Fields(text)
	if len(words) <= w {
		return fn(text)
	}
	step := w / 2
	for start := 0; ; start += step {
		if start+w >= len(words) {
			return fn(strings.Join(words[len(words)-w:], " "))
		}
		if err := fn(strings.Join(words[start:start+w], " ")); err != nil {
			return err
		}
	}
}
