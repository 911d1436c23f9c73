package auditlog

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestCanonicalGolden(t *testing.T) {
	e := sampleEntry("acme", 2)
	e.Prompt = "a <cat> & \"dog\"\n"
	norm, body, err := normalize(e, timeNow)
	if err != nil {
		t.Fatal(err)
	}
	got := withIndex(body, 42)
	golden := filepath.Join("testdata", "canonical.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("canonical form changed (run with -update and review the diff):\n got %s\nwant %s", got, want)
	}
	parsed, err := ParseCanonical(got)
	if err != nil {
		t.Fatal(err)
	}
	if parsed.Index != 42 || parsed.Prompt != e.Prompt || parsed.RequestID != norm.RequestID || !parsed.Time.Equal(e.Time) {
		t.Errorf("parsed %+v", parsed)
	}
	// The leaf ignores the index field: the tree position commits it.
	if !bytes.Equal(LeafData(got), LeafData(body)) || !bytes.Equal(LeafHash(got), LeafHash(withIndex(body, 7))) {
		t.Error("leaf depends on the index field")
	}
	if bytes.Equal(LeafHash(got), LeafHash(bytes.Replace(got, []byte("rev-1"), []byte("rev-2"), 1))) {
		t.Error("leaf ignores the content")
	}
}

func TestWithIndexAndZeroIndex(t *testing.T) {
	_, body, err := normalize(Entry{Tenant: "t", Time: baseTime}, timeNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, idx := range []uint64{0, 1, 9, 10, 255, 1 << 40, 1<<64 - 1} {
		c := withIndex(body, idx)
		e, err := ParseCanonical(c)
		if err != nil || e.Index != idx {
			t.Errorf("withIndex(%d): %v, index %d", idx, err, e.Index)
		}
		if !bytes.Equal(zeroIndex(c), body) {
			t.Errorf("zeroIndex(withIndex(%d)) = %s", idx, zeroIndex(c))
		}
	}
	for _, odd := range []string{``, `{}`, `{"index":`, `{"index":,`, `{"index":01,"x":1}`, `{"index":1`, `{"index":-1,`} {
		if got := zeroIndex([]byte(odd)); string(got) != odd {
			t.Errorf("zeroIndex(%q) = %q, want unchanged", odd, got)
		}
	}
}

func TestParseCanonicalRejects(t *testing.T) {
	good := withIndex(mustBody(t), 3)
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ``},
		{"not json", `hello`},
		{"no index first", `{"time":"2026-11-26T08:00:00Z","index":3}`},
		{"unknown field", strings.Replace(string(good), `{"index":3,`, `{"index":3,"evil":1,`, 1)},
		{"trailing data", string(good) + `{}`},
		{"trailing garbage", string(good) + `x`},
		{"whitespace", strings.Replace(string(good), `,"time"`, `, "time"`, 1)},
		{"escaped letter", strings.Replace(string(good), `"tenant":"t"`, `"tenant":"\u0074"`, 1)},
		{"negative index", strings.Replace(string(good), `{"index":3`, `{"index":-3`, 1)},
		{"huge index", strings.Replace(string(good), `{"index":3`, `{"index":99999999999999999999`, 1)},
		{"bad time", strings.Replace(string(good), `2026-11-26T08:00:00Z`, `yesterday`, 1)},
		{"truncated", string(good[:len(good)-1])},
		{"array", `{"index":1,"reasons":{}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ParseCanonical([]byte(tc.in)); !errors.Is(err, ErrMalformed) {
				t.Errorf("err = %v, want ErrMalformed", err)
			}
		})
	}
	if _, err := ParseCanonical(bytes.Repeat([]byte("a"), MaxCanonicalSize+1)); !errors.Is(err, ErrMalformed) {
		t.Errorf("oversized: err = %v", err)
	}
}

func mustBody(t testing.TB) []byte {
	t.Helper()
	_, body, err := normalize(Entry{Tenant: "t", Time: baseTime, Decision: "allow"}, timeNow)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// FuzzParseCanonical: arbitrary bytes never panic, and whatever parses is a
// fixed point (its own canonical form, index included).
func FuzzParseCanonical(f *testing.F) {
	for _, name := range []string{"canonical.golden.json", "seed-minimal.json", "seed-details.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"index":0}`))
	f.Add([]byte(`{"index":1,"details":{"a":[1,2.5e300,{"b":null}]}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := ParseCanonical(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		if got := withIndex(zeroIndex(b), e.Index); !bytes.Equal(got, b) {
			t.Fatalf("index round trip: %s != %s", got, b)
		}
	})
}

// FuzzNormalize: any entry Append accepts yields bytes ParseCanonical accepts
// and that decode back to the same entry.
func FuzzNormalize(f *testing.F) {
	f.Add("acme", "a cat", "req-1", int64(1764144000), "deny", "k", 1.5)
	f.Add("", "", "", int64(0), "", "", 0.0)
	f.Add("t\xff", "<&>\u2028", "\x00", int64(-5), "allow", "\"", -0.0)
	f.Fuzz(func(t *testing.T, tenant, prompt, req string, unix int64, decision, key string, num float64) {
		e := Entry{
			Time: time.Unix(unix%(1<<33), 0), Tenant: tenant, Prompt: prompt, RequestID: req,
			Decision: decision, KeyID: key, Details: map[string]any{"n": num, key: []any{prompt}},
			Reasons: []Reason{{Rule: decision, Message: prompt}},
		}
		norm, body, err := normalize(e, timeNow)
		if err != nil {
			if !errors.Is(err, ErrInvalidEntry) {
				t.Fatalf("error does not wrap ErrInvalidEntry: %v", err)
			}
			return
		}
		for _, idx := range []uint64{0, 12345} {
			c := withIndex(body, idx)
			got, err := ParseCanonical(c)
			if err != nil {
				t.Fatalf("normalized entry does not parse: %v\n%s", err, c)
			}
			if got.Index != idx || got.Tenant != norm.Tenant || got.Prompt != norm.Prompt || !got.Time.Equal(norm.Time) {
				t.Fatalf("round trip changed the entry: %+v vs %+v", got, norm)
			}
		}
	})
}

// TestEntryLeafHash: the leaf hash computed from the entry Append returns is
// the one the log stores, so a manifest can name its entry's leaf before
// the checkpoint covers it; a changed entry hashes differently.
func TestEntryLeafHash(t *testing.T) {
	l := openTest(t, t.TempDir())
	defer l.Close()
	for i := range 3 {
		e := sampleEntry("museum", i)
		e.Details["prompt"] = `<b>&"quotes"` + "\u00e9\u2028"
		got, err := l.Append(context.Background(), e)
		if err != nil {
			t.Fatal(err)
		}
		h, err := EntryLeafHash(got)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := l.LeafHash(context.Background(), got.Index)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(h, stored) {
			t.Fatalf("entry %d: leaf %x, stored %x", got.Index, h, stored)
		}
		got.Outcome += "!"
		if h2, _ := EntryLeafHash(got); bytes.Equal(h2, stored) {
			t.Fatal("a changed entry has the same leaf hash")
		}
	}
}
