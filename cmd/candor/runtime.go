package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/candor-ai/candor/models"
)

// ortVersion is the ONNX Runtime release `make ort` fetches.
const ortVersion = "1.30.0"

// resolveORTLib finds the ONNX Runtime library: the flag, then
// CANDOR_ORT_LIB, then the cache path `make ort` writes to.
func resolveORTLib(flagValue string) (string, error) {
	candidates := []string{flagValue, os.Getenv("CANDOR_ORT_LIB")}
	cache := os.Getenv("XDG_CACHE_HOME")
	if cache == "" {
		if home, err := os.UserHomeDir(); err == nil {
			cache = filepath.Join(home, ".cache")
		}
	}
	if cache != "" {
		candidates = append(candidates, filepath.Join(cache, "candor", "onnxruntime", ortVersion, "libonnxruntime.so.1"))
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if _, err := os.Stat(c); err == nil {
			return c, nil
		} else if c == flagValue || c == os.Getenv("CANDOR_ORT_LIB") {
			return "", fmt.Errorf("ONNX Runtime library %s: %w (run `make ort` to fetch it)", c, err)
		}
	}
	return "", errors.New("ONNX Runtime library not found: run `make ort` (it caches the library under ~/.cache/candor), or give --ort-lib or CANDOR_ORT_LIB")
}

// resolveModelDir finds the model: the flag (or config), then CANDOR_MODEL,
// then the built-in model carried in the binary, written out once under
// <data-dir>/models (content-addressed, verified against its SHA256SUMS), so
// the binary works from any directory and when copied elsewhere.
func resolveModelDir(flagValue, dataDir string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("CANDOR_MODEL"); env != "" {
		return env, nil
	}
	dir, err := models.MaterializeBuiltin(filepath.Join(dataDir, "models"))
	if err != nil {
		return "", fmt.Errorf("built-in model: %w", err)
	}
	return dir, nil
}
