package main

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow/biasaudit"
	"github.com/candor-ai/candor/pipeline/bias"
	"github.com/candor-ai/candor/pipeline/bias/report"
	"github.com/candor-ai/candor/pipeline/safety"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance/certs"
)

// biasConfig is the `bias:` section (CONTRACT: Bias audit): sampling,
// mitigation and reference for every tenant that sets none of its own, plus
// the readers and the mitigation method.
type biasConfig struct {
	candor.BiasSettings `yaml:",inline"`
	// AttributeClassifiers are ONNX attribute readers (an institution's
	// perceived-age model, say), configured like safety classifiers.
	AttributeClassifiers []safety.ClassifierConfig `yaml:"attribute_classifiers"`
	// Method is how the mitigation switch works (candidate selection).
	Method biasaudit.MitigationConfig `yaml:"mitigation_method"`
}

// withBias gives tenants without bias settings the config's.
func withBias(cfg fileConfig, list []candor.Tenant) []candor.Tenant {
	out := make([]candor.Tenant, len(list))
	for i, t := range list {
		if t.Bias == nil {
			b := cfg.Bias.BiasSettings
			t.Bias = &b
		}
		out[i] = t
	}
	return out
}

func defaultWithBias(cfg fileConfig) candor.Tenant {
	d := cfg.DefaultTenant
	if d.Bias == nil {
		b := cfg.Bias.BiasSettings
		d.Bias = &b
	}
	return d
}

// accurate is a reader with its accuracy measured on labelled pictures.
type accurate struct {
	bias.Reader
	acc map[string]float64
}

func (a accurate) Accuracy() map[string]float64 { return a.acc }

// newBiasReaders builds the attribute readers for the model in modelDir:
// its own data-driven reader where the model carries one (the built-in
// model's toy world, accuracy measured now on the labelled toy-world
// pictures), the skin-tone (ITA, Monk) reader, and the configured ONNX
// attribute classifiers.
func newBiasReaders(ctx context.Context, modelDir string, bc biasConfig, lib string, threads int, log *slog.Logger) ([]bias.Reader, func() error, error) {
	var readers []bias.Reader
	closeFn := func() error { return nil }
	tw, err := bias.LoadToyWorld(modelDir)
	switch {
	case err == nil:
		samples, err := bias.ToyWorldSamples()
		if err != nil {
			return nil, nil, fmt.Errorf("bias reader samples: %w", err)
		}
		acc, err := bias.Evaluate(ctx, tw, samples)
		if err != nil {
			return nil, nil, fmt.Errorf("bias reader accuracy: %w", err)
		}
		readers = append(readers, accurate{Reader: tw, acc: acc.PerAttribute()}, tw.SkinTone())
	case errors.Is(err, bias.ErrNoData):
		readers = append(readers, bias.SkinTone{})
	default:
		return nil, nil, fmt.Errorf("bias reader: %w", err)
	}
	if len(bc.AttributeClassifiers) > 0 {
		r, err := bias.NewONNX(ctx, bias.ONNXConfig{Classifiers: bc.AttributeClassifiers, LibPath: lib, Threads: threads, Logger: log})
		if err != nil {
			return nil, nil, fmt.Errorf("bias attribute classifiers: %w", err)
		}
		readers = append(readers, r)
		closeFn = r.Close
	}
	return readers, closeFn, nil
}

// biasEnv is what the bias commands open in a data dir: the same stack as
// generate.
type biasEnv struct {
	st              *stack
	state           *localState
	closeClassifier func()
}

func openBias(ctx context.Context, dataDir, configPath, ortLib string, stderr io.Writer) (*biasEnv, error) {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cfg, err := loadConfig(configPath)
	if err != nil {
		return nil, err
	}
	engine, closeClassifier, err := newPolicyEngine(ctx, policy.Config{FS: policies.FS, Logger: log}, cfg, or(ortLib, cfg.Runtime.ORTLib), log)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			closeClassifier()
		}
	}()
	if err := checkTenantPolicies(cfg, engine); err != nil {
		return nil, err
	}
	state, err := openState(ctx, dataDir, cfg, log)
	if err != nil {
		return nil, err
	}
	tenants, err := candor.NewDirectory(withBias(cfg, cfg.Tenants), defaultWithBias(cfg))
	if err != nil {
		state.close()
		return nil, fmt.Errorf("%w: %w", errConfig, err)
	}
	st, err := buildFlow(ctx, flowDeps{Logger: log, DataDir: dataDir, Config: cfg, Policy: engine, Audit: state.audit,
		Tenants: tenants, MasterSecret: state.master, ModelDir: cfg.Runtime.Model, ORTLib: or(ortLib, cfg.Runtime.ORTLib),
		Threads: cfg.Runtime.Threads})
	if err != nil {
		state.close()
		return nil, err
	}
	if st.bias == nil {
		_ = st.close()
		state.close()
		return nil, errors.New("no attribute reader fits this model")
	}
	ok = true
	return &biasEnv{st: st, state: state, closeClassifier: closeClassifier}, nil
}

