package diffusion

import (
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"slices"
	"time"

	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/ort"
	"github.com/candor-ai/candor/pipeline/scheduler"
)

// resolved is a validated request with defaults filled in.
type resolved struct {
	w, h, steps, n int
	guidance       float64
	scheduler      string
	cfg            bool // run the unconditional half
}

func (p *Pipeline) resolve(req pipeline.Request) (resolved, error) {
	r := resolved{w: req.Width, h: req.Height, steps: req.Steps, n: req.N,
		guidance: float64(req.Guidance), scheduler: req.Scheduler}
	bad := func(format string, a ...any) (resolved, error) {
		return resolved{}, fmt.Errorf(format+": %w", append(a, ErrInvalidRequest)...)
	}
	if r.w == 0 && r.h == 0 {
		r.w, r.h = p.defW, p.defH
	} else if r.w == 0 || r.h == 0 {
		return bad("size %dx%d: give both width and height, or neither", r.w, r.h)
	}
	if r.steps == 0 {
		r.steps = p.defSteps
	}
	if r.scheduler == "" {
		r.scheduler = p.defScheduler
	}
	if r.n == 0 {
		r.n = 1
	}
	if req.Guidance == 0 {
		// Zero means "the model's default", like the other fields.
		r.guidance = float64(p.defGuidance)
	}
	f := max(8, p.vaeFactor)
	switch {
	case r.w < 0 || r.h < 0 || r.w%f != 0 || r.h%f != 0:
		return bad("size %dx%d: width and height must be positive multiples of %d", r.w, r.h, f)
	case r.w > p.maxSide || r.h > p.maxSide:
		return bad("size %dx%d: at most %d per side for this model", r.w, r.h, p.maxSide)
	case p.fixedW > 0 && (r.w != p.fixedW*p.vaeFactor || r.h != p.fixedH*p.vaeFactor):
		return bad("size %dx%d: this model only makes %dx%d", r.w, r.h, p.fixedW*p.vaeFactor, p.fixedH*p.vaeFactor)
	case len(p.sizes) > 0 && !slices.Contains(p.sizes, [2]int{r.w, r.h}):
		return bad("size %dx%d: this model makes only %v", r.w, r.h, p.sizes)
	case r.steps < 1 || r.steps > MaxSteps:
		return bad("steps %d: want 1..%d", r.steps, MaxSteps)
	case math.IsNaN(r.guidance) || math.IsInf(r.guidance, 0) || r.guidance < 0:
		return bad("guidance %g: want a finite number >= 0", r.guidance)
	case r.n < 1 || r.n > MaxImages:
		return bad("n %d: want 1..%d", r.n, MaxImages)
	case !slices.Contains(scheduler.Names, r.scheduler):
		return bad("scheduler %q: want one of %v", r.scheduler, scheduler.Names)
	}
	// Guidance 1 is the conditional prediction alone; skip the other half.
	// A UNet with a fixed batch of 2 always gets both halves.
	r.cfg = r.guidance != 1 || p.sampleIn.Shape[0] == 2
	return r, nil
}

