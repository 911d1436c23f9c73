// Package jumbf reads and writes JPEG Universal Metadata Box Format boxes
// (ISO/IEC 19566-5) as C2PA 2.2 uses them (section 11.1.4): every C2PA
// structure is a `jumb` superbox whose first child is a `jumd` description
// box (type UUID, toggles, label), followed by content boxes such as `cbor`,
// `json`, `bfdb`/`bidb` (embedded files) or further superboxes.
//
// Parsing never allocates by a declared length: every length is checked
// against the bytes that remain, superbox nesting is limited to MaxDepth, and
// parsed boxes alias the input (Raw), so hashes can be computed over the exact
// bytes that were signed.
package jumbf

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
)

// MaxDepth bounds superbox nesting. C2PA needs four levels (store, manifest,
// assertion store, assertion); ingredients' embedded manifests never nest in
// a store, so 16 is generous.
const MaxDepth = 16

// Box types used by C2PA.
const (
	TypeSuperbox    = "jumb"
	TypeDescription = "jumd"
	TypeCBOR        = "cbor"
	TypeJSON        = "json"
	TypeEmbedded    = "bidb" // binary data box of an embedded file
	TypeEmbeddedDsc = "bfdb" // embedded file description box
	TypeUUID        = "uuid"
	TypeSalt        = "c2sh" // C2PA salt box in the description box's private field
)

// Description toggles (ISO/IEC 19566-5 A.3).
const (
	ToggleRequestable = 0x01
	ToggleLabel       = 0x02
	ToggleID          = 0x04
	ToggleSignature   = 0x08
	TogglePrivate     = 0x10
)

// UUID is a JUMBF content type.
type UUID [16]byte

// c2paSuffix is the ISO/IEC 11578 suffix shared by all C2PA content types.
var c2paSuffix = [12]byte{0x00, 0x11, 0x00, 0x10, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71}

// C2PAUUID returns the content type UUID `<prefix>-0011-0010-8000-00AA00389B71`
// for a four-character code such as "c2pa", "c2ma", "c2as", "cbor", "c2cl", "c2cs".
func C2PAUUID(code string) UUID {
	var u UUID
	copy(u[:4], code)
	copy(u[4:], c2paSuffix[:])
	return u
}

// Well-known C2PA content types (C2PA 2.2, 11.1.4.2).
var (
	UUIDManifestStore  = C2PAUUID("c2pa")
	UUIDManifest       = C2PAUUID("c2ma")
	UUIDUpdateManifest = C2PAUUID("c2um")
	UUIDAssertionStore = C2PAUUID("c2as")
	UUIDClaim          = C2PAUUID("c2cl")
	UUIDSignature      = C2PAUUID("c2cs")
	UUIDCBOR           = C2PAUUID("cbor")
	UUIDJSON           = C2PAUUID("json")
	UUIDCredentials    = C2PAUUID("c2vc")
	UUIDDatabox        = C2PAUUID("c2db")
	UUIDDataboxStore   = C2PAUUID("c2ds")
	UUIDEmbeddedFile   = UUID{0x40, 0xCB, 0x0C, 0x32, 0xBB, 0x8A, 0x48, 0x9D, 0xA7, 0x0B, 0x2A, 0xD6, 0xF4, 0x7F, 0x43, 0x69}
	UUIDCodestream     = UUID{0x65, 0x79, 0xD6, 0xFB, 0xDB, 0xA2, 0x44, 0x6B, 0xB2, 0xAC, 0x1B, 0x82, 0xFE, 0xEB, 0x89, 0xD1}
)

// Code returns the four-character prefix of a C2PA UUID ("c2pa", "cbor", ...)
// or the hex form for other UUIDs.
func (u UUID) Code() string {
	if bytes.Equal(u[4:], c2paSuffix[:]) {
		return string(u[:4])
	}
	return hex.EncodeToString(u[:])
}

// Description is a `jumd` box.
type Description struct {
	Type      UUID
	Toggles   byte
	Label     string
	ID        uint32 // present when Toggles&ToggleID
	Signature []byte // 32 bytes, present when Toggles&ToggleSignature
	Private   []byte // raw private box(es), present when Toggles&TogglePrivate
}

// Box is one JUMBF box. A superbox (Type "jumb") has Desc and Children; a
// content box has Payload. Raw is the whole box as read (header included) and
// HeaderLen the size of its LBox/TBox(/XLBox) header; both are zero for boxes
// built in memory until they are serialised and parsed again.
type Box struct {
	Type      string
	Desc      *Description
	Children  []*Box
	Payload   []byte
	Raw       []byte
	HeaderLen int
}

// IsSuperbox reports whether b is a `jumb` superbox.
func (b *Box) IsSuperbox() bool { return b.Type == TypeSuperbox && b.Desc != nil }

