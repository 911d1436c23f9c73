package report

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
)

func devIdentity(t testing.TB, dir string) (provenance.Identity, *x509.CertPool) {
	t.Helper()
	id, ca, err := certs.EnsureDevIdentity(dir)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return id, pool
}

// signedSmall is smallReport created now (the dev signer certificate is
// valid from an hour ago), signed.
func signedSmall(t testing.TB, id provenance.Identity) (Report, []byte) {
	t.Helper()
	r := smallReport(t)
	r.Created = time.Now().UTC().Truncate(time.Second)
	file, err := Sign(r, id)
	if err != nil {
		t.Fatal(err)
	}
	return r, file
}

func TestSignVerifyRoundTrip(t *testing.T) {
	id, anchors := devIdentity(t, t.TempDir())
	r, file := signedSmall(t, id)
	got, err := Verify(file, anchors)
	if err != nil {
		t.Fatal(err)
	}
	if got.Signature == "" {
		t.Error("no signature in the verified report")
	}
	got.Signature = ""
	a, _ := Encode(got)
	b, _ := Encode(r)
	if !bytes.Equal(a, b) {
		t.Errorf("verified report differs from the signed one:\n%s\n%s", a, b)
	}
	if d := Digest(file); len(d) != sha256.Size || !bytes.Equal(d, func() []byte { s := sha256.Sum256(file); return s[:] }()) {
		t.Errorf("digest %x", d)
	}
	// Signing again replaces the signature and still verifies.
	again, err := Sign(got, id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(again, anchors); err != nil {
		t.Errorf("re-signed: %v", err)
	}
}

func TestVerifyUntrustedSigner(t *testing.T) {
	id, _ := devIdentity(t, t.TempDir())
	_, otherCA := devIdentity(t, t.TempDir())
	r, file := signedSmall(t, id)
	got, err := Verify(file, otherCA)
	if !errors.Is(err, ErrUntrusted) || !errors.Is(err, certs.ErrUntrusted) || errors.Is(err, ErrSignature) {
		t.Fatalf("other anchors: %v, want ErrUntrusted only", err)
	}
	if got.ID != r.ID {
		t.Errorf("an untrusted report is still returned for display: %q", got.ID)
	}
	if _, err := Verify(file, nil); !errors.Is(err, ErrUntrusted) {
		t.Errorf("no anchors: %v", err)
	}
}

func TestVerifyFailures(t *testing.T) {
	id, anchors := devIdentity(t, t.TempDir())
	other, _ := devIdentity(t, t.TempDir())
	r, file := signedSmall(t, id)

	// Content changed and re-encoded canonically: the signature fails.
	changed := r
	changed.Findings = append([]string(nil), r.Findings...)
	changed.Findings[1] = "nothing to see"
	var parsed Report
	parsed, _ = Verify(file, anchors)
	changed.Signature = parsed.Signature
	tampered, _ := Encode(changed)

	// A signature by another key over the same report, spliced in.
	otherFile, _ := Sign(r, other)
	otherSig, _ := Verify(otherFile, nil)
	spliced := r
	spliced.Signature = otherSig.Signature
	// (the other signer's own chain verifies its signature, so it is the
	// anchors that reject it; the content is intact)
	splicedFile, _ := Encode(spliced)

	unsigned, _ := Encode(r)
	cases := []struct {
		name string
		file []byte
		want error
	}{
		{"content changed", tampered, ErrSignature},
		{"unsigned", unsigned, ErrUnsigned},
		{"not JSON", []byte("not json"), ErrMalformed},
		{"empty", nil, ErrMalformed},
		{"extra whitespace", append(bytes.Clone(file), ' '), ErrMalformed},
		{"compact form", mustCompact(t, file), ErrMalformed},
		{"unknown member", bytes.Replace(file, []byte(`"id":`), []byte(`"x": 1, "id":`), 1), ErrMalformed},
		{"bad base64", bytes.Replace(file, []byte(`"signature": "`), []byte(`"signature": "!`), 1), ErrMalformed},
		{"another signer", splicedFile, ErrUntrusted},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Verify(tc.file, anchors); !errors.Is(err, tc.want) {
				t.Errorf("%v, want %v", err, tc.want)
			}
		})
	}
}

