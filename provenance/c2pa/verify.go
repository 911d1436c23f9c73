package c2pa

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"errors"
	"fmt"
	"hash"
	"slices"
	"strings"
	"time"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/cose"
	"github.com/candor-ai/candor/provenance/jumbf"
	"github.com/fxamacker/cbor/v2"
)

// VerifyOptions configures Verify.
type VerifyOptions struct {
	// Anchors are the trust anchors; nil trusts no one (a correct manifest
	// is then "valid", not "trusted").
	Anchors *x509.CertPool
	// Now is the validation time when the signature carries no trusted
	// time-stamp; zero means time.Now().
	Now time.Time
}

// Verify reads the C2PA manifest store of a PNG or JPEG and validates its
// active manifest as C2PA 2.2 section 15 describes: the claim signature
// (COSE_Sign1, 14), the signer certificate profile and chain, every hashed
// URI (8.4.2) and the hard binding (c2pa.hash.data, 18.5). Malformed input
// is reported in the Report (state invalid, or absent when there is no
// store); the error is only for internal failures such as a cancelled ctx.
//
// The work is linear in the file's length: each assertion box is hashed at
// most once, and the bytes hashed in all (assertions, ingredient manifests,
// the asset) never pass hashBudget(len(file)); a file that would need more
// is invalid with general.error. ctx is checked between assertions and
// between chunks of large hashes, so a cancelled Verify returns promptly.
func Verify(ctx context.Context, file []byte, opts VerifyOptions) (provenance.Report, error) {
	rep, _, err := verify(ctx, file, opts)
	return rep, err
}

