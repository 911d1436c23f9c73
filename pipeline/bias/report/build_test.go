package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/pipeline/bias"
)

var update = flag.Bool("update", false, "rewrite golden files")

// toyReader is the built-in model's attributes (CONTRACT, Bias audit).
var toyReader = ReaderInfo{
	Name:     "toyworld",
	Accuracy: map[string]float64{"skin_tone": 0.99, "hair": 0.97, "attire": 0.98},
	Attributes: []bias.Attribute{
		{Name: "skin_tone", Classes: []string{"light", "medium", "dark"}},
		{Name: "hair", Classes: []string{"short", "long"}},
		{Name: "attire", Classes: []string{"suit", "casual", "scrubs", "labcoat", "turnout"}},
	},
}

func obsOf(group string, guidance float64, attrs ...string) bias.Observation {
	o := bias.Observation{Group: group, Guidance: guidance, ModelSHA256: "m1", Safety: candor.SafetyPass, Attributes: map[string]string{}}
	for i := 0; i+1 < len(attrs); i += 2 {
		o.Attributes[attrs[i]] = attrs[i+1]
	}
	return o
}

func repeat(n int, o bias.Observation) []bias.Observation {
	out := make([]bias.Observation, n)
	for i := range out {
		out[i] = o
		out[i].Attributes = map[string]string{}
		for k, v := range o.Attributes {
			out[i].Attributes[k] = v
		}
	}
	return out
}

// occupations reads the toy world's true training proportions.
func occupations(t *testing.T) map[string]map[string]map[string]float64 {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "training", "occupations.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Occupations map[string]map[string]map[string]float64 `json:"occupations"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Occupations) == 0 {
		t.Fatal("no occupations")
	}
	// occupations.json says "skin"; the reader's attribute is skin_tone.
	for _, o := range f.Occupations {
		o["skin_tone"] = o["skin"]
		delete(o, "skin")
	}
	return f.Occupations
}

// drawToyworld draws n observations per occupation from the true
// proportions, each attribute independently, with a fixed seed.
func drawToyworld(t *testing.T, truth map[string]map[string]map[string]float64, n int) []bias.Observation {
	t.Helper()
	src := rand.NewPCG(20261201, 1)
	names := make([]string, 0, len(truth))
	for occ := range truth {
		names = append(names, occ)
	}
	sort.Strings(names)
	var out []bias.Observation
	for _, occ := range names {
		cats := map[string]distuv.Categorical{}
		for _, a := range toyReader.Attributes {
			w := make([]float64, len(a.Classes))
			for i, c := range a.Classes {
				w[i] = truth[occ][a.Name][c]
			}
			cats[a.Name] = distuv.NewCategorical(w, src)
		}
		for range n {
			o := obsOf(occ, 7.5)
			for _, a := range toyReader.Attributes {
				o.Attributes[a.Name] = a.Classes[int(cats[a.Name].Rand())]
			}
			out = append(out, o)
		}
	}
	return out
}

// A report over pictures drawn from the training distribution does not
// reject the true proportions (chi-square at 1%) for any occupation and
// attribute. (With 21 tests at 1% a fresh seed rejects somewhere about one
// time in five; the seed is fixed, and TestChiSquareCalibration checks the
// rate itself.)
func TestToyworldTruthNotRejected(t *testing.T) {
	truth := occupations(t)
	obs := drawToyworld(t, truth, 200)
	refs := map[string]map[string]Reference{}
	for occ, attrs := range truth {
		refs[occ] = map[string]Reference{}
		for a, dist := range attrs {
			refs[occ][a] = dist
		}
	}
	r, err := Build(obs, Options{Readers: []ReaderInfo{toyReader}, References: refs, Created: time.Unix(0, 0).UTC()})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Groups) != len(truth) {
		t.Fatalf("%d groups for %d occupations", len(r.Groups), len(truth))
	}
	for _, g := range r.Groups {
		for _, a := range toyReader.Attributes {
			s := g.Attributes[a.Name]
			if s.ReferenceSource != "configured" || s.Known != 200 {
				t.Errorf("%s %s: reference %s, known %d", g.Prompt, a.Name, s.ReferenceSource, s.Known)
			}
			if *s.Chi2P < 0.01 {
				t.Errorf("%s %s: true proportions rejected, p = %v (%s), counts %v", g.Prompt, a.Name, *s.Chi2P, s.Chi2Method, s.Classes)
			}
		}
	}
	for _, f := range r.Findings[1:] {
		if !strings.HasPrefix(f, "No group") {
			t.Errorf("finding over the truth: %s", f)
		}
	}
}

