package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/candor-ai/candor/provenance/auditlog"
)

// TestProofJS runs the pages' own proof checks (static/proof.js, in Node,
// with the same Web Crypto calls a browser makes) over receipts from a real
// audit log: every honest receipt and keyless inclusion answer checks, and
// each tampered copy (an entry byte, a proof hash, the index, the tree
// size, the checkpoint's root, the log key) fails. Entries hold strings that
// JSON escapes, so the page must hash the entry's bytes exactly as sent.
func TestProofJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	ctx := context.Background()
	const origin = "candor.test/web"
	l, err := auditlog.Open(ctx, auditlog.Config{Dir: t.TempDir(), Origin: origin, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	hostile := []string{`"}{\"index\":1,`, "</script>&<>", "\u2028\u00e9\U0001F600", `\\"`, "{[]}", "+/=", ""}
	var entries []auditlog.Entry
	for i := range 7 {
		e, err := l.Append(ctx, auditlog.Entry{Tenant: "museum", RequestID: fmt.Sprintf("req-%d", i), Route: "POST /v1/images/generations",
			Outcome: "generated", Decision: "allow", Prompt: hostile[i], Details: map[string]any{"note": hostile[(i+3)%7], "n": i}})
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	receipt := func(i uint64) string {
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			r, err := l.Receipt(ctx, i)
			if errors.Is(err, auditlog.ErrNotPublished) && time.Now().Before(deadline) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	type tc struct {
		Name     string `json:"name"`
		Kind     string `json:"kind"`
		Text     string `json:"text"`
		LeafHash string `json:"leaf_hash,omitempty"`
		Origin   string `json:"origin,omitempty"`
		want     bool
	}
	var cases []tc
	for i := range entries {
		cases = append(cases, tc{Name: fmt.Sprintf("receipt %d", i), Kind: "receipt", Text: receipt(uint64(i)), want: true})
	}
	good := receipt(3)
	var r map[string]any
	if err := json.Unmarshal([]byte(good), &r); err != nil {
		t.Fatal(err)
	}
	with := func(k string, v any) string {
		m := map[string]any{}
		for kk, vv := range r {
			m[kk] = vv
		}
		m[k] = v
		b, _ := json.Marshal(m)
		// The entry must stay byte for byte; splice the original back in.
		var orig, now bytes.Buffer
		_ = json.Compact(&orig, mustRaw(t, good, "entry"))
		_ = json.Compact(&now, mustRaw(t, string(b), "entry"))
		return strings.Replace(string(b), now.String(), orig.String(), 1)
	}
	proof := r["inclusion_proof"].([]any)
	flipped := append([]any(nil), proof...)
	h, _ := base64.StdEncoding.DecodeString(flipped[0].(string))
	h[0] ^= 1
	flipped[0] = base64.StdEncoding.EncodeToString(h)
	cp := r["checkpoint"].(string)
	lines := strings.SplitN(cp, "\n", 4)
	otherRoot := lines[0] + "\n" + lines[1] + "\n" + base64.StdEncoding.EncodeToString(make([]byte, 32)) + "\n" + lines[3]
	_, otherKey, err := note.GenerateKey(rand.Reader, origin)
	if err != nil {
		t.Fatal(err)
	}
	cases = append(cases,
		tc{Name: "entry byte changed", Kind: "receipt", Text: strings.Replace(good, `"outcome":"generated"`, `"outcome":"generatex"`, 1)},
		tc{Name: "proof hash flipped", Kind: "receipt", Text: with("inclusion_proof", flipped)},
		tc{Name: "proof hash dropped", Kind: "receipt", Text: with("inclusion_proof", proof[1:])},
		tc{Name: "index changed", Kind: "receipt", Text: with("index", 2)},
		tc{Name: "tree size changed", Kind: "receipt", Text: with("tree_size", r["tree_size"].(float64)+1)},
		tc{Name: "checkpoint root changed", Kind: "receipt", Text: with("checkpoint", otherRoot)},
		tc{Name: "another log key", Kind: "receipt", Text: with("log_key", otherKey)},
	)
	// The keyless answer the verify page reads, from the manifest's leaf hash.
	leaf, err := auditlog.EntryLeafHash(entries[5])
	if err != nil {
		t.Fatal(err)
	}
	var rec5 auditlog.Receipt
	if err := json.Unmarshal([]byte(receipt(5)), &rec5); err != nil {
		t.Fatal(err)
	}
	incl := func(leafHex string, hashes [][]byte) tc {
		hs := make([]string, len(hashes))
		for i, h := range hashes {
			hs[i] = base64.StdEncoding.EncodeToString(h)
		}
		b, _ := json.Marshal(map[string]any{"origin": rec5.Origin, "index": rec5.Index, "tree_size": rec5.TreeSize, "leaf_hash": leafHex,
			"hashes": hs, "checkpoint": string(rec5.Checkpoint), "log_key": rec5.LogKey})
		return tc{Kind: "inclusion", Text: string(b), LeafHash: leafHex, Origin: origin}
	}
	c := incl(hex.EncodeToString(leaf), rec5.InclusionProof)
	c.Name, c.want = "inclusion by manifest leaf", true
	cases = append(cases, c)
	other, _ := auditlog.EntryLeafHash(entries[4])
	c = incl(hex.EncodeToString(other), rec5.InclusionProof)
	c.Name = "inclusion with another entry's leaf"
	cases = append(cases, c)
	c = incl(hex.EncodeToString(leaf), rec5.InclusionProof)
	c.Name, c.Origin = "inclusion from another log", "elsewhere.example/audit"
	cases = append(cases, c)

	file := filepath.Join(t.TempDir(), "cases.json")
	b, _ := json.Marshal(cases)
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join("e2e", "proof_check.mjs"), file).Output()
	if err != nil {
		t.Fatalf("node: %v %s", err, out)
	}
	var got []struct {
		Name  string   `json:"name"`
		OK    bool     `json:"ok"`
		Steps []string `json:"steps"`
	}
	if err := json.Unmarshal(out, &got); err != nil || len(got) != len(cases) {
		t.Fatalf("%v: %s", err, out)
	}
	for i, g := range got {
		t.Logf("%s: ok=%v %q", g.Name, g.OK, g.Steps)
		if g.OK != cases[i].want {
			t.Errorf("%s: ok=%v, want %v: %v", g.Name, g.OK, cases[i].want, g.Steps)
		}
		if cases[i].want && !strings.Contains(strings.Join(g.Steps, "\n"), "signed by the log key") {
			t.Errorf("%s: the checkpoint signature was not checked: %v", g.Name, g.Steps)
		}
	}
}

// mustRaw is the raw JSON of one top-level member.
func mustRaw(t *testing.T, doc, member string) []byte {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		t.Fatal(err)
	}
	return m[member]
}
