package held

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
)

func TestPutGetListPixels(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := e.open(t)
	tests := []struct {
		name   string
		item   Item
		pixels []byte
		media  string
	}{
		{"full", sampleItem("acme", 0), randomBytes(4096), defaultMedia},
		{"no meta, reasons or scores", Item{Tenant: "acme", RequesterKeyID: "k2", Image: 3}, randomBytes(10), defaultMedia},
		{"jpeg, caller id", func() Item {
			it := sampleItem("acme", 1)
			it.ID, it.MediaType = NewID(), "image/jpeg"
			return it
		}(), randomBytes(1 << 20), "image/jpeg"},
		{"one byte", sampleItem("acme", 2), []byte{0}, defaultMedia},
	}
	var stored []Item
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			put := mustPut(t, s, tc.item, tc.pixels)
			if !ValidID(put.ID) || (tc.item.ID != "" && put.ID != tc.item.ID) {
				t.Errorf("ID = %q (given %q)", put.ID, tc.item.ID)
			}
			if put.Status != StatusPending || put.Created.IsZero() || !put.Decided.IsZero() || put.Reviewer != "" {
				t.Errorf("Put returned status %q created %v decided %v reviewer %q", put.Status, put.Created, put.Decided, put.Reviewer)
			}
			if put.MediaType != tc.media {
				t.Errorf("MediaType = %q, want %q", put.MediaType, tc.media)
			}
			got, err := s.Get(ctx, put.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := put
			if want.Reasons == nil {
				want.Reasons = []Reason{}
			}
			if want.Scores == nil {
				want.Scores = map[string]float64{}
			}
			sameItem(t, got, want)
			px, err := s.Pixels(ctx, put.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(px, tc.pixels) {
				t.Errorf("Pixels returned %d bytes that differ from the %d stored", len(px), len(tc.pixels))
			}
			if _, err := s.Signed(ctx, put.ID); !errors.Is(err, ErrPending) {
				t.Errorf("Signed on pending: %v, want ErrPending", err)
			}
			// The blob on disk is ciphertext, not the image.
			file, _ := blobRow(t, s, put.ID, kindPixels)
			raw, err := os.ReadFile(filepath.Join(e.dir, blobDirName, file))
			if err != nil {
				t.Fatal(err)
			}
			if len(tc.pixels) >= 16 && bytes.Contains(raw, tc.pixels[8:16]) {
				t.Error("blob file contains plaintext bytes")
			}
			stored = append(stored, got)
		})
	}
	list, err := s.List(ctx, ListQuery{Tenant: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(stored) {
		t.Fatalf("List returned %d items, want %d", len(list), len(stored))
	}
	for i := range list {
		sameItem(t, list[i], stored[i])
	}
	// Meta is not in the index in clear.
	if bytes.Contains(rawIndex(t, e.dir), []byte("prompt_sha256")) {
		t.Error("Meta found in clear in the index")
	}
}

func TestReleaseThenSigned(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := e.open(t)
	pixels, signedFile := randomBytes(2000), randomBytes(2500)
	it := mustPut(t, s, sampleItem("acme", 0), pixels)
	pixelsFile, pixelsKey := blobRow(t, s, it.ID, kindPixels)

	rel, err := s.Release(ctx, it.ID, "rev0000000000001", signedFile)
	if err != nil {
		t.Fatal(err)
	}
	if rel.Status != StatusReleased || rel.Reviewer != "rev0000000000001" || !rel.Decided.After(rel.Created) {
		t.Errorf("Release returned status %q reviewer %q decided %v created %v", rel.Status, rel.Reviewer, rel.Decided, rel.Created)
	}
	got, err := s.Get(ctx, it.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameItem(t, got, rel)
	if !bytes.Equal(got.Meta, it.Meta) {
		t.Errorf("Meta after release = %s, want %s", got.Meta, it.Meta)
	}
	b, err := s.Signed(ctx, it.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, signedFile) {
		t.Error("Signed returned other bytes than Release stored")
	}
	if _, err := s.Pixels(ctx, it.ID); !errors.Is(err, ErrDecided) {
		t.Errorf("Pixels after release: %v, want ErrDecided", err)
	}
	if _, err := os.Stat(filepath.Join(e.dir, blobDirName, pixelsFile)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("unsigned pixels file still there: %v", err)
	}
	if bytes.Contains(rawIndex(t, e.dir), pixelsKey) {
		t.Error("unsigned pixels' wrapped key still in the index files")
	}
	if files := blobFiles(t, e.dir); len(files) != 1 {
		t.Errorf("blob files after release: %v, want just the signed one", files)
	}
	for _, decide := range []struct {
		name string
		fn   func() (Item, error)
	}{
		{"release again", func() (Item, error) { return s.Release(ctx, it.ID, "rev2", signedFile) }},
		{"reject after release", func() (Item, error) { return s.Reject(ctx, it.ID, "rev2") }},
	} {
		if _, err := decide.fn(); !errors.Is(err, ErrDecided) {
			t.Errorf("%s: %v, want ErrDecided", decide.name, err)
		}
	}
	if b, err := s.Signed(ctx, it.ID); err != nil || !bytes.Equal(b, signedFile) {
		t.Errorf("Signed after refused decisions: %v", err)
	}
}

func TestRejectDestroys(t *testing.T) {
	tests := []struct {
		name string
		meta json.RawMessage
	}{
		{"small meta", sampleItem("", 0).Meta},
		// Spills into overflow pages, which secure_delete must zero too.
		{"meta over several pages", json.RawMessage(fmt.Sprintf(`{"pad":%q}`, bytes.Repeat([]byte("m"), 20000)))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { testRejectDestroys(t, tc.meta) })
	}
}

// chunksFound counts the 32-byte chunks of secret found in raw, so a value
// split across database pages is still seen.
func chunksFound(raw, secret []byte) int {
	n := 0
	for i := 0; i+32 <= len(secret); i += 32 {
		if bytes.Contains(raw, secret[i:i+32]) {
			n++
		}
	}
	return n
}

func testRejectDestroys(t *testing.T, meta json.RawMessage) {
	ctx := context.Background()
	e := newEnv(t)
	s := e.open(t)
	pixels := randomBytes(3000)
	first := sampleItem("acme", 0)
	first.Meta = meta
	it := mustPut(t, s, first, pixels)
	keep := mustPut(t, s, sampleItem("acme", 1), randomBytes(100))
	file, wrapped := blobRow(t, s, it.ID, kindPixels)
	var sealedMeta []byte
	if err := s.db.QueryRow(`SELECT meta FROM items WHERE id = ?`, it.ID).Scan(&sealedMeta); err != nil || len(sealedMeta) == 0 {
		t.Fatalf("sealed meta: %v", err)
	}
	// The test can fail: before the reject the key and meta are in the files.
	if raw := rawIndex(t, e.dir); !bytes.Contains(raw, wrapped) || chunksFound(raw, sealedMeta) < len(sealedMeta)/32/2 {
		t.Fatal("wrapped key or sealed meta not found in the raw index before reject; the grep below proves nothing")
	}

	rej, err := s.Reject(ctx, it.ID, "rev0000000000001")
	if err != nil {
		t.Fatal(err)
	}
	if rej.Status != StatusRejected || rej.Reviewer != "rev0000000000001" || rej.Decided.IsZero() || rej.Meta != nil {
		t.Errorf("Reject returned %+v", rej)
	}
	if _, err := os.Stat(filepath.Join(e.dir, blobDirName, file)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("blob file still there after reject: %v", err)
	}
	for _, name := range blobFiles(t, e.dir) {
		if kf, _ := blobRow(t, s, keep.ID, kindPixels); name != kf {
			t.Errorf("unexpected file %s left in blobs/", name)
		}
	}
	if _, err := s.Pixels(ctx, it.ID); !errors.Is(err, ErrDecided) {
		t.Errorf("Pixels after reject: %v, want ErrDecided", err)
	}
	if _, err := s.Signed(ctx, it.ID); !errors.Is(err, ErrDecided) {
		t.Errorf("Signed after reject: %v, want ErrDecided", err)
	}
	if _, err := s.Release(ctx, it.ID, "rev2", []byte("x")); !errors.Is(err, ErrDecided) {
		t.Errorf("Release after reject: %v, want ErrDecided", err)
	}
	check := func(when string) {
		raw := rawIndex(t, e.dir)
		if bytes.Contains(raw, wrapped) {
			t.Errorf("%s: wrapped data key still in the raw index files", when)
		}
		if n := chunksFound(raw, sealedMeta); n > 0 {
			t.Errorf("%s: %d chunks of the sealed meta still in the raw index files", when, n)
		}
		if !bytes.Contains(raw, []byte(it.ID)) {
			t.Errorf("%s: the item's index row is gone too; reject should keep it", when)
		}
	}
	check("after reject")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	check("after close")
	s2 := e.open(t)
	if got, err := s2.Get(ctx, it.ID); err != nil || got.Status != StatusRejected {
		t.Errorf("after reopen: %+v, %v", got, err)
	}
	if px, err := s2.Pixels(ctx, keep.ID); err != nil || len(px) != 100 {
		t.Errorf("other item after reopen: %d bytes, %v", len(px), err)
	}
}

func TestTamperedBlob(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		mutate func(blob []byte) []byte
	}{
		{"flip magic", func(b []byte) []byte { b[0] ^= 1; return b }},
		{"flip nonce", func(b []byte) []byte { b[magicSize] ^= 0x80; return b }},
		{"flip ciphertext", func(b []byte) []byte { b[magicSize+nonceSize+5] ^= 1; return b }},
		{"flip tag", func(b []byte) []byte { b[len(b)-1] ^= 1; return b }},
		{"truncate one byte", func(b []byte) []byte { return b[:len(b)-1] }},
		{"truncate to header", func(b []byte) []byte { return b[:magicSize+nonceSize] }},
		{"append a byte", func(b []byte) []byte { return append(b, 0) }},
		{"empty", func(b []byte) []byte { return nil }},
		{"zeroed (half-finished destroy)", func(b []byte) []byte { return make([]byte, len(b)) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			s := e.open(t)
			it := mustPut(t, s, sampleItem("acme", 0), randomBytes(500))
			file, _ := blobRow(t, s, it.ID, kindPixels)
			path := filepath.Join(e.dir, blobDirName, file)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tc.mutate(b), 0o600); err != nil {
				t.Fatal(err)
			}
			px, err := s.Pixels(ctx, it.ID)
			if !errors.Is(err, ErrCorrupt) {
				t.Errorf("Pixels of tampered blob: %d bytes, %v; want ErrCorrupt", len(px), err)
			}
		})
	}
}

