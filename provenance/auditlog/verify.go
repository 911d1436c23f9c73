package auditlog

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/candor-ai/candor/internal/fsutil"
	"github.com/transparency-dev/formats/log"
	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/rfc6962"
	"github.com/transparency-dev/tessera/api/layout"
	"github.com/transparency-dev/tessera/client"
	"golang.org/x/mod/sumdb/note"
)

// ProblemKind names what Verify found wrong.
type ProblemKind string

// Problem kinds.
const (
	// ProblemEdited: the row at Index does not hash to the committed leaf, or
	// its query columns disagree with its committed bytes.
	ProblemEdited ProblemKind = "edited"
	// ProblemMissing: the checkpoint commits to Index but no row holds it.
	ProblemMissing ProblemKind = "missing"
	// ProblemReordered: the row at Index holds the committed entry of another index.
	ProblemReordered ProblemKind = "reordered"
	// ProblemExtra: a row beyond the signed checkpoint (appended by hand).
	ProblemExtra ProblemKind = "extra"
	// ProblemRoot: the root recomputed from the rows differs from the checkpoint.
	ProblemRoot ProblemKind = "root"
	// ProblemLog: tessera's own tiles or bundles disagree with the checkpoint.
	ProblemLog ProblemKind = "log"
	// ProblemCheckpoint: the checkpoint or key is missing, unsigned or forged.
	ProblemCheckpoint ProblemKind = "checkpoint"
	// ProblemRollback: the tree is smaller than the saved checkpoint
	// (VerifyOptions.Saved): the log was rolled back or truncated.
	ProblemRollback ProblemKind = "rollback"
	// ProblemInconsistent: the tree does not extend the saved checkpoint
	// (VerifyOptions.Saved): another key or origin, or another history.
	ProblemInconsistent ProblemKind = "inconsistent"
)

// maxProblems caps VerifyReport.Problems; ProblemCount still counts all.
const maxProblems = 1000

// Problem is one mismatch found by Verify.
type Problem struct {
	Index  uint64      `json:"index"`
	Kind   ProblemKind `json:"kind"`
	Detail string      `json:"detail"`
}

// VerifyReport is the outcome of Verify.
type VerifyReport struct {
	Origin      string `json:"origin"`
	VerifierKey string `json:"verifier_key"`
	// TreeSize and Root are those of the signed checkpoint.
	TreeSize uint64 `json:"tree_size"`
	Root     string `json:"root"` // hex
	// EntriesChecked counts rows whose leaf was recomputed.
	EntriesChecked uint64 `json:"entries_checked"`
	// Live is true when another process held the log open during Verify;
	// rows beyond the checkpoint are then Pending, not Extra.
	Live bool `json:"live"`
	// Pending counts entries not yet (or, after a crash, not yet known to be)
	// sequenced: rows in the pending table, and rows past the checkpoint of a
	// live log. They are not covered by the checkpoint and not problems.
	Pending uint64 `json:"pending"`
	// Problems lists the first maxProblems mismatches; ProblemCount counts all.
	Problems     []Problem `json:"problems"`
	ProblemCount int       `json:"problem_count"`
	// Extension is set when VerifyOptions.Saved was given.
	Extension *Extension `json:"extension,omitempty"`
}

// OK reports whether Verify found no problem.
func (r *VerifyReport) OK() bool { return r.ProblemCount == 0 }

func (r *VerifyReport) add(idx uint64, kind ProblemKind, format string, args ...any) {
	r.ProblemCount++
	if len(r.Problems) < maxProblems {
		r.Problems = append(r.Problems, Problem{Index: idx, Kind: kind, Detail: fmt.Sprintf(format, args...)})
	}
}

// Verify checks the audit log in dir (Config.Dir of Open) against its signed
// checkpoint, using the verifier key stored beside it. See VerifyWithKey.
func Verify(ctx context.Context, dir string) (VerifyReport, error) {
	return VerifyWithKey(ctx, dir, "")
}

// VerifyOptions configures VerifyWith.
type VerifyOptions struct {
	// VerifierKey is the trusted note verifier key; the stored
	// checkpoint.pub when empty (see VerifyWithKey).
	VerifierKey string
	// Saved is a signed checkpoint of this log kept from earlier (candor
	// audit fetch saves one); when set, the log must also be a consistent
	// extension of it (see VerifyExtends).
	Saved []byte
}

