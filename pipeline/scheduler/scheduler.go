// Package scheduler implements the noise schedulers of latent diffusion
// sampling over a diffusers scheduler_config.json:
//
//   - "ddim": Song, Meng, Ermon 2021, "Denoising Diffusion Implicit Models"
//     (arXiv:2010.02502), eq. 12 with eta = 0 (deterministic).
//   - "euler": Karras et al. 2022, "Elucidating the Design Space of
//     Diffusion-Based Generative Models" (arXiv:2206.00364), Algorithm 1
//     without churn, with sigma_t = sqrt((1 - alpha_bar_t) / alpha_bar_t).
//   - "euler_a": Euler ancestral: an Euler step to sigma_down plus fresh
//     Gaussian noise of size sigma_up (Ho et al. 2020's posterior variance in
//     sigma form, as in k-diffusion's sample_euler_ancestral).
//   - "dpmpp_2m": Lu et al. 2022, "DPM-Solver++: Fast Solver for Guided
//     Sampling of Diffusion Probabilistic Models" (arXiv:2211.01095),
//     Algorithm 2 (multistep second order, data prediction), first order at
//     the first step and at the final step, whose sigma is 0.
//
// Every scheduler accepts epsilon or v-prediction models (Salimans & Ho 2022,
// "Progressive Distillation for Fast Sampling of Diffusion Models",
// arXiv:2202.00512: v = alpha eps - sigma x0). Timestep spacings "leading",
// "linspace" and "trailing" follow Lin et al. 2024 ("Common Diffusion Noise
// Schedules and Sample Steps are Flawed", arXiv:2305.08891, table 2) and
// diffusers' conventions, so a Stable Diffusion export samples as it does in
// diffusers. Arithmetic is float64; samples are float32.
//
// A Scheduler holds state (the multistep history of DPM-Solver++), so use one
// per image and call Step with i = 0, 1, ... in order.
package scheduler

import (
	"fmt"
	"math"
)

// Names lists the schedulers New accepts.
var Names = []string{"ddim", "euler", "euler_a", "dpmpp_2m"}

// Noise fills dst with independent standard normal samples. Only ancestral
// schedulers call it.
type Noise func(dst []float32)

// Scheduler turns model outputs into the next, less noisy sample.
type Scheduler interface {
	// Name is one of Names.
	Name() string
	// SetTimesteps prepares n inference steps and resets any state.
	SetTimesteps(n int) error
	// Timesteps are the model's timestep inputs, one per step, high to low.
	Timesteps() []float64
	// InitNoiseSigma scales the initial standard normal latents.
	InitNoiseSigma() float64
	// ScaleModelInput scales x in place before the model sees it at step i.
	ScaleModelInput(x []float32, i int)
	// Step computes the sample after step i from the model output at step i.
	// It overwrites sample with the result and returns it.
	Step(modelOut, sample []float32, i int, noise Noise) ([]float32, error)
}

// New returns the named scheduler for cfg. Call SetTimesteps before use.
func New(name string, cfg Config) (Scheduler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.SetAlphaToOne == nil {
		t := true
		cfg.SetAlphaToOne = &t
	}
	b := base{cfg: cfg, ac: cfg.AlphasCumprod(), name: name}
	switch name {
	case "ddim":
		return &ddim{base: b}, nil
	case "euler":
		return &euler{base: b}, nil
	case "euler_a":
		return &euler{base: b, ancestral: true}, nil
	case "dpmpp_2m":
		return &dpm{base: b}, nil
	}
	return nil, fmt.Errorf("%q (want one of %v): %w", name, Names, ErrUnknown)
}

type base struct {
	name string
	cfg  Config
	ac   []float64 // alpha_bar per training timestep
	ts   []float64
	next int
}

func (b *base) Name() string         { return b.name }
func (b *base) Timesteps() []float64 { return append([]float64(nil), b.ts...) }

func (b *base) check(modelOut, sample []float32, i int) error {
	if len(b.ts) == 0 {
		return fmt.Errorf("SetTimesteps not called: %w", ErrStep)
	}
	if i != b.next || i >= len(b.ts) {
		return fmt.Errorf("step %d, expected %d of %d: %w", i, b.next, len(b.ts), ErrStep)
	}
	if len(modelOut) != len(sample) || len(sample) == 0 {
		return fmt.Errorf("model output has %d values, sample %d: %w", len(modelOut), len(sample), ErrStep)
	}
	b.next++
	return nil
}

type spacingKind int

