package credentials

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/binary"
	"errors"
	"image"
	"image/color"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/c2pa"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/xmp"
)

const iptcAI = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"

type fixture struct {
	dir     string
	id      provenance.Identity
	ca      *x509.Certificate
	anchors *x509.CertPool
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	dir := t.TempDir()
	id, ca, err := certs.EnsureDevIdentity(dir)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return fixture{dir: dir, id: id, ca: ca, anchors: pool}
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newService(t testing.TB, f fixture, anchors *x509.CertPool) *Service {
	t.Helper()
	s, err := New(Config{Identity: f.id, Anchors: anchors, Version: "0.1.0-test", Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testImage is a deterministic picture with gradients and noise, so that
// encoders have real work to do.
func testImage(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	seed := uint32(12345)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			seed = seed*1664525 + 1013904223
			n := uint8(seed >> 27)
			img.SetNRGBA(x, y, color.NRGBA{uint8(x*255/w) ^ n, uint8(y*255/h) + n, uint8((x+y)*128/(w+h)) + n, 255})
		}
	}
	return img
}

func statusCodes(rep provenance.Report, failuresOnly bool) []string {
	var out []string
	for _, s := range rep.Status {
		if !failuresOnly || s.Failure {
			out = append(out, s.Code)
		}
	}
	return out
}

// flipPixelByte alters one byte of compressed pixel data: in the middle of
// the first IDAT chunk of a PNG or of the entropy-coded scan of a JPEG.
func flipPixelByte(t testing.TB, b []byte) []byte {
	t.Helper()
	out := bytes.Clone(b)
	if bytes.HasPrefix(b, []byte("\x89PNG")) {
		off := 8
		for off+12 <= len(b) {
			l := int(binary.BigEndian.Uint32(b[off:]))
			if string(b[off+4:off+8]) == "IDAT" {
				out[off+8+l/2] ^= 0x01
				return out
			}
			off += 12 + l
		}
		t.Fatal("no IDAT")
	}
	sos := bytes.LastIndex(b, []byte{0xff, 0xda})
	if sos < 0 {
		t.Fatal("no SOS")
	}
	i := sos + (len(b)-sos)/2
	for out[i] == 0xff || out[i-1] == 0xff || out[i]^0x01 == 0xff {
		i++
	}
	out[i] ^= 0x01
	return out
}

func TestIssueAndVerify(t *testing.T) {
	f := newFixture(t)
	trusted := newService(t, f, f.anchors)
	plain := newService(t, f, nil)
	gen := &provenance.Generation{Model: "candor-tiny", Scheduler: "ddim", Steps: 20, Guidance: 5, Seed: 42, Width: 64, Height: 64, PromptCommitment: "sha256:00", PolicyRevision: "r1", PolicyDecision: "allow"}
	tests := []struct {
		name   string
		size   int
		opts   IssueOptions
		minSeg int // minimum APP11 segments for JPEG
	}{
		{"png 64", 64, IssueOptions{Format: "png", Title: "a red square", Generation: gen, TrainingMining: "notAllowed"}, 0},
		{"jpeg 64", 64, IssueOptions{Format: "jpeg", Generation: gen}, 1},
		{"png 512 with mark", 512, IssueOptions{Format: "png", VisibleMark: true}, 0},
		{"jpeg 512 with mark", 512, IssueOptions{Format: "jpeg", JPEGQuality: 85, VisibleMark: true}, 1},
		{"jpeg large manifest", 64, IssueOptions{Format: "jpeg", ExtraPadding: 150_000}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			img := testImage(tc.size, tc.size)
			before := bytes.Clone(img.Pix)
			out, issued, err := trusted.Issue(ctx, img, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(img.Pix, before) {
				t.Fatal("Issue changed the caller's image")
			}
			if issued.Report.State != provenance.StateTrusted {
				t.Fatalf("self-verification state %q, want trusted (%v)", issued.Report.State, statusCodes(issued.Report, false))
			}
			if len(issued.ManifestID) < 10 || issued.ManifestID[:9] != "urn:c2pa:" {
				t.Fatalf("ManifestID %q", issued.ManifestID)
			}
			if tc.minSeg > 0 {
				if n := bytes.Count(out, []byte{0xff, 0xeb}); n < tc.minSeg {
					t.Fatalf("%d APP11 markers, want at least %d", n, tc.minSeg)
				}
			}
			decoded, format, err := image.Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("output does not decode: %v", err)
			}
			if decoded.Bounds() != img.Bounds() || (format == "png") != (tc.opts.Format == "png") {
				t.Fatalf("decoded %s %v", format, decoded.Bounds())
			}

			rep, err := trusted.Verify(ctx, out)
			if err != nil {
				t.Fatal(err)
			}
			if rep.State != provenance.StateTrusted || !rep.AIGenerated || rep.DigitalSourceType != iptcAI {
				t.Fatalf("trusted verify: %+v", rep)
			}
			if rep.ManifestID != issued.ManifestID {
				t.Fatalf("ManifestID %q, issued %q", rep.ManifestID, issued.ManifestID)
			}
			rep, err = plain.Verify(ctx, out)
			if err != nil {
				t.Fatal(err)
			}
			if rep.State != provenance.StateValid || !slices.Contains(statusCodes(rep, false), "signingCredential.untrusted") {
				t.Fatalf("without anchors: state %q codes %v, want valid with signingCredential.untrusted", rep.State, statusCodes(rep, false))
			}

			pkt, err := xmp.Extract(out)
			if err != nil {
				t.Fatalf("no XMP: %v", err)
			}
			p, err := xmp.Parse(pkt)
			if err != nil || p.DigitalSourceType != iptcAI || p.Description != "AI-generated image" {
				t.Fatalf("XMP %+v %v", p, err)
			}

			bad := flipPixelByte(t, out)
			rep, err = trusted.Verify(ctx, bad)
			if err != nil {
				t.Fatal(err)
			}
			if rep.State != provenance.StateInvalid || !slices.Contains(statusCodes(rep, true), "assertion.dataHash.mismatch") {
				t.Fatalf("flipped pixel byte: state %q codes %v", rep.State, statusCodes(rep, false))
			}
		})
	}
}

func TestVisibleMark(t *testing.T) {
	img := testImage(512, 512)
	marked := testImage(512, 512)
	if !drawMark(marked) {
		t.Fatal("mark does not fit 512x512")
	}
	changed := func(r image.Rectangle) int {
		n := 0
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				if img.NRGBAAt(x, y) != marked.NRGBAAt(x, y) {
					n++
				}
			}
		}
		return n
	}
	if n := changed(image.Rect(400, 480, 512, 512)); n < 500 {
		t.Fatalf("only %d pixels changed in the bottom-right corner", n)
	}
	if n := changed(image.Rect(0, 0, 256, 470)); n != 0 {
		t.Fatalf("%d pixels changed away from the corner", n)
	}
	small := testImage(24, 24)
	if !drawMark(small) {
		t.Fatal("\"AI\" does not fit 24x24")
	}
	if drawMark(testImage(8, 8)) {
		t.Fatal("a mark was drawn on 8x8")
	}
}

