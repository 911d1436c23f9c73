package c2pa

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fxamacker/cbor/v2"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/jumbf"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// detReader is a deterministic byte stream (SHA-256 in counter mode).
type detReader struct {
	seed string
	n    uint64
	buf  []byte
}

func (r *detReader) Read(p []byte) (int, error) {
	for len(r.buf) < len(p) {
		h := sha256.Sum256(binary.BigEndian.AppendUint64([]byte(r.seed), r.n))
		r.n++
		r.buf = append(r.buf, h[:]...)
	}
	copy(p, r.buf)
	r.buf = r.buf[len(p):]
	return len(p), nil
}

// deterministicIdentity is an Ed25519 CA and signer with fixed keys and dates.
func deterministicIdentity(t *testing.T) (provenance.Identity, *x509.CertPool) {
	t.Helper()
	caKey := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	leafKey := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{2}, 32))
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC)
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{Organization: []string{"candor golden"}, CommonName: "Golden CA"},
		NotBefore: from, NotAfter: to, IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign, SubjectKeyId: []byte{1, 2, 3, 4},
	}
	caDER, err := x509.CreateCertificate(nil, caTmpl, caTmpl, caKey.Public(), caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	leafTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{Organization: []string{"candor golden"}, CommonName: "Golden Signer"},
		NotBefore: from, NotAfter: to, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage:        []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
		UnknownExtKeyUsage: []asn1.ObjectIdentifier{{1, 3, 6, 1, 5, 5, 7, 3, 36}},
		SubjectKeyId:       []byte{5, 6, 7, 8}, AuthorityKeyId: ca.SubjectKeyId,
	}
	leafDER, err := x509.CreateCertificate(nil, leafTmpl, ca, leafKey.Public(), caKey)
	if err != nil {
		t.Fatal(err)
	}
	leaf, _ := x509.ParseCertificate(leafDER)
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return provenance.Identity{Signer: leafKey, Chain: []*x509.Certificate{leaf}}, pool
}

// describeStore renders a manifest store for review: the box tree, then the
// CBOR of every assertion and of the claim (not the signature, which
// provenance/cose owns).
func describeStore(t *testing.T, raw []byte) string {
	t.Helper()
	root, err := jumbf.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	dm, err := cbor.DiagOptions{ByteStringEncoding: cbor.ByteStringBase16Encoding}.DiagMode()
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString(root.Dump())
	var walk func(b *jumbf.Box)
	walk = func(b *jumbf.Box) {
		for _, c := range b.Children {
			if c.IsSuperbox() {
				if c.Label() != LabelSignature {
					walk(c)
				}
				continue
			}
			if c.Type == jumbf.TypeCBOR {
				d, err := dm.Diagnose(c.Payload)
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(&sb, "\n%s:\n%s\n", b.Label(), d)
			}
		}
	}
	walk(root)
	return sb.String()
}

// TestGoldenManifest pins the manifest candor writes: box layout, labels,
// salts, claim and assertion CBOR. Refresh with `go test -run Golden -update`
// and review the diff of testdata/golden_manifest.txt.
func TestGoldenManifest(t *testing.T) {
	id, anchors := deterministicIdentity(t)
	opts := SignOptions{
		Identity: id, ClaimGenerator: "candor", Version: "0.1.0", Title: "golden.png",
		Generation: testSafetyGeneration(), TrainingMining: TrainingNotAllowed, Rand: &detReader{seed: "golden"},
		Edits: []Edit{{Action: ActionFiltered, Description: "blurred by candor's output safety stage: nsfw.sexy 0.71 >= 0.50"}},
	}
	out, _, err := Sign(context.Background(), readFixture(t, "sample1.png"), opts) // a fixed file: png.Encode may change between Go releases
	if err != nil {
		t.Fatal(err)
	}
	rep := mustVerify(t, out, VerifyOptions{Anchors: anchors, Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	if rep.State != provenance.StateTrusted {
		t.Fatalf("%s %v", rep.State, codes(rep))
	}
	raw, err := extractStore(FormatPNG, out)
	if err != nil {
		t.Fatal(err)
	}
	got := describeStore(t, raw)
	path := filepath.Join("testdata", "golden_manifest.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("manifest differs from %s (run with -update and review):\n%s", path, got)
	}
}
