package xmp

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func testImage() *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, 32, 24))
	for y := 0; y < 24; y++ {
		for x := 0; x < 32; x++ {
			img.SetNRGBA(x, y, color.NRGBA{uint8(x * 8), uint8(y * 10), 128, 255})
		}
	}
	return img
}

func encode(t testing.TB, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	var err error
	if format == "png" {
		err = png.Encode(&b, testImage())
	} else {
		err = jpeg.Encode(&b, testImage(), &jpeg.Options{Quality: 90})
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var disclosure = Disclosure{
	Title:       `a <red> "square" & more`,
	CreatorTool: "candor 0.1.0",
	ManifestID:  "urn:c2pa:3fa85f64-5717-4562-b3fc-2c963f66afa6",
}

func TestRoundTrip(t *testing.T) {
	for _, format := range []string{"png", "jpeg"} {
		t.Run(format, func(t *testing.T) {
			orig := encode(t, format)
			out, err := Insert(orig, Packet(disclosure))
			if err != nil {
				t.Fatal(err)
			}
			// Still a valid image with the same pixels.
			img, gotFormat, err := image.Decode(bytes.NewReader(out))
			if err != nil || gotFormat != format {
				t.Fatalf("decode after insert: %v %q", err, gotFormat)
			}
			if img.Bounds() != testImage().Bounds() {
				t.Fatalf("bounds %v", img.Bounds())
			}
			// Inserting again replaces rather than adds.
			out2, err := Insert(out, Packet(Disclosure{Description: "second"}))
			if err != nil {
				t.Fatal(err)
			}
			if n := bytes.Count(out2, []byte("<x:xmpmeta")); n != 1 {
				t.Fatalf("%d packets after a second insert, want 1", n)
			}
			pkt, err := Extract(out)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Parse(pkt)
			if err != nil {
				t.Fatal(err)
			}
			want := Parsed{
				DigitalSourceType: TrainedAlgorithmicMedia,
				Description:       "AI-generated image",
				Title:             disclosure.Title,
				CreatorTool:       disclosure.CreatorTool,
				ManifestID:        disclosure.ManifestID,
			}
			if p != want {
				t.Fatalf("Parse = %+v\nwant %+v", p, want)
			}
			if _, err := Extract(orig); !errors.Is(err, ErrNotFound) {
				t.Fatalf("Extract(original) = %v, want ErrNotFound", err)
			}
		})
	}
}

func TestPlacement(t *testing.T) {
	out, err := InsertPNG(encode(t, "png"), Packet(Disclosure{}))
	if err != nil {
		t.Fatal(err)
	}
	// signature, IHDR (8+13+4 = 25 bytes), then the iTXt chunk.
	if got := string(out[8+25+4 : 8+25+8]); got != "iTXt" {
		t.Fatalf("chunk after IHDR is %q, want iTXt", got)
	}
	j, err := InsertJPEG(encode(t, "jpeg"), Packet(Disclosure{}))
	if err != nil {
		t.Fatal(err)
	}
	// Go's encoder writes no APP0, so APP1 follows SOI directly.
	if j[2] != 0xff || j[3] != 0xe1 || !bytes.HasPrefix(j[6:], jpegXMPID) {
		t.Fatalf("segment after SOI is % x", j[2:8])
	}
	// With a JFIF APP0, XMP goes after it.
	jfif := append([]byte{0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0}, encode(t, "jpeg")[2:]...)
	j, err = InsertJPEG(jfif, Packet(Disclosure{}))
	if err != nil {
		t.Fatal(err)
	}
	if j[20] != 0xff || j[21] != 0xe1 {
		t.Fatalf("segment after APP0 is % x", j[20:22])
	}
}

func TestHostile(t *testing.T) {
	p := encode(t, "png")
	j := encode(t, "jpeg")
	longLen := bytes.Clone(p)
	longLen[8], longLen[9] = 0x7f, 0xff // IHDR length past the end
	jLong := bytes.Clone(j)
	jLong = append(jLong[:2], 0xff, 0xe1, 0xff, 0xff, 'x')
	many := []byte{0xff, 0xd8}
	for range maxJPEGSegs + 1 {
		many = append(many, 0xff, 0xfe, 0x00, 0x02)
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"gif", []byte("GIF89a....")},
		{"png signature only", p[:8]},
		{"truncated png", p[:40]},
		{"png length past the end", longLen},
		{"png without IHDR first", append(append([]byte{}, pngSig...), p[8+25:]...)},
		{"jpeg SOI only", j[:2]},
		{"jpeg segment past the end", jLong},
		{"jpeg garbage after SOI", []byte{0xff, 0xd8, 0x00, 0x01, 0x02}},
		{"thousands of jpeg segments", many},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Insert(tc.in, Packet(Disclosure{})); err == nil {
				t.Fatal("Insert accepted it")
			}
			if _, err := Extract(tc.in); err == nil {
				t.Fatal("Extract found a packet")
			}
		})
	}
	if _, err := InsertJPEG(j, make([]byte, 70000)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized packet: %v", err)
	}
	if _, err := Parse([]byte("<html/>")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Parse(html) = %v", err)
	}
	deep := strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100)
	if _, err := Parse([]byte(deep)); !errors.Is(err, ErrFormat) {
		t.Fatalf("Parse(deep) = %v", err)
	}
}

