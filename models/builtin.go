// Package models carries candor's built-in diffusion model,
// candor-toyworld-v1 (see builtin/MODEL_CARD.md), inside the binary, so
// that `candor generate` and `candor serve` work from any directory and
// from a copied binary without a checkout or a download.
//
// ONNX Runtime loads models from files, so the embedded directory is
// written out once by [MaterializeBuiltin] into a content-addressed
// directory, builtin-<first 16 hex digits of SHA-256(SHA256SUMS)>, and
// reused from then on. The layout and bytes are exactly those of
// models/builtin in the checkout (every file, SHA256SUMS and MODEL_CARD.md
// included), so the SHA-256 of each file that diffusion.Load records in
// ModelInfo.Files, and hence in every Content Credential, is the same
// whichever copy is loaded.
//
// SHA256SUMS is in the format of GNU coreutils sha256sum: one line per
// file, 64 lowercase hex digits, two spaces (or a space and '*'), and the
// slash-separated path relative to the model directory. It lists every file
// but itself.
package models

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/candor-ai/candor/internal/fsutil"
)

// builtin is models/builtin as it was at build time; all: keeps dot files,
// so the embedding is the directory exactly (the tests check it).
//
//go:embed all:builtin
var builtin embed.FS

// sumsFile is the manifest inside the model directory.
const sumsFile = "SHA256SUMS"

// BuiltinFS is the embedded model directory (model_index.json at its root).
func BuiltinFS() fs.FS {
	sub, err := fs.Sub(builtin, "builtin")
	if err != nil {
		panic(err) // "builtin" is a valid, embedded path
	}
	return sub
}

// BuiltinName is the directory name MaterializeBuiltin writes the model
// under: "builtin-" and the first 16 hex digits of SHA-256(SHA256SUMS), so a
// binary with another model never reuses this one's files.
func BuiltinName() string {
	// A missing SHA256SUMS hashes as empty here; BuiltinSums reports it.
	b, _ := fs.ReadFile(BuiltinFS(), sumsFile)
	h := sha256.Sum256(b)
	return "builtin-" + hex.EncodeToString(h[:8])
}

// BuiltinSums returns the embedded SHA256SUMS as path -> hex SHA-256, after
// checking that every embedded file but SHA256SUMS is listed with its true
// hash and every listed file is embedded. Errors wrap ErrEmbedded.
func BuiltinSums() (map[string]string, error) {
	fsys := BuiltinFS()
	raw, err := fs.ReadFile(fsys, sumsFile)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", sumsFile, ErrEmbedded, err)
	}
	sums, err := parseSums(raw)
	if err != nil {
		return nil, err
	}
	seen := 0
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == sumsFile {
			return err
		}
		want, ok := sums[p]
		if !ok {
			return fmt.Errorf("%s is embedded but not in %s: %w", p, sumsFile, ErrEmbedded)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != want {
			return fmt.Errorf("%s: sha256 %x, %s says %s: %w", p, h, sumsFile, want, ErrEmbedded)
		}
		seen++
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrEmbedded) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", ErrEmbedded, err)
	}
	if seen != len(sums) {
		var missing []string
		for p := range sums {
			if _, err := fs.Stat(fsys, p); err != nil {
				missing = append(missing, p)
			}
		}
		slices.Sort(missing)
		return nil, fmt.Errorf("%s lists %s, not embedded: %w", sumsFile, strings.Join(missing, ", "), ErrEmbedded)
	}
	return sums, nil
}

// parseSums reads sha256sum output. Paths must be clean, relative and
// slash-separated (fs.ValidPath), so nothing is written outside the model
// directory.
func parseSums(raw []byte) (map[string]string, error) {
	sums := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" {
			continue
		}
		sum, name, ok := strings.Cut(line, " ")
		name, star := strings.CutPrefix(name, "*")
		if !star {
			name, ok = strings.CutPrefix(name, " ")
		}
		_, hexErr := hex.DecodeString(sum)
		switch {
		case !ok || len(sum) != 64 || hexErr != nil || strings.ToLower(sum) != sum:
			return nil, fmt.Errorf("%s line %d %q: want <64 lowercase hex>  <path>: %w", sumsFile, n, line, ErrEmbedded)
		case !fs.ValidPath(name) || name == "." || name == sumsFile:
			return nil, fmt.Errorf("%s line %d: bad path %q: %w", sumsFile, n, name, ErrEmbedded)
		case sums[name] != "":
			return nil, fmt.Errorf("%s line %d: %s listed twice: %w", sumsFile, n, name, ErrEmbedded)
		}
		sums[name] = sum
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w: %w", sumsFile, ErrEmbedded, err)
	}
	if len(sums) == 0 {
		return nil, fmt.Errorf("%s lists no files: %w", sumsFile, ErrEmbedded)
	}
	return sums, nil
}

