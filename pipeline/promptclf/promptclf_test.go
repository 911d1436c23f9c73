package promptclf_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/models/prompt"
	"github.com/candor-ai/candor/pipeline/promptclf"
)

var (
	builtinOnce sync.Once
	builtinM    *promptclf.Model
	builtinErr  error
)

func builtin(tb testing.TB) *promptclf.Model {
	tb.Helper()
	lib := orttest.Lib(tb)
	builtinOnce.Do(func() {
		builtinM, builtinErr = promptclf.Load(context.Background(), promptclf.Config{Files: promptclf.Builtin(), LibPath: lib, Sessions: 2})
	})
	if builtinErr != nil {
		tb.Fatal(builtinErr)
	}
	return builtinM
}

// TestParityWithTorch: the Go featuriser and ONNX Runtime give the scores
// torch computed at training time (training_info.json "reference").
func TestParityWithTorch(t *testing.T) {
	m := builtin(t)
	b, err := os.ReadFile("../../models/prompt/training_info.json")
	if err != nil {
		t.Fatal(err)
	}
	var info struct {
		Reference []struct {
			Text       string             `json:"text"`
			Normalized string             `json:"normalized"`
			Classes    []string           `json:"classes"`
			Scores     map[string]float64 `json:"scores"`
		} `json:"reference"`
	}
	if err := json.Unmarshal(b, &info); err != nil {
		t.Fatal(err)
	}
	if len(info.Reference) < 5 {
		t.Fatalf("%d reference prompts, want at least 5", len(info.Reference))
	}
	for _, r := range info.Reference {
		got, err := m.Score(context.Background(), r.Normalized, r.Classes)
		if err != nil {
			t.Fatal(err)
		}
		for l, want := range r.Scores {
			if math.Abs(got[l]-want) > 1e-4 {
				t.Errorf("%q: %s = %.6f, torch %.6f", r.Text, l, got[l], want)
			}
		}
	}
}

func TestScoreShape(t *testing.T) {
	m := builtin(t)
	if m.Name() != promptclf.BuiltinName || len(m.SHA256()) != 64 {
		t.Errorf("name %q sha %q", m.Name(), m.SHA256())
	}
	labels := m.Labels()
	long := strings.Repeat("a quiet castle on a green hill under a summer sky, ", 120)
	for _, text := range []string{"a red fox", "", long, "ребенок ﬁ 子供"} {
		s, err := m.Score(context.Background(), text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != len(labels) {
			t.Fatalf("%d scores for %d labels", len(s), len(labels))
		}
		for l, p := range s {
			if !(p >= 0 && p <= 1) {
				t.Errorf("%q: %s = %v", text[:min(20, len(text))], l, p)
			}
		}
	}
	if s, _ := m.Score(context.Background(), "", nil); s["none"] != 1 {
		t.Errorf("empty prompt: none = %v, want 1", s["none"])
	}
}

// A phrase at the end of a long prompt is scored as in a prompt of the
// last WindowWords words: padding cannot dilute it further.
func TestLongPromptWindows(t *testing.T) {
	m := builtin(t)
	f := m.Featurizer()
	if f.WindowWords == 0 {
		t.Skip("model scores whole prompts")
	}
	words := strings.Fields(strings.Repeat("a quiet castle on a green hill under a summer sky ", 40) + "naked porn sex")
	last := strings.Join(words[len(words)-f.WindowWords:], " ")
	tail, err := m.Score(context.Background(), last, nil)
	if err != nil {
		t.Fatal(err)
	}
	long, err := m.Score(context.Background(), strings.Join(words, " "), nil)
	if err != nil {
		t.Fatal(err)
	}
	for l, p := range tail {
		if long[l] < p-1e-6 {
			t.Errorf("%s: last window %.4f, whole long prompt %.4f", l, p, long[l])
		}
	}
}

func TestConcurrentScores(t *testing.T) {
	m := builtin(t)
	want, err := m.Score(context.Background(), "a castle on a cliff", nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got, err := m.Score(context.Background(), "a castle on a cliff", nil)
				if err != nil {
					errs <- err
					return
				}
				for l, p := range want {
					if got[l] != p {
						errs <- errors.New("scores differ between concurrent calls")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func TestCancelledContext(t *testing.T) {
	lib := orttest.Lib(t)
	m, err := promptclf.Load(context.Background(), promptclf.Config{Files: promptclf.Builtin(), LibPath: lib, Sessions: 1})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := m.Score(ctx, "a red fox", nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Score(context.Background(), "a red fox", nil); !errors.Is(err, promptclf.ErrClosed) {
		t.Errorf("after Close: %v, want ErrClosed", err)
	}
	if err := m.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestBadModels(t *testing.T) {
	lib := orttest.Lib(t)
	good := promptclf.Builtin()
	nsfwLike := good
	nsfwLike.Model = []byte("not an onnx model")
	cases := map[string]promptclf.Files{
		"no model":        {Labels: good.Labels, Featurizer: good.Featurizer},
		"garbage model":   nsfwLike,
		"bad labels":      {Model: good.Model, Labels: []byte(`{"a":1}`), Featurizer: good.Featurizer},
		"empty label":     {Model: good.Model, Labels: []byte(`["a",""]`), Featurizer: good.Featurizer},
		"bad featurizer":  {Model: good.Model, Labels: good.Labels, Featurizer: []byte(`{"version":"v9"}`)},
		"wrong label num": {Model: good.Model, Labels: []byte(`["a","b"]`), Featurizer: good.Featurizer},
	}
	for name, f := range cases {
		_, err := promptclf.Load(context.Background(), promptclf.Config{Files: f, LibPath: lib, Sessions: 1})
		if !errors.Is(err, promptclf.ErrModel) {
			t.Errorf("%s: %v, want ErrModel", name, err)
		}
	}
	if _, err := promptclf.ReadDir(t.TempDir()); !errors.Is(err, promptclf.ErrModel) {
		t.Errorf("empty dir: %v", err)
	}
	dir := t.TempDir()
	for name, b := range map[string][]byte{"model.onnx": prompt.Model(), "labels.json": prompt.Labels(), "featurizer.json": prompt.Featurizer()} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := promptclf.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := promptclf.Load(context.Background(), promptclf.Config{Name: "dir", Files: f, LibPath: lib, Sessions: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if m.Name() != "dir" {
		t.Errorf("name %q", m.Name())
	}
}
