package held

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

// testClock returns a clock that advances one millisecond per call, so
// Created and Decided differ and ordering is visible.
func testClock() func() time.Time {
	var n atomic.Int64
	base := time.Date(2026, 12, 1, 20, 0, 0, 123456789, time.UTC)
	return func() time.Time { return base.Add(time.Duration(n.Add(1)) * time.Millisecond) }
}

type env struct {
	dir, keyFile string
}

func newEnv(t testing.TB) env {
	t.Helper()
	root := t.TempDir()
	return env{dir: filepath.Join(root, "held"), keyFile: filepath.Join(root, "secrets", "held.key")}
}

func (e env) open(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), Config{Dir: e.dir, KeyFile: e.keyFile, Now: testClock()})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// randomBytes returns n random bytes that start like a PNG, standing in
// for an encoded image.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	copy(b, "\x89PNG\r\n\x1a\n")
	return b
}

func sampleItem(tenant string, image int) Item {
	return Item{
		Tenant:         tenant,
		RequesterKeyID: "0123456789abcdef",
		RequestID:      "req-" + tenant,
		Image:          image,
		Reasons: []Reason{{Rule: "nsfw.porn", Label: "porn", Score: 0.71, Threshold: 0.6,
			Message: "nsfw.porn 0.71 >= hold 0.60"}},
		Scores:     map[string]float64{"nsfw.porn": 0.71, "nsfw.neutral": 0.2},
		Meta:       json.RawMessage(`{"model":"tiny","seed":42,"prompt_sha256":"ab"}`),
		AuditIndex: 7,
	}
}

func mustPut(t testing.TB, s *Store, it Item, pixels []byte) Item {
	t.Helper()
	got, err := s.Put(context.Background(), it, pixels)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return got
}

// blobRow reads an item's blob row straight from the index.
func blobRow(t *testing.T, s *Store, id string, kind blobKind) (file string, wrapped []byte) {
	t.Helper()
	err := s.db.QueryRow(`SELECT file, wrapped FROM blobs WHERE item_id = ? AND kind = ?`, id, string(kind)).Scan(&file, &wrapped)
	if err != nil {
		t.Fatalf("blob row %s/%s: %v", id, kind, err)
	}
	return file, wrapped
}

// rawIndex returns the bytes of the database file and its WAL and shm.
func rawIndex(t *testing.T, dir string) []byte {
	t.Helper()
	var all []byte
	for _, name := range []string{dbFileName, dbFileName + "-wal", dbFileName + "-shm"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	return all
}

func blobFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, blobDirName))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func sameItem(t *testing.T, got, want Item) {
	t.Helper()
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if !bytes.Equal(gj, wj) {
		t.Errorf("item differs:\n got %s\nwant %s", gj, wj)
	}
}