const (
	intSteps   spacingKind = iota // DDIM: integer timesteps
	floatSteps                    // Euler: linspace stays fractional
	dpmSteps                      // DPM-Solver: an n+1 grid without its last point
)

// spacing returns n timesteps, high to low, in [0, N-1].
func spacing(cfg Config, n int, kind spacingKind) ([]float64, error) {
	N := cfg.NumTrainTimesteps
	maxN := N
	if kind == dpmSteps {
		maxN = N - 1
	}
	if n < 1 || n > maxN {
		return nil, fmt.Errorf("%d (want 1..%d): %w", n, maxN, ErrSteps)
	}
	ts := make([]float64, n)
	switch cfg.TimestepSpacing {
	case "linspace":
		m := n
		if kind == dpmSteps {
			m = n + 1
		}
		for k := range n {
			// linspace(0, N-1, m) reversed
			v := 0.0
			if m > 1 {
				v = float64(m-1-k) * float64(N-1) / float64(m-1)
			}
			if kind != floatSteps {
				v = math.RoundToEven(v)
			}
			ts[k] = v
		}
	case "leading":
		m := n
		if kind == dpmSteps {
			m = n + 1
		}
		ratio := N / m
		for k := range n {
			ts[k] = float64((m-1-k)*ratio + cfg.StepsOffset)
		}
	case "trailing":
		ratio := float64(N) / float64(n)
		for k := range n {
			ts[k] = math.RoundToEven(float64(N)-float64(k)*ratio) - 1
		}
	}
	for k, v := range ts {
		ts[k] = math.Max(0, math.Min(v, float64(N-1)))
	}
	return ts, nil
}

// sigmaAt interpolates sqrt((1-alpha_bar)/alpha_bar) linearly at a
// fractional timestep.
func (b *base) sigmaAt(t float64) float64 {
	sig := func(i int) float64 { return math.Sqrt((1 - b.ac[i]) / b.ac[i]) }
	if t <= 0 {
		return sig(0)
	}
	last := len(b.ac) - 1
	if t >= float64(last) {
		return sig(last)
	}
	lo := int(math.Floor(t))
	f := t - float64(lo)
	return sig(lo) + f*(sig(lo+1)-sig(lo))
}

// x0Coeffs gives x0 = ax*x + ao*out and eps = ex*x + eo*out for a model
// output at alpha_bar a.
func (b *base) x0Coeffs(a float64) (ax, ao, ex, eo float64) {
	sa, sb := math.Sqrt(a), math.Sqrt(1-a)
	if b.cfg.PredictionType == "v_prediction" {
		return sa, -sb, sb, sa
	}
	return 1 / sa, -sb / sa, 0, 1
}

// --- DDIM

type ddim struct{ base }

func (s *ddim) SetTimesteps(n int) error {
	ts, err := spacing(s.cfg, n, intSteps)
	if err != nil {
		return err
	}
	s.ts, s.next = ts, 0
	return nil
}

func (s *ddim) InitNoiseSigma() float64            { return 1 }
func (s *ddim) ScaleModelInput(_ []float32, _ int) {}

func (s *ddim) Step(modelOut, sample []float32, i int, _ Noise) ([]float32, error) {
	if err := s.check(modelOut, sample, i); err != nil {
		return nil, err
	}
	t := int(s.ts[i])
	a := s.ac[t]
	prev := t - s.cfg.NumTrainTimesteps/len(s.ts)
	aPrev := s.ac[0]
	if *s.cfg.SetAlphaToOne {
		aPrev = 1
	}
	if prev >= 0 {
		aPrev = s.ac[prev]
	}
	sp, sn := math.Sqrt(aPrev), math.Sqrt(1-aPrev)
	r := s.cfg.ClipSampleRange
	ax, ao, ex, eo := s.x0Coeffs(a)
	for k, xv := range sample {
		x, out := float64(xv), float64(modelOut[k])
		x0, eps := ax*x+ao*out, ex*x+eo*out
		if s.cfg.ClipSample {
			x0 = math.Max(-r, math.Min(r, x0))
		}
		sample[k] = float32(sp*x0 + sn*eps)
	}
	return sample, nil
}

// --- Euler and Euler ancestral

type euler struct {
	base
	ancestral bool
	sigmas    []float64 // n+1, the last 0
}

func (s *euler) SetTimesteps(n int) error {
	ts, err := spacing(s.cfg, n, floatSteps)
	if err != nil {
		return err
	}
	s.ts, s.next = ts, 0
	s.sigmas = make([]float64, n+1)
	for k, t := range ts {
		s.sigmas[k] = s.sigmaAt(t)
	}
	return nil
}

