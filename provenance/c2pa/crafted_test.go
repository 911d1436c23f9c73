package c2pa

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"

	"github.com/fxamacker/cbor/v2"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/cose"
	"github.com/candor-ai/candor/provenance/jumbf"
	"github.com/candor-ai/candor/provenance/tsa/tsatest"
)

var writeCrafted = flag.Bool("write-crafted", false, "rewrite testdata/fixtures/crafted from the generator")

// crafted is where the generator's files live, relative to fixtures.
const crafted = "crafted"

// craftedSeed fixes every key, serial, salt and signature the generator
// makes (testing/cryptotest), so that a rerun gives the same files but for
// the signingTime attribute the CMS library puts in each time-stamp token.
const craftedSeed = 20261201

// Fixed dates of the crafted files: certificates are valid from 2025 to
// 2045 (the expired signer only during 2025) and time-stamps are dated
// inside 2025, so the verdicts do not change as the calendar moves.
var (
	craftedFrom    = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	craftedUntil   = time.Date(2045, 1, 1, 0, 0, 0, 0, time.UTC)
	craftedExpired = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	craftedSigned  = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	craftedForged  = time.Date(2025, 3, 1, 9, 30, 0, 0, time.UTC)
)

// craftedPKI is the generator's certificates: a signer root and a TSA root
// given to verifiers as anchors, signers with and without the C2PA profile,
// a trusted TSA, one chained to a root no verifier trusts, and a self-signed
// one.
type craftedPKI struct {
	anchors                       []*x509.Certificate
	root                          keyPair
	good, expired, goDefault      provenance.Identity
	trustedTSA, rogueTSA, selfTSA *tsatest.Authority
	// selfAKITSA is self-signed too, with an authority key identifier
	// (its own key's): it meets the profile, only trust is missing.
	selfAKITSA *tsatest.Authority
}

type keyPair struct {
	cert *x509.Certificate
	key  crypto.Signer
}

func craftedKey(t *testing.T) crypto.Signer {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// issue makes a key and signs tmpl with parent (nil: self-signed). A
// template whose SubjectKeyId is empty but not nil gets the key's SHA-1
// identifier (RFC 5280 4.2.1.2).
func issue(t *testing.T, tmpl *x509.Certificate, parent *keyPair) keyPair {
	t.Helper()
	return issueWithKey(t, tmpl, parent, craftedKey(t))
}

func issueWithKey(t *testing.T, tmpl *x509.Certificate, parent *keyPair, key crypto.Signer) keyPair {
	t.Helper()
	if tmpl.SubjectKeyId != nil && len(tmpl.SubjectKeyId) == 0 {
		tmpl.SubjectKeyId = skid(t, key.Public())
	}
	signer, issuer := crypto.Signer(key), tmpl
	if parent != nil {
		signer, issuer = parent.key, parent.cert
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, issuer, key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return keyPair{cert: c, key: key}
}

func craftedName(cn string) pkix.Name {
	return pkix.Name{Organization: []string{"candor crafted fixtures"}, CommonName: cn}
}

func caTemplate(serial int64, cn string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: craftedName(cn),
		NotBefore: craftedFrom, NotAfter: craftedUntil,
		IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
}

// signerTemplate follows C2PA 14.5.1 the way c2pa-rs's own test
// certificates do: digitalSignature, EKU emailProtection and
// documentSigning, a subject key identifier.
func signerTemplate(serial int64, cn string, until time.Time) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: craftedName(cn),
		NotBefore: craftedFrom, NotAfter: until,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
		UnknownExtKeyUsage:    []asn1.ObjectIdentifier{{1, 3, 6, 1, 5, 5, 7, 3, 36}},
		SubjectKeyId:          []byte{},
	}
}

func tsaTemplate(serial int64, cn string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: craftedName(cn),
		NotBefore: craftedFrom, NotAfter: craftedUntil,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageTimeStamping},
		SubjectKeyId:          []byte{},
	}
}

