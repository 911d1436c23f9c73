package sumcheck

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// recorder notes failures instead of stopping the test.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true; panic(r) }
func (r *recorder) Fatalf(string, ...any) { r.failed = true; panic(r) }

func run(dir string, sums []byte, required []string) (failed bool) {
	r := &recorder{}
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
		failed = r.failed
	}()
	Check(r, dir, sums, required, "hint")
	return r.failed
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "model.onnx"), []byte("weights"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "embed.go"), []byte("package x"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := []byte(fmt.Sprintf("%x  model.onnx\n", sha256.Sum256([]byte("weights"))))
	if run(dir, good, []string{"model.onnx"}) {
		t.Fatal("matching sums failed")
	}
	for name, c := range map[string]struct {
		sums     []byte
		required []string
	}{
		"wrong hash":       {[]byte(fmt.Sprintf("%x  model.onnx\n", sha256.Sum256([]byte("other")))), nil},
		"file not listed":  {nil, nil},
		"listed, missing":  {append(append([]byte{}, good...), fmt.Sprintf("%x  gone.json\n", sha256.Sum256(nil))...), nil},
		"required missing": {good, []string{"MODEL_CARD.md"}},
		"malformed line":   {[]byte("abc model.onnx\n"), nil},
	} {
		if !run(dir, c.sums, c.required) {
			t.Errorf("%s: passed", name)
		}
	}
}
