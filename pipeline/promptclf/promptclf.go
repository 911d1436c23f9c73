// Package promptclf is candor's learned prompt classifier: hashed word and
// character n-grams of the policy's normalised prompt (see Featurizer), an
// embedding bag (the masked mean of the features' embeddings) and a linear
// layer with one sigmoid per label (fastText-style), run on ONNX Runtime
// through pipeline/ort. Any model with the same inputs and output runs. It scores the prompt
// policy's labels (minors, sexual_real_people, nudify, impersonation,
// artists, violence, hate, selfharm, news, explicit, none); the decision is
// the policy's (policies/prompt.rego, thresholds in policies/classifier.json).
// *Model satisfies policy.Scorer without importing it.
//
// A model directory holds model.onnx (inputs "ids" int64 [B, L] and either
// "weights" float32 [B, 1, L], each real feature's share of the mean (1/n,
// padding 0), or "mask" float32 [B, L], 1 for a real feature and 0 for
// padding; output "scores" float32 [B, K]), labels.json (the K labels
// in output order) and featurizer.json (the Featurizer's parameters). The
// built-in one is embedded from models/prompt; training/prompt/train.py
// makes one from an institution's examples.
package promptclf

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/candor-ai/candor/models/prompt"
	"github.com/candor-ai/candor/pipeline/ort"
)

// BuiltinName is the built-in model's name in decisions and logs.
const BuiltinName = "builtin:prompt"

// Files are a model's parts, read from a directory or the built-in copy.
type Files struct {
	Model      []byte
	Labels     []byte
	Featurizer []byte
}

// Builtin is the model embedded from models/prompt.
func Builtin() Files {
	return Files{Model: prompt.Model(), Labels: prompt.Labels(), Featurizer: prompt.Featurizer()}
}

// ReadDir reads a model directory (model.onnx, labels.json, featurizer.json).
func ReadDir(dir string) (Files, error) {
	var f Files
	for name, dst := range map[string]*[]byte{"model.onnx": &f.Model, "labels.json": &f.Labels, "featurizer.json": &f.Featurizer} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return Files{}, fmt.Errorf("prompt classifier %s: %w: %w", dir, ErrModel, err)
		}
		*dst = b
	}
	return f, nil
}

// Config configures Load.
type Config struct {
	// Name is reported as input.classifier.model (BuiltinName by default).
	Name    string
	Files   Files
	LibPath string // ONNX Runtime shared library (see ort.Init)
	// Sessions is how many ONNX Runtime sessions serve concurrent calls
	// (each runs one prompt at a time on one thread); 0 means
	// min(GOMAXPROCS, 4).
	Sessions int
}

// Model scores prompts. It is safe for concurrent use.
type Model struct {
	name    string
	sha256  string
	labels  []string
	feat    Featurizer
	runners chan *runner
	all     []*runner
}

// runner is one session with its bound buffers, used by one call at a time.
// It binds one set of buffers per input length in lengths (up to MaxLen):
// a prompt runs padded to the shortest that holds its features, since the
// run's cost grows with the padded length.
type runner struct {
	sess    *ort.Session
	weights bool // the model takes the mean's weights, not a mask
	binds   []binding
	out     []float32
	st      *featureState
	buf     []int64
}

type binding struct {
	prep *ort.Prepared
	ids  []int64
	mask []float32 // the mask, or with weights the mean's weights
}

// minBinding is the shortest input length bound; each next one doubles.
const minBinding = 128