func (s *euler) InitNoiseSigma() float64 {
	m := 0.0
	for _, v := range s.sigmas {
		m = math.Max(m, v)
	}
	if s.cfg.TimestepSpacing == "leading" {
		return math.Sqrt(m*m + 1)
	}
	return m
}

func (s *euler) ScaleModelInput(x []float32, i int) {
	if i < 0 || i >= len(s.ts) {
		return
	}
	sg := s.sigmas[i]
	f := 1 / math.Sqrt(sg*sg+1)
	for k := range x {
		x[k] = float32(float64(x[k]) * f)
	}
}

func (s *euler) Step(modelOut, sample []float32, i int, noise Noise) ([]float32, error) {
	if s.ancestral && noise == nil {
		return nil, fmt.Errorf("euler_a needs a noise source: %w", ErrStep)
	}
	if err := s.check(modelOut, sample, i); err != nil {
		return nil, err
	}
	sg, to := s.sigmas[i], s.sigmas[i+1]
	dt, up := to-sg, 0.0
	if s.ancestral {
		up = math.Sqrt(to * to * (sg*sg - to*to) / (sg * sg))
		down := math.Sqrt(math.Max(0, to*to-up*up))
		dt = down - sg
	}
	vpred := s.cfg.PredictionType == "v_prediction"
	c := math.Sqrt(sg*sg + 1)
	for k, xv := range sample {
		x, out := float64(xv), float64(modelOut[k])
		x0 := x - sg*out
		if vpred {
			x0 = out*(-sg/c) + x/(sg*sg+1)
		}
		d := (x - x0) / sg
		sample[k] = float32(x + d*dt)
	}
	if s.ancestral && up > 0 {
		z := make([]float32, len(sample))
		noise(z)
		for k := range sample {
			sample[k] = float32(float64(sample[k]) + float64(z[k])*up)
		}
	}
	return sample, nil
}

// --- DPM-Solver++ 2M

type dpm struct {
	base
	alpha, sigma, lambda []float64 // n+1 each
	prevX0               []float64
}

func (s *dpm) SetTimesteps(n int) error {
	ts, err := spacing(s.cfg, n, dpmSteps)
	if err != nil {
		return err
	}
	s.ts, s.next, s.prevX0 = ts, 0, nil
	s.alpha = make([]float64, n+1)
	s.sigma = make([]float64, n+1)
	s.lambda = make([]float64, n+1)
	for k := 0; k <= n; k++ {
		sg := 0.0
		if k < n {
			sg = s.sigmaAt(ts[k])
		}
		s.alpha[k] = 1 / math.Sqrt(sg*sg+1)
		s.sigma[k] = sg * s.alpha[k]
		s.lambda[k] = math.Log(s.alpha[k]) - math.Log(s.sigma[k]) // +Inf at sigma 0
	}
	return nil
}

func (s *dpm) InitNoiseSigma() float64            { return 1 }
func (s *dpm) ScaleModelInput(_ []float32, _ int) {}

func (s *dpm) Step(modelOut, sample []float32, i int, _ Noise) ([]float32, error) {
	if err := s.check(modelOut, sample, i); err != nil {
		return nil, err
	}
	n := len(s.ts)
	at, st := s.alpha[i], s.sigma[i]
	an, sn := s.alpha[i+1], s.sigma[i+1]
	h := s.lambda[i+1] - s.lambda[i]
	em1 := -1.0 // expm1(-h) as h -> +Inf
	if !math.IsInf(h, 1) {
		em1 = math.Expm1(-h)
	}
	secondOrder := s.prevX0 != nil && i != n-1
	var r0 float64
	if secondOrder {
		r0 = (s.lambda[i] - s.lambda[i-1]) / h
	}
	if s.prevX0 == nil {
		s.prevX0 = make([]float64, len(sample))
	}
	if len(s.prevX0) != len(sample) {
		return nil, fmt.Errorf("sample size changed between steps: %w", ErrStep)
	}
	vpred := s.cfg.PredictionType == "v_prediction"
	ratio := sn / st
	for k, xv := range sample {
		x, out := float64(xv), float64(modelOut[k])
		x0 := (x - st*out) / at
		if vpred {
			x0 = at*x - st*out
		}
		y := ratio*x - an*em1*x0
		if secondOrder {
			d1 := (x0 - s.prevX0[k]) / r0
			y -= 0.5 * an * em1 * d1
		}
		s.prevX0[k] = x0
		sample[k] = float32(y)
	}
	return sample, nil
}
