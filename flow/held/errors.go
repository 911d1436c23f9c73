package held

import "errors"

// Sentinel errors. Every error the package returns wraps one of these (or a
// context or I/O error) with %w; callers test them with errors.Is.
var (
	// ErrNotFound means no item has this id (or the id is malformed). A
	// gateway answers 404.
	ErrNotFound = errors.New("held: no such held item")
	// ErrDecided means the item was already released or rejected: a second
	// decision, or a request for data that a decision destroyed (the
	// unsigned pixels after either decision, the signed file after a
	// rejection). A gateway answers 409 to a reviewer, 410 to a requester
	// asking for a rejected image.
	ErrDecided = errors.New("held: item already decided")
	// ErrPending means the item is still awaiting review, so it has no
	// signed file yet. A gateway answers 202.
	ErrPending = errors.New("held: item still pending review")
	// ErrKey means the master key file is missing, readable by group or
	// others, of the wrong size, or not the key this store was created with.
	ErrKey = errors.New("held: master key")
	// ErrCorrupt means stored data failed AES-GCM authentication (a blob,
	// wrapped key or metadata was modified, truncated or moved to another
	// item) or the index and the blob files disagree.
	ErrCorrupt = errors.New("held: stored data failed authentication or is inconsistent")
	// ErrInvalid means an argument or Config field the store cannot accept.
	ErrInvalid = errors.New("held: invalid argument")
	// ErrLocked means another Store (in this or another process) has the
	// directory open.
	ErrLocked = errors.New("held: directory is in use by another store")
)