// Label is the superbox label, or "" for content boxes.
func (b *Box) Label() string {
	if b.Desc == nil {
		return ""
	}
	return b.Desc.Label
}

// Content returns Raw without the box header: the bytes C2PA hashed URIs
// cover for an assertion superbox (8.4.2.3).
func (b *Box) Content() []byte {
	if b.Raw == nil {
		return nil
	}
	return b.Raw[b.HeaderLen:]
}

// Child returns the first child superbox with the given label, or nil.
func (b *Box) Child(label string) *Box {
	for _, c := range b.Children {
		if c.IsSuperbox() && c.Desc.Label == label {
			return c
		}
	}
	return nil
}

// FirstContent returns the first non-superbox child of the given type, or nil.
func (b *Box) FirstContent(typ string) *Box {
	for _, c := range b.Children {
		if c.Type == typ && c.Desc == nil {
			return c
		}
	}
	return nil
}

// Resolve follows a JUMBF URI path such as "c2pa/urn:c2pa:x/c2pa.assertions/c2pa.actions.v2"
// from b (the path's first element must be b's own label when absolute).
func (b *Box) Resolve(path string) *Box {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	cur := b
	for i, p := range parts {
		if i == 0 && p == cur.Label() {
			continue
		}
		cur = cur.Child(p)
		if cur == nil {
			return nil
		}
	}
	return cur
}

// Parse reads one box, which must span all of data.
func Parse(data []byte) (*Box, error) {
	b, n, err := parseBox(data, 0)
	if err != nil {
		return nil, err
	}
	if n != len(data) {
		return nil, fmt.Errorf("%d trailing bytes after the box: %w", len(data)-n, ErrMalformed)
	}
	return b, nil
}

// ParseFirst reads the first box of data and returns it with its length; the
// rest of data is ignored (C2PA readers tolerate padding after the store).
func ParseFirst(data []byte) (*Box, int, error) {
	return parseBox(data, 0)
}

// header reads LBox/TBox/XLBox and returns the box's total length and header length.
func header(data []byte) (size uint64, typ string, hlen int, err error) {
	if len(data) < 8 {
		return 0, "", 0, fmt.Errorf("box header needs 8 bytes, have %d: %w", len(data), errTruncated())
	}
	size = uint64(binary.BigEndian.Uint32(data))
	typ = string(data[4:8])
	hlen = 8
	switch size {
	case 0: // to the end of the data
		size = uint64(len(data))
	case 1:
		if len(data) < 16 {
			return 0, "", 0, fmt.Errorf("XLBox needs 16 bytes: %w", errTruncated())
		}
		size = binary.BigEndian.Uint64(data[8:])
		hlen = 16
	}
	if size < uint64(hlen) {
		return 0, "", 0, fmt.Errorf("box %q declares %d bytes, less than its header: %w", printable(typ), size, ErrMalformed)
	}
	if size > uint64(len(data)) {
		return 0, "", 0, fmt.Errorf("box %q declares %d bytes, %d remain: %w", printable(typ), size, len(data), errTruncated())
	}
	return size, typ, hlen, nil
}

func errTruncated() error { return fmt.Errorf("%w: %w", ErrMalformed, ErrTruncated) }

func parseBox(data []byte, depth int) (*Box, int, error) {
	size, typ, hlen, err := header(data)
	if err != nil {
		return nil, 0, err
	}
	raw := data[:size:size]
	b := &Box{Type: typ, Raw: raw, HeaderLen: hlen}
	if typ != TypeSuperbox {
		b.Payload = raw[hlen:]
		return b, int(size), nil
	}
	if depth >= MaxDepth {
		return nil, 0, fmt.Errorf("depth %d: %w: %w", depth, ErrMalformed, ErrTooDeep)
	}
	body := raw[hlen:]
	dsize, dtyp, dhlen, err := header(body)
	if err != nil {
		return nil, 0, fmt.Errorf("superbox description: %w", err)
	}
	if dtyp != TypeDescription {
		return nil, 0, fmt.Errorf("first child is %q: %w: %w", printable(dtyp), ErrMalformed, ErrNotSuperbox)
	}
	desc, err := parseDescription(body[dhlen:dsize])
	if err != nil {
		return nil, 0, err
	}
	b.Desc = desc
	rest := body[dsize:]
	for len(rest) > 0 {
		c, n, err := parseBox(rest, depth+1)
		if err != nil {
			return nil, 0, fmt.Errorf("in %q: %w", printable(desc.Label), err)
		}
		b.Children = append(b.Children, c)
		rest = rest[n:]
	}
	return b, int(size), nil
}

