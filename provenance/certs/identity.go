package certs

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/candor-ai/candor/internal/fsutil"
	"github.com/candor-ai/candor/provenance"
)

// Names of the development identity files in the data directory.
const (
	DevCACertFile     = "dev-ca.pem"
	DevCAKeyFile      = "dev-ca.key"
	DevSignerCertFile = "dev-signer.pem"
	DevSignerKeyFile  = "dev-signer.key"
)

// Names the development certificates carry, so no one mistakes them.
const (
	DevCAName     = "candor development CA (NOT FOR PRODUCTION)"
	DevSignerName = "candor development signer (NOT FOR PRODUCTION)"
	DevOrg        = "candor development (NOT FOR PRODUCTION)"
)

// LoadIdentity reads an institution's signing identity: chainPEM is the
// certificate chain, leaf first (a trailing self-signed root is dropped, as
// x5chain must not carry it), keyPEM the leaf's private key in PKCS#8 (SEC 1
// and PKCS#1 keys are accepted too). The leaf must meet the C2PA profile now
// (CheckProfile) and the key must match it.
func LoadIdentity(chainPEM, keyPEM string) (provenance.Identity, error) {
	cb, err := readLimited(chainPEM)
	if err != nil {
		return provenance.Identity{}, err
	}
	chain, err := ParseCertificates(cb)
	if err != nil {
		return provenance.Identity{}, fmt.Errorf("signer chain %s: %w", chainPEM, err)
	}
	kb, err := readLimited(keyPEM)
	if err != nil {
		return provenance.Identity{}, err
	}
	key, err := ParsePrivateKey(kb)
	if err != nil {
		return provenance.Identity{}, fmt.Errorf("signer key %s: %w", keyPEM, err)
	}
	return NewIdentity(key, chain, time.Now())
}

// NewIdentity checks key and chain the way LoadIdentity does.
func NewIdentity(key crypto.Signer, chain []*x509.Certificate, now time.Time) (provenance.Identity, error) {
	if len(chain) == 0 {
		return provenance.Identity{}, fmt.Errorf("empty chain: %w", ErrLoad)
	}
	if len(chain) > 1 {
		last := chain[len(chain)-1]
		if last.IsCA && last.CheckSignatureFrom(last) == nil {
			chain = chain[:len(chain)-1]
		}
	}
	type equaler interface{ Equal(crypto.PublicKey) bool }
	if e, ok := key.Public().(equaler); !ok || !e.Equal(chain[0].PublicKey) {
		return provenance.Identity{}, fmt.Errorf("%s: %w", describe(chain[0]), ErrKeyMismatch)
	}
	if err := CheckProfile(chain[0], now); err != nil {
		return provenance.Identity{}, err
	}
	for i := 0; i+1 < len(chain); i++ {
		if err := chain[i].CheckSignatureFrom(chain[i+1]); err != nil {
			return provenance.Identity{}, fmt.Errorf("chain out of order: %s is not issued by %s: %w", describe(chain[i]), describe(chain[i+1]), ErrLoad)
		}
	}
	return provenance.Identity{Signer: key, Chain: chain}, nil
}

// ParsePrivateKey reads the first private key of a PEM file: PKCS#8
// ("PRIVATE KEY"), SEC 1 ("EC PRIVATE KEY") or PKCS#1 ("RSA PRIVATE KEY").
func ParsePrivateKey(b []byte) (crypto.Signer, error) {
	for len(b) > 0 {
		var block *pem.Block
		block, b = pem.Decode(b)
		if block == nil {
			break
		}
		var k any
		var err error
		switch block.Type {
		case "PRIVATE KEY":
			k, err = x509.ParsePKCS8PrivateKey(block.Bytes)
			if err != nil {
				if pk, perr := pssPrivateKey(block.Bytes); perr == nil {
					k, err = pk, nil
				}
			}
		case "EC PRIVATE KEY":
			k, err = x509.ParseECPrivateKey(block.Bytes)
		case "RSA PRIVATE KEY":
			k, err = x509.ParsePKCS1PrivateKey(block.Bytes)
		case "ENCRYPTED PRIVATE KEY":
			return nil, fmt.Errorf("encrypted keys are not supported; give an unencrypted PKCS#8 key: %w", ErrLoad)
		default:
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrLoad, err)
		}
		s, ok := k.(crypto.Signer)
		if !ok {
			return nil, fmt.Errorf("key type %T cannot sign: %w", k, ErrLoad)
		}
		return s, nil
	}
	return nil, fmt.Errorf("no PEM private key block: %w", ErrLoad)
}

