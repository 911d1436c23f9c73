package gateway

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

type sseEvent struct {
	name string
	data map[string]any
}

func readEvents(t *testing.T, body string) []sseEvent {
	t.Helper()
	var out []sseEvent
	var cur sseEvent
	sc := bufio.NewScanner(strings.NewReader(body))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			cur.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &cur.data); err != nil {
				t.Fatalf("event data: %v: %s", err, line)
			}
		case line == "":
			if cur.name != "" {
				out = append(out, cur)
			}
			cur = sseEvent{}
		}
	}
	return out
}

func TestStreamPartialsThenCompleted(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","stream":true,"partial_images":2,"seed":4}`)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/event-stream" {
		t.Fatalf("%d %q %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	evs := readEvents(t, rec.Body.String())
	if len(evs) != 3 || evs[0].name != eventPartial || evs[1].name != eventPartial || evs[2].name != eventCompleted {
		t.Fatalf("events %v", evs)
	}
	for i, e := range evs[:2] {
		c, _ := e.data["candor"].(map[string]any)
		if e.data["partial_image_index"] != float64(i) || e.data["type"] != eventPartial || c["preview"] != true || e.data["b64_json"] == "" {
			t.Errorf("partial %d: %v", i, e.data)
		}
	}
	img, _ := base64.StdEncoding.DecodeString(evs[2].data["b64_json"].(string))
	if !strings.HasPrefix(string(img), "\x89PNG fake candor-") {
		t.Errorf("completed image %q", img)
	}
	c, _ := evs[2].data["candor"].(map[string]any)
	if c["request_id"] != rec.Header().Get(HeaderRequestID) {
		t.Errorf("completed candor %v", c)
	}
	if es := h.audit.all(); len(es) != 2 || es[1].Outcome != "generated" {
		t.Errorf("entries %+v", es)
	}
}

func TestStreamBlockedAndDenied(t *testing.T) {
	h := newHarness(t, nil)
	h.images.block = true
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","stream":true,"partial_images":3}`)
	evs := readEvents(t, rec.Body.String())
	last := evs[len(evs)-1]
	errObj, _ := last.data["error"].(map[string]any)
	if last.name != eventError || errObj["code"] != "content_policy_violation" || errObj["param"] != "output" {
		t.Fatalf("events %v", evs)
	}
	for _, e := range evs {
		if e.name == eventPartial || e.name == eventCompleted {
			t.Errorf("a blocked generation sent %s", e.name)
		}
	}
	h = newHarness(t, nil)
	rec = h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a forbidden cat","stream":true}`)
	evs = readEvents(t, rec.Body.String())
	if len(evs) != 1 || evs[0].name != eventError || evs[0].data["error"].(map[string]any)["param"] != "prompt" || h.images.Calls() != 0 {
		t.Fatalf("denied: %v", evs)
	}
	mustError(t, h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","stream":true,"partial_images":-1}`), 400, "invalid_value")
	mustError(t, h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","stream":true,"partial_images":500}`), 400, "invalid_value")
}

// TestStreamFlaggedPreviewSkipped: a preview the output safety stage would
// block is not sent.
func TestStreamFlaggedPreviewSkipped(t *testing.T) {
	h := newHarness(t, nil)
	h.images.oddBad = true
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","stream":true,"partial_images":3,"n":2,"seed":2}`)
	for _, e := range readEvents(t, rec.Body.String()) {
		if e.name == eventPartial {
			b, _ := base64.StdEncoding.DecodeString(e.data["b64_json"].(string))
			if len(b) == 0 {
				t.Error("empty preview")
			}
		}
	}
	// Image 1 (seed 3, odd) is blocked; its previews were judged and skipped:
	// with 3 partials over 20 steps, the preview at step 14 (image 1) is not sent.
	evs := readEvents(t, rec.Body.String())
	partials := 0
	for _, e := range evs {
		if e.name == eventPartial {
			partials++
		}
	}
	if partials != 2 {
		t.Errorf("%d partials sent, want 2 (one skipped): %v", partials, evs)
	}
}

// TestStreamDisconnectCancels: a client that goes away stops the work.
func TestStreamDisconnectCancels(t *testing.T) {
	h := newHarness(t, nil)
	h.images.delay = 5 * time.Second
	srv := httptest.NewServer(h.srv.Handler())
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/v1/images/generations",
		strings.NewReader(`{"prompt":"a cat","stream":true,"partial_images":3}`))
	req.Header.Set("Authorization", "Bearer gen-a")
	req.Header.Set("Content-Type", "application/json")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(resp.Body)
	if line, err := r.ReadString('\n'); err != nil || !strings.HasPrefix(line, "event: ") {
		t.Fatalf("first event: %q %v", line, err)
	}
	cancel()
	resp.Body.Close()
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		h.images.mu.Lock()
		done := h.images.cancelled
		h.images.mu.Unlock()
		if done {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the generation went on after the client left")
}