func newCraftedPKI(t *testing.T) craftedPKI {
	root := issue(t, caTemplate(1, "crafted signer root"), nil)
	tsaRoot := issue(t, caTemplate(2, "crafted TSA root"), nil)
	rogueRoot := issue(t, caTemplate(3, "rogue TSA root (not an anchor)"), nil)
	ident := func(kp keyPair) provenance.Identity {
		return provenance.Identity{Signer: kp.key, Chain: []*x509.Certificate{kp.cert}}
	}
	good := issue(t, signerTemplate(10, "crafted signer", craftedUntil), &root)
	expired := issue(t, signerTemplate(11, "crafted expired signer", craftedExpired), &root)
	// What x509.CreateCertificate makes of the fewest fields a signer
	// needs: no subject key identifier, no basicConstraints.
	goDefault := issue(t, &x509.Certificate{
		SerialNumber: big.NewInt(12), Subject: craftedName("crafted Go-default signer"),
		NotBefore: craftedFrom, NotAfter: craftedUntil,
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
	}, &root)
	tsaKP := issue(t, tsaTemplate(20, "crafted TSA"), &tsaRoot)
	rogueKP := issue(t, tsaTemplate(21, "rogue TSA"), &rogueRoot)
	selfTmpl := tsaTemplate(22, "self-signed TSA")
	selfKP := issue(t, selfTmpl, nil)
	akiKey := craftedKey(t)
	akiTmpl := tsaTemplate(23, "self-signed TSA with AKI")
	akiTmpl.SubjectKeyId = skid(t, akiKey.Public())
	akiTmpl.AuthorityKeyId = akiTmpl.SubjectKeyId
	akiKP := issueWithKey(t, akiTmpl, nil, akiKey)
	return craftedPKI{
		anchors:   []*x509.Certificate{root.cert, tsaRoot.cert},
		root:      root,
		good:      ident(good),
		expired:   ident(expired),
		goDefault: ident(goDefault),
		trustedTSA: &tsatest.Authority{Cert: tsaKP.cert, Key: tsaKP.key,
			Chain: []*x509.Certificate{tsaRoot.cert}, Time: craftedSigned},
		rogueTSA: &tsatest.Authority{Cert: rogueKP.cert, Key: rogueKP.key,
			Chain: []*x509.Certificate{rogueRoot.cert}, Time: craftedForged},
		selfTSA:    &tsatest.Authority{Cert: selfKP.cert, Key: selfKP.key, Time: craftedSigned},
		selfAKITSA: &tsatest.Authority{Cert: akiKP.cert, Key: akiKP.key, Time: craftedSigned},
	}
}

// craftedFile is one generated file and how it was made.
type craftedFile struct {
	name string
	id   func(craftedPKI) provenance.Identity
	tsa  func(craftedPKI) *tsatest.Authority
	// retime, when set, replaces the file's sigTst2 token afterwards with
	// one from this authority over the same signature (the unprotected
	// header is not signed, so the claim signature stays valid).
	retime func(craftedPKI) *tsatest.Authority
}

var craftedFiles = []craftedFile{
	// (a) an expired signer with a token dated inside its validity from a
	// self-signed TSA, and from a TSA chained to a root no one trusts.
	{name: "expired_selfsigned_tsa.png", id: expiredSigner, tsa: selfTSA},
	{name: "expired_rogue_tsa.png", id: expiredSigner, tsa: rogueTSA},
	// The same signer with a token from the trusted TSA (long-term
	// validation, C2PA 15.7; see TestCraftedLongTermValidation).
	{name: "expired_trusted_tsa.png", id: expiredSigner, tsa: trustedTSA},
	// (b) a correct file whose sigTst2 was swapped for another TSA's token
	// with another date.
	{name: "replaced_sigtst2.png", id: goodSigner, tsa: trustedTSA, retime: rogueTSA},
	// (c) a signer certificate with Go's x509 defaults, with a trusted
	// time-stamp and with a self-signed TSA's; and a profiled signer with
	// the self-signed TSA's.
	{name: "godefault_trusted_tsa.png", id: goDefaultSigner, tsa: trustedTSA},
	{name: "godefault_selfsigned_tsa.png", id: goDefaultSigner, tsa: selfTSA},
	{name: "good_selfsigned_tsa.png", id: goodSigner, tsa: selfTSA},
	// The rule behind that: the TSA certificate lacks an authority key
	// identifier. A self-signed TSA that has one is only untrusted.
	{name: "good_selfsigned_aki_tsa.png", id: goodSigner, tsa: selfAKITSA},
	// (d) the positive control: a profiled signer and a trusted TSA.
	{name: "good_trusted_tsa.png", id: goodSigner, tsa: trustedTSA},
}

