package adherence

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/candor-ai/candor/pipeline"
)

// Options set how Evaluate samples.
type Options struct {
	// Seeds is the number of pictures per held-out caption (seeds 0..Seeds-1); at least 1.
	Seeds int
	// Steps and Guidance are passed to the generator; 0 means the generator's defaults
	// (20 steps and guidance 5 for the built-in model).
	Steps    int
	Guidance float32
	// Captions to evaluate; nil means HeldOut(). Spec to analyse with; nil means Default().
	Captions []Caption
	Spec     *Spec
	Logger   *slog.Logger
}

// Miss records a picture that got at least one attribute wrong.
type Miss struct {
	Caption Caption
	Seed    uint64
	Got     Observation
}

// Report holds the counts of correct attributes over N pictures.
type Report struct {
	N                                   int
	Colour, Position, Shape, Background int
	Steps                               int
	Guidance                            float32
	Misses                              []Miss
}

// ColourAccuracy is the share of pictures whose object has the prompted colour.
func (r Report) ColourAccuracy() float64 { return ratio(r.Colour, r.N) }

// PositionAccuracy is the share of pictures whose object is at the prompted position.
func (r Report) PositionAccuracy() float64 { return ratio(r.Position, r.N) }

// ShapeAccuracy is the share of pictures whose object has the prompted shape.
func (r Report) ShapeAccuracy() float64 { return ratio(r.Shape, r.N) }

// BackgroundAccuracy is the share of pictures with the prompted background colour.
func (r Report) BackgroundAccuracy() float64 { return ratio(r.Background, r.N) }

func (r Report) String() string {
	return fmt.Sprintf("n=%d colour=%.3f position=%.3f shape=%.3f background=%.3f (steps %d, guidance %g)",
		r.N, r.ColourAccuracy(), r.PositionAccuracy(), r.ShapeAccuracy(), r.BackgroundAccuracy(), r.Steps, r.Guidance)
}

func ratio(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(a) / float64(n)
}

// Evaluate generates every caption with seeds 0..opts.Seeds-1 and checks each picture with
// Analyze. It stops at the first generator error or when ctx is done.
func Evaluate(ctx context.Context, gen pipeline.Generator, opts Options) (Report, error) {
	if gen == nil {
		return Report{}, fmt.Errorf("nil generator: %w", ErrOptions)
	}
	if opts.Seeds < 1 || opts.Steps < 0 || opts.Guidance < 0 {
		return Report{}, fmt.Errorf("seeds %d, steps %d, guidance %g: %w", opts.Seeds, opts.Steps, opts.Guidance, ErrOptions)
	}
	spec := opts.Spec
	if spec == nil {
		spec = Default()
	}
	caps := opts.Captions
	if caps == nil {
		caps = spec.Captions
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	rep := Report{Steps: opts.Steps, Guidance: opts.Guidance}
	for _, c := range caps {
		for seed := range uint64(opts.Seeds) {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			res, err := gen.Generate(ctx, pipeline.Request{Prompt: c.Text, Steps: opts.Steps,
				Guidance: opts.Guidance, Seed: seed, N: 1}, nil)
			if err != nil {
				return rep, fmt.Errorf("caption %q seed %d: %w: %w", c.Text, seed, ErrGenerate, err)
			}
			if len(res.Images) == 0 || res.Images[0].Pixels == nil {
				return rep, fmt.Errorf("caption %q seed %d: no picture: %w", c.Text, seed, ErrGenerate)
			}
			rep.Steps, rep.Guidance = res.Steps, res.Guidance
			o := spec.Analyze(res.Images[0].Pixels)
			rep.N++
			ok := [4]bool{o.Colour == c.Colour, o.Position == c.Position, o.Shape == c.Shape, o.Background == c.Background}
			for i, p := range []*int{&rep.Colour, &rep.Position, &rep.Shape, &rep.Background} {
				if ok[i] {
					*p++
				}
			}
			if !ok[0] || !ok[1] || !ok[2] || !ok[3] {
				rep.Misses = append(rep.Misses, Miss{Caption: c, Seed: seed, Got: o})
				log.Debug("adherence miss", "caption", c.Text, "seed", seed, "colour", o.Colour,
					"position", o.Position, "shape", o.Shape, "background", o.Background)
			}
		}
	}
	log.Info("adherence", "n", rep.N, "colour", rep.ColourAccuracy(), "position", rep.PositionAccuracy(),
		"shape", rep.ShapeAccuracy(), "background", rep.BackgroundAccuracy())
	return rep, nil
}
