package c2pa

import (
	"fmt"
	"strings"

	"github.com/candor-ai/candor/provenance/jumbf"
)

// Store is a parsed C2PA manifest store (11.1.4.2): the `c2pa` superbox and
// its manifests, the active one last.
type Store struct {
	Root      *jumbf.Box
	Manifests []*Manifest
}

// Manifest is one manifest of a store. Boxes alias the bytes that were
// parsed, so hashes are computed over exactly what was signed.
type Manifest struct {
	Label      string
	Box        *jumbf.Box
	Assertions *jumbf.Box // the c2pa.assertions superbox, nil when missing
	ClaimBox   *jumbf.Box // c2pa.claim.v2 or c2pa.claim, nil when missing
	ClaimBytes []byte     // the claim's CBOR, as signed
}

// ParseStore parses a JUMBF manifest store. Bytes after the store's
// superbox are ignored.
func ParseStore(b []byte) (*Store, error) {
	root, _, err := jumbf.ParseFirst(b)
	if err != nil {
		return nil, fmt.Errorf("manifest store: %w: %w", ErrManifest, err)
	}
	if !root.IsSuperbox() || root.Desc.Type != jumbf.UUIDManifestStore {
		return nil, fmt.Errorf("top box is not a C2PA manifest store: %w", ErrManifest)
	}
	s := &Store{Root: root}
	for _, c := range root.Children {
		if !c.IsSuperbox() || (c.Desc.Type != jumbf.UUIDManifest && c.Desc.Type != jumbf.UUIDUpdateManifest) {
			continue
		}
		m := &Manifest{Label: c.Desc.Label, Box: c, Assertions: c.Child(LabelAssertionStore)}
		for _, l := range []string{LabelClaimV2, LabelClaim} {
			if cb := c.Child(l); cb != nil {
				m.ClaimBox = cb
				if content := cb.FirstContent(jumbf.TypeCBOR); content != nil {
					m.ClaimBytes = content.Payload
				}
				break
			}
		}
		s.Manifests = append(s.Manifests, m)
	}
	return s, nil
}

// Active is the active manifest: the last one in the store.
func (s *Store) Active() *Manifest {
	if len(s.Manifests) == 0 {
		return nil
	}
	return s.Manifests[len(s.Manifests)-1]
}

// Resolve finds the box a JUMBF URI ("self#jumbf=...") names. Absolute paths
// ("/c2pa/<manifest>/...") start at the store, relative ones at manifest m.
func (s *Store) Resolve(m *Manifest, uri string) *jumbf.Box {
	path, ok := strings.CutPrefix(uri, "self#jumbf=")
	if !ok || path == "" {
		return nil
	}
	if strings.HasPrefix(path, "/") {
		return s.Root.Resolve(path)
	}
	if first, _, _ := strings.Cut(path, "/"); first == LabelManifestStore {
		return s.Root.Resolve(path)
	}
	if m == nil {
		return nil
	}
	return m.Box.Resolve(path)
}

// assertionLabel is the last path element of a hashed URI's url.
func assertionLabel(uri string) string {
	if i := strings.LastIndexByte(uri, '/'); i >= 0 {
		return uri[i+1:]
	}
	return strings.TrimPrefix(uri, "self#jumbf=")
}

// baseLabel drops a C2PA instance suffix ("c2pa.hash.data__2") and a
// version suffix is kept (c2pa.actions.v2 stays).
func baseLabel(label string) string {
	if i := strings.LastIndex(label, "__"); i > 0 {
		return label[:i]
	}
	return label
}

// assertionPayload returns the content box of an assertion superbox.
func assertionPayload(b *jumbf.Box) (typ string, payload []byte) {
	for _, c := range b.Children {
		if c.Desc == nil {
			return c.Type, c.Payload
		}
	}
	return "", nil
}
