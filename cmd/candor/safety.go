package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // decoders for safety check
	_ "image/png"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
)

// Exit codes of `candor safety check` (CONTRACT: Output safety).
const (
	safetyExitPass    = 0
	safetyExitFlagged = 4
)

// maxSafetyFile bounds one image read by safety check.
const maxSafetyFile = 64 << 20

type safetyResult struct {
	File    string                `json:"file"`
	Verdict string                `json:"verdict,omitempty"`
	Scores  map[string]float64    `json:"scores,omitempty"`
	Reasons []candor.SafetyReason `json:"reasons"`
	Error   string                `json:"error,omitempty"`
}

// runSafety implements `candor safety check FILE... [--config FILE] [--tenant T] [--json]`.
func runSafety(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintln(stderr, "usage: candor safety check FILE... [--config FILE] [--tenant T] [--policy-data DIR] [--json]")
		return 2
	}
	fs := flag.NewFlagSet("safety check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configPath := fs.String("config", "", "the serve config file: classifiers, base thresholds, tenants")
	tenant := fs.String("tenant", "", "judge with this tenant's thresholds (default: the base)")
	ortLib := fs.String("ort-lib", "", "ONNX Runtime library (default: CANDOR_ORT_LIB, then the `make ort` cache)")
	var policyData listFlag
	fs.Var(&policyData, "policy-data", "directory of institution policy data (*.json); repeatable")
	asJSON := fs.Bool("json", false, "print one JSON array")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: candor safety check FILE... [--config FILE] [--tenant T] [--json]")
		fmt.Fprintln(stderr, "Scores images with the configured classifiers and applies the output policy.")
		fmt.Fprintln(stderr, "Exit 0: every file passes; 4: some would be blurred, held or blocked; 1: error.")
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	code, err := safetyCheck(ctx, files, *configPath, *tenant, *ortLib, policyData, *asJSON, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "candor safety check:", err)
	}
	return code
}

func safetyCheck(ctx context.Context, files []string, configPath, tenantName, ortLib string, policyData []string, asJSON bool, stdout, stderr io.Writer) (int, error) {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cfg, err := loadConfig(configPath)
	if err != nil {
		return 1, err
	}
	if tenantName != "" && !candor.ValidTenantName(tenantName) {
		return 2, fmt.Errorf("--tenant %q is not a tenant name", tenantName)
	}
	engine, err := policy.New(ctx, policy.Config{FS: policies.FS, DataDirs: policyData, Logger: log})
	if err != nil {
		return 1, fmt.Errorf("policy: %w", err)
	}
	if err := checkTenantPolicies(cfg, engine); err != nil {
		return 1, err
	}
	tenants, err := candor.NewDirectory(cfg.Tenants, cfg.DefaultTenant)
	if err != nil {
		return 1, fmt.Errorf("%w: %w", errConfig, err)
	}
	t := candor.Tenant{}
	if tenantName != "" {
		t = tenants.Tenant(tenantName)
	}
	lib, err := resolveORTLib(or(ortLib, cfg.Runtime.ORTLib))
	if err != nil {
		return 1, err
	}
	st, err := newSafety(ctx, cfg.Safety, engine, lib, cfg.Runtime.Threads, log)
	if err != nil {
		return 1, err
	}
	defer st.close()
	if err := st.checkLabels(cfg); err != nil {
		return 1, err
	}
	// Judged as an image whose prompt the policy allowed without warnings.
	allowed := candor.Decision{Allow: true, Revision: engine.Revision()}
	code := safetyExitPass
	var results []safetyResult
	for _, f := range files {
		r := safetyResult{File: f, Reasons: []candor.SafetyReason{}}
		img, err := readImageFile(f)
		if err == nil {
			var j flow.Judgement
			j, err = st.stage.Judge(ctx, img, allowed, t)
			if err == nil {
				r.Verdict, r.Scores = j.Verdict, j.Scores
				if len(j.Reasons) > 0 {
					r.Reasons = j.Reasons
				}
				if j.Verdict != flow.VerdictPass {
					code = max(code, safetyExitFlagged)
				}
			}
		}
		if err != nil {
			r.Error = err.Error()
			code = 1
		}
		results = append(results, r)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(results); err != nil {
			return 1, err
		}
	} else {
		for _, r := range results {
			printSafety(stdout, r)
		}
	}
	return code, nil
}

func printSafety(w io.Writer, r safetyResult) {
	if r.Error != "" {
		fmt.Fprintf(w, "%s: error: %s\n", r.File, r.Error)
		return
	}
	keys := make([]string, 0, len(r.Scores))
	for k := range r.Scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%.3f", k, r.Scores[k]))
	}
	fmt.Fprintf(w, "%s: %s (%s)\n", r.File, r.Verdict, strings.Join(parts, " "))
	for _, x := range r.Reasons {
		fmt.Fprintf(w, "  - [%s] %s: %s %.3f >= %.3f\n", x.Rule, x.Message, x.Label, x.Score, x.Threshold)
	}
}

// readImageFile decodes a PNG or JPEG file into NRGBA.
func readImageFile(path string) (*image.NRGBA, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxSafetyFile+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxSafetyFile {
		return nil, fmt.Errorf("larger than %d MiB", maxSafetyFile>>20)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if format != "png" && format != "jpeg" {
		return nil, fmt.Errorf("%s images are not supported: give PNG or JPEG", format)
	}
	if cfg.Width*cfg.Height > 64<<20 || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("image of %dx%d pixels is too large", cfg.Width, cfg.Height)
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	out := image.NewNRGBA(img.Bounds().Sub(img.Bounds().Min))
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out, nil
}
