package c2pa

import (
	"bytes"
	"context"
	"crypto/sha256"
	"slices"
	"testing"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/jumbf"
)

// signedManifest signs an asset and returns its manifest superbox, parsed
// from the output (so Raw holds the signed bytes).
func signedManifest(t *testing.T, pki testPKI) *jumbf.Box {
	t.Helper()
	out, _, err := Sign(context.Background(), encodePNG(t, 16, 16), SignOptions{Identity: pki.id, ClaimGenerator: "parent", Version: "1"})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := extractStore(FormatPNG, out)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ParseStore(raw)
	if err != nil {
		t.Fatal(err)
	}
	return s.Active().Box
}

func ingredientAssertion(t *testing.T, url string, hash []byte, withResults bool) *jumbf.Box {
	t.Helper()
	m := map[string]any{
		"dc:title":       "parent.png",
		"relationship":   "parentOf",
		"activeManifest": HashedURI{URL: url, Hash: hash},
	}
	if withResults {
		m["validationResults"] = map[string]any{"activeManifest": map[string]any{"success": []any{}, "failure": []any{}, "informational": []any{}}}
	}
	payload, err := encMode.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return assertionBox("c2pa.ingredient.v3", payload, make([]byte, 16))
}

func TestIngredientManifests(t *testing.T) {
	pki := newTestPKI(t, p256(t))
	parent := signedManifest(t, pki)
	label := parent.Label()
	url := "self#jumbf=/c2pa/" + label
	good := sha256.Sum256(parent.Content())

	// A parent whose claim was altered after signing (one byte of its title).
	tampered := bytes.Clone(parent.Raw)
	i := bytes.Index(tampered, []byte("xmp:iid:"))
	tampered[i+9] ^= 1
	badParent, err := jumbf.Parse(tampered)
	if err != nil {
		t.Fatal(err)
	}
	badHash := sha256.Sum256(badParent.Content())

	tests := []struct {
		name  string
		prior []*jumbf.Box
		ing   *jumbf.Box
		state string
		want  []string
	}{
		{"valid parent", []*jumbf.Box{parent}, ingredientAssertion(t, url, good[:], true), provenance.StateTrusted,
			[]string{StatusIngredientManifestValidated}},
		{"hash mismatch", []*jumbf.Box{parent}, ingredientAssertion(t, url, make([]byte, 32), true), provenance.StateInvalid,
			[]string{StatusIngredientManifestMismatch}},
		{"parent missing", nil, ingredientAssertion(t, url, good[:], true), provenance.StateInvalid,
			[]string{StatusIngredientManifestMissing}},
		{"parent signature broken", []*jumbf.Box{badParent}, ingredientAssertion(t, url, badHash[:], true), provenance.StateInvalid,
			[]string{StatusIngredientManifestValidated, StatusClaimSignatureMismatch}},
		{"v3 without validationResults", []*jumbf.Box{parent}, ingredientAssertion(t, url, good[:], false), provenance.StateInvalid,
			[]string{StatusAssertionIngredientMal}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := sign(context.Background(), encodePNG(t, 24, 24),
				SignOptions{Identity: pki.id, ClaimGenerator: "candor", Version: "1"}, tc.prior, []*jumbf.Box{tc.ing})
			if err != nil {
				t.Fatal(err)
			}
			rep := mustVerify(t, out, VerifyOptions{Anchors: pki.anchors})
			if rep.State != tc.state {
				t.Fatalf("state %s, want %s: %v", rep.State, tc.state, codes(rep))
			}
			for _, c := range tc.want {
				if !slices.Contains(codes(rep), c) {
					t.Fatalf("missing %s in %v", c, codes(rep))
				}
			}
			if rep.ClaimGenerator != "candor/1" || !slices.Contains(rep.Assertions, "c2pa.ingredient.v3") {
				t.Fatalf("report describes the wrong manifest: %+v", rep)
			}
		})
	}
}
