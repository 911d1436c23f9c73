package certs

import (
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"fmt"
)

// oidRSASSAPSS is id-RSASSA-PSS (RFC 4055). C2PA's PS256 test certificates
// carry RSA keys under this algorithm, which crypto/x509 leaves unparsed.
var oidRSASSAPSS = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}

// ParseCertificate parses one DER certificate like x509.ParseCertificate,
// and also fills in PublicKey for RSA keys declared as id-RSASSA-PSS, so
// that signatures by and over such certificates can be checked.
func ParseCertificate(der []byte) (*x509.Certificate, error) {
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	if c.PublicKey == nil {
		if k, err := pssPublicKey(c.RawSubjectPublicKeyInfo); err == nil {
			c.PublicKey = k
			c.PublicKeyAlgorithm = x509.RSA
		}
	}
	return c, nil
}

func pssPublicKey(spkiDER []byte) (*rsa.PublicKey, error) {
	var spki struct {
		Algorithm pkix.AlgorithmIdentifier
		PublicKey asn1.BitString
	}
	rest, err := asn1.Unmarshal(spkiDER, &spki)
	if err != nil || len(rest) > 0 {
		return nil, fmt.Errorf("subjectPublicKeyInfo: %w", ErrLoad)
	}
	if !spki.Algorithm.Algorithm.Equal(oidRSASSAPSS) {
		return nil, fmt.Errorf("algorithm %s: %w", spki.Algorithm.Algorithm, ErrLoad)
	}
	return x509.ParsePKCS1PublicKey(spki.PublicKey.RightAlign())
}

// pssPrivateKey reads a PKCS#8 key whose algorithm is id-RSASSA-PSS.
func pssPrivateKey(der []byte) (*rsa.PrivateKey, error) {
	var p8 struct {
		Version    int
		Algo       pkix.AlgorithmIdentifier
		PrivateKey []byte
	}
	if _, err := asn1.Unmarshal(der, &p8); err != nil {
		return nil, err
	}
	if !p8.Algo.Algorithm.Equal(oidRSASSAPSS) {
		return nil, fmt.Errorf("algorithm %s", p8.Algo.Algorithm)
	}
	return x509.ParsePKCS1PrivateKey(p8.PrivateKey)
}
