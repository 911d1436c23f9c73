package diffusion

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/rand/v2"
)

// normalSource draws standard normal float32 values reproducibly.
//
// The generator is ChaCha8 from math/rand/v2 (a stable, specified stream),
// keyed by SHA-256("candor/diffusion/rng/v1" || seed as 8 little-endian
// bytes). Normals come from the Box-Muller transform over pairs of uniforms
// u1 in (0,1] (1 - Float64()) and u2 in [0,1):
// z0 = sqrt(-2 ln u1) cos(2 pi u2), z1 = sqrt(-2 ln u1) sin(2 pi u2),
// used in that order. An image's initial latents are drawn first, in NCHW
// order, then the ancestral noise of each step in turn. The same seed gives
// the same numbers on every machine and Go version.
type normalSource struct {
	r     *rand.Rand
	spare float64
	has   bool
}

func newNormalSource(seed uint64) *normalSource {
	h := sha256.New()
	h.Write([]byte("candor/diffusion/rng/v1"))
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], seed)
	h.Write(b[:])
	var key [32]byte
	copy(key[:], h.Sum(nil))
	return &normalSource{r: rand.New(rand.NewChaCha8(key))}
}

func (n *normalSource) next() float64 {
	if n.has {
		n.has = false
		return n.spare
	}
	u1 := 1 - n.r.Float64()
	u2 := n.r.Float64()
	rad := math.Sqrt(-2 * math.Log(u1))
	n.spare, n.has = rad*math.Sin(2*math.Pi*u2), true
	return rad * math.Cos(2*math.Pi*u2)
}

// fill writes standard normals into dst.
func (n *normalSource) fill(dst []float32) {
	for i := range dst {
		dst[i] = float32(n.next())
	}
}
