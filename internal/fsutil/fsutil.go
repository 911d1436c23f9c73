// Package fsutil holds the file-system habits candor's stores share:
// private (0600) files, files replaced atomically, and an exclusive lock on
// a data directory.
package fsutil

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// ErrLocked means another holder (in this or another process) has the
// directory locked; LockDir answers it when its caller names no error of
// its own.
var ErrLocked = errors.New("directory is locked")

// LockFileName is the lock file LockDir makes in a directory.
const LockFileName = "lock"

// PrivateFile creates path 0600 if it is missing and takes group and other
// permissions away from it and its -wal and -shm files (SQLite's) if they
// exist.
func PrivateFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	f.Close()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if fi, err := os.Stat(p); err == nil && fi.Mode().Perm()&0o077 != 0 {
			if err := os.Chmod(p, 0o600); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteAtomic makes path hold data with mode: it writes a temporary file in
// the same directory, fsyncs it and renames it over path. On any error path
// is left as it was and the temporary file is removed.
func WriteAtomic(path string, data []byte, mode os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// WriteNew creates path, which must not exist (the error then wraps
// fs.ErrExist, so a caller that lost a race to create it can read the
// winner's file), with exactly mode perm whatever the umask, writes data
// and fsyncs the file and its directory. On any other error the partial
// file is removed. It suits keys and secrets made once on first start.
func WriteNew(path string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(path, perm) // O_CREATE honours the umask; make the mode exact
	}
	if err == nil {
		err = SyncDir(filepath.Dir(path))
	}
	if err != nil {
		_ = os.Remove(path)
		return err
	}
	return nil
}

// SyncDir makes a directory's entries (files created, renamed or removed
// in it) durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync dir: %w", err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("sync dir %s: %w", dir, err)
	}
	return nil
}

// DirLock is an exclusive flock(2) on <dir>/lock. flock locks belong to the
// open file description, so a second LockDir in the same process conflicts
// too, and the kernel drops the lock when a killed process's files close.
type DirLock struct{ f *os.File }

// LockDir takes the lock on dir without waiting. When another holder has
// it the error is "<dir>: <errLocked>", wrapping errLocked (ErrLocked when
// nil), so each store answers its own sentinel.
func LockDir(dir string, errLocked error) (*DirLock, error) {
	if errLocked == nil {
		errLocked = ErrLocked
	}
	f, err := os.OpenFile(filepath.Join(dir, LockFileName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: %w", dir, errLocked)
		}
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	return &DirLock{f: f}, nil
}

// Locked reports whether another holder has dir locked.
func Locked(dir string) bool {
	f, err := os.Open(filepath.Join(dir, LockFileName))
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		return errors.Is(err, syscall.EWOULDBLOCK)
	}
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}

// Unlock releases the lock; it is safe on nil and twice.
func (l *DirLock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
