// Package tsa is an RFC 3161 time-stamp protocol client (RFC 3161 section
// 3.4, "Time-Stamp Protocol via HTTP", media types
// application/timestamp-query and application/timestamp-reply) and a
// verifier of the TimeStampTokens C2PA stores in a claim signature's sigTst2
// header (C2PA 2.2 section 10.3.2.5).
//
// Package tsa/tsatest runs a time-stamp authority inside tests.
package tsa

import (
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/x509"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"slices"
	"time"

	"github.com/digitorus/pkcs7"
	"github.com/digitorus/timestamp"
)

// MaxResponse bounds the size of a time-stamp response read from the network.
const MaxResponse = 1 << 20

// MaxToken bounds the size of a token VerifyToken will parse.
const MaxToken = 1 << 20

// Config configures a Client.
type Config struct {
	// URL of the time-stamp authority, e.g. "http://timestamp.digicert.com".
	URL string
	// HTTP is the client to use; nil means one with a 10 s timeout.
	HTTP *http.Client
	// Hash for the message imprint; zero means SHA-256.
	Hash crypto.Hash
	// Logger; nil discards.
	Logger *slog.Logger
}

// Client asks an RFC 3161 time-stamp authority for tokens. It implements
// provenance.Timestamper.
type Client struct {
	url    string
	http   *http.Client
	hash   crypto.Hash
	logger *slog.Logger
}

// New returns a Client for cfg.
func New(cfg Config) (*Client, error) {
	if cfg.URL == "" {
		return nil, fmt.Errorf("tsa: no URL: %w", ErrUnavailable)
	}
	c := &Client{url: cfg.URL, http: cfg.HTTP, hash: cfg.Hash, logger: cfg.Logger}
	if c.http == nil {
		c.http = &http.Client{Timeout: 10 * time.Second}
	}
	if c.hash == 0 {
		c.hash = crypto.SHA256
	}
	if !c.hash.Available() {
		return nil, fmt.Errorf("tsa: hash %v not available: %w", c.hash, ErrResponse)
	}
	if c.logger == nil {
		c.logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// Timestamp requests a token over data (the authority sees only its hash)
// and returns the DER TimeStampToken after checking that it is signed, that
// it covers data and that it echoes the request's nonce.
func (c *Client) Timestamp(ctx context.Context, data []byte) ([]byte, error) {
	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		return nil, fmt.Errorf("tsa: nonce: %w", err)
	}
	req, err := timestamp.CreateRequest(bytes.NewReader(data), &timestamp.RequestOptions{
		Hash: c.hash, Certificates: true, Nonce: nonce,
	})
	if err != nil {
		return nil, fmt.Errorf("tsa: request: %w", err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(req))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	hreq.Header.Set("Content-Type", "application/timestamp-query")
	hreq.Header.Set("Accept", "application/timestamp-reply")
	start := time.Now()
	resp, err := c.http.Do(hreq)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponse+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading the response: %w", ErrUnavailable, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: HTTP %d", ErrUnavailable, resp.StatusCode)
	}
	if len(body) > MaxResponse {
		return nil, fmt.Errorf("%w: response larger than %d bytes", ErrResponse, MaxResponse)
	}
	ts, err := timestamp.ParseResponse(body)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrResponse, err)
	}
	if ts.Nonce == nil || ts.Nonce.Cmp(nonce) != 0 {
		return nil, fmt.Errorf("%w: nonce not echoed", ErrResponse)
	}
	if _, err := VerifyToken(ts.RawToken, data); err != nil {
		return nil, err
	}
	c.logger.LogAttrs(ctx, slog.LevelDebug, "time-stamp obtained",
		slog.String("tsa", c.url), slog.Time("gen_time", ts.Time),
		slog.Duration("took", time.Since(start)))
	return ts.RawToken, nil
}

// Token is what a verified TimeStampToken says.
type Token struct {
	// Time is the token's genTime.
	Time time.Time
	// Chain is the authority's certificates, the signer first.
	Chain []*x509.Certificate
	// Serial is the token's serial number.
	Serial *big.Int
}

// VerifyToken parses a DER TimeStampToken, checks its CMS signature, that
// the signing certificate may sign time-stamps (EKU timeStamping, RFC 3161
// 2.3) and that the message imprint is the hash of data. Trust in the
// authority's chain is left to the caller (Token.Chain).
func VerifyToken(token, data []byte) (Token, error) {
	if len(token) == 0 || len(token) > MaxToken {
		return Token{}, fmt.Errorf("%w: token of %d bytes", ErrToken, len(token))
	}
	ts, p7, err := parseToken(token)
	if err != nil {
		return Token{}, err
	}
	if !ts.AddTSACertificate || len(ts.Certificates) == 0 {
		return Token{}, fmt.Errorf("%w: no certificate to check the signature with", ErrToken)
	}
	signer := p7.GetOnlySigner()
	if signer == nil {
		return Token{}, fmt.Errorf("%w: not exactly one signer", ErrToken)
	}
	if !slices.Contains(signer.ExtKeyUsage, x509.ExtKeyUsageTimeStamping) {
		return Token{}, fmt.Errorf("%w: signer %q lacks the timeStamping extended key usage", ErrToken, signer.Subject.CommonName)
	}
	if !ts.HashAlgorithm.Available() {
		return Token{}, fmt.Errorf("%w: hash %v", ErrToken, ts.HashAlgorithm)
	}
	h := ts.HashAlgorithm.New()
	h.Write(data)
	if !bytes.Equal(h.Sum(nil), ts.HashedMessage) {
		return Token{}, ErrImprint
	}
	chain := []*x509.Certificate{signer}
	for _, c := range p7.Certificates {
		if !c.Equal(signer) {
			chain = append(chain, c)
		}
	}
	return Token{Time: ts.Time, Chain: chain, Serial: ts.SerialNumber}, nil
}

// parseToken calls the parser and turns a panic in it (ASN.1 code written
// for well-formed input) into an error: tokens come from untrusted files.
func parseToken(token []byte) (ts *timestamp.Timestamp, p7 *pkcs7.PKCS7, err error) {
	defer func() {
		if r := recover(); r != nil {
			ts, p7, err = nil, nil, fmt.Errorf("%w: parser failure: %v", ErrToken, r)
		}
	}()
	ts, err = timestamp.Parse(token)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrToken, err)
	}
	p7, err = pkcs7.Parse(token)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrToken, err)
	}
	return ts, p7, nil
}
