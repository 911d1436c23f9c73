package credentials

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/candor-ai/candor/provenance"
)

// FuzzVerify feeds hostile files to the verifier behind candor verify and
// POST /v1/verify: it must answer with a report, never panic or hang, and
// the report must have a JSON form (what POST /v1/verify sends), whatever
// numbers a forged ai.candor.generation holds.
func FuzzVerify(f *testing.F) {
	fx := newFixture(f)
	s := newService(f, fx, fx.anchors)
	for _, format := range []string{"png", "jpeg"} {
		b, _, err := s.Issue(context.Background(), testImage(16, 16), IssueOptions{Format: format})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	img := testImage(16, 16)
	blurred, _, err := s.Issue(context.Background(), img, IssueOptions{
		Generation:    safetyGeneration(img.Pix, provenance.SafetyBlurred),
		SafetyAltered: &Alteration{Action: AlterationBlurred, Reason: blurReason},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blurred)
	f.Add([]byte{0xff, 0xd8, 0xff, 0xeb, 0x00, 0x02})
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x00caBX"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rep, err := s.Verify(context.Background(), b)
		if err != nil {
			t.Fatalf("Verify error on hostile input: %v", err)
		}
		switch rep.State {
		case provenance.StateTrusted, provenance.StateValid, provenance.StateInvalid, provenance.StateAbsent:
		default:
			t.Fatalf("state %q", rep.State)
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatalf("report has no JSON form: %v", err)
		}
		if rep.State == provenance.StateAbsent && (len(rep.Actions) > 0 || rep.Generation != nil) {
			t.Fatalf("absent, yet actions %v generation %v", rep.Actions, rep.Generation)
		}
	})
}
