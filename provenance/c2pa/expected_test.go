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

// fixtures is a copy of ../shared/fixtures/c2pa (files signed by c2pa-rs,
// tampered copies) plus crafted/, files made by TestGenerateCrafted, and
// EXPECTED.tsv, the official verifier's verdicts on them (c2pa-wasm 0.13.3).
//
// EXPECTED.tsv has a header line, then one row per verification with four
// tab-separated columns: file (relative to fixtures), verifier_args ("" or
// "--anchors PEM", PEM relative to fixtures: the trust anchors given to the
// official verifier as user_anchors; c2pa-rs trusts time-stamp authorities
// from the same list), validation_state (Trusted, Valid, Invalid or
// NoManifest) and status_codes (the failure codes, comma-separated).
const fixtures = "testdata/fixtures"

// expectedRows is the number of rows in EXPECTED.tsv.
const expectedRows = 32

var officialState = map[string]string{
	"Trusted":    provenance.StateTrusted,
	"Valid":      provenance.StateValid,
	"Invalid":    provenance.StateInvalid,
	"NoManifest": provenance.StateAbsent,
}

// expectedRow is one line of EXPECTED.tsv.
type expectedRow struct {
	file, args, state string
	codes             []string
}

func readExpected(t *testing.T) []expectedRow {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtures, "EXPECTED.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header: file, verifier_args, validation_state, status_codes
	var rows []expectedRow
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			continue
		}
		for len(cols) < 4 {
			cols = append(cols, "")
		}
		r := expectedRow{file: cols[0], args: cols[1], state: cols[2]}
		if cols[3] != "" {
			r.codes = strings.Split(cols[3], ",")
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// checkRow verifies data with the row's trust anchors and compares the
// state and the set of failure codes with the official verdict.
func checkRow(t *testing.T, data []byte, row expectedRow) {
	t.Helper()
	var opts VerifyOptions
	if a, ok := strings.CutPrefix(row.args, "--anchors "); ok {
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
	want := officialState[row.state]
	wantCodes := slices.Clone(row.codes)
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
}

// TestOfficialVerdicts checks that Verify agrees with the official C2PA
// verifier on every row of EXPECTED.tsv: the same state and the same
// failure codes.
func TestOfficialVerdicts(t *testing.T) {
	rows := readExpected(t)
	for _, row := range rows {
		t.Run(row.file+" "+row.args, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(fixtures, row.file))
			if err != nil {
				t.Fatal(err)
			}
			checkRow(t, data, row)
		})
	}
	if len(rows) != expectedRows {
		t.Fatalf("%d rows in EXPECTED.tsv, want %d", len(rows), expectedRows)
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
