package main

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/netip"
	"os"
	"path/filepath"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/internal/fsutil"
	"github.com/candor-ai/candor/pipeline/safety"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/witness"
)

// fileConfig is the serve --config YAML file. Unknown fields are errors.
//
//	server:
//	  audit_origin: museum.example/audit
//	  limits: {max_prompt_chars: 1000, concurrency: 1, max_waiting: 8, max_wait: 30s}
//	  timeouts: {read_header: 5s, read: 30s, write: 120s, idle: 60s, shutdown: 30s}
//	default_tenant: {prompt_privacy: commitment}
//	tenants:
//	  - name: museum
//	    prompt_privacy: store            # or commitment (the default)
//	    policy: {protected_people: [...], protected_artists: [...], categories: {violence: warn},
//	             classifier_thresholds: {selfharm: 0.5}}   # only lower than the base
//	    rate_limit: {requests_per_second: 5, burst: 10}
//	    c2pa: {training_mining: notAllowed, visible_mark: true}
//	    safety: {thresholds: {nsfw.sexy: {blur: 0.5}}, retries: 1}
//	safety:
//	  builtin: true                      # the nsfw classifier; false drops it
//	  classifiers: [{name: custom, model: /srv/c.onnx, labels: [other, unsafe], input: {...}}]
//	  thresholds: {custom.unsafe: {block: 0.5}, nsfw.porn: {block: 0.6, hold: 0.4}}
//	policy:
//	  classifier: builtin                # the prompt classifier: builtin, off, or a model directory
type fileConfig struct {
	Server        serverConfig    `yaml:"server"`
	DefaultTenant candor.Tenant   `yaml:"default_tenant"`
	Tenants       []candor.Tenant `yaml:"tenants"`
	// Safety configures the output safety classifiers and base thresholds.
	Safety safetyConfig `yaml:"safety"`
	// Bias configures bias-audit sampling, mitigation and readers.
	Bias biasConfig `yaml:"bias"`
	// Audit configures the audit log's witnesses.
	Audit auditConfig `yaml:"audit"`
	// Signing names the institution's C2PA signing identity (wire.go).
	Signing signingConfig `yaml:"signing"`
	// Runtime says where the model and ONNX Runtime are; flags override it.
	Runtime runtimeConfig `yaml:"runtime"`
	// Policy configures the prompt classifier (promptclf.go).
	Policy policyConfig `yaml:"policy"`
}

// runtimeConfig is the `runtime:` section: the model directory, the ONNX
// Runtime library and its intra-op threads. Empty fields fall back to
// CANDOR_MODEL / CANDOR_ORT_LIB and the defaults (runtime.go).
type runtimeConfig struct {
	Model   string `yaml:"model"`
	ORTLib  string `yaml:"ort_lib"`
	Threads int    `yaml:"threads"`
}

// auditConfig is the `audit:` section: witnesses (C2SP tlog-witness) that
// cosign each new checkpoint, checked with a consistency proof.
type auditConfig struct {
	Witnesses []witness.Remote `yaml:"witnesses"`
	// WitnessInterval is how often new checkpoints are sent (default 2 s).
	WitnessInterval time.Duration `yaml:"witness_interval"`
	// Durability is what an acknowledged audit append survives: "fsync"
	// (default: kill -9 and a power cut) or "process" (kill -9; a power cut
	// can lose the last ~100 ms of entries). See auditlog.Durability.
	Durability string `yaml:"durability"`
}

// safetyConfig is the `safety:` section (CONTRACT: Output safety).
type safetyConfig struct {
	// Builtin keeps the built-in nsfw classifier; only an explicit false drops it.
	Builtin     *bool                     `yaml:"builtin"`
	Classifiers []safety.ClassifierConfig `yaml:"classifiers"`
	// Thresholds are the base; tenants may only tighten them.
	Thresholds candor.Thresholds `yaml:"thresholds"`
}

// builtin reports whether the built-in classifier runs.
func (s safetyConfig) builtin() bool { return s.Builtin == nil || *s.Builtin }