// VerifyWith runs VerifyWithKey and, when opts.Saved is set, VerifyExtends,
// and reports both: a failed extension check adds a ProblemRollback or
// ProblemInconsistent problem and its error (wrapping ErrRollback,
// ErrInconsistent or ErrTampered) is joined to Verify's. This is the check
// behind candor audit verify --checkpoint FILE.
func VerifyWith(ctx context.Context, dir string, opts VerifyOptions) (VerifyReport, error) {
	rep, err := VerifyWithKey(ctx, dir, opts.VerifierKey)
	if opts.Saved == nil || (err != nil && !errors.Is(err, ErrTampered)) {
		return rep, err
	}
	ext, xerr := VerifyExtends(ctx, dir, opts.Saved, opts.VerifierKey)
	rep.Extension = &ext
	if xerr == nil {
		return rep, err
	}
	switch {
	case errors.Is(xerr, ErrRollback):
		rep.add(ext.SavedSize, ProblemRollback, "%v", xerr)
	case errors.Is(xerr, ErrInconsistent):
		rep.add(ext.SavedSize, ProblemInconsistent, "%v", xerr)
	case errors.Is(xerr, ErrTampered):
		rep.add(ext.SavedSize, ProblemLog, "%v", xerr)
	}
	return rep, errors.Join(err, xerr)
}

// VerifyWithKey checks the audit log in dir without writing to it.
//
// It verifies the checkpoint's note signature (C2SP tlog-checkpoint) with
// verifierKey, or with the stored checkpoint.pub when verifierKey is empty
// (pass a key obtained out of band to defend against a replaced key pair).
// Then, for every index below the checkpoint size, it recomputes the RFC 6962
// leaf hash from the SQLite row, compares it with tessera's leaf tile and
// entry bundle, and rebuilds the Merkle root with a compact range, from the
// rows and from tessera's tiles, each compared with the signed root. It
// returns the report and, when anything mismatches, an error wrapping
// ErrTampered; other errors mean the check could not run.
func VerifyWithKey(ctx context.Context, dir, verifierKey string) (VerifyReport, error) {
	var rep VerifyReport
	dbPath := filepath.Join(dir, dbFileName)
	if _, err := os.Stat(dbPath); err != nil {
		return rep, fmt.Errorf("auditlog: verify %s: %w", dir, err)
	}
	rep.Live = fsutil.Locked(dir)

	verifier, err := verifierFor(dir, verifierKey, &rep)
	if err != nil {
		return rep, err
	}
	logDir := filepath.Join(dir, tesseraDir)
	ff := client.FileFetcher{Root: logDir}
	var cp *log.Checkpoint
	if verifier != nil {
		raw, err := ff.ReadCheckpoint(ctx)
		if err != nil {
			rep.add(0, ProblemCheckpoint, "read checkpoint: %v", err)
		} else if cp, _, _, err = log.ParseCheckpoint(raw, verifier.Name(), verifier); err != nil {
			rep.add(0, ProblemCheckpoint, "checkpoint does not verify: %v", err)
			cp = nil
		}
	}
	if cp == nil {
		return rep, fmt.Errorf("no valid signed checkpoint: %w", ErrTampered)
	}
	rep.TreeSize, rep.Root = cp.Size, hex.EncodeToString(cp.Hash)

	db, err := openDB(dbPath, true, false)
	if err != nil {
		return rep, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT idx, time_ns, tenant, canonical FROM entries ORDER BY idx`)
	if err != nil {
		return rep, fmt.Errorf("auditlog: verify query: %w", err)
	}
	defer rows.Close()
	it := &rowIter{rows: rows}

	usedPending := map[int64]bool{}
	rf := compact.RangeFactory{Hash: rfc6962.DefaultHasher.HashChildren}
	fromRows := rf.NewEmptyRange(0)
	n := cp.Size
	for start := uint64(0); start < n; start += layout.EntryBundleWidth {
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("auditlog: verify: %w", err)
		}
		count := min(uint64(layout.EntryBundleWidth), n-start)
		tileLeaves, tileData := logLeaves(ctx, ff, start, count, n, &rep)
		for k := uint64(0); k < count; k++ {
			i := start + k
			var want []byte
			if tileLeaves != nil {
				want = tileLeaves[k]
			}
			r, err := it.take(i, &rep)
			if err != nil {
				return rep, err
			}
			if r == nil {
				if tileData != nil {
					if leaf := pendingLeaf(ctx, db, tileData[k], usedPending); leaf != nil {
						_ = fromRows.Append(leaf, nil)
						continue // counted with the pending table below
					}
				}
				rep.add(i, ProblemMissing, "the checkpoint commits to index %d but no row holds it", i)
				_ = fromRows.Append(make([]byte, 32), nil)
				continue
			}
			rep.EntriesChecked++
			leaf := LeafHash(r.canonical)
			_ = fromRows.Append(leaf, nil)
			checkRow(i, r, leaf, want, &rep)
		}
	}
	// Rows beyond the checkpoint.
	for {
		r, err := it.next()
		if err != nil {
			return rep, err
		}
		if r == nil {
			break
		}
		if rep.Live && r.idx >= 0 {
			rep.Pending++
			continue
		}
		rep.add(uint64(max(r.idx, 0)), ProblemExtra, "row %d lies beyond the signed tree of size %d: added by hand, or acknowledged just before a crash (opening the log integrates such rows; verify again after a start)", r.idx, n)
	}

	var pend int64
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM pending`).Scan(&pend); err == nil {
		rep.Pending += uint64(pend)
	}
	if root, err := fromRows.GetRootHash(nil); err != nil || (n > 0 && !bytes.Equal(root, cp.Hash)) {
		rep.add(n, ProblemRoot, "root recomputed from the stored entries %x differs from the checkpoint root %x", root, cp.Hash)
	}
	if n > 0 {
		if err := checkTileRoot(ctx, ff, cp, rf); err != nil {
			rep.add(n, ProblemLog, "%v", err)
		}
	} else if !bytes.Equal(cp.Hash, rfc6962.DefaultHasher.EmptyRoot()) {
		rep.add(0, ProblemCheckpoint, "empty tree with non-empty root %x", cp.Hash)
	}
	if rep.ProblemCount > 0 {
		return rep, fmt.Errorf("%d problem(s), first: %s at index %d: %w", rep.ProblemCount, rep.Problems[0].Kind, rep.Problems[0].Index, ErrTampered)
	}
	return rep, nil
}

