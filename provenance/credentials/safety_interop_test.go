package credentials

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"encoding/pem"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/candor-ai/candor/internal/c2paofficial"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/c2pa"
)

// TestOfficialVerifierSafety issues blurred (PNG and JPEG), released and
// passed images with full safety records and has the official C2PA SDK
// read them: Valid without anchors, Trusted with the development CA; its
// actions are candor's (c2pa.created, then c2pa.filtered for the blur);
// its decoding of ai.candor.generation is the record candor signed and
// candor's own verifier decodes, field for field. Copies with a flipped
// pixel byte, or with one bit of the signed 0.71 score changed, are
// Invalid in both verifiers.
func TestOfficialVerifierSafety(t *testing.T) {
	t.Parallel()
	v := c2paofficial.Locate(t)
	f := newFixture(t)
	s := newService(t, f, f.anchors)
	plainSvc := newService(t, f, nil)
	ctx := context.Background()
	out := t.TempDir()
	caPEM := filepath.Join(out, "dev-ca.pem")
	if err := os.WriteFile(caPEM, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: f.ca.Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	img := testImage(96, 96)
	blur := &Alteration{Action: AlterationBlurred, Reason: blurReason}
	cases := []struct {
		name    string
		format  string
		verdict string
		alt     *Alteration
	}{
		{"blurred.png", "png", provenance.SafetyBlurred, blur},
		{"blurred.jpg", "jpeg", provenance.SafetyBlurred, blur},
		{"released.png", "png", provenance.SafetyReleased, nil},
		{"pass.jpg", "jpeg", provenance.SafetyPass, nil},
	}
	gens := map[string]*provenance.Generation{}
	var good, bad []string
	write := func(name string, b []byte) string {
		p := filepath.Join(out, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	score := binary.BigEndian.AppendUint64([]byte{0xfb}, math.Float64bits(0.71)) // CBOR double 0.71
	for _, c := range cases {
		gen := safetyGeneration(img.Pix, c.verdict)
		gens[c.name] = gen
		b, _, err := s.Issue(ctx, img, IssueOptions{Format: c.format, Title: c.name, Generation: gen, SafetyAltered: c.alt, TrainingMining: "notAllowed"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		good = append(good, write(c.name, b))
		bad = append(bad, write("flipped_"+c.name, flipPixelByte(t, b)))
		if c.verdict == provenance.SafetyBlurred {
			// Change the signed score: 0.71 occurs in the scores and the reason.
			i := bytes.Index(b, score)
			if i < 0 {
				t.Fatalf("%s: score 0.71 not found as a CBOR double", c.name)
			}
			edited := bytes.Clone(b)
			edited[i+8] ^= 0x01
			bad = append(bad, write("score_"+c.name, edited))
		}
	}
	all := append(slices.Clone(good), bad...)
	plain := v.Verify(t, c2paofficial.Options{}, all...)
	withCA := v.Verify(t, c2paofficial.Options{Anchors: caPEM}, all...)

	for _, p := range good {
		name := filepath.Base(p)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if r := plain[name]; r.ValidationState != "Valid" || !slices.Equal(r.Failure, []string{"signingCredential.untrusted"}) {
			t.Errorf("%s without anchors: %s %v %s", name, r.ValidationState, r.Failure, r.Error)
		}
		r := withCA[name]
		if r.ValidationState != "Trusted" || len(r.Failure) != 0 {
			t.Errorf("%s with the dev CA: %s %v %s", name, r.ValidationState, r.Failure, r.Error)
		}
		rep, err := s.Verify(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if rep.State != provenance.StateTrusted {
			t.Errorf("%s: candor says %s %v", name, rep.State, statusCodes(rep, true))
		}
		// The actions: the official reading, candor's, and what was meant.
		want := []provenance.Action{{Action: "c2pa.created", DigitalSourceType: iptcAI, SoftwareAgent: "candor/0.1.0-test"}}
		if strings.HasPrefix(name, "blurred") {
			want = append(want, provenance.Action{Action: c2pa.ActionFiltered, SoftwareAgent: "candor/0.1.0-test", Description: BlurDescriptionPrefix + blurReason})
		}
		if !slices.Equal(r.Actions, want) {
			t.Errorf("%s: official actions\n got %+v\nwant %+v", name, r.Actions, want)
		}
		if !slices.Equal(rep.Actions, r.Actions) {
			t.Errorf("%s: candor's actions %+v, official %+v", name, rep.Actions, r.Actions)
		}
		// The generation record: the official decoding is the signed one.
		if len(r.Generation) == 0 || string(r.Generation) == "null" {
			t.Fatalf("%s: the official verifier shows no ai.candor.generation", name)
		}
		dec := json.NewDecoder(bytes.NewReader(r.Generation))
		dec.DisallowUnknownFields() // every key the SDK shows is a Generation field
		var official provenance.Generation
		if err := dec.Decode(&official); err != nil {
			t.Fatalf("%s: official generation %s: %v", name, r.Generation, err)
		}
		if !reflect.DeepEqual(&official, gens[name]) {
			t.Errorf("%s: official decoding differs from the signed record\n got %+v\nwant %+v", name, official.SafetyRecord, gens[name].SafetyRecord)
		}
		if !reflect.DeepEqual(rep.Generation, &official) {
			t.Errorf("%s: candor's decoding differs from the official one\n candor   %+v\n official %+v", name, rep.Generation.SafetyRecord, official.SafetyRecord)
		}
		if name == "released.png" && official.SafetyRecord.Reviewer != "key-reviewer-1" {
			t.Errorf("released: reviewer %q", official.SafetyRecord.Reviewer)
		}
	}
	for _, p := range bad {
		name := filepath.Base(p)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		code := "assertion.dataHash.mismatch"
		if strings.HasPrefix(name, "score_") {
			code = "assertion.hashedURI.mismatch"
		}
		for _, v := range []struct {
			label    string
			svc      *Service
			official c2paofficial.Result
		}{{"without anchors", plainSvc, plain[name]}, {"with the dev CA", s, withCA[name]}} {
			if v.official.ValidationState != "Invalid" || !slices.Contains(v.official.Failure, code) {
				t.Errorf("%s %s: official %s %v %s", name, v.label, v.official.ValidationState, v.official.Failure, v.official.Error)
			}
			rep, err := v.svc.Verify(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			if rep.State != provenance.StateInvalid || !slices.Contains(statusCodes(rep, true), code) {
				t.Errorf("%s %s: candor %s %v", name, v.label, rep.State, statusCodes(rep, true))
			}
		}
	}
}

// TestOfficialActionsOnReferenceFiles: on files other generators made
// (c2pa-rs test fixtures: version 1 and 2 actions, text and map software
// agents, c2pa.opened and c2pa.color_adjustments), candor reports the same
// actions as the official SDK.
func TestOfficialActionsOnReferenceFiles(t *testing.T) {
	t.Parallel()
	v := c2paofficial.Locate(t)
	fixtures := filepath.Join("..", "c2pa", "testdata", "fixtures")
	files := []string{filepath.Join(fixtures, "C.jpg"), filepath.Join(fixtures, "CA.jpg"), filepath.Join(fixtures, "generated", "ai_testca.png")}
	official := v.Verify(t, c2paofficial.Options{}, files...)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := VerifyWith(context.Background(), b, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := official[filepath.Base(p)]
		if len(r.Actions) == 0 || !slices.Equal(rep.Actions, r.Actions) {
			t.Errorf("%s: candor's actions %+v, official %+v", filepath.Base(p), rep.Actions, r.Actions)
		}
	}
}
