"""A CLIP-compatible BPE vocabulary whose toy-world words are single tokens.

Layout follows OpenAI CLIP's tokenizer: the 256 byte symbols (GPT-2 byte-to-unicode map),
then the same with the end-of-word marker "</w>", then one entry per merge, then
<|startoftext|> and <|endoftext|>. The merges are learned by ordinary BPE training on the
toy-world word list (every word counted once, ties broken by the pair's text), run until every
word is one token: applying merges in rank order, as CLIP's encoder does, then reproduces the
training segmentation exactly, so one word's merges never break another word apart. Any other
word still encodes, as byte symbols. The encoder below is a plain re-implementation of CLIP's
(lower-casing, whitespace clean-up, pre-tokenisation, lowest-rank-pair-first merging).
"""

import re

BOS = "<|startoftext|>"
EOS = "<|endoftext|>"


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


def learn_merges(words):
    """BPE training on words (each counted once) until every word is a single symbol."""
    segs = {w: list(w[:-1]) + [w[-1] + "</w>"] for w in words}
    merges = []
    while True:
        counts = {}
        for s in segs.values():
            for a, b in zip(s, s[1:]):
                counts[(a, b)] = counts.get((a, b), 0) + 1
        if not counts:
            return merges
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(best)
        for w, s in segs.items():
            out, i = [], 0
            while i < len(s):
                if i + 1 < len(s) and (s[i], s[i + 1]) == best:
                    out.append(s[i] + s[i + 1])
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            segs[w] = out


class Tokenizer:
    def __init__(self, merges, context_len):
        b2u = bytes_to_unicode()
        self.byte_encoder = b2u
        vocab = list(b2u.values())
        vocab += [v + "</w>" for v in vocab]
        vocab += ["".join(m) for m in merges]
        vocab += [BOS, EOS]
        self.vocab = vocab
        self.encoder = {v: i for i, v in enumerate(vocab)}
        assert len(self.encoder) == len(vocab), "duplicate vocabulary entry"
        self.merges = merges
        self.ranks = {m: i for i, m in enumerate(merges)}
        self.context_len = context_len
        self.bos_id = self.encoder[BOS]
        self.eos_id = self.encoder[EOS]
        self.pat = re.compile(r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[^\W\d_]+|\d|[^\s\w]+|_+""",
                              re.IGNORECASE)
        self.cache = {}

    @classmethod
    def for_words(cls, words, context_len):
        return cls(learn_merges(sorted(set(words))), context_len)

    def bpe(self, token):
        if token in self.cache:
            return self.cache[token]
        word = list(token[:-1]) + [token[-1] + "</w>"]
        while len(word) > 1:
            pairs = set(zip(word, word[1:]))
            best = min(pairs, key=lambda p: self.ranks.get(p, float("inf")))
            if best not in self.ranks:
                break
            out, i = [], 0
            while i < len(word):
                if i + 1 < len(word) and (word[i], word[i + 1]) == best:
                    out.append(word[i] + word[i + 1])
                    i += 2
                else:
                    out.append(word[i])
                    i += 1
            word = out
        self.cache[token] = word
        return word

    def encode(self, text):
        """Token ids with start and end tokens, truncated and padded (with the end token)."""
        text = re.sub(r"\s+", " ", text).strip().lower()
        ids = [self.bos_id]
        for tok in self.pat.findall(text):
            tok = "".join(self.byte_encoder[b] for b in tok.encode("utf-8"))
            ids += [self.encoder[t] for t in self.bpe(tok)]
        ids = ids[: self.context_len - 1] + [self.eos_id]
        return ids + [self.eos_id] * (self.context_len - len(ids))

    def merges_txt(self):
        return "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in self.merges)
