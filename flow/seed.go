package flow

import (
	"crypto/rand"
	"encoding/binary"
)

// randomSeed picks a seed when the caller gave none; the seed is recorded in
// the audit entry and the manifest, so the image can still be reproduced.
// It stays below 2^53 so JSON clients (JavaScript numbers) read it exactly.
func randomSeed() uint64 {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on Linux
	return binary.LittleEndian.Uint64(b[:]) & (1<<53 - 1)
}
