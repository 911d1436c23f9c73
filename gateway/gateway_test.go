package gateway

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/candor-ai/candor"
	"github.com/candor-ai/candor/flow"
	"github.com/candor-ai/candor/flow/biasaudit"
	"github.com/candor-ai/candor/flow/held"
)

type harness struct {
	srv    *Server
	audit  *fakeAudit
	images *fakeImages
	policy *fakePolicy
	logs   *bytes.Buffer
	flow   *flow.Service
}

// pendingFlow marks "build the real flow" in a harness Config.
type pendingFlow struct{ Images }

var testKeys = fakeAuth{
	"gen-a":  {KeyID: "ka1", Tenant: "a", Roles: []string{candor.RoleGenerate}},
	"aud-a":  {KeyID: "ka2", Tenant: "a", Roles: []string{candor.RoleAudit}},
	"adm-a":  {KeyID: "ka3", Tenant: "a", Roles: []string{candor.RoleAdmin}},
	"gen-b":  {KeyID: "kb1", Tenant: "b", Roles: []string{candor.RoleGenerate}},
	"aud-b":  {KeyID: "kb2", Tenant: "b", Roles: []string{candor.RoleAudit}},
	"gen-s":  {KeyID: "ks1", Tenant: "store", Roles: []string{candor.RoleGenerate}},
	"gen-r":  {KeyID: "kr1", Tenant: "slow", Roles: []string{candor.RoleGenerate}},
	"gen-a2": {KeyID: "ka4", Tenant: "a", Roles: []string{candor.RoleGenerate}},
	"rev-a":  {KeyID: "ka5", Tenant: "a", Roles: []string{candor.RoleReview}},
	"rev-b":  {KeyID: "kb5", Tenant: "b", Roles: []string{candor.RoleReview}},
}

func newHarness(t testing.TB, edit func(*Config)) *harness {
	t.Helper()
	h := &harness{audit: &fakeAudit{}, images: &fakeImages{}, policy: &fakePolicy{}, logs: &bytes.Buffer{}}
	cfg := Config{
		Logger:       slog.New(slog.NewJSONHandler(h.logs, nil)),
		Auth:         testKeys,
		Policy:       h.policy,
		Audit:        h.audit,
		Images:       pendingFlow{},
		Verifier:     fakeVerifier{},
		MasterSecret: bytes.Repeat([]byte{7}, 32),
		Tenants: []candor.Tenant{
			{Name: "store", PromptPrivacy: candor.PromptStore},
			{Name: "slow", RateLimit: candor.RateLimit{RequestsPerSecond: 0.001, Burst: 1}},
		},
		Limits: Limits{MaxBodyBytes: 4096, MaxImageBytes: 1 << 16, VerifyTimeout: 50 * time.Millisecond},
	}
	if edit != nil {
		edit(&cfg)
	}
	var srv *Server
	if _, ok := cfg.Images.(pendingFlow); ok {
		// A real flow over fakes, sharing the gateway's policy, audit log and tenants.
		dir, err := candor.NewDirectory(cfg.Tenants, cfg.DefaultTenant)
		if err != nil {
			t.Fatal(err)
		}
		master := cfg.MasterSecret
		hdir := t.TempDir()
		hs, err := held.Open(context.Background(), held.Config{Dir: filepath.Join(hdir, "held"), KeyFile: filepath.Join(hdir, "secrets", "held.key")})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = hs.Close() })
		fl, err := flow.New(flow.Config{
			Held:   hs,
			Policy: cfg.Policy.(flow.PromptPolicy), Generator: h.images,
			Safety: &flow.Safety{Classifier: fakeClassifier{}, Policy: fakeOutput{h.images}},
			Issuer: &fakeIssuer{}, Audit: cfg.Audit, Tenant: dir.Tenant,
			Secret: func(t string) []byte { return candor.TenantSecret(master, t) },
			Queue:  flow.QueueConfig{Concurrency: cfg.Limits.Concurrency, MaxWaiting: cfg.Limits.MaxWaiting, MaxWait: cfg.Limits.MaxWait},
			Hooks: flow.Hooks{Decision: func(d candor.Decision) { srv.ObserveDecision(d) },
				Stage: func(st string, d time.Duration) { srv.ObserveStage(st, d) }},
		})
		if err != nil {
			t.Fatal(err)
		}
		cfg.Images = fl
		if cfg.Review == nil {
			cfg.Review = fl
		}
		h.flow = fl
	}
	s, err := New(cfg)
	srv = s
	if err != nil {
		t.Fatal(err)
	}
	h.srv = s
	return h
}

func (h *harness) do(method, path, token, contentType string, body []byte, hdr ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.srv.Handler().ServeHTTP(rec, req)
	return rec
}

func (h *harness) postJSON(path, token, body string) *httptest.ResponseRecorder {
	return h.do(http.MethodPost, path, token, "application/json", []byte(body))
}

type apiErr struct {
	Error struct {
		Message string  `json:"message"`
		Type    string  `json:"type"`
		Code    *string `json:"code"`
		Param   *string `json:"param"`
		Reasons []struct {
			Rule, Category, Message string
		} `json:"reasons"`
	} `json:"error"`
}

// mustError checks an answer is OpenAI's error shape with status and code.
func mustError(t *testing.T, rec *httptest.ResponseRecorder, status int, code string) apiErr {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status %d, want %d; body %s", rec.Code, status, rec.Body)
	}
	var e apiErr
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		t.Fatalf("error body is not JSON: %v: %s", err, rec.Body)
	}
	raw := map[string]map[string]any{}
	_ = json.Unmarshal(rec.Body.Bytes(), &raw)
	for _, k := range []string{"message", "type", "code", "param"} {
		if _, ok := raw["error"][k]; !ok {
			t.Errorf("error body lacks %q: %s", k, rec.Body)
		}
	}
	if e.Error.Message == "" || e.Error.Type == "" {
		t.Errorf("error without message or type: %s", rec.Body)
	}
	if code != "" && (e.Error.Code == nil || *e.Error.Code != code) {
		t.Errorf("code %v, want %q: %s", e.Error.Code, code, rec.Body)
	}
	return e
}

