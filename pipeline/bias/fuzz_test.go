package bias_test

import (
	"context"
	"encoding/json"
	"errors"
	"image"
	"io/fs"
	"reflect"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/candor-ai/candor/pipeline/bias"
)

// FuzzNewToyWorld: data is refused with ErrData or accepted; accepted data
// declares well-formed attributes, survives a round trip through its own
// Data() unchanged, and its reader reads any picture as one of the
// declared classes or Unknown for every attribute, never anything else.
func FuzzNewToyWorld(f *testing.F) {
	f.Add(builtinData(f))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"reader":"x","width":2,"height":2,"person":{"attribute":"a","others":[{"name":"o","rgb":[0,0,0]}]},"attributes":[{"name":"a","kind":"nearest","regions":[[0,0,1,1]],"max_delta_e":5,"classes":[{"name":"p","rgb":[1,2,3]},{"name":"q","rgb":[200,2,3]}]}]}`))
	pics := []*image.NRGBA{solid(64, 64, skinLight), solid(7, 3, skinLight), solid(1, 1, skinLight)}
	for _, s := range toySamples(f)[:4] {
		pics = append(pics, s.Image)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := bias.NewToyWorld(data)
		if err != nil {
			if !errors.Is(err, bias.ErrData) {
				t.Fatalf("error %v does not wrap ErrData", err)
			}
			return
		}
		attrs := r.Attributes()
		if len(attrs) == 0 {
			t.Fatal("accepted with no attributes")
		}
		for _, a := range attrs {
			if len(a.Classes) < 2 || slices.Contains(a.Classes, bias.Unknown) {
				t.Fatalf("attribute %v", a)
			}
		}
		again, err := json.Marshal(r.Data())
		if err != nil {
			t.Fatal(err)
		}
		r2, err := bias.NewToyWorld(again)
		if err != nil {
			t.Fatalf("own data refused: %v\n%s", err, again)
		}
		if !reflect.DeepEqual(r2.Data(), r.Data()) {
			t.Fatalf("round trip changed the data:\n%+v\n%+v", r.Data(), r2.Data())
		}
		for _, img := range pics {
			got, err := r.Read(context.Background(), img)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(attrs) {
				t.Fatalf("read %v for attributes %v", got, attrs)
			}
			for _, a := range attrs {
				if v := got[a.Name]; v != bias.Unknown && !slices.Contains(a.Classes, v) {
					t.Fatalf("%s = %q, not one of %v", a.Name, v, a.Classes)
				}
			}
		}
	})
}

// FuzzLoadLabelled: a labels file is refused with ErrData or gives one
// sample per entry, each with a decoded picture and without "file" among
// its labels.
func FuzzLoadLabelled(f *testing.F) {
	png, err := fs.ReadFile(toyFS(), "person_000.png")
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(`[{"file":"a.png","skin_tone":"light"}]`))
	f.Add([]byte(`[{"file":"../a.png"}]`))
	f.Add([]byte(`[{"file":"b.png"}]`))
	f.Add([]byte(`{"file":"a.png"}`))
	f.Fuzz(func(t *testing.T, labels []byte) {
		fsys := fstest.MapFS{
			"d/labels.json": {Data: labels},
			"d/a.png":       {Data: png},
			"d/b.png":       {Data: []byte("not a png")},
		}
		s, err := bias.LoadLabelled(fsys, "d")
		if err != nil {
			if !errors.Is(err, bias.ErrData) {
				t.Fatalf("error %v does not wrap ErrData", err)
			}
			return
		}
		var rows []map[string]any
		if err := json.Unmarshal(labels, &rows); err != nil || len(rows) != len(s) {
			t.Fatalf("%d samples from %s", len(s), labels)
		}
		for _, x := range s {
			if x.Image == nil || x.Image.Rect.Dx() != 64 {
				t.Fatalf("sample %s without its picture", x.File)
			}
			if _, ok := x.Labels["file"]; ok {
				t.Fatal("file kept as a label")
			}
		}
	})
}