// verifierFor picks the checkpoint verifier and cross-checks the stored key pair.
func verifierFor(dir, verifierKey string, rep *VerifyReport) (note.Verifier, error) {
	stored, _, err := loadVerifier(dir)
	if verifierKey == "" {
		if err != nil {
			rep.add(0, ProblemCheckpoint, "stored verifier key: %v", err)
			return nil, nil
		}
		verifierKey = stored
	} else if err == nil && stored != verifierKey {
		rep.add(0, ProblemCheckpoint, "stored %s differs from the given verifier key", publicKeyFile)
	}
	v, verr := note.NewVerifier(verifierKey)
	if verr != nil {
		return nil, fmt.Errorf("verifier key: %w: %w", ErrKey, verr)
	}
	rep.Origin, rep.VerifierKey = v.Name(), verifierKey
	if priv, err := os.ReadFile(filepath.Join(dir, privateKeyFile)); err == nil {
		s, err := note.NewSigner(strings.TrimSpace(string(priv)))
		if err != nil || s.KeyHash() != v.KeyHash() || s.Name() != v.Name() {
			rep.add(0, ProblemCheckpoint, "%s does not match the verifier key", privateKeyFile)
		}
	}
	return v, nil
}

// logLeaves returns tessera's leaf hashes for [start, start+count), and the
// entry bundle's leaf data when it agrees with them; nil when unreadable.
func logLeaves(ctx context.Context, ff client.FileFetcher, start, count, size uint64, rep *VerifyReport) (leaves, data [][]byte) {
	leaves, err := client.FetchLeafHashes(ctx, ff.ReadTile, start, count, size)
	if err != nil {
		rep.add(start, ProblemLog, "read leaf tile: %v", err)
		return nil, nil
	}
	bundle, err := client.GetEntryBundle(ctx, ff.ReadEntryBundle, start/layout.EntryBundleWidth, size)
	if err != nil {
		rep.add(start, ProblemLog, "read entry bundle: %v", err)
		return leaves, nil
	}
	if uint64(len(bundle.Entries)) < count {
		rep.add(start, ProblemLog, "entry bundle holds %d entries, want %d", len(bundle.Entries), count)
		return leaves, nil
	}
	agree := true
	for k := range count {
		if !bytes.Equal(rfc6962.DefaultHasher.HashLeaf(bundle.Entries[k]), leaves[k]) {
			rep.add(start+k, ProblemLog, "entry bundle and leaf tile disagree")
			agree = false
		}
	}
	if !agree {
		return leaves, nil
	}
	return leaves, bundle.Entries[:count]
}

