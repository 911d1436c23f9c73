package certs

import (
	"crypto/x509"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func mustCerts(t testing.TB, path string) []*x509.Certificate {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseCertificates(b)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// fixtureNow is a time when every fixture certificate is valid.
func fixtureNow(t testing.TB) time.Time {
	return mustCerts(t, "testdata/signer.pem")[0].NotBefore.Add(24 * time.Hour)
}

func TestCheckProfile(t *testing.T) {
	now := fixtureNow(t)
	signer := mustCerts(t, "testdata/signer.pem")[0]
	tests := []struct {
		name    string
		file    string
		now     time.Time
		wantErr string // "" = accepted
	}{
		{"c2pa-rs es256 test signer", "testdata/es256.pub", now, ""},
		{"c2pa-rs ps256 test signer", "testdata/ps256.pub", now, ""},
		{"c2pa-rs ed25519 test signer", "testdata/ed25519.pub", now, ""},
		{"private CA signer", "testdata/signer.pem", now, ""},
		{"self-signed leaf", "testdata/selfsigned.pem", now, ""},
		{"no EKU", "testdata/bad/noeku.pem", now, "no extended key usage"},
		{"serverAuth only", "testdata/bad/serverauth.pem", now, "serverAuth or clientAuth alone"},
		{"no digitalSignature", "testdata/bad/nodigsig.pem", now, "lacks digitalSignature"},
		{"CA certificate", "testdata/ca.pem", now, "CA certificate"},
		{"expired", "testdata/signer.pem", signer.NotAfter.Add(24 * time.Hour), "expired on"},
		{"not yet valid", "testdata/signer.pem", signer.NotBefore.Add(-24 * time.Hour), "not valid before"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			leaf := mustCerts(t, tc.file)[0]
			err := CheckProfile(leaf, tc.now)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("CheckProfile: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrProfile) {
				t.Fatalf("err = %v, want ErrProfile", err)
			}
			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %q, want it to mention %q", err, tc.wantErr)
			}
		})
	}
	if err := CheckProfile(nil, now); !errors.Is(err, ErrProfile) {
		t.Fatalf("nil leaf: %v", err)
	}
}

func TestVerifyChain(t *testing.T) {
	now := fixtureNow(t)
	testRoots, err := LoadAnchors("testdata/test_cert_root_bundle.pem")
	if err != nil {
		t.Fatal(err)
	}
	privRoots, err := LoadAnchors("testdata/ca.pem")
	if err != nil {
		t.Fatal(err)
	}
	ssRoots, err := LoadAnchors("testdata/selfsigned.pem")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		chain   string
		anchors *x509.CertPool
		ok      bool
	}{
		{"es256 to c2pa test roots", "testdata/es256.pub", testRoots, true},
		{"ps256 to c2pa test roots", "testdata/ps256.pub", testRoots, true},
		{"ed25519 to c2pa test roots", "testdata/ed25519.pub", testRoots, true},
		{"private signer to private CA", "testdata/signer.pem", privRoots, true},
		{"self-signed leaf as its own anchor", "testdata/selfsigned.pem", ssRoots, true},
		{"private signer to c2pa test roots", "testdata/signer.pem", testRoots, false},
		{"es256 to private CA", "testdata/es256.pub", privRoots, false},
		{"no anchors", "testdata/signer.pem", nil, false},
		{"empty pool", "testdata/signer.pem", x509.NewCertPool(), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := VerifyChain(mustCerts(t, tc.chain), tc.anchors, now)
			if tc.ok && err != nil {
				t.Fatalf("VerifyChain: %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrUntrusted) {
				t.Fatalf("err = %v, want ErrUntrusted", err)
			}
		})
	}
	if err := VerifyChain(nil, privRoots, now); !errors.Is(err, ErrUntrusted) {
		t.Fatalf("empty chain: %v", err)
	}
	signer := mustCerts(t, "testdata/signer.pem")
	if err := VerifyChain(signer, privRoots, signer[0].NotAfter.Add(time.Hour)); !errors.Is(err, ErrUntrusted) {
		t.Fatalf("expired chain: %v", err)
	}
}