func TestPolicyCheck(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"A Red Square","negative_prompt":"blur"}`)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var got checkResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Decision != "allow" || got.NormalizedPrompt != "a red square" || got.Revision != "rev-test" || got.Reasons == nil {
		t.Errorf("answer %+v", got)
	}
	if got.RequestID == "" || got.RequestID != rec.Header().Get(HeaderRequestID) {
		t.Errorf("request id %q vs header %q", got.RequestID, rec.Header().Get(HeaderRequestID))
	}

	rec = h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"forbidden face"}`)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &got)
	if got.Decision != "deny" || len(got.Reasons) != 1 || got.Reasons[0].Category != "people" || got.AuditIndex != 1 {
		t.Errorf("denied answer %+v", got)
	}

	entries := h.audit.all()
	if len(entries) != 2 {
		t.Fatalf("%d audit entries, want 2", len(entries))
	}
	e := entries[0]
	secret := candor.TenantSecret(bytes.Repeat([]byte{7}, 32), "a")
	if e.Tenant != "a" || e.KeyID != "ka1" || e.Route != "POST /v1/policy/check" || e.Outcome != "checked" ||
		e.Decision != "allow" || e.PolicyRevision != "rev-test" || e.RequestID == "" || e.Time.IsZero() {
		t.Errorf("entry %+v", e)
	}
	salt, _ := e.Details["commitment_salt"].(string)
	if len(salt) != 32 || e.PromptCommitment != candor.CommitSalted(secret, salt, "A Red Square") {
		t.Errorf("commitment %q (salt %q)", e.PromptCommitment, salt)
	}
	if entries[1].Details["commitment_salt"] == salt {
		t.Error("two requests share a commitment salt")
	}
	if e.Prompt != "" || e.NegativePrompt != "" {
		t.Errorf("tenant a keeps only commitments, but the entry holds %q / %q", e.Prompt, e.NegativePrompt)
	}
	if entries[1].Decision != "deny" || len(entries[1].Reasons) != 1 {
		t.Errorf("denied entry %+v", entries[1])
	}

	// A tenant that allows it keeps the prompt text.
	h.postJSON("/v1/policy/check", "gen-s", `{"prompt":"kept","negative_prompt":"neg"}`)
	last := h.audit.all()[2]
	if last.Prompt != "kept" || last.NegativePrompt != "neg" || last.Tenant != "store" {
		t.Errorf("store tenant entry %+v", last)
	}
	if candor.CommitSalted(candor.TenantSecret(bytes.Repeat([]byte{7}, 32), "store"), last.Details["commitment_salt"].(string), "kept") != last.PromptCommitment {
		t.Error("commitment differs for store tenant")
	}
}

