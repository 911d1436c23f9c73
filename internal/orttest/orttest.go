// Package orttest is for tests that need the ONNX Runtime library: one place
// that reads CANDOR_ORT_LIB and decides between skipping and failing.
package orttest

import (
	"os"
	"testing"
)

// Lib returns CANDOR_ORT_LIB. Where it is unset or missing the test skips,
// or fails under CANDOR_REQUIRE_ORT=1 (as make test sets it, so CI never
// passes by skipping).
func Lib(tb testing.TB) string {
	tb.Helper()
	lib := os.Getenv("CANDOR_ORT_LIB")
	if _, err := os.Stat(lib); lib == "" || err != nil {
		if os.Getenv("CANDOR_REQUIRE_ORT") == "1" {
			tb.Fatalf("CANDOR_REQUIRE_ORT=1 but CANDOR_ORT_LIB=%q is missing", lib)
		}
		tb.Skipf("ONNX Runtime library not found (CANDOR_ORT_LIB=%q); run `make ort`", lib)
	}
	return lib
}
