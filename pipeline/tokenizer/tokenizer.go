// Package tokenizer implements the CLIP byte-level BPE tokenizer used by
// Stable Diffusion's text encoders (Radford et al. 2021, "Learning Transferable
// Visual Models From Natural Language Supervision"; reference implementation
// openai/CLIP simple_tokenizer.py, and Hugging Face's CLIPTokenizer file
// layout: vocab.json, merges.txt, tokenizer_config.json).
//
// Encoding follows the reference: HTML entities unescaped twice, runs of
// white space collapsed, lower-cased, split by CLIP's pattern
// (<|startoftext|>, <|endoftext|>, English contractions, letter runs, single
// digits, runs of other non-space characters), each piece mapped byte by byte
// to printable unicode (GPT-2's bytes_to_unicode), the last symbol marked with
// `</w>`, then merged by merge rank. The result is framed by the start and
// end tokens, truncated to the context length and padded with the pad token.
// ftfy's mojibake repair is not applied.
package tokenizer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// DefaultContextLength is CLIP's text context (77 tokens).
const DefaultContextLength = 77

const (
	startToken = "<|startoftext|>"
	endToken   = "<|endoftext|>"
)

// maxWordCache bounds the per-tokenizer cache of BPE results.
const maxWordCache = 1 << 14

// maxFileSize bounds each tokenizer file read (CLIP's are ~1-2 MB).
const maxFileSize = 64 << 20

var pattern = regexp.MustCompile(`<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|\p{L}+|\p{N}|[^\s\p{L}\p{N}]+`)

// CLIP is a loaded tokenizer. It is safe for concurrent use.
type CLIP struct {
	vocab   map[string]int64
	ranks   map[[2]string]int
	byteEnc [256]string
	ctx     int
	bos     int64
	eos     int64
	pad     int64

	mu    sync.Mutex
	cache map[string][]int64
}

// Config is the subset of tokenizer_config.json that matters here.
type Config struct {
	ModelMaxLength int
	PadToken       string
	BOSToken       string
	EOSToken       string
}

// Load reads dir/vocab.json, dir/merges.txt and, if present,
// dir/tokenizer_config.json (model_max_length, pad_token, bos_token,
// eos_token). Errors wrap ErrFiles or ErrFormat.
func Load(dir string) (*CLIP, error) {
	vocabData, err := readFile(filepath.Join(dir, "vocab.json"))
	if err != nil {
		return nil, err
	}
	mergesData, err := readFile(filepath.Join(dir, "merges.txt"))
	if err != nil {
		return nil, err
	}
	cfg := Config{}
	if b, err := readFile(filepath.Join(dir, "tokenizer_config.json")); err == nil {
		if cfg, err = ParseConfig(b); err != nil {
			return nil, err
		}
	} else if _, statErr := os.Stat(filepath.Join(dir, "tokenizer_config.json")); statErr == nil {
		return nil, err
	}
	return New(vocabData, mergesData, cfg)
}

func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFiles, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", p, ErrFiles, err)
	}
	if len(b) > maxFileSize {
		return nil, fmt.Errorf("%s is larger than %d bytes: %w", p, maxFileSize, ErrFormat)
	}
	return b, nil
}

