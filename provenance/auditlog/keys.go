package auditlog

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/candor-ai/candor/internal/fsutil"
	"golang.org/x/mod/sumdb/note"
)

const (
	// privateKeyFile holds the note signer key (C2SP signed-note, Ed25519), mode 0600.
	privateKeyFile = "checkpoint.key"
	// publicKeyFile holds the matching note verifier key, mode 0644.
	publicKeyFile = "checkpoint.pub"
)

// loadOrCreateKey returns the checkpoint signer and its verifier key string,
// creating an Ed25519 key pair named origin on first start.
func loadOrCreateKey(dir, origin string, logger *slog.Logger) (note.Signer, string, error) {
	privPath := filepath.Join(dir, privateKeyFile)
	pubPath := filepath.Join(dir, publicKeyFile)
	priv, err := os.ReadFile(privPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		skey, vkey, err := note.GenerateKey(rand.Reader, origin)
		if err != nil {
			return nil, "", fmt.Errorf("generate key: %w: %w", ErrKey, err)
		}
		// Public half first: a crash in between leaves no private key behind,
		// so the next start simply generates a fresh pair.
		if err := writeFileSync(pubPath, []byte(vkey+"\n"), 0o644); err != nil {
			return nil, "", err
		}
		if err := writeFileSync(privPath, []byte(skey+"\n"), 0o600); err != nil {
			return nil, "", err
		}
		logger.Info("audit log: created checkpoint signing key", slog.String("origin", origin), slog.String("verifier", vkey))
		priv = []byte(skey)
	case err != nil:
		return nil, "", fmt.Errorf("read %s: %w: %w", privateKeyFile, ErrKey, err)
	default:
		if st, err := os.Stat(privPath); err == nil && st.Mode().Perm()&0o077 != 0 {
			logger.Warn("audit log: checkpoint signing key is readable by others", slog.String("path", privPath), slog.String("mode", st.Mode().Perm().String()))
		}
	}
	signer, err := note.NewSigner(strings.TrimSpace(string(priv)))
	if err != nil {
		return nil, "", fmt.Errorf("parse %s: %w: %w", privateKeyFile, ErrKey, err)
	}
	if signer.Name() != origin {
		return nil, "", fmt.Errorf("key is for origin %q, configured origin is %q: %w", signer.Name(), origin, ErrKey)
	}
	vkey, verifier, err := loadVerifier(dir)
	if err != nil {
		return nil, "", err
	}
	if verifier.Name() != signer.Name() || verifier.KeyHash() != signer.KeyHash() {
		return nil, "", fmt.Errorf("%s does not match %s: %w", publicKeyFile, privateKeyFile, ErrKey)
	}
	return signer, vkey, nil
}

// loadVerifier reads the note verifier key stored beside the log.
func loadVerifier(dir string) (string, note.Verifier, error) {
	raw, err := os.ReadFile(filepath.Join(dir, publicKeyFile))
	if err != nil {
		return "", nil, fmt.Errorf("read %s: %w: %w", publicKeyFile, ErrKey, err)
	}
	vkey := strings.TrimSpace(string(raw))
	v, err := note.NewVerifier(vkey)
	if err != nil {
		return "", nil, fmt.Errorf("parse %s: %w: %w", publicKeyFile, ErrKey, err)
	}
	return vkey, v, nil
}

// writeFileSync creates path exclusively with perm (fsutil.WriteNew), its
// error wrapping ErrKey.
func writeFileSync(path string, data []byte, perm os.FileMode) error {
	if err := fsutil.WriteNew(path, data, perm); err != nil {
		return fmt.Errorf("create %s: %w: %w", filepath.Base(path), ErrKey, err)
	}
	return nil
}
