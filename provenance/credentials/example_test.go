package credentials_test

import (
	"context"
	"crypto/x509"
	"fmt"
	"image"
	"image/color"
	"log"
	"os"

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