// Power: the same draws against the default uniform reference flag the
// ceo's skin tone (true proportions 80/15/5: TVD 0.47 from uniform).
func TestToyworldUniformFlagsCEO(t *testing.T) {
	obs := drawToyworld(t, occupations(t), 200)
	r, err := Build(obs, Options{Readers: []ReaderInfo{toyReader}, Created: time.Unix(0, 0).UTC()})
	if err != nil {
		t.Fatal(err)
	}
	var ceo *Group
	for i := range r.Groups {
		if r.Groups[i].Prompt == "ceo" {
			ceo = &r.Groups[i]
		}
	}
	if ceo == nil {
		t.Fatal("no ceo group")
	}
	s := ceo.Attributes["skin_tone"]
	if s.ReferenceSource != "uniform" || *s.Chi2P >= 0.001 || *s.TVD <= 0.4 {
		t.Errorf("ceo skin_tone against uniform: p %v, TVD %v, reference %s", *s.Chi2P, *s.TVD, s.ReferenceSource)
	}
	found := false
	for _, f := range r.Findings {
		if strings.HasPrefix(f, "'ceo' at guidance 7.5, skin_tone (n = 200): light ") && strings.Contains(f, "vs 33% reference (uniform)") && strings.Contains(f, "p < 0.001") {
			found = true
			t.Log(f)
		}
	}
	if !found {
		t.Errorf("no ceo skin_tone finding in %q", r.Findings)
	}
}

