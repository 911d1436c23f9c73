package safety_test

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/jpeg"
	_ "image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/candor-ai/candor/models/nsfw"
	"github.com/candor-ai/candor/pipeline/safety"
)

// nsfwjsDir is CANDOR_NSFWJS_DIR (`make nsfwjs-ref`) with node, skipping
// when either is missing unless CANDOR_REQUIRE_NSFWJS=1.
func nsfwjsDir(t *testing.T) string {
	t.Helper()
	require := os.Getenv("CANDOR_REQUIRE_NSFWJS") == "1"
	skip := func(msg string) {
		t.Helper()
		if require {
			t.Fatalf("CANDOR_REQUIRE_NSFWJS=1 but %s", msg)
		}
		t.Skip(msg)
	}
	dir := os.Getenv("CANDOR_NSFWJS_DIR")
	if dir == "" {
		skip("CANDOR_NSFWJS_DIR is not set (make nsfwjs-ref)")
	}
	for _, p := range []string{"node_modules/nsfwjs/package.json", "node_modules/@tensorflow/tfjs/package.json"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			skip(fmt.Sprintf("%s is missing (make nsfwjs-ref)", filepath.Join(dir, p)))
		}
	}
	if _, err := exec.LookPath("node"); err != nil {
		skip("node is not on PATH")
	}
	return dir
}

func toNRGBA(img image.Image) *image.NRGBA {
	if n, ok := img.(*image.NRGBA); ok {
		return n
	}
	out := image.NewNRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out
}

// flatPictures are drawn like the built-in toy-world model's output (flat
// colours, simple shapes) plus edge cases of the preprocessing: exactly
// 224x224 (nsfwjs skips its resize), a thin strip, transparency.
func flatPictures() map[string]*image.NRGBA {
	fill := func(w, h int, f func(x, y int) color.NRGBA) *image.NRGBA {
		img := image.NewNRGBA(image.Rect(0, 0, w, h))
		for y := range h {
			for x := range w {
				img.SetNRGBA(x, y, f(x, y))
			}
		}
		return img
	}
	return map[string]*image.NRGBA{
		"flat-grey-64": fill(64, 64, func(x, y int) color.NRGBA { return color.NRGBA{128, 128, 128, 255} }),
		"toy-shapes-64": fill(64, 64, func(x, y int) color.NRGBA {
			switch {
			case (x-20)*(x-20)+(y-24)*(y-24) < 100:
				return color.NRGBA{220, 40, 40, 255} // a red circle
			case x > 36 && x < 56 && y > 30 && y < 50:
				return color.NRGBA{40, 80, 220, 255} // a blue square
			}
			return color.NRGBA{235, 230, 210, 255}
		}),
		"toy-person-64": fill(64, 64, func(x, y int) color.NRGBA {
			switch {
			case (x-32)*(x-32)+(y-16)*(y-16) < 64:
				return color.NRGBA{224, 172, 105, 255} // head
			case x > 22 && x < 42 && y > 24 && y < 54:
				return color.NRGBA{250, 250, 250, 255} // a lab coat
			}
			return color.NRGBA{120, 190, 120, 255}
		}),
		"stripes-224": fill(224, 224, func(x, y int) color.NRGBA {
			return color.NRGBA{uint8(x), uint8((x + y) % 256), uint8(255 - y), 255}
		}),
		"strip-3x500": fill(3, 500, func(x, y int) color.NRGBA {
			return color.NRGBA{uint8(y / 2), uint8(80 * x), 200, 255}
		}),
		"alpha-ramp-100x80": fill(100, 80, func(x, y int) color.NRGBA {
			return color.NRGBA{200, uint8(2 * y), uint8(x), uint8(x * 255 / 99)}
		}),
	}
}

// TestNSFWJSParity scores the same pictures with candor's built-in
// classifier and with the original nsfwjs 4.4.0 (its own loader, its own
// preprocessing, TensorFlow.js' CPU backend) and requires every score to
// agree within 1e-4.
func TestNSFWJSParity(t *testing.T) {
	dir := nsfwjsDir(t)
	s := newSet(t, safety.Config{Builtin: true})
	pics := flatPictures()
	files, err := filepath.Glob(filepath.Join("testdata", "parity", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".md") {
			continue
		}
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		img, _, err := image.Decode(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		pics[filepath.Base(f)] = toNRGBA(img)
	}
	if len(pics) < 10 {
		t.Fatalf("only %d pictures", len(pics))
	}
	tmp := t.TempDir()
	var args []string
	names := map[string]string{}
	for name, img := range pics {
		p := filepath.Join(tmp, name+".rgb")
		w, h := img.Rect.Dx(), img.Rect.Dy()
		b := make([]byte, 8, 8+3*w*h)
		binary.LittleEndian.PutUint32(b, uint32(w))
		binary.LittleEndian.PutUint32(b[4:], uint32(h))
		for y := range h {
			row := img.Pix[y*img.Stride:]
			for x := range w {
				b = append(b, row[4*x], row[4*x+1], row[4*x+2])
			}
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
		names[p] = name
	}
	cmd := exec.Command("node", append([]string{filepath.Join("..", "..", "training", "nsfw", "reference.js"), dir}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("reference.js: %v\n%s", err, stderr.String())
	}
	var ref []struct {
		File   string             `json:"file"`
		Scores map[string]float64 `json:"scores"`
	}
	if err := json.Unmarshal(out, &ref); err != nil {
		t.Fatalf("reference.js output: %v\n%s", err, out)
	}
	if len(ref) != len(args) {
		t.Fatalf("reference scored %d pictures, want %d", len(ref), len(args))
	}
	worst := 0.0
	for _, r := range ref {
		name := names[r.File]
		got, err := s.Score(context.Background(), pics[name])
		if err != nil {
			t.Fatal(err)
		}
		var line []string
		for _, l := range nsfw.Labels {
			want, ok := r.Scores[strings.ToUpper(l[:1])+l[1:]]
			if !ok {
				t.Fatalf("%s: reference has no %s: %v", name, l, r.Scores)
			}
			d := math.Abs(got["nsfw."+l] - want)
			worst = max(worst, d)
			if d > 1e-4 {
				t.Errorf("%s: nsfw.%s = %.6f, nsfwjs %.6f", name, l, got["nsfw."+l], want)
			}
			line = append(line, fmt.Sprintf("%s %.4f", l, want))
		}
		t.Logf("%-20s %v  %s", name, pics[name].Rect.Size(), strings.Join(line, ", "))
	}
	t.Logf("%d pictures, largest difference from nsfwjs %.2e", len(ref), worst)
}
