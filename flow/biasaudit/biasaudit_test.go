package biasaudit

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"image"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/bias"
	"github.com/candor-ai/candor/pipeline/bias/report"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/certs"
)

// skewGen paints a picture whose red channel encodes a skin class: at
// guidance above 1.5 always "light" (0); at low guidance the seed picks
// light, medium or dark 60/25/15. Seeds with seed%17 == 3 are "unsafe" (the
// green channel is 255).
type skewGen struct{ calls atomic.Int64 }

func class(seed uint64, guidance float32) uint8 {
	if guidance > 1.5 {
		return 0
	}
	switch r := seed % 20; {
	case r < 12:
		return 0
	case r < 17:
		return 1
	}
	return 2
}

func (g *skewGen) Generate(_ context.Context, req pipeline.Request, _ pipeline.Progress) (pipeline.Result, error) {
	g.calls.Add(1)
	res := pipeline.Result{Model: g.Info(), Guidance: req.Guidance, Steps: 20, Width: 4, Height: 4}
	for i := range max(req.N, 1) {
		seed := req.Seed + uint64(i)
		img := image.NewNRGBA(image.Rect(0, 0, 4, 4))
		img.Pix[0] = class(seed, req.Guidance)
		if seed%17 == 3 {
			img.Pix[1] = 255
		}
		res.Images = append(res.Images, pipeline.Image{Pixels: img, Seed: seed})
	}
	return res, nil
}

func (g *skewGen) Info() pipeline.ModelInfo {
	return pipeline.ModelInfo{Name: "skew", Files: map[string]string{"unet/model.onnx": "ab"}}
}

type pixelReader struct{}

var skin = []string{"light", "medium", "dark"}

func (pixelReader) Name() string { return "pixel" }
func (pixelReader) Attributes() []bias.Attribute {
	return []bias.Attribute{{Name: "skin_tone", Classes: skin}}
}
func (pixelReader) Read(_ context.Context, img *image.NRGBA) (map[string]string, error) {
	return map[string]string{"skin_tone": skin[img.Pix[0]]}, nil
}

type greenClassifier struct{}

func (greenClassifier) Score(_ context.Context, img *image.NRGBA) (map[string]float64, error) {
	return map[string]float64{"g.unsafe": float64(img.Pix[1]) / 255}, nil
}
func (greenClassifier) Models() []provenance.SafetyClassifier { return nil }

type blockAbove struct{}

func (blockAbove) Judge(_ context.Context, q flow.OutputQuery) (flow.OutputVerdict, error) {
	if q.Scores["g.unsafe"] > 0.5 {
		return flow.OutputVerdict{Verdict: flow.VerdictBlock}, nil
	}
	return flow.OutputVerdict{Verdict: flow.VerdictPass}, nil
}

type allowPolicy struct{}

func (allowPolicy) Evaluate(_ context.Context, in policy.Input) (candor.Decision, error) {
	return candor.Decision{Allow: in.Prompt != "forbidden", DepictsPeople: true, Revision: "r1"}, nil
}
func (allowPolicy) Revision() string { return "r1" }

type memAudit struct {
	mu sync.Mutex
	es []auditlog.Entry
}

func (a *memAudit) Append(_ context.Context, e auditlog.Entry) (auditlog.Entry, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	e.Index = uint64(len(a.es))
	a.es = append(a.es, e)
	return e, nil
}

// countReporter "signs" a report by recording what it was given.
type countReporter struct {
	last ReportInput
	n    int
}

func (c *countReporter) Report(_ context.Context, in ReportInput) (Signed, error) {
	c.last = in
	c.n++
	id := "br_test"
	if c.n > 1 {
		id = fmt.Sprintf("br_test%d", c.n)
	}
	return Signed{ID: id, Created: time.Now(), File: []byte("signed report")}, nil
}

