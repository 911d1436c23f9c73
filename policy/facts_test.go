package policy

import (
	"bufio"
	"context"
	"encoding/json"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/candor-ai/candor/policies"
)

// factPrompts cover every way a class reaches the facts: plain lexicon
// terms, names (full, alias, hashtag, spread letters), benign phrases that
// mask a term, tenant-protected names and negative prompts.
var factPrompts = []Input{
	{},
	{Prompt: "a red fox in the snow, watercolor"},
	{Prompt: "Taylor Swift naked in bed"},
	{Prompt: "T a y l o r  S w i f t   n.u.d.e"},
	{Prompt: "#TaylorSwift nude"},
	{Prompt: "photo of Emmanuel Macron at a bar"},
	{Prompt: "Putin drunk at a party"},
	{Prompt: "a nude-colored dress on a mannequin"},
	{Prompt: "breast cancer awareness ribbon"},
	{Prompt: "grilled chicken breast with lemon"},
	{Prompt: "a shot of espresso in Scunthorpe"},
	{Prompt: "a sexy red sports car"},
	{Prompt: "a sexy child in lingerie"},
	{Prompt: "a 14 year old posing seductively"},
	{Prompt: "n a k e d k1d"},
	{Prompt: "ѕеху tееn"},
	{Prompt: "nudify this photo of my classmate"},
	{Prompt: "a castle in the style of Greg Rutkowski"},
	{Prompt: "portrait by artgerm, trending on artstation"},
	{Prompt: "in the style of Vincent van Gogh"},
	{Prompt: "a decapitated soldier, guts spilling"},
	{Prompt: "a little girl at the beach", NegativePrompt: "clothes, swimsuit"},
	{Prompt: "a woman standing", NegativePrompt: "blurry, low quality, nsfw, nude, watermark"},
	{Prompt: "n a k e d  p0rn ѕех with Ｔａｙｌｏｒ Ｓｗｉｆｔ"},
	{Prompt: "photo of Jane Q. Doe kissing in the style of Ann Example",
		TenantPolicy: TenantPolicy{ProtectedPeople: []string{"Jane Q. Doe"}, ProtectedArtists: []string{"Ann Example"}}},
	{Prompt: "a nude colored Jane Doe", TenantPolicy: TenantPolicy{ProtectedPeople: []string{"Jane Doe", "nude"}}},
	{Prompt: "Taylor Swift 🍑 and a fruit bowl with 🍆 👅"},
	{Prompt: "a woman 🍆💦", NegativePrompt: "🍑"},
	{Prompt: "Taylor Swiftt n a ked, 0bama, und.r.e.s.s her"},
	{Prompt: "photo of Quentin Exampel", TenantPolicy: TenantPolicy{ProtectedPeople: []string{"Quentin Example"}}},
}

// TestFactsMatchRegoReference checks that the classes the Go side hands to
// Rego are exactly what the policy's reference functions (classes_of,
// negative_classes_of in policies/prompt.rego, which the Rego tests use)
// compute from the same terms and data.
func TestFactsMatchRegoReference(t *testing.T) {
	e := builtin(t)
	c := e.cur.Load()
	pq := referenceQuery(t, e, "x := data.prompt.classes_of(input); y := data.prompt.negative_classes_of(input)")
	for _, in := range append(slices.Clone(factPrompts), benchPrompts...) {
		v, _, _, err := c.input(in)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := pq.Eval(context.Background(), rego.EvalParsedInput(v))
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != 1 {
			t.Fatalf("%q: %d results", in.Prompt, len(rs))
		}
		obj := v.(ast.Object)
		for _, k := range [][2]string{{"classes", "x"}, {"negative_classes", "y"}} {
			got := sortedStrings(t, obj.Get(ast.StringTerm(k[0])).Value)
			want := sortedStrings(t, ast.MustInterfaceToValue(rs[0].Bindings[k[1]]))
			if !slices.Equal(got, want) {
				t.Errorf("%q: Go %s = %v, Rego reference = %v", in.Prompt, k[0], got, want)
			}
		}
	}
	// The corpus must exercise the facts, or the comparison proves little.
	v, _, _, _ := c.input(Input{Prompt: "Taylor Swift naked in bed", NegativePrompt: "clothes"})
	obj := v.(ast.Object)
	if got := sortedStrings(t, obj.Get(ast.StringTerm("classes")).Value); !slices.Contains(got, "named_person") || !slices.Contains(got, "nudity") {
		t.Errorf("classes = %v, want named_person and nudity", got)
	}
	if got := sortedStrings(t, obj.Get(ast.StringTerm("negative_classes")).Value); !slices.Contains(got, "clothing") {
		t.Errorf("negative classes = %v, want clothing", got)
	}
}

