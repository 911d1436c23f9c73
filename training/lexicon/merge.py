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

areas/<area>.json (round six) add, per policy area and across the six languages, terms,
benign phrases and rule clauses (`rules`: {rule id: {"when": [[classes]]}}). Their terms add
to the language authors' classes, except a class that fires a rule alone (FIRE) given to a
term another author classed without it, which is dropped; their rule clauses are appended
to that rule's "when" in policies/rules.json (the rule, its category and message must exist
there), whose "triggers" index this script rebuilds from the rules.

A benign phrase masks its listed terms and also every lexicon term that overlaps the phrase
by whole words at one of its ends and shares a masked word there ("rouge a levres nude"
masks "nude photo" in "rouge a levres nude, photo produit"): masking is by term, not by
position, so without this the longer term slips past the phrase.

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
AREAS = os.path.join(HERE, "areas")
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
    areas = {}
    for name in sorted(os.listdir(AREAS)) if os.path.isdir(AREAS) else []:
        if name.endswith(".json"):
            with open(os.path.join(AREAS, name), encoding="utf-8") as f:
                areas[name[:-5]] = json.load(f)
    with open(os.path.join(REPO, "policies", "lexicon.json"), encoding="utf-8") as f:
        base = json.load(f)["candor"]
    raw = set(base["terms"])
    for d in list(files.values()) + list(areas.values()):
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
    for a, d in areas.items():
        for k, v in d.get("terms", {}).items():
            k = K[k]
            if not k:
                continue
            given = set(v)
            if k in eng:
                if not given <= eng[k]:
                    notes.append("%s (area %s): kept lexicon.json's %s, not %s" % (k, a, sorted(eng[k]), sorted(given)))
                continue
            if k in terms:
                drop = {c for c in given if c in FIRE and c not in terms[k]}
                if drop:
                    notes.append("%s (area %s): not added %s to %s" % (k, a, sorted(drop), terms[k]))
                terms[k] = sorted(set(terms[k]) | (given - drop))
            else:
                terms[k] = sorted(given)
    terms = dict(sorted(terms.items()))
    benign = collections.defaultdict(set)
    for d in list(files.values()) + list(areas.values()):
        for k, v in d.get("benign", {}).items():
            if K[k] and K[k] not in base["benign"]:
                benign[K[k]].update(K[x] for x in v if K[x])
    by_first, by_last = collections.defaultdict(list), collections.defaultdict(list)
    for t in sorted(set(eng) | set(terms)):
        by_first[t.split()[0]].append(t)
        by_last[t.split()[-1]].append(t)
    for phrase, masked in benign.items():
        masked.update(edge_overlaps(phrase, masked, by_first, by_last))
    lines = ['{"candor": {', ' "terms": {']
    lines.append(",\n".join("  %s: %s" % (json.dumps(k, ensure_ascii=False), json.dumps(v)) for k, v in terms.items()))
    lines.append(" },")
    lines.append(' "benign": {')
    lines.append(",\n".join("  %s: %s" % (json.dumps(k, ensure_ascii=False), json.dumps(sorted(v), ensure_ascii=False))
                            for k, v in sorted(benign.items())))
    lines.append(" }")
    lines.append("}}")
    return "\n".join(lines) + "\n", len(terms), len(benign), notes, areas


def edge_overlaps(phrase, masked, by_first, by_last):
    """The lexicon terms that overlap phrase at its start or end by whole words, the shared
    words holding a masked term: "nude photo" for "rouge a levres nude" masking "nude".
    by_first / by_last: the terms by their first / last word."""
    pw = phrase.split()
    padded = {" %s " % m for m in masked}

    def holds(words):
        s = " %s " % " ".join(words)
        return any(m in s for m in padded)

    out = set()
    for n in range(1, len(pw)):
        # the phrase's last n words start the term
        for t in by_first.get(pw[-n], ()):
            tw = t.split()
            if n < len(tw) and tw[:n] == pw[-n:] and holds(tw[:n]):
                out.add(t)
        # the term's last n words start the phrase
        for t in by_last.get(pw[n - 1], ()):
            tw = t.split()
            if n < len(tw) and tw[-n:] == pw[:n] and holds(pw[:n]):
                out.add(t)
    return out


def with_area_rules(areas):
    """policies/rules.json's text with every area clause appended to its rule's "when" (once)
    and "triggers" rebuilt from the rules (policies/prompt.rego reads the clauses through it;
    the Go engine rebuilds it the same way at load), and the clauses that were added."""
    path = os.path.join(REPO, "policies", "rules.json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    rules = doc["candor"]["rules"]
    added = []
    for a, d in areas.items():
        for rid, r in d.get("rules", {}).items():
            if rid not in rules:
                sys.exit("training/lexicon/areas/%s.json: no rule %s in policies/rules.json" % (a, rid))
            have = {tuple(c) for c in rules[rid]["when"]}
            for c in r.get("when", []):
                if tuple(c) not in have:
                    rules[rid]["when"].append(list(c))
                    have.add(tuple(c))
                    added.append("%s: %s %s" % (a, rid, c))
    trig = {}
    for rid, r in rules.items():
        for c in r["when"]:
            t = trig.setdefault(c[0], {})
            if len(c) == 1:
                t.setdefault("alone", []).append(rid)
            else:
                t.setdefault("with", {}).setdefault(c[1], []).append({"rule": rid, "and": c[2:]})
    doc["candor"]["triggers"] = {k: trig[k] for k in sorted(trig)}
    return json.dumps(doc, indent=1, ensure_ascii=False), added


def main():
    text, nt, nb, notes, areas = build()
    rules_text, added = with_area_rules(areas)
    rules_path = os.path.join(REPO, "policies", "rules.json")
    with open(rules_path, encoding="utf-8") as f:
        rules_now = f.read()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("policies/lexicon_intl.json is not what training/lexicon/merge.py builds: rerun it")
        if rules_now != rules_text:
            sys.exit("policies/rules.json lacks clauses of training/lexicon/areas or its triggers are stale: rerun merge.py")
        print("lexicon_intl.json: %d terms, %d benign phrases, as built" % (nt, nb))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(rules_path, "w", encoding="utf-8") as f:
        f.write(rules_text)
    for c in added:
        print("clause added to rules.json:", c)
    for n in notes:
        print("note:", n)
    print("wrote %s: %d terms, %d benign phrases" % (OUT, nt, nb))


if __name__ == "__main__":
    main()