func TestBadInput(t *testing.T) {
	long := strings.Repeat("é", DefaultMaxPromptChars+1)
	atLimit := strings.Repeat("é", DefaultMaxPromptChars)
	cases := []struct {
		name, path, token, ctype, body string
		status                         int
		code, param                    string
	}{
		{"malformed json", "/v1/policy/check", "gen-a", "application/json", `{"prompt":`, 400, "invalid_json", ""},
		{"syntax error", "/v1/policy/check", "gen-a", "application/json", `{"prompt" "x"}`, 400, "invalid_json", ""},
		{"not an object", "/v1/policy/check", "gen-a", "application/json", `["x"]`, 400, "invalid_json", ""},
		{"empty body", "/v1/policy/check", "gen-a", "application/json", ``, 400, "invalid_json", ""},
		{"trailing data", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"a"}{}`, 400, "invalid_json", ""},
		{"wrong type", "/v1/policy/check", "gen-a", "application/json", `{"prompt":5}`, 400, "invalid_type", "prompt"},
		{"unknown field", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"a","promt":"b"}`, 400, "unknown_parameter", "promt"},
		{"empty prompt", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"  "}`, 400, "empty_prompt", "prompt"},
		{"missing prompt", "/v1/policy/check", "gen-a", "application/json", `{}`, 400, "empty_prompt", "prompt"},
		{"prompt too long", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"` + long + `"}`, 413, "request_too_large", ""},
		{"negative too long", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"a","negative_prompt":"` + strings.Repeat("x", 1001) + `"}`, 400, "prompt_too_long", "negative_prompt"},
		{"invalid utf-8", "/v1/policy/check", "gen-a", "application/json", "{\"prompt\":\"a\xff\xfe\"}", 400, "invalid_encoding", ""},
		{"lone surrogate", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"a\ud800"}`, 400, "invalid_encoding", "prompt"},
		{"nul", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"a\u0000"}`, 400, "invalid_encoding", "prompt"},
		{"wrong content type", "/v1/policy/check", "gen-a", "text/plain", `{"prompt":"a"}`, 415, "unsupported_media_type", ""},
		{"body over limit", "/v1/policy/check", "gen-a", "application/json", `{"prompt":"` + strings.Repeat("a", 5000) + `"}`, 413, "request_too_large", ""},
		{"missing key", "/v1/policy/check", "", "application/json", `{"prompt":"a"}`, 401, "missing_api_key", ""},
		{"unknown key", "/v1/policy/check", "nope", "application/json", `{"prompt":"a"}`, 401, "invalid_api_key", ""},
		{"wrong role", "/v1/policy/check", "aud-a", "application/json", `{"prompt":"a"}`, 403, "insufficient_role", ""},
		{"generate key reads audit", "/v1/audit/entries", "gen-a", "", ``, 403, "insufficient_role", ""},
		{"n too big", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","n":5}`, 400, "invalid_value", "n"},
		{"n zero", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","n":0}`, 400, "invalid_value", "n"},
		{"n float", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","n":1.5}`, 400, "invalid_type", "n"},
		{"n huge", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","n":99999999999999999999}`, 400, "invalid_type", "n"},
		{"images no prompt", "/v1/images/generations", "gen-a", "application/json", `{"n":1}`, 400, "missing_parameter", "prompt"},
		{"images empty prompt", "/v1/images/generations", "gen-a", "application/json", `{"prompt":""}`, 400, "empty_prompt", "prompt"},
		{"bad size", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","size":"big"}`, 400, "invalid_value", "size"},
		{"odd size", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","size":"63x64"}`, 400, "invalid_value", "size"},
		{"huge size", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","size":"99999x8"}`, 400, "invalid_value", "size"},
		{"url format", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","response_format":"url"}`, 400, "invalid_value", "response_format"},
		{"webp", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","output_format":"webp"}`, 400, "invalid_value", "output_format"},
		{"steps zero", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","steps":0}`, 400, "invalid_value", "steps"},
		{"guidance negative", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","guidance_scale":-1}`, 400, "invalid_value", "guidance_scale"},
		{"seed negative", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","seed":-1}`, 400, "invalid_type", "seed"},
		{"seed string", "/v1/images/generations", "gen-a", "application/json", `{"prompt":"a","seed":"1"}`, 400, "invalid_type", "seed"},
		{"images wrong role", "/v1/images/generations", "aud-a", "application/json", `{"prompt":"a"}`, 403, "insufficient_role", ""},
		{"unknown route", "/v1/nothing", "", "", ``, 404, "not_found", ""},
		{"entries bad since", "/v1/audit/entries?since=yesterday", "aud-a", "", ``, 400, "invalid_value", "since"},
		{"entries bad limit", "/v1/audit/entries?limit=0", "aud-a", "", ``, 400, "invalid_value", "limit"},
		{"entries bad after", "/v1/audit/entries?after=-3", "aud-a", "", ``, 400, "invalid_value", "after"},
		{"proof no index", "/v1/audit/proof", "aud-a", "", ``, 400, "invalid_value", "index"},
		{"proof bad index", "/v1/audit/proof?index=x", "aud-a", "", ``, 400, "invalid_value", "index"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) {
				if tc.name == "prompt too long" {
					c.Limits.MaxBodyBytes = 1 << 20 // a long prompt is checked by its own limit
				}
			})
			method := http.MethodPost
			if strings.HasPrefix(tc.path, "/v1/audit") || tc.path == "/v1/nothing" {
				method = http.MethodGet
			}
			rec := h.do(method, tc.path, tc.token, tc.ctype, []byte(tc.body))
			status := tc.status
			if tc.name == "prompt too long" {
				status, tc.code, tc.param = 400, "prompt_too_long", "prompt"
			}
			e := mustError(t, rec, status, tc.code)
			if tc.param != "" && (e.Error.Param == nil || *e.Error.Param != tc.param) {
				t.Errorf("param %v, want %q", e.Error.Param, tc.param)
			}
			if h.images.Calls() != 0 {
				t.Error("the generator was called for bad input")
			}
			if strings.Contains(rec.Body.String(), tc.token+"\"") && tc.token != "" {
				t.Error("the answer echoes the key")
			}
		})
	}
	t.Run("prompt at limit", func(t *testing.T) {
		h := newHarness(t, func(c *Config) { c.Limits.MaxBodyBytes = 1 << 20 })
		if rec := h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"`+atLimit+`"}`); rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	})
}

// TestRefusalsAudited: requests the middleware refuses (401, 403, 429) are
// audited with the key id where the token names one, within a budget so a
// flood cannot fill the log.
func TestRefusalsAudited(t *testing.T) {
	h := newHarness(t, nil)
	mustError(t, h.postJSON("/v1/policy/check", "", `{"prompt":"a"}`), 401, "")
	mustError(t, h.postJSON("/v1/policy/check", "cnd_0123456789abcdef_x", `{"prompt":"a"}`), 401, "invalid_api_key")
	mustError(t, h.postJSON("/v1/policy/check", "aud-a", `{"prompt":"a"}`), 403, "")
	es := h.audit.all()
	if len(es) != 3 || es[0].Outcome != "unauthenticated" || es[0].Tenant != candor.AnonymousTenant ||
		es[1].KeyID != "0123456789abcdef" || es[2].Outcome != "forbidden" || es[2].KeyID != "ka2" || es[2].Tenant != "a" {
		t.Fatalf("entries %+v", es)
	}
	for _, e := range es {
		if strings.Contains(fmt.Sprint(e), "cnd_0123456789abcdef_x") {
			t.Error("an entry holds a token")
		}
	}
	// Bad input that reaches a handler is audited as rejected.
	h.postJSON("/v1/policy/check", "gen-a", `{"prompt":""}`)
	es = h.audit.all()
	if last := es[len(es)-1]; last.Outcome != "rejected" || last.Details["error_code"] != "empty_prompt" {
		t.Errorf("entry %+v", last)
	}
	// A flood of bad keys is audited up to the budget, then counted.
	for range refusalBurst + 300 {
		h.postJSON("/v1/policy/check", "nope", `{"prompt":"a"}`)
	}
	if n := len(h.audit.all()); n > refusalBurst+20 {
		t.Errorf("%d entries after a flood: the budget does not hold", n)
	}
	if m := h.do(http.MethodGet, "/metrics", "", "", nil).Body.String(); !strings.Contains(m, "candor_audit_refusals_dropped_total") ||
		strings.Contains(m, "candor_audit_refusals_dropped_total 0\n") {
		t.Error("dropped refusals are not counted")
	}
}

func TestImagesGenerations(t *testing.T) {
	h := newHarness(t, nil)
	body, err := os.ReadFile(filepath.Join("testdata", "requests", "images_full.json"))
	if err != nil {
		t.Fatal(err)
	}
	rec := h.do(http.MethodPost, "/v1/images/generations", "gen-a", "application/json", body)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var got imagesResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Data) != 2 || len(got.Candor.Images) != 2 || got.Created == 0 {
		t.Fatalf("answer %+v", got)
	}
	img, _ := base64.StdEncoding.DecodeString(got.Data[0].B64JSON)
	if want := "\x89PNG fake candor-" + rec.Header().Get(HeaderRequestID) + "-0.jpg"; string(img) != want {
		t.Errorf("image bytes %q, want %q", img, want)
	}
	c := got.Candor
	if c.RequestID != rec.Header().Get(HeaderRequestID) || c.Policy.Decision != "allow" || c.Policy.Revision != "rev-test" ||
		c.Images[0].ManifestID != "urn:c2pa:0" || c.Images[1].AuditIndex == nil || *c.Images[1].AuditIndex != 1 ||
		c.Images[0].Safety != "pass" || c.Images[1].DataIndex == nil || *c.Images[1].DataIndex != 1 ||
		c.Images[0].SafetyScores["fake.unsafe"] != 0.25 || c.Images[1].Seed != 43 {
		t.Errorf("candor %+v", c)
	}
	last := h.images.last
	if last.N != 2 || last.Width != 64 || last.Height != 64 || last.Steps != 20 || last.Seed != 42 || last.Guidance != 5.5 ||
		last.NegativePrompt != "fog" || last.Prompt != "a lighthouse at dusk" {
		t.Errorf("request to the generator %+v", last)
	}
	// One entry per image, then the request's.
	es := h.audit.all()
	if len(es) != 3 || es[2].Outcome != "generated" || es[2].Details["guidance_scale"] != 5.5 || c.AuditIndex != 2 {
		t.Fatalf("entries %+v", es)
	}
	for i, e := range es {
		if e.Tenant != "a" || e.KeyID != "ka1" || e.PromptCommitment == "" || e.Prompt != "" || e.Decision != "allow" ||
			e.RequestID != c.RequestID || e.Route != "POST /v1/images/generations" {
			t.Errorf("entry %d %+v", i, e)
		}
	}
	if es[0].Details["image"] != 0 || es[1].Details["seed"] != uint64(43) || es[0].Details["safety"] != "pass" {
		t.Errorf("image entries %+v / %+v", es[0].Details, es[1].Details)
	}
	if imgs, _ := es[2].Details["images"].([]map[string]any); len(imgs) != 2 || imgs[0]["manifest_id"] != "urn:c2pa:0" {
		t.Errorf("image details %+v", es[2].Details["images"])
	}
}

func TestImagesDenied(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a forbidden portrait"}`)
	e := mustError(t, rec, 400, "content_policy_violation")
	if len(e.Error.Reasons) != 1 || e.Error.Reasons[0].Category != "people" {
		t.Errorf("reasons %+v", e.Error.Reasons)
	}
	if h.images.Calls() != 0 {
		t.Fatal("the model was called for a denied prompt")
	}
	es := h.audit.all()
	if len(es) != 1 || es[0].Outcome != "denied" || es[0].Decision != "deny" || len(es[0].Reasons) != 1 {
		t.Errorf("entries %+v", es)
	}
}

func TestTenantPolicyOverride(t *testing.T) {
	h := newHarness(t, func(c *Config) {
		c.Tenants = append(c.Tenants, candor.Tenant{Name: "b", Policy: policyPeople("Jane Roe")})
	})
	mustError(t, h.postJSON("/v1/images/generations", "gen-b", `{"prompt":"Jane Roe waving"}`), 400, "content_policy_violation")
	if rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"Jane Roe waving"}`); rec.Code != 200 {
		t.Errorf("tenant a has no such override: %d %s", rec.Code, rec.Body)
	}
}

func TestImagesBlockedAndErrors(t *testing.T) {
	h := newHarness(t, nil)
	h.images.block = true
	mustError(t, h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat"}`), 400, "content_policy_violation")
	if es := h.audit.all(); es[0].Outcome != "blocked" {
		t.Errorf("outcome %q", es[0].Outcome)
	}
	h.images.block = false
	h.images.err = fmt.Errorf("model busy: %w", ErrUnavailable)
	rec := h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat"}`)
	mustError(t, rec, 503, "unavailable")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	h.images.err = errors.New("onnx: /secret/path/model.onnx exploded")
	rec = h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat"}`)
	mustError(t, rec, 500, "internal_error")
	if strings.Contains(rec.Body.String(), "secret") {
		t.Errorf("the 500 leaks its cause: %s", rec.Body)
	}

	h = newHarness(t, func(c *Config) { c.Images = nil })
	mustError(t, h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"a cat"}`), 501, "not_configured")
}

func TestQueueFull(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Limits.Concurrency = 1; c.Limits.MaxWaiting = -1 })
	started := make(chan struct{}, 1)
	h.images.started = started
	h.images.delay = 10 * time.Second
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		req := httptest.NewRequest(http.MethodPost, "/v1/images/generations", strings.NewReader(`{"prompt":"a cat"}`)).WithContext(ctx)
		req.Header.Set("Authorization", "Bearer gen-a")
		rec := httptest.NewRecorder()
		h.srv.Handler().ServeHTTP(rec, req)
		done <- rec.Code
	}()
	<-started
	rec := h.postJSON("/v1/images/generations", "gen-b", `{"prompt":"a dog"}`)
	mustError(t, rec, 429, "queue_full")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	cancel()
	<-done
}

func TestRateLimit(t *testing.T) {
	h := newHarness(t, nil)
	if rec := h.postJSON("/v1/policy/check", "gen-r", `{"prompt":"a"}`); rec.Code != 200 {
		t.Fatalf("first request %d", rec.Code)
	}
	rec := h.postJSON("/v1/policy/check", "gen-r", `{"prompt":"a"}`)
	mustError(t, rec, 429, "rate_limit_exceeded")
	if ra := rec.Header().Get("Retry-After"); ra == "" || ra == "0" {
		t.Errorf("Retry-After %q", ra)
	}
	// Other keys are not limited.
	if rec := h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"a"}`); rec.Code != 200 {
		t.Errorf("unlimited key: %d", rec.Code)
	}
}

func TestAuditTenantIsolation(t *testing.T) {
	h := newHarness(t, nil)
	for _, tok := range []string{"gen-a", "gen-b", "gen-a", "gen-b"} {
		if rec := h.postJSON("/v1/policy/check", tok, `{"prompt":"p"}`); rec.Code != 200 {
			t.Fatal(rec.Body)
		}
	}
	var page entriesResponse
	rec := h.do(http.MethodGet, "/v1/audit/entries", "aud-a", "", nil)
	if rec.Code != 200 {
		t.Fatal(rec.Body)
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &page)
	if len(page.Data) != 2 {
		t.Fatalf("tenant a sees %d entries: %s", len(page.Data), rec.Body)
	}
	for _, e := range page.Data {
		if e.Tenant != "a" {
			t.Errorf("tenant a sees %+v", e)
		}
	}
	// Entry 1 is tenant b's: a's auditor gets the same 404 as for a missing one.
	mustError(t, h.do(http.MethodGet, "/v1/audit/proof?index=1", "aud-a", "", nil), 404, "not_found")
	mustError(t, h.do(http.MethodGet, "/v1/audit/proof?index=999", "aud-a", "", nil), 404, "not_found")
	rec = h.do(http.MethodGet, "/v1/audit/proof?index=1", "aud-b", "", nil)
	if rec.Code != 200 {
		t.Fatalf("b's own proof: %d %s", rec.Code, rec.Body)
	}
	var pr proofResponse
	_ = json.Unmarshal(rec.Body.Bytes(), &pr)
	if pr.Index != 1 || pr.TreeSize < 2 || len(pr.Hashes) != 2 || pr.LeafHash == "" || !strings.HasPrefix(pr.Checkpoint, "candor.test\n") {
		t.Errorf("proof %+v", pr)
	}
}

func TestAuditEntriesPaging(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	clock := now
	h := newHarness(t, func(c *Config) { c.Now = func() time.Time { return clock } })
	for i := range 5 {
		clock = now.Add(time.Duration(i) * time.Hour)
		h.postJSON("/v1/policy/check", "gen-a", fmt.Sprintf(`{"prompt":"p%d"}`, i))
	}
	get := func(q string) entriesResponse {
		t.Helper()
		rec := h.do(http.MethodGet, "/v1/audit/entries"+q, "aud-a", "", nil)
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", q, rec.Code, rec.Body)
		}
		var p entriesResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	p := get("?limit=2")
	if len(p.Data) != 2 || !p.HasMore || p.NextAfter == nil || *p.NextAfter != 1 {
		t.Fatalf("page 1 %+v", p)
	}
	p = get(fmt.Sprintf("?limit=2&after=%d", *p.NextAfter))
	if len(p.Data) != 2 || p.Data[0].Index != 2 {
		t.Fatalf("page 2 %+v", p)
	}
	p = get("?since=2026-01-02T05:00:00Z&until=2026-01-02T07:00:00Z")
	if len(p.Data) != 2 || p.Data[0].Index != 2 || p.HasMore {
		t.Fatalf("time window %+v", p)
	}
}

func TestAuditProofNotIntegrated(t *testing.T) {
	h := newHarness(t, nil)
	h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"p"}`)
	h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"p"}`)
	h.audit.size = 1
	rec := h.do(http.MethodGet, "/v1/audit/proof?index=1", "aud-a", "", nil)
	mustError(t, rec, 503, "not_yet_integrated")
	rec = h.do(http.MethodGet, "/v1/audit/checkpoint", "aud-a", "", nil)
	if rec.Code != 200 || !strings.HasPrefix(rec.Body.String(), "candor.test\n1\n") || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		t.Errorf("checkpoint %d %q", rec.Code, rec.Body)
	}
}

