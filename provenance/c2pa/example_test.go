package c2pa_test

import (
	"bytes"
	"context"
	"crypto"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"image"
	"image/png"
	"log"
	"os"

	"github.com/candor-ai/candor/provenance"
	"github.com/candor-ai/candor/provenance/c2pa"
)

func mustPEM(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	blk, _ := pem.Decode(b)
	if blk == nil {
		log.Fatalf("%s: no PEM block", path)
	}
	return blk.Bytes
}

// Sign a PNG with a C2PA signer certificate and verify it against its CA.
func Example() {
	leaf, err := x509.ParseCertificate(mustPEM("testdata/fixtures/private-ca/signer.pem"))
	if err != nil {
		log.Fatal(err)
	}
	key, err := x509.ParsePKCS8PrivateKey(mustPEM("testdata/fixtures/private-ca/signer.key"))
	if err != nil {
		log.Fatal(err)
	}
	ca, err := x509.ParseCertificate(mustPEM("testdata/fixtures/private-ca/ca.pem"))
	if err != nil {
		log.Fatal(err)
	}
	anchors := x509.NewCertPool()
	anchors.AddCert(ca)

	var img bytes.Buffer
	if err := png.Encode(&img, image.NewGray(image.Rect(0, 0, 8, 8))); err != nil {
		log.Fatal(err)
	}
	signed, _, err := c2pa.Sign(context.Background(), img.Bytes(), c2pa.SignOptions{
		Identity:       provenance.Identity{Signer: key.(crypto.Signer), Chain: []*x509.Certificate{leaf}},
		ClaimGenerator: "candor",
		Version:        "0.1.0",
		TrainingMining: c2pa.TrainingNotAllowed,
	})
	if err != nil {
		log.Fatal(err)
	}
	rep, err := c2pa.Verify(context.Background(), signed, c2pa.VerifyOptions{Anchors: anchors})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep.State, rep.AIGenerated, rep.ClaimGenerator, rep.Signer)
	fmt.Println(rep.Assertions)
	// Output:
	// trusted true candor/0.1.0 Example AI Images (Example C2PA Signer)
	// [c2pa.actions.v2 cawg.training-mining c2pa.hash.data]
}