// verify is Verify that also returns how many bytes it hashed.
func verify(ctx context.Context, file []byte, opts VerifyOptions) (provenance.Report, int64, error) {
	rep := provenance.Report{State: provenance.StateAbsent, Assertions: []string{}, Status: []provenance.Status{}}
	if err := ctx.Err(); err != nil {
		return rep, 0, err
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	format, err := DetectFormat(file)
	if err != nil {
		return rep, 0, nil // not an image we read: no Content Credentials
	}
	raw, err := extractStore(format, file)
	switch {
	case errors.Is(err, ErrNoManifest):
		return rep, 0, nil
	case err != nil:
		rep.State = provenance.StateInvalid
		add(&rep, StatusManifestInaccessible, err.Error(), "")
		return rep, 0, nil
	}
	v := &verifier{rep: &rep, file: file, anchors: opts.Anchors, now: now, budget: hashBudget(len(file))}
	v.run(ctx, raw)
	if err := ctx.Err(); err != nil {
		return rep, v.hashed, err
	}
	rep.State = stateOf(rep.Status)
	return rep, v.hashed, nil
}

// hashBudget is how many bytes one Verify of a file of n bytes may hash:
// 4n + 1 MiB. A well-formed file hashes each assertion once, the asset
// once, and each ingredient manifest once or twice (whole, then claim only,
// as before C2PA 1.3), all of them parts of the file: under 4n.
func hashBudget(n int) int64 { return 4*int64(n) + 1<<20 }

// hashChunk is how many bytes are hashed between two checks of ctx.
const hashChunk = 256 << 10

// stateOf derives the state as c2pa-rs does (validation_results.rs): valid
// needs claimSignature.validated and claimSignature.insideValidity and no
// failure but signingCredential.untrusted; trusted also needs
// signingCredential.trusted and no failure at all.
func stateOf(status []provenance.Status) string {
	validated, inside, trusted, tolerated, failed := false, false, false, false, false
	for _, s := range status {
		switch {
		case s.Code == StatusClaimSignatureValidated:
			validated = true
		case s.Code == StatusClaimSignatureInside:
			inside = true
		case s.Code == StatusSigningCredentialTrusted:
			trusted = true
		case s.Code == StatusSigningCredentialUntrust:
			tolerated = true
		case s.Failure:
			failed = true
		}
	}
	switch {
	case !validated || !inside || failed:
		return provenance.StateInvalid
	case trusted && !tolerated:
		return provenance.StateTrusted
	}
	return provenance.StateValid
}

func add(rep *provenance.Report, code, explanation, url string) {
	rep.Status = append(rep.Status, provenance.Status{Code: code, Explanation: explanation, URL: url, Failure: IsFailure(code)})
}

type verifier struct {
	rep     *provenance.Report
	file    []byte
	anchors *x509.CertPool
	now     time.Time

	manifests map[string]*Manifest // by label, the last of each
	budget    int64                // bytes that may be hashed (hashBudget)
	hashed    int64                // bytes hashed so far
	spent     bool                 // the budget stopped a hash (reported once)
	digests   map[digestKey][]byte // hashes of boxes, each computed once
	algs      map[*Manifest]string // claim alg of ingredient manifests, each decoded once
}

// digestKey names one hash of a box's content (or, claimOnly, of the claim
// CBOR of the manifest box).
type digestKey struct {
	box       *jumbf.Box
	alg       string
	claimOnly bool
}

// hash writes data into h as part of the verification's hashing budget, in
// chunks with a check of ctx between them. It hashes nothing and reports
// general.error when data would take the total past the budget; from then
// on it hashes nothing. It returns false when it stopped (budget or ctx).
func (v *verifier) hash(ctx context.Context, h hash.Hash, data []byte) bool {
	if v.spent {
		return false
	}
	if int64(len(data)) > v.budget-v.hashed {
		v.spent = true
		v.add(StatusGeneralError, fmt.Sprintf("verification stopped: hashing %d more bytes would pass the budget of %d bytes (4x the file + 1 MiB) after %d",
			len(data), v.budget, v.hashed), "")
		return false
	}
	for len(data) > 0 {
		if ctx.Err() != nil {
			return false
		}
		n := min(len(data), hashChunk)
		h.Write(data[:n])
		v.hashed += int64(n)
		data = data[n:]
	}
	return true
}

// stopped reports whether verification should stop: ctx is done or the
// hashing budget is spent.
func (v *verifier) stopped(ctx context.Context) bool { return v.spent || ctx.Err() != nil }

// digest is the alg hash of data, the content of key.box (or its claim),
// computed once per verification. ok is false for an unknown algorithm; the
// digest is nil when hashing stopped.
func (v *verifier) digest(ctx context.Context, key digestKey, data []byte) (digest []byte, ok bool) {
	if d, seen := v.digests[key]; seen {
		return d, true
	}
	h, ok := newHash(key.alg)
	if !ok {
		return nil, false
	}
	if !v.hash(ctx, h, data) {
		return nil, true
	}
	if v.digests == nil {
		v.digests = map[digestKey][]byte{}
	}
	d := h.Sum(nil)
	v.digests[key] = d
	return d, true
}

func (v *verifier) add(code, explanation, url string) { add(v.rep, code, explanation, url) }

func (v *verifier) extra(key, value string) {
	if v.rep.Extra == nil {
		v.rep.Extra = map[string]string{}
	}
	v.rep.Extra[key] = value
}

// maxReportedActions bounds Report.Actions (an actions assertion may hold
// up to the decoder's 4096 array elements).
const maxReportedActions = 64

func (v *verifier) run(ctx context.Context, raw []byte) {
	store, err := ParseStore(raw)
	if err != nil {
		v.add(StatusClaimMalformed, err.Error(), "")
		return
	}
	m := store.Active()
	if m == nil {
		v.add(StatusClaimMissing, "the manifest store holds no manifest", "")
		return
	}
	v.manifests = make(map[string]*Manifest, len(store.Manifests))
	for _, cand := range store.Manifests {
		v.manifests[cand.Label] = cand
	}
	v.rep.ManifestID = m.Label
	v.manifest(ctx, store, m, true, 0, map[string]bool{m.Label: true})
}

// maxIngredientDepth bounds how deep ingredient manifests are followed.
const maxIngredientDepth = 8

// manifest validates one manifest: the active one (which also fills the
// report and checks the hard binding against the file) or an ingredient's.
func (v *verifier) manifest(ctx context.Context, store *Store, m *Manifest, active bool, depth int, visited map[string]bool) {
	claimURL := "self#jumbf=/c2pa/" + m.Label
	if m.ClaimBox == nil || m.ClaimBytes == nil {
		v.add(StatusClaimMissing, "manifest "+m.Label+" has no claim", claimURL)
		return
	}
	claimURL += "/" + m.ClaimBox.Label()
	claim, err := DecodeClaim(m.ClaimBytes)
	if err != nil {
		v.add(StatusClaimCBORInvalid, err.Error(), claimURL)
		return
	}
	if claim.Signature == "" || (m.ClaimBox.Label() == LabelClaimV2 && len(claim.CreatedAssertions) == 0) {
		v.add(StatusClaimRequiredMissing, "the claim lacks its signature reference or created assertions", claimURL)
		return
	}
	if active {
		v.rep.ClaimGenerator = claim.Generator()
		v.rep.Title = claim.Title
	}
	v.signature(store, m, claim, active)
	if ctx.Err() != nil {
		return
	}
	refs := v.assertions(ctx, m, claim, active)
	v.ingredients(ctx, store, m, refs, depth, visited)
}

// ingredientRef is the part of c2pa.ingredient (v1, v2, v3; 18.6) that
// points at the ingredient's own manifest in this store.
type ingredientRef struct {
	C2PAManifest      *HashedURI      `cbor:"c2pa_manifest"`
	ActiveManifest    *HashedURI      `cbor:"activeManifest"`
	ValidationResults cbor.RawMessage `cbor:"validationResults"`
}

// ingredients follows ingredient assertions to their manifests (15.11.3):
// the manifest must be in the store, match the hash the ingredient recorded,
// and itself validate (its hard binding excepted: that asset is not here).
// refs are the claim's assertions that assertions accepted. Each manifest
// is hashed at most once per algorithm, however many ingredients name it.
func (v *verifier) ingredients(ctx context.Context, store *Store, m *Manifest, refs []assertionRef, depth int, visited map[string]bool) {
	for _, r := range refs {
		if v.stopped(ctx) {
			return
		}
		if !strings.HasPrefix(baseLabel(r.label), "c2pa.ingredient") {
			continue
		}
		typ, payload := assertionPayload(r.box)
		if typ != jumbf.TypeCBOR {
			continue
		}
		var ing ingredientRef
		if err := decMode.Unmarshal(payload, &ing); err != nil {
			v.add(StatusAssertionIngredientMal, err.Error(), r.url)
			continue
		}
		target := ing.ActiveManifest
		if target == nil {
			target = ing.C2PAManifest
		}
		if target == nil {
			continue // an ingredient without Content Credentials
		}
		if strings.HasSuffix(baseLabel(r.label), ".v3") && len(ing.ValidationResults) == 0 {
			// A v3 ingredient must record how its manifest validated (18.6).
			v.add(StatusAssertionIngredientMal, "ingredient v3 without validationResults", r.url)
		}
		ilabel := manifestLabelFromURL(target.URL)
		im := v.manifests[ilabel]
		if im == nil || im == m {
			v.add(StatusIngredientManifestMissing, "ingredient manifest "+ilabel+" is not in the store", target.URL)
			continue
		}
		alg := target.Alg
		if alg == "" {
			alg = v.claimAlg(im)
		}
		whole, ok := v.digest(ctx, digestKey{box: im.Box, alg: alg}, im.Box.Content())
		if !ok {
			v.add(StatusAlgorithmUnsupported, "hash algorithm "+alg, target.URL)
			continue
		}
		if whole == nil {
			return // stopped
		}
		switch {
		case bytes.Equal(whole, target.Hash):
			v.add(StatusIngredientManifestValidated, "ingredient hash matched", target.URL)
		default:
			// Before C2PA 1.3 the ingredient hash covered the claim only.
			claimOnly, _ := v.digest(ctx, digestKey{box: im.Box, alg: alg, claimOnly: true}, im.ClaimBytes)
			if claimOnly == nil {
				return // stopped
			}
			if !bytes.Equal(claimOnly, target.Hash) {
				v.add(StatusIngredientManifestMismatch, "ingredient hash does not match its manifest", target.URL)
			}
		}
		if visited[ilabel] {
			continue
		}
		visited[ilabel] = true
		if depth+1 >= maxIngredientDepth {
			v.add(StatusIngredientManifestMissing, "ingredient chain too deep", target.URL)
			continue
		}
		v.manifest(ctx, store, im, false, depth+1, visited)
	}
}

// claimAlg is the alg field of a manifest's claim, "" when it has none or
// does not decode; each claim is decoded once per verification.
func (v *verifier) claimAlg(m *Manifest) string {
	if alg, seen := v.algs[m]; seen {
		return alg
	}
	var c struct {
		Alg string `cbor:"alg"`
	}
	if decMode.Unmarshal(m.ClaimBytes, &c) != nil {
		c.Alg = ""
	}
	if v.algs == nil {
		v.algs = map[*Manifest]string{}
	}
	v.algs[m] = c.Alg
	return c.Alg
}

// manifestLabelFromURL extracts <label> from "self#jumbf=/c2pa/<label>/...".
func manifestLabelFromURL(uri string) string {
	path := strings.TrimPrefix(strings.TrimPrefix(uri, "self#jumbf="), "/")
	path = strings.TrimPrefix(path, LabelManifestStore+"/")
	label, _, _ := strings.Cut(path, "/")
	return label
}

// signature validates the claim signature and the signing credential.
func (v *verifier) signature(store *Store, m *Manifest, claim *Claim, active bool) {
	sigBox := store.Resolve(m, claim.Signature)
	if sigBox == nil || sigBox.FirstContent(jumbf.TypeCBOR) == nil {
		v.add(StatusClaimSignatureMissing, "the claim's signature box is missing", claim.Signature)
		return
	}
	sigURL := "self#jumbf=/c2pa/" + m.Label + "/" + LabelSignature
	res, err := cose.Verify(sigBox.FirstContent(jumbf.TypeCBOR).Payload, m.ClaimBytes)
	switch {
	case err == nil:
		v.add(StatusClaimSignatureValidated, "claim signature valid", sigURL)
	case errors.Is(err, cose.ErrAlgorithm):
		v.add(StatusAlgorithmUnsupported, err.Error(), sigURL)
	default:
		v.add(StatusClaimSignatureMismatch, err.Error(), sigURL)
	}
	if len(res.Chain) == 0 {
		return
	}
	at := v.now
	signedAt := v.timeStamp(res, m.ClaimBox.Label() != LabelClaimV2, sigURL)
	if signedAt != nil {
		at = *signedAt
	}
	if active {
		v.rep.Signer = certs.SignerName(res.Chain)
		if signedAt != nil {
			v.rep.SignedAt = at.UTC().Format(time.RFC3339)
		}
	}
	leaf := res.Chain[0]
	if at.Before(leaf.NotBefore) || at.After(leaf.NotAfter) {
		v.add(StatusSigningCredentialExpired, fmt.Sprintf("signer certificate valid %s to %s, checked at %s",
			leaf.NotBefore.UTC().Format(time.RFC3339), leaf.NotAfter.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339)), sigURL)
		// Go on to the chain, as c2pa-rs does: it is not trusted then either.
	} else {
		if err == nil {
			v.add(StatusClaimSignatureInside, "signer certificate valid at the time of signing", sigURL)
		}
		if err := certs.CheckProfile(leaf, at); err != nil {
			v.add(StatusSigningCredentialInvalid, err.Error(), sigURL)
			return
		}
	}
	if err := certs.VerifyChain(res.Chain, v.anchors, at); err != nil {
		v.add(StatusSigningCredentialUntrust, err.Error(), sigURL)
		return
	}
	v.add(StatusSigningCredentialTrusted, "signing credential trusted", sigURL)
}

