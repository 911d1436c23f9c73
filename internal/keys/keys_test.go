package keys

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func open(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestCreateAuthenticate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keys.db")
	s := open(t, path)
	tok, k, err := s.Create(ctx, "museum", []string{"audit", "generate", "audit"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(tok, Prefix+k.ID+"_") || len(tok) != len(Prefix)+16+1+43 {
		t.Fatalf("key %q", tok)
	}
	if strings.Join(k.Roles, ",") != "audit,generate" {
		t.Errorf("roles %v", k.Roles)
	}
	got, err := s.Authenticate(ctx, tok)
	if err != nil || got.ID != k.ID || got.Tenant != "museum" || len(got.Roles) != 2 {
		t.Fatalf("authenticate: %+v %v", got, err)
	}

	// A second store on the same file (another process) finds it.
	s2 := open(t, path)
	if got, err := s2.Authenticate(ctx, tok); err != nil || got.Tenant != "museum" || got.Created.IsZero() {
		t.Fatalf("second store: %+v %v", got, err)
	}

	// Wrong secret with a right id, and an unknown id.
	wrong := tok[:len(tok)-2] + "AA"
	if wrong == tok {
		wrong = tok[:len(tok)-2] + "BA"
	}
	if _, err := s.Authenticate(ctx, wrong); !errors.Is(err, ErrUnknown) {
		t.Errorf("wrong secret: %v", err)
	}
	other := Prefix + "ffffffffffffffff" + tok[len(Prefix)+16:]
	if _, err := s.Authenticate(ctx, other); !errors.Is(err, ErrUnknown) {
		t.Errorf("unknown id: %v", err)
	}

	// Only the hash is stored.
	s.Close()
	db, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, secret, _ := Parse(tok)
	wal, _ := os.ReadFile(path + "-wal")
	for _, b := range [][]byte{db, wal} {
		if bytes.Contains(b, secret) || bytes.Contains(b, []byte(tok[len(Prefix)+17:])) {
			t.Error("the secret is in the database file")
		}
	}
}

func TestParseMalformed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "tokens.txt"))
	if err != nil {
		t.Fatal(err)
	}
	good := 0
	for _, tok := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		_, _, err := Parse(tok)
		if err == nil {
			good++
			continue
		}
		if !errors.Is(err, ErrMalformed) {
			t.Errorf("%q: %v", tok, err)
		}
	}
	if good != 1 {
		t.Errorf("%d tokens parsed, want 1 (the first)", good)
	}
	for _, tok := range []string{"", "cnd_", "cnd__", "Bearer cnd_x", strings.Repeat("cnd_", 100)} {
		if _, _, err := Parse(tok); !errors.Is(err, ErrMalformed) {
			t.Errorf("%q: %v", tok, err)
		}
	}
}

func TestCreateInvalid(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "keys.db"))
	for _, tc := range []struct {
		tenant string
		roles  []string
	}{
		{"", []string{"generate"}},
		{"Upper", []string{"generate"}},
		{"-dash", []string{"generate"}},
		{strings.Repeat("a", 65), []string{"generate"}},
		{"ok", nil},
		{"ok", []string{"root"}},
	} {
		if _, _, err := s.Create(context.Background(), tc.tenant, tc.roles); !errors.Is(err, ErrInvalid) {
			t.Errorf("%q %v: %v", tc.tenant, tc.roles, err)
		}
	}
	if n, _ := s.Count(context.Background()); n != 0 {
		t.Errorf("%d keys stored", n)
	}
}

func TestListAndRoles(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "keys.db"))
	for _, tn := range []string{"a", "b", "a"} {
		if _, _, err := s.Create(ctx, tn, []string{"generate"}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.List(ctx, "")
	if err != nil || len(all) != 3 {
		t.Fatalf("%v %v", all, err)
	}
	as, _ := s.List(ctx, "a")
	if len(as) != 2 {
		t.Errorf("tenant a has %d keys", len(as))
	}
	if r, err := ParseRoles(" generate, audit ,admin"); err != nil || strings.Join(r, ",") != "admin,audit,generate" {
		t.Errorf("%v %v", r, err)
	}
	if _, err := ParseRoles(",,"); !errors.Is(err, ErrInvalid) {
		t.Errorf("empty roles: %v", err)
	}
}

func TestOpenBadPath(t *testing.T) {
	if _, err := Open(context.Background(), Config{}); err == nil {
		t.Error("empty path accepted")
	}
	if _, err := Open(context.Background(), Config{Path: filepath.Join(t.TempDir(), "missing", "dir", "keys.db")}); err == nil {
		t.Error("missing directory accepted")
	}
}

func FuzzParse(f *testing.F) {
	b, _ := os.ReadFile(filepath.Join("testdata", "tokens.txt"))
	for _, tok := range strings.Split(string(b), "\n") {
		f.Add(tok)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		id, secret, err := Parse(tok)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatal(err)
			}
			return
		}
		if len(id) != 16 || len(secret) != 32 {
			t.Fatalf("%q parsed to %q %d bytes", tok, id, len(secret))
		}
	})
}

func BenchmarkAuthenticate(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "keys.db"))
	tok, _, err := s.Create(context.Background(), "bench", []string{"generate"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Authenticate(context.Background(), tok); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOneSpellingPerKey: 32 bytes in unpadded base64 leave 2 spare bits in
// the last character; a key whose spare bits are set is another spelling
// of the same secret and must not parse.
func TestOneSpellingPerKey(t *testing.T) {
	tok := Prefix + "0123456789abcdef_" + base64.RawURLEncoding.EncodeToString(make([]byte, 32))
	if _, _, err := Parse(tok); err != nil {
		t.Fatal(err)
	}
	alt := tok[:len(tok)-1] + "B" // 'A' is 000000, 'B' sets a spare bit
	if _, _, err := Parse(alt); !errors.Is(err, ErrMalformed) {
		t.Errorf("second spelling %q parsed: %v", alt, err)
	}
	if _, _, err := Parse(strings.Replace(tok, "0123456789abcdef", "0123456789ABCDEF", 1)); !errors.Is(err, ErrMalformed) {
		t.Error("upper-case id parsed")
	}
}
