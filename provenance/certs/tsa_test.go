package certs

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

// tsaPKI makes a CA and, for each template edit, a certificate it issues
// (or, with selfSigned, one that signs itself).
type tsaPKI struct {
	ca   *x509.Certificate
	key  *ecdsa.PrivateKey
	from time.Time
}

func newTSAPKI(t *testing.T) tsaPKI {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "TSA root"},
		NotBefore: from, NotAfter: from.AddDate(10, 0, 0),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return tsaPKI{ca: ca, key: key, from: from}
}

func (p tsaPKI) issue(t *testing.T, selfSigned bool, edit func(*x509.Certificate)) *x509.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "TSA"},
		NotBefore: p.from, NotAfter: p.from.AddDate(5, 0, 0),
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageTimeStamping},
	}
	if edit != nil {
		edit(tmpl)
	}
	parent, signer := p.ca, p.key
	if selfSigned {
		parent, signer = tmpl, key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCheckTSAProfile(t *testing.T) {
	p := newTSAPKI(t)
	gen := p.from.AddDate(1, 0, 0)
	tests := []struct {
		name       string
		selfSigned bool
		edit       func(*x509.Certificate)
		at         time.Time
		wantErr    string // "" = accepted
	}{
		{"issued by a CA", false, nil, gen, ""},
		{"self-signed: no authority key identifier", true, nil, gen, "authority key identifier"},
		{"no timeStamping", false, func(c *x509.Certificate) { c.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection} }, gen, "lacks timeStamping"},
		{"timeStamping mixed with emailProtection", false, func(c *x509.Certificate) {
			c.ExtKeyUsage = append(c.ExtKeyUsage, x509.ExtKeyUsageEmailProtection)
		}, gen, "mixes timeStamping"},
		{"no digitalSignature", false, func(c *x509.Certificate) { c.KeyUsage = x509.KeyUsageKeyEncipherment }, gen, "digitalSignature"},
		{"genTime after expiry", false, nil, p.from.AddDate(6, 0, 0), "expired on"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckTSAProfile(p.issue(t, tc.selfSigned, tc.edit), tc.at)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("CheckTSAProfile: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrProfile) || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want ErrProfile mentioning %q", err, tc.wantErr)
			}
		})
	}
}

func TestVerifyTSAChain(t *testing.T) {
	p := newTSAPKI(t)
	gen := p.from.AddDate(1, 0, 0)
	anchors := x509.NewCertPool()
	anchors.AddCert(p.ca)
	tsa := p.issue(t, false, nil)
	if err := VerifyTSAChain([]*x509.Certificate{tsa, p.ca}, anchors, gen); err != nil {
		t.Fatalf("trusted TSA: %v", err)
	}
	other := newTSAPKI(t)
	otherPool := x509.NewCertPool()
	otherPool.AddCert(other.ca)
	signer := p.issue(t, false, func(c *x509.Certificate) { c.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection} })
	for name, tc := range map[string]struct {
		chain   []*x509.Certificate
		anchors *x509.CertPool
		at      time.Time
	}{
		"another root":             {[]*x509.Certificate{tsa}, otherPool, gen},
		"self-signed TSA":          {[]*x509.Certificate{p.issue(t, true, nil)}, anchors, gen},
		"no anchors":               {[]*x509.Certificate{tsa}, nil, gen},
		"not a time-stamp purpose": {[]*x509.Certificate{signer}, anchors, gen},
		"genTime after expiry":     {[]*x509.Certificate{tsa}, anchors, p.from.AddDate(6, 0, 0)},
	} {
		if err := VerifyTSAChain(tc.chain, tc.anchors, tc.at); !errors.Is(err, ErrUntrusted) {
			t.Errorf("%s: err = %v, want ErrUntrusted", name, err)
		}
	}
}
