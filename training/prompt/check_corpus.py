#!/usr/bin/python3
"""Check the committed prompt corpus.

  * the files in data/ are what make_corpus.py builds now (determinism), and
    their hashes match data/SHA256SUMS;
  * every record has the contract's fields and valid labels ("none" only alone);
  * no text (after lowercasing and dropping punctuation) is in two splits, and
    none of the benign evaluation set is in train, val or test;
  * no template group is in two splits;
  * every label x language cell of the test split has at least MIN_TEST records.

Usage: /usr/bin/python3 check_corpus.py   (exit status 1 on any failure)
"""

import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_corpus as mc  # noqa: E402

MIN_TEST = 40
FIELDS = ["id", "text", "labels", "lang", "style", "group", "split"]


def main():
    errors = []
    data = {}
    for name in ("train.jsonl", "val.jsonl", "test.jsonl", "benign.jsonl"):
        path = os.path.join(mc.DATA, name)
        with open(path, encoding="utf-8") as f:
            body = f.read()
        data[name] = body
    # hashes listed in SHA256SUMS
    with open(os.path.join(mc.DATA, "SHA256SUMS"), encoding="utf-8") as f:
        for line in f:
            digest, name = line.split()
            with open(os.path.join(mc.DATA, name), "rb") as g:
                got = hashlib.sha256(g.read()).hexdigest()
            if got != digest:
                errors.append("SHA256SUMS: %s has %s, listed %s" % (name, got, digest))
    # determinism: a fresh build equals the files
    fresh = mc.outputs()
    for name, body in fresh.items():
        with open(os.path.join(mc.DATA, name), encoding="utf-8") as f:
            if f.read() != body:
                errors.append("data/%s differs from a fresh build: rerun make_corpus.py" % name)
    seen_text, seen_group = {}, {}
    cells = {}
    for name, body in data.items():
        split = name.split(".")[0]
        for n, line in enumerate(body.splitlines(), 1):
            where = "%s:%d" % (name, n)
            r = json.loads(line)
            if list(r) != FIELDS:
                errors.append("%s: fields %s, want %s" % (where, list(r), FIELDS))
                continue
            labs = r["labels"]
            if not labs or any(l not in mc.LABELS for l in labs) or len(set(labs)) != len(labs):
                errors.append("%s: bad labels %r" % (where, labs))
            if "none" in labs and len(labs) > 1:
                errors.append("%s: none with other labels" % where)
            if split == "benign" and labs != ["none"]:
                errors.append("%s: benign record labelled %r" % (where, labs))
            if r["lang"] not in mc.LANGS:
                errors.append("%s: bad lang %r" % (where, r["lang"]))
            if r["style"] not in mc.STYLES:
                errors.append("%s: bad style %r" % (where, r["style"]))
            if r["split"] != split:
                errors.append("%s: split field %r in %s" % (where, r["split"], name))
            if not r["text"].strip():
                errors.append("%s: empty text" % where)
            k = mc.norm_key(r["text"])
            if k in seen_text and seen_text[k] != split:
                errors.append("%s: text also in %s: %r" % (where, seen_text[k], r["text"]))
            seen_text.setdefault(k, split)
            g = r["group"]
            if g in seen_group and seen_group[g] != split:
                errors.append("%s: group %s also in %s" % (where, g, seen_group[g]))
            seen_group.setdefault(g, split)
            if split == "test":
                for l in labs:
                    cells[(l, r["lang"])] = cells.get((l, r["lang"]), 0) + 1
    for l in mc.LABELS:
        for lang in mc.LANGS:
            if cells.get((l, lang), 0) < MIN_TEST:
                errors.append("test split: %s/%s has %d records, want >= %d" % (
                    l, lang, cells.get((l, lang), 0), MIN_TEST))
    size = sum(os.path.getsize(os.path.join(mc.DATA, n)) for n in os.listdir(mc.DATA)
               if os.path.isfile(os.path.join(mc.DATA, n)))
    if size > 15 * 1024 * 1024:
        errors.append("data/ is %d bytes, over 15 MiB" % size)
    for e in errors[:50]:
        print(e)
    if len(errors) > 50:
        print("... and %d more" % (len(errors) - 50))
    print("check_corpus: %s (%d records, %d bytes in data/)" % (
        "FAIL, %d problems" % len(errors) if errors else "ok",
        sum(b.count("\n") for b in data.values()), size))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
