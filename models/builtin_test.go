package models

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// checkout hashes every file under dir (as diffusion.Load does).
func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		h := sha256.Sum256(b)
		got[filepath.ToSlash(rel)] = hex.EncodeToString(h[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func sameTree(t *testing.T, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d files, want %d: %v", len(got), len(want), got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
}

// TestEmbeddedIsTheCheckout checks that the embedding holds every file of
// models/builtin with the same bytes, that SHA256SUMS lists each of them,
// and that the loader's required files are there.
func TestEmbeddedIsTheCheckout(t *testing.T) {
	sums, err := BuiltinSums()
	if err != nil {
		t.Fatal(err)
	}
	disk := hashTree(t, "builtin")
	emb := map[string]string{}
	err = fs.WalkDir(BuiltinFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(BuiltinFS(), p)
		h := sha256.Sum256(b)
		emb[p] = hex.EncodeToString(h[:])
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, emb, disk)
	for p, sum := range sums {
		if emb[p] != sum {
			t.Errorf("%s listed with %s, embedded %q", p, sum, emb[p])
		}
	}
	if len(sums)+1 != len(emb) {
		t.Errorf("%d listed + SHA256SUMS, %d embedded", len(sums), len(emb))
	}
	for _, need := range []string{"model_index.json", "scheduler/scheduler_config.json", "tokenizer/vocab.json",
		"tokenizer/merges.txt", "text_encoder/model.onnx", "unet/model.onnx", "vae_decoder/model.onnx"} {
		if sums[need] == "" {
			t.Errorf("%s (needed by diffusion.Load) not embedded", need)
		}
	}
	raw, _ := os.ReadFile("builtin/SHA256SUMS")
	h := sha256.Sum256(raw)
	if want := "builtin-" + hex.EncodeToString(h[:])[:16]; BuiltinName() != want {
		t.Errorf("BuiltinName = %q, want %q", BuiltinName(), want)
	}
}

func TestMaterializeAndReuse(t *testing.T) {
	root := t.TempDir()
	dir, err := MaterializeBuiltin(filepath.Join(root, "cache", "models"))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(dir) != BuiltinName() {
		t.Errorf("dir %s", dir)
	}
	want := hashTree(t, "builtin")
	sameTree(t, hashTree(t, dir), want)
	fi, err := os.Stat(filepath.Join(dir, "unet/model.onnx"))
	if err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("unet/model.onnx: %v %v", fi.Mode(), err)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o755 {
		t.Errorf("model dir: %v %v", fi.Mode(), err)
	}
	// Reuse: nothing is rewritten.
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	for p := range want {
		os.Chtimes(filepath.Join(dir, p), old, old)
	}
	again, err := MaterializeBuiltin(filepath.Join(root, "cache", "models"))
	if err != nil || again != dir {
		t.Fatalf("second call: %q %v", again, err)
	}
	for p := range want {
		if fi, err := os.Stat(filepath.Join(dir, p)); err != nil || !fi.ModTime().Equal(old) {
			t.Errorf("%s rewritten on reuse", p)
		}
	}
	// Nothing but the model is left in the parent.
	ents, _ := os.ReadDir(filepath.Dir(dir))
	if len(ents) != 1 {
		t.Errorf("parent holds %v", ents)
	}
}

func TestMaterializeRepairs(t *testing.T) {
	root := t.TempDir()
	dir, err := MaterializeBuiltin(root)
	if err != nil {
		t.Fatal(err)
	}
	want := hashTree(t, "builtin")
	for _, tc := range []struct {
		name   string
		damage func(dir string) error
	}{
		{"corrupt unet", func(dir string) error {
			p := filepath.Join(dir, "unet/model.onnx")
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			b[len(b)/2] ^= 1
			return os.WriteFile(p, b, 0o644)
		}},
		{"truncated vocab", func(dir string) error { return os.Truncate(filepath.Join(dir, "tokenizer/vocab.json"), 10) }},
		{"missing model_index", func(dir string) error { return os.Remove(filepath.Join(dir, "model_index.json")) }},
		{"missing folder", func(dir string) error { return os.RemoveAll(filepath.Join(dir, "vae_decoder")) }},
		{"edited sums", func(dir string) error { return os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte("x"), 0o644) }},
		{"extra file", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "unet", "extra.onnx"), []byte("x"), 0o644)
		}},
		{"symlink instead of file", func(dir string) error {
			p := filepath.Join(dir, "scheduler/scheduler_config.json")
			os.Remove(p)
			return os.Symlink(filepath.Join(dir, "model_index.json"), p)
		}},
		{"folder instead of file", func(dir string) error {
			p := filepath.Join(dir, "text_encoder/model.onnx")
			os.Remove(p)
			return os.MkdirAll(filepath.Join(p, "x"), 0o755)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.damage(dir); err != nil {
				t.Fatal(err)
			}
			got, err := MaterializeBuiltin(root)
			if err != nil || got != dir {
				t.Fatalf("MaterializeBuiltin = %q, %v", got, err)
			}
			sameTree(t, hashTree(t, dir), want)
			fi, err := os.Lstat(filepath.Join(dir, "scheduler/scheduler_config.json"))
			if err != nil || !fi.Mode().IsRegular() {
				t.Errorf("scheduler config: %v %v", fi, err)
			}
		})
	}
	if ents, _ := os.ReadDir(root); len(ents) != 1 {
		t.Errorf("parent holds %v after repairs", ents)
	}
}