func TestTamperedIndex(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		sql  string
		get  bool // whether Get (which opens Meta) fails too
	}{
		{"flip wrapped key byte", `UPDATE blobs SET wrapped = substr(wrapped, 1, 20) || x'00' || substr(wrapped, 22) WHERE item_id = ?1`, false},
		{"truncate wrapped key", `UPDATE blobs SET wrapped = substr(wrapped, 1, 40) WHERE item_id = ?1`, false},
		{"move item to another tenant", `UPDATE items SET tenant = 'evil' WHERE id = ?1`, true},
		{"flip sealed meta", `UPDATE items SET meta = substr(meta, 1, 30) || x'ff' || substr(meta, 32) WHERE id = ?1`, true},
		{"signed kind for the pixels", `UPDATE blobs SET kind = 'signed' WHERE item_id = ?1; UPDATE items SET status = 'released' WHERE id = ?1`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			s := e.open(t)
			it := mustPut(t, s, sampleItem("acme", 0), randomBytes(500))
			if _, err := s.db.Exec(tc.sql, it.ID); err != nil {
				t.Fatal(err)
			}
			_, gerr := s.Get(ctx, it.ID)
			if tc.get != errors.Is(gerr, ErrCorrupt) {
				t.Errorf("Get: %v (want ErrCorrupt: %v)", gerr, tc.get)
			}
			var err error
			if gerr == nil {
				got, _ := s.Get(ctx, it.ID)
				if got.Status == StatusReleased {
					_, err = s.Signed(ctx, it.ID)
				} else {
					_, err = s.Pixels(ctx, it.ID)
				}
				if !errors.Is(err, ErrCorrupt) {
					t.Errorf("reading the blob: %v, want ErrCorrupt", err)
				}
			}
		})
	}
}