func TestIssueOptionsErrors(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f, f.anchors)
	ctx := context.Background()
	tests := []struct {
		name string
		img  *image.NRGBA
		opts IssueOptions
	}{
		{"nil image", nil, IssueOptions{}},
		{"empty image", image.NewNRGBA(image.Rect(0, 0, 0, 0)), IssueOptions{}},
		{"gif", testImage(8, 8), IssueOptions{Format: "gif"}},
		{"quality 101", testImage(8, 8), IssueOptions{Format: "jpeg", JPEGQuality: 101}},
		{"quality -1", testImage(8, 8), IssueOptions{Format: "jpeg", JPEGQuality: -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := s.Issue(ctx, tc.img, tc.opts)
			if !errors.Is(err, ErrOptions) || out != nil {
				t.Fatalf("err = %v, out %d bytes; want ErrOptions and nothing", err, len(out))
			}
		})
	}
	if _, _, err := s.Issue(ctx, testImage(8, 8), IssueOptions{TrainingMining: "maybe"}); err == nil {
		t.Fatal("unknown training-mining value accepted")
	}
}

func TestSelfVerifyWithholds(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f, f.anchors)
	s.tamper = func(b []byte) []byte { return flipPixelByte(t, b) }
	out, _, err := s.Issue(context.Background(), testImage(32, 32), IssueOptions{Format: "png"})
	if !errors.Is(err, ErrSelfVerify) {
		t.Fatalf("err = %v, want ErrSelfVerify", err)
	}
	if out != nil {
		t.Fatal("bytes returned although self-verification failed")
	}
}

