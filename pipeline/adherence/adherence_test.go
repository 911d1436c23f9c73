package adherence

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/candor-ai/candor/pipeline"
)

// draw paints a toy-world picture in Go, the way training/toyworld.py does (without
// anti-aliasing): a shape of radius r centred at (cx, cy).
func draw(t testing.TB, s *Spec, bg, fg, shape string, cx, cy, r float64) *image.NRGBA {
	t.Helper()
	col := func(name string) color.NRGBA {
		for _, c := range s.Palette {
			if c.Name == name {
				return color.NRGBA{c.RGB[0], c.RGB[1], c.RGB[2], 255}
			}
		}
		t.Fatalf("no colour %q", name)
		return color.NRGBA{}
	}
	img := image.NewNRGBA(image.Rect(0, 0, s.Size, s.Size))
	b, f := col(bg), col(fg)
	for y := range s.Size {
		for x := range s.Size {
			dx, dy := float64(x)+0.5-cx, float64(y)+0.5-cy
			var in bool
			switch shape {
			case "circle":
				in = dx*dx+dy*dy <= r*r
			case "square":
				in = math.Abs(dx) <= 0.9*r && math.Abs(dy) <= 0.9*r
			case "triangle":
				frac := (dy + r) / (1.8 * r)
				in = dy >= -r && dy <= 0.8*r && math.Abs(dx) <= frac*1.05*r
			}
			if in {
				img.SetNRGBA(x, y, f)
			} else {
				img.SetNRGBA(x, y, b)
			}
		}
	}
	return img
}

func anchor(t testing.TB, s *Spec, pos string) (float64, float64) {
	for _, a := range s.Positions {
		if a.Name == pos {
			return a.X, a.Y
		}
	}
	t.Fatalf("no position %q", pos)
	return 0, 0
}

func TestHeldOutMatchesTraining(t *testing.T) {
	want, err := os.ReadFile("../../training/heldout.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, heldoutJSON) {
		t.Fatal("pipeline/adherence/heldout.json differs from training/heldout.json: copy it over")
	}
	caps := HeldOut()
	if len(caps) < 24 {
		t.Fatalf("only %d held-out captions", len(caps))
	}
	seen := map[string]bool{}
	for _, c := range caps {
		want := "a " + c.Size + " " + c.Colour + " " + c.Shape + " on the " + c.Position + " on a " + c.Background + " background"
		if c.Text != want {
			t.Errorf("caption %q is not canonical (%q)", c.Text, want)
		}
		if c.Colour == c.Background {
			t.Errorf("caption %q: colour equals background", c.Text)
		}
		key := c.Colour + c.Shape + c.Position + c.Background
		if seen[key] {
			t.Errorf("duplicate combination %q", c.Text)
		}
		seen[key] = true
	}
	caps[0].Text = "changed"
	if HeldOut()[0].Text == "changed" {
		t.Error("HeldOut returns shared state")
	}
}