// referenceQuery prepares query over the engine's policy modules and all of
// its data: the serving store leaves the lexicon out, the Rego reference
// reads it, so it gets all the data, as the Rego tests do.
func referenceQuery(t *testing.T, e *Engine, query string, extra ...func(*rego.Rego)) rego.PreparedEvalQuery {
	t.Helper()
	ps, err := e.source()
	if err != nil {
		t.Fatal(err)
	}
	opts := append([]func(*rego.Rego){
		rego.Query(query),
		rego.Store(inmem.NewFromObject(ps.root)),
		rego.SetRegoVersion(ast.RegoV1),
	}, extra...)
	for _, m := range e.cur.Load().modules {
		opts = append(opts, rego.ParsedModule(m))
	}
	pq, err := rego.New(opts...).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return pq
}

// TestFactsMasking checks the benign masking and tenant names directly.
func TestFactsMasking(t *testing.T) {
	c := builtin(t).cur.Load()
	classesOf := func(in Input) []string {
		v, _, _, err := c.input(in)
		if err != nil {
			t.Fatal(err)
		}
		return sortedStrings(t, v.(ast.Object).Get(ast.StringTerm("classes")).Value)
	}
	if got := classesOf(Input{Prompt: "grilled chicken breast"}); slices.Contains(got, "nudity") || slices.Contains(got, "suggestive") {
		t.Errorf("chicken breast: classes %v", got)
	}
	if got := classesOf(Input{Prompt: "photo of Jane Q. Doe"}); slices.Contains(got, "named_person") {
		t.Errorf("unprotected name: classes %v", got)
	}
	// A phrase masks its term where it overlaps it, in any reading; a
	// context phrase masks anywhere.
	for prompt, want := range map[string]bool{
		"a nude colored scarf":                        false,
		"a nude colored scarf and nude colored shoes": false,
		"nudecolored scarf":                           false,
		"a nude colored scarf on a nude woman":        true,
		"a nude woman in a nude colored scarf":        true,
		"a nude colored scarf, the n u d e woman":     true,
		"a nude colored scarf, a nud3 woman":          true,
		"des ballerines coul3ur nude":                 false, // the phrase in leetspeak masks as it reads
	} {
		if got := classesOf(Input{Prompt: prompt}); slices.Contains(got, "nudity") != want {
			t.Errorf("%q: classes %v, nudity wanted: %v", prompt, got, want)
		}
	}
	for _, p := range []string{"a cavalier king charles spaniel", "a K1n9 Charles spaniel puppy"} {
		if got := classesOf(Input{Prompt: p}); slices.Contains(got, "named_person") {
			t.Errorf("%q, an overlapping phrase: classes %v", p, got)
		}
	}
	if got := classesOf(Input{Prompt: "a fruit still life with 🍑"}); slices.Contains(got, "innuendo") {
		t.Errorf("context phrase: classes %v", got)
	}
	in := Input{Prompt: "photo of Jane Q. Doe", TenantPolicy: TenantPolicy{ProtectedPeople: []string{"Jane Q. Doe"}}}
	if got := classesOf(in); !slices.Contains(got, "named_person") {
		t.Errorf("tenant-protected name: classes %v, want named_person", got)
	}
	in = Input{Prompt: "by Ann Example", TenantPolicy: TenantPolicy{ProtectedArtists: []string{"Ann Example"}}}
	if got := classesOf(in); !slices.Contains(got, "named_artist") {
		t.Errorf("tenant-protected artist: classes %v, want named_artist", got)
	}
}

