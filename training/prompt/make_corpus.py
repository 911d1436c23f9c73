#!/usr/bin/python3
"""Build the labelled prompt corpus for candor's learned prompt classifier.

Everything comes from hand-written material committed next to this script:

  seeds/<lang>.txt    labelled seed templates (harmful categories and hard negatives)
  seeds/v2/*.txt      second- and third-round templates, train and val only (see V2_DIR)
  benign/<lang>.txt   separate templates for the benign evaluation set (never trained on)
  seeds/common.txt    slots shared by every language (quality tags, outlets, names...)
  ../../policies/people.json, artists.json   real names the rules already know
  data/extra/*.jsonl  an institution's own labelled examples (optional)

Template syntax (one template a line, "style: template"):
  == label[,label] ==   starts a section; the labels apply to its templates
  @slot = a | b | c     defines a slot for this file (values may use the syntax below)
  {slot}                a value of the slot
  [a|b|]                one of the alternatives (an empty one makes the part optional)
  *word*                a word that evasion variants disguise (spacing, leetspeak, ...)
  !template             no added prefix, suffix or tag wrapper (they could change the label)
  # ...                 a comment

Each template is one group. Groups (never single records) are assigned to
train / val / test by a hash of the group id before any training, so the
phrasings in the test split are unseen in train; seeds/v2 groups go to train
or val only, and test and the benign set stay frozen (FROZEN_SHA256). Some slot values (names,
outlets, places, artists) are held out for the test split only.

Deterministic: the random generator is seeded from the group id and the fill
number only, so two runs give byte-identical files (see data/SHA256SUMS).

Usage: /usr/bin/python3 make_corpus.py [--check]
"""

import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(HERE, "data")

LANGS = ["en", "es", "fr", "de", "pt", "it"]
LABELS = ["minors", "sexual_real_people", "nudify", "impersonation", "artists",
          "violence", "hate", "selfharm", "news", "explicit", "none"]
STYLES = ["short", "long", "tags", "edit", "evasion"]
# Label -> category of data.candor.categories in policies/data.json.
CATEGORY = {"minors": "minors", "sexual_real_people": "people", "nudify": "nudify",
            "impersonation": "people", "artists": "artists", "violence": "violence",
            "hate": "hate", "selfharm": "selfharm", "news": "news", "explicit": "explicit"}

# Records generated per (label, language, split) cell for harmful labels; the
# fills per template are derived from it. "none" gets NONE_FACTOR times more.
TARGET = {"train": 320, "val": 70, "test": 80}
NONE_FACTOR = 8.0
BENIGN_TARGET = {"en": 3000, "es": 900, "fr": 900, "de": 900, "pt": 800, "it": 800}
MAX_FILLS = 60
HOLDOUT_PCT = 20          # share of held-out slot values, test only
VAL_HOLDOUT_PCT = 10      # share of held-out slot values, val only (tuning sees unseen names too)
HOLDOUT_SLOTS = {"celeb", "official", "artist", "outlet", "landmark", "fakename", "city"}
SPLIT_PCT = (70, 15, 15)  # train, val, test by group hash
# Second-round material (seeds/v2/*.txt, written after the first model was
# measured on test) adds phrasings to train and val only: its groups split
# V2_TRAIN_PCT / rest between train and val and never go to test, and the
# test split and the benign set stay byte for byte what the first round's
# material made (FROZEN_SHA256, checked by check_corpus.py), so the held-out
# figures of every model are on the same unseen prompts.
V2_DIR = os.path.join(HERE, "seeds", "v2")
V2_TRAIN_PCT = 82
# Records per (label, language, split) cell of the train/val build (v1 train
# and val groups with the v2 groups); "none" gets NONE_FACTOR times more.
TARGET2 = {"train": 560, "val": 140}
FROZEN_SHA256 = {
    "test.jsonl": "9fe085ffbd3e26b2bc34479dddede1c2ddd24ebf735b4ee3516b80d38b050545",
    "benign.jsonl": "a050fef36fb5f661e51f7d5cd579ec3bf1a8e3f73c522b365c3837a66faadb3f",
}


def h(*parts):
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def hnum(*parts):
    return int(h(*parts)[:12], 16)


# ---------------------------------------------------------------- material

