// Package cose signs and verifies C2PA claim signatures: COSE_Sign1 (RFC 9052,
// formerly RFC 8152 section 4.2) with a detached payload, as C2PA 2.2 section
// 13.2 and 14 require.
//
// The protected header carries the algorithm (label 1) and the signer's
// certificate chain in x5chain (label 33, RFC 9360), leaf first, without the
// root. Algorithms follow C2PA 14.4.2: ES256, ES384, ES512, PS256, PS384,
// PS512 and EdDSA (Ed25519). Where a time-stamp authority is configured the
// unprotected header gets a sigTst2 time-stamp (C2PA 10.3.2.5): an RFC 3161
// token over the COSE countersignature structure of the signature.
//
// This package is the only importer of github.com/veraison/go-cose.
package cose

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"fmt"
	"io"
	"time"

	"github.com/fxamacker/cbor/v2"
	gocose "github.com/veraison/go-cose"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/tsa"
)

// Header labels C2PA uses in the unprotected header.
const (
	labelSigTst2 = "sigTst2"
	labelSigTst  = "sigTst"
	labelPad     = "pad"
	labelPad2    = "pad2"
)

// MaxChain bounds the number of certificates read from x5chain.
const MaxChain = 16

// Result is what a verified COSE_Sign1 tells about its signer.
type Result struct {
	// Alg is the COSE algorithm name: "ES256", "ES384", "ES512", "PS256",
	// "PS384", "PS512" or "Ed25519".
	Alg string
	// Chain is x5chain, leaf first.
	Chain []*x509.Certificate
	// TimeStamp is the genTime of a sigTst2 (or legacy sigTst) token that
	// verified against this signature; nil when there is none or it failed.
	TimeStamp *time.Time
	// TimeStampChain is the time-stamp authority's certificates from the
	// token, signer first, when TimeStamp is set.
	TimeStampChain []*x509.Certificate
	// TimeStampErr says why a time-stamp that is present was ignored.
	TimeStampErr error
}

// Algorithm returns the COSE algorithm C2PA uses for key: ES256 for P-256,
// ES384 for P-384, ES512 for P-521, PS256 for RSA (2048 bits or more) and
// EdDSA for Ed25519.
func Algorithm(key crypto.PublicKey) (gocose.Algorithm, error) {
	switch k := key.(type) {
	case *ecdsa.PublicKey:
		switch k.Curve {
		case elliptic.P256():
			return gocose.AlgorithmES256, nil
		case elliptic.P384():
			return gocose.AlgorithmES384, nil
		case elliptic.P521():
			return gocose.AlgorithmES512, nil
		}
		return 0, fmt.Errorf("ecdsa curve %s: %w", k.Curve.Params().Name, ErrAlgorithm)
	case *rsa.PublicKey:
		if k.N.BitLen() < 2048 {
			return 0, fmt.Errorf("rsa key of %d bits (C2PA needs 2048 or more): %w", k.N.BitLen(), ErrAlgorithm)
		}
		return gocose.AlgorithmPS256, nil
	case ed25519.PublicKey:
		return gocose.AlgorithmEdDSA, nil
	}
	return 0, fmt.Errorf("key type %T: %w", key, ErrAlgorithm)
}

// Sign returns a tagged COSE_Sign1 over claim (the claim's CBOR bytes) with a
// detached payload, signed by id. With ts non-nil the signature is
// time-stamped (sigTst2). rnd may be nil (crypto/rand is used).
func Sign(rnd io.Reader, id provenance.Identity, claim []byte, ts provenance.Timestamper) ([]byte, error) {
	return SignContext(context.Background(), rnd, id, claim, ts)
}

// SignContext is Sign with a context for the time-stamp request.
func SignContext(ctx context.Context, rnd io.Reader, id provenance.Identity, claim []byte, ts provenance.Timestamper) ([]byte, error) {
	if id.Signer == nil || len(id.Chain) == 0 {
		return nil, fmt.Errorf("signer and certificate chain are required: %w", ErrIdentity)
	}
	if claim == nil {
		claim = []byte{}
	}
	alg, err := Algorithm(id.Signer.Public())
	if err != nil {
		return nil, err
	}
	if !publicKeysEqual(id.Signer.Public(), id.Chain[0].PublicKey) {
		return nil, fmt.Errorf("the key does not match the leaf certificate: %w", ErrIdentity)
	}
	signer, err := gocose.NewSigner(alg, id.Signer)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAlgorithm, err)
	}
	msg := gocose.NewSign1Message()
	msg.Headers.Protected.SetAlgorithm(alg)
	msg.Headers.Protected[gocose.HeaderLabelX5Chain] = x5chainValue(id.Chain)
	msg.Payload = claim
	if err := msg.Sign(rnd, nil, signer); err != nil {
		return nil, fmt.Errorf("cose: sign: %w", err)
	}
	if ts != nil {
		tbs, err := countersignData(msg)
		if err != nil {
			return nil, err
		}
		token, err := ts.Timestamp(ctx, tbs)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrTimestamp, err)
		}
		msg.Headers.Unprotected[labelSigTst2] = tstContainer{Tokens: []tstToken{{Val: token}}}
	}
	msg.Payload = nil // detached (C2PA 14.3)
	out, err := msg.MarshalCBOR()
	if err != nil {
		return nil, fmt.Errorf("cose: marshal: %w", err)
	}
	return out, nil
}

