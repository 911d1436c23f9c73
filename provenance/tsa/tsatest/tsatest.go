// Package tsatest runs an RFC 3161 time-stamp authority (RFC 3161 section
// 3.4, over HTTP) inside tests, with its own throw-away CA, and an in-process
// Authority with given keys and a fixed clock.
package tsatest

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/digitorus/timestamp"
)

// Server is a running test time-stamp authority.
type Server struct {
	// URL to give a tsa.Client.
	URL string
	// CA is the root that issued the TSA certificate.
	CA *x509.Certificate
	// Cert is the TSA's signing certificate (EKU timeStamping).
	Cert *x509.Certificate
	// Roots holds CA.
	Roots *x509.CertPool
	// Requests counts the requests answered.
	Requests atomic.Int64
	// Fail makes the server answer HTTP 500 while set.
	Fail atomic.Bool

	key crypto.Signer
	now func() time.Time
}

// New starts a time-stamp authority that lives until the test ends.
func New(tb testing.TB) *Server {
	tb.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "candor test TSA root", Organization: []string{"candor tests"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, caKey.Public(), caKey)
	if err != nil {
		tb.Fatal(err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		tb.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "candor test TSA", Organization: []string{"candor tests"}},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageTimeStamping},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, key.Public(), caKey)
	if err != nil {
		tb.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		tb.Fatal(err)
	}
	s := &Server{CA: ca, Cert: cert, Roots: x509.NewCertPool(), key: key, now: time.Now}
	s.Roots.AddCert(ca)
	hs := httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(hs.Close)
	s.URL = hs.URL
	return s
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if s.Fail.Load() {
		http.Error(w, "failing on purpose", http.StatusInternalServerError)
		return
	}
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/timestamp-query" {
		http.Error(w, "want POST application/timestamp-query", http.StatusBadRequest)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	req, err := timestamp.ParseRequest(body)
	if err != nil {
		resp, _ := timestamp.CreateErrorResponse(timestamp.Rejection, timestamp.BadDataFormat)
		w.Header().Set("Content-Type", "application/timestamp-reply")
		_, _ = w.Write(resp)
		return
	}
	a := Authority{Cert: s.Cert, Chain: []*x509.Certificate{s.CA}, Key: s.key, Time: s.now()}
	resp, err := a.response(req.HashAlgorithm, req.HashedMessage, req.Nonce)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.Requests.Add(1)
	w.Header().Set("Content-Type", "application/timestamp-reply")
	_, _ = w.Write(resp)
}

// Authority signs time-stamp tokens in process, without HTTP, at a fixed
// time: for generators of test files that need fixed keys and a fixed clock.
// It implements provenance.Timestamper.
type Authority struct {
	// Cert is the TSA's signing certificate; Key its private key.
	Cert *x509.Certificate
	Key  crypto.Signer
	// Chain is put in the token after Cert (its issuers), may be empty.
	Chain []*x509.Certificate
	// Time is the genTime of every token.
	Time time.Time
}

// Timestamp returns a DER TimeStampToken over the SHA-256 of data.
func (a *Authority) Timestamp(_ context.Context, data []byte) ([]byte, error) {
	sum := sha256.Sum256(data)
	resp, err := a.response(crypto.SHA256, sum[:], nil)
	if err != nil {
		return nil, err
	}
	ts, err := timestamp.ParseResponse(resp)
	if err != nil {
		return nil, err
	}
	return ts.RawToken, nil
}

// response is a DER TimeStampResp granting a token over hashed.
func (a *Authority) response(alg crypto.Hash, hashed []byte, nonce *big.Int) ([]byte, error) {
	ts := timestamp.Timestamp{
		HashAlgorithm:     alg,
		HashedMessage:     hashed,
		Time:              a.Time.UTC().Truncate(time.Second),
		Nonce:             nonce,
		Policy:            []int{1, 3, 6, 1, 4, 1, 99999, 1},
		AddTSACertificate: true,
		Certificates:      a.Chain,
	}
	return ts.CreateResponseWithOpts(a.Cert, a.Key, crypto.SHA256)
}
