package policy

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// Query is the Rego rule the engine evaluates.
const Query = "data.prompt.result"

// nameClasses maps the --policy-data name lists (CONTRACT.md) to the lexicon
// class their names get in data.candor.terms.
var nameClasses = map[string]string{
	"protected_people":  "named_person",
	"protected_artists": "named_artist",
}

// Config configures an Engine.
type Config struct {
	// FS holds the built-in policies (policies.FS): *.rego, *_test.rego and
	// *.json files whose top-level object is merged into the data root.
	FS fs.FS
	// Dir, when set, is an on-disk policy directory with the same layout that
	// replaces FS and is watched by Watch.
	Dir string
	// DataDirs are --policy-data directories: each *.json file in them holds
	// one JSON object whose keys are merged into data.candor, adding to the
	// built-in lists (CONTRACT.md, "Policy data").
	DataDirs []string
	// Logger receives reload events; nil discards them.
	Logger *slog.Logger
	// OnReload, if set, is called after every load attempt with nil on
	// success or the error that kept the working policy in place (metrics).
	OnReload func(err error)
	// Scorer, when set, is the prompt classifier: Evaluate passes its scores
	// on the normalised prompt to Rego as input.classifier. Nil: rules only.
	Scorer Scorer
}

// Engine evaluates prompts against a compiled policy. It is safe for
// concurrent use; Reload swaps the compiled policy atomically.
type Engine struct {
	cfg    Config
	log    *slog.Logger
	cur    atomic.Pointer[compiled]
	reload sync.Mutex
}

var _ Evaluator = (*Engine)(nil)

// compiled is one immutable, ready-to-evaluate policy.
type compiled struct {
	query      rego.PreparedEvalQuery
	output     rego.PreparedEvalQuery // OutputQuery, from the same modules and data
	revision   string
	vocab      map[string]struct{}
	compact    map[string][]string // multi-word vocabulary keys without spaces
	prefixes   map[string]struct{} // word prefixes of multi-word vocabulary keys
	lexicon    map[string][]string // data.candor.terms: term -> classes
	masks      *benignMasks        // data.candor.benign: phrase -> masked terms
	spell      *spellingIndex      // partly spread words and misspelt names
	names      *nameFinder         // data.candor.names: names the lexicon does not list
	modules    []*ast.Module       // the policy modules, likewise
	keys       inputKeys
	categories []string
	rules      categoryRules
	tests      int

	okeys          outputKeys
	outputDefaults map[string]map[string]float64
}

// New loads, compiles and tests the policy. It fails if the first load fails,
// since there is no working policy to fall back to.
func New(ctx context.Context, cfg Config) (*Engine, error) {
	if cfg.FS == nil && cfg.Dir == "" {
		return nil, fmt.Errorf("%w: neither FS nor Dir set", ErrConfig)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	e := &Engine{cfg: cfg, log: log}
	if err := e.Reload(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// Revision is the hash of the policies and data in use.
func (e *Engine) Revision() string { return e.cur.Load().revision }

// Categories lists the policy's categories, sorted.
func (e *Engine) Categories() []string { return slices.Clone(e.cur.Load().categories) }

// Reload builds a candidate from the policy source and data directories,
// compiles it, runs its Rego tests and, only if all of that succeeds, swaps it
// in. On failure the working policy stays, the error is logged and returned,
// and OnReload receives it.
func (e *Engine) Reload(ctx context.Context) error {
	e.reload.Lock()
	defer e.reload.Unlock()
	start := time.Now()
	c, err := e.build(ctx)
	if err != nil {
		old := ""
		if cur := e.cur.Load(); cur != nil {
			old = cur.revision
		}
		e.log.Error("policy reload failed; keeping the working policy", "err", err, "revision", old)
	} else {
		e.cur.Store(c)
		e.log.Info("policy loaded", "revision", c.revision, "rego_tests", c.tests,
			"duration", time.Since(start))
	}
	// After the swap, so that OnReload(nil) means the new policy is in use.
	if e.cfg.OnReload != nil {
		e.cfg.OnReload(err)
	}
	return err
}

type sourceFile struct {
	name string
	data []byte
}

// policySource is a candidate policy as read from its directories: the Rego
// files and the merged data under "candor", normalised, with the triggers
// index and the revision added, which is exactly what the Rego sees.
type policySource struct {
	rego     []sourceFile
	root     map[string]any
	candor   map[string]any // root["candor"]
	revision string
}

// source reads and merges the policy directory and the institution's data
// directories.
func (e *Engine) source() (*policySource, error) {
	src := e.cfg.FS
	if e.cfg.Dir != "" {
		src = os.DirFS(e.cfg.Dir)
	}
	regoFiles, jsonFiles, err := readPolicyFS(src)
	if err != nil {
		return nil, err
	}
	if len(regoFiles) == 0 {
		return nil, fmt.Errorf("%w: no .rego files", ErrLoad)
	}
	hash := sha256.New()
	for _, f := range append(append([]sourceFile{}, regoFiles...), jsonFiles...) {
		fmt.Fprintf(hash, "%s\x00%d\x00", f.name, len(f.data))
		hash.Write(f.data)
	}

	root := map[string]any{}
	for _, f := range jsonFiles {
		obj, err := decodeObject(f.data)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrData, f.name, err)
		}
		if err := mergeStrict(root, obj, f.name); err != nil {
			return nil, err
		}
	}
	candor, _ := root["candor"].(map[string]any)
	if candor == nil {
		candor = map[string]any{}
		root["candor"] = candor
	}
	for i, dir := range e.cfg.DataDirs {
		files, err := readDataDir(dir)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			fmt.Fprintf(hash, "data%d/%s\x00%d\x00", i, f.name, len(f.data))
			hash.Write(f.data)
			obj, err := decodeObject(f.data)
			if err != nil {
				return nil, fmt.Errorf("%w: %s: %w", ErrData, filepath.Join(dir, f.name), err)
			}
			if err := mergeInstitution(candor, obj); err != nil {
				return nil, fmt.Errorf("%w: %s: %w", ErrData, filepath.Join(dir, f.name), err)
			}
		}
	}
	if err := normalizeData(candor); err != nil {
		return nil, err
	}
	// Rego finds clauses through the triggers index; built from the merged
	// rules here, a clause that --policy-data appends fires like a built-in one.
	if err := indexTriggers(candor); err != nil {
		return nil, err
	}
	revision := hex.EncodeToString(hash.Sum(nil))
	candor["revision"] = revision
	return &policySource{rego: regoFiles, root: root, candor: candor, revision: revision}, nil
}