class Material:
    def __init__(self):
        self.slots = {}       # (lang or "*", name) -> [values]
        self.templates = []   # dicts: lang, labels, style, text, group, kind

    def slot(self, lang, name):
        v = self.slots.get((lang, name)) or self.slots.get(("*", name))
        if not v:
            raise KeyError("slot {%s} undefined for %s" % (name, lang))
        return v


def parse_file(path, lang, kind, mat):
    labels = None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("=="):
                labels = [x.strip() for x in line.strip("= ").split(",")]
                for lab in labels:
                    if lab not in LABELS:
                        raise ValueError("%s:%d: unknown label %r" % (path, n, lab))
                if "none" in labels and len(labels) > 1:
                    raise ValueError("%s:%d: none must be alone" % (path, n))
                continue
            if line.startswith("@"):
                name, _, vals = line[1:].partition("=")
                name = name.strip()
                values = [v.strip() for v in split_top(vals)]
                key = (lang, name)
                mat.slots.setdefault(key, [])
                mat.slots[key].extend(v for v in values if v)
                continue
            style, sep, text = line.partition(":")
            style = style.strip()
            if not sep or style not in STYLES:
                raise ValueError("%s:%d: want 'style: template', got %r" % (path, n, line))
            if labels is None:
                raise ValueError("%s:%d: template before any == labels == section" % (path, n))
            text = text.strip()
            plain = text.startswith("!")
            text = text.lstrip("!").strip()
            group = "%s-%s-%s" % (lang, "+".join(labels), h(kind, lang, text)[:10])
            mat.templates.append({"lang": lang, "labels": list(labels), "style": style,
                                  "text": text, "group": group, "kind": kind, "plain": plain})


def split_top(s):
    """Split on | outside brackets and braces."""
    out, depth, cur = [], 0, []
    for ch in s:
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def load_names(mat):
    """Real names the policy already knows, as slot values shared by every language."""
    def terms(fn):
        with open(os.path.join(REPO, "policies", fn), encoding="utf-8") as f:
            return sorted(json.load(f)["candor"]["terms"])
    people = [" ".join(w.capitalize() for w in t.split()) for t in terms("people.json") if " " in t]
    artists = [" ".join(w.capitalize() for w in t.split()) for t in terms("artists.json")]
    mat.slots.setdefault(("*", "celeb"), []).extend(people)
    mat.slots.setdefault(("*", "artist"), []).extend(artists)


def load_material():
    mat = Material()
    load_names(mat)
    parse_file(os.path.join(HERE, "seeds", "common.txt"), "*", "seed", mat)
    # English vocabulary from WordNet, extracted once by wordnet_vocab.py
    parse_file(os.path.join(HERE, "seeds", "wordnet_en.txt"), "en", "seed", mat)
    for lang in LANGS:
        parse_file(os.path.join(HERE, "seeds", lang + ".txt"), lang, "seed", mat)
    # a value named literally by a template, or inside a value of another slot
    # ("Washington" in "Washington Post"), is never held out
    literal = " ".join(t["text"].lower() for t in mat.templates)
    by_slot = {}
    for (lang, name), values in mat.slots.items():
        by_slot.setdefault(name, set()).update(v.lower() for v in values)
    for name, values in by_slot.items():
        if name not in HOLDOUT_SLOTS:
            continue
        others = "\n".join(v for n, vs in by_slot.items() if n != name for v in vs)
        for v in values:
            if v in literal or re.search(r"\b%s\b" % re.escape(v), others):
                NEVER_HOLD.add(v)
    bmat = Material()
    bmat.slots = dict(mat.slots)  # benign files add their own slots on top
    bmat.slots = {k: list(v) for k, v in mat.slots.items()}
    for lang in LANGS:
        p = os.path.join(HERE, "benign", lang + ".txt")
        if os.path.exists(p):
            parse_file(p, lang, "benign", bmat)
    load_v2(mat)
    return mat, bmat


