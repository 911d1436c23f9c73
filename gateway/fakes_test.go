package gateway

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"image"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/flow/biasaudit"
	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/credentials"
)

// Hand-written fakes for the gateway's interfaces.

type fakeAuth map[string]candor.Principal // token -> principal

func (f fakeAuth) Authenticate(_ context.Context, token string) (candor.Principal, error) {
	p, ok := f[token]
	if !ok {
		return candor.Principal{}, fmt.Errorf("key: %w", ErrUnauthenticated)
	}
	return p, nil
}

// KeyID names the id in a "cnd_<16 hex>_..." token (KeyIdentifier).
func (f fakeAuth) KeyID(token string) (string, bool) {
	rest, ok := strings.CutPrefix(token, "cnd_")
	if !ok || len(rest) < 17 || rest[16] != '_' {
		return "", false
	}
	return rest[:16], true
}

// fakePolicy denies prompts containing "forbidden".
type fakePolicy struct {
	mu    sync.Mutex
	calls int
	rev   string
}

func (f *fakePolicy) Evaluate(_ context.Context, in policy.Input) (policy.Decision, error) {
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	if in.Prompt == "PANIC" {
		panic("fake policy bug")
	}
	if in.Prompt == "CLASSIFIER DOWN" {
		return policy.Decision{}, fmt.Errorf("%w: %w", policy.ErrEvaluate, candor.ErrPolicyCheck)
	}
	d := policy.Decision{Allow: true, NormalizedPrompt: strings.ToLower(in.Prompt), Revision: f.Revision()}
	if strings.Contains(strings.ToLower(in.Prompt), "forbidden") {
		d.Allow = false
		d.Reasons = []policy.Reason{{Rule: "protected_person", Category: "people", Message: "depicts a protected person", Severity: "deny"}}
	}
	for _, p := range in.TenantPolicy.ProtectedPeople {
		if strings.Contains(in.Prompt, p) {
			d.Allow = false
			d.Reasons = append(d.Reasons, policy.Reason{Rule: "tenant_person", Category: "people", Message: "tenant protects " + p})
		}
	}
	return d, nil
}

func (f *fakePolicy) Revision() string {
	if f.rev == "" {
		return "rev-test"
	}
	return f.rev
}

func (f *fakePolicy) Calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// fakeAudit is an in-memory audit log.
type fakeAudit struct {
	mu      sync.Mutex
	entries []auditlog.Entry
	fail    bool
	size    uint64 // checkpoint size; 0 means len(entries)
}

var errFakeDisk = errors.New("disk on fire")

func (f *fakeAudit) Append(_ context.Context, e auditlog.Entry) (auditlog.Entry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return e, errFakeDisk
	}
	if e.Tenant == "" { // as auditlog does
		return e, errors.New("tenant is empty")
	}
	e.Index = uint64(len(f.entries))
	f.entries = append(f.entries, e)
	return e, nil
}

func (f *fakeAudit) Entries(_ context.Context, q AuditQuery) (AuditPage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var p AuditPage
	for _, e := range f.entries {
		if q.Tenant != "" && e.Tenant != q.Tenant || q.HasAfter && e.Index <= q.After ||
			!q.Since.IsZero() && e.Time.Before(q.Since) || !q.Until.IsZero() && !e.Time.Before(q.Until) {
			continue
		}
		if len(p.Entries) == q.Limit {
			p.More = true
			break
		}
		p.Entries = append(p.Entries, e)
		p.Next = e.Index
	}
	return p, nil
}

func (f *fakeAudit) Entry(_ context.Context, i uint64) (auditlog.Entry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if i >= uint64(len(f.entries)) {
		return auditlog.Entry{}, ErrNotFound
	}
	return f.entries[i], nil
}

func (f *fakeAudit) Checkpoint(context.Context) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := f.size
	if n == 0 {
		n = uint64(len(f.entries))
	}
	return fmt.Appendf(nil, "candor.test\n%d\nAAAA\n\n— candor.test sig\n", n), nil
}

