#!/usr/bin/python3
"""Check the committed prompt corpus.

  * the files in data/ are what make_corpus.py builds now (determinism), and
    their hashes match data/SHA256SUMS;
  * every record has the contract's fields and valid labels ("none" only alone);
  * no text (after lowercasing and dropping punctuation) is in two splits, and
    none of the benign evaluation set is in train, val or test;
  * no template group is in two splits;
  * no held-out name, outlet or place (test-only or val-only) shows up in another split;
  * every label x language cell of the test split has at least MIN_TEST records;
  * test.jsonl and benign.jsonl are byte for byte the frozen held-out sets
    (make_corpus.FROZEN_SHA256), unless an institution added data/extra files.

Usage: /usr/bin/python3 check_corpus.py             (exit status 1 on any failure)
       /usr/bin/python3 check_corpus.py --selftest  (each check fires on a broken copy)
"""

import hashlib
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_corpus as mc  # noqa: E402

MIN_TEST = 40
FIELDS = ["id", "text", "labels", "lang", "style", "group", "split"]


def problems(datadir, fresh=None, min_test=MIN_TEST):
    """Every problem found in datadir; fresh, when given, is a new build to compare with."""
    errors = []
    data = {}
    for name in ("train.jsonl", "val.jsonl", "test.jsonl", "benign.jsonl"):
        path = os.path.join(datadir, name)
        with open(path, encoding="utf-8") as f:
            body = f.read()
        data[name] = body
    # hashes listed in SHA256SUMS
    with open(os.path.join(datadir, "SHA256SUMS"), encoding="utf-8") as f:
        for line in f:
            digest, name = line.split()
            with open(os.path.join(datadir, name), "rb") as g:
                got = hashlib.sha256(g.read()).hexdigest()
            if got != digest:
                errors.append("SHA256SUMS: %s has %s, listed %s" % (name, got, digest))
    # determinism: a fresh build equals the files
    for name, body in (fresh or {}).items():
        with open(os.path.join(datadir, name), encoding="utf-8") as f:
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
            if cells.get((l, lang), 0) < min_test:
                errors.append("test split: %s/%s has %d records, want >= %d" % (
                    l, lang, cells.get((l, lang), 0), min_test))
    size = sum(os.path.getsize(os.path.join(datadir, n)) for n in os.listdir(datadir)
               if os.path.isfile(os.path.join(datadir, n)))
    if size > 20 * 1024 * 1024:
        errors.append("data/ is %d bytes, over 20 MiB" % size)
    return errors, data, size


def frozen_problems(datadir):
    """The held-out sets every model is measured on must not change when
    training material is added (see make_corpus.V2_DIR)."""
    extra = os.path.join(datadir, "extra")
    if os.path.isdir(extra) and any(n.endswith(".jsonl") for n in os.listdir(extra)):
        return []
    errors = []
    for name, digest in sorted(mc.FROZEN_SHA256.items()):
        with open(os.path.join(datadir, name), "rb") as f:
            got = hashlib.sha256(f.read()).hexdigest()
        if got != digest:
            errors.append("%s changed (%s, frozen %s): the held-out sets must stay as they were" % (name, got[:12], digest[:12]))
    return errors


def rec(text, labels, split, group="g", lang="en"):
    return {"id": mc.h("id", text)[:16], "text": text, "labels": labels, "lang": lang,
            "style": "short", "group": group + "-" + split, "split": split}


