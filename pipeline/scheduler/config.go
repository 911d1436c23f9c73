package scheduler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
)

// Config is diffusers' scheduler_config.json. Missing fields take diffusers'
// defaults for Stable Diffusion (see DefaultConfig).
type Config struct {
	ClassName         string  `json:"_class_name"`
	NumTrainTimesteps int     `json:"num_train_timesteps"`
	BetaStart         float64 `json:"beta_start"`
	BetaEnd           float64 `json:"beta_end"`
	BetaSchedule      string  `json:"beta_schedule"`     // "linear" or "scaled_linear"
	PredictionType    string  `json:"prediction_type"`   // "epsilon" or "v_prediction"
	StepsOffset       int     `json:"steps_offset"`      // added to "leading" timesteps
	SetAlphaToOne     *bool   `json:"set_alpha_to_one"`  // DDIM's final alpha_bar: 1, or alpha_bar[0]
	ClipSample        bool    `json:"clip_sample"`       // DDIM clamps predicted x0
	ClipSampleRange   float64 `json:"clip_sample_range"` // default 1
	TimestepSpacing   string  `json:"timestep_spacing"`  // "leading", "linspace" or "trailing"
}

// DefaultConfig is Stable Diffusion 1.x's scheduler configuration.
func DefaultConfig() Config {
	t := true
	return Config{
		NumTrainTimesteps: 1000, BetaStart: 0.00085, BetaEnd: 0.012,
		BetaSchedule: "scaled_linear", PredictionType: "epsilon", StepsOffset: 1,
		SetAlphaToOne: &t, ClipSampleRange: 1, TimestepSpacing: "leading",
	}
}

// ParseConfig reads scheduler_config.json over DefaultConfig and validates it.
func ParseConfig(data []byte) (Config, error) {
	cfg := DefaultConfig()
	cfg.SetAlphaToOne = nil
	cfg.ClipSampleRange = 0
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&cfg); err != nil {
		return Config{}, fmt.Errorf("scheduler_config.json: %w: %w", ErrConfig, err)
	}
	if cfg.SetAlphaToOne == nil {
		t := true
		cfg.SetAlphaToOne = &t
	}
	if cfg.ClipSampleRange == 0 {
		cfg.ClipSampleRange = 1
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// Validate checks ranges and names.
func (c Config) Validate() error {
	switch {
	case c.NumTrainTimesteps < 2 || c.NumTrainTimesteps > 100000:
		return fmt.Errorf("num_train_timesteps %d: %w", c.NumTrainTimesteps, ErrConfig)
	case !(c.BetaStart > 0 && c.BetaStart < 1) || !(c.BetaEnd > 0 && c.BetaEnd < 1) || c.BetaStart > c.BetaEnd:
		return fmt.Errorf("betas %g..%g: %w", c.BetaStart, c.BetaEnd, ErrConfig)
	case c.StepsOffset < 0 || c.StepsOffset >= c.NumTrainTimesteps:
		return fmt.Errorf("steps_offset %d: %w", c.StepsOffset, ErrConfig)
	case !(c.ClipSampleRange > 0) || math.IsInf(c.ClipSampleRange, 0):
		return fmt.Errorf("clip_sample_range %g: %w", c.ClipSampleRange, ErrConfig)
	}
	switch c.BetaSchedule {
	case "linear", "scaled_linear":
	default:
		return fmt.Errorf("beta_schedule %q (want linear or scaled_linear): %w", c.BetaSchedule, ErrConfig)
	}
	switch c.PredictionType {
	case "epsilon", "v_prediction":
	default:
		return fmt.Errorf("prediction_type %q (want epsilon or v_prediction): %w", c.PredictionType, ErrConfig)
	}
	switch c.TimestepSpacing {
	case "leading", "linspace", "trailing":
	default:
		return fmt.Errorf("timestep_spacing %q (want leading, linspace or trailing): %w", c.TimestepSpacing, ErrConfig)
	}
	return nil
}

// AlphasCumprod is alpha_bar_t = prod_{s<=t} (1 - beta_s) for the config's
// betas: linear in beta, or linear in sqrt(beta) ("scaled_linear").
func (c Config) AlphasCumprod() []float64 {
	n := c.NumTrainTimesteps
	out := make([]float64, n)
	prod := 1.0
	for i := range n {
		f := float64(i) / float64(n-1)
		var beta float64
		if c.BetaSchedule == "scaled_linear" {
			s := math.Sqrt(c.BetaStart) + f*(math.Sqrt(c.BetaEnd)-math.Sqrt(c.BetaStart))
			beta = s * s
		} else {
			beta = c.BetaStart + f*(c.BetaEnd-c.BetaStart)
		}
		prod *= 1 - beta
		out[i] = prod
	}
	return out
}

// DefaultName maps a diffusers scheduler class to one of Names; classes not
// implemented here map to "ddim" and ok=false.
func DefaultName(className string) (name string, ok bool) {
	switch className {
	case "DDIMScheduler":
		return "ddim", true
	case "EulerDiscreteScheduler":
		return "euler", true
	case "EulerAncestralDiscreteScheduler":
		return "euler_a", true
	case "DPMSolverMultistepScheduler":
		return "dpmpp_2m", true
	}
	return "ddim", false
}
