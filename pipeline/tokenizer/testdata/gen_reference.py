#!/usr/bin/env python3
"""Build a small CLIP-style BPE vocabulary and reference token ids.

This is an independent, pure-Python implementation of the CLIP tokenizer
(github.com/openai/CLIP, simple_tokenizer.py): byte-to-unicode mapping,
lower-casing, whitespace cleaning, the CLIP pre-tokenisation pattern written
out by hand with unicodedata (no `regex` module), BPE with `</w>` word ends,
start and end tokens, truncation and padding.

It writes, next to itself:
  clip/vocab.json, clip/merges.txt, clip/tokenizer_config.json  (the vocabulary)
  reference.json  (texts and the ids the Go tokenizer must produce)

Run: /usr/bin/python3 pipeline/tokenizer/testdata/gen_reference.py
"""
import html
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CTX = 77

CORPUS = """a photo of a cat sitting on a red chair . a painting of a dog in the style of
an old master . the quick brown fox jumps over the lazy dog . a red square on a blue
background . a green circle at the top left . a yellow triangle in the bottom right .
it's a portrait of a person , photographed in soft light . they're walking in the rain .
we've seen 3 cats and 12 dogs ! watercolor landscape with mountains and a lake .
a ceo , a nurse , a doctor , an engineer , a teacher standing in an office ."""


def bytes_to_unicode():
    bs = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
          + list(range(ord("®"), ord("ÿ") + 1)))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


B2U = bytes_to_unicode()
CONTRACTIONS = ["'s", "'t", "'re", "'ve", "'m", "'ll", "'d"]
SPECIAL = ["<|startoftext|>", "<|endoftext|>"]


def is_letter(c):
    return unicodedata.category(c).startswith("L")


def is_number(c):
    return unicodedata.category(c).startswith("N")


def pretokenize(text):
    """CLIP's pattern, by hand:
    <|startoftext|>|<|endoftext|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+
    (case-insensitive; text is already lower-cased)."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        matched = False
        for s in SPECIAL + CONTRACTIONS:
            if text.startswith(s, i):
                out.append(s)
                i += len(s)
                matched = True
                break
        if matched:
            continue
        if is_letter(c):
            j = i
            while j < n and is_letter(text[j]):
                j += 1
            out.append(text[i:j])
            i = j
        elif is_number(c):
            out.append(c)
            i += 1
        else:
            j = i
            while j < n and not (text[j].isspace() or is_letter(text[j]) or is_number(text[j])):
                # the regex alternation would prefer a contraction or special
                # token only at the start of a match, so runs continue here
                j += 1
            out.append(text[i:j])
            i = j
    return out


def clean(text):
    text = html.unescape(html.unescape(text)).strip()
    text = " ".join(text.split())
    return text.lower()


def word_symbols(tok):
    u = "".join(B2U[b] for b in tok.encode("utf-8"))
    return list(u[:-1]) + [u[-1] + "</w>"]


def train_merges(corpus, n_merges):
    words = {}
    for tok in pretokenize(clean(corpus)):
        key = tuple(word_symbols(tok))
        words[key] = words.get(key, 0) + 1
    merges = []
    for _ in range(n_merges):
        pairs = {}
        for w, f in words.items():
            for a, b in zip(w, w[1:]):
                pairs[(a, b)] = pairs.get((a, b), 0) + f
        if not pairs:
            break
        best = max(sorted(pairs), key=lambda p: pairs[p])
        merges.append(best)
        new = {}
        for w, f in words.items():
            out = []
            i = 0
            while i < len(w):
                if i + 1 < len(w) and (w[i], w[i + 1]) == best:
                    out.append(w[i] + w[i + 1])
                    i += 2
                else:
                    out.append(w[i])
                    i += 1
            new[tuple(out)] = new.get(tuple(out), 0) + f
        words = new
    return merges


def build_vocab(merges):
    vocab = list(B2U.values())
    vocab = vocab + [v + "</w>" for v in vocab]
    for a, b in merges:
        vocab.append(a + b)
    vocab.extend(SPECIAL)
    return {t: i for i, t in enumerate(vocab)}


def bpe(symbols, ranks):
    word = list(symbols)
    while len(word) > 1:
        best = None
        for pair in zip(word, word[1:]):
            r = ranks.get(pair)
            if r is not None and (best is None or r < best[0]):
                best = (r, pair)
        if best is None:
            break
        a, b = best[1]
        out = []
        i = 0
        while i < len(word):
            if i + 1 < len(word) and word[i] == a and word[i + 1] == b:
                out.append(a + b)
                i += 2
            else:
                out.append(word[i])
                i += 1
        word = out
    return word


def encode(text, vocab, ranks, pad_id, ctx=CTX):
    ids = []
    for tok in pretokenize(clean(text)):
        if tok in SPECIAL:
            ids.append(vocab[tok])
            continue
        for piece in bpe(word_symbols(tok), ranks):
            ids.append(vocab.get(piece, vocab["<|endoftext|>"]))
    ids = ids[: ctx - 2]
    ids = [vocab["<|startoftext|>"]] + ids + [vocab["<|endoftext|>"]]
    return ids + [pad_id] * (ctx - len(ids))


TEXTS = [
    "",
    "a photo of a cat",
    "A PHOTO of a Cat",
    "  a   red\tsquare\non a blue background  ",
    "it's a portrait; they're walking, we've seen 3 cats!!",
    "12345 dogs",
    "naïve café über straße",
    "emoji 🐱 and 日本語 text",
    "&amp;lt;b&amp;gt; html &quot;quoted&quot;",
    "<|startoftext|>hello<|endoftext|>",
    "unknownword zyxwvut",
    "... ?! -- ##",
    "a " * 100,
    "the quick brown fox jumps over the lazy dog " * 5,
]


def main():
    merges = train_merges(CORPUS, 150)
    vocab = build_vocab(merges)
    ranks = {m: i for i, m in enumerate(merges)}
    d = os.path.join(HERE, "clip")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False, sort_keys=True)
    with open(os.path.join(d, "merges.txt"), "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        for a, b in merges:
            f.write(a + " " + b + "\n")
    with open(os.path.join(d, "tokenizer_config.json"), "w") as f:
        json.dump({"model_max_length": CTX, "pad_token": "<|endoftext|>",
                   "bos_token": {"content": "<|startoftext|>"},
                   "eos_token": "<|endoftext|>", "do_lower_case": True}, f, indent=1)
    cases = []
    for pad in ["<|endoftext|>", "!"]:
        for t in TEXTS:
            cases.append({"text": t, "pad_token": pad,
                          "ids": encode(t, vocab, ranks, vocab[pad])})
    with open(os.path.join(HERE, "reference.json"), "w", encoding="utf-8") as f:
        f.write('{"context_length": %d, "cases": [\n' % CTX)
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
