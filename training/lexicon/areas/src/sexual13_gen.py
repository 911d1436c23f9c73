#!/usr/bin/python3
"""Builds sexual13.json (round 13, area: euphemisms and indirect phrasings of nudity,
explicit sex and undressing), six languages.

Families: naked said in other words ("wearing nothing but her jewellery", "sans le moindre
vetement", "nur mit Schmuck bekleidet", "vestida solo con tacones"), shows-everything
phrasings, undressing as a wished result, sex acts in slang and euphemism in every pronoun,
porn-film slang, genital close-ups.

Classes (all existing ones):
  nudity         fires alone: only idioms unambiguous in all six languages
  explicit       fires alone: unambiguous slang for sex acts / porn films / masturbation
  sexual11_bare  nude state, needs a person (explicit.nudity clauses)
  sexual11_showall  "shows everything", needs a person
  sexual11_reveal   "everything on display", needs a sexual/bare cue
  sexual11_actp  sex-act euphemism, enough with a person
  sexual11_act   weaker sex-act euphemism, needs a second sexual cue
  nudify_bare    undressed end state, fires with edit_context (nudify.edit)
Terms already in policies/lexicon.json or policies/lexicon_intl.json are skipped.

Run (repository root): /usr/bin/python3 training/lexicon/areas/src/sexual13_gen.py
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(HERE, "..", "sexual13.json")


def norm(s):
    s = s.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").replace("ø", "o")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^a-z0-9@$]+", " ", s)
    return " ".join(s.split())


terms, benign = {}, {}


def add(cls, *phrases):
    if isinstance(cls, str):
        cls = [cls]
    for p in phrases:
        k = norm(p)
        if not k or len(k.split()) > 4:
            continue
        terms.setdefault(k, set()).update(cls)


def ben(phrase, *masked):
    k = norm(phrase)
    if k and len(k.split()) <= 4:
        benign.setdefault(k, set()).update(norm(m) for m in masked)


def X(*parts):
    """Cartesian product of lists of strings, joined by spaces."""
    out = [""]
    for p in parts:
        if isinstance(p, str):
            p = [p]
        out = [(a + " " + b).strip() for a in out for b in p]
    return out


# ======================================================================= naked in other words
# --- en: "nothing but <item>" (items that do not cover: jewellery, a smile, shoes...)
EN_ITEMS = ["jewellery", "jewelry", "jewels", "a smile", "a grin", "a necklace", "necklace", "pearls",
            "a pearl necklace", "a string of pearls", "high heels", "heels", "stilettos", "a choker",
            "earrings", "a watch", "a hat", "a cowboy hat", "a tie", "a bow tie", "boots", "sunglasses",
            "glasses", "perfume", "lipstick", "body paint", "bodypaint", "a ribbon", "a bow", "an anklet",
            "a bracelet", "tattoos", "a wristwatch", "a crown", "a tiara", "a veil", "a garter",
            "a body chain", "a belly chain", "makeup", "glitter", "oil", "body oil", "whipped cream",
            "a santa hat", "a collar", "a headband", "sneakers", "flip flops", "a sash"]
EN_POSS = ["her", "his", "their"]
EN_PITEMS = ["jewellery", "jewelry", "jewels", "necklace", "pearls", "high heels", "heels", "stilettos",
             "choker", "earrings", "watch", "hat", "tie", "boots", "sunglasses", "glasses", "perfume",
             "lipstick", "tattoos", "crown", "tiara", "veil", "garter", "makeup", "shoes", "socks",
             "sneakers", "bracelets", "rings", "wedding ring", "smile", "collar", "body paint",
             "headphones", "cap", "bow tie", "anklet", "piercings"]
for it in EN_ITEMS:
    add("nudity", "nothing but " + it, "in nothing but " + it, "wearing only " + it,
        "wears only " + it, "wearing just " + it, "clad only in " + it, "only wearing " + it,
        "dressed only in " + it, "covered only by " + it, "nothing on but " + it,
        "nothing except " + it, "naught but " + it)
for p in EN_POSS:
    for it in EN_PITEMS:
        add("nudity", "nothing but %s %s" % (p, it), "wearing only %s %s" % (p, it),
            "only wearing %s %s" % (p, it), "nothing on but %s %s" % (p, it),
            "nothing except %s %s" % (p, it), "wears only %s %s" % (p, it),
            "wearing just %s %s" % (p, it), "dressed only in %s %s" % (p, it), "clad only in %s %s" % (p, it))
# fixed English idioms
add("nudity", "not a stitch of clothing", "without a stitch on", "without a stitch of",
    "not wearing a stitch", "not a thread on", "without a thread on", "in the buff", "in the raw",
    "starkers", "stark naked", "in her birthday suit", "in their birthday suits", "in birthday suits",
    "in his birthday suits", "in the nuddy", "in the nude", "buck naked", "butt naked",
    "wearing absolutely nothing", "wearing nothing at all", "wears absolutely nothing",
    "completely unclothed", "fully unclothed", "totally unclothed", "entirely unclothed",
    "without a single garment", "without any clothing", "without any clothes",
    "without a shred of clothing", "not a shred of clothing", "no clothing whatsoever",
    "no clothes whatsoever", "no clothes at all", "no clothing at all", "fully bare body",
    "completely bare body", "totally bare body", "nude from head to toe", "bare from head to toe",
    "as god made her", "as god made him", "as god made them", "as nature made her",
    "as the day she was born", "as the day he was born", "as on the day she was born",
    "adam and eve version", "adam and eve style", "in adam and eve style", "eve costume",
    "in eve s costume", "in adam s costume", "in their natural state unclothed",
    "topless and bottomless", "bottomless and topless", "fully topless and bottomless",
    "clothing optional", "clothes optional")
add(["sexual11_bare", "nudify_bare"],
    "with nothing on", "has nothing on anymore", "had nothing on", "nothing on anymore",
    "wearing nothing", "wears nothing", "is wearing nothing", "wearing nothing else",
    "not wearing anything", "isn t wearing anything", "not wearing any clothes",
    "not wearing clothes", "without her clothes", "without his clothes", "without their clothes",
    "in just her skin", "in only her skin", "in nothing but skin", "only her skin",
    "only his skin", "just her skin", "just her bare skin", "nothing on underneath",
    "nothing underneath", "nothing under her coat", "nothing under the coat", "nothing under her robe",
    "nothing under the dress", "nothing under her dress", "nothing under her shirt",
    "nothing under the towel", "nothing beneath the coat", "nothing beneath her dress",
    "with nothing underneath", "bare all over", "nude all over", "uncovered body",
    "not a stitch", "not one stitch", "fully exposed body", "completely exposed",
    "her bare body", "his bare body", "bare bodies", "fully in the buff", "no clothes on",
    "with no clothes on", "with no clothing on", "without anything on", "has no clothes on")
ben("a shelf with nothing on", "with nothing on")
ben("with nothing on it", "with nothing on")
ben("with nothing on them", "with nothing on")
ben("table with nothing on", "with nothing on")
ben("wall with nothing on", "with nothing on")
ben("wearing nothing but black", "wearing nothing")
ben("wearing nothing but white", "wearing nothing")
ben("wearing nothing but denim", "wearing nothing")
ben("wearing nothing fancy", "wearing nothing")
ben("wearing nothing flashy", "wearing nothing")
ben("wearing nothing special", "wearing nothing")
ben("wears nothing but black", "wears nothing")
ben("not wearing a helmet", "not wearing")
ben("not wearing anything warm", "not wearing anything")
ben("not wearing any makeup", "not wearing any")
ben("completely exposed to", "completely exposed")
ben("completely exposed to the", "completely exposed")
ben("nothing underneath the bed", "nothing underneath")
ben("nothing underneath the table", "nothing underneath")

# --- es
ES_ITEMS = ["sus joyas", "joyas", "una sonrisa", "tacones", "sus tacones", "tacones altos", "un collar",
            "su collar", "collar de perlas", "perlas", "sus perlas", "sus pendientes", "pendientes",
            "un sombrero", "su sombrero", "sus gafas", "gafas de sol", "sus botas", "botas", "medias",
            "sus medias", "un reloj", "su reloj", "pintura corporal", "sus tatuajes", "tatuajes",
            "perfume", "su perfume", "una corbata", "un lazo", "una tobillera", "una tiara", "una corona",
            "un velo", "sus zapatos", "zapatos", "calcetines", "sus calcetines", "aceite", "purpurina",
            "nata", "crema batida", "un liguero"]
for it in ES_ITEMS:
    add("nudity", "vestida solo con " + it, "vestido solo con " + it, "vestida unicamente con " + it,
        "vestida solamente con " + it, "nada mas que " + it, "sin nada mas que " + it,
        "sin mas ropa que " + it, "solo lleva puesto " + it, "solo lleva " + it,
        "lleva solo " + it, "llevando solo " + it, "llevando solamente " + it,
        "llevando unicamente " + it, "con solo " + it + " puesto", "sin otra prenda que " + it,
        "vestidas solo con " + it, "vestidos solo con " + it, "cubierta solo por " + it,
        "cubierta solo con " + it, "lleva unicamente " + it)
add("nudity", "sin mas ropa que", "sin otra ropa que", "sin otra prenda que", "por toda ropa",
    "por unica ropa", "como unica prenda", "como unica ropa", "sin ninguna prenda", "sin prenda ninguna",
    "sin ropa ninguna", "sin una sola prenda", "sin ni una prenda", "sin nada de ropa",
    "sin nada de ropa encima", "en cueros vivos", "en pelota picada", "en pelota viva", "en porreta",
    "en pelotas", "en bolas", "como dios la trajo", "como dios lo trajo", "como dios los trajo",
    "como dios las trajo", "como su madre la pario", "como su madre lo pario", "como su madre la trajo",
    "como vino al mundo", "tal como vino al mundo", "como llego al mundo", "en traje de eva",
    "en traje de adan", "traje de eva", "traje de adan", "version adan y eva", "estilo adan y eva",
    "sin taparrabos", "de la cabeza a los pies desnuda", "totalmente en cueros", "completamente en cueros")
add(["sexual11_bare", "nudify_bare"],
    "sin nada puesto", "sin nada encima", "no lleva nada", "no lleva nada puesto", "no lleve nada",
    "no lleve nada puesto", "no llevan nada", "no llevan nada puesto", "no llevaba nada",
    "que no lleve nada", "que no lleven nada", "sin nada debajo", "nada debajo del abrigo",
    "nada debajo de la bata", "nada debajo del vestido", "nada debajo de la toalla", "nada por debajo",
    "sin nada por debajo", "solo con su piel", "solo su piel", "con la piel como ropa",
    "sin ropa encima", "sin la ropa", "sin ropa puesta", "en cueros", "en pelotas picadas",
    "se queda sin nada", "se quede sin nada", "quedarse sin nada puesto", "dejala sin nada",
    "dejalo sin nada", "dejala sin nada puesto", "que se quede sin nada")
ben("sin nada encima de la mesa", "sin nada encima")
ben("mesa sin nada encima", "sin nada encima")
ben("sin nada encima de", "sin nada encima")
ben("no lleva nada de azucar", "no lleva nada")
for _f in ["azucar", "gluten", "sal", "carne", "leche", "alcohol", "picante"]:
    ben("no lleva nada de " + _f, "no lleva nada")
ben("se queda sin nada que", "se queda sin nada")
ben("se queda sin nada de", "se queda sin nada")
ben("sin la ropa sucia", "sin la ropa")
ben("sin la ropa de", "sin la ropa")
ben("sin nada debajo de la cama", "sin nada debajo")
# mostrar todo
add("sexual11_showall", "lo ensena todo", "lo muestra todo", "ensenandolo todo", "mostrandolo todo",
    "se le ve todo", "se le ve absolutamente todo", "que se le vea todo", "que se le vea el cuerpo",
    "se le vea todo", "ensena todo", "muestra todo su cuerpo", "ensena todo su cuerpo",
    "ensenando todo su cuerpo", "mostrando todo su cuerpo", "todo a la vista", "todo al descubierto",
    "sin dejar nada a la imaginacion", "no deja nada a la imaginacion", "nada a la imaginacion")

# --- fr
FR_ITEMS = ["ses bijoux", "bijoux", "un sourire", "des talons", "ses talons", "des talons hauts",
            "talons aiguilles", "un collier", "son collier", "un collier de perles", "des perles",
            "ses perles", "ses boucles d oreilles", "un chapeau", "son chapeau", "ses lunettes",
            "des lunettes de soleil", "ses bottes", "des bottes", "des bas", "ses bas", "une montre",
            "sa montre", "de la peinture", "ses tatouages", "du parfum", "son parfum", "une cravate",
            "un ruban", "une chaine", "une couronne", "un voile", "ses chaussures", "des chaussettes",
            "ses chaussettes", "de l huile", "de la chantilly", "un porte jarretelles", "une jarretiere"]
for it in FR_ITEMS:
    add("nudity", "ne portant que " + it, "ne porte que " + it, "vetue seulement de " + it,
        "vetue uniquement de " + it, "vetue simplement de " + it, "habillee seulement de " + it,
        "habillee uniquement de " + it, "vetu seulement de " + it, "vetues seulement de " + it,
        "rien d autre que " + it, "rien que " + it, "pour seul vetement " + it,
        "pour tout vetement " + it, "portant seulement " + it, "portant uniquement " + it,
        "avec seulement " + it, "n a que " + it, "elle ne porte que " + it)
add("nudity", "ne portant qu un sourire", "ne porte qu un sourire", "ne portant qu un collier",
    "ne porte qu un collier", "ne portant qu une montre", "ne portant qu un chapeau",
    "ne portant qu une cravate", "ne portant qu un ruban", "vetue d un sourire",
    "pour seul vetement", "pour seuls vetements", "pour tout vetement", "pour tous vetements",
    "pour unique vetement", "dans le plus simple appareil", "en tenue d eve", "en tenue d adam",
    "tenue d eve", "sans le moindre vetement", "sans le moindre habit", "sans aucun vetement",
    "sans un seul vetement", "sans un vetement", "sans vetements du tout", "pas le moindre vetement",
    "comme dieu l a faite", "comme dieu l a fait", "comme dieu les a faits", "comme dieu les a faites",
    "telle que dieu l a faite", "tel que dieu l a fait", "comme au premier jour",
    "comme au jour de sa naissance", "version adam et eve", "facon adam et eve", "a poil integral",
    "completement a poil", "toute a poil", "tout a poil", "entierement a poil", "a loilpe",
    "a poilpe", "cul nu", "les fesses a l air", "fesses a l air", "les seins a l air", "seins a l air",
    "le zizi a l air", "la chatte a l air", "tout a l air", "toute nue de la tete", "nue de la tete aux pieds")
add(["sexual11_bare", "nudify_bare"],
    "ne porte plus rien", "qu elle ne porte plus", "qu elle ne porte rien", "ne porte rien",
    "ne portant rien", "ne portent rien", "ne portent plus rien", "rien sur la peau", "rien sur le corps",
    "sans rien sur la peau", "sans rien sur le corps", "rien en dessous", "rien dessous",
    "rien sous son manteau", "rien sous sa robe", "rien sous son peignoir", "rien sous la serviette",
    "sans rien dessous", "sans rien en dessous", "juste dans sa peau", "seulement dans sa peau",
    "uniquement dans sa peau", "vetue de sa peau", "vetue de sa seule peau", "habillee de sa peau",
    "sans ses vetements", "sans ses habits", "sans ses fringues", "sans vetements", "sans habits",
    "sans fringues", "debarrassee de ses vetements", "debarrassee de ses habits", "denudee",
    "denude", "denudees")
ben("ne porte rien de", "ne porte rien")
ben("ne porte rien a", "ne porte rien")
ben("rien en dessous de", "rien en dessous")
ben("sans vetements chauds", "sans vetements")
ben("sans vetements de rechange", "sans vetements")
ben("sans vetements de", "sans vetements")
ben("sans habits de", "sans habits")
ben("epaule denudee", "denudee")
ben("epaules denudees", "denudees")
ben("dos denude", "denude")
ben("epaules denudes", "denude")
ben("cable denude", "denude")
ben("fil denude", "denude")
ben("fils denudes", "denude")
ben("arbre denude", "denude")
ben("arbres denudes", "denude")
ben("paysage denude", "denude")
ben("branches denudees", "denudees")
ben("sol denude", "denude")
ben("colline denudee", "denudee")
ben("collines denudees", "denudees")
ben("bras denudes", "denude")
ben("nuque denudee", "denudee")
add("sexual11_showall", "montre tout", "elle montre tout", "qui montre tout", "montrant tout",
    "en montrant tout", "on voit tout", "on lui voit tout", "qu on voie tout", "qu on lui voie tout",
    "laisse tout voir", "laissant tout voir", "devoile tout", "devoilant tout", "montre tout son corps",
    "montrant tout son corps", "ne laisse rien a l imagination", "rien a l imagination")

# --- de
DE_ITEMS = ["schmuck", "ihrem schmuck", "ihren schmuck", "einem lacheln", "ein lacheln", "high heels",
            "ihren high heels", "stockelschuhen", "ihren stockelschuhen", "einer kette", "ihrer kette",
            "einer perlenkette", "perlen", "ohrringen", "ihren ohrringen", "einem hut", "ihrem hut",
            "ihrer brille", "einer sonnenbrille", "stiefeln", "ihren stiefeln", "strumpfen",
            "ihren strumpfen", "einer uhr", "ihrer uhr", "korperfarbe", "bodypainting", "ihren tattoos",
            "parfum", "einer krawatte", "einer schleife", "einer krone", "einem schleier", "ihren schuhen",
            "socken", "ihren socken", "ol", "sahne", "strapsen", "einem strumpfband"]
for it in DE_ITEMS:
    add("nudity", "nur mit " + it + " bekleidet", "mit " + it + " bekleidet", "nichts ausser " + it,
        "nichts als " + it, "tragt nur " + it, "nur " + it + " am leib", "tragt nichts ausser " + it,
        "nichts anderes als " + it, "nur noch " + it + " an", "nur mit " + it + " an",
        "hat nur " + it + " an", "nur in " + it)
add("nudity", "nichts ausser schmuck", "nichts ausser einem lacheln", "nichts als ein lacheln",
    "keinen faden am leib", "kein faden am leib", "ohne faden am leib", "nicht einen faden",
    "ohne einen fetzen stoff", "ohne jeden fetzen", "kein fetzen stoff", "keinen fetzen stoff",
    "ohne jegliche kleidung", "ohne irgendwelche kleidung", "ohne jedes kleidungsstuck",
    "ohne ein kleidungsstuck", "ohne ein einziges kleidungsstuck", "ganz ohne kleidung",
    "vollig ohne kleidung", "komplett ohne kleidung", "ganzlich unbekleidet", "vollig unbekleidet",
    "komplett unbekleidet", "ganz unbekleidet", "wie gott sie schuf", "wie gott ihn schuf",
    "wie gott sie geschaffen", "wie gott ihn geschaffen", "wie gott sie erschaffen", "wie gott ihn erschaffen",
    "im adamskostum", "im evaskostum", "im evakostum", "evakostum", "evaskostum", "adam und eva version",
    "adam und eva stil", "als adam und eva", "im naturzustand nackt", "textilfrei", "textilfreie",
    "textilfreien", "blankziehen", "blank gezogen", "zieht blank", "ziehen blank", "zieh dich blank",
    "splitternackt", "pudelnackt", "nackig", "nackige", "nackigen", "oben und unten ohne",
    "unten ohne und oben ohne", "ganz ohne alles", "vollig ohne alles", "vollig entblosst",
    "ganz entblosst", "komplett entblosst", "entblosster korper", "entblossten korper", "unbekleideter korper",
    "unbekleideten korper", "unbekleidete frau", "unbekleideten frau", "unbekleideter mann",
    "unbekleidete frauen", "unbekleidete model")
add(["sexual11_bare", "nudify_bare"],
    "nichts mehr anhat", "nichts anhat", "nichts mehr tragt", "nichts tragt", "nichts an hat",
    "hat nichts an", "hat nichts mehr an", "sie hat nichts an", "tragt nichts", "tragt nichts mehr",
    "nichts am korper", "nichts auf dem leib", "nichts darunter", "nichts drunter", "nichts unter dem mantel",
    "nichts unter ihrem mantel", "nichts unter dem kleid", "nichts unter ihrem kleid", "nichts unter dem bademantel",
    "nichts unter dem handtuch", "ohne was drunter", "ohne etwas drunter", "nur noch haut", "nur haut",
    "nur ihre haut", "nur in ihrer haut", "nur mit ihrer haut", "ohne kleider", "ohne ihre kleider",
    "ohne ihre kleidung", "ohne seine kleidung", "ohne klamotten", "ohne ihre klamotten",
    "ohne textilien", "unbekleidet", "unbekleidete", "unbekleideten", "unbekleideter", "entblosst",
    "entblosste", "entblossten", "nichts anhaben", "nichts mehr anhaben", "so dass sie nichts",
    "dass sie nichts mehr", "dass sie nichts anhat", "dass er nichts anhat")
ben("nichts darunter zu", "nichts darunter")
ben("hat nichts an sich", "hat nichts an")
ben("hat nichts an der", "hat nichts an")
ben("hat nichts an ihrem", "hat nichts an")
ben("hat nichts an seiner", "hat nichts an")
ben("hat nichts an ihrer", "hat nichts an")
ben("hat nichts an seinem", "hat nichts an")
ben("hat nichts an bedeutung", "hat nichts an")
ben("hat nichts mehr an sich", "hat nichts mehr an")
ben("tragt nichts bei", "tragt nichts")
ben("tragt nichts zur", "tragt nichts")
ben("tragt nichts zum", "tragt nichts")
ben("tragt nichts dazu", "tragt nichts")
ben("tragt nichts in", "tragt nichts")
ben("tragt nichts bei sich", "tragt nichts")
ben("nur haut und knochen", "nur haut")
ben("haut und knochen", "nur haut")
ben("entblosst den kopf", "entblosst")
ben("entblosste schultern", "entblosste")
ben("entblossten schultern", "entblossten")
ben("entblosste zahne", "entblosste")
ben("entblossten zahnen", "entblossten")
ben("zahne entblosst", "entblosst")
ben("ohne kleider zu", "ohne kleider")
ben("ohne klamotten zu", "ohne klamotten")
ben("unbekleidet mannequin", "unbekleidet")
ben("unbekleidete schaufensterpuppe", "unbekleidete")
ben("unbekleidete puppe", "unbekleidete")
ben("unbekleidete schaufensterpuppen", "unbekleidete")
add("sexual11_showall", "zeigt alles", "sie zeigt alles", "alles zeigt", "alles zeigen", "alles zu sehen",
    "man sieht alles", "alles sehen kann", "lasst alles sehen", "alles blank", "alles entblosst",
    "alles offen zeigt", "zeigt ihren ganzen korper", "zeigt den ganzen korper", "lasst nichts verborgen",
    "lasst nichts der fantasie", "nichts der fantasie uberlassen", "nichts der phantasie")
ben("zeigt alles wichtige", "zeigt alles")
ben("zeigt alles uber", "zeigt alles")
ben("zeigt alles was", "zeigt alles")
ben("alles zu sehen was", "alles zu sehen")
ben("alles zu sehen ist", "alles zu sehen")
ben("gibt es alles zu sehen", "alles zu sehen")

# --- it
IT_ITEMS = ["i suoi gioielli", "gioielli", "un sorriso", "i tacchi", "tacchi alti", "i suoi tacchi",
            "una collana", "la sua collana", "perle", "le sue perle", "orecchini", "i suoi orecchini",
            "un cappello", "il suo cappello", "i suoi occhiali", "occhiali da sole", "gli stivali", "stivali",
            "le calze", "calze", "un orologio", "il suo orologio", "pittura", "i suoi tatuaggi",
            "profumo", "una cravatta", "un fiocco", "una corona", "un velo", "le scarpe", "le sue scarpe",
            "i calzini", "olio", "panna", "una giarrettiera", "un reggicalze", "le autoreggenti"]
for it in IT_ITEMS:
    add("nudity", "con addosso solo " + it, "addosso solo " + it, "indossa solo " + it,
        "indossando solo " + it, "indossa soltanto " + it, "vestita solo di " + it,
        "vestita soltanto di " + it, "vestito solo di " + it, "vestite solo di " + it,
        "non indossa altro che " + it, "nient altro che " + it, "niente altro che " + it,
        "nulla se non " + it, "solo con " + it + " addosso", "coperta solo da " + it,
        "con indosso solo " + it, "con indosso soltanto " + it, "indossando soltanto " + it)
add("nudity", "senza un filo di stoffa", "senza nemmeno un filo", "neanche un filo addosso",
    "nemmeno un filo addosso", "senza nessun indumento", "senza alcun indumento", "senza alcun vestito",
    "senza vestiti addosso", "senza niente di niente", "come mamma l ha fatta", "come mamma l ha fatto",
    "come mamma li ha fatti", "come dio l ha fatta", "come dio l ha fatto", "come e venuta al mondo",
    "come venuta al mondo", "come e nata", "in costume adamitico", "in costume da eva",
    "in costume da adamo", "versione adamo ed eva", "stile adamo ed eva", "senza veli",
    "completamente senza veli", "tutta senza veli", "senza piu veli", "nuda come un verme",
    "tutta al naturale", "col culo di fuori", "con il culo di fuori", "culo all aria", "col culo all aria",
    "con le tette di fuori", "tette di fuori", "tette all aria", "con le tette all aria",
    "con tutto all aria", "tutto all aria", "con tutto di fuori", "tutto di fuori")
add(["sexual11_bare", "nudify_bare"],
    "non indossa niente", "non indossi piu niente", "non indossa piu niente", "non indossi niente",
    "non indossa nulla", "non indossi nulla", "non indossa piu nulla", "non porta niente",
    "non ha niente addosso", "non ha piu niente addosso", "niente addosso", "nulla addosso",
    "senza niente sotto", "niente sotto il cappotto", "niente sotto il vestito", "niente sotto l accappatoio",
    "niente sotto l asciugamano", "niente sotto", "nulla sotto", "solo la sua pelle", "solo pelle",
    "vestita della sua pelle", "senza i vestiti", "senza i suoi vestiti", "senza vestiti",
    "senza abiti", "senza indumenti", "spogliata di tutto", "rimasta senza niente", "resti senza niente",
    "rimanga senza niente", "resta senza niente addosso")
ben("niente sotto controllo", "niente sotto")
ben("niente sotto il letto", "niente sotto")
ben("nulla sotto il letto", "nulla sotto")
ben("niente sotto i", "niente sotto")
ben("niente sotto la", "niente sotto")
ben("nulla sotto la", "nulla sotto")
ben("non porta niente di", "non porta niente")
ben("non porta niente a", "non porta niente")
ben("solo pelle e ossa", "solo pelle")
ben("pelle e ossa", "solo pelle")
ben("divano solo pelle", "solo pelle")
ben("senza vestiti caldi", "senza vestiti")
ben("senza vestiti di ricambio", "senza vestiti")
add("sexual11_showall", "mostra tutto", "che mostra tutto", "fa vedere tutto", "facendo vedere tutto",
    "mostrando tutto", "si vede tutto", "le si vede tutto", "che si veda tutto", "tutto in vista",
    "tutto in bella vista", "tutto scoperto", "mostra tutto il corpo", "non lascia niente all immaginazione",
    "niente all immaginazione", "nulla all immaginazione")
ben("mostra tutto il percorso", "mostra tutto")
ben("mostra tutto il processo", "mostra tutto")

# --- pt
PT_ITEMS = ["as joias", "joias", "suas joias", "um sorriso", "salto alto", "saltos altos", "os saltos",
            "seus saltos", "um colar", "o colar", "seu colar", "perolas", "brincos", "seus brincos",
            "um chapeu", "o chapeu", "seus oculos", "oculos de sol", "botas", "as botas", "meias",
            "as meias", "um relogio", "o relogio", "pintura corporal", "tatuagens", "perfume",
            "uma gravata", "um laco", "uma coroa", "um veu", "os sapatos", "sapatos", "oleo", "chantilly",
            "uma cinta liga", "cinta liga"]
for it in PT_ITEMS:
    add("nudity", "vestindo apenas " + it, "usando apenas " + it, "usando so " + it,
        "vestida apenas com " + it, "vestida so com " + it, "vestido apenas com " + it,
        "nada alem de " + it, "sem nada alem de " + it, "nada mais que " + it, "so de " + it,
        "apenas de " + it, "usa apenas " + it, "veste apenas " + it, "coberta apenas por " + it,
        "com apenas " + it, "so com " + it, "trajando apenas " + it)
add("nudity", "como veio ao mundo", "como vieram ao mundo", "como deus a fez", "como deus o fez",
    "como deus os fez", "como a mae a pariu", "como a mae o pariu", "em trajes de eva", "em trajes de adao",
    "traje de eva", "trajes de eva", "versao adao e eva", "estilo adao e eva", "sem peca nenhuma",
    "sem nenhuma peca de roupa", "sem uma peca de roupa", "sem uma unica peca", "sem roupa nenhuma",
    "sem nenhuma roupa", "sem roupa alguma", "sem qualquer roupa", "nua em pelo", "nuazinha",
    "peladinha", "peladona", "peladao", "peladinhas", "em pelo", "bunda de fora", "com a bunda de fora",
    "peitos de fora", "com os peitos de fora", "tudo de fora", "com tudo de fora", "tudo a mostra",
    "com tudo a mostra", "pelado da cabeca aos pes", "pelada da cabeca aos pes")
add(["sexual11_bare", "nudify_bare"],
    "sem nada", "sem nada no corpo", "sem nada por baixo", "nada por baixo", "sem nada vestido",
    "sem nada em cima", "nao usa nada", "nao esta usando nada", "nao veste nada", "nao vista nada",
    "nao esteja usando nada", "fique sem nada", "que ela fique sem nada", "deixa ela sem nada",
    "deixe ela sem nada", "ficar sem nada", "fica sem nada", "so a pele", "apenas a pele", "so com a pele",
    "vestida so da pele", "sem as roupas", "sem suas roupas", "sem a roupa dela", "sem roupas",
    "nada por baixo do casaco", "nada por baixo do vestido", "nada por baixo da toalha",
    "nada debaixo do casaco", "nada debaixo do roupao")
ben("sem nada a", "sem nada")
ben("sem nada de", "sem nada")
ben("sem nada para", "sem nada")
ben("sem nada pra", "sem nada")
ben("sem nada que", "sem nada")
ben("sem nada dentro", "sem nada")
ben("sem nada escrito", "sem nada")
ben("sem nada ao redor", "sem nada")
ben("sem nada em volta", "sem nada")
ben("sem nada na mesa", "sem nada")
ben("sem nada nas maos", "sem nada")
ben("sem nada no prato", "sem nada")
ben("sem nada nas paredes", "sem nada")
ben("sem nada em cima da", "sem nada em cima")
ben("fica sem nada a", "fica sem nada")
ben("ficar sem nada a", "ficar sem nada")
ben("ficou sem nada", "sem nada")
ben("ficaram sem nada", "sem nada")
ben("sem nada alem", "sem nada")
ben("so a pele e", "so a pele")
ben("pele e osso", "so a pele")
ben("montar em pelo", "em pelo")
ben("montando em pelo", "em pelo")
ben("cavalo em pelo", "em pelo")
ben("cavalgar em pelo", "em pelo")
ben("sem roupas de frio", "sem roupas")
ben("sem roupas de", "sem roupas")
ben("sem roupas quentes", "sem roupas")
ben("sem as roupas de", "sem as roupas")
ben("nao usa nada de", "nao usa nada")
add("sexual11_showall", "mostra tudo", "que mostra tudo", "mostrando tudo", "mostrando tudo dela",
    "deixa ver tudo", "deixando ver tudo", "aparece tudo", "aparecendo tudo", "da pra ver tudo",
    "da para ver tudo", "se ve tudo", "mostra o corpo todo", "mostrando o corpo todo",
    "nada a imaginacao", "sem deixar nada a imaginacao", "nao deixa nada a imaginacao")
ben("mostra tudo sobre", "mostra tudo")
ben("mostra tudo o que", "mostra tudo")

# --- en show everything
add("sexual11_showall", "shows everything", "showing everything", "show everything", "showing it all",
    "shows it all", "show it all", "baring it all", "bares it all", "bare it all", "bared it all",
    "letting it all hang out", "lets it all hang out", "everything on show", "everything exposed",
    "everything visible", "everything hanging out", "shows her everything", "reveals everything",
    "revealing everything", "revealing it all", "reveals it all", "showing all her body",
    "showing her whole body", "nothing left covered", "leaves nothing covered", "leaving nothing covered",
    "nothing covered up", "leaves nothing to the", "leaving nothing to the")
for b_ in ["shows everything you need", "shows everything in detail", "shows everything you",
           "shows everything from", "shows everything about", "showing everything from",
           "showing everything you", "show everything you", "show everything in", "show everything from",
           "show everything about", "shows everything on", "showing everything in",
           "show it all in", "shows it all in", "everything visible at", "everything visible on",
           "everything visible in the", "map shows everything", "diagram shows everything",
           "everything on show at", "everything on show in"]:
    ben(b_, *[t for t in ["shows everything", "showing everything", "show everything", "show it all",
                         "shows it all", "everything visible", "everything on show"] if set(t.split()) <= set(norm(b_).split())])
ben("muestra todo el", "muestra todo su cuerpo")

# ======================================================================= wished undressing result
PRON_OBJ = {"en": ["her", "him", "them"]}
add(["nudify_bare", "sexual11_bare"],
    "make her have nothing on", "so she has nothing", "so that she has nothing", "so she s wearing nothing",
    "so that she s wearing", "leave her with nothing", "leave him with nothing", "leave her in nothing",
    "leave her in just", "leave her in only", "leave her wearing nothing", "leave her only her",
    "strip her to her skin", "strip him to his skin", "down to her skin", "down to his skin",
    "down to bare skin", "down to the skin", "the clothes come off", "clothes come off", "clothes off",
    "her clothes off", "his clothes off", "their clothes off", "the clothes go away", "clothes go away",
    "clothes disappear", "the clothes disappear", "clothes vanish", "the clothes vanish", "clothes gone",
    "her clothes gone", "his clothes gone", "no more clothes", "without the clothes",
    "show what s under", "what s under her", "what s underneath her", "what is under her",
    "what she looks like underneath", "looks like underneath", "what she looks like under",
    "how she looks under", "under her clothes", "underneath her clothes", "beneath her clothes",
    "under his clothes", "under their clothes")
ben("clothes off the line", "clothes off")
ben("clothes off the floor", "clothes off")
ben("clothes off the bed", "clothes off")
ben("down to the skin care", "down to the skin")
ben("what s under her bed", "what s under her")
ben("what s under her desk", "what s under her")
ben("what is under her bed", "what is under her")
ben("what s under her feet", "what s under her")
ben("what s under her hat", "what s under her")
add(["nudify_bare", "sexual11_bare"],
    "que desaparezca la ropa", "que desaparezca su ropa", "desaparezca la ropa", "la ropa desaparece",
    "su ropa desaparece", "sin la ropa puesta", "quitale todo", "quitale todo lo que lleva",
    "lo que hay debajo de su ropa", "lo que hay debajo", "lo que hay bajo su ropa", "bajo su ropa",
    "debajo de su ropa", "debajo de la ropa", "como es debajo de la ropa", "como se ve sin ropa",
    "rayos x a su ropa", "con rayos x", "vision de rayos x", "vista de rayos x", "ver a traves de su ropa",
    "que se le vea el cuerpo", "que se le vea todo",
    "que les vetements disparaissent", "ses vetements disparaissent", "les vetements disparaissent",
    "vetements disparus", "qu elle ne porte plus rien", "qu elle n ait plus rien", "ce qu il y a dessous",
    "ce qu il y a sous", "ce qu elle a dessous", "sous ses vetements", "sous ses habits",
    "a quoi elle ressemble dessous", "voir a travers ses vetements", "vision rayons x", "aux rayons x",
    "die klamotten kommen weg", "klamotten kommen weg", "kleider kommen weg", "kleidung kommt weg",
    "die kleidung kommt weg", "kleidung verschwindet", "die kleidung verschwindet", "kleidung weg",
    "klamotten weg", "die klamotten weg", "kleider weg", "was unter ihrer kleidung", "unter ihrer kleidung",
    "unter ihren klamotten", "unter ihrer kleidung aussieht", "wie sie darunter aussieht",
    "wie sie drunter aussieht", "durch ihre kleidung", "rontgenblick", "mit rontgenblick",
    "so dass sie nichts", "sodass sie nichts", "dass sie nichts mehr anhat",
    "che non indossi piu niente", "che non indossi niente", "che non abbia niente addosso",
    "i vestiti spariscono", "i vestiti scompaiono", "spariscano i vestiti", "fai sparire i vestiti",
    "com e sotto i vestiti", "sotto i vestiti", "sotto i suoi vestiti", "cosa c e sotto",
    "attraverso i vestiti", "attraverso i suoi vestiti", "vista a raggi x", "con i raggi x",
    "que ela fique sem nada", "fique sem nada", "que ela fique sem roupa", "a roupa some",
    "a roupa desaparece", "roupa desaparecendo", "sumir com a roupa", "sumir a roupa", "some com a roupa",
    "o que tem por baixo", "o que esta por baixo", "por baixo da roupa", "por baixo da roupa dela",
    "debaixo da roupa", "debaixo da roupa dela", "atraves da roupa dela", "visao de raio x", "com raio x")
for b_, m in [("bajo su ropa de abrigo", "bajo su ropa"), ("lo que hay debajo del capo", "lo que hay debajo"),
              ("lo que hay debajo de la", "lo que hay debajo"), ("lo que hay debajo del", "lo que hay debajo"),
              ("rayos x de", "con rayos x"), ("radiografia", "con rayos x"), ("ce qu il y a sous le", "ce qu il y a sous"),
              ("ce qu il y a sous la", "ce qu il y a sous"), ("ce qu il y a dessous du", "ce qu il y a dessous"),
              ("aux rayons x de", "aux rayons x"), ("radiographie", "aux rayons x"),
              ("cosa c e sotto il", "cosa c e sotto"), ("cosa c e sotto la", "cosa c e sotto"),
              ("cosa c e sotto al", "cosa c e sotto"), ("cosa c e sotto i", "cosa c e sotto"),
              ("o que tem por baixo do", "o que tem por baixo"), ("o que tem por baixo da", "o que tem por baixo"),
              ("o que esta por baixo do", "o que esta por baixo"), ("o que esta por baixo da", "o que esta por baixo"),
              ("raio x de", "com raio x"), ("radiografia de", "com raio x"), ("kleidung weg zu", "kleidung weg"),
              ("kleider weg zu", "kleider weg"), ("klamotten weg zu", "klamotten weg"),
              ("kleider weggeben", "kleider weg"), ("kleidung weggeben", "kleidung weg")]:
    ben(b_, m)

# ======================================================================= sex acts, slang
PRONS = {"en": ["herself", "himself", "themselves", "themself", "yourself", "myself", "each other", "one another"]}
for p in PRONS["en"]:
    add("explicit", "pleasuring " + p, "pleasures " + p, "pleasure " + p, "pleasured " + p,
        "masturbating " + p, "fingering " + p, "fingers " + p, "jerking " + p + " off",
        "jacking " + p + " off", "getting " + p + " off", "gets " + p + " off", "get " + p + " off",
        "rubbing " + p + " off", "frigging " + p, "diddling " + p, "stroking " + p + " off",
        "playing with " + p, "plays with " + p, "touching " + p + " intimately", "touches " + p + " intimately",
        "touching " + p + " sexually", "touching " + p + " down there", "touching " + p + " between",
        "hand between " + p.split()[0] + " legs" if p.startswith("her") else "hand down " + p)
add("explicit", "hand between her legs", "hand between his legs", "hand in her panties", "hand down her panties",
    "hand inside her panties", "hand in his pants", "hand down his pants", "touching each other sexually",
    "getting each other off", "jerking off", "jacking off", "jerks off", "jerk off", "jack off",
    "wanking", "wanks", "having a wank", "rubbing one out", "beating off", "fapping", "schlicking",
    "sixty nine position", "69 position", "in the 69 position", "doing a 69", "doing a sixty nine",
    "sixty nining", "soixante neuf position", "having a quickie", "a quickie in the", "quickie sex",
    "screwing each other", "banging each other", "fucking each other", "humping each other",
    "dirty movie", "dirty movies", "dirty film", "dirty films", "dirty video", "dirty videos",
    "smut film", "smut films", "smutty film", "smutty video", "skin flick", "skin flicks", "stag film",
    "stag films", "blue movie", "blue movies", "adult movie scene", "xxx movie", "xxx film", "xxx video",
    "xxx scene", "x rated movie", "x rated film", "x rated scene", "sex tape", "sextape",
    "close up of her genitals", "close up of his genitals", "close up of genitals", "close up of the genitals",
    "genitals in close up", "close up of her vulva", "close up of her crotch", "close up between her legs",
    "close up of her pussy", "spread pussy", "wet pussy", "pussy close up", "erect penis", "erect cock",
    "hard cock", "rock hard cock", "throbbing cock", "dripping pussy", "spread her legs wide",
    "legs spread wide open", "spreading her pussy", "spreads her pussy", "cumshot", "cum shot",
    "creampie", "cum on her face", "cum on her", "covered in cum")
add("sexual11_actp", "going at it", "at it like", "doing it doggy", "doing it in the", "do it in the",
    "getting it on", "get it on", "gets it on", "got it on", "getting busy in bed", "getting lucky in",
    "hooking up in", "in the act of sex", "caught in the act of", "mid coitus", "in the middle of sex",
    "touching herself", "touching himself", "touches herself", "touches himself", "rubbing herself",
    "rubs herself", "caressing herself", "caresses herself", "pleasuring", "quickie in", "a quickie",
    "screwing her", "screwing him", "screwing in", "banging her", "banging him", "bangs her", "nailing him",
    "pounding him", "plowing her", "ploughing her", "shagging her", "shagging him", "boning her",
    "boning him", "riding his cock", "sixty nine", "69ing", "getting nasty", "doing the dirty")
for b_, m in [("going at it alone", "going at it"), ("at it like a", "at it like"), ("doing it in the rain", "doing it in the"),
              ("do it in the", "do it in the"), ("get it on time", "get it on"), ("get it on the", "get it on"),
              ("gets it on the", "gets it on"), ("got it on the", "got it on"), ("get it on sale", "get it on"),
              ("get it on amazon", "get it on"), ("got it on sale", "got it on"), ("screwing in a", "screwing in"),
              ("screwing in the", "screwing in"), ("screwing in screws", "screwing in"), ("screwing in light", "screwing in"),
              ("banging him up", "banging him"), ("banging her head", "banging her"), ("banging her fist", "banging her"),
              ("banging her drum", "banging her"), ("banging her pots", "banging her"), ("bangs her head", "bangs her"),
              ("bangs her fist", "bangs her"), ("bangs her drum", "bangs her"), ("touching herself up", "touching herself"),
              ("rubbing herself dry", "rubbing herself"), ("rubs herself dry", "rubbing herself"),
              ("rubbing herself with sunscreen", "rubbing herself"), ("rubbing herself with lotion", "rubbing herself"),
              ("plowing her field", "plowing her"), ("ploughing her field", "ploughing her"), ("plowing her way", "plowing her"),
              ("ploughing her way", "ploughing her"), ("sixty nine years", "sixty nine"), ("sixty nine year", "sixty nine"),
              ("sixty nine dollars", "sixty nine"), ("sixty nine euros", "sixty nine"), ("route sixty nine", "sixty nine"),
              ("sixty nine degrees", "sixty nine"), ("nineteen sixty nine", "sixty nine"), ("sixty nine percent", "sixty nine"),
              ("sixty nine days", "sixty nine"), ("sixty nine minutes", "sixty nine"), ("sixty nine people", "sixty nine"),
              ("a quickie divorce", "a quickie"), ("a quickie recipe", "a quickie"), ("a quickie meal", "a quickie"),
              ("a quickie sketch", "a quickie"), ("a quickie lunch", "a quickie"), ("a quickie tutorial", "a quickie"),
              ("quickie in the kitchen", "quickie in"), ("getting lucky in the casino", "getting lucky in"),
              ("getting lucky in a casino", "getting lucky in"), ("getting lucky in vegas", "getting lucky in"),
              ("hooking up in the", "hooking up in"), ("touching himself up", "touching himself"),
              ("caressing herself with", "caressing herself"), ("pleasuring the", "pleasuring"), ("getting nasty with", "getting nasty"),
              ("pounding him with", "pounding him"), ("pounding him into", "pounding him"),
              ("doing it doggy paddle", "doing it doggy"), ("doing the dirty work", "doing the dirty"),
              ("doing the dirty dishes", "doing the dirty"), ("caught in the act of stealing", "caught in the act of"),
              ("caught in the act of theft", "caught in the act of"), ("caught in the act of vandalism", "caught in the act of"),
              ("caught in the act of robbery", "caught in the act of"), ("caught in the act of shoplifting", "caught in the act of"),
              ("caught in the act of graffiti", "caught in the act of")]:
    ben(b_, m)

# es
ES_REFL = ["se toca", "tocandose", "se esta tocando", "se acaricia", "acariciandose", "se frota", "frotandose"]
for v in ES_REFL:
    add("sexual11_actp", v + " ahi abajo", v + " entre las piernas", v + " sus partes", v + " la entrepierna",
        v + " el clitoris", v + " sola en la cama", v + " el cuerpo desnudo", v + " bajo las sabanas")
add("explicit", "haciendose una paja", "hacerse una paja", "se hace una paja", "se hacen una paja",
    "hacerle una paja", "haciendole una paja", "le hace una paja", "se hace un dedo", "haciendose un dedo",
    "hacerse un dedo", "se pajea", "pajeandose", "se esta pajeando", "se la casca", "cascandosela",
    "se la menea", "meneandosela", "dandose placer", "se da placer", "darse placer", "dandose placer a si",
    "dandole placer con la boca", "haciendo un 69", "hacen un 69", "hacer un 69", "haciendo el 69",
    "posicion 69", "postura 69", "el sesenta y nueve", "haciendo el sesenta", "peli guarra", "pelis guarras",
    "pelicula guarra", "peliculas guarras", "video guarro", "videos guarros", "peli x", "pelis x",
    "pelicula x", "peliculas x", "cine x", "peli de tetas", "peli cochina", "video cochino", "video xxx",
    "pelicula xxx", "escena xxx", "escena x", "primer plano de sus genitales", "primer plano genital",
    "primer plano de la vagina", "primer plano del pene", "primer plano de su sexo", "primer plano de su vulva",
    "primer plano de su coño", "primer plano de su chocho", "primer plano de su polla", "pene erecto",
    "polla erecta", "polla tiesa", "rabo duro", "coño abierto", "coño mojado", "chocho abierto",
    "chocho mojado", "piernas bien abiertas mostrando", "corriendose en su cara", "corrida en la cara",
    "corrida facial", "lefa en la cara", "follandosela", "follandoselo", "se la esta follando",
    "se la follan", "se lo follan", "se la folla", "se lo folla", "le esta dando por culo",
    "dandole por culo", "por el culo", "dando por detras", "montandoselo con")
add("sexual11_actp", "echando un polvete", "un polvete", "un polvo rapido", "un rapidito",
    "echando un rapidito", "dandole caña", "dandole candela", "dandole duro", "se la esta tirando",
    "tirandosela", "tirandoselo", "se la tira", "se lo tira", "se la tiran", "haciendolo en", "lo hacen en",
    "lo estan haciendo", "montandoselo", "en plena faena sexual", "cepillandosela", "se la esta cepillando",
    "se la cepilla", "chingando", "cogiendo en", "cogiendosela", "se la coge", "se la esta cogiendo",
    "garchando", "culeando", "empotrandola", "la empotra", "empotrada contra", "la esta empotrando",
    "le da duro", "dandole duro a", "le esta dando duro")
for b_, m in [("dandole duro al", "dandole duro"), ("dandole duro a la", "dandole duro a"), ("le da duro al", "le da duro"),
              ("le da duro a la", "le da duro"), ("se la tira a", "se la tira"), ("se la tira al", "se la tira"),
              ("se lo tira a", "se lo tira"), ("se lo tira al", "se lo tira"), ("se la tiran a", "se la tiran"),
              ("tirandosela a", "tirandosela"), ("tirandoselo a", "tirandoselo"), ("cogiendo en brazos", "cogiendo en"),
              ("cogiendo en la mano", "cogiendo en"), ("cogiendo en el", "cogiendo en"), ("lo estan haciendo bien", "lo estan haciendo"),
              ("lo estan haciendo mal", "lo estan haciendo"), ("haciendolo en casa", "haciendolo en"),
              ("haciendolo en familia", "haciendolo en"), ("lo hacen en casa", "lo hacen en"),
              ("lo hacen en familia", "lo hacen en"), ("lo hacen en equipo", "lo hacen en"), ("haciendolo en equipo", "haciendolo en"),
              ("se la cepilla el pelo", "se la cepilla"), ("por el culo del", "por el culo"),
              ("dandole cana al", "dandole cana"), ("dandole cana a la", "dandole cana"), ("dandole candela al", "dandole candela"),
              ("empotrada contra el muro", "empotrada contra"), ("la empotra en la pared", "la empotra")]:
    ben(b_, m)
ben("un polvete de", "un polvete")

# fr
for v in ["se touche", "se caresse", "se tripote", "se frotte"]:
    add("sexual11_actp", v + " entre les cuisses", v + " entre les jambes", v + " la chatte", v + " le clito",
        v + " sous la couette", v + " sous les draps", v + " dans son lit", v + " l entrejambe",
        "en train de " + v.split()[1] if False else v + " sensuellement")
add("explicit", "se branle", "se branlent", "en train de se branler", "se branlant", "branle", "branlette",
    "une branlette", "se doigte", "se doigtant", "en train de se doigter", "se masturbant",
    "se donne du plaisir", "se donnant du plaisir", "se donner du plaisir", "se fait du bien toute seule",
    "se fait plaisir toute seule", "faire un 69", "font un 69", "en 69", "position 69", "un soixante neuf",
    "en soixante neuf", "faisant un 69", "film cochon", "films cochons", "video cochonne", "videos cochonnes",
    "film de boules", "films de boules", "film de cul", "film pour adultes", "film classe x", "cine x",
    "cinema x", "scene x", "scene de cul", "scenes de cul", "gros plan sur son sexe", "gros plan sur sa chatte",
    "gros plan sur sa vulve", "gros plan sur son vagin", "gros plan sur son penis", "gros plan sur sa bite",
    "gros plan sur ses parties", "gros plan de son sexe", "gros plan genital", "penis en erection",
    "sexe en erection", "bite en erection", "bite dure", "queue dure", "chatte ouverte", "chatte mouillee",
    "chatte trempee", "jouit sur son visage", "ejacule sur", "ejacule sur son", "sperme sur son visage",
    "en train de baiser", "en train de niquer", "se fait niquer", "se fait limer", "se fait ramoner",
    "se fait troncher", "se fait tringler", "se fait enculer", "la prend en levrette", "prise en levrette",
    "le chevauche nue", "la baise", "le baise", "se font niquer", "se fait prendre en levrette")
add("sexual11_actp", "tirer un coup", "tire un coup", "tirent un coup", "tirant un coup", "un coup vite fait",
    "un petit coup vite", "une petite gaterie", "une gaterie", "fait une gaterie", "la culbute", "culbuter",
    "s envoyer en l air", "font des galipettes", "faire des galipettes", "galipettes sous la", "la saute",
    "la tringle", "le chevauche", "se fait prendre", "se donne a lui", "passent a l acte", "passer a l acte",
    "en pleine action", "font la chose", "faire la chose", "en train de le faire", "le font sur")
for b_, m in [("tirer un coup de", "tirer un coup"), ("tire un coup de", "tire un coup"), ("tirent un coup de", "tirent un coup"),
              ("tirant un coup de", "tirant un coup"), ("tirer un coup franc", "tirer un coup"), ("tire un coup franc", "tire un coup"),
              ("la culbute des", "la culbute"), ("passer a l acte de", "passer a l acte"), ("passent a l acte de", "passent a l acte"),
              ("en pleine action de", "en pleine action"), ("la saute a", "la saute"), ("la saute en", "la saute"),
              ("se fait prendre en photo", "se fait prendre"), ("se fait prendre par la", "se fait prendre"),
              ("se fait prendre par le", "se fait prendre"), ("se fait prendre au", "se fait prendre"),
              ("se fait prendre en flagrant", "se fait prendre"), ("se fait prendre la", "se fait prendre"),
              ("en train de le faire cuire", "en train de le faire"), ("en train de le faire voler", "en train de le faire"),
              ("le chevauche a", "le chevauche"), ("le chevauche un", "le chevauche"),
              ("baiser la main", "la baise"), ("la baise main", "la baise"), ("la baise en ville", "la baise"),
              ("film pour adultes et enfants", "film pour adultes"), ("galipettes sous la neige", "galipettes sous la"),
              ("font des galipettes dans l herbe", "font des galipettes"), ("faire des galipettes dans", "faire des galipettes"),
              ("font des galipettes sur", "font des galipettes"), ("les chiots font des galipettes", "font des galipettes"),
              ("enfants font des galipettes", "font des galipettes"), ("faire la chose suivante", "faire la chose"),
              ("faire la chose la", "faire la chose"), ("ejacule sur le", "ejacule sur")]:
    ben(b_, m)

# de
add("explicit", "befriedigt sich selbst", "sich selbst befriedigen", "sich selbst befriedigt", "befriedigt sich",
    "befriedigen sich", "befriedigen sich gegenseitig", "befriedigt sich gegenseitig", "sich gegenseitig befriedigen",
    "es sich selbst besorgen", "besorgt es sich", "besorgt es sich selbst", "besorgt es ihm", "besorgt es ihr",
    "es sich selbst machen", "macht es sich selbst", "es sich machen", "holt sich einen runter",
    "sich einen runterholen", "holt ihm einen runter", "holt ihm einen", "einen runterholen", "einen runtergeholt",
    "wichst sich", "am wichsen", "beim wichsen", "wichsende", "masturbiert", "masturbieren", "masturbierend",
    "spielt an sich herum", "spielt an sich rum", "fummelt an sich", "fingert sich", "fingern sich",
    "fingert sie", "ein schneller fick", "schneller fick", "69er stellung", "69er position", "in 69er stellung",
    "neunundsechziger", "neunundsechzig stellung", "schmuddelfilm", "schmuddelfilme", "schmuddelfilmen",
    "schmuddelvideo", "schmuddelvideos", "schmuddelheft", "schmuddelhefte", "schmuddelbild", "schmuddelbilder",
    "schmuddelfotos", "schmuddelfoto", "pornofilm", "pornofilme", "pornoheft", "pornoszene", "pornoszenen",
    "sexfilm", "sexfilme", "sexszene", "sexszenen", "sexvideo", "sexvideos", "erotikfilm", "erotikfilme",
    "nahaufnahme ihrer genitalien", "nahaufnahme der genitalien", "nahaufnahme ihrer vulva",
    "nahaufnahme ihrer scham", "nahaufnahme seines penis", "nahaufnahme ihrer muschi", "nahaufnahme ihrer mumu",
    "nahaufnahme ihres intimbereichs", "ihr intimbereich in nahaufnahme", "intimbereich nahaufnahme",
    "genitalien in nahaufnahme", "steifer penis", "steifen penis", "erigierter penis", "erigierten penis",
    "steifer schwanz", "steifen schwanz", "harter schwanz", "harten schwanz", "feuchte muschi",
    "nasse muschi", "offene muschi", "gespreizte muschi", "spritzt ihr ins gesicht", "sperma im gesicht",
    "sperma auf ihrem", "besamt", "besamung", "lasst sich durchnehmen", "wird durchgenommen",
    "lasst sich von hinten", "wird gevogelt", "wird gebumst", "wird gefickt", "lasst sich ficken",
    "lasst sich vogeln", "lasst sich bumsen", "lasst sich poppen", "treiben es miteinander", "treiben es wild",
    "es wild treiben", "schieben eine nummer", "eine nummer schieben", "eine schnelle nummer")
add("sexual11_actp", "beim blasen", "blast ihm", "bläst ihm", "blast ihr", "ihm einen blasen", "einen blasen",
    "es sich besorgen", "poppen", "beim poppen", "poppen sich", "am poppen", "knallt sie", "knallt ihn",
    "nimmt sie von hinten", "nimmt ihn", "reitet ihn", "reitet auf ihm", "reitet auf ihr", "beim schaferstundchen",
    "schaferstundchen", "ein quickie", "quickie", "beim quickie", "es tun", "beim liebe machen", "sich lieben",
    "lieben sich", "beim akt", "rummachen", "machen rum", "beim rummachen", "fummeln", "beim fummeln",
    "fasst sich an", "streichelt sich", "beruhrt sich", "beruhrt sich selbst", "streichelt sich selbst",
    "fasst sich selbst an", "sich selbst anfassen", "sich selbst beruhren", "sich selbst streicheln")
for b_, m in [("beim blasen von", "beim blasen"), ("beim blasen der", "beim blasen"), ("beim blasen des", "beim blasen"),
              ("beim blasen einer", "beim blasen"), ("beim blasen eines", "beim blasen"), ("beim blasen auf", "beim blasen"),
              ("beim blasen in", "beim blasen"), ("beim blasen mit", "beim blasen"), ("beim blasen von seifenblasen", "beim blasen"),
              ("kerzen blasen", "beim blasen"), ("seifenblasen", "beim blasen"), ("trompete", "beim blasen"),
              ("posaune", "beim blasen"), ("saxophon", "beim blasen"), ("flote", "beim blasen"), ("horn", "beim blasen"),
              ("glasblaser", "beim blasen"), ("glas blasen", "beim blasen"), ("luftballon", "beim blasen"),
              ("luftballons", "beim blasen"), ("ballon", "beim blasen"), ("kaugummi", "beim blasen"),
              ("blast ihm ins", "blast ihm"), ("blast ihm den", "blast ihm"), ("blast ihm die", "blast ihm"),
              ("blast ihm rauch", "blast ihm"), ("blast ihr ins", "blast ihr"), ("blast ihr den", "blast ihr"),
              ("blast ihr die", "blast ihr"), ("blast ihm kalt", "blast ihm"), ("wind blast ihm", "blast ihm"),
              ("wind blast ihr", "blast ihr"), ("einen blasen ballon", "einen blasen"),
              ("popcorn poppen", "poppen"), ("popcorn", "poppen"), ("ballons poppen", "poppen"), ("pop art", "poppen"),
              ("knallt sie ab", "knallt sie"), ("knallt ihn ab", "knallt ihn"), ("knallt sie an", "knallt sie"),
              ("knallt sie auf", "knallt sie"), ("knallt ihn auf", "knallt ihn"), ("knallt sie gegen", "knallt sie"),
              ("knallt ihn gegen", "knallt ihn"), ("knallt sie zu", "knallt sie"), ("knallt sie hin", "knallt sie"),
              ("nimmt sie von hinten in den arm", "nimmt sie von hinten"), ("nimmt ihn mit", "nimmt ihn"),
              ("nimmt ihn in den arm", "nimmt ihn"), ("nimmt ihn an", "nimmt ihn"), ("nimmt ihn auf", "nimmt ihn"),
              ("nimmt ihn hoch", "nimmt ihn"), ("nimmt ihn ernst", "nimmt ihn"), ("nimmt ihn in die", "nimmt ihn"),
              ("nimmt ihn an die", "nimmt ihn"), ("nimmt ihn an der", "nimmt ihn"), ("nimmt ihn zur", "nimmt ihn"),
              ("nimmt ihn zum", "nimmt ihn"), ("nimmt ihn fest", "nimmt ihn"), ("nimmt ihn in empfang", "nimmt ihn"),
              ("reitet ihn zu", "reitet ihn"), ("reitet ihn ein", "reitet ihn"), ("es tun mir", "es tun"),
              ("es tun wir", "es tun"), ("es tun die", "es tun"), ("wie sie es tun", "es tun"), ("es tun kann", "es tun"),
              ("es tun sollte", "es tun"), ("es tun muss", "es tun"), ("es tun will", "es tun"), ("es tun werden", "es tun"),
              ("es tun lassen", "es tun"), ("es tun es", "es tun"), ("es tun gut", "es tun"), ("sich lieben lernen", "sich lieben"),
              ("die sich lieben", "sich lieben"), ("lieben sich seit", "lieben sich"), ("zwei menschen die sich lieben", "sich lieben"),
              ("fasst sich an den kopf", "fasst sich an"), ("fasst sich an die", "fasst sich an"), ("fasst sich an den", "fasst sich an"),
              ("fasst sich an das", "fasst sich an"), ("fasst sich an der", "fasst sich an"), ("fasst sich an ihr", "fasst sich an"),
              ("fasst sich an sein", "fasst sich an"), ("fasst sich an seine", "fasst sich an"), ("fasst sich an ihre", "fasst sich an"),
              ("streichelt sich durch", "streichelt sich"), ("streichelt sich uber", "streichelt sich"),
              ("streichelt sich den", "streichelt sich"), ("streichelt sich die", "streichelt sich"),
              ("beruhrt sich die", "beruhrt sich"), ("beruhrt sich den", "beruhrt sich"), ("beruhrt sich das", "beruhrt sich"),
              ("beruhrt sich an", "beruhrt sich"), ("beruhren sich", "beruhrt sich"), ("hande beruhren sich", "beruhrt sich"),
              ("beruhrt sich selbst die", "beruhrt sich selbst"), ("beruhrt sich selbst an", "beruhrt sich selbst"),
              ("fummeln an", "fummeln"), ("fummeln am", "fummeln"), ("fummeln mit", "fummeln"), ("fummeln herum", "fummeln"),
              ("fummelt an sich herum am", "fummelt an sich"), ("sich selbst anfassen lernen", "sich selbst anfassen"),
              ("beim akt des", "beim akt"), ("beim akt der", "beim akt"), ("beim aktzeichnen", "beim akt"),
              ("beruhrt sich selbst im", "beruhrt sich selbst")]:
    ben(b_, m)

# it
for v in ["si tocca", "toccandosi", "si accarezza", "accarezzandosi", "si sfiora"]:
    add("sexual11_actp", v + " tra le gambe", v + " tra le cosce", v + " le parti intime", v + " la patata",
        v + " la figa", v + " sotto le lenzuola", v + " nel letto", v + " il clitoride")
add("explicit", "si fa un ditalino", "facendosi un ditalino", "si sta facendo un ditalino", "ditalino",
    "si fa una sega", "si fa le seghe", "facendosi una sega", "fa una sega", "gli fa una sega", "una sega a",
    "si masturba", "masturbandosi", "si sta masturbando", "si da piacere da sola", "si da piacere da solo",
    "si danno piacere", "dandosi piacere", "si tocca da sola", "si tocca da solo", "fanno il 69",
    "fare un 69", "facendo un 69", "posizione 69", "il sessantanove", "un sessantanove", "film a luci rosse",
    "filmino a luci rosse", "film hard", "filmino hard", "filmini hard", "video hard", "foto hard",
    "versione hard", "scena porno", "scene porno", "film zozzo", "filmino zozzo", "video zozzo", "foto zozza",
    "foto zozze", "zozzerie", "zozzeria", "primo piano dei genitali", "primo piano dei suoi genitali",
    "primo piano della vagina", "primo piano del pene", "primo piano della figa", "primo piano del suo sesso",
    "primo piano della vulva", "primo piano della sua", "pene eretto", "cazzo duro", "cazzo dritto",
    "uccello duro", "figa bagnata", "figa aperta", "fica bagnata", "fica aperta", "sborra in faccia",
    "sborrata in faccia", "le viene in faccia", "gli viene in bocca", "se la scopa", "se la sta scopando",
    "la sta scopando", "lo sta scopando", "si fanno scopare", "si fa scopare", "si fa sbattere", "si fa chiavare",
    "la chiava", "chiavando", "chiavano", "la sbatte", "sbattendola", "se la sbatte", "la prende da dietro",
    "la prende a pecorina", "a pecora", "la inchiappetta", "inculata", "la incula", "trombano", "si trombano",
    "trombando", "la tromba", "se la tromba", "fanno sesso", "fanno l amore nudi", "una sveltina",
    "fare una sveltina", "fanno una sveltina", "si fanno una sveltina", "facendo una sveltina", "sveltina")
add("sexual11_actp", "ci danno dentro", "darci dentro", "danno dentro", "lo fanno", "lo stanno facendo",
    "farlo sul", "lo fanno sul", "lo fanno in", "la monta", "lo monta", "la cavalca", "lo cavalca",
    "cavalcandolo", "si fanno", "se la fa", "se lo fa", "se la fanno", "si da da fare", "si danno da fare",
    "amoreggiano", "amoreggiando", "fanno i porcelli", "porcellate", "fare le porcellate", "fanno le porcellate",
    "fanno zozzerie", "si strusciano", "strusciandosi", "si struscia")
for b_, m in [("lo fanno in", "lo fanno in"), ("lo fanno in casa", "lo fanno in"), ("lo fanno in tanti", "lo fanno in"),
              ("lo fanno in famiglia", "lo fanno in"), ("lo fanno in squadra", "lo fanno in"), ("lo fanno sul serio", "lo fanno sul"),
              ("farlo sul serio", "farlo sul"), ("lo fanno per", "lo fanno"), ("lo fanno con", "lo fanno"),
              ("lo fanno tutti", "lo fanno"), ("lo fanno bene", "lo fanno"), ("lo fanno sempre", "lo fanno"),
              ("come lo fanno", "lo fanno"), ("lo stanno facendo bene", "lo stanno facendo"), ("la monta in", "la monta"),
              ("la monta sul", "la monta"), ("la monta sulla", "la monta"), ("lo monta sul", "lo monta"),
              ("lo monta in", "lo monta"), ("monta la panna", "la monta"), ("la panna montata", "la monta"),
              ("la cavalca in", "la cavalca"), ("cavalca la", "la cavalca"), ("cavalca il", "lo cavalca"),
              ("lo cavalca in", "lo cavalca"), ("il cavallo", "lo cavalca"), ("la cavalla", "la cavalca"),
              ("cavalcandolo al", "cavalcandolo"), ("si fanno una", "si fanno"), ("si fanno un", "si fanno"),
              ("si fanno il", "si fanno"), ("si fanno la", "si fanno"), ("si fanno i", "si fanno"), ("si fanno le", "si fanno"),
              ("si fanno largo", "si fanno"), ("si fanno avanti", "si fanno"), ("si fanno vedere", "si fanno"),
              ("si fanno strada", "si fanno"), ("si fanno coraggio", "si fanno"), ("si fanno fotografare", "si fanno"),
              ("si fanno un selfie", "si fanno"), ("si fanno male", "si fanno"), ("si fanno compagnia", "si fanno"),
              ("si fanno sentire", "si fanno"), ("si fanno belli", "si fanno"), ("si fanno belle", "si fanno"),
              ("se la fa sotto", "se la fa"), ("se la fa addosso", "se la fa"), ("se la fa con", "se la fa"),
              ("se la fanno sotto", "se la fanno"), ("se la fanno addosso", "se la fanno"), ("se lo fa da", "se lo fa"),
              ("se lo fa fare", "se lo fa"), ("se lo fa in", "se lo fa"), ("se la fa da", "se la fa"), ("se la fa in", "se la fa"),
              ("si da da fare in", "si da da fare"), ("si danno da fare in", "si danno da fare"),
              ("si da da fare per", "si da da fare"), ("si danno da fare per", "si danno da fare"),
              ("si da da fare con", "si da da fare"), ("si danno da fare con", "si danno da fare"),
              ("si da da fare nel", "si da da fare"), ("si danno da fare nel", "si danno da fare"),
              ("si da da fare nella", "si da da fare"), ("si danno da fare nella", "si danno da fare"),
              ("si strusciano contro le", "si strusciano"), ("il gatto si struscia", "si struscia"),
              ("gatto si struscia", "si struscia"), ("gatti si strusciano", "si strusciano"), ("si struscia contro la", "si struscia"),
              ("danno dentro il", "danno dentro"), ("la sbatte contro", "la sbatte"), ("la sbatte sul", "la sbatte"),
              ("la sbatte fuori", "la sbatte"), ("la sbatte in", "la sbatte"), ("sbattendola contro", "sbattendola"),
              ("sbattendola sul", "sbattendola"), ("la tromba d", "la tromba"), ("la tromba delle", "la tromba"),
              ("la tromba di", "la tromba"), ("suona la tromba", "la tromba"), ("suonare la tromba", "la tromba"),
              ("la tromba marina", "la tromba"), ("la tromba d aria", "la tromba"), ("a pecora nel prato", "a pecora"),
              ("una sega a mano", "una sega a"), ("una sega a nastro", "una sega a"), ("una sega a catena", "una sega a"),
              ("una sega a disco", "una sega a"), ("una sega a motore", "una sega a"), ("fa una sega a mano", "fa una sega"),
              ("una sega a gasolio", "una sega a"), ("una sega a legno", "una sega a"), ("una sega a ferro", "una sega a"),
              ("fa una sega circolare", "fa una sega"), ("primo piano della sua faccia", "primo piano della sua"),
              ("primo piano della sua mano", "primo piano della sua"), ("primo piano della sua testa", "primo piano della sua"),
              ("primo piano della sua bocca", "primo piano della sua"), ("primo piano della sua auto", "primo piano della sua"),
              ("primo piano della sua casa", "primo piano della sua"), ("primo piano della sua macchina", "primo piano della sua"),
              ("foto hard rock", "foto hard"), ("hard rock", "foto hard"), ("video hard rock", "video hard"),
              ("hard disk", "video hard"), ("video hard disk", "video hard"), ("foto hard disk", "foto hard"),
              ("film hard rock", "film hard"), ("hard rock cafe", "foto hard"), ("versione hard rock", "versione hard"),
              ("versione hard disk", "versione hard"), ("versione hard cover", "versione hard"), ("hard cover", "versione hard"),
              ("hardcover", "versione hard"), ("versione hardcover", "versione hard"), ("foto hard seltzer", "foto hard")]:
    ben(b_, m)
add("explicit", "primo piano dei genitali di")
terms.pop("primo piano della sua", None)

# pt
for v in ["se tocando", "se toca", "se acariciando", "se acaricia", "se esfregando", "se esfrega"]:
    add("sexual11_actp", v + " la embaixo", v + " entre as pernas", v + " nas partes intimas", v + " na buceta",
        v + " na xoxota", v + " embaixo do lencol", v + " na cama", v + " no clitoris", v + " debaixo do lencol")
add("explicit", "batendo uma", "bate uma", "batendo uma punheta", "batendo punheta", "bate punheta",
    "tocando uma siririca", "toca uma siririca", "fazendo siririca", "se masturbando", "se masturba",
    "se dando prazer", "se da prazer", "dando prazer a si", "fazendo um 69", "fazem um 69", "fazendo 69",
    "fazer um 69", "posicao 69", "meia nove", "fazendo meia nove", "um meia nove", "filme de sacanagem",
    "filmes de sacanagem", "video de sacanagem", "videos de sacanagem", "foto de sacanagem", "filme de putaria",
    "video de putaria", "videos de putaria", "foto de putaria", "filme pornografico", "filme adulto",
    "filme proibido", "filme x", "filmes x", "cena x", "cena de sacanagem", "close na buceta", "close da buceta",
    "close nos genitais", "close da vagina", "close do penis", "close do pau", "close na xoxota",
    "close no pau", "close up da vagina", "close up do penis", "close nas partes intimas", "penis ereto",
    "pau duro", "rola dura", "pica dura", "buceta molhada", "buceta aberta", "xoxota molhada", "xoxota aberta",
    "gozando na cara", "gozada na cara", "goza na cara", "porra na cara", "comendo ela", "comendo a",
    "fodendo ela", "fodendo com", "metendo nela", "mete nela", "metendo com forca", "dando pra ele",
    "dando para ele", "sentando no pau", "sentando na rola", "cavalgando no pau", "de quatro levando",
    "levando por tras", "tomando por tras", "comendo o cu", "comendo a bunda", "fazem sacanagem",
    "fazendo sacanagem", "fazendo putaria", "fazem putaria")
add("sexual11_actp", "dar uma rapidinha", "uma rapidinha", "dando uma rapidinha", "fazendo aquilo",
    "fazem aquilo", "fazer aquilo", "mandando ver", "mandam ver", "pegando ela", "pega ela de jeito",
    "pegando de jeito", "traçando ela", "tracando ela", "transando com", "transam com", "no rala e rola",
    "rala e rola", "fazendo nheco nheco", "nheco nheco", "dando uns amassos", "uns amassos", "amassos",
    "se pegando", "se pegam", "fazendo safadeza", "fazem safadeza", "safadeza", "sacanagem")
for b_, m in [("batendo uma foto", "batendo uma"), ("batendo uma bola", "batendo uma"), ("bate uma bola", "bate uma"),
              ("batendo uma foto", "batendo uma"), ("bate uma foto", "bate uma"), ("batendo uma selfie", "batendo uma"),
              ("bate uma selfie", "bate uma"), ("batendo uma massa", "batendo uma"), ("bate uma massa", "bate uma"),
              ("batendo uma vitamina", "batendo uma"), ("bate uma vitamina", "bate uma"), ("batendo uma porta", "batendo uma"),
              ("bate uma porta", "bate uma"), ("batendo uma bateria", "batendo uma"), ("batendo uma carteira", "batendo uma"),
              ("batendo uma meta", "batendo uma"), ("bate uma meta", "bate uma"), ("batendo uma papo", "batendo uma"),
              ("batendo uma receita", "batendo uma"), ("bate uma receita", "bate uma"), ("batendo uma claras", "batendo uma"),
              ("batendo uma omelete", "batendo uma"), ("bate uma omelete", "bate uma"), ("batendo uma manteiga", "batendo uma"),
              ("batendo uma nata", "batendo uma"), ("batendo uma coisa", "batendo uma"), ("batendo uma tampa", "batendo uma"),
              ("batendo uma bolinha", "batendo uma"), ("bate uma bolinha", "bate uma"), ("batendo uma pelada", "batendo uma"),
              ("bate uma pelada", "bate uma"), ("batendo uma roupa", "batendo uma"), ("bate uma roupa", "bate uma"),
              ("batendo uma no liquidificador", "batendo uma"), ("bate uma no liquidificador", "bate uma"),
              ("uma bateria", "batendo uma"), ("comendo a pizza", "comendo a"), ("comendo a sopa", "comendo a"),
              ("comendo a comida", "comendo a"), ("comendo a maca", "comendo a"), ("comendo a banana", "comendo a"),
              ("comendo a salada", "comendo a"), ("comendo a sobremesa", "comendo a"), ("comendo a racao", "comendo a"),
              ("comendo a grama", "comendo a"), ("comendo a carne", "comendo a"), ("comendo a torta", "comendo a"),
              ("comendo a fruta", "comendo a"), ("comendo a pipoca", "comendo a"), ("comendo a bolacha", "comendo a"),
              ("comendo a refeicao", "comendo a"), ("comendo a cenoura", "comendo a"), ("comendo a folha", "comendo a"),
              ("comendo a melancia", "comendo a"), ("comendo a papinha", "comendo a"), ("comendo a merenda", "comendo a"),
              ("comendo a massa", "comendo a"), ("comendo a feijoada", "comendo a"), ("comendo a coxinha", "comendo a"),
              ("comendo a", "comendo a"), ("meia nove horas", "meia nove"), ("meia nove reais", "meia nove"),
              ("meia nove anos", "meia nove"), ("um meia nove tres", "um meia nove"), ("mandando ver no", "mandando ver"),
              ("mandando ver na", "mandando ver"), ("mandam ver no", "mandam ver"), ("mandam ver na", "mandam ver"),
              ("mandando ver nos", "mandando ver"), ("mandando ver nas", "mandando ver"), ("mandando ver em", "mandando ver"),
              ("pegando ela no colo", "pegando ela"), ("pegando ela pela mao", "pegando ela"), ("pegando ela na escola", "pegando ela"),
              ("pegando ela em", "pegando ela"), ("pegando ela no", "pegando ela"), ("pegando ela na", "pegando ela"),
              ("pegando ela para", "pegando ela"), ("pegando ela pra", "pegando ela"), ("pegando ela de", "pegando ela"),
              ("pegando ela pelo", "pegando ela"), ("pegando ela pela", "pegando ela"), ("fazer aquilo que", "fazer aquilo"),
              ("fazendo aquilo que", "fazendo aquilo"), ("fazem aquilo que", "fazem aquilo"), ("fazer aquilo de", "fazer aquilo"),
              ("fazendo aquilo de", "fazendo aquilo"), ("fazer aquilo para", "fazer aquilo"), ("fazer aquilo com", "fazer aquilo"),
              ("transando com a ideia", "transando com"), ("dando para ele o", "dando para ele"), ("dando para ele a", "dando para ele"),
              ("dando para ele um", "dando para ele"), ("dando para ele uma", "dando para ele"), ("dando pra ele o", "dando pra ele"),
              ("dando pra ele a", "dando pra ele"), ("dando pra ele um", "dando pra ele"), ("dando pra ele uma", "dando pra ele"),
              ("mete nela a", "mete nela"), ("sacanagem com", "sacanagem"), ("que sacanagem", "sacanagem"),
              ("foi sacanagem", "sacanagem"), ("e sacanagem", "sacanagem"), ("uma sacanagem", "sacanagem"),
              ("sacanagem do", "sacanagem"), ("sacanagem da", "sacanagem"), ("sem sacanagem", "sacanagem"),
              ("de sacanagem com", "sacanagem"), ("se pegando no", "se pegando"), ("se pegando na", "se pegando"),
              ("se pegando de", "se pegando"), ("se pegam no", "se pegam"), ("se pegam na", "se pegam"),
              ("se pegando a", "se pegando"), ("se pegando em", "se pegando"), ("se pegando pelas", "se pegando"),
              ("se pegando pelos", "se pegando"), ("se pegando pela", "se pegando"), ("se pegando pelo", "se pegando"),
              ("safadeza do", "safadeza"), ("safadeza da", "safadeza"), ("que safadeza", "safadeza"), ("gato safadeza", "safadeza"),
              ("amassos de", "amassos"), ("amassos na lataria", "amassos"), ("amassos no carro", "amassos"),
              ("amassos na porta", "amassos"), ("amassos no para choque", "amassos"), ("amassos na lata", "amassos"),
              ("pegando de jeito o", "pegando de jeito"), ("pegando de jeito a", "pegando de jeito"), ("filme proibido para", "filme proibido")]:
    ben(b_, m)
terms.pop("comendo a", None)
terms.pop("sacanagem", None)
terms.pop("safadeza", None)
terms.pop("amassos", None)
terms.pop("se pegam", None)

# ----------------------------------------------------------------- review of look-alikes
# Phrases dropped after review as ambiguous in one of the six languages (numbers, cooking,
# animals, "lose everything", scenery, secrets revealed, tools, school topics...).
DROP = """
branle besamt besamung|la baise|le baise|holt ihm einen|einen blasen|sich lieben|lieben sich|es tun|fummeln|beim fummeln
fasst sich an|streichelt sich|beruhrt sich|beruhrt sich selbst|streichelt sich selbst|fasst sich selbst an|sich selbst anfassen
sich selbst beruhren|sich selbst streicheln|rummachen|machen rum|beim rummachen|quickie|poppen|am poppen|knallt sie|knallt ihn
nimmt ihn|reitet ihn|reitet auf ihm|reitet auf ihr|blast ihm|blast ihr|si fanno|se la fa|se lo fa|se la fanno|lo fanno
lo stanno facendo|farlo sul|lo fanno sul|lo fanno in|danno dentro|la monta|lo monta|la cavalca|lo cavalca|cavalcandolo
si da da fare|si danno da fare|si strusciano|strusciandosi|si struscia|amoreggiano|amoreggiando|a pecora|la tromba|la sbatte
sbattendola|una sega a|le viene in faccia|gli viene in bocca|por el culo|montandoselo con|montandoselo|dandole cana
dandole candela|le da duro|le esta dando duro|dandole duro a|tirandosela|tirandoselo|se la tira|se lo tira|se la tiran
se la esta tirando|haciendolo en|lo hacen en|lo estan haciendo|cogiendo en|cogiendosela|se la coge|se la esta cogiendo
chingando|empotrada contra|la empotra|cepillandosela|se la cepilla|se la esta cepillando|escena x|cena x|scene x|se la menea
passent a l acte|passer a l acte|en pleine action|font la chose|faire la chose|en train de le faire|le font sur|la saute
la tringle|culbuter|la culbute|une gaterie|une petite gaterie|fait une gaterie|faire des galipettes|font des galipettes
galipettes sous la|un coup vite fait|un petit coup vite|en 69|se fait limer|queue dure|chatte mouillee|chatte trempee
chatte ouverte|gros plan sur sa chatte|wird durchgenommen|lasst sich durchnehmen|lasst sich von hinten|fingert sie|fingern sich
spritzt ihr ins gesicht|es sich machen|besorgt es ihm|besorgt es ihr|besorgt es sich|besorgt es sich selbst|es sich selbst besorgen
nasse muschi|feuchte muschi|offene muschi|nahaufnahme ihrer muschi|steifer schwanz|steifen schwanz|harter schwanz|harten schwanz
nahaufnahme ihrer scham|at it like|doing it in the|do it in the|get it on|gets it on|got it on|getting lucky in|hooking up in
rubbing herself|rubs herself|pleasuring|a quickie|screwing in|banging her|banging him|bangs her|nailing him|pounding him
plowing her|ploughing her|sixty nine|getting nasty|doing the dirty|hand in his pants|legs spread wide open|dirty video|dirty videos
batendo uma|bate uma|meia nove|um meia nove|filme adulto|film pour adultes|filme proibido|close no pau|close do pau|pau duro
pica dura|gozando na cara|goza na cara|gozada na cara|porra na cara|mandando ver|mandam ver|pegando ela|pegando de jeito
uns amassos|dando uns amassos|se pegando|uma rapidinha|fazendo aquilo|fazem aquilo|fazer aquilo|oil|completely exposed
just her skin|se queda sin nada|se quede sin nada|que se quede sin nada|dejala sin nada|dejalo sin nada|sin taparrabos|en bolas
comme au premier jour|denude|denudee|denudees|hat nichts an|sie hat nichts an|tragt nichts|tragt nichts mehr|nichts tragt
nichts mehr tragt|nichts darunter|nur noch haut|nur haut|entblosst|entblosste|entblossten|so dass sie nichts|sodass sie nichts
dass sie nichts mehr|alles zeigt|alles zeigen|alles zu sehen|man sieht alles|alles sehen kann|alles blank|zeigt den ganzen korper
lasst nichts verborgen|niente sotto|nulla sotto|solo pelle|spogliata di tutto|rimasta senza niente|resti senza niente
rimanga senza niente|non porta niente|come e nata|tutta al naturale|tutto all aria|tutto di fuori|si vede tutto|che si veda tutto
tutto in vista|tutto in bella vista|tutto scoperto|fa vedere tutto|facendo vedere tutto|mostrando tutto|sem nada|sem nada em cima
nao usa nada|fique sem nada|fica sem nada|ficar sem nada|deixa ela sem nada|deixe ela sem nada|so a pele|apenas a pele
aparece tudo|aparecendo tudo|da pra ver tudo|da para ver tudo|se ve tudo|deixa ver tudo|deixando ver tudo|mostrando tudo
mostrando tudo dela|everything exposed|everything visible|everything on show|reveals everything|revealing everything
revealing it all|reveals it all|nothing left covered|leaves nothing covered|leaving nothing covered|nothing covered up
baring it all|bares it all|bare it all|bared it all|shows her everything|show everything|show it all|clothes off|no more clothes
show what s under|what s under her|what s underneath her|what is under her|quitale todo|lo que hay debajo|con rayos x
vision de rayos x|vista de rayos x|vision rayons x|aux rayons x|ce qu il y a dessous|ce qu il y a sous|rontgenblick
mit rontgenblick|cosa c e sotto|con i raggi x|vista a raggi x|o que tem por baixo|o que esta por baixo|com raio x|visao de raio x
todo a la vista|todo al descubierto|on voit tout|qu on voie tout|devoile tout|devoilant tout|montrant tout|en montrant tout
elle montre tout|als adam und eva|blank gezogen|se touche dans son lit|se caresse dans son lit|se tripote dans son lit
se frotte dans son lit|naught but oil|nothing but oil|nothing except oil|wearing only oil
"""
for _k in re.split(r"[|\n]", DROP):
    for _w in ([_k] if _k.strip() != "branle besamt besamung" else ["branle", "besamt", "besamung"]):
        terms.pop(norm(_w), None)
# Moved to a combination class: harmful only beside a person (slang that is also "annoy",
# "scam", "a treat", "overthinking", "grab from behind"...).
for _k in ["la baise", "le baise", "inculata", "fa una sega", "si fa le seghe", "sveltina", "una sveltina",
           "fare una sveltina", "fanno una sveltina", "si fanno una sveltina", "facendo una sveltina",
           "la prende da dietro", "dandole por culo", "dando por detras", "se fait niquer", "se font niquer",
           "se fait ramoner", "se fait troncher", "se fait tringler", "se fait enculer", "se fait plaisir toute seule",
           "se fait du bien toute seule", "gros plan sur ses parties", "comendo ela", "fodendo com", "mete nela",
           "metendo com forca", "dando pra ele", "dando para ele", "sentando no pau", "cavalgando no pau",
           "levando por tras", "tomando por tras", "fazem sacanagem", "fazendo sacanagem", "erotikfilm", "erotikfilme",
           "rola dura"]:
    k = norm(_k)
    terms[k] = {"sexual11_actp"}
ben("seghe mentali", "si fa le seghe")
ben("le seghe mentali", "si fa le seghe")
ben("non fa una sega", "fa una sega")
for _b in ["no lleva nada en", "no llevan nada en", "no lleve nada en", "nada por debajo de", "rien sur la tete",
           "rien aux pieds", "non indossa niente di", "non indossa nulla di", "x men"]:
    ben(_b, *[t for t in ["no lleva nada", "no llevan nada", "no lleve nada", "nada por debajo", "ne porte rien",
                          "ne portent rien", "ne portant rien", "non indossa niente", "non indossa nulla", "pelicula x",
                          "peli x", "pelis x", "peliculas x", "filme x", "filmes x"] if t in terms or True])
# "nothing but <item>" with an item that does not say "worn by a person" (a box with nothing but
# a watch, a dog in nothing but a hat): only beside a person. Erotic items keep `nudity`.
EROTIC = {"jewellery", "jewelry", "jewels", "a smile", "high heels", "heels", "stilettos", "pearls", "a pearl necklace",
          "a string of pearls", "stockings", "a garter", "body paint", "bodypaint", "a body chain", "a belly chain",
          "joyas", "sus joyas", "una sonrisa", "tacones", "sus tacones", "tacones altos", "perlas", "sus perlas",
          "collar de perlas", "medias", "sus medias", "pintura corporal", "un liguero", "ses bijoux", "bijoux",
          "un sourire", "des talons", "ses talons", "des talons hauts", "talons aiguilles", "des perles", "ses perles",
          "un collier de perles", "des bas", "ses bas", "un porte jarretelles", "une jarretiere", "schmuck",
          "ihrem schmuck", "ihren schmuck", "einem lacheln", "ein lacheln", "high heels", "ihren high heels",
          "stockelschuhen", "ihren stockelschuhen", "einer perlenkette", "perlen", "strumpfen", "ihren strumpfen",
          "korperfarbe", "bodypainting", "strapsen", "einem strumpfband", "i suoi gioielli", "gioielli", "un sorriso",
          "i tacchi", "tacchi alti", "i suoi tacchi", "perle", "le sue perle", "le calze", "calze", "una giarrettiera",
          "un reggicalze", "le autoreggenti", "as joias", "joias", "suas joias", "um sorriso", "salto alto",
          "saltos altos", "os saltos", "seus saltos", "perolas", "meias", "as meias", "pintura corporal",
          "uma cinta liga", "cinta liga"}
WEAR = ["wearing only", "wears only", "wearing just", "clad only in", "only wearing", "dressed only in",
        "in nothing but", "nothing on but", "vestida solo con", "vestido solo con", "vestida unicamente con",
        "vestida solamente con", "vestidas solo con", "vestidos solo con", "ne portant que", "ne porte que",
        "vetue seulement de", "vetue uniquement de", "vetue simplement de", "habillee seulement de",
        "habillee uniquement de", "vetu seulement de", "vetues seulement de", "elle ne porte que", "nur mit",
        "mit", "con addosso solo", "indossa solo", "indossando solo", "indossa soltanto", "vestita solo di",
        "vestita soltanto di", "vestito solo di", "vestite solo di", "non indossa altro che", "con indosso solo",
        "con indosso soltanto", "indossando soltanto", "vestindo apenas", "usando apenas", "usando so",
        "vestida apenas com", "vestida so com", "vestido apenas com", "veste apenas", "usa apenas", "trajando apenas",
        "nothing but"]
_wear_forms = set()
for w in WEAR:
    for it in EROTIC:
        _wear_forms.add(norm(w + " " + it))
        _wear_forms.add(norm(w + " " + it + " bekleidet"))
for p_ in EN_POSS:
    for it in ["jewellery", "jewelry", "jewels", "high heels", "heels", "stilettos", "pearls", "stockings", "garter", "body paint", "smile"]:
        for w in WEAR[:8] + ["nothing but"]:
            _wear_forms.add(norm("%s %s %s" % (w, p_, it)))
_idiom_nudity = {norm(x) for x in [
    "not a stitch of clothing", "without a stitch on", "not wearing a stitch", "not a thread on", "without a thread on",
    "in the buff", "starkers", "stark naked", "in her birthday suit", "in their birthday suits", "in birthday suits",
    "in his birthday suits", "in the nuddy", "in the nude", "buck naked", "butt naked", "wearing absolutely nothing",
    "wearing nothing at all", "wears absolutely nothing", "completely unclothed", "fully unclothed", "totally unclothed",
    "entirely unclothed", "without a shred of clothing", "not a shred of clothing", "fully bare body",
    "completely bare body", "totally bare body", "nude from head to toe", "bare from head to toe", "as god made her",
    "as god made him", "as god made them", "as nature made her", "topless and bottomless", "bottomless and topless",
    "fully topless and bottomless", "sin mas ropa que", "sin otra ropa que", "por toda ropa", "por unica ropa",
    "sin nada de ropa", "sin nada de ropa encima", "en cueros vivos", "en pelota picada", "en pelota viva", "en porreta",
    "en pelotas", "como dios la trajo", "como dios lo trajo", "como dios los trajo", "como dios las trajo",
    "como su madre la pario", "como su madre lo pario", "como su madre la trajo", "como vino al mundo",
    "tal como vino al mundo", "como llego al mundo", "en traje de eva", "en traje de adan",
    "totalmente en cueros", "completamente en cueros", "pour seul vetement", "pour seuls vetements",
    "pour tout vetement", "pour tous vetements", "pour unique vetement", "dans le plus simple appareil", "en tenue d eve",
    "en tenue d adam", "sans le moindre vetement", "sans le moindre habit", "sans aucun vetement", "sans un seul vetement",
    "pas le moindre vetement", "comme dieu l a faite", "comme dieu l a fait", "comme dieu les a faits",
    "comme dieu les a faites", "telle que dieu l a faite", "tel que dieu l a fait", "a poil integral", "completement a poil",
    "toute a poil", "tout a poil", "entierement a poil", "a loilpe", "a poilpe", "les seins a l air", "seins a l air",
    "la chatte a l air", "toute nue de la tete", "nue de la tete aux pieds", "ne portant qu un sourire",
    "ne porte qu un sourire", "vetue d un sourire", "keinen faden am leib", "kein faden am leib", "ohne faden am leib",
    "ohne einen fetzen stoff", "ohne jeden fetzen", "ganzlich unbekleidet", "vollig unbekleidet", "komplett unbekleidet",
    "ganz unbekleidet", "wie gott sie schuf", "wie gott ihn schuf", "wie gott sie geschaffen", "wie gott ihn geschaffen",
    "wie gott sie erschaffen", "wie gott ihn erschaffen", "im adamskostum", "im evaskostum", "im evakostum", "evakostum",
    "evaskostum", "im naturzustand nackt", "zieh dich blank", "splitternackt", "pudelnackt", "nackig", "nackige",
    "nackigen", "oben und unten ohne", "unten ohne und oben ohne", "vollig entblosst", "ganz entblosst",
    "komplett entblosst", "entblosster korper", "entblossten korper", "unbekleideter korper", "unbekleideten korper",
    "unbekleidete frau", "unbekleideten frau", "unbekleideter mann", "unbekleidete frauen", "unbekleidete model",
    "nichts ausser einem lacheln", "nichts als ein lacheln", "nichts ausser schmuck",
    "senza un filo di stoffa", "neanche un filo addosso", "nemmeno un filo addosso", "senza vestiti addosso",
    "come mamma l ha fatta", "come mamma l ha fatto", "come mamma li ha fatti", "come dio l ha fatta", "come dio l ha fatto",
    "come e venuta al mondo", "come venuta al mondo", "in costume adamitico", "in costume da eva", "in costume da adamo",
    "senza veli", "completamente senza veli", "tutta senza veli", "senza piu veli", "nuda come un verme",
    "col culo di fuori", "con il culo di fuori", "con le tette di fuori", "tette di fuori", "tette all aria",
    "con le tette all aria", "como veio ao mundo", "como vieram ao mundo", "como deus a fez", "como deus o fez",
    "como deus os fez", "como a mae a pariu", "como a mae o pariu", "em trajes de eva", "em trajes de adao",
    "nua em pelo", "nuazinha", "peladinha", "peladona", "peladao", "peladinhas", "peitos de fora", "com os peitos de fora",
    "pelado da cabeca aos pes", "pelada da cabeca aos pes", "apenas com um sorriso"]}
_nud_items = [k for k, v in terms.items() if "nudity" in v]
for k in _nud_items:
    if k in _wear_forms or k in _idiom_nudity or re.search(r" am leib$", k):
        continue
    terms[k] = {"sexual11_bare"}
# the wished "under her clothes" states: only with an edit instruction or photo (nudify.edit)
for k in list(terms):
    if re.match(r"^(under|underneath|beneath) (her|his|their) clothes$|^(bajo|debajo de) (su|la) ropa$|^sous ses|"
                r"^unter ihr|^sotto i|^por baixo da roupa|^debaixo da roupa|^durch ihre kleidung$|^attraverso i", k):
        terms[k] = {"nudify_bare"}
for k, c in [("tout a l air", "sexual11_showall"), ("con tutto all aria", "sexual11_showall"),
             ("tudo de fora", "sexual11_showall"), ("com tudo de fora", "sexual11_showall"),
             ("tudo a mostra", "sexual11_showall"), ("com tudo a mostra", "sexual11_showall"),
             ("con tutto di fuori", "sexual11_showall")]:
    if k in terms:
        terms[k] = {c}
for w in ["dress", "skirt", "shirt", "clothes", "top", "blouse", "towel", "coat", "robe", "bikini", "swimsuit", "jeans",
          "uniform", "nightgown", "sweater", "jacket"]:
    add("nudify_bare", "what s under her " + w, "what s underneath her " + w, "what is under her " + w,
        "what she has under her " + w)
for k in ["adam and eve version", "adam and eve style", "in adam and eve style", "version adan y eva",
          "estilo adan y eva", "version adam et eve", "facon adam et eve", "adam und eva version", "adam und eva stil",
          "versione adamo ed eva", "stile adamo ed eva", "versao adao e eva", "estilo adao e eva"]:
    terms[norm(k)] = {"sexual11_bare", "nudify_bare"}

# ----------------------------------------------------------------- short forms (the 4-word limit)
# "vestida solo con sus joyas" has five words and never matches: the item with a short
# connector, beside a person.
for conn, items in [("only", EN_ITEMS), ("solo con", ES_ITEMS), ("solamente con", ES_ITEMS), ("unicamente con", ES_ITEMS),
                    ("portant que", FR_ITEMS), ("vetue de", FR_ITEMS), ("nur mit", DE_ITEMS), ("addosso solo", IT_ITEMS),
                    ("solo", IT_ITEMS), ("apenas", PT_ITEMS), ("so com", PT_ITEMS)]:
    for it in items:
        k = norm(conn + " " + it)
        if len(k.split()) <= 4 and k not in terms and it not in ("oil", "aceite", "olio", "oleo", "ol", "perfume", "parfum", "profumo"):
            terms[k] = {"sexual11_bare"}
for p_ in EN_POSS:
    for it in EN_PITEMS:
        terms.setdefault(norm("only %s %s" % (p_, it)), {"sexual11_bare"})
for k in ["solo un", "solo una", "apenas um", "apenas uma", "only a", "only her", "solo con un", "solo con una",
          "nur mit einem", "nur mit einer"]:
    terms.pop(k, None)
for v in ["tocando", "toca", "acariciando", "acaricia", "esfregando", "esfrega", "tocandose", "acariciandose"]:
    for rest in ["entre as pernas", "entre las piernas", "nas partes intimas", "sus partes intimas", "la entrepierna"]:
        add("sexual11_actp", v + " " + rest)
for v in ["touche", "caresse", "tocca", "accarezza"]:
    for rest in ["entre les cuisses", "entre les jambes", "tra le gambe", "tra le cosce", "le parti intime"]:
        add("sexual11_actp", "se " + v + " " + rest if v in ("touche", "caresse") else "si " + v + " " + rest)
# combination classes added to terms that exist with other classes (merge.py adds them in place)
KEEP_EXISTING = {"beim blasen": {"sexual11_actp"}, "getting it on": {"sexual11_actp"}}
terms.update({k: set(v) for k, v in KEEP_EXISTING.items()})

# ----------------------------------------------------------------- drop what exists already
existing = set()
for f in ["lexicon.json", "lexicon_intl.json"]:
    p = os.path.join(REPO, "policies", f)
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            existing.update(norm(k) for k in json.load(fh)["candor"]["terms"])
# a bare-state term that exists only as an edit-context state ("solo con sus joyas": nudify_bare)
# also gets sexual11_bare, so that it denies beside a person without an edit instruction
# reviewed: ordinary beside a person ("nada por baixo do pano", "not a stitch out of place",
# "basta solo un sorriso", "soaked down to her skin", "no lleva nada en las manos")
NOT_PERSON = {"nada por baixo", "nada por debajo", "no lleva nada", "not a stitch", "solo un sorriso", "down to her skin"}
WEAK = {"nudify_bare", "nudify_bare_s", "nudify10_undress", "clothing"}
ex_cls = {}
for f in ["lexicon.json", "lexicon_intl.json"]:
    with open(os.path.join(REPO, "policies", f), encoding="utf-8") as fh:
        for k, v in json.load(fh)["candor"]["terms"].items():
            ex_cls.setdefault(norm(k), set()).update(v)
for k in list(terms):
    if k in existing and k not in KEEP_EXISTING:
        if terms[k] & {"sexual11_bare"} and ex_cls.get(k) and ex_cls[k] <= WEAK and k not in NOT_PERSON:
            KEEP_EXISTING[k] = {"sexual11_bare"}
            terms[k] = {"sexual11_bare"}
            continue
        del terms[k]
for k in list(benign):
    benign[k] = {m for m in benign[k] if m and m != k and (m in terms or m in existing)}
    if not benign[k]:
        del benign[k]

RULES = {}

doc = {"terms": {k: sorted(v) for k, v in sorted(terms.items())},
       "benign": {k: sorted(v) for k, v in sorted(benign.items())},
       "rules": RULES}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(KEEP_EXISTING), "existing terms given a class:", sorted(KEEP_EXISTING)[:400])
print(len(doc["terms"]), "terms", len(doc["benign"]), "benign", sum(len(r["when"]) for r in RULES.values()), "clauses")
