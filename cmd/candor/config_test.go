package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
)

const fullConfig = `
server:
  audit_origin: museum.example/audit
  limits: {max_prompt_chars: 500, concurrency: 2, max_waiting: 4, max_wait: 15s}
  timeouts: {read_header: 2s, write: 90s, shutdown: 10s}
default_tenant: {prompt_privacy: commitment, rate_limit: {requests_per_second: 2, burst: 4}}
tenants:
  - name: museum
    prompt_privacy: store
    policy: {protected_people: [Jane Roe], categories: {violence: warn}}
    rate_limit: {requests_per_second: 5, burst: 10}
    c2pa: {training_mining: notAllowed, visible_mark: true}
  - name: school
`

func TestParseConfig(t *testing.T) {
	cfg, err := parseConfig([]byte(fullConfig))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Server.AuditOrigin != "museum.example/audit" || cfg.Server.Limits.MaxWait != 15*time.Second ||
		cfg.Server.Limits.Concurrency != 2 || cfg.Server.Timeouts.Write != 90*time.Second {
		t.Errorf("server %+v", cfg.Server)
	}
	if len(cfg.Tenants) != 2 {
		t.Fatalf("tenants %+v", cfg.Tenants)
	}
	m := cfg.Tenants[0]
	if m.Name != "museum" || !m.StoresPrompt() || m.Policy.ProtectedPeople[0] != "Jane Roe" || m.Policy.Categories["violence"] != "warn" ||
		m.RateLimit.Burst != 10 || m.C2PA.TrainingMining != candor.TrainingNotAllowed || !m.C2PA.VisibleMark {
		t.Errorf("museum %+v", m)
	}
	if cfg.DefaultTenant.RateLimit.RequestsPerSecond != 2 {
		t.Errorf("default %+v", cfg.DefaultTenant)
	}
	rt, err := parseConfig([]byte("runtime: {model: /m, ort_lib: /l.so, threads: 3}\nsigning: {chain: c.pem, key: k.pem, tsa: 'http://tsa'}\n"))
	if err != nil || rt.Runtime != (runtimeConfig{Model: "/m", ORTLib: "/l.so", Threads: 3}) ||
		rt.Signing != (signingConfig{Chain: "c.pem", Key: "k.pem", TSA: "http://tsa"}) {
		t.Errorf("runtime and signing sections: %+v %v", rt, err)
	}
	if or("", "cfg") != "cfg" || or("flag", "cfg") != "flag" || or(0, 4) != 4 {
		t.Error("flags must override the config file, which fills what they leave empty")
	}
	if cfg, err := parseConfig(nil); err != nil || len(cfg.Tenants) != 0 {
		t.Errorf("empty file: %v", err)
	}
}

func TestParseConfigErrors(t *testing.T) {
	for name, y := range map[string]string{
		"unknown top field":    "tenantz: []\n",
		"unknown tenant field": "tenants: [{name: a, colour: red}]\n",
		"bad privacy":          "tenants: [{name: a, prompt_privacy: sometimes}]\n",
		"bad name":             "tenants: [{name: 'Big Museum'}]\n",
		"duplicate":            "tenants: [{name: a}, {name: a}]\n",
		"negative threads":     "runtime: {threads: -1}\n",
		"unknown runtime":      "runtime: {gpu: true}\n",
		"bad training":         "tenants: [{name: a, c2pa: {training_mining: maybe}}]\n",
		"negative rate":        "tenants: [{name: a, rate_limit: {requests_per_second: -1}}]\n",
		"named default":        "default_tenant: {name: x}\n",
		"two documents":        "tenants: []\n---\ntenants: []\n",
		"wrong type":           "tenants: {name: a}\n",
		"bad duration":         "server: {limits: {max_wait: soon}}\n",
		"negative limit":       "server: {limits: {max_n: -1}}\n",
		"page too big":         "server: {limits: {max_page_size: 100000}}\n",
		"not yaml":             "\t:::\n",
		"classifier missing":   "policy: {classifier: /no/such/model}\n",
		"unknown policy field": "policy: {rules: off}\n",
		"bad durability":       "audit: {durability: maybe}\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := parseConfig([]byte(y)); !errors.Is(err, errConfig) {
				t.Errorf("err %v, want errConfig", err)
			}
		})
	}
	if _, err := loadConfig(filepath.Join(t.TempDir(), "missing.yaml")); !errors.Is(err, errConfig) {
		t.Errorf("missing file: %v", err)
	}
}

