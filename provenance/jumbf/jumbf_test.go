package jumbf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseReferenceStores(t *testing.T) {
	tests := []struct {
		file       string
		manifest   string
		assertions []string
	}{
		{"ai_testca.c2pa", "urn:c2pa:fe506eab-2f85-48ed-91b6-a720a02c8277", []string{"c2pa.actions.v2", "c2pa.hash.data"}},
		{"C.jpg.c2pa", "contentauth:urn:uuid:b2b1f7fa-b119-4de1-9c0d-c97fbea3f2c3", []string{"c2pa.thumbnail.claim.jpeg", "stds.schema-org.CreativeWork", "c2pa.actions", "c2pa.hash.data"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			data := readTestdata(t, tc.file)
			root, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			if root.Label() != "c2pa" || root.Desc.Type != UUIDManifestStore {
				t.Fatalf("root %q %s", root.Label(), root.Desc.Type.Code())
			}
			m := root.Child(tc.manifest)
			if m == nil || m.Desc.Type != UUIDManifest {
				t.Fatalf("manifest %q missing:\n%s", tc.manifest, root.Dump())
			}
			as := m.Child("c2pa.assertions")
			if as == nil {
				t.Fatal("no assertion store")
			}
			var got []string
			for _, c := range as.Children {
				got = append(got, c.Label())
			}
			if strings.Join(got, ",") != strings.Join(tc.assertions, ",") {
				t.Fatalf("assertions %v, want %v", got, tc.assertions)
			}
			if r := root.Resolve("c2pa/" + tc.manifest + "/c2pa.assertions/c2pa.hash.data"); r == nil || r.FirstContent(TypeCBOR) == nil {
				t.Fatal("resolve hash.data failed")
			}
			// Re-serialising a parsed tree gives the same bytes.
			if out := root.Marshal(); !bytes.Equal(out, data) {
				t.Fatalf("re-marshal differs: %d vs %d bytes", len(out), len(data))
			}
			if !bytes.Equal(root.Content(), data[8:]) {
				t.Fatal("Content is not Raw minus header")
			}
		})
	}
}

func TestBuildRoundTrip(t *testing.T) {
	salt := NewContent(TypeSalt, bytes.Repeat([]byte{7}, 16)).Marshal()
	a := NewSuperbox(UUIDCBOR, "c2pa.actions.v2", NewContent(TypeCBOR, []byte{0xa0}))
	a.Desc.Toggles |= TogglePrivate
	a.Desc.Private = salt
	id := NewSuperbox(UUIDJSON, "with.id", NewContent(TypeJSON, []byte(`{}`)))
	id.Desc.Toggles |= ToggleID | ToggleSignature
	id.Desc.ID = 42
	id.Desc.Signature = bytes.Repeat([]byte{9}, 32)
	store := NewSuperbox(UUIDManifestStore, "c2pa",
		NewSuperbox(UUIDManifest, "urn:c2pa:1",
			NewSuperbox(UUIDAssertionStore, "c2pa.assertions", a, id)))
	data := store.Marshal()
	if len(data) != store.Size() {
		t.Fatalf("Size %d, Marshal %d", store.Size(), len(data))
	}
	got, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Marshal(), data) {
		t.Fatal("round trip differs")
	}
	b := got.Resolve("c2pa/urn:c2pa:1/c2pa.assertions/with.id")
	if b == nil || b.Desc.ID != 42 || !bytes.Equal(b.Desc.Signature, id.Desc.Signature) {
		t.Fatalf("with.id: %+v", b)
	}
	act := got.Resolve("urn:c2pa:1/c2pa.assertions/c2pa.actions.v2")
	if act == nil || !bytes.Equal(act.Desc.Private, salt) || act.Desc.Type.Code() != "cbor" {
		t.Fatal("salted assertion lost")
	}
	if got.Resolve("c2pa/nope") != nil {
		t.Fatal("resolved a missing label")
	}
}

func TestParseHostile(t *testing.T) {
	valid := readTestdata(t, "ai_testca.c2pa")
	huge := append([]byte{}, valid...)
	binary.BigEndian.PutUint32(huge, 0xFFFFFFF0)
	xl := []byte{0, 0, 0, 1, 'j', 'u', 'm', 'b', 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}
	small := []byte{0, 0, 0, 4, 'c', 'b', 'o', 'r'}
	noDesc := NewContent(TypeSuperbox, NewContent(TypeCBOR, []byte{1}).Marshal()).Marshal()
	noNUL := NewSuperbox(UUIDCBOR, "x").Marshal()
	noNUL = noNUL[:len(noNUL)-1] // drop the label's NUL
	binary.BigEndian.PutUint32(noNUL, uint32(len(noNUL)))
	binary.BigEndian.PutUint32(noNUL[8:], uint32(len(noNUL)-8))
	deep := NewSuperbox(UUIDCBOR, "leaf")
	for range MaxDepth + 2 {
		deep = NewSuperbox(UUIDCBOR, "n", deep)
	}
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrTruncated},
		{"short header", []byte{0, 0, 0}, ErrTruncated},
		{"truncated", valid[:len(valid)-10], ErrTruncated},
		{"huge declared length", huge, ErrTruncated},
		{"huge XLBox", xl, ErrTruncated},
		{"length below header", small, ErrMalformed},
		{"superbox without jumd", noDesc, ErrNotSuperbox},
		{"label without NUL", noNUL, ErrMalformed},
		{"too deep", deep.Marshal(), ErrTooDeep},
		{"trailing bytes", append(append([]byte{}, valid...), 0, 0), ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.data)
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestLBoxZeroMeansToEnd(t *testing.T) {
	b := NewContent(TypeCBOR, []byte{1, 2, 3}).Marshal()
	binary.BigEndian.PutUint32(b, 0)
	got, err := Parse(b)
	if err != nil || !bytes.Equal(got.Payload, []byte{1, 2, 3}) {
		t.Fatalf("%v %v", got, err)
	}
}

func TestUUIDCode(t *testing.T) {
	if UUIDClaim.Code() != "c2cl" || UUIDEmbeddedFile.Code() != "40cb0c32bb8a489da70b2ad6f47f4369" {
		t.Fatal(UUIDClaim.Code(), UUIDEmbeddedFile.Code())
	}
}

func FuzzParse(f *testing.F) {
	f.Add(readTestdata(f, "ai_testca.c2pa"))
	f.Add(readTestdata(f, "C.jpg.c2pa")[:4096])
	f.Add([]byte{0, 0, 0, 1, 'j', 'u', 'm', 'b', 0, 0, 0, 0, 0, 0, 0, 16})
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error not wrapping ErrMalformed: %v", err)
			}
			return
		}
		// Whatever parses re-serialises to a tree that parses the same way.
		if _, err := Parse(b.Marshal()); err != nil {
			t.Fatalf("re-marshal does not parse: %v", err)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	data := readTestdata(b, "C.jpg.c2pa")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