// encode runs the text encoder on prompts and returns [len(prompts), L, D].
func (p *Pipeline) encode(ctx context.Context, prompts []string) (*ort.Tensor, error) {
	L := p.tok.ContextLength()
	batchFixed := p.textIn.Shape[0] > 0
	var parts []*ort.Tensor
	run := func(ps []string) error {
		ids := make([]int64, 0, len(ps)*L)
		for _, s := range ps {
			ids = append(ids, p.tok.Encode(s)...)
		}
		shape := []int64{int64(len(ps)), int64(L)}
		in := ort.NewInt64(shape, ids)
		if p.textIn.Type == ort.Int32 {
			ids32 := make([]int32, len(ids))
			for i, v := range ids {
				ids32[i] = int32(v)
			}
			in = ort.NewInt32(shape, ids32)
		}
		out, err := p.text.RunContext(ctx, map[string]*ort.Tensor{p.textIn.Name: in})
		if err != nil {
			return modelErr("text_encoder", ctx, err)
		}
		h := out[p.textOut.Name]
		if len(h.Shape) != 3 || h.Shape[0] != int64(len(ps)) || h.Shape[1] < 1 || h.Shape[2] < 1 {
			return fmt.Errorf("text_encoder returned %s: %w", ort.FormatShape(h.Shape), ErrModel)
		}
		if err := finite(h.F32); err != nil {
			return fmt.Errorf("text_encoder: %w", err)
		}
		parts = append(parts, h)
		return nil
	}
	if batchFixed {
		for _, s := range prompts {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := run([]string{s}); err != nil {
				return nil, err
			}
		}
	} else if err := run(prompts); err != nil {
		return nil, err
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	shape := slices.Clone(parts[0].Shape)
	shape[0] = int64(len(parts))
	var data []float32
	for _, t := range parts {
		if !slices.Equal(t.Shape[1:], shape[1:]) {
			return nil, fmt.Errorf("text_encoder output shapes differ: %w", ErrModel)
		}
		data = append(data, t.F32...)
	}
	return ort.NewFloat32(shape, data), nil
}

// finite reports the first NaN or Inf in xs. v - v is 0 for every finite v
// and NaN otherwise, so one pass of adds finds out whether to look closer.
func finite(xs []float32) error {
	var acc float32
	for _, v := range xs {
		acc += v - v
	}
	if acc == 0 {
		return nil
	}
	for i, v := range xs {
		if v-v != 0 {
			return fmt.Errorf("non-finite value %v at %d: %w", v, i, ErrModel)
		}
	}
	return nil
}

// decodeRaw runs the VAE decoder on already-unscaled latents [1,C,h,w].
func (p *Pipeline) decodeRaw(ctx context.Context, latents []float32, h, w int) (*ort.Tensor, error) {
	in := ort.NewFloat32([]int64{1, int64(p.latentChannels), int64(h), int64(w)}, latents)
	out, err := p.vae.RunContext(ctx, map[string]*ort.Tensor{p.vaeIn.Name: in})
	if err != nil {
		return nil, modelErr("vae_decoder", ctx, err)
	}
	img := out[p.vaeOut.Name]
	if len(img.Shape) != 4 {
		return nil, fmt.Errorf("vae_decoder returned %s: %w", ort.FormatShape(img.Shape), ErrModel)
	}
	return img, nil
}

// decode turns latents into a picture of exactly w x h.
func (p *Pipeline) decode(ctx context.Context, latents []float32, w, h int) (*image.NRGBA, error) {
	lh, lw := h/p.vaeFactor, w/p.vaeFactor
	x := make([]float32, len(latents))
	inv := 1 / p.scaling
	for i, v := range latents {
		x[i] = float32(float64(v) * inv)
	}
	out, err := p.decodeRaw(ctx, x, lh, lw)
	if err != nil {
		return nil, err
	}
	if !slices.Equal(out.Shape, []int64{1, 3, int64(h), int64(w)}) {
		return nil, fmt.Errorf("vae_decoder returned %s for a %dx%d image: %w", ort.FormatShape(out.Shape), w, h, ErrModel)
	}
	if err := finite(out.F32); err != nil {
		return nil, fmt.Errorf("vae_decoder: %w", err)
	}
	return toNRGBA(out.F32, w, h), nil
}

// toNRGBA maps [-1,1] CHW floats to 8-bit RGB, rounding half up.
func toNRGBA(chw []float32, w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	plane := w * h
	r, g, b := chw[:plane], chw[plane:2*plane], chw[2*plane:3*plane]
	for y := range h {
		row := img.Pix[y*img.Stride : y*img.Stride+4*w]
		for x := range w {
			k := y*w + x
			row[4*x] = to8(r[k])
			row[4*x+1] = to8(g[k])
			row[4*x+2] = to8(b[k])
			row[4*x+3] = 255
		}
	}
	return img
}

func to8(v float32) uint8 {
	f := (v+1)*127.5 + 0.5
	switch {
	case f <= 0 || f != f:
		return 0
	case f >= 255:
		return 255
	}
	return uint8(f)
}

// Generate makes req.N images. Zero fields of req take the model's
// Defaults (a zero Guidance too). Errors wrap ErrInvalidRequest, ErrModel
// or the context's error; the context is checked between steps and ends a
// UNet or VAE run in progress.
//
// Image i uses seed req.Seed+i: its own initial latents and its own
// ancestral noise, drawn from its own generator, and its own scheduler
// state. When the UNet's batch dimension is dynamic, the images are
// denoised together, at most Config.MaxBatch at a time (0: all of them):
// one UNet call per step on a batch of 2n (the unconditional halves, then
// the conditional ones) or n without guidance. Otherwise (a UNet with a
// fixed batch of 1 or 2, or MaxBatch 1) each image has its own calls.
// Either way image i is the image asked for alone with seed req.Seed+i: an
// n=1 request is computed as it always was, and a batched image agrees with
// it up to ONNX Runtime's batched kernels, which may round differently in the
// last bits. With ONNX Runtime 1.30 on x86-64 the UNet outputs, and so the
// pixels, of the built-in and the tiny test model were measured identical
// (difference 0, one and two threads); the tests allow one level in 255.
//
// progress, if not nil, is called once per image per step, n*steps calls
// in all, with step counting the image-steps done (1..total) and total =
// n*steps, so a progress bar moves evenly whichever way the images run.
// When images run together, the calls for one UNet step come one per image
// of the batch, in image order, after that step; no call comes after the
// context ends. preview decodes the image that the call is about (its
// latents after that step) and is valid only during the call; nothing is
// decoded unless it is called.
func (p *Pipeline) Generate(ctx context.Context, req pipeline.Request, progress pipeline.Progress) (pipeline.Result, error) {
	r, err := p.resolve(req)
	if err != nil {
		return pipeline.Result{}, err
	}
	start := time.Now()
	prompts := []string{req.Prompt}
	if r.cfg {
		prompts = []string{req.NegativePrompt, req.Prompt}
	}
	hidden, err := p.encode(ctx, prompts)
	if err != nil {
		return pipeline.Result{}, err
	}
	res := pipeline.Result{Model: p.Info(), Scheduler: r.scheduler, Steps: r.steps,
		Guidance: float32(r.guidance), Width: r.w, Height: r.h}
	batch := p.batchSize(r)
	for first := 0; first < r.n; first += batch {
		count := min(batch, r.n-first)
		imgs, err := p.sample(ctx, r, hidden, req.Seed, first, count, progress)
		if err != nil {
			return pipeline.Result{}, err
		}
		for j, img := range imgs {
			res.Images = append(res.Images, pipeline.Image{Pixels: img, Seed: req.Seed + uint64(first+j)})
		}
	}
	p.log.Debug("generated", "n", r.n, "batch", batch, "size", fmt.Sprintf("%dx%d", r.w, r.h), "steps", r.steps,
		"scheduler", r.scheduler, "guidance", r.guidance, "elapsed", time.Since(start))
	return res, nil
}

// batchSize is how many images of the request go through the UNet together.
func (p *Pipeline) batchSize(r resolved) int {
	if !p.batchable || p.maxBatch == 1 {
		return 1
	}
	if p.maxBatch > 0 {
		return min(p.maxBatch, r.n)
	}
	return r.n
}

// sample denoises images first..first+count-1 of a request together, image
// j with seed seed+first+j, and decodes them.
func (p *Pipeline) sample(ctx context.Context, r resolved, hidden *ort.Tensor, seed uint64, first, count int,
	progress pipeline.Progress) ([]*image.NRGBA, error) {
	lh, lw := r.h/p.vaeFactor, r.w/p.vaeFactor
	size := p.latentChannels * lh * lw
	// xs holds every image's latents, image j at xs[j*size:(j+1)*size].
	xs := make([]float32, count*size)
	lat := func(buf []float32, j int) []float32 { return buf[j*size : (j+1)*size] }
	schs := make([]scheduler.Scheduler, count)
	rngs := make([]*normalSource, count)
	for j := range count {
		sch, err := scheduler.New(r.scheduler, p.schedCfg)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrModel, err)
		}
		if err := sch.SetTimesteps(r.steps); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalidRequest, err)
		}
		schs[j], rngs[j] = sch, newNormalSource(seed+uint64(first+j))
		x := lat(xs, j)
		rngs[j].fill(x)
		sigma := sch.InitNoiseSigma()
		for k := range x {
			x[k] = float32(float64(x[k]) * sigma)
		}
	}
	st, err := newStepper(ctx, p, hidden, lh, lw, count, r.cfg, r.guidance)
	if err != nil {
		return nil, err
	}
	defer st.close()
	ts := schs[0].Timesteps()
	total := r.n * r.steps
	for k, t := range ts {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("cancelled before step %d of %s: %w", k+1, imagesName(first, count), err)
		}
		in := append(st.in[:0], xs...)
		st.in = in
		for j, sch := range schs {
			sch.ScaleModelInput(lat(in, j), k)
		}
		eps, err := st.predict(in, t)
		if err != nil {
			return nil, fmt.Errorf("step %d: %w", k+1, err)
		}
		for j, sch := range schs {
			x := lat(xs, j)
			out, err := sch.Step(lat(eps, j), x, k, rngs[j].fill)
			if err != nil {
				return nil, fmt.Errorf("step %d: %w: %w", k+1, ErrModel, err)
			}
			copy(x, out) // Step writes in place; this keeps xs right if it ever does not
		}
		if err := finite(xs); err != nil {
			return nil, fmt.Errorf("latents after step %d: %w", k+1, err)
		}
		if progress == nil {
			continue
		}
		for j, sch := range schs {
			if ctx.Err() != nil {
				break // the next step reports it
			}
			next := k + 1
			cur := lat(xs, j)
			preview := func() (*image.NRGBA, error) {
				l := slices.Clone(cur)
				if next < len(ts) {
					sch.ScaleModelInput(l, next)
				}
				return p.decode(ctx, l, r.w, r.h)
			}
			progress(first*r.steps+k*count+j+1, total, preview)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cancelled before decoding %s: %w", imagesName(first, count), err)
	}
	imgs := make([]*image.NRGBA, count)
	for j := range count {
		if imgs[j], err = p.decode(ctx, lat(xs, j), r.w, r.h); err != nil {
			return nil, err
		}
	}
	return imgs, nil
}

