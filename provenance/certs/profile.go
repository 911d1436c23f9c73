// Package certs handles the X.509 side of C2PA signing (C2PA 2.2 section
// 14.5): the signer certificate profile (14.5.1), trust anchors and chain
// validation (14.4.1), loading an institution's PEM chain and PKCS#8 key, and
// a development CA with a signer certificate for first start.
package certs

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"fmt"
	"slices"
	"time"
)

// Extended key usages C2PA accepts for a claim signer (14.5.1 and c2pa-rs's
// default trust configuration).
var (
	OIDDocumentSigning    = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 3, 36}
	OIDC2PAClaimSigning   = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 62558, 2, 1}
	OIDMicrosoftC2PA      = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 311, 76, 59, 1, 9}
	allowedUnknownEKUOIDs = []asn1.ObjectIdentifier{OIDDocumentSigning, OIDC2PAClaimSigning, OIDMicrosoftC2PA}
)

// CheckProfile checks leaf against the C2PA signer certificate profile
// (14.5.1) at time now, the way c2pa-rs does: X.509 v3; an allowed signature
// algorithm and key (P-256/384/521, RSA of 2048 bits or more, Ed25519); not
// a CA; valid at now; an extended key usage that is present, not
// anyExtendedKeyUsage, and includes emailProtection, documentSigning,
// c2pa-kp-claimSigning, timeStamping or OCSPSigning (the last two alone);
// key usage with digitalSignature and without keyCertSign; an authority key
// identifier; no critical extension it does not understand. The error wraps
// ErrProfile and names the broken rule.
func CheckProfile(leaf *x509.Certificate, now time.Time) error {
	return checkProfile(leaf, now, checkEKU)
}

// CheckTSAProfile checks the certificate that signed an RFC 3161 time-stamp
// token at the token's genTime, as c2pa-rs does for a sigTst2 token
// (crypto/time_stamp/verify.rs): the same end-entity profile as a claim
// signer (CheckProfile), with timeStamping as the purpose it must have and
// not mix with others. A self-signed authority fails it: it has no
// authority key identifier. The error wraps ErrProfile.
func CheckTSAProfile(cert *x509.Certificate, genTime time.Time) error {
	return checkProfile(cert, genTime, checkTSAEKU)
}

func checkProfile(leaf *x509.Certificate, now time.Time, eku func(*x509.Certificate) error) error {
	if leaf == nil {
		return fmt.Errorf("no certificate: %w", ErrProfile)
	}
	who := describe(leaf)
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%s: %s: %w", who, fmt.Sprintf(format, a...), ErrProfile)
	}
	if leaf.Version != 3 {
		return bad("X.509 version %d, C2PA needs version 3", leaf.Version)
	}
	if leaf.BasicConstraintsValid && leaf.IsCA {
		return bad("it is a CA certificate (basicConstraints CA:TRUE); sign with an end-entity certificate issued by the CA")
	}
	if now.Before(leaf.NotBefore) {
		return bad("not valid before %s", leaf.NotBefore.UTC().Format(time.RFC3339))
	}
	if now.After(leaf.NotAfter) {
		return bad("expired on %s", leaf.NotAfter.UTC().Format(time.RFC3339))
	}
	switch leaf.SignatureAlgorithm {
	case x509.SHA256WithRSA, x509.SHA384WithRSA, x509.SHA512WithRSA,
		x509.SHA256WithRSAPSS, x509.SHA384WithRSAPSS, x509.SHA512WithRSAPSS,
		x509.ECDSAWithSHA256, x509.ECDSAWithSHA384, x509.ECDSAWithSHA512,
		x509.PureEd25519:
	default:
		return bad("signature algorithm %s is not allowed", leaf.SignatureAlgorithm)
	}
	switch k := leaf.PublicKey.(type) {
	case *ecdsa.PublicKey:
		if k.Curve != elliptic.P256() && k.Curve != elliptic.P384() && k.Curve != elliptic.P521() {
			return bad("elliptic curve %s is not allowed (P-256, P-384, P-521)", k.Curve.Params().Name)
		}
	case *rsa.PublicKey:
		if k.N.BitLen() < 2048 {
			return bad("RSA key of %d bits, C2PA needs at least 2048", k.N.BitLen())
		}
	case ed25519.PublicKey:
	default:
		return bad("public key type %T is not allowed", leaf.PublicKey)
	}
	if err := eku(leaf); err != nil {
		return bad("%s", err.Error())
	}
	if leaf.KeyUsage&x509.KeyUsageDigitalSignature == 0 {
		return bad("key usage lacks digitalSignature")
	}
	if leaf.KeyUsage&x509.KeyUsageCertSign != 0 {
		return bad("key usage has keyCertSign on an end-entity certificate")
	}
	if len(leaf.AuthorityKeyId) == 0 {
		return bad("no authority key identifier extension")
	}
	if len(leaf.UnhandledCriticalExtensions) > 0 {
		return bad("unhandled critical extension %s", leaf.UnhandledCriticalExtensions[0])
	}
	return nil
}

