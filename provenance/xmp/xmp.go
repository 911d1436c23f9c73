// Package xmp writes and reads the XMP packet (ISO 16684-1) through which
// candor discloses, outside the C2PA manifest, that an image is AI-generated:
// Iptc4xmpExt:DigitalSourceType (IPTC Photo Metadata 2023.1) set to the IPTC
// "trainedAlgorithmicMedia" term and a plain dc:description. exiftool and
// social platforms that read XMP see it. Where candor's output safety stage
// altered the image (a blur), the packet says so too: in the description
// and as candor:SafetyAlteration in candor's namespace (NamespaceCandor),
// mirroring the c2pa.filtered action of the manifest.
//
// Embedding follows the XMP Specification Part 3: in PNG an iTXt chunk with
// keyword "XML:com.adobe.xmp" (uncompressed), placed after IHDR; in JPEG an
// APP1 segment starting "http://ns.adobe.com/xap/1.0/\x00", placed after SOI
// and any APP0 (JFIF) segment. An existing packet is replaced.
package xmp

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
)

// TrainedAlgorithmicMedia is the IPTC digital source type for media created
// by a model trained on sampled content.
const TrainedAlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"

// NamespaceCandor is the XMP namespace of candor's own properties (prefix
// "candor").
const NamespaceCandor = "https://github.com/candor-ai/candor/ns/xmp/1.0/"

// Disclosure is what the packet states.
type Disclosure struct {
	// DigitalSourceType is an IPTC digital source type URL; empty means
	// TrainedAlgorithmicMedia.
	DigitalSourceType string
	// Description is dc:description; empty means "AI-generated image".
	Description string
	// Title is dc:title; optional.
	Title string
	// CreatorTool is xmp:CreatorTool, e.g. "candor 0.1.0"; optional.
	CreatorTool string
	// ManifestID is the C2PA manifest's URN, written as dcterms:provenance
	// (C2PA 2.2 appendix on XMP); optional.
	ManifestID string
	// SafetyAlteration, when not empty, is how candor's output safety
	// stage altered the image (e.g. "blurred"), written as
	// candor:SafetyAlteration.
	SafetyAlteration string
}

// Packet returns a complete XMP packet (with the xpacket wrapper) for d.
func Packet(d Disclosure) []byte {
	if d.DigitalSourceType == "" {
		d.DigitalSourceType = TrainedAlgorithmicMedia
	}
	if d.Description == "" {
		d.Description = "AI-generated image"
	}
	var b bytes.Buffer
	b.WriteString("<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">` + "\n")
	b.WriteString(` <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`  <rdf:Description rdf:about=""` + "\n")
	b.WriteString(`    xmlns:dc="http://purl.org/dc/elements/1.1/"` + "\n")
	b.WriteString(`    xmlns:xmp="http://ns.adobe.com/xap/1.0/"` + "\n")
	b.WriteString(`    xmlns:dcterms="http://purl.org/dc/terms/"` + "\n")
	if d.SafetyAlteration != "" {
		b.WriteString(`    xmlns:candor="` + NamespaceCandor + `"` + "\n")
	}
	b.WriteString(`    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"`)
	fmt.Fprintf(&b, "\n    Iptc4xmpExt:DigitalSourceType=\"%s\"", esc(d.DigitalSourceType))
	if d.CreatorTool != "" {
		fmt.Fprintf(&b, "\n    xmp:CreatorTool=\"%s\"", esc(d.CreatorTool))
	}
	if d.ManifestID != "" {
		fmt.Fprintf(&b, "\n    dcterms:provenance=\"%s\"", esc(d.ManifestID))
	}
	if d.SafetyAlteration != "" {
		fmt.Fprintf(&b, "\n    candor:SafetyAlteration=\"%s\"", esc(d.SafetyAlteration))
	}
	b.WriteString(">\n")
	fmt.Fprintf(&b, "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", esc(d.Description))
	if d.Title != "" {
		fmt.Fprintf(&b, "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", esc(d.Title))
	}
	b.WriteString("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n")
	b.WriteString(`<?xpacket end="r"?>`)
	return b.Bytes()
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// Parsed is what Parse reads back from a packet.
type Parsed struct {
	DigitalSourceType string
	Description       string
	Title             string
	CreatorTool       string
	ManifestID        string
	SafetyAlteration  string
}

// MaxPacket bounds the packet size Parse accepts.
const MaxPacket = 4 << 20

// Parse reads the properties this package writes from an XMP packet, in
// either attribute or element form. It is a tolerant reader: unknown
// content is skipped.
func Parse(packet []byte) (Parsed, error) {
	if len(packet) > MaxPacket {
		return Parsed{}, fmt.Errorf("%d bytes: %w", len(packet), ErrTooLarge)
	}
	const (
		nsIptcExt = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
		nsDC      = "http://purl.org/dc/elements/1.1/"
		nsXMP     = "http://ns.adobe.com/xap/1.0/"
		nsDCTerms = "http://purl.org/dc/terms/"
	)
	var p Parsed
	set := func(space, local, val string) {
		val = strings.TrimSpace(val)
		switch {
		case space == nsIptcExt && local == "DigitalSourceType":
			p.DigitalSourceType = val
		case space == nsDC && local == "description" && p.Description == "":
			p.Description = val
		case space == nsDC && local == "title" && p.Title == "":
			p.Title = val
		case space == nsXMP && local == "CreatorTool":
			p.CreatorTool = val
		case space == nsDCTerms && local == "provenance":
			p.ManifestID = val
		case space == NamespaceCandor && local == "SafetyAlteration":
			p.SafetyAlteration = val
		}
	}
	dec := xml.NewDecoder(bytes.NewReader(packet))
	dec.Strict = false
	var stack []xml.Name
	var text strings.Builder
	found := false
	for depth := 0; ; {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > 64 {
				return Parsed{}, fmt.Errorf("nesting deeper than 64: %w", ErrFormat)
			}
			if t.Name.Space == "http://www.w3.org/1999/02/22-rdf-syntax-ns#" && t.Name.Local == "RDF" {
				found = true
			}
			for _, a := range t.Attr {
				set(a.Name.Space, a.Name.Local, a.Value)
			}
			stack = append(stack, t.Name)
			text.Reset()
		case xml.CharData:
			if text.Len() < 64<<10 {
				text.Write(t)
			}
		case xml.EndElement:
			depth--
			if len(stack) == 0 {
				continue
			}
			stack = stack[:len(stack)-1]
			// Text sits in the property element itself or in rdf:li below
			// rdf:Alt/rdf:Seq/rdf:Bag; attribute it to the nearest
			// non-RDF ancestor.
			if s := strings.TrimSpace(text.String()); s != "" {
				name := t.Name
				for i := len(stack) - 1; name.Space == "http://www.w3.org/1999/02/22-rdf-syntax-ns#" && i >= 0; i-- {
					name = stack[i]
				}
				set(name.Space, name.Local, s)
			}
			text.Reset()
		}
	}
	if !found {
		return Parsed{}, fmt.Errorf("no rdf:RDF element: %w", ErrNotFound)
	}
	return p, nil
}
