package credentials

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/c2pa"
	"github.com/candor-ai/candor/provenance/xmp"
)

const blurReason = "nsfw.sexy 0.71 >= 0.50"

// safetyGeneration is a generation record of img with a full safety record
// of the given verdict.
func safetyGeneration(img []byte, verdict string) *provenance.Generation {
	idx, slot := uint64(1001), 2
	sum := sha256.Sum256(img)
	rec := &provenance.SafetyRecord{
		Verdict: verdict,
		Classifiers: []provenance.SafetyClassifier{
			{Name: "nsfw", ModelSHA256: "9f2b8c6f0c1d4e5a9f2b8c6f0c1d4e5a9f2b8c6f0c1d4e5a9f2b8c6f0c1d4e5a", Labels: []string{"drawing", "hentai", "neutral", "porn", "sexy"}},
			{Name: "custom", ModelSHA256: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Labels: []string{"other", "unsafe"}},
		},
		Scores: map[string]float64{
			"nsfw.drawing": 0.012, "nsfw.hentai": 0.0031, "nsfw.neutral": 0.2519, "nsfw.porn": 0.023, "nsfw.sexy": 0.71,
			"custom.other": 0.875, "custom.unsafe": 0.125,
		},
		Thresholds: map[string]map[string]float64{
			"nsfw.sexy":     {"blur": 0.5},
			"nsfw.porn":     {"block": 0.6, "hold": 0.4},
			"custom.unsafe": {"block": 0.5},
		},
		PolicyRevision: "output-7c1e",
		Attempt:        1,
	}
	switch verdict {
	case provenance.SafetyBlurred:
		rec.Reasons = []provenance.SafetyReason{{Rule: "blur", Label: "nsfw.sexy", Score: 0.71, Threshold: 0.5, Message: blurReason}}
		rec.OriginalPixelsSHA256 = "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592"
	case provenance.SafetyReleased:
		rec.Reasons = []provenance.SafetyReason{{Rule: "hold", Label: "nsfw.porn", Score: 0.45, Threshold: 0.4, Message: "nsfw.porn 0.45 >= 0.40"}}
		rec.Scores["nsfw.porn"] = 0.45
		rec.Reviewer = "key-reviewer-1"
		rec.ReviewID = "rev-42"
		rec.ReviewedAt = "2026-12-01T20:30:00Z"
	}
	return &provenance.Generation{
		Model: "candor-tiny", ModelFiles: map[string]string{"unet/model.onnx": "ab12"}, Scheduler: "ddim",
		Steps: 20, Guidance: 7.5, Seed: 42, Width: 64, Height: 64, PromptCommitment: "sha256:00",
		PolicyRevision: "r1", PolicyDecision: "allow", Safety: verdict, SafetyRecord: rec,
		AuditIndex: &idx, AuditOrigin: "candor.test/audit", RequestID: "req-abc", ImageIndex: &slot,
		AuditLeafHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		PixelsSHA256:  hex.EncodeToString(sum[:]),
	}
}

func TestIssueDeclaresBlur(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f, f.anchors)
	img := testImage(64, 64)
	for _, format := range []string{"png", "jpeg"} {
		t.Run(format, func(t *testing.T) {
			gen := safetyGeneration(img.Pix, provenance.SafetyBlurred)
			b, issued, err := s.Issue(context.Background(), img, IssueOptions{
				Format: format, VisibleMark: true, Generation: gen,
				SafetyAltered: &Alteration{Action: AlterationBlurred, Reason: blurReason},
			})
			if err != nil {
				t.Fatal(err)
			}
			rep, err := s.Verify(context.Background(), b)
			if err != nil {
				t.Fatal(err)
			}
			if rep.State != provenance.StateTrusted || issued.Report.State != provenance.StateTrusted {
				t.Fatalf("%s %v", rep.State, statusCodes(rep, true))
			}
			want := []provenance.Action{
				{Action: "c2pa.created", DigitalSourceType: iptcAI, SoftwareAgent: "candor/0.1.0-test"},
				{Action: c2pa.ActionFiltered, SoftwareAgent: "candor/0.1.0-test", Description: BlurDescriptionPrefix + blurReason},
			}
			if !slices.Equal(rep.Actions, want) {
				t.Fatalf("actions\n got %+v\nwant %+v", rep.Actions, want)
			}
			if !reflect.DeepEqual(rep.Generation, gen) {
				t.Fatalf("generation\n got %+v\nwant %+v", rep.Generation, gen)
			}
			pkt, err := xmp.Extract(b)
			if err != nil {
				t.Fatal(err)
			}
			p, err := xmp.Parse(pkt)
			if err != nil {
				t.Fatal(err)
			}
			if p.SafetyAlteration != AlterationBlurred || p.Description != BlurredXMPDescription || p.DigitalSourceType != iptcAI {
				t.Fatalf("XMP %+v", p)
			}
		})
	}
	// A passed image: one action, the plain XMP description.
	b, _, err := s.Issue(context.Background(), img, IssueOptions{Generation: safetyGeneration(img.Pix, provenance.SafetyPass)})
	if err != nil {
		t.Fatal(err)
	}
	rep, _ := s.Verify(context.Background(), b)
	if len(rep.Actions) != 1 || rep.Actions[0].Action != "c2pa.created" || rep.Generation.SafetyRecord.Verdict != provenance.SafetyPass {
		t.Fatalf("pass: %+v %+v", rep.Actions, rep.Generation)
	}
	pkt, _ := xmp.Extract(b)
	if p, _ := xmp.Parse(pkt); p.SafetyAlteration != "" || p.Description != "AI-generated image" {
		t.Fatalf("pass XMP %+v", p)
	}
}

