// Package witness is a minimal transparency-log witness following C2SP
// tlog-witness (https://c2sp.org/tlog-witness) and tlog-cosignature
// (https://c2sp.org/tlog-cosignature), so that an institution can have
// candor's audit log witnessed by another department: the witness keeps,
// per log origin, the latest checkpoint it cosigned (on disk, 0600), and
// cosigns a new checkpoint only when a consistency proof shows it extends
// that one. A log rolled back or forked is refused (409 or 422), so it can
// no longer gather cosignatures for its rewritten history.
//
// It also holds the log side: Submit sends a checkpoint with a consistency
// proof to a witness and returns the cosignature lines.
package witness

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/candor-ai/candor/internal/fsutil"
	tlog "github.com/transparency-dev/formats/log"
	tnote "github.com/transparency-dev/formats/note"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/note"
)

// Errors, each an HTTP status of tlog-witness add-checkpoint.
var (
	ErrUnknownLog   = errors.New("witness: unknown log origin")                  // 404
	ErrBadSignature = errors.New("witness: no trusted log signature")            // 403
	ErrBadRequest   = errors.New("witness: malformed request")                   // 400
	ErrInconsistent = errors.New("witness: consistency proof does not verify")   // 422
	ErrConflict     = errors.New("witness: old size is not the latest cosigned") // 409
)

// ConflictError is a 409: the witness's latest cosigned size for the log.
type ConflictError struct{ Size uint64 }

func (e *ConflictError) Error() string {
	return fmt.Sprintf("witness: latest cosigned size is %d", e.Size)
}
func (e *ConflictError) Unwrap() error { return ErrConflict }

// Log is one log the witness follows: its origin line and note verifier key.
type Log struct {
	Origin      string `yaml:"origin" json:"origin"`
	VerifierKey string `yaml:"key" json:"key"`
}

// Config configures a Witness.
type Config struct {
	// Dir holds the state (one file per log) and, unless SignerKey is set,
	// the witness key (key.sec, 0600, made on first start).
	Dir string
	// Name is the witness's key name, e.g. "witness.example.edu/audit".
	Name string
	// SignerKey is a note signer key ("PRIVATE+KEY+..."); empty: Dir/key.sec.
	SignerKey string
	Logs      []Log
	Logger    *slog.Logger
}

// maxBody bounds an add-checkpoint request: 63 proof lines and a checkpoint.
const maxBody = 64 << 10

type state struct {
	Size uint64 `json:"size"`
	Root []byte `json:"root"`
}

// Witness cosigns checkpoints that extend what it saw before.
type Witness struct {
	dir    string
	signer note.Signer
	vkey   string
	logs   map[string]note.Verifier
	log    *slog.Logger
	mu     sync.Mutex // check-and-update is atomic (the spec's race)
}

// Open loads or makes the witness key and the logs' verifiers.
func Open(cfg Config) (*Witness, error) {
	if cfg.Dir == "" || cfg.Name == "" {
		return nil, errors.New("witness: Dir and Name are required")
	}
	if err := os.MkdirAll(filepath.Join(cfg.Dir, "state"), 0o700); err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	skey := cfg.SignerKey
	if skey == "" {
		var err error
		if skey, err = loadOrMakeKey(filepath.Join(cfg.Dir, "key.sec"), cfg.Name); err != nil {
			return nil, err
		}
	}
	signer, err := tnote.NewSignerForCosignatureV1(skey)
	if err != nil {
		return nil, fmt.Errorf("witness key: %w", err)
	}
	vkey, err := cosignVerifierKey(skey)
	if err != nil {
		return nil, err
	}
	w := &Witness{dir: cfg.Dir, signer: signer, vkey: vkey, logs: map[string]note.Verifier{}, log: cfg.Logger}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	for _, l := range cfg.Logs {
		v, err := tnote.NewVerifier(l.VerifierKey)
		if err != nil {
			return nil, fmt.Errorf("witness: log %q key: %w", l.Origin, err)
		}
		w.logs[l.Origin] = v
	}
	return w, nil
}

// VerifierKey is the witness's cosignature verifier key, for logs and
// clients to trust.
func (w *Witness) VerifierKey() string { return w.vkey }

// GenerateKey makes a note signer and verifier key pair named name.
func GenerateKey(name string) (skey, vkey string, err error) {
	return note.GenerateKey(rand.Reader, name)
}

