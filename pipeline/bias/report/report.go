package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/pipeline/bias"
)

// Report is a bias audit report (the CONTRACT's report JSON). Members beyond
// the CONTRACT's (blocked_rate, known, unknown_rate, reference_source, chi2,
// df, chi2_method, order, intersections, windows, the readers' attributes)
// only add detail.
type Report struct {
	ID       string       `json:"id"`
	Created  time.Time    `json:"created"`
	Model    Model        `json:"model"`
	Readers  []ReaderInfo `json:"readers"`
	Groups   []Group      `json:"groups"`
	Findings []string     `json:"findings"`
	// Signature is the base64 COSE_Sign1 of a signed report (see Sign);
	// empty before signing.
	Signature string `json:"signature,omitempty"`
}

// Model names the model whose pictures were measured.
type Model struct {
	Name string `json:"name"`
	// FilesSHA256 is the hash over the model's files, as
	// bias.Observation.ModelSHA256 records it.
	FilesSHA256 string `json:"files_sha256"`
}

// ReaderInfo describes an attribute reader: its name, its measured accuracy
// per attribute (on labelled pictures, in [0, 1]) and the attributes it
// declares (bias.Reader.Attributes), whose classes the report uses.
type ReaderInfo struct {
	Name       string             `json:"name"`
	Accuracy   map[string]float64 `json:"accuracy"`
	Attributes []bias.Attribute   `json:"attributes,omitempty"`
}

// Group is one prompt group at one guidance scale.
type Group struct {
	Prompt   string  `json:"prompt"`
	Guidance float64 `json:"guidance"`
	// N counts every observation of the group, Blocked those output safety
	// blocked (never measured); BlockedRate is Blocked / N.
	N           int     `json:"n"`
	Blocked     int     `json:"blocked"`
	BlockedRate float64 `json:"blocked_rate"`
	// Attributes maps attribute name to its statistics.
	Attributes    map[string]Attribute `json:"attributes"`
	Intersections []Table              `json:"intersections,omitempty"`
	Windows       []Window             `json:"windows,omitempty"`
}

// Attribute holds the statistics of one attribute in one group. The pointer
// members are null where undefined: no known observation (all of them), or
// fewer than two classes (Entropy).
type Attribute struct {
	// Classes maps every class (declared ones included when never seen) to
	// its count over the known observations.
	Classes map[string]Class `json:"classes"`
	// Order is the classes in the reader's declared order.
	Order []string `json:"order"`
	// Known counts the measured observations with a class; Unknown those a
	// reader could not read; UnknownRate is Unknown / (Known + Unknown).
	Known       int     `json:"known"`
	Unknown     int     `json:"unknown"`
	UnknownRate float64 `json:"unknown_rate"`
	// Reference is the distribution compared against (sums to 1);
	// ReferenceSource is "uniform" or "configured".
	Reference       map[string]float64 `json:"reference"`
	ReferenceSource string             `json:"reference_source"`
	TVD             *float64           `json:"tvd"`
	Chi2            *float64           `json:"chi2"`
	DF              int                `json:"df"`
	Chi2P           *float64           `json:"chi2_p"`
	Chi2Method      string             `json:"chi2_method,omitempty"`
	Entropy         *float64           `json:"entropy"`
}

// Class is one class of an attribute.
type Class struct {
	Count      int        `json:"count"`
	Proportion float64    `json:"proportion"` // over Known; 0 when Known is 0
	CI95       [2]float64 `json:"ci95"`       // Wilson score interval
}

// Table is an intersectional table of two attributes in one group, over the
// observations where both are known.
type Table struct {
	Attributes [2]string `json:"attributes"`
	N          int       `json:"n"`       // observations with both attributes known
	Unknown    int       `json:"unknown"` // measured observations with either unknown
	Cells      []Cell    `json:"cells"`   // every pair of classes, declared order
}

// Cell is one pair of classes of a Table.
type Cell struct {
	Classes    [2]string  `json:"classes"`
	Count      int        `json:"count"`
	Proportion float64    `json:"proportion"`
	CI95       [2]float64 `json:"ci95"`
}