// Load checks the files, opens the sessions and scores a probe prompt.
func Load(ctx context.Context, cfg Config) (*Model, error) {
	f := cfg.Files
	if len(f.Model) == 0 {
		return nil, fmt.Errorf("prompt classifier: no model bytes: %w", ErrModel)
	}
	var labels []string
	if err := json.Unmarshal(f.Labels, &labels); err != nil {
		return nil, fmt.Errorf("prompt classifier labels.json: %w: %w", ErrModel, err)
	}
	if len(labels) == 0 || slices.Contains(labels, "") {
		return nil, fmt.Errorf("prompt classifier labels.json: want a list of non-empty labels: %w", ErrModel)
	}
	feat, err := ParseFeaturizer(f.Featurizer)
	if err != nil {
		return nil, fmt.Errorf("prompt classifier featurizer.json: %w", err)
	}
	if err := ort.Init(cfg.LibPath); err != nil {
		return nil, fmt.Errorf("prompt classifier: %w", err)
	}
	n := cfg.Sessions
	if n <= 0 {
		n = min(runtime.GOMAXPROCS(0), 4)
	}
	sum := sha256.Sum256(f.Model)
	m := &Model{name: cfg.Name, sha256: hex.EncodeToString(sum[:]), labels: labels, feat: feat, runners: make(chan *runner, n)}
	if m.name == "" {
		m.name = BuiltinName
	}
	// ONNX Runtime reads the model from a path: a temporary file, removed
	// once the sessions hold it, so what runs is what was hashed.
	tmp, err := os.CreateTemp("", "candor-prompt-*.onnx")
	if err != nil {
		return nil, fmt.Errorf("prompt classifier: temporary model file: %w", err)
	}
	path := tmp.Name()
	defer os.Remove(path)
	_, werr := tmp.Write(f.Model)
	if err := errors.Join(werr, tmp.Close()); err != nil {
		return nil, fmt.Errorf("prompt classifier: temporary model file: %w", err)
	}
	for range n {
		r, err := m.newRunner(path)
		if err != nil {
			m.Close()
			return nil, err
		}
		m.all = append(m.all, r)
		m.runners <- r
	}
	if _, err := m.Score(ctx, "a probe prompt", nil); err != nil {
		m.Close()
		return nil, fmt.Errorf("prompt classifier: probe: %w", err)
	}
	return m, nil
}

func (m *Model) newRunner(path string) (*runner, error) {
	sess, err := ort.NewSession(path, ort.Options{IntraOpThreads: 1})
	if err != nil {
		return nil, fmt.Errorf("prompt classifier: %w: %w", ErrModel, err)
	}
	ins, outs := sess.Inputs(), sess.Outputs()
	ok := len(ins) == 2 && len(outs) == 1
	second := "mask"
	if ok {
		idsIn, ok1 := sess.Input("ids")
		maskIn, ok2 := sess.Input("mask")
		if !ok2 {
			second = "weights"
			maskIn, ok2 = sess.Input("weights")
		}
		ok = ok1 && ok2 && idsIn.Type == ort.Int64 && maskIn.Type == ort.Float32 && outs[0].Type == ort.Float32
	}
	if !ok {
		sess.Close()
		return nil, fmt.Errorf("prompt classifier: model declares %v -> %v, want ids int64 [B,L] and weights float32 [B,1,L] or mask float32 [B,L] -> float32 [B,%d]: %w",
			ins, outs, len(m.labels), ErrModel)
	}
	r := &runner{sess: sess, weights: second == "weights", out: make([]float32, len(m.labels)), st: newFeatureState(), buf: make([]int64, 0, m.feat.MaxLen)}
	for L := min(minBinding, m.feat.MaxLen); ; L = min(2*L, m.feat.MaxLen) {
		b := binding{ids: make([]int64, L), mask: make([]float32, L)}
		shape := []int64{1, int64(L)}
		if r.weights {
			shape = []int64{1, 1, int64(L)}
		}
		b.prep, err = sess.Prepare(
			map[string]*ort.Tensor{"ids": ort.NewInt64([]int64{1, int64(L)}, b.ids), second: ort.NewFloat32(shape, b.mask)},
			map[string]*ort.Tensor{outs[0].Name: ort.NewFloat32([]int64{1, int64(len(m.labels))}, r.out)})
		if err != nil {
			r.close()
			return nil, fmt.Errorf("prompt classifier: %w: %w", ErrModel, err)
		}
		r.binds = append(r.binds, b)
		if L == m.feat.MaxLen {
			return r, nil
		}
	}
}