func TestAuditFailureFailsRequest(t *testing.T) {
	h := newHarness(t, nil)
	h.audit.fail = true
	for _, tc := range []struct{ path, body string }{
		{"/v1/policy/check", `{"prompt":"forbidden thing"}`},
		{"/v1/policy/check", `{"prompt":"fine"}`},
		{"/v1/images/generations", `{"prompt":"a cat"}`},
	} {
		rec := h.postJSON(tc.path, "gen-a", tc.body)
		mustError(t, rec, 500, "audit_failed")
		for _, leak := range []string{"allow", "deny", "people", "b64_json", "disk on fire"} {
			if strings.Contains(rec.Body.String(), leak) {
				t.Errorf("%s: answer leaks %q: %s", tc.path, leak, rec.Body)
			}
		}
	}
	if !strings.Contains(h.logs.String(), "disk on fire") {
		t.Error("the audit failure is not logged")
	}
}

// TestRequestID: the server names every request; a client's own id is
// kept apart and never becomes the id in audit entries or manifests.
func TestRequestID(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.do(http.MethodGet, "/healthz", "", "", nil, HeaderRequestID, "abc-123")
	if got := rec.Header().Get(HeaderRequestID); !strings.HasPrefix(got, "req_") || rec.Header().Get(HeaderClientRequestID) != "abc-123" {
		t.Errorf("request id %q, client's %q", got, rec.Header().Get(HeaderClientRequestID))
	}
	rec = h.do(http.MethodGet, "/healthz", "", "", nil, HeaderRequestID, "bad id\r\n<script>")
	if got := rec.Header().Get(HeaderRequestID); !strings.HasPrefix(got, "req_") || rec.Header().Get(HeaderClientRequestID) != "" {
		t.Errorf("unsafe id: %q / %q", got, rec.Header().Get(HeaderClientRequestID))
	}
	rec = h.do(http.MethodPost, "/v1/policy/check", "gen-a", "application/json", []byte(`{"prompt":"x"}`), HeaderRequestID, "forged-id")
	id := rec.Header().Get(HeaderRequestID)
	es := h.audit.all()
	if es[0].RequestID != id || id == "forged-id" || es[0].Details["client_request_id"] != "forged-id" || !strings.Contains(h.logs.String(), id) {
		t.Errorf("request id %q, audit entry %q %v", id, es[0].RequestID, es[0].Details)
	}
	rec = h.do(http.MethodPost, "/v1/images/generations", "gen-a", "application/json", []byte(`{"prompt":"a cat"}`), HeaderRequestID, "forged-2")
	var got imagesResponse
	_ = json.Unmarshal(rec.Body.Bytes(), &got)
	for _, e := range h.audit.all()[1:] {
		if e.RequestID == "forged-2" {
			t.Errorf("a client id became an entry's request id: %+v", e)
		}
	}
	if got.Candor.RequestID == "forged-2" || got.Candor.ClientRequestID != "forged-2" {
		t.Errorf("candor ids %q / %q", got.Candor.RequestID, got.Candor.ClientRequestID)
	}
}

