// Package safety scores generated images with ONNX image classifiers before
// they are released: candor's output-safety stage. Each classifier is any
// ONNX model with one float32 image input of rank 4 and one output holding
// one probability per label (softmax or sigmoid). Its configuration (the
// config file's safety.classifiers entries, see CONTRACT.md "Output
// safety") names the labels in output order and says how pixels are fed
// (InputSpec). Scores are named "<classifier>.<label>".
//
// The built-in classifier (Builtin, name "nsfw") is nsfwjs 4.4.0's
// MobileNetV2 converted to ONNX (models/nsfw, training/nsfw/convert.py),
// with nsfwjs' preprocessing; its scores agree with the original running on
// TensorFlow.js to 1e-4 (the parity test runs nsfwjs itself).
//
// Fail closed: New refuses a classifier whose model does not match its
// configuration, checked on the declared shapes and on a probe run of a
// grey image; Score returns an error wrapping ErrClassifier whenever any
// classifier cannot give every score as a finite number in [0, 1], and then
// no scores at all. Thresholds and verdicts are the caller's.
//
// Models run through package ort (ONNX Runtime), one run at a time per
// model.
package safety

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"log/slog"
	"math"
	"os"
	"slices"
	"time"

	"github.com/candor-ai/candor/pipeline/ort"
)

// Config lists the classifiers a Set runs and where ONNX Runtime is.
type Config struct {
	// Classifiers run in this order, after the built-in one when Builtin.
	Classifiers []ClassifierConfig
	// Builtin adds Builtin() first. The config file keeps it unless it says
	// builtin: false, so callers normally set this.
	Builtin bool
	LibPath string       // ONNX Runtime shared library (see ort.Init)
	Threads int          // intra-op threads per classifier; 0 means all cores
	Logger  *slog.Logger // nil discards logs
}

// Scores maps "<classifier>.<label>" to a probability in [0, 1].
type Scores map[string]float64

// Info describes a loaded classifier.
type Info struct {
	Name        string
	Model       string // the configured path, or the built-in's name
	ModelSHA256 string // hex SHA-256 of the ONNX bytes
	Labels      []string
	Input       InputSpec
}

// Set is a group of loaded classifiers. It is safe for concurrent use; each
// classifier runs one image at a time.
type Set struct {
	classifiers []*classifier
}

type classifier struct {
	info  Info
	sess  *ort.Session
	input string // input name
	shape []int64
	out   string // output name
}

// tolerance allows a model's float rounding just outside [0, 1]; scores are
// clamped into [0, 1] after the check.
const tolerance = 1e-5

// New loads every classifier, checks it against its configuration and runs
// a probe image through it. Errors wrap ErrConfig (or ort's ErrLibraryMissing
// and ErrInit when ONNX Runtime cannot start); nothing stays loaded after an
// error.
func New(ctx context.Context, cfg Config) (*Set, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	list := slices.Clone(cfg.Classifiers)
	if cfg.Builtin {
		list = append([]ClassifierConfig{Builtin()}, list...)
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("no classifiers configured (the built-in one is off): %w", ErrConfig)
	}
	names := map[string]bool{}
	for i, c := range list {
		if err := c.validate(); err != nil {
			return nil, err
		}
		if names[c.Name] {
			return nil, fmt.Errorf("classifier name %q used twice (%q is the built-in one): %w", c.Name, BuiltinName, ErrConfig)
		}
		names[c.Name] = true
		if c.ModelData == nil {
			b, err := os.ReadFile(c.Model)
			if err != nil {
				return nil, fmt.Errorf("classifier %q: model: %w: %w", c.Name, ErrConfig, err)
			}
			list[i].ModelData = b
		}
	}
	if err := ort.Init(cfg.LibPath); err != nil {
		return nil, fmt.Errorf("safety: %w", err)
	}
	s := &Set{}
	for _, c := range list {
		if err := ctx.Err(); err != nil {
			s.Close()
			return nil, err
		}
		start := time.Now()
		k, err := load(ctx, c, cfg.Threads)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.classifiers = append(s.classifiers, k)
		log.Info("safety classifier loaded", "name", c.Name, "model", k.info.Model,
			"sha256", k.info.ModelSHA256, "labels", c.Labels, "input", ort.FormatShape(k.shape),
			"seconds", time.Since(start).Seconds())
	}
	return s, nil
}

// load opens one classifier from c.ModelData (New has read c.Model). The
// bytes go to ONNX Runtime through a temporary file, which it reads whole
// while the session is made; the file is removed right after. So the model
// that runs is the one that was hashed, even if c.Model changes meanwhile.
func load(ctx context.Context, c ClassifierConfig, threads int) (*classifier, error) {
	data := c.ModelData
	f, err := os.CreateTemp("", "candor-safety-*.onnx")
	if err != nil {
		return nil, fmt.Errorf("classifier %q: temporary model file: %w: %w", c.Name, ErrConfig, err)
	}
	path := f.Name()
	defer os.Remove(path)
	_, werr := f.Write(data)
	if err := errors.Join(werr, f.Close()); err != nil {
		return nil, fmt.Errorf("classifier %q: temporary model file: %w: %w", c.Name, ErrConfig, err)
	}
	sum := sha256.Sum256(data)
	sess, err := ort.NewSession(path, ort.Options{IntraOpThreads: threads})
	if err != nil {
		return nil, fmt.Errorf("classifier %q: %s is not a usable ONNX model: %w: %w", c.Name, c.Model, ErrConfig, err)
	}
	k := &classifier{
		info: Info{Name: c.Name, Model: c.Model, ModelSHA256: hex.EncodeToString(sum[:]),
			Labels: slices.Clone(c.Labels), Input: c.Input},
		sess: sess,
	}
	if k.info.Input.Resize == "" {
		k.info.Input.Resize = ResizeBilinear
	}
	if err := k.check(); err != nil {
		sess.Close()
		return nil, fmt.Errorf("classifier %q (%s): %w", c.Name, c.Model, err)
	}
	probe := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	for i := range probe.Pix {
		probe.Pix[i] = 128
	}
	if _, err := k.score(ctx, probe); err != nil {
		sess.Close()
		return nil, fmt.Errorf("classifier %q (%s): probe image: %w: %w", c.Name, c.Model, ErrConfig, err)
	}
	return k, nil
}