// x5chainValue follows c2pa-rs: a single certificate is a bstr, several are
// an array of bstr (RFC 9360 allows both).
func x5chainValue(chain []*x509.Certificate) any {
	if len(chain) == 1 {
		return chain[0].Raw
	}
	arr := make([]any, len(chain))
	for i, c := range chain {
		arr[i] = c.Raw
	}
	return arr
}

type tstToken struct {
	Val []byte `cbor:"val"`
}

type tstContainer struct {
	Tokens []tstToken `cbor:"tstTokens"`
}

// countersignData is the data a sigTst2 token covers (C2PA 10.3.2.5, as
// c2pa-rs builds it): the CBOR of
// ["CounterSignature", protected, h”, bstr(cbor(bstr(signature)))].
func countersignData(msg *gocose.Sign1Message) ([]byte, error) {
	sigBstr, err := cbor.Marshal(msg.Signature)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return countersignStructure(msg, sigBstr)
}

func countersignStructure(msg *gocose.Sign1Message, payload []byte) ([]byte, error) {
	protected, err := protectedBstr(msg)
	if err != nil {
		return nil, err
	}
	b, err := cbor.Marshal([]any{"CounterSignature", cbor.RawMessage(protected), []byte{}, payload})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return b, nil
}

// protectedBstr returns the protected header as the CBOR bstr that wraps it,
// byte for byte as received when the message was parsed.
func protectedBstr(msg *gocose.Sign1Message) ([]byte, error) {
	p, err := msg.Headers.MarshalProtected()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return p, nil
}

// Verify checks a COSE_Sign1 (tagged or untagged) against the detached claim
// bytes. It checks the signature with the leaf's key and that the algorithm
// suits the key; it does not judge the certificate (see provenance/certs).
func Verify(sign1 []byte, claim []byte) (Result, error) {
	msg, err := parse(sign1)
	if err != nil {
		return Result{}, err
	}
	var res Result
	alg, err := msg.Headers.Protected.Algorithm()
	if err != nil {
		return res, fmt.Errorf("protected alg: %w: %w", ErrAlgorithm, err)
	}
	switch alg {
	case gocose.AlgorithmES256, gocose.AlgorithmES384, gocose.AlgorithmES512,
		gocose.AlgorithmPS256, gocose.AlgorithmPS384, gocose.AlgorithmPS512,
		gocose.AlgorithmEdDSA:
	default:
		return res, fmt.Errorf("algorithm %v: %w", alg, ErrAlgorithm)
	}
	res.Alg = algName(alg)
	chain, err := parseChain(msg)
	if err != nil {
		return res, err
	}
	res.Chain = chain
	if err := algMatchesKey(alg, chain[0].PublicKey); err != nil {
		return res, err
	}
	verifier, err := gocose.NewVerifier(alg, chain[0].PublicKey)
	if err != nil {
		return res, fmt.Errorf("%w: %w", ErrAlgorithm, err)
	}
	if claim == nil {
		claim = []byte{}
	}
	if msg.Payload != nil {
		// C2PA claims are detached; an attached payload must equal the claim.
		if string(msg.Payload) != string(claim) {
			return res, fmt.Errorf("attached payload differs from the claim: %w", ErrSignature)
		}
	}
	msg.Payload = claim
	if err := msg.Verify(nil, verifier); err != nil {
		return res, fmt.Errorf("%w: %w", ErrSignature, err)
	}
	res.TimeStamp, res.TimeStampChain, res.TimeStampErr = verifyTimestamp(msg, claim)
	return res, nil
}

func parse(b []byte) (*gocose.Sign1Message, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("empty signature: %w", ErrMalformed)
	}
	msg := gocose.NewSign1Message()
	var err error
	if b[0] == 0xd2 {
		err = msg.UnmarshalCBOR(b)
	} else {
		err = (*gocose.UntaggedSign1Message)(msg).UnmarshalCBOR(b)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return msg, nil
}

func parseChain(msg *gocose.Sign1Message) ([]*x509.Certificate, error) {
	v, ok := msg.Headers.Protected[gocose.HeaderLabelX5Chain]
	if !ok {
		// c2pa-rs still reads a legacy x5chain in the unprotected header.
		v, ok = msg.Headers.Unprotected[gocose.HeaderLabelX5Chain]
		if !ok {
			return nil, fmt.Errorf("no x5chain header: %w", ErrMalformed)
		}
	}
	var ders [][]byte
	switch x := v.(type) {
	case []byte:
		ders = [][]byte{x}
	case []any:
		if len(x) == 0 || len(x) > MaxChain {
			return nil, fmt.Errorf("x5chain of %d certificates: %w", len(x), ErrMalformed)
		}
		for _, e := range x {
			d, ok := e.([]byte)
			if !ok {
				return nil, fmt.Errorf("x5chain entry of type %T: %w", e, ErrMalformed)
			}
			ders = append(ders, d)
		}
	default:
		return nil, fmt.Errorf("x5chain of type %T: %w", v, ErrMalformed)
	}
	chain := make([]*x509.Certificate, 0, len(ders))
	for i, d := range ders {
		c, err := certs.ParseCertificate(d)
		if err != nil {
			return nil, fmt.Errorf("x5chain[%d]: %w: %w", i, ErrMalformed, err)
		}
		chain = append(chain, c)
	}
	return chain, nil
}

