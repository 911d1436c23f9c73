package credentials

import (
	"context"
	"encoding/pem"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/candor-ai/candor/internal/c2paofficial"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/tsa"
	"github.com/candor-ai/candor/provenance/tsa/tsatest"
)

// TestTimestampedIssue signs with a time-stamp authority run inside the
// test: candor's verifier reads the sigTst2 time, and the official verifier
// accepts the time-stamp (timeStamp.validated) and the file.
func TestTimestampedIssue(t *testing.T) {
	t.Parallel() // mostly waiting for Node
	srv := tsatest.New(t)
	client, err := tsa.New(tsa.Config{URL: srv.URL, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	// The time-stamp authority is trusted from the same anchors as signers
	// (as in c2pa-rs); without its root the time-stamp would be ignored.
	anchorPool := f.anchors.Clone()
	anchorPool.AddCert(srv.CA)
	s, err := New(Config{Identity: f.id, Anchors: anchorPool, Timestamper: client, Version: "0.1.0-test", Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	out := t.TempDir()
	var files []string
	for _, format := range []string{"png", "jpeg"} {
		b, issued, err := s.Issue(ctx, testImage(64, 64), IssueOptions{Format: format})
		if err != nil {
			t.Fatal(err)
		}
		if issued.Report.State != provenance.StateTrusted {
			t.Fatalf("%s: state %s %v", format, issued.Report.State, statusCodes(issued.Report, false))
		}
		if issued.Report.SignedAt == "" {
			t.Errorf("%s: no signing time from sigTst2 in the report", format)
		}
		p := filepath.Join(out, "ts."+format)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	if srv.Requests.Load() != 2 {
		t.Fatalf("TSA answered %d requests, want 2", srv.Requests.Load())
	}

	v := c2paofficial.Locate(t)
	anchors := filepath.Join(out, "anchors.pem")
	pemBytes := append(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: f.ca.Raw}),
		pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.CA.Raw})...)
	if err := os.WriteFile(anchors, pemBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	res := v.Verify(t, c2paofficial.Options{Anchors: anchors}, files...)
	for _, p := range files {
		r := res[filepath.Base(p)]
		if r.ValidationState != "Trusted" || !slices.Contains(r.Codes, "timeStamp.validated") || !slices.Contains(r.Codes, "timeStamp.trusted") {
			t.Errorf("%s: official %s, codes %v, failures %v %s", filepath.Base(p), r.ValidationState, r.Codes, r.Failure, r.Error)
		}
	}
}
