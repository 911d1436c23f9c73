package witness

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	tlog "github.com/transparency-dev/formats/log"
	tnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
)

// Remote is a witness a log asks for cosignatures: its submission URL
// prefix and its cosignature verifier key.
type Remote struct {
	URL string `yaml:"url" json:"url"`
	Key string `yaml:"key" json:"key"`
}

// Source is the log being witnessed (provenance/auditlog.Log).
type Source interface {
	Origin() string
	VerifierKey() string
	Checkpoint(ctx context.Context) ([]byte, error)
	ConsistencyProof(ctx context.Context, from, to uint64) ([][]byte, error)
}

// Cosigner keeps the log's latest checkpoint cosigned by its witnesses:
// Sync sends the current checkpoint with a consistency proof from the size
// each witness last cosigned, and Latest serves the checkpoint with every
// cosignature gathered. A witness that refuses (a rolled-back log) is
// logged and its cosignature is missing from Latest, which a client
// requiring it then notices.
type Cosigner struct {
	src       Source
	witnesses []Remote
	verifiers []note.Verifier
	client    *http.Client
	log       *slog.Logger

	mu     sync.Mutex
	sizes  map[string]uint64 // witness URL -> the size it cosigned last
	latest []byte
	errs   map[string]error
}

// NewCosigner checks the witnesses' keys.
func NewCosigner(src Source, witnesses []Remote, client *http.Client, log *slog.Logger) (*Cosigner, error) {
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Cosigner{src: src, witnesses: witnesses, client: client, log: log, sizes: map[string]uint64{}, errs: map[string]error{}}
	for _, w := range witnesses {
		v, err := tnote.NewVerifierForCosignatureV1(w.Key)
		if err != nil {
			return nil, fmt.Errorf("witness %s key: %w", w.URL, err)
		}
		c.verifiers = append(c.verifiers, v)
	}
	return c, nil
}

// Sync asks every witness to cosign the current checkpoint.
func (c *Cosigner) Sync(ctx context.Context) error {
	cp, err := c.src.Checkpoint(ctx)
	if err != nil {
		return err
	}
	lv, err := tnote.NewVerifier(c.src.VerifierKey())
	if err != nil {
		return err
	}
	parsed, _, _, err := tlog.ParseCheckpoint(cp, c.src.Origin(), lv)
	if err != nil {
		return fmt.Errorf("own checkpoint: %w", err)
	}
	out := bytes.Clone(cp)
	var errs []error
	for i, w := range c.witnesses {
		sigs, err := c.submit(ctx, w, cp, parsed.Size)
		c.mu.Lock()
		c.errs[w.URL] = err
		c.mu.Unlock()
		if err != nil {
			c.log.Warn("witness refused or unreachable", "witness", w.URL, "size", parsed.Size, "err", err)
			errs = append(errs, err)
			continue
		}
		// Keep only cosignatures that verify with this witness's key.
		withSig := append(bytes.Clone(cp), sigs...)
		if _, _, n, err := tlog.ParseCheckpoint(withSig, c.src.Origin(), lv, c.verifiers[i]); err == nil {
			for _, s := range n.Sigs {
				if s.Hash == c.verifiers[i].KeyHash() {
					out = append(out, []byte(fmt.Sprintf("— %s %s\n", s.Name, s.Base64))...)
				}
			}
		}
	}
	c.mu.Lock()
	c.latest = out
	c.mu.Unlock()
	return errors.Join(errs...)
}

func (c *Cosigner) submit(ctx context.Context, w Remote, cp []byte, size uint64) ([]byte, error) {
	c.mu.Lock()
	old := c.sizes[w.URL]
	c.mu.Unlock()
	for try := 0; try < 2; try++ {
		var p [][]byte
		if old > 0 && old < size {
			var err error
			if p, err = c.src.ConsistencyProof(ctx, old, size); err != nil {
				return nil, err
			}
		}
		sigs, err := Submit(ctx, c.client, w.URL, old, p, cp)
		var ce *ConflictError
		if errors.As(err, &ce) && try == 0 && ce.Size <= size {
			old = ce.Size // the witness knows a later size than we thought: prove from there
			continue
		}
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		c.sizes[w.URL] = size
		c.mu.Unlock()
		return sigs, nil
	}
	return nil, ErrConflict
}

// Latest is the last synced checkpoint with its cosignatures (nil before
// the first Sync).
func (c *Cosigner) Latest() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return bytes.Clone(c.latest)
}

// Run syncs every interval until ctx ends.
func (c *Cosigner) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		_ = c.Sync(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
