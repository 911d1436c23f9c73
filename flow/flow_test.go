package flow

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/png"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow/held"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/credentials"
)

// fakeGen paints each image a flat colour whose red channel is its seed.
type fakeGen struct {
	mu    sync.Mutex
	err   error
	calls []pipeline.Request
}

var errBadSize = errors.New("bad size")

func (f *fakeGen) Generate(_ context.Context, req pipeline.Request, _ pipeline.Progress) (pipeline.Result, error) {
	f.mu.Lock()
	f.calls = append(f.calls, req)
	f.mu.Unlock()
	if f.err != nil {
		return pipeline.Result{}, f.err
	}
	res := pipeline.Result{Model: f.Info(), Scheduler: "ddim", Steps: 20, Guidance: 5, Width: 32, Height: 32}
	for i := range max(req.N, 1) {
		img := image.NewNRGBA(image.Rect(0, 0, 32, 32))
		seed := req.Seed + uint64(i)
		for p := 0; p < len(img.Pix); p += 4 {
			img.Pix[p], img.Pix[p+1], img.Pix[p+2], img.Pix[p+3] = byte(seed), byte(p), 160, 255
		}
		res.Images = append(res.Images, pipeline.Image{Pixels: img, Seed: seed})
	}
	return res, nil
}

func (f *fakeGen) Info() pipeline.ModelInfo {
	return pipeline.ModelInfo{Name: "fake", Files: map[string]string{"unet/model.onnx": "00"}}
}

type fakeAudit struct {
	mu      sync.Mutex
	entries []auditlog.Entry
	err     error
}

func (f *fakeAudit) Append(_ context.Context, e auditlog.Entry) (auditlog.Entry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return auditlog.Entry{}, f.err
	}
	e.Index = uint64(len(f.entries)) + 41
	f.entries = append(f.entries, e)
	return e, nil
}

// fakePolicy denies prompts containing "forbidden" and warns on "warn".
type fakePolicy struct{}

func (fakePolicy) Evaluate(_ context.Context, in policy.Input) (candor.Decision, error) {
	d := candor.Decision{Allow: true, Revision: "rev1", NormalizedPrompt: in.Prompt}
	if bytes.Contains([]byte(in.Prompt), []byte("forbidden")) {
		d.Allow = false
		d.Reasons = []candor.Reason{{Rule: "people.x", Category: "people", Message: "no", Severity: "deny"}}
	}
	return d, nil
}

func (fakePolicy) Revision() string { return "rev1" }

// redClassifier scores "red.unsafe" from the image's red channel: the seed
// fakeGen painted. Seeds in flag score 0.9, others 0.1; fail makes it fail.
type redClassifier struct {
	flag map[byte]string // seed -> verdict the fake output policy gives
	fail bool
}

func (c *redClassifier) Score(_ context.Context, img *image.NRGBA) (map[string]float64, error) {
	if c.fail {
		return nil, errors.New("onnx: session broke")
	}
	s := 0.1
	if _, ok := c.flag[img.Pix[0]]; ok {
		s = 0.9
	}
	return map[string]float64{"red.unsafe": s, "red.other": 1 - s, "seed.r": float64(img.Pix[0]) / 255}, nil
}

func (c *redClassifier) Models() []provenance.SafetyClassifier {
	return []provenance.SafetyClassifier{{Name: "red", ModelSHA256: "ab", Labels: []string{"other", "unsafe"}}}
}

// seedOutput gives the verdict redClassifier's flag names for the seed.
type seedOutput struct{ c *redClassifier }

func (o seedOutput) Judge(_ context.Context, q OutputQuery) (OutputVerdict, error) {
	seed := byte(q.Scores["seed.r"]*255 + 0.5)
	v, ok := o.c.flag[seed]
	if !ok {
		return OutputVerdict{Verdict: VerdictPass, Revision: "out1", Thresholds: candor.Thresholds{"red.unsafe": {"block": 0.5}}}, nil
	}
	return OutputVerdict{Verdict: v, Revision: "out1", Thresholds: candor.Thresholds{"red.unsafe": {v: 0.5}},
		Reasons: []candor.SafetyReason{{Rule: "output.threshold", Label: "red.unsafe", Action: v, Score: q.Scores["red.unsafe"],
			Threshold: 0.5, Message: "the red classifier flagged this image"}}}, nil
}

