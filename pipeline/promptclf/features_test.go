package promptclf

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

var testFeat = Featurizer{Version: FeatureVersion, Buckets: 1 << 17, CharMin: 3, CharMax: 5, CrossN: 4, MaxLen: 1024}

func checkIDs(t *testing.T, f Featurizer, ids []int64) {
	t.Helper()
	seen := map[int64]bool{}
	for _, id := range ids {
		if id < 1 || id > int64(f.Buckets) {
			t.Fatalf("id %d outside 1..%d", id, f.Buckets)
		}
		if seen[id] {
			t.Fatalf("id %d repeated", id)
		}
		seen[id] = true
	}
}

func TestFeaturesDeterministicAndOrdered(t *testing.T) {
	a := testFeat.Features("a red fox in the snow", nil, nil)
	b := testFeat.Features("a red fox in the snow", nil, nil)
	if !slices.Equal(a, b) || len(a) == 0 {
		t.Fatalf("features differ between runs or are empty: %v / %v", a, b)
	}
	checkIDs(t, testFeat, a)
	// The first feature is the first word.
	if a[0] != int64(hashString(hashByte(fnvOffset, 'w'), "a")%testFeat.Buckets)+1 {
		t.Errorf("first feature %d is not the word \"a\"", a[0])
	}
	if got := testFeat.Features("", nil, nil); len(got) != 0 {
		t.Errorf("empty text has features %v", got)
	}
	if got := testFeat.Features("   ", nil, nil); len(got) != 0 {
		t.Errorf("blank text has features %v", got)
	}
}

