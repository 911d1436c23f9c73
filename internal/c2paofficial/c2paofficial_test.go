package c2paofficial

import (
	"bytes"
	"context"
	"errors"
	"image"
	stdpng "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindNotInstalled(t *testing.T) {
	for _, tc := range []struct {
		name, dir, want string
	}{
		{"unset", "", "CANDOR_C2PA_WASM_DIR is not set"},
		{"empty folder", t.TempDir(), "c2pa-wasm is not installed in"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("CANDOR_C2PA_WASM_DIR", tc.dir)
			_, err := Find()
			if !errors.Is(err, ErrNotInstalled) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Find: %v, want ErrNotInstalled with %q", err, tc.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	two := []byte(`{"file":"/x/a.png","validation_state":"Valid","failure":["signingCredential.untrusted"],"actions":[{"action":"c2pa.created"}]}
{"file":"/y/b.jpg","validation_state":"NoManifest","error":"JumbfNotFound"}
`)
	res, err := parse(two, 2)
	if err != nil {
		t.Fatal(err)
	}
	if a := res["a.png"]; a.ValidationState != "Valid" || len(a.Failure) != 1 || len(a.Actions) != 1 || a.Actions[0].Action != "c2pa.created" {
		t.Errorf("a.png: %+v", a)
	}
	if b := res["b.jpg"]; b.ValidationState != "NoManifest" || b.Error != "JumbfNotFound" {
		t.Errorf("b.jpg: %+v", b)
	}
	for _, tc := range []struct {
		name string
		out  string
		want int
	}{
		{"missing a file", string(two), 3},
		{"not JSON", "RuntimeError: unreachable\n", 1},
		{"nothing", "", 1},
	} {
		if _, err := parse([]byte(tc.out), tc.want); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestRunRejectsSameBaseName(t *testing.T) {
	v := Verifier{Dir: t.TempDir(), Node: "node"}
	if _, err := v.Run(context.Background(), Options{}, "a/x.png", "b/x.png"); err == nil || !strings.Contains(err.Error(), "two files named x.png") {
		t.Fatalf("Run: %v", err)
	}
}

// TestVerifyRealInstall runs the installed verifier over a file without a
// manifest and one that is not an image, in one process.
func TestVerifyRealInstall(t *testing.T) {
	v := Locate(t)
	dir := t.TempDir()
	png := filepath.Join(dir, "plain.png")
	var b bytes.Buffer
	if err := stdpng.Encode(&b, image.NewGray(image.Rect(0, 0, 8, 8))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(png, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(dir, "junk.bin")
	if err := os.WriteFile(junk, []byte("not an image"), 0o600); err != nil {
		t.Fatal(err)
	}
	res := v.Verify(t, Options{Repeat: 2}, png, junk)
	if r := res["plain.png"]; r.ValidationState != "NoManifest" {
		t.Errorf("plain.png: %+v", r)
	}
	if r := res["junk.bin"]; r.ValidationState != "NoManifest" && r.ValidationState != "Error" {
		t.Errorf("junk.bin: %+v", r)
	}
	if r := VerifyFile(t, png, ""); r.ValidationState != "NoManifest" {
		t.Errorf("VerifyFile: %+v", r)
	}
}
