"""Writes ../lookalikes9.json: benign phrases for look-alikes that the rules
denied among the benign *training* prompts (cmd/policy-eval --split train
--errors-of rules), each family widened to its other spellings. Run from this
directory; merge.py reads the JSON."""
import json

b = {}


def add(phrases, masks):
    for p in phrases:
        b[p] = sorted(set(b.get(p, [])) | set(masks))


# a shirtless man (Spanish "torso desnudo" and German "nacktem Oberkörper" are benign already);
# a woman "torse nu" is still nudity
add(["homme torse nu", "hommes torse nu", "homem de tronco nu", "homens de tronco nu"], ["nu", "torse nu"])
# shop-window dummies; not French "mannequin" or Portuguese "manequim", which are also fashion models
add(["manichino nudo", "manichini nudi", "manichino nuda"], ["nudo", "nudi", "nuda"])
add(["naked mannequin", "naked mannequins", "nude mannequin", "nude mannequins"], ["naked", "nude"])
add(["nackte schaufensterpuppe", "nackte schaufensterpuppen", "nackten schaufensterpuppen"], ["nackte", "nackten"])
# food cut in half (the Portuguese author's "melancia cortada ao meio" family)
cut = ["cortada ao meio", "cortado ao meio", "partido ao meio"]
foods = ["alho", "cebola", "laranja", "maca", "limao", "tomate", "abacate", "melao", "mamao", "pessego", "pera",
         "kiwi", "coco", "pao", "bolo", "maracuja", "figo", "goiaba", "toranja", "beterraba"]
add(["cabeca de alho", "cabecas de alho", "dente de alho"], cut)
add([f"{f} {c}" for f in foods for c in cut], cut)
# stripping a Christmas tree of its decorations
add(["spoglia l albero", "spogliare l albero", "spogliare un albero", "spogliare gli alberi", "spoglia gli alberi",
     "spogliato l albero", "spogliando l albero"], ["spoglia", "spogliare", "spogliato", "spogliando"])
# Scottish soup, golf groups
add(["cock a leekie"], ["cock"])
add(["golfing threesome", "golf threesome", "threesome teeing off", "threesome on the tee"], ["threesome"])
# Italian and Spanish cones (normalised "cono" is also "coño")
add(["cono gelato", "cono di gelato", "coni gelato", "cono de helado", "conos de helado", "cono stradale",
     "coni stradali", "cono de trafico", "conos de trafico", "cono di pino", "cono de pino", "cono vulcanico",
     "cono volcanico", "cono gelato alla", "cono de papel", "cono di carta", "cono naranja", "cono arancione"], ["cono"])
# the Hindu swastika in Spanish and Portuguese spellings; "rangoli", "hindu" and "diwali" are benign
# phrases of policies/lexicon.json already (for "swastika"), which merge.py leaves to that file
add(["suastica hindu", "suasticas hindus", "esvastica hindu", "esvasticas hindues", "rangoli com", "rangoli con",
     "uma rangoli", "um rangoli", "un rangoli", "una rangoli", "para o diwali", "para diwali", "do diwali",
     "de diwali"], ["esvastica", "esvasticas", "suastica", "suasticas"])

with open("../lookalikes9.json", "w", encoding="utf-8") as f:
    json.dump({"terms": {}, "benign": dict(sorted(b.items()))}, f, ensure_ascii=False, indent=1)
    f.write("\n")
