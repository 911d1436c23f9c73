#!/usr/bin/python3
"""Writes ../lookalikes7.json: benign phrases for look-alikes that round seven's combination
clauses denied on their own in review: removing a stain, a wrinkle or a logo from clothing in
a photo (the removal verbs are nudify / people cues), "pia" the Portuguese sink (also a word for
a child) next to "fio dental" (dental floss, also a thong). Masking is by term, not by position
(see merge.py), so each phrase masks only the removal or child words it stands next to.
Run from the repository root after merge.py, because it reads the merged lexicon."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
L = {}
for f in ("lexicon.json", "lexicon_intl.json"):
    with open(os.path.join(REPO, "policies", f), encoding="utf-8") as fh:
        L.update(json.load(fh)["candor"]["terms"])
REMOVAL = {"nudify_rmv", "people_remove", "nudify_gone", "nudify_gone_s", "minors_vanish"}
SEE_THROUGH = ("transparen", "sheer", "opac", "durchsicht", "deckkraft", "trasparen", "transpar", "see through")
verbs = sorted(t for t, c in L.items() if set(c) & REMOVAL and not set(c) & {"nudify", "nudity", "explicit"}
               and len(t.split()) <= 2 and not any(s in t for s in SEE_THROUGH))
STAINS = [
    "the stain", "the stains", "coffee stain", "wine stain", "ink stain", "grease stain", "the wrinkles", "the creases",
    "the lint", "the logo from", "the price tag",
    "la mancha", "las manchas", "mancha de cafe", "mancha de vino", "las arrugas", "el logo de",
    "la tache", "les taches", "tache de cafe", "tache de vin", "les plis", "les faux plis", "le logo de",
    "den fleck", "die flecken", "kaffeefleck", "rotweinfleck", "die falten", "das logo von",
    "a mancha", "as manchas", "mancha de cafe", "os amassados", "as rugas da", "o logo da",
    "la macchia", "le macchie", "macchia di caffe", "macchia di vino", "le pieghe", "il logo dalla",
]
benign = {s: verbs for s in STAINS}
PIA = ["pia do banheiro", "pia da cozinha", "pia de cozinha", "pia do lavabo", "pia batismal", "lado da pia",
       "sobre a pia", "em cima da pia", "debaixo da pia", "torneira da pia", "pia de marmore", "pia de inox"]
for p in PIA:
    benign[p] = ["pia"]
for p in ["escova de dentes", "fio dental e", "usar fio dental", "passar fio dental", "fio dental ao lado"]:
    benign[p] = ["fio dental", "pia"]
with open(os.path.join(HERE, "..", "lookalikes7.json"), "w", encoding="utf-8") as f:
    json.dump({"terms": {}, "benign": benign}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(verbs), "removal terms masked by", len(STAINS), "stain phrases;", len(benign), "phrases")
