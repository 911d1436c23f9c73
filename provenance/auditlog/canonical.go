package auditlog

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/transparency-dev/merkle/rfc6962"
)

// MaxCanonicalSize bounds the canonical serialisation of one entry (1 MiB).
const MaxCanonicalSize = 1 << 20

// indexPrefix is how every canonical entry starts: Index is Entry's first field.
const indexPrefix = `{"index":`

// Commitment returns the hex HMAC-SHA256 (RFC 2104, FIPS 198-1) of text keyed
// with the tenant's secret. It lets an auditor who knows a prompt and the
// tenant's secret confirm an entry is about that prompt without the log
// storing the prompt itself.
func Commitment(secret []byte, text string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(text))
	return hex.EncodeToString(m.Sum(nil))
}

// LeafData is what the transparency log stores for one entry: the SHA-256 of
// its canonical bytes with the index field set to 0. The index is committed
// by the leaf's position in the Merkle tree (Append assigns it), so the
// digest can be computed before the index is known; storing a digest rather
// than the entry keeps tenant data out of the (publishable) tiles and bundles.
// Bytes that do not start with a canonical index field are hashed as they are.
func LeafData(canonical []byte) []byte {
	d := sha256.Sum256(zeroIndex(canonical))
	return d[:]
}

// LeafHash returns the RFC 6962 section 2.1 Merkle leaf hash of an entry's
// canonical bytes: SHA-256(0x00 || LeafData(canonical)). This is the hash an
// inclusion proof from (*Log).InclusionProof starts from.
func LeafHash(canonical []byte) []byte {
	return rfc6962.DefaultHasher.HashLeaf(LeafData(canonical))
}

// EntryLeafHash is LeafHash of an entry as (*Log).Append returned it, whose
// JSON encoding is its canonical bytes (ParseCanonical holds them to that).
// A manifest records it so that an inclusion proof shows the entry it names,
// not just some entry at that index, is in the log.
func EntryLeafHash(e Entry) ([]byte, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("encode: %w: %w", ErrInvalidEntry, err)
	}
	return LeafHash(b), nil
}

// zeroIndex returns canonical with its leading index field set to 0.
func zeroIndex(c []byte) []byte {
	if !bytes.HasPrefix(c, []byte(indexPrefix)) {
		return c
	}
	i := len(indexPrefix)
	j := i
	for j < len(c) && c[j] >= '0' && c[j] <= '9' {
		j++
	}
	if j == i || j >= len(c) || c[j] != ',' || (c[i] == '0' && j-i > 1) {
		return c
	}
	if j-i == 1 && c[i] == '0' {
		return c
	}
	out := make([]byte, 0, len(c))
	out = append(out, c[:i]...)
	out = append(out, '0')
	return append(out, c[j:]...)
}

// normalize validates e and returns it in the form it will be stored: time in
// UTC (now when zero), strings as they survive JSON, numbers in Details as
// json.Number. body is the canonical serialisation with index 0, a fixed point
// of decode/encode, ready for withIndex.
func normalize(e Entry, now func() time.Time) (Entry, []byte, error) {
	if e.Tenant == "" {
		return Entry{}, nil, fmt.Errorf("tenant is empty: %w", ErrInvalidEntry)
	}
	if e.Time.IsZero() {
		e.Time = now()
	}
	e.Time = e.Time.UTC()
	if e.Time.Year() < 1970 || e.Time.Year() > 2200 {
		return Entry{}, nil, fmt.Errorf("time %s outside 1970-2200: %w", e.Time.Format(time.RFC3339), ErrInvalidEntry)
	}
	e.Index = 0
	first, err := json.Marshal(e)
	if err != nil {
		return Entry{}, nil, fmt.Errorf("encode: %w: %w", ErrInvalidEntry, err)
	}
	if len(first) > MaxCanonicalSize-20 {
		return Entry{}, nil, fmt.Errorf("entry is %d bytes, limit %d: %w", len(first), MaxCanonicalSize, ErrInvalidEntry)
	}
	norm, err := decodeStrict(first)
	if err != nil {
		return Entry{}, nil, fmt.Errorf("round trip: %w: %w", ErrInvalidEntry, err)
	}
	body, err := json.Marshal(norm)
	if err != nil {
		return Entry{}, nil, fmt.Errorf("encode: %w: %w", ErrInvalidEntry, err)
	}
	if !bytes.HasPrefix(body, []byte(indexPrefix+"0,")) {
		return Entry{}, nil, fmt.Errorf("canonical form does not start with the index: %w", ErrInvalidEntry)
	}
	return norm, body, nil
}

// withIndex returns the canonical bytes of an entry normalised to body, at idx.
func withIndex(body []byte, idx uint64) []byte {
	rest := body[len(indexPrefix)+1:] // drop `{"index":0`
	out := make([]byte, 0, len(body)+20)
	out = append(out, indexPrefix...)
	out = strconv.AppendUint(out, idx, 10)
	return append(out, rest...)
}

// ParseCanonical decodes canonical entry bytes as stored by Append. It accepts
// only the exact canonical form: one JSON object with the Entry fields, no
// unknown fields, and bytes that re-encode to themselves, so two different
// byte strings never parse to the same entry.
func ParseCanonical(b []byte) (Entry, error) {
	if len(b) > MaxCanonicalSize {
		return Entry{}, fmt.Errorf("%d bytes: %w", len(b), ErrMalformed)
	}
	if !bytes.HasPrefix(b, []byte(indexPrefix)) {
		return Entry{}, fmt.Errorf("does not start with %s: %w", indexPrefix, ErrMalformed)
	}
	e, err := decodeStrict(b)
	if err != nil {
		return Entry{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	again, err := json.Marshal(e)
	if err != nil {
		return Entry{}, fmt.Errorf("re-encode: %w: %w", ErrMalformed, err)
	}
	if !bytes.Equal(again, b) {
		return Entry{}, fmt.Errorf("not in canonical form: %w", ErrMalformed)
	}
	return e, nil
}

func decodeStrict(b []byte) (Entry, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	dec.DisallowUnknownFields()
	var e Entry
	if err := dec.Decode(&e); err != nil {
		return Entry{}, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Entry{}, errors.New("trailing data after the entry")
	}
	return e, nil
}
