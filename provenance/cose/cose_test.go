package cose

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/fxamacker/cbor/v2"
	gocose "github.com/veraison/go-cose"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/tsa"
	"github.com/candor-ai/candor/provenance/tsa/tsatest"
)

func fixtureIdentity(t testing.TB, name string) provenance.Identity {
	t.Helper()
	cb, err := os.ReadFile("testdata/" + name + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	chain, err := certs.ParseCertificates(cb)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := os.ReadFile("testdata/" + name + ".pem")
	if err != nil {
		t.Fatal(err)
	}
	key, err := certs.ParsePrivateKey(kb)
	if err != nil {
		t.Fatal(err)
	}
	return provenance.Identity{Signer: key, Chain: chain}
}

// selfSigned makes a throw-away identity for a curve the fixtures lack.
func selfSigned(t testing.TB, curve elliptic.Curve) provenance.Identity {
	t.Helper()
	key, err := ecdsa.GenerateKey(curve, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(7),
		Subject:      pkix.Name{CommonName: "cose test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return provenance.Identity{Signer: key, Chain: []*x509.Certificate{c}}
}

var claim = []byte("\xa2\x69instanceIDx\x1dxmp:iid:0000-test-claim-bytes\x63alg\x66sha256")

func TestSignVerifyRoundTrip(t *testing.T) {
	tests := []struct {
		name    string
		id      provenance.Identity
		wantAlg string
		algID   int64
	}{
		{"ES256", fixtureIdentity(t, "es256"), "ES256", -7},
		{"ES384", selfSigned(t, elliptic.P384()), "ES384", -35},
		{"PS256", fixtureIdentity(t, "ps256"), "PS256", -37},
		{"Ed25519", fixtureIdentity(t, "ed25519"), "Ed25519", -8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sig, err := Sign(rand.Reader, tc.id, claim, nil)
			if err != nil {
				t.Fatal(err)
			}
			// Tagged COSE_Sign1 (tag 18), detached payload (nil), protected
			// {1: alg, 33: x5chain} with the leaf first.
			var tagged cbor.Tag
			if err := cbor.Unmarshal(sig, &tagged); err != nil {
				t.Fatal(err)
			}
			if tagged.Number != 18 {
				t.Fatalf("tag %d, want 18", tagged.Number)
			}
			arr, ok := tagged.Content.([]any)
			if !ok || len(arr) != 4 {
				t.Fatalf("content %T, want a 4-array", tagged.Content)
			}
			if arr[2] != nil {
				t.Fatalf("payload is %T, want nil (detached)", arr[2])
			}
			var prot map[int64]cbor.RawMessage
			if err := cbor.Unmarshal(arr[0].([]byte), &prot); err != nil {
				t.Fatal(err)
			}
			var alg int64
			if err := cbor.Unmarshal(prot[1], &alg); err != nil || alg != tc.algID {
				t.Fatalf("alg %d (%v), want %d", alg, err, tc.algID)
			}
			var first []byte
			if len(tc.id.Chain) == 1 {
				err = cbor.Unmarshal(prot[33], &first)
			} else {
				var chain [][]byte
				err = cbor.Unmarshal(prot[33], &chain)
				if len(chain) != len(tc.id.Chain) {
					t.Fatalf("x5chain has %d certificates, want %d", len(chain), len(tc.id.Chain))
				}
				first = chain[0]
			}
			if err != nil || !bytes.Equal(first, tc.id.Chain[0].Raw) {
				t.Fatalf("x5chain[0] is not the leaf (%v)", err)
			}

			res, err := Verify(sig, claim)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if res.Alg != tc.wantAlg {
				t.Fatalf("Alg = %q, want %q", res.Alg, tc.wantAlg)
			}
			if !res.Chain[0].Equal(tc.id.Chain[0]) {
				t.Fatal("Result.Chain[0] is not the leaf")
			}
			if res.TimeStamp != nil {
				t.Fatal("TimeStamp set without sigTst2")
			}

			other := bytes.Clone(claim)
			other[len(other)-1] ^= 1
			if _, err := Verify(sig, other); !errors.Is(err, ErrSignature) {
				t.Fatalf("altered claim: %v, want ErrSignature", err)
			}
			bad := bytes.Clone(sig)
			bad[len(bad)-3] ^= 0x40
			if _, err := Verify(bad, claim); !errors.Is(err, ErrSignature) {
				t.Fatalf("altered signature: %v, want ErrSignature", err)
			}
		})
	}
}

func TestVerifyRejects(t *testing.T) {
	es := fixtureIdentity(t, "es256")
	ed := fixtureIdentity(t, "ed25519")
	mkRaw := func(alg gocose.Algorithm, signer crypto.Signer, chain []*x509.Certificate, signAlg gocose.Algorithm) []byte {
		s, err := gocose.NewSigner(signAlg, signer)
		if err != nil {
			t.Fatal(err)
		}
		m := gocose.NewSign1Message()
		m.Headers.Protected[gocose.HeaderLabelAlgorithm] = alg
		if chain != nil {
			m.Headers.Protected[gocose.HeaderLabelX5Chain] = chain[0].Raw
		}
		m.Payload = claim
		// go-cose refuses to sign with a mismatched alg header, so sign
		// with the right one and swap the header afterwards.
		m.Headers.Protected[gocose.HeaderLabelAlgorithm] = signAlg
		if err := m.Sign(rand.Reader, nil, s); err != nil {
			t.Fatal(err)
		}
		m.Headers.Protected[gocose.HeaderLabelAlgorithm] = alg
		m.Headers.RawProtected = nil
		m.Payload = nil
		b, err := m.MarshalCBOR()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"not CBOR", []byte{0xff, 0x00}, ErrMalformed},
		{"tag but no array", []byte{0xd2, 0x01}, ErrMalformed},
		{"no x5chain", mkRaw(gocose.AlgorithmES256, es.Signer, nil, gocose.AlgorithmES256), ErrMalformed},
		{"RS256 is not a C2PA algorithm", mkRaw(gocose.AlgorithmRS256, es.Signer, es.Chain, gocose.AlgorithmES256), ErrAlgorithm},
		{"ES384 header over a P-256 key", mkRaw(gocose.AlgorithmES384, es.Signer, es.Chain, gocose.AlgorithmES256), ErrAlgorithm},
		{"PS256 header over an Ed25519 key", mkRaw(gocose.AlgorithmPS256, ed.Signer, ed.Chain, gocose.AlgorithmEdDSA), ErrAlgorithm},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Verify(tc.in, claim); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestSignRejects(t *testing.T) {
	es := fixtureIdentity(t, "es256")
	ed := fixtureIdentity(t, "ed25519")
	tests := []struct {
		name string
		id   provenance.Identity
		want error
	}{
		{"no signer", provenance.Identity{Chain: es.Chain}, ErrIdentity},
		{"no chain", provenance.Identity{Signer: es.Signer}, ErrIdentity},
		{"key of another certificate", provenance.Identity{Signer: ed.Signer, Chain: es.Chain}, ErrIdentity},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Sign(rand.Reader, tc.id, claim, nil); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

type failingTSA struct{}

func (failingTSA) Timestamp(context.Context, []byte) ([]byte, error) {
	return nil, errors.New("no network")
}

// replayTSA returns a token for other data.
type replayTSA struct{ c *tsa.Client }

func (r replayTSA) Timestamp(ctx context.Context, _ []byte) ([]byte, error) {
	return r.c.Timestamp(ctx, []byte("something else"))
}

func TestSigTst2(t *testing.T) {
	srv := tsatest.New(t)
	client, err := tsa.New(tsa.Config{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	id := fixtureIdentity(t, "es256")
	before := time.Now().Add(-2 * time.Second)
	sig, err := Sign(rand.Reader, id, claim, client)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Verify(sig, claim)
	if err != nil {
		t.Fatal(err)
	}
	if res.TimeStamp == nil {
		t.Fatalf("no TimeStamp (%v)", res.TimeStampErr)
	}
	if res.TimeStamp.Before(before) || res.TimeStamp.After(time.Now().Add(2*time.Second)) {
		t.Fatalf("TimeStamp %v is not now", res.TimeStamp)
	}
	if len(res.TimeStampChain) == 0 || !res.TimeStampChain[0].Equal(srv.Cert) {
		t.Fatal("TimeStampChain does not start with the TSA certificate")
	}
	if err := certs.VerifyChain(res.TimeStampChain, srv.Roots, time.Now()); err != nil {
		t.Fatalf("TSA chain: %v", err)
	}
	// The header label is sigTst2 with {tstTokens: [{val: token}]}.
	msg, err := parse(sig)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := msg.Headers.Unprotected["sigTst2"]; !ok {
		t.Fatal("no sigTst2 in the unprotected header")
	}

	if _, err := Sign(rand.Reader, id, claim, failingTSA{}); !errors.Is(err, ErrTimestamp) {
		t.Fatalf("failing TSA: %v, want ErrTimestamp", err)
	}
	replayed, err := Sign(rand.Reader, id, claim, replayTSA{client})
	if err != nil {
		t.Fatal(err)
	}
	res, err = Verify(replayed, claim)
	if err != nil {
		t.Fatal(err)
	}
	if res.TimeStamp != nil || !errors.Is(res.TimeStampErr, ErrTimestamp) {
		t.Fatalf("a token over other data was accepted: %v %v", res.TimeStamp, res.TimeStampErr)
	}
}

func TestPad(t *testing.T) {
	id := fixtureIdentity(t, "es256")
	sig, err := Sign(rand.Reader, id, claim, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, extra := range []int{7, 8, 20, 23, 24, 29, 30, 100, 255, 256, 300, 70000} {
		size := len(sig) + extra
		padded, err := Pad(sig, size)
		if err != nil {
			t.Fatalf("Pad(+%d): %v", extra, err)
		}
		if len(padded) != size {
			t.Fatalf("Pad(+%d) gave %d bytes, want %d", extra, len(padded), size)
		}
		if _, err := Verify(padded, claim); err != nil {
			t.Fatalf("padded (+%d) no longer verifies: %v", extra, err)
		}
		again, err := Pad(padded, size+10)
		if err != nil || len(again) != size+10 {
			t.Fatalf("re-pad: %v", err)
		}
	}
	if _, err := Pad(sig, len(sig)-1); !errors.Is(err, ErrPadSize) {
		t.Fatalf("too small: %v", err)
	}
}

func TestAlgorithm(t *testing.T) {
	if _, err := Algorithm(selfSigned(t, elliptic.P224()).Chain[0].PublicKey); !errors.Is(err, ErrAlgorithm) {
		t.Fatalf("P-224: %v", err)
	}
	if _, err := Algorithm("not a key"); !errors.Is(err, ErrAlgorithm) {
		t.Fatalf("string: %v", err)
	}
	if a, err := Algorithm(selfSigned(t, elliptic.P521()).Chain[0].PublicKey); err != nil || a != gocose.AlgorithmES512 {
		t.Fatalf("P-521: %v %v", a, err)
	}
}

func FuzzVerify(f *testing.F) {
	id := fixtureIdentity(f, "es256")
	sig, err := Sign(rand.Reader, id, claim, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sig)
	f.Add(sig[1:])
	for _, v := range c2paRSVectors {
		_, s := readVector(f, v.name)
		f.Add(s)
	}
	f.Add([]byte{0xd2, 0x84, 0x40, 0xa0, 0xf6, 0x40})
	f.Add([]byte{0xd2, 0x84, 0x43, 0xa1, 0x01, 0x26, 0xa1, 0x18, 0x21, 0x80, 0xf6, 0x41, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := Verify(b, claim)
		if err == nil && len(res.Chain) == 0 {
			t.Fatal("verified without a chain")
		}
		_, _ = Pad(b, len(b)+40)
	})
}

func BenchmarkSignES256(b *testing.B) {
	id := fixtureIdentity(b, "es256")
	for b.Loop() {
		if _, err := Sign(rand.Reader, id, claim, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyES256(b *testing.B) {
	id := fixtureIdentity(b, "es256")
	sig, err := Sign(rand.Reader, id, claim, nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Verify(sig, claim); err != nil {
			b.Fatal(err)
		}
	}
}
