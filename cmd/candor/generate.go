package main

import (
	"context"
	"crypto/rand"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"image"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/gateway/imaging"
	"github.com/candor-ai/candor/pipeline/diffusion"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/credentials"
)

// Exit codes of `candor generate` (CONTRACT).
const (
	exitDenied  = 3
	exitBlocked = 4
)

// generateTenant is the tenant local generations are audited under.
const generateTenant = "local"

type generateFlags struct {
	prompt, negative   string
	seed               string
	steps              int
	guidance           float64
	size, format, out  string
	model, dataDir     string
	ortLib             string
	threads            int
	policyData         multiFlag
	storePrompt, noBar bool
	configPath         string
	visibleMark        bool
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f generateFlags
	fs := flag.NewFlagSet("candor generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.prompt, "prompt", "", "what to draw (required)")
	fs.StringVar(&f.negative, "negative-prompt", "", "what to steer away from")
	fs.StringVar(&f.seed, "seed", "", "random seed (default: a fresh one, printed)")
	fs.IntVar(&f.steps, "steps", 0, "denoising steps (default: the model's)")
	fs.Float64Var(&f.guidance, "guidance", 0, "classifier-free guidance scale (default: the model's)")
	fs.StringVar(&f.size, "size", "", "WxH (default: the model's)")
	fs.StringVar(&f.format, "format", "", "png or jpeg (default: from the -o extension, else png)")
	fs.StringVar(&f.out, "o", "", "output file (required)")
	fs.StringVar(&f.model, "model", "", "model directory in the diffusers ONNX layout (default: the built-in model)")
	fs.StringVar(&f.dataDir, "data-dir", "./var", "state: audit log, signing identity, secrets")
	fs.StringVar(&f.ortLib, "ort-lib", "", "ONNX Runtime library (default: CANDOR_ORT_LIB, then the `make ort` cache)")
	fs.IntVar(&f.threads, "threads", 0, "ONNX Runtime intra-op threads (default: all cores)")
	fs.Var(&f.policyData, "policy-data", "directory of institution policy data (*.json); repeatable")
	fs.BoolVar(&f.storePrompt, "store-prompt", false, "keep the prompt text in the audit log and manifest (default: only a keyed commitment)")
	fs.BoolVar(&f.visibleMark, "visible-mark", false, "draw a small \"AI-generated\" mark in a corner")
	fs.BoolVar(&f.noBar, "no-progress", false, "no progress bar")
	fs.StringVar(&f.configPath, "config", "", "the serve config file, for its audit origin and signing identity")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "candor generate: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	code, err := generate(ctx, f, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "candor generate:", err)
	}
	return code
}

