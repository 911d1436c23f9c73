package c2pa

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
)

// Asset formats DetectFormat recognises.
const (
	FormatPNG  = "png"
	FormatJPEG = "jpeg"
)

var pngSignature = []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}

// DetectFormat names the container of an encoded image: "png" or "jpeg".
func DetectFormat(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, pngSignature):
		return FormatPNG, nil
	case len(b) >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF:
		return FormatJPEG, nil
	}
	return "", fmt.Errorf("neither PNG nor JPEG: %w", ErrFormat)
}

// MIME returns the media type of a format name.
func MIME(format string) string {
	if format == FormatJPEG {
		return "image/jpeg"
	}
	return "image/png"
}

// extractStore returns the JUMBF manifest store embedded in an asset:
// the data of the PNG caBX chunk, or the reassembled JPEG APP11 segments.
func extractStore(format string, b []byte) ([]byte, error) {
	switch format {
	case FormatPNG:
		chunks, err := pngChunks(b)
		if err != nil {
			return nil, err
		}
		for _, c := range chunks {
			if c.typ == pngC2PAChunk {
				return c.data, nil
			}
		}
		return nil, ErrNoManifest
	case FormatJPEG:
		segs, err := jpegSegments(b)
		if err != nil {
			return nil, err
		}
		store, _, err := jpegC2PA(segs)
		return store, err
	}
	return nil, fmt.Errorf("format %q: %w", format, ErrFormat)
}

// prepare removes any manifest store from the asset and returns the result
// with the offset where a new one goes: after IHDR in PNG, after the last
// APP0 (or SOI) in JPEG, or where the old store was (as c2pa-rs does).
func prepare(format string, b []byte) (base []byte, at int, err error) {
	switch format {
	case FormatPNG:
		chunks, err := pngChunks(b)
		if err != nil {
			return nil, 0, err
		}
		if len(chunks) == 0 || chunks[0].typ != "IHDR" {
			return nil, 0, fmt.Errorf("PNG does not start with IHDR: %w", ErrFormat)
		}
		base = make([]byte, 0, len(b))
		base = append(base, b[:chunks[0].end]...)
		last := chunks[0].end
		for _, c := range chunks[1:] {
			if c.typ == pngC2PAChunk {
				base = append(base, b[last:c.start]...)
				last = c.end
			}
		}
		base = append(base, b[last:]...)
		return base, chunks[0].end, nil
	case FormatJPEG:
		segs, err := jpegSegments(b)
		if err != nil {
			return nil, 0, err
		}
		_, idx, err := jpegC2PA(segs)
		if err != nil && err != ErrNoManifest {
			return nil, 0, err
		}
		at = 2
		for _, s := range segs {
			if s.marker == 0xDA {
				break
			}
			if s.marker == 0xE0 {
				at = s.end
			}
		}
		if len(idx) == 0 {
			return b, at, nil
		}
		at = segs[idx[0]].start
		base = make([]byte, 0, len(b))
		last := 0
		for _, i := range idx {
			base = append(base, b[last:segs[i].start]...)
			last = segs[i].end
		}
		base = append(base, b[last:]...)
		return base, at, nil
	}
	return nil, 0, fmt.Errorf("format %q: %w", format, ErrFormat)
}

// wrappedSize is the number of bytes wrapStore adds for a store of n bytes.
func wrappedSize(format string, n int) int {
	if format == FormatPNG {
		return n + 12
	}
	segs := (n + jpegMaxChunk - 1) / jpegMaxChunk
	if segs == 0 {
		segs = 1
	}
	return n + segs*(2+2+8) + (segs-1)*8
}

// wrapStore puts a manifest store into the container's form: one caBX chunk,
// or APP11 segments (ISO/IEC 19566-5 JPEG XT boxes: CI "JP", En 0x0211,
// Z = 1, 2, ...; segments after the first repeat the superbox's LBox/TBox).
func wrapStore(format string, store []byte) ([]byte, error) {
	out := make([]byte, 0, wrappedSize(format, len(store)))
	switch format {
	case FormatPNG:
		if len(store) > 0x7FFFFFFF {
			return nil, fmt.Errorf("%d bytes in one PNG chunk: %w", len(store), ErrTooLarge)
		}
		out = binary.BigEndian.AppendUint32(out, uint32(len(store)))
		out = append(out, pngC2PAChunk...)
		out = append(out, store...)
		crc := crc32.NewIEEE()
		crc.Write(out[4:])
		return binary.BigEndian.AppendUint32(out, crc.Sum32()), nil
	case FormatJPEG:
		if len(store) < 8 {
			return nil, fmt.Errorf("store of %d bytes: %w", len(store), ErrManifest)
		}
		if len(store)/jpegMaxChunk >= 0xFFFF {
			return nil, fmt.Errorf("%d bytes in APP11 segments: %w", len(store), ErrTooLarge)
		}
		for z := 1; len(store) > 0 || z == 1; z++ {
			chunk := store[:min(jpegMaxChunk, len(store))]
			store = store[len(chunk):]
			extra := 0
			if z > 1 {
				extra = 8
			}
			out = append(out, 0xFF, 0xEB)
			out = binary.BigEndian.AppendUint16(out, uint16(2+8+extra+len(chunk)))
			out = append(out, 'J', 'P', 0x02, 0x11)
			out = binary.BigEndian.AppendUint32(out, uint32(z))
			if z > 1 {
				out = append(out, out[16:24]...) // LBox/TBox of the first segment's superbox
			}
			out = append(out, chunk...)
		}
		return out, nil
	}
	return nil, fmt.Errorf("format %q: %w", format, ErrFormat)
}

