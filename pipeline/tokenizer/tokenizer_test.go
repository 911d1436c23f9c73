package tokenizer_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/candor-ai/candor/pipeline/tokenizer"
)

type refCase struct {
	Text     string  `json:"text"`
	PadToken string  `json:"pad_token"`
	IDs      []int64 `json:"ids"`
}

func loadRef(t testing.TB) []refCase {
	b, err := os.ReadFile("testdata/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []refCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	return ref.Cases
}

func loadWithPad(t testing.TB, pad string) *tokenizer.CLIP {
	t.Helper()
	v, err := os.ReadFile("testdata/clip/vocab.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := os.ReadFile("testdata/clip/merges.txt")
	if err != nil {
		t.Fatal(err)
	}
	c, err := tokenizer.New(v, m, tokenizer.Config{PadToken: pad})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestReference compares with ids from testdata/gen_reference.py, an
// independent pure-Python CLIP BPE.
func TestReference(t *testing.T) {
	cases := loadRef(t)
	if len(cases) < 20 {
		t.Fatalf("only %d reference cases", len(cases))
	}
	toks := map[string]*tokenizer.CLIP{}
	for _, tc := range cases {
		c, ok := toks[tc.PadToken]
		if !ok {
			c = loadWithPad(t, tc.PadToken)
			toks[tc.PadToken] = c
		}
		got := c.Encode(tc.Text)
		if !slices.Equal(got, tc.IDs) {
			t.Errorf("Encode(%q) pad %q\n got %v\nwant %v", tc.Text, tc.PadToken, got, tc.IDs)
		}
	}
}

// A hand-made vocabulary small enough to check by eye.
func handMade(t *testing.T) *tokenizer.CLIP {
	t.Helper()
	vocab := map[string]int64{}
	id := int64(0)
	// every byte symbol and its </w> form, as CLIP's vocabulary has
	for b := 0; b < 256; b++ {
		var s string
		if (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF) {
			s = string(rune(b))
		} else {
			continue
		}
		vocab[s] = id
		vocab[s+"</w>"] = id + 1
		id += 2
	}
	// remaining bytes map to U+0100 upwards
	for r := rune(256); r < 256+68; r++ {
		vocab[string(r)] = id
		vocab[string(r)+"</w>"] = id + 1
		id += 2
	}
	for _, tok := range []string{"ca", "cat</w>", "do", "dog</w>", "<|startoftext|>", "<|endoftext|>"} {
		vocab[tok] = id
		id++
	}
	vj, _ := json.Marshal(vocab)
	merges := "#version: 0.2\nc a\nca t</w>\nd o\ndo g</w>\n"
	c, err := tokenizer.New(vj, []byte(merges), tokenizer.Config{ModelMaxLength: 8})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestHandMade(t *testing.T) {
	c := handMade(t)
	v := func(s string) int64 {
		// recover ids through single-word encodes of known symbols
		return c.Encode(s)[1]
	}
	bos, eos := c.Encode("")[0], c.Encode("")[1]
	if bos == eos {
		t.Fatal("start and end tokens collide")
	}
	cat, dog := v("cat"), v("dog")
	tests := []struct {
		name, text string
		want       []int64
	}{
		{"empty", "", []int64{bos, eos, eos, eos, eos, eos, eos, eos}},
		{"two words", "cat dog", []int64{bos, cat, dog, eos, eos, eos, eos, eos}},
		{"case and space", "  CAT\t\nDoG ", []int64{bos, cat, dog, eos, eos, eos, eos, eos}},
		{"truncated keeps end token", "cat cat cat cat cat cat cat cat", []int64{bos, cat, cat, cat, cat, cat, cat, eos}},
		{"html", "&amp;", c.Encode("&")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.Encode(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Encode(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	// "cats" is not a word: c a -> ca, then "t", "s</w>" stay apart
	if got := c.Encode("cats"); got[1] == cat || got[4] != eos {
		t.Errorf("Encode(cats) = %v: want 3 pieces ca,t,s</w>", got)
	}
	if c.ContextLength() != 8 || c.PadID() != eos {
		t.Errorf("ctx %d pad %d", c.ContextLength(), c.PadID())
	}
	if err := c.SetContextLength(1); !errors.Is(err, tokenizer.ErrFormat) {
		t.Errorf("SetContextLength(1) = %v", err)
	}
	if err := c.SetContextLength(4); err != nil || len(c.Encode("cat dog cat dog")) != 4 {
		t.Errorf("SetContextLength(4): %v", err)
	}
}

func TestLoad(t *testing.T) {
	c, err := tokenizer.Load("testdata/clip")
	if err != nil {
		t.Fatal(err)
	}
	if c.ContextLength() != 77 {
		t.Errorf("context %d", c.ContextLength())
	}
	ref := loadRef(t)
	if got := c.Encode(ref[1].Text); !slices.Equal(got, ref[1].IDs) {
		t.Errorf("Load then Encode differs from reference")
	}
}

func TestConfigForms(t *testing.T) {
	tests := []struct {
		name, json string
		want       tokenizer.Config
		err        bool
	}{
		{"strings", `{"model_max_length":77,"pad_token":"!"}`, tokenizer.Config{ModelMaxLength: 77, PadToken: "!"}, false},
		{"objects", `{"pad_token":{"content":"<|endoftext|>","lstrip":false},"bos_token":{"content":"<|startoftext|>"}}`,
			tokenizer.Config{PadToken: "<|endoftext|>", BOSToken: "<|startoftext|>"}, false},
		{"unbounded sentinel", `{"model_max_length":1000000000000000019884624838656}`, tokenizer.Config{}, false},
		{"null pad", `{"pad_token":null}`, tokenizer.Config{}, false},
		{"tiny length", `{"model_max_length":1}`, tokenizer.Config{}, true},
		{"bad token", `{"pad_token":[1,2]}`, tokenizer.Config{}, true},
		{"not json", `{`, tokenizer.Config{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tokenizer.ParseConfig([]byte(tc.json))
			if tc.err {
				if !errors.Is(err, tokenizer.ErrFormat) {
					t.Fatalf("err = %v, want ErrFormat", err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
}

func TestBadFiles(t *testing.T) {
	v, _ := os.ReadFile("testdata/clip/vocab.json")
	m, _ := os.ReadFile("testdata/clip/merges.txt")
	tests := []struct {
		name          string
		vocab, merges string
		cfg           tokenizer.Config
	}{
		{"vocab not json", "{", string(m), tokenizer.Config{}},
		{"vocab empty", "{}", string(m), tokenizer.Config{}},
		{"vocab negative id", `{"a":-1}`, "", tokenizer.Config{}},
		{"vocab lacks bytes", `{"a":1,"<|startoftext|>":2,"<|endoftext|>":3}`, "", tokenizer.Config{}},
		{"merge not in vocab", string(v), "#version: 0.2\nzz qq\n", tokenizer.Config{}},
		{"merge one symbol", string(v), "#version: 0.2\nabc\n", tokenizer.Config{}},
		{"merge three symbols", string(v), "a b c\n", tokenizer.Config{}},
		{"unknown pad", string(v), string(m), tokenizer.Config{PadToken: "<pad>"}},
		{"unknown bos", string(v), string(m), tokenizer.Config{BOSToken: "<s>"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tokenizer.New([]byte(tc.vocab), []byte(tc.merges), tc.cfg)
			if !errors.Is(err, tokenizer.ErrFormat) {
				t.Fatalf("New = %v, want ErrFormat", err)
			}
		})
	}
	dir := t.TempDir()
	if _, err := tokenizer.Load(dir); !errors.Is(err, tokenizer.ErrFiles) {
		t.Errorf("Load(empty dir) = %v, want ErrFiles", err)
	}
	os.WriteFile(filepath.Join(dir, "vocab.json"), v, 0o644)
	if _, err := tokenizer.Load(dir); !errors.Is(err, tokenizer.ErrFiles) {
		t.Errorf("Load(no merges) = %v, want ErrFiles", err)
	}
	os.WriteFile(filepath.Join(dir, "merges.txt"), m, 0o644)
	os.WriteFile(filepath.Join(dir, "tokenizer_config.json"), []byte("nope"), 0o644)
	if _, err := tokenizer.Load(dir); !errors.Is(err, tokenizer.ErrFormat) {
		t.Errorf("Load(bad config) = %v, want ErrFormat", err)
	}
	os.Remove(filepath.Join(dir, "tokenizer_config.json"))
	if _, err := tokenizer.Load(dir); err != nil {
		t.Errorf("Load(without config) = %v", err)
	}
}

func FuzzEncode(f *testing.F) {
	for _, tc := range loadRef(f) {
		f.Add(tc.Text)
	}
	f.Add("\xff\xfe invalid utf8 \x80")
	f.Add(strings.Repeat("ab", 1000))
	f.Add("İstanbul ǅ ß ﬃ")
	c := loadWithPad(f, "!")
	f.Fuzz(func(t *testing.T, text string) {
		ids := c.Encode(text)
		if len(ids) != c.ContextLength() {
			t.Fatalf("len %d", len(ids))
		}
		if ids[0] != c.Encode("")[0] {
			t.Fatal("no start token")
		}
		for _, id := range ids {
			if id < 0 || id > 10000 {
				t.Fatalf("id %d out of range", id)
			}
		}
		if utf8.ValidString(text) && !slices.Equal(ids, c.Encode(text)) {
			t.Fatal("not deterministic")
		}
	})
}

func FuzzNew(f *testing.F) {
	v, _ := os.ReadFile("testdata/clip/vocab.json")
	m, _ := os.ReadFile("testdata/clip/merges.txt")
	f.Add(v, m)
	f.Add([]byte(`{"a":1}`), []byte("a b\n"))
	f.Fuzz(func(t *testing.T, vocab, merges []byte) {
		c, err := tokenizer.New(vocab, merges, tokenizer.Config{})
		if err != nil {
			return
		}
		_ = c.Encode("a photo of a cat")
	})
}

func BenchmarkEncode(b *testing.B) {
	c := loadWithPad(b, "<|endoftext|>")
	text := "a watercolor landscape with mountains and a lake, photographed in soft light"
	for b.Loop() {
		c.Encode(text)
	}
}
