package credentials

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/candor-ai/candor/internal/c2paofficial"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
)

// TestOfficialVerifierAlgorithms signs with c2pa-rs's own test signers
// (ES256, PS256, Ed25519; testdata/*.pub chains, *.pem keys) and checks that
// candor and the official verifier both trust the result under c2pa-rs's
// test root bundle.
func TestOfficialVerifierAlgorithms(t *testing.T) {
	t.Parallel() // mostly waiting for Node
	anchors, err := certs.LoadAnchors("testdata/test_cert_root_bundle.pem")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	var files []string
	for _, alg := range []string{"es256", "ps256", "ed25519"} {
		id, err := certs.LoadIdentity("testdata/"+alg+".pub", "testdata/"+alg+".pem")
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(Config{Identity: id, Anchors: anchors, Version: "test", Logger: quietLogger()})
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{"png", "jpeg"} {
			b, issued, err := s.Issue(context.Background(), testImage(48, 48), IssueOptions{Format: format})
			if err != nil {
				t.Fatalf("%s %s: %v", alg, format, err)
			}
			if issued.Report.State != provenance.StateTrusted {
				t.Fatalf("%s %s: candor says %s %v", alg, format, issued.Report.State, statusCodes(issued.Report, false))
			}
			p := filepath.Join(out, alg+"."+format)
			if err := os.WriteFile(p, b, 0o600); err != nil {
				t.Fatal(err)
			}
			files = append(files, p)
		}
	}
	v := c2paofficial.Locate(t)
	res := v.Verify(t, c2paofficial.Options{Anchors: "testdata/test_cert_root_bundle.pem"}, files...)
	for _, p := range files {
		r := res[filepath.Base(p)]
		if r.ValidationState != "Trusted" || len(r.Failure) != 0 {
			t.Errorf("%s: official %s %v %s", filepath.Base(p), r.ValidationState, r.Failure, r.Error)
		}
	}
}
