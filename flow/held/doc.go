// Package held stores images that candor's output safety stage holds for
// human review, encrypted at rest, until a reviewer releases or rejects
// them.
//
// # Layout on disk
//
//	<Dir>/              0700
//	  lock              0600, flock(2) held while a Store is open (one Store per directory)
//	  held.db           0600, SQLite index (WAL; -wal and -shm 0600 too)
//	  blobs/            0700
//	    b_<32 hex>.blob 0600, one encrypted blob: the unsigned pixels or the signed file
//	<KeyFile>           0600 (directory 0700), the 32-byte master key
//
// The index holds, per item, its id, tenant, requester key id, request id,
// image index, status, times, reviewer, reasons, scores, audit index and
// media type in clear, Meta sealed under the master key, and one row per
// live blob with the blob's file name and its data key wrapped under the
// master key. Blob file names are random and say nothing about the item.
//
// # Encryption
//
// Every sealed value is magic(4) || nonce(12) || AES-256-GCM ciphertext and
// tag (NIST SP 800-38D), with a random 96-bit nonce. Each blob is sealed
// under its own fresh random 256-bit data key; the data key is sealed
// ("wrapped") under the master key. The additional authenticated data of
// both binds the envelope type, the blob kind (pixels or signed), the item
// id and the tenant, so a blob or wrapped key copied to another item,
// tenant or kind fails to open with ErrCorrupt, as does any modified or
// truncated byte. Meta is sealed directly under the master key with the
// same kind of binding. A data key encrypts one value only; the master key
// seals at most three small values per item, far below the 2^32 bound for
// random nonces.
//
// # Durability and crash ordering
//
// Blob files are written to a temporary file, fsynced, renamed into place
// and the directory fsynced before the index transaction that references
// them commits (synchronous=FULL). A decision commits first and destroys
// files after. So a crash leaves at most an unreferenced file (a temporary
// file, a blob whose Put or Release never committed, or a decided item's
// old blob whose key is already gone); Open destroys every file in blobs/
// that no index row names. Of concurrent decisions on one item exactly one
// wins: the status update is guarded by "status = 'pending'" inside a
// BEGIN IMMEDIATE transaction.
//
// # Threat model
//
// Theft of the data directory without the key file reveals no image and no
// Meta: only ciphertext and wrapped keys, plus the clear index fields
// above (which tenant had how many items held, when, with which scores and
// reasons). Keep the key file on other storage (a secrets mount) to make
// that the common case.
//
// Rejecting an item crypto-shreds it: its wrapped data key row and its
// Meta are deleted from the index with SQLite's secure_delete on (freed
// bytes are zeroed), the WAL is truncated by a checkpoint so old page
// copies go, and the blob file is overwritten with zeros and removed. After
// a reject no live file holds anything that decrypts to the image, even
// with the master key. Releasing does the same to the unsigned pixels.
// Residual risk: blocks freed by the file system or remapped by a flash
// controller may still hold old ciphertext or old index pages; those need
// both the old wrapped key and the master key to read, and wear-levelled
// storage is beyond what a process can erase. Use full-disk encryption
// under it.
//
// Someone with the key file and the data directory can decrypt every
// pending item's pixels and every released item's signed file, and can
// forge blobs the store will accept. Someone who can write the index but
// lacks the key can change clear fields (status, reviewer, scores) or drop
// rows, but cannot make the store return bytes it did not store for that
// item: changing an item's tenant, or moving blobs or keys between items,
// makes decryption fail. Tenant isolation on reads is the caller's check
// (Get returns Item.Tenant); List is tenant-scoped itself.
package held