// recordingIssuer remembers the SHA-256 of every picture it was asked to sign.
type recordingIssuer struct {
	Issuer
	mu     sync.Mutex
	pixels []string
}

func (r *recordingIssuer) Issue(ctx context.Context, img *image.NRGBA, o credentials.IssueOptions) ([]byte, credentials.Issued, error) {
	sum := sha256.Sum256(img.Pix)
	r.mu.Lock()
	r.pixels = append(r.pixels, hex.EncodeToString(sum[:]))
	r.mu.Unlock()
	return r.Issuer.Issue(ctx, img, o)
}

type testFlow struct {
	s      *Service
	pool   *x509.CertPool
	gen    *fakeGen
	audit  *fakeAudit
	cls    *redClassifier
	issuer *recordingIssuer
	held   HeldStore
}

func newFlow(t *testing.T, tenant candor.Tenant, flag map[byte]string) *testFlow {
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
	tf := &testFlow{pool: pool, gen: &fakeGen{}, audit: &fakeAudit{}, cls: &redClassifier{flag: flag},
		issuer: &recordingIssuer{Issuer: issuer}, held: newTestHeld(t)}
	tf.s, err = New(Config{
		Policy: fakePolicy{}, Generator: tf.gen, Safety: &Safety{Classifier: tf.cls, Policy: seedOutput{tf.cls}},
		Issuer: tf.issuer, Audit: tf.audit, Held: tf.held, AuditOrigin: "candor.test/audit",
		Tenant:     func(name string) candor.Tenant { t := tenant; t.Name = name; return t },
		Secret:     func(name string) []byte { return []byte("secret-" + name) },
		ErrInvalid: []error{errBadSize},
	})
	if err != nil {
		t.Fatal(err)
	}
	return tf
}

func newRequest(n int, prompt string) candor.GenerateRequest {
	seed := uint64(7)
	return candor.GenerateRequest{
		RequestID: "req-1", Route: "POST /v1/images/generations", Prompt: prompt, N: n, Seed: &seed, OutputFormat: "png",
		Principal: candor.Principal{KeyID: "k", Tenant: "t", Roles: []string{candor.RoleGenerate}},
	}
}

func (tf *testFlow) verify(t *testing.T, data []byte) provenance.Report {
	t.Helper()
	rep, err := credentials.VerifyWith(context.Background(), data, tf.pool)
	if err != nil {
		t.Fatal(err)
	}
	if rep.State != provenance.StateTrusted || !rep.AIGenerated {
		t.Fatalf("state %q ai %v: %+v", rep.State, rep.AIGenerated, rep.Status)
	}
	return rep
}