// servingData is the data without the lexicon tables (data.candor.terms and
// data.candor.benign). The Go side looks terms up in its own copy and passes
// the classes as input; in Rego only the reference facts (classes_of, which
// the Rego tests use) read those tables. Leaving them out of the queries'
// store keeps 127k terms' AST values off the serving heap.
func servingData(root map[string]any) map[string]any {
	out := maps.Clone(root)
	candor := maps.Clone(root["candor"].(map[string]any))
	delete(candor, "terms")
	delete(candor, "benign")
	delete(candor, "names") // read by the Go side only (nameFinder)
	out["candor"] = candor
	return out
}

func (e *Engine) build(ctx context.Context) (*compiled, error) {
	ps, err := e.source()
	if err != nil {
		return nil, err
	}
	candor, revision := ps.candor, ps.revision
	rules, err := parseCategoryRules(candor)
	if err != nil {
		return nil, err
	}
	known := lexiconClasses(candor)
	if rules.classifier, err = parseClassifierData(candor, rules.defaults, known); err != nil {
		return nil, err
	}
	outputDefaults, err := parseOutputData(candor)
	if err != nil {
		return nil, err
	}
	wideClasses, err := parseWideClasses(candor, known)
	if err != nil {
		return nil, err
	}
	names, err := newNameFinder(candor)
	if err != nil {
		return nil, err
	}
	modules := map[string]*ast.Module{}
	policyModules := []*ast.Module{}
	for _, f := range ps.rego {
		m, err := ast.ParseModuleWithOpts(f.name, string(f.data), ast.ParserOptions{RegoVersion: ast.RegoV1})
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrCompile, err)
		}
		modules[f.name] = m
		if !strings.HasSuffix(f.name, "_test.rego") {
			policyModules = append(policyModules, m)
		}
	}
	// Both queries must be defined by this candidate: a policy directory
	// without an output policy would otherwise load and then fail every image.
	for _, pkg := range []string{"data.prompt", "data.output"} {
		if !slices.ContainsFunc(policyModules, func(m *ast.Module) bool { return m.Package.Path.String() == pkg }) {
			return nil, fmt.Errorf("%w: no module has package %s", ErrCompile, strings.TrimPrefix(pkg, "data."))
		}
	}

	// The Rego tests read all the data, the lexicon included; the queries
	// get the serving data. Both stores hold AST values, converted once: a
	// store that converts on read made each test that touches the lexicon
	// convert it again. The tests' store is garbage once they have run.
	tests, err := runRegoTests(ctx, modules, inmem.NewFromObjectWithOpts(ps.root, inmem.OptReturnASTValuesOnRead(true)))
	if err != nil {
		return nil, err
	}
	store := inmem.NewFromObjectWithOpts(servingData(ps.root), inmem.OptReturnASTValuesOnRead(true))

	// prepare compiles one query over the policy modules and the data. Both
	// queries are prepared before anything is swapped, so Reload replaces the
	// prompt and the output policy together or neither.
	prepare := func(query string) (rego.PreparedEvalQuery, error) {
		opts := []func(*rego.Rego){
			rego.Query(query),
			rego.Store(store),
			rego.SetRegoVersion(ast.RegoV1),
		}
		for _, m := range policyModules {
			opts = append(opts, rego.ParsedModule(m))
		}
		pq, err := rego.New(opts...).PrepareForEval(ctx)
		if err != nil {
			return pq, fmt.Errorf("%w: %s: %w", ErrCompile, query, err)
		}
		return pq, nil
	}
	pq, err := prepare(Query)
	if err != nil {
		return nil, err
	}
	oq, err := prepare(OutputQuery)
	if err != nil {
		return nil, err
	}
	vocab := vocabulary(candor)
	lexicon := stringLists(candor["terms"])
	benign := stringLists(candor["benign"])
	cats := make([]string, 0, len(rules.defaults))
	for c := range rules.defaults {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	return &compiled{
		query:      pq,
		output:     oq,
		revision:   revision,
		vocab:      vocab,
		compact:    compactVocabulary(vocab),
		prefixes:   vocabularyPrefixes(vocab),
		lexicon:    lexicon,
		masks:      newBenignMasks(benign, lexicon, wideClasses),
		spell:      newSpellingIndex(vocab, lexicon, benign, stringList(candor["name_lookalikes"]), stringList(candor["word_lookalikes"])),
		names:      names,
		modules:    policyModules,
		keys:       newInputKeys(),
		categories: cats,
		rules:      rules,
		tests:      tests,

		okeys:          newOutputKeys(),
		outputDefaults: outputDefaults,
	}, nil
}

