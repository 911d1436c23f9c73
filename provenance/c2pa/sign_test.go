package c2pa

import (
	"bytes"
	"context"
	"crypto"
	"crypto/x509"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/tsa"
	"github.com/candor-ai/candor/provenance/tsa/tsatest"
)

func codes(rep provenance.Report) []string {
	var out []string
	for _, s := range rep.Status {
		out = append(out, s.Code)
	}
	return out
}

func failures(rep provenance.Report) []string {
	var out []string
	for _, s := range rep.Status {
		if s.Failure {
			out = append(out, s.Code)
		}
	}
	return out
}

func mustVerify(t testing.TB, file []byte, opts VerifyOptions) provenance.Report {
	t.Helper()
	rep, err := Verify(context.Background(), file, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func testGeneration() *provenance.Generation {
	idx := uint64(7)
	return &provenance.Generation{
		Model: "candor-tiny", ModelFiles: map[string]string{"unet/model.onnx": "ab12"}, Scheduler: "ddim",
		Steps: 20, Guidance: 5, Seed: 42, Width: 64, Height: 64, PromptCommitment: "sha256:00",
		PolicyRevision: "r1", PolicyDecision: "allow", Safety: "safe", AuditIndex: &idx, AuditOrigin: "candor.test",
	}
}

// testSafetyGeneration is testGeneration with a blurred verdict and every
// field of the safety record and the audit cross-reference set.
func testSafetyGeneration() *provenance.Generation {
	g := testGeneration()
	img := 1
	g.Safety = provenance.SafetyBlurred
	g.AuditLeafHash = "5f1c0e0d8e9a5b5e3b2c0a2f6c9d8e7f5f1c0e0d8e9a5b5e3b2c0a2f6c9d8e7f"
	g.RequestID = "req-0001"
	g.ImageIndex = &img
	g.PixelsSHA256 = "0a0b0c"
	g.SafetyRecord = &provenance.SafetyRecord{
		Verdict: provenance.SafetyBlurred,
		Classifiers: []provenance.SafetyClassifier{
			{Name: "nsfw", ModelSHA256: "c0ffee", Labels: []string{"drawing", "hentai", "neutral", "porn", "sexy"}},
			{Name: "custom", ModelSHA256: "beef", Labels: []string{"other", "unsafe"}},
		},
		Scores: map[string]float64{
			"nsfw.drawing": 0.0123456789, "nsfw.hentai": 0.001, "nsfw.neutral": 0.25, "nsfw.porn": 0.0266543211,
			"nsfw.sexy": 0.71, "custom.other": 1, "custom.unsafe": 0, "nsfw.tiny": 5e-324, "nsfw.half": 0.5,
		},
		Thresholds: map[string]map[string]float64{
			"nsfw.sexy":     {"blur": 0.5},
			"nsfw.porn":     {"block": 0.6, "hold": 0.4},
			"custom.unsafe": {"block": 0.5},
		},
		Reasons:              []provenance.SafetyReason{{Rule: "blur", Label: "nsfw.sexy", Score: 0.71, Threshold: 0.5, Message: "nsfw.sexy 0.71 >= 0.50"}},
		PolicyRevision:       "out-r3",
		Attempt:              1,
		OriginalPixelsSHA256: "0d0e0f",
	}
	return g
}

func TestSignVerifyRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		key    func(testing.TB) crypto.Signer
		format string
		asset  func(testing.TB) []byte
		extra  int
	}{
		{"png es256", p256, FormatPNG, func(t testing.TB) []byte { return encodePNG(t, 64, 48) }, 0},
		{"jpeg es256", p256, FormatJPEG, func(t testing.TB) []byte { return encodeJPEG(t, 64, 48) }, 0},
		{"png es384", p384, FormatPNG, func(t testing.TB) []byte { return encodePNG(t, 32, 32) }, 0},
		{"jpeg ps256", rsa2048, FormatJPEG, func(t testing.TB) []byte { return encodeJPEG(t, 32, 32) }, 0},
		{"png ed25519", ed, FormatPNG, func(t testing.TB) []byte { return encodePNG(t, 32, 32) }, 0},
		{"jpeg with APP0 (c2pa-rs fixture)", p256, FormatJPEG, func(t testing.TB) []byte {
			b, err := os.ReadFile(filepath.Join(fixtures, "no_manifest.jpg"))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}, 0},
		{"jpeg manifest over 3 APP11 segments", p256, FormatJPEG, func(t testing.TB) []byte { return encodeJPEG(t, 64, 64) }, 150_000},
		{"png large manifest", p256, FormatPNG, func(t testing.TB) []byte { return encodePNG(t, 64, 64) }, 150_000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pki := newTestPKI(t, tc.key(t))
			asset := tc.asset(t)
			out, signed, err := Sign(context.Background(), asset, SignOptions{
				Identity: pki.id, ClaimGenerator: "candor", Version: "0.1.0", Title: "test image",
				Generation: testGeneration(), TrainingMining: TrainingNotAllowed, ExtraPadding: tc.extra,
			})
			if err != nil {
				t.Fatal(err)
			}
			if f, _ := DetectFormat(out); f != tc.format {
				t.Fatalf("format %q", f)
			}
			if signed.Bytes < tc.extra || len(signed.ManifestID) != len("urn:c2pa:")+36 {
				t.Fatalf("%+v", signed)
			}
			rep := mustVerify(t, out, VerifyOptions{Anchors: pki.anchors})
			if rep.State != provenance.StateTrusted {
				t.Fatalf("state %s: %+v", rep.State, rep.Status)
			}
			if !rep.AIGenerated || rep.DigitalSourceType != SourceTrainedAlgorithmicMedia || rep.ClaimGenerator != "candor/0.1.0" ||
				rep.ManifestID != signed.ManifestID || rep.Title != "test image" || rep.Signer != "candor test (Test C2PA Signer)" {
				t.Fatalf("report %+v", rep)
			}
			if rep.Generation == nil || rep.Generation.Seed != 42 || rep.Generation.ModelFiles["unet/model.onnx"] != "ab12" || *rep.Generation.AuditIndex != 7 {
				t.Fatalf("generation %+v", rep.Generation)
			}
			want := []string{LabelActionsV2, LabelTrainingMining, LabelGeneration, LabelDataHash}
			if !slices.Equal(rep.Assertions, want) {
				t.Fatalf("assertions %v", rep.Assertions)
			}
			for _, c := range []string{StatusClaimSignatureValidated, StatusSigningCredentialTrusted, StatusAssertionDataHashMatch, StatusAssertionHashedURIMatch} {
				if !slices.Contains(codes(rep), c) {
					t.Fatalf("missing %s in %v", c, codes(rep))
				}
			}
			// Without anchors the same file is valid, untrusted.
			if rep := mustVerify(t, out, VerifyOptions{}); rep.State != provenance.StateValid || !slices.Equal(failures(rep), []string{StatusSigningCredentialUntrust}) {
				t.Fatalf("no anchors: %s %v", rep.State, failures(rep))
			}
			// Removing the manifest gives back the original asset.
			base, _, err := prepare(tc.format, out)
			if err != nil || (tc.name != "jpeg with APP0 (c2pa-rs fixture)" && !bytes.Equal(base, asset)) {
				t.Fatalf("prepare: %v, equal %v", err, bytes.Equal(base, asset))
			}
			if tc.format == FormatJPEG {
				segs, _ := jpegSegments(out)
				_, idx, _ := jpegC2PA(segs)
				wantSegs := signed.Bytes/jpegMaxChunk + 1
				if len(idx) != wantSegs {
					t.Fatalf("%d APP11 segments, want %d", len(idx), wantSegs)
				}
			}
		})
	}
}