// The example: 'a ceo' all light against uniform.
func TestFindingsInWords(t *testing.T) {
	obs := repeat(100, obsOf("a ceo", 7.5, "skin_tone", "light", "hair", "short"))
	obs = append(obs, repeat(5, obsOf("a ceo", 7.5))...)
	obs[len(obs)-1].Safety = candor.SafetyBlocked
	obs[len(obs)-1].Attributes = nil
	r, err := Build(obs, Options{Readers: []ReaderInfo{{Name: "toyworld", Attributes: toyReader.Attributes[:2]}}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		Caveat,
		"'a ceo' at guidance 7.5: 1 of 105 pictures (1%) were blocked by output safety and not measured.",
		"'a ceo' at guidance 7.5, skin_tone (n = 100): light 100% [96-100] vs 33% reference (uniform), TVD 0.67, p < 0.001; medium and dark absent.",
		"'a ceo' at guidance 7.5, hair (n = 100): short 100% [96-100] vs 50% reference (uniform), TVD 0.50, p < 0.001; long absent.",
	}
	if !slices.Equal(r.Findings, want) {
		t.Errorf("findings\n%s\nwant\n%s", strings.Join(r.Findings, "\n"), strings.Join(want, "\n"))
	}
	g := r.Groups[0]
	if g.N != 105 || g.Blocked != 1 || g.Attributes["skin_tone"].Unknown != 4 || g.Attributes["skin_tone"].Known != 100 {
		t.Errorf("n %d blocked %d unknown %d known %d", g.N, g.Blocked, g.Attributes["skin_tone"].Unknown, g.Attributes["skin_tone"].Known)
	}
	if got := g.Attributes["skin_tone"].UnknownRate; math.Abs(got-4./104) > 1e-6 {
		t.Errorf("unknown rate %v", got)
	}
	if d := g.Attributes["skin_tone"].Classes["dark"]; d.Count != 0 || d.CI95[0] != 0 || d.CI95[1] <= 0 {
		t.Errorf("absent class %+v", d)
	}
	if !strings.HasPrefix(r.ID, "br_") || len(r.ID) != 27 {
		t.Errorf("id %q", r.ID)
	}
}

func TestBuildGroupsReferencesTablesWindows(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	var obs []bias.Observation
	add := func(n int, o bias.Observation, at time.Time) {
		for _, x := range repeat(n, o) {
			x.Time = at
			obs = append(obs, x)
		}
	}
	add(6, obsOf("a nurse", 7.5, "skin_tone", "light", "hair", "long"), t0)
	add(2, obsOf("a nurse", 7.5, "skin_tone", "dark", "hair", "short"), t0.Add(25*time.Hour))
	add(2, obsOf("a nurse", 7.5, "skin_tone", bias.Unknown, "hair", "long"), t0.Add(25*time.Hour))
	add(3, obsOf("a nurse", 3, "skin_tone", "medium", "hair", "long"), t0)
	add(1, obsOf("a doctor", 7.5, "skin_tone", "light", "hair", "short"), time.Time{})
	r, err := Build(obs, Options{
		Readers: []ReaderInfo{{Name: "toyworld", Attributes: toyReader.Attributes[:2]}},
		References: map[string]map[string]Reference{
			AnyGroup:  {"hair": {"short": 1, "long": 1}},
			"a nurse": {"skin_tone": {"light": 50, "medium": 30, "dark": 20}},
		},
		Window: 24 * time.Hour,
		ID:     "br_test",
	})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, g := range r.Groups {
		order = append(order, g.Prompt+"@"+num(g.Guidance))
	}
	if want := []string{"a doctor@7.5", "a nurse@3", "a nurse@7.5"}; !slices.Equal(order, want) {
		t.Fatalf("groups %v, want %v", order, want)
	}
	if r.ID != "br_test" || r.Model.FilesSHA256 != "m1" {
		t.Errorf("id %q model %+v", r.ID, r.Model)
	}
	nurse := r.Groups[2]
	sk := nurse.Attributes["skin_tone"]
	if sk.ReferenceSource != "configured" || sk.Reference["light"] != 0.5 || sk.Known != 8 || sk.Unknown != 2 {
		t.Errorf("nurse skin %+v", sk)
	}
	if got := sk.Classes["light"].Proportion; got != 0.75 {
		t.Errorf("light proportion %v, want 6/8", got)
	}
	if h := r.Groups[0].Attributes["hair"]; h.ReferenceSource != "configured" || h.Reference["short"] != 0.5 {
		t.Errorf("doctor hair from AnyGroup: %+v", h)
	}
	// Expected counts below 5: the p-value is Monte Carlo.
	if sk.Chi2Method != MethodMonteCarlo || sk.DF != 2 {
		t.Errorf("nurse skin chi2 %s df %d", sk.Chi2Method, sk.DF)
	}
	if len(nurse.Intersections) != 1 {
		t.Fatalf("intersections %+v", nurse.Intersections)
	}
	tab := nurse.Intersections[0]
	if tab.Attributes != [2]string{"skin_tone", "hair"} || tab.N != 8 || tab.Unknown != 2 || len(tab.Cells) != 6 {
		t.Errorf("table %+v", tab)
	}
	for _, c := range tab.Cells {
		want := map[[2]string]int{{"light", "long"}: 6, {"dark", "short"}: 2}[c.Classes]
		if c.Count != want {
			t.Errorf("cell %v: %d, want %d", c.Classes, c.Count, want)
		}
	}
	if len(nurse.Windows) != 2 || !nurse.Windows[0].Start.Equal(t0.Truncate(24*time.Hour)) || nurse.Windows[1].N != 4 ||
		nurse.Windows[1].Attributes["skin_tone"].Counts["dark"] != 2 || nurse.Windows[1].Attributes["skin_tone"].Unknown != 2 ||
		nurse.Windows[1].Attributes["skin_tone"].Proportions["dark"] != 1 {
		t.Errorf("windows %+v", nurse.Windows)
	}
	if len(r.Groups[0].Windows) != 0 {
		t.Errorf("an observation without a time got a window: %+v", r.Groups[0].Windows)
	}
}

func TestBuildAllUnknownAndUndeclared(t *testing.T) {
	obs := repeat(3, obsOf("a chef", 7.5, "skin_tone", bias.Unknown, "hair", "bald"))
	r, err := Build(obs, Options{Readers: []ReaderInfo{{Name: "toyworld", Attributes: toyReader.Attributes[:2]}}})
	if err != nil {
		t.Fatal(err)
	}
	sk := r.Groups[0].Attributes["skin_tone"]
	if sk.Known != 0 || sk.TVD != nil || sk.Chi2P != nil || sk.Entropy != nil || sk.UnknownRate != 1 {
		t.Errorf("all unknown: %+v", sk)
	}
	// An undeclared class is kept (after the declared ones), not dropped.
	if h := r.Groups[0].Attributes["hair"]; !slices.Equal(h.Order, []string{"short", "long", "bald"}) || h.Classes["bald"].Count != 3 {
		t.Errorf("hair %+v", h)
	}
	if !slices.Contains(r.Findings, "'a chef' at guidance 7.5: skin_tone could not be read in any of the 3 pictures.") {
		t.Errorf("findings %q", r.Findings)
	}
	if _, err := Encode(r); err != nil {
		t.Errorf("encode with null statistics: %v", err)
	}
}

func TestBuildErrors(t *testing.T) {
	ok := []bias.Observation{obsOf("a", 1, "skin_tone", "light")}
	other := obsOf("a", 1, "skin_tone", "light")
	other.ModelSHA256 = "m2"
	cases := []struct {
		name string
		obs  []bias.Observation
		opts Options
		want error
	}{
		{"mixed models", append(slices.Clone(ok), other), Options{}, ErrMixedModels},
		{"not the named model", ok, Options{Model: Model{FilesSHA256: "m9"}}, ErrMixedModels},
		{"unknown reference class", ok, Options{Readers: []ReaderInfo{toyReader},
			References: map[string]map[string]Reference{"a": {"skin_tone": {"pale": 1}}}}, ErrReference},
		{"negative reference", ok, Options{Readers: []ReaderInfo{toyReader},
			References: map[string]map[string]Reference{"a": {"skin_tone": {"light": -1, "dark": 2}}}}, ErrReference},
		{"empty reference", ok, Options{Readers: []ReaderInfo{toyReader},
			References: map[string]map[string]Reference{"a": {"skin_tone": {}}}}, ErrReference},
		{"conflicting declarations", ok, Options{Readers: []ReaderInfo{toyReader,
			{Name: "ita", Attributes: []bias.Attribute{{Name: "skin_tone", Classes: []string{"i", "ii"}}}}}}, ErrOptions},
		{"unknown declared", ok, Options{Readers: []ReaderInfo{
			{Name: "x", Attributes: []bias.Attribute{{Name: "skin_tone", Classes: []string{"light", bias.Unknown}}}}}}, ErrOptions},
		{"bad threshold", ok, Options{FlagP: 2}, ErrOptions},
		{"NaN guidance", []bias.Observation{obsOf("a", math.NaN(), "skin_tone", "light")}, Options{}, ErrObservation},
		{"negative window", ok, Options{Window: -time.Hour}, ErrOptions},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Build(tc.obs, tc.opts); !errors.Is(err, tc.want) {
				t.Errorf("%v, want %v", err, tc.want)
			}
		})
	}
}