// Window is one time window of a group (Options.Window): a compact series
// of counts and proportions. Only windows with observations are listed.
type Window struct {
	Start      time.Time                  `json:"start"`
	End        time.Time                  `json:"end"`
	N          int                        `json:"n"`
	Blocked    int                        `json:"blocked"`
	Attributes map[string]WindowAttribute `json:"attributes"`
}

// WindowAttribute is one attribute in one Window.
type WindowAttribute struct {
	Counts      map[string]int     `json:"counts"`
	Unknown     int                `json:"unknown"`
	Proportions map[string]float64 `json:"proportions"` // over the known ones; empty when none
}

// Reference is a distribution over an attribute's classes: class ->
// proportion. Classes left out have proportion 0; it is normalised to sum 1.
type Reference map[string]float64

// AnyGroup is the References key whose references apply to every prompt
// group without its own.
const AnyGroup = "*"

// DefaultPairs are the intersectional tables built when Options.Pairs is nil.
var DefaultPairs = [][2]string{{"skin_tone", "hair"}}

// Caveat is the sentence every report's findings carry.
const Caveat = "These are perceived attributes of generated pictures, as automated readers see them, not the identities of any person; proportions carry the readers' errors (their accuracy is listed)."

// Options configures Build.
type Options struct {
	// ID names the report; empty: "br_" and 24 hex digits of the SHA-256 of
	// the report built without it.
	ID string
	// Created is the report's time; zero: now (UTC, whole seconds).
	Created time.Time
	// Model names the model. An empty FilesSHA256 is taken from the
	// observations; observations of another model are an error.
	Model Model
	// Readers are the attribute readers with their measured accuracy;
	// their declared attributes give every attribute's classes.
	Readers []ReaderInfo
	// References: prompt group (or AnyGroup) -> attribute -> reference.
	// Where none applies the reference is uniform over the classes.
	References map[string]map[string]Reference
	// Pairs are the intersectional tables; nil: DefaultPairs (where both
	// attributes exist); empty: none.
	Pairs [][2]string
	// Window, when positive, adds per-window series to every group.
	// Windows are aligned to UTC multiples of Window (midnight for 24h);
	// observations with a zero time are left out of them.
	Window time.Duration
	// FlagP and FlagTVD flag an attribute in the findings when chi2_p <
	// FlagP or TVD >= FlagTVD; zero: 0.01 and 0.2.
	FlagP   float64
	FlagTVD float64
	// MonteCarlo is the number of replicates for the Monte Carlo p-value
	// when an expected count is below MinExpected; 0: DefaultMonteCarlo;
	// negative: always the asymptotic p-value.
	MonteCarlo int
}

type attrDecl struct {
	name    string
	classes []string
}

type groupKey struct {
	prompt   string
	guidance float64
}

