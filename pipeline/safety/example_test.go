package safety_test

import (
	"context"
	"fmt"
	"image/color"
	"log"
	"os"

	"github.com/candor-ai/candor/pipeline/safety"
	"github.com/candor-ai/candor/pipeline/safety/safetytest"
)

// A Set with the built-in classifier and a custom one scores a picture;
// thresholds are applied by the caller.
func Example() {
	set, err := safety.New(context.Background(), safety.Config{
		Builtin:     true,
		Classifiers: []safety.ClassifierConfig{safetytest.Red("custom")},
		LibPath:     os.Getenv("CANDOR_ORT_LIB"),
	})
	if err != nil {
		log.Fatal(err) // wraps safety.ErrConfig: do not start
	}
	defer set.Close()
	scores, err := set.Score(context.Background(), safetytest.Solid(64, 64, color.NRGBA{255, 0, 0, 255}))
	if err != nil {
		log.Fatal(err) // wraps safety.ErrClassifier: do not release the image
	}
	fmt.Println(scores["custom.unsafe"] > 0.5, len(scores))
}