// imagesName names images first+1..first+count for errors.
func imagesName(first, count int) string {
	if count == 1 {
		return fmt.Sprintf("image %d", first+1)
	}
	return fmt.Sprintf("images %d-%d", first+1, first+count)
}

// stepper runs the UNet with classifier-free guidance for a batch of
// images over buffers bound once (ort.Prepared), so a step creates and
// copies no tensors.
type stepper struct {
	ctx      context.Context
	p        *Pipeline
	cfg      bool
	guidance float32
	size     int // latents of all the batch's images

	sample []float32   // bound UNet input: 1 or 2 copies of the latents
	ts     *ort.Tensor // bound timestep input
	outs   [][]float32 // bound outputs, one per call
	preps  []*ort.Prepared
	in     []float32 // scratch for the scaled model input
	eps    []float32
}

// newStepper binds the UNet's buffers for count images of lh x lw latents.
// hidden is [2, L, D] = (uncond, cond) when cfg, else [1, L, D]. The UNet
// sees a batch of count (no guidance, or guidance as two calls) or 2*count:
// every image's unconditional input, then every image's conditional one.
func newStepper(ctx context.Context, p *Pipeline, hidden *ort.Tensor, lh, lw, count int, cfg bool, guidance float64) (*stepper, error) {
	s := &stepper{ctx: ctx, p: p, cfg: cfg, guidance: float32(guidance), size: count * p.latentChannels * lh * lw}
	L, D := hidden.Shape[1], hidden.Shape[2]
	half := int(L * D)
	twoCalls := cfg && (p.cfgTwoCalls || p.sampleIn.Shape[0] == 1)
	b := count
	if cfg && !twoCalls {
		b = 2 * count
	}
	shape := []int64{int64(b), int64(p.latentChannels), int64(lh), int64(lw)}
	s.sample = make([]float32, b*s.size/count)
	s.ts = p.timestepTensor(b)
	// repeat stacks each of the given prompt encodings count times.
	repeat := func(parts ...[]float32) *ort.Tensor {
		data := make([]float32, 0, len(parts)*count*half)
		for _, h := range parts {
			for range count {
				data = append(data, h...)
			}
		}
		return ort.NewFloat32([]int64{int64(len(parts) * count), L, D}, data)
	}
	var hiddens []*ort.Tensor
	switch {
	case !cfg:
		hiddens = []*ort.Tensor{repeat(hidden.F32[:half])}
	case twoCalls:
		hiddens = []*ort.Tensor{repeat(hidden.F32[:half]), repeat(hidden.F32[half:])}
	default:
		hiddens = []*ort.Tensor{repeat(hidden.F32[:half], hidden.F32[half:])}
	}
	for _, h := range hiddens {
		out := make([]float32, len(s.sample))
		prep, err := p.unet.Prepare(map[string]*ort.Tensor{
			p.sampleIn.Name:   ort.NewFloat32(shape, s.sample),
			p.timestepIn.Name: s.ts,
			p.hiddenIn.Name:   h,
		}, map[string]*ort.Tensor{p.unetOut.Name: ort.NewFloat32(shape, out)})
		if err != nil {
			s.close()
			return nil, fmt.Errorf("unet: %w: %w", ErrModel, err)
		}
		s.preps = append(s.preps, prep)
		s.outs = append(s.outs, out)
	}
	return s, nil
}