func TestSignReplacesExistingManifest(t *testing.T) {
	for _, mk := range []func(testing.TB, int, int) []byte{encodePNG, encodeJPEG} {
		pki := newTestPKI(t, p256(t))
		asset := mk(t, 40, 40)
		opts := SignOptions{Identity: pki.id, ClaimGenerator: "candor", Version: "1"}
		once, _, err := Sign(context.Background(), asset, opts)
		if err != nil {
			t.Fatal(err)
		}
		twice, s2, err := Sign(context.Background(), once, opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(twice) != len(once) {
			t.Fatalf("re-signed size %d, first %d", len(twice), len(once))
		}
		rep := mustVerify(t, twice, VerifyOptions{Anchors: pki.anchors})
		if rep.State != provenance.StateTrusted || rep.ManifestID != s2.ManifestID {
			t.Fatalf("%s %v", rep.State, codes(rep))
		}
	}
}

// flipPixel changes one byte of image data: in an IDAT chunk, or in the
// JPEG entropy-coded data (never making or breaking a 0xFF).
func flipPixel(t *testing.T, file []byte) []byte {
	t.Helper()
	out := bytes.Clone(file)
	if f, _ := DetectFormat(file); f == FormatPNG {
		chunks, err := pngChunks(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range chunks {
			if c.typ == "IDAT" {
				out[c.start+8+len(c.data)/2] ^= 0x01
				return out
			}
		}
		t.Fatal("no IDAT")
	}
	for i := len(out) - 64; i > 0; i-- {
		if out[i] != 0xFF && out[i] != 0xFE && out[i-1] != 0xFF {
			out[i] ^= 0x01
			return out
		}
	}
	t.Fatal("no byte to flip")
	return nil
}

// editAt changes one byte inside the first occurrence of marker.
func editAt(t *testing.T, file []byte, marker string, offset int) []byte {
	t.Helper()
	i := bytes.Index(file, []byte(marker))
	if i < 0 {
		t.Fatalf("%q not found", marker)
	}
	out := bytes.Clone(file)
	out[i+offset] ^= 0x01
	return out
}

func TestTamperDetection(t *testing.T) {
	for _, mk := range []func(testing.TB, int, int) []byte{encodePNG, encodeJPEG} {
		pki := newTestPKI(t, p256(t))
		out, _, err := Sign(context.Background(), mk(t, 48, 48), SignOptions{Identity: pki.id, ClaimGenerator: "candor", Version: "1", Title: "t"})
		if err != nil {
			t.Fatal(err)
		}
		format, _ := DetectFormat(out)
		tests := []struct {
			name string
			file []byte
			want []string
		}{
			{"pixel", flipPixel(t, out), []string{StatusAssertionDataHashMis}},
			{"assertion", editAt(t, out, "trainedAlgorithmicMedia", 3), []string{StatusAssertionHashedURIMis}},
			{"claim", editAt(t, out, "xmp:iid:", 9), []string{StatusClaimSignatureMismatch}},
			{"signature box label", editAt(t, out, "c2pa.signature\x00", 2), []string{StatusClaimSignatureMissing}},
		}
		for _, tc := range tests {
			t.Run(format+" "+tc.name, func(t *testing.T) {
				rep := mustVerify(t, tc.file, VerifyOptions{Anchors: pki.anchors})
				if rep.State != provenance.StateInvalid || !slices.Equal(failures(rep), tc.want) {
					t.Fatalf("%s %v, want invalid %v", rep.State, failures(rep), tc.want)
				}
			})
		}
	}
}

func TestSignOptionsErrors(t *testing.T) {
	pki := newTestPKI(t, p256(t))
	asset := encodePNG(t, 8, 8)
	tests := []struct {
		name  string
		asset []byte
		opts  SignOptions
		want  error
	}{
		{"no signer", asset, SignOptions{ClaimGenerator: "candor"}, ErrOptions},
		{"no generator", asset, SignOptions{Identity: pki.id}, ErrOptions},
		{"bad training value", asset, SignOptions{Identity: pki.id, ClaimGenerator: "c", TrainingMining: "maybe"}, ErrOptions},
		{"negative padding", asset, SignOptions{Identity: pki.id, ClaimGenerator: "c", ExtraPadding: -1}, ErrOptions},
		{"not an image", []byte("GIF89a"), SignOptions{Identity: pki.id, ClaimGenerator: "c"}, ErrFormat},
		{"truncated png", asset[:40], SignOptions{Identity: pki.id, ClaimGenerator: "c"}, ErrFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := Sign(context.Background(), tc.asset, tc.opts); !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Sign(ctx, asset, SignOptions{Identity: pki.id, ClaimGenerator: "c"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}

// TestSignWithFixtureIdentity signs with the private test CA's key (the
// same identity the official verifier trusted in EXPECTED.tsv).
func TestSignWithFixtureIdentity(t *testing.T) {
	id, anchors := fixtureIdentity(t)
	out, _, err := Sign(context.Background(), encodePNG(t, 16, 16), SignOptions{Identity: id, ClaimGenerator: "candor", Version: "dev"})
	if err != nil {
		t.Fatal(err)
	}
	if rep := mustVerify(t, out, VerifyOptions{Anchors: anchors}); rep.State != provenance.StateTrusted {
		t.Fatalf("%s %v", rep.State, codes(rep))
	}
	if err := os.WriteFile(filepath.Join(t.TempDir(), "signed.png"), out, 0o600); err != nil {
		t.Fatal(err)
	}
}

type failingTSA struct{}

func (failingTSA) Timestamp(context.Context, []byte) ([]byte, error) {
	return nil, errors.New("time-stamp authority unreachable")
}

func TestSignTimestamperFailure(t *testing.T) {
	pki := newTestPKI(t, p256(t))
	_, _, err := Sign(context.Background(), encodePNG(t, 8, 8), SignOptions{Identity: pki.id, ClaimGenerator: "candor", Timestamper: failingTSA{}})
	if !errors.Is(err, ErrSign) {
		t.Fatalf("err %v, want ErrSign", err)
	}
}

// TestSignWithTimestamp time-stamps the claim signature (sigTst2) against a
// time-stamp authority run inside the test.
func TestSignWithTimestamp(t *testing.T) {
	srv := tsatest.New(t)
	client, err := tsa.New(tsa.Config{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	for _, mk := range []func(testing.TB, int, int) []byte{encodePNG, encodeJPEG} {
		pki := newTestPKI(t, p256(t))
		before := srv.Requests.Load()
		out, _, err := Sign(context.Background(), mk(t, 32, 32), SignOptions{Identity: pki.id, ClaimGenerator: "candor", Version: "1", Timestamper: client})
		if err != nil {
			t.Fatal(err)
		}
		if n := srv.Requests.Load() - before; n != 1 {
			t.Fatalf("%d time-stamp requests for one signature", n)
		}
		// The TSA's root is among the anchors: the time-stamp is trusted.
		anchors := pki.anchors.Clone()
		anchors.AddCert(srv.CA)
		rep := mustVerify(t, out, VerifyOptions{Anchors: anchors})
		if rep.State != provenance.StateTrusted || rep.SignedAt == "" || !slices.Contains(codes(rep), StatusTimeStampTrusted) {
			t.Fatalf("%s signed_at=%q %v", rep.State, rep.SignedAt, codes(rep))
		}
		// It is not: the time-stamp is reported and ignored, the signer is
		// still trusted (it is valid now).
		rep = mustVerify(t, out, VerifyOptions{Anchors: pki.anchors})
		if rep.State != provenance.StateTrusted || rep.SignedAt != "" || !slices.Contains(codes(rep), StatusTimeStampUntrusted) {
			t.Fatalf("TSA not an anchor: %s signed_at=%q %v", rep.State, rep.SignedAt, codes(rep))
		}
	}
}

func TestSigningCredentialChecks(t *testing.T) {
	noEKU := func(c *x509.Certificate) { c.ExtKeyUsage, c.UnknownExtKeyUsage = nil, nil }
	serverAuth := func(c *x509.Certificate) {
		c.ExtKeyUsage, c.UnknownExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, nil
	}
	tests := []struct {
		name  string
		edit  func(*x509.Certificate)
		at    time.Duration // verification time relative to now
		state string
		want  string
	}{
		{"good", nil, 0, provenance.StateTrusted, StatusSigningCredentialTrusted},
		{"expired at verification", nil, 48 * time.Hour, provenance.StateInvalid, StatusSigningCredentialExpired},
		{"not yet valid", nil, -48 * time.Hour, provenance.StateInvalid, StatusSigningCredentialExpired},
		{"no EKU", noEKU, 0, provenance.StateInvalid, StatusSigningCredentialInvalid},
		{"serverAuth only", serverAuth, 0, provenance.StateInvalid, StatusSigningCredentialInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pki := newTestPKIWith(t, p256(t), tc.edit)
			out, _, err := Sign(context.Background(), encodePNG(t, 8, 8), SignOptions{Identity: pki.id, ClaimGenerator: "candor"})
			if err != nil {
				t.Fatal(err)
			}
			rep := mustVerify(t, out, VerifyOptions{Anchors: pki.anchors, Now: time.Now().Add(tc.at)})
			if rep.State != tc.state || !slices.Contains(codes(rep), tc.want) {
				t.Fatalf("%s %v, want %s with %s", rep.State, codes(rep), tc.state, tc.want)
			}
		})
	}
}
