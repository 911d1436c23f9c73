package c2pa

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/jumbf"
)

// embed puts raw store bytes into an asset the way Sign does, without signing.
func embed(t testing.TB, asset, store []byte) []byte {
	t.Helper()
	format, err := DetectFormat(asset)
	if err != nil {
		t.Fatal(err)
	}
	base, at, err := prepare(format, asset)
	if err != nil {
		t.Fatal(err)
	}
	w, err := wrapStore(format, store)
	if err != nil {
		t.Fatal(err)
	}
	return slices.Concat(base[:at], w, base[at:])
}

func rawPNGChunk(typ string, data []byte) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	out = append(out, typ...)
	out = append(out, data...)
	return append(out, 0, 0, 0, 0)
}

func TestPNGChunksHostile(t *testing.T) {
	valid := encodePNG(t, 8, 8)
	hugeLen := slices.Clone(valid)
	binary.BigEndian.PutUint32(hugeLen[8:], 0xFFFFFFF0)
	pastEnd := slices.Clone(valid)
	binary.BigEndian.PutUint32(pastEnd[8:], uint32(len(valid)))
	many := slices.Clone(valid[:33])
	for range 5000 {
		many = append(many, rawPNGChunk("tEXt", []byte("a"))...)
	}
	many = append(many, valid[33:]...)
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"valid", valid, true},
		{"thousands of chunks", many, true},
		{"empty", nil, false},
		{"signature only", pngSignature, false},
		{"truncated", valid[:len(valid)-5], false},
		{"huge declared length", hugeLen, false},
		{"length past end", pastEnd, false},
		{"no IEND", valid[:len(valid)-12], false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			chunks, err := pngChunks(tc.data)
			if tc.ok != (err == nil) {
				t.Fatalf("err %v", err)
			}
			if err != nil && !errors.Is(err, ErrFormat) {
				t.Fatalf("error does not wrap ErrFormat: %v", err)
			}
			if tc.ok && chunks[len(chunks)-1].typ != "IEND" {
				t.Fatal("last chunk not IEND")
			}
		})
	}
}

func TestJPEGSegmentsHostile(t *testing.T) {
	valid := encodeJPEG(t, 8, 8)
	pastEnd := slices.Clone(valid)
	binary.BigEndian.PutUint16(pastEnd[4:], 0xFFFF)
	short := slices.Clone(valid)
	binary.BigEndian.PutUint16(short[4:], 1)
	fill := slices.Concat(valid[:2], bytes.Repeat([]byte{0xFF}, 10000), valid[2:])
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"valid", valid, true},
		{"fill bytes", fill, true},
		{"empty", nil, false},
		{"SOI only", []byte{0xFF, 0xD8}, false},
		{"no marker", []byte{0xFF, 0xD8, 0x00, 0x00}, false},
		{"length past end", pastEnd, false},
		{"length below 2", short, false},
		{"truncated header", valid[:20], false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := jpegSegments(tc.data)
			if tc.ok != (err == nil) {
				t.Fatalf("err %v", err)
			}
			if err != nil && !errors.Is(err, ErrFormat) {
				t.Fatalf("error does not wrap ErrFormat: %v", err)
			}
		})
	}
}

func app11(en uint16, z uint32, payload []byte) []byte {
	out := []byte{0xFF, 0xEB}
	out = binary.BigEndian.AppendUint16(out, uint16(2+8+len(payload)))
	out = append(out, 'J', 'P')
	out = binary.BigEndian.AppendUint16(out, en)
	out = binary.BigEndian.AppendUint32(out, z)
	return append(out, payload...)
}

