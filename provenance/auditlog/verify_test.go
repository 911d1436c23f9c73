package auditlog

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/mod/sumdb/note"
)

// buildLog makes a closed log with n entries in dir: the first 16 appended
// one by one (so entry i is sampleEntry(i)), the rest concurrently.
func buildLog(t *testing.T, dir string, n int) {
	t.Helper()
	l := openTest(t, dir)
	var wg sync.WaitGroup
	for i := range n {
		if i < 16 {
			if _, err := l.Append(context.Background(), sampleEntry("acme", i)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := l.Append(context.Background(), sampleEntry("acme", i)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
}

// copyDir copies a closed log directory tree.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o700)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, info.Mode().Perm())
	})
	if err != nil {
		t.Fatal(err)
	}
}

// rawDB opens the audit database for writing, as an attacker with file access would.
func rawDB(t *testing.T, dir string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, dbFileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func mustExec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	res, err := db.Exec(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		t.Fatalf("%s changed nothing", q)
	}
}

func TestVerifyClean(t *testing.T) {
	for _, n := range []int{0, 1, 300} {
		dir := t.TempDir()
		buildLog(t, dir, n)
		rep, err := Verify(context.Background(), dir)
		if err != nil {
			t.Fatalf("n=%d: Verify: %v (%+v)", n, err, rep.Problems)
		}
		if rep.TreeSize != uint64(n) || rep.EntriesChecked != uint64(n) || !rep.OK() || rep.Live {
			t.Errorf("n=%d: report %+v", n, rep)
		}
	}
}

func TestVerifyDetectsTampering(t *testing.T) {
	const n = 10
	type want struct {
		kind ProblemKind
		idx  uint64
	}
	tests := []struct {
		name   string
		tamper func(t *testing.T, dir string, db *sql.DB)
		want   []want
	}{
		{"edit content", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `UPDATE entries SET canonical = CAST(replace(CAST(canonical AS TEXT), '"decision":"deny"', '"decision":"allow"') AS BLOB) WHERE idx = 2`)
		}, []want{{ProblemEdited, 2}, {ProblemRoot, n}}},
		{"edit tenant column", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `UPDATE entries SET tenant = 'globex' WHERE idx = 4`)
		}, []want{{ProblemEdited, 4}}},
		{"edit time column", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `UPDATE entries SET time_ns = time_ns + 1 WHERE idx = 6`)
		}, []want{{ProblemEdited, 6}}},
		{"garbage content", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `UPDATE entries SET canonical = X'00FF' WHERE idx = 0`)
		}, []want{{ProblemEdited, 0}, {ProblemRoot, n}}},
		{"delete a row", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `DELETE FROM entries WHERE idx = 5`)
		}, []want{{ProblemMissing, 5}, {ProblemRoot, n}}},
		{"delete the last row", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `DELETE FROM entries WHERE idx = ?`, n-1)
		}, []want{{ProblemMissing, n - 1}, {ProblemRoot, n}}},
		{"swap two rows", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `UPDATE entries SET idx = -1 WHERE idx = 3`)
			mustExec(t, db, `UPDATE entries SET idx = 3 WHERE idx = 7`)
			mustExec(t, db, `UPDATE entries SET idx = 7 WHERE idx = -1`)
		}, []want{{ProblemReordered, 3}, {ProblemReordered, 7}, {ProblemRoot, n}}},
		{"append a row by hand", func(t *testing.T, _ string, db *sql.DB) {
			e, body, err := normalize(sampleEntry("acme", n), timeNow)
			if err != nil {
				t.Fatal(err)
			}
			mustExec(t, db, `INSERT INTO entries(idx, time_ns, tenant, canonical) VALUES (?, ?, ?, ?)`,
				n, e.Time.UnixNano(), e.Tenant, withIndex(body, n))
		}, []want{{ProblemExtra, n}}},
		{"insert a negative index", func(t *testing.T, _ string, db *sql.DB) {
			mustExec(t, db, `INSERT INTO entries(idx, time_ns, tenant, canonical) VALUES (-3, 0, 'x', X'7B7D')`)
		}, []want{{ProblemExtra, 0}}},
		{"forge the checkpoint", func(t *testing.T, dir string, _ *sql.DB) {
			p := filepath.Join(dir, tesseraDir, "checkpoint")
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitN(string(b), "\n", 3)
			lines[1] = "11" // claim one more entry
			if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
		}, []want{{ProblemCheckpoint, 0}}},
		{"replace the key pair", func(t *testing.T, dir string, _ *sql.DB) {
			_, vkey, err := note.GenerateKey(nil, testOrigin)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, publicKeyFile), []byte(vkey), 0o644); err != nil {
				t.Fatal(err)
			}
		}, []want{{ProblemCheckpoint, 0}}},
		{"edit the tessera bundle", func(t *testing.T, dir string, _ *sql.DB) {
			p := filepath.Join(dir, tesseraDir, "tile", "entries", "000.p", "10")
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			b[5] ^= 0xff
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}, []want{{ProblemLog, 0}}},
	}
	template := t.TempDir()
	buildLog(t, template, n)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			copyDir(t, template, dir)
			if _, err := Verify(context.Background(), dir); err != nil {
				t.Fatalf("copy does not verify before tampering: %v", err)
			}
			tc.tamper(t, dir, rawDB(t, dir))
			rep, err := Verify(context.Background(), dir)
			if !errors.Is(err, ErrTampered) {
				t.Fatalf("Verify err = %v, want ErrTampered; report %+v", err, rep)
			}
			if rep.ProblemCount != len(rep.Problems) || rep.OK() {
				t.Errorf("ProblemCount %d, %d listed", rep.ProblemCount, len(rep.Problems))
			}
			for _, w := range tc.want {
				found := false
				for _, p := range rep.Problems {
					if p.Kind == w.kind && p.Index == w.idx {
						found = true
					}
				}
				if !found {
					t.Errorf("no %s problem at %d in %+v", w.kind, w.idx, rep.Problems)
				}
			}
		})
	}
}

func TestVerifyWithKey(t *testing.T) {
	dir := t.TempDir()
	l := openTest(t, dir)
	vkey := l.VerifierKey()
	if _, err := l.Append(context.Background(), sampleEntry("acme", 1)); err != nil {
		t.Fatal(err)
	}
	// While the log is open, Verify is read-only and treats rows past the checkpoint as pending.
	if rep, err := Verify(context.Background(), dir); err != nil || !rep.Live {
		t.Errorf("live Verify: %v, %+v", err, rep)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if rep, err := VerifyWithKey(context.Background(), dir, vkey); err != nil || rep.VerifierKey != vkey {
		t.Errorf("VerifyWithKey(own key): %v %+v", err, rep)
	}
	_, other, _ := note.GenerateKey(nil, testOrigin)
	if _, err := VerifyWithKey(context.Background(), dir, other); !errors.Is(err, ErrTampered) {
		t.Errorf("VerifyWithKey(other key): err = %v, want ErrTampered", err)
	}
	if _, err := VerifyWithKey(context.Background(), dir, "garbage"); !errors.Is(err, ErrKey) {
		t.Errorf("VerifyWithKey(garbage): err = %v, want ErrKey", err)
	}
	if _, err := Verify(context.Background(), filepath.Join(dir, "nope")); err == nil || errors.Is(err, ErrTampered) {
		t.Errorf("Verify(missing dir): err = %v", err)
	}
}