// timeStamp judges the sigTst2 token that cose.Verify found to cover the
// signature (C2PA 2.2 10.3.2.5 and 15.7) and returns its genTime when the
// time-stamp is trusted, else nil. As in c2pa-rs (time_stamp/verify.rs), the
// authority's certificate must meet the signer profile with the
// timeStamping purpose, and its chain must lead to one of the trust anchors
// (the same list as for signers) at genTime. An untrusted time-stamp is
// reported and ignored: the signer's certificate is then judged at the
// current time. A certificate that fails the profile is also reported as
// signingCredential.invalid, as c2pa-rs does. Version 1 claims predate
// time-stamp trust lists; their tokens are taken as they are (legacy).
func (v *verifier) timeStamp(res cose.Result, legacy bool, sigURL string) *time.Time {
	if res.TimeStamp == nil || len(res.TimeStampChain) == 0 {
		return nil
	}
	gen := res.TimeStamp.UTC()
	tsa, when := certs.SignerName(res.TimeStampChain), gen.Format(time.RFC3339)
	v.add(StatusTimeStampValidated, fmt.Sprintf("time-stamp by %s dated %s covers the signature", tsa, when), sigURL)
	if legacy {
		return &gen
	}
	ignored := fmt.Sprintf("the time-stamp by %s dated %s is not trusted and is ignored; the signer's certificate is checked at the current time", tsa, when)
	if err := certs.CheckTSAProfile(res.TimeStampChain[0], gen); err != nil {
		v.add(StatusSigningCredentialInvalid, "the time-stamp authority's "+err.Error(), sigURL)
		v.add(StatusTimeStampUntrusted, ignored+" (its certificate does not meet the C2PA profile)", sigURL)
		return nil
	}
	if err := certs.VerifyTSAChain(res.TimeStampChain, v.anchors, gen); err != nil {
		v.add(StatusTimeStampUntrusted, ignored+" ("+err.Error()+")", sigURL)
		return nil
	}
	v.add(StatusTimeStampTrusted, fmt.Sprintf("time-stamp by %s dated %s is trusted", tsa, when), sigURL)
	return &gen
}

