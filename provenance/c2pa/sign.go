package c2pa

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/cose"
	"github.com/candor-ai/candor/provenance/jumbf"
)

// SignOptions says who signs and what the manifest records.
type SignOptions struct {
	Identity       provenance.Identity
	Timestamper    provenance.Timestamper // nil: no sigTst2 time-stamp
	ClaimGenerator string                 // software name, e.g. "candor"
	Version        string                 // software version
	Title          string                 // dc:title, optional
	Generation     *provenance.Generation // ai.candor.generation, optional
	TrainingMining string                 // "" omits cawg.training-mining; else allowed/notAllowed/constrained
	Edits          []Edit                 // actions after c2pa.created, in order (e.g. c2pa.filtered for a blur)
	ExtraPadding   int                    // extra zero bytes in the hash.data pad (tests, reserved space)
	Rand           io.Reader              // entropy for salts, ids and signatures; nil: crypto/rand
}

// Signed describes the manifest Sign embedded.
type Signed struct {
	ManifestID string // urn:c2pa:<uuid>
	Bytes      int    // size of the JUMBF manifest store
}

// MaxExtraPadding bounds SignOptions.ExtraPadding (16 MiB).
const MaxExtraPadding = 16 << 20

// Sign embeds a signed C2PA 2.2 manifest store into an encoded PNG or JPEG
// and returns the new file. The manifest holds a version 2 claim with the
// actions (c2pa.created, IPTC trainedAlgorithmicMedia, softwareAgent), the
// c2pa.hash.data hard binding whose exclusion covers exactly the embedded
// store (PNG caBX chunk after IHDR, or JPEG APP11 segments after SOI/APP0),
// and, when asked, cawg.training-mining and ai.candor.generation. Edits
// follow c2pa.created in the actions, each with the same softwareAgent. Any
// manifest store already in the asset is replaced.
func Sign(ctx context.Context, asset []byte, opts SignOptions) ([]byte, Signed, error) {
	return sign(ctx, asset, opts, nil, nil)
}

// sign is Sign with earlier manifests to carry in the store (before the new
// active one) and extra assertions (e.g. ingredients referring to them).
func sign(ctx context.Context, asset []byte, opts SignOptions, prior, extra []*jumbf.Box) ([]byte, Signed, error) {
	return signWithRefs(ctx, asset, opts, prior, extra, nil)
}

// signWithRefs is sign with extra hashed URIs appended to the claim's
// created assertions as given, pointing anywhere (tests build hostile claims
// with it).
func signWithRefs(ctx context.Context, asset []byte, opts SignOptions, prior, extra []*jumbf.Box, refs []HashedURI) ([]byte, Signed, error) {
	if opts.Identity.Signer == nil || len(opts.Identity.Chain) == 0 {
		return nil, Signed{}, fmt.Errorf("identity needs a signer and a certificate chain: %w", ErrOptions)
	}
	if opts.ClaimGenerator == "" {
		return nil, Signed{}, fmt.Errorf("claim generator name is empty: %w", ErrOptions)
	}
	if opts.ExtraPadding < 0 || opts.ExtraPadding > MaxExtraPadding {
		return nil, Signed{}, fmt.Errorf("extra padding %d out of [0, %d]: %w", opts.ExtraPadding, MaxExtraPadding, ErrOptions)
	}
	rnd := opts.Rand
	if rnd == nil {
		rnd = rand.Reader
	}
	format, err := DetectFormat(asset)
	if err != nil {
		return nil, Signed{}, err
	}
	base, at, err := prepare(format, asset)
	if err != nil {
		return nil, Signed{}, err
	}
	digest := sha256.Sum256(base) // the exclusion removes exactly the inserted bytes

	b, err := newBuilder(rnd, opts)
	if err != nil {
		return nil, Signed{}, err
	}
	b.fixed = append(b.fixed, extra...)
	b.prior = prior
	b.refs = refs
	reserve := signatureReserve(opts)
	for range 4 {
		if err := ctx.Err(); err != nil {
			return nil, Signed{}, err
		}
		storeSize := b.storeSize(reserve)
		dh, err := b.dataHashBox(uint64(at), uint64(wrappedSize(format, storeSize)), digest[:])
		if err != nil {
			return nil, Signed{}, err
		}
		claim, err := b.claim(dh)
		if err != nil {
			return nil, Signed{}, err
		}
		sig, err := cose.SignContext(ctx, rnd, opts.Identity, claim, opts.Timestamper)
		if err != nil {
			return nil, Signed{}, fmt.Errorf("%w: %w", ErrSign, err)
		}
		if len(sig) > reserve-8 {
			reserve = len(sig) + 256
			continue
		}
		padded, err := cose.Pad(sig, reserve)
		if errors.Is(err, cose.ErrPadSize) {
			reserve += 64
			continue
		}
		if err != nil {
			return nil, Signed{}, fmt.Errorf("%w: %w", ErrSign, err)
		}
		store := b.store(dh, claim, padded)
		if len(store) != storeSize {
			return nil, Signed{}, fmt.Errorf("store is %d bytes, planned %d: %w", len(store), storeSize, ErrSign)
		}
		wrapped, err := wrapStore(format, store)
		if err != nil {
			return nil, Signed{}, err
		}
		out := make([]byte, 0, len(base)+len(wrapped))
		out = append(out, base[:at]...)
		out = append(out, wrapped...)
		out = append(out, base[at:]...)
		return out, Signed{ManifestID: b.label, Bytes: len(store)}, nil
	}
	return nil, Signed{}, fmt.Errorf("signature size did not settle: %w", ErrSign)
}