func TestSwappedBetweenItems(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		swap func(t *testing.T, s *Store, dir string, a, b Item)
	}{
		{"blob file contents", func(t *testing.T, s *Store, dir string, a, b Item) {
			fa, _ := blobRow(t, s, a.ID, kindPixels)
			fb, _ := blobRow(t, s, b.ID, kindPixels)
			pa, pb := filepath.Join(dir, blobDirName, fa), filepath.Join(dir, blobDirName, fb)
			ba, _ := os.ReadFile(pa)
			bb, _ := os.ReadFile(pb)
			os.WriteFile(pa, bb, 0o600)
			os.WriteFile(pb, ba, 0o600)
		}},
		{"wrapped keys", func(t *testing.T, s *Store, _ string, a, b Item) {
			_, wa := blobRow(t, s, a.ID, kindPixels)
			_, wb := blobRow(t, s, b.ID, kindPixels)
			s.db.Exec(`UPDATE blobs SET wrapped = ? WHERE item_id = ?`, wb, a.ID)
			s.db.Exec(`UPDATE blobs SET wrapped = ? WHERE item_id = ?`, wa, b.ID)
		}},
		{"whole blob rows (file and key)", func(t *testing.T, s *Store, _ string, a, b Item) {
			fa, wa := blobRow(t, s, a.ID, kindPixels)
			fb, wb := blobRow(t, s, b.ID, kindPixels)
			s.db.Exec(`DELETE FROM blobs`)
			s.db.Exec(`INSERT INTO blobs VALUES (?, 'pixels', ?, ?), (?, 'pixels', ?, ?)`, a.ID, fb, wb, b.ID, fa, wa)
		}},
		{"sealed meta", func(t *testing.T, s *Store, _ string, a, b Item) {
			s.db.Exec(`UPDATE items SET meta = (SELECT meta FROM items WHERE id = ?) WHERE id = ?`, b.ID, a.ID)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			s := e.open(t)
			// Same tenant, so only the id binding stops the swap.
			a := mustPut(t, s, sampleItem("acme", 0), randomBytes(500))
			bi := sampleItem("acme", 1)
			bi.Meta = json.RawMessage(`{"other":true}`)
			b := mustPut(t, s, bi, randomBytes(500))
			tc.swap(t, s, e.dir, a, b)
			_, gerr := s.Get(ctx, a.ID)
			_, perr := s.Pixels(ctx, a.ID)
			if !errors.Is(gerr, ErrCorrupt) && !errors.Is(perr, ErrCorrupt) {
				t.Errorf("swapped item opened: Get %v, Pixels %v", gerr, perr)
			}
		})
	}
}