// assertionRef is a hashed URI of a claim that names a box of the
// manifest's own assertion store (label: the box's label; url: absolute).
type assertionRef struct {
	box   *jumbf.Box
	label string
	url   string
}

// assertions checks every hashed URI of the claim and the hard binding, and
// reads what the report shows (actions, candor's generation record). It
// returns the references that name a box of the assertion store, each box
// once.
//
// A hashed URI must name a box of this manifest's own assertion store
// (8.4.2), exactly: c2pa.assertions/<label>, relative or under
// /c2pa/<manifest>. A URI into another manifest is assertion.outsideManifest
// (and, as c2pa-rs does, the label is then looked up in this store); any
// other target (the store, a manifest, the claim, the signature) is
// assertion.missing. A box named twice, in any spelling, is claim.malformed:
// a claim vouches for each assertion once. Each box is hashed at most once
// per algorithm.
func (v *verifier) assertions(ctx context.Context, m *Manifest, claim *Claim, active bool) []assertionRef {
	var own map[string]*jumbf.Box // the assertion store's boxes by label, the first of each
	if m.Assertions != nil {
		own = make(map[string]*jumbf.Box, len(m.Assertions.Children))
		for _, c := range m.Assertions.Children {
			if _, dup := own[c.Label()]; !dup && c.IsSuperbox() {
				own[c.Label()] = c
			}
		}
	}
	seen := map[*jumbf.Box]bool{}
	var accepted []assertionRef
	hardBindings := 0
	for _, ref := range claim.AllAssertions() {
		if v.stopped(ctx) {
			return accepted
		}
		label := assertionLabel(ref.URL)
		url := absoluteURL(m, ref.URL)
		alg := ref.Alg
		if alg == "" {
			alg = claim.Alg
		}
		manifestLabel, name := splitAssertionURI(ref.URL)
		outside := manifestLabel != "" && manifestLabel != m.Label
		if outside {
			v.add(StatusAssertionOutsideManifest, "assertion reference to another manifest: "+ref.URL, url)
			name = label
		}
		box := own[name]
		if box == nil {
			v.add(StatusAssertionMissing, "assertion "+label+" is not in the manifest", url)
			continue
		}
		if outside {
			// c2pa-rs compares the hash with this store's assertion of the
			// same label, and goes no further.
			if d, ok := v.digest(ctx, digestKey{box: box, alg: alg}, box.Content()); ok && d != nil && !bytes.Equal(d, ref.Hash) {
				v.add(StatusAssertionHashedURIMis, "hash of "+label+" does not match the claim", url)
			}
			continue
		}
		if seen[box] {
			v.add(StatusClaimMalformed, "the claim names assertion "+label+" more than once", url)
			continue
		}
		seen[box] = true
		accepted = append(accepted, assertionRef{box: box, label: label, url: url})
		if active {
			v.rep.Assertions = append(v.rep.Assertions, label)
		}
		digest, ok := v.digest(ctx, digestKey{box: box, alg: alg}, box.Content())
		switch {
		case !ok:
			v.add(StatusAlgorithmUnsupported, "hash algorithm "+alg, url)
			continue
		case digest == nil:
			return accepted // stopped
		}
		if !bytes.Equal(digest, ref.Hash) {
			v.add(StatusAssertionHashedURIMis, "hash of "+label+" does not match the claim", url)
			continue
		}
		v.add(StatusAssertionHashedURIMatch, "hashed uri matched: "+ref.URL, url)
		if !active {
			continue
		}
		typ, payload := assertionPayload(box)
		switch baseLabel(label) {
		case LabelDataHash:
			// One hard binding: more is assertion.multipleHardBindings, and
			// the others are not hashed against the whole file again.
			if hardBindings++; hardBindings == 1 {
				v.dataHash(ctx, payload, typ, alg, url)
			}
		case LabelActions, LabelActionsV2:
			v.actions(payload, typ, url)
		case LabelGeneration:
			if typ == jumbf.TypeCBOR {
				var g provenance.Generation
				switch err := decMode.Unmarshal(payload, &g); {
				case err != nil:
					v.add(StatusAssertionCBORInvalid, err.Error(), url)
				case !g.Finite():
					// Valid CBOR, but no JSON form: leave it out of the report.
					v.extra("generation", "not reported: it holds a NaN or infinite number")
				default:
					v.rep.Generation = &g
				}
			}
		}
	}
	if active && hardBindings == 0 && !v.stopped(ctx) {
		v.add(StatusHardBindingsMissing, "no c2pa.hash.data hard binding", "")
	}
	if active && hardBindings > 1 {
		v.add(StatusHardBindingsMultiple, fmt.Sprintf("%d c2pa.hash.data hard bindings, want one", hardBindings), "")
	}
	return accepted
}

