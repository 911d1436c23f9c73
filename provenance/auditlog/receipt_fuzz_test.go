package auditlog

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"testing"
)

// FuzzReceiptJSON: any receipt JSON that decodes and verifies with the pinned
// log key proves the same entry, index, leaf and proof as the original.
func FuzzReceiptJSON(f *testing.F) {
	ctx := context.Background()
	l := openTest(f, f.TempDir())
	defer l.Close()
	for i := 0; i < 5; i++ {
		if _, err := l.Append(ctx, sampleEntry("acme", i)); err != nil {
			f.Fatal(err)
		}
	}
	waitCheckpoint(f, l, 5)
	r, err := l.Receipt(ctx, 2)
	if err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(r)
	f.Add(b)
	key := l.VerifierKey()
	f.Fuzz(func(t *testing.T, data []byte) {
		var got Receipt
		if json.Unmarshal(data, &got) != nil {
			return
		}
		if _, err := VerifyReceipt(got, key); err != nil {
			return
		}
		if !bytes.Equal(got.Canonical, r.Canonical) || got.Index != r.Index || got.TreeSize != r.TreeSize ||
			!bytes.Equal(got.LeafHash, r.LeafHash) || !slices.EqualFunc(got.InclusionProof, r.InclusionProof, bytes.Equal) {
			t.Fatalf("a mutated receipt verifies: %s", data)
		}
	})
}
