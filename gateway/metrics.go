package gateway

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the gateway's Prometheus series, on a registry of its own.
type metrics struct {
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	decisions *prometheus.CounterVec
	reloads   *prometheus.CounterVec
	queue     prometheus.Gauge
	stages    *prometheus.HistogramVec
	biasDrop  *prometheus.CounterVec
	biasMeas  prometheus.Counter

	refusalsDropped prometheus.Counter
	mergeDelay      prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "candor_http_requests_total",
			Help: "HTTP requests by route pattern, method and status code.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "candor_http_request_duration_seconds",
			Help:    "HTTP request latency by route pattern.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"route"}),
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "candor_policy_decisions_total",
			Help: "Policy decisions by decision and by category of the rule that fired (none when no rule fired).",
		}, []string{"decision", "category"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "candor_policy_reload_total",
			Help: "Policy reloads by result (ok, error).",
		}, []string{"result"}),
		queue: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "candor_generation_queue_waiting",
			Help: "Generation requests waiting for a worker.",
		}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "candor_stage_seconds",
			Help:    "Time spent in each stage of the generation flow (policy, diffusion, safety, sign, audit), per request or image.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"stage"}),
		biasDrop: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "candor_bias_samples_dropped_total",
			Help: "Live requests picked for bias sampling that were dropped (queue_full, error) instead of slowing anyone.",
		}, []string{"reason"}),
		biasMeas: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "candor_bias_samples_measured_total",
			Help: "Pictures the bias sampler generated, judged and measured in the background.",
		}),
		refusalsDropped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "candor_audit_refusals_dropped_total",
			Help: "Refused requests (401, 403, 429) not audited because refusals came faster than the audit's refusal budget.",
		}),
		mergeDelay: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "candor_audit_merge_delay_seconds",
			Help:    "Time from an audit append's acknowledgement (durable in SQLite) to the first published checkpoint covering it.",
			Buckets: []float64{.01, .025, .05, .1, .15, .2, .3, .5, .75, 1, 2, 5, 10, 30},
		}),
	}
	for _, c := range []prometheus.Collector{
		m.requests, m.latency, m.decisions, m.reloads, m.queue, m.stages, m.biasDrop, m.biasMeas, m.refusalsDropped,
		m.mergeDelay,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