// splitAssertionURI reads a hashed URI as c2pa-rs does: manifest is the
// manifest label of an absolute URI ("self#jumbf=/c2pa/<manifest>/...", the
// leading slash optional), "" for a relative one; name is the assertion
// label when the URI names a box of an assertion store exactly
// (c2pa.assertions/<label>, relative or after /c2pa/<manifest>), else "".
func splitAssertionURI(uri string) (manifest, name string) {
	path, ok := strings.CutPrefix(uri, "self#jumbf=")
	if !ok {
		return "", ""
	}
	parts := strings.Split(path, "/")
	if parts[0] == LabelManifestStore {
		parts = append([]string{""}, parts...)
	}
	if len(parts) > 2 && parts[0] == "" && parts[1] == LabelManifestStore {
		manifest, parts = parts[2], parts[3:]
	}
	if len(parts) == 2 && parts[0] == LabelAssertionStore {
		name = parts[1]
	}
	return manifest, name
}

func newHash(alg string) (hash.Hash, bool) {
	switch alg {
	case "", "sha256":
		return sha256.New(), true
	case "sha384":
		return sha512.New384(), true
	case "sha512":
		return sha512.New(), true
	}
	return nil, false
}

func (v *verifier) actions(payload []byte, typ, url string) {
	var a Actions
	if typ != jumbf.TypeCBOR {
		return
	}
	if err := decMode.Unmarshal(payload, &a); err != nil {
		v.add(StatusAssertionCBORInvalid, err.Error(), url)
		return
	}
	for _, act := range a.Actions {
		if len(v.rep.Actions) < maxReportedActions {
			v.rep.Actions = append(v.rep.Actions, provenance.Action{
				Action: act.Action, DigitalSourceType: act.DigitalSourceType,
				SoftwareAgent: act.Agent(), Description: act.Describe(),
			})
		}
		if act.Action == "c2pa.created" || act.DigitalSourceType != "" {
			if v.rep.DigitalSourceType == "" {
				v.rep.DigitalSourceType = act.DigitalSourceType
			}
			if IsAIGenerated(act.DigitalSourceType) {
				v.rep.AIGenerated = true
			}
		}
	}
}

