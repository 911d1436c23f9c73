// Package candor is the domain at the root of candor's imports: tenants and
// their settings, roles and the authenticated principal, prompt commitments,
// the prompt policy's decision, and the request and result types of one
// generation. The HTTP gateway, the CLI and background jobs all speak these
// types; every other package may import this one, and it imports nothing of
// candor's own (notation-go's notation.go is the model).
package candor

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// Roles a key may hold (CONTRACT: HTTP API).
const (
	RoleGenerate = "generate"
	RoleAudit    = "audit"
	RoleAdmin    = "admin"
	// RoleReview lets a key list, view, release and reject its tenant's
	// images held by the output safety stage.
	RoleReview = "review"
)

// Roles lists every role, in the order `keys create` documents them.
var Roles = []string{RoleGenerate, RoleAudit, RoleAdmin, RoleReview}

// AnonymousTenant is the tenant recorded in the audit log for requests to
// routes that need no key (POST /v1/verify) sent without one. It cannot
// collide with a tenant name, which starts with a letter or digit.
const AnonymousTenant = "_anonymous"

// Principal is the authenticated caller: one API key of one tenant. The CLI
// acts as a principal too (KeyID "cli").
type Principal struct {
	KeyID  string
	Tenant string
	Roles  []string
}

// HasRole reports whether p holds role.
func (p Principal) HasRole(role string) bool {
	for _, r := range p.Roles {
		if r == role {
			return true
		}
	}
	return false
}

