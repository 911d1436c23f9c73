package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/gateway"
	"github.com/candor-ai/candor/internal/keys"
	"github.com/candor-ai/candor/policies"
	"github.com/candor-ai/candor/policy"
	"github.com/candor-ai/candor/provenance/auditlog"
	"github.com/candor-ai/candor/provenance/witness"
)

// listFlag collects a repeatable (or comma-separated) flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for p := range strings.SplitSeq(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "127.0.0.1:8080", "listen address")
	dataDir := fl.String("data-dir", "./var", "state directory (keys, audit log, secrets)")
	configPath := fl.String("config", "", "YAML config: tenants, limits, timeouts")
	var policyData listFlag
	fl.Var(&policyData, "policy-data", "directory of *.json policy data merged into data.candor (repeatable)")
	policyDir := fl.String("policies", "", "on-disk policy directory to use instead of the built-in policies")
	model := fl.String("model", "", "model directory in the diffusers ONNX layout (default: the built-in model; none found: image generation answers 501)")
	ortLib := fl.String("ort-lib", "", "ONNX Runtime library (default: CANDOR_ORT_LIB, then the `make ort` cache)")
	threads := fl.Int("threads", 0, "ONNX Runtime intra-op threads (default: all cores)")
	dev := fl.Bool("dev", false, "development mode: on first start create an API key with every role for tenant \"dev\" and print it")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "candor serve: unexpected arguments %q\n", fl.Args())
		return 2
	}
	logger := slog.New(slog.NewJSONHandler(stderr, nil))
	if err := serve(ctx, serveOptions{
		addr: *addr, dataDir: *dataDir, configPath: *configPath, policyData: policyData,
		policyDir: *policyDir, dev: *dev, stdout: stdout, logger: logger,
		modelDir: *model, ortLib: *ortLib, threads: *threads,
	}); err != nil {
		fmt.Fprintf(stderr, "candor serve: %v\n", err)
		return 1
	}
	return 0
}

type serveOptions struct {
	addr, dataDir, configPath, policyDir string
	modelDir, ortLib                     string
	threads                              int
	policyData                           []string
	dev                                  bool
	stdout                               io.Writer
	logger                               *slog.Logger
	// ready, when set, receives the listening address (tests).
	ready func(addr string)
}