// dataHash checks a c2pa.hash.data assertion against the file (18.5).
func (v *verifier) dataHash(ctx context.Context, payload []byte, typ, claimAlg, url string) {
	var dh DataHash
	if typ != jumbf.TypeCBOR {
		v.add(StatusAssertionDataHashMal, "hash.data is not CBOR", url)
		return
	}
	if err := decMode.Unmarshal(payload, &dh); err != nil {
		v.add(StatusAssertionDataHashMal, err.Error(), url)
		return
	}
	alg := dh.Alg
	if alg == "" {
		alg = claimAlg
	}
	h, ok := newHash(alg)
	if !ok {
		v.add(StatusAlgorithmUnsupported, "data hash algorithm "+alg, url)
		return
	}
	switch err := hashExcluding(v.file, dh.Exclusions, func(p []byte) bool { return v.hash(ctx, h, p) }); {
	case errors.Is(err, errStopped):
		return
	case err != nil:
		v.add(StatusAssertionDataHashMal, err.Error(), url)
		return
	}
	if !bytes.Equal(h.Sum(nil), dh.Hash) {
		v.add(StatusAssertionDataHashMis, "asset hash does not match c2pa.hash.data", url)
		return
	}
	v.add(StatusAssertionDataHashMatch, "data hash valid", url)
}