func TestLogsAreJSON(t *testing.T) {
	h := newHarness(t, nil)
	h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"x"}`)
	var line map[string]any
	first, _, _ := strings.Cut(h.logs.String(), "\n")
	if err := json.Unmarshal([]byte(first), &line); err != nil {
		t.Fatalf("log line is not JSON: %q", first)
	}
	if line["route"] != "/v1/policy/check" || line["tenant"] != "a" || line["status"] != float64(200) {
		t.Errorf("log line %v", line)
	}
	if strings.Contains(h.logs.String(), "gen-a") {
		t.Error("a key is logged")
	}
}

func TestMetrics(t *testing.T) {
	h := newHarness(t, nil)
	h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"forbidden"}`)
	h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"fine"}`)
	h.postJSON("/v1/images/generations", "gen-a", `{"prompt":"fine","n":2}`)
	h.do(http.MethodGet, "/nope/1", "", "", nil)
	h.srv.ObservePolicyReload(nil)
	rec := h.do(http.MethodGet, "/metrics", "", "", nil)
	body := rec.Body.String()
	for _, want := range []string{
		`candor_http_requests_total{method="POST",route="/v1/policy/check",status="200"} 2`,
		`candor_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		`candor_http_request_duration_seconds_bucket{route="/v1/policy/check",le="+Inf"} 2`,
		`candor_policy_decisions_total{category="people",decision="deny"} 1`,
		`candor_policy_decisions_total{category="none",decision="allow"} 2`,
		`candor_stage_seconds_count{stage="policy"} 1`,
		`candor_stage_seconds_count{stage="diffusion"} 1`,
		`candor_stage_seconds_count{stage="safety"} 2`,
		`candor_stage_seconds_count{stage="sign"} 2`,
		`candor_stage_seconds_count{stage="audit"} 3`,
		`candor_policy_reload_total{result="ok"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestHealthzAndMethodNotAllowed(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.do(http.MethodGet, "/healthz", "", "", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"ok"`) {
		t.Errorf("healthz %d %s", rec.Code, rec.Body)
	}
	mustError(t, h.do(http.MethodGet, "/v1/policy/check", "gen-a", "", nil), 405, "")
}