func (e *biasEnv) close() {
	_ = e.st.close()
	e.state.close()
	e.closeClassifier()
}

// runBias implements `candor bias measure|run|report|verify`.
func runBias(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	usageText := "usage: candor bias measure FILE... [--json]\n" +
		"       candor bias run [--prompt P]... [--n N] [--guidance G[,G2]] [--seed S] [--mitigation] [--data-dir D] [--tenant T] [--json]\n" +
		"       candor bias report [--data-dir D] [--tenant T] [--id ID | --sampled] [--format json|csv|svg]\n" +
		"       candor bias verify FILE [--anchors PEM] [--data-dir D]"
	if len(args) == 0 {
		fmt.Fprintln(stderr, usageText)
		return 2
	}
	fs := flag.NewFlagSet("bias "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data-dir", "./var", "state: audit log, bias store, signing identity")
	configPath := fs.String("config", "", "the serve config file")
	ortLib := fs.String("ort-lib", "", "ONNX Runtime library")
	tenant := fs.String("tenant", generateTenant, "the tenant the run or report belongs to")
	asJSON := fs.Bool("json", false, "print JSON")
	var prompts multiFlag
	fs.Var(&prompts, "prompt", "a prompt of the suite (repeatable; default: the built-in suite)")
	n := fs.Int("n", 32, "pictures per prompt and guidance scale")
	guidance := fs.String("guidance", "5", "guidance scale(s), comma-separated")
	seed := fs.Uint64("seed", 0, "first seed")
	mitigation := fs.Bool("mitigation", false, "run with the mitigation switch on")
	id := fs.String("id", "", "report id (default: the newest)")
	format := fs.String("format", "json", "json, csv or svg")
	anchorsPath := fs.String("anchors", "", "PEM trust anchors for verify")
	sampled := fs.Bool("sampled", false, "report: build, sign and store a new report over the tenant's sampled live traffic")
	files, err := parseInterleaved(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if !candor.ValidTenantName(*tenant) {
		fmt.Fprintf(stderr, "candor bias: --tenant %q is not a tenant name\n", *tenant)
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "candor bias:", err)
		if errors.Is(err, candor.ErrInvalidRequest) {
			return 2
		}
		return 1
	}
	switch args[0] {
	case "measure":
		if len(files) == 0 {
			fmt.Fprintln(stderr, usageText)
			return 2
		}
		return biasMeasure(ctx, files, *dataDir, *configPath, *ortLib, *asJSON, stdout, stderr)
	case "run":
		var gs []float64
		for g := range strings.SplitSeq(*guidance, ",") {
			v, err := strconv.ParseFloat(strings.TrimSpace(g), 64)
			if err != nil {
				fmt.Fprintf(stderr, "candor bias run: --guidance %q: want numbers, e.g. 1,5\n", *guidance)
				return 2
			}
			gs = append(gs, v)
		}
		spec, err := biasaudit.Spec{Prompts: prompts, N: *n, Guidance: gs, Seed: *seed, Mitigation: *mitigation}.Normalize()
		if err != nil {
			return fail(err)
		}
		env, err := openBias(ctx, *dataDir, *configPath, *ortLib, stderr)
		if err != nil {
			return fail(err)
		}
		defer env.close()
		total := len(spec.Prompts) * len(spec.Guidance) * spec.N
		var bar *progressbar.ProgressBar
		if isTerminal(stderr) {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("bias suite"),
				progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		}
		run, err := env.st.bias.Execute(ctx, *tenant, spec, func(r biasaudit.Run) {
			if bar != nil {
				_ = bar.Set(r.Done)
			}
		})
		if bar != nil {
			_ = bar.Finish()
		}
		if err != nil {
			return fail(err)
		}
		file, _, err := env.st.bias.Report(ctx, *tenant, run.ReportID, "json")
		if err != nil {
			return fail(err)
		}
		return printReport(file, *asJSON, stdout, stderr)
	case "report":
		env, err := openBias(ctx, *dataDir, *configPath, *ortLib, stderr)
		if err != nil {
			return fail(err)
		}
		defer env.close()
		rid := *id
		if *sampled {
			signed, err := env.st.bias.Runner().ReportSampled(ctx, *tenant, time.Time{}, time.Time{})
			if err != nil {
				return fail(err)
			}
			rid = signed.ID
		}
		if rid == "" {
			files, err := env.st.bias.Reports(ctx, *tenant)
			if err != nil {
				return fail(err)
			}
			if len(files) == 0 {
				return fail(fmt.Errorf("tenant %q has no bias reports yet: run `candor bias run`", *tenant))
			}
			var r struct{ ID string }
			_ = json.Unmarshal(files[0], &r)
			rid = r.ID
		}
		b, _, err := env.st.bias.Report(ctx, *tenant, rid, *format)
		if err != nil {
			return fail(err)
		}
		_, _ = stdout.Write(b)
		return 0
	case "verify":
		if len(files) != 1 {
			fmt.Fprintln(stderr, usageText)
			return 2
		}
		return biasVerify(files[0], *anchorsPath, *dataDir, stdout, stderr)
	}
	fmt.Fprintln(stderr, usageText)
	return 2
}

func printReport(file []byte, asJSON bool, stdout, stderr io.Writer) int {
	if asJSON {
		_, _ = stdout.Write(file)
		return 0
	}
	var r report.Report
	if err := json.Unmarshal(file, &r); err != nil {
		fmt.Fprintln(stderr, "candor bias:", err)
		return 1
	}
	fmt.Fprintf(stdout, "report %s (%s), model %s\n", r.ID, r.Created.Format("2006-01-02 15:04:05Z"), r.Model.Name)
	for _, f := range r.Findings {
		fmt.Fprintln(stdout, "- "+f)
	}
	return 0
}

func biasMeasure(ctx context.Context, files []string, dataDir, configPath, ortLib string, asJSON bool, stdout, stderr io.Writer) int {
	cfg, err := loadConfig(configPath)
	if err != nil {
		fmt.Fprintln(stderr, "candor bias measure:", err)
		return 1
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	modelDir, err := resolveModelDir(cfg.Runtime.Model, dataDir)
	if err != nil {
		fmt.Fprintln(stderr, "candor bias measure:", err)
		return 1
	}
	lib := ""
	if len(cfg.Bias.AttributeClassifiers) > 0 {
		if lib, err = resolveORTLib(or(ortLib, cfg.Runtime.ORTLib)); err != nil {
			fmt.Fprintln(stderr, "candor bias measure:", err)
			return 1
		}
	}
	readers, closeFn, err := newBiasReaders(ctx, modelDir, cfg.Bias, lib, cfg.Runtime.Threads, log)
	if err != nil {
		fmt.Fprintln(stderr, "candor bias measure:", err)
		return 1
	}
	defer closeFn()
	type result struct {
		File       string            `json:"file"`
		Attributes map[string]string `json:"attributes,omitempty"`
		Error      string            `json:"error,omitempty"`
	}
	code := 0
	var out []result
	for _, f := range files {
		r := result{File: f}
		img, err := readImageFile(f)
		if err == nil {
			r.Attributes = map[string]string{}
			for _, rd := range readers {
				var a map[string]string
				if a, err = rd.Read(ctx, img); err != nil {
					break
				}
				for k, v := range a {
					r.Attributes[k] = v
				}
			}
		}
		if err != nil {
			r.Error, r.Attributes, code = err.Error(), nil, 1
		}
		out = append(out, r)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
		return code
	}
	for _, r := range out {
		if r.Error != "" {
			fmt.Fprintf(stdout, "%s: error: %s\n", r.File, r.Error)
			continue
		}
		keys := make([]string, 0, len(r.Attributes))
		for k := range r.Attributes {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k+"="+r.Attributes[k])
		}
		fmt.Fprintf(stdout, "%s: %s\n", r.File, strings.Join(parts, " "))
	}
	return code
}

func biasVerify(path, anchorsPath, dataDir string, stdout, stderr io.Writer) int {
	file, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(stderr, "candor bias verify:", err)
		return 1
	}
	pool := x509.NewCertPool()
	if anchorsPath != "" {
		if pool, err = certs.LoadAnchors(anchorsPath); err != nil {
			fmt.Fprintln(stderr, "candor bias verify:", err)
			return 1
		}
	}
	if dataDir != "" {
		if b, err := os.ReadFile(filepath.Join(devIdentityDir(dataDir), "dev-ca.pem")); err == nil {
			pool.AppendCertsFromPEM(b)
		}
	}
	r, err := report.Verify(file, pool)
	switch {
	case err == nil:
		fmt.Fprintf(stdout, "%s: trusted: report %s, signed by a trusted identity; SHA-256 %x (find it in the audit log)\n", path, r.ID, report.Digest(file))
		return 0
	case errors.Is(err, report.ErrUntrusted):
		fmt.Fprintf(stdout, "%s: valid signature from an untrusted signer: report %s (%v)\n", path, r.ID, err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: invalid: %v\n", path, err)
	return 1
}