func TestJPEGAPP11Hostile(t *testing.T) {
	store := jumbf.NewSuperbox(jumbf.UUIDManifestStore, "c2pa").Marshal()
	jpg := encodeJPEG(t, 8, 8)
	withSegs := func(segs ...[]byte) []byte {
		return slices.Concat(append([][]byte{jpg[:2]}, append(segs, jpg[2:])...)...)
	}
	// Thousands of continuation segments, each carrying a few bytes.
	var many [][]byte
	many = append(many, app11(0x0211, 1, store))
	for z := uint32(2); z < 5000; z++ {
		many = append(many, app11(0x0211, z, append(store[:8:8], 'x')))
	}
	tests := []struct {
		name string
		data []byte
		want error
		size int
	}{
		{"one store", withSegs(app11(0x0211, 1, store)), nil, len(store)},
		{"thousands of segments", withSegs(many...), nil, len(store) + 4998},
		{"no store", jpg, ErrNoManifest, 0},
		{"out of sequence", withSegs(app11(0x0211, 2, store), app11(0x0211, 2, append(store[:8:8], 1, 2, 3))), ErrManifest, 0},
		{"two stores", withSegs(app11(0x0211, 1, store), app11(0x0212, 1, store)), ErrManifest, 0},
		{"foreign APP11", withSegs(app11(0x0001, 1, bytes.Repeat([]byte{'a'}, 40))), ErrNoManifest, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := extractStore(FormatJPEG, tc.data)
			if !errors.Is(err, tc.want) || (err == nil && len(got) != tc.size) {
				t.Fatalf("err %v, %d bytes; want %v, %d", err, len(got), tc.want, tc.size)
			}
			rep := mustVerify(t, tc.data, VerifyOptions{})
			if tc.want == ErrNoManifest && rep.State != provenance.StateAbsent {
				t.Fatalf("state %s", rep.State)
			}
			if tc.want != ErrNoManifest && rep.State != provenance.StateInvalid {
				t.Fatalf("state %s", rep.State)
			}
		})
	}
}

// TestVerifyHostileStores embeds broken manifest stores: Verify reports
// them as invalid with a status code, never errors and never panics.
func TestVerifyHostileStores(t *testing.T) {
	asset := encodePNG(t, 8, 8)
	cb := func(label string, payload []byte) *jumbf.Box {
		return jumbf.NewSuperbox(jumbf.UUIDClaim, label, jumbf.NewContent(jumbf.TypeCBOR, payload))
	}
	manifest := func(children ...*jumbf.Box) []byte {
		return jumbf.NewSuperbox(jumbf.UUIDManifestStore, "c2pa", jumbf.NewSuperbox(jumbf.UUIDManifest, "urn:c2pa:x", children...)).Marshal()
	}
	deepCBOR := append(bytes.Repeat([]byte{0x81}, 1000), 0x00)
	goodClaim, _ := encMode.Marshal(claimV2{InstanceID: "i", Signature: "self#jumbf=c2pa.signature", Alg: "sha256",
		CreatedAssertions: []HashedURI{{URL: "self#jumbf=c2pa.assertions/c2pa.hash.data", Hash: make([]byte, 32)}}})
	sigGarbage := jumbf.NewSuperbox(jumbf.UUIDSignature, LabelSignature, jumbf.NewContent(jumbf.TypeCBOR, []byte{0xd2, 0x84, 0x40}))
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"garbage store", []byte("this is not JUMBF at all"), StatusClaimMalformed},
		{"truncated store", manifest(cb(LabelClaimV2, goodClaim))[:40], StatusClaimMalformed},
		{"store without manifests", jumbf.NewSuperbox(jumbf.UUIDManifestStore, "c2pa").Marshal(), StatusClaimMissing},
		{"manifest without claim", manifest(), StatusClaimMissing},
		{"claim not CBOR", manifest(cb(LabelClaimV2, []byte{0xff, 0x00})), StatusClaimCBORInvalid},
		{"claim nested too deep", manifest(cb(LabelClaimV2, deepCBOR)), StatusClaimCBORInvalid},
		{"claim without fields", manifest(cb(LabelClaimV2, []byte{0xa0})), StatusClaimRequiredMissing},
		{"signature missing", manifest(cb(LabelClaimV2, goodClaim)), StatusClaimSignatureMissing},
		{"signature garbage", manifest(cb(LabelClaimV2, goodClaim), sigGarbage), StatusClaimSignatureMismatch},
		{"assertion missing", manifest(cb(LabelClaimV2, goodClaim), sigGarbage), StatusAssertionMissing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustVerify(t, embed(t, asset, tc.data), VerifyOptions{})
			if rep.State != provenance.StateInvalid || !slices.Contains(codes(rep), tc.want) {
				t.Fatalf("%s %v, want invalid with %s", rep.State, codes(rep), tc.want)
			}
		})
	}
	// Not an image, or an image without a store: absent.
	for _, data := range [][]byte{nil, []byte("GIF89a"), asset, encodeJPEG(t, 8, 8)} {
		if rep := mustVerify(t, data, VerifyOptions{}); rep.State != provenance.StateAbsent || len(rep.Status) != 0 {
			t.Fatalf("%s %v", rep.State, codes(rep))
		}
	}
	// A broken container with a store marker is invalid, not an error.
	broken := embed(t, asset, manifest())
	if rep := mustVerify(t, broken[:len(broken)-20], VerifyOptions{}); rep.State != provenance.StateInvalid {
		t.Fatalf("broken container: %s", rep.State)
	}
}

