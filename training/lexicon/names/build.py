#!/usr/bin/python3
"""Build policies/names.json: the name lists of policy/names.go (data.candor.names).

Sources, all hand-written for this project (see README.md here):
  given.txt               given names, one per line (# comments), less those of
  given_excluded.txt      (name<TAB>why: ordinary words, places, brands...) and of
  given_dictionary_words.txt (written by dictionary_filter.py from Debian's word lists),
                          except those of given_kept.txt (common names, reviewed by hand)
  historical_artists.txt  artists who have died, as their names are written
  not_people.txt          name-shaped phrases that are not people to imitate
                          (fictional characters, artworks, places, writers...)
  cues.json               the style frames, particles and function words

Entries are kept as written, sorted and without duplicates; the Go loader
normalises them (policy.Key). Usage, from the repository root:
  /usr/bin/python3 training/lexicon/names/build.py [--check]
--check: exit 1 if policies/names.json is not what this script writes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "policies", "names.json"))
LISTS = {"given": "given.txt", "historical_artists": "historical_artists.txt", "not_people": "not_people.txt"}


def lines(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return out


def build():
    with open(os.path.join(HERE, "cues.json"), encoding="utf-8") as f:
        cues = json.load(f)
    cues.pop("_comment", None)
    names = {k: sorted(set(lines(v)), key=lambda s: (s.casefold(), s)) for k, v in LISTS.items()}
    drop = {l.split("\t", 1)[0].strip().casefold() for f in ("given_excluded.txt", "given_dictionary_words.txt") for l in lines(f)}
    drop -= {l.split("\t", 1)[0].strip().casefold() for l in lines("given_kept.txt")}
    names["given"] = [g for g in names["given"] if g.casefold() not in drop]
    for k, v in cues.items():
        names[k] = sorted(set(v))
    doc = {"candor": {"names": dict(sorted(names.items()))}}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main():
    text = build()
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != text:
            print("policies/names.json is not what training/lexicon/names/build.py writes; run it", file=sys.stderr)
            return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    n = json.loads(text)["candor"]["names"]
    print("wrote %s: %s" % (OUT, ", ".join("%s %d" % (k, len(v)) for k, v in n.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