// signatureReserve estimates the COSE_Sign1 size: certificates, the
// signature and CBOR framing, and room for an RFC 3161 token.
func signatureReserve(opts SignOptions) int {
	n := 256
	for _, c := range opts.Identity.Chain {
		n += len(c.Raw) + 8
	}
	switch k := opts.Identity.Signer.Public().(type) {
	case *ecdsa.PublicKey:
		n += 2 * ((k.Curve.Params().BitSize + 7) / 8)
	case *rsa.PublicKey:
		n += k.Size()
	case ed25519.PublicKey:
		n += ed25519.SignatureSize
	default:
		n += 1024
	}
	if opts.Timestamper != nil {
		n += 8192
	}
	return n
}

// builder holds the parts of a manifest that do not change between passes.
type builder struct {
	opts       SignOptions
	label      string
	instanceID string
	fixed      []*jumbf.Box // assertions before hash.data
	prior      []*jumbf.Box // earlier manifests kept in the store
	refs       []HashedURI  // extra hashed URIs for the claim, after the assertions'
	dhSalt     []byte
	dhSize     int // fixed serialised size of the hash.data superbox
	padBase    int
}

func newUUID(rnd io.Reader) (string, error) {
	var u [16]byte
	if _, err := io.ReadFull(rnd, u[:]); err != nil {
		return "", fmt.Errorf("random: %w: %w", ErrSign, err)
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]), nil
}

func salt(rnd io.Reader) ([]byte, error) {
	s := make([]byte, 16)
	if _, err := io.ReadFull(rnd, s); err != nil {
		return nil, fmt.Errorf("random: %w: %w", ErrSign, err)
	}
	return s, nil
}

// assertionBox builds a salted CBOR assertion superbox (11.3.3, toggles 0x13
// with a c2sh salt box, as c2pa-rs writes them).
func assertionBox(label string, payload, saltBytes []byte) *jumbf.Box {
	b := jumbf.NewSuperbox(jumbf.UUIDCBOR, label, jumbf.NewContent(jumbf.TypeCBOR, payload))
	b.Desc.Toggles |= jumbf.TogglePrivate
	b.Desc.Private = jumbf.NewContent(jumbf.TypeSalt, saltBytes).Marshal()
	return b
}

func newBuilder(rnd io.Reader, opts SignOptions) (*builder, error) {
	id, err := newUUID(rnd)
	if err != nil {
		return nil, err
	}
	iid, err := newUUID(rnd)
	if err != nil {
		return nil, err
	}
	b := &builder{opts: opts, label: "urn:c2pa:" + id, instanceID: "xmp:iid:" + iid}
	agent := GeneratorInfo{Name: opts.ClaimGenerator, Version: opts.Version}
	type part struct {
		label string
		v     any
		enc   func(any) ([]byte, error)
	}
	if err := checkEdits(opts.Edits); err != nil {
		return nil, err
	}
	if !opts.Generation.Finite() {
		return nil, fmt.Errorf("%s holds a NaN or infinite number: %w", LabelGeneration, ErrOptions)
	}
	acts := actionsV2{Actions: []actionV2{{
		Action:            "c2pa.created",
		DigitalSourceType: SourceTrainedAlgorithmicMedia,
		SoftwareAgent:     agent,
	}}}
	for _, e := range opts.Edits {
		acts.Actions = append(acts.Actions, actionV2{Action: e.Action, SoftwareAgent: agent, Description: e.Description})
	}
	parts := []part{{LabelActionsV2, acts, encMode.Marshal}}
	if opts.TrainingMining != "" {
		tm, err := newTrainingMining(opts.TrainingMining)
		if err != nil {
			return nil, err
		}
		parts = append(parts, part{LabelTrainingMining, tm, sortedEnc.Marshal})
	}
	if opts.Generation != nil {
		parts = append(parts, part{LabelGeneration, opts.Generation, sortedEnc.Marshal})
	}
	for _, p := range parts {
		payload, err := p.enc(p.v)
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w: %w", p.label, ErrSign, err)
		}
		s, err := salt(rnd)
		if err != nil {
			return nil, err
		}
		b.fixed = append(b.fixed, assertionBox(p.label, payload, s))
	}
	if b.dhSalt, err = salt(rnd); err != nil {
		return nil, err
	}
	// The hash.data box has one fixed size whatever the exclusion's numbers:
	// it is planned with the widest integers, and pad absorbs the difference
	// (18.5.2). Keep pad and pad+4 in one CBOR length class.
	b.padBase = 8 + opts.ExtraPadding
	for _, edge := range []int{24, 256, 65536} {
		if b.padBase < edge && b.padBase+4 >= edge {
			b.padBase = edge
		}
	}
	widest, err := b.encodeDataHash(1<<32-1, 1<<32-1, make([]byte, 32), b.padBase)
	if err != nil {
		return nil, err
	}
	b.dhSize = widest.Size()
	return b, nil
}