// serve runs the gateway until ctx is cancelled (SIGTERM, SIGINT), then
// finishes in-flight requests and closes the audit log.
func serve(ctx context.Context, o serveOptions) (err error) {
	cfg, err := loadConfig(o.configPath)
	if err != nil {
		return err
	}
	if err := prepareDataDir(o.dataDir, o.logger); err != nil {
		return err
	}
	master, err := loadOrCreateSecret(filepath.Join(o.dataDir, "secrets", "audit-hmac.key"))
	if err != nil {
		return err
	}

	var gw atomic.Pointer[gateway.Server]
	pcfg := policy.Config{DataDirs: o.policyData, Logger: o.logger, OnReload: func(err error) {
		if s := gw.Load(); s != nil {
			s.ObservePolicyReload(err)
		}
	}}
	if o.policyDir != "" {
		pcfg.Dir = o.policyDir
	} else {
		pcfg.FS = policies.FS
	}
	engine, closeClassifier, err := newPolicyEngine(ctx, pcfg, cfg, or(o.ortLib, cfg.Runtime.ORTLib), o.logger)
	if err != nil {
		return err
	}
	defer closeClassifier()
	if err := checkTenantPolicies(cfg, engine); err != nil {
		return err
	}

	ks, err := keys.Open(ctx, keys.Config{Path: filepath.Join(o.dataDir, "keys.db"), Logger: o.logger})
	if err != nil {
		return err
	}
	defer ks.Close()

	durability, _ := auditlog.ParseDurability(cfg.Audit.Durability) // checked at load
	alog, err := auditlog.Open(ctx, auditlog.Config{Dir: filepath.Join(o.dataDir, "audit"), Origin: cfg.Server.AuditOrigin, Logger: o.logger,
		Durability: durability,
		ObserveMergeDelay: func(d time.Duration) {
			if s := gw.Load(); s != nil {
				s.ObserveAuditMergeDelay(d)
			}
		}})
	if err != nil {
		return fmt.Errorf("audit log: %w", err)
	}
	defer func() {
		if cerr := alog.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close audit log: %w", cerr)
		}
	}()

	tenants, err := candor.NewDirectory(withBias(cfg, cfg.Tenants), defaultWithBias(cfg))
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	l := cfg.Server.Limits
	deps := flowDeps{Logger: o.logger, DataDir: o.dataDir, Config: cfg, Policy: engine, Audit: alog, MasterSecret: master,
		Tenants: tenants, ModelDir: or(o.modelDir, cfg.Runtime.Model), ORTLib: or(o.ortLib, cfg.Runtime.ORTLib),
		Threads: or(o.threads, cfg.Runtime.Threads),
		Queue:   flow.QueueConfig{Concurrency: l.Concurrency, MaxWaiting: l.MaxWaiting, MaxWait: l.MaxWait},
		// The flow reports to the gateway's metrics once the gateway exists.
		Hooks: flow.Hooks{
			Decision: func(d candor.Decision) {
				if s := gw.Load(); s != nil {
					s.ObserveDecision(d)
				}
			},
			Stage: func(stage string, d time.Duration) {
				if s := gw.Load(); s != nil {
					s.ObserveStage(stage, d)
				}
			},
			Queue: func(n int64) {
				if s := gw.Load(); s != nil {
					s.ObserveQueue(n)
				}
			},
		},
		BiasDropped: func(reason string) {
			if s := gw.Load(); s != nil {
				s.ObserveBiasDropped(reason)
			}
		},
		BiasMeasured: func(n int) {
			if s := gw.Load(); s != nil {
				s.ObserveBiasMeasured(n)
			}
		},
	}
	st, err := buildFlow(ctx, deps)
	switch {
	case errors.Is(err, errNoRuntime):
		o.logger.Warn("image generation disabled", "reason", err.Error())
	case err != nil:
		return fmt.Errorf("generation flow: %w", err)
	default:
		defer st.close()
	}
	verifier, err := newVerifier(ctx, deps)
	if err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	// Background work (bias suites and sampling) ends with the server.
	bgCtx, stopBackground := context.WithCancel(ctx)
	defer stopBackground()

	proxies, _ := cfg.Server.proxies() // checked at load
	adapter := auditAdapter{l: alog}
	if len(cfg.Audit.Witnesses) > 0 {
		cs, err := witness.NewCosigner(alog, cfg.Audit.Witnesses, nil, o.logger)
		if err != nil {
			return fmt.Errorf("%w: audit.witnesses: %w", errConfig, err)
		}
		every := cfg.Audit.WitnessInterval
		if every <= 0 {
			every = 2 * time.Second
		}
		go cs.Run(bgCtx, every)
		adapter.cosigned = cs
	}
	gcfg := gateway.Config{
		TrustedProxies: proxies,
		Logger:         o.logger,
		Auth:           keyAuth{ks},
		Policy:         engine,
		Audit:          adapter,
		ReloadPolicy:   engine.Reload,
		Tenants:        cfg.Tenants,
		DefaultTenant:  cfg.DefaultTenant,
		MasterSecret:   master,
		Limits:         cfg.Server.Limits,
		Timeouts:       cfg.Server.Timeouts,
	}
	// Interfaces holding typed nils would not compare equal to nil.
	if st != nil {
		gcfg.Images = st.flow
		gcfg.Review = st.flow
		if st.bias != nil {
			gcfg.Bias = st.bias
			st.bias.Start(bgCtx)
			go st.sampler.Run(bgCtx)
		}
	}
	if verifier != nil {
		gcfg.Verifier = verifier
	}
	srv, err := gateway.New(gcfg)
	if err != nil {
		return err
	}
	gw.Store(srv)

	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(o.stdout, "candor %s listening on %s (policy revision %s)\n", version, url, engine.Revision())
	if o.dev {
		if err := devKey(ctx, ks, o.stdout, url); err != nil {
			ln.Close()
			return err
		}
	}

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				o.logger.Info("SIGHUP: reloading policies")
				_ = engine.Reload(ctx) // OnReload logs and counts it
			}
		}
	}()
	// Watch reloads on changes under --policies and --policy-data (debounced).
	var watching sync.WaitGroup
	defer watching.Wait()
	watching.Go(func() {
		if err := engine.Watch(ctx); err != nil {
			o.logger.Error("policy watch stopped; SIGHUP still reloads", slog.Any("err", err))
		}
	})
	if o.ready != nil {
		o.ready(ln.Addr().String())
	}
	return srv.Serve(ctx, ln)
}

// devKey creates, on a first start with no keys, a key for tenant "dev"
// with every role, and prints it.
func devKey(ctx context.Context, ks *keys.Store, w io.Writer, url string) error {
	n, err := ks.Count(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		fmt.Fprintln(w, "development mode: keys exist already; create more with: candor keys create --tenant dev --roles generate,audit,admin,review")
		return nil
	}
	tok, _, err := ks.Create(ctx, "dev", candor.Roles)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "development API key (tenant dev, roles generate,audit,admin,review; shown once):\n  %s\n", tok)
	fmt.Fprintf(w, "try: curl -s %s/v1/policy/check -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' -d '{\"prompt\":\"a lighthouse at dusk\"}'\n", url, tok)
	return nil
}

// keyAuth adapts the key store to gateway.Authenticator.
type keyAuth struct{ s *keys.Store }