func TestIssueRefusesInconsistentSafety(t *testing.T) {
	f := newFixture(t)
	s := newService(t, f, nil)
	img := testImage(16, 16)
	blur := &Alteration{Action: AlterationBlurred, Reason: blurReason}
	gen := func(verdict string, edit func(*provenance.Generation)) *provenance.Generation {
		g := safetyGeneration(img.Pix, verdict)
		if edit != nil {
			edit(g)
		}
		return g
	}
	tests := []struct {
		name string
		opts IssueOptions
	}{
		{"blurred without the alteration", IssueOptions{Generation: gen(provenance.SafetyBlurred, nil)}},
		{"blurred word without a record", IssueOptions{Generation: gen(provenance.SafetyBlurred, func(g *provenance.Generation) { g.SafetyRecord = nil })}},
		{"alteration on a passed image", IssueOptions{Generation: gen(provenance.SafetyPass, nil), SafetyAltered: blur}},
		{"alteration on a released image", IssueOptions{Generation: gen(provenance.SafetyReleased, nil), SafetyAltered: blur}},
		{"unknown alteration", IssueOptions{Generation: gen(provenance.SafetyBlurred, nil), SafetyAltered: &Alteration{Action: "pixelated", Reason: "x"}}},
		{"alteration without a reason", IssueOptions{Generation: gen(provenance.SafetyBlurred, nil), SafetyAltered: &Alteration{Action: AlterationBlurred}}},
		{"alteration without a reason, no generation", IssueOptions{SafetyAltered: &Alteration{Action: AlterationBlurred, Reason: " "}}},
		{"unknown verdict", IssueOptions{Generation: gen("unchecked", func(g *provenance.Generation) { g.Safety = "" })}},
		{"word and record disagree", IssueOptions{Generation: gen(provenance.SafetyPass, func(g *provenance.Generation) { g.Safety = provenance.SafetyBlurred })}},
		{"released without a reviewer", IssueOptions{Generation: gen(provenance.SafetyReleased, func(g *provenance.Generation) { g.SafetyRecord.Reviewer = "" })}},
		{"pixel hash of another image", IssueOptions{Generation: gen(provenance.SafetyPass, func(g *provenance.Generation) { g.PixelsSHA256 = "00" + g.PixelsSHA256[2:] })}},
		{"NaN score", IssueOptions{Generation: gen(provenance.SafetyPass, func(g *provenance.Generation) { g.SafetyRecord.Scores["nsfw.sexy"] = math.NaN() })}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := s.Issue(context.Background(), img, tc.opts); !errors.Is(err, ErrOptions) {
				t.Fatalf("err %v, want ErrOptions", err)
			}
		})
	}
	// The lead's current call (a verdict word, no record) still works, and
	// an alteration with no generation record at all is accepted.
	for _, opts := range []IssueOptions{
		{Generation: &provenance.Generation{Model: "m", Safety: "unchecked"}},
		{SafetyAltered: blur},
	} {
		if _, _, err := s.Issue(context.Background(), img, opts); err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
	}
}