def load_v2(mat):
    """Second-round templates: seeds/v2/<lang>.txt and seeds/v2/<anything>-<lang>.txt.
    Their own slots must be named x_... (an existing slot list must not change,
    or the first round's test fills would), and neither a template nor an x_
    value may name a held-out (test or val) value literally."""
    if not os.path.isdir(V2_DIR):
        return
    before = set(mat.slots)
    held = sorted({v.lower() for (l, n), vs in mat.slots.items() if n in HOLDOUT_SLOTS
                   for v in vs if held_out(v)})
    pat = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(v) for v in held)) if held else None
    n0 = len(mat.templates)
    for fn in sorted(os.listdir(V2_DIR)):
        if not fn.endswith(".txt"):
            continue
        lang = fn[:-4].split("-")[-1]
        if lang not in LANGS:
            raise ValueError("seeds/v2/%s: name must end in -<lang>.txt" % fn)
        parse_file(os.path.join(V2_DIR, fn), lang, "seed2", mat)
    for key in set(mat.slots) - before:
        if not key[1].startswith("x_"):
            raise ValueError("seeds/v2: slot @%s must be named x_... (existing slots stay as they are)" % key[1])
    errs = []
    for t in mat.templates[n0:]:
        for name in SLOT_RE.findall(t["text"]):
            if name.startswith("wnb_"):
                errs.append("uses benign-set slot {%s}: %s" % (name, t["text"]))
        if pat and pat.search(t["text"].lower()):
            errs.append("names a held-out value literally: %s" % t["text"])
    for key in set(mat.slots) - before:
        for v in mat.slots[key]:
            if pat and pat.search(v.lower()):
                errs.append("@%s value names a held-out value literally: %s" % (key[1], v))
    if errs:
        raise ValueError("seeds/v2:\n  " + "\n  ".join(errs[:20]))


# ---------------------------------------------------------------- rendering

SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")
ALT_RE = re.compile(r"\[([^\[\]]*)\]")


# Values that template text names literally ("Reuters photo: ..."); never held out.
NEVER_HOLD = set()
SUFFIXES = {"jr", "sr", "ii", "iii"}


def holdout_key(value):
    """Aliases share a key: "Lula Da Silva" and "Luiz Inacio Lula Da Silva",
    "Aenami" and "Alena Aenami", "Donald Trump" and "Donald Trump Jr"."""
    words = [w for w in re.findall(r"[a-z0-9]+", value.lower()) if w not in SUFFIXES]
    return words[-1] if words else value.lower()


def held_out(value):
    """"test" or "val" for a value kept for that split only, else ""."""
    if value.lower() in NEVER_HOLD:
        return ""
    b = hnum("holdout", holdout_key(value)) % 100
    if b < HOLDOUT_PCT:
        return "test"
    if b < HOLDOUT_PCT + VAL_HOLDOUT_PCT:
        return "val"
    return ""


def pick_slot(mat, lang, name, rng, split):
    values = mat.slot(lang, name)
    if name in HOLDOUT_SLOTS:
        held = [v for v in values if held_out(v) == split]
        kept = [v for v in values if not held_out(v)]
        if split in ("test", "val") and held and rng.random() < 0.6:
            return rng.choice(held)
        if kept:
            return rng.choice(kept)
    return rng.choice(values)


def render(mat, lang, text, rng, split, depth=0):
    if depth > 8:
        raise ValueError("template nests too deep: %r" % text)
    # alternatives first (innermost), then slots; values may contain more syntax
    while True:
        m = ALT_RE.search(text)
        if not m:
            break
        choice = rng.choice(split_top(m.group(1)))
        text = text[:m.start()] + choice + text[m.end():]
    def slot_sub(m):
        return render(mat, lang, pick_slot(mat, lang, m.group(1), rng, split), rng, split, depth + 1)
    text = SLOT_RE.sub(slot_sub, text)
    return text


# Article contractions that slot filling breaks ("de el Coliseo" -> "del Coliseo").
CONTRACT = {
    "es": [("de el ", "del "), ("a el ", "al ")],
    "fr": [("de le ", "du "), ("à le ", "au "), ("de les ", "des "), ("à les ", "aux "),
           ("de un ", "d'un "), ("de une ", "d'une ")],
    "pt": [("de o ", "do "), ("de a ", "da "), ("de os ", "dos "), ("em o ", "no "),
           ("em a ", "na "), ("em esta ", "nesta "), ("em este ", "neste "),
           ("em minha ", "na minha "), ("a o ", "ao "), ("por o ", "pelo "), ("por a ", "pela ")],
    "it": [("del il ", "del "), ("del la ", "della "), ("del l'", "dell'"), ("del lo ", "dello "),
           ("al il ", "al "), ("al la ", "alla "), ("al l'", "all'"), ("al lo ", "allo "),
           ("di il ", "del "), ("di la ", "della "), ("di l'", "dell'"), ("a il ", "al "),
           ("sul il ", "sul "), ("sul la ", "sulla "), ("dal il ", "dal "), ("nel il ", "nel "),
           ("in il ", "nel "), ("in la ", "nella "), ("in l'", "nell'"), ("in lo ", "nello "),
           ("in i ", "nei ")],
    "de": [("von das ", "vom "), ("vor das ", "vor dem "), ("von die ", "von der "),
           ("vor die ", "vor der "), ("über das ", "über dem "), ("über die ", "über der "),
           ("von ein ", "von einem "), ("von eine ", "von einer "), ("mit ein ", "mit einem "),
           ("mit eine ", "mit einer ")],
}


