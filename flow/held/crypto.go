package held

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/candor-ai/candor/internal/fsutil"
)

// KeySize is the size of the master key and of every data key: AES-256.
const KeySize = 32

const (
	nonceSize = 12 // the GCM standard nonce (NIST SP 800-38D section 8.2)
	tagSize   = 16
	magicSize = 4
	// overhead is what a sealed envelope adds to its plaintext.
	overhead = magicSize + nonceSize + tagSize
	// wrappedSize is the exact size of a wrapped data key.
	wrappedSize = overhead + KeySize
)

// Envelope magics. Every sealed value is magic(4) || nonce(12) ||
// AES-GCM(ciphertext || tag(16)); the magic says which key and which
// binding opened it, and is itself authenticated (it is part of the
// additional data).
const (
	magicBlob = "CHB1" // a blob file, under its data key
	magicWrap = "CHK1" // a wrapped data key, under the master key
	magicMeta = "CHM1" // an item's Meta, under the master key
)

// blobKind names the two blobs an item can have.
type blobKind string

const (
	kindPixels blobKind = "pixels" // the unsigned image, while pending
	kindSigned blobKind = "signed" // the signed file, once released
)

// binding is the additional authenticated data that ties a sealed value to
// one item: the envelope magic, the blob kind, the item id and its tenant,
// each length-prefixed so no two different tuples encode alike. A blob,
// wrapped key or Meta copied to another item, another tenant or the other
// blob kind fails to open.
func binding(magic string, kind blobKind, id, tenant string) []byte {
	b := make([]byte, 0, 64+len(id)+len(tenant))
	b = append(b, "candor/held/v1"...)
	for _, f := range []string{magic, string(kind), id, tenant} {
		b = binary.BigEndian.AppendUint32(b, uint32(len(f)))
		b = append(b, f...)
	}
	return b
}

func newAEAD(key []byte) (cipher.AEAD, error) {
	if len(key) != KeySize {
		return nil, fmt.Errorf("key is %d bytes, want %d: %w", len(key), KeySize, ErrKey)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("aes: %w: %w", ErrKey, err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("gcm: %w: %w", ErrKey, err)
	}
	return aead, nil
}

// seal returns magic || nonce || AES-GCM(plaintext) with a fresh random
// nonce, authenticating aad. Data keys seal exactly one value; the master
// key seals two small values per item, far below the 2^32 random-nonce
// limit of NIST SP 800-38D section 8.3.
func seal(aead cipher.AEAD, magic string, aad, plaintext []byte) []byte {
	out := make([]byte, magicSize+nonceSize, overhead+len(plaintext))
	copy(out, magic)
	_, _ = rand.Read(out[magicSize:]) // crypto/rand.Read never fails (Go 1.24+)
	return aead.Seal(out, out[magicSize:magicSize+nonceSize], plaintext, aad)
}

// open parses and authenticates an envelope made by seal. Any envelope
// that seal did not produce under this key, magic and aad fails with
// ErrCorrupt; it never returns other plaintext.
func open(aead cipher.AEAD, magic string, aad, sealed []byte) ([]byte, error) {
	if len(sealed) < overhead {
		return nil, fmt.Errorf("%s envelope of %d bytes is shorter than %d: %w", magic, len(sealed), overhead, ErrCorrupt)
	}
	if string(sealed[:magicSize]) != magic {
		return nil, fmt.Errorf("envelope magic %q, want %q: %w", sealed[:magicSize], magic, ErrCorrupt)
	}
	nonce := sealed[magicSize : magicSize+nonceSize]
	pt, err := aead.Open(nil, nonce, sealed[magicSize+nonceSize:], aad)
	if err != nil {
		return nil, fmt.Errorf("%s envelope: %w: %w", magic, ErrCorrupt, err)
	}
	return pt, nil
}

// sealed is a value encrypted under a fresh data key, with that key
// wrapped under the master key.
type sealed struct {
	blob    []byte // goes to a file
	wrapped []byte // goes to the blobs table
}

// sealBlob encrypts plaintext under a fresh random data key and wraps the
// key under master, both bound to (kind, id, tenant).
func sealBlob(master cipher.AEAD, kind blobKind, id, tenant string, plaintext []byte) (sealed, error) {
	dk := make([]byte, KeySize)
	_, _ = rand.Read(dk)
	defer clear(dk)
	aead, err := newAEAD(dk)
	if err != nil {
		return sealed{}, err
	}
	return sealed{
		blob:    seal(aead, magicBlob, binding(magicBlob, kind, id, tenant), plaintext),
		wrapped: seal(master, magicWrap, binding(magicWrap, kind, id, tenant), dk),
	}, nil
}

// openBlob unwraps the data key and decrypts blob, failing with ErrCorrupt
// unless both were made by sealBlob for this (kind, id, tenant).
func openBlob(master cipher.AEAD, kind blobKind, id, tenant string, wrapped, blob []byte) ([]byte, error) {
	if len(wrapped) != wrappedSize {
		return nil, fmt.Errorf("wrapped key of %d bytes, want %d: %w", len(wrapped), wrappedSize, ErrCorrupt)
	}
	dk, err := open(master, magicWrap, binding(magicWrap, kind, id, tenant), wrapped)
	if err != nil {
		return nil, fmt.Errorf("wrapped key: %w", err)
	}
	defer clear(dk)
	aead, err := newAEAD(dk)
	if err != nil {
		return nil, fmt.Errorf("wrapped key: %w: %w", ErrCorrupt, err)
	}
	return open(aead, magicBlob, binding(magicBlob, kind, id, tenant), blob)
}

// keyCheck is stored in the index so Open can tell the right master key
// from another one without decrypting an item. It is an HMAC-SHA256 of a
// fixed label, which reveals nothing about the key.
func keyCheck(key []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("candor/held/v1 key check"))
	return m.Sum(nil)
}