func (f *fakeAudit) InclusionProof(_ context.Context, i, size uint64) ([][]byte, error) {
	if i >= size {
		return nil, errors.New("index beyond tree")
	}
	return [][]byte{{1, 2, 3}, {4, 5, 6}}, nil
}

func (f *fakeAudit) LeafHash(_ context.Context, i uint64) ([]byte, error) {
	return []byte{byte(i), 9}, nil
}

func (f *fakeAudit) ConsistencyProof(_ context.Context, from, to uint64) ([][]byte, error) {
	return [][]byte{{byte(from), byte(to)}}, nil
}

func (f *fakeAudit) Receipt(ctx context.Context, index uint64) (auditlog.Receipt, error) {
	e, err := f.Entry(ctx, index)
	if err != nil {
		return auditlog.Receipt{}, err
	}
	cp, _ := f.Checkpoint(ctx)
	leaf := fakeLeaf(index)
	return auditlog.Receipt{Origin: "fake", Index: index, Entry: e, LeafHash: leaf[:], TreeSize: uint64(len(f.all())),
		InclusionProof: [][]byte{{1, 2, 3}}, Checkpoint: cp, LogKey: "fake+00000000+AQ=="}, nil
}

// fakeLeaf is the leaf hash the fake log's receipts carry.
func fakeLeaf(index uint64) [32]byte { return sha256.Sum256([]byte{byte(index)}) }

func (f *fakeAudit) all() []auditlog.Entry {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]auditlog.Entry(nil), f.entries...)
}

// fakeImages is the generator behind a real flow.Service in the harness:
// flat images, optionally slow or failing; block makes the output policy
// block every image, hold hold them.
type fakeImages struct {
	mu     sync.Mutex
	calls  int
	last   pipeline.Request
	block  bool
	hold   bool
	oddBad bool // block images with an odd seed
	// cancelled records that a streamed generation saw its context end.
	cancelled bool
	delay     time.Duration
	started   chan struct{}
	err       error
}

func (f *fakeImages) Generate(ctx context.Context, req pipeline.Request, progress pipeline.Progress) (pipeline.Result, error) {
	f.mu.Lock()
	f.calls++
	f.last = req
	started, delay, err := f.started, f.delay, f.err
	f.mu.Unlock()
	if started != nil {
		started <- struct{}{}
	}
	if progress != nil {
		// Ten steps per image; each preview is the image itself.
		total := 10 * max(req.N, 1)
		for k := range total {
			if ctx.Err() != nil {
				f.mu.Lock()
				f.cancelled = true
				f.mu.Unlock()
				return pipeline.Result{}, ctx.Err()
			}
			seed := req.Seed + uint64(k/10)
			progress(k+1, total, func() (*image.NRGBA, error) {
				img := image.NewNRGBA(image.Rect(0, 0, 8, 8))
				for p := range img.Pix {
					img.Pix[p] = byte(seed)
				}
				return img, nil
			})
			if delay > 0 {
				time.Sleep(delay / time.Duration(total))
			}
		}
		delay = 0
	}
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return pipeline.Result{}, ctx.Err()
		}
	}
	if err != nil {
		return pipeline.Result{}, err
	}
	res := pipeline.Result{Model: f.Info(), Scheduler: "ddim", Steps: 20, Guidance: 5, Width: 8, Height: 8}
	for i := range req.N {
		img := image.NewNRGBA(image.Rect(0, 0, 8, 8))
		for p := range img.Pix {
			img.Pix[p] = byte(req.Seed) + byte(i)
		}
		res.Images = append(res.Images, pipeline.Image{Pixels: img, Seed: req.Seed + uint64(i)})
	}
	return res, nil
}

func (f *fakeImages) Info() pipeline.ModelInfo { return pipeline.ModelInfo{Name: "fake"} }

func (f *fakeImages) Calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

func (f *fakeImages) verdict(seed int) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case f.oddBad && seed%2 == 1:
		return flow.VerdictBlock
	case f.block:
		return flow.VerdictBlock
	case f.hold:
		return flow.VerdictHold
	}
	return flow.VerdictPass
}