func checkEKU(leaf *x509.Certificate) error {
	if len(leaf.ExtKeyUsage) == 0 && len(leaf.UnknownExtKeyUsage) == 0 {
		return fmt.Errorf("no extended key usage extension (C2PA needs emailProtection, documentSigning or c2pa-kp-claimSigning)")
	}
	var allowed, ocsp, tsa, other bool
	for _, u := range leaf.ExtKeyUsage {
		switch u {
		case x509.ExtKeyUsageAny:
			return fmt.Errorf("extended key usage anyExtendedKeyUsage is not allowed")
		case x509.ExtKeyUsageEmailProtection:
			allowed, other = true, true
		case x509.ExtKeyUsageTimeStamping:
			allowed, tsa = true, true
		case x509.ExtKeyUsageOCSPSigning:
			allowed, ocsp = true, true
		default:
			other = true
		}
	}
	for _, o := range leaf.UnknownExtKeyUsage {
		other = true
		for _, a := range allowedUnknownEKUOIDs {
			if o.Equal(a) {
				allowed = true
			}
		}
	}
	if !allowed {
		return fmt.Errorf("extended key usage has none of emailProtection, documentSigning, c2pa-kp-claimSigning (serverAuth or clientAuth alone do not qualify)")
	}
	if (ocsp && tsa) || ((ocsp != tsa) && other) {
		return fmt.Errorf("extended key usage mixes timeStamping or OCSPSigning with other purposes")
	}
	return nil
}

// checkTSAEKU: a time-stamp authority's certificate must have the
// timeStamping purpose (RFC 3161 2.3) and no other (c2pa-rs's EKU rule).
func checkTSAEKU(cert *x509.Certificate) error {
	if !slices.Contains(cert.ExtKeyUsage, x509.ExtKeyUsageTimeStamping) {
		return fmt.Errorf("extended key usage lacks timeStamping")
	}
	if slices.Contains(cert.ExtKeyUsage, x509.ExtKeyUsageAny) {
		return fmt.Errorf("extended key usage anyExtendedKeyUsage is not allowed")
	}
	if len(cert.ExtKeyUsage) > 1 || len(cert.UnknownExtKeyUsage) > 0 {
		return fmt.Errorf("extended key usage mixes timeStamping with other purposes")
	}
	return nil
}

// describe names a certificate for messages: its CN, else the whole subject.
func describe(c *x509.Certificate) string {
	if c.Subject.CommonName != "" {
		return fmt.Sprintf("certificate %q", c.Subject.CommonName)
	}
	return fmt.Sprintf("certificate %q", c.Subject.String())
}

// SignerName is a short human name for the signer of a chain (leaf first):
// the leaf's organization and common name.
func SignerName(chain []*x509.Certificate) string {
	if len(chain) == 0 {
		return ""
	}
	s := chain[0].Subject
	switch {
	case len(s.Organization) > 0 && s.CommonName != "":
		return s.Organization[0] + " (" + s.CommonName + ")"
	case len(s.Organization) > 0:
		return s.Organization[0]
	case s.CommonName != "":
		return s.CommonName
	}
	return s.String()
}
