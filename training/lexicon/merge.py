#!/usr/bin/python3
"""Build policies/lexicon_intl.json from the per-language lexicons here.

<lang>.json ({"terms": {term: [classes]}, "benign": {phrase: [terms it masks]}}), one per
language of the prompt corpus, each written by one author for that language (en.json only
adds what policies/lexicon.json lacks). The lexicon does not know a prompt's language, so:

* keys are normalised as the Go loader does (`go run ./cmd/policy-eval keys`: lowercase,
  accents and marks removed, punctuation as spaces), because `opa test` reads them as stored;
* a term classed differently by two authors keeps the classes both gave; if none, only the
  combination classes (those that never fire a rule alone) of either;
* a term already in policies/lexicon.json keeps its entry there (the new classes are dropped
  and listed); a benign phrase already there is dropped.

Usage (repository root): /usr/bin/python3 training/lexicon/merge.py [--check]
--check: exit 1 if policies/lexicon_intl.json is not what this script writes.
"""
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "policies", "lexicon_intl.json")
LANGS = ["en", "es", "fr", "de", "pt", "it"]
# classes with a rule clause of their own (policies/rules.json)
FIRE = {"gore", "selfharm", "nudity", "explicit", "hate_symbol", "minor_sexualised", "nudify", "named_artist"}


def keys(strings):
    out = subprocess.run(["go", "run", "./cmd/policy-eval", "keys"], input="\n".join(strings).encode("utf-8"),
                         capture_output=True, cwd=REPO, check=True).stdout.decode("utf-8").split("\n")
    return dict(zip(strings, out))


def build():
    files = {}
    for l in LANGS:
        with open(os.path.join(HERE, l + ".json"), encoding="utf-8") as f:
            files[l] = json.load(f)
    with open(os.path.join(REPO, "policies", "lexicon.json"), encoding="utf-8") as f:
        base = json.load(f)["candor"]
    raw = set(base["terms"])
    for d in files.values():
        raw.update(d.get("terms", {}))
        for k, v in d.get("benign", {}).items():
            raw.add(k)
            raw.update(v)
    K = keys(sorted(raw))
    eng = {K[k]: set(v) for k, v in base["terms"].items()}
    by_key = collections.defaultdict(dict)
    for l, d in files.items():
        for k, v in d.get("terms", {}).items():
            if K[k]:
                by_key[K[k]].setdefault(l, set()).update(v)
    terms, notes = {}, []
    for k in sorted(by_key):
        sets = list(by_key[k].values())
        cls = set.intersection(*sets)
        if len(sets) > 1 and any(s != sets[0] for s in sets):
            if not cls:
                cls = {c for s in sets for c in s if c not in FIRE}
            notes.append("%s: %s -> %s" % (k, {l: sorted(s) for l, s in by_key[k].items()}, sorted(cls)))
        if not cls:
            continue
        if k in eng:
            if not cls <= eng[k]:
                notes.append("%s: kept lexicon.json's %s, not %s" % (k, sorted(eng[k]), sorted(cls)))
            continue
        terms[k] = sorted(cls)
    benign = collections.defaultdict(set)
    for d in files.values():
        for k, v in d.get("benign", {}).items():
            if K[k] and K[k] not in base["benign"]:
                benign[K[k]].update(K[x] for x in v if K[x])
    lines = ['{"candor": {', ' "terms": {']
    lines.append(",\n".join("  %s: %s" % (json.dumps(k, ensure_ascii=False), json.dumps(v)) for k, v in terms.items()))
    lines.append(" },")
    lines.append(' "benign": {')
    lines.append(",\n".join("  %s: %s" % (json.dumps(k, ensure_ascii=False), json.dumps(sorted(v), ensure_ascii=False))
                            for k, v in sorted(benign.items())))
    lines.append(" }")
    lines.append("}}")
    return "\n".join(lines) + "\n", len(terms), len(benign), notes


def main():
    text, nt, nb, notes = build()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("policies/lexicon_intl.json is not what training/lexicon/merge.py builds: rerun it")
        print("lexicon_intl.json: %d terms, %d benign phrases, as built" % (nt, nb))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    for n in notes:
        print("note:", n)
    print("wrote %s: %d terms, %d benign phrases" % (OUT, nt, nb))


if __name__ == "__main__":
    main()
