package flow

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/candor-ai/candor/flow/held"
)

// newTestHeld opens a real review store in a temporary data dir.
func newTestHeld(t *testing.T) HeldStore {
	t.Helper()
	dir := t.TempDir()
	s, err := held.Open(context.Background(), held.Config{Dir: filepath.Join(dir, "held"), KeyFile: filepath.Join(dir, "secrets", "held.key")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}
