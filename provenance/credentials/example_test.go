package credentials_test

import (
	"context"
	"crypto/x509"
	"fmt"
	"image"
	"image/color"
	"log"
	"os"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/certs"
	"github.com/candor-ai/candor/provenance/credentials"
)

// Issue Content Credentials for a generated image with the development
// identity, then verify them with the development CA as trust anchor.
func Example() {
	dir, err := os.MkdirTemp("", "candor-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	id, devCA, err := certs.EnsureDevIdentity(dir)
	if err != nil {
		log.Fatal(err)
	}
	anchors := x509.NewCertPool()
	anchors.AddCert(devCA)
	svc, err := credentials.New(credentials.Config{Identity: id, Anchors: anchors, Version: "0.1.0"})
	if err != nil {
		log.Fatal(err)
	}

	img := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	for i := 0; i < 64; i++ {
		img.SetNRGBA(i, i, color.NRGBA{255, 0, 0, 255})
	}
	png, issued, err := svc.Issue(context.Background(), img, credentials.IssueOptions{Format: "png", VisibleMark: true})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("issued:", issued.Report.State)

	rep, err := svc.Verify(context.Background(), png)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("verified:", rep.State, "AI-generated:", rep.AIGenerated)
	// Output:
	// issued: trusted
	// verified: trusted AI-generated: true
}

// Issue a blurred image: the safety record goes into ai.candor.generation
// and the blur is declared as a c2pa.filtered action after c2pa.created.
func ExampleService_Issue_blurred() {
	dir, err := os.MkdirTemp("", "candor-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	id, _, err := certs.EnsureDevIdentity(dir)
	if err != nil {
		log.Fatal(err)
	}
	svc, err := credentials.New(credentials.Config{Identity: id, Version: "0.1.0"})
	if err != nil {
		log.Fatal(err)
	}
	blurred := image.NewNRGBA(image.Rect(0, 0, 64, 64)) // the safety stage's blurred pixels
	gen := &provenance.Generation{
		Model: "candor-tiny", Safety: provenance.SafetyBlurred,
		SafetyRecord: &provenance.SafetyRecord{
			Verdict:     provenance.SafetyBlurred,
			Classifiers: []provenance.SafetyClassifier{{Name: "nsfw", ModelSHA256: "9f2b...", Labels: []string{"drawing", "hentai", "neutral", "porn", "sexy"}}},
			Scores:      map[string]float64{"nsfw.sexy": 0.71},
			Thresholds:  map[string]map[string]float64{"nsfw.sexy": {"blur": 0.5}},
			Reasons:     []provenance.SafetyReason{{Rule: "blur", Label: "nsfw.sexy", Score: 0.71, Threshold: 0.5}},
		},
	}
	file, _, err := svc.Issue(context.Background(), blurred, credentials.IssueOptions{
		Generation:    gen,
		SafetyAltered: &credentials.Alteration{Action: credentials.AlterationBlurred, Reason: "nsfw.sexy 0.71 >= 0.50"},
	})
	if err != nil {
		log.Fatal(err)
	}
	rep, err := svc.Verify(context.Background(), file)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range rep.Actions {
		fmt.Printf("%s %q\n", a.Action, a.Description)
	}
	fmt.Println("verdict:", rep.Generation.SafetyRecord.Verdict, rep.Generation.SafetyRecord.Scores["nsfw.sexy"])
	// Output:
	// c2pa.created ""
	// c2pa.filtered "blurred by candor's output safety stage: nsfw.sexy 0.71 >= 0.50"
	// verdict: blurred 0.71
}
