package main

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/gateway/imaging"
	"github.com/candor-ai/candor/pipeline/diffusion"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/credentials"
	"github.com/candor-ai/candor/provenance/tsa"
)

// serveDeps is what serve has built when it asks for the optional backends.
type serveDeps struct {
	Logger  *slog.Logger
	DataDir string
	Config  fileConfig
	Policy  *policy.Engine
	Audit   *auditlog.Log
	// MasterSecret derives tenant commitment keys (gateway.TenantSecret).
	MasterSecret []byte
	// ModelDir, ORTLib and Threads come from serve's flags ("" and 0: defaults).
	ModelDir, ORTLib string
	Threads          int
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

// newImages returns the generator behind POST /v1/images/generations and a
// close function. Without a model it returns nil (the route answers 501) and
// says why in the log, so the gateway still serves policy checks and audits.
func newImages(ctx context.Context, d serveDeps) (gateway.Images, func() error, error) {
	modelDir, err := resolveModelDir(d.ModelDir)
	if err != nil {
		if d.ModelDir != "" {
			return nil, nil, err
		}
		d.Logger.Warn("image generation disabled", "reason", err.Error())
		return nil, nil, nil
	}
	lib, err := resolveORTLib(d.ORTLib)
	if err != nil {
		return nil, nil, err
	}
	start := time.Now()
	pipe, err := diffusion.Load(ctx, diffusion.Config{Dir: modelDir, LibPath: lib, Threads: d.Threads, Logger: d.Logger})
	if err != nil {
		return nil, nil, err
	}
	id, anchors, ts, err := signingWithTSA(d.DataDir, d.Config.Signing)
	if err != nil {
		pipe.Close()
		return nil, nil, err
	}
	issuer, err := credentials.New(credentials.Config{Identity: id, Anchors: anchors, Timestamper: ts, Version: version, Logger: d.Logger})
	if err != nil {
		pipe.Close()
		return nil, nil, err
	}
	svc, err := imaging.New(imaging.Config{Generator: pipe, Issuer: issuer, Audit: d.Audit, AuditOrigin: d.Audit.Origin(),
		Logger: d.Logger, ErrInvalid: []error{diffusion.ErrInvalidRequest}})
	if err != nil {
		pipe.Close()
		return nil, nil, err
	}
	w, h, steps, g, sched := pipe.Defaults()
	d.Logger.Info("model loaded", "dir", modelDir, "name", pipe.Info().Name, "load", time.Since(start).String(),
		"default_size", fmt.Sprintf("%dx%d", w, h), "default_steps", steps, "default_guidance", g, "scheduler", sched,
		"signer", certs.SignerName(id.Chain))
	return svc, pipe.Close, nil
}

// newVerifier returns the verifier behind POST /v1/verify: it trusts the
// configured anchors and, by default, the gateway's own development CA.
func newVerifier(_ context.Context, d serveDeps) (gateway.Verifier, error) {
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

// newBias returns the bias reports behind GET /v1/bias/reports. nil answers
// an empty list: bias audit sampling is not built yet.
func newBias(_ context.Context, _ serveDeps) (gateway.BiasReports, error) {
	return nil, nil
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
