package c2pa

import (
	"bytes"
	"context"
	"image/png"
	"testing"
)

// BenchmarkEncodePNG512 is the baseline: png.Encode of a 512x512 image.
func BenchmarkEncodePNG512(b *testing.B) {
	img := testImage(512, 512)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := png.Encode(&buf, img); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignPNG512 signs and embeds a manifest into the encoded 512x512
// PNG (target: under 10% of BenchmarkEncodePNG512).
func BenchmarkSignPNG512(b *testing.B) {
	pki := newTestPKI(b, p256(b))
	asset := encodePNG(b, 512, 512)
	opts := SignOptions{Identity: pki.id, ClaimGenerator: "candor", Version: "bench", Generation: testGeneration(), TrainingMining: TrainingNotAllowed}
	for b.Loop() {
		if _, _, err := Sign(context.Background(), asset, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify verifies a signed 512x512 PNG with trust anchors.
func BenchmarkVerify(b *testing.B) {
	pki := newTestPKI(b, p256(b))
	signed, _, err := Sign(context.Background(), encodePNG(b, 512, 512), SignOptions{Identity: pki.id, ClaimGenerator: "candor", Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	opts := VerifyOptions{Anchors: pki.anchors}
	for b.Loop() {
		rep, err := Verify(context.Background(), signed, opts)
		if err != nil || rep.State != "trusted" {
			b.Fatal(err, rep.State)
		}
	}
}

// BenchmarkVerifyJPEGFixture verifies a c2pa-rs-signed JPEG (PS256, 117 KB manifest).
func BenchmarkVerifyJPEGFixture(b *testing.B) {
	data := readFixture(b, "CA.jpg")
	for b.Loop() {
		if _, err := Verify(context.Background(), data, VerifyOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