// TestMaterializeConcurrent races several writers on an empty directory and
// on a damaged copy; every one must come back with the complete model.
func TestMaterializeConcurrent(t *testing.T) {
	root := t.TempDir()
	want := hashTree(t, "builtin")
	race := func() {
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		dirs := make(chan string, 8)
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d, err := MaterializeBuiltin(root)
				if err != nil {
					errs <- err
				}
				dirs <- d
			}()
		}
		wg.Wait()
		close(errs)
		close(dirs)
		for err := range errs {
			t.Error(err)
		}
		for d := range dirs {
			if filepath.Base(d) != BuiltinName() {
				t.Errorf("dir %q", d)
			}
		}
	}
	race()
	dir := filepath.Join(root, BuiltinName())
	sameTree(t, hashTree(t, dir), want)
	os.Truncate(filepath.Join(dir, "unet/model.onnx"), 0)
	race()
	sameTree(t, hashTree(t, dir), want)
	if ents, _ := os.ReadDir(root); len(ents) != 1 {
		t.Errorf("parent holds %v (staging or temporary files left)", ents)
	}
}

func TestMaterializeErrors(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := MaterializeBuiltin(file); !errors.Is(err, ErrMaterialize) {
		t.Errorf("dir is a file: %v", err)
	}
	// A file where the model directory goes.
	os.WriteFile(filepath.Join(root, BuiltinName()), nil, 0o644)
	if _, err := MaterializeBuiltin(root); !errors.Is(err, ErrMaterialize) {
		t.Errorf("file in the way: %v", err)
	}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := filepath.Join(t.TempDir(), "ro")
		os.Mkdir(ro, 0o555)
		if _, err := MaterializeBuiltin(ro); !errors.Is(err, ErrMaterialize) {
			t.Errorf("read-only dir: %v", err)
		}
	}
}

func TestParseSums(t *testing.T) {
	h := strings.Repeat("ab", 32)
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"text mode", h + "  a/b.onnx\n", true},
		{"binary mode", h + " *a/b.onnx\n", true},
		{"two files", h + "  a\n" + h + "  b\n", true},
		{"empty", "", false},
		{"short hash", "abcd  a\n", false},
		{"upper hex", strings.ToUpper(h) + "  a\n", false},
		{"not hex", strings.Repeat("zz", 32) + "  a\n", false},
		{"one space", h + " a\n", false},
		{"parent path", h + "  ../evil\n", false},
		{"absolute path", h + "  /etc/passwd\n", false},
		{"dot", h + "  .\n", false},
		{"lists itself", h + "  SHA256SUMS\n", false},
		{"twice", h + "  a\n" + h + "  a\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseSums([]byte(tc.in))
			if (err == nil) != tc.ok {
				t.Fatalf("parseSums = %v, %v", got, err)
			}
			if err != nil && !errors.Is(err, ErrEmbedded) {
				t.Errorf("error %v does not wrap ErrEmbedded", err)
			}
			for p, s := range got {
				if s != h || !fs.ValidPath(p) {
					t.Errorf("%q: %q", p, s)
				}
			}
		})
	}
}

// FuzzParseSums checks that whatever parses names only valid relative paths
// with 64 hex digits, and that the result re-encodes to an equivalent list.
func FuzzParseSums(f *testing.F) {
	raw, _ := os.ReadFile("builtin/SHA256SUMS")
	f.Add(raw)
	f.Add([]byte(strings.Repeat("0", 64) + " *x\n\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		sums, err := parseSums(in)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		for p, s := range sums {
			if len(s) != 64 || !fs.ValidPath(p) || p == "." || p == sumsFile || strings.ContainsAny(p, "\n") {
				t.Fatalf("accepted %q %q", p, s)
			}
			buf.WriteString(s + "  " + p + "\n")
		}
		again, err := parseSums(buf.Bytes())
		if err != nil || len(again) != len(sums) {
			t.Fatalf("re-encoded list: %v, %d vs %d", err, len(again), len(sums))
		}
		for p, s := range sums {
			if again[p] != s {
				t.Fatalf("%s: %s vs %s", p, again[p], s)
			}
		}
	})
}

func TestMaterializeRemovesStale(t *testing.T) {
	root := t.TempDir()
	old := time.Now().Add(-2 * time.Hour)
	stale := []string{".builtin-0123456789abcdef-staging-1", ".builtin-repair-2"}
	fresh := ".builtin-repair-3" // perhaps another process's, still writing
	for _, n := range append(stale, fresh) {
		p := filepath.Join(root, n)
		if strings.Contains(n, "staging") {
			os.MkdirAll(filepath.Join(p, "unet"), 0o755)
			os.WriteFile(filepath.Join(p, "unet", "model.onnx"), []byte("half"), 0o644)
		} else {
			os.WriteFile(p, []byte("half"), 0o644)
		}
	}
	for _, n := range stale {
		os.Chtimes(filepath.Join(root, n), old, old)
	}
	keep := filepath.Join(root, "other")
	os.WriteFile(keep, nil, 0o644)
	os.Chtimes(keep, old, old)
	if _, err := MaterializeBuiltin(root); err != nil {
		t.Fatal(err)
	}
	for _, n := range stale {
		if _, err := os.Lstat(filepath.Join(root, n)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s left: %v", n, err)
		}
	}
	for _, p := range []string{filepath.Join(root, fresh), keep} {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s removed: %v", p, err)
		}
	}
}