// ParseConfig reads tokenizer_config.json. Token fields may be strings or
// objects with a "content" field (both appear in Hugging Face exports).
func ParseConfig(data []byte) (Config, error) {
	var raw struct {
		ModelMaxLength json.Number     `json:"model_max_length"`
		Pad            json.RawMessage `json:"pad_token"`
		BOS            json.RawMessage `json:"bos_token"`
		EOS            json.RawMessage `json:"eos_token"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return Config{}, fmt.Errorf("tokenizer_config.json: %w: %w", ErrFormat, err)
	}
	var cfg Config
	if raw.ModelMaxLength != "" {
		// HF writes a huge sentinel (1e30) when there is no limit.
		if n, err := raw.ModelMaxLength.Int64(); err == nil && n >= 2 && n <= 1<<16 {
			cfg.ModelMaxLength = int(n)
		} else if err == nil && n < 2 {
			return Config{}, fmt.Errorf("tokenizer_config.json: model_max_length %d: %w", n, ErrFormat)
		}
	}
	var err error
	for _, f := range []struct {
		raw json.RawMessage
		dst *string
	}{{raw.Pad, &cfg.PadToken}, {raw.BOS, &cfg.BOSToken}, {raw.EOS, &cfg.EOSToken}} {
		if *f.dst, err = tokenString(f.raw); err != nil {
			return Config{}, err
		}
	}
	return cfg, nil
}

func tokenString(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var obj struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(raw, &obj); err != nil {
		return "", fmt.Errorf("tokenizer_config.json: token %s: %w", raw, ErrFormat)
	}
	return obj.Content, nil
}

// New builds a tokenizer from the contents of vocab.json and merges.txt.
func New(vocabJSON, merges []byte, cfg Config) (*CLIP, error) {
	c := &CLIP{ctx: DefaultContextLength, cache: map[string][]int64{}}
	if cfg.ModelMaxLength > 0 {
		c.ctx = cfg.ModelMaxLength
	}
	if err := json.Unmarshal(vocabJSON, &c.vocab); err != nil {
		return nil, fmt.Errorf("vocab.json: %w: %w", ErrFormat, err)
	}
	if len(c.vocab) == 0 {
		return nil, fmt.Errorf("vocab.json is empty: %w", ErrFormat)
	}
	for tok, id := range c.vocab {
		if id < 0 {
			return nil, fmt.Errorf("vocab.json: %q has negative id %d: %w", tok, id, ErrFormat)
		}
	}
	c.byteEnc = bytesToUnicode()
	for _, s := range c.byteEnc {
		if _, ok := c.vocab[s]; !ok {
			return nil, fmt.Errorf("vocab.json lacks the byte symbol %q: %w", s, ErrFormat)
		}
	}
	c.ranks = map[[2]string]int{}
	sc := bufio.NewScanner(bytes.NewReader(merges))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 && strings.HasPrefix(text, "#version") {
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		a, b, ok := strings.Cut(text, " ")
		if !ok || a == "" || b == "" || strings.Contains(b, " ") {
			return nil, fmt.Errorf("merges.txt line %d %q: want two symbols: %w", line, text, ErrFormat)
		}
		if _, ok := c.vocab[a+b]; !ok {
			return nil, fmt.Errorf("merges.txt line %d: %q is not in vocab.json: %w", line, a+b, ErrFormat)
		}
		if _, dup := c.ranks[[2]string{a, b}]; !dup {
			c.ranks[[2]string{a, b}] = len(c.ranks)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("merges.txt: %w: %w", ErrFormat, err)
	}
	var err error
	bosName, eosName, padName := or(cfg.BOSToken, startToken), or(cfg.EOSToken, endToken), or(cfg.PadToken, endToken)
	if c.bos, err = c.special(bosName); err != nil {
		return nil, err
	}
	if c.eos, err = c.special(eosName); err != nil {
		return nil, err
	}
	if c.pad, err = c.special(padName); err != nil {
		return nil, err
	}
	return c, nil
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (c *CLIP) special(name string) (int64, error) {
	if id, ok := c.vocab[name]; ok {
		return id, nil
	}
	// "!" style pad tokens are stored as a single byte symbol or its </w> form.
	if id, ok := c.vocab[name+"</w>"]; ok {
		return id, nil
	}
	return 0, fmt.Errorf("special token %q is not in vocab.json: %w", name, ErrFormat)
}

// ContextLength is the length of every encoded sequence.
func (c *CLIP) ContextLength() int { return c.ctx }

// SetContextLength changes the sequence length, for a text encoder whose
// input shape says otherwise than tokenizer_config.json. n must be >= 2.
func (c *CLIP) SetContextLength(n int) error {
	if n < 2 {
		return fmt.Errorf("context length %d: %w", n, ErrFormat)
	}
	c.ctx = n
	return nil
}

// PadID is the id used to pad sequences.
func (c *CLIP) PadID() int64 { return c.pad }

// Encode tokenizes text into exactly ContextLength ids: start token, the
// text's tokens (truncated so the end token always fits), end token, then
// padding. Any string is accepted; invalid UTF-8 is tokenized byte by byte.
func (c *CLIP) Encode(text string) []int64 {
	ids := make([]int64, 0, c.ctx)
	ids = append(ids, c.bos)
	limit := c.ctx - 1
	// Every piece gives at least one token, so ctx pieces are always enough.
	for _, piece := range pattern.FindAllString(clean(text), c.ctx) {
		if len(ids) >= limit {
			break
		}
		if piece == startToken || piece == endToken {
			ids = append(ids, c.vocab[piece])
			continue
		}
		ids = append(ids, c.bpe(piece)...)
	}
	if len(ids) > limit {
		ids = ids[:limit]
	}
	ids = append(ids, c.eos)
	for len(ids) < c.ctx {
		ids = append(ids, c.pad)
	}
	return ids
}

// isSpace is Python's str.isspace, which CLIP's re.sub(r"\s+", " ", text)
// follows: Unicode white space plus the separators U+001C..U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

func clean(text string) string {
	text = html.UnescapeString(html.UnescapeString(text))
	text = strings.Join(strings.FieldsFunc(text, isSpace), " ")
	return strings.Map(unicode.ToLower, text)
}

// bpe returns the ids of one pre-tokenized piece, using a bounded cache.
func (c *CLIP) bpe(piece string) []int64 {
	c.mu.Lock()
	if ids, ok := c.cache[piece]; ok {
		c.mu.Unlock()
		return ids
	}
	c.mu.Unlock()
	if piece == "" {
		return nil
	}
	word := make([]string, 0, len(piece))
	for i := 0; i < len(piece); i++ {
		word = append(word, c.byteEnc[piece[i]])
	}
	word[len(word)-1] += "</w>"
	for len(word) > 1 {
		best, bestRank := -1, int(^uint(0)>>1)
		for i := 0; i+1 < len(word); i++ {
			if r, ok := c.ranks[[2]string{word[i], word[i+1]}]; ok && r < bestRank {
				best, bestRank = i, r
			}
		}
		if best < 0 {
			break
		}
		a, b := word[best], word[best+1]
		out := word[:0:0]
		for i := 0; i < len(word); {
			if i+1 < len(word) && word[i] == a && word[i+1] == b {
				out = append(out, a+b)
				i += 2
			} else {
				out = append(out, word[i])
				i++
			}
		}
		word = out
	}
	ids := make([]int64, len(word))
	for i, w := range word {
		id, ok := c.vocab[w]
		if !ok {
			id = c.eos // CLIPTokenizer's unk_token is <|endoftext|>
		}
		ids[i] = id
	}
	c.mu.Lock()
	if len(c.cache) >= maxWordCache {
		clear(c.cache)
	}
	c.cache[piece] = ids
	c.mu.Unlock()
	return ids
}

// bytesToUnicode is GPT-2's reversible map from bytes to printable runes:
// printable Latin-1 bytes map to themselves, the rest to U+0100 upwards.
func bytesToUnicode() [256]string {
	var m [256]string
	n := 0
	for b := 0; b < 256; b++ {
		if (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF) {
			m[b] = string(rune(b))
		} else {
			m[b] = string(rune(256 + n))
			n++
		}
	}
	return m
}
