// Package diffusion generates images with a latent diffusion model (Rombach
// et al. 2022, "High-Resolution Image Synthesis with Latent Diffusion
// Models", arXiv:2112.10752) stored in Hugging Face diffusers' ONNX layout,
// so a Stable Diffusion 1.x or 2.x export and candor's built-in model load the
// same way:
//
//	model_index.json                 optional "candor" section: name, width, height,
//	                                 steps, guidance, scheduler, sizes ([[w, h], ...]:
//	                                 the only sizes the model can make)
//	scheduler/scheduler_config.json  (see package scheduler)
//	tokenizer/vocab.json, tokenizer/merges.txt[, tokenizer_config.json]
//	text_encoder/model.onnx          input_ids -> last_hidden_state
//	unet/model.onnx                  sample, timestep, encoder_hidden_states -> out_sample
//	vae_decoder/model.onnx           latent_sample -> sample in [-1, 1]
//	vae_decoder/config.json          optional: scaling_factor (default 0.18215)
//
// Sampling uses classifier-free guidance (Ho & Salimans 2022,
// arXiv:2207.12598): the unconditional (negative prompt) and conditional
// halves go through the UNet in one batched call and combine as
// uncond + g (cond - uncond). The n images of a request share that call
// too (a batch of 2n) when the UNet's batch dimension is dynamic. Input names, element types and shapes are read
// from the models (the timestep may be float32 [B] or an int64 scalar).
//
// Without a "candor" section the defaults are Stable Diffusion's: 50 steps,
// guidance 7.5, the size from unet/config.json sample_size times the VAE's
// upscaling (found by decoding a small latent at load), else 512.
//
// Reproducibility: image i of a request uses seed+i, with its own random
// numbers and scheduler state, so any image is reproduced on the same
// machine by asking for it alone with its own seed: bit for bit when images
// run one at a time (Config.MaxBatch 1, or a fixed-batch UNet), and up to
// ONNX Runtime's rounding of a batch otherwise (measured bit-identical with
// ONNX Runtime 1.30 on x86-64, the tests allow one level in 255). The random numbers: ChaCha8 from
// math/rand/v2 keyed by SHA-256("candor/diffusion/rng/v1" || seed as 8
// little-endian bytes); standard normals by Box-Muller over pairs of uniforms
// (u1 = 1 - Float64(), u2 = Float64(); sqrt(-2 ln u1) cos(2 pi u2), then the
// sin twin); the initial latents first, in NCHW order, then each step's
// ancestral noise. Changing any of this changes every image.
package diffusion

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/candor-ai/candor/pipeline"
	"github.com/candor-ai/candor/pipeline/ort"
	"github.com/candor-ai/candor/pipeline/scheduler"
	"github.com/candor-ai/candor/pipeline/tokenizer"
)

// Limits on requests.
const (
	MaxSteps  = 150
	MaxImages = 16
	// DefaultScalingFactor is Stable Diffusion's VAE latent scaling.
	DefaultScalingFactor = 0.18215
)

// Config says where the model and ONNX Runtime are.
type Config struct {
	Dir     string       // model directory in the diffusers ONNX layout
	LibPath string       // ONNX Runtime shared library (see ort.Init)
	Threads int          // intra-op threads per model; 0 means all cores
	Logger  *slog.Logger // nil discards logs
	// MaxBatch is the most images of one request denoised together, in one
	// UNet call per step, when the UNet's batch dimension is dynamic: 0
	// (or less) means all of them (up to MaxImages), 1 one image at a time (the
	// sequential path, for comparison or to bound memory).
	MaxBatch int
}

// Pipeline is a loaded model. It is safe for concurrent use; each model
// part runs one call at a time.
type Pipeline struct {
	log  *slog.Logger
	info pipeline.ModelInfo

	tok      *tokenizer.CLIP
	schedCfg scheduler.Config
	text     *ort.Session
	unet     *ort.Session
	vae      *ort.Session

	textIn, textOut      ort.IOInfo
	sampleIn, timestepIn ort.IOInfo
	hiddenIn, unetOut    ort.IOInfo
	vaeIn, vaeOut        ort.IOInfo
	latentChannels       int
	vaeFactor            int
	scaling              float64
	fixedW, fixedH       int      // non-zero when the UNet has a fixed latent size
	sizes                [][2]int // the only [w, h] allowed, when the model lists them
	maxSide              int
	defW, defH, defSteps int
	defGuidance          float32
	defScheduler         string
	cfgTwoCalls          bool // benchmark switch: run CFG halves as two UNet calls
	batchable            bool // the UNet takes any batch size
	maxBatch             int  // Config.MaxBatch
}

