package xmp

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
)

var (
	pngSig       = []byte("\x89PNG\r\n\x1a\n")
	pngKeyword   = []byte("XML:com.adobe.xmp")
	jpegXMPID    = []byte("http://ns.adobe.com/xap/1.0/\x00")
	maxJPEGXMP   = 65533 - len(jpegXMPID)
	maxPNGChunks = 1 << 16
	maxJPEGSegs  = 1 << 16
)

// Insert puts packet into an encoded PNG or JPEG, replacing any XMP packet
// it has.
func Insert(file, packet []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(file, pngSig):
		return InsertPNG(file, packet)
	case len(file) > 2 && file[0] == 0xff && file[1] == 0xd8:
		return InsertJPEG(file, packet)
	}
	return nil, fmt.Errorf("unknown format: %w", ErrFormat)
}

// Extract returns the XMP packet of a PNG or JPEG.
func Extract(file []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(file, pngSig):
		return ExtractPNG(file)
	case len(file) > 2 && file[0] == 0xff && file[1] == 0xd8:
		return ExtractJPEG(file)
	}
	return nil, fmt.Errorf("unknown format: %w", ErrFormat)
}

type span struct{ start, end int } // a whole chunk or segment: [start, end)

// pngChunks walks the chunks of a PNG, checking every length against the
// file, and returns each chunk's extent and type. It stops after IEND.
func pngChunks(b []byte, visit func(typ string, s span, data []byte) error) error {
	if !bytes.HasPrefix(b, pngSig) {
		return fmt.Errorf("no PNG signature: %w", ErrFormat)
	}
	off := len(pngSig)
	for n := 0; ; n++ {
		if n >= maxPNGChunks {
			return fmt.Errorf("more than %d chunks: %w", maxPNGChunks, ErrFormat)
		}
		if len(b)-off < 12 {
			return fmt.Errorf("truncated chunk at %d: %w", off, ErrFormat)
		}
		l := binary.BigEndian.Uint32(b[off:])
		if l > 1<<31-1 || uint64(l) > uint64(len(b)-off-12) {
			return fmt.Errorf("chunk length %d past the end at %d: %w", l, off, ErrFormat)
		}
		typ := string(b[off+4 : off+8])
		end := off + 12 + int(l)
		if err := visit(typ, span{off, end}, b[off+8:off+8+int(l)]); err != nil {
			return err
		}
		off = end
		if typ == "IEND" {
			return nil
		}
	}
}

func isPNGXMP(typ string, data []byte) bool {
	return typ == "iTXt" && bytes.HasPrefix(data, pngKeyword) && len(data) > len(pngKeyword) && data[len(pngKeyword)] == 0
}

