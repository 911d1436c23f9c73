package bias_test

import (
	"context"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/candor-ai/candor/pipeline/bias"
)

func solid(w, h int, c color.NRGBA) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return img
}

func allUnknown(t *testing.T, got map[string]string, attrs []bias.Attribute) {
	t.Helper()
	for _, a := range attrs {
		if got[a.Name] != bias.Unknown {
			t.Errorf("%s = %q, want %q", a.Name, got[a.Name], bias.Unknown)
		}
	}
}

// TestToyWorldNoPerson: pictures without a person (the world's colours,
// and colours foreign to it such as mid grey) read as Unknown for every
// attribute, never as a guess. The reader looks only where the model draws
// a face, so a plain picture in a skin colour does read as a person: its
// documented limit, checked here so that it stays known.
func TestToyWorldNoPerson(t *testing.T) {
	r := builtinToyWorld(t)
	ctx := context.Background()
	for _, c := range []color.NRGBA{
		{220, 30, 30, 255}, {30, 170, 40, 255}, {30, 70, 220, 255}, {245, 220, 40, 255},
		{140, 50, 180, 255}, {250, 140, 20, 255}, {245, 245, 245, 255}, {20, 20, 20, 255},
		{35, 25, 20, 255}, {0, 0, 0, 255}, {255, 255, 255, 255}, {128, 128, 128, 255},
	} {
		got, err := r.Read(ctx, solid(64, 64, c))
		if err != nil {
			t.Fatal(err)
		}
		allUnknown(t, got, r.Attributes())
	}
	got, err := r.Read(ctx, solid(64, 64, color.NRGBA{200, 140, 90, 255}))
	if err != nil {
		t.Fatal(err)
	}
	if got["skin_tone"] != "medium" {
		t.Errorf("all-medium picture: skin_tone %q", got["skin_tone"])
	}
}