func TestHashExcluding(t *testing.T) {
	data := []byte("0123456789")
	tests := []struct {
		name string
		excl []Exclusion
		want string
		ok   bool
	}{
		{"none", nil, "0123456789", true},
		{"middle", []Exclusion{{2, 3}}, "0156789", true},
		{"unsorted", []Exclusion{{8, 2}, {0, 2}}, "234567", true},
		{"whole", []Exclusion{{0, 10}}, "", true},
		{"past end", []Exclusion{{5, 6}}, "", false},
		{"start past end", []Exclusion{{11, 0}}, "", false},
		{"overflow", []Exclusion{{5, 1<<64 - 2}}, "", false},
		{"overlap", []Exclusion{{1, 4}, {3, 2}}, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sha256.New()
			err := hashExcluding(data, tc.excl, func(p []byte) bool { h.Write(p); return true })
			if tc.ok != (err == nil) {
				t.Fatalf("err %v", err)
			}
			if want := sha256.Sum256([]byte(tc.want)); tc.ok && !bytes.Equal(h.Sum(nil), want[:]) {
				t.Fatal("wrong hash")
			}
		})
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		data []byte
		want string
	}{
		{encodePNG(t, 2, 2), FormatPNG},
		{encodeJPEG(t, 2, 2), FormatJPEG},
		{[]byte{0xFF, 0xD8}, ""},
		{[]byte("RIFF"), ""},
	}
	for _, tc := range tests {
		got, err := DetectFormat(tc.data)
		if got != tc.want || (tc.want == "") != (err != nil) {
			t.Fatalf("%q: %q %v", tc.data[:2], got, err)
		}
	}
}

func seedFiles(f *testing.F) {
	for _, name := range []string{"generated/ai_testca.png", "generated/ai_privca.jpg", "C.jpg"} {
		b, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(encodePNG(f, 4, 4))
	f.Add(encodeJPEG(f, 4, 4))
	// candor's own fullest manifest: a blur edit and a safety record.
	pki := newTestPKI(f, p256(f))
	signed, _, err := Sign(context.Background(), encodePNG(f, 4, 4), SignOptions{
		Identity: pki.id, ClaimGenerator: "candor", Generation: testSafetyGeneration(),
		Edits: []Edit{{Action: ActionFiltered, Description: blurDescription}},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(signed)
}

func FuzzPNGChunks(f *testing.F) {
	seedFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if chunks, err := pngChunks(data); err == nil {
			for _, c := range chunks {
				if c.start < 0 || c.end > len(data) || c.start >= c.end {
					t.Fatalf("chunk %+v out of bounds", c)
				}
			}
		}
		_, _, _ = prepare(FormatPNG, data)
		_, _ = extractStore(FormatPNG, data)
	})
}

func FuzzJPEGSegments(f *testing.F) {
	seedFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if segs, err := jpegSegments(data); err == nil {
			for _, s := range segs {
				if s.end > len(data) || s.start >= s.end {
					t.Fatalf("segment %+v out of bounds", s)
				}
			}
		}
		_, _, _ = prepare(FormatJPEG, data)
		_, _ = extractStore(FormatJPEG, data)
	})
}