func (s *stepper) close() {
	for _, p := range s.preps {
		p.Close()
	}
	s.preps = nil
}

// timestepTensor is a buffer of the UNet's timestep type and shape for a
// batch of b: a scalar, or [b] (or the model's fixed length).
func (p *Pipeline) timestepTensor(b int) *ort.Tensor {
	n := int64(b)
	if len(p.timestepIn.Shape) == 1 && p.timestepIn.Shape[0] > 0 {
		n = p.timestepIn.Shape[0]
	}
	shape := []int64{n}
	if len(p.timestepIn.Shape) == 0 {
		shape, n = nil, 1
	}
	switch p.timestepIn.Type {
	case ort.Float32:
		return ort.NewFloat32(shape, make([]float32, n))
	case ort.Int64:
		return ort.NewInt64(shape, make([]int64, n))
	}
	return ort.NewInt32(shape, make([]int32, n))
}

func (s *stepper) setTimestep(t float64) {
	switch s.ts.Type {
	case ort.Float32:
		for i := range s.ts.F32 {
			s.ts.F32[i] = float32(t)
		}
	case ort.Int64:
		for i := range s.ts.I64 {
			s.ts.I64[i] = int64(math.Round(t))
		}
	default:
		for i := range s.ts.I32 {
			s.ts.I32[i] = int32(math.Round(t))
		}
	}
}