// fakeClassifier gives every image the same scores.
type fakeClassifier struct{}

func (fakeClassifier) Score(_ context.Context, img *image.NRGBA) (map[string]float64, error) {
	return map[string]float64{"fake.unsafe": 0.25, "fake.seed": float64(img.Pix[0]) / 255}, nil
}

func (fakeClassifier) Models() []provenance.SafetyClassifier {
	return []provenance.SafetyClassifier{{Name: "fake", ModelSHA256: "00"}}
}

// fakeOutput answers what fakeImages says.
type fakeOutput struct{ f *fakeImages }

func (o fakeOutput) Judge(_ context.Context, q flow.OutputQuery) (flow.OutputVerdict, error) {
	v := o.f.verdict(int(q.Scores["fake.seed"]*255 + 0.5))
	out := flow.OutputVerdict{Verdict: v, Revision: "out-test"}
	if v != flow.VerdictPass {
		out.Reasons = []candor.SafetyReason{{Rule: "output.threshold", Label: "fake.unsafe", Action: v,
			Score: q.Scores["fake.unsafe"], Threshold: 0.2, Message: "the fake classifier flagged it"}}
	}
	return out, nil
}

// fakeIssuer "signs" by naming the title.
type fakeIssuer struct{ n atomic.Int64 }

func (f *fakeIssuer) Issue(_ context.Context, _ *image.NRGBA, o credentials.IssueOptions) ([]byte, credentials.Issued, error) {
	n := f.n.Add(1) - 1
	return []byte("\x89PNG fake " + o.Title), credentials.Issued{ManifestID: fmt.Sprintf("urn:c2pa:%d", n)}, nil
}

type fakeVerifier struct{}

func (fakeVerifier) Verify(ctx context.Context, mt string, data []byte) (provenance.Report, error) {
	if strings.Contains(string(data), "slow") {
		<-ctx.Done()
		return provenance.Report{}, ctx.Err()
	}
	if strings.Contains(string(data), "garbage") {
		return provenance.Report{}, fmt.Errorf("not a %s: %w", mt, ErrInvalidRequest)
	}
	return provenance.Report{State: provenance.StateAbsent, Signer: mt}, nil
}

// fakeBias holds one report of tenant b and records runs.
type fakeBias struct {
	mu   sync.Mutex
	runs map[string]biasaudit.Run
}

func (f *fakeBias) Reports(_ context.Context, tenant string) ([][]byte, error) {
	if tenant != "b" {
		return nil, nil
	}
	return [][]byte{[]byte(`{"id":"br_1","tenant":"b","groups":[]}`)}, nil
}

func (f *fakeBias) Report(_ context.Context, tenant, id, format string) ([]byte, string, error) {
	if tenant != "b" || id != "br_1" {
		return nil, "", fmt.Errorf("report: %w", candor.ErrNotFound)
	}
	switch format {
	case "csv":
		return []byte("group,attribute\n"), "text/csv", nil
	case "svg":
		return []byte("<svg/>"), "image/svg+xml", nil
	}
	return []byte(`{"id":"br_1"}`), "application/json", nil
}

func (f *fakeBias) StartRun(_ context.Context, tenant string, spec biasaudit.Spec) (biasaudit.Run, error) {
	spec, err := spec.Normalize()
	if err != nil {
		return biasaudit.Run{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.runs == nil {
		f.runs = map[string]biasaudit.Run{}
	}
	r := biasaudit.Run{ID: fmt.Sprintf("run_%d", len(f.runs)), Tenant: tenant, Status: biasaudit.RunQueued, Spec: spec}
	f.runs[r.ID] = r
	return r, nil
}

func (f *fakeBias) Run(_ context.Context, tenant, id string) (biasaudit.Run, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, ok := f.runs[id]
	if !ok || r.Tenant != tenant {
		return biasaudit.Run{}, fmt.Errorf("run: %w", candor.ErrNotFound)
	}
	return r, nil
}