var _ pipeline.Generator = (*Pipeline)(nil)

// requiredFiles is the diffusers ONNX layout this package needs.
var requiredFiles = []string{
	"model_index.json",
	"scheduler/scheduler_config.json",
	"tokenizer/vocab.json",
	"tokenizer/merges.txt",
	"text_encoder/model.onnx",
	"unet/model.onnx",
	"vae_decoder/model.onnx",
}

// candorExtras is the optional "candor" section of model_index.json.
type candorExtras struct {
	Name      string   `json:"name"`
	Width     int      `json:"width"`
	Height    int      `json:"height"`
	Steps     int      `json:"steps"`
	Guidance  *float64 `json:"guidance"`
	Scheduler string   `json:"scheduler"`
	// Sizes, when given, are the only [width, height] pairs the model can
	// make (for a UNet tied to one latent size, e.g. by coordinate channels).
	Sizes [][2]int `json:"sizes"`
}

// Load opens the model in cfg.Dir: it checks the layout, hashes every file,
// starts ONNX Runtime (cfg.LibPath), creates one session per model part and
// reads their inputs and outputs. Errors wrap ErrModel, or
// ort.ErrLibraryMissing when the runtime is absent.
func Load(ctx context.Context, cfg Config) (*Pipeline, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	st, err := os.Stat(cfg.Dir)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("model directory %q: %w", cfg.Dir, ErrModel)
	}
	var missing []string
	for _, f := range requiredFiles {
		if fi, err := os.Stat(filepath.Join(cfg.Dir, f)); err != nil || !fi.Mode().IsRegular() {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s is not a diffusers ONNX model directory, missing %s: %w",
			cfg.Dir, strings.Join(missing, ", "), ErrModel)
	}
	var index struct {
		Candor candorExtras `json:"candor"`
	}
	if err := readJSON(filepath.Join(cfg.Dir, "model_index.json"), &index); err != nil {
		return nil, err
	}
	root, err := filepath.EvalSymlinks(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("model directory %q: %w: %w", cfg.Dir, ErrModel, err)
	}
	files, err := hashFiles(ctx, root)
	if err != nil {
		return nil, err
	}
	if err := ort.Init(cfg.LibPath); err != nil {
		return nil, err
	}
	p := &Pipeline{log: log, maxBatch: max(cfg.MaxBatch, 0)}
	p.info.Files = files
	p.info.Name = index.Candor.Name
	if p.info.Name == "" {
		p.info.Name = filepath.Base(filepath.Clean(cfg.Dir))
	}
	// The cheap parts first, so a broken directory fails fast.
	if p.tok, err = tokenizer.Load(filepath.Join(cfg.Dir, "tokenizer")); err != nil {
		return nil, fmt.Errorf("tokenizer: %w: %w", ErrModel, err)
	}
	raw, err := os.ReadFile(filepath.Join(cfg.Dir, "scheduler/scheduler_config.json"))
	if err != nil {
		return nil, fmt.Errorf("scheduler config: %w: %w", ErrModel, err)
	}
	if p.schedCfg, err = scheduler.ParseConfig(raw); err != nil {
		return nil, fmt.Errorf("scheduler config: %w: %w", ErrModel, err)
	}
	ok := false
	defer func() {
		if !ok {
			p.Close()
		}
	}()
	opts := ort.Options{IntraOpThreads: cfg.Threads}
	for _, part := range []struct {
		dst  **ort.Session
		file string
	}{{&p.text, "text_encoder/model.onnx"}, {&p.unet, "unet/model.onnx"}, {&p.vae, "vae_decoder/model.onnx"}} {
		s, err := ort.NewSession(filepath.Join(cfg.Dir, part.file), opts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w: %w", part.file, ErrModel, err)
		}
		*part.dst = s
	}
	if err := p.inspect(ctx, cfg.Dir); err != nil {
		return nil, err
	}
	if err := p.setDefaults(cfg.Dir, index.Candor); err != nil {
		return nil, err
	}
	ok = true
	log.Info("diffusion model loaded", "dir", cfg.Dir, "name", p.info.Name, "files", len(files),
		"size", fmt.Sprintf("%dx%d", p.defW, p.defH), "steps", p.defSteps, "scheduler", p.defScheduler,
		"vae_factor", p.vaeFactor, "batch_images", p.batchable, "scaling_factor", p.scaling, "timestep", p.timestepIn.String(),
		"ort", ort.Version(), "elapsed", time.Since(start))
	return p, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w: %w", path, ErrModel, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w: %w", path, ErrModel, err)
	}
	return nil
}

