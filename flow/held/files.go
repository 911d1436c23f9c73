package held

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/candor-ai/candor/internal/fsutil"
)

const (
	blobDirName  = "blobs"
	lockFileName = fsutil.LockFileName
	tmpPrefix    = ".tmp-"
	blobPrefix   = "b_"
	blobSuffix   = ".blob"
	// maxBlobSize bounds what readBlob loads into memory: a blob is one
	// encoded image, far below this.
	maxBlobSize = 1 << 30
)

// newBlobName returns a fresh random file name. Names carry nothing about
// the item (not its id, tenant or kind): the mapping lives only in the index.
func newBlobName() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return blobPrefix + hex.EncodeToString(b[:]) + blobSuffix
}

// validBlobName reports whether name is one newBlobName could return, so a
// name read from the index can never point outside the blob directory.
func validBlobName(name string) bool {
	h, ok := strings.CutPrefix(name, blobPrefix)
	if !ok {
		return false
	}
	h, ok = strings.CutSuffix(h, blobSuffix)
	if !ok || len(h) != 32 {
		return false
	}
	_, err := hex.DecodeString(h)
	return err == nil && strings.ToLower(h) == h
}

// writeBlob makes dir/name hold data durably: it writes a temporary file
// (0600, from os.CreateTemp), fsyncs it, renames it into place and fsyncs
// the directory. A crash leaves either no file, a temporary file or the
// complete blob; Open removes the first two kinds of leftover and any blob
// the index does not reference.
func writeBlob(dir, name string, data []byte) error {
	f, err := os.CreateTemp(dir, tmpPrefix+"*")
	if err != nil {
		return fmt.Errorf("create blob: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, name))
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("write blob: %w", err)
	}
	if err := fsutil.SyncDir(dir); err != nil {
		return fmt.Errorf("write blob: %w", err)
	}
	return nil
}

func readBlob(dir, name string) ([]byte, error) {
	if !validBlobName(name) {
		return nil, fmt.Errorf("blob name %q in the index: %w", name, ErrCorrupt)
	}
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("read blob: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxBlobSize+1))
	if err != nil {
		return nil, fmt.Errorf("read blob: %w", err)
	}
	if len(b) > maxBlobSize {
		return nil, fmt.Errorf("blob %s is over %d bytes: %w", name, maxBlobSize, ErrCorrupt)
	}
	return b, nil
}

// destroyFile overwrites path with zeros, fsyncs it, removes it and fsyncs
// its directory. A missing file is not an error. The overwrite helps on
// file systems that write in place (ext4, xfs without reflinks); on
// copy-on-write or flash-translated storage the old blocks may survive,
// which is why the wrapped data key is destroyed as well (see the package
// documentation).
func destroyFile(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("destroy %s: %w", filepath.Base(path), err)
	}
	st, err := f.Stat()
	if err == nil && st.Mode().IsRegular() {
		zeros := make([]byte, 64<<10)
		for left := st.Size(); left > 0 && err == nil; {
			n := min(left, int64(len(zeros)))
			_, err = f.Write(zeros[:n])
			left -= n
		}
		if err == nil {
			err = f.Sync()
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if rerr := os.Remove(path); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) && err == nil {
		err = rerr
	}
	if err == nil {
		err = fsutil.SyncDir(filepath.Dir(path))
	}
	if err != nil {
		return fmt.Errorf("destroy %s: %w", filepath.Base(path), err)
	}
	return nil
}

// ensureDir creates dir (and parents) and makes its mode exactly 0700.
func ensureDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("chmod %s: %w", dir, err)
	}
	return nil
}
