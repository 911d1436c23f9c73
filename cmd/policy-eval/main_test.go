package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestFeaturize(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader(`{"id":"a","text":"N A K E D  p0rn","labels":["explicit"]}` + "\n\n" + `{"id":"b","text":""}` + "\n")
	if code := run(context.Background(), []string{"featurize"}, in, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines: %s", len(lines), out.String())
	}
	var rec struct {
		ID         string   `json:"id"`
		Normalized string   `json:"normalized"`
		IDs        []int64  `json:"ids"`
		Labels     []string `json:"labels"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.ID != "a" || rec.Normalized != "naked porn" || len(rec.IDs) == 0 || rec.Labels[0] != "explicit" {
		t.Errorf("record %+v", rec)
	}
	if err := json.Unmarshal([]byte(lines[1]), &rec); err != nil || rec.IDs == nil || len(rec.IDs) != 0 {
		t.Errorf("empty text: %s (%v)", lines[1], err)
	}
	for name, bad := range map[string]string{"not json": "{\n", "no text": `{"id":"x"}` + "\n"} {
		out.Reset()
		if code := run(context.Background(), []string{"featurize"}, strings.NewReader(bad), &out, &errb); code != 1 {
			t.Errorf("%s: exit %d", name, code)
		}
	}
	if code := run(context.Background(), []string{"featurize", "--featurizer", "/no/such"}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Errorf("missing featurizer: exit %d", code)
	}
}

func TestEvaluateTable(t *testing.T) {
	if lib := os.Getenv("CANDOR_ORT_LIB"); lib == "" {
		t.Skip("CANDOR_ORT_LIB not set; run `make ort`")
	}
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"--data", "testdata", "--markdown"}, nil, &out, &errb)
	if code != 0 && code != 2 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"| category | n | rules P |", "| people |", "| ALL (any deny) |", "| es |", "| both |", "target recall"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if code := run(context.Background(), []string{"--data", t.TempDir()}, nil, &out, &errb); code != 1 {
		t.Errorf("missing corpus: exit %d", code)
	}
	bad := t.TempDir()
	os.WriteFile(bad+"/test.jsonl", []byte(`{"id":"x","text":"a","labels":["nonsense"]}`+"\n"), 0o644)
	os.WriteFile(bad+"/benign.jsonl", nil, 0o644)
	if code := run(context.Background(), []string{"--data", bad}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "unknown label") {
		t.Errorf("unknown label: exit %d, %s", code, errb.String())
	}
}