// hashFiles returns the hex SHA-256 of every regular file under dir, keyed
// by slash-separated relative path.
func hashFiles(ctx context.Context, dir string) (map[string]string, error) {
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Hugging Face's cache links every file to a blob: hash the
			// target if it is a file; never descend into linked folders.
			fi, err := os.Stat(path)
			if err != nil {
				return err
			}
			if !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = hex.EncodeToString(h.Sum(nil))
		return nil
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		return nil, fmt.Errorf("hashing %s: %w: %w", dir, ErrModel, err)
	}
	return files, nil
}

func pick(io []ort.IOInfo, name string) (ort.IOInfo, bool) {
	for _, x := range io {
		if x.Name == name {
			return x, true
		}
	}
	if len(io) == 1 {
		return io[0], true
	}
	return ort.IOInfo{}, false
}

// inspect reads the parts' declared inputs and outputs and probes the text
// encoder and VAE decoder once, so a wrong file fails here, not mid-request.
func (p *Pipeline) inspect(ctx context.Context, dir string) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf(format+": %w", append(a, ErrModel)...)
	}
	// Text encoder.
	var ok bool
	tin := p.text.Inputs()
	if p.textIn, ok = pick(tin, "input_ids"); !ok || len(tin) != 1 {
		return bad("text_encoder: want one input input_ids, have %v", tin)
	}
	if (p.textIn.Type != ort.Int32 && p.textIn.Type != ort.Int64) || len(p.textIn.Shape) != 2 {
		return bad("text_encoder: input_ids is %v, want int32 or int64 [batch, tokens]", p.textIn)
	}
	if n := p.textIn.Shape[1]; n > 0 && int(n) != p.tok.ContextLength() {
		if err := p.tok.SetContextLength(int(n)); err != nil {
			return bad("text_encoder: context length %d", n)
		}
	}
	if p.textOut, ok = pick(p.text.Outputs(), "last_hidden_state"); !ok || p.textOut.Type != ort.Float32 || len(p.textOut.Shape) != 3 {
		return bad("text_encoder: want output last_hidden_state float32 [batch, tokens, dim], have %v", p.text.Outputs())
	}
	// UNet.
	uin := p.unet.Inputs()
	if len(uin) != 3 {
		return bad("unet: want inputs sample, timestep, encoder_hidden_states, have %v", uin)
	}
	for _, x := range []struct {
		dst  *ort.IOInfo
		name string
	}{{&p.sampleIn, "sample"}, {&p.timestepIn, "timestep"}, {&p.hiddenIn, "encoder_hidden_states"}} {
		if *x.dst, ok = pick(uin, x.name); !ok {
			return bad("unet: no input %q among %v", x.name, uin)
		}
	}
	if p.sampleIn.Type != ort.Float32 || len(p.sampleIn.Shape) != 4 {
		return bad("unet: sample is %v, want float32 [batch, channels, h, w]", p.sampleIn)
	}
	if p.hiddenIn.Type != ort.Float32 || len(p.hiddenIn.Shape) != 3 {
		return bad("unet: encoder_hidden_states is %v, want float32 [batch, tokens, dim]", p.hiddenIn)
	}
	if p.timestepIn.Type == ort.Unsupported || len(p.timestepIn.Shape) > 1 {
		return bad("unet: timestep is %v, want float32/int64/int32 scalar or [batch]", p.timestepIn)
	}
	if b := p.sampleIn.Shape[0]; b > 2 {
		return bad("unet: fixed batch %d (want 1, 2 or dynamic)", b)
	}
	// Images batch together only when every batch dimension is free.
	p.batchable = p.sampleIn.Shape[0] < 0 && p.hiddenIn.Shape[0] < 0 &&
		(len(p.timestepIn.Shape) == 0 || p.timestepIn.Shape[0] < 0)
	p.latentChannels = int(p.sampleIn.Shape[1])
	if p.latentChannels <= 0 {
		var uc struct {
			InChannels int `json:"in_channels"`
		}
		_ = readJSONIfPresent(filepath.Join(dir, "unet/config.json"), &uc)
		p.latentChannels = max(uc.InChannels, 4)
	}
	if h, w := p.sampleIn.Shape[2], p.sampleIn.Shape[3]; h > 0 && w > 0 {
		p.fixedH, p.fixedW = int(h), int(w)
	}
	if p.unetOut, ok = pick(p.unet.Outputs(), "out_sample"); !ok || p.unetOut.Type != ort.Float32 || len(p.unetOut.Shape) != 4 {
		return bad("unet: want output out_sample float32 [batch, channels, h, w], have %v", p.unet.Outputs())
	}
	p.batchable = p.batchable && p.unetOut.Shape[0] < 0
	// Probe the text encoder: the hidden size must fit the UNet.
	hidden, err := p.encode(ctx, []string{""})
	if err != nil {
		return err
	}
	if d := p.hiddenIn.Shape[2]; d > 0 && d != hidden.Shape[2] {
		return bad("text_encoder gives dim %d, unet wants %d", hidden.Shape[2], d)
	}
	if l := p.hiddenIn.Shape[1]; l > 0 && l != hidden.Shape[1] {
		return bad("text_encoder gives %d tokens, unet wants %d", hidden.Shape[1], l)
	}
	// VAE decoder.
	vin := p.vae.Inputs()
	if p.vaeIn, ok = pick(vin, "latent_sample"); !ok || len(vin) != 1 || p.vaeIn.Type != ort.Float32 || len(p.vaeIn.Shape) != 4 {
		return bad("vae_decoder: want one input latent_sample float32 [batch, channels, h, w], have %v", vin)
	}
	if p.vaeOut, ok = pick(p.vae.Outputs(), "sample"); !ok || p.vaeOut.Type != ort.Float32 || len(p.vaeOut.Shape) != 4 {
		return bad("vae_decoder: want output sample float32 [batch, 3, H, W], have %v", p.vae.Outputs())
	}
	if c := p.vaeIn.Shape[1]; c > 0 && int(c) != p.latentChannels {
		return bad("vae_decoder takes %d channels, unet makes %d", c, p.latentChannels)
	}
	var vc struct {
		ScalingFactor    *float64 `json:"scaling_factor"`
		BlockOutChannels []int    `json:"block_out_channels"`
	}
	if err := readJSONIfPresent(filepath.Join(dir, "vae_decoder/config.json"), &vc); err != nil {
		return err
	}
	p.scaling = DefaultScalingFactor
	if vc.ScalingFactor != nil {
		if s := *vc.ScalingFactor; !(s > 0) || math.IsInf(s, 0) {
			return bad("vae_decoder/config.json: scaling_factor %g", s)
		}
		p.scaling = *vc.ScalingFactor
	}
	// Probe the decoder with a small latent to learn its upscaling factor.
	ph, pw := 8, 8
	if h, w := p.vaeIn.Shape[2], p.vaeIn.Shape[3]; h > 0 && w > 0 {
		ph, pw = int(h), int(w)
	}
	out, err := p.decodeRaw(ctx, make([]float32, p.latentChannels*ph*pw), ph, pw)
	if err != nil {
		return err
	}
	oh, ow := int(out.Shape[2]), int(out.Shape[3])
	if out.Shape[0] != 1 || out.Shape[1] != 3 || oh%ph != 0 || ow%pw != 0 || oh/ph != ow/pw || oh/ph < 1 {
		return bad("vae_decoder turns [1,%d,%d,%d] into %s, want [1,3,k*%d,k*%d]",
			p.latentChannels, ph, pw, ort.FormatShape(out.Shape), ph, pw)
	}
	p.vaeFactor = oh / ph
	if n := len(vc.BlockOutChannels); n > 0 && 1<<(n-1) != p.vaeFactor {
		p.log.Warn("vae_decoder/config.json block_out_channels disagrees with the model; using the model",
			"config_factor", 1<<(n-1), "model_factor", p.vaeFactor)
	}
	return nil
}