// or returns flagValue when set, else configValue.
func or[T comparable](flagValue, configValue T) T {
	var zero T
	if flagValue != zero {
		return flagValue
	}
	return configValue
}

type serverConfig struct {
	// AuditOrigin is the audit log's checkpoint origin line (auditlog.DefaultOrigin when empty).
	AuditOrigin string           `yaml:"audit_origin"`
	Limits      gateway.Limits   `yaml:"limits"`
	Timeouts    gateway.Timeouts `yaml:"timeouts"`
	// TrustedProxies (CIDRs) are the only peers whose X-Forwarded-For is believed.
	TrustedProxies []string `yaml:"trusted_proxies"`
}

// errConfig marks a config file that cannot be used.
var errConfig = errors.New("config")

// loadConfig reads and checks the file at path; "" gives the defaults.
func loadConfig(path string) (fileConfig, error) {
	if path == "" {
		return fileConfig{}, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fileConfig{}, fmt.Errorf("%w: %w", errConfig, err)
	}
	cfg, err := parseConfig(b)
	if err != nil {
		return fileConfig{}, fmt.Errorf("%s: %w", path, err)
	}
	return cfg, nil
}

// parseConfig decodes strictly and checks what needs no policy engine.
func parseConfig(b []byte) (fileConfig, error) {
	var cfg fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
		return fileConfig{}, fmt.Errorf("%w: %w", errConfig, err)
	}
	var extra any
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return fileConfig{}, fmt.Errorf("%w: more than one YAML document", errConfig)
	}
	seen := map[string]bool{}
	for i, t := range cfg.Tenants {
		if err := t.Validate(); err != nil {
			return fileConfig{}, fmt.Errorf("%w: tenants[%d]: %w", errConfig, i, err)
		}
		if seen[t.Name] {
			return fileConfig{}, fmt.Errorf("%w: tenant %q listed twice", errConfig, t.Name)
		}
		seen[t.Name] = true
	}
	d := cfg.DefaultTenant
	if d.Name != "" {
		return fileConfig{}, fmt.Errorf("%w: default_tenant takes no name", errConfig)
	}
	d.Name = "default"
	if err := d.Validate(); err != nil {
		return fileConfig{}, fmt.Errorf("%w: default_tenant: %w", errConfig, err)
	}
	if _, err := cfg.Server.proxies(); err != nil {
		return fileConfig{}, err
	}
	if err := validLimits(cfg.Server.Limits); err != nil {
		return fileConfig{}, err
	}
	if err := cfg.Bias.BiasSettings.Validate(); err != nil {
		return fileConfig{}, fmt.Errorf("%w: %w", errConfig, err)
	}
	seenCls := map[string]bool{}
	for i, c := range cfg.Safety.Classifiers {
		if c.Name == "" || c.Model == "" || len(c.Labels) == 0 {
			return fileConfig{}, fmt.Errorf("%w: safety.classifiers[%d]: name, model and labels are required", errConfig, i)
		}
		if seenCls[c.Name] || c.Name == safety.BuiltinName && cfg.Safety.builtin() {
			return fileConfig{}, fmt.Errorf("%w: safety.classifiers[%d]: classifier name %q used twice", errConfig, i, c.Name)
		}
		seenCls[c.Name] = true
	}
	if !cfg.Safety.builtin() && len(cfg.Safety.Classifiers) == 0 {
		return fileConfig{}, fmt.Errorf("%w: safety: builtin: false needs at least one classifier: every image is checked", errConfig)
	}
	if c := cfg.Policy.Classifier; c != "" && c != classifierBuiltin && c != classifierOff {
		if st, err := os.Stat(c); err != nil || !st.IsDir() {
			return fileConfig{}, fmt.Errorf("%w: policy.classifier %q: want builtin, off or a model directory", errConfig, c)
		}
	}
	if cfg.Runtime.Threads < 0 {
		return fileConfig{}, fmt.Errorf("%w: runtime.threads %d: want 0 (all cores) or more", errConfig, cfg.Runtime.Threads)
	}
	if _, err := auditlog.ParseDurability(cfg.Audit.Durability); err != nil {
		return fileConfig{}, fmt.Errorf("%w: audit.durability: %w", errConfig, err)
	}
	return cfg, nil
}