// overlap is the share of a's features also in b.
func overlap(a, b []int64) float64 {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// Misspellings and a space inside a word keep most character n-grams: what
// lets the classifier generalise past the exact spelling.
func TestFeaturesRobustToTyposAndSpacing(t *testing.T) {
	word := testFeat.Features("photograph", nil, nil)
	for _, v := range []string{"photgraph", "photogrpah", "photo graph", "photographs"} {
		if o := overlap(word, testFeat.Features(v, nil, nil)); o < 0.4 {
			t.Errorf("%q shares %.2f of \"photograph\"'s features, want >= 0.4", v, o)
		}
	}
	if o := overlap(word, testFeat.Features("a castle at sunset", nil, nil)); o > 0.05 {
		t.Errorf("unrelated text shares %.2f", o)
	}
}

func TestFeaturesNonLatinAndLongWords(t *testing.T) {
	long := string(slices.Repeat([]byte("a"), 300))
	for _, s := range []string{"ребенок голый", "子供 の 写真", "παιδί", long} {
		ids := testFeat.Features(s, nil, nil)
		if len(ids) == 0 {
			t.Errorf("%q has no features", s)
		}
		checkIDs(t, testFeat, ids)
	}
}

func TestParseFeaturizer(t *testing.T) {
	if _, err := ParseFeaturizer([]byte(`{"version":"hashed-ngrams-v1","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024}`)); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string]string{
		"version":  `{"version":"v0","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024}`,
		"buckets":  `{"version":"hashed-ngrams-v1","buckets":1,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024}`,
		"char":     `{"version":"hashed-ngrams-v1","buckets":131072,"char_min":5,"char_max":3,"cross_n":4,"max_len":1024}`,
		"max_len":  `{"version":"hashed-ngrams-v1","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":0}`,
		"unknown":  `{"version":"hashed-ngrams-v1","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024,"x":1}`,
		"not json": `{`,
	} {
		if _, err := ParseFeaturizer([]byte(b)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// FuzzFeatures: any text gives ids in range without repeats, the same twice.
func FuzzFeatures(f *testing.F) {
	for _, s := range []string{"a red fox", "n a k e d", "ѕех Ｔａｙｌｏｒ", "\xff\xfe", "  double  spaces ", "x"} {
		f.Add(s)
	}
	small := testFeat
	small.Buckets = 97
	// One scratch state reused across inputs, as a runner reuses it: what one
	// featurisation marks as seen must not leak into the next.
	st := newFeatureState()
	f.Fuzz(func(t *testing.T, s string) {
		a := small.Features(s, nil, nil)
		checkIDs(t, small, a)
		if b := small.Features(s, nil, nil); !slices.Equal(a, b) {
			t.Fatal("not deterministic")
		}
		prefix := []int64{5, 7}
		if b := small.features(s, []string{"nudity"}, prefix, st); !slices.Equal(b[:2], prefix) ||
			!slices.Equal(b[2:], small.Features(s, []string{"nudity"}, nil)) {
			t.Fatalf("reused state: %v, fresh: %v", b[2:], small.Features(s, []string{"nudity"}, nil))
		}
		if b := small.features(s, nil, nil, st); !slices.Equal(b, a) {
			t.Fatalf("reused state after another text: %v, fresh: %v", b, a)
		}
	})
}

func TestFeaturesClasses(t *testing.T) {
	without := testFeat.Features("a photo", []string{"named_person"}, nil)
	if !slices.Equal(without, testFeat.Features("a photo", nil, nil)) {
		t.Error("classes counted with Classes off")
	}
	f := testFeat
	f.Classes = true
	with := f.Features("a photo", []string{"named_person", "nudity"}, nil)
	if len(with) != len(without)+2 || !slices.Equal(with[:len(without)], without) {
		t.Errorf("with classes %v, without %v", with, without)
	}
	checkIDs(t, f, with)
}

func TestWindows(t *testing.T) {
	f := testFeat
	f.WindowWords = 4
	var got []string
	collect := func(s string) error { got = append(got, s); return nil }
	if err := f.windows("a b c", collect); err != nil || !slices.Equal(got, []string{"a b c"}) {
		t.Fatalf("short: %q %v", got, err)
	}
	got = nil
	_ = f.windows("a b c d e f g", collect)
	if want := []string{"a b c d", "c d e f", "d e f g"}; !slices.Equal(got, want) {
		t.Errorf("windows %q, want %q", got, want)
	}
	got = nil
	f.WindowWords = 0
	_ = f.windows("a b c d e f g", collect)
	if len(got) != 1 {
		t.Errorf("WindowWords 0: %q", got)
	}
}

// A class_vocabulary keeps the classes the model was trained with and drops
// the rest, so a class added to the lexicon later does not move the scores.
func TestClassVocabulary(t *testing.T) {
	base := `{"version": "hashed-ngrams-v1", "buckets": 131072, "char_min": 3, "char_max": 5, "cross_n": 4, "classes": true, "max_len": 1024, "window_words": 32`
	all, err := ParseFeaturizer([]byte(base + `}`))
	if err != nil {
		t.Fatal(err)
	}
	voc, err := ParseFeaturizer([]byte(base + `, "class_vocabulary": ["nudity", "named_person"]}`))
	if err != nil {
		t.Fatal(err)
	}
	text := "a photo on the beach"
	known := voc.Features(text, []string{"nudity"}, nil)
	if got := voc.Features(text, []string{"nudity", "round12_new"}, nil); !slices.Equal(got, known) {
		t.Errorf("an unknown class changed the features: %v vs %v", got, known)
	}
	if got := all.Features(text, []string{"nudity", "round12_new"}, nil); slices.Equal(got, known) {
		t.Errorf("without a vocabulary every class is a feature; got the same ids")
	}
	if !slices.Equal(all.Features(text, []string{"nudity"}, nil), known) {
		t.Errorf("a known class is featurised differently with a vocabulary")
	}
	for _, bad := range []string{base + `, "class_vocabulary": []}`, strings.Replace(base, `"classes": true`, `"classes": false`, 1) + `, "class_vocabulary": ["nudity"]}`} {
		if _, err := ParseFeaturizer([]byte(bad)); !errors.Is(err, ErrModel) {
			t.Errorf("%s: err %v, want ErrModel", bad, err)
		}
	}
}