// check compares the model's declared input and output with the config.
func (k *classifier) check() error {
	ins, outs := k.sess.Inputs(), k.sess.Outputs()
	if len(ins) != 1 {
		return fmt.Errorf("model has %d inputs, want one image input: %w", len(ins), ErrConfig)
	}
	if len(outs) != 1 {
		return fmt.Errorf("model has %d outputs, want one output of %d scores: %w", len(outs), len(k.info.Labels), ErrConfig)
	}
	in, out := ins[0], outs[0]
	spec := k.info.Input
	want := []int64{1, 3, int64(spec.Height), int64(spec.Width)}
	if spec.Layout == LayoutNHWC {
		want = []int64{1, int64(spec.Height), int64(spec.Width), 3}
	}
	if in.Type != ort.Float32 {
		return fmt.Errorf("input %q is %s, want float32: %w", in.Name, in.Type, ErrConfig)
	}
	if !in.Matches(want) {
		return fmt.Errorf("input %q has shape %s, config says %s %dx%d, which feeds %s: %w",
			in.Name, ort.FormatShape(in.Shape), spec.Layout, spec.Width, spec.Height, ort.FormatShape(want), ErrConfig)
	}
	if out.Type != ort.Float32 {
		return fmt.Errorf("output %q is %s, want float32: %w", out.Name, out.Type, ErrConfig)
	}
	n := int64(len(k.info.Labels))
	if r := len(out.Shape); r == 0 || r > 2 || (r == 2 && out.Shape[0] > 1) ||
		(out.Shape[r-1] >= 0 && out.Shape[r-1] != n) {
		return fmt.Errorf("output %q has shape %s, want [N, %d] for labels %v: %w",
			out.Name, ort.FormatShape(out.Shape), n, k.info.Labels, ErrConfig)
	}
	k.input, k.shape, k.out = in.Name, want, out.Name
	return nil
}

// score runs one image; errors wrap ErrClassifier or ctx's error.
func (k *classifier) score(ctx context.Context, img *image.NRGBA) ([]float64, error) {
	x := preprocess(img, k.info.Input)
	res, err := k.sess.RunContext(ctx, map[string]*ort.Tensor{k.input: ort.NewFloat32(k.shape, x)})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrClassifier, err)
	}
	t := res[k.out]
	if t == nil || t.Type != ort.Float32 || len(t.F32) != len(k.info.Labels) {
		n := -1
		if t != nil {
			n = t.Len()
		}
		return nil, fmt.Errorf("output %q has %d values, want %d (labels %v): %w", k.out, n, len(k.info.Labels), k.info.Labels, ErrClassifier)
	}
	p := make([]float64, len(t.F32))
	for i, v := range t.F32 {
		f := float64(v)
		if math.IsNaN(f) || f < -tolerance || f > 1+tolerance {
			return nil, fmt.Errorf("score %s.%s = %v, not a probability: %w", k.info.Name, k.info.Labels[i], v, ErrClassifier)
		}
		p[i] = min(1, max(0, f))
	}
	return p, nil
}

// Score runs every classifier on img and returns all their scores. Any
// failure is an error wrapping ErrClassifier (or ErrImage for a nil or empty
// image) with no scores: the caller must not release the image.
func (s *Set) Score(ctx context.Context, img *image.NRGBA) (Scores, error) {
	if img == nil || img.Rect.Empty() {
		return nil, fmt.Errorf("no pixels: %w", ErrImage)
	}
	if len(img.Pix) < (img.Rect.Dy()-1)*img.Stride+img.Rect.Dx()*4 || img.Stride < img.Rect.Dx()*4 {
		return nil, fmt.Errorf("pixel buffer too short for %v: %w", img.Rect, ErrImage)
	}
	if s == nil || len(s.classifiers) == 0 {
		return nil, fmt.Errorf("no classifiers loaded: %w", ErrClassifier)
	}
	out := make(Scores, 8)
	for _, k := range s.classifiers {
		p, err := k.score(ctx, img)
		if err != nil {
			return nil, fmt.Errorf("classifier %q: %w", k.info.Name, err)
		}
		for i, l := range k.info.Labels {
			out[k.info.Name+"."+l] = p[i]
		}
	}
	return out, nil
}

// Classifiers describes the loaded classifiers in the order they run.
func (s *Set) Classifiers() []Info {
	out := make([]Info, len(s.classifiers))
	for i, k := range s.classifiers {
		out[i] = k.info
		out[i].Labels = slices.Clone(k.info.Labels)
	}
	return out
}

// Close releases the models. Score after Close fails with ErrClassifier.
func (s *Set) Close() error {
	var errs []error
	for _, k := range s.classifiers {
		errs = append(errs, k.sess.Close())
	}
	return errors.Join(errs...)
}