// InsertPNG puts packet in an iTXt chunk right after IHDR and removes any
// other XMP iTXt chunk.
func InsertPNG(file, packet []byte) ([]byte, error) {
	if len(packet) > MaxPacket {
		return nil, fmt.Errorf("%d bytes: %w", len(packet), ErrTooLarge)
	}
	var out bytes.Buffer
	out.Grow(len(file) + len(packet) + 64)
	out.Write(pngSig)
	sawIHDR := false
	err := pngChunks(file, func(typ string, s span, data []byte) error {
		if !sawIHDR {
			if typ != "IHDR" {
				return fmt.Errorf("first chunk is %q, not IHDR: %w", typ, ErrFormat)
			}
			sawIHDR = true
			out.Write(file[s.start:s.end])
			writeITXt(&out, packet)
			return nil
		}
		if isPNGXMP(typ, data) {
			return nil
		}
		out.Write(file[s.start:s.end])
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func writeITXt(w *bytes.Buffer, packet []byte) {
	// keyword NUL, compression flag 0, method 0, language "" NUL, translated "" NUL, text
	data := make([]byte, 0, len(pngKeyword)+5+len(packet))
	data = append(data, pngKeyword...)
	data = append(data, 0, 0, 0, 0, 0)
	data = append(data, packet...)
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(data)))
	copy(hdr[4:], "iTXt")
	w.Write(hdr[:])
	w.Write(data)
	crc := crc32.NewIEEE()
	crc.Write(hdr[4:])
	crc.Write(data)
	var c [4]byte
	binary.BigEndian.PutUint32(c[:], crc.Sum32())
	w.Write(c[:])
}

// ExtractPNG returns the packet of the first uncompressed XMP iTXt chunk.
func ExtractPNG(file []byte) ([]byte, error) {
	var packet []byte
	errFound := fmt.Errorf("found")
	err := pngChunks(file, func(typ string, s span, data []byte) error {
		if !isPNGXMP(typ, data) {
			return nil
		}
		rest := data[len(pngKeyword)+1:]
		if len(rest) < 2 {
			return fmt.Errorf("short iTXt: %w", ErrFormat)
		}
		if rest[0] != 0 {
			return fmt.Errorf("compressed XMP iTXt is not supported: %w", ErrFormat)
		}
		rest = rest[2:]
		for range 2 { // language tag, translated keyword
			i := bytes.IndexByte(rest, 0)
			if i < 0 {
				return fmt.Errorf("unterminated iTXt field: %w", ErrFormat)
			}
			rest = rest[i+1:]
		}
		packet = rest
		return errFound
	})
	if packet != nil {
		return packet, nil
	}
	if err != nil {
		return nil, err
	}
	return nil, ErrNotFound
}

// jpegSegments walks the marker segments of a JPEG up to SOS, checking each
// length against the file. visit gets the marker and the segment's payload
// (after the 2-byte length).
func jpegSegments(b []byte, visit func(marker byte, s span, payload []byte) error) error {
	if len(b) < 4 || b[0] != 0xff || b[1] != 0xd8 {
		return fmt.Errorf("no SOI: %w", ErrFormat)
	}
	off := 2
	for n := 0; ; n++ {
		if n >= maxJPEGSegs {
			return fmt.Errorf("more than %d segments: %w", maxJPEGSegs, ErrFormat)
		}
		if len(b)-off < 2 || b[off] != 0xff {
			return fmt.Errorf("no marker at %d: %w", off, ErrFormat)
		}
		m := b[off+1]
		if m == 0xff { // fill byte
			off++
			continue
		}
		if m == 0xd9 || m == 0xda { // EOI, SOS: header ends
			return visit(m, span{off, len(b)}, nil)
		}
		if m == 0x01 || (m >= 0xd0 && m <= 0xd7) { // no length
			if err := visit(m, span{off, off + 2}, nil); err != nil {
				return err
			}
			off += 2
			continue
		}
		if len(b)-off < 4 {
			return fmt.Errorf("truncated segment at %d: %w", off, ErrFormat)
		}
		l := int(binary.BigEndian.Uint16(b[off+2:]))
		if l < 2 || l > len(b)-off-2 {
			return fmt.Errorf("segment length %d past the end at %d: %w", l, off, ErrFormat)
		}
		end := off + 2 + l
		if err := visit(m, span{off, end}, b[off+4:end]); err != nil {
			return err
		}
		off = end
	}
}

func isJPEGXMP(marker byte, payload []byte) bool {
	return marker == 0xe1 && bytes.HasPrefix(payload, jpegXMPID)
}

// InsertJPEG puts packet in an APP1 segment after SOI and any APP0 segments
// that directly follow it, and removes any other standard XMP APP1.
func InsertJPEG(file, packet []byte) ([]byte, error) {
	if len(packet) > maxJPEGXMP {
		return nil, fmt.Errorf("%d bytes, one APP1 holds %d: %w", len(packet), maxJPEGXMP, ErrTooLarge)
	}
	var out bytes.Buffer
	out.Grow(len(file) + len(packet) + 64)
	out.Write(file[:2])
	inserted := false
	insert := func() {
		if inserted {
			return
		}
		inserted = true
		var hdr [4]byte
		hdr[0], hdr[1] = 0xff, 0xe1
		binary.BigEndian.PutUint16(hdr[2:], uint16(2+len(jpegXMPID)+len(packet)))
		out.Write(hdr[:])
		out.Write(jpegXMPID)
		out.Write(packet)
	}
	err := jpegSegments(file, func(m byte, s span, payload []byte) error {
		if m != 0xe0 {
			insert()
		}
		if isJPEGXMP(m, payload) {
			return nil
		}
		out.Write(file[s.start:s.end])
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// ExtractJPEG returns the packet of the first standard XMP APP1 segment.
func ExtractJPEG(file []byte) ([]byte, error) {
	var packet []byte
	errFound := fmt.Errorf("found")
	err := jpegSegments(file, func(m byte, s span, payload []byte) error {
		if isJPEGXMP(m, payload) {
			packet = payload[len(jpegXMPID):]
			return errFound
		}
		return nil
	})
	if packet != nil {
		return packet, nil
	}
	if err != nil {
		return nil, err
	}
	return nil, ErrNotFound
}
