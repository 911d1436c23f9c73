package auditlog

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/transparency-dev/tessera/api/layout"
)

// tileReader returns a tessera TileFetcherFunc over the POSIX log in root
// that can serve a tile for any earlier tree size. tessera writes partial
// tiles only at the sizes where a batch ended, so the width-p tile of an older
// tree size may not exist; since a tile's first p hashes never change as it
// grows (tlog-tiles), the first p hashes of any wider version serve as well.
func tileReader(root string) func(ctx context.Context, level, index uint64, p uint8) ([]byte, error) {
	return func(_ context.Context, level, index uint64, p uint8) ([]byte, error) {
		full := filepath.Join(root, layout.TilePath(level, index, 0))
		if p == 0 {
			return os.ReadFile(full)
		}
		if b, err := os.ReadFile(filepath.Join(root, layout.TilePath(level, index, p))); err == nil {
			return b, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		want := int(p) * 32
		if b, err := os.ReadFile(full); err == nil {
			return b[:min(want, len(b))], nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		// Partial versions live in <full>.p/<width>.
		ents, err := os.ReadDir(full + ".p")
		if err != nil {
			return nil, err
		}
		best := 0
		for _, e := range ents {
			w, err := strconv.Atoi(e.Name())
			if err != nil || w < int(p) || w > 255 {
				continue
			}
			if best == 0 || w < best {
				best = w
			}
		}
		if best == 0 {
			return nil, fmt.Errorf("tile %d/%d width %d: %w", level, index, p, fs.ErrNotExist)
		}
		b, err := os.ReadFile(filepath.Join(full+".p", strconv.Itoa(best)))
		if err != nil {
			return nil, err
		}
		if len(b) < want {
			return nil, fmt.Errorf("tile %d/%d width %d holds %d bytes", level, index, best, len(b))
		}
		return b[:want], nil
	}
}