func FuzzDecodeClaim(f *testing.F) {
	for _, name := range []string{"generated/ai_testca.png", "C.jpg"} {
		b, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			f.Fatal(err)
		}
		format, _ := DetectFormat(b)
		raw, err := extractStore(format, b)
		if err != nil {
			f.Fatal(err)
		}
		s, err := ParseStore(raw)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(s.Active().ClaimBytes)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeClaim(data)
		if err != nil {
			if !errors.Is(err, ErrManifest) {
				t.Fatalf("error does not wrap ErrManifest: %v", err)
			}
			return
		}
		_ = c.Generator()
		_ = c.AllAssertions()
	})
}

// FuzzVerify runs the whole verifier over arbitrary files: it never errs
// or panics, and never hashes more than its budget.
func FuzzVerify(f *testing.F) {
	seedFiles(f)
	f.Add(hostileSpec{refs: repeat(HashedURI{URL: "self#jumbf=/c2pa", Hash: make([]byte, 32)}, 20)}.build(f, 50))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, hashed, err := verify(context.Background(), data, VerifyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if hashed > hashBudget(len(data)) {
			t.Fatalf("hashed %d bytes, budget %d", hashed, hashBudget(len(data)))
		}
		switch rep.State {
		case provenance.StateAbsent, provenance.StateInvalid, provenance.StateValid:
		default:
			t.Fatalf("state %q without anchors", rep.State)
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatalf("report has no JSON form: %v", err)
		}
		if len(rep.Actions) > maxReportedActions {
			t.Fatalf("%d actions reported", len(rep.Actions))
		}
	})
}

// FuzzVerifyFlippedAsset flips one byte of a signed file outside the data
// hash's exclusion (the embedded manifest store): the file never verifies
// as valid or trusted again.
func FuzzVerifyFlippedAsset(f *testing.F) {
	id, anchors := fixtureIdentity(f)
	var signed [][]byte
	for _, asset := range [][]byte{encodePNG(f, 16, 16), encodeJPEG(f, 16, 16)} {
		out, _, err := Sign(context.Background(), asset, SignOptions{Identity: id, ClaimGenerator: "candor", Version: "fuzz"})
		if err != nil {
			f.Fatal(err)
		}
		if rep := mustVerify(f, out, VerifyOptions{Anchors: anchors}); rep.State != provenance.StateTrusted {
			f.Fatalf("seed file %s %v", rep.State, failures(rep))
		}
		signed = append(signed, out)
	}
	// The exclusion of each signed file: where the store's wrapping starts
	// and how long it is.
	excl := make([]Exclusion, len(signed))
	for i, out := range signed {
		format, _ := DetectFormat(out)
		base, at, err := prepare(format, out)
		if err != nil {
			f.Fatal(err)
		}
		excl[i] = Exclusion{Start: uint64(at), Length: uint64(len(out) - len(base))}
	}
	for i := range signed {
		f.Add(uint8(i), uint32(0), uint8(1))
		f.Add(uint8(i), uint32(len(signed[i])-1), uint8(0x80))
		f.Add(uint8(i), uint32(excl[i].Start+excl[i].Length), uint8(0xff))
	}
	f.Fuzz(func(t *testing.T, which uint8, offset uint32, xor uint8) {
		i := int(which) % len(signed)
		data := bytes.Clone(signed[i])
		at := uint64(offset) % uint64(len(data))
		if xor == 0 || (at >= excl[i].Start && at < excl[i].Start+excl[i].Length) {
			t.Skip("not a change to the hashed bytes")
		}
		data[at] ^= xor
		rep, err := Verify(context.Background(), data, VerifyOptions{Anchors: anchors})
		if err != nil {
			t.Fatal(err)
		}
		if rep.State == provenance.StateValid || rep.State == provenance.StateTrusted {
			t.Fatalf("byte %d ^ %#x: still %s", at, xor, rep.State)
		}
	})
}