// ---- PNG (ISO/IEC 15948 chunks; C2PA 2.2 A.3.3 caBX) ----

const pngC2PAChunk = "caBX"

type pngChunk struct {
	typ        string
	start, end int // the whole chunk: length, type, data, CRC
	data       []byte
}

// pngChunks walks the chunks up to and including IEND. Lengths are checked
// against the remaining bytes before anything is sliced.
func pngChunks(b []byte) ([]pngChunk, error) {
	if !bytes.HasPrefix(b, pngSignature) {
		return nil, fmt.Errorf("no PNG signature: %w", ErrFormat)
	}
	var out []pngChunk
	off := len(pngSignature)
	for {
		if len(b)-off < 12 {
			return nil, fmt.Errorf("PNG chunk at %d truncated (no IEND): %w", off, ErrFormat)
		}
		n := binary.BigEndian.Uint32(b[off:])
		if n > 0x7FFFFFFF || uint64(n) > uint64(len(b)-off-12) {
			return nil, fmt.Errorf("PNG chunk at %d declares %d bytes, %d remain: %w", off, n, len(b)-off-12, ErrFormat)
		}
		end := off + 12 + int(n)
		c := pngChunk{typ: string(b[off+4 : off+8]), start: off, end: end, data: b[off+8 : off+8+int(n) : off+8+int(n)]}
		out = append(out, c)
		off = end
		if c.typ == "IEND" {
			return out, nil
		}
	}
}

// ---- JPEG (ITU T.81 markers; C2PA 2.2 A.3.1 APP11 JUMBF) ----

const jpegMaxChunk = 64000 // JUMBF bytes per APP11 segment, as c2pa-rs writes

type jpegSeg struct {
	marker     byte
	start, end int    // from the 0xFF to the end of the segment
	data       []byte // payload after the length field
}

// jpegSegments walks the marker segments from SOI up to and including SOS
// (or EOI). Fill bytes are skipped, standalone markers have no payload.
func jpegSegments(b []byte) ([]jpegSeg, error) {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return nil, fmt.Errorf("no JPEG SOI: %w", ErrFormat)
	}
	var out []jpegSeg
	off := 2
	for {
		start := off
		if off >= len(b) || b[off] != 0xFF {
			return nil, fmt.Errorf("JPEG marker expected at %d: %w", off, ErrFormat)
		}
		for off < len(b) && b[off] == 0xFF {
			off++
		}
		if off >= len(b) {
			return nil, fmt.Errorf("JPEG truncated at %d: %w", off, ErrFormat)
		}
		m := b[off]
		off++
		switch {
		case m == 0x00:
			return nil, fmt.Errorf("stuffed byte outside entropy data at %d: %w", off, ErrFormat)
		case m == 0xD9: // EOI
			out = append(out, jpegSeg{marker: m, start: start, end: off})
			return out, nil
		case m == 0x01 || (m >= 0xD0 && m <= 0xD8):
			out = append(out, jpegSeg{marker: m, start: start, end: off})
			continue
		}
		if len(b)-off < 2 {
			return nil, fmt.Errorf("JPEG segment length at %d truncated: %w", off, ErrFormat)
		}
		n := int(binary.BigEndian.Uint16(b[off:]))
		if n < 2 || n > len(b)-off {
			return nil, fmt.Errorf("JPEG segment %#x at %d declares %d bytes, %d remain: %w", m, start, n, len(b)-off, ErrFormat)
		}
		s := jpegSeg{marker: m, start: start, end: off + n, data: b[off+2 : off+n : off+n]}
		out = append(out, s)
		off += n
		if m == 0xDA { // SOS: entropy-coded data follows; no more metadata
			return out, nil
		}
	}
}

// jpegC2PA finds the C2PA APP11 segments and reassembles the manifest store
// the way c2pa-rs does: the first segment's box starts with a jumb superbox
// whose description UUID begins "c2pa"; continuations share its En and have
// increasing Z and repeat the 8-byte box header, which is dropped.
func jpegC2PA(segs []jpegSeg) (store []byte, idx []int, err error) {
	var en []byte
	var lastZ uint32
	found := false
	for i, s := range segs {
		if s.marker != 0xEB || len(s.data) <= 16 || s.data[0] != 'J' || s.data[1] != 'P' {
			continue
		}
		z := binary.BigEndian.Uint32(s.data[4:8])
		if en != nil && bytes.Equal(en, s.data[2:4]) {
			if z <= lastZ {
				return nil, nil, fmt.Errorf("APP11 segment %d out of sequence: %w", z, ErrManifest)
			}
			store = append(store, s.data[16:]...)
			idx = append(idx, i)
			lastZ = z
			continue
		}
		if len(s.data) > 28 && string(s.data[12:16]) == "jumb" && string(s.data[24:28]) == "c2pa" {
			if found {
				return nil, nil, fmt.Errorf("more than one manifest store: %w", ErrManifest)
			}
			found = true
			en = s.data[2:4]
			lastZ = z
			store = append(store, s.data[8:]...)
			idx = append(idx, i)
		}
	}
	if !found {
		return nil, nil, ErrNoManifest
	}
	return store, idx, nil
}
