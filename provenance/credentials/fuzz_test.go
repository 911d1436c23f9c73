package credentials

import (
	"context"
	"testing"

	"github.com/candor-ai/candor/provenance"
)

// FuzzVerify feeds hostile files to the verifier behind candor verify and
// POST /v1/verify: it must answer with a report, never panic or hang.
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
	})
}