func TestVerify(t *testing.T) {
	multi := func(field, ctype string, data []byte) (string, []byte) {
		var b bytes.Buffer
		w := multipart.NewWriter(&b)
		hdr := map[string][]string{"Content-Disposition": {fmt.Sprintf(`form-data; name=%q; filename="x"`, field)}}
		if ctype != "" {
			hdr["Content-Type"] = []string{ctype}
		}
		p, _ := w.CreatePart(hdr)
		_, _ = p.Write(data)
		_ = w.Close()
		return w.FormDataContentType(), b.Bytes()
	}
	png := []byte("\x89PNG\r\n\x1a\nrest")
	mpCT, mpBody := multi("file", "application/octet-stream", png)
	mpOther, mpOtherBody := multi("other", "image/png", png)
	mpTxtCT, mpTxt := multi("file", "text/plain", []byte("hello"))
	cases := []struct {
		name, ctype string
		body        []byte
		status      int
		code, state string
	}{
		{"png", "image/png", png, 200, "", "absent"},
		{"jpeg", "image/jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0}, 200, "", "absent"},
		{"multipart sniffed", mpCT, mpBody, 200, "", "absent"},
		{"multipart no file", mpOther, mpOtherBody, 400, "missing_parameter", ""},
		{"multipart text", mpTxtCT, mpTxt, 415, "unsupported_media_type", ""},
		{"multipart no boundary", "multipart/form-data", []byte("x"), 400, "invalid_body", ""},
		{"gif", "image/gif", []byte("GIF89a"), 415, "unsupported_media_type", ""},
		{"no content type", "", png, 415, "unsupported_media_type", ""},
		{"empty", "image/png", nil, 400, "invalid_value", ""},
		{"too large", "image/png", make([]byte, 1<<16+1), 413, "request_too_large", ""},
		{"garbage", "image/png", []byte("garbage"), 400, "invalid_request", ""},
		{"slow", "image/png", []byte("slow"), 503, "verify_timeout", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, nil)
			rec := h.do(http.MethodPost, "/v1/verify", "", tc.ctype, tc.body)
			if tc.status != 200 {
				mustError(t, rec, tc.status, tc.code)
			} else {
				var rep map[string]any
				if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil || rec.Code != 200 {
					t.Fatalf("%d %s", rec.Code, rec.Body)
				}
				if rep["state"] != tc.state || rep["status"] == nil || rep["assertions"] == nil {
					t.Errorf("report %v", rep)
				}
			}
			if tc.status != 413 && tc.name != "no content type" && len(h.audit.all()) != 1 {
				t.Errorf("verify not audited")
			}
		})
	}
	h := newHarness(t, func(c *Config) { c.Verifier = nil })
	mustError(t, h.do(http.MethodPost, "/v1/verify", "", "image/png", png), 501, "not_configured")

	// No key: audited as anonymous; a key: audited as its tenant; a wrong key: 401.
	h = newHarness(t, nil)
	if rec := h.do(http.MethodPost, "/v1/verify", "", "image/png", png); rec.Code != 200 {
		t.Fatal(rec.Body)
	}
	if rec := h.do(http.MethodPost, "/v1/verify", "aud-b", "image/png", png); rec.Code != 200 {
		t.Fatal(rec.Body)
	}
	mustError(t, h.do(http.MethodPost, "/v1/verify", "nope", "image/png", png), 401, "invalid_api_key")
	es := h.audit.all()
	if len(es) != 3 || es[0].Tenant != candor.AnonymousTenant || es[1].Tenant != "b" || es[1].KeyID != "kb2" || es[0].Outcome != "verified" ||
		es[2].Outcome != "unauthenticated" {
		t.Errorf("verify entries %+v", es)
	}
}

