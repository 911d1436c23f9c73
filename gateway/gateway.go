// Package gateway is candor's HTTP API on Echo v4: the routes CONTRACT.md
// names, the middleware around them (request ids, structured logs, body
// limits, API-key authentication, roles, per-key rate limits, Prometheus
// metrics) and the one error handler that answers in OpenAI's error shape
// (https://platform.openai.com/docs/guides/error-codes).
//
// POST /v1/images/generations follows the OpenAI Images API; every request
// that reaches a handler is appended to the audit log before it is answered,
// and a failed append fails the request. The gateway depends only on the small
// interfaces in backends.go; cmd/candor wires the real policy engine, audit
// log, generator and verifier.
package gateway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/policy"
)

// Limits bound what one request may ask for. Zero fields take the defaults.
type Limits struct {
	MaxBodyBytes   int64 `yaml:"max_body_bytes" json:"max_body_bytes"`     // JSON bodies; default 64 KiB
	MaxImageBytes  int64 `yaml:"max_image_bytes" json:"max_image_bytes"`   // POST /v1/verify; default 20 MiB
	MaxPromptChars int   `yaml:"max_prompt_chars" json:"max_prompt_chars"` // per prompt, in Unicode code points; default 1000
	MaxN           int   `yaml:"max_n" json:"max_n"`                       // images per request; default 4
	MaxSteps       int   `yaml:"max_steps" json:"max_steps"`               // default 100
	MaxSide        int   `yaml:"max_side" json:"max_side"`                 // pixels; default 2048
	MaxPageSize    int   `yaml:"max_page_size" json:"max_page_size"`       // audit entries per page; default 500
	// Concurrency is how many generations run at once (default 1); MaxWaiting
	// how many more may wait (default 8, beyond that 429); MaxWait how long one
	// waits before 503 (default 30 s). The generation flow's queue applies
	// them (cmd/candor passes them to flow.QueueConfig).
	Concurrency int           `yaml:"concurrency" json:"concurrency"`
	MaxWaiting  int           `yaml:"max_waiting" json:"max_waiting"`
	MaxWait     time.Duration `yaml:"max_wait" json:"max_wait"`
	// VerifyTimeout bounds one POST /v1/verify (default 10 s).
	VerifyTimeout time.Duration `yaml:"verify_timeout" json:"verify_timeout"`
	// VerifyConcurrency bounds verifications running at once (default 4);
	// one more waits at most a second, then answers 503 with Retry-After.
	VerifyConcurrency int `yaml:"verify_concurrency" json:"verify_concurrency"`
	// AuditTimeout bounds one audit append (default 5 s).
	AuditTimeout time.Duration `yaml:"audit_timeout" json:"audit_timeout"`
	// Anonymous limits requests without a key (POST /v1/verify) per client
	// address, since each is verified and audited; default 5 per second,
	// burst 20. A negative rate turns the limit off.
	Anonymous candor.RateLimit `yaml:"anonymous_rate_limit" json:"anonymous_rate_limit"`
}

// Defaults documented in openapi.json.
const (
	DefaultMaxBodyBytes   = 64 << 10
	DefaultMaxImageBytes  = 20 << 20
	DefaultMaxPromptChars = 1000
)

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def64 := func(v *int64, d int64) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def64(&l.MaxBodyBytes, DefaultMaxBodyBytes)
	def64(&l.MaxImageBytes, DefaultMaxImageBytes)
	def(&l.MaxPromptChars, DefaultMaxPromptChars)
	def(&l.MaxN, 4)
	def(&l.MaxSteps, 100)
	def(&l.MaxSide, 2048)
	def(&l.MaxPageSize, 500)
	def(&l.Concurrency, 1)
	def(&l.VerifyConcurrency, 4)
	if l.Anonymous.RequestsPerSecond == 0 {
		l.Anonymous = candor.RateLimit{RequestsPerSecond: 5, Burst: 20}
	}
	if l.MaxWaiting < 0 {
		l.MaxWaiting = 0
	} else if l.MaxWaiting == 0 {
		l.MaxWaiting = 8
	}
	defDur(&l.MaxWait, 30*time.Second)
	defDur(&l.VerifyTimeout, 10*time.Second)
	defDur(&l.AuditTimeout, 5*time.Second)
	return l
}

// The budget for auditing refused requests: refusals beyond it are counted,
// not logged, so a flood of bad keys cannot fill the audit log.
const (
	refusalRate  = 20
	refusalBurst = 200
)

