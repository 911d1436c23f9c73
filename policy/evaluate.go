package policy

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// Evaluate normalises the prompt and negative prompt and asks the policy. An
// error means no decision was made; callers must not generate (fail closed).
func (e *Engine) Evaluate(ctx context.Context, in Input) (Decision, error) {
	if err := ctx.Err(); err != nil {
		return Decision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	c := e.cur.Load()
	value, np, nn, err := c.input(in)
	if err != nil {
		return Decision{}, err
	}
	if err := e.classify(ctx, c, value, np.Text, in); err != nil {
		return Decision{}, err
	}
	// OPA watches ctx with a new goroutine per evaluation unless it is given
	// a Cancel; context.AfterFunc gives it one without a goroutine (and with
	// no work at all for a context that can never be cancelled), which keeps
	// the scheduler out of the latency of every decision.
	cancel := topdown.NewCancel()
	stop := context.AfterFunc(ctx, cancel.Cancel)
	defer stop()
	rs, err := c.query.Eval(ctx, rego.EvalParsedInput(value), rego.EvalGenerateJSON(asTerm), rego.EvalExternalCancel(cancel))
	if err != nil {
		return Decision{}, fmt.Errorf("%w: %w", ErrEvaluate, err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return Decision{}, fmt.Errorf("%w: %s is undefined", ErrEvaluate, Query)
	}
	d, err := decodeResult(rs[0].Expressions[0].Value)
	if err != nil {
		return Decision{}, err
	}
	d.NormalizedPrompt = np.Text
	d.NormalizedNegative = nn.Text
	if d.Revision == "" {
		d.Revision = c.revision
	}
	return d, nil
}

// input builds the Rego input as an AST value directly: converting a Go map
// with ast.InterfaceToValue costs more than the policy's own evaluation of a
// benign prompt. Every value is built fresh per call (AST objects cache their
// sorted keys lazily, so sharing them between goroutines would race).
func (c *compiled) input(in Input) (ast.Value, Normalized, Normalized, error) {
	np := Normalize(in.Prompt)
	nn := Normalize(in.NegativePrompt)

	tenantPeople := tenantSet(in.TenantPolicy.ProtectedPeople)
	tenantArtists := tenantSet(in.TenantPolicy.ProtectedArtists)
	m := termMatcher{vocab: c.vocab, compact: c.compact, prefixes: c.prefixes, spell: c.spell, extra: [2]map[string]string{tenantPeople, tenantArtists}}
	terms := m.match(np, c.masks)
	negTerms := m.match(nn, nil)
	names := c.find(np, tenantPeople, tenantArtists)

	k := &c.keys
	params := k.emptyObject
	if len(in.Params) > 0 {
		v, err := ast.InterfaceToValue(in.Params)
		if err != nil {
			return nil, np, nn, fmt.Errorf("%w: input params: %w", ErrEvaluate, err)
		}
		o, ok := v.(ast.Object)
		if !ok {
			return nil, np, nn, fmt.Errorf("%w: input params are %T, want an object", ErrEvaluate, v)
		}
		params = ast.NewTerm(o)
	}
	cats := k.emptyObject
	if len(in.TenantPolicy.Categories) > 0 {
		o := ast.NewObject()
		for name, level := range in.TenantPolicy.Categories {
			o.Insert(ast.InternedTerm(name), ast.InternedTerm(level))
		}
		cats = ast.NewTerm(o)
	}
	input := ast.NewObject(
		ast.Item(k.prompt, ast.StringTerm(in.Prompt)),
		ast.Item(k.negativePrompt, ast.StringTerm(in.NegativePrompt)),
		ast.Item(k.normalized, ast.ObjectTerm(
			ast.Item(k.prompt, ast.StringTerm(np.Text)),
			ast.Item(k.negativePrompt, ast.StringTerm(nn.Text)),
		)),
		ast.Item(k.tokens, k.strArray(np.Tokens)),
		ast.Item(k.negativeTokens, k.strArray(nn.Tokens)),
		ast.Item(k.terms, k.strArray(terms)),
		ast.Item(k.negativeTerms, k.strArray(negTerms)),
		ast.Item(k.classes, k.strArray(c.classes(terms, tenantPeople, tenantArtists))),
		ast.Item(k.negativeClasses, k.strArray(c.negativeClasses(negTerms))),
		ast.Item(k.statedAges, k.intArray(np.Ages)),
		ast.Item(k.personNames, k.strArray(names.persons)),
		ast.Item(k.styleNames, k.strArray(names.styles)),
		ast.Item(k.tenant, ast.StringTerm(in.Tenant)),
		ast.Item(k.roles, k.strArray(in.Roles)),
		ast.Item(k.params, params),
		ast.Item(k.tenantPolicy, ast.ObjectTerm(
			ast.Item(k.categories, cats),
			ast.Item(k.protectedPeople, k.strObject(tenantPeople)),
			ast.Item(k.protectedArtists, k.strObject(tenantArtists)),
		)),
	)
	return input, np, nn, nil
}

// asTerm keeps the query's result as the AST term the evaluator produced;
// decodeResult reads the Decision from it directly instead of converting the
// whole result to map[string]any first.
func asTerm(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil }

func decodeResult(v any) (Decision, error) {
	t, ok := v.(*ast.Term)
	if !ok {
		return Decision{}, fmt.Errorf("%w: result is %T, want a term", ErrEvaluate, v)
	}
	m, ok := t.Value.(ast.Object)
	if !ok {
		return Decision{}, fmt.Errorf("%w: result is %v, want an object", ErrEvaluate, ast.ValueName(t.Value))
	}
	var d Decision
	switch field(m, "decision") {
	case "allow":
		d.Allow = true
	case "deny":
	default:
		return Decision{}, fmt.Errorf("%w: decision %v is neither allow nor deny", ErrEvaluate, m.Get(ast.InternedTerm("decision")))
	}
	var err error
	if d.Reasons, err = decodeReasons(m.Get(ast.InternedTerm("reasons"))); err != nil {
		return Decision{}, err
	}
	if d.Warnings, err = decodeReasons(m.Get(ast.InternedTerm("warnings"))); err != nil {
		return Decision{}, err
	}
	if d.Allow && len(d.Reasons) > 0 {
		return Decision{}, fmt.Errorf("%w: allow with %d deny reasons", ErrEvaluate, len(d.Reasons))
	}
	d.Revision = field(m, "revision")
	if v := m.Get(ast.InternedTerm("depicts_people")); v != nil {
		b, ok := v.Value.(ast.Boolean)
		if !ok {
			return Decision{}, fmt.Errorf("%w: depicts_people is %v, want a boolean", ErrEvaluate, ast.ValueName(v.Value))
		}
		d.DepictsPeople = bool(b)
	}
	return d, nil
}

// field is the string value of m[key], or "" when it is absent or no string.
func field(m ast.Object, key string) string {
	v := m.Get(ast.InternedTerm(key))
	if v == nil {
		return ""
	}
	s, _ := v.Value.(ast.String)
	return string(s)
}

func decodeReasons(v *ast.Term) ([]Reason, error) {
	if v == nil {
		return nil, nil
	}
	arr, ok := v.Value.(*ast.Array)
	if !ok {
		return nil, fmt.Errorf("%w: reasons are %v, want an array", ErrEvaluate, ast.ValueName(v.Value))
	}
	if arr.Len() == 0 {
		return []Reason{}, nil
	}
	out := make([]Reason, 0, arr.Len())
	for i := range arr.Len() {
		r, ok := arr.Elem(i).Value.(ast.Object)
		if !ok {
			return nil, fmt.Errorf("%w: reason is %v, want an object", ErrEvaluate, ast.ValueName(arr.Elem(i).Value))
		}
		x := Reason{Rule: field(r, "rule"), Category: field(r, "category"), Message: field(r, "message"), Severity: field(r, "severity")}
		if x.Rule == "" || x.Message == "" {
			return nil, fmt.Errorf("%w: reason without rule or message", ErrEvaluate)
		}
		out = append(out, x)
	}
	return out, nil
}

// inputKeys are the Rego input's object keys, built once per compiled policy
// and shared by every evaluation: string terms are never modified, and
// building them per call was a fifth of the input's allocations.
type inputKeys struct {
	// emptyObject and emptyArray stand for every empty value: OPA never
	// modifies input values, and objects guard their lazy sorting.
	emptyObject *ast.Term
	emptyArray  *ast.Term

	prompt           *ast.Term
	negativePrompt   *ast.Term
	normalized       *ast.Term
	tokens           *ast.Term
	negativeTokens   *ast.Term
	terms            *ast.Term
	negativeTerms    *ast.Term
	classes          *ast.Term
	negativeClasses  *ast.Term
	statedAges       *ast.Term
	personNames      *ast.Term
	styleNames       *ast.Term
	tenant           *ast.Term
	roles            *ast.Term
	params           *ast.Term
	tenantPolicy     *ast.Term
	categories       *ast.Term
	protectedPeople  *ast.Term
	protectedArtists *ast.Term
}

func newInputKeys() inputKeys {
	return inputKeys{
		emptyObject:      ast.ObjectTerm(),
		emptyArray:       ast.ArrayTerm(),
		prompt:           ast.StringTerm("prompt"),
		negativePrompt:   ast.StringTerm("negative_prompt"),
		normalized:       ast.StringTerm("normalized"),
		tokens:           ast.StringTerm("tokens"),
		negativeTokens:   ast.StringTerm("negative_tokens"),
		terms:            ast.StringTerm("terms"),
		negativeTerms:    ast.StringTerm("negative_terms"),
		classes:          ast.StringTerm("classes"),
		negativeClasses:  ast.StringTerm("negative_classes"),
		statedAges:       ast.StringTerm("stated_ages"),
		personNames:      ast.StringTerm("person_names"),
		styleNames:       ast.StringTerm("style_names"),
		tenant:           ast.StringTerm("tenant"),
		roles:            ast.StringTerm("roles"),
		params:           ast.StringTerm("params"),
		tenantPolicy:     ast.StringTerm("tenant_policy"),
		categories:       ast.StringTerm("categories"),
		protectedPeople:  ast.StringTerm("protected_people"),
		protectedArtists: ast.StringTerm("protected_artists"),
	}
}

// classes is the Go form of the policy's classes_of (policies/prompt.rego):
// the lexicon classes of the prompt's terms (which match has already
// masked) plus named_person and named_artist for the tenant's protected
// names. Doing this lookup here, once per term, is what keeps the Rego
// evaluation small; the decision stays in Rego.
func (c *compiled) classes(terms []string, people, artists map[string]string) []string {
	out := make([]string, 0, 8)
	add := func(cls string) {
		if !slices.Contains(out, cls) {
			out = append(out, cls)
		}
	}
	for _, t := range terms {
		for _, cls := range c.lexicon[t] {
			add(cls)
		}
		if _, ok := people[t]; ok {
			add("named_person")
		}
		if _, ok := artists[t]; ok {
			add("named_artist")
		}
	}
	return out
}

// negativeClasses is the Go form of negative_classes_of: the lexicon classes
// of the negative prompt's terms, without masking.
func (c *compiled) negativeClasses(terms []string) []string {
	out := make([]string, 0, 4)
	for _, t := range terms {
		for _, cls := range c.lexicon[t] {
			if !slices.Contains(out, cls) {
				out = append(out, cls)
			}
		}
	}
	return out
}

// tenantSet is a tenant's names keyed by their normalised form.
func tenantSet(names []string) map[string]string {
	if len(names) == 0 {
		return nil
	}
	out := make(map[string]string, len(names))
	for _, n := range names {
		if k := Key(n); k != "" {
			out[k] = n
		}
	}
	return out
}

// termMatcher finds the n-grams of a prompt that the policy data knows.
// Only those reach Rego: every rule matches data keys, so the rest could not
// change a decision, and leaving them out keeps evaluation fast.
type termMatcher struct {
	vocab   map[string]struct{}
	compact map[string][]string
	// prefixes, when set, are the word prefixes of the multi-word vocabulary
	// keys: an n-gram that is none of them cannot grow into a known term, so
	// match stops extending it. Nil disables the shortcut.
	prefixes map[string]struct{}
	// spell, when set, adds partly spread words and names misspelt by one
	// edit (spelling.go).
	spell *spellingIndex
	extra [2]map[string]string // the tenant's protected people and artists
}

// forms calls add with the listed words that the n-gram g is in a form the
// data lacks (inflect.go, wordforms.go); t and known are what known gave
// for g.
func (m termMatcher) forms(g []byte, t string, known bool, add func(string)) {
	if m.spell == nil {
		return
	}
	if !known || m.spell.maskedOnly(t) {
		if b, ok := m.spell.inflectedBase(g); ok {
			add(b)
		}
	}
	if b, ok := m.spell.doubledBase(g); ok {
		add(b)
		return
	}
	if known {
		return
	}
	if b, ok := m.spell.undoubledBase(g); ok {
		add(b)
	} else if b, ok := m.spell.diminutiveBase(g); ok {
		add(b)
	}
}

func (m termMatcher) known(g []byte) (string, bool) {
	if _, ok := m.vocab[string(g)]; ok {
		return string(g), true
	}
	for _, x := range m.extra {
		if _, ok := x[string(g)]; ok {
			return string(g), true
		}
	}
	return "", false
}

// match is Normalized.Terms filtered by the data, without building the
// n-grams it does not keep. A one-word n-gram equal to a multi-word key
// written together ("taylorswift") adds that key. With spell set, so do
// partly spread letters that join into a term and n-grams one edit from a
// name (spelling.go).
//
// mask (the benign phrases; nil for a negative prompt) leaves out the terms
// benign phrases present mask, see benignMasks. A phrase that shares a word
// with a term it masks masks the occurrences it overlaps in the same reading,
// so "a nude colored dress" has no "nude" but "a nude colored scarf on a nude
// woman" has. A term is kept when a reading with evasions resolved
// (Collapsed, Alternate) has an occurrence of it outside such a phrase; the
// raw tokens decide only for terms those readings lack (a leetspeak phrase,
// "coul3ur nude", masks as its resolved reading does). A context phrase
// ("fruit" for 🍑) masks its terms within contextWindow words of it, a
// medium ("mural") the words about the whole image ("photorealistic")
// anywhere. A misspelt name is masked by its place as a term is. Terms that
// joined fragments add have no position: a phrase that only joining spells
// ("n ude colored") masks them anywhere, one that a reading holds does not,
// and so does any context phrase present.
func (m termMatcher) match(n Normalized, mask *benignMasks) []string {
	if mask == nil {
		mask = &benignMasks{}
	}
	// The tenant's names have prefixes of their own; with any of them, every
	// n-gram is built.
	prune := m.prefixes != nil && len(m.extra[0]) == 0 && len(m.extra[1]) == 0
	seqs, raw := n.readings()
	// found are the known n-grams of every reading in order, names the
	// misspelt names with their places (fuzzyNames reads the same
	// sequences); phrases and contexts are those n-grams of one reading that
	// mask terms they share a word with and that mask others.
	var found, names, phrases, contexts []occurrence
	// anywhere holds the terms that a phrase only joined fragments spell
	// masks.
	var context, anywhere, resolved map[string]struct{}
	if m.spell != nil {
		m.fuzzyNames(n, func(t string, r, start, end int) {
			names = append(names, occurrence{term: t, reading: r, start: start, end: end})
		})
	}
	keep := func(t string, r, start, end int) {
		found = append(found, occurrence{term: t, reading: r, start: start, end: end})
		if len(mask.near[t]) > 0 {
			phrases = append(phrases, found[len(found)-1])
		}
		if len(mask.far[t]) > 0 {
			contexts = append(contexts, found[len(found)-1])
		}
	}
	buf := make([]byte, 0, 128)
	for r, seq := range seqs {
		first := len(found)
		phrases, contexts = phrases[:0], contexts[:0]
		for i := range seq {
			buf = buf[:0]
			for k := 0; k < MaxNgram && i+k < len(seq); k++ {
				if k > 0 {
					buf = append(buf, ' ')
				}
				buf = append(buf, seq[i+k]...)
				t, known := m.known(buf)
				if known {
					keep(t, r, i, i+k+1)
				}
				m.forms(buf, t, known, func(b string) { keep(b, r, i, i+k+1) })
				if k == 0 {
					for _, full := range m.compact[string(buf)] {
						keep(full, r, i, i+1)
					}
				}
				if prune {
					if _, ok := m.prefixes[string(buf)]; !ok {
						break
					}
				}
			}
		}
		cover := func(o *occurrence) {
			o.covered = o.within(phrases, mask.near, 0) || o.within(contexts, mask.far, contextWindow+1)
		}
		for i := first; i < len(found); i++ {
			cover(&found[i])
		}
		for i := range names {
			if names[i].reading == r {
				cover(&names[i])
			}
		}
	}
	var joined []string
	if m.spell != nil {
		m.joinFragments(n, func(t string) { joined = append(joined, t) })
		for _, t := range joined {
			if len(mask.near[t]) > 0 && !slices.ContainsFunc(found, func(o occurrence) bool { return o.term == t }) {
				setAdd(&anywhere, mask.near[t]...)
			}
		}
	}
	// wide holds what a phrase present masks anywhere, context what any
	// context phrase present masks (for the joined terms, which have no
	// place to measure a distance from), resolved the terms that a resolved
	// reading has.
	var wide map[string]struct{}
	present := func(t string) {
		setAdd(&wide, mask.wide[t]...)
		setAdd(&context, mask.far[t]...)
	}
	for _, occs := range [2][]occurrence{found, names} {
		for _, o := range occs {
			present(o.term)
			if o.reading >= raw {
				setAdd(&resolved, o.term)
			}
		}
	}
	for _, t := range joined {
		present(t)
	}

	out := make([]string, 0, 8)
	var seen map[string]struct{}
	add := func(t string) {
		if _, dup := seen[t]; !dup {
			setAdd(&seen, t)
			out = append(out, t)
		}
	}
	// positional adds, in order, the terms of occs that some occurrence
	// keeps: one no phrase covers, in a resolved reading or in the raw
	// tokens where no resolved reading has the term.
	positional := func(occs []occurrence) {
		var kept map[string]struct{}
		for _, o := range occs {
			_, res := resolved[o.term]
			_, w := wide[o.term]
			if !o.covered && !w && !(o.reading < raw && res) {
				setAdd(&kept, o.term)
			}
		}
		for _, o := range occs {
			if _, ok := kept[o.term]; ok {
				add(o.term)
			}
		}
	}
	positional(found)
	for _, t := range joined {
		_, c := context[t]
		_, a := anywhere[t]
		_, w := wide[t]
		if !c && !a && !w {
			add(t)
		}
	}
	positional(names)
	return out
}

func setAdd(set *map[string]struct{}, keys ...string) {
	for _, k := range keys {
		if *set == nil {
			*set = map[string]struct{}{}
		}
		(*set)[k] = struct{}{}
	}
}

// benignMasks is data.candor.benign (phrase -> the terms it masks) in three
// parts: near are the terms that share a word with the phrase ("nude
// colored" -> nude, "charles spaniel" -> "king charles"), which it masks
// where it overlaps them; far are the others, which a context phrase masks
// within contextWindow words of it ("fruit" -> 🍑, "diwali" -> swastika);
// wide are those of the others whose lexicon classes are all among
// data.candor.context_wide_classes, words about the whole image that a
// medium masks anywhere ("mural" -> photorealistic).
type benignMasks struct {
	near, far, wide map[string][]string
}

func newBenignMasks(benign, lexicon map[string][]string, wideClasses []string) *benignMasks {
	m := &benignMasks{near: map[string][]string{}, far: map[string][]string{}, wide: map[string][]string{}}
	isWide := func(t string) bool {
		cls := lexicon[t]
		return len(cls) > 0 && !slices.ContainsFunc(cls, func(c string) bool { return !slices.Contains(wideClasses, c) })
	}
	for phrase, terms := range benign {
		words := strings.Fields(phrase)
		for _, t := range terms {
			switch {
			case slices.ContainsFunc(strings.Fields(t), func(w string) bool { return slices.Contains(words, w) }):
				m.near[phrase] = append(m.near[phrase], t)
			case isWide(t):
				m.wide[phrase] = append(m.wide[phrase], t)
			default:
				m.far[phrase] = append(m.far[phrase], t)
			}
		}
	}
	return m
}

// occurrence is a known n-gram of one reading (the index of its sequence in
// match): the words [start, end); covered when a phrase of the same reading
// masks it there.
type occurrence struct {
	term       string
	reading    int
	start, end int
	covered    bool
}

// contextWindow is how many words may stand between a context phrase and a
// term it masks ("fruit" and 🍑 in "a fruit still life with 🍑"); further
// away, the phrase excuses nothing ("a rooster on a farm, and a woman ...").
const contextWindow = 5

// within reports whether one of phrases that masks o's term (as masks lists)
// lies within slack words of o: 0 means the two share a word position,
// contextWindow+1 that at most contextWindow words stand between them.
// phrases are in the order of their start, and no n-gram is longer than
// MaxNgram words, so only those starting from o.start-MaxNgram+1-slack to
// before o.end+slack can reach it: a hostile prompt of thousands of phrases
// costs a few comparisons per term, not thousands.
func (o occurrence) within(phrases []occurrence, masks map[string][]string, slack int) bool {
	from, _ := slices.BinarySearchFunc(phrases, o.start-MaxNgram+1-slack, func(p occurrence, start int) int { return p.start - start })
	for _, p := range phrases[from:] {
		if p.start >= o.end+slack {
			break
		}
		if p.term != o.term && o.start < p.end+slack && slices.Contains(masks[p.term], o.term) {
			return true
		}
	}
	return false
}

// strArray allocates the array's terms in one block.
func (k *inputKeys) strArray(s []string) *ast.Term {
	if len(s) == 0 {
		return k.emptyArray
	}
	block := make([]ast.Term, len(s))
	ts := make([]*ast.Term, len(s))
	for i, v := range s {
		block[i].Value = ast.String(v)
		ts[i] = &block[i]
	}
	return ast.ArrayTerm(ts...)
}

func (k *inputKeys) intArray(s []int) *ast.Term {
	if len(s) == 0 {
		return k.emptyArray
	}
	ts := make([]*ast.Term, len(s))
	for i, v := range s {
		ts[i] = ast.InternedTerm(v)
	}
	return ast.ArrayTerm(ts...)
}

func (k *inputKeys) strObject(m map[string]string) *ast.Term {
	if len(m) == 0 {
		return k.emptyObject
	}
	o := ast.NewObject()
	for k, v := range m {
		o.Insert(ast.StringTerm(k), ast.StringTerm(v))
	}
	return ast.NewTerm(o)
}