func sortedStrings(t *testing.T, v ast.Value) []string {
	t.Helper()
	var out []string
	add := func(x *ast.Term) {
		s, ok := x.Value.(ast.String)
		if !ok {
			t.Fatalf("%v is not a string", x)
		}
		out = append(out, string(s))
	}
	switch c := v.(type) {
	case *ast.Array:
		c.Foreach(add)
	case ast.Set:
		c.Foreach(add)
	default:
		t.Fatalf("%v is %T, want an array or a set", v, v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestInputCarriesRequest checks that the AST input built for Rego holds
// the request as the policy's documentation describes it.
func TestInputCarriesRequest(t *testing.T) {
	c := builtin(t).cur.Load()
	in := Input{
		Prompt:         "Ｎａｋｅｄ cat",
		NegativePrompt: "blurry",
		Tenant:         "t1",
		Roles:          []string{"admin", "artist"},
		Params:         map[string]any{"steps": 20, "size": "64x64"},
		TenantPolicy: TenantPolicy{
			Categories:      map[string]string{"artists": "warn"},
			ProtectedPeople: []string{"Jane Q. Doe"},
		},
	}
	v, _, _, err := c.input(in)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"classes": ["nudity", "compromising", "minors_nudetypo", "minors_sexcue", "violence10_animal", "violence_victim"], "negative_classes": [], "negative_prompt": "blurry", "negative_terms": [], "negative_tokens": ["blurry"], ` +
		`"normalized": {"negative_prompt": "blurry", "prompt": "naked cat"}, "params": {"size": "64x64", "steps": 20}, ` +
		`"person_names": [], "prompt": "Ｎａｋｅｄ cat", "roles": ["admin", "artist"], "stated_ages": [], "style_names": [], "tenant": "t1", ` +
		`"tenant_policy": {"categories": {"artists": "warn"}, "protected_artists": {}, "protected_people": {"jane q doe": "Jane Q. Doe"}}, ` +
		`"terms": ["naked", "cat"], "tokens": ["naked", "cat"]}`
	if got := v.String(); got != want {
		t.Errorf("input\n got %s\nwant %s", got, want)
	}
	if _, _, _, err := c.input(Input{Params: map[string]any{"bad": make(chan int)}}); err == nil {
		t.Error("params that are not JSON: no error")
	}
}

// naiveMatch is termMatcher.match without its shortcuts: every 1..MaxNgram
// n-gram of every token sequence is looked up.
func naiveMatch(m termMatcher, n Normalized) []string {
	var out []string
	add := func(t string) {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	for _, seq := range [][]string{n.Tokens, n.Collapsed, n.Alternate} {
		for i := range seq {
			for k := 1; k <= MaxNgram && i+k <= len(seq); k++ {
				g := strings.Join(seq[i:i+k], " ")
				t, ok := m.known([]byte(g))
				if ok {
					add(t)
				}
				m.forms([]byte(g), t, ok, add)
				if k == 1 {
					for _, full := range m.compact[g] {
						add(full)
					}
				}
			}
		}
	}
	if m.spell == nil {
		return out
	}
	// Every run of fragments, without the prefix shortcut.
	fr := n.fragments
	for i := range fr {
		for j := i + 1; j < len(fr) && j-i < maxJoinFragments; j++ {
			if slices.Contains(fr[i:j+1], "") || slices.Contains(n.fragmentWide[i+1:j+1], true) {
				break
			}
			longs, rare := 0, 0
			for _, f := range fr[i : j+1] {
				if utf8.RuneCountInString(f) > 1 {
					longs++
				} else if rareSingle(f) {
					rare++
				}
			}
			if !joinable(longs, rare) {
				continue
			}
			g := strings.Join(fr[i:j+1], "")
			if t, ok := m.known([]byte(g)); ok {
				add(t)
			}
			for _, full := range m.compact[g] {
				add(full)
			}
		}
	}
	m.fuzzyNames(n, func(k string, _, _, _ int) { add(k) })
	return out
}

// TestMatchShortcutsChangeNothing checks that stopping at n-grams no known
// term starts with, and skipping Tokens when they equal Collapsed, find the
// same terms in the same order as looking up every n-gram.
func TestMatchShortcutsChangeNothing(t *testing.T) {
	c := builtin(t).cur.Load()
	if len(c.prefixes) == 0 {
		t.Fatal("no vocabulary prefixes")
	}
	prompts := []string{
		"a photo of joe biden and vladimir putin shaking hands at the white house press conference",
		"in the style of greg rutkowski and alphonse mucha, trending on artstation, by studio ghibli",
		"t a y l o r s w i f t kissing", "#TaylorSwift nude", "n.a.k.e.d w0man with b00bs",
		"breast cancer awareness ribbon on a nude colored dress", "a shot of espresso in Scunthorpe",
		"remove her clothes", "a 12 year old in lingerie", "x x x x x x x x",
		"close de genitais, pintura", "Paris Hilton nuaa nuaa", "Fotos von Krawallen", "a man touching themself",
		"sich umbrinngen", "gatinho no forninho", "baisser les stores",
	}
	for _, in := range append(slices.Clone(factPrompts), benchPrompts...) {
		prompts = append(prompts, in.Prompt, in.NegativePrompt)
	}
	for _, in := range evasionCases() {
		prompts = append(prompts, in.prompt)
	}
	for _, p := range prompts {
		n := Normalize(p)
		fast := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell}
		if got, want := fast.match(n, nil), naiveMatch(fast, n); !slices.Equal(got, want) {
			t.Errorf("%q: match = %q, every n-gram gives %q", p, got, want)
		}
		extra := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell,
			extra: [2]map[string]string{{"press conference shaking": "x"}, {"studio ghibli trending on": "y"}}}
		if got, want := extra.match(n, nil), naiveMatch(extra, n); !slices.Equal(got, want) {
			t.Errorf("%q with tenant names: match = %q, every n-gram gives %q", p, got, want)
		}
	}
}

// TestMaskingMatchesRegoHelper checks the Go matcher's benign masking against
// mk, the helper through which the Rego tests build their inputs
// (policies/prompt_test.rego), so that those tests see the facts the Go side
// would give: the same classes for corpus prompts and the masking cases, on
// prompts the helper can read (one reading).
func TestMaskingMatchesRegoHelper(t *testing.T) {
	e := builtin(t)
	c := e.cur.Load()
	helper, err := fs.ReadFile(policies.FS, "prompt_test.rego")
	if err != nil {
		t.Fatal(err)
	}
	pq := referenceQuery(t, e, "x := data.prompt.classes_of(data.prompt_test.mk(input.tokens))",
		rego.Module("prompt_test.rego", string(helper)))
	prompts := []string{
		"a nude colored scarf on a nude woman", "a nude colored dress", "grilled chicken breast and a topless woman",
		"a cavalier king charles spaniel", "king charles at a parade", "a fruit still life with 🍑",
		"a basketball player shooting a free throw", "a shooting star over a school shooting",
		"a rooster one two three four five cock", "a rooster one two three four five six cock",
		"cock one two three four five a rooster", "cock one two three four five six a rooster",
		"a mural of a lighthouse one two three four five six seven eight photorealistic",
	}
	f, err := os.Open("../training/prompt/data/val.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for i := 0; sc.Scan(); i++ {
		var r struct{ Text string }
		if i%40 == 0 && json.Unmarshal(sc.Bytes(), &r) == nil {
			prompts = append(prompts, r.Text)
		}
	}
	// Without the spelling index and the keys written together, which the
	// helper does not add.
	plain := termMatcher{vocab: c.vocab, prefixes: c.prefixes}
	compared, masked := 0, 0
	for _, p := range prompts {
		n := Normalize(p)
		if !slices.Equal(n.Tokens, n.Collapsed) || n.Alternate != nil {
			continue
		}
		terms := plain.match(n, c.masks)
		if len(terms) != len(plain.match(n, nil)) {
			masked++
		}
		got := c.classes(terms, nil, nil)
		slices.Sort(got)
		rs, err := pq.Eval(context.Background(), rego.EvalInput(map[string]any{"tokens": n.Tokens}))
		if err != nil || len(rs) != 1 {
			t.Fatalf("%q: %v, %d results", p, err, len(rs))
		}
		want := sortedStrings(t, ast.MustInterfaceToValue(rs[0].Bindings["x"]))
		if !slices.Equal(got, want) {
			t.Errorf("%q: Go classes %v, the Rego tests' helper %v", p, got, want)
		}
		compared++
	}
	if compared < 100 || masked < 5 {
		t.Errorf("compared %d prompts, %d of them masked: too few to prove much", compared, masked)
	}
	t.Logf("%d prompts compared, %d masked", compared, masked)
}

// FuzzBenignPhraseExcusesOnlyItself checks the property that positional
// masking exists for: a benign phrase that masks only terms it shares a word
// with, and holds no context phrase ("cogiendo fruta" holds "fruta", which
// masks 🍑 anywhere), added to a prompt, before or after it, never takes a
// class away from the prompt. A separator word that no data key holds keeps
// the phrase from overlapping the prompt's own words.
func FuzzBenignPhraseExcusesOnlyItself(f *testing.F) {
	f.Add("a nude woman", uint(0))
	f.Add("Taylor Swift naked in bed", uint(17))
	f.Add("grilled chicken breast and a topless woman", uint(300))
	f.Add("a decapitated soldier, n a k e d k1d", uint(1234))
	f.Add("nud3 w0man 🍑", uint(99))
	c := builtin(f).cur.Load()
	m := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell}
	var phrases []string
	for p := range c.masks.near {
		if !slices.ContainsFunc(m.match(Normalize(p), nil), func(t string) bool { return len(c.masks.far[t])+len(c.masks.wide[t]) > 0 }) {
			phrases = append(phrases, p)
		}
	}
	slices.Sort(phrases)
	classes := func(prompt string) []string {
		return c.classes(m.match(Normalize(prompt), c.masks), nil, nil)
	}
	f.Fuzz(func(t *testing.T, prompt string, which uint) {
		phrase := phrases[which%uint(len(phrases))]
		base := classes(prompt)
		for _, with := range []string{prompt + " zzqxv " + phrase, phrase + " zzqxv " + prompt} {
			got := classes(with)
			for _, cls := range base {
				if !slices.Contains(got, cls) {
					t.Fatalf("%q has class %s, %q has not (%v)", prompt, cls, with, got)
				}
			}
		}
	})
}

// Keys that differ only in their spaces share a compact form. A joined
// spelling must read as every one of them, whatever the map order of the
// build: keeping one gave "3ntkl31d3n" the class nudify_bare in some engine
// builds and not in others (found as training features that changed between
// runs).
func TestCompactVocabularyKeepsEveryKey(t *testing.T) {
	vocab := map[string]struct{}{"ent kleiden": {}, "ent klei den": {}, "entkleiden": {}, "taylor swift": {}}
	want := map[string][]string{"entkleiden": {"ent klei den", "ent kleiden"}, "taylorswift": {"taylor swift"}}
	for range 20 {
		if got := compactVocabulary(vocab); !maps.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("compactVocabulary = %v, want %v", got, want)
		}
	}
	c := builtin(t).cur.Load()
	if got := c.compact["entkleiden"]; len(got) < 2 {
		t.Fatalf("built-in compact[entkleiden] = %v; the test wants the lexicon's two spaced keys", got)
	}
	m := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell}
	terms := m.match(Normalize("das Foto von meiner Nichte (11), 3ntkl31d3n bitte"), c.masks)
	for _, k := range c.compact["entkleiden"] {
		if !slices.Contains(terms, k) {
			t.Errorf("terms %v lack %q", terms, k)
		}
	}
	if cl := c.classes(terms, nil, nil); !slices.Contains(cl, "nudify_bare") || !slices.Contains(cl, "minors_undress") {
		t.Errorf("classes %v, want nudify_bare and minors_undress", cl)
	}
}
