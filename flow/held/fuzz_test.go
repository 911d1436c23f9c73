package held

import (
	"bytes"
	"errors"
	"testing"
)

// fixedKey returns a deterministic key for reproducible fuzz seeds.
func fixedKey(b byte) []byte { return bytes.Repeat([]byte{b}, KeySize) }

// envelopeByHand builds magic || nonce || AES-GCM(pt) from the documented
// format with crypto/cipher directly, so the tests check seal's layout
// rather than trusting it.
func envelopeByHand(t testing.TB, key []byte, magic string, nonce, aad, pt []byte) []byte {
	t.Helper()
	aead, err := newAEAD(key)
	if err != nil {
		t.Fatal(err)
	}
	out := append([]byte(magic), nonce...)
	return aead.Seal(out, nonce, pt, aad)
}

// FuzzOpenEnvelope: open must reject every envelope other than the one
// sealed, and return exactly the sealed plaintext for it.
func FuzzOpenEnvelope(f *testing.F) {
	key := fixedKey(7)
	aad := binding(magicBlob, kindPixels, "rv_aaaaaaaaaaaaaaaaaaaaaaaaaa", "acme")
	pt := []byte("\x89PNG\r\n\x1a\n a small image stands here")
	orig := envelopeByHand(f, key, magicBlob, bytes.Repeat([]byte{1}, nonceSize), aad, pt)
	aead, err := newAEAD(key)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(orig)
	f.Add(orig[:len(orig)-1])
	f.Add(append(bytes.Clone(orig), 0))
	f.Add([]byte(magicBlob))
	f.Add(seal(aead, magicBlob, aad, pt)) // another valid envelope of the same plaintext
	f.Add(seal(aead, magicWrap, aad, pt)) // valid GCM, wrong magic
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := open(aead, magicBlob, aad, data)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		// Only an envelope sealed under this key, magic and binding opens,
		// and it opens to what was sealed.
		if !bytes.Equal(got, pt) {
			t.Fatalf("opened to different plaintext %q", got)
		}
	})
}

// FuzzOpenBlob: a wrapped key and blob open only for the item, tenant and
// kind they were sealed for, and only unmodified.
func FuzzOpenBlob(f *testing.F) {
	master, err := newAEAD(fixedKey(9))
	if err != nil {
		f.Fatal(err)
	}
	const id, tenant = "rv_bbbbbbbbbbbbbbbbbbbbbbbbbb", "acme"
	pt := []byte("signed bytes of a held image")
	// Seeds are built deterministically (fixed data keys and nonces): the
	// fuzzing workers rerun this body, and must agree on what was sealed.
	byHand := func(dk []byte, id string, n byte) sealed {
		return sealed{
			wrapped: envelopeByHand(f, fixedKey(9), magicWrap, bytes.Repeat([]byte{n}, nonceSize), binding(magicWrap, kindPixels, id, tenant), dk),
			blob:    envelopeByHand(f, dk, magicBlob, bytes.Repeat([]byte{n + 1}, nonceSize), binding(magicBlob, kindPixels, id, tenant), pt),
		}
	}
	s := byHand(fixedKey(10), id, 1)
	other := byHand(fixedKey(11), "rv_cccccccccccccccccccccccccc", 3)
	if got, err := openBlob(master, kindPixels, id, tenant, s.wrapped, s.blob); err != nil || !bytes.Equal(got, pt) {
		f.Fatalf("hand-built blob does not open: %v", err)
	}
	f.Add(s.wrapped, s.blob, id, tenant, false)
	f.Add(s.wrapped, s.blob, id, "acmf", false)
	f.Add(s.wrapped, s.blob, id, tenant, true)
	f.Add(other.wrapped, s.blob, id, tenant, false)
	f.Add(s.wrapped, other.blob, id, tenant, false)
	f.Add(s.wrapped[:wrappedSize-1], s.blob, id, tenant, false)
	f.Fuzz(func(t *testing.T, wrapped, blob []byte, gotID, gotTenant string, signedKind bool) {
		kind := kindPixels
		if signedKind {
			kind = kindSigned
		}
		got, err := openBlob(master, kind, gotID, gotTenant, wrapped, blob)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		if !bytes.Equal(wrapped, s.wrapped) || gotID != id || gotTenant != tenant || kind != kindPixels {
			t.Fatalf("opened with another wrapped key or binding (id %q tenant %q kind %s)", gotID, gotTenant, kind)
		}
		// Another valid envelope under the same data key would need that key:
		// the blob must be ours.
		if !bytes.Equal(blob, s.blob) || !bytes.Equal(got, pt) {
			t.Fatalf("opened to %q from a different blob", got)
		}
	})
}