// TestExiftool checks that exiftool, the usual reader of XMP, sees the
// disclosure. Skipped where exiftool is not installed.
func TestExiftool(t *testing.T) {
	exiftool, err := exec.LookPath("exiftool")
	if err != nil {
		t.Skip("exiftool not installed (apt-get install libimage-exiftool-perl)")
	}
	for _, format := range []string{"png", "jpeg"} {
		out, err := Insert(encode(t, format), Packet(disclosure))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "img."+format)
		if err := os.WriteFile(path, out, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := exec.Command(exiftool, "-s3", "-XMP-iptcExt:DigitalSourceType", "-XMP-dc:Description", path).CombinedOutput()
		if err != nil {
			t.Fatalf("exiftool: %v\n%s", err, got)
		}
		if !strings.Contains(string(got), TrainedAlgorithmicMedia) || !strings.Contains(string(got), "AI-generated image") {
			t.Fatalf("%s: exiftool says %q", format, got)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, format := range []string{"png", "jpeg"} {
		b, err := Insert(encode(f, format), Packet(disclosure))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{0xff, 0xd8, 0xff, 0xe1, 0x00, 0x02})
	f.Fuzz(func(t *testing.T, b []byte) {
		if pkt, err := Extract(b); err == nil {
			_, _ = Parse(pkt)
		}
		_, _ = Insert(b, []byte("<x/>"))
	})
}

func FuzzParse(f *testing.F) {
	f.Add(Packet(disclosure))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:li>x</rdf:li></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = Parse(b)
	})
}

func BenchmarkInsertPNG(b *testing.B) {
	img := encode(b, "png")
	pkt := Packet(disclosure)
	for b.Loop() {
		if _, err := InsertPNG(img, pkt); err != nil {
			b.Fatal(err)
		}
	}
}

func TestParseElementForm(t *testing.T) {
	b, err := os.ReadFile("testdata/element_form.xmp")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	want := Parsed{
		DigitalSourceType: "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
		Description:       "Edited with generative fill",
		Title:             "Harbour at dusk",
		CreatorTool:       "Some Editor 2.1",
	}
	if p != want {
		t.Fatalf("Parse = %+v\nwant %+v", p, want)
	}
}

// TestSafetyAlteration: a blurred image's packet says so in candor's
// namespace and in the description, reads back, and (where exiftool is
// installed) exiftool sees the property in the candor group.
func TestSafetyAlteration(t *testing.T) {
	d := disclosure
	d.Description = "AI-generated image, blurred by candor's output safety check"
	d.SafetyAlteration = "blurred"
	pkt := Packet(d)
	p, err := Parse(pkt)
	if err != nil {
		t.Fatal(err)
	}
	want := Parsed{
		DigitalSourceType: TrainedAlgorithmicMedia, Description: d.Description, Title: d.Title,
		CreatorTool: d.CreatorTool, ManifestID: d.ManifestID, SafetyAlteration: "blurred",
	}
	if p != want {
		t.Fatalf("Parse = %+v\nwant %+v", p, want)
	}
	// Without an alteration, neither the property nor the namespace appears.
	if plain := Packet(disclosure); bytes.Contains(plain, []byte("SafetyAlteration")) || bytes.Contains(plain, []byte(NamespaceCandor)) {
		t.Fatalf("unaltered packet mentions the alteration:\n%s", plain)
	}
	exiftool, err := exec.LookPath("exiftool")
	if err != nil {
		t.Skip("exiftool not installed (apt-get install libimage-exiftool-perl)")
	}
	for _, format := range []string{"png", "jpeg"} {
		out, err := Insert(encode(t, format), pkt)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "img."+format)
		if err := os.WriteFile(path, out, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := exec.Command(exiftool, "-s", "-XMP-candor:all", "-XMP-iptcExt:DigitalSourceType", "-XMP-dc:Description", path).CombinedOutput()
		if err != nil {
			t.Fatalf("exiftool: %v\n%s", err, got)
		}
		for _, w := range []string{"SafetyAlteration", ": blurred", TrainedAlgorithmicMedia, d.Description} {
			if !strings.Contains(string(got), w) {
				t.Fatalf("%s: exiftool output lacks %q:\n%s", format, w, got)
			}
		}
	}
}