func TestNewRefusesBadIdentity(t *testing.T) {
	if _, err := New(Config{}); !errors.Is(err, ErrOptions) {
		t.Fatalf("empty config: %v", err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(3),
		Subject:      pkix.Name{CommonName: "tls server"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := x509.ParseCertificate(der)
	_, err = New(Config{Identity: provenance.Identity{Signer: key, Chain: []*x509.Certificate{c}}})
	if !errors.Is(err, certs.ErrProfile) {
		t.Fatalf("serverAuth-only signer: %v, want ErrProfile", err)
	}
}

func TestVerifyUnsigned(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f, f.anchors)
	ctx := context.Background()
	plainPNG, err := encode(testImage(16, 16), "png", 90)
	if err != nil {
		t.Fatal(err)
	}
	withXMP, err := xmp.Insert(plainPNG, xmp.Packet(xmp.Disclosure{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		in     []byte
		states []string
	}{
		{"plain png", plainPNG, []string{provenance.StateAbsent}},
		{"png with XMP only", withXMP, []string{provenance.StateAbsent}},
		{"garbage", []byte("hello"), []string{provenance.StateAbsent, provenance.StateInvalid}},
		{"empty", nil, []string{provenance.StateAbsent, provenance.StateInvalid}},
		{"truncated png", plainPNG[:30], []string{provenance.StateAbsent, provenance.StateInvalid}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := s.Verify(ctx, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(tc.states, rep.State) || rep.AIGenerated {
				t.Fatalf("state %q ai %v, want one of %v and not AI", rep.State, rep.AIGenerated, tc.states)
			}
		})
	}
	rep, _ := s.Verify(ctx, withXMP)
	if rep.DigitalSourceType != iptcAI {
		t.Fatalf("XMP source type not reported: %+v", rep)
	}
	if _, err := s.Verify(ctx, make([]byte, MaxVerifyBytes+1)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized: %v", err)
	}
}

func BenchmarkPNGEncode512(b *testing.B) {
	img := testImage(512, 512)
	for b.Loop() {
		if _, err := encode(img, "png", 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIssuePNG512 is the whole Issue (encode, XMP, sign, embed,
// self-verify) for the image BenchmarkPNGEncode512 encodes; the difference
// is what Content Credentials cost.
func BenchmarkIssuePNG512(b *testing.B) {
	f := newFixture(b)
	s := newService(b, f, f.anchors)
	img := testImage(512, 512)
	ctx := context.Background()
	for b.Loop() {
		if _, _, err := s.Issue(ctx, img, IssueOptions{Format: "png"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignEmbedPNG512 is what Content Credentials add to encoding:
// XMP insertion, building and signing the manifest and embedding it, for
// the same 512x512 image as BenchmarkPNGEncode512 (no self-verification).
func BenchmarkSignEmbedPNG512(b *testing.B) {
	f := newFixture(b)
	encoded, err := encode(testImage(512, 512), "png", 0)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		withXMP, err := xmp.Insert(encoded, xmp.Packet(xmp.Disclosure{CreatorTool: "candor bench"}))
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := c2pa.Sign(ctx, withXMP, c2pa.SignOptions{Identity: f.id, ClaimGenerator: ClaimGenerator, Version: "bench"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyPNG512(b *testing.B) {
	f := newFixture(b)
	s := newService(b, f, f.anchors)
	out, _, err := s.Issue(context.Background(), testImage(512, 512), IssueOptions{Format: "png"})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(out)))
	for b.Loop() {
		if _, err := s.Verify(context.Background(), out); err != nil {
			b.Fatal(err)
		}
	}
}