// Timeouts of the HTTP server. Zero fields take the defaults.
type Timeouts struct {
	ReadHeader time.Duration `yaml:"read_header" json:"read_header"` // default 5 s
	Read       time.Duration `yaml:"read" json:"read"`               // default 30 s
	Write      time.Duration `yaml:"write" json:"write"`             // default 120 s (generation is slow)
	Idle       time.Duration `yaml:"idle" json:"idle"`               // default 60 s
	Shutdown   time.Duration `yaml:"shutdown" json:"shutdown"`       // in-flight grace; default 30 s
}

func (t Timeouts) withDefaults() Timeouts {
	set := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	set(&t.ReadHeader, 5*time.Second)
	set(&t.Read, 30*time.Second)
	set(&t.Write, 120*time.Second)
	set(&t.Idle, 60*time.Second)
	set(&t.Shutdown, 30*time.Second)
	return t
}

// Config is everything New needs. Logger, Auth, Policy, Audit and
// MasterSecret are required; Images, Verifier and Bias are optional (their
// routes answer 501, or an empty list for Bias, when nil).
type Config struct {
	Logger   *slog.Logger
	Auth     Authenticator
	Policy   Policy
	Audit    AuditLog
	Images   Images
	Review   Review
	Verifier Verifier
	Bias     Bias
	// ReloadPolicy, when set, backs POST /v1/admin/policy/reload. Its result
	// is not counted here: route every reload's result (SIGHUP, watch, this
	// route) to Server.ObservePolicyReload from the engine's callback.
	ReloadPolicy func(ctx context.Context) error
	// Tenants from the config file; a tenant not listed gets DefaultTenant
	// with its own name.
	Tenants       []candor.Tenant
	DefaultTenant candor.Tenant
	// MasterSecret derives each tenant's prompt-commitment key (TenantSecret).
	MasterSecret []byte
	Limits       Limits
	Timeouts     Timeouts
	// TrustedProxies are the only peers whose X-Forwarded-For is believed
	// (server.trusted_proxies); none by default.
	TrustedProxies []netip.Prefix
	// Registry receives the gateway's metrics; nil makes a fresh one.
	Registry *prometheus.Registry
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time
}

// Server is the gateway.
type Server struct {
	log            *slog.Logger
	auth           Authenticator
	policy         Policy
	audit          AuditLog
	images         Images
	review         Review
	verifier       Verifier
	bias           Bias
	reload         func(ctx context.Context) error
	tenants        *candor.Directory
	master         []byte
	limits         Limits
	timeouts       Timeouts
	now            func() time.Time
	metrics        *metrics
	limiters       *limiters
	anonLimiters   *limiters
	trustedProxies []netip.Prefix
	refusals       *rate.Limiter // budget for auditing refused requests
	verifySlots    chan struct{}
	echo           *echo.Echo
	// routePaths are the registered path patterns (metrics labels).
	routePaths map[string]bool

	secretsMu sync.Mutex
	secrets   map[string][]byte
}

// New builds the gateway and registers its routes.
func New(cfg Config) (*Server, error) {
	switch {
	case cfg.Logger == nil:
		return nil, errors.New("gateway: Config.Logger is required")
	case cfg.Auth == nil:
		return nil, errors.New("gateway: Config.Auth is required")
	case cfg.Policy == nil:
		return nil, errors.New("gateway: Config.Policy is required")
	case cfg.Audit == nil:
		return nil, errors.New("gateway: Config.Audit is required")
	case len(cfg.MasterSecret) < 16:
		return nil, errors.New("gateway: Config.MasterSecret must be at least 16 bytes")
	}
	tenants, err := candor.NewDirectory(cfg.Tenants, cfg.DefaultTenant)
	if err != nil {
		return nil, fmt.Errorf("gateway: %w", err)
	}
	reg := cfg.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("gateway: metrics: %w", err)
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	limits := cfg.Limits.withDefaults()
	s := &Server{
		log:            cfg.Logger,
		auth:           cfg.Auth,
		policy:         cfg.Policy,
		audit:          cfg.Audit,
		images:         cfg.Images,
		review:         cfg.Review,
		verifier:       cfg.Verifier,
		bias:           cfg.Bias,
		reload:         cfg.ReloadPolicy,
		tenants:        tenants,
		master:         append([]byte(nil), cfg.MasterSecret...),
		limits:         limits,
		timeouts:       cfg.Timeouts.withDefaults(),
		now:            now,
		metrics:        m,
		limiters:       newLimiters(),
		anonLimiters:   newLimiters(),
		trustedProxies: append([]netip.Prefix(nil), cfg.TrustedProxies...),
		refusals:       rate.NewLimiter(refusalRate, refusalBurst),
		verifySlots:    make(chan struct{}, limits.VerifyConcurrency),
		secrets:        map[string][]byte{},
	}
	s.echo = s.routes(reg)
	return s, nil
}

