package auditlog

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"

	"github.com/transparency-dev/tessera/api/layout"
	"github.com/transparency-dev/tessera/client"
)

// migratePending moves rows that a version before asynchronous integration
// left in its pending table (durable, not acknowledged: the process died
// between the SQLite commit and tessera's sequencing) into the entries table.
//
// For every index below tessera's integrated size that has no entries row,
// it reads tessera's leaf data there and moves the oldest pending row with
// that data into place. The remaining pending rows, which tessera never saw,
// become entries at the next free indices; Open's recovery then integrates
// them like any acknowledged entry. An index with no matching pending row (a
// row deleted by hand) stays missing for Verify to report.
func (l *Log) migratePending(ctx context.Context) error {
	n, err := pendingCount(ctx, l.wdb)
	if err != nil || n == 0 {
		return err
	}
	size, err := l.reader.IntegratedSize(ctx)
	if err != nil {
		return fmt.Errorf("auditlog: tessera size: %w", err)
	}
	missing, err := missingBelow(ctx, l.wdb, size)
	if err != nil {
		return err
	}
	l.logger.Warn("audit log: moving entries left pending by an earlier version's crash",
		slog.Int64("pending", n), slog.Int("unfilled_indices", len(missing)), slog.Uint64("tree_size", size))
	var bundle [][]byte
	bundleIdx := ^uint64(0)
	matched := 0
	for _, idx := range missing {
		if b := idx / layout.EntryBundleWidth; b != bundleIdx {
			eb, err := client.GetEntryBundle(ctx, l.reader.ReadEntryBundle, b, size)
			if err != nil {
				return fmt.Errorf("auditlog: read entry bundle %d: %w", b, err)
			}
			bundle, bundleIdx = eb.Entries, b
		}
		k := idx % layout.EntryBundleWidth
		if k >= uint64(len(bundle)) {
			return fmt.Errorf("entry bundle %d lacks index %d: %w", bundleIdx, idx, ErrCorrupt)
		}
		r, err := pendingByData(ctx, l.wdb, bundle[k])
		if err != nil {
			return err
		}
		if r == nil {
			l.logger.Error("audit log: transparency log leaf has no stored entry; audit verify will report it", slog.Uint64("index", idx))
			continue
		}
		if err := r.restore(idx); err != nil {
			return err
		}
		// Finalize one at a time: the same pending row must not match twice.
		if err := finalize(ctx, l.wdb, []*appendReq{r}); err != nil {
			return fmt.Errorf("auditlog: recover index %d: %w", idx, err)
		}
		matched++
	}
	rest, err := allPending(ctx, l.wdb)
	if err != nil {
		return err
	}
	last, found, err := maxIndex(ctx, l.wdb)
	if err != nil {
		return err
	}
	next := size
	if found && last+1 > next {
		next = last + 1
	}
	for i, r := range rest {
		if err := r.restore(next + uint64(i)); err != nil {
			return err
		}
	}
	if err := finalize(ctx, l.wdb, rest); err != nil {
		return fmt.Errorf("auditlog: recover: %w", err)
	}
	l.logger.Warn("audit log: moved pending entries", slog.Int("matched", matched), slog.Int("to_integrate", len(rest)))
	return nil
}

// restore prepares a pending row read back from SQLite for finalize at idx.
func (r *appendReq) restore(idx uint64) error {
	e, err := ParseCanonical(r.body)
	if err != nil || !bytes.Equal(LeafData(r.body), r.data) {
		return fmt.Errorf("pending row %d does not match its leaf data: %w", r.pendingID, ErrCorrupt)
	}
	e.Index = idx
	r.entry, r.idx, r.canonical = e, idx, withIndex(r.body, idx)
	return nil
}