func goodSigner(p craftedPKI) provenance.Identity      { return p.good }
func expiredSigner(p craftedPKI) provenance.Identity   { return p.expired }
func goDefaultSigner(p craftedPKI) provenance.Identity { return p.goDefault }
func trustedTSA(p craftedPKI) *tsatest.Authority       { return p.trustedTSA }
func rogueTSA(p craftedPKI) *tsatest.Authority         { return p.rogueTSA }
func selfTSA(p craftedPKI) *tsatest.Authority          { return p.selfTSA }
func selfAKITSA(p craftedPKI) *tsatest.Authority       { return p.selfAKITSA }

// generateCrafted makes the crafted files and the anchors PEM
// ("anchors.pem": the signer root and the TSA root), keyed by name.
func generateCrafted(t *testing.T) map[string][]byte {
	cryptotest.SetGlobalRandom(t, craftedSeed)
	pki := newCraftedPKI(t)
	out := map[string][]byte{}
	var anchors []byte
	for _, c := range pki.anchors {
		anchors = append(anchors, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	out["anchors.pem"] = anchors
	for _, f := range craftedFiles {
		b, _, err := Sign(context.Background(), encodePNG(t, 16, 16), SignOptions{
			Identity: f.id(pki), Timestamper: f.tsa(pki),
			ClaimGenerator: "candor-crafted-fixtures", Version: "1", Title: f.name,
		})
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if f.retime != nil {
			b = replaceSigTst2(t, b, f.retime(pki))
		}
		out[f.name] = b
	}
	return out
}

// replaceSigTst2 swaps the active manifest's sigTst2 token for one from a
// over the same countersignature data, keeping the signature box's size.
func replaceSigTst2(t *testing.T, file []byte, a *tsatest.Authority) []byte {
	t.Helper()
	format, err := DetectFormat(file)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := extractStore(format, file)
	if err != nil {
		t.Fatal(err)
	}
	store, err := ParseStore(raw)
	if err != nil {
		t.Fatal(err)
	}
	m := store.Active()
	claim, err := DecodeClaim(m.ClaimBytes)
	if err != nil {
		t.Fatal(err)
	}
	old := store.Resolve(m, claim.Signature).FirstContent(jumbf.TypeCBOR).Payload
	var msg cbor.Tag
	if err := cbor.Unmarshal(old, &msg); err != nil {
		t.Fatal(err)
	}
	parts := msg.Content.([]any)
	protected, sig := parts[0].([]byte), parts[3].([]byte)
	// The data a sigTst2 token covers (C2PA 10.3.2.5):
	// ["CounterSignature", protected, h'', bstr(cbor(bstr(signature)))].
	sigBstr, err := cbor.Marshal(sig)
	if err != nil {
		t.Fatal(err)
	}
	tbs, err := cbor.Marshal([]any{"CounterSignature", protected, []byte{}, sigBstr})
	if err != nil {
		t.Fatal(err)
	}
	token, err := a.Timestamp(context.Background(), tbs)
	if err != nil {
		t.Fatal(err)
	}
	unprotected := parts[1].(map[any]any)
	unprotected["sigTst2"] = map[string]any{"tstTokens": []any{map[string]any{"val": token}}}
	re, err := cbor.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	padded, err := cose.Pad(re, len(old))
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(file, old)
	if i < 0 || bytes.Index(file[i+1:], old) >= 0 {
		t.Fatal("signature not found exactly once in the file")
	}
	out := bytes.Clone(file)
	copy(out[i:], padded)
	return out
}

// TestGenerateCrafted regenerates the crafted fixtures. With -write-crafted
// it writes them to testdata/fixtures/crafted (then ask the official
// verifier for their rows in EXPECTED.tsv); without, it checks that a rerun
// of the generator gives files that verify exactly as the committed ones.
func TestGenerateCrafted(t *testing.T) {
	files := generateCrafted(t)
	dir := filepath.Join(fixtures, crafted)
	if *writeCrafted {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	committed, err := os.ReadFile(filepath.Join(dir, "anchors.pem"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, files["anchors.pem"]) {
		t.Fatal("the generator's anchors differ from crafted/anchors.pem: rerun with -write-crafted and the official verifier")
	}
	rows := 0
	for _, row := range readExpected(t) {
		name, ok := strings.CutPrefix(row.file, crafted+"/")
		if !ok {
			continue
		}
		rows++
		t.Run(name+" "+row.args, func(t *testing.T) {
			b, ok := files[name]
			if !ok {
				t.Fatalf("the generator no longer makes %s", name)
			}
			checkRow(t, b, row)
		})
	}
	if rows == 0 {
		t.Fatal("no crafted rows in EXPECTED.tsv")
	}
}

// TestCraftedTimeStamps checks what the report says of time-stamps: a
// trusted one gives "signed at"; one from an authority not in the trust
// list is reported and ignored, so swapping a signed file's token for
// another authority's changes nothing the viewer is told but that.
func TestCraftedTimeStamps(t *testing.T) {
	pool, err := certs.LoadAnchors(filepath.Join(fixtures, crafted, "anchors.pem"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file, signedAt string
		want           []string
		state          string
	}{
		{"good_trusted_tsa.png", "2025-06-01T12:00:00Z", []string{StatusTimeStampValidated, StatusTimeStampTrusted}, provenance.StateTrusted},
		{"replaced_sigtst2.png", "", []string{StatusTimeStampValidated, StatusTimeStampUntrusted}, provenance.StateTrusted},
		{"good_selfsigned_tsa.png", "", []string{StatusTimeStampUntrusted, StatusSigningCredentialInvalid}, provenance.StateInvalid},
		// Long-term validation (C2PA 15.7): a trusted time-stamp inside the
		// signer's validity keeps an expired signer trusted. c2pa-wasm 0.13.3
		// says Invalid (signingCredential.expired, .untrusted) here: it
		// judges the signer at the current time even with a trusted
		// time-stamp, so this file has no row in EXPECTED.tsv.
		{"expired_trusted_tsa.png", "2025-06-01T12:00:00Z", []string{StatusTimeStampTrusted, StatusSigningCredentialTrusted}, provenance.StateTrusted},
		{"expired_rogue_tsa.png", "", []string{StatusTimeStampUntrusted, StatusSigningCredentialExpired}, provenance.StateInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			rep := mustVerify(t, readFixture(t, crafted+"/"+tc.file), VerifyOptions{Anchors: pool})
			got := codes(rep)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("no %s in %v", w, got)
				}
			}
			if rep.State != tc.state || rep.SignedAt != tc.signedAt {
				t.Errorf("state %s signed at %q, want %s %q", rep.State, rep.SignedAt, tc.state, tc.signedAt)
			}
			for _, s := range rep.Status {
				if s.Code == StatusTimeStampUntrusted && !strings.Contains(s.Explanation, "ignored") {
					t.Errorf("explanation %q does not say the time-stamp is ignored", s.Explanation)
				}
			}
		})
	}
}
