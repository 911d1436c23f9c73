package c2pa

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/candor-ai/candor/internal/c2paofficial"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/jumbf"
)

// detRand is a seeded byte stream for SignOptions.Rand, so that labels,
// salts and instance ids of generated files are the same on every run.
func detRand(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	s[0] = byte(seed)
	s[1] = byte(seed >> 8)
	return rand.NewChaCha8(s)
}

// hostileSpec describes a hostile but signed file: a PNG of side×side
// pixels whose manifest carries pad bytes of hash.data padding, extra
// assertion boxes, earlier manifests and extra hashed URIs in its claim.
type hostileSpec struct {
	side  int
	pad   int
	title string
	prior []*jumbf.Box
	extra []*jumbf.Box
	refs  []HashedURI
}

// build signs the spec with the private test CA's signer (the identity the
// fixtures use, which the official verifier accepts), deterministically.
func (s hostileSpec) build(t testing.TB, seed uint64) []byte {
	t.Helper()
	id, _ := fixtureIdentity(t)
	side := s.side
	if side == 0 {
		side = 16
	}
	out, _, err := signWithRefs(context.Background(), encodePNG(t, side, side),
		SignOptions{Identity: id, ClaimGenerator: "hostile", Version: "1", Title: s.title, ExtraPadding: s.pad, Rand: detRand(seed)},
		s.prior, s.extra, s.refs)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// labelFor is the manifest label build(t, seed) gives (the first UUID the
// signer draws from its Rand).
func labelFor(t testing.TB, seed uint64) string {
	t.Helper()
	id, err := newUUID(detRand(seed))
	if err != nil {
		t.Fatal(err)
	}
	return "urn:c2pa:" + id
}

// repeat is n copies of ref.
func repeat(ref HashedURI, n int) []HashedURI {
	out := make([]HashedURI, n)
	for i := range out {
		out[i] = ref
	}
	return out
}

// hashedRef is a hashed URI for box under url with its correct hash.
func hashedRef(url string, box *jumbf.Box) HashedURI {
	h := sha256.Sum256(box.Marshal()[8:])
	return HashedURI{URL: url, Hash: h[:]}
}

// blobAssertion is a CBOR assertion of about n bytes with a fixed salt.
func blobAssertion(t testing.TB, label string, n int) *jumbf.Box {
	t.Helper()
	payload, err := encMode.Marshal(map[string][]byte{"blob": bytes.Repeat([]byte{'b'}, n)})
	if err != nil {
		t.Fatal(err)
	}
	return assertionBox(label, payload, make([]byte, 16))
}

// priorManifest is a signed manifest (its superbox, as signed) with pad
// bytes of padding, to carry as an earlier manifest of another store.
func priorManifest(t testing.TB, pad int, seed uint64) *jumbf.Box {
	t.Helper()
	out := hostileSpec{pad: pad}.build(t, seed)
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

// wholeStoreFile is the file of issue 9 point 2: a ~750 KB PNG whose claim
// lists the hashed URI of the whole manifest store (self#jumbf=/c2pa) n
// times.
func wholeStoreFile(t testing.TB, n int) []byte {
	t.Helper()
	pad := 750_000 - n*40
	if pad < 0 {
		pad = 0
	}
	return hostileSpec{pad: pad, refs: repeat(HashedURI{URL: "self#jumbf=/c2pa", Hash: make([]byte, 32)}, n)}.build(t, 1)
}

func uniq(s []string) []string {
	var out []string
	for _, x := range s {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// dataHashAssertion is a well-formed c2pa.hash.data assertion under label
// whose hash matches nothing.
func dataHashAssertion(t testing.TB, label string) *jumbf.Box {
	t.Helper()
	payload, err := encMode.Marshal(DataHash{Alg: "sha256", Hash: make([]byte, 32), Pad: []byte{}})
	if err != nil {
		t.Fatal(err)
	}
	return assertionBox(label, payload, make([]byte, 16))
}

// ingredientBox is a c2pa.ingredient.v3 assertion under label whose active
// manifest is url with hash.
func ingredientBox(t testing.TB, label, url string, hash []byte) *jumbf.Box {
	t.Helper()
	payload, err := encMode.Marshal(map[string]any{
		"dc:title":          "parent.png",
		"relationship":      "componentOf",
		"activeManifest":    HashedURI{URL: url, Hash: hash},
		"validationResults": map[string]any{"activeManifest": map[string]any{"success": []any{}, "failure": []any{}, "informational": []any{}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return assertionBox(label, payload, make([]byte, 16))
}

// hostileCase is one crafted file, what candor must say of it, and what the
// official verifier says.
type hostileCase struct {
	name     string
	data     []byte
	want     []string // failure codes candor reports (beside signingCredential.untrusted)
	official string   // the official verifier's validation_state
}

// hostileCases are the files of issue 9 point 2: signed claims whose hashed
// URIs repeat, or point outside the manifest's assertion store, at large
// boxes, so that a naive verifier hashes the file many times over.
func hostileCases(t testing.TB) []hostileCase {
	t.Helper()
	zero := make([]byte, 32)
	blob := blobAssertion(t, "org.candor.test.blob", 600_000)
	blobRef := hashedRef("self#jumbf=c2pa.assertions/org.candor.test.blob", blob)
	small := blobAssertion(t, "org.candor.test.small", 100)
	smallRef := hashedRef("self#jumbf=c2pa.assertions/org.candor.test.small", small)
	prior := priorManifest(t, 1000, 7)
	otherRef := hashedRef("self#jumbf=/c2pa/"+prior.Label()+"/c2pa.assertions/c2pa.actions.v2", prior.Resolve("c2pa.assertions/c2pa.actions.v2"))
	var bindings []*jumbf.Box
	for i := range 2000 {
		bindings = append(bindings, dataHashAssertion(t, fmt.Sprintf("c2pa.hash.data__%d", i+2)))
	}
	bigPrior := priorManifest(t, 400_000, 12)
	bigHash := sha256.Sum256(bigPrior.Content())
	var fanout []*jumbf.Box
	for i := range 1000 {
		fanout = append(fanout, ingredientBox(t, fmt.Sprintf("c2pa.ingredient.v3__%d", i+1), "self#jumbf=/c2pa/"+bigPrior.Label(), bigHash[:]))
	}
	return []hostileCase{
		{"whole store 4000 times", wholeStoreFile(t, 4000), []string{StatusAssertionMissing}, "Invalid"},
		{"assertion store", hostileSpec{pad: 600_000, refs: repeat(HashedURI{URL: "self#jumbf=c2pa.assertions", Hash: zero}, 1000)}.build(t, 6),
			[]string{StatusAssertionMissing}, "Invalid"},
		{"own manifest", hostileSpec{pad: 600_000, refs: repeat(HashedURI{URL: "self#jumbf=/c2pa/" + labelFor(t, 14), Hash: zero}, 1000)}.build(t, 14),
			[]string{StatusAssertionMissing}, "Invalid"},
		{"claim", hostileSpec{refs: []HashedURI{{URL: "self#jumbf=c2pa.claim.v2", Hash: zero}}}.build(t, 8), []string{StatusAssertionMissing}, "Invalid"},
		{"signature", hostileSpec{refs: []HashedURI{{URL: "self#jumbf=c2pa.signature", Hash: zero}}}.build(t, 9), []string{StatusAssertionMissing}, "Invalid"},
		{"another manifest's assertion", hostileSpec{prior: []*jumbf.Box{prior}, refs: []HashedURI{otherRef}}.build(t, 10),
			[]string{StatusAssertionOutsideManifest, StatusAssertionHashedURIMis}, "Invalid"},
		{"second spelling (trailing slash)", hostileSpec{extra: []*jumbf.Box{blob}, refs: []HashedURI{hashedRef(blobRef.URL+"/", blob)}}.build(t, 5),
			[]string{StatusAssertionMissing}, "Invalid"},
		// The official verifier accepts a claim that names one assertion
		// twice (c2pa-rs matches references by label and hashes each box
		// once); candor rejects it: a claim vouches for each assertion once,
		// and the repeats are what make a naive verifier hash the file over.
		{"one assertion twice", hostileSpec{extra: []*jumbf.Box{small}, refs: []HashedURI{smallRef}}.build(t, 15),
			[]string{StatusClaimMalformed}, "Valid"},
		// Not given to the official verifier: c2pa-wasm 0.13.3 runs out of
		// memory on it (RuntimeError: unreachable after ~20 s), as it
		// copies the 600 KB assertion into its report 4000 times.
		{"one large assertion 4000 times", hostileSpec{extra: []*jumbf.Box{blob}, refs: repeat(blobRef, 3999)}.build(t, 4),
			[]string{StatusClaimMalformed}, ""},
		{"2000 more hard bindings", hostileSpec{side: 400, extra: bindings}.build(t, 11),
			[]string{StatusHardBindingsMultiple, StatusAssertionDataHashMis}, "Invalid"},
	}
}

// TestHostileHashedURIs: candor says Invalid, with the codes the official
// verifier gives, and hashes less than twice the file (no budget needed);
// the official verifier agrees where it is installed.
func TestHostileHashedURIs(t *testing.T) {
	cases := hostileCases(t)
	files := map[string][]byte{}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, hashed, err := verify(context.Background(), tc.data, VerifyOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := uniq(failures(rep))
			want := append([]string{StatusSigningCredentialUntrust}, tc.want...)
			slices.Sort(got)
			slices.Sort(want)
			if rep.State != provenance.StateInvalid || !slices.Equal(got, want) {
				t.Errorf("%s %v, want invalid %v", rep.State, got, want)
			}
			if limit := 2 * int64(len(tc.data)); hashed > limit {
				t.Errorf("hashed %d bytes of a %d-byte file, more than %d", hashed, len(tc.data), limit)
			}
		})
		if tc.official != "" {
			files[fmt.Sprintf("hostile%d.png", i)] = tc.data
		}
	}
	t.Run("official verifier", func(t *testing.T) {
		res := c2paofficial.Locate(t).VerifyBytes(t, c2paofficial.Options{}, files)
		for i, tc := range cases {
			if tc.official == "" {
				continue
			}
			r := res[fmt.Sprintf("hostile%d.png", i)]
			if r.ValidationState != tc.official {
				t.Errorf("%s: official %s %v %s, want %s", tc.name, r.ValidationState, uniq(r.Failure), r.Error, tc.official)
				continue
			}
			if tc.official != "Invalid" {
				continue
			}
			got := uniq(r.Failure)
			want := append([]string{StatusSigningCredentialUntrust}, tc.want...)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s: official failures %v, candor's %v", tc.name, got, want)
			}
		}
	})
}

// chainFile is a file whose active manifest has an ingredient whose
// manifest has one, and so on, depth manifests in all, each padded by pad.
func chainFile(t testing.TB, depth, pad int) []byte {
	t.Helper()
	var manifests []*jumbf.Box
	var out []byte
	for i := range depth {
		spec := hostileSpec{pad: pad, prior: manifests}
		if i > 0 {
			parent := manifests[len(manifests)-1]
			h := sha256.Sum256(parent.Content())
			spec.extra = []*jumbf.Box{ingredientBox(t, "c2pa.ingredient.v3", "self#jumbf=/c2pa/"+parent.Label(), h[:])}
		}
		out = spec.build(t, uint64(100+i))
		raw, err := extractStore(FormatPNG, out)
		if err != nil {
			t.Fatal(err)
		}
		s, err := ParseStore(raw)
		if err != nil {
			t.Fatal(err)
		}
		manifests = manifests[:0]
		for _, m := range s.Manifests {
			manifests = append(manifests, m.Box)
		}
	}
	return out
}

// TestVerifyWorkLinear is the property of issue 9 point 2: for families of
// hostile files of growing size (repeat counts, hard bindings, ingredient
// fan-out and chains), the bytes Verify hashes stay under 2x the file plus
// a constant, without the budget having to stop it (no general.error).
func TestVerifyWorkLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("builds files of several MB")
	}
	families := []struct {
		name string
		file func(n int) []byte
	}{
		{"whole store named n times", func(n int) []byte {
			return hostileSpec{pad: 200 * n, refs: repeat(HashedURI{URL: "self#jumbf=/c2pa", Hash: make([]byte, 32)}, n)}.build(t, 20)
		}},
		{"one assertion of 200n bytes named n times", func(n int) []byte {
			blob := blobAssertion(t, "org.candor.test.blob", 200*n)
			return hostileSpec{extra: []*jumbf.Box{blob}, refs: repeat(hashedRef("self#jumbf=c2pa.assertions/org.candor.test.blob", blob), n)}.build(t, 21)
		}},
		{"n hard bindings", func(n int) []byte {
			var extra []*jumbf.Box
			for i := range n {
				extra = append(extra, dataHashAssertion(t, fmt.Sprintf("c2pa.hash.data__%d", i+2)))
			}
			return hostileSpec{side: 200, extra: extra}.build(t, 22)
		}},
		{"n ingredients naming one manifest of 200n bytes", func(n int) []byte {
			prior := priorManifest(t, 200*n, 23)
			h := sha256.Sum256(prior.Content())
			var extra []*jumbf.Box
			for i := range n {
				extra = append(extra, ingredientBox(t, fmt.Sprintf("c2pa.ingredient.v3__%d", i+1), "self#jumbf=/c2pa/"+prior.Label(), h[:]))
			}
			return hostileSpec{prior: []*jumbf.Box{prior}, extra: extra}.build(t, 24)
		}},
		{"ingredient chain, depth n/100+1", func(n int) []byte { return chainFile(t, min(n/100+1, maxIngredientDepth+2), 200*n) }},
	}
	for _, fam := range families {
		t.Run(fam.name, func(t *testing.T) {
			for _, n := range []int{1, 10, 100, 1000, 4000} {
				data := fam.file(n)
				rep, hashed, err := verify(context.Background(), data, VerifyOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if limit := 2*int64(len(data)) + 64<<10; hashed > limit {
					t.Errorf("n=%d: hashed %d bytes of a %d-byte file, more than %d", n, hashed, len(data), limit)
				}
				if slices.Contains(codes(rep), StatusGeneralError) {
					t.Errorf("n=%d: the budget stopped it: %v", n, uniq(failures(rep)))
				}
				t.Logf("n=%4d: %8d bytes, hashed %8d (%.2fx), %s", n, len(data), hashed, float64(hashed)/float64(len(data)), rep.State)
			}
		})
	}
}

// TestVerifyHashBudget: ingredients that name one manifest, whose claim
// holds a 1 MB title, under three hash algorithms, each with a wrong hash,
// would hash it six times (whole, then claim only, per algorithm): the
// budget stops verification with general.error, an invalid report, and no
// more than the budget hashed.
func TestVerifyHashBudget(t *testing.T) {
	big := hostileSpec{title: strings.Repeat("t", 1_000_000)}.build(t, 30)
	raw, err := extractStore(FormatPNG, big)
	if err != nil {
		t.Fatal(err)
	}
	store, err := ParseStore(raw)
	if err != nil {
		t.Fatal(err)
	}
	prior := store.Active().Box
	var extra []*jumbf.Box
	for i, alg := range []string{"sha256", "sha384", "sha512"} {
		payload, err := encMode.Marshal(map[string]any{
			"dc:title": "parent.png", "relationship": "componentOf",
			"activeManifest":    HashedURI{URL: "self#jumbf=/c2pa/" + prior.Label(), Alg: alg, Hash: make([]byte, 32)},
			"validationResults": map[string]any{},
		})
		if err != nil {
			t.Fatal(err)
		}
		extra = append(extra, assertionBox(fmt.Sprintf("c2pa.ingredient.v3__%d", i+1), payload, make([]byte, 16)))
	}
	data := hostileSpec{prior: []*jumbf.Box{prior}, extra: extra}.build(t, 31)
	rep, hashed, err := verify(context.Background(), data, VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.State != provenance.StateInvalid || !slices.Contains(codes(rep), StatusGeneralError) {
		t.Fatalf("%s %v, want invalid with %s", rep.State, uniq(failures(rep)), StatusGeneralError)
	}
	if budget := hashBudget(len(data)); hashed > budget || hashed < budget/2 {
		t.Fatalf("hashed %d bytes, budget %d", hashed, budget)
	}
}

// countdownCtx is a context whose Err turns to Canceled after n calls.
type countdownCtx struct {
	context.Context
	n int
}

func (c *countdownCtx) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// TestVerifyStopsWhenCancelled: ctx is checked between assertions and
// between chunks of a large hash, so a verification cancelled part way
// returns ctx's error having hashed little of what it would have.
func TestVerifyStopsWhenCancelled(t *testing.T) {
	files := map[string][]byte{
		"8 MB hash.data":         hostileSpec{pad: 8 << 20}.build(t, 40),
		"whole store 4000 times": wholeStoreFile(t, 4000),
		"2000 more hard bindings": hostileSpec{side: 400, extra: func() (b []*jumbf.Box) {
			for i := range 2000 {
				b = append(b, dataHashAssertion(t, fmt.Sprintf("c2pa.hash.data__%d", i+2)))
			}
			return b
		}()}.build(t, 41),
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			_, full, err := verify(context.Background(), data, VerifyOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range []int{0, 1, 3, 10} {
				_, hashed, err := verify(&countdownCtx{Context: context.Background(), n: n}, data, VerifyOptions{})
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("n=%d: err %v", n, err)
				}
				if limit := int64(n+1) * hashChunk; hashed > limit || (n < 3 && hashed >= full) {
					t.Fatalf("n=%d: hashed %d after cancelling (full run %d, limit %d)", n, hashed, full, limit)
				}
			}
		})
	}
}

// BenchmarkVerifyHostileWholeStore verifies the ~750 KB PNG whose claim
// names the whole manifest store 4000 times (issue 9 point 2).
func BenchmarkVerifyHostileWholeStore(b *testing.B) {
	data := wholeStoreFile(b, 4000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		rep, err := Verify(context.Background(), data, VerifyOptions{})
		if err != nil || rep.State != provenance.StateInvalid {
			b.Fatal(err, rep.State)
		}
	}
}