func (b *builder) encodeDataHash(start, length uint64, digest []byte, pad int) (*jumbf.Box, error) {
	dh := DataHash{
		Exclusions: []Exclusion{{Start: start, Length: length}},
		Name:       "jumbf manifest",
		Alg:        "sha256",
		Hash:       digest,
		Pad:        make([]byte, pad),
	}
	payload, err := encMode.Marshal(dh)
	if err != nil {
		return nil, fmt.Errorf("encode hash.data: %w: %w", ErrSign, err)
	}
	return assertionBox(LabelDataHash, payload, b.dhSalt), nil
}

// dataHashBox builds the hash.data assertion at its planned size.
func (b *builder) dataHashBox(start, length uint64, digest []byte) (*jumbf.Box, error) {
	if start > 1<<32-1 || length > 1<<32-1 {
		return nil, fmt.Errorf("exclusion %d+%d beyond 4 GiB: %w", start, length, ErrTooLarge)
	}
	for pad := b.padBase; pad <= b.padBase+8; pad++ {
		box, err := b.encodeDataHash(start, length, digest, pad)
		if err != nil {
			return nil, err
		}
		if box.Size() == b.dhSize {
			return box, nil
		}
	}
	return nil, fmt.Errorf("cannot fit hash.data into %d bytes: %w", b.dhSize, ErrSign)
}

func (b *builder) assertions(dh *jumbf.Box) []*jumbf.Box {
	return append(append(make([]*jumbf.Box, 0, len(b.fixed)+1), b.fixed...), dh)
}

// claim encodes the version 2 claim over the assertions.
func (b *builder) claim(dh *jumbf.Box) ([]byte, error) {
	c := claimV2{
		InstanceID:    b.instanceID,
		GeneratorInfo: GeneratorInfo{Name: b.opts.ClaimGenerator, Version: b.opts.Version},
		Signature:     "self#jumbf=/c2pa/" + b.label + "/" + LabelSignature,
		Title:         b.opts.Title,
		Alg:           "sha256",
	}
	for _, a := range b.assertions(dh) {
		content := a.Marshal()[8:] // the superbox without its LBox/TBox (8.4.2.3)
		h := sha256.Sum256(content)
		c.CreatedAssertions = append(c.CreatedAssertions, HashedURI{URL: "self#jumbf=" + LabelAssertionStore + "/" + a.Desc.Label, Hash: h[:]})
	}
	c.CreatedAssertions = append(c.CreatedAssertions, b.refs...)
	out, err := encMode.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("encode claim: %w: %w", ErrSign, err)
	}
	return out, nil
}

func (b *builder) tree(dh *jumbf.Box, claim, sig []byte) *jumbf.Box {
	active := jumbf.NewSuperbox(jumbf.UUIDManifest, b.label,
		jumbf.NewSuperbox(jumbf.UUIDAssertionStore, LabelAssertionStore, b.assertions(dh)...),
		jumbf.NewSuperbox(jumbf.UUIDClaim, LabelClaimV2, jumbf.NewContent(jumbf.TypeCBOR, claim)),
		jumbf.NewSuperbox(jumbf.UUIDSignature, LabelSignature, jumbf.NewContent(jumbf.TypeCBOR, sig)),
	)
	manifests := append(append(make([]*jumbf.Box, 0, len(b.prior)+1), b.prior...), active)
	return jumbf.NewSuperbox(jumbf.UUIDManifestStore, LabelManifestStore, manifests...)
}

// storeSize is the size of the store with a signature of sigSize bytes.
// The claim's size does not depend on the hashes or the exclusion (fixed
// widths), so a placeholder claim measures it.
func (b *builder) storeSize(sigSize int) int {
	dh, err := b.encodeDataHash(1<<32-1, 1<<32-1, make([]byte, 32), b.padBase)
	if err != nil {
		return 0
	}
	claim, err := b.claim(dh)
	if err != nil {
		return 0
	}
	return b.tree(dh, claim, make([]byte, sigSize)).Size()
}

func (b *builder) store(dh *jumbf.Box, claim, sig []byte) []byte {
	return b.tree(dh, claim, sig).Marshal()
}
