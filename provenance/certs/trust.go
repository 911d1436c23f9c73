package certs

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// MaxPEM bounds the size of a PEM file read by this package.
const MaxPEM = 16 << 20

// LoadAnchors reads a PEM bundle of trust anchors (C2PA 14.4.1: the
// validator's list of trusted signer roots).
func LoadAnchors(pemPath string) (*x509.CertPool, error) {
	b, err := readLimited(pemPath)
	if err != nil {
		return nil, err
	}
	certs, err := ParseCertificates(b)
	if err != nil {
		return nil, fmt.Errorf("trust anchors %s: %w", pemPath, err)
	}
	pool := x509.NewCertPool()
	for _, c := range certs {
		pool.AddCert(c)
	}
	return pool, nil
}

// ParseCertificates returns every CERTIFICATE block of a PEM bundle, in
// order. Certificates Go cannot parse are an error; a bundle with none is too.
func ParseCertificates(b []byte) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	for len(b) > 0 {
		var block *pem.Block
		block, b = pem.Decode(b)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" {
			continue
		}
		c, err := ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d: %w: %w", len(out)+1, ErrLoad, err)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no PEM CERTIFICATE block: %w", ErrLoad)
	}
	return out, nil
}

// VerifyChain checks that chain (leaf first, as in x5chain) leads to one of
// anchors at time at. The other certificates in chain serve as
// intermediates. The error wraps ErrUntrusted.
func VerifyChain(chain []*x509.Certificate, anchors *x509.CertPool, at time.Time) error {
	return verifyChain(chain, anchors, at, x509.ExtKeyUsageAny)
}

// VerifyTSAChain checks that a time-stamp authority's chain (its signing
// certificate first, as tsa.Token.Chain) leads to one of anchors at at, the
// token's genTime, and that every certificate in it allows the timeStamping
// purpose. c2pa-rs takes the anchors for time-stamp authorities from the
// same trust list as for claim signers. The error wraps ErrUntrusted.
func VerifyTSAChain(chain []*x509.Certificate, anchors *x509.CertPool, at time.Time) error {
	return verifyChain(chain, anchors, at, x509.ExtKeyUsageTimeStamping)
}

func verifyChain(chain []*x509.Certificate, anchors *x509.CertPool, at time.Time, usage x509.ExtKeyUsage) error {
	if len(chain) == 0 {
		return fmt.Errorf("empty chain: %w", ErrUntrusted)
	}
	if anchors == nil {
		return fmt.Errorf("no trust anchors configured: %w", ErrUntrusted)
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	_, err := chain[0].Verify(x509.VerifyOptions{
		Roots:         anchors,
		Intermediates: inter,
		CurrentTime:   at,
		KeyUsages:     []x509.ExtKeyUsage{usage},
	})
	if err != nil {
		var ua x509.UnknownAuthorityError
		if errors.As(err, &ua) {
			return fmt.Errorf("%s is not issued by a trust anchor: %w", describe(chain[0]), ErrUntrusted)
		}
		var ci x509.CertificateInvalidError
		if errors.As(err, &ci) && ci.Reason == x509.Expired {
			return fmt.Errorf("%s was not valid on %s: %w", describe(ci.Cert), at.UTC().Format(time.RFC3339), ErrUntrusted)
		}
		return fmt.Errorf("%s: %w: %w", describe(chain[0]), ErrUntrusted, err)
	}
	return nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLoad, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxPEM+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLoad, err)
	}
	if len(b) > MaxPEM {
		return nil, fmt.Errorf("%s is larger than %d bytes: %w", path, MaxPEM, ErrLoad)
	}
	return b, nil
}