type rejectPeople struct{}

func (rejectPeople) ValidateTenantPolicy(tp policy.TenantPolicy) error {
	if len(tp.Categories) > 0 {
		return errors.New("no categories here")
	}
	return nil
}

func (rejectPeople) ValidateOutputThresholds(base, tenant map[string]map[string]float64) error {
	return policy.ValidateOutputThresholds(base, tenant)
}

func TestCheckTenantPolicies(t *testing.T) {
	cfg, err := parseConfig([]byte(fullConfig))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkTenantPolicies(cfg, rejectPeople{}); !errors.Is(err, errConfig) {
		t.Errorf("err %v", err)
	}
	cfg.Tenants[0].Policy.Categories = nil
	if err := checkTenantPolicies(cfg, rejectPeople{}); err != nil {
		t.Errorf("err %v", err)
	}
	// A tenant may tighten the output thresholds, never loosen them.
	cfg.Safety.Thresholds = candor.Thresholds{"nsfw.porn": {"block": 0.6}}
	cfg.Tenants[0].Safety.Thresholds = candor.Thresholds{"nsfw.porn": {"block": 0.4, "blur": 0.2}}
	if err := checkTenantPolicies(cfg, rejectPeople{}); err != nil {
		t.Errorf("tightening: %v", err)
	}
	cfg.Tenants[0].Safety.Thresholds = candor.Thresholds{"nsfw.porn": {"block": 0.9}}
	if err := checkTenantPolicies(cfg, rejectPeople{}); !errors.Is(err, errConfig) {
		t.Errorf("loosening: %v", err)
	}
}

// policy.classifier: builtin, off or a directory; a tenant's classifier
// thresholds may only tighten the base (checked against the real policy).
func TestPolicyClassifierConfig(t *testing.T) {
	for _, y := range []string{"policy: {classifier: builtin}\n", "policy: {classifier: 'off'}\n", "policy: {classifier: " + t.TempDir() + "}\n", ""} {
		if _, err := parseConfig([]byte(y)); err != nil {
			t.Errorf("%q: %v", y, err)
		}
	}
	e, err := policy.New(context.Background(), policy.Config{FS: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := parseConfig([]byte("tenants: [{name: a, policy: {classifier_thresholds: {selfharm: 0.01}}}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkTenantPolicies(cfg, e); err != nil {
		t.Errorf("tightening: %v", err)
	}
	cfg, _ = parseConfig([]byte("tenants: [{name: a, policy: {classifier_thresholds: {selfharm: 1}}}]\n"))
	if err := checkTenantPolicies(cfg, e); !errors.Is(err, errConfig) || !strings.Contains(err.Error(), "loosen") {
		t.Errorf("loosening: %v", err)
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(fullConfig))
	f.Add([]byte("tenants: [{name: a}]"))
	f.Add([]byte("server: {limits: {max_wait: 1h}}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg, err := parseConfig(b)
		if err != nil {
			if !errors.Is(err, errConfig) {
				t.Fatalf("error without errConfig: %v", err)
			}
			return
		}
		for _, tn := range cfg.Tenants {
			if tn.Validate() != nil {
				t.Fatalf("invalid tenant accepted: %+v", tn)
			}
		}
	})
}

func TestLoadOrCreateSecret(t *testing.T) {
	p := filepath.Join(t.TempDir(), "secrets", "audit-hmac.key")
	a, err := loadOrCreateSecret(p)
	if err != nil || len(a) != 32 {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v %v", st.Mode(), err)
	}
	b, err := loadOrCreateSecret(p)
	if err != nil || string(a) != string(b) {
		t.Error("the secret changed on the second start")
	}
	if err := os.WriteFile(p, []byte("short"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadOrCreateSecret(p); err == nil {
		t.Error("a short secret was accepted")
	}
}
