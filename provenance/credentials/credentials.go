// Package credentials is the Content Credentials service the gateway and
// `candor generate` call: it turns a generated image into a file that says,
// in every standard way, that it is AI-generated and who vouches for that
// (C2PA 2.2 manifest signed with COSE, XMP Iptc4xmpExt:DigitalSourceType,
// an optional visible mark), and it verifies such files for `candor verify`
// and POST /v1/verify. When the output safety stage blurred an image, the
// manifest declares it with a c2pa.filtered action after c2pa.created
// (C2PA 2.2 section 18.15) and the XMP with candor:SafetyAlteration; the
// verdict and its evidence travel in ai.candor.generation.
//
// Issue never returns bytes its own verifier (provenance/c2pa) has not
// accepted as valid or trusted.
package credentials

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"log/slog"
	"strings"
	"time"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/c2pa"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/xmp"
)

// ClaimGenerator is the software name written into every claim.
const ClaimGenerator = "candor"

// MaxPixels bounds the images Issue accepts (64 megapixels).
const MaxPixels = 64 << 20

// MaxVerifyBytes bounds the files Verify reads (64 MiB).
const MaxVerifyBytes = 64 << 20

// Config configures a Service.
type Config struct {
	// Identity signs every manifest (see certs.EnsureDevIdentity and
	// certs.LoadIdentity).
	Identity provenance.Identity
	// Anchors are the trust anchors for verification, nil for none: then a
	// correct file is "valid", not "trusted".
	Anchors *x509.CertPool
	// Timestamper, when set, time-stamps each claim signature (sigTst2).
	Timestamper provenance.Timestamper
	// Version is candor's version, recorded as the claim generator's
	// version and in the softwareAgent.
	Version string
	// Logger; nil discards.
	Logger *slog.Logger
}

// Service issues and verifies Content Credentials. It is safe for
// concurrent use.
type Service struct {
	id      provenance.Identity
	anchors *x509.CertPool
	ts      provenance.Timestamper
	version string
	log     *slog.Logger

	// tamper, set only by tests, alters signed bytes before self-verification.
	tamper func([]byte) []byte
}