func TestParseSpecErrors(t *testing.T) {
	valid := string(heldoutJSON)
	for _, tc := range []struct {
		name, json string
	}{
		{"empty", ""},
		{"not json", "{"},
		{"array", "[]"},
		{"size zero", strings.Replace(valid, `"size": 64`, `"size": 0`, 1)},
		{"huge size", strings.Replace(valid, `"size": 64`, `"size": 1000000`, 1)},
		{"no palette", `{"size":64,"palette":[],"positions":[{"name":"left","x":1,"y":1}],"shapes":["circle"]}`},
		{"unknown colour", strings.Replace(valid, `"colour": "red"`, `"colour": "mauve"`, 1)},
		{"unknown shape", strings.Replace(valid, `"shape": "circle"`, `"shape": "hexagon"`, 1)},
		{"unknown position", strings.Replace(valid, `"position": "left"`, `"position": "up"`, 1)},
		{"wrong type", `{"size":"64"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ParseSpec([]byte(tc.json)); !errors.Is(err, ErrSpec) {
				t.Fatalf("err = %v, want ErrSpec", err)
			}
		})
	}
	if _, err := ParseSpec(heldoutJSON); err != nil {
		t.Fatal(err)
	}
}

func TestAnalyzeSynthetic(t *testing.T) {
	s := Default()
	colours := []string{"red", "green", "blue", "yellow", "purple", "orange", "white", "black"}
	i := 0
	for _, shape := range s.Shapes {
		for _, pos := range []string{"left", "right", "top", "bottom", "center"} {
			for _, r := range []float64{7, 12} {
				fg := colours[i%len(colours)]
				bg := colours[(i*3+1)%len(colours)]
				if bg == fg {
					bg = colours[(i+4)%len(colours)]
				}
				i++
				t.Run(shape+"/"+pos+"/"+fg+"-on-"+bg, func(t *testing.T) {
					x, y := anchor(t, s, pos)
					o := Analyze(draw(t, s, bg, fg, shape, x+1.3, y-0.7, r))
					if o.Shape != shape || o.Position != pos || o.Colour != fg || o.Background != bg {
						t.Fatalf("got %+v, want %s %s %s on %s", o, fg, shape, pos, bg)
					}
				})
			}
		}
	}
}

// TestAnalyzeTestdata checks pictures drawn by training/toyworld.py itself (anti-aliased),
// labelled in testdata/expected.json (python3 training/toyworld.py --testdata ...).
func TestAnalyzeTestdata(t *testing.T) {
	raw, err := os.ReadFile("testdata/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var want []struct{ File, Colour, Shape, Position, Background string }
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("no test pictures")
	}
	for _, w := range want {
		t.Run(w.File, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", w.File))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			o := Analyze(img)
			if o.Colour != w.Colour || o.Shape != w.Shape || o.Position != w.Position || o.Background != w.Background {
				t.Fatalf("got %+v, want %+v", o, w)
			}
		})
	}
}

func TestAnalyzeOddImages(t *testing.T) {
	s := Default()
	red := draw(t, s, "blue", "red", "circle", 32, 32, 10)
	gray := image.NewGray(image.Rect(0, 0, 64, 64))
	for i := range gray.Pix {
		gray.Pix[i] = uint8(i)
	}
	rgba := image.NewRGBA(image.Rect(10, 10, 74, 74)) // offset bounds
	for y := range 64 {
		for x := range 64 {
			rgba.Set(x+10, y+10, red.At(x, y))
		}
	}
	big := image.NewNRGBA(image.Rect(0, 0, 128, 128)) // another size: coordinates scale
	for y := range 128 {
		for x := range 128 {
			big.Set(x, y, red.At(x/2, y/2))
		}
	}
	for _, tc := range []struct {
		name string
		img  image.Image
		want Observation
	}{
		{"empty", image.NewNRGBA(image.Rect(0, 0, 0, 0)), Observation{}},
		{"one pixel", image.NewNRGBA(image.Rect(0, 0, 1, 1)), Observation{Background: "black"}},
		{"uniform", draw(t, s, "green", "green", "circle", 32, 32, 10), Observation{Background: "green"}},
		{"offset rgba", rgba, Observation{Background: "blue", Colour: "red", Position: "center", Shape: "circle"}},
		{"128 px", big, Observation{Background: "blue", Colour: "red", Position: "center", Shape: "circle"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := Analyze(tc.img)
			if o.Background != tc.want.Background || o.Colour != tc.want.Colour || o.Position != tc.want.Position || o.Shape != tc.want.Shape {
				t.Fatalf("got %+v, want %+v", o, tc.want)
			}
		})
	}
	_ = Analyze(gray) // any picture is analysed without panicking
}

// fakeGen draws each held-out caption correctly, or wrongly when lie is set.
type fakeGen struct {
	t     testing.TB
	lie   string // "", "shape", "position" or "colour"
	fail  error
	empty bool
	calls int
}

func (g *fakeGen) Info() pipeline.ModelInfo { return pipeline.ModelInfo{Name: "fake"} }

func (g *fakeGen) Generate(ctx context.Context, req pipeline.Request, _ pipeline.Progress) (pipeline.Result, error) {
	g.calls++
	if g.fail != nil {
		return pipeline.Result{}, g.fail
	}
	if g.empty {
		return pipeline.Result{}, nil
	}
	s := Default()
	for _, c := range s.Captions {
		if c.Text != req.Prompt {
			continue
		}
		shape, pos, fg := c.Shape, c.Position, c.Colour
		switch g.lie {
		case "shape":
			shape = map[string]string{"circle": "square", "square": "triangle", "triangle": "circle"}[shape]
		case "position":
			pos = map[string]string{"left": "right", "right": "left", "top": "bottom", "bottom": "center", "center": "top"}[pos]
		case "colour":
			for _, p := range s.Palette {
				if p.Name != fg && p.Name != c.Background {
					fg = p.Name
					break
				}
			}
		}
		x, y := anchor(g.t, s, pos)
		r := 7.0
		if c.Size == "large" {
			r = 12
		}
		img := draw(g.t, s, c.Background, fg, shape, x+float64(req.Seed%3)-1, y, r)
		return pipeline.Result{Images: []pipeline.Image{{Pixels: img, Seed: req.Seed}}, Steps: 20, Guidance: 5}, nil
	}
	g.t.Fatalf("unexpected prompt %q", req.Prompt)
	return pipeline.Result{}, nil
}

func TestEvaluate(t *testing.T) {
	ctx := context.Background()
	n := len(HeldOut()) * 2
	for _, tc := range []struct {
		lie                     string
		colour, position, shape float64
	}{
		{"", 1, 1, 1},
		{"shape", 1, 1, 0},
		{"position", 1, 0, 1},
		{"colour", 0, 1, 1},
	} {
		t.Run("lie="+tc.lie, func(t *testing.T) {
			g := &fakeGen{t: t, lie: tc.lie}
			rep, err := Evaluate(ctx, g, Options{Seeds: 2})
			if err != nil {
				t.Fatal(err)
			}
			if rep.N != n || g.calls != n {
				t.Fatalf("N = %d, calls = %d, want %d", rep.N, g.calls, n)
			}
			got := [3]float64{rep.ColourAccuracy(), rep.PositionAccuracy(), rep.ShapeAccuracy()}
			if got != [3]float64{tc.colour, tc.position, tc.shape} || rep.BackgroundAccuracy() != 1 {
				t.Fatalf("report %v", rep)
			}
			if (tc.lie == "") != (len(rep.Misses) == 0) {
				t.Fatalf("%d misses", len(rep.Misses))
			}
			if rep.Steps != 20 || rep.Guidance != 5 || !strings.Contains(rep.String(), "n=") {
				t.Fatalf("report %v", rep)
			}
		})
	}
}

func TestEvaluateErrors(t *testing.T) {
	ctx := context.Background()
	boom := errors.New("boom")
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	for _, tc := range []struct {
		name string
		ctx  context.Context
		gen  pipeline.Generator
		opts Options
		want error
	}{
		{"nil generator", ctx, nil, Options{Seeds: 1}, ErrOptions},
		{"no seeds", ctx, &fakeGen{t: t}, Options{}, ErrOptions},
		{"negative steps", ctx, &fakeGen{t: t}, Options{Seeds: 1, Steps: -1}, ErrOptions},
		{"negative guidance", ctx, &fakeGen{t: t}, Options{Seeds: 1, Guidance: -1}, ErrOptions},
		{"generator fails", ctx, &fakeGen{t: t, fail: boom}, Options{Seeds: 1}, boom},
		{"no picture", ctx, &fakeGen{t: t, empty: true}, Options{Seeds: 1}, ErrGenerate},
		{"cancelled", cancelled, &fakeGen{t: t}, Options{Seeds: 1}, context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Evaluate(tc.ctx, tc.gen, tc.opts); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestBuiltinModelHashes checks every file of models/builtin against its SHA256SUMS, and
// that no file is missing from the list.
func TestBuiltinModelHashes(t *testing.T) {
	dir := "../../models/builtin"
	f, err := os.Open(filepath.Join(dir, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("bad line %q", sc.Text())
		}
		listed[name] = sum
	}
	for _, need := range []string{"model_index.json", "unet/model.onnx", "text_encoder/model.onnx",
		"vae_decoder/model.onnx", "tokenizer/vocab.json", "tokenizer/merges.txt", "scheduler/scheduler_config.json",
		"MODEL_CARD.md"} {
		if listed[need] == "" {
			t.Errorf("%s not in SHA256SUMS", need)
		}
	}
	var total int64
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		if rel == "SHA256SUMS" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		total += int64(len(data))
		h := sha256.Sum256(data)
		switch want, ok := listed[rel]; {
		case !ok:
			t.Errorf("%s is not listed in SHA256SUMS", rel)
		case hex.EncodeToString(h[:]) != want:
			t.Errorf("%s: sha256 %x, SHA256SUMS says %s (re-export or run training/export.py --sums-only models/builtin)", rel, h, want)
		}
		delete(listed, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range listed {
		t.Errorf("%s listed but missing", name)
	}
	if total > 20<<20 {
		t.Errorf("built-in model is %d bytes, over 20 MiB", total)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	s := Default()
	img := draw(b, s, "blue", "red", "triangle", 16, 32, 12)
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Analyze(img)
	}
}

func FuzzParseSpec(f *testing.F) {
	f.Add(heldoutJSON)
	f.Add([]byte(`{"size":64,"palette":[{"name":"a","rgb":[1,2,3]},{"name":"b","rgb":[3,2,1]}],"positions":[{"name":"c","x":1,"y":2}],"shapes":["s"],"captions":[{"text":"t","colour":"a","background":"b","position":"c","shape":"s"}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSpec(data)
		if err != nil {
			if !errors.Is(err, ErrSpec) {
				t.Fatalf("error %v does not wrap ErrSpec", err)
			}
			return
		}
		img := image.NewNRGBA(image.Rect(0, 0, 9, 9))
		img.Pix[40] = 255
		_ = s.Analyze(img)
	})
}

// FuzzAnalyze feeds arbitrary pixels (and sizes) to Analyze: it must never panic and must
// name only palette colours, positions and shapes.
func FuzzAnalyze(f *testing.F) {
	s := Default()
	f.Add(uint8(64), uint8(64), draw(f, s, "blue", "red", "circle", 16, 32, 7).Pix)
	f.Add(uint8(1), uint8(3), []byte{1, 2, 3})
	f.Add(uint8(0), uint8(0), []byte{})
	f.Fuzz(func(t *testing.T, w, h uint8, pix []byte) {
		img := image.NewNRGBA(image.Rect(0, 0, int(w), int(h)))
		copy(img.Pix, pix)
		o := s.Analyze(img)
		valid := map[string]bool{"": true}
		for _, c := range s.Palette {
			valid[c.Name] = true
		}
		for _, p := range s.Positions {
			valid[p.Name] = true
		}
		for _, sh := range s.Shapes {
			valid[sh] = true
		}
		for _, v := range []string{o.Background, o.Colour, o.Position, o.Shape} {
			if !valid[v] {
				t.Fatalf("unknown label %q in %+v", v, o)
			}
		}
	})
}
