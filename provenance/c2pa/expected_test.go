package c2pa

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
)

// fixtures is a copy of ../shared/fixtures/c2pa: files signed by c2pa-rs,
// tampered copies, and EXPECTED.tsv, the official verifier's verdicts
// (c2pa-wasm 0.13.3; verifier_args names the trust anchors it was given).
const fixtures = "testdata/fixtures"

var officialState = map[string]string{
	"Trusted":    provenance.StateTrusted,
	"Valid":      provenance.StateValid,
	"Invalid":    provenance.StateInvalid,
	"NoManifest": provenance.StateAbsent,
}

// TestOfficialVerdicts checks that Verify agrees with the official C2PA
// verifier on every row of EXPECTED.tsv: the same state and the same
// failure codes.
func TestOfficialVerdicts(t *testing.T) {
	f, err := os.Open(filepath.Join(fixtures, "EXPECTED.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header: file, verifier_args, validation_state, status_codes
	rows := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			continue
		}
		for len(cols) < 4 {
			cols = append(cols, "")
		}
		rows++
		file, args, state, codes := cols[0], cols[1], cols[2], cols[3]
		t.Run(file+" "+args, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(fixtures, file))
			if err != nil {
				t.Fatal(err)
			}
			var opts VerifyOptions
			if a, ok := strings.CutPrefix(args, "--anchors "); ok {
				pool, err := certs.LoadAnchors(filepath.Join(fixtures, a))
				if err != nil {
					t.Fatal(err)
				}
				opts.Anchors = pool
			}
			rep, err := Verify(context.Background(), data, opts)
			if err != nil {
				t.Fatal(err)
			}
			want := officialState[state]
			var wantCodes []string
			if codes != "" {
				wantCodes = strings.Split(codes, ",")
			}
			var gotCodes []string
			for _, s := range rep.Status {
				if s.Failure && !slices.Contains(gotCodes, s.Code) {
					gotCodes = append(gotCodes, s.Code)
				}
			}
			slices.Sort(wantCodes)
			slices.Sort(gotCodes)
			if rep.State != want || !slices.Equal(gotCodes, wantCodes) {
				t.Errorf("state %s codes %v; official: %s %v\n%+v", rep.State, gotCodes, want, wantCodes, rep.Status)
			}
		})
	}
	if rows != 20 {
		t.Fatalf("%d rows in EXPECTED.tsv, want 20", rows)
	}
}

func TestReportContents(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "generated/ai_testca.png"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(context.Background(), data, VerifyOptions{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.AIGenerated || rep.DigitalSourceType != SourceTrainedAlgorithmicMedia ||
		rep.ClaimGenerator != "example-ai-generator/0.1.0" || rep.ManifestID != "urn:c2pa:fe506eab-2f85-48ed-91b6-a720a02c8277" ||
		rep.Title != "ai_testca.png" || !strings.Contains(rep.Signer, "C2PA Signer") ||
		!slices.Equal(rep.Assertions, []string{"c2pa.hash.data", "c2pa.actions.v2"}) {
		t.Fatalf("%+v", rep)
	}
}
