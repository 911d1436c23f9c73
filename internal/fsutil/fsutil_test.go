package fsutil

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func mode(t *testing.T, p string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestPrivateFile(t *testing.T) {
	old := syscall.Umask(0)
	t.Cleanup(func() { syscall.Umask(old) })
	dir := t.TempDir()

	t.Run("creates 0600", func(t *testing.T) {
		p := filepath.Join(dir, "new.db")
		if err := PrivateFile(p); err != nil {
			t.Fatal(err)
		}
		if m := mode(t, p); m != 0o600 {
			t.Fatalf("mode %o, want 600", m)
		}
	})
	t.Run("tightens the file and its -wal and -shm, keeps the contents", func(t *testing.T) {
		p := filepath.Join(dir, "open.db")
		for _, s := range []string{"", "-wal", "-shm"} {
			if err := os.WriteFile(p+s, []byte("data"+s), 0o666); err != nil {
				t.Fatal(err)
			}
		}
		if err := PrivateFile(p); err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"", "-wal", "-shm"} {
			if m := mode(t, p+s); m != 0o600 {
				t.Errorf("%s: mode %o, want 600", s, m)
			}
			if b, _ := os.ReadFile(p + s); string(b) != "data"+s {
				t.Errorf("%s: contents %q", s, b)
			}
		}
	})
	t.Run("leaves an owner-only mode alone", func(t *testing.T) {
		p := filepath.Join(dir, "ro.db")
		if err := os.WriteFile(p, nil, 0o400); err != nil {
			t.Fatal(err)
		}
		// Opening 0400 read-write fails unless the test runs as root.
		if err := PrivateFile(p); os.Geteuid() != 0 && !errors.Is(err, os.ErrPermission) {
			t.Fatalf("PrivateFile on a 0400 file: %v", err)
		}
		if m := mode(t, p); m != 0o400 {
			t.Fatalf("mode %o, want 400", m)
		}
	})
	t.Run("missing folder", func(t *testing.T) {
		if err := PrivateFile(filepath.Join(dir, "no", "such.db")); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("err %v, want not exist", err)
		}
	})
}

func TestWriteAtomic(t *testing.T) {
	old := syscall.Umask(0o022)
	t.Cleanup(func() { syscall.Umask(old) })
	dir := t.TempDir()
	p := filepath.Join(dir, "state.json")

	for _, tc := range []struct {
		data string
		mode os.FileMode
	}{{"first", 0o600}, {"second, longer", 0o644}, {"3", 0o600}} {
		if err := WriteAtomic(p, []byte(tc.data), tc.mode); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != tc.data {
			t.Fatalf("contents %q, want %q", b, tc.data)
		}
		if m := mode(t, p); m != tc.mode {
			t.Fatalf("mode %o, want %o (umask 022 must not change it)", m, tc.mode)
		}
	}

	// A failed replace (the target is a non-empty folder) leaves the old
	// file and no temporary file behind.
	blocked := filepath.Join(dir, "blocked")
	if err := os.MkdirAll(filepath.Join(blocked, "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(blocked, []byte("new"), 0o600); err == nil {
		t.Fatal("rename over a non-empty folder succeeded")
	}
	if err := WriteAtomic(filepath.Join(dir, "missing", "f"), []byte("new"), 0o600); err == nil {
		t.Fatal("write into a missing folder succeeded")
	}
	if b, _ := os.ReadFile(p); string(b) != "3" {
		t.Fatalf("old file changed: %q", b)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestWriteNew(t *testing.T) {
	old := syscall.Umask(0o077)
	t.Cleanup(func() { syscall.Umask(old) })
	dir := t.TempDir()
	p := filepath.Join(dir, "secret")
	if err := WriteNew(p, []byte("first"), 0o640); err != nil {
		t.Fatal(err)
	}
	if m := mode(t, p); m != 0o640 {
		t.Fatalf("mode %o, want 640 (umask 077 must not change it)", m)
	}
	// A second writer loses, learns why, and the first file stays.
	if err := WriteNew(p, []byte("second"), 0o600); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second WriteNew: %v, want fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "first" {
		t.Fatalf("contents %q, want first", b)
	}
	if err := WriteNew(filepath.Join(dir, "missing", "f"), nil, 0o600); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("WriteNew into a missing folder: %v", err)
	}
}

func TestSyncDir(t *testing.T) {
	if err := SyncDir(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if err := SyncDir(filepath.Join(t.TempDir(), "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("SyncDir of a missing folder: %v", err)
	}
}

func TestLockDir(t *testing.T) {
	dir := t.TempDir()
	if Locked(dir) {
		t.Fatal("Locked before any lock file")
	}
	l, err := LockDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m := mode(t, filepath.Join(dir, LockFileName)); m&0o077 != 0 {
		t.Errorf("lock file mode %o", m)
	}
	// A second holder, even in this process, is refused.
	if l2, err := LockDir(dir, nil); !errors.Is(err, ErrLocked) || l2 != nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("second LockDir: %v %v, want ErrLocked naming the folder", l2, err)
	}
	mine := errors.New("store: in use")
	if _, err := LockDir(dir, mine); !errors.Is(err, mine) || err.Error() != dir+": store: in use" {
		t.Fatalf("second LockDir with the caller's error: %v", err)
	}
	if !Locked(dir) {
		t.Fatal("Locked says free while held")
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if err := l.Unlock(); err != nil {
		t.Fatalf("second Unlock: %v", err)
	}
	if err := (*DirLock)(nil).Unlock(); err != nil {
		t.Fatalf("nil Unlock: %v", err)
	}
	if Locked(dir) {
		t.Fatal("Locked after Unlock")
	}
	l3, err := LockDir(dir, nil)
	if err != nil {
		t.Fatalf("LockDir after Unlock: %v", err)
	}
	l3.Unlock()

	if _, err := LockDir(filepath.Join(dir, "missing"), nil); err == nil || errors.Is(err, ErrLocked) {
		t.Fatalf("LockDir on a missing folder: %v", err)
	}
}
