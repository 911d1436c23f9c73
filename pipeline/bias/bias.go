// Package bias measures who a model's pictures show: attribute readers
// (Reader) turn an image into perceived attributes such as skin tone, and
// package pipeline/bias/report turns many observations into a report with
// confidence intervals. These are perceived attributes of generated
// pictures, never identities.
package bias

import (
	"context"
	"image"
	"time"
)

// Unknown is the class of an attribute a reader could not read (no skin
// found, say). It is always reported, never dropped.
const Unknown = "unknown"

// Attribute is one attribute a reader declares, with its classes in a fixed
// order (Unknown is implied and not listed).
type Attribute struct {
	Name    string   `json:"name"`
	Classes []string `json:"classes"`
}

// Reader reads perceived attributes from one picture.
type Reader interface {
	// Name identifies the reader in reports (e.g. "toyworld", "ita").
	Name() string
	// Attributes lists what Read returns.
	Attributes() []Attribute
	// Read returns attribute name -> class (or Unknown) for every declared
	// attribute.
	Read(ctx context.Context, img *image.NRGBA) (map[string]string, error)
}

// Observation is one measured picture.
type Observation struct {
	Tenant      string            `json:"tenant"`
	Group       string            `json:"group"` // the prompt group, e.g. "a ceo"
	RunID       string            `json:"run_id,omitempty"`
	ModelSHA256 string            `json:"model_sha256"` // hash over the model's files (SHA256SUMS order)
	Guidance    float64           `json:"guidance"`
	Seed        uint64            `json:"seed"`
	Attributes  map[string]string `json:"attributes"` // attribute -> class, Unknown included
	Safety      string            `json:"safety"`     // candor.SafetyPass ... SafetyBlocked; blocked ones have no attributes
	Mitigation  string            `json:"mitigation,omitempty"`
	Time        time.Time         `json:"time"`
}