func parseDescription(p []byte) (*Description, error) {
	if len(p) < 17 {
		return nil, fmt.Errorf("description box of %d bytes: %w", len(p), errTruncated())
	}
	d := &Description{Toggles: p[16]}
	copy(d.Type[:], p[:16])
	p = p[17:]
	if d.Toggles&ToggleLabel != 0 {
		i := bytes.IndexByte(p, 0)
		if i < 0 {
			return nil, fmt.Errorf("label without a NUL terminator: %w", ErrMalformed)
		}
		d.Label = string(p[:i])
		p = p[i+1:]
	}
	if d.Toggles&ToggleID != 0 {
		if len(p) < 4 {
			return nil, fmt.Errorf("description ID: %w", errTruncated())
		}
		d.ID = binary.BigEndian.Uint32(p)
		p = p[4:]
	}
	if d.Toggles&ToggleSignature != 0 {
		if len(p) < 32 {
			return nil, fmt.Errorf("description signature: %w", errTruncated())
		}
		d.Signature = p[:32:32]
		p = p[32:]
	}
	if d.Toggles&TogglePrivate != 0 {
		d.Private = p
		p = nil
	}
	if len(p) > 0 && d.Toggles&TogglePrivate == 0 {
		return nil, fmt.Errorf("%d unexpected bytes in description box: %w", len(p), ErrMalformed)
	}
	return d, nil
}

func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '?'
		}
		return r
	}, s)
}

// NewSuperbox builds a superbox with a requestable, labelled description.
func NewSuperbox(typ UUID, label string, children ...*Box) *Box {
	return &Box{Type: TypeSuperbox, Desc: &Description{Type: typ, Toggles: ToggleRequestable | ToggleLabel, Label: label}, Children: children}
}

// NewContent builds a content box.
func NewContent(typ string, payload []byte) *Box {
	return &Box{Type: typ, Payload: payload}
}

// Size is the serialised size of b.
func (b *Box) Size() int {
	n := 8 + b.bodySize()
	if n > 0xFFFFFFFF {
		n += 8
	}
	return n
}

func (b *Box) bodySize() int {
	if b.Type != TypeSuperbox || b.Desc == nil {
		return len(b.Payload)
	}
	n := 8 + b.Desc.size()
	for _, c := range b.Children {
		n += c.Size()
	}
	return n
}

func (d *Description) size() int {
	n := 17
	if d.Toggles&ToggleLabel != 0 {
		n += len(d.Label) + 1
	}
	if d.Toggles&ToggleID != 0 {
		n += 4
	}
	if d.Toggles&ToggleSignature != 0 {
		n += 32
	}
	if d.Toggles&TogglePrivate != 0 {
		n += len(d.Private)
	}
	return n
}

// Marshal serialises b.
func (b *Box) Marshal() []byte { return b.Append(make([]byte, 0, b.Size())) }

// Append serialises b after dst.
func (b *Box) Append(dst []byte) []byte {
	size := b.Size()
	if size > 0xFFFFFFFF {
		dst = binary.BigEndian.AppendUint32(dst, 1)
		dst = append(dst, b.Type...)
		dst = binary.BigEndian.AppendUint64(dst, uint64(size))
	} else {
		dst = binary.BigEndian.AppendUint32(dst, uint32(size))
		dst = append(dst, b.Type...)
	}
	if b.Type != TypeSuperbox || b.Desc == nil {
		return append(dst, b.Payload...)
	}
	d := b.Desc
	dst = binary.BigEndian.AppendUint32(dst, uint32(8+d.size()))
	dst = append(dst, TypeDescription...)
	dst = append(dst, d.Type[:]...)
	dst = append(dst, d.Toggles)
	if d.Toggles&ToggleLabel != 0 {
		dst = append(dst, d.Label...)
		dst = append(dst, 0)
	}
	if d.Toggles&ToggleID != 0 {
		dst = binary.BigEndian.AppendUint32(dst, d.ID)
	}
	if d.Toggles&ToggleSignature != 0 {
		sig := make([]byte, 32)
		copy(sig, d.Signature)
		dst = append(dst, sig...)
	}
	if d.Toggles&TogglePrivate != 0 {
		dst = append(dst, d.Private...)
	}
	for _, c := range b.Children {
		dst = c.Append(dst)
	}
	return dst
}

// Dump writes an indented outline of the tree, for debugging and tests.
func (b *Box) Dump() string {
	var sb strings.Builder
	b.dump(&sb, 0)
	return sb.String()
}

func (b *Box) dump(sb *strings.Builder, depth int) {
	pad := strings.Repeat("  ", depth)
	if b.Desc != nil {
		fmt.Fprintf(sb, "%sjumb %s %q toggles=%#x\n", pad, b.Desc.Type.Code(), b.Desc.Label, b.Desc.Toggles)
		for _, c := range b.Children {
			c.dump(sb, depth+1)
		}
		return
	}
	fmt.Fprintf(sb, "%s%s %d bytes\n", pad, printable(b.Type), len(b.Payload))
}