func mustCompact(t *testing.T, file []byte) []byte {
	var r Report
	r, err := Verify(file, nil)
	if r.ID == "" {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// A COSE_Sign1 whose unsigned header gained bytes is refused although its
// signature still verifies.
func TestVerifyRefusesUnprotectedHeaderAdditions(t *testing.T) {
	id, anchors := devIdentity(t, t.TempDir())
	r, file := signedSmall(t, id)
	parsed, err := Verify(file, anchors)
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := base64.StdEncoding.DecodeString(parsed.Signature)
	// d2 84 <protected bstr> a0 f6 <sig>: replace the empty map a0 with
	// {"x": 0} (a1 61 78 00).
	i := bytes.Index(sig, []byte{0xa0, 0xf6})
	if i < 0 {
		t.Fatal("no empty unprotected header in the signature")
	}
	padded := append(append(append([]byte{}, sig[:i]...), 0xa1, 0x61, 0x78, 0x00), sig[i+1:]...)
	r.Signature = base64.StdEncoding.EncodeToString(padded)
	b, _ := Encode(r)
	if _, err := Verify(b, anchors); !errors.Is(err, ErrMalformed) {
		t.Errorf("padded unprotected header: %v, want ErrMalformed", err)
	}
}

// Single-byte changes of a signed report file fail verification: every
// byte of the signature member XORed with 0x01 and with a random value, and
// deleted; every fifth byte of the rest XORed with a random value and
// deleted (FuzzVerifyFlip explores the rest).
func TestVerifyEveryByteFlip(t *testing.T) {
	id, anchors := devIdentity(t, t.TempDir())
	_, file := signedSmall(t, id)
	sigAt := bytes.Index(file, []byte(`"signature": "`))
	if sigAt < 0 {
		t.Fatal("no signature member")
	}
	rng := rand.New(rand.NewPCG(9, 10))
	check := func(what string, mutated []byte) {
		if _, err := Verify(mutated, anchors); err == nil {
			t.Fatalf("%s: verifies", what)
		}
	}
	for i := 0; i < len(file); i++ {
		xs := []byte{byte(1 + rng.IntN(255))}
		switch {
		case i >= sigAt && (!testing.Short() || i%4 == 0):
			xs = append(xs, 0x01)
		case i%5 != 0:
			continue
		}
		for _, x := range xs {
			m := bytes.Clone(file)
			m[i] ^= x
			check("byte "+itoa(i)+" ^ "+itoa(int(x)), m)
		}
		check("byte "+itoa(i)+" deleted", append(bytes.Clone(file[:i]), file[i+1:]...))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// FuzzVerifyFlip: a signed report file with any byte changed never verifies.
func FuzzVerifyFlip(f *testing.F) {
	id, anchors := devIdentity(f, f.TempDir())
	_, file := signedSmall(f, id)
	f.Add(0, byte(1))
	f.Add(len(file)/2, byte(0x80))
	f.Add(len(file)-2, byte(0xff))
	f.Fuzz(func(t *testing.T, i int, x byte) {
		if x == 0 || len(file) == 0 {
			return
		}
		i = ((i % len(file)) + len(file)) % len(file)
		m := bytes.Clone(file)
		m[i] ^= x
		if _, err := Verify(m, anchors); err == nil {
			t.Fatalf("byte %d ^ %#x verifies", i, x)
		}
	})
}

// FuzzVerify: Verify never panics, and what it accepts is exactly the
// canonical file of the report it returns.
func FuzzVerify(f *testing.F) {
	id, anchors := devIdentity(f, f.TempDir())
	_, file := signedSmall(f, id)
	f.Add(file)
	f.Add([]byte(`{"id":"x","signature":"AAAA"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Verify(b, anchors)
		if err != nil {
			return
		}
		again, err := Encode(r)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted a file that is not the canonical encoding of its report")
		}
	})
}