// Prompt privacy settings of a tenant.
const (
	// PromptStore keeps the prompt text in the audit log and the manifest.
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

// TenantPolicy is a tenant's adjustment of the built-in prompt policy. A
// tenant may tighten anything and loosen only what the base data marks as
// adjustable (checked by the policy engine at config load).
type TenantPolicy struct {
	// ProtectedPeople and ProtectedArtists add to the built-in lists.
	ProtectedPeople  []string `yaml:"protected_people" json:"protected_people,omitempty"`
	ProtectedArtists []string `yaml:"protected_artists" json:"protected_artists,omitempty"`
	// Categories maps a category to "deny", "warn" or "allow".
	Categories map[string]string `yaml:"categories" json:"categories,omitempty"`
	// ClassifierThresholds lowers the prompt classifier's threshold for a
	// label (data.candor.classifier.labels): a tenant may only tighten.
	ClassifierThresholds map[string]float64 `yaml:"classifier_thresholds" json:"classifier_thresholds,omitempty"`
}

// Thresholds of the output safety policy: label ("<classifier>.<label>",
// e.g. "nsfw.porn") -> action ("blur", "hold", "block") -> the score at or
// above which the action applies.
type Thresholds map[string]map[string]float64

// TenantSafety is a tenant's output safety settings. Thresholds may only
// tighten the base (checked at config load and again in the output policy).
type TenantSafety struct {
	Thresholds Thresholds `yaml:"thresholds" json:"thresholds,omitempty"`
	// Retries is how many more seeds to try for an image the output policy
	// blocks before giving up on it (default 0).
	Retries int `yaml:"retries" json:"retries,omitempty"`
}

// BiasSettings are the bias audit's settings (config `bias:`, also per
// tenant): which live requests are re-generated over more seeds in the
// background, the mitigation switch and the reference distribution.
type BiasSettings struct {
	// SampleRate is the share of allowed generation requests sampled
	// (0..1; default 0.05).
	SampleRate *float64 `yaml:"sample_rate" json:"sample_rate,omitempty"`
	// Seeds is how many more seeds a sampled request is re-generated over
	// (default 8; 0 turns sampling off).
	Seeds *int `yaml:"seeds" json:"seeds,omitempty"`
	// PeopleAlways samples every request whose prompt depicts people
	// (default true).
	PeopleAlways *bool `yaml:"people_always" json:"people_always,omitempty"`
	// Mitigation is "on" or "off" (default off).
	Mitigation string `yaml:"mitigation" json:"mitigation,omitempty"`
	// Reference is attribute -> class -> proportion; absent attributes are
	// compared against the uniform distribution.
	Reference map[string]map[string]float64 `yaml:"reference" json:"reference,omitempty"`
}

// BiasDefaults are BiasSettings with every default filled in.
type BiasDefaults struct {
	SampleRate   float64
	Seeds        int
	PeopleAlways bool
	Mitigation   bool
	Reference    map[string]map[string]float64
}

// WithDefaults fills the defaults.
func (b *BiasSettings) WithDefaults() BiasDefaults {
	d := BiasDefaults{SampleRate: 0.05, Seeds: 8, PeopleAlways: true}
	if b == nil {
		return d
	}
	if b.SampleRate != nil {
		d.SampleRate = *b.SampleRate
	}
	if b.Seeds != nil {
		d.Seeds = *b.Seeds
	}
	if b.PeopleAlways != nil {
		d.PeopleAlways = *b.PeopleAlways
	}
	d.Mitigation = b.Mitigation == "on"
	d.Reference = b.Reference
	return d
}

// Validate checks ranges.
func (b *BiasSettings) Validate() error {
	if b == nil {
		return nil
	}
	if b.SampleRate != nil && !(*b.SampleRate >= 0 && *b.SampleRate <= 1) {
		return fmt.Errorf("bias.sample_rate %v: want 0..1: %w", *b.SampleRate, ErrInvalidRequest)
	}
	if b.Seeds != nil && (*b.Seeds < 0 || *b.Seeds > 64) {
		return fmt.Errorf("bias.seeds %d: want 0..64: %w", *b.Seeds, ErrInvalidRequest)
	}
	switch b.Mitigation {
	case "", "on", "off":
	default:
		return fmt.Errorf("bias.mitigation %q: want on or off: %w", b.Mitigation, ErrInvalidRequest)
	}
	for attr, classes := range b.Reference {
		sum := 0.0
		for c, p := range classes {
			if !(p >= 0 && p <= 1) {
				return fmt.Errorf("bias.reference.%s.%s %v: want 0..1: %w", attr, c, p, ErrInvalidRequest)
			}
			sum += p
		}
		if sum < 0.99 || sum > 1.01 {
			return fmt.Errorf("bias.reference.%s sums to %.3f, want 1: %w", attr, sum, ErrInvalidRequest)
		}
	}
	return nil
}

// MaxRetries bounds TenantSafety.Retries.
const MaxRetries = 4

// Tenant is one institution using the gateway, as the config file describes it.
type Tenant struct {
	Name          string       `yaml:"name" json:"name"`
	PromptPrivacy string       `yaml:"prompt_privacy" json:"prompt_privacy"`
	Policy        TenantPolicy `yaml:"policy" json:"policy"`
	RateLimit     RateLimit    `yaml:"rate_limit" json:"rate_limit"`
	C2PA          C2PAOptions  `yaml:"c2pa" json:"c2pa"`
	Safety        TenantSafety `yaml:"safety" json:"safety"`
	// Bias overrides the config file's bias section for this tenant (nil:
	// the section's settings).
	Bias *BiasSettings `yaml:"bias" json:"bias,omitempty"`
}

// StoresPrompt reports whether the tenant lets the audit log keep prompt text.
func (t Tenant) StoresPrompt() bool { return t.PromptPrivacy == PromptStore }

// Validate checks the fields that need no policy engine. The policy and
// safety overrides are checked against the base at config load.
func (t Tenant) Validate() error {
	if !ValidTenantName(t.Name) {
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
	if err := t.Bias.Validate(); err != nil {
		return fmt.Errorf("tenant %q: %w", t.Name, err)
	}
	if t.Safety.Retries < 0 || t.Safety.Retries > MaxRetries {
		return fmt.Errorf("tenant %q: safety.retries %d: want 0..%d: %w", t.Name, t.Safety.Retries, MaxRetries, ErrInvalidRequest)
	}
	return nil
}

// ValidTenantName reports whether s may name a tenant: 1-64 of [a-z0-9._-],
// starting with a letter or digit.
func ValidTenantName(s string) bool {
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

// TenantSecret derives a tenant's prompt-commitment key from the server's
// master secret: HMAC-SHA256(master, "tenant:"+name).
func TenantSecret(master []byte, tenant string) []byte {
	m := hmac.New(sha256.New, master)
	m.Write([]byte("tenant:" + tenant))
	return m.Sum(nil)
}

// Commit is the keyed commitment of a prompt: hex HMAC-SHA256 (RFC 2104,
// FIPS 198-1) of text under the tenant's secret. The same text under the same
// tenant always commits to the same value, so an auditor who is shown a
// prompt can check it without the log holding it.
func Commit(secret []byte, text string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(text))
	return hex.EncodeToString(m.Sum(nil))
}

// NewSalt returns a fresh per-request commitment salt (16 random bytes, hex).
func NewSalt() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// CommitSalted is the commitment candor records for a request's prompt:
// hex HMAC-SHA256 under the tenant's secret of "v2:" + salt + ":" + text,
// with a fresh salt per request (NewSalt). The salt is kept only in the
// request's audit entries (details.commitment_salt); manifests carry the
// commitment alone. So a viewer of a manifest cannot confirm a guessed
// prompt, not even with the tenant's secret, and cannot tell whether two
// images share a prompt; an auditor who holds an entry and the tenant's
// secret can open it by recomputing this value for the prompt shown to them.
func CommitSalted(secret []byte, salt, text string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("v2:" + salt + ":" + text))
	return hex.EncodeToString(m.Sum(nil))
}

// Reason explains one prompt-policy rule that fired, in words a user can act on.
type Reason struct {
	Rule     string `json:"rule"`
	Category string `json:"category"`
	Message  string `json:"message"`
	// Severity is "deny" or "warn".
	Severity string `json:"severity,omitempty"`
}

// Decision is the prompt policy's answer for one prompt.
type Decision struct {
	Allow              bool
	Reasons            []Reason // rules that deny
	Warnings           []Reason // rules that only warn
	NormalizedPrompt   string
	NormalizedNegative string
	// Revision is a hash of the policies plus data that made this decision.
	Revision string
	// DepictsPeople says the prompt asks for people (a fact of the prompt
	// policy): the bias audit samples such requests.
	DepictsPeople bool
}

// DecisionString is "allow" or "deny".
func (d Decision) DecisionString() string {
	if d.Allow {
		return "allow"
	}
	return "deny"
}

// Routes recorded in audit entries for callers that are not HTTP routes.
const (
	RouteCLIGenerate = "cli:generate"
	RouteReview      = "review"
)

// GenerateRequest is one request for images, as the HTTP API and the CLI
// receive it after checking its syntax. Zero fields take the model's defaults.
type GenerateRequest struct {
	// RequestID is assigned by the server (or the CLI), never by the client.
	RequestID string
	// ClientRequestID is what the client sent as its own id, kept apart.
	ClientRequestID string
	// Route names the caller in the audit log: "POST /v1/images/generations"
	// or RouteCLIGenerate.
	Route          string
	Principal      Principal
	Prompt         string
	NegativePrompt string
	N              int
	Width, Height  int
	Steps          int
	Guidance       *float32
	Seed           *uint64
	OutputFormat   string // "png" (default) or "jpeg"
	User           string
}

// Safety verdicts of one requested image (CONTRACT: candor.images[i].safety).
const (
	SafetyPass    = "pass"
	SafetyBlurred = "blurred"
	SafetyHeld    = "held"
	SafetyBlocked = "blocked"
)

// SafetyReason is one output-policy rule that fired for an image.
type SafetyReason struct {
	Rule      string  `json:"rule"`
	Label     string  `json:"label"`
	Action    string  `json:"action,omitempty"`
	Score     float64 `json:"score"`
	Threshold float64 `json:"threshold"`
	Message   string  `json:"message"`
}

// Timings are where one request's or image's time went, by stage.
type Timings struct {
	Policy    time.Duration
	Diffusion time.Duration
	Safety    time.Duration
	Sign      time.Duration
	Audit     time.Duration
}

// ImageResult is one requested image after the safety stage.
type ImageResult struct {
	// Index is the image's place in the request (0..N-1).
	Index int
	// Seed reproduces the image that was finally judged (after retries).
	Seed     uint64
	Attempts int // 1 + the retries spent on this image
	Safety   string
	Scores   map[string]float64
	Reasons  []SafetyReason
	// Data is the signed file; empty unless the image was released (pass
	// or blurred).
	Data         []byte
	MediaType    string
	ManifestID   string
	PixelsSHA256 string
	// AuditIndex is the index of this image's (last) audit entry.
	AuditIndex *uint64
	// ReviewID names a held image for GET /v1/images/held/{id}.
	ReviewID string
	Timings  Timings
}

// Released reports whether the image's bytes leave the process.
func (r ImageResult) Released() bool {
	return r.Safety == SafetyPass || r.Safety == SafetyBlurred
}

// GenerateResult is what one generation request produced.
type GenerateResult struct {
	RequestID string
	Decision  Decision
	Model     string
	Scheduler string
	Steps     int
	Guidance  float64
	Width     int
	Height    int
	Images    []ImageResult
	// Audited says the request-level entry was appended, at AuditIndex.
	Audited    bool
	AuditIndex uint64
	Timings    Timings
}

// Directory is the configured tenants; a tenant not listed gets the
// default tenant's settings under its own name.
type Directory struct {
	byName map[string]Tenant
	def    Tenant
}

// NewDirectory validates list and def (def's name is ignored) and fills
// defaults: prompt privacy is commitment unless set.
func NewDirectory(list []Tenant, def Tenant) (*Directory, error) {
	d := &Directory{byName: make(map[string]Tenant, len(list))}
	for _, t := range list {
		if err := t.Validate(); err != nil {
			return nil, err
		}
		if _, dup := d.byName[t.Name]; dup {
			return nil, fmt.Errorf("tenant %q listed twice: %w", t.Name, ErrInvalidRequest)
		}
		if t.PromptPrivacy == "" {
			t.PromptPrivacy = PromptCommitment
		}
		d.byName[t.Name] = t
	}
	if def.PromptPrivacy == "" {
		def.PromptPrivacy = PromptCommitment
	}
	d.def = def
	return d, nil
}

// Tenant returns the settings of the named tenant.
func (d *Directory) Tenant(name string) Tenant {
	if t, ok := d.byName[name]; ok {
		return t
	}
	t := d.def
	t.Name = name
	return t
}

// List returns the listed tenants (not the default), in no order.
func (d *Directory) List() []Tenant {
	out := make([]Tenant, 0, len(d.byName))
	for _, t := range d.byName {
		out = append(out, t)
	}
	return out
}