def selftest():
    """Write small broken corpora and make sure each check reports them."""
    cases = {
        "duplicate across splits": ({"train": [rec("a red fox", ["none"], "train")],
                                     "test": [rec("A red fox!", ["none"], "test")]}, "text also in"),
        "unknown label": ({"train": [rec("a cat", ["cats"], "train")]}, "bad labels"),
        "none with others": ({"train": [rec("a dog", ["none", "hate"], "train")]}, "none with other"),
        "group in two splits": ({"train": [rec("x one", ["none"], "train", "gg")],
                                 "val": [dict(rec("x two", ["none"], "val", "gg"), group="gg-train")]},
                                "group gg-train also in"),
        "harmful benign": ({"benign": [rec("a gun", ["violence"], "benign")]}, "benign record labelled"),
        "bad field order": ({"train": [dict(reversed(list(rec("a b", ["none"], "train").items())))]},
                            "fields"),
        "thin test cell": ({"test": [rec("a c", ["hate"], "test")]}, "test split: hate/en has 1"),
    }
    failed = 0
    for name, (splits, want) in cases.items():
        d = tempfile.mkdtemp(prefix="corpus-selftest-")
        try:
            sums = []
            for s in ("train", "val", "test", "benign"):
                body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in splits.get(s, []))
                with open(os.path.join(d, s + ".jsonl"), "w", encoding="utf-8") as f:
                    f.write(body)
                sums.append("%s  %s.jsonl\n" % (hashlib.sha256(body.encode()).hexdigest(), s))
            with open(os.path.join(d, "SHA256SUMS"), "w", encoding="utf-8") as f:
                f.write("".join(sums))
            errs, _, _ = problems(d, min_test=1 if "thin" not in name else 2)
            ok = any(want in e for e in errs)
            print("%-26s %s" % (name, "ok" if ok else "NOT DETECTED: %s" % errs))
            failed += not ok
            # a tampered file must fail the hash check
            if name == "unknown label":
                with open(os.path.join(d, "train.jsonl"), "a", encoding="utf-8") as f:
                    f.write("")
                with open(os.path.join(d, "val.jsonl"), "w", encoding="utf-8") as f:
                    f.write(json.dumps(rec("tampered", ["none"], "val")) + "\n")
                errs, _, _ = problems(d, min_test=0)
                ok = any("SHA256SUMS" in e for e in errs)
                print("%-26s %s" % ("tampered file", "ok" if ok else "NOT DETECTED"))
                failed += not ok
        finally:
            shutil.rmtree(d)
    # a changed held-out set must fail the frozen check
    d = tempfile.mkdtemp(prefix="corpus-selftest-")
    try:
        for name in mc.FROZEN_SHA256:
            shutil.copy(os.path.join(mc.DATA, name), os.path.join(d, name))
        ok = not frozen_problems(d)
        with open(os.path.join(d, "test.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(rec("one more", ["none"], "test")) + "\n")
        ok = ok and any("test.jsonl changed" in e for e in frozen_problems(d))
        print("%-26s %s" % ("held-out set changed", "ok" if ok else "NOT DETECTED"))
        failed += not ok
    finally:
        shutil.rmtree(d)
    print("selftest: %s" % ("ok" if not failed else "%d checks did not fire" % failed))
    return 1 if failed else 0


def holdout_leaks(data):
    """Held-out names, outlets and places that show up outside their split."""
    import re
    mat, _ = mc.load_material()
    values = set()
    for (lang, name), vs in mat.slots.items():
        if name in mc.HOLDOUT_SLOTS:
            values.update(vs)
    by_home = {}
    for v in values:
        home = mc.held_out(v)
        if home:
            by_home.setdefault(home, set()).add(v)
    errors = []
    for home, vs in sorted(by_home.items()):
        # one alternation per home split, longest first, scanned once per other split
        pat = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(v) for v in sorted(vs, key=lambda v: (-len(v), v))))
        for split in ("train", "val", "test"):
            if split == home:
                continue
            for v in sorted(set(pat.findall(data[split + ".jsonl"]))):
                errors.append("held-out %s value %r appears in %s" % (home, v, split))
    return errors


def main():
    if "--selftest" in sys.argv[1:]:
        return selftest()
    errors, data, size = problems(mc.DATA, fresh=mc.outputs())
    errors += holdout_leaks(data)
    errors += frozen_problems(mc.DATA)
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