func loadOrMakeKey(path, name string) (string, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		fi, err := os.Stat(path)
		if err != nil {
			return "", fmt.Errorf("witness key: %w", err)
		}
		if fi.Mode().Perm()&0o077 != 0 {
			return "", fmt.Errorf("witness key %s is readable by others (mode %o): chmod 600 it", path, fi.Mode().Perm())
		}
		return strings.TrimSpace(string(b)), nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("witness key: %w", err)
	}
	skey, _, err := GenerateKey(name)
	if err != nil {
		return "", fmt.Errorf("witness key: %w", err)
	}
	if err := fsutil.WriteAtomic(path, []byte(skey+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("witness key: %w", err)
	}
	return skey, nil
}

// cosignVerifierKey derives the vkey of an Ed25519 note signer key.
func cosignVerifierKey(skey string) (string, error) {
	parts := strings.SplitN(skey, "+", 5) // the key itself is base64 and may hold "+"
	if len(parts) != 5 {
		return "", errors.New("witness key: malformed")
	}
	raw, err := base64.StdEncoding.DecodeString(parts[4])
	if err != nil || len(raw) != 33 {
		return "", errors.New("witness key: malformed")
	}
	// note's own Ed25519 vkey; cosignature verifiers accept it (as 0x04).
	s, err := note.NewSigner(skey)
	if err != nil {
		return "", fmt.Errorf("witness key: %w", err)
	}
	pub, err := publicFromSeed(raw[1:])
	if err != nil {
		return "", err
	}
	return note.NewEd25519VerifierKey(s.Name(), pub)
}

func (w *Witness) statePath(origin string) string {
	return filepath.Join(w.dir, "state", tlog.ID(origin)+".json")
}

func (w *Witness) load(origin string) (state, error) {
	b, err := os.ReadFile(w.statePath(origin))
	if errors.Is(err, os.ErrNotExist) {
		return state{}, nil
	}
	if err != nil {
		return state{}, err
	}
	var s state
	if err := json.Unmarshal(b, &s); err != nil {
		return state{}, fmt.Errorf("witness state for %q: %w", origin, err)
	}
	return s, nil
}

// AddCheckpoint checks a checkpoint against the latest cosigned one and,
// when it is a consistent extension, records it and returns the
// cosignature lines (tlog-witness add-checkpoint).
func (w *Witness) AddCheckpoint(oldSize uint64, consistency [][]byte, checkpoint []byte) ([]byte, error) {
	origin, _, _ := strings.Cut(string(checkpoint), "\n")
	v, ok := w.logs[origin]
	if !ok {
		return nil, fmt.Errorf("%q: %w", origin, ErrUnknownLog)
	}
	cp, _, _, err := tlog.ParseCheckpoint(checkpoint, origin, v)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if oldSize > cp.Size {
		return nil, fmt.Errorf("old size %d above the checkpoint's %d: %w", oldSize, cp.Size, ErrBadRequest)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	st, err := w.load(origin)
	if err != nil {
		return nil, err
	}
	if oldSize != st.Size {
		return nil, &ConflictError{Size: st.Size}
	}
	switch {
	case oldSize == 0:
		if len(consistency) != 0 {
			return nil, fmt.Errorf("a proof from size 0: %w", ErrBadRequest)
		}
	case oldSize == cp.Size:
		if !bytes.Equal(st.Root, cp.Hash) {
			return nil, &ConflictError{Size: st.Size}
		}
	default:
		if err := proof.VerifyConsistency(rfc6962.DefaultHasher, oldSize, cp.Size, consistency, st.Root, cp.Hash); err != nil {
			w.log.Warn("witness: inconsistent checkpoint refused (possible log misbehaviour)", "origin", origin,
				"old_size", oldSize, "size", cp.Size, "err", err)
			return nil, fmt.Errorf("%w: %w", ErrInconsistent, err)
		}
	}
	b, err := json.Marshal(state{Size: cp.Size, Root: cp.Hash})
	if err != nil {
		return nil, err
	}
	if err := fsutil.WriteAtomic(w.statePath(origin), b, 0o600); err != nil {
		return nil, fmt.Errorf("witness state: %w", err)
	}
	// Cosign the checkpoint body (every line of the note's text).
	n, err := note.Open(checkpoint, note.VerifierList(v))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	signed, err := note.Sign(&note.Note{Text: n.Text}, w.signer)
	if err != nil {
		return nil, err
	}
	// The signature lines are what follows the blank line after the text.
	_, sigs, _ := bytes.Cut(signed, []byte("\n\n"))
	return sigs, nil
}

// Handler serves POST /add-checkpoint (tlog-witness).
func (w *Witness) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /add-checkpoint", func(rw http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(rw, r.Body, maxBody))
		if err != nil {
			http.Error(rw, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		old, proofLines, cp, err := ParseRequest(body)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		sigs, err := w.AddCheckpoint(old, proofLines, cp)
		var ce *ConflictError
		switch {
		case errors.As(err, &ce):
			rw.Header().Set("Content-Type", "text/x.tlog.size")
			rw.WriteHeader(http.StatusConflict)
			fmt.Fprintf(rw, "%d\n", ce.Size)
		case errors.Is(err, ErrUnknownLog):
			http.Error(rw, "unknown log", http.StatusNotFound)
		case errors.Is(err, ErrBadSignature):
			http.Error(rw, "no trusted log signature", http.StatusForbidden)
		case errors.Is(err, ErrBadRequest):
			http.Error(rw, err.Error(), http.StatusBadRequest)
		case errors.Is(err, ErrInconsistent):
			http.Error(rw, "consistency proof does not verify", http.StatusUnprocessableEntity)
		case err != nil:
			w.log.Error("witness", "err", err)
			http.Error(rw, "internal error", http.StatusInternalServerError)
		default:
			rw.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = rw.Write(sigs)
		}
	})
	return mux
}

