package gateway

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func seedRequests(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "requests", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds: %v", err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("{\"prompt\":\"\xff\"}"))
	f.Add([]byte(`{"prompt":"a","n":1e400}`))
	f.Add([]byte(`{"prompt":null,"n":null}`))
	f.Add([]byte(`{"prompt":"a","seed":18446744073709551616}`))
}

// fuzzRoute runs body through the real handler with fake backends: no
// answer may be a 5xx, and every non-2xx is OpenAI's error shape.
func fuzzRoute(f *testing.F, path string) { fuzzRouteAs(f, path, "gen-a", nil) }

func fuzzRouteAs(f *testing.F, path, key string, edit func(*Config)) {
	seedRequests(f)
	f.Add([]byte(`{"prompt":"a cat","stream":true,"partial_images":2}`))
	f.Add([]byte(`{"prompts":["a ceo"],"n":8,"guidance":[1,5]}`))
	h := newHarness(f, edit)
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := h.do(http.MethodPost, path, key, "application/json", body)
		if rec.Header().Get("Content-Type") == "text/event-stream" {
			// A stream: every event's data is JSON, and it ends in completed or error.
			last := ""
			for _, line := range strings.Split(rec.Body.String(), "\n") {
				if d, ok := strings.CutPrefix(line, "data: "); ok && !json.Valid([]byte(d)) {
					t.Fatalf("event data is not JSON: %q", d)
				}
				if e, ok := strings.CutPrefix(line, "event: "); ok {
					last = e
				}
			}
			if last != eventCompleted && last != eventError {
				t.Fatalf("stream ends with %q", last)
			}
			return
		}
		if rec.Code >= 500 {
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		if rec.Code >= 300 {
			var e apiErr
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Message == "" || e.Error.Type == "" {
				t.Fatalf("status %d, body not an error: %s", rec.Code, rec.Body)
			}
			if rec.Code != 400 && rec.Code != 413 {
				t.Fatalf("status %d for %q", rec.Code, body)
			}
		} else if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("200 with invalid JSON: %s", rec.Body)
		}
	})
}

func FuzzPolicyCheckBody(f *testing.F) { fuzzRoute(f, "/v1/policy/check") }

func FuzzImagesBody(f *testing.F) { fuzzRoute(f, "/v1/images/generations") }

func FuzzBiasRunBody(f *testing.F) {
	fuzzRouteAs(f, "/v1/bias/runs", "aud-b", func(c *Config) { c.Bias = &fakeBias{} })
}

// FuzzDecodeJSON checks the decoder alone never panics and only answers 4xx.
func FuzzDecodeJSON(f *testing.F) {
	seedRequests(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		var v imagesRequest
		err := decodeJSON(body, &v)
		if err == nil {
			return
		}
		if ae := toAPIError(err); ae.Status != 400 {
			t.Fatalf("decode error %v maps to %d", err, ae.Status)
		}
	})
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"64x64", "512x768", "x", "8x", "+8x8", "-8x8", "99999x8", "0x0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, h, err := parseSize(s, 2048)
		if err == nil && (w < 8 || h < 8 || w > 2048 || h > 2048 || w%8 != 0 || h%8 != 0) {
			t.Fatalf("%q accepted as %dx%d", s, w, h)
		}
	})
}

// FuzzVerifyBody sends arbitrary bodies to POST /v1/verify as PNG, JPEG and
// multipart: never a 5xx other than a verifier timeout, never a panic.
func FuzzVerifyBody(f *testing.F) {
	f.Add(uint8(0), []byte("\x89PNG\r\n\x1a\n"))
	f.Add(uint8(1), []byte{0xFF, 0xD8, 0xFF})
	f.Add(uint8(2), []byte("--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\x89PNG\r\n\x1a\n\r\n--B--\r\n"))
	f.Add(uint8(2), []byte("--B\r\n\r\n--B--"))
	f.Add(uint8(3), []byte("GIF89a"))
	types := []string{"image/png", "image/jpeg", "multipart/form-data; boundary=B", "image/gif", "multipart/form-data"}
	h := newHarness(f, nil)
	f.Fuzz(func(t *testing.T, ct uint8, body []byte) {
		rec := h.do(http.MethodPost, "/v1/verify", "", types[int(ct)%len(types)], body)
		if rec.Code >= 500 && !bytes.Contains(body, []byte("slow")) { // "slow" makes the fake verifier time out
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	})
}