// runRegoTests compiles all modules, tests included, and runs every test_
// rule with OPA's tester. It returns the number of tests run.
func runRegoTests(ctx context.Context, modules map[string]*ast.Module, store storage.Store) (int, error) {
	compiler := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1)
	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(store).
		SetModules(modules).
		SetDefaultRegoVersion(ast.RegoV1).
		SetTimeout(time.Minute)
	ch, err := runner.RunTests(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrCompile, err)
	}
	var failed []string
	n := 0
	for r := range ch {
		n++
		if r.Error != nil {
			failed = append(failed, fmt.Sprintf("%s.%s: %v", r.Package, r.Name, r.Error))
		} else if !r.Pass() {
			failed = append(failed, r.Package+"."+r.Name)
		}
	}
	if len(failed) > 0 {
		sort.Strings(failed)
		return n, fmt.Errorf("%w: %d of %d: %s", ErrPolicyTest, len(failed), n, strings.Join(failed, ", "))
	}
	return n, nil
}

// readPolicyFS reads every .rego and .json file in fsys, sorted by path.
func readPolicyFS(fsys fs.FS) (regoFiles, jsonFiles []sourceFile, err error) {
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		ext := path.Ext(p)
		if ext != ".rego" && ext != ".json" {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if ext == ".rego" {
			regoFiles = append(regoFiles, sourceFile{p, data})
		} else {
			jsonFiles = append(jsonFiles, sourceFile{p, data})
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrLoad, err)
	}
	return regoFiles, jsonFiles, nil
}

// readDataDir reads the *.json files directly in dir, sorted by name.
func readDataDir(dir string) ([]sourceFile, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: policy data: %w", ErrLoad, err)
	}
	var out []sourceFile
	for _, ent := range ents {
		if ent.IsDir() || filepath.Ext(ent.Name()) != ".json" || strings.HasPrefix(ent.Name(), ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, ent.Name()))
		if err != nil {
			return nil, fmt.Errorf("%w: policy data: %w", ErrLoad, err)
		}
		out = append(out, sourceFile{ent.Name(), data})
	}
	return out, nil
}

// decodeObject decodes one JSON object, rejecting trailing data.
func decodeObject(data []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("data after the JSON object")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("top level is %T, want a JSON object", v)
	}
	return obj, nil
}