func validLimits(l gateway.Limits) error {
	if l.MaxBodyBytes < 0 || l.MaxImageBytes < 0 || l.MaxPromptChars < 0 || l.MaxN < 0 || l.MaxSteps < 0 ||
		l.MaxSide < 0 || l.MaxPageSize < 0 || l.Concurrency < 0 || l.MaxWait < 0 || l.VerifyTimeout < 0 || l.AuditTimeout < 0 {
		return fmt.Errorf("%w: server.limits: negative value", errConfig)
	}
	if l.MaxPageSize > 500 {
		return fmt.Errorf("%w: server.limits.max_page_size: at most 500", errConfig)
	}
	return nil
}

// tenantValidator is policy.Engine's checks of tenant overrides (the data
// in use, --policy-data included).
type tenantValidator interface {
	ValidateTenantPolicy(policy.TenantPolicy) error
	ValidateOutputThresholds(base, tenant map[string]map[string]float64) error
}

// checkTenantPolicies validates every tenant's prompt-policy overrides and
// output thresholds against the policy: tenants may tighten, never loosen.
func checkTenantPolicies(cfg fileConfig, v tenantValidator) error {
	check := func(who string, t candor.Tenant) error {
		if err := v.ValidateTenantPolicy(t.Policy); err != nil {
			return fmt.Errorf("%w: %s policy: %w", errConfig, who, err)
		}
		if err := v.ValidateOutputThresholds(cfg.Safety.Thresholds, t.Safety.Thresholds); err != nil {
			return fmt.Errorf("%w: %s safety.thresholds: %w", errConfig, who, err)
		}
		return nil
	}
	if err := v.ValidateOutputThresholds(cfg.Safety.Thresholds, nil); err != nil {
		return fmt.Errorf("%w: safety.thresholds: %w", errConfig, err)
	}
	for _, t := range cfg.Tenants {
		if err := check(fmt.Sprintf("tenant %q", t.Name), t); err != nil {
			return err
		}
	}
	return check("default_tenant", cfg.DefaultTenant)
}

// loadOrCreateSecret reads the 32-byte master secret, creating it (0600) on
// first start.
func loadOrCreateSecret(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		if len(b) != 32 {
			return nil, fmt.Errorf("secret %s: %d bytes, want 32", path, len(b))
		}
		return b, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("secret: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("secret: %w", err)
	}
	b = make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	if err := fsutil.WriteNew(path, b, 0o600); err != nil {
		if errors.Is(err, fs.ErrExist) { // another process won the race
			return loadOrCreateSecret(path)
		}
		return nil, fmt.Errorf("secret: %w", err)
	}
	return b, nil
}

// prepareDataDir creates the data dir (0700) or, when it exists with group
// or other permissions, takes them away and says so: it holds keys, secrets
// and the audit log.
func prepareDataDir(dir string, log *slog.Logger) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("data dir %s is not a directory", dir)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		if err := os.Chmod(dir, perm&^0o077); err != nil {
			return fmt.Errorf("data dir %s has mode %o and cannot be tightened: %w", dir, perm, err)
		}
		log.Warn("data dir was readable by others; tightened", "dir", dir, "was", fmt.Sprintf("%o", perm),
			"now", fmt.Sprintf("%o", perm&^0o077))
	}
	return nil
}

// proxies parses server.trusted_proxies.
func (s serverConfig) proxies() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, c := range s.TrustedProxies {
		p, err := netip.ParsePrefix(c)
		if err != nil {
			return nil, fmt.Errorf("%w: server.trusted_proxies: %q is not a CIDR, e.g. 10.0.0.0/8", errConfig, c)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}