A_AN = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])(?!(?:[Uu](?:ni|se|su|sa|r[aeiou]|k|tah)|[Oo]ne|[Oo]nce|[Ee]u))")


def contract(lang, text):
    if lang == "en":
        text = A_AN.sub(lambda m: m.group(1) + "n ", text)
        text = re.sub(r"\b([Aa]) (?=(?:8|11|18)\b|8\d\b|8yo|11yo|18yo)", lambda m: m.group(1) + "n ", text)
    for a, b in CONTRACT.get(lang, ()):
        text = text.replace(" " + a, " " + b)
        if text.startswith(a):
            text = b + text[len(a):]
    return text


def tidy(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*,+", ",", text)
    text = text.strip(" ,")
    return text


# ---------------------------------------------------------------- evasions

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
            "k": "к", "h": "һ", "s": "ѕ", "j": "ј"}
GREEK = {"o": "ο", "v": "ν", "u": "υ", "a": "α", "i": "ι", "n": "η", "k": "κ"}


def ev_space(w, rng):
    return " ".join(w)


def ev_dots(w, rng):
    return rng.choice([".", "-", "_", "*"]).join(w)


def ev_leet(w, rng):
    out = []
    for ch in w:
        lc = ch.lower()
        out.append(LEET[lc] if lc in LEET and rng.random() < 0.7 else ch)
    return "".join(out)


def ev_cyrillic(w, rng):
    table = CYRILLIC if rng.random() < 0.75 else GREEK
    out = [table.get(ch, ch) if rng.random() < 0.6 else ch for ch in w]
    if out == list(w):
        out = [table.get(ch, ch) for ch in w]
    return "".join(out)


def ev_misspell(w, rng):
    if len(w) < 4:
        return w + w[-1]
    i = rng.randrange(1, len(w) - 1)
    op = rng.choice(["drop", "double", "swap", "vowel"])
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "double":
        return w[:i] + w[i] + w[i:]
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    vowels = "aeiou"
    return "".join(rng.choice(vowels) if c in vowels and rng.random() < 0.5 else c for c in w)


def ev_zwsp(w, rng):
    return "\u200b".join(w)


def ev_upper_stretch(w, rng):
    i = rng.randrange(len(w))
    return (w[:i] + w[i] * rng.randint(2, 4) + w[i + 1:]).upper()


EVASIONS = [ev_space, ev_dots, ev_leet, ev_cyrillic, ev_misspell, ev_zwsp, ev_upper_stretch]
MARK_RE = re.compile(r"\*([^*]+)\*")


def unmark(text):
    return MARK_RE.sub(lambda m: m.group(1), text)


def evade(text, rng):
    marks = MARK_RE.findall(text)
    if not marks:
        return None
    fn = rng.choice(EVASIONS)
    # disguise one or all marked words
    every = rng.random() < 0.5
    target = rng.randrange(len(marks))
    count = [0]

    def sub(m):
        i = count[0]
        count[0] += 1
        if every or i == target:
            return " ".join(fn(w, rng) for w in m.group(1).split())
        return m.group(1)
    return MARK_RE.sub(sub, text)


# ---------------------------------------------------------------- generation

def split2_of(group):
    return "train" if hnum("split2", group) % 100 < V2_TRAIN_PCT else "val"


def split_of(group):
    b = hnum("split", group) % 100
    if b < SPLIT_PCT[0]:
        return "train"
    if b < SPLIT_PCT[0] + SPLIT_PCT[1]:
        return "val"
    return "test"


def assign_splits(templates):
    """Hash split per group, then make sure every (label, lang) cell has val and test groups."""
    for t in templates:
        t["split"] = split_of(t["group"])
    cells = {}
    for t in templates:
        cells.setdefault((t["labels"][0], t["lang"]), []).append(t)
    for key, ts in sorted(cells.items()):
        ts = sorted(ts, key=lambda t: h("fix", t["group"]))
        for need in ("test", "val"):
            want = max(1, round(len(ts) * 0.12))
            have = sum(1 for t in ts if t["split"] == need)
            for t in ts:
                if have >= want:
                    break
                if t["split"] == "train" and sum(1 for x in ts if x["split"] == "train") > 2:
                    t["split"] = need
                    have += 1


