package held_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/candor-ai/candor/flow/held"
)

// A held image from Put to a reviewer's decision and the requester's fetch.
func Example() {
	ctx := context.Background()
	dataDir, _ := os.MkdirTemp("", "candor")
	defer os.RemoveAll(dataDir)
	store, err := held.Open(ctx, held.Config{
		Dir:     filepath.Join(dataDir, "held"),
		KeyFile: filepath.Join(dataDir, "secrets", "held.key"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()

	it, err := store.Put(ctx, held.Item{
		Tenant: "acme", RequesterKeyID: "0123456789abcdef", RequestID: "req-1", Image: 0,
		Reasons: []held.Reason{{Rule: "nsfw.sexy", Label: "sexy", Score: 0.62, Threshold: 0.5, Message: "held for review"}},
		Meta:    []byte(`{"seed":42}`),
	}, []byte("PNG...unsigned"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(it.Status, held.ValidID(it.ID))

	// The requester polls: 202 while pending.
	_, err = store.Signed(ctx, it.ID)
	fmt.Println(errors.Is(err, held.ErrPending))

	// A reviewer of the same tenant looks, then releases with the signed file.
	pending, _ := store.List(ctx, held.ListQuery{Tenant: "acme", Status: held.StatusPending})
	pixels, _ := store.Pixels(ctx, pending[0].ID)
	fmt.Println(len(pending), string(pixels))
	if _, err := store.Release(ctx, it.ID, "reviewerkey00001", []byte("PNG...signed")); err != nil {
		fmt.Println(err)
		return
	}
	signed, _ := store.Signed(ctx, it.ID)
	fmt.Println(string(signed))

	// A second decision loses.
	_, err = store.Reject(ctx, it.ID, "reviewerkey00002")
	fmt.Println(errors.Is(err, held.ErrDecided))
	// Output:
	// pending true
	// true
	// 1 PNG...unsigned
	// PNG...signed
	// true
}
