#!/usr/bin/python3
"""Build policies/lexicon_intl.json from the per-language lexicons here.

<lang>.json ({"terms": {term: [classes]}, "benign": {phrase: [terms it masks]}}), one per
language of the prompt corpus, each written by one author for that language (en.json only
adds what policies/lexicon.json lacks). The lexicon does not know a prompt's language, so:

* keys are normalised as the Go loader does (`go run ./cmd/policy-eval keys`: lowercase,
  accents and marks removed, punctuation as spaces), because `opa test` reads them as stored;
* a term classed differently by two authors keeps the classes both gave; if none, only the
  combination classes (those that never fire a rule alone) of either;
* a term already in policies/lexicon.json keeps its entry there (a language author's new
  classes are dropped and listed); a benign phrase already there is dropped.

areas/<area>.json (round six) add, per policy area and across the six languages, terms,
benign phrases and rule clauses (`rules`: {rule id: {"when": [[classes]]}}). Their terms add
to the language authors' classes and to each other's, except a class that fires a rule alone
(FIRE) given to a term a language author classed without it, which is dropped (two areas'
classes on one term are both kept: each area's author measured their own on the training
prompts, so the order of the files does not matter). On a term of policies/lexicon.json
the same holds: the area's other classes are added to its entry there, in place (so an area
file edits lexicon.json through this script; removing a class from an area file later does
not remove it from lexicon.json, which is edited by hand). Their rule clauses are appended
to that rule's "when" in policies/rules.json (the rule, its category and message must exist
there), whose "triggers" index this script rebuilds from the rules.

A term or benign phrase of more than policy.MaxNgram words is left out (and counted): the
matcher never reads it.

A benign phrase masks its listed terms and also every lexicon term that overlaps the phrase
by whole words at one of its ends and shares a masked word there ("rouge a levres nude"
masks "nude photo" in "rouge a levres nude, photo produit"): the matcher masks a term only
where a phrase that lists it overlaps it, so without this the longer term, which overlaps the
phrase, slips past it. A phrase sharing no word with a term it lists (a context) masks the term
within a few words of it (policy/evaluate.go, match).

Usage (repository root): /usr/bin/python3 training/lexicon/merge.py [--check]
--check: exit 1 if policies/lexicon_intl.json is not what this script writes.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "policies", "lexicon_intl.json")
BASE = os.path.join(REPO, "policies", "lexicon.json")
LANGS = ["en", "es", "fr", "de", "pt", "it"]
AREAS = os.path.join(HERE, "areas")
# policy.MaxNgram (policy/normalize.go): the longest term, in words, that the matcher reads
with open(os.path.join(REPO, "policy", "normalize.go"), encoding="utf-8") as f:
    MAX_NGRAM = int(re.search(r"^const MaxNgram = (\d+)$", f.read(), re.M).group(1))
# classes with a rule clause of their own (policies/rules.json)
FIRE = {"gore", "selfharm", "nudity", "explicit", "hate_symbol", "minor_sexualised", "nudify", "named_artist"}


# Reviewed after round seven: area classes that, with the classes a term already had, made the
# term complete a combination clause on its own, so that an ordinary phrase ("a castle seen from
# below", "sunlight through a gap in the curtain", "gone forever", "add a clothing layer") would
# be denied by itself. These classes are not added to these terms (merge.py prints the other
# self-firing combination terms; those were reviewed and are meant: slurs, "beaten to death",
# "upskirt").
REJECT = {
    "from below": {"sexual_voyeur"},
    "vista dal basso": {"sexual_voyeur"},
    "gap in the curtain": {"sexual_voyeur"},
    "gone forever": {"selfharm_cue"},
    "disappear forever": {"selfharm_cue"},
    "fur immer geht": {"selfharm_cue"},
    "fur immer verschwinden": {"selfharm_cue"},
    "por fin me voy": {"selfharm_cue"},
    "rejoindre les etoiles": {"selfharm_free"},
    "em cima dos trilhos": {"selfharm_place"},
    "purging": {"selfharm_edfast"},
}
for _t in ["capa de ropa", "la capa de ropa", "capa de tela", "la capa de tela", "capa textil", "la capa textil",
           "camada de roupa", "camada de tecido", "couche de vetements", "kleidungsschicht", "strato di vestiti",
           "the clothing layer", "the fabric layer"]:
    REJECT[_t] = {"nudify_bare"}


def self_firing(terms, rules):
    """The terms without a class that fires alone whose own classes complete a combination clause."""
    clauses = [set(c) for r in rules.values() for c in r["when"] if len(c) > 1]
    return sorted(t for t, cl in terms.items() if not set(cl) & FIRE and any(c <= set(cl) for c in clauses))


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
    with open(BASE, encoding="utf-8") as f:
        base_doc = json.load(f)
    base = base_doc["candor"]
    raw = set(base["terms"])
    for d in list(files.values()) + list(areas.values()):
        raw.update(d.get("terms", {}))
        for k, v in d.get("benign", {}).items():
            raw.add(k)
            raw.update(v)
    K = keys(sorted(raw))
    # the matcher reads n-grams of up to MaxNgram words: a longer term or phrase never matches
    long_ = sorted(k for k, v in K.items() if len(v.split()) > MAX_NGRAM and k not in base["terms"])
    for k in long_:
        K[k] = ""
    eng = {K[k]: set(v) for k, v in base["terms"].items()}
    base_raw = {K[k]: k for k in base["terms"]}
    base_add = {}  # lexicon.json term -> area classes it gains
    by_key = collections.defaultdict(dict)
    for l, d in files.items():
        for k, v in d.get("terms", {}).items():
            if K[k]:
                by_key[K[k]].setdefault(l, set()).update(v)
    terms, notes = {}, []
    if long_:
        notes.append("%d terms and phrases of more than %d words left out (they never match): %s ..."
                     % (len(long_), MAX_NGRAM, ", ".join(long_[:5])))
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
    lang_cls = {k: set(v) for k, v in terms.items()}  # what the language authors gave
    for a, d in areas.items():
        for k, v in d.get("terms", {}).items():
            k = K[k]
            if not k:
                continue
            given = set(v)
            if k in eng:
                drop = {c for c in given if c in FIRE and c not in eng[k]}
                if drop:
                    notes.append("%s (area %s): not added %s to lexicon.json's %s" % (k, a, sorted(drop), sorted(eng[k])))
                add = given - drop - eng[k]
                if add:
                    eng[k] |= add
                    base_add.setdefault(base_raw[k], set()).update(add)
                continue
            if k in terms:
                drop = {c for c in given if c in FIRE and k in lang_cls and c not in lang_cls[k]}
                if drop:
                    notes.append("%s (area %s): not added %s to %s" % (k, a, sorted(drop), terms[k]))
                terms[k] = sorted(set(terms[k]) | (given - drop))
            else:
                terms[k] = sorted(given)
    for k, rej in REJECT.items():
        if k in terms:
            terms[k] = [c for c in terms[k] if c not in rej]
        if k in base_raw and base_raw[k] in base_add:
            base_add[base_raw[k]] -= rej
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
    for k, add in base_add.items():
        base["terms"][k] = base["terms"][k] + sorted(add - set(base["terms"][k]))
    base_text = json.dumps(base_doc, indent=1, ensure_ascii=False) + "\n"
    return "\n".join(lines) + "\n", len(terms), len(benign), notes, areas, base_text, base_add


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
    text, nt, nb, notes, areas, base_text, base_add = build()
    with open(BASE, encoding="utf-8") as f:
        base_now = f.read()
    rules_text, added = with_area_rules(areas)
    rules_path = os.path.join(REPO, "policies", "rules.json")
    with open(rules_path, encoding="utf-8") as f:
        rules_now = f.read()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("policies/lexicon_intl.json is not what training/lexicon/merge.py builds: rerun it")
        if base_now != base_text:
            sys.exit("policies/lexicon.json lacks classes that training/lexicon/areas give its terms: rerun merge.py")
        if rules_now != rules_text:
            sys.exit("policies/rules.json lacks clauses of training/lexicon/areas or its triggers are stale: rerun merge.py")
        print("lexicon_intl.json: %d terms, %d benign phrases, as built" % (nt, nb))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(rules_path, "w", encoding="utf-8") as f:
        f.write(rules_text)
    if base_now != base_text:
        with open(BASE, "w", encoding="utf-8") as f:
            f.write(base_text)
    for k in sorted(base_add):
        print("classes added to lexicon.json: %s + %s" % (k, sorted(base_add[k])))
    for c in added:
        print("clause added to rules.json:", c)
    with open(BASE, encoding="utf-8") as f:
        merged = json.load(f)["candor"]["terms"]
    with open(OUT, encoding="utf-8") as f:
        merged.update(json.load(f)["candor"]["terms"])
    sf = self_firing(merged, json.loads(rules_text)["candor"]["rules"])
    print("%d combination terms complete a clause on their own (review them; REJECT above for accidents): %s"
          % (len(sf), ", ".join(sf)))
    for n in notes:
        print("note:", n)
    print("wrote %s: %d terms, %d benign phrases" % (OUT, nt, nb))


if __name__ == "__main__":
    main()
