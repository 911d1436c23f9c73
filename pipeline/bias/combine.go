package bias

import (
	"context"
	"fmt"
	"image"
	"slices"
	"strings"
)

// Combined reads a picture with several readers, as one Reader whose
// attributes are all of theirs (`candor bias measure` prints them). No two
// readers may declare the same attribute.
type Combined struct {
	readers []Reader
	attrs   []Attribute
}

// Combine checks that readers' attribute names are distinct. Errors wrap
// ErrConfig.
func Combine(readers ...Reader) (*Combined, error) {
	if len(readers) == 0 {
		return nil, fmt.Errorf("no readers: %w", ErrConfig)
	}
	c := &Combined{readers: slices.Clone(readers)}
	owner := map[string]string{}
	for _, r := range readers {
		for _, a := range r.Attributes() {
			if o, ok := owner[a.Name]; ok {
				return nil, fmt.Errorf("attribute %q declared by both %s and %s: %w", a.Name, o, r.Name(), ErrConfig)
			}
			owner[a.Name] = r.Name()
			c.attrs = append(c.attrs, Attribute{Name: a.Name, Classes: slices.Clone(a.Classes)})
		}
	}
	return c, nil
}

// Readers returns the combined readers in order.
func (c *Combined) Readers() []Reader { return slices.Clone(c.readers) }

// Name joins the readers' names with "+".
func (c *Combined) Name() string {
	names := make([]string, len(c.readers))
	for i, r := range c.readers {
		names[i] = r.Name()
	}
	return strings.Join(names, "+")
}

// Attributes lists every reader's attributes, reader by reader.
func (c *Combined) Attributes() []Attribute {
	out := make([]Attribute, len(c.attrs))
	for i, a := range c.attrs {
		out[i] = Attribute{Name: a.Name, Classes: slices.Clone(a.Classes)}
	}
	return out
}

// Read runs every reader; the first error stops it (no attributes then).
// An attribute a reader leaves out is Unknown.
func (c *Combined) Read(ctx context.Context, img *image.NRGBA) (map[string]string, error) {
	out := make(map[string]string, len(c.attrs))
	for _, r := range c.readers {
		got, err := r.Read(ctx, img)
		if err != nil {
			return nil, fmt.Errorf("reader %s: %w", r.Name(), err)
		}
		for _, a := range r.Attributes() {
			v, ok := got[a.Name]
			if !ok {
				v = Unknown
			}
			out[a.Name] = v
		}
	}
	return out, nil
}

var _ Reader = (*Combined)(nil)