// predict returns the guided model output for the scaled input at
// timestep t. The result is valid until the next call.
func (s *stepper) predict(in []float32, t float64) ([]float32, error) {
	copy(s.sample, in)
	if len(s.sample) > len(in) {
		copy(s.sample[len(in):], in)
	}
	s.setTimestep(t)
	for k, prep := range s.preps {
		if err := prep.Run(s.ctx); err != nil {
			return nil, modelErr("unet", s.ctx, err)
		}
		if err := finite(s.outs[k]); err != nil {
			return nil, fmt.Errorf("unet: %w", err)
		}
	}
	if !s.cfg {
		return s.outs[0], nil
	}
	var uncond, cond []float32
	if len(s.preps) == 2 {
		uncond, cond = s.outs[0], s.outs[1]
	} else {
		uncond, cond = s.outs[0][:s.size], s.outs[0][s.size:]
	}
	if cap(s.eps) < s.size {
		s.eps = make([]float32, s.size)
	}
	eps := s.eps[:s.size]
	g := s.guidance
	for i := range eps {
		eps[i] = uncond[i] + g*(cond[i]-uncond[i])
	}
	return eps, nil
}

// modelErr wraps a failed run: the context's error when it ended the run,
// else ErrModel.
func modelErr(part string, ctx context.Context, err error) error {
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return fmt.Errorf("%s: %w", part, err)
	}
	return fmt.Errorf("%s: %w: %w", part, ErrModel, err)
}

// Validate reports whether Generate would accept req, without running
// anything, so a gateway can answer 400 before queueing. Errors wrap
// ErrInvalidRequest.
func (p *Pipeline) Validate(req pipeline.Request) error {
	_, err := p.resolve(req)
	return err
}