func TestKeyFile(t *testing.T) {
	ctx := context.Background()
	t.Run("created 0600 in a 0700 directory", func(t *testing.T) {
		e := newEnv(t)
		e.open(t)
		st, err := os.Stat(e.keyFile)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 || st.Size() != KeySize {
			t.Errorf("key file mode %v size %d", st.Mode().Perm(), st.Size())
		}
		if dst, _ := os.Stat(filepath.Dir(e.keyFile)); dst.Mode().Perm() != 0o700 {
			t.Errorf("key directory mode %v", dst.Mode().Perm())
		}
	})
	bad := []struct {
		name  string
		write func(path string) error
	}{
		{"mode 0644", func(p string) error { return writeMode(p, randomBytes(KeySize), 0o644) }},
		{"mode 0640", func(p string) error { return writeMode(p, randomBytes(KeySize), 0o640) }},
		{"mode 0604", func(p string) error { return writeMode(p, randomBytes(KeySize), 0o604) }},
		{"31 bytes", func(p string) error { return writeMode(p, randomBytes(KeySize-1), 0o600) }},
		{"33 bytes", func(p string) error { return writeMode(p, randomBytes(KeySize+1), 0o600) }},
		{"64 hex characters", func(p string) error { return writeMode(p, []byte(fmt.Sprintf("%x", randomBytes(KeySize))), 0o600) }},
		{"empty", func(p string) error { return writeMode(p, nil, 0o600) }},
		{"a directory", func(p string) error { return os.MkdirAll(p, 0o700) }},
	}
	for _, tc := range bad {
		t.Run("refused: "+tc.name, func(t *testing.T) {
			e := newEnv(t)
			if err := os.MkdirAll(filepath.Dir(e.keyFile), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := tc.write(e.keyFile); err != nil {
				t.Fatal(err)
			}
			s, err := Open(ctx, Config{Dir: e.dir, KeyFile: e.keyFile})
			if !errors.Is(err, ErrKey) {
				if s != nil {
					s.Close()
				}
				t.Fatalf("Open: %v, want ErrKey", err)
			}
			// The lock was released: a good key now opens.
			if err := os.RemoveAll(e.keyFile); err != nil {
				t.Fatal(err)
			}
			e.open(t)
		})
	}
	t.Run("another key for an existing store", func(t *testing.T) {
		e := newEnv(t)
		s := e.open(t)
		mustPut(t, s, sampleItem("acme", 0), randomBytes(10))
		s.Close()
		if err := writeMode(e.keyFile, randomBytes(KeySize), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(ctx, Config{Dir: e.dir, KeyFile: e.keyFile}); !errors.Is(err, ErrKey) {
			t.Fatalf("Open with another key: %v, want ErrKey", err)
		}
	})
	t.Run("missing key for an existing store is not recreated", func(t *testing.T) {
		e := newEnv(t)
		e.open(t).Close()
		if err := os.Remove(e.keyFile); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(ctx, Config{Dir: e.dir, KeyFile: e.keyFile}); !errors.Is(err, ErrKey) {
			t.Fatalf("Open without its key: %v, want ErrKey", err)
		}
		if _, err := os.Stat(e.keyFile); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Open made a new key file: %v", err)
		}
	})
	t.Run("existing key for a new store is used", func(t *testing.T) {
		e := newEnv(t)
		key := randomBytes(KeySize)
		os.MkdirAll(filepath.Dir(e.keyFile), 0o700)
		if err := writeMode(e.keyFile, key, 0o400); err != nil {
			t.Fatal(err)
		}
		e.open(t)
		if got, _ := os.ReadFile(e.keyFile); !bytes.Equal(got, key) {
			t.Error("key file was replaced")
		}
	})
}

func writeMode(path string, data []byte, mode os.FileMode) error {
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return err
	}
	return os.Chmod(path, mode)
}