// MaterializeBuiltin makes sure dir/BuiltinName() holds the built-in model,
// byte for byte, and returns that directory, ready for diffusion.Load.
//
// A first call writes every file into a fresh staging directory in dir
// (fsynced), then renames it into place in one step, so neither a crash nor
// another process doing the same at the same time ever leaves a partial
// model under the final name; the loser of a race removes its staging copy
// and uses the winner's. A later call reuses the directory after checking
// every file against the embedded SHA256SUMS: a missing, changed or
// non-regular file is rewritten (through a temporary file in dir and a
// rename, so a reader sees the old or the new file, never half of one), and
// any file the model does not have is removed, since diffusion.Load hashes
// every file it finds. Staging directories and temporary files (.builtin-*
// in dir) over an hour old, left by a writer that crashed, are removed. Directories are made 0755 and files 0644 (less the
// umask for directories made along the way). Errors wrap ErrEmbedded or
// ErrMaterialize.
func MaterializeBuiltin(dir string) (string, error) {
	sums, err := BuiltinSums()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	removeStale(dir, time.Now().Add(-staleAfter))
	final := filepath.Join(dir, BuiltinName())
	if _, err := os.Lstat(final); errors.Is(err, fs.ErrNotExist) {
		won, err := stage(dir, final, sums)
		if err != nil {
			return "", err
		}
		if won {
			return final, nil
		}
	} else if err != nil {
		return "", fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	if err := repair(dir, final, sums); err != nil {
		return "", err
	}
	return final, nil
}

// staleAfter is how old a staging directory or temporary file left in dir
// must be before it counts as a crashed writer's and is removed; writing
// the model takes well under a second.
const staleAfter = time.Hour

// removeStale removes what writers that crashed left behind in dir (their
// staging directories and temporary files, named .builtin-*), best effort.
func removeStale(dir string, before time.Time) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), ".builtin-") {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.ModTime().Before(before) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// files lists what the model directory holds: every listed file and
// SHA256SUMS itself.
func files(sums map[string]string) []string {
	names := []string{sumsFile}
	for p := range sums {
		names = append(names, p)
	}
	slices.Sort(names)
	return names
}

// stage writes the whole model into a staging directory and renames it to
// final. It reports false when another writer got there first.
func stage(dir, final string, sums map[string]string) (bool, error) {
	tmp, err := os.MkdirTemp(dir, "."+filepath.Base(final)+"-staging-") // .builtin-...
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	if err := os.Chmod(tmp, 0o755); err != nil {
		return false, fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	dirs := map[string]bool{".": true}
	for _, p := range files(sums) {
		for d := path.Dir(p); !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
		if err := os.MkdirAll(filepath.Join(tmp, filepath.FromSlash(path.Dir(p))), 0o755); err != nil {
			return false, fmt.Errorf("%w: %w", ErrMaterialize, err)
		}
		if err := writeFile(filepath.Join(tmp, filepath.FromSlash(p)), p); err != nil {
			return false, err
		}
	}
	for d := range dirs {
		if err := syncDir(filepath.Join(tmp, filepath.FromSlash(d))); err != nil {
			return false, err
		}
	}
	if err := os.Rename(tmp, final); err != nil {
		if _, serr := os.Lstat(final); serr == nil {
			return false, nil // another writer's copy is in place
		}
		return false, fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	return true, syncDir(dir)
}

// repair checks an existing copy and fixes what differs.
func repair(dir, final string, sums map[string]string) error {
	fi, err := os.Lstat(final)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is in the way (not a directory): %w", final, ErrMaterialize)
	}
	want := map[string]bool{}
	for _, p := range files(sums) {
		want[p] = true
		sum := sums[p]
		if p == sumsFile {
			b, _ := fs.ReadFile(BuiltinFS(), sumsFile)
			h := sha256.Sum256(b)
			sum = hex.EncodeToString(h[:])
		}
		dst := filepath.Join(final, filepath.FromSlash(p))
		if ok, err := matches(dst, sum); err != nil {
			return err
		} else if ok {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("%w: %w", ErrMaterialize, err)
		}
		if fi, err := os.Lstat(dst); err == nil && fi.IsDir() {
			if err := os.RemoveAll(dst); err != nil {
				return fmt.Errorf("%w: %w", ErrMaterialize, err)
			}
		}
		// Written beside final, not inside it, so no reader ever finds a
		// temporary file in the model directory.
		tmp, err := tempFile(dir, p)
		if err != nil {
			return err
		}
		if err := os.Rename(tmp, dst); err != nil {
			os.Remove(tmp)
			return fmt.Errorf("%w: %w", ErrMaterialize, err)
		}
		if err := syncDir(filepath.Dir(dst)); err != nil {
			return err
		}
	}
	// Remove what the model does not have.
	return filepath.WalkDir(final, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed by a concurrent repair
			}
			return fmt.Errorf("%w: %w", ErrMaterialize, err)
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(final, p)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrMaterialize, err)
		}
		if !want[filepath.ToSlash(rel)] {
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("%w: %w", ErrMaterialize, err)
			}
		}
		return nil
	})
}

// matches reports whether path is a regular file (not a link) with the
// given SHA-256.
func matches(p, sum string) (bool, error) {
	fi, err := os.Lstat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	if !fi.Mode().IsRegular() {
		return false, nil
	}
	f, err := os.Open(p)
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false, fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	return hex.EncodeToString(h.Sum(nil)) == sum, nil
}

// writeFile writes the embedded file name to dst (a new path) and fsyncs it.
func writeFile(dst, name string) error {
	b, err := fs.ReadFile(BuiltinFS(), name)
	if err != nil {
		return fmt.Errorf("%s: %w: %w", name, ErrEmbedded, err)
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	return finish(f, b)
}

// tempFile writes the embedded file name into a new temporary file in dir
// and returns its path.
func tempFile(dir, name string) (string, error) {
	b, err := fs.ReadFile(BuiltinFS(), name)
	if err != nil {
		return "", fmt.Errorf("%s: %w: %w", name, ErrEmbedded, err)
	}
	f, err := os.CreateTemp(dir, ".builtin-repair-*")
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	if err := finish(f, b); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

func finish(f *os.File, b []byte) error {
	_, err := f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w: %w", f.Name(), ErrMaterialize, err)
	}
	return nil
}

// syncDir is fsutil.SyncDir, its error wrapping ErrMaterialize.
func syncDir(dir string) error {
	if err := fsutil.SyncDir(dir); err != nil {
		return fmt.Errorf("%w: %w", ErrMaterialize, err)
	}
	return nil
}
