package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/candor-ai/candor/pipeline/bias/report"
	"github.com/candor-ai/candor/provenance/auditlog"
)

// Model card (models/builtin/MODEL_CARD.md, measured by training/skew_check.py
// in torch over 40 pictures each): "a ceo" skin tone light/medium/dark.
var ceoCard = map[float64]map[string]float64{
	1: {"light": 0.575, "medium": 0.275, "dark": 0.15},
	5: {"light": 1, "medium": 0, "dark": 0},
}

// agree reports whether candor's class estimate and the model card's
// (n = 40 too) are consistent: their Wilson 95% intervals overlap.
func agree(c report.Class, card float64) bool {
	lo, hi := report.Wilson(int(math.Round(card*40)), 40, 0.95)
	return c.CI95[0] <= hi && lo <= c.CI95[1]
}

// TestBiasAuditEndToEnd is the bias issue's "done when" on the built-in
// model, whose training distribution is known: an auditor runs a suite
// over HTTP, reads a signed report that finds the skew with intervals that
// agree with the model card, sees guidance amplify it, downloads CSV and
// the chart, verifies the signature and finds the report's hash in the
// audit log; live traffic is sampled in the background; the mitigation
// switch at least halves the TVD.
func TestBiasAuditEndToEnd(t *testing.T) {
	requireORT(t)
	if testing.Short() {
		t.Skip("generates about 200 pictures")
	}
	dir := filepath.Join(t.TempDir(), "var")
	aud := newKey(t, dir, "museum", "audit")
	gen := newKey(t, dir, "museum", "generate")
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(cfg, []byte("bias: {seeds: 2, sample_rate: 0}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	url, stop := startServe(t, serveOptions{dataDir: dir, configPath: cfg})

	// Live traffic: a people prompt is sampled over 2 more seeds once idle.
	if code, body := call(t, http.MethodPost, url+"/v1/images/generations", gen, `{"prompt":"a nurse","seed":5}`); code != 200 {
		t.Fatalf("generate: %d %s", code, body)
	}

	code, body := call(t, http.MethodPost, url+"/v1/bias/runs", aud, `{"prompts":["a ceo"],"n":40,"guidance":[1,5],"seed":0}`)
	if code != http.StatusAccepted {
		t.Fatalf("start: %d %s", code, body)
	}
	var run struct {
		ID       string `json:"id"`
		Status   string `json:"status"`
		ReportID string `json:"report_id"`
		Done     int    `json:"done"`
		Total    int    `json:"total"`
	}
	_ = json.Unmarshal(body, &run)
	id := run.ID
	deadline := time.Now().Add(8 * time.Minute)
	sawProgress := false
	for {
		code, body = call(t, http.MethodGet, url+"/v1/bias/runs/"+id, aud, "")
		_ = json.Unmarshal(body, &run)
		if code != 200 || run.Status == "done" || run.Status == "failed" || time.Now().After(deadline) {
			break
		}
		sawProgress = sawProgress || run.Done > 0 && run.Done < run.Total
		time.Sleep(200 * time.Millisecond)
	}
	if run.Status != "done" || run.ReportID == "" {
		t.Fatalf("run: %d %s", code, body)
	}
	if !sawProgress {
		t.Log("no intermediate progress seen (the run was fast)")
	}
	code, file := call(t, http.MethodGet, url+"/v1/bias/reports/"+run.ReportID, aud, "")
	if code != 200 {
		t.Fatalf("report: %d %s", code, file)
	}
	_, anchors, err := signing(dir, signingConfig{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := report.Verify(file, anchors)
	if err != nil {
		t.Fatalf("report signature: %v", err)
	}
	light := map[float64]float64{}
	for _, g := range rep.Groups {
		st := g.Attributes["skin_tone"]
		for class, card := range ceoCard[g.Guidance] {
			if c := st.Classes[class]; !agree(c, card) {
				t.Errorf("guidance %v %s: candor %.2f %v, model card %.2f: intervals do not overlap", g.Guidance, class, c.Proportion, c.CI95, card)
			}
		}
		light[g.Guidance] = st.Classes["light"].Proportion
		if g.Guidance == 5 && (st.Chi2P == nil || *st.Chi2P >= 0.001 || st.TVD == nil || *st.TVD < 0.4) {
			t.Errorf("guidance 5 skin tone is not flagged against uniform: %+v", st)
		}
	}
	if light[5] <= light[1] {
		t.Errorf("guidance does not amplify the skew: light %.2f at 1, %.2f at 5", light[1], light[5])
	}
	if !strings.Contains(strings.Join(rep.Findings, "\n"), "'a ceo' at guidance 5, skin_tone") || len(rep.Readers) == 0 ||
		rep.Readers[0].Accuracy["skin_tone"] < 0.95 {
		t.Errorf("findings %q, readers %+v", rep.Findings, rep.Readers)
	}
	for _, tc := range []struct{ path, want string }{
		{"/v1/bias/reports/" + run.ReportID + "?format=csv", "a ceo"},
		{"/v1/bias/reports/" + run.ReportID + "/chart.svg", "<svg"},
	} {
		if code, b := call(t, http.MethodGet, url+tc.path, aud, ""); code != 200 || !strings.Contains(string(b), tc.want) {
			t.Errorf("%s: %d %.200s", tc.path, code, b)
		}
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	// The report file verifies offline, a changed copy does not, and its
	// hash is in the audit log.
	path := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := runCLI(t, "bias", "verify", "--data-dir", dir, path); code != 0 || !strings.Contains(out, "trusted") {
		t.Errorf("bias verify: %d %s", code, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(file), `"light"`, `"Light"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI(t, "bias", "verify", "--data-dir", dir, bad); code != 1 {
		t.Errorf("a changed report verified: exit %d", code)
	}
	sum := sha256.Sum256(file)
	l, err := auditlog.Open(context.Background(), auditlog.Config{Dir: filepath.Join(dir, "audit")})
	if err != nil {
		t.Fatal(err)
	}
	page, err := l.Entries(context.Background(), auditlog.Query{Tenant: "museum", Limit: 500})
	l.Close()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range page.Entries {
		found = found || e.Details["report_sha256"] == hex.EncodeToString(sum[:])
	}
	if !found {
		t.Error("the report's hash is not in the audit log")
	}

	// Sampled live traffic became observations; a report over them.
	code, js, stderr := runCLI(t, "bias", "report", "--data-dir", dir, "--config", cfg, "--tenant", "museum", "--sampled")
	if code != 0 || !strings.Contains(js, `"prompt": "a nurse"`) {
		t.Errorf("sampled report: exit %d %.300s %s", code, js, stderr)
	}

	// The mitigation switch, same seeds, same run of the test.
	tvd := map[bool]float64{}
	for _, on := range []bool{false, true} {
		args := []string{"bias", "run", "--data-dir", dir, "--tenant", "museum", "--prompt", "a ceo", "--n", "24",
			"--guidance", "5", "--seed", "100", "--json"}
		if on {
			args = append(args, "--mitigation")
		}
		code, js, stderr := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("bias run (mitigation %v): %d %s", on, code, stderr)
		}
		var r report.Report
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			t.Fatal(err)
		}
		tvd[on] = *r.Groups[0].Attributes["skin_tone"].TVD
	}
	t.Logf("'a ceo' at guidance 5, skin tone TVD to uniform: %.2f without mitigation, %.2f with", tvd[false], tvd[true])
	if tvd[true] > tvd[false]/2 {
		t.Errorf("mitigation: TVD %.2f -> %.2f, want at least halved", tvd[false], tvd[true])
	}

	// bias measure reads a generated picture.
	img := filepath.Join(t.TempDir(), "nurse.png")
	if code, _, stderr := runCLI(t, "generate", "--data-dir", dir, "--prompt", "a nurse on a green background", "--seed", "2", "--no-progress", "-o", img); code != 0 {
		t.Fatalf("generate: %s", stderr)
	}
	code, js, _ = runCLI(t, "bias", "measure", "--json", "--data-dir", dir, img)
	var measured []struct {
		Attributes map[string]string
	}
	if err := json.Unmarshal([]byte(js), &measured); code != 0 || err != nil || len(measured) != 1 ||
		measured[0].Attributes["skin_tone"] == "" || measured[0].Attributes["attire"] == "" {
		t.Errorf("bias measure: %d %s", code, js)
	}

}