func TestGeneratePassRecordsEverything(t *testing.T) {
	tf := newFlow(t, candor.Tenant{}, nil)
	res, err := tf.s.Generate(context.Background(), newRequest(2, "a red circle"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Images) != 2 || len(tf.audit.entries) != 3 || !res.Audited || res.AuditIndex != 43 {
		t.Fatalf("images %d, audit entries %d, request entry %v %d", len(res.Images), len(tf.audit.entries), res.Audited, res.AuditIndex)
	}
	salt, _ := tf.audit.entries[2].Details["commitment_salt"].(string)
	commit := candor.CommitSalted([]byte("secret-t"), salt, "a red circle")
	if len(salt) != 32 || tf.audit.entries[0].Details["commitment_salt"] != salt {
		t.Errorf("salt %q, image entry's %v", salt, tf.audit.entries[0].Details["commitment_salt"])
	}
	for i, img := range res.Images {
		if img.Safety != candor.SafetyPass || !img.Released() || img.Scores["red.unsafe"] != 0.1 || img.Attempts != 1 {
			t.Errorf("image %d: %+v", i, img)
		}
		g := tf.verify(t, img.Data).Generation
		if g == nil || g.AuditIndex == nil || *g.AuditIndex != *img.AuditIndex || g.AuditOrigin != "candor.test/audit" {
			t.Fatalf("image %d: manifest generation %+v, want audit index %d", i, g, *img.AuditIndex)
		}
		if g.Seed != uint64(7+i) || g.PromptCommitment != commit || g.Prompt != "" || g.PolicyRevision != "rev1" {
			t.Errorf("image %d: generation record %+v", i, g)
		}
		if g.Safety != "pass" || g.SafetyRecord == nil || g.SafetyRecord.Scores["red.unsafe"] != 0.1 ||
			len(g.SafetyRecord.Classifiers) != 1 || g.SafetyRecord.Classifiers[0].ModelSHA256 != "ab" ||
			g.SafetyRecord.Thresholds["red.unsafe"]["block"] != 0.5 || g.SafetyRecord.PolicyRevision != "out1" {
			t.Errorf("image %d: safety record %+v", i, g.SafetyRecord)
		}
		e := tf.audit.entries[i]
		rec, _ := e.Details["safety_record"].(provenance.SafetyRecord)
		if e.Outcome != "generated" || e.RequestID != "req-1" || e.Details["seed"] != uint64(7+i) || e.Details["safety"] != "pass" ||
			rec.Scores["red.unsafe"] != 0.1 || e.PromptCommitment != commit || e.Decision != "allow" {
			t.Errorf("audit entry %d: %+v", i, e)
		}
	}
	req := tf.audit.entries[2]
	if req.Outcome != "generated" || req.Details["n"] != 2 || req.Details["seed"] != uint64(7) || req.Route != "POST /v1/images/generations" {
		t.Errorf("request entry %+v", req)
	}
	if imgs, _ := req.Details["images"].([]map[string]any); len(imgs) != 2 || imgs[1]["manifest_id"] != res.Images[1].ManifestID {
		t.Errorf("request entry images %+v", req.Details["images"])
	}
}

func TestDeniedPromptNeverReachesTheModel(t *testing.T) {
	tf := newFlow(t, candor.Tenant{}, nil)
	res, err := tf.s.Generate(context.Background(), newRequest(1, "a forbidden thing"), nil)
	if !errors.Is(err, candor.ErrContentPolicy) {
		t.Fatalf("err %v", err)
	}
	if len(tf.gen.calls) != 0 || len(res.Images) != 0 {
		t.Fatal("the model ran for a denied prompt")
	}
	if len(tf.audit.entries) != 1 || tf.audit.entries[0].Outcome != "denied" || len(tf.audit.entries[0].Reasons) != 1 || !res.Audited {
		t.Errorf("entries %+v", tf.audit.entries)
	}
}

func TestBlockedImagesNeverLeave(t *testing.T) {
	t.Run("one of two", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{}, map[byte]string{8: VerdictBlock})
		res, err := tf.s.Generate(context.Background(), newRequest(2, "a red circle"), nil)
		if err != nil {
			t.Fatal(err)
		}
		ok, blocked := res.Images[0], res.Images[1]
		if ok.Safety != candor.SafetyPass || len(ok.Data) == 0 {
			t.Errorf("image 0 %+v", ok)
		}
		if blocked.Safety != candor.SafetyBlocked || blocked.Data != nil || blocked.Released() || len(blocked.Reasons) != 1 ||
			blocked.Reasons[0].Label != "red.unsafe" || blocked.ManifestID != "" || blocked.PixelsSHA256 == "" {
			t.Errorf("image 1 %+v", blocked)
		}
		if slices.Contains(tf.issuer.pixels, blocked.PixelsSHA256) {
			t.Error("the blocked picture reached the signer")
		}
		e := tf.audit.entries[1]
		rec, _ := e.Details["safety_record"].(provenance.SafetyRecord)
		if e.Outcome != "blocked" || e.Details["pixels_sha256"] != blocked.PixelsSHA256 || len(rec.Reasons) != 1 || rec.Scores["red.unsafe"] != 0.9 {
			t.Errorf("blocked entry %+v", e)
		}
	})
	t.Run("all", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{}, map[byte]string{7: VerdictBlock, 8: VerdictBlock})
		res, err := tf.s.Generate(context.Background(), newRequest(2, "a red circle"), nil)
		if !errors.Is(err, candor.ErrOutputBlocked) {
			t.Fatalf("err %v", err)
		}
		for _, im := range res.Images {
			if im.Data != nil || im.Safety != candor.SafetyBlocked {
				t.Errorf("%+v", im)
			}
		}
		if len(tf.issuer.pixels) != 0 {
			t.Error("blocked pictures reached the signer")
		}
		if last := tf.audit.entries[len(tf.audit.entries)-1]; last.Outcome != "blocked" || !res.Audited {
			t.Errorf("request entry %+v", last)
		}
	})
}