func (k keyAuth) Authenticate(ctx context.Context, token string) (candor.Principal, error) {
	key, err := k.s.Authenticate(ctx, token)
	if errors.Is(err, keys.ErrMalformed) || errors.Is(err, keys.ErrUnknown) {
		return candor.Principal{}, fmt.Errorf("%w: %w", candor.ErrUnauthenticated, err)
	}
	if err != nil {
		return candor.Principal{}, err
	}
	return candor.Principal{KeyID: key.ID, Tenant: key.Tenant, Roles: key.Roles}, nil
}

// KeyID names the key id of a well-formed token (gateway.KeyIdentifier),
// so refused requests are audited against the key tried.
func (k keyAuth) KeyID(token string) (string, bool) {
	id, _, err := keys.Parse(token)
	return id, err == nil
}

var _ gateway.KeyIdentifier = keyAuth{}

// auditAdapter adapts auditlog.Log to gateway.AuditLog: the gateway's
// after= is exclusive, auditlog's cursor inclusive.
type auditAdapter struct {
	l *auditlog.Log
	// cosigned, when witnesses are configured, holds the checkpoint with
	// their cosignatures; it is served when it is the log's latest.
	cosigned *witness.Cosigner
}

var _ gateway.AuditLog = auditAdapter{}

// receiptWait bounds how long GET /v1/audit/receipt waits for an entry to
// reach a published checkpoint.
const receiptWait = 2 * time.Second

func (a auditAdapter) Append(ctx context.Context, e auditlog.Entry) (auditlog.Entry, error) {
	return a.l.Append(ctx, e)
}

func (a auditAdapter) Entries(ctx context.Context, q gateway.AuditQuery) (gateway.AuditPage, error) {
	aq := auditlog.Query{Tenant: q.Tenant, Since: q.Since, Until: q.Until, Limit: q.Limit}
	if q.HasAfter {
		if q.After == ^uint64(0) {
			return gateway.AuditPage{}, nil
		}
		aq.After = q.After + 1
	}
	p, err := a.l.Entries(ctx, aq)
	if errors.Is(err, auditlog.ErrInvalidQuery) {
		return gateway.AuditPage{}, fmt.Errorf("%w: %w", gateway.ErrInvalidRequest, err)
	}
	if err != nil {
		return gateway.AuditPage{}, err
	}
	out := gateway.AuditPage{Entries: p.Entries}
	if p.Next != 0 {
		out.More, out.Next = true, p.Next-1
	}
	return out, nil
}

func (a auditAdapter) Entry(ctx context.Context, index uint64) (auditlog.Entry, error) {
	c, err := a.l.Canonical(ctx, index)
	if errors.Is(err, auditlog.ErrNotFound) {
		return auditlog.Entry{}, fmt.Errorf("%w: %w", gateway.ErrNotFound, err)
	}
	if err != nil {
		return auditlog.Entry{}, err
	}
	return auditlog.ParseCanonical(c)
}

func (a auditAdapter) Checkpoint(ctx context.Context) ([]byte, error) {
	cp, err := a.l.Checkpoint(ctx)
	if err != nil || a.cosigned == nil {
		return cp, err
	}
	// The cosigned copy has the same body and log signature, plus the
	// witnesses' lines; serve it when it is for the latest checkpoint.
	if c := a.cosigned.Latest(); bytes.HasPrefix(c, cp) {
		return c, nil
	}
	return cp, nil
}

func (a auditAdapter) InclusionProof(ctx context.Context, index, treeSize uint64) ([][]byte, error) {
	return a.l.InclusionProof(ctx, index, treeSize)
}

func (a auditAdapter) LeafHash(ctx context.Context, index uint64) ([]byte, error) {
	return a.l.LeafHash(ctx, index)
}

func (a auditAdapter) ConsistencyProof(ctx context.Context, from, to uint64) ([][]byte, error) {
	return a.l.ConsistencyProof(ctx, from, to)
}

func (a auditAdapter) Receipt(ctx context.Context, index uint64) (auditlog.Receipt, error) {
	// An entry within the merge delay is worth waiting for: a client asks
	// for the receipt of an image it has just been given. Past the wait the
	// route answers 503 with Retry-After.
	wctx, cancel := context.WithTimeout(ctx, receiptWait)
	werr := a.l.WaitIntegrated(wctx, index)
	cancel()
	if werr != nil && !errors.Is(werr, context.DeadlineExceeded) && !errors.Is(werr, auditlog.ErrNotFound) {
		return auditlog.Receipt{}, werr
	}
	r, err := a.l.Receipt(ctx, index)
	if errors.Is(err, auditlog.ErrNotFound) {
		return r, fmt.Errorf("%w: %w", gateway.ErrNotFound, err)
	}
	return r, err
}
