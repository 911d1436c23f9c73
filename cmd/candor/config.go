package main

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"

	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/policy"
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
//	    policy: {protected_people: [...], protected_artists: [...], categories: {violence: warn}}
//	    rate_limit: {requests_per_second: 5, burst: 10}
//	    c2pa: {training_mining: notAllowed, visible_mark: true}
type fileConfig struct {
	Server        serverConfig     `yaml:"server"`
	DefaultTenant gateway.Tenant   `yaml:"default_tenant"`
	Tenants       []gateway.Tenant `yaml:"tenants"`
	// Signing names the institution's C2PA signing identity (wire.go).
	Signing signingConfig `yaml:"signing"`
	// Runtime says where the model and ONNX Runtime are; flags override it.
	Runtime runtimeConfig `yaml:"runtime"`
}

// runtimeConfig is the `runtime:` section: the model directory, the ONNX
// Runtime library and its intra-op threads. Empty fields fall back to
// CANDOR_MODEL / CANDOR_ORT_LIB and the defaults (runtime.go).
type runtimeConfig struct {
	Model   string `yaml:"model"`
	ORTLib  string `yaml:"ort_lib"`
	Threads int    `yaml:"threads"`
}

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
	if err := validLimits(cfg.Server.Limits); err != nil {
		return fileConfig{}, err
	}
	if cfg.Runtime.Threads < 0 {
		return fileConfig{}, fmt.Errorf("%w: runtime.threads %d: want 0 (all cores) or more", errConfig, cfg.Runtime.Threads)
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

// tenantValidator is policy.Engine.ValidateTenantPolicy (the data in use,
// --policy-data included).
type tenantValidator interface {
	ValidateTenantPolicy(policy.TenantPolicy) error
}

// checkTenantPolicies validates every tenant's overrides against the policy.
func checkTenantPolicies(cfg fileConfig, v tenantValidator) error {
	for _, t := range cfg.Tenants {
		if err := v.ValidateTenantPolicy(t.Policy); err != nil {
			return fmt.Errorf("%w: tenant %q policy: %w", errConfig, t.Name, err)
		}
	}
	if err := v.ValidateTenantPolicy(cfg.DefaultTenant.Policy); err != nil {
		return fmt.Errorf("%w: default_tenant policy: %w", errConfig, err)
	}
	return nil
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
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) { // another process won the race
			return loadOrCreateSecret(path)
		}
		return nil, fmt.Errorf("secret: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return nil, fmt.Errorf("secret: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, fmt.Errorf("secret: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("secret: %w", err)
	}
	return b, nil
}