// EnsureDevIdentity returns the development signing identity kept in dir,
// creating it on first use: a development CA ("candor development CA (NOT
// FOR PRODUCTION)", ECDSA P-256, 10 years) and a C2PA signer certificate it
// issued (ECDSA P-256, 2 years, digitalSignature, emailProtection and
// documentSigning, AKI and SKI; C2PA 14.5.1). Keys are written 0600 in
// PKCS#8. Later calls reuse the files; a signer certificate that has
// expired, or expires within a week, is re-issued from the same CA.
func EnsureDevIdentity(dir string) (provenance.Identity, *x509.Certificate, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return provenance.Identity{}, nil, fmt.Errorf("dev identity: %w", err)
	}
	now := time.Now()
	caCert, caKey, err := loadPair(dir, DevCACertFile, DevCAKeyFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		caCert, caKey, err = createDevCA(dir, now)
		if err != nil {
			return provenance.Identity{}, nil, err
		}
	case err != nil:
		return provenance.Identity{}, nil, fmt.Errorf("dev CA in %s: %w", dir, err)
	}
	leaf, leafKey, err := loadPair(dir, DevSignerCertFile, DevSignerKeyFile)
	switch {
	case errors.Is(err, fs.ErrNotExist) ||
		(err == nil && (now.Add(7*24*time.Hour).After(leaf.NotAfter) || leaf.CheckSignatureFrom(caCert) != nil)):
		leaf, leafKey, err = createDevSigner(dir, caCert, caKey, now)
		if err != nil {
			return provenance.Identity{}, nil, err
		}
	case err != nil:
		return provenance.Identity{}, nil, fmt.Errorf("dev signer in %s: %w", dir, err)
	}
	id, err := NewIdentity(leafKey, []*x509.Certificate{leaf}, now)
	if err != nil {
		return provenance.Identity{}, nil, err
	}
	return id, caCert, nil
}

func loadPair(dir, certFile, keyFile string) (*x509.Certificate, crypto.Signer, error) {
	cb, err := os.ReadFile(filepath.Join(dir, certFile))
	if err != nil {
		return nil, nil, err
	}
	kb, err := os.ReadFile(filepath.Join(dir, keyFile))
	if err != nil {
		return nil, nil, err
	}
	certs, err := ParseCertificates(cb)
	if err != nil {
		return nil, nil, err
	}
	key, err := ParsePrivateKey(kb)
	if err != nil {
		return nil, nil, err
	}
	return certs[0], key, nil
}

func createDevCA(dir string, now time.Time) (*x509.Certificate, crypto.Signer, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	serial, err := randomSerial()
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: DevCAName, Organization: []string{DevOrg}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.AddDate(10, 0, 0),
		IsCA:                  true,
		BasicConstraintsValid: true,
		MaxPathLen:            0,
		MaxPathLenZero:        true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		SubjectKeyId:          keyID(&key.PublicKey),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, fmt.Errorf("dev CA: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, err
	}
	if err := writePair(dir, DevCACertFile, DevCAKeyFile, der, key); err != nil {
		return nil, nil, err
	}
	return cert, key, nil
}

func createDevSigner(dir string, ca *x509.Certificate, caKey crypto.Signer, now time.Time) (*x509.Certificate, crypto.Signer, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	notAfter := now.AddDate(2, 0, 0)
	if notAfter.After(ca.NotAfter) {
		notAfter = ca.NotAfter
	}
	serial, err := randomSerial()
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: DevSignerName, Organization: []string{DevOrg}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              notAfter,
		BasicConstraintsValid: true,
		IsCA:                  false,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
		UnknownExtKeyUsage:    []asn1.ObjectIdentifier{OIDDocumentSigning},
		SubjectKeyId:          keyID(&key.PublicKey),
		AuthorityKeyId:        ca.SubjectKeyId,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return nil, nil, fmt.Errorf("dev signer: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, err
	}
	if err := writePair(dir, DevSignerCertFile, DevSignerKeyFile, der, key); err != nil {
		return nil, nil, err
	}
	return cert, key, nil
}

func writePair(dir, certFile, keyFile string, der []byte, key crypto.Signer) error {
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	if err := fsutil.WriteAtomic(filepath.Join(dir, keyFile), pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		return err
	}
	return fsutil.WriteAtomic(filepath.Join(dir, certFile), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
}

func randomSerial() (*big.Int, error) {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, err
	}
	return n.Add(n, big.NewInt(1)), nil
}

// keyID is the RFC 5280 4.2.1.2 method 1 key identifier: SHA-1 of the
// subjectPublicKey bits.
func keyID(pub crypto.PublicKey) []byte {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return nil
	}
	var spki struct {
		Algorithm pkix.AlgorithmIdentifier
		PublicKey asn1.BitString
	}
	if _, err := asn1.Unmarshal(der, &spki); err != nil {
		return nil
	}
	sum := sha1.Sum(spki.PublicKey.Bytes)
	return sum[:]
}
