package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"image"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/internal/fsutil"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// Exit codes of `candor generate` (CONTRACT).
const (
	exitDenied  = 3
	exitBlocked = 4
)

// generateTenant is the tenant local generations are audited under, and
// cliKeyID the key id they are recorded with.
const (
	generateTenant = "local"
	cliKeyID       = "cli"
)

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
	req := candor.GenerateRequest{
		RequestID: newRequestID(), Route: candor.RouteCLIGenerate,
		Principal: candor.Principal{KeyID: cliKeyID, Tenant: generateTenant, Roles: []string{candor.RoleGenerate}},
		Prompt:    f.prompt, NegativePrompt: f.negative, N: 1, Width: w, Height: h, Steps: f.steps, OutputFormat: format,
	}
	if f.seed != "" {
		s, err := strconv.ParseUint(f.seed, 10, 64)
		if err != nil {
			return 2, fmt.Errorf("--seed %q: want a non-negative integer", f.seed)
		}
		req.Seed = &s
	}
	if f.guidance != 0 {
		g := float32(f.guidance)
		req.Guidance = &g
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cfg, err := loadConfig(f.configPath)
	if err != nil {
		return 1, err
	}
	engine, closeClassifier, err := newPolicyEngine(ctx, policy.Config{FS: policies.FS, DataDirs: f.policyData, Logger: log},
		cfg, or(f.ortLib, cfg.Runtime.ORTLib), log)
	if err != nil {
		return 1, err
	}
	defer closeClassifier()
	if err := checkTenantPolicies(cfg, engine); err != nil {
		return 1, err
	}
	st, err := openState(ctx, f.dataDir, cfg, log)
	if err != nil {
		return 1, err
	}
	defer st.close()
	// The local tenant is configured like any other (tenants: - name: local);
	// the flags may store prompts and add the visible mark on top.
	local := tenantsWith(cfg, func(t *candor.Tenant) {
		if f.storePrompt {
			t.PromptPrivacy = candor.PromptStore
		}
		if f.visibleMark {
			t.C2PA.VisibleMark = true
		}
	})
	tenants, err := candor.NewDirectory(withBias(cfg, local), defaultWithBias(cfg))
	if err != nil {
		return 1, fmt.Errorf("%w: %w", errConfig, err)
	}
	stk, err := buildFlow(ctx, flowDeps{Logger: log, DataDir: f.dataDir, Config: cfg, Policy: engine,
		Audit: st.audit, Tenants: tenants, MasterSecret: st.master, ModelDir: or(f.model, cfg.Runtime.Model),
		ORTLib: or(f.ortLib, cfg.Runtime.ORTLib), Threads: or(f.threads, cfg.Runtime.Threads)})
	if err != nil {
		return 1, err
	}
	defer stk.close()
	svc := stk.flow

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
	start := time.Now()
	res, err := svc.Generate(ctx, req, progress)
	if bar != nil {
		_ = bar.Finish()
	}
	for _, r := range res.Decision.Warnings {
		fmt.Fprintf(stderr, "warning (%s): %s\n", r.Rule, r.Message)
	}
	switch {
	case errors.Is(err, candor.ErrContentPolicy):
		fmt.Fprintln(stderr, "candor generate: the prompt policy refused this prompt:")
		for _, r := range res.Decision.Reasons {
			fmt.Fprintf(stderr, "  - [%s] %s\n", r.Rule, r.Message)
		}
		return exitDenied, nil
	case errors.Is(err, candor.ErrOutputBlocked):
		what := "blocked the image"
		if len(res.Images) == 1 && res.Images[0].Safety == candor.SafetyHeld {
			what = "held the image for review (review id " + res.Images[0].ReviewID + ")"
		}
		fmt.Fprintf(stderr, "candor generate: the output safety check %s; nothing was written:\n", what)
		printSafetyReasons(stderr, res.Images)
		return exitBlocked, nil
	case err != nil:
		return 1, err
	}
	img := res.Images[0]
	if err := fsutil.WriteAtomic(f.out, img.Data, 0o644); err != nil {
		return 1, err
	}
	note := ""
	if img.Safety == candor.SafetyBlurred {
		note = " (blurred by the output safety check)"
	}
	fmt.Fprintf(stderr, "wrote %s%s (%s, seed %d, %d steps, %s) in %s\n  manifest %s, audit index %d in %s\n",
		f.out, note, format, img.Seed, res.Steps, res.Model, time.Since(start).Round(time.Millisecond),
		img.ManifestID, *img.AuditIndex, st.audit.Origin())
	return 0, nil
}

func printSafetyReasons(w io.Writer, images []candor.ImageResult) {
	for _, im := range images {
		for _, r := range im.Reasons {
			fmt.Fprintf(w, "  - [%s] %s: %s %.3f >= %.3f\n", r.Rule, r.Message, r.Label, r.Score, r.Threshold)
		}
	}
}

// tenantsWith returns the config's tenants with the local tenant (listed or
// not) edited by edit.
func tenantsWith(cfg fileConfig, edit func(*candor.Tenant)) []candor.Tenant {
	out := slices.Clone(cfg.Tenants)
	for i := range out {
		if out[i].Name == generateTenant {
			edit(&out[i])
			return out
		}
	}
	t := cfg.DefaultTenant
	t.Name = generateTenant
	edit(&t)
	return append(out, t)
}

// localState is what local commands share with the server in --data-dir.
type localState struct {
	master []byte
	audit  *auditlog.Log
}

func (s *localState) close() {
	if s.audit != nil {
		_ = s.audit.Close()
	}
}

func openState(ctx context.Context, dataDir string, cfg fileConfig, log *slog.Logger) (*localState, error) {
	if err := prepareDataDir(dataDir, log); err != nil {
		return nil, err
	}
	master, err := loadOrCreateSecret(filepath.Join(dataDir, "secrets", "audit-hmac.key"))
	if err != nil {
		return nil, err
	}
	audit, err := auditlog.Open(ctx, auditlog.Config{Dir: filepath.Join(dataDir, "audit"), Origin: cfg.Server.AuditOrigin, Logger: log})
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	return &localState{master: master, audit: audit}, nil
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

// newRequestID names a local generation in the audit log, like the
// gateway's X-Request-Id.
func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return "cli-" + hex.EncodeToString(b[:])
}