func TestBiasReports(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.do(http.MethodGet, "/v1/bias/reports", "aud-a", "", nil)
	if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"data":[]}` {
		t.Errorf("no bias backend: %d %s", rec.Code, rec.Body)
	}
	mustError(t, h.do(http.MethodGet, "/v1/bias/reports/br_1", "aud-a", "", nil), 501, "not_configured")
	h = newHarness(t, func(c *Config) { c.Bias = &fakeBias{} })
	rec = h.do(http.MethodGet, "/v1/bias/reports", "aud-b", "", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"tenant":"b"`) {
		t.Errorf("bias: %d %s", rec.Code, rec.Body)
	}
	if rec := h.do(http.MethodGet, "/v1/bias/reports", "aud-a", "", nil); strings.Contains(rec.Body.String(), "br_1") {
		t.Errorf("another tenant's reports: %s", rec.Body)
	}
	mustError(t, h.do(http.MethodGet, "/v1/bias/reports", "gen-b", "", nil), 403, "")
	for _, tc := range []struct{ path, ct string }{
		{"/v1/bias/reports/br_1", "application/json"},
		{"/v1/bias/reports/br_1?format=csv", "text/csv"},
		{"/v1/bias/reports/br_1/chart.svg", "image/svg+xml"},
	} {
		if rec := h.do(http.MethodGet, tc.path, "aud-b", "", nil); rec.Code != 200 || rec.Header().Get("Content-Type") != tc.ct {
			t.Errorf("%s: %d %q", tc.path, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	mustError(t, h.do(http.MethodGet, "/v1/bias/reports/br_1", "aud-a", "", nil), 404, "not_found")
	mustError(t, h.do(http.MethodGet, "/v1/bias/reports/br_1?format=pdf", "aud-b", "", nil), 400, "invalid_value")

	rec = h.postJSON("/v1/bias/runs", "aud-b", `{"prompts":["a ceo"],"n":8,"guidance":[1,5],"seed":3}`)
	if rec.Code != http.StatusAccepted || rec.Header().Get("Location") == "" {
		t.Fatalf("start run: %d %s", rec.Code, rec.Body)
	}
	var run biasaudit.Run
	_ = json.Unmarshal(rec.Body.Bytes(), &run)
	if run.Spec.N != 8 || len(run.Spec.Guidance) != 2 {
		t.Errorf("run %+v", run)
	}
	if rec := h.do(http.MethodGet, "/v1/bias/runs/"+run.ID, "aud-b", "", nil); rec.Code != 200 {
		t.Errorf("run: %d %s", rec.Code, rec.Body)
	}
	mustError(t, h.do(http.MethodGet, "/v1/bias/runs/"+run.ID, "aud-a", "", nil), 404, "not_found")
	mustError(t, h.postJSON("/v1/bias/runs", "aud-b", `{"n":0}`), 400, "invalid_value")
	mustError(t, h.postJSON("/v1/bias/runs", "aud-b", `{"n":100000}`), 400, "invalid_value")
	mustError(t, h.postJSON("/v1/bias/runs", "aud-b", `{"guidance":"high"}`), 400, "")
	mustError(t, h.postJSON("/v1/bias/runs", "gen-b", `{}`), 403, "")
}

func TestPolicyReload(t *testing.T) {
	calls := 0
	h := newHarness(t, func(c *Config) {
		c.ReloadPolicy = func(context.Context) error {
			calls++
			if calls == 2 {
				return errors.New("parse error in /etc/secret.rego")
			}
			return nil
		}
	})
	mustError(t, h.postJSON("/v1/admin/policy/reload", "gen-a", ``), 403, "")
	if rec := h.postJSON("/v1/admin/policy/reload", "adm-a", ``); rec.Code != 200 || !strings.Contains(rec.Body.String(), "rev-test") {
		t.Errorf("reload %d %s", rec.Code, rec.Body)
	}
	rec := h.postJSON("/v1/admin/policy/reload", "adm-a", ``)
	mustError(t, rec, 422, "policy_reload_failed")
	if strings.Contains(rec.Body.String(), "secret.rego") {
		t.Error("reload error leaks a path")
	}
}

func TestNewValidates(t *testing.T) {
	base := Config{Logger: slog.New(slog.DiscardHandler), Auth: testKeys, Policy: &fakePolicy{}, Audit: &fakeAudit{}, MasterSecret: make([]byte, 32)}
	for _, tc := range []struct {
		name string
		edit func(*Config)
	}{
		{"no logger", func(c *Config) { c.Logger = nil }},
		{"no auth", func(c *Config) { c.Auth = nil }},
		{"no policy", func(c *Config) { c.Policy = nil }},
		{"no audit", func(c *Config) { c.Audit = nil }},
		{"short secret", func(c *Config) { c.MasterSecret = []byte("x") }},
		{"bad tenant name", func(c *Config) { c.Tenants = []candor.Tenant{{Name: "Bad Name"}} }},
		{"bad privacy", func(c *Config) { c.Tenants = []candor.Tenant{{Name: "a", PromptPrivacy: "maybe"}} }},
		{"bad training", func(c *Config) {
			c.Tenants = []candor.Tenant{{Name: "a", C2PA: candor.C2PAOptions{TrainingMining: "yes"}}}
		}},
		{"negative rate", func(c *Config) {
			c.Tenants = []candor.Tenant{{Name: "a", RateLimit: candor.RateLimit{RequestsPerSecond: -1}}}
		}},
		{"duplicate", func(c *Config) { c.Tenants = []candor.Tenant{{Name: "a"}, {Name: "a"}} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := base
			tc.edit(&cfg)
			if _, err := New(cfg); err == nil {
				t.Error("New accepted it")
			}
		})
	}
	if _, err := New(base); err != nil {
		t.Errorf("valid config: %v", err)
	}
}

func TestGracefulShutdown(t *testing.T) {
	h := newHarness(t, nil)
	started := make(chan struct{}, 1)
	h.images.started = started
	h.images.delay = 300 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- h.srv.Serve(ctx, ln) }()

	url := "http://" + ln.Addr().String()
	type result struct {
		code int
		body string
		err  error
	}
	res := make(chan result, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, url+"/v1/images/generations", strings.NewReader(`{"prompt":"slow cat"}`))
		req.Header.Set("Authorization", "Bearer gen-a")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			res <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		res <- result{code: resp.StatusCode, body: string(b)}
	}()
	<-started
	cancel() // as SIGTERM does
	r := <-res
	if r.err != nil || r.code != 200 || !strings.Contains(r.body, "b64_json") {
		t.Fatalf("in-flight request: %v %d %s", r.err, r.code, r.body)
	}
	if err := <-served; err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("the server still accepts after shutdown")
	}
}

func TestErrorMapping(t *testing.T) {
	for _, tc := range []struct {
		err    error
		status int
	}{
		{fmt.Errorf("x: %w", ErrInvalidRequest), 400},
		{fmt.Errorf("x: %w", ErrUnauthenticated), 401},
		{fmt.Errorf("x: %w", ErrForbidden), 403},
		{fmt.Errorf("x: %w", ErrNotFound), 404},
		{fmt.Errorf("x: %w", ErrTooLarge), 413},
		{fmt.Errorf("x: %w", ErrUnsupportedMedia), 415},
		{fmt.Errorf("x: %w", ErrRateLimited), 429},
		{fmt.Errorf("x: %w", ErrQueueFull), 429},
		{fmt.Errorf("x: %w", ErrUnavailable), 503},
		{fmt.Errorf("x: %w", ErrNotConfigured), 501},
		{fmt.Errorf("x: %w", ErrAudit), 500},
		{&http.MaxBytesError{Limit: 3}, 413},
		{errors.New("boom"), 500},
	} {
		if got := toAPIError(tc.err); got.Status != tc.status || got.Type == "" || got.Message == "" {
			t.Errorf("%v: %+v, want %d", tc.err, got, tc.status)
		}
	}
}

