package held

import (
	"context"
	"testing"
)

// Sizes: a 512x512 PNG from the diffusion pipeline is a few hundred KB.
const benchImage = 400 << 10

func BenchmarkPut(b *testing.B) {
	s := newEnv(b).open(b)
	px := randomBytes(benchImage)
	b.SetBytes(benchImage)
	for b.Loop() {
		if _, err := s.Put(context.Background(), sampleItem("acme", 0), px); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	s := newEnv(b).open(b)
	it := mustPut(b, s, sampleItem("acme", 0), randomBytes(benchImage))
	for b.Loop() {
		if _, err := s.Get(context.Background(), it.ID); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPixels(b *testing.B) {
	s := newEnv(b).open(b)
	it := mustPut(b, s, sampleItem("acme", 0), randomBytes(benchImage))
	b.SetBytes(benchImage)
	for b.Loop() {
		if _, err := s.Pixels(context.Background(), it.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutRelease is one hold and its release: two blob writes, two
// commits, one destroy and one WAL truncation.
func BenchmarkPutRelease(b *testing.B) {
	s := newEnv(b).open(b)
	px, signed := randomBytes(benchImage), randomBytes(benchImage)
	for b.Loop() {
		it, err := s.Put(context.Background(), sampleItem("acme", 0), px)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Release(context.Background(), it.ID, "rev", signed); err != nil {
			b.Fatal(err)
		}
	}
}
