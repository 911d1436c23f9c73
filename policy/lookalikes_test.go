package policy

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var updateLookalikes = flag.Bool("update-lookalikes", false,
	"rewrite policies/name_lookalikes.json and word_lookalikes.json from the system word lists")

// wordLists are Debian's English word lists (packages wamerican and
// wordnet-base, installed by make test-deps). Only this test reads them: the
// engine uses what it derives, policies/name_lookalikes.json.
var wordLists = []string{
	"/usr/share/dict/words",
	"/usr/share/wordnet/index.noun", "/usr/share/wordnet/index.verb",
	"/usr/share/wordnet/index.adj", "/usr/share/wordnet/index.adv",
}

// ordinaryWords reads the word lists into two sets: common holds the English
// words (lower-case entries of the dictionary, WordNet's verbs, adjectives
// and adverbs; of the single letters only "a" and "i"), any also the proper
// names (places, first names) and WordNet's nouns, which name people too.
// A phrase of common words is ordinary text; so is one word from any.
func ordinaryWords(t *testing.T) (common, anyWord map[string]struct{}) {
	t.Helper()
	common, anyWord = map[string]struct{}{}, map[string]struct{}{}
	for _, path := range wordLists {
		f, err := os.Open(path)
		if err != nil {
			if os.Getenv("CANDOR_REQUIRE_WORDLISTS") == "1" {
				t.Fatalf("CANDOR_REQUIRE_WORDLISTS=1 but %v", err)
			}
			t.Skipf("word list missing (apt-get install wamerican wordnet-base): %v", err)
		}
		wordnet := strings.Contains(path, "wordnet")
		nouns := strings.HasSuffix(path, ".noun")
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if wordnet {
				if strings.HasPrefix(line, " ") {
					continue // the licence
				}
				line, _, _ = strings.Cut(line, " ")
				line = strings.ReplaceAll(line, "_", " ")
			}
			if strings.Contains(line, "'") {
				continue // possessives: the tokenizer splits them off
			}
			isCommon := (wordnet && !nouns) || (!wordnet && line == strings.ToLower(line))
			for _, w := range strings.Fields(Key(line)) {
				anyWord[w] = struct{}{}
				if isCommon && (len(w) > 1 || w == "a" || w == "i") {
					common[w] = struct{}{}
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if len(anyWord) < 100000 || len(common) < 50000 {
		t.Fatalf("word lists hold %d words, %d common ones; want over 100,000 and 50,000", len(anyWord), len(common))
	}
	return common, anyWord
}

// eachVariant calls f with every string one edit (insertion, deletion,
// substitution, swap of neighbours) from s over a-z and space that is a
// sequence of words separated by single spaces.
func eachVariant(s string, f func(string)) {
	const alphabet = "abcdefghijklmnopqrstuvwxyz "
	emit := func(v string) {
		if v != "" && v[0] != ' ' && v[len(v)-1] != ' ' && !strings.Contains(v, "  ") {
			f(v)
		}
	}
	for i := 0; i <= len(s); i++ {
		for _, c := range []byte(alphabet) {
			emit(s[:i] + string(c) + s[i:])
			if i < len(s) {
				emit(s[:i] + string(c) + s[i+1:])
			}
		}
		if i < len(s) {
			emit(s[:i] + s[i+1:])
		}
		if i+1 < len(s) {
			emit(s[:i] + string(s[i+1]) + string(s[i]) + s[i+2:])
		}
	}
}

func fuzzyHits(m termMatcher, s string) []string {
	var out []string
	m.fuzzyNames(Normalize(s), func(k string, _, _, _ int) {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	})
	return out
}

// TestNameLookalikes checks that no ordinary word or phrase is read as a
// name one edit away: every word, and every phrase of common words, within
// one edit of a matched name form must be in data.candor.name_lookalikes,
// and that list must hold nothing else. -update-lookalikes rewrites it.
func TestNameLookalikes(t *testing.T) {
	common, anyWord := ordinaryWords(t)
	c := builtin(t).cur.Load()
	bare := *c.spell
	bare.lookalikes = map[string]struct{}{}
	m := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: &bare}

	seen := map[string]struct{}{}
	var want []string
	for _, form := range c.spell.forms {
		eachVariant(form.form, func(v string) {
			if _, ok := seen[v]; ok {
				return
			}
			seen[v] = struct{}{}
			if ws := strings.Split(v, " "); len(ws) == 1 {
				if _, ok := anyWord[v]; !ok {
					return
				}
			} else {
				for _, w := range ws {
					if _, ok := common[w]; !ok {
						return
					}
				}
			}
			if len(fuzzyHits(m, v)) > 0 {
				want = append(want, v)
			}
		})
	}
	slices.Sort(want)
	if !lookalikeFile(t, "name_lookalikes", want, "TestNameLookalikes") {
		return
	}
	t.Logf("%d name forms, %d ordinary look-alikes", len(c.spell.forms), len(want))

	// With the list in use, no dictionary word nor look-alike is a name.
	real := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell}
	for w := range anyWord {
		if hits := fuzzyHits(real, w); len(hits) > 0 {
			t.Errorf("ordinary word %q read as %q", w, hits)
		}
	}
	for _, v := range want {
		if hits := fuzzyHits(real, v); len(hits) > 0 {
			t.Errorf("look-alike %q read as %q", v, hits)
		}
	}
}

// lookalikeFile writes want to policies/<key>.json under -update-lookalikes
// (and reports false: the engine in use has the old list) or fails the test
// where the file's list is not want.
func lookalikeFile(t *testing.T, key string, want []string, test string) bool {
	t.Helper()
	path := filepath.Join("..", "policies", key+".json")
	if *updateLookalikes {
		doc := map[string]any{"candor": map[string]any{key: want}}
		data, err := json.MarshalIndent(doc, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d look-alikes to %s; reload the engine to use them", len(want), path)
		return false
	}
	got := stringList(mustReadJSON(t, path)["candor"].(map[string]any)[key])
	if !slices.Equal(got, want) {
		var missing, extra []string
		for _, v := range want {
			if !slices.Contains(got, v) {
				missing = append(missing, v)
			}
		}
		for _, v := range got {
			if !slices.Contains(want, v) {
				extra = append(extra, v)
			}
		}
		t.Fatalf("%s.json is stale (missing %q, extra %q): go test ./policy -run %s -update-lookalikes", key, missing, extra, test)
	}
	return true
}

func mustReadJSON(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	obj, err := decodeObject(data)
	if err != nil {
		t.Fatal(err)
	}
	return obj
}

// TestJoinsSkipOrdinaryText checks that no term the matcher joins from
// partly spread letters can be spelt by ordinary text: common words of three
// or more letters and the frequent short ones, the one-letter words "a" and
// "i", and the clitics of "it's", "don't", "I'd", "I'm", "we'll", "you're",
// "I've" after their word. (Letters on their own in ordinary prompts, "plan
// b", "vitamin c", are in the benign cases of spreadCases.)
func TestJoinsSkipOrdinaryText(t *testing.T) {
	common, _ := ordinaryWords(t)
	short := strings.Fields("an as at be by do go he if in is it me my no of on or so to up us we")
	c := builtin(t).cur.Load()
	var bad []string
	// split tries every way of cutting w into ordinary pieces; longs and
	// rare count them as joinable does.
	var split func(w string, pieces []string, longs, rare int)
	split = func(w string, pieces []string, longs, rare int) {
		if w == "" {
			if len(pieces) > 1 && joinable(longs, rare) {
				bad = append(bad, strings.Join(pieces, " "))
			}
			return
		}
		prev := ""
		if len(pieces) > 0 {
			prev = pieces[len(pieces)-1]
		}
		for i := 1; i <= len(w); i++ {
			p := w[:i]
			var clitic bool
			switch p {
			case "s":
				clitic = len(prev) > 1
			case "t":
				clitic = strings.HasSuffix(prev, "n")
			case "d":
				clitic = slices.Contains([]string{"i", "he", "she", "we", "they", "you", "it"}, prev)
			case "m":
				clitic = prev == "i"
			case "ll", "re", "ve":
				clitic = prev != ""
			}
			switch {
			case i == 1 && (p == "a" || p == "i" || clitic):
				r := rare
				if rareSingle(p) {
					r++
				}
				split(w[1:], append(pieces, p), longs, r)
			case i == 2 && (slices.Contains(short, p) || clitic):
				split(w[2:], append(pieces, p), longs+1, rare)
			case i > 2:
				if _, ok := common[p]; ok {
					split(w[i:], append(pieces, p), longs+1, rare)
				}
			}
		}
	}
	for k := range c.vocab {
		w := strings.ReplaceAll(k, " ", "")
		if len(w) <= 30 {
			split(w, nil, 0, 0)
		}
	}
	slices.Sort(bad)
	if len(bad) > 0 {
		t.Errorf("ordinary text joins into terms: %q", bad)
	}
}