func algMatchesKey(alg gocose.Algorithm, pub crypto.PublicKey) error {
	var want elliptic.Curve
	switch alg {
	case gocose.AlgorithmES256:
		want = elliptic.P256()
	case gocose.AlgorithmES384:
		want = elliptic.P384()
	case gocose.AlgorithmES512:
		want = elliptic.P521()
	case gocose.AlgorithmPS256, gocose.AlgorithmPS384, gocose.AlgorithmPS512:
		k, ok := pub.(*rsa.PublicKey)
		if !ok {
			return fmt.Errorf("%s with a %T key: %w", algName(alg), pub, ErrAlgorithm)
		}
		if k.N.BitLen() < 2048 {
			return fmt.Errorf("%s with a %d-bit key: %w", algName(alg), k.N.BitLen(), ErrAlgorithm)
		}
		return nil
	case gocose.AlgorithmEdDSA:
		if _, ok := pub.(ed25519.PublicKey); !ok {
			return fmt.Errorf("EdDSA with a %T key: %w", pub, ErrAlgorithm)
		}
		return nil
	}
	k, ok := pub.(*ecdsa.PublicKey)
	if !ok || k.Curve != want {
		return fmt.Errorf("%s with a key that is not on %s: %w", algName(alg), want.Params().Name, ErrAlgorithm)
	}
	return nil
}

func algName(alg gocose.Algorithm) string {
	if alg == gocose.AlgorithmEdDSA {
		return "Ed25519"
	}
	return alg.String()
}

func publicKeysEqual(a, b crypto.PublicKey) bool {
	type equaler interface{ Equal(crypto.PublicKey) bool }
	e, ok := a.(equaler)
	return ok && e.Equal(b)
}

// verifyTimestamp checks a sigTst2 (or legacy sigTst, over the claim) token.
func verifyTimestamp(msg *gocose.Sign1Message, claim []byte) (*time.Time, []*x509.Certificate, error) {
	raw, label := msg.Headers.Unprotected[labelSigTst2], labelSigTst2
	if raw == nil {
		raw, label = msg.Headers.Unprotected[labelSigTst], labelSigTst
		if raw == nil {
			return nil, nil, nil
		}
	}
	enc, err := cbor.Marshal(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w: %w", label, ErrTimestamp, err)
	}
	var c tstContainer
	if err := cbor.Unmarshal(enc, &c); err != nil {
		return nil, nil, fmt.Errorf("%s: %w: %w", label, ErrTimestamp, err)
	}
	if len(c.Tokens) != 1 {
		return nil, nil, fmt.Errorf("%s with %d tokens (C2PA allows one): %w", label, len(c.Tokens), ErrTimestamp)
	}
	var tbs []byte
	if label == labelSigTst2 {
		tbs, err = countersignData(msg)
	} else {
		tbs, err = countersignStructure(msg, claim)
	}
	if err != nil {
		return nil, nil, err
	}
	tok, err := tsa.VerifyToken(c.Tokens[0].Val, tbs)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w: %w", label, ErrTimestamp, err)
	}
	t := tok.Time
	return &t, tok.Chain, nil
}

// Pad returns sign1 re-encoded with a zero-filled "pad" entry in the
// unprotected header so that it is exactly size bytes long, as c2pa-rs does
// to fill a reserved c2pa.signature box. The signature stays valid: the
// unprotected header is not signed.
func Pad(sign1 []byte, size int) ([]byte, error) {
	if len(sign1) == size {
		return sign1, nil
	}
	msg, err := parse(sign1)
	if err != nil {
		return nil, err
	}
	delete(msg.Headers.Unprotected, labelPad)
	delete(msg.Headers.Unprotected, labelPad2)
	msg.Headers.RawUnprotected = nil
	base, err := msg.MarshalCBOR()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	// Adding "pad": h'00..' costs 4 bytes of label plus a bstr header of
	// 1, 2, 3 or 5 bytes; search a few sizes. Some totals cannot be hit
	// with one bstr; an empty "pad2" (6 bytes) shifts them, as in c2pa-rs.
	for _, pad2 := range []bool{false, true} {
		if pad2 {
			msg.Headers.Unprotected[labelPad2] = []byte{}
		}
		for guess := size - len(base) - 4; guess >= 0 && guess > size-len(base)-20; guess-- {
			msg.Headers.Unprotected[labelPad] = make([]byte, guess)
			out, err := msg.MarshalCBOR()
			if err != nil {
				return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
			}
			if len(out) == size {
				return out, nil
			}
		}
	}
	return nil, fmt.Errorf("cannot pad a %d-byte COSE_Sign1 to %d bytes: %w", len(base), size, ErrPadSize)
}
