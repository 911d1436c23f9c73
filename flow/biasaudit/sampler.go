package biasaudit

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"sync/atomic"
	"time"

	"github.com/candor-ai/candor"
)

// Sample is one allowed user request picked for re-generation over more
// seeds in the background.
type Sample struct {
	Tenant   candor.Tenant
	Prompt   string
	Decision candor.Decision
	Guidance float64
	Steps    int
	Seed     uint64 // the user's seed; samples use Seed+1000+k
	Seeds    int
}

// SamplerConfig wires a Sampler.
type SamplerConfig struct {
	Runner *Runner
	// Idle reports whether no user generation is running or waiting and
	// none started in the last d (flow.Service.Idle): samples only run then.
	Idle func(d time.Duration) bool
	// Arrivals returns a channel closed when a user request arrives
	// (flow.Service.Arrivals): a sample picture in progress is then
	// cancelled and made again later, so users never wait for it.
	Arrivals func() <-chan struct{}
	// IdleAfter is how long the generator must have been idle before a
	// sample picture is made (default 250 ms).
	IdleAfter time.Duration
	// QueueSize bounds waiting samples (default 64); a full queue drops.
	QueueSize int
	// Dropped and Measured count samples (metrics); either may be nil.
	Dropped  func(reason string)
	Measured func(n int)
	Logger   *slog.Logger
	// Rand decides which requests are sampled (tests); nil is math/rand/v2.
	Rand func() float64
}

// Sampler re-generates a share of allowed user requests (and those whose
// prompt depicts people, when the tenant says so) over more seeds, at low
// priority: a picture is made only while no user request runs or waits,
// one at a time, so users never wait for more than one sample picture, and
// a full queue drops samples (counted) instead of blocking anyone.
type Sampler struct {
	cfg     SamplerConfig
	queue   chan Sample
	pending atomic.Int64
}

// NewSampler returns a Sampler; call Run to start its worker.
func NewSampler(cfg SamplerConfig) *Sampler {
	if cfg.IdleAfter <= 0 {
		cfg.IdleAfter = 250 * time.Millisecond
	}
	if cfg.QueueSize <= 0 {
		cfg.QueueSize = 64
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Float64
	}
	return &Sampler{cfg: cfg, queue: make(chan Sample, cfg.QueueSize)}
}

// Settings are a tenant's bias settings with defaults.
func Settings(t candor.Tenant) candor.BiasDefaults { return t.Bias.WithDefaults() }

// Consider offers a finished user request to the sampler when the tenant's
// settings pick it: always when the prompt depicts people and people_always
// is set, else with probability sample_rate. It never blocks.
func (s *Sampler) Consider(t candor.Tenant, req candor.GenerateRequest, res candor.GenerateResult) bool {
	b := Settings(t)
	picked := res.Decision.DepictsPeople && b.PeopleAlways || b.SampleRate > 0 && s.cfg.Rand() < b.SampleRate
	if !picked || !res.Decision.Allow || b.Seeds <= 0 {
		return false
	}
	var seed uint64
	if len(res.Images) > 0 {
		seed = res.Images[0].Seed
	}
	return s.Offer(Sample{Tenant: t, Prompt: req.Prompt, Decision: res.Decision, Guidance: res.Guidance,
		Steps: res.Steps, Seed: seed, Seeds: b.Seeds})
}

// Offer queues x unless the queue is full (then it is dropped and counted).
func (s *Sampler) Offer(x Sample) bool {
	select {
	case s.queue <- x:
		s.pending.Add(1)
		return true
	default:
		if s.cfg.Dropped != nil {
			s.cfg.Dropped("queue_full")
		}
		return false
	}
}

// Pending is how many samples wait.
func (s *Sampler) Pending() int64 { return s.pending.Load() }

// Run measures queued samples until ctx ends.
func (s *Sampler) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case x := <-s.queue:
			s.pending.Add(-1)
			s.measure(ctx, x)
		}
	}
}

func (s *Sampler) measure(ctx context.Context, x Sample) {
	model := s.cfg.Runner.cfg.Generator.Info()
	n := 0
	for k := 0; k < x.Seeds; {
		if !s.waitIdle(ctx) {
			return
		}
		pctx, preempted := s.preemptible(ctx)
		obs, err := s.cfg.Runner.measure(pctx, measureReq{tenant: x.Tenant, prompt: x.Prompt, decision: x.Decision,
			guidance: x.Guidance, steps: x.Steps, seed: x.Seed + 1000 + uint64(k), n: 1, model: model})
		if preempted() {
			continue // a user arrived: make this picture again once idle
		}
		k++
		if err != nil {
			s.cfg.Logger.Warn("bias sample", "tenant", x.Tenant.Name, "err", err)
			if s.cfg.Dropped != nil {
				s.cfg.Dropped("error")
			}
			return
		}
		if err := s.cfg.Runner.cfg.Store.Add(ctx, obs...); err != nil {
			s.cfg.Logger.Warn("bias sample store", "err", err)
			return
		}
		n += len(obs)
	}
	if s.cfg.Measured != nil {
		s.cfg.Measured(n)
	}
}

// preemptible returns a context cancelled when a user request arrives, and
// a function that says whether that happened (call it after the work).
func (s *Sampler) preemptible(ctx context.Context) (context.Context, func() bool) {
	if s.cfg.Arrivals == nil {
		return ctx, func() bool { return false }
	}
	arr := s.cfg.Arrivals()
	pctx, cancel := context.WithCancel(ctx)
	var hit atomic.Bool
	stop := context.AfterFunc(pctx, func() {})
	go func() {
		select {
		case <-arr:
			hit.Store(true)
			cancel()
		case <-pctx.Done():
		}
	}()
	return pctx, func() bool {
		stop()
		cancel()
		return hit.Load() && ctx.Err() == nil
	}
}

// waitIdle waits until users leave the generator alone for IdleAfter.
func (s *Sampler) waitIdle(ctx context.Context) bool {
	for {
		if s.cfg.Idle == nil || s.cfg.Idle(s.cfg.IdleAfter) {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(s.cfg.IdleAfter / 4):
		}
	}
}
