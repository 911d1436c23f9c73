package credentials

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/candor-ai/candor/internal/c2paofficial"
)

// craftedFixtures holds the c2pa package's reference files: crafted/ is made
// by its TestGenerateCrafted, EXPECTED.tsv records the official verdicts.
const craftedFixtures = "../c2pa/testdata/fixtures"

// TestCraftedRowsAreOfficial runs the official verifier over every crafted/
// row of EXPECTED.tsv (which provenance/c2pa's TestOfficialVerdicts holds
// candor to) and checks that the row is what the official verifier says:
// the same state and failure codes with the same trust anchors.
func TestCraftedRowsAreOfficial(t *testing.T) {
	t.Parallel() // mostly waiting for Node
	v := c2paofficial.Locate(t)
	f, err := os.Open(filepath.Join(craftedFixtures, "EXPECTED.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type row struct{ file, state, codes string }
	byAnchors := map[string][]row{}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		cols := append(strings.Split(sc.Text(), "\t"), "", "", "")
		if !strings.HasPrefix(cols[0], "crafted/") {
			continue
		}
		anchors := ""
		if a, ok := strings.CutPrefix(cols[1], "--anchors "); ok {
			anchors = filepath.Join(craftedFixtures, a)
		}
		byAnchors[anchors] = append(byAnchors[anchors], row{cols[0], cols[2], cols[3]})
	}
	if len(byAnchors) == 0 {
		t.Fatal("no crafted rows in EXPECTED.tsv")
	}
	for anchors, rows := range byAnchors {
		var files []string
		for _, r := range rows {
			files = append(files, filepath.Join(craftedFixtures, r.file))
		}
		got := v.Verify(t, c2paofficial.Options{Anchors: anchors}, files...)
		for _, r := range rows {
			o := got[filepath.Base(r.file)]
			want := []string{}
			if r.codes != "" {
				want = strings.Split(r.codes, ",")
			}
			have := slices.Clone(o.Failure)
			slices.Sort(want)
			slices.Sort(have)
			if o.ValidationState != r.state || !slices.Equal(have, want) {
				t.Errorf("%s (anchors %q): official %s %v, EXPECTED.tsv says %s %v %s", r.file, anchors, o.ValidationState, have, r.state, want, o.Error)
			}
		}
	}
}
