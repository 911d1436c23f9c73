package main

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"image"
	"log/slog"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/flow/biasaudit"
	"github.com/candor-ai/candor/flow/held"
	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/bias"
	"github.com/candor-ai/candor/pipeline/diffusion"
	"github.com/candor-ai/candor/pipeline/safety"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/credentials"
	"github.com/candor-ai/candor/provenance/tsa"
)

// flowDeps is what the generation flow is built from; serve and generate
// fill it from their flags and the config file.
type flowDeps struct {
	Logger  *slog.Logger
	DataDir string
	Config  fileConfig
	Policy  *policy.Engine
	Audit   *auditlog.Log
	Tenants *candor.Directory
	// MasterSecret derives tenant commitment keys (candor.TenantSecret).
	MasterSecret []byte
	// ModelDir, ORTLib and Threads come from flags or the config file ("" and 0: defaults).
	ModelDir, ORTLib string
	Threads          int
	Hooks            flow.Hooks
	Queue            flow.QueueConfig
	// BiasDropped and BiasMeasured count bias samples (metrics); may be nil.
	BiasDropped  func(reason string)
	BiasMeasured func(n int)
}

// stack is everything buildFlow wires: the generation flow and the bias
// audit around the same model, classifiers, signer and audit log.
type stack struct {
	flow    *flow.Service
	bias    *biasaudit.Service // nil when no attribute reader fits the model
	sampler *biasaudit.Sampler
	readers []bias.Reader
	close   func() error
}

// errNoRuntime marks a missing ONNX Runtime library where none was asked
// for explicitly: serve then runs without generation.
var errNoRuntime = errors.New("no ONNX Runtime")

// buildFlow wires the one generation flow: the prompt policy, the model
// (loaded on first use), the safety classifiers and output policy, the
// signer, the review store and the audit log. close releases them.
func buildFlow(ctx context.Context, d flowDeps) (_ *stack, err error) {
	var closers []func() error
	closeAll := func() error {
		var errs []error
		for i := len(closers) - 1; i >= 0; i-- {
			errs = append(errs, closers[i]())
		}
		return errors.Join(errs...)
	}
	defer func() {
		if err != nil {
			_ = closeAll()
		}
	}()
	lib, err := resolveORTLib(d.ORTLib)
	if err != nil {
		if d.ORTLib == "" {
			return nil, fmt.Errorf("%w: %w", errNoRuntime, err)
		}
		return nil, err
	}
	dir, err := resolveModelDir(d.ModelDir, d.DataDir)
	if err != nil {
		return nil, err
	}
	gen := &lazyGenerator{load: func() (*diffusion.Pipeline, error) {
		start := time.Now()
		p, err := diffusion.Load(ctx, diffusion.Config{Dir: dir, LibPath: lib, Threads: d.Threads, Logger: d.Logger})
		if err != nil {
			return nil, err
		}
		w, h, steps, g, sched := p.Defaults()
		d.Logger.Info("model loaded", "dir", dir, "name", p.Info().Name, "load", time.Since(start).String(),
			"default_size", fmt.Sprintf("%dx%d", w, h), "default_steps", steps, "default_guidance", g, "scheduler", sched)
		return p, nil
	}}
	closers = append(closers, gen.Close)
	st, err := newSafety(ctx, d.Config.Safety, d.Policy, lib, d.Threads, d.Logger)
	if err != nil {
		return nil, err
	}
	closers = append(closers, st.close)
	if err := st.checkLabels(d.Config); err != nil {
		return nil, err
	}
	id, anchors, ts, err := signingWithTSA(d.DataDir, d.Config.Signing)
	if err != nil {
		return nil, err
	}
	issuer, err := credentials.New(credentials.Config{Identity: id, Anchors: anchors, Timestamper: ts, Version: version, Logger: d.Logger})
	if err != nil {
		return nil, err
	}
	hs, err := held.Open(ctx, held.Config{Dir: filepath.Join(d.DataDir, "held"),
		KeyFile: filepath.Join(d.DataDir, "secrets", "held.key"), Logger: d.Logger})
	if err != nil {
		return nil, fmt.Errorf("review store: %w", err)
	}
	closers = append(closers, hs.Close)
	readers, closeReaders, err := newBiasReaders(ctx, dir, d.Config.Bias, lib, d.Threads, d.Logger)
	if err != nil {
		return nil, err
	}
	closers = append(closers, closeReaders)
	method := d.Config.Bias.Method.WithDefaults(readers)
	var mitigator flow.Mitigator
	if len(readers) > 0 {
		mitigator = biasaudit.NewMitigator(method, readers)
	}
	var sampler *biasaudit.Sampler
	hooks := d.Hooks
	hooks.Generated = func(t candor.Tenant, req candor.GenerateRequest, res candor.GenerateResult) {
		if sampler != nil {
			sampler.Consider(t, req, res)
		}
	}
	master := d.MasterSecret
	svc, err := flow.New(flow.Config{
		Policy: d.Policy, Generator: gen, Safety: st.stage, Issuer: issuer, Audit: d.Audit, Held: hs,
		Mitigator: mitigator,
		Tenant:    d.Tenants.Tenant, Secret: func(t string) []byte { return candor.TenantSecret(master, t) },
		AuditOrigin: d.Audit.Origin(), Queue: d.Queue, Hooks: hooks, Logger: d.Logger,
		ErrInvalid: []error{diffusion.ErrInvalidRequest},
	})
	if err != nil {
		return nil, err
	}
	out := &stack{flow: svc, readers: readers, close: closeAll}
	if len(readers) > 0 {
		store, err := biasaudit.OpenStore(ctx, filepath.Join(d.DataDir, "bias"))
		if err != nil {
			return nil, err
		}
		closers = append(closers, store.Close)
		signed := biasaudit.SignedReports{Identity: id, Anchors: anchors}
		runner, err := biasaudit.NewRunner(biasaudit.Config{
			Generator: gen, Safety: st.stage, Policy: d.Policy, Readers: readers, Store: store, Reporter: signed,
			Audit: d.Audit, Tenant: d.Tenants.Tenant, Mitigation: method, Logger: d.Logger,
			Reference: func(name string) map[string]map[string]float64 {
				return d.Tenants.Tenant(name).Bias.WithDefaults().Reference
			},
		})
		if err != nil {
			return nil, err
		}
		out.bias = biasaudit.NewService(runner, signed, d.Logger)
		sampler = biasaudit.NewSampler(biasaudit.SamplerConfig{Runner: runner, Idle: svc.Idle, Arrivals: svc.Arrivals,
			Dropped: d.BiasDropped, Measured: d.BiasMeasured, Logger: d.Logger})
		out.sampler = sampler
	}
	d.Logger.Info("generation flow ready", "signer", certs.SignerName(id.Chain), "classifiers", st.names(),
		"bias_readers", len(readers))
	return out, nil
}

