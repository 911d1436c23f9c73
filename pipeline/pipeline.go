// Package pipeline declares what candor needs from an image generator: the
// request and result types and the Generator interface. Implementations live
// below it (pipeline/diffusion over pipeline/ort).
package pipeline

import (
	"context"
	"image"
)

// Request asks for N images from one prompt.
type Request struct {
	Prompt         string
	NegativePrompt string
	Width, Height  int     // 0 means the model's default
	Steps          int     // 0 means the model's default
	Guidance       float32 // classifier-free guidance scale; negative is invalid
	Seed           uint64
	N              int    // images, 1..4 at the API
	Scheduler      string // "" means the model's default
}

// Image is one generated picture.
type Image struct {
	Pixels *image.NRGBA
	Seed   uint64 // the seed that reproduces exactly this image
}

// ModelInfo identifies the model that made an image.
type ModelInfo struct {
	Name  string
	Files map[string]string // path inside the model dir -> hex SHA-256
}

// Result is what Generate returns.
type Result struct {
	Images        []Image
	Model         ModelInfo
	Scheduler     string
	Steps         int
	Guidance      float32
	Width, Height int
}

// Progress is called after each denoising step. Preview, when non-nil, decodes
// the current latents into a picture (costly; call it only when needed).
type Progress func(step, total int, preview func() (*image.NRGBA, error))

// Generator turns a Request into images.
type Generator interface {
	Generate(ctx context.Context, req Request, progress Progress) (Result, error)
	Info() ModelInfo
}
