package gateway

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"

	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// Prompt privacy settings of a tenant.
const (
	// PromptStore keeps the prompt text in the audit log.
	PromptStore = "store"
	// PromptCommitment keeps only a keyed commitment (HMAC-SHA256) of the prompt.
	PromptCommitment = "commitment"
)

// Training and data mining choices a tenant declares in its Content
// Credentials (C2PA 2.2, the c2pa.training-mining assertion).
const (
	TrainingAllowed     = "allowed"
	TrainingNotAllowed  = "notAllowed"
	TrainingConstrained = "constrained"
)

// RateLimit is a token bucket per key. Zero RequestsPerSecond means unlimited.
type RateLimit struct {
	RequestsPerSecond float64 `yaml:"requests_per_second" json:"requests_per_second"`
	Burst             int     `yaml:"burst" json:"burst"`
}

// C2PAOptions are a tenant's Content Credentials choices.
type C2PAOptions struct {
	TrainingMining string `yaml:"training_mining" json:"training_mining,omitempty"`
	VisibleMark    bool   `yaml:"visible_mark" json:"visible_mark,omitempty"`
}

// Tenant is one institution using the gateway, as the config file describes it.
type Tenant struct {
	Name          string              `yaml:"name" json:"name"`
	PromptPrivacy string              `yaml:"prompt_privacy" json:"prompt_privacy"`
	Policy        policy.TenantPolicy `yaml:"policy" json:"policy"`
	RateLimit     RateLimit           `yaml:"rate_limit" json:"rate_limit"`
	C2PA          C2PAOptions         `yaml:"c2pa" json:"c2pa"`
}

// StoresPrompt reports whether the tenant lets the audit log keep prompt text.
func (t Tenant) StoresPrompt() bool { return t.PromptPrivacy == PromptStore }

// Validate checks the fields the gateway interprets. The policy overrides
// are checked by policy.ValidateTenantPolicy at config load.
func (t Tenant) Validate() error {
	if t.Name == "" || !validName(t.Name) {
		return fmt.Errorf("tenant name %q: use 1-64 of a-z, 0-9, '.', '_', '-': %w", t.Name, ErrInvalidRequest)
	}
	switch t.PromptPrivacy {
	case "", PromptStore, PromptCommitment:
	default:
		return fmt.Errorf("tenant %q: prompt_privacy %q: want store or commitment: %w", t.Name, t.PromptPrivacy, ErrInvalidRequest)
	}
	if t.RateLimit.RequestsPerSecond < 0 || t.RateLimit.Burst < 0 {
		return fmt.Errorf("tenant %q: negative rate limit: %w", t.Name, ErrInvalidRequest)
	}
	switch t.C2PA.TrainingMining {
	case "", TrainingAllowed, TrainingNotAllowed, TrainingConstrained:
	default:
		return fmt.Errorf("tenant %q: c2pa.training_mining %q: want allowed, notAllowed or constrained: %w", t.Name, t.C2PA.TrainingMining, ErrInvalidRequest)
	}
	return nil
}

// validName reports whether s is a tenant name: 1-64 of [a-z0-9._-], starting
// with a letter or digit.
func validName(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case (c == '.' || c == '_' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}

// ValidTenantName reports whether s may name a tenant.
func ValidTenantName(s string) bool { return validName(s) }

// TenantSecret derives a tenant's prompt-commitment key from the server's
// master secret: HMAC-SHA256(master, "tenant:"+name).
func TenantSecret(master []byte, tenant string) []byte {
	m := hmac.New(sha256.New, master)
	m.Write([]byte("tenant:" + tenant))
	return m.Sum(nil)
}

// Commit is the keyed commitment of a prompt: hex HMAC-SHA256(secret, text).
// The same text under the same tenant always commits to the same value, so an
// auditor who is shown a prompt can check it without the log holding it.
func Commit(secret []byte, text string) string {
	return auditlog.Commitment(secret, text)
}