func TestRetryNextSeed(t *testing.T) {
	// Image 0 (seed 7) is blocked; retry 1 uses seed 7+0+1*2 = 9, also blocked;
	// retry 2 uses 11, which passes. Image 1 (seed 8) passes at once.
	tf := newFlow(t, candor.Tenant{Safety: candor.TenantSafety{Retries: 2}}, map[byte]string{7: VerdictBlock, 9: VerdictBlock})
	res, err := tf.s.Generate(context.Background(), newRequest(2, "a red circle"), nil)
	if err != nil {
		t.Fatal(err)
	}
	im := res.Images[0]
	if im.Safety != candor.SafetyPass || im.Seed != 11 || im.Attempts != 3 {
		t.Fatalf("image 0 %+v", im)
	}
	if g := tf.verify(t, im.Data).Generation; g.Seed != 11 || g.SafetyRecord.Attempt != 2 {
		t.Errorf("manifest %+v", g)
	}
	var outcomes []string
	for _, e := range tf.audit.entries {
		outcomes = append(outcomes, fmt.Sprintf("%s/%v/%v", e.Outcome, e.Details["image"], e.Details["attempt"]))
	}
	want := []string{"blocked/0/1", "blocked/0/2", "generated/0/3", "generated/1/1", "generated/<nil>/<nil>"}
	if !slices.Equal(outcomes, want) {
		t.Errorf("entries %v, want %v", outcomes, want)
	}
	t.Run("gives up", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{Safety: candor.TenantSafety{Retries: 1}}, map[byte]string{7: VerdictBlock, 8: VerdictBlock})
		res, err := tf.s.Generate(context.Background(), newRequest(1, "a red circle"), nil)
		if !errors.Is(err, candor.ErrOutputBlocked) || res.Images[0].Attempts != 2 || len(tf.gen.calls) != 2 {
			t.Fatalf("err %v, %+v, %d calls", err, res.Images, len(tf.gen.calls))
		}
	})
}

func TestBlurReplacesTheImage(t *testing.T) {
	tf := newFlow(t, candor.Tenant{}, map[byte]string{7: VerdictBlur})
	res, err := tf.s.Generate(context.Background(), newRequest(1, "a red circle"), nil)
	if err != nil {
		t.Fatal(err)
	}
	im := res.Images[0]
	if im.Safety != candor.SafetyBlurred || len(im.Data) == 0 {
		t.Fatalf("%+v", im)
	}
	rep := tf.verify(t, im.Data)
	if rep.Generation.Safety != candor.SafetyBlurred {
		t.Errorf("manifest safety %q", rep.Generation.Safety)
	}
	pic, err := png.Decode(bytes.NewReader(im.Data))
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := tf.gen.Generate(context.Background(), pipeline.Request{Seed: 7, N: 1}, nil)
	if same(pic, orig.Images[0].Pixels) {
		t.Error("the released picture is the unblurred original")
	}
	if tf.audit.entries[0].Outcome != "blurred" {
		t.Errorf("entry %+v", tf.audit.entries[0])
	}
}