// close releases the bindings and the session.
func (r *runner) close() error {
	var errs []error
	for _, b := range r.binds {
		errs = append(errs, b.prep.Close())
	}
	r.binds = nil
	if r.sess != nil {
		errs = append(errs, r.sess.Close())
		r.sess = nil
	}
	return errors.Join(errs...)
}

// Name is the model's name (for input.classifier.model).
func (m *Model) Name() string { return m.name }

// SHA256 is the hex SHA-256 of the ONNX model that runs.
func (m *Model) SHA256() string { return m.sha256 }

// Labels are the labels Score reports, in the model's output order.
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// Featurizer is the model's featuriser.
func (m *Model) Featurizer() Featurizer { return m.feat }

// Score scores a normalised prompt (policy.Normalized.Text) with the
// lexicon classes the policy found in it: one score in [0, 1] per label.
// A prompt longer than the featuriser's WindowWords is scored in windows of
// that many words overlapping by half, each with the prompt's classes, and
// each label keeps its highest score: an average over the whole prompt
// would let a long benign padding dilute a short harmful phrase. A prompt
// with no features scores 0 everywhere except "none", 1.
func (m *Model) Score(ctx context.Context, text string, classes []string) (map[string]float64, error) {
	var r *runner
	select {
	case r = <-m.runners:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { m.runners <- r }()
	if r.sess == nil {
		return nil, ErrClosed
	}
	scores := make(map[string]float64, len(m.labels))
	best := make([]float32, len(m.labels))
	runs := 0
	err := m.feat.windows(text, func(window string) error {
		feats := m.feat.features(window, classes, r.buf[:0], r.st)
		r.buf = feats[:0]
		if len(feats) == 0 {
			return nil
		}
		b := r.binds[len(r.binds)-1]
		for _, c := range r.binds {
			if len(c.ids) >= len(feats) {
				b = c
				break
			}
		}
		n := copy(b.ids, feats) // at most MaxLen; the rest of a window is cut
		clear(b.ids[n:])
		on := float32(1)
		if r.weights {
			on = 1 / float32(n) // the mean's weights: the graph's MatMul is the mean
		}
		for i := range b.mask {
			b.mask[i] = 0
			if i < n {
				b.mask[i] = on
			}
		}
		if err := b.prep.Run(ctx); err != nil {
			return fmt.Errorf("%w: %w", ErrRun, err)
		}
		for k, v := range r.out {
			if runs == 0 || v > best[k] {
				best[k] = v
			}
		}
		runs++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if runs == 0 {
		for _, l := range m.labels {
			scores[l] = 0
		}
		if _, ok := scores["none"]; ok {
			scores["none"] = 1
		}
		return scores, nil
	}
	for k, l := range m.labels {
		scores[l] = unitScore(best[k])
	}
	return scores, nil
}

// sigmoidSlack is how far outside [0, 1] ONNX Runtime's Sigmoid may round:
// its vectorised logistic gives 1.0000001 (one float32 ulp over 1) for large
// logits. Such a score is the sigmoid's own limit, not a broken model.
const sigmoidSlack = 1e-6

// unitScore returns v as a float64, with a rounding overshoot of at most
// sigmoidSlack clamped into [0, 1]. Anything further out (and NaN) is left
// as it is, for the policy to refuse as a broken model.
func unitScore(v float32) float64 {
	p := float64(v)
	switch {
	case p > 1 && p <= 1+sigmoidSlack:
		return 1
	case p < 0 && p >= -sigmoidSlack:
		return 0
	}
	return p
}

// Close releases the sessions. Calls after Close fail with ErrClosed.
func (m *Model) Close() error {
	var errs []error
	for range m.all {
		<-m.runners // every runner back, so none is in use
	}
	for _, r := range m.all {
		errs = append(errs, r.close())
	}
	for _, r := range m.all {
		m.runners <- r
	}
	m.all = nil
	return errors.Join(errs...)
}