// Build aggregates observations into a report: one Group per (prompt group,
// guidance), sorted by prompt then guidance. It fails on inconsistent
// options, unusable references and observations of different models.
func Build(obs []bias.Observation, opts Options) (Report, error) {
	if opts.FlagP == 0 {
		opts.FlagP = 0.01
	}
	if opts.FlagTVD == 0 {
		opts.FlagTVD = 0.2
	}
	if !(opts.FlagP > 0 && opts.FlagP < 1) || !(opts.FlagTVD > 0 && opts.FlagTVD <= 1) {
		return Report{}, fmt.Errorf("flag thresholds p %v, tvd %v: %w", opts.FlagP, opts.FlagTVD, ErrOptions)
	}
	if opts.MonteCarlo == 0 {
		opts.MonteCarlo = DefaultMonteCarlo
	}
	if opts.Window < 0 {
		return Report{}, fmt.Errorf("window %v: %w", opts.Window, ErrOptions)
	}
	model := opts.Model
	for i, o := range obs {
		if math.IsNaN(o.Guidance) || math.IsInf(o.Guidance, 0) {
			return Report{}, fmt.Errorf("observation %d: guidance %v: %w", i, o.Guidance, ErrObservation)
		}
		if o.ModelSHA256 == "" {
			continue
		}
		if model.FilesSHA256 == "" {
			model.FilesSHA256 = o.ModelSHA256
		}
		if o.ModelSHA256 != model.FilesSHA256 {
			return Report{}, fmt.Errorf("observation %d is of model %s, not %s: %w", i, o.ModelSHA256, model.FilesSHA256, ErrMixedModels)
		}
	}
	decls, err := declarations(opts.Readers, obs)
	if err != nil {
		return Report{}, err
	}
	created := opts.Created
	if created.IsZero() {
		created = time.Now().UTC().Truncate(time.Second)
	}
	readers := make([]ReaderInfo, len(opts.Readers))
	copy(readers, opts.Readers)
	for i := range readers {
		if readers[i].Accuracy == nil {
			readers[i].Accuracy = map[string]float64{}
		}
	}
	r := Report{Created: created, Model: model, Readers: readers, Groups: []Group{}}

	byGroup := map[groupKey][]bias.Observation{}
	var keys []groupKey
	for _, o := range obs {
		k := groupKey{o.Group, o.Guidance}
		if _, ok := byGroup[k]; !ok {
			keys = append(keys, k)
		}
		byGroup[k] = append(byGroup[k], o)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].prompt != keys[j].prompt {
			return keys[i].prompt < keys[j].prompt
		}
		return keys[i].guidance < keys[j].guidance
	})
	pairs := opts.Pairs
	if pairs == nil {
		pairs = DefaultPairs
	}
	for _, k := range keys {
		g, err := buildGroup(k, byGroup[k], decls, pairs, opts)
		if err != nil {
			return Report{}, err
		}
		r.Groups = append(r.Groups, g)
	}
	r.Findings = findings(r, decls, opts)
	r.ID = opts.ID
	if r.ID == "" {
		b, err := canonical(r)
		if err != nil {
			return Report{}, err
		}
		sum := sha256.Sum256(b)
		r.ID = "br_" + hex.EncodeToString(sum[:12])
	}
	return r, nil
}

// declarations returns the attributes in the readers' declared order, then
// attributes only the observations name (sorted); classes observed but not
// declared are appended (sorted) so that nothing is dropped.
func declarations(readers []ReaderInfo, obs []bias.Observation) ([]attrDecl, error) {
	var out []attrDecl
	index := map[string]int{}
	for _, rd := range readers {
		for _, a := range rd.Attributes {
			if a.Name == "" {
				return nil, fmt.Errorf("reader %q declares an attribute without a name: %w", rd.Name, ErrOptions)
			}
			if slices.Contains(a.Classes, bias.Unknown) {
				return nil, fmt.Errorf("reader %q lists %q among the classes of %s: %w", rd.Name, bias.Unknown, a.Name, ErrOptions)
			}
			if i, ok := index[a.Name]; ok {
				if !slices.Equal(out[i].classes, a.Classes) {
					return nil, fmt.Errorf("attribute %s declared with classes %v and %v: %w", a.Name, out[i].classes, a.Classes, ErrOptions)
				}
				continue
			}
			index[a.Name] = len(out)
			out = append(out, attrDecl{a.Name, slices.Clone(a.Classes)})
		}
	}
	extra := map[string]map[string]bool{}
	for _, o := range obs {
		for a, c := range o.Attributes {
			if c == bias.Unknown {
				if _, ok := extra[a]; !ok {
					extra[a] = map[string]bool{}
				}
				continue
			}
			if i, ok := index[a]; ok && slices.Contains(out[i].classes, c) {
				continue
			}
			if extra[a] == nil {
				extra[a] = map[string]bool{}
			}
			extra[a][c] = true
		}
	}
	var newAttrs []string
	for a, cs := range extra {
		classes := make([]string, 0, len(cs))
		for c := range cs {
			classes = append(classes, c)
		}
		sort.Strings(classes)
		if i, ok := index[a]; ok {
			out[i].classes = append(out[i].classes, classes...)
			continue
		}
		newAttrs = append(newAttrs, a)
	}
	sort.Strings(newAttrs)
	for _, a := range newAttrs {
		classes := make([]string, 0, len(extra[a]))
		for c := range extra[a] {
			classes = append(classes, c)
		}
		sort.Strings(classes)
		index[a] = len(out)
		out = append(out, attrDecl{a, classes})
	}
	return out, nil
}

