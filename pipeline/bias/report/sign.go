package report

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/fxamacker/cbor/v2"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/cose"
)

// MaxFile bounds the size of a report file Verify reads.
const MaxFile = 64 << 20

// Sign returns the signed report file of r: Encode(r) with Signature set to
// the standard base64 of a COSE_Sign1 (provenance/cose: the algorithm and
// the x5chain of id in the protected header, detached payload) over the
// compact canonical JSON of r without its signature. Any previous signature
// of r is replaced.
func Sign(r Report, id provenance.Identity) ([]byte, error) {
	payload, err := canonical(r)
	if err != nil {
		return nil, err
	}
	sig, err := cose.Sign(nil, id, payload, nil)
	if err != nil {
		return nil, fmt.Errorf("bias report: sign: %w", err)
	}
	r.Signature = base64.StdEncoding.EncodeToString(sig)
	return Encode(r)
}

// Verify checks a signed report file and returns the report. The file must
// be exactly what Sign writes for the report it holds (so any changed byte
// fails: ErrMalformed when the file is no longer in that form, ErrSignature
// when the content changed); the signature must verify with the leaf
// certificate of its x5chain (ErrSignature), and that chain must lead to one
// of anchors at the report's created time (ErrUntrusted, wrapping
// certs.ErrUntrusted): the audit log entry holding Digest(file) dates the
// report independently of its signer. An untrusted signer is returned with
// the decoded report, so a caller may show what it says.
func Verify(file []byte, anchors *x509.CertPool) (Report, error) {
	if len(file) > MaxFile {
		return Report{}, fmt.Errorf("%d bytes, more than %d: %w", len(file), MaxFile, ErrMalformed)
	}
	var r Report
	dec := json.NewDecoder(bytes.NewReader(file))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if r.Signature == "" {
		return Report{}, ErrUnsigned
	}
	again, err := Encode(r)
	if err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if !bytes.Equal(again, file) {
		return Report{}, fmt.Errorf("the file is not in the canonical form Sign writes: %w", ErrMalformed)
	}
	sig, err := base64.StdEncoding.Strict().DecodeString(r.Signature)
	if err != nil {
		return Report{}, fmt.Errorf("signature base64: %w: %w", ErrMalformed, err)
	}
	if err := strictSign1(sig); err != nil {
		return Report{}, err
	}
	payload, err := canonical(r)
	if err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	res, err := cose.Verify(sig, payload)
	switch {
	case errors.Is(err, cose.ErrSignature):
		return Report{}, fmt.Errorf("%w: %w", ErrSignature, err)
	case err != nil:
		return Report{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := certs.VerifyChain(res.Chain, anchors, r.Created); err != nil {
		return r, fmt.Errorf("%s: %w: %w", certs.SignerName(res.Chain), ErrUntrusted, err)
	}
	return r, nil
}

// strictSign1 accepts only the COSE_Sign1 form Sign writes: tag 18, an
// empty unprotected header, a detached (nil) payload and the shortest CBOR
// encoding. The unprotected header is not signed, so without this check
// bytes could be added to a signed file that still verifies.
func strictSign1(b []byte) error {
	var tag cbor.RawTag
	if err := cbor.Unmarshal(b, &tag); err != nil {
		return fmt.Errorf("signature CBOR: %w: %w", ErrMalformed, err)
	}
	var parts []cbor.RawMessage
	if err := cbor.Unmarshal(tag.Content, &parts); err != nil || tag.Number != 18 || len(parts) != 4 {
		return fmt.Errorf("signature is not a tagged COSE_Sign1: %w", ErrMalformed)
	}
	var protected, signature []byte
	if cbor.Unmarshal(parts[0], &protected) != nil || cbor.Unmarshal(parts[3], &signature) != nil {
		return fmt.Errorf("signature is not a tagged COSE_Sign1: %w", ErrMalformed)
	}
	content, err := cbor.Marshal([]any{protected, map[int]any{}, nil, signature})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	again, err := cbor.Marshal(cbor.RawTag{Number: 18, Content: content})
	if err != nil || !bytes.Equal(again, b) {
		return fmt.Errorf("signature is not the COSE_Sign1 form Sign writes (unprotected header or encoding changed): %w", ErrMalformed)
	}
	return nil
}

// Digest returns the SHA-256 of a signed report file, the value the audit
// log records for it.
func Digest(file []byte) []byte {
	sum := sha256.Sum256(file)
	return sum[:]
}