// Handler is the gateway as an http.Handler (tests, embedding).
func (s *Server) Handler() http.Handler { return s.echo }

// Echo exposes the router, for listing routes.
func (s *Server) Echo() *echo.Echo { return s.echo }

// ObservePolicyReload counts a policy reload in candor_policy_reload_total;
// wire it to the policy engine's reload callback.
func (s *Server) ObservePolicyReload(err error) {
	if err != nil {
		s.metrics.reloads.WithLabelValues("error").Inc()
		s.log.Error("policy reload failed", slog.Any("err", err))
		return
	}
	s.metrics.reloads.WithLabelValues("ok").Inc()
	s.log.Info("policy reloaded", slog.String("revision", s.policy.Revision()))
}

// ObserveDecision counts a prompt-policy decision in
// candor_policy_decisions_total; the generation flow reports its decisions
// here (flow.Hooks.Decision), the policy-check route its own.
func (s *Server) ObserveDecision(d policy.Decision) {
	dec := d.DecisionString()
	if len(d.Reasons)+len(d.Warnings) == 0 {
		s.metrics.decisions.WithLabelValues(dec, "none").Inc()
	}
	seen := map[string]bool{}
	for _, r := range append(append([]policy.Reason(nil), d.Reasons...), d.Warnings...) {
		if !seen[r.Category] {
			seen[r.Category] = true
			s.metrics.decisions.WithLabelValues(dec, r.Category).Inc()
		}
	}
}

// ObserveStage records one stage's time in candor_stage_seconds
// (flow.Hooks.Stage).
func (s *Server) ObserveStage(stage string, d time.Duration) {
	s.metrics.stages.WithLabelValues(stage).Observe(d.Seconds())
}

// ObserveAuditMergeDelay records one entry's merge delay in
// candor_audit_merge_delay_seconds (auditlog.Config.ObserveMergeDelay).
func (s *Server) ObserveAuditMergeDelay(d time.Duration) { s.metrics.mergeDelay.Observe(d.Seconds()) }

// ObserveBiasDropped counts a dropped bias sample.
func (s *Server) ObserveBiasDropped(reason string) { s.metrics.biasDrop.WithLabelValues(reason).Inc() }

// ObserveBiasMeasured counts pictures the bias sampler measured.
func (s *Server) ObserveBiasMeasured(n int) { s.metrics.biasMeas.Add(float64(n)) }

// ObserveQueue sets candor_generation_queue_waiting (flow.Hooks.Queue).
func (s *Server) ObserveQueue(waiting int64) { s.metrics.queue.Set(float64(waiting)) }

// Serve answers on ln until ctx is cancelled, then stops accepting, lets
// in-flight requests finish (up to Timeouts.Shutdown) and returns. It returns
// nil after a graceful shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.echo,
		ReadHeaderTimeout: s.timeouts.ReadHeader,
		ReadTimeout:       s.timeouts.Read,
		WriteTimeout:      s.timeouts.Write,
		IdleTimeout:       s.timeouts.Idle,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("gateway: serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down: finishing in-flight requests", slog.String("grace", s.timeouts.Shutdown.String()))
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.timeouts.Shutdown)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		<-errc
		return fmt.Errorf("gateway: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("gateway: serve: %w", err)
	}
	return nil
}

// tenant returns the configuration of the named tenant.
func (s *Server) tenant(name string) candor.Tenant { return s.tenants.Tenant(name) }

// tenantSecret returns the tenant's commitment key, cached.
func (s *Server) tenantSecret(name string) []byte {
	s.secretsMu.Lock()
	defer s.secretsMu.Unlock()
	if k, ok := s.secrets[name]; ok {
		return k
	}
	k := candor.TenantSecret(s.master, name)
	s.secrets[name] = k
	return k
}
