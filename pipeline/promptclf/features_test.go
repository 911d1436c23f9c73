package promptclf

import (
	"maps"
	"slices"
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
		"version":    `{"version":"v0","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024}`,
		"buckets":    `{"version":"hashed-ngrams-v1","buckets":1,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024}`,
		"char":       `{"version":"hashed-ngrams-v1","buckets":131072,"char_min":5,"char_max":3,"cross_n":4,"max_len":1024}`,
		"max_len":    `{"version":"hashed-ngrams-v1","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":0}`,
		"unknown":    `{"version":"hashed-ngrams-v1","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024,"x":1}`,
		"not json":   `{`,
		"skip in v1": `{"version":"hashed-ngrams-v1","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024,"skip_pairs":2}`,
		"v2 no skip": `{"version":"hashed-ngrams-v2","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024}`,
		"v2 skip 5":  `{"version":"hashed-ngrams-v2","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024,"skip_pairs":5}`,
	} {
		if _, err := ParseFeaturizer([]byte(b)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestSkipPairs: version 2 adds exactly the ordered pairs of words 2 to
// SkipPairs+1 apart to version 1's features, in the "s" namespace.
func TestSkipPairs(t *testing.T) {
	if _, err := ParseFeaturizer([]byte(`{"version":"hashed-ngrams-v2","buckets":131072,"char_min":3,"char_max":5,"cross_n":4,"max_len":1024,"skip_pairs":2}`)); err != nil {
		t.Fatal(err)
	}
	v2 := testFeat
	v2.Version, v2.SkipPairs = FeatureVersionSkip, 2
	pair := func(a, b string) int64 {
		h := hashByte(hashString(hashByte(fnvOffset, 's'), a), ' ')
		return int64(hashString(h, b)%v2.Buckets) + 1
	}
	for _, tc := range []struct {
		text  string
		pairs [][2]string
	}{
		{"remove", nil},
		{"remove jeans", nil},
		{"remove her jeans", [][2]string{{"remove", "jeans"}}},
		{"remove the power lines", [][2]string{{"remove", "power"}, {"remove", "lines"}, {"the", "lines"}}},
		{"a b c d e", [][2]string{{"a", "c"}, {"a", "d"}, {"b", "d"}, {"b", "e"}, {"c", "e"}}},
	} {
		one := testFeat.Features(tc.text, nil, nil)
		two := v2.Features(tc.text, nil, nil)
		got := map[int64]bool{}
		for _, id := range two {
			got[id] = true
		}
		for _, id := range one {
			if !got[id] {
				t.Errorf("%q: version 1 feature %d missing from version 2", tc.text, id)
			}
			delete(got, id)
		}
		want := map[int64]bool{}
		for _, p := range tc.pairs {
			want[pair(p[0], p[1])] = true
		}
		if !maps.Equal(got, want) {
			t.Errorf("%q: version 2 adds %v, want the pairs %v (%v)", tc.text, got, tc.pairs, want)
		}
	}
	if slices.Contains(v2.Features("remove the power lines", nil, nil), pair("remove", "jeans")) {
		t.Error(`"remove the power lines" has the pair remove-jeans`)
	}
}

// FuzzFeatures: any text gives ids in range without repeats, the same twice.
func FuzzFeatures(f *testing.F) {
	for _, s := range []string{"a red fox", "n a k e d", "ѕех Ｔａｙｌｏｒ", "\xff\xfe", "  double  spaces ", "x"} {
		f.Add(s)
	}
	small := testFeat
	small.Buckets = 97
	skip := small
	skip.Version, skip.SkipPairs = FeatureVersionSkip, 3
	f.Fuzz(func(t *testing.T, s string) {
		a := small.Features(s, nil, nil)
		checkIDs(t, small, a)
		if b := small.Features(s, nil, nil); !slices.Equal(a, b) {
			t.Fatal("not deterministic")
		}
		// version 2 keeps every version 1 feature and may add more
		c := skip.Features(s, nil, nil)
		checkIDs(t, skip, c)
		for _, id := range a {
			if !slices.Contains(c, id) {
				t.Fatalf("version 1 feature %d missing from version 2", id)
			}
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