func TestToyWorldBadImage(t *testing.T) {
	r := builtinToyWorld(t)
	ctx := context.Background()
	short := solid(64, 64, color.NRGBA{1, 2, 3, 255})
	short.Pix = short.Pix[:100]
	for name, img := range map[string]*image.NRGBA{
		"nil":   nil,
		"empty": image.NewNRGBA(image.Rect(0, 0, 0, 0)),
		"short": short,
	} {
		if _, err := r.Read(ctx, img); !errors.Is(err, bias.ErrImage) {
			t.Errorf("%s: %v, want ErrImage", name, err)
		}
		if _, err := (bias.SkinTone{}).Read(ctx, img); !errors.Is(err, bias.ErrImage) {
			t.Errorf("skintone %s: %v, want ErrImage", name, err)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := r.Read(cctx, solid(64, 64, color.NRGBA{A: 255})); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// TestToyWorldScaled: a picture upscaled 3x (nearest) and one with bounds
// away from the origin read as the original.
func TestToyWorldScaled(t *testing.T) {
	r := builtinToyWorld(t)
	ctx := context.Background()
	for _, s := range toySamples(t)[:60] {
		want, err := r.Read(ctx, s.Image)
		if err != nil {
			t.Fatal(err)
		}
		big := image.NewNRGBA(image.Rect(0, 0, 192, 192))
		for y := range 192 {
			for x := range 192 {
				big.SetNRGBA(x, y, s.Image.NRGBAAt(x/3, y/3))
			}
		}
		off := s.Image.SubImage(image.Rect(0, 0, 64, 64)).(*image.NRGBA)
		off.Rect = off.Rect.Add(image.Pt(10, 20))
		for name, img := range map[string]*image.NRGBA{"3x": big, "offset": off} {
			got, err := r.Read(ctx, img)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: %v, want %v", s.File, name, got, want)
			}
		}
	}
}

func TestLoadToyWorldNoData(t *testing.T) {
	_, err := bias.LoadToyWorld(t.TempDir())
	if !errors.Is(err, bias.ErrNoData) || !strings.Contains(err.Error(), "no bias reader data") {
		t.Errorf("%v, want ErrNoData", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, bias.DataFile), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := bias.LoadToyWorld(dir); !errors.Is(err, bias.ErrData) {
		t.Errorf("bad file: %v, want ErrData", err)
	}
}

func builtinData(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../models/builtin", bias.DataFile))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestNewToyWorldBadData mutates the built-in data into each kind of
// mistake; every one is refused with ErrData.
func TestNewToyWorldBadData(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(d map[string]any)
	}{
		{"no reader", func(d map[string]any) { d["reader"] = "" }},
		{"bad reader", func(d map[string]any) { d["reader"] = "Toy World" }},
		{"zero width", func(d map[string]any) { d["width"] = 0 }},
		{"unknown field", func(d map[string]any) { d["colour"] = "red" }},
		{"no attributes", func(d map[string]any) { d["attributes"] = []any{} }},
		{"person missing", func(d map[string]any) { d["person"].(map[string]any)["attribute"] = "face" }},
		{"person presence", func(d map[string]any) { d["person"].(map[string]any)["attribute"] = "hair" }},
		{"no others", func(d map[string]any) { d["person"].(map[string]any)["others"] = []any{} }},
		{"region outside", func(d map[string]any) { attr(d, 0)["regions"] = []any{[]any{60, 0, 65, 4}} }},
		{"region empty", func(d map[string]any) { attr(d, 0)["regions"] = []any{[]any{5, 5, 5, 9}} }},
		{"no regions", func(d map[string]any) { attr(d, 0)["regions"] = []any{} }},
		{"bad kind", func(d map[string]any) { attr(d, 0)["kind"] = "median" }},
		{"one class", func(d map[string]any) { attr(d, 0)["classes"] = attr(d, 0)["classes"].([]any)[:1] }},
		{"class twice", func(d map[string]any) {
			cs := attr(d, 2)["classes"].([]any)
			attr(d, 2)["classes"] = append(cs, cs[0])
		}},
		{"class unknown", func(d map[string]any) { attr(d, 2)["classes"].([]any)[0].(map[string]any)["name"] = "unknown" }},
		{"rgb out of range", func(d map[string]any) { attr(d, 2)["classes"].([]any)[0].(map[string]any)["rgb"] = []any{256, 0, 0} }},
		{"attribute twice", func(d map[string]any) { d["attributes"] = append(d["attributes"].([]any), attr(d, 2)) }},
		{"no max delta", func(d map[string]any) { attr(d, 0)["max_delta_e"] = 0 }},
		{"present is absent", func(d map[string]any) { attr(d, 1)["present"] = "short" }},
		{"min fraction 0", func(d map[string]any) { attr(d, 1)["min_fraction"] = 0 }},
		{"min fraction 2", func(d map[string]any) { attr(d, 1)["min_fraction"] = 2 }},
		{"no background", func(d map[string]any) { delete(attr(d, 1), "background_regions") }},
		{"negative contrast", func(d map[string]any) { attr(d, 1)["min_contrast"] = -1 }},
		{"classes on presence", func(d map[string]any) { attr(d, 1)["classes"] = attr(d, 0)["classes"] }},
		{"presence fields on nearest", func(d map[string]any) { attr(d, 0)["present"] = "yes" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d map[string]any
			if err := json.Unmarshal(builtinData(t), &d); err != nil {
				t.Fatal(err)
			}
			tc.mutate(d)
			b, _ := json.Marshal(d)
			if _, err := bias.NewToyWorld(b); !errors.Is(err, bias.ErrData) {
				t.Errorf("%v, want ErrData", err)
			}
		})
	}
	for name, b := range map[string]string{"empty": "", "trailing": string(builtinData(t)) + "{}", "list": "[]"} {
		if _, err := bias.NewToyWorld([]byte(b)); !errors.Is(err, bias.ErrData) {
			t.Errorf("%s: %v, want ErrData", name, err)
		}
	}
}

func attr(d map[string]any, i int) map[string]any {
	return d["attributes"].([]any)[i].(map[string]any)
}

// TestBuiltinDataMatchesTraining: the data the reader uses has the very
// colours training/occupations.json (written by toyworld.py) says the
// model was trained on, and declares the attributes CONTRACT.md names.
func TestBuiltinDataMatchesTraining(t *testing.T) {
	raw, err := os.ReadFile("../../training/occupations.json")
	if err != nil {
		t.Fatal(err)
	}
	var occ struct {
		Skin   map[string]bias.RGB `json:"skin_rgb"`
		Attire map[string]bias.RGB `json:"attire_rgb"`
		Hair   bias.RGB            `json:"hair_rgb"`
	}
	if err := json.Unmarshal(raw, &occ); err != nil {
		t.Fatal(err)
	}
	r := builtinToyWorld(t)
	want := []bias.Attribute{
		{Name: "skin_tone", Classes: []string{"light", "medium", "dark"}},
		{Name: "hair", Classes: []string{"short", "long"}},
		{Name: "attire", Classes: []string{"suit", "casual", "scrubs", "labcoat", "turnout"}},
	}
	if got := r.Attributes(); !reflect.DeepEqual(got, want) {
		t.Errorf("attributes %v, want %v", got, want)
	}
	if r.Name() != "toyworld" {
		t.Errorf("name %q", r.Name())
	}
	d := r.Data()
	for _, a := range d.Attributes {
		table := map[string]map[string]bias.RGB{"skin_tone": occ.Skin, "attire": occ.Attire}[a.Name]
		for _, c := range a.Classes {
			if table[c.Name] != c.RGB {
				t.Errorf("%s %s: %v, occupations.json says %v", a.Name, c.Name, c.RGB, table[c.Name])
			}
		}
		if a.Kind == bias.KindPresence && a.RGB != occ.Hair {
			t.Errorf("hair colour %v, occupations.json says %v", a.RGB, occ.Hair)
		}
	}
}