// mergeStrict merges src into dst the way OPA's loader merges data files:
// objects merge recursively and any other overlap is a conflict.
func mergeStrict(dst, src map[string]any, file string) error {
	for k, v := range src {
		old, ok := dst[k]
		if !ok {
			dst[k] = v
			continue
		}
		om, ok1 := old.(map[string]any)
		nm, ok2 := v.(map[string]any)
		if !ok1 || !ok2 {
			return fmt.Errorf("%w: %s: key %q is defined twice", ErrData, file, k)
		}
		if err := mergeStrict(om, nm, file); err != nil {
			return err
		}
	}
	return nil
}

// indexTriggers sets data.candor.triggers from data.candor.rules: each
// clause [a] under triggers[a].alone, each clause [a, b, rest...] under
// triggers[a].with[b] as {"rule", "and": rest} (policies/prompt.rego).
func indexTriggers(candor map[string]any) error {
	rules, _ := candor["rules"].(map[string]any)
	type entry struct {
		alone []any
		with  map[string][]any
	}
	idx := map[string]*entry{}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	slices.Sort(ids) // a stable index, so the same data gives the same document
	for _, id := range ids {
		r, ok := rules[id].(map[string]any)
		if !ok {
			return fmt.Errorf("%w: rule %q is not an object", ErrData, id)
		}
		when, _ := r["when"].([]any)
		for _, c := range when {
			cl, ok := c.([]any)
			if !ok || len(cl) == 0 {
				return fmt.Errorf("%w: rule %q: a clause must be a non-empty list of classes", ErrData, id)
			}
			names := make([]string, len(cl))
			for i, x := range cl {
				if names[i], ok = x.(string); !ok || names[i] == "" {
					return fmt.Errorf("%w: rule %q: a clause must be a non-empty list of classes", ErrData, id)
				}
			}
			e := idx[names[0]]
			if e == nil {
				e = &entry{with: map[string][]any{}}
				idx[names[0]] = e
			}
			if len(names) == 1 {
				if !slices.Contains(e.alone, any(id)) {
					e.alone = append(e.alone, id)
				}
				continue
			}
			rest := make([]any, 0, len(names)-2)
			for _, n := range names[2:] {
				rest = append(rest, n)
			}
			e.with[names[1]] = append(e.with[names[1]], map[string]any{"rule": id, "and": rest})
		}
	}
	out := make(map[string]any, len(idx))
	for first, e := range idx {
		t := map[string]any{}
		if len(e.alone) > 0 {
			t["alone"] = e.alone
		}
		if len(e.with) > 0 {
			w := make(map[string]any, len(e.with))
			for k, v := range e.with {
				w[k] = v
			}
			t["with"] = w
		}
		out[first] = t
	}
	candor["triggers"] = out
	return nil
}

// mergeInstitution merges an institution's object into data.candor: name
// lists and objects add to what is there, arrays append, scalars replace.
func mergeInstitution(dst, src map[string]any) error {
	for k, v := range src {
		if class, ok := nameClasses[k]; ok {
			set, err := nameSet(v)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			terms, _ := dst["terms"].(map[string]any)
			if terms == nil {
				terms = map[string]any{}
				dst["terms"] = terms
			}
			for nk := range set {
				classes, _ := terms[nk].([]any)
				if !slices.Contains(classes, any(class)) {
					terms[nk] = append(slices.Clone(classes), class)
				}
			}
			continue
		}
		switch nv := v.(type) {
		case map[string]any:
			om, ok := dst[k].(map[string]any)
			if !ok {
				dst[k] = nv
				continue
			}
			if err := mergeInstitution(om, nv); err != nil {
				return fmt.Errorf("%s.%w", k, err)
			}
		case []any:
			oa, _ := dst[k].([]any)
			for _, x := range nv {
				if !slices.ContainsFunc(oa, func(y any) bool { return fmt.Sprint(y) == fmt.Sprint(x) }) {
					oa = append(oa, x)
				}
			}
			dst[k] = oa
		default:
			dst[k] = v
		}
	}
	return nil
}

// nameSet turns a list of names, or an object of name to display name, into
// an object keyed by the normalised name.
func nameSet(v any) (map[string]any, error) {
	out := map[string]any{}
	add := func(name, display string) error {
		k := Key(name)
		if k == "" {
			return fmt.Errorf("name %q has no letters or digits", name)
		}
		out[k] = display
		return nil
	}
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("want strings, got %T", x)
			}
			if err := add(s, s); err != nil {
				return nil, err
			}
		}
	case map[string]any:
		for k, x := range t {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("want string values, got %T", x)
			}
			if err := add(k, s); err != nil {
				return nil, err
			}
		}
	default:
		return nil, fmt.Errorf("want a list of names, got %T", v)
	}
	return out, nil
}