func readJSONIfPresent(path string, v any) error {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return readJSON(path, v)
}

func (p *Pipeline) setDefaults(dir string, ex candorExtras) error {
	side := 512
	if p.fixedW > 0 {
		p.defW, p.defH = p.fixedW*p.vaeFactor, p.fixedH*p.vaeFactor
	} else {
		var uc struct {
			SampleSize int `json:"sample_size"`
		}
		if err := readJSONIfPresent(filepath.Join(dir, "unet/config.json"), &uc); err != nil {
			return err
		}
		if uc.SampleSize > 0 {
			side = uc.SampleSize * p.vaeFactor
		}
		p.defW, p.defH = side, side
	}
	if ex.Width > 0 && ex.Height > 0 {
		p.defW, p.defH = ex.Width, ex.Height
	}
	p.maxSide = min(2048, max(1024, 2*max(p.defW, p.defH)))
	p.sizes = ex.Sizes
	if len(p.sizes) > 0 && ex.Width == 0 {
		p.defW, p.defH = p.sizes[0][0], p.sizes[0][1]
	}
	p.defSteps, p.defGuidance = 50, 7.5
	if ex.Steps > 0 {
		p.defSteps = ex.Steps
	}
	if ex.Guidance != nil {
		p.defGuidance = float32(*ex.Guidance)
	}
	name, known := scheduler.DefaultName(p.schedCfg.ClassName)
	if !known {
		p.log.Info("scheduler class not implemented; defaulting", "class", p.schedCfg.ClassName, "scheduler", name)
	}
	p.defScheduler = name
	if ex.Scheduler != "" {
		p.defScheduler = ex.Scheduler
	}
	// The defaults and every listed size must themselves be valid requests.
	sizes := slices.Clone(p.sizes)
	p.sizes = nil
	for _, s := range sizes {
		if _, err := p.resolve(pipeline.Request{Width: s[0], Height: s[1]}); err != nil {
			return fmt.Errorf("model_index.json candor.sizes: %w: %w", ErrModel, err)
		}
	}
	p.sizes = sizes
	req := pipeline.Request{N: 1}
	if _, err := p.resolve(req); err != nil {
		return fmt.Errorf("model defaults (%dx%d, %d steps, guidance %g, %s): %w: %w",
			p.defW, p.defH, p.defSteps, p.defGuidance, p.defScheduler, ErrModel, err)
	}
	return nil
}

// Defaults are the values used for zero fields of a Request.
func (p *Pipeline) Defaults() (width, height, steps int, guidance float32, scheduler string) {
	return p.defW, p.defH, p.defSteps, p.defGuidance, p.defScheduler
}

// Info names the model and the SHA-256 of each of its files.
func (p *Pipeline) Info() pipeline.ModelInfo {
	files := make(map[string]string, len(p.info.Files))
	for k, v := range p.info.Files {
		files[k] = v
	}
	return pipeline.ModelInfo{Name: p.info.Name, Files: files}
}

// Close releases the model's sessions.
func (p *Pipeline) Close() error {
	var errs []error
	for _, s := range []*ort.Session{p.text, p.unet, p.vae} {
		if s != nil {
			errs = append(errs, s.Close())
		}
	}
	return errors.Join(errs...)
}

// Schedulers lists the scheduler names a request may use.
func (p *Pipeline) Schedulers() []string { return slices.Clone(scheduler.Names) }
