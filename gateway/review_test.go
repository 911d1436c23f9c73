package gateway

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

type blockedBody struct {
	Error struct {
		Code    string `json:"code"`
		Param   string `json:"param"`
		Reasons []struct {
			Rule, Label string
			Score       float64
		} `json:"reasons"`
		Candor candorEnvelope `json:"candor"`
	} `json:"error"`
}

func TestImagesPartlyBlocked(t *testing.T) {
	h := newHarness(t, nil)
	h.images.oddBad = true
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","n":2,"seed":10}`)
	if rec.Code != 200 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	var got imagesResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Data) != 1 || len(got.Candor.Images) != 2 || got.Candor.Blocked != 1 {
		t.Fatalf("%s", rec.Body)
	}
	ok, bad := got.Candor.Images[0], got.Candor.Images[1]
	if ok.Safety != "pass" || ok.DataIndex == nil || *ok.DataIndex != 0 || len(ok.Reasons) != 0 {
		t.Errorf("image 0 %+v", ok)
	}
	if bad.Safety != "blocked" || bad.DataIndex != nil || len(bad.Reasons) != 1 || bad.ManifestID != "" || bad.SafetyScores["fake.unsafe"] != 0.25 {
		t.Errorf("image 1 %+v", bad)
	}
	if !strings.Contains(rec.Body.String(), `"timings_ms"`) {
		t.Error("no per-stage timings in the answer")
	}
}

func TestImagesAllBlocked(t *testing.T) {
	h := newHarness(t, nil)
	h.images.block = true
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","n":2}`)
	mustError(t, rec, 400, "content_policy_violation")
	var b blockedBody
	if err := json.Unmarshal(rec.Body.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	if b.Error.Param != "output" || len(b.Error.Reasons) != 2 || b.Error.Reasons[0].Label != "fake.unsafe" ||
		len(b.Error.Candor.Images) != 2 || b.Error.Candor.Blocked != 2 {
		t.Errorf("%s", rec.Body)
	}
	if strings.Contains(rec.Body.String(), "b64_json") {
		t.Error("a blocked image left the gateway")
	}
}

func TestReviewFlow(t *testing.T) {
	h := newHarness(t, nil)
	h.images.hold = true
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat","n":2}`)
	mustError(t, rec, 400, "content_policy_violation")
	var b blockedBody
	_ = json.Unmarshal(rec.Body.Bytes(), &b)
	imgs := b.Error.Candor.Images
	if len(imgs) != 2 || imgs[0].Safety != "held" || imgs[0].ReviewID == "" || b.Error.Candor.Held != 2 {
		t.Fatalf("%s", rec.Body)
	}
	id0, id1 := imgs[0].ReviewID, imgs[1].ReviewID
	held := "/v1/images/held/"
	if rec := h.do(http.MethodGet, held+id0, "gen-a", "", nil); rec.Code != http.StatusAccepted || rec.Header().Get("Retry-After") == "" {
		t.Errorf("pending: %d %s", rec.Code, rec.Body)
	}
	mustError(t, h.do(http.MethodGet, held+id0, "gen-a2", "", nil), 404, "not_found") // same tenant, other key
	mustError(t, h.do(http.MethodGet, held+id0, "gen-b", "", nil), 404, "not_found")
	mustError(t, h.do(http.MethodGet, held+"rv_x%2F..%2Fetc", "gen-a", "", nil), 400, "invalid_value")
	mustError(t, h.do(http.MethodGet, "/v1/review/items", "gen-a", "", nil), 403, "")

	rec = h.do(http.MethodGet, "/v1/review/items?status=pending", "rev-a", "", nil)
	var list struct{ Data []reviewItem }
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil || rec.Code != 200 || len(list.Data) != 2 ||
		list.Data[0].Status != "pending" || list.Data[0].RequesterKey != "ka1" {
		t.Fatalf("list: %d %s", rec.Code, rec.Body)
	}
	if strings.Contains(rec.Body.String(), "meta") || strings.Contains(rec.Body.String(), "generation") {
		t.Errorf("the list leaks stored metadata: %s", rec.Body)
	}
	rec = h.do(http.MethodGet, "/v1/review/items", "rev-b", "", nil)
	if !strings.Contains(rec.Body.String(), `"data":[]`) {
		t.Errorf("another tenant's reviewer sees: %s", rec.Body)
	}
	mustError(t, h.do(http.MethodGet, "/v1/review/items?status=maybe", "rev-a", "", nil), 400, "invalid_value")
	if rec := h.do(http.MethodGet, "/v1/review/items/"+id0+"/image", "rev-a", "", nil); rec.Code != 200 ||
		rec.Header().Get("Content-Type") != "image/png" || !strings.HasPrefix(rec.Body.String(), "\x89PNG") {
		t.Errorf("review image: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	mustError(t, h.do(http.MethodGet, "/v1/review/items/"+id0+"/image", "rev-b", "", nil), 404, "not_found")
	mustError(t, h.postJSON("/v1/review/items/"+id0+"/release", "rev-b", `{}`), 404, "not_found")

	if rec := h.postJSON("/v1/review/items/"+id0+"/release", "rev-a", `{}`); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"status":"released"`) {
		t.Fatalf("release: %d %s", rec.Code, rec.Body)
	}
	mustError(t, h.postJSON("/v1/review/items/"+id0+"/release", "rev-a", `{}`), 409, "already_decided")
	rec = h.do(http.MethodGet, held+id0, "gen-a", "", nil)
	if rec.Code != 200 || !strings.HasPrefix(rec.Body.String(), "\x89PNG fake candor-") {
		t.Errorf("released: %d %q", rec.Code, rec.Body)
	}
	if rec := h.postJSON("/v1/review/items/"+id1+"/reject", "rev-a", `{}`); rec.Code != 200 {
		t.Fatalf("reject: %d %s", rec.Code, rec.Body)
	}
	mustError(t, h.do(http.MethodGet, held+id1, "gen-a", "", nil), 410, "rejected")
	mustError(t, h.do(http.MethodGet, "/v1/review/items/"+id1+"/image", "rev-a", "", nil), 410, "rejected")

	// Every step is audited with the key that took it.
	var steps []string
	for _, e := range h.audit.all() {
		if strings.HasPrefix(e.Outcome, "review_") || e.Outcome == "held" {
			steps = append(steps, e.Outcome+"/"+e.KeyID)
		}
	}
	want := "held/ka1,held/ka1,held/ka1,review_released/ka5,review_released/ka5,review_rejected/ka5,review_rejected/ka5"
	if strings.Join(steps, ",") != want {
		t.Errorf("audited steps %v, want %s", steps, want)
	}
}
