package biasaudit

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/candor-ai/candor"
)

// Renderer turns a signed report file into another format ("json", "csv",
// "svg"), returning the bytes and their media type.
type Renderer interface {
	Render(file []byte, format string) ([]byte, string, error)
}

// Service is the bias audit as the HTTP API and the CLI use it: reports,
// and suites started in the background with their progress stored.
type Service struct {
	runner *Runner
	store  *Store
	render Renderer
	log    *slog.Logger

	mu      sync.Mutex
	waiting int
	jobs    chan job
	once    sync.Once
}

type job struct {
	run Run
}

// MaxQueuedRuns bounds suites waiting to start.
const MaxQueuedRuns = 4

// NewService wires a Service; Start runs its worker.
func NewService(r *Runner, render Renderer, log *slog.Logger) *Service {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{runner: r, store: r.cfg.Store, render: render, log: log, jobs: make(chan job, MaxQueuedRuns)}
}

// Start runs queued suites, one at a time, until ctx ends.
func (s *Service) Start(ctx context.Context) {
	s.once.Do(func() {
		go func() {
			for {
				select {
				case <-ctx.Done():
					return
				case j := <-s.jobs:
					s.mu.Lock()
					s.waiting--
					s.mu.Unlock()
					if _, err := s.runner.Execute(ctx, j.run, nil); err != nil {
						s.log.Warn("bias run failed", "run", j.run.ID, "tenant", j.run.Tenant, "err", err)
					}
				}
			}
		}()
	})
}

// StartRun queues a suite for tenant and returns its run (status queued).
// A full queue is candor.ErrQueueFull.
func (s *Service) StartRun(ctx context.Context, tenant string, spec Spec) (Run, error) {
	spec, err := spec.Normalize()
	if err != nil {
		return Run{}, err
	}
	run := Run{ID: NewRunID(), Tenant: tenant, Status: RunQueued, Spec: spec, Created: s.runner.cfg.Now().UTC(),
		Total: len(spec.Prompts) * len(spec.Guidance) * spec.N}
	s.mu.Lock()
	if s.waiting >= MaxQueuedRuns {
		s.mu.Unlock()
		return Run{}, fmt.Errorf("%d bias runs already waiting: %w", MaxQueuedRuns, candor.ErrQueueFull)
	}
	s.waiting++
	s.mu.Unlock()
	if err := s.store.PutRun(ctx, run); err != nil {
		s.mu.Lock()
		s.waiting--
		s.mu.Unlock()
		return Run{}, err
	}
	s.jobs <- job{run: run}
	return run, nil
}

// Run is the tenant's run with id.
func (s *Service) Run(ctx context.Context, tenant, id string) (Run, error) {
	return s.store.Run(ctx, tenant, id)
}

// Execute runs a suite now (the CLI), with progress.
func (s *Service) Execute(ctx context.Context, tenant string, spec Spec, progress Progress) (Run, error) {
	return s.runner.Execute(ctx, Run{ID: NewRunID(), Tenant: tenant, Spec: spec}, progress)
}

// Reports lists the tenant's signed report files, newest first.
func (s *Service) Reports(ctx context.Context, tenant string) ([][]byte, error) {
	return s.store.Reports(ctx, tenant, 100)
}

// Report is one of the tenant's reports in format ("json": the signed file).
func (s *Service) Report(ctx context.Context, tenant, id, format string) ([]byte, string, error) {
	file, err := s.store.Report(ctx, tenant, id)
	if err != nil {
		return nil, "", err
	}
	if format == "" || format == "json" {
		return file, "application/json", nil
	}
	return s.render.Render(file, format)
}

// Runner is the suite runner.
func (s *Service) Runner() *Runner { return s.runner }
