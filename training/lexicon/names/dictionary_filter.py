#!/usr/bin/python3
"""List the given names of given.txt that are also ordinary words, from Debian's word lists
(wamerican, wbritish, wfrench, wspanish, witalian, wportuguese, wbrazilian, wngerman:
/usr/share/dict), into given_dictionary_words.txt, which build.py leaves out of
policies/names.json. A name counts as a word when a list has it in lower case ("ville",
"candela", "riad") and the same list does not also have it capitalised (as "Claude" or
"Anna", a name the list knows). German nouns are capitalised, so the German list only
counts its lower-case words. The French, Spanish, Italian and Portuguese lists write
everything in lower case, names too ("pedro", "teresa" in the Spanish one), so a name
counts as a word of those languages only when two of their lists have it ("aurora",
"ville", "salma"). Compared as the policy compares (lower case, accents off).
Run by hand after editing given.txt (needs those packages; make test only reads the output):
  apt-get install -y wamerican wbritish wfrench wspanish witalian wportuguese wbrazilian wngerman
  /usr/bin/python3 training/lexicon/names/dictionary_filter.py
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DICTS = ["american-english", "british-english", "french", "spanish", "italian", "portuguese", "brazilian", "ngerman"]
# lists in lower case throughout: a hit needs two of these languages
LOWERCASE = {"french": "fr", "spanish": "es", "italian": "it", "portuguese": "pt", "brazilian": "pt"}


def key(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def main():
    words = {}
    for name in DICTS:
        low, cap = set(), set()
        with open(os.path.join("/usr/share/dict", name), encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if not w or "'" in w:
                    continue
                (low if w[0].islower() else cap).add(key(w))
        words[name] = low - cap
    out = []
    with open(os.path.join(HERE, "given.txt"), encoding="utf-8") as f:
        for line in f:
            g = line.split("#", 1)[0].strip()
            if not g:
                continue
            hit = [n for n, low in words.items() if key(g) in low]
            if len({LOWERCASE[n] for n in hit if n in LOWERCASE}) < 2 and not any(n not in LOWERCASE for n in hit):
                continue
            if hit:
                out.append("%s\t%s" % (g, ",".join(hit)))
    with open(os.path.join(HERE, "given_dictionary_words.txt"), "w", encoding="utf-8") as f:
        f.write("# Written by dictionary_filter.py: given names that Debian's word lists have as ordinary\n")
        f.write("# words (name<TAB>lists); build.py leaves them out. Do not edit by hand.\n")
        for o in sorted(set(out)):
            f.write(o + "\n")
    print("%d given names are ordinary words" % len(set(out)))


if __name__ == "__main__":
    main()