// normalizeData re-keys the lookup tables in data.candor with Key, so that
// whatever spelling a file uses matches the normaliser's terms.
func normalizeData(candor map[string]any) error {
	for _, k := range []string{"terms", "benign"} {
		v, ok := candor[k]
		if !ok {
			continue
		}
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%w: data.candor.%s must be an object", ErrData, k)
		}
		out := make(map[string]any, len(m))
		for name, val := range m {
			key := Key(name)
			if key == "" {
				continue
			}
			if old, ok := out[key]; ok {
				oa, ok1 := old.([]any)
				na, ok2 := val.([]any)
				if ok1 && ok2 {
					out[key] = append(slices.Clone(oa), na...)
				}
				continue
			}
			out[key] = val
		}
		addReflexiveVariants(out)
		if k == "benign" {
			addReflexiveTargets(out)
		}
		candor[k] = out
	}
	return nil
}

// vocabulary is every key of every object directly under data.candor, plus
// the terms that benign phrases mask: the only n-grams the Rego can match.
// Passing just those keeps evaluation fast without changing any decision.
func vocabulary(candor map[string]any) map[string]struct{} {
	vocab := map[string]struct{}{}
	for k, v := range candor {
		if k == "output" || k == "names" {
			continue // the output policy's data, and names read by nameFinder: no prompt terms
		}
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		for k := range m {
			vocab[k] = struct{}{}
		}
	}
	if b, ok := candor["benign"].(map[string]any); ok {
		for _, v := range b {
			if arr, ok := v.([]any); ok {
				for _, x := range arr {
					if s, ok := x.(string); ok {
						vocab[s] = struct{}{}
					}
				}
			}
		}
	}
	return vocab
}

// compactVocabulary maps "taylorswift" to "taylor swift" for every multi-word
// key, so that hashtag spellings and letters spread across word boundaries
// ("t a y l o r s w i f t") still match. Keys that differ only in their
// spaces ("ent kleiden", "ent klei den") share a compact form; it maps to
// all of them, sorted, so that a joined spelling reads as every one. (Keeping
// one of them, the last in map order, made the classes of a prompt depend on
// the engine build.)
func compactVocabulary(vocab map[string]struct{}) map[string][]string {
	out := map[string][]string{}
	for k := range vocab {
		if strings.Contains(k, " ") {
			c := strings.ReplaceAll(k, " ", "")
			out[c] = append(out[c], k)
		}
	}
	for _, keys := range out {
		slices.Sort(keys)
	}
	return out
}

// stringLists copies an object of string arrays (data.candor.terms,
// data.candor.benign) into Go for the fact extraction in Evaluate. Entries
// that are not arrays of strings are skipped here, as the Rego lookups would
// find no string in them either.
func stringLists(v any) map[string][]string {
	m, _ := v.(map[string]any)
	out := make(map[string][]string, len(m))
	for k, x := range m {
		arr, _ := x.([]any)
		var l []string
		for _, y := range arr {
			if s, ok := y.(string); ok {
				l = append(l, s)
			}
		}
		if len(l) > 0 {
			out[k] = l
		}
	}
	return out
}

// parseWideClasses reads data.candor.context_wide_classes, the lexicon
// classes of words about the whole image that a context phrase masks
// anywhere in the prompt (see benignMasks): a list of classes that lexicon
// terms have (known, from lexiconClasses). Absent, it is empty.
func parseWideClasses(candor map[string]any, known map[string]bool) ([]string, error) {
	v, ok := candor["context_wide_classes"]
	if !ok {
		return nil, nil
	}
	arr, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%w: data.candor.context_wide_classes must be a list of lexicon classes", ErrData)
	}
	out := make([]string, 0, len(arr))
	for _, x := range arr {
		s, ok := x.(string)
		if !ok || !known[s] {
			return nil, fmt.Errorf("%w: data.candor.context_wide_classes: %v is not a class of any lexicon term", ErrData, x)
		}
		out = append(out, s)
	}
	return out, nil
}

// stringList is the strings of a JSON array (data.candor.name_lookalikes).
func stringList(v any) []string {
	arr, _ := v.([]any)
	out := make([]string, 0, len(arr))
	for _, x := range arr {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// vocabularyPrefixes is every proper word prefix of the multi-word keys
// ("taylor" for "taylor swift"): the n-grams worth extending by one more word.
func vocabularyPrefixes(vocab map[string]struct{}) map[string]struct{} {
	out := map[string]struct{}{}
	for k := range vocab {
		for i := range len(k) {
			if k[i] == ' ' {
				out[k[:i]] = struct{}{}
			}
		}
	}
	return out
}
