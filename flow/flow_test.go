package flow

import (
	"context"
	"crypto/x509"
	"errors"
	"image"
	"image/color"
	"testing"

	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/credentials"
)

// fakeGen paints each image a flat colour derived from its seed.
type fakeGen struct {
	err   error
	calls int
}

var errBadSize = errors.New("bad size")

func (f *fakeGen) Generate(_ context.Context, req pipeline.Request, _ pipeline.Progress) (pipeline.Result, error) {
	f.calls++
	if f.err != nil {
		return pipeline.Result{}, f.err
	}
	res := pipeline.Result{Model: f.Info(), Scheduler: "ddim", Steps: 20, Guidance: 5, Width: 32, Height: 32}
	for i := range max(req.N, 1) {
		img := image.NewNRGBA(image.Rect(0, 0, 32, 32))
		seed := req.Seed + uint64(i)
		for p := 0; p < len(img.Pix); p += 4 {
			img.Pix[p], img.Pix[p+1], img.Pix[p+2], img.Pix[p+3] = byte(seed), 80, 160, 255
		}
		res.Images = append(res.Images, pipeline.Image{Pixels: img, Seed: seed})
	}
	return res, nil
}

func (f *fakeGen) Info() pipeline.ModelInfo {
	return pipeline.ModelInfo{Name: "fake", Files: map[string]string{"unet/model.onnx": "00"}}
}

type fakeAudit struct {
	entries []auditlog.Entry
	err     error
}

func (f *fakeAudit) Append(_ context.Context, e auditlog.Entry) (auditlog.Entry, error) {
	if f.err != nil {
		return auditlog.Entry{}, f.err
	}
	e.Index = uint64(len(f.entries)) + 41
	f.entries = append(f.entries, e)
	return e, nil
}

func newService(t *testing.T, gen pipeline.Generator, audit Appender) (*Service, *x509.CertPool) {
	t.Helper()
	id, ca, err := certs.EnsureDevIdentity(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	issuer, err := credentials.New(credentials.Config{Identity: id, Anchors: pool, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Generator: gen, Issuer: issuer, Audit: audit, AuditOrigin: "candor.test/audit",
		ErrInvalid: []error{errBadSize}})
	if err != nil {
		t.Fatal(err)
	}
	return s, pool
}

func request(n int) gateway.ImagesRequest {
	seed := uint64(7)
	return gateway.ImagesRequest{
		RequestID: "req-1", Tenant: "t", KeyID: "k", Prompt: "a red circle", N: n, Seed: &seed,
		OutputFormat: "png",
		Decision:     policy.Decision{Allow: true, Revision: "rev1"},
		Audit:        auditlog.Entry{Tenant: "t", KeyID: "k", Route: "/v1/images/generations", PromptCommitment: "c0ffee", Decision: "allow"},
	}
}

func TestGenerateRecordsAuditIndexInManifest(t *testing.T) {
	audit := &fakeAudit{}
	s, pool := newService(t, &fakeGen{}, audit)
	res, err := s.Generate(context.Background(), request(2))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Images) != 2 || len(audit.entries) != 2 {
		t.Fatalf("images %d, audit entries %d: want 2 and 2", len(res.Images), len(audit.entries))
	}
	for i, img := range res.Images {
		rep, err := credentials.VerifyWith(context.Background(), img.Data, pool)
		if err != nil {
			t.Fatal(err)
		}
		if rep.State != provenance.StateTrusted || !rep.AIGenerated {
			t.Fatalf("image %d: state %q ai %v: %+v", i, rep.State, rep.AIGenerated, rep.Status)
		}
		g := rep.Generation
		if g == nil || g.AuditIndex == nil || *g.AuditIndex != *img.AuditIndex || g.AuditOrigin != "candor.test/audit" {
			t.Fatalf("image %d: manifest generation %+v, want audit index %d", i, g, *img.AuditIndex)
		}
		if g.Seed != uint64(7+i) || g.PromptCommitment != "c0ffee" || g.Prompt != "" || g.PolicyRevision != "rev1" {
			t.Errorf("image %d: generation record %+v", i, g)
		}
		e := audit.entries[i]
		if e.Outcome != "generated" || e.RequestID != "req-1" || e.Details["seed"] != uint64(7+i) {
			t.Errorf("audit entry %d: %+v", i, e)
		}
	}
}

func TestGenerateFailures(t *testing.T) {
	t.Run("invalid request is a 400", func(t *testing.T) {
		s, _ := newService(t, &fakeGen{err: errBadSize}, &fakeAudit{})
		_, err := s.Generate(context.Background(), request(1))
		if !errors.Is(err, gateway.ErrInvalidRequest) {
			t.Fatalf("err = %v, want ErrInvalidRequest", err)
		}
	})
	t.Run("model failure is not a 400", func(t *testing.T) {
		s, _ := newService(t, &fakeGen{err: errors.New("NaN")}, &fakeAudit{})
		_, err := s.Generate(context.Background(), request(1))
		if err == nil || errors.Is(err, gateway.ErrInvalidRequest) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("audit failure withholds the image", func(t *testing.T) {
		s, _ := newService(t, &fakeGen{}, &fakeAudit{err: errors.New("disk full")})
		res, err := s.Generate(context.Background(), request(1))
		if !errors.Is(err, gateway.ErrAudit) || len(res.Images) != 0 {
			t.Fatalf("err = %v, images %d", err, len(res.Images))
		}
	})
}

func TestRandomSeedFitsJSON(t *testing.T) {
	for range 100 {
		if s := randomSeed(); s >= 1<<53 {
			t.Fatalf("seed %d not exact in a float64", s)
		}
	}
	_ = color.Black
}