// New checks cfg (the signer must meet the C2PA certificate profile now)
// and returns a Service.
func New(cfg Config) (*Service, error) {
	if cfg.Identity.Signer == nil || len(cfg.Identity.Chain) == 0 {
		return nil, fmt.Errorf("no signing identity: %w", ErrOptions)
	}
	if err := certs.CheckProfile(cfg.Identity.Chain[0], time.Now()); err != nil {
		return nil, fmt.Errorf("signing identity: %w", err)
	}
	s := &Service{id: cfg.Identity, anchors: cfg.Anchors, ts: cfg.Timestamper, version: cfg.Version, log: cfg.Logger}
	if s.version == "" {
		s.version = "dev"
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	return s, nil
}

// IssueOptions says how to encode and what to record.
type IssueOptions struct {
	// Format is "png" (default) or "jpeg".
	Format string
	// JPEGQuality is 1-100; 0 means 90.
	JPEGQuality int
	// VisibleMark draws a small "AI-generated" label in a corner before the
	// hard binding is computed.
	VisibleMark bool
	// TrainingMining is the cawg.training-mining setting: "" to omit,
	// "allowed", "notAllowed" or "constrained".
	TrainingMining string
	// Title is the manifest's dc:title (and the XMP dc:title).
	Title string
	// Generation is candor's own assertion (ai.candor.generation).
	Generation *provenance.Generation
	// ExtraPadding reserves extra bytes in the manifest (c2pa.hash.data
	// pad); tests use it to make manifests span several JPEG segments.
	ExtraPadding int
	// SafetyAltered, when set, declares that candor's output safety stage
	// altered the image before signing: the manifest's actions then carry
	// c2pa.filtered after c2pa.created, and the XMP says so. It is
	// required when Generation.SafetyRecord's verdict is "blurred", and
	// refused when the verdict is another.
	SafetyAltered *Alteration
}

// Alteration is a change the output safety stage made to an image.
type Alteration struct {
	// Action is AlterationBlurred, the only kind today.
	Action string
	// Reason is why, in a few words, e.g. "nsfw.sexy 0.71 >= 0.50";
	// required.
	Reason string
}

// AlterationBlurred: a strongly blurred version replaced the image.
const AlterationBlurred = "blurred"

// BlurDescriptionPrefix starts the description of the c2pa.filtered
// action that declares a blur; the Alteration's reason follows it.
const BlurDescriptionPrefix = "blurred by candor's output safety stage: "

// BlurredXMPDescription is the XMP dc:description of a blurred image.
const BlurredXMPDescription = "AI-generated image, blurred by candor's output safety check"

// checkSafety checks that the safety record, the verdict word and the
// declared alteration agree, and that a recorded pixel hash is the image's.
func checkSafety(img *image.NRGBA, opts IssueOptions) error {
	alt := opts.SafetyAltered
	if alt != nil {
		if alt.Action != AlterationBlurred {
			return fmt.Errorf("safety alteration %q (want %q): %w", alt.Action, AlterationBlurred, ErrOptions)
		}
		if strings.TrimSpace(alt.Reason) == "" {
			return fmt.Errorf("safety alteration without a reason: %w", ErrOptions)
		}
	}
	g := opts.Generation
	if g == nil {
		return nil
	}
	verdict := g.Safety
	if r := g.SafetyRecord; r != nil {
		switch r.Verdict {
		case provenance.SafetyPass, provenance.SafetyBlurred, provenance.SafetyReleased:
		default:
			return fmt.Errorf("safety verdict %q (want pass, blurred or released): %w", r.Verdict, ErrOptions)
		}
		if g.Safety != "" && g.Safety != r.Verdict {
			return fmt.Errorf("generation safety %q but its record says %q: %w", g.Safety, r.Verdict, ErrOptions)
		}
		if r.Verdict == provenance.SafetyReleased && r.Reviewer == "" {
			return fmt.Errorf("released image without a reviewer: %w", ErrOptions)
		}
		verdict = r.Verdict
	}
	switch {
	case verdict == provenance.SafetyBlurred && alt == nil:
		return fmt.Errorf("verdict blurred, but no SafetyAltered to declare it: %w", ErrOptions)
	case alt != nil && verdict != "" && verdict != provenance.SafetyBlurred:
		return fmt.Errorf("safety alteration declared, but the verdict is %q: %w", verdict, ErrOptions)
	}
	if g.PixelsSHA256 != "" {
		sum := sha256.Sum256(img.Pix)
		if !strings.EqualFold(g.PixelsSHA256, hex.EncodeToString(sum[:])) {
			return fmt.Errorf("generation pixels_sha256 %s is not the image's %x: %w", g.PixelsSHA256, sum, ErrOptions)
		}
	}
	if !g.Finite() {
		return fmt.Errorf("generation record holds a NaN or infinite number: %w", ErrOptions)
	}
	return nil
}

// Issued describes what Issue produced.
type Issued struct {
	// ManifestID is the active manifest's URN (urn:c2pa:...).
	ManifestID string
	// Report is the self-verification of the returned bytes.
	Report provenance.Report
	// ManifestBytes is the size of the embedded manifest store.
	ManifestBytes int
}

// Issue draws the optional visible mark, encodes img, inserts the XMP
// disclosure, embeds and signs a C2PA manifest, verifies the result with
// candor's own verifier and returns it. A result whose state is not valid
// or trusted is withheld and ErrSelfVerify returned.
func (s *Service) Issue(ctx context.Context, img *image.NRGBA, opts IssueOptions) ([]byte, Issued, error) {
	start := time.Now()
	if img == nil || img.Bounds().Empty() {
		return nil, Issued{}, fmt.Errorf("empty image: %w", ErrOptions)
	}
	if b := img.Bounds(); b.Dx()*b.Dy() > MaxPixels {
		return nil, Issued{}, fmt.Errorf("image of %dx%d pixels: %w", b.Dx(), b.Dy(), ErrOptions)
	}
	format := strings.ToLower(opts.Format)
	switch format {
	case "", "png":
		format = "png"
	case "jpeg", "jpg":
		format = "jpeg"
	default:
		return nil, Issued{}, fmt.Errorf("format %q (want png or jpeg): %w", opts.Format, ErrOptions)
	}
	quality := opts.JPEGQuality
	if quality == 0 {
		quality = 90
	}
	if quality < 1 || quality > 100 {
		return nil, Issued{}, fmt.Errorf("JPEG quality %d (want 1-100): %w", opts.JPEGQuality, ErrOptions)
	}
	if err := checkSafety(img, opts); err != nil {
		return nil, Issued{}, err
	}
	disclosure := xmp.Disclosure{Title: opts.Title, CreatorTool: ClaimGenerator + " " + s.version}
	var edits []c2pa.Edit
	if alt := opts.SafetyAltered; alt != nil {
		edits = append(edits, c2pa.Edit{Action: c2pa.ActionFiltered, Description: BlurDescriptionPrefix + alt.Reason})
		disclosure.Description = BlurredXMPDescription
		disclosure.SafetyAlteration = alt.Action
	}
	if opts.VisibleMark {
		// Draw on a copy: the caller's image stays as it was.
		marked := image.NewNRGBA(img.Bounds())
		draw.Draw(marked, marked.Bounds(), img, img.Bounds().Min, draw.Src)
		if !drawMark(marked) {
			s.log.LogAttrs(ctx, slog.LevelWarn, "image too small for the visible AI-generated mark",
				slog.Int("width", img.Bounds().Dx()), slog.Int("height", img.Bounds().Dy()))
		}
		img = marked
	}
	encoded, err := encode(img, format, quality)
	if err != nil {
		return nil, Issued{}, err
	}
	withXMP, err := xmp.Insert(encoded, xmp.Packet(disclosure))
	if err != nil {
		return nil, Issued{}, fmt.Errorf("credentials: XMP: %w", err)
	}
	signed, info, err := c2pa.Sign(ctx, withXMP, c2pa.SignOptions{
		Identity:       s.id,
		Timestamper:    s.ts,
		ClaimGenerator: ClaimGenerator,
		Version:        s.version,
		Title:          opts.Title,
		Generation:     opts.Generation,
		TrainingMining: opts.TrainingMining,
		ExtraPadding:   opts.ExtraPadding,
		Edits:          edits,
	})
	if err != nil {
		return nil, Issued{}, fmt.Errorf("credentials: sign: %w", err)
	}
	if s.tamper != nil {
		signed = s.tamper(signed)
	}
	rep, err := c2pa.Verify(ctx, signed, c2pa.VerifyOptions{Anchors: s.anchors, Now: time.Now()})
	if err != nil {
		return nil, Issued{}, fmt.Errorf("%w: %w", ErrSelfVerify, err)
	}
	if rep.State != provenance.StateValid && rep.State != provenance.StateTrusted {
		codes := failureCodes(rep)
		s.log.LogAttrs(ctx, slog.LevelError, "signed image failed self-verification; withheld",
			slog.String("state", rep.State), slog.String("codes", strings.Join(codes, ",")),
			slog.String("manifest", info.ManifestID))
		return nil, Issued{}, fmt.Errorf("state %s (%s): %w", rep.State, strings.Join(codes, ", "), ErrSelfVerify)
	}
	s.log.LogAttrs(ctx, slog.LevelDebug, "content credentials issued",
		slog.String("manifest", info.ManifestID), slog.String("format", format),
		slog.String("state", rep.State), slog.Int("manifest_bytes", info.Bytes),
		slog.Duration("took", time.Since(start)))
	return signed, Issued{ManifestID: info.ManifestID, Report: rep, ManifestBytes: info.Bytes}, nil
}

func encode(img *image.NRGBA, format string, quality int) ([]byte, error) {
	var b bytes.Buffer
	var err error
	if format == "png" {
		err = (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&b, img)
	} else {
		err = jpeg.Encode(&b, img, &jpeg.Options{Quality: quality})
	}
	if err != nil {
		return nil, fmt.Errorf("credentials: encode %s: %w", format, err)
	}
	return b.Bytes(), nil
}

func failureCodes(rep provenance.Report) []string {
	var out []string
	for _, st := range rep.Status {
		if st.Failure {
			out = append(out, st.Code)
		}
	}
	return out
}

// Verify reads and validates the Content Credentials of a PNG or JPEG
// against the service's trust anchors. Malformed files give a report
// (state invalid or absent), not an error. When a file has no manifest but
// carries an XMP digital source type, the report's DigitalSourceType says
// so (unsigned, so AIGenerated stays false unless the manifest says it).
func (s *Service) Verify(ctx context.Context, file []byte) (provenance.Report, error) {
	return VerifyWith(ctx, file, s.anchors)
}

// VerifyWith is Verify with the given trust anchors and no Service.
func VerifyWith(ctx context.Context, file []byte, anchors *x509.CertPool) (provenance.Report, error) {
	if len(file) > MaxVerifyBytes {
		return provenance.Report{}, fmt.Errorf("%d bytes, limit %d: %w", len(file), MaxVerifyBytes, ErrTooLarge)
	}
	if err := ctx.Err(); err != nil {
		return provenance.Report{}, err
	}
	rep, err := c2pa.Verify(ctx, file, c2pa.VerifyOptions{Anchors: anchors, Now: time.Now()})
	if err != nil {
		return provenance.Report{}, fmt.Errorf("credentials: verify: %w", err)
	}
	if rep.State == provenance.StateAbsent && rep.DigitalSourceType == "" {
		if pkt, err := xmp.Extract(file); err == nil {
			if p, err := xmp.Parse(pkt); err == nil && p.DigitalSourceType != "" {
				rep.DigitalSourceType = p.DigitalSourceType
				if rep.Extra == nil {
					rep.Extra = map[string]string{}
				}
				rep.Extra["xmp_digital_source_type"] = p.DigitalSourceType
			}
		}
	}
	if rep.Assertions == nil {
		rep.Assertions = []string{}
	}
	if rep.Status == nil {
		rep.Status = []provenance.Status{}
	}
	return rep, nil
}