func same(a image.Image, b *image.NRGBA) bool {
	for y := range b.Rect.Dy() {
		for x := range b.Rect.Dx() {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			c := b.NRGBAAt(x, y)
			if uint8(r1>>8) != c.R || uint8(g1>>8) != c.G || uint8(b1>>8) != c.B {
				return false
			}
		}
	}
	return true
}

func TestHoldReleaseReject(t *testing.T) {
	ctx := context.Background()
	tf := newFlow(t, candor.Tenant{}, map[byte]string{7: VerdictHold, 8: VerdictHold})
	res, err := tf.s.Generate(ctx, newRequest(2, "a red circle"), nil)
	if !errors.Is(err, candor.ErrOutputBlocked) {
		t.Fatalf("no image released: %v", err)
	}
	for _, im := range res.Images {
		if im.Safety != candor.SafetyHeld || im.Data != nil || im.ReviewID == "" {
			t.Fatalf("%+v", im)
		}
	}
	if len(tf.issuer.pixels) != 0 {
		t.Fatal("a held picture was signed before review")
	}
	requester := candor.Principal{KeyID: "k", Tenant: "t"}
	reviewer := candor.Principal{KeyID: "rev", Tenant: "t", Roles: []string{candor.RoleReview}}
	other := candor.Principal{KeyID: "k", Tenant: "other"}
	id0, id1 := res.Images[0].ReviewID, res.Images[1].ReviewID

	if _, _, err := tf.s.HeldImage(ctx, requester, id0); !errors.Is(err, candor.ErrPending) {
		t.Errorf("pending: %v", err)
	}
	if _, _, err := tf.s.HeldImage(ctx, candor.Principal{KeyID: "k2", Tenant: "t"}, id0); !errors.Is(err, candor.ErrNotFound) {
		t.Errorf("another key of the tenant: %v", err)
	}
	items, err := tf.s.ReviewItems(ctx, reviewer, held.ListQuery{Status: HeldPending})
	if err != nil || len(items) != 2 {
		t.Fatalf("items %v %v", items, err)
	}
	if items, _ := tf.s.ReviewItems(ctx, other, held.ListQuery{}); len(items) != 0 {
		t.Errorf("another tenant sees %d items", len(items))
	}
	if _, _, err := tf.s.ReviewImage(ctx, other, id0); !errors.Is(err, candor.ErrNotFound) {
		t.Errorf("another tenant's reviewer: %v", err)
	}
	raw, _, err := tf.s.ReviewImage(ctx, reviewer, id0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(bytes.NewReader(raw)); err != nil {
		t.Fatalf("review image: %v", err)
	}
	if _, err := tf.s.Release(ctx, ReviewRequest{RequestID: "r2", Route: "review", Principal: other, ID: id0}); !errors.Is(err, candor.ErrNotFound) {
		t.Errorf("another tenant released: %v", err)
	}
	it, err := tf.s.Release(ctx, ReviewRequest{RequestID: "r2", Route: "POST /v1/review/items/:id/release", Principal: reviewer, ID: id0})
	if err != nil || it.Status != HeldReleased {
		t.Fatalf("release: %+v %v", it, err)
	}
	data, _, err := tf.s.HeldImage(ctx, requester, id0)
	if err != nil {
		t.Fatal(err)
	}
	g := tf.verify(t, data).Generation
	if g.Safety != provenance.SafetyReleased || g.SafetyRecord.Reviewer != "rev" {
		t.Errorf("released manifest %+v", g)
	}
	if _, err := tf.s.Release(ctx, ReviewRequest{Principal: reviewer, ID: id0}); !errors.Is(err, candor.ErrConflict) {
		t.Errorf("second release: %v", err)
	}
	if _, err := tf.s.Reject(ctx, ReviewRequest{RequestID: "r3", Route: "reject", Principal: reviewer, ID: id1}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := tf.s.HeldImage(ctx, requester, id1); !errors.Is(err, candor.ErrGone) {
		t.Errorf("rejected: %v", err)
	}
	var outcomes []string
	for _, e := range tf.audit.entries {
		outcomes = append(outcomes, e.Outcome+"/"+e.KeyID)
	}
	want := []string{"held/k", "held/k", "held/k", "review_released/rev", "review_rejected/rev"}
	if !slices.Equal(outcomes, want) {
		t.Errorf("entries %v, want %v", outcomes, want)
	}
	if rel := tf.audit.entries[3]; rel.Details["review_id"] != id0 || *g.AuditIndex != rel.Index {
		t.Errorf("release entry %+v, manifest cites %d", rel, *g.AuditIndex)
	}
}

func TestFailClosed(t *testing.T) {
	t.Run("classifier fails", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{}, nil)
		tf.cls.fail = true
		res, err := tf.s.Generate(context.Background(), newRequest(2, "a red circle"), nil)
		if !errors.Is(err, candor.ErrSafetyCheck) {
			t.Fatalf("err %v", err)
		}
		for _, im := range res.Images {
			if im.Data != nil {
				t.Error("an unchecked image was released")
			}
		}
		if len(tf.issuer.pixels) != 0 {
			t.Error("an unchecked image was signed")
		}
		if es := tf.audit.entries; len(es) != 2 || es[0].Outcome != "safety_error" || es[1].Outcome != "error" {
			t.Errorf("entries %+v", es)
		}
	})
	t.Run("hold without a store", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{}, map[byte]string{7: VerdictHold})
		tf.s.cfg.Held = nil
		if _, err := tf.s.Generate(context.Background(), newRequest(1, "a red circle"), nil); !errors.Is(err, candor.ErrSafetyCheck) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("audit fails", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{}, nil)
		tf.audit.err = errors.New("disk full")
		res, err := tf.s.Generate(context.Background(), newRequest(1, "a red circle"), nil)
		if !errors.Is(err, candor.ErrAudit) || res.Audited {
			t.Fatalf("err %v", err)
		}
		for _, im := range res.Images {
			if im.Data != nil {
				t.Error("an unaudited image was released")
			}
		}
	})
	t.Run("invalid request", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{}, nil)
		tf.gen.err = errBadSize
		if _, err := tf.s.Generate(context.Background(), newRequest(1, "a red circle"), nil); !errors.Is(err, candor.ErrInvalidRequest) {
			t.Fatalf("err = %v, want ErrInvalidRequest", err)
		}
		if tf.audit.entries[0].Outcome != "rejected" {
			t.Errorf("entry %+v", tf.audit.entries[0])
		}
	})
	t.Run("model failure is not a 400", func(t *testing.T) {
		tf := newFlow(t, candor.Tenant{}, nil)
		tf.gen.err = errors.New("NaN")
		_, err := tf.s.Generate(context.Background(), newRequest(1, "a red circle"), nil)
		if err == nil || errors.Is(err, candor.ErrInvalidRequest) {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestStoresPromptOnlyWhereAllowed(t *testing.T) {
	tf := newFlow(t, candor.Tenant{PromptPrivacy: candor.PromptStore}, nil)
	req := newRequest(1, "a red circle")
	req.NegativePrompt = "blue"
	res, err := tf.s.Generate(context.Background(), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tf.audit.entries {
		if e.Prompt != "a red circle" || e.NegativePrompt != "blue" {
			t.Errorf("entry %+v", e)
		}
	}
	if g := tf.verify(t, res.Images[0].Data).Generation; g.Prompt != "a red circle" {
		t.Errorf("manifest prompt %q", g.Prompt)
	}
	salt, _ := tf.audit.entries[1].Details["commitment_salt"].(string)
	if tf.audit.entries[1].Details["negative_prompt_commitment"] != candor.CommitSalted([]byte("secret-t"), salt, "blue") {
		t.Errorf("request entry %+v", tf.audit.entries[1].Details)
	}
}

// TestCommitmentsAreSaltedPerRequest: the same prompt twice gives two
// unrelated commitments in the manifests, each opened by its own entry's salt.
func TestCommitmentsAreSaltedPerRequest(t *testing.T) {
	tf := newFlow(t, candor.Tenant{}, nil)
	var commits []string
	for range 2 {
		res, err := tf.s.Generate(context.Background(), newRequest(1, "a red circle"), nil)
		if err != nil {
			t.Fatal(err)
		}
		commits = append(commits, tf.verify(t, res.Images[0].Data).Generation.PromptCommitment)
	}
	if commits[0] == commits[1] {
		t.Fatal("the same prompt links two manifests")
	}
	for i, e := range []auditlog.Entry{tf.audit.entries[1], tf.audit.entries[3]} {
		salt, _ := e.Details["commitment_salt"].(string)
		if candor.CommitSalted([]byte("secret-t"), salt, "a red circle") != commits[i] {
			t.Errorf("entry %d does not open manifest %d's commitment", e.Index, i)
		}
	}
}

func TestBlurIsStrong(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	for y := range 64 {
		for x := range 64 {
			v := uint8(0)
			if (x/4+y/4)%2 == 0 {
				v = 255
			}
			o := img.PixOffset(x, y)
			img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = v, v, v, 255
		}
	}
	b := Blur(img)
	lo, hi := uint8(255), uint8(0)
	for y := 8; y < 56; y++ {
		for x := 8; x < 56; x++ {
			v := b.NRGBAAt(x, y).R
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if hi-lo > 24 {
		t.Errorf("a 4-pixel checkerboard survives the blur: values %d..%d", lo, hi)
	}
	if img.NRGBAAt(0, 0).R != 255 {
		t.Error("Blur changed its input")
	}
	if Blur(image.NewNRGBA(image.Rect(0, 0, 0, 0))).Bounds().Dx() != 0 {
		t.Error("empty image")
	}
}

func TestRandomSeedFitsJSON(t *testing.T) {
	for range 100 {
		if s := randomSeed(); s >= 1<<53 {
			t.Fatalf("seed %d not exact in a float64", s)
		}
	}
}

// swapMitigator replaces people prompts' generations with seed+100 images.
type swapMitigator struct{}

func (swapMitigator) Mitigate(ctx context.Context, t candor.Tenant, d candor.Decision, req pipeline.Request, gen pipeline.Generator) (*pipeline.Result, string, error) {
	if !strings.Contains(req.Prompt, "nurse") {
		return nil, "", nil
	}
	req.Seed += 100
	res, err := gen.Generate(ctx, req, nil)
	return &res, "test: seeds moved by 100", err
}

func TestMitigationIsRecorded(t *testing.T) {
	tf := newFlow(t, candor.Tenant{}, nil)
	tf.s.cfg.Mitigator = swapMitigator{}
	res, err := tf.s.Generate(context.Background(), newRequest(1, "a nurse"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Images[0].Seed != 107 {
		t.Errorf("seed %d, want the mitigator's 107", res.Images[0].Seed)
	}
	if g := tf.verify(t, res.Images[0].Data).Generation; g.Mitigation != "test: seeds moved by 100" || g.Seed != 107 {
		t.Errorf("manifest %+v", g)
	}
	for _, e := range tf.audit.entries {
		if e.Details["mitigation"] != "test: seeds moved by 100" {
			t.Errorf("entry %s lacks the mitigation: %+v", e.Outcome, e.Details)
		}
	}
	tf2 := newFlow(t, candor.Tenant{}, nil)
	tf2.s.cfg.Mitigator = swapMitigator{}
	res, _ = tf2.s.Generate(context.Background(), newRequest(1, "a red circle"), nil)
	if res.Images[0].Seed != 7 || tf2.audit.entries[0].Details["mitigation"] != nil {
		t.Errorf("mitigation applied where it does not: %+v", res.Images[0])
	}
}