// lazyGenerator loads the model on first use, so that a prompt the policy
// denies never waits for (or needs) the model.
type lazyGenerator struct {
	load func() (*diffusion.Pipeline, error)
	once sync.Once
	p    *diffusion.Pipeline
	err  error
}

var _ pipeline.Generator = (*lazyGenerator)(nil)

func (l *lazyGenerator) get() (*diffusion.Pipeline, error) {
	l.once.Do(func() { l.p, l.err = l.load() })
	return l.p, l.err
}

func (l *lazyGenerator) Generate(ctx context.Context, req pipeline.Request, progress pipeline.Progress) (pipeline.Result, error) {
	p, err := l.get()
	if err != nil {
		return pipeline.Result{}, err
	}
	return p.Generate(ctx, req, progress)
}

func (l *lazyGenerator) Info() pipeline.ModelInfo {
	p, err := l.get()
	if err != nil {
		return pipeline.ModelInfo{}
	}
	return p.Info()
}

// Close releases the model if it was loaded.
func (l *lazyGenerator) Close() error {
	l.once.Do(func() { l.err = errors.New("closed") })
	if l.p != nil {
		l.p.Close()
	}
	return nil
}

// safetyStage is the output safety stage as built from the config file.
type safetyStage struct {
	stage *flow.Safety
	set   *safety.Set
}

// newSafety loads the configured classifiers (a missing, unreadable or
// wrong-shaped one is a start-up error, never a silent pass) and pairs them
// with the output policy.
func newSafety(ctx context.Context, sc safetyConfig, engine *policy.Engine, lib string, threads int, log *slog.Logger) (*safetyStage, error) {
	set, err := safety.New(ctx, safety.Config{Classifiers: sc.Classifiers, Builtin: sc.builtin(), LibPath: lib, Threads: threads, Logger: log})
	if err != nil {
		return nil, fmt.Errorf("safety classifiers: %w", err)
	}
	return &safetyStage{set: set, stage: &flow.Safety{Classifier: classifiers{set}, Policy: outputPolicy{engine}, Base: sc.Thresholds}}, nil
}

func (s *safetyStage) close() error { return s.set.Close() }

// checkLabels refuses thresholds for labels no configured classifier has:
// every image of such a tenant would fail its safety check.
func (s *safetyStage) checkLabels(cfg fileConfig) error {
	known := map[string]bool{}
	for _, c := range s.set.Classifiers() {
		for _, l := range c.Labels {
			known[c.Name+"."+l] = true
		}
	}
	check := func(who string, th candor.Thresholds) error {
		for label := range th {
			if !known[label] {
				return fmt.Errorf("%w: %s: threshold for %q, which no configured classifier scores (have %s)",
					errConfig, who, label, strings.Join(slices.Sorted(maps.Keys(known)), ", "))
			}
		}
		return nil
	}
	if err := check("safety.thresholds", cfg.Safety.Thresholds); err != nil {
		return err
	}
	for _, t := range cfg.Tenants {
		if err := check(fmt.Sprintf("tenant %q safety.thresholds", t.Name), t.Safety.Thresholds); err != nil {
			return err
		}
	}
	return check("default_tenant safety.thresholds", cfg.DefaultTenant.Safety.Thresholds)
}