func TestLoadAnchorsErrors(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.pem")
	if err := os.WriteFile(garbage, []byte("not a pem file"), 0o600); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.pem")
	if err := os.WriteFile(broken, []byte("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{garbage, broken, filepath.Join(dir, "missing.pem"), "testdata/signer.key"} {
		if _, err := LoadAnchors(p); !errors.Is(err, ErrLoad) {
			t.Errorf("LoadAnchors(%s) = %v, want ErrLoad", p, err)
		}
	}
}

func TestLoadIdentity(t *testing.T) {
	tests := []struct {
		name, chain, key string
		want             error
	}{
		{"private CA signer", "testdata/signer_chain.pem", "testdata/signer.key", nil},
		{"c2pa-rs es256", "testdata/es256.pub", "testdata/es256.pem", nil},
		{"c2pa-rs ps256", "testdata/ps256.pub", "testdata/ps256.pem", nil},
		{"c2pa-rs ed25519", "testdata/ed25519.pub", "testdata/ed25519.pem", nil},
		{"key of another cert", "testdata/signer.pem", "testdata/selfsigned.key", ErrKeyMismatch},
		{"no EKU", "testdata/bad/noeku.pem", "testdata/bad/k.key", ErrProfile},
		{"serverAuth only", "testdata/bad/serverauth.pem", "testdata/bad/k.key", ErrProfile},
		{"CA as signer", "testdata/ca.pem", "testdata/signer.key", ErrKeyMismatch},
		{"key file is a cert", "testdata/signer.pem", "testdata/signer.pem", ErrLoad},
		{"missing chain", "testdata/nope.pem", "testdata/signer.key", ErrLoad},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, err := LoadIdentity(tc.chain, tc.key)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("LoadIdentity: %v", err)
				}
				if id.Signer == nil || len(id.Chain) == 0 {
					t.Fatalf("empty identity %+v", id)
				}
				for _, c := range id.Chain {
					if c.IsCA && c.CheckSignatureFrom(c) == nil {
						t.Fatalf("chain carries the root %s", c.Subject)
					}
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestLoadIdentityDropsRoot(t *testing.T) {
	dir := t.TempDir()
	leaf, _ := os.ReadFile("testdata/signer.pem")
	root, _ := os.ReadFile("testdata/ca.pem")
	p := filepath.Join(dir, "chain.pem")
	if err := os.WriteFile(p, append(leaf, root...), 0o600); err != nil {
		t.Fatal(err)
	}
	id, err := LoadIdentity(p, "testdata/signer.key")
	if err != nil {
		t.Fatal(err)
	}
	if len(id.Chain) != 1 {
		t.Fatalf("chain has %d certificates, want the leaf only", len(id.Chain))
	}
}

func TestEnsureDevIdentity(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	id, ca, err := EnsureDevIdentity(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ca.Subject.CommonName, "NOT FOR PRODUCTION") || !strings.Contains(id.Chain[0].Subject.CommonName, "NOT FOR PRODUCTION") {
		t.Fatalf("names do not say development: %q, %q", ca.Subject.CommonName, id.Chain[0].Subject.CommonName)
	}
	if err := CheckProfile(id.Chain[0], time.Now()); err != nil {
		t.Fatalf("dev signer fails the profile: %v", err)
	}
	if len(id.Chain[0].SubjectKeyId) == 0 || len(id.Chain[0].AuthorityKeyId) == 0 {
		t.Fatal("dev signer lacks SKI or AKI")
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	if err := VerifyChain(id.Chain, pool, time.Now()); err != nil {
		t.Fatalf("dev chain does not verify to the dev CA: %v", err)
	}
	for _, f := range []string{DevCAKeyFile, DevSignerKeyFile} {
		st, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", f, st.Mode().Perm())
		}
	}
	id2, ca2, err := EnsureDevIdentity(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !ca2.Equal(ca) || !id2.Chain[0].Equal(id.Chain[0]) {
		t.Fatal("second call made a new identity instead of reusing the files")
	}
	// A corrupt key file is an error, not a silent new identity.
	if err := os.WriteFile(filepath.Join(dir, DevSignerKeyFile), []byte("junk"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := EnsureDevIdentity(dir); !errors.Is(err, ErrLoad) {
		t.Fatalf("corrupt key: %v, want ErrLoad", err)
	}
}

func TestSignerName(t *testing.T) {
	if got := SignerName(mustCerts(t, "testdata/signer.pem")); got != "Example AI Images (Example C2PA Signer)" {
		t.Fatalf("SignerName = %q", got)
	}
	if SignerName(nil) != "" {
		t.Fatal("SignerName(nil) not empty")
	}
}

func FuzzParseCertificates(f *testing.F) {
	for _, p := range []string{"testdata/signer.pem", "testdata/es256.pub", "testdata/ca.pem"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("-----BEGIN CERTIFICATE-----\n\n-----END CERTIFICATE-----\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		certs, err := ParseCertificates(b)
		if err == nil && len(certs) == 0 {
			t.Fatal("no error and no certificates")
		}
		for _, c := range certs {
			_ = CheckProfile(c, time.Now())
		}
	})
}

func FuzzParsePrivateKey(f *testing.F) {
	for _, p := range []string{"testdata/signer.key", "testdata/es256.pem", "testdata/ed25519.pem"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := ParsePrivateKey(b)
		if err == nil && k == nil {
			t.Fatal("no error and no key")
		}
	})
}

func BenchmarkCheckProfile(b *testing.B) {
	leaf := mustCerts(b, "testdata/signer.pem")[0]
	now := time.Now()
	for b.Loop() {
		_ = CheckProfile(leaf, now)
	}
}

func BenchmarkVerifyChain(b *testing.B) {
	chain := mustCerts(b, "testdata/es256.pub")
	roots, err := LoadAnchors("testdata/test_cert_root_bundle.pem")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Now()
	for b.Loop() {
		if err := VerifyChain(chain, roots, now); err != nil {
			b.Fatal(err)
		}
	}
}