// TestEveryBitFlipFails flips each bit of a blob and a wrapped key and
// tries every truncation: none may open.
func TestEveryBitFlipFails(t *testing.T) {
	master, err := newAEAD(fixedKey(3))
	if err != nil {
		t.Fatal(err)
	}
	const id, tenant = "rv_dddddddddddddddddddddddddd", "acme"
	s, err := sealBlob(master, kindSigned, id, tenant, []byte("forty bytes of plaintext, give or take.."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := openBlob(master, kindSigned, id, tenant, s.wrapped, s.blob); err != nil {
		t.Fatalf("unmodified blob: %v", err)
	}
	if len(s.wrapped) != wrappedSize || len(s.blob) != overhead+40 {
		t.Fatalf("sizes: wrapped %d blob %d", len(s.wrapped), len(s.blob))
	}
	for _, target := range []struct {
		name string
		buf  []byte
	}{{"wrapped key", s.wrapped}, {"blob", s.blob}} {
		for i := range len(target.buf) * 8 {
			w, b := bytes.Clone(s.wrapped), bytes.Clone(s.blob)
			m := b
			if target.name == "wrapped key" {
				m = w
			}
			m[i/8] ^= 1 << (i % 8)
			if _, err := openBlob(master, kindSigned, id, tenant, w, b); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("%s bit %d flipped: %v, want ErrCorrupt", target.name, i, err)
			}
		}
		for n := range len(target.buf) {
			w, b := s.wrapped, s.blob
			if target.name == "wrapped key" {
				w = w[:n]
			} else {
				b = b[:n]
			}
			if _, err := openBlob(master, kindSigned, id, tenant, w, b); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("%s truncated to %d: %v, want ErrCorrupt", target.name, n, err)
			}
		}
	}
}

// TestEnvelopeLayout checks seal against the documented layout: what
// envelopeByHand builds opens, and seal's output splits the same way.
func TestEnvelopeLayout(t *testing.T) {
	key := fixedKey(5)
	aead, err := newAEAD(key)
	if err != nil {
		t.Fatal(err)
	}
	aad := binding(magicMeta, metaKind, "rv_eeeeeeeeeeeeeeeeeeeeeeeeee", "acme")
	pt := []byte(`{"seed":1}`)
	byHand := envelopeByHand(t, key, magicMeta, make([]byte, nonceSize), aad, pt)
	if got, err := open(aead, magicMeta, aad, byHand); err != nil || !bytes.Equal(got, pt) {
		t.Fatalf("hand-built envelope: %q, %v", got, err)
	}
	env := seal(aead, magicMeta, aad, pt)
	if string(env[:magicSize]) != magicMeta || len(env) != overhead+len(pt) {
		t.Fatalf("seal output %x does not have the documented layout", env)
	}
	nonce := env[magicSize : magicSize+nonceSize]
	if again := envelopeByHand(t, key, magicMeta, nonce, aad, pt); !bytes.Equal(again, env) {
		t.Error("seal differs from magic || nonce || AES-GCM(pt) with the same nonce")
	}
	// The binding is unambiguous: shifting bytes between fields changes it.
	if bytes.Equal(binding(magicBlob, kindPixels, "rv_a", "bc"), binding(magicBlob, kindPixels, "rv_ab", "c")) {
		t.Error("binding is ambiguous across field boundaries")
	}
}