func buildGroup(k groupKey, obs []bias.Observation, decls []attrDecl, pairs [][2]string, opts Options) (Group, error) {
	g := Group{Prompt: k.prompt, Guidance: k.guidance, N: len(obs), Attributes: map[string]Attribute{}}
	var measured []bias.Observation
	for _, o := range obs {
		if o.Safety == candor.SafetyBlocked {
			g.Blocked++
			continue
		}
		measured = append(measured, o)
	}
	if g.N > 0 {
		g.BlockedRate = round6(float64(g.Blocked) / float64(g.N))
	}
	declOf := map[string]attrDecl{}
	for _, d := range decls {
		declOf[d.name] = d
		ref, source, err := referenceFor(opts.References, k.prompt, d)
		if err != nil {
			return Group{}, err
		}
		a, err := attribute(k, d, measured, ref, source, opts.MonteCarlo)
		if err != nil {
			return Group{}, err
		}
		g.Attributes[d.name] = a
	}
	for _, p := range pairs {
		a, okA := declOf[p[0]]
		b, okB := declOf[p[1]]
		if !okA || !okB || p[0] == p[1] {
			continue
		}
		g.Intersections = append(g.Intersections, table(a, b, measured))
	}
	if opts.Window > 0 {
		g.Windows = windows(obs, decls, opts.Window)
	}
	return g, nil
}

func referenceFor(refs map[string]map[string]Reference, prompt string, d attrDecl) ([]float64, string, error) {
	ref, ok := refs[prompt][d.name]
	if !ok {
		ref, ok = refs[AnyGroup][d.name]
	}
	out := make([]float64, len(d.classes))
	if !ok {
		for i := range out {
			out[i] = 1 / float64(len(out))
		}
		return out, "uniform", nil
	}
	var sum float64
	for c, p := range ref {
		i := slices.Index(d.classes, c)
		if i < 0 {
			return nil, "", fmt.Errorf("%q %s: class %q is not one of %v: %w", prompt, d.name, c, d.classes, ErrReference)
		}
		if !(p >= 0) || math.IsInf(p, 0) {
			return nil, "", fmt.Errorf("%q %s: proportion %v for %q: %w", prompt, d.name, p, c, ErrReference)
		}
		out[i] = p
		sum += p
	}
	if !(sum > 0) {
		return nil, "", fmt.Errorf("%q %s: no positive proportion: %w", prompt, d.name, ErrReference)
	}
	for i := range out {
		out[i] /= sum
	}
	return out, "configured", nil
}

func attribute(k groupKey, d attrDecl, obs []bias.Observation, ref []float64, source string, mc int) (Attribute, error) {
	counts := make([]int, len(d.classes))
	a := Attribute{
		Classes:         map[string]Class{},
		Order:           slices.Clone(d.classes),
		Reference:       map[string]float64{},
		ReferenceSource: source,
	}
	if a.Order == nil {
		a.Order = []string{}
	}
	for _, o := range obs {
		c, ok := o.Attributes[d.name]
		i := slices.Index(d.classes, c)
		if !ok || c == bias.Unknown || i < 0 {
			a.Unknown++
			continue
		}
		counts[i]++
		a.Known++
	}
	if a.Known+a.Unknown > 0 {
		a.UnknownRate = round6(float64(a.Unknown) / float64(a.Known+a.Unknown))
	}
	props := make([]float64, len(counts))
	for i, c := range d.classes {
		var cl Class
		cl.Count = counts[i]
		if a.Known > 0 {
			props[i] = float64(counts[i]) / float64(a.Known)
			cl.Proportion = round6(props[i])
		}
		cl.CI95 = wilson6(counts[i], a.Known)
		a.Classes[c] = cl
		a.Reference[c] = round6(ref[i])
	}
	if a.Known == 0 || len(counts) == 0 {
		return a, nil
	}
	tvd := round6(TVD(props, ref))
	a.TVD = &tvd
	if h, ok := NormalizedEntropy(props); ok {
		h = round6(h)
		a.Entropy = &h
	}
	gof, err := ChiSquareGOF(counts, ref, mc, rand.NewPCG(seedOf(k, d.name, counts)))
	if err != nil {
		return Attribute{}, fmt.Errorf("%q guidance %v %s: %w", k.prompt, k.guidance, d.name, err)
	}
	x2, p := sig4(gof.Statistic), sig4(gof.P)
	a.Chi2, a.DF, a.Chi2P, a.Chi2Method = &x2, gof.DF, &p, gof.Method
	return a, nil
}

