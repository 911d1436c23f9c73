package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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

// resolveModelDir finds the model: the flag, then CANDOR_MODEL, then the
// built-in model beside the working directory or beside the binary
// (bin/candor -> models/builtin).
func resolveModelDir(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("CANDOR_MODEL"); env != "" {
		return env, nil
	}
	candidates := []string{filepath.Join("models", "builtin")}
	if exe, err := os.Executable(); err == nil {
		candidates = append(candidates, filepath.Join(filepath.Dir(exe), "..", "models", "builtin"))
	}
	for _, c := range candidates {
		if _, err := os.Stat(filepath.Join(c, "model_index.json")); err == nil {
			return c, nil
		}
	}
	return "", errors.New("no model found: give --model DIR (a diffusers ONNX layout) or run from the candor checkout, which holds models/builtin")
}
