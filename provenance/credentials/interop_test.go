package credentials

import (
	"context"
	"encoding/pem"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/candor-ai/candor/internal/c2paofficial"
	"github.com/candor-ai/candor/provenance"
)

// TestOfficialVerifier issues PNG and JPEG files (small, large, and one
// whose manifest spans several APP11 segments) and has the official C2PA
// SDK read them: Valid without anchors, Trusted with the development CA as
// a user anchor, the IPTC source type in the actions assertion; a flipped
// pixel byte gives Invalid with assertion.dataHash.mismatch. candor's own
// verifier must agree on every file.
func TestOfficialVerifier(t *testing.T) {
	t.Parallel() // mostly waiting for Node
	v := c2paofficial.Locate(t)
	f := newFixture(t)
	s := newService(t, f, f.anchors)
	ctx := context.Background()
	out := t.TempDir()
	caPEM := filepath.Join(out, "dev-ca.pem")
	if err := os.WriteFile(caPEM, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: f.ca.Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		size int
		opts IssueOptions
	}{
		{"small.png", 64, IssueOptions{Format: "png", TrainingMining: "notAllowed"}},
		{"small.jpg", 64, IssueOptions{Format: "jpeg"}},
		{"large.png", 512, IssueOptions{Format: "png", VisibleMark: true}},
		{"large.jpg", 512, IssueOptions{Format: "jpeg", VisibleMark: true}},
		{"multiseg.jpg", 128, IssueOptions{Format: "jpeg", ExtraPadding: 150_000}},
	}
	var good, flipped []string
	for _, c := range cases {
		b, _, err := s.Issue(ctx, testImage(c.size, c.size), c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		p := filepath.Join(out, c.name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		good = append(good, p)
		fp := filepath.Join(out, "flipped_"+c.name)
		if err := os.WriteFile(fp, flipPixelByte(t, b), 0o600); err != nil {
			t.Fatal(err)
		}
		flipped = append(flipped, fp)
	}
	all := append(slices.Clone(good), flipped...)

	plain := v.Verify(t, c2paofficial.Options{}, all...)
	withCA := v.Verify(t, c2paofficial.Options{Anchors: caPEM}, all...)
	plainSvc := newService(t, f, nil)
	for _, p := range good {
		name := filepath.Base(p)
		r := plain[name]
		if r.ValidationState != "Valid" || !slices.Equal(r.Failure, []string{"signingCredential.untrusted"}) {
			t.Errorf("%s without anchors: %s %v %s", name, r.ValidationState, r.Failure, r.Error)
		}
		if r.DigitalSourceType != iptcAI {
			t.Errorf("%s: official digitalSourceType %q", name, r.DigitalSourceType)
		}
		if w := withCA[name]; w.ValidationState != "Trusted" || len(w.Failure) != 0 {
			t.Errorf("%s with the dev CA: %s %v %s", name, w.ValidationState, w.Failure, w.Error)
		}
	}
	for _, p := range flipped {
		name := filepath.Base(p)
		for label, r := range map[string]c2paofficial.Result{"without anchors": plain[name], "with the dev CA": withCA[name]} {
			if r.ValidationState != "Invalid" || !slices.Contains(r.Failure, "assertion.dataHash.mismatch") {
				t.Errorf("%s %s: %s %v %s", name, label, r.ValidationState, r.Failure, r.Error)
			}
		}
	}
	// candor agrees with the official verdict on every file.
	for _, p := range all {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		for _, v := range []struct {
			svc      *Service
			official c2paofficial.Result
		}{{plainSvc, plain[name]}, {s, withCA[name]}} {
			rep, err := v.svc.Verify(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.EqualFold(rep.State, v.official.ValidationState) {
				t.Errorf("%s: candor says %s, official %s", name, rep.State, v.official.ValidationState)
			}
			for _, code := range v.official.Failure {
				if !slices.Contains(statusCodes(rep, true), code) {
					t.Errorf("%s: official failure %s missing from candor's %v", name, code, statusCodes(rep, true))
				}
			}
		}
	}

	// Timing, same files, same run: the official verifier (mean of 5 after a
	// warm-up, inside Node) against candor's Verify (mean of 5 after one).
	timed := v.Verify(t, c2paofficial.Options{Anchors: caPEM, Repeat: 5}, good...)
	for _, p := range good {
		b, _ := os.ReadFile(p)
		if _, err := s.Verify(ctx, b); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		for range 5 {
			if _, err := s.Verify(ctx, b); err != nil {
				t.Fatal(err)
			}
		}
		ours := time.Since(start) / 5
		name := filepath.Base(p)
		t.Logf("verify %-13s %7d bytes: candor %8.2f ms, official c2pa-wasm %8.2f ms", name, len(b), float64(ours.Microseconds())/1000, timed[name].MS)
	}
	_ = provenance.StateTrusted
}

// TestExiftoolSeesDisclosure checks an issued file with exiftool, where it
// is installed.
func TestExiftoolSeesDisclosure(t *testing.T) {
	exiftool, err := exec.LookPath("exiftool")
	if err != nil {
		t.Skip("exiftool not installed (apt-get install libimage-exiftool-perl)")
	}
	f := newFixture(t)
	s := newService(t, f, f.anchors)
	for _, format := range []string{"png", "jpeg"} {
		b, _, err := s.Issue(context.Background(), testImage(64, 64), IssueOptions{Format: format})
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "img."+format)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := exec.Command(exiftool, "-s3", "-XMP-iptcExt:DigitalSourceType", p).CombinedOutput()
		if err != nil {
			t.Fatalf("exiftool: %v\n%s", err, got)
		}
		if strings.TrimSpace(string(got)) != iptcAI {
			t.Fatalf("%s: exiftool -XMP-iptcExt:DigitalSourceType says %q", format, got)
		}
	}
}
