package bias

import (
	"context"
	"errors"
	"fmt"
	"image"
	"log/slog"
	"math"
	"strings"

	"github.com/candor-ai/candor/pipeline/safety"
)

// ONNXConfig configures ONNX attribute classifiers (an institution's
// perceived-gender or age model, say): each is a safety.ClassifierConfig,
// the config shape of the output-safety classifiers (CONTRACT.md "Output
// safety"), loaded, checked and fed by package safety exactly as those
// are. A classifier's name is its attribute; its labels are the classes.
type ONNXConfig struct {
	Classifiers []safety.ClassifierConfig
	// MinConfidence: when the top label's score is below it, the attribute
	// is Unknown. 0 always takes the top label.
	MinConfidence float64
	LibPath       string       // ONNX Runtime shared library (see ort.Init)
	Threads       int          // intra-op threads per classifier; 0 means all cores
	Logger        *slog.Logger // nil discards logs
}

// ONNX reads attributes with ONNX image classifiers: each attribute's class
// is its classifier's top label (argmax of its scores). It is safe for
// concurrent use.
type ONNX struct {
	set   *safety.Set
	attrs []Attribute
	min   float64
}

// NewONNX loads the classifiers through safety.New (so a model that does
// not match its configuration is refused at start, as a safety classifier
// would be). Errors wrap ErrConfig, or safety's and ort's errors.
func NewONNX(ctx context.Context, cfg ONNXConfig) (*ONNX, error) {
	if len(cfg.Classifiers) == 0 {
		return nil, fmt.Errorf("no attribute classifiers: %w", ErrConfig)
	}
	if !(cfg.MinConfidence >= 0 && cfg.MinConfidence <= 1) {
		return nil, fmt.Errorf("min confidence %v: want [0, 1]: %w", cfg.MinConfidence, ErrConfig)
	}
	for _, c := range cfg.Classifiers {
		if c.Name == Unknown || c.Name == "" {
			return nil, fmt.Errorf("classifier name %q: %w", c.Name, ErrConfig)
		}
		for _, l := range c.Labels {
			if l == Unknown {
				return nil, fmt.Errorf("classifier %q: label %q is reserved: %w", c.Name, Unknown, ErrConfig)
			}
		}
	}
	set, err := safety.New(ctx, safety.Config{
		Classifiers: cfg.Classifiers, LibPath: cfg.LibPath, Threads: cfg.Threads, Logger: cfg.Logger,
	})
	if err != nil {
		if errors.Is(err, safety.ErrConfig) {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
		return nil, err
	}
	r := &ONNX{set: set, min: cfg.MinConfidence}
	for _, info := range set.Classifiers() {
		r.attrs = append(r.attrs, Attribute{Name: info.Name, Classes: info.Labels})
	}
	return r, nil
}

// Name is "onnx:" and the classifier names, joined by "+".
func (r *ONNX) Name() string {
	names := make([]string, len(r.attrs))
	for i, a := range r.attrs {
		names[i] = a.Name
	}
	return "onnx:" + strings.Join(names, "+")
}

// Attributes lists one attribute per classifier, its labels as classes.
func (r *ONNX) Attributes() []Attribute {
	out := make([]Attribute, len(r.attrs))
	for i, a := range r.attrs {
		out[i] = Attribute{Name: a.Name, Classes: append([]string(nil), a.Classes...)}
	}
	return out
}

// Classifiers describes the loaded models (paths, SHA-256, input specs).
func (r *ONNX) Classifiers() []safety.Info { return r.set.Classifiers() }

// Read runs every classifier. Errors wrap ErrImage, or ErrRead with
// safety's error (no attributes then).
func (r *ONNX) Read(ctx context.Context, img *image.NRGBA) (map[string]string, error) {
	if err := checkImage(img); err != nil {
		return nil, err
	}
	scores, err := r.set.Score(ctx, img)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%w: %w", ErrRead, err)
	}
	out := make(map[string]string, len(r.attrs))
	for _, a := range r.attrs {
		best, bs := Unknown, math.Inf(-1)
		for _, c := range a.Classes {
			s, ok := scores[a.Name+"."+c]
			if !ok {
				return nil, fmt.Errorf("no score %s.%s: %w", a.Name, c, ErrRead)
			}
			if s > bs {
				best, bs = c, s
			}
		}
		if bs < r.min {
			best = Unknown
		}
		out[a.Name] = best
	}
	return out, nil
}

// Close releases the models.
func (r *ONNX) Close() error { return r.set.Close() }

var _ Reader = (*ONNX)(nil)