def wrap_tags(mat, lang, text, rng, split):
    pre = render(mat, lang, "{tags_pre}", rng, split)
    post = render(mat, lang, "{tags_post}", rng, split)
    if rng.random() < 0.5:
        return "%s, %s, %s" % (pre, text, post)
    return "%s, %s" % (text, post)


def generate(mat, templates, target, none_factor, kind, max_fills=MAX_FILLS):
    """Yield records for templates; fills per template follow the cell target."""
    cell_n = {}
    for t in templates:
        key = (t["labels"][0], t["lang"], t["split"])
        cell_n[key] = cell_n.get(key, 0) + 1
    for t in templates:
        key = (t["labels"][0], t["lang"], t["split"])
        goal = target[t["split"]] if isinstance(target, dict) else target
        if t["labels"] == ["none"]:
            goal *= none_factor
        fills = max(2, min(max_fills, int(round(goal / cell_n[key] / 1.35))))
        seen = set()
        for i in range(fills * 2):
            if len(seen) >= fills:
                break
            rng = random.Random(h(kind, t["group"], str(i)))
            raw = contract(t["lang"], render(mat, t["lang"], t["text"], rng, t["split"]))
            style = t["style"]
            text = unmark(raw)
            r = rng.random()
            # requests are phrased many ways: "generate an image of ...", "..., photo"
            if t["plain"]:
                pass  # "!" templates: no wrappers (a style suffix could change the label)
            elif style in ("short", "long", "evasion") and (t["lang"], "pfx") in mat.slots:
                if rng.random() < 0.3:
                    text = render(mat, t["lang"], "{pfx}", rng, t["split"]) + " " + text
                if rng.random() < 0.3:
                    text = text + ", " + render(mat, t["lang"], "{sfx}", rng, t["split"])
            if kind == "seed" and not t["plain"] and style in ("short", "long", "evasion") \
                    and (t["lang"], "frame") in mat.slots \
                    and rng.random() < 0.08:
                # excuses ("for my novel: ...") on both classes; jailbreak framings
                # ("ignore your rules and draw", "it's art, not porn:") on harmful ones only
                slot = "{frame_x}" if t["labels"] != ["none"] and rng.random() < 0.4 else "{frame}"
                text = render(mat, t["lang"], slot, rng, t["split"]) + " " + text
            if not t["plain"] and style in ("short", "long") and (t["lang"], "detail") in mat.slots \
                    and rng.random() < 0.12:
                # long descriptive prompts: the same request buried in scene details
                extra = rng.sample(mat.slot(t["lang"], "detail"), rng.randint(2, 4))
                if rng.random() < 0.4:  # the request in the middle of the scene
                    cut = rng.randint(1, len(extra) - 1)
                    text = ", ".join(extra[:cut]) + ", " + text + ", " + ", ".join(extra[cut:])
                else:
                    text = text + ", " + ", ".join(extra)
                style = "long"
            if style == "edit" and not t["plain"] and (t["lang"], "epfx") in mat.slots:
                if rng.random() < 0.35:
                    text = render(mat, t["lang"], "{epfx}", rng, t["split"]) + " " + text
                if rng.random() < 0.35:
                    text = text + ", " + render(mat, t["lang"], "{esfx}", rng, t["split"])
            if t["plain"]:
                pass
            elif style in ("short", "long") and r < 0.18:
                text = wrap_tags(mat, t["lang"], text, rng, t["split"])
                style = "tags"
            elif kind == "seed" and r > 0.80 and "*" in raw:
                ev = evade(raw, rng)
                if ev:
                    text = unmark(ev)
                    style = "evasion"
            elif kind == "seed" and r > 0.93 and t["labels"] == ["none"] and "*" not in raw and style in ("short", "long"):
                # disguised spelling on ordinary words too, so that style alone is no signal
                words = [w for w in text.split() if len(w) >= 4 and w.isalpha()]
                if words:
                    w = rng.choice(words)
                    text = text.replace(w, rng.choice(EVASIONS)(w, rng), 1)
                    style = "evasion"
            elif kind == "seed" and r > 0.97:
                text = text.lower() if rng.random() < 0.5 else text.upper()
            text = tidy(contract(t["lang"], text))
            if text in seen:
                continue
            seen.add(text)
            yield {"id": "", "text": text, "labels": list(t["labels"]), "lang": t["lang"],
                   "style": style, "group": t["group"], "split": t["split"]}