// loadKey reads the master key file: exactly KeySize raw bytes, a regular
// file with no group or other permission bit (read, write or execute). When the file does not
// exist and create is set, it makes one (parent directories 0700, file
// 0600, contents from crypto/rand, fsynced) and reports created.
func loadKey(path string, create bool) (key []byte, created bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		if !create {
			return nil, false, fmt.Errorf("key file %s is missing but the store holds items sealed under it: %w", path, ErrKey)
		}
		key, err := createKey(path)
		if errors.Is(err, fs.ErrExist) { // another process made it first
			return loadKey(path, false)
		}
		return key, err == nil, err
	}
	if err != nil {
		return nil, false, fmt.Errorf("open key file: %w: %w", ErrKey, err)
	}
	defer f.Close()
	st, err := f.Stat() // the opened file, not the path: no swap in between
	if err != nil {
		return nil, false, fmt.Errorf("stat key file: %w: %w", ErrKey, err)
	}
	if !st.Mode().IsRegular() {
		return nil, false, fmt.Errorf("key file %s is not a regular file: %w", path, ErrKey)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return nil, false, fmt.Errorf("key file %s has mode %04o, readable by group or others (chmod 600 it): %w", path, perm, ErrKey)
	}
	key, err = io.ReadAll(io.LimitReader(f, KeySize+1))
	if err != nil {
		return nil, false, fmt.Errorf("read key file: %w: %w", ErrKey, err)
	}
	if len(key) != KeySize {
		clear(key)
		return nil, false, fmt.Errorf("key file %s holds %d bytes or more, want exactly %d: %w", path, len(key), KeySize, ErrKey)
	}
	return key, false, nil
}

func createKey(path string) ([]byte, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create key directory: %w: %w", ErrKey, err)
	}
	key := make([]byte, KeySize)
	_, _ = rand.Read(key)
	if err := fsutil.WriteNew(path, key, 0o600); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		return nil, fmt.Errorf("write key file: %w: %w", ErrKey, err)
	}
	return key, nil
}