// ParseRequest reads an add-checkpoint body: "old N", at most 63 base64
// proof lines, an empty line, then the checkpoint.
func ParseRequest(body []byte) (uint64, [][]byte, []byte, error) {
	head, cp, ok := bytes.Cut(body, []byte("\n\n"))
	if !ok {
		return 0, nil, nil, fmt.Errorf("no empty line before the checkpoint: %w", ErrBadRequest)
	}
	lines := strings.Split(string(head), "\n")
	sz, ok := strings.CutPrefix(lines[0], "old ")
	if !ok || sz == "" || len(sz) > 1 && sz[0] == '0' {
		return 0, nil, nil, fmt.Errorf("first line must be \"old N\": %w", ErrBadRequest)
	}
	old, err := strconv.ParseUint(sz, 10, 64)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("old size %q: %w", sz, ErrBadRequest)
	}
	if len(lines)-1 > 63 {
		return 0, nil, nil, fmt.Errorf("%d proof lines, at most 63: %w", len(lines)-1, ErrBadRequest)
	}
	var hashes [][]byte
	for _, l := range lines[1:] {
		h, err := base64.StdEncoding.Strict().DecodeString(l)
		if err != nil || len(h) != 32 {
			return 0, nil, nil, fmt.Errorf("proof line %q: %w", l, ErrBadRequest)
		}
		hashes = append(hashes, h)
	}
	return old, hashes, cp, nil
}

// FormatRequest writes an add-checkpoint body.
func FormatRequest(old uint64, consistency [][]byte, checkpoint []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "old %d\n", old)
	for _, h := range consistency {
		b.WriteString(base64.StdEncoding.EncodeToString(h) + "\n")
	}
	b.WriteString("\n")
	b.Write(checkpoint)
	return b.Bytes()
}

// Submit sends checkpoint with a consistency proof from old to a witness at
// url (its submission prefix) and returns the cosignature lines. A 409
// answers *ConflictError with the witness's size, so the caller can retry
// with a proof from there.
func Submit(ctx context.Context, client *http.Client, url string, old uint64, consistency [][]byte, checkpoint []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(url, "/")+"/add-checkpoint",
		bytes.NewReader(FormatRequest(old, consistency, checkpoint)))
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("witness %s: %w", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return nil, err
	}
	switch resp.StatusCode {
	case http.StatusOK:
		return b, nil
	case http.StatusConflict:
		n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("witness %s: 409 with body %q: %w", url, b, ErrConflict)
		}
		return nil, &ConflictError{Size: n}
	case http.StatusUnprocessableEntity:
		return nil, fmt.Errorf("witness %s: %w", url, ErrInconsistent)
	case http.StatusNotFound:
		return nil, fmt.Errorf("witness %s: %w", url, ErrUnknownLog)
	case http.StatusForbidden:
		return nil, fmt.Errorf("witness %s: %w", url, ErrBadSignature)
	}
	return nil, fmt.Errorf("witness %s: status %d: %s", url, resp.StatusCode, bytes.TrimSpace(b))
}

func publicFromSeed(seed []byte) (ed25519.PublicKey, error) {
	if len(seed) != ed25519.SeedSize {
		return nil, errors.New("witness key: malformed")
	}
	return ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey), nil
}
