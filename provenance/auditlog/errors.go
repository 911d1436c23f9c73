package auditlog

import "errors"

// Sentinel errors. Callers test them with errors.Is; every error the package
// returns wraps one of these (or a context error) with %w.
var (
	// ErrTampered means the stored entries, the tessera tiles and the signed
	// checkpoint do not agree: an entry was edited, deleted, reordered or
	// appended by hand, or the checkpoint signature is invalid.
	ErrTampered = errors.New("auditlog: audit log does not match its signed checkpoint")
	// ErrCorrupt means Open found state it cannot repair (for example a
	// pending row whose bytes do not match its recorded leaf data).
	ErrCorrupt = errors.New("auditlog: audit log storage is inconsistent")
	// ErrClosed is returned by calls on a Log after Close.
	ErrClosed = errors.New("auditlog: log is closed")
	// ErrBroken means acknowledged entries could not be integrated into the
	// transparency log at their index. Every later Append fails until the
	// log is reopened; Open integrates what is left, and Verify reports any
	// leaf at a wrong position.
	ErrBroken = errors.New("auditlog: log stopped after a storage failure; reopen it")
	// ErrInvalidEntry is returned by Append for an entry it cannot record.
	ErrInvalidEntry = errors.New("auditlog: invalid entry")
	// ErrInvalidQuery is returned by Entries for a malformed query.
	ErrInvalidQuery = errors.New("auditlog: invalid query")
	// ErrNotFound means no entry is stored at the requested index.
	ErrNotFound = errors.New("auditlog: entry not found")
	// ErrOutOfRange means an index or tree size lies beyond the published tree.
	ErrOutOfRange = errors.New("auditlog: index or tree size out of range")
	// ErrNotPublished means the entry exists but the latest checkpoint does
	// not cover it yet (it is within the merge delay); retry after ~100 ms or
	// call WaitIntegrated.
	ErrNotPublished = errors.New("auditlog: entry not yet covered by a published checkpoint")
	// ErrLocked means another Log (in this or another process) holds the directory.
	ErrLocked = errors.New("auditlog: directory is in use by another log")
	// ErrKey means the checkpoint signing key files are missing, malformed or
	// do not match the configured origin.
	ErrKey = errors.New("auditlog: checkpoint key")
	// ErrMalformed means canonical entry bytes could not be parsed.
	ErrMalformed = errors.New("auditlog: malformed canonical entry")
	// ErrCheckpointMalformed means checkpoint bytes are not a C2SP
	// tlog-checkpoint (origin, size and root hash lines).
	ErrCheckpointMalformed = errors.New("auditlog: malformed checkpoint")
	// ErrRollback means the log is smaller than a checkpoint it signed
	// earlier: it was rolled back or truncated.
	ErrRollback = errors.New("auditlog: log is smaller than a checkpoint it signed earlier (rollback or truncation)")
	// ErrInconsistent means the log is not an append-only extension of a
	// checkpoint it signed earlier: a different origin or key, a different
	// root at the earlier size, or a consistency proof that does not verify.
	ErrInconsistent = errors.New("auditlog: log is not a consistent extension of the earlier checkpoint")
	// ErrReceipt means an offline receipt does not verify: its checkpoint
	// signature, its inclusion proof or its entry bytes do not agree.
	ErrReceipt = errors.New("auditlog: receipt does not verify")
	// ErrUntrustedKey means a receipt or checkpoint is signed with a key other
	// than the trusted one the caller pinned.
	ErrUntrustedKey = errors.New("auditlog: signed with a key other than the trusted log key")
)