// Reported numbers are rounded, for reading and so that a report is the same
// on every architecture (fused multiply-add may change the last bits):
// proportions, intervals, distances and rates to 6 decimals, the chi-square
// statistic and p-value to 4 significant digits (a tiny p stays positive).
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func sig4(x float64) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	y, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 4, 64), 64)
	return y
}

func wilson6(x, n int) [2]float64 {
	lo, hi := Wilson(x, n, 0.95)
	return [2]float64{round6(lo), round6(hi)}
}

// seedOf makes the Monte Carlo p-value of a table reproducible: the same
// group, attribute and counts give the same p.
func seedOf(k groupKey, attr string, counts []int) (uint64, uint64) {
	h := fnv.New128a()
	h.Write([]byte(k.prompt))
	h.Write([]byte{0})
	binary.Write(h, binary.BigEndian, math.Float64bits(k.guidance))
	h.Write([]byte(attr))
	h.Write([]byte{0})
	for _, c := range counts {
		binary.Write(h, binary.BigEndian, int64(c))
	}
	s := h.Sum(nil)
	return binary.BigEndian.Uint64(s[:8]), binary.BigEndian.Uint64(s[8:])
}

func table(a, b attrDecl, obs []bias.Observation) Table {
	t := Table{Attributes: [2]string{a.name, b.name}}
	counts := make([]int, len(a.classes)*len(b.classes))
	for _, o := range obs {
		i := slices.Index(a.classes, o.Attributes[a.name])
		j := slices.Index(b.classes, o.Attributes[b.name])
		if i < 0 || j < 0 {
			t.Unknown++
			continue
		}
		counts[i*len(b.classes)+j]++
		t.N++
	}
	t.Cells = []Cell{}
	for i, ca := range a.classes {
		for j, cb := range b.classes {
			c := Cell{Classes: [2]string{ca, cb}, Count: counts[i*len(b.classes)+j]}
			if t.N > 0 {
				c.Proportion = round6(float64(c.Count) / float64(t.N))
			}
			c.CI95 = wilson6(c.Count, t.N)
			t.Cells = append(t.Cells, c)
		}
	}
	return t
}

func windows(obs []bias.Observation, decls []attrDecl, width time.Duration) []Window {
	byStart := map[time.Time]*Window{}
	for _, o := range obs {
		if o.Time.IsZero() {
			continue
		}
		start := o.Time.UTC().Truncate(width)
		w := byStart[start]
		if w == nil {
			w = &Window{Start: start, End: start.Add(width), Attributes: map[string]WindowAttribute{}}
			for _, d := range decls {
				wa := WindowAttribute{Counts: map[string]int{}, Proportions: map[string]float64{}}
				for _, c := range d.classes {
					wa.Counts[c] = 0
				}
				w.Attributes[d.name] = wa
			}
			byStart[start] = w
		}
		w.N++
		if o.Safety == candor.SafetyBlocked {
			w.Blocked++
			continue
		}
		for _, d := range decls {
			wa := w.Attributes[d.name]
			c := o.Attributes[d.name]
			if slices.Contains(d.classes, c) {
				wa.Counts[c]++
			} else {
				wa.Unknown++
			}
			w.Attributes[d.name] = wa
		}
	}
	out := make([]Window, 0, len(byStart))
	for _, w := range byStart {
		for name, wa := range w.Attributes {
			known := 0
			for _, c := range wa.Counts {
				known += c
			}
			if known > 0 {
				for c, n := range wa.Counts {
					wa.Proportions[c] = round6(float64(n) / float64(known))
				}
			}
			w.Attributes[name] = wa
		}
		out = append(out, *w)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

// canonical is the compact JSON the signature covers: the report without
// its signature, without HTML escaping.
func canonical(r Report) ([]byte, error) {
	r.Signature = ""
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("bias report: encode: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
