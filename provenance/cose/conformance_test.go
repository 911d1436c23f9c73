package cose

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

// Claim signatures made by c2pa-rs (the reference implementation), taken
// from ../../../shared/fixtures/c2pa/generated/*.manifest.c2pa: the claim
// CBOR and the c2pa.signature box's COSE_Sign1, byte for byte.
var c2paRSVectors = []struct {
	name      string
	chainLen  int
	signerCN  string
	wantAlg   string
	hasTstamp bool
}{
	{"c2pa-rs_testca", 2, "C2PA Signer", "ES256", false},
	{"c2pa-rs_privca", 1, "Example C2PA Signer", "ES256", false},
}

func readVector(t testing.TB, name string) (claim, sign1 []byte) {
	t.Helper()
	claim, err := os.ReadFile("testdata/" + name + ".claim.cbor")
	if err != nil {
		t.Fatal(err)
	}
	sign1, err = os.ReadFile("testdata/" + name + ".sign1.cbor")
	if err != nil {
		t.Fatal(err)
	}
	return claim, sign1
}

func TestC2PARSVectors(t *testing.T) {
	for _, v := range c2paRSVectors {
		t.Run(v.name, func(t *testing.T) {
			claim, sign1 := readVector(t, v.name)
			res, err := Verify(sign1, claim)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if res.Alg != v.wantAlg || len(res.Chain) != v.chainLen || res.Chain[0].Subject.CommonName != v.signerCN {
				t.Fatalf("got %s, %d certs, leaf %q", res.Alg, len(res.Chain), res.Chain[0].Subject.CommonName)
			}
			if (res.TimeStamp != nil) != v.hasTstamp {
				t.Fatalf("TimeStamp %v", res.TimeStamp)
			}
			bad := bytes.Clone(claim)
			bad[len(bad)/2] ^= 0x01
			if _, err := Verify(sign1, bad); !errors.Is(err, ErrSignature) {
				t.Fatalf("altered claim: %v", err)
			}
			// Re-padding (as a writer filling a reserved box would) keeps it valid.
			padded, err := Pad(sign1, len(sign1)+100)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Verify(padded, claim); err != nil {
				t.Fatalf("re-padded: %v", err)
			}
		})
	}
}