def load_extra():
    out = []
    d = os.path.join(DATA, "extra")
    if not os.path.isdir(d):
        return out
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".jsonl"):
            continue
        with open(os.path.join(d, fn), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                labels = r.get("labels")
                if not r.get("text") or not isinstance(labels, list) or not labels:
                    raise ValueError("%s:%d: want text and a list of labels" % (fn, n))
                if any(l not in LABELS for l in labels) or ("none" in labels and len(labels) > 1):
                    raise ValueError("%s:%d: bad labels %r" % (fn, n, labels))
                lang = r.get("lang", "en")
                if lang not in LANGS:
                    raise ValueError("%s:%d: bad lang %r" % (fn, n, lang))
                group = r.get("group") or "extra-" + h("extra", r["text"])[:10]
                split = r.get("split") or split_of(group)
                if split not in ("train", "val", "test"):
                    raise ValueError("%s:%d: bad split %r" % (fn, n, split))
                out.append({"id": "", "text": tidy(r["text"]), "labels": sorted(labels, key=LABELS.index),
                            "lang": lang, "style": r.get("style", "short"), "group": group,
                            "split": split})
    return out


def norm_key(text):
    return re.sub(r"\W+", " ", text.lower()).strip()


def dedup(records, seen, conflicts, drop=None):
    """Records in split order (test, val, train), a text kept once; drop:
    keys that may not appear at all (the frozen test split and benign set)."""
    order = {"test": 0, "val": 1, "train": 2}
    out, dropped = [], 0
    for r in sorted(records, key=lambda r: order[r["split"]]):
        k = norm_key(r["text"])
        if drop is not None and k in drop:
            dropped += 1
            continue
        if k in seen:
            if sorted(seen[k]["labels"]) != sorted(r["labels"]):
                conflicts.append("%r: %s (%s) vs %s (%s)" % (r["text"], seen[k]["labels"], seen[k]["group"],
                                                             r["labels"], r["group"]))
            continue
        seen[k] = r
        r["id"] = h("id", r["text"])[:16]
        out.append(r)
    return out, dropped


def build():
    mat, bmat = load_material()
    seeds = [t for t in mat.templates if t["lang"] != "*" and t["kind"] == "seed"]
    more = [t for t in mat.templates if t["lang"] != "*" and t["kind"] == "seed2"]
    assign_splits(seeds)
    for t in more:
        t["split"] = split2_of(t["group"])
    extra = load_extra()
    # Round one: the first material alone makes the test split and the benign
    # set, exactly as when the first model was measured (test first, so a text
    # that two templates produce stays in test and is dropped elsewhere).
    conflicts = []
    seen = {}
    first, _ = dedup(list(generate(mat, seeds, TARGET, NONE_FACTOR, "seed")) + extra, seen, conflicts)
    test = [r for r in first if r["split"] == "test"]
    # benign evaluation set: separate templates, never in the corpus
    btemps = [t for t in bmat.templates if t["lang"] != "*"]
    for t in btemps:
        t["split"] = "benign"
    bcount = {}
    for t in btemps:
        bcount[t["lang"]] = bcount.get(t["lang"], 0) + 1
    benign, bseen = [], set()
    for t in btemps:
        per = BENIGN_TARGET[t["lang"]] / max(1, bcount[t["lang"]])
        for r in generate(bmat, [t], {"benign": per * 1.35}, 1.0, "benign", 200):
            k = norm_key(r["text"])
            if k in seen or k in bseen:
                continue
            bseen.add(k)
            r["id"] = h("id", r["text"])[:16]
            benign.append(r)
    benign.sort(key=lambda r: (r["group"], r["id"]))
    # Round two: train and val from the first material's train and val groups
    # and the second round's groups, with larger cells; no text of the test
    # split or the benign set may appear in them.
    frozen = {norm_key(r["text"]) for r in test} | bseen
    tv = [t for t in seeds if t["split"] != "test"] + more
    seen2 = {norm_key(r["text"]): r for r in test}
    second, dropped = dedup(list(generate(mat, tv, TARGET2, NONE_FACTOR, "seed")) +
                            [r for r in extra if r["split"] != "test"], seen2, conflicts, frozen)
    if conflicts:
        raise ValueError("the same text with different labels:\n  " + "\n  ".join(conflicts[:20]))
    splits = {"test": test}
    for s in ("train", "val"):
        splits[s] = [r for r in second if r["split"] == s]
    for s in splits:
        splits[s].sort(key=lambda r: (r["group"], r["id"]))
    BUILD_INFO.update({"v2_templates": len(more), "v2_train_groups": sum(1 for t in more if t["split"] == "train"),
                       "v2_val_groups": sum(1 for t in more if t["split"] == "val"), "dropped_as_frozen": dropped})
    return splits, benign


BUILD_INFO = {}


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def stats(splits, benign):
    lines = ["# Prompt corpus statistics", "",
             "Generated by make_corpus.py; do not edit by hand.", ""]
    total = sum(len(v) for v in splits.values())
    lines.append("Records: %d (train %d, val %d, test %d); benign evaluation set %d." % (
        total, len(splits["train"]), len(splits["val"]), len(splits["test"]), len(benign)))
    nn = sum(1 for v in splits.values() for r in v if r["labels"] == ["none"])
    lines.append("Share labelled none (hard negatives): %.1f%%." % (100.0 * nn / max(1, total)))
    groups = {s: len({r["group"] for r in v}) for s, v in splits.items()}
    lines.append("Template groups: train %d, val %d, test %d." % (groups["train"], groups["val"], groups["test"]))
    if BUILD_INFO.get("v2_templates"):
        lines.append("Second-round templates (seeds/v2, train and val only): %d (train %d, val %d); "
                     "%d generated texts dropped for equalling a test or benign text." % (
                         BUILD_INFO["v2_templates"], BUILD_INFO["v2_train_groups"], BUILD_INFO["v2_val_groups"],
                         BUILD_INFO["dropped_as_frozen"]))
    lines.append("")
    for s in ("train", "val", "test"):
        lines.append("## %s: records per label x language" % s)
        lines.append("")
        lines.append("| label | " + " | ".join(LANGS) + " | all |")
        lines.append("|---|" + "---|" * (len(LANGS) + 1))
        for lab in LABELS:
            row = [sum(1 for r in splits[s] if lab in r["labels"] and r["lang"] == l) for l in LANGS]
            lines.append("| %s | %s | %d |" % (lab, " | ".join(str(x) for x in row), sum(row)))
        lines.append("")
    lines.append("## styles per split")
    lines.append("")
    lines.append("| split | " + " | ".join(STYLES) + " |")
    lines.append("|---|" + "---|" * len(STYLES))
    for s in ("train", "val", "test"):
        lines.append("| %s | %s |" % (s, " | ".join(str(sum(1 for r in splits[s] if r["style"] == st)) for st in STYLES)))
    lines.append("")
    lines.append("## benign evaluation set per language")
    lines.append("")
    lines.append("| " + " | ".join(LANGS) + " |")
    lines.append("|" + "---|" * len(LANGS))
    lines.append("| " + " | ".join(str(sum(1 for r in benign if r["lang"] == l)) for l in LANGS) + " |")
    lines.append("")
    return "\n".join(lines)


def outputs():
    splits, benign = build()
    files = {"train.jsonl": dump(splits["train"]), "val.jsonl": dump(splits["val"]),
             "test.jsonl": dump(splits["test"]), "benign.jsonl": dump(benign),
             "STATS.md": stats(splits, benign),
             "labels.json": json.dumps({"labels": LABELS, "category": CATEGORY, "langs": LANGS,
                                        "styles": STYLES}, indent=1) + "\n"}
    sums = "".join("%s  %s\n" % (hashlib.sha256(files[k].encode("utf-8")).hexdigest(), k)
                   for k in sorted(files))
    files["SHA256SUMS"] = sums
    return files


def main(argv):
    files = outputs()
    if "--check" in argv:
        bad = 0
        for name, body in files.items():
            p = os.path.join(DATA, name)
            if not os.path.exists(p) or open(p, encoding="utf-8").read() != body:
                print("differs: data/%s" % name)
                bad += 1
        print("determinism: %s" % ("ok" if not bad else "%d files differ" % bad))
        return 1 if bad else 0
    os.makedirs(DATA, exist_ok=True)
    for name, body in files.items():
        with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
    print(files["STATS.md"].split("\n## ")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