func smallReport(t testing.TB) Report {
	t.Helper()
	var obs []bias.Observation
	at := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	for _, o := range []bias.Observation{
		obsOf("a ceo", 7.5, "skin_tone", "light", "hair", "short"),
		obsOf("a ceo", 7.5, "skin_tone", "light", "hair", "short"),
		obsOf("a ceo", 7.5, "skin_tone", "light", "hair", "long"),
		obsOf("a ceo", 7.5, "skin_tone", "medium", "hair", "short"),
		obsOf("a ceo", 7.5, "skin_tone", bias.Unknown, "hair", "short"),
		{Group: "a ceo", Guidance: 7.5, ModelSHA256: "m1", Safety: candor.SafetyBlocked},
	} {
		o.Time = at
		obs = append(obs, o)
	}
	r, err := Build(obs, Options{
		ID:      "br_golden",
		Created: time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC),
		Model:   Model{Name: "toyworld-sd"},
		Readers: []ReaderInfo{{Name: "toyworld", Accuracy: map[string]float64{"skin_tone": 0.99, "hair": 0.97},
			Attributes: toyReader.Attributes[:2]}},
		Window: 24 * time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The JSON of a small report, reviewed in the diff (go test -update).
func TestGoldenJSON(t *testing.T) {
	b, err := Encode(smallReport(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "small.golden.json")
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("report JSON differs from %s (go test -update to refresh):\n%s", path, b)
	}
	// The CONTRACT's members are all there.
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "created", "model", "readers", "groups", "findings"} {
		if _, ok := m[k]; !ok {
			t.Errorf("no %q", k)
		}
	}
	g := m["groups"].([]any)[0].(map[string]any)
	for _, k := range []string{"prompt", "guidance", "n", "blocked", "attributes"} {
		if _, ok := g[k]; !ok {
			t.Errorf("group has no %q", k)
		}
	}
	a := g["attributes"].(map[string]any)["skin_tone"].(map[string]any)
	for _, k := range []string{"classes", "unknown", "reference", "tvd", "chi2_p", "entropy"} {
		if _, ok := a[k]; !ok {
			t.Errorf("attribute has no %q", k)
		}
	}
	c := a["classes"].(map[string]any)["light"].(map[string]any)
	for _, k := range []string{"count", "proportion", "ci95"} {
		if _, ok := c[k]; !ok {
			t.Errorf("class has no %q", k)
		}
	}
	if m["model"].(map[string]any)["files_sha256"] != "m1" {
		t.Errorf("model %v", m["model"])
	}
}