// pendingLeaf finds an unused pending row holding the entry tessera
// integrated with leaf data d (sequenced, but its finalize has not run: a
// live log, or a crash before the next Open) and returns its leaf hash.
func pendingLeaf(ctx context.Context, db *sql.DB, d []byte, used map[int64]bool) []byte {
	rows, err := db.QueryContext(ctx, `SELECT id, body FROM pending WHERE data = ? ORDER BY id`, d)
	if err != nil {
		return nil
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var body []byte
		if rows.Scan(&id, &body) != nil || used[id] {
			continue
		}
		if _, err := ParseCanonical(body); err != nil || !bytes.Equal(LeafData(body), d) {
			continue
		}
		used[id] = true
		return LeafHash(body)
	}
	return nil
}

// checkRow compares one stored row with the committed leaf want (nil when
// tessera's tiles were unreadable).
func checkRow(i uint64, r *row, leaf, want []byte, rep *VerifyReport) {
	e, perr := ParseCanonical(r.canonical)
	if want != nil && !bytes.Equal(leaf, want) {
		switch {
		case perr == nil && e.Index != i:
			rep.add(i, ProblemReordered, "row %d holds entry %d", i, e.Index)
		default:
			rep.add(i, ProblemEdited, "row %d does not hash to the committed leaf", i)
		}
		return
	}
	switch {
	case perr != nil:
		rep.add(i, ProblemEdited, "row %d: %v", i, perr)
	case e.Index != i:
		rep.add(i, ProblemReordered, "row %d holds entry %d", i, e.Index)
	case e.Tenant != r.tenant || e.Time.UnixNano() != r.timeNS:
		rep.add(i, ProblemEdited, "row %d: tenant or time column differs from the committed entry", i)
	}
}

// checkTileRoot rebuilds the root from tessera's tiles alone.
func checkTileRoot(ctx context.Context, ff client.FileFetcher, cp *log.Checkpoint, rf compact.RangeFactory) error {
	nodes, err := client.FetchRangeNodes(ctx, cp.Size, ff.ReadTile)
	if err != nil {
		return fmt.Errorf("read tiles: %w", err)
	}
	r, err := rf.NewRange(0, cp.Size, nodes)
	if err != nil {
		return fmt.Errorf("tiles: %w", err)
	}
	root, err := r.GetRootHash(nil)
	if err != nil {
		return fmt.Errorf("tiles: %w", err)
	}
	if !bytes.Equal(root, cp.Hash) {
		return fmt.Errorf("root from tessera's tiles %x differs from the checkpoint root %x", root, cp.Hash)
	}
	return nil
}

type row struct {
	idx       int64
	timeNS    int64
	tenant    string
	canonical []byte
}

// rowIter walks the rows in index order with one row of look-ahead.
type rowIter struct {
	rows *sql.Rows
	peek *row
	done bool
}

func (it *rowIter) next() (*row, error) {
	if it.peek != nil {
		r := it.peek
		it.peek = nil
		return r, nil
	}
	if it.done {
		return nil, nil
	}
	if !it.rows.Next() {
		it.done = true
		if err := it.rows.Err(); err != nil {
			return nil, fmt.Errorf("auditlog: verify rows: %w", err)
		}
		return nil, nil
	}
	var r row
	if err := it.rows.Scan(&r.idx, &r.timeNS, &r.tenant, &r.canonical); err != nil {
		return nil, fmt.Errorf("auditlog: verify scan: %w", err)
	}
	return &r, nil
}

// take returns the row at index i (nil if absent), reporting any rows with a
// negative index met on the way as extra.
func (it *rowIter) take(i uint64, rep *VerifyReport) (*row, error) {
	for {
		r, err := it.next()
		if err != nil || r == nil {
			return nil, err
		}
		if r.idx < 0 {
			rep.add(0, ProblemExtra, "row with negative index %d", r.idx)
			continue
		}
		if uint64(r.idx) == i {
			return r, nil
		}
		it.peek = r // a later index: i is missing
		return nil, nil
	}
}