func TestPanicIsA500(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"PANIC"}`)
	mustError(t, rec, 500, "internal_error")
	if strings.Contains(rec.Body.String(), "fake policy bug") {
		t.Error("the panic value leaks")
	}
	if !strings.Contains(h.logs.String(), "fake policy bug") {
		t.Error("the panic is not logged")
	}
	if rec := h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"fine"}`); rec.Code != 200 {
		t.Errorf("after a panic: %d", rec.Code)
	}
}

func TestVerifyAnonymousRateLimit(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\nrest")
	h := newHarness(t, func(c *Config) { c.Limits.Anonymous = candor.RateLimit{RequestsPerSecond: 1, Burst: 2} })
	for i := range 2 {
		if rec := h.do(http.MethodPost, "/v1/verify", "", "image/png", png); rec.Code != 200 {
			t.Fatalf("request %d: %d %s", i, rec.Code, rec.Body)
		}
	}
	rec := h.do(http.MethodPost, "/v1/verify", "", "image/png", png)
	mustError(t, rec, 429, "rate_limit_exceeded")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	// A key is not limited by the anonymous bucket; the refusal is audited.
	if rec := h.do(http.MethodPost, "/v1/verify", "aud-b", "image/png", png); rec.Code != 200 {
		t.Fatalf("with a key: %d %s", rec.Code, rec.Body)
	}
	if es := h.audit.all(); len(es) != 4 || es[2].Outcome != "rate_limited" {
		t.Errorf("audit entries %+v", es)
	}
}

// A prompt policy that cannot decide (the classifier failed) answers 503
// policy_check_failed with Retry-After: never an allow.
func TestPolicyCheckClassifierDown(t *testing.T) {
	h := newHarness(t, nil)
	for _, route := range []string{"/v1/policy/check", "/v1/images/generations"} {
		rec := h.postJSON(route, "gen-a", `{"prompt":"CLASSIFIER DOWN"}`)
		mustError(t, rec, http.StatusServiceUnavailable, "policy_check_failed")
		if rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s: no Retry-After", route)
		}
	}
}

// TestWebPagesRouted: the pages are served beside the API without a key,
// with their security headers, and leave the API's routes and errors alone.
func TestWebPagesRouted(t *testing.T) {
	h := newHarness(t, nil)
	for _, p := range []string{"/", "/generate", "/verify", "/audit", "/static/common.js"} {
		rec := h.do(http.MethodGet, p, "", "", nil)
		if rec.Code != 200 || rec.Header().Get("Content-Security-Policy") == "" || rec.Header().Get("X-Request-Id") == "" {
			t.Errorf("GET %s: %d %v", p, rec.Code, rec.Header())
		}
	}
	if rec := h.do(http.MethodGet, "/openapi.json", "", "", nil); rec.Code != 200 || rec.Header().Get("Content-Type") != "application/json" {
		t.Errorf("openapi.json: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	rec := h.do(http.MethodGet, "/v1/nope", "", "", nil)
	if rec.Code != 404 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Errorf("unknown API path: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if rec := h.do(http.MethodGet, "/static/../openapi.json", "", "", nil); rec.Code == 200 && strings.Contains(rec.Body.String(), "openapi") {
		t.Error("asset path escaped the static folder")
	}
	if rec := h.postJSON("/v1/images/generations", "", `{"prompt":"x"}`); rec.Code != 401 {
		t.Errorf("generation without key: %d", rec.Code)
	}
	for _, e := range h.audit.all() {
		if strings.Contains(e.Route, "/generate") || strings.Contains(e.Route, "/static") {
			t.Errorf("a page view was audited: %+v", e)
		}
	}
}

// TestAuditInclusionKeyless: anyone holding an image's manifest gets its
// entry's inclusion proof, and learns nothing without the right leaf hash.
func TestAuditInclusionKeyless(t *testing.T) {
	h := newHarness(t, nil)
	h.postJSON("/v1/policy/check", "gen-a", `{"prompt":"a cat"}`) // entry 0, tenant a
	leaf := fakeLeaf(0)
	good := hex.EncodeToString(leaf[:])
	rec := h.do(http.MethodGet, "/v1/audit/inclusion?index=0&leaf_hash="+good, "", "", nil)
	if rec.Code != 200 {
		t.Fatalf("inclusion: %d %s", rec.Code, rec.Body)
	}
	var got map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"origin", "index", "tree_size", "leaf_hash", "hashes", "checkpoint", "log_key"} {
		if _, ok := got[k]; !ok {
			t.Errorf("no %s in %s", k, rec.Body)
		}
	}
	if len(got) != 7 || got["leaf_hash"] != good || strings.Contains(rec.Body.String(), `"tenant"`) {
		t.Errorf("answer says more than the proof: %s", rec.Body)
	}
	other := strings.Repeat("ab", 32)
	notFound := h.do(http.MethodGet, "/v1/audit/inclusion?index=0&leaf_hash="+other, "", "", nil)
	missing := h.do(http.MethodGet, "/v1/audit/inclusion?index=99&leaf_hash="+other, "", "", nil)
	if notFound.Code != 404 || missing.Code != 404 || notFound.Body.String() == "" {
		t.Errorf("wrong leaf %d, unknown index %d", notFound.Code, missing.Code)
	}
	strip := func(s string) string { return regexp.MustCompile(`"request_id":"[^"]*"`).ReplaceAllString(s, "") }
	if strip(notFound.Body.String()) != strip(missing.Body.String()) {
		t.Errorf("a wrong leaf and an unknown index answer differently:\n%s\n%s", notFound.Body, missing.Body)
	}
	for _, q := range []string{"", "index=x&leaf_hash=" + good, "index=0", "index=0&leaf_hash=abc", "index=-1&leaf_hash=" + good, "index=0&leaf_hash=" + good + "00"} {
		if rec := h.do(http.MethodGet, "/v1/audit/inclusion?"+q, "", "", nil); rec.Code != 400 {
			t.Errorf("%q: %d %s", q, rec.Code, rec.Body)
		}
	}
	if rec := h.do(http.MethodGet, "/v1/audit/inclusion?index=0&leaf_hash="+good, "wrong-key", "", nil); rec.Code != 401 {
		t.Errorf("a wrong key: %d", rec.Code)
	}
}