func (s *safetyStage) names() []string {
	var out []string
	for _, c := range s.set.Classifiers() {
		out = append(out, c.Name)
	}
	return out
}

// classifiers adapts safety.Set to flow.Classifier.
type classifiers struct{ s *safety.Set }

func (c classifiers) Score(ctx context.Context, img *image.NRGBA) (map[string]float64, error) {
	return c.s.Score(ctx, img)
}

func (c classifiers) Models() []provenance.SafetyClassifier {
	var out []provenance.SafetyClassifier
	for _, i := range c.s.Classifiers() {
		out = append(out, provenance.SafetyClassifier{Name: i.Name, ModelSHA256: i.ModelSHA256, Labels: i.Labels})
	}
	return out
}

// outputPolicy adapts the policy engine's output policy to flow.OutputPolicy.
type outputPolicy struct{ e *policy.Engine }

func (o outputPolicy) Judge(ctx context.Context, q flow.OutputQuery) (flow.OutputVerdict, error) {
	d, err := o.e.EvaluateOutput(ctx, policy.OutputInput{Scores: q.Scores, Prompt: q.Prompt, Tenant: q.Tenant,
		Base: q.Base, TenantThresholds: q.TenantThresholds})
	if err != nil {
		return flow.OutputVerdict{}, err
	}
	out := flow.OutputVerdict{Verdict: d.Verdict, Thresholds: d.Thresholds, Revision: d.Revision}
	for _, r := range d.Reasons {
		out.Reasons = append(out.Reasons, candor.SafetyReason{Rule: r.Rule, Label: r.Label, Action: r.Action,
			Score: r.Score, Threshold: r.Threshold, Message: r.Message})
	}
	return out, nil
}

// signing loads the configured signing identity, or the development one in
// the data dir, and the trust anchors the gateway's own verifier uses (the
// configured bundle, plus the development CA when that is what signs).
func signing(dataDir string, sc signingConfig) (provenance.Identity, *x509.CertPool, error) {
	id, pool, _, err := signingWithTSA(dataDir, sc)
	return id, pool, err
}

// signingWithTSA is signing plus the configured time-stamp authority (nil
// when none is configured).
func signingWithTSA(dataDir string, sc signingConfig) (provenance.Identity, *x509.CertPool, provenance.Timestamper, error) {
	var ts provenance.Timestamper
	if sc.TSA != "" {
		c, err := tsa.New(tsa.Config{URL: sc.TSA})
		if err != nil {
			return provenance.Identity{}, nil, nil, fmt.Errorf("signing tsa: %w", err)
		}
		ts = c
	}
	id, pool, err := loadSigning(dataDir, sc)
	return id, pool, ts, err
}

func loadSigning(dataDir string, sc signingConfig) (provenance.Identity, *x509.CertPool, error) {
	pool := x509.NewCertPool()
	if sc.Anchors != "" {
		p, err := certs.LoadAnchors(sc.Anchors)
		if err != nil {
			return provenance.Identity{}, nil, fmt.Errorf("signing anchors: %w", err)
		}
		pool = p
	}
	if sc.Chain != "" || sc.Key != "" {
		if sc.Chain == "" || sc.Key == "" {
			return provenance.Identity{}, nil, errors.New("signing: give both chain and key (PEM chain and PKCS#8 key)")
		}
		id, err := certs.LoadIdentity(sc.Chain, sc.Key)
		if err != nil {
			return provenance.Identity{}, nil, fmt.Errorf("signing identity: %w", err)
		}
		return id, pool, nil
	}
	id, ca, err := certs.EnsureDevIdentity(devIdentityDir(dataDir))
	if err != nil {
		return provenance.Identity{}, nil, fmt.Errorf("development signing identity: %w", err)
	}
	pool.AddCert(ca)
	return id, pool, nil
}

// newVerifier returns the verifier behind POST /v1/verify: it trusts the
// configured anchors and, by default, the gateway's own development CA.
func newVerifier(_ context.Context, d flowDeps) (gateway.Verifier, error) {
	_, anchors, err := signing(d.DataDir, d.Config.Signing)
	if err != nil {
		return nil, err
	}
	return verifier{anchors}, nil
}

type verifier struct{ anchors *x509.CertPool }

func (v verifier) Verify(ctx context.Context, _ string, data []byte) (provenance.Report, error) {
	return credentials.VerifyWith(ctx, data, v.anchors)
}

// signingConfig is the `signing:` section of the config file: an
// institution's certificate chain (PEM, leaf first) and PKCS#8 key, and the
// trust anchors (PEM bundle) the gateway's verifier uses. Empty: the
// development identity in <data-dir>/signing.
type signingConfig struct {
	Chain   string `yaml:"chain"`
	Key     string `yaml:"key"`
	Anchors string `yaml:"anchors"`
	// TSA is an RFC 3161 time-stamp authority URL; empty: no time-stamps.
	TSA string `yaml:"tsa"`
}
