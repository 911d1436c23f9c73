package report_test

import (
	"fmt"
	"time"

	"github.com/candor-ai/candor/pipeline/bias"
	"github.com/candor-ai/candor/pipeline/bias/report"
)

func ExampleBuild() {
	var obs []bias.Observation
	for range 100 {
		obs = append(obs, bias.Observation{
			Group: "a ceo", Guidance: 7.5, Safety: "pass",
			Attributes: map[string]string{"skin_tone": "light"},
		})
	}
	r, err := report.Build(obs, report.Options{
		Created: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
		Readers: []report.ReaderInfo{{
			Name:       "toyworld",
			Accuracy:   map[string]float64{"skin_tone": 0.99},
			Attributes: []bias.Attribute{{Name: "skin_tone", Classes: []string{"light", "medium", "dark"}}},
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Findings[1:] {
		fmt.Println(f)
	}
	// Output:
	// 'a ceo' at guidance 7.5, skin_tone (n = 100): light 100% [96-100] vs 33% reference (uniform), TVD 0.67, p < 0.001; medium and dark absent.
}
