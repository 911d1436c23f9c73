// Package sumcheck is for tests of committed model folders: it checks every
// file of a folder against its SHA256SUMS (sha256sum's "HASH  NAME" lines).
package sumcheck

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Check fails t unless sums is well formed, lists every name in required,
// and matches exactly the files of dir: each plain file (but SHA256SUMS,
// *.go and dot files) listed with its sha256, none listed that is missing.
// hint says how to regenerate the sums; it ends the mismatch message.
func Check(t testing.TB, dir string, sums []byte, required []string, hint string) {
	t.Helper()
	want := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(sums))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("bad SHA256SUMS line %q", sc.Text())
		}
		want[name] = sum
	}
	for _, need := range required {
		if _, ok := want[need]; !ok {
			t.Errorf("%s not in SHA256SUMS", need)
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || n == "SHA256SUMS" || strings.HasSuffix(n, ".go") || strings.HasPrefix(n, ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		if sum, ok := want[n]; !ok {
			t.Errorf("%s is not listed in SHA256SUMS", n)
		} else if hex.EncodeToString(h[:]) != sum {
			t.Errorf("%s: sha256 %x, SHA256SUMS says %s (%s)", n, h, sum, hint)
		}
		delete(want, n)
	}
	for n := range want {
		t.Errorf("SHA256SUMS lists %s, which is missing", n)
	}
}
