#!/usr/bin/python3
"""Extract word translations between English and the corpus's other languages
from Debian's FreeDict dictionaries into seeds/dictionary.tsv.

Run once by hand (Debian: apt-get install dict-freedict-{deu,spa,fra,ita,por}-eng
dict-freedict-eng-{deu,spa,fra,ita,por}) and commit the output; train.py reads
only the committed file, so training does not depend on the packages. Like
wordnet_vocab.py, this widens vocabulary: train.py's code-switched copies
(--switch-copies) put a translation in place of some words of a training
prompt, so what the corpus teaches about "mangled" in English reaches
"verstümmelt" and back (CoSDA-ML, Qin et al. 2020, does the same for
multilingual encoders).

Kept: one-word headwords that are words of a training prompt (the only
words train.py replaces), and their first three one- or two-word
translations, from both directions of each pair (deu-eng and eng-deu both
give German -> English and English -> German). Dropped: annotations
(<n>, [geol.], (...)), sense numbers, entries of more than two words, names
written with a capital in both languages (places, countries), and
translations equal to the word itself.

Output lines: src_lang TAB word TAB dst_lang TAB translation|translation|...,
sorted. Usage: /usr/bin/python3 dictionary.py [/usr/share/dictd]
"""

import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"de": "deu", "es": "spa", "fr": "fra", "it": "ita", "pt": "por"}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
PER_WORD = 3
WORD = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def b64(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def entries(path):
    """(headword, [translation line, ...]) of a dictd dictionary."""
    data = gzip.open(path + ".dict.dz").read()
    with open(path + ".index", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00database"):
                continue
            text = data[b64(parts[1]):b64(parts[1]) + b64(parts[2])].decode("utf-8", "replace")
            lines = text.split("\n")
            head = re.sub(r"\s*/.*$", "", lines[0])
            head = re.sub(r"\s*<[^>]*>", "", head).strip()
            yield head, [l for l in lines[1:] if l and not l[0].isspace()]


def translations(lines):
    out = []
    for l in lines:
        l = re.sub(r"^\d+\.\s*", "", l)
        l = re.sub(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}", "", l)
        for t in re.split(r"[,;]", l):
            t = " ".join(t.split())
            if t and len(t.split()) <= 2 and all(WORD.match(w) for w in t.split()):
                out.append(t)
    return out


def is_name(word):
    return word[:1].isupper()


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dictd"
    vocab = {}
    with open(os.path.join(HERE, "data", "train.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for w in r["text"].split():
                w = w.strip(".,:;!?\"'()[]{}«»“”„").lower()
                if WORD.match(w):
                    vocab.setdefault(r["lang"], set()).add(w)
    table = {}

    def add(src, word, dst, ts):
        if is_name(word) or len(word.split()) != 1:
            return
        w = word.lower()
        if w not in vocab.get(src, ()):
            return
        got = table.setdefault((src, w, dst), [])
        for t in ts:
            if is_name(t) or t.lower() == w or t.lower() in got:
                continue
            if len(got) < PER_WORD:
                got.append(t.lower())

    for lang, code in LANGS.items():
        for head, lines in entries(os.path.join(root, f"freedict-{code}-eng")):
            ts = translations(lines)
            add(lang, head, "en", ts)
            for t in ts:
                add("en", t, lang, [head])
        for head, lines in entries(os.path.join(root, f"freedict-eng-{code}")):
            ts = translations(lines)
            add("en", head, lang, ts)
            for t in ts:
                add(lang, t, "en", [head])
    out = os.path.join(HERE, "seeds", "dictionary.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# made by training/prompt/dictionary.py from Debian's FreeDict dictionaries (GPL); see that script\n")
        for (src, w, dst), ts in sorted(table.items()):
            if ts:
                f.write(f"{src}\t{w}\t{dst}\t{'|'.join(ts)}\n")
    counts = {}
    for (src, _, dst), ts in table.items():
        if ts:
            counts[(src, dst)] = counts.get((src, dst), 0) + 1
    print(out, ", ".join(f"{s}->{d} {n}" for (s, d), n in sorted(counts.items())))


if __name__ == "__main__":
    main()