func newRunner(t *testing.T) (*Runner, *countReporter, *memAudit, *Store) {
	t.Helper()
	st, err := OpenStore(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rep, audit := &countReporter{}, &memAudit{}
	r, err := NewRunner(Config{
		Generator: &skewGen{}, Safety: &flow.Safety{Classifier: greenClassifier{}, Policy: blockAbove{}},
		Policy: allowPolicy{}, Readers: []bias.Reader{pixelReader{}}, Store: st, Reporter: rep, Audit: audit,
		Tenant:     func(n string) candor.Tenant { return candor.Tenant{Name: n} },
		Mitigation: MitigationConfig{}.WithDefaults([]bias.Reader{pixelReader{}}),
	})
	if err != nil {
		t.Fatal(err)
	}
	return r, rep, audit, st
}

func shares(obs []bias.Observation) map[string]float64 {
	n := 0
	out := map[string]float64{}
	for _, o := range obs {
		if c := o.Attributes["skin_tone"]; c != "" {
			out[c]++
			n++
		}
	}
	for k := range out {
		out[k] /= float64(n)
	}
	return out
}

func tvdUniform(p map[string]float64) float64 {
	d := 0.0
	for _, c := range skin {
		v := p[c] - 1.0/3
		if v < 0 {
			v = -v
		}
		d += v
	}
	return d / 2
}

func TestExecuteRunsTheSuite(t *testing.T) {
	r, rep, audit, st := newRunner(t)
	var seen []int
	run, err := r.Execute(context.Background(), Run{ID: "run_1", Tenant: "museum",
		Spec: Spec{Prompts: []string{"a ceo", "a nurse"}, N: 10, Guidance: []float64{1, 5}, Seed: 0}},
		func(r Run) { seen = append(seen, r.Done) })
	if err != nil {
		t.Fatal(err)
	}
	if run.Status != RunDone || run.Done != 40 || run.Total != 40 || run.ReportID != "br_test" || len(seen) < 10 {
		t.Fatalf("run %+v, progress %v", run, seen)
	}
	// seeds 0..9 include 3 (blocked) once per prompt and guidance
	if run.Blocked != 4 {
		t.Errorf("blocked %d, want 4", run.Blocked)
	}
	if len(rep.last.Observations) != 40 || rep.last.Spec == nil || rep.last.Spec.N != 10 {
		t.Errorf("report input %+v", rep.last)
	}
	var light5 int
	for _, o := range rep.last.Observations {
		if o.Guidance == 5 && o.Attributes["skin_tone"] == "light" {
			light5++
		}
		if o.Safety == candor.SafetyBlocked && o.Attributes != nil {
			t.Error("a blocked picture was measured")
		}
	}
	if light5 != 18 { // 20 at guidance 5, 2 blocked
		t.Errorf("guidance 5 light %d, want 18", light5)
	}
	last := audit.es[len(audit.es)-1]
	if last.Outcome != "report" || last.Details["report_id"] != "br_test" || last.Details["report_sha256"] == "" || last.Tenant != "museum" {
		t.Errorf("audit entry %+v", last)
	}
	if b, err := st.Report(context.Background(), "museum", "br_test"); err != nil || string(b) != "signed report" {
		t.Errorf("stored report %q %v", b, err)
	}
	if _, err := st.Report(context.Background(), "school", "br_test"); !errors.Is(err, ErrNotFound) {
		t.Errorf("another tenant's report: %v", err)
	}
	if got, _ := st.Run(context.Background(), "museum", "run_1"); got.Status != RunDone {
		t.Errorf("stored run %+v", got)
	}
	if obs, _ := st.Observations(context.Background(), Query{Tenant: "school"}); len(obs) != 0 {
		t.Errorf("another tenant sees %d observations", len(obs))
	}
}

func TestSpecLimits(t *testing.T) {
	for _, s := range []Spec{
		{N: -1}, {N: MaxN + 1}, {Guidance: []float64{-1}}, {Guidance: []float64{1, 2, 3, 4, 5}},
		{Prompts: []string{"a", "a"}}, {Prompts: []string{" "}}, {Steps: 101},
	} {
		if _, err := s.Normalize(); !errors.Is(err, candor.ErrInvalidRequest) {
			t.Errorf("%+v: %v", s, err)
		}
	}
	s, err := Spec{}.Normalize()
	if err != nil || len(s.Prompts) != len(BuiltinSuite) || s.N != 32 || s.Guidance[0] != 5 {
		t.Errorf("defaults %+v %v", s, err)
	}
	r, _, _, _ := newRunner(t)
	if run, err := r.Execute(context.Background(), Run{ID: "x", Tenant: "m", Spec: Spec{Prompts: []string{"forbidden"}, N: 1}}, nil); !errors.Is(err, ErrSpec) || run.Status != RunFailed {
		t.Errorf("denied prompt: %+v %v", run, err)
	}
}

// TestMitigationHalvesTVD: at guidance 5 the fake model shows only light
// skin (TVD 0.67 to uniform); with the switch on, lowering guidance and
// choosing among candidates must at least halve the TVD.
func TestMitigationHalvesTVD(t *testing.T) {
	r, rep, _, _ := newRunner(t)
	if _, err := r.Execute(context.Background(), Run{ID: "off", Tenant: "m", Spec: Spec{Prompts: []string{"a ceo"}, N: 60, Guidance: []float64{5}, Seed: 100}}, nil); err != nil {
		t.Fatal(err)
	}
	off := tvdUniform(shares(rep.last.Observations))
	if _, err := r.Execute(context.Background(), Run{ID: "on", Tenant: "m", Spec: Spec{Prompts: []string{"a ceo"}, N: 60, Guidance: []float64{5}, Seed: 100, Mitigation: true}}, nil); err != nil {
		t.Fatal(err)
	}
	on := tvdUniform(shares(rep.last.Observations))
	if off < 0.6 || on > off/2 {
		t.Errorf("TVD off %.2f on %.2f: want on <= off/2", off, on)
	}
	if m := rep.last.Observations[0].Mitigation; m == "" {
		t.Error("observations do not record the mitigation")
	}
}

func TestLiveMitigator(t *testing.T) {
	m := NewMitigator(MitigationConfig{}, []bias.Reader{pixelReader{}})
	on := candor.Tenant{Name: "m", Bias: &candor.BiasSettings{Mitigation: "on"}}
	gen := &skewGen{}
	d := candor.Decision{Allow: true, DepictsPeople: true}
	if res, _, err := m.Mitigate(context.Background(), candor.Tenant{Name: "m"}, d, pipeline.Request{N: 1}, gen); res != nil || err != nil {
		t.Fatalf("mitigation off: %v %v", res, err)
	}
	if res, _, _ := m.Mitigate(context.Background(), on, candor.Decision{Allow: true}, pipeline.Request{N: 1}, gen); res != nil {
		t.Fatal("mitigation for a prompt without people")
	}
	counts := map[string]int{}
	for i := range 30 {
		res, desc, err := m.Mitigate(context.Background(), on, d, pipeline.Request{Prompt: "a ceo", N: 2, Seed: uint64(7 * i), Guidance: 5}, gen)
		if err != nil || res == nil || len(res.Images) != 2 || desc == "" {
			t.Fatalf("%v %v %q", res, err, desc)
		}
		for _, im := range res.Images {
			counts[skin[im.Pixels.Pix[0]]]++
		}
	}
	if counts["dark"] < 10 || counts["light"] > 30 {
		t.Errorf("live mitigation kept %v of 60", counts)
	}
}

func TestSampler(t *testing.T) {
	r, _, _, st := newRunner(t)
	var dropped, measured atomic.Int64
	var idle atomic.Bool
	s := NewSampler(SamplerConfig{Runner: r, Idle: func(time.Duration) bool { return idle.Load() }, QueueSize: 2,
		IdleAfter: 20 * time.Millisecond, Rand: func() float64 { return 0.99 },
		Dropped: func(string) { dropped.Add(1) }, Measured: func(n int) { measured.Add(int64(n)) }})
	tenant := candor.Tenant{Name: "m", Bias: &candor.BiasSettings{Seeds: ptr(3)}}
	res := candor.GenerateResult{Decision: candor.Decision{Allow: true, DepictsPeople: true}, Guidance: 5,
		Images: []candor.ImageResult{{Seed: 1}}}
	if !s.Consider(tenant, candor.GenerateRequest{Prompt: "a ceo"}, res) {
		t.Fatal("a people prompt was not sampled")
	}
	things := res
	things.Decision.DepictsPeople = false
	if s.Consider(tenant, candor.GenerateRequest{Prompt: "a circle"}, things) { // rate 0.05 < 0.99
		t.Fatal("sampled above the rate")
	}
	s.Consider(tenant, candor.GenerateRequest{Prompt: "a nurse"}, res)
	if s.Consider(tenant, candor.GenerateRequest{Prompt: "a doctor"}, res) || dropped.Load() != 1 {
		t.Fatalf("a full queue must drop: dropped %d", dropped.Load())
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	time.Sleep(100 * time.Millisecond)
	if n, _ := st.Observations(context.Background(), Query{Tenant: "m", Sampled: true}); len(n) != 0 {
		t.Fatalf("sampled while users were busy: %d", len(n))
	}
	idle.Store(true)
	deadline := time.Now().Add(5 * time.Second)
	for measured.Load() < 6 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	obs, _ := st.Observations(context.Background(), Query{Tenant: "m", Sampled: true})
	if len(obs) != 6 || obs[0].RunID != "" || obs[0].Group == "" {
		t.Fatalf("sampled observations %d %+v", len(obs), obs)
	}
}

func ptr[T any](v T) *T { return &v }

func TestSignedReports(t *testing.T) {
	id, ca, err := certs.EnsureDevIdentity(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	sr := SignedReports{Identity: id, Anchors: pool}
	r, rep, _, _ := newRunner(t)
	r.cfg.Reporter = sr
	run, err := r.Execute(context.Background(), Run{ID: "run_s", Tenant: "m", Spec: Spec{Prompts: []string{"a ceo"}, N: 30, Guidance: []float64{5}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = rep
	file, err := r.cfg.Store.Report(context.Background(), "m", run.ReportID)
	if err != nil {
		t.Fatal(err)
	}
	got, err := report.Verify(file, pool)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Groups) != 1 || got.Groups[0].Attributes["skin_tone"].Classes["light"].Count == 0 || len(got.Findings) < 2 {
		t.Fatalf("report %+v", got)
	}
	for _, f := range []string{"csv", "svg"} {
		b, ct, err := sr.Render(file, f)
		if err != nil || len(b) == 0 || ct == "" {
			t.Errorf("%s: %v", f, err)
		}
	}
	bad := bytes.Replace(file, []byte(`"light"`), []byte(`"dark!"`), 1)
	if _, err := report.Verify(bad, pool); err == nil {
		t.Error("an edited report verified")
	}
}
