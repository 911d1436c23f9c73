package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// TestStreamEndToEnd streams a generation of the built-in model: previews
// decoded from the latents emerge before the signed, trusted image.
func TestStreamEndToEnd(t *testing.T) {
	requireORT(t)
	dir := filepath.Join(t.TempDir(), "var")
	key := newKey(t, dir, "museum", "generate")
	url, _ := startServe(t, serveOptions{dataDir: dir})
	req, _ := http.NewRequest(http.MethodPost, url+"/v1/images/generations",
		strings.NewReader(`{"prompt":"a large red circle on the center on a blue background","stream":true,"partial_images":3,"seed":1}`))
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var names []string
	var previews []string
	var final []byte
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "event: "); ok {
			names = append(names, name)
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			continue
		}
		var ev struct {
			Type    string `json:"type"`
			B64JSON string `json:"b64_json"`
		}
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			t.Fatal(err)
		}
		b, _ := base64.StdEncoding.DecodeString(ev.B64JSON)
		switch ev.Type {
		case "image_generation.partial_image":
			previews = append(previews, string(b))
		case "image_generation.completed":
			final = b
		}
	}
	if len(previews) < 2 || final == nil || names[len(names)-1] != "image_generation.completed" {
		t.Fatalf("events %v", names)
	}
	if previews[0] == previews[1] {
		t.Error("two previews are the same picture: the image did not emerge")
	}
	if rep := trusted(t, final, dir); rep.Generation.Seed != 1 {
		t.Errorf("final image %+v", rep.Generation)
	}
}