func TestFileModes(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	// A loose directory left by someone else is tightened.
	if err := os.MkdirAll(e.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := e.open(t)
	a := mustPut(t, s, sampleItem("acme", 0), randomBytes(100))
	mustPut(t, s, sampleItem("acme", 1), randomBytes(100))
	if _, err := s.Release(ctx, a.ID, "rev", randomBytes(120)); err != nil {
		t.Fatal(err)
	}
	// Leave the WAL populated so its mode is checked too.
	mustPut(t, s, sampleItem("acme", 2), randomBytes(100))
	seen := map[string]bool{}
	err := filepath.WalkDir(e.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		st, err := d.Info()
		if err != nil {
			return err
		}
		want := os.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %04o, want %04o", path, st.Mode().Perm(), want)
		}
		seen[d.Name()] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{dbFileName, dbFileName + "-wal", dbFileName + "-shm", lockFileName, blobDirName} {
		if !seen[name] {
			t.Errorf("%s not found; its mode went unchecked", name)
		}
	}
	if n := len(blobFiles(t, e.dir)); n != 3 {
		t.Errorf("%d blob files, want 3", n)
	}
}

func TestDecisionRace(t *testing.T) {
	ctx := context.Background()
	const racers = 16
	tests := []struct {
		name    string
		release func(i int) bool // whether racer i releases (else rejects)
	}{
		{"all release", func(int) bool { return true }},
		{"all reject", func(int) bool { return false }},
		{"mixed", func(i int) bool { return i%2 == 0 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			s := e.open(t)
			it := mustPut(t, s, sampleItem("acme", 0), randomBytes(1000))
			signed := make([][]byte, racers)
			errs := make([]error, racers)
			results := make([]Item, racers)
			var start, wg sync.WaitGroup
			start.Add(1)
			for i := range racers {
				signed[i] = randomBytes(1000 + i)
				wg.Add(1)
				go func() {
					defer wg.Done()
					start.Wait()
					reviewer := fmt.Sprintf("reviewer%02d", i)
					if tc.release(i) {
						results[i], errs[i] = s.Release(ctx, it.ID, reviewer, signed[i])
					} else {
						results[i], errs[i] = s.Reject(ctx, it.ID, reviewer)
					}
				}()
			}
			start.Done()
			wg.Wait()
			winner := -1
			for i, err := range errs {
				switch {
				case err == nil && winner >= 0:
					t.Errorf("racers %d and %d both succeeded", winner, i)
				case err == nil:
					winner = i
				case !errors.Is(err, ErrDecided):
					t.Errorf("racer %d: %v, want nil or ErrDecided", i, err)
				}
			}
			if winner < 0 {
				t.Fatal("no racer succeeded")
			}
			got, err := s.Get(ctx, it.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := fmt.Sprintf("reviewer%02d", winner)
			if got.Reviewer != want || got.Status != results[winner].Status {
				t.Errorf("stored reviewer %q status %q, winner %s with %q", got.Reviewer, got.Status, want, results[winner].Status)
			}
			files := blobFiles(t, e.dir)
			if tc.release(winner) {
				b, err := s.Signed(ctx, it.ID)
				if err != nil || !bytes.Equal(b, signed[winner]) {
					t.Errorf("Signed: %v; equal to the winner's file: %v", err, bytes.Equal(b, signed[winner]))
				}
				if len(files) != 1 {
					t.Errorf("blob files %v, want only the winner's signed file", files)
				}
			} else if len(files) != 0 {
				t.Errorf("blob files %v after a reject, want none", files)
			}
		})
	}
}

func TestListTenantsAndPaging(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := e.open(t)
	byTenant := map[string][]string{}
	for i := range 25 {
		tenant := []string{"acme", "globex", "initech"}[i%3]
		it := mustPut(t, s, sampleItem(tenant, i), randomBytes(20))
		byTenant[tenant] = append(byTenant[tenant], it.ID)
	}
	// acme has items 0,3,...,24 (9 items): release its 2nd, reject its 3rd.
	acme := byTenant["acme"]
	if _, err := s.Release(ctx, acme[1], "rev", randomBytes(30)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Reject(ctx, acme[2], "rev"); err != nil {
		t.Fatal(err)
	}
	ids := func(items []Item) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.ID)
		}
		return out
	}
	tests := []struct {
		name string
		q    ListQuery
		want []string
	}{
		{"all of acme", ListQuery{Tenant: "acme"}, acme},
		{"globex", ListQuery{Tenant: "globex"}, byTenant["globex"]},
		{"unknown tenant", ListQuery{Tenant: "nobody"}, nil},
		{"pending", ListQuery{Tenant: "acme", Status: StatusPending}, append(acme[:1:1], acme[3:]...)},
		{"released", ListQuery{Tenant: "acme", Status: StatusReleased}, acme[1:2]},
		{"rejected", ListQuery{Tenant: "acme", Status: StatusRejected}, acme[2:3]},
		{"first page", ListQuery{Tenant: "acme", Limit: 4}, acme[:4]},
		{"after the 4th", ListQuery{Tenant: "acme", Limit: 4, After: acme[3]}, acme[4:8]},
		{"last page", ListQuery{Tenant: "acme", Limit: 4, After: acme[7]}, acme[8:]},
		{"after the last", ListQuery{Tenant: "acme", After: acme[8]}, nil},
		{"pending after a rejected cursor", ListQuery{Tenant: "acme", Status: StatusPending, After: acme[2]}, acme[3:]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.List(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if g := ids(got); !slices.Equal(g, tc.want) {
				t.Errorf("got %v\nwant %v", g, tc.want)
			}
			for _, it := range got {
				if it.Tenant != tc.q.Tenant {
					t.Errorf("item of tenant %q listed for %q", it.Tenant, tc.q.Tenant)
				}
			}
		})
	}
	t.Run("walk every page", func(t *testing.T) {
		var all []string
		q := ListQuery{Tenant: "initech", Limit: 3}
		for {
			page, err := s.List(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			all = append(all, ids(page)...)
			q.After = page[len(page)-1].ID
		}
		if !slices.Equal(all, byTenant["initech"]) {
			t.Errorf("pages gave %v, want %v", all, byTenant["initech"])
		}
	})
	bad := []struct {
		name string
		q    ListQuery
	}{
		{"no tenant", ListQuery{}},
		{"cursor of another tenant", ListQuery{Tenant: "acme", After: byTenant["globex"][0]}},
		{"unknown cursor", ListQuery{Tenant: "acme", After: NewID()}},
		{"bad status", ListQuery{Tenant: "acme", Status: "approved"}},
		{"negative limit", ListQuery{Tenant: "acme", Limit: -1}},
		{"limit too large", ListQuery{Tenant: "acme", Limit: MaxListLimit + 1}},
	}
	for _, tc := range bad {
		t.Run("refused: "+tc.name, func(t *testing.T) {
			if _, err := s.List(ctx, tc.q); !errors.Is(err, ErrInvalid) {
				t.Errorf("List: %v, want ErrInvalid", err)
			}
		})
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := e.open(t)
	px := [][]byte{randomBytes(100), randomBytes(200), randomBytes(300)}
	var items []Item
	for i, p := range px {
		items = append(items, mustPut(t, s, sampleItem("acme", i), p))
	}
	signedFile := randomBytes(250)
	var err error
	if items[1], err = s.Release(ctx, items[1].ID, "rev", signedFile); err != nil {
		t.Fatal(err)
	}
	if items[2], err = s.Reject(ctx, items[2].ID, "rev"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAuditIndex(ctx, items[0].ID, 1<<40); err != nil {
		t.Fatal(err)
	}
	items[0].AuditIndex = 1 << 40
	if _, err := Open(ctx, Config{Dir: e.dir, KeyFile: e.keyFile}); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open while open: %v, want ErrLocked", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}

	s2 := e.open(t)
	list, err := s2.List(ctx, ListQuery{Tenant: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(items) {
		t.Fatalf("%d items after reopen, want %d", len(list), len(items))
	}
	for i := range items {
		sameItem(t, list[i], items[i])
	}
	if b, err := s2.Pixels(ctx, items[0].ID); err != nil || !bytes.Equal(b, px[0]) {
		t.Errorf("Pixels after reopen: %v", err)
	}
	if b, err := s2.Signed(ctx, items[1].ID); err != nil || !bytes.Equal(b, signedFile) {
		t.Errorf("Signed after reopen: %v", err)
	}
	if _, err := s2.Pixels(ctx, items[2].ID); !errors.Is(err, ErrDecided) {
		t.Errorf("Pixels of rejected after reopen: %v", err)
	}
}

// TestOpenRemovesOrphans stands in for crashes between a blob write and
// its commit, and between a decision's commit and the file's destruction.
func TestOpenRemovesOrphans(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := e.open(t)
	live := mustPut(t, s, sampleItem("acme", 0), randomBytes(100))
	doomed := mustPut(t, s, sampleItem("acme", 1), randomBytes(100))
	doomedFile, _ := blobRow(t, s, doomed.ID, kindPixels)
	doomedBytes, _ := os.ReadFile(filepath.Join(e.dir, blobDirName, doomedFile))
	if _, err := s.Reject(ctx, doomed.ID, "rev"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	blobs := filepath.Join(e.dir, blobDirName)
	orphans := map[string][]byte{
		newBlobName():      randomBytes(64), // a Put that never committed
		tmpPrefix + "1234": randomBytes(10), // an interrupted write
		doomedFile:         doomedBytes,     // a reject whose destroy never ran
	}
	for name, b := range orphans {
		if err := os.WriteFile(filepath.Join(blobs, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// Not ours to remove, and must not stop Open.
	if err := os.Mkdir(filepath.Join(blobs, "lost+found"), 0o700); err != nil {
		t.Fatal(err)
	}
	s2 := e.open(t)
	liveFile, _ := blobRow(t, s2, live.ID, kindPixels)
	if files := blobFiles(t, e.dir); !slices.Equal(files, []string{liveFile, "lost+found"}) {
		t.Errorf("blob files after Open: %v, want only %s", files, liveFile)
	}
	if _, err := s2.Pixels(ctx, live.ID); err != nil {
		t.Errorf("live item after cleanup: %v", err)
	}
}

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	s := newEnv(t).open(t)
	for _, id := range []string{NewID(), "", "rv_", "rv_../../etc/passwd", "RV_" + NewID()[3:], NewID() + "a"} {
		calls := map[string]error{}
		_, calls["Get"] = s.Get(ctx, id)
		_, calls["Pixels"] = s.Pixels(ctx, id)
		_, calls["Signed"] = s.Signed(ctx, id)
		_, calls["Release"] = s.Release(ctx, id, "rev", []byte("x"))
		_, calls["Reject"] = s.Reject(ctx, id, "rev")
		calls["SetAuditIndex"] = s.SetAuditIndex(ctx, id, 1)
		for name, err := range calls {
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("%s(%q): %v, want ErrNotFound", name, id, err)
			}
		}
	}
}

func TestInvalid(t *testing.T) {
	ctx := context.Background()
	s := newEnv(t).open(t)
	ok := sampleItem("acme", 0)
	with := func(f func(*Item)) Item { it := ok; f(&it); return it }
	long := string(bytes.Repeat([]byte("x"), maxNameLen+1))
	taken := mustPut(t, s, ok, []byte("p"))
	puts := []struct {
		name   string
		item   Item
		pixels []byte
	}{
		{"no tenant", with(func(i *Item) { i.Tenant = "" }), []byte("p")},
		{"no requester key", with(func(i *Item) { i.RequesterKeyID = "" }), []byte("p")},
		{"long tenant", with(func(i *Item) { i.Tenant = long }), []byte("p")},
		{"negative image", with(func(i *Item) { i.Image = -1 }), []byte("p")},
		{"no pixels", ok, nil},
		{"meta not JSON", with(func(i *Item) { i.Meta = json.RawMessage("{") }), []byte("p")},
		{"guessable id", with(func(i *Item) { i.ID = "rv_1" }), []byte("p")},
		{"id taken", with(func(i *Item) { i.ID = taken.ID }), []byte("p")},
	}
	for _, tc := range puts {
		t.Run("put: "+tc.name, func(t *testing.T) {
			if _, err := s.Put(ctx, tc.item, tc.pixels); !errors.Is(err, ErrInvalid) {
				t.Errorf("Put: %v, want ErrInvalid", err)
			}
		})
	}
	if _, err := s.Release(ctx, taken.ID, "", []byte("x")); !errors.Is(err, ErrInvalid) {
		t.Errorf("Release without reviewer: %v", err)
	}
	if _, err := s.Release(ctx, taken.ID, "rev", nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("Release without a signed file: %v", err)
	}
	if _, err := s.Reject(ctx, taken.ID, ""); !errors.Is(err, ErrInvalid) {
		t.Errorf("Reject without reviewer: %v", err)
	}
	if files := blobFiles(t, s.blobDir[:len(s.blobDir)-len(blobDirName)]); len(files) != 1 {
		t.Errorf("refused calls left blob files: %v", files)
	}
	for _, cfg := range []Config{{KeyFile: "k"}, {Dir: t.TempDir()}} {
		if _, err := Open(ctx, cfg); !errors.Is(err, ErrInvalid) {
			t.Errorf("Open(%+v): %v, want ErrInvalid", cfg, err)
		}
	}
}

// TestReadsDuringDecision: readers racing a decision get the image or
// ErrDecided, never a half-destroyed blob reported as ErrCorrupt.
func TestReadsDuringDecision(t *testing.T) {
	ctx := context.Background()
	for _, release := range []bool{false, true} {
		t.Run(fmt.Sprintf("release=%v", release), func(t *testing.T) {
			s := newEnv(t).open(t)
			pixels := randomBytes(256 << 10)
			it := mustPut(t, s, sampleItem("acme", 0), pixels)
			var wg sync.WaitGroup
			stop := make(chan struct{})
			var reads atomic.Int64
			for r := range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						select {
						case <-stop:
							return
						default:
						}
						b, err := s.Pixels(ctx, it.ID)
						switch {
						case errors.Is(err, ErrDecided):
						case err != nil:
							t.Errorf("reader %d: %v", r, err)
							return
						case !bytes.Equal(b, pixels):
							t.Errorf("reader %d: wrong bytes", r)
							return
						default:
							reads.Add(1)
						}
					}
				}()
			}
			for reads.Load() < 4 && !t.Failed() { // let the readers get going
				_, _ = s.Get(ctx, it.ID)
			}
			var err error
			if release {
				_, err = s.Release(ctx, it.ID, "rev", randomBytes(100))
			} else {
				_, err = s.Reject(ctx, it.ID, "rev")
			}
			if err != nil {
				t.Error(err)
			}
			for !t.Failed() {
				if _, err := s.Pixels(ctx, it.ID); errors.Is(err, ErrDecided) {
					break
				}
			}
			close(stop)
			wg.Wait()
		})
	}
}