// hashExcluding writes data without the exclusion ranges, which must lie in
// data and not overlap, through write; the ranges are checked before
// anything is written. A write that returns false stops it with errStopped.
func hashExcluding(data []byte, excl []Exclusion, write func([]byte) bool) error {
	ex := slices.Clone(excl)
	slices.SortFunc(ex, func(a, b Exclusion) int {
		switch {
		case a.Start < b.Start:
			return -1
		case a.Start > b.Start:
			return 1
		}
		return 0
	})
	pos := uint64(0)
	size := uint64(len(data))
	for _, e := range ex {
		if e.Start < pos || e.Start > size || e.Length > size-e.Start {
			return fmt.Errorf("exclusion %d+%d outside the asset or overlapping: %w", e.Start, e.Length, ErrManifest)
		}
		pos = e.Start + e.Length
	}
	pos = 0
	for _, e := range ex {
		if !write(data[pos:e.Start]) {
			return errStopped
		}
		pos = e.Start + e.Length
	}
	if !write(data[pos:]) {
		return errStopped
	}
	return nil
}

// absoluteURL turns a manifest-relative JUMBF URI into the absolute form
// c2pa-rs reports ("self#jumbf=/c2pa/<manifest>/c2pa.assertions/<label>").
func absoluteURL(m *Manifest, uri string) string {
	path, ok := strings.CutPrefix(uri, "self#jumbf=")
	if !ok || strings.HasPrefix(path, "/") {
		return uri
	}
	if first, _, _ := strings.Cut(path, "/"); first == LabelManifestStore {
		return "self#jumbf=/" + path
	}
	return "self#jumbf=/c2pa/" + m.Label + "/" + path
}