func generate(ctx context.Context, f generateFlags, _, stderr io.Writer) (int, error) {
	if strings.TrimSpace(f.prompt) == "" {
		return 2, errors.New("--prompt is required")
	}
	if f.out == "" {
		return 2, errors.New("-o FILE is required")
	}
	format, err := outputFormat(f.format, f.out)
	if err != nil {
		return 2, err
	}
	w, h, err := parseSize(f.size)
	if err != nil {
		return 2, err
	}
	var seed *uint64
	if f.seed != "" {
		s, err := strconv.ParseUint(f.seed, 10, 64)
		if err != nil {
			return 2, fmt.Errorf("--seed %q: want a non-negative integer", f.seed)
		}
		seed = &s
	}
	var guidance *float32
	if f.guidance != 0 {
		g := float32(f.guidance)
		guidance = &g
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

	// Policy first: a denied prompt never reaches the model.
	engine, err := policy.New(ctx, policy.Config{FS: policies.FS, DataDirs: f.policyData, Logger: log})
	if err != nil {
		return 1, fmt.Errorf("policy: %w", err)
	}
	cfg, err := loadConfig(f.configPath)
	if err != nil {
		return 1, err
	}
	st, err := openState(ctx, f.dataDir, cfg, log)
	if err != nil {
		return 1, err
	}
	defer st.close()

	dec, err := engine.Evaluate(ctx, policy.Input{Prompt: f.prompt, NegativePrompt: f.negative, Tenant: generateTenant, Roles: []string{gateway.RoleGenerate}})
	if err != nil {
		return 1, fmt.Errorf("policy: %w", err)
	}
	secret := gateway.TenantSecret(st.master, generateTenant)
	entry := auditlog.Entry{
		Time:             time.Now().UTC(),
		RequestID:        newRequestID(),
		Tenant:           generateTenant,
		KeyID:            "cli",
		Route:            "cli:generate",
		PromptCommitment: gateway.Commit(secret, f.prompt),
		Decision:         dec.DecisionString(),
		PolicyRevision:   dec.Revision,
	}
	if f.storePrompt {
		entry.Prompt, entry.NegativePrompt = f.prompt, f.negative
	}
	for _, r := range append(append([]policy.Reason(nil), dec.Reasons...), dec.Warnings...) {
		entry.Reasons = append(entry.Reasons, auditlog.Reason{Rule: r.Rule, Category: r.Category, Message: r.Message, Severity: r.Severity})
	}
	for _, r := range dec.Warnings {
		fmt.Fprintf(stderr, "warning (%s): %s\n", r.Rule, r.Message)
	}
	if !dec.Allow {
		entry.Outcome = "denied"
		if _, err := st.audit.Append(ctx, entry); err != nil {
			return 1, fmt.Errorf("audit: %w", err)
		}
		fmt.Fprintln(stderr, "candor generate: the prompt policy refused this prompt:")
		for _, r := range dec.Reasons {
			fmt.Fprintf(stderr, "  - [%s] %s\n", r.Rule, r.Message)
		}
		return exitDenied, nil
	}

	lib, err := resolveORTLib(or(f.ortLib, cfg.Runtime.ORTLib))
	if err != nil {
		return 1, err
	}
	modelDir, err := resolveModelDir(or(f.model, cfg.Runtime.Model))
	if err != nil {
		return 1, err
	}
	pipe, err := diffusion.Load(ctx, diffusion.Config{Dir: modelDir, LibPath: lib, Threads: or(f.threads, cfg.Runtime.Threads), Logger: log})
	if err != nil {
		return 1, err
	}
	defer pipe.Close()

	issuer, err := credentials.New(credentials.Config{Identity: st.identity, Anchors: st.anchors, Timestamper: st.ts, Version: version, Logger: log})
	if err != nil {
		return 1, err
	}
	var bar *progressbar.ProgressBar
	progress := func(step, total int, _ func() (*image.NRGBA, error)) {
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(stderr),
				progressbar.OptionSetDescription("denoising"), progressbar.OptionShowCount(),
				progressbar.OptionClearOnFinish())
		}
		_ = bar.Set(step)
	}
	if f.noBar || !isTerminal(stderr) {
		progress = nil
	}
	svc, err := imaging.New(imaging.Config{Generator: pipe, Issuer: issuer, Audit: st.audit,
		AuditOrigin: st.audit.Origin(), Logger: log, ErrInvalid: []error{diffusion.ErrInvalidRequest}, Progress: progress})
	if err != nil {
		return 1, err
	}
	start := time.Now()
	res, err := svc.Generate(ctx, gateway.ImagesRequest{
		RequestID: entry.RequestID, Tenant: generateTenant, KeyID: "cli", Prompt: f.prompt, NegativePrompt: f.negative,
		N: 1, Width: w, Height: h, Steps: f.steps, Guidance: guidance, Seed: seed, OutputFormat: format,
		Decision: dec, Audit: withOutcome(entry, "generated"),
		C2PA: gateway.C2PAOptions{VisibleMark: f.visibleMark},
	})
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return 1, err
	}
	img := res.Images[0]
	if img.Blocked {
		return exitBlocked, errors.New("the image safety check blocked the output; nothing was written")
	}
	if err := writeFileAtomic(f.out, img.Data, 0o644); err != nil {
		return 1, err
	}
	fmt.Fprintf(stderr, "wrote %s (%s, seed %d, %d steps, %s) in %s\n  manifest %s, audit index %d in %s\n",
		f.out, format, img.Seed, res.Steps, res.Model, time.Since(start).Round(time.Millisecond),
		img.ManifestID, *img.AuditIndex, st.audit.Origin())
	return 0, nil
}

func withOutcome(e auditlog.Entry, outcome string) auditlog.Entry {
	e.Outcome = outcome
	return e
}

// localState is what local commands share with the server in --data-dir.
type localState struct {
	master   []byte
	audit    *auditlog.Log
	identity provenance.Identity
	anchors  *x509.CertPool
	ts       provenance.Timestamper
}

func (s *localState) close() {
	if s.audit != nil {
		_ = s.audit.Close()
	}
}

func openState(ctx context.Context, dataDir string, cfg fileConfig, log *slog.Logger) (*localState, error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	master, err := loadOrCreateSecret(filepath.Join(dataDir, "secrets", "audit-hmac.key"))
	if err != nil {
		return nil, err
	}
	id, pool, ts, err := signingWithTSA(dataDir, cfg.Signing)
	if err != nil {
		return nil, err
	}
	audit, err := auditlog.Open(ctx, auditlog.Config{Dir: filepath.Join(dataDir, "audit"), Origin: cfg.Server.AuditOrigin, Logger: log})
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	return &localState{master: master, audit: audit, identity: id, anchors: pool, ts: ts}, nil
}

func outputFormat(flagValue, out string) (string, error) {
	switch strings.ToLower(flagValue) {
	case "png":
		return "png", nil
	case "jpeg", "jpg":
		return "jpeg", nil
	case "":
	default:
		return "", fmt.Errorf("--format %q: want png or jpeg", flagValue)
	}
	switch strings.ToLower(filepath.Ext(out)) {
	case ".jpg", ".jpeg":
		return "jpeg", nil
	}
	return "png", nil
}

func parseSize(s string) (int, int, error) {
	if s == "" {
		return 0, 0, nil
	}
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if !ok || err1 != nil || err2 != nil || w <= 0 || h <= 0 {
		return 0, 0, fmt.Errorf("--size %q: want WxH, for example 64x64", s)
	}
	return w, h, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// newRequestID names a local generation in the audit log, like the
// gateway's X-Request-Id.
func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return "cli-" + hex.EncodeToString(b[:])
}
