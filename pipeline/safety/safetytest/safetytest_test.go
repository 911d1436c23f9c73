package safetytest_test

import (
	"context"
	"errors"
	"image/color"
	"math"
	"testing"

	"github.com/candor-ai/candor/internal/orttest"
	"github.com/candor-ai/candor/pipeline/safety"
	"github.com/candor-ai/candor/pipeline/safety/safetytest"
)

// TestDocumentedScores checks the numbers Red and BlueNaN promise.
func TestDocumentedScores(t *testing.T) {
	lib := orttest.Lib(t)
	s, err := safety.New(context.Background(), safety.Config{
		Classifiers: []safety.ClassifierConfig{safetytest.Red("r"), safetytest.BlueNaN("n")},
		LibPath:     lib, Threads: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sigmoid := func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
	for _, tc := range []struct {
		c    color.NRGBA
		want float64
	}{
		{color.NRGBA{255, 0, 0, 255}, sigmoid(6)},
		{color.NRGBA{128, 128, 128, 255}, sigmoid(-6)},
		{color.NRGBA{0, 255, 0, 255}, sigmoid(12 * (0 - 0.5 - 0.5))},
		{color.NRGBA{255, 0, 255, 128}, sigmoid(12 * (1 - 0.5 - 0.5))},
	} {
		sc, err := s.Score(context.Background(), safetytest.Solid(10, 10, tc.c))
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"r.unsafe", "n.unsafe"} {
			if math.Abs(sc[k]-tc.want) > 1e-5 {
				t.Errorf("%v: %s = %v, want %v", tc.c, k, sc[k], tc.want)
			}
		}
	}
	if _, err := s.Score(context.Background(), safetytest.Solid(10, 10, color.NRGBA{0, 0, 255, 255})); !errors.Is(err, safety.ErrClassifier) {
		t.Errorf("blue through BlueNaN: %v, want ErrClassifier", err)
	}
}
