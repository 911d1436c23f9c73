#!/usr/bin/env python3
"""Round twelve violence lexicon generator (terms of 1-4 words, classes violence12_*)."""
import json, itertools, unicodedata, re

T = {}
def add(cls, *terms):
    for t in terms:
        t = t.strip()
        if t and len(t.split()) <= 4:
            T.setdefault(t, [])
            if cls not in T[t]:
                T[t].append(cls)

def forms(stem, ends=("o", "a", "os", "as")):
    return [stem + e for e in ends]

# --- strong harm results (participles in every gender/number) ---
R = "violence12_res"
add(R, "stoned to death", "hacked to pieces", "hacked into pieces", "chopped to pieces", "chopped into pieces",
    "bitten in half", "torn in two", "ripped in half", "ripped apart by", "mauled to death", "trampled to death",
    "sawn in half", "sawed in half", "split in two by", "skull cracked open", "head split open", "face caved in",
    "crushed to death", "burned to death", "burnt to death", "kicked to death", "stomped to death",
    "bludgeoned to death", "stabbed to death", "hacked to death", "flattened by the", "run over and crushed")
for w in ["gesteinigt", "zu tode gesteinigt", "zu tode getreten", "zu tode getrampelt", "zerquetscht", "zermatscht",
          "zerfetzt", "zerfleischt", "in stucke gehackt", "in stucke gerissen", "in zwei halften", "entzweigerissen",
          "aufgeschlitzt", "zu tode gepruegelt", "totgetreten", "totgeschlagen", "totgepruegelt", "erschlagen",
          "zerhackt", "zerstuckelt"]:
    add(R, w)
for e in ["", "e", "en", "er", "es"]:
    for st in ["zerquetscht", "zerfetzt", "zerfleischt", "aufgeschlitzt", "zerhackt", "gesteinigt", "erschlagen"]:
        add(R, st + e)
for st in ["apedread", "despedazad", "destripad", "descuartizad", "degollad", "desmembrad",
           "mutilad", "acuchillad", "apunalad", "machetead", "aplastad", "calcinad", "carbonizad", "linchad", "empalad"]:
    for f in forms(st):
        add(R, f)
for g in ["partido", "partida", "partidos", "partidas", "cortado", "cortada", "cortados", "cortadas", "serrado", "serrada"]:
    add(R, g + " en dos", g + " por la mitad")
add(R, "hecho pedazos", "hecha pedazos", "hechos pedazos", "hechas pedazos", "hecho trizas", "hecha trizas",
    "a pedradas", "muerto a pedradas", "muerta a pedradas", "muertos a pedradas", "molido a palos", "molida a palos",
    "molidos a palos", "muerto a golpes", "muerta a golpes", "muerto a patadas", "muerta a patadas")
for st in ["lapide", "eventre", "egorge", "dechiquete", "ecrabouille", "broye", "demembre", "mutile", "poignarde",
           "decapite", "calcine", "carbonise", "lynche", "empale", "brule vif"]:
    for e in ["", "e", "s", "es"]:
        add(R, st + e)
for g in ["coupe", "coupee", "coupes", "coupees", "tranche", "tranchee", "tranches", "tranchees", "scie", "sciee", "fendu", "fendue"]:
    add(R, g + " en deux")
add(R, "mis en pieces", "mise en pieces", "mis en charpie", "mise en charpie", "reduit en miettes", "reduite en miettes",
    "battu a mort", "battue a mort", "battus a mort", "lapide a mort", "lapidee a mort", "tue a coups de pierres", "roue de coups a mort")
for st in ["lapidat", "squartat", "sventrat", "sgozzat", "maciullat", "dilaniat", "spiaccicat", "smembrat", "mutilat",
           "accoltellat", "pugnalat", "carbonizzat", "linciat", "impalat", "massacrat", "trucidat", "sbudellat"]:
    for e in ["o", "a", "i", "e"]:
        add(R, st + e)
for g in ["tagliato", "tagliata", "tagliati", "tagliate", "spezzato", "spezzata", "segato", "segata", "squarciato", "squarciata"]:
    add(R, g + " in due", g + " a meta")
add(R, "fatto a pezzi", "fatta a pezzi", "fatti a pezzi", "fatte a pezzi", "ridotto a brandelli", "ridotta a brandelli",
    "ucciso a sassate", "uccisa a sassate", "preso a sassate", "presa a sassate", "massacrato di botte", "massacrata di botte",
    "ammazzato di botte", "ammazzata di botte", "pestato a morte", "pestata a morte")
for st in ["apedrejad", "esquartejad", "estripad", "degolad", "despedacad", "mutilad", "esfaquead",
           "desmembrad", "carbonizad", "linchad", "empalad", "trucidad", "massacrad", "retalhad"]:
    for f in forms(st):
        add(R, f)
for g in ["partido", "partida", "cortado", "cortada", "serrado", "serrada", "rachado", "rachada"]:
    add(R, g + " em dois", g + " em duas")
add(R, "feito em pedacos", "feita em pedacos", "feitos em pedacos", "morto a pedradas", "morta a pedradas",
    "morto a pauladas", "morta a pauladas", "espancado ate a morte", "espancada ate a morte", "esmagado debaixo",
    "esmagada debaixo", "esmagados debaixo", "esmagado sob", "esmagada sob", "aplastado debajo", "aplastada debajo",
    "schiacciato sotto", "schiacciata sotto", "ecrase sous", "ecrasee sous", "crushed under", "zerquetscht unter",
    "platt wie ein", "flach wie ein", "flach wie eine", "wie ein pfannkuchen")

# --- severed limbs: participle x body part ---
S, L = "violence12_sever", "violence12_limb"
add(S, "severed", "chopped off", "hacked off", "lopped off", "sawn off", "torn off", "cut clean off", "hacked away")
for e in ["", "e", "en", "er"]:
    for st in ["abgetrennt", "abgehackt", "abgesagt ", "abgerissen", "abgeschlagen"]:
        if st.strip() == "abgesagt": continue
        add(S, st + e)
for st in ["cercenad", "mutilad", "seccionad", "amputad a machetazos", "mochad", "trozad"]:
    if " " in st: continue
    for f in forms(st):
        add(S, f)
for st in ["sectionne", "tranche", "arrache", "mutile", "sectionnee", "tranchee"]:
    for e in ["", "s"]:
        add(S, st + e)
for st in ["mozzat", "recis", "troncat", "mutilat", "amputat a colpi"]:
    if " " in st: continue
    for e in ["o", "a", "i", "e"]:
        add(S, st + e)
for st in ["decepad", "mutilad", "cortad a machadadas", "arrancad a faca"]:
    if " " in st: continue
    for f in forms(st):
        add(S, f)
add(L, "hands", "feet", "legs", "arms", "fingers", "heads", "ears", "tongue", "limbs", "toes", "his head", "her head",
    "hande", "fusse", "beine", "finger", "kopf", "kopfe", "ohren", "zunge", "gliedmassen", "zehen",
    "manos", "pies", "piernas", "brazos", "dedos", "cabeza", "cabezas", "orejas", "lengua", "extremidades",
    "mains", "pieds", "jambes", "doigts", "tete", "tetes", "oreilles", "langue", "membres",
    "mani", "piedi", "gambe", "braccia", "dita", "testa", "teste", "orecchie", "lingua", "arti",
    "maos", "pes", "pernas", "bracos", "cabeca", "cabecas", "orelhas", "lingua", "membros")

# --- stoning ---
ST = "violence12_stone"
add(ST, "stoning", "being stoned", "stoned by", "steinigung", "wird gesteinigt", "werden gesteinigt", "steinigen",
    "lapidacion", "lapidaciones", "apedrean", "apedreando", "apedrearla", "apedrearlo",
    "lapidation", "lapident", "lapidazione", "lapidano", "lapidare", "apedrejamento", "apedrejam", "apedrejando",
    "apedrejar", "a sassate", "a pedradas", "lancent des pierres", "tirano pietre", "tiran piedras",
    "wirft steine", "werfen steine", "jogam pedras", "atiram pedras", "throw stones at", "throwing stones at")

# --- entrails out ---
G = "violence12_guts"
add(G, "eingeweide", "eingewweiden", "heraushangenden eingeweiden", "heraushangende eingeweide", "gedarme", "heraushangende darme",
    "intestines hanging out", "intestines spilling", "intestines out", "bowels hanging out", "insides hanging out", "insides out",
    "tripas fuera", "tripas de fuera", "tripas colgando", "visceras fuera", "intestinos fuera", "intestinos colgando",
    "tripes a l air", "boyaux a l air", "intestins a l air", "entrailles pendantes", "viscere di fuori", "budella di fuori",
    "budella penzolanti", "intestini di fuori", "intestini penzolanti", "tripas de fora", "tripas para fora",
    "intestinos para fora", "visceras para fora", "intestinos pendurados", "entranhas expostas")

# --- extra victims / persons ---
W = "violence12_who"
add(W, "einer liegt", "der typ", "da typ", "ein mann", "eine frau", "el banista", "un banista", "una banista",
    "un detenido", "el detenido", "un dealer", "petit dealer", "un dealer", "inimigo", "um inimigo", "un ennemi",
    "un nemico", "un enemigo", "an enemy", "einen feind", "la victime", "la vittima", "a vitima", "la victima",
    "the victim", "das opfer", "the man", "the woman", "un homme", "une femme", "un uomo", "una donna", "um homem",
    "uma mulher", "un hombre", "una mujer", "a man", "a woman", "a person", "a prisoner", "a civilian")

# --- corpse-at-scene phrases (existing class violence_corpse) ---
for t in ["die tote frau", "der tote mann", "die tote halb", "the dead woman", "the dead man", "the dead girl", "the dead boy",
          "la mujer muerta", "el hombre muerto", "la donna morta", "l uomo morto", "a mulher morta", "o homem morto",
          "la femme morte", "l homme mort", "la vittima a terra", "la victime au sol", "das opfer am boden",
          "the victim on the floor", "a vitima no chao", "la victima en el suelo", "ancora il corpo", "il corpo accanto",
          "el cuerpo tirado", "o corpo caido", "le corps allonge", "the body lying", "la leiche liegt", "die leiche liegt"]:
    add("violence_corpse", t)

# --- torture by water / euphemisms ---
D = "violence12_dunk"
add(D, "head held under water", "held under water", "holding her head under", "held under the water", "unter wasser gedruckt", "bajo el agua a la fuerza", "head underwater", "holding his head under", "kopf unter wasser", "kopf unters wasser",
    "cabeza bajo el agua", "cabeza en el agua", "la cabeza en un", "tete sous l eau", "la tete dans l eau", "testa sott acqua",
    "la testa nell acqua", "cabeca debaixo d agua", "cabeca na agua", "enfiando a cabeca", "mettendo la testa",
    "metiendo la cabeza", "plongeant la tete", "hacerle el submarino", "le hacen el submarino", "haciendole el submarino", "le hicieron el submarino", "waterboard", "waterboarded", "waterboarding",
    "simulated drowning", "ahogamiento simulado", "noyade simulee", "annegamento simulato", "afogamento simulado", "simuliertes ertranken")
E = "violence12_euph"
add(E, "the full treatment", "full treatment", "alla vecchia maniera", "a la vieja usanza", "a la antigua", "auf die alte art",
    "a moda antiga", "a moda antigua", "old school interrogation", "enhanced interrogation", "verscharfte verhormethoden",
    "interrogatorio duro", "interrogatoire muscle", "interrogatorio pesante", "interrogatorio pesado", "interrogato", "interrogata",
    "interrogated", "verhort", "interroge", "interrogee", "interrogado", "interrogada", "getting worked over", "worked over")

# --- burning a living being / dousing ---
B = "violence12_burn"
add(B, "doused in petrol", "doused in gasoline", "doused with petrol", "doused with gasoline", "set alight", "sets it alight",
    "sets him alight", "sets her alight", "set him on fire", "set her on fire", "set it on fire", "mit benzin",
    "mit benzin ubergossen", "zundet ihn an", "zundet sie an", "zundet es an", "zunden ihn an", "angezundet",
    "le prende fuego", "le prenden fuego", "prenderle fuego", "rociado con gasolina", "rociada con gasolina", "banado en gasolina",
    "le met le feu", "lui met le feu", "y mettent le feu", "asperge d essence", "aspergee d essence", "gli da fuoco",
    "le da fuoco", "gli danno fuoco", "dargli fuoco", "cosparso di benzina", "cosparsa di benzina", "ateia fogo",
    "ateiam fogo", "ateou fogo", "poe fogo", "tocam fogo", "regado com gasolina", "encharcado de gasolina", "ubergiesst")
A = "violence12_alive"
add(A, "still conscious", "still alive", "while alive", "noch bei bewusstsein", "bei lebendigem leib", "noch lebend",
    "todavia conscientes", "todavia conscientes", "aun conscientes", "aun vivos", "todavia vivos", "vivos todavia",
    "encore conscients", "encore vivants", "vivants encore", "ancora coscienti", "ancora vivi", "ancora vive", "da vivi",
    "ainda conscientes", "ainda vivos", "ainda vivas")
BL = "violence12_bleed"
add(BL, "bleeding them out", "qu on saigne", "on les saigne", "on le saigne", "saignes a vif", "que sangram", "che dissanguano", "die sie ausbluten", "bled out", "bleed out", "desangran", "desangrando", "desangrandolos", "ausbluten", "ausgeblutet",
    "lassen sie ausbluten", "saignent", "les saignent", "dissanguano", "dissanguati", "sangram", "sangrando ate",
    "slit their throats", "cortan el cuello", "egorgent", "sgozzano", "degolam", "schneiden die kehle")

# --- trophies ---
for t in ["head of an enemy", "enemy s head", "enemy head", "kopf eines feindes", "cabeza de un enemigo", "tete d un ennemi",
          "testa di un nemico", "cabeca de um inimigo", "cabeca do inimigo", "enemy skull"]:
    add("violence_humanpart", t)
for t in ["foto de trofeu", "trophy photo", "trophaenfoto", "trophaefoto", "foto de trofeo", "photo trophee", "foto trofeo",
          "posing with the head", "posando con la cabeza", "posando com a cabeca", "posa avec la tete", "in posa con la testa"]:
    add("violence_trophy", t)

# --- bullet hole in the head ---
BU, FH = "violence12_bullet", "violence12_forehead"
add(BU, "bullet hole", "bullet holes", "bullet wound", "einschussloch", "einschusslocher", "schussloch", "agujero de bala",
    "orificio de bala", "impact de balle", "trou de balle dans", "foro di proiettile", "buco di proiettile", "foro di pallottola",
    "buraco de bala", "furo de bala", "buraco de tiro", "tiro na testa", "tiro en la frente", "balle dans la tete", "pallottola in testa")
add(FH, "forehead", "in his forehead", "in her forehead", "in the forehead", "between the eyes", "stirn", "in der stirn",
    "zwischen den augen", "frente", "en la frente", "entre los ojos", "front", "dans le front", "entre les yeux", "fronte",
    "nella fronte", "in fronte", "tra gli occhi", "testa", "na testa", "entre os olhos", "in his head", "in her head",
    "im kopf", "en la cabeza", "dans la tete", "nella testa", "na cabeca")

# --- mass executions (existing class violence10_mass) ---
for t in ["lined up and shot", "lined up to be shot", "in reihe erschossen", "aufgereiht und erschossen", "alineados y fusilados",
          "puestos en fila y fusilados", "alignes et fusilles", "alignes puis fusilles", "allineati e fucilati", "messi in fila e fucilati",
          "alinhados e fuzilados", "enfileirados e fuzilados", "shot one by one", "uno a uno fusilados", "fucilati uno a uno"]:
    add("violence10_mass", t)


# --- round 12b families ---
for t in ["corpo straziato", "corpi straziati", "cuerpo destrozado", "cuerpos destrozados", "corps dechiquete", "corps dechiquetes",
          "korper zerfetzt", "zerfetzter korper", "body mangled", "mangled body", "mangled bodies", "corpo dilacerado", "corpos dilacerados",
          "corpo despedacado", "corpo maciullato", "corpo dilaniato"]:
    add(R, t)
for st in ["straziat"]:
    for e in "oaie": add(R, st + e)
for t in ["body on the road", "body on road", "bodies on the road", "cuerpo en la carretera", "cuerpo en el asfalto", "corps sur la route",
          "corps sur la chaussee", "leiche auf der strasse", "corpo sull asfalto", "corpo sulla strada", "corpo na estrada", "corpo no asfalto",
          "body on the tracks", "body parts on the tracks", "restos en las vias", "restes sur les rails", "resti sui binari", "restos nos trilhos"]:
    add("violence_corpse", t)
PB = "violence12_pointblank"
add(PB, "point blank in the head", "point blank to the head", "in the back of the head", "aus nachster nahe", "in den hinterkopf geschossen",
    "a quemarropa", "en la nuca", "tiro en la nuca", "a bout portant", "dans la nuque", "balle dans la nuque", "a bruciapelo",
    "alla nuca", "colpo alla nuca", "a queima roupa", "na nuca", "tiro na nuca", "genickschuss", "kopfschuss aus nachster",
    "im moment des schusses", "moment of the shot", "au moment du tir", "nel momento dello sparo", "en el momento del disparo", "no momento do disparo")
LF = "violence12_lifeless"
add(LF, "lifeless body", "lifeless bodies", "limp body", "cuerpo sin vida", "cuerpos sin vida", "corps sans vie", "corps inanime",
    "corpo senza vita", "corpi senza vita", "corpo esanime", "corpo sem vida", "corpos sem vida", "leblosen korper", "leblose korper",
    "lebloser korper", "tirado en el barro", "riverso nel fango", "allonge dans la boue", "caido na lama", "im schlamm liegend")
AF = "violence12_after"
add(AF, "despues del combate", "after the battle", "after the firefight", "nach der schlacht", "nach dem gefecht", "apres la bataille",
    "apres le combat", "dopo la battaglia", "dopo il combattimento", "depois do combate", "depois da batalha", "tras el tiroteo", "after the shootout")
DF, BA = "violence12_dogfight", "violence12_bait"
add(DF, "perros de pelea", "pelea de perros", "fighting dogs", "dog fighting ring", "dogfighting ring", "kampfhunde", "hundekampf", "hundekampfe",
    "chiens de combat", "combat de chiens", "cani da combattimento", "combattimento tra cani", "caes de briga", "briga de caes", "rinha de caes",
    "rinha de galos", "pelea de gallos", "combat de coqs", "combattimento tra galli", "hahnenkampf", "cockfight", "cockfighting")
add(BA, "como cebo", "as bait", "bait animal", "bait cat", "bait dog", "als koder", "comme appat", "come esca", "como isca", "cebo vivo", "esca viva")
GR = "violence12_grind"
add(GR, "lo pasaron por la picadora", "la pasaron por la picadora", "por la picadora", "durch den fleischwolf gedreht", "ihn durch den fleischwolf",
    "l ont passe au hachoir", "passe au hachoir", "lo hanno passato nel tritacarne", "passato nel tritacarne", "passaram ele no moedor",
    "no moedor de carne", "put him through the grinder", "through the meat grinder", "fed him to the grinder", "fed her to the wood chipper",
    "him into the wood chipper", "her into the wood chipper")
for t in ["feminicidio", "femicide", "feminicide", "femminicidio", "femizid", "feminicidios", "femicidio"]:
    add("violence10_crime", t)
for t in ["ela no chao", "ella en el suelo", "elle au sol", "lei a terra", "sie am boden liegend", "she on the floor", "er am boden liegend",
          "him on the floor", "lui a terra", "lui au sol", "el en el suelo", "ele no chao"]:
    add(W, t)
for t in ["sometido a golpes", "sometida a golpes", "molido a golpes", "molida a golpes", "con una guia telefonica", "with a phone book",
          "mit einem telefonbuch", "avec un annuaire", "con un elenco telefonico", "com uma lista telefonica", "a golpes con"]:
    add("violence10_slang", t)
BR = "violence12_brain"
add(BR, "il suo cervello", "su cerebro", "sus sesos", "los sesos", "son cerveau", "sa cervelle", "la cervelle", "sein gehirn", "sein hirn",
    "his brain", "her brain", "his brains", "her brains", "brains on the wall", "o cerebro dele", "o cerebro dela", "seu cerebro", "os miolos",
    "seus miolos", "le cervella", "il cervello sul", "hirn an der wand", "sesos en la pared", "cervelle sur le mur", "miolos na parede")

# --- round 12c: more forms ---
add(ST, "la apedrean", "lo apedrean", "los apedrean", "la lapident", "le lapident", "les lapident",
    "la lapidano", "lo lapidano", "li lapidano", "a apedrejam", "o apedrejam", "os apedrejam", "steinigen sie", "steinigen ihn",
    "stone her to death", "stone him to death", "stoning her", "stoning him", "apedrear hasta la muerte", "lapider a mort")
add(R, "lynched", "impaled on", "impaled", "bleed to death", "bleeding to death", "bled to death", "verbluten", "verblutet", "verblutend",
    "gelyncht", "gepfahlt", "lebendig verbrannt", "bei lebendigem leib verbrannt", "desangrandose", "desangrado hasta morir",
    "se vider de son sang", "vide de son sang", "videe de son sang", "morto dissanguato", "morta dissanguata", "dissanguato", "dissanguata",
    "sangrando ate a morte", "sangrando ate morrer", "ryona", "ryona art")
for g, ends in [("quemad", ["o vivo", "a viva", "os vivos", "as vivas"]), ("bruciat", ["o vivo", "a viva", "i vivi", "e vive"]),
                ("queimad", ["o vivo", "a viva", "os vivos", "as vivas"])]:
    for e in ends: add(R, g + e)
add(R, "brulee vive", "brules vifs", "brulees vives")
SN = "violence12_snuff"
add(SN, "snuff film", "snuff films", "snuff video", "snuff videos", "snuff movie", "snuff footage", "snuff photo", "snuff fotos",
    "snuff pelicula", "video snuff", "film snuff", "snuff filme", "filme snuff", "snuff clip", "snuff style", "estilo snuff", "style snuff", "stile snuff")

BENIGN = {
    # art history subjects
    "stoning of saint stephen": ["stoning", "stoned by"], "steinigung des stephanus": ["steinigung"],
    "lapidacion de san esteban": ["lapidacion"], "lapidation de saint etienne": ["lapidation"],
    "lapidazione di santo stefano": ["lapidazione"], "apedrejamento de santo estevao": ["apedrejamento"],
    # cooking / food look-alikes
    "chicken cut in half": ["severed"], "pollo partido en dos": ["partido en dos"], "tomates partidos en dos": ["partidos en dos"],
    "gateau coupe en deux": ["coupe en deux"], "pomme coupee en deux": ["coupee en deux"], "mela tagliata in due": ["tagliata in due"],
    "limao cortado em dois": ["cortado em dois"], "laranja partida em duas": ["partida em duas"], "tagliata a meta": ["tagliata a meta"],
    "aubergine tranchee en deux": ["tranchee en deux"], "pinces de crabe": ["tranche"],
    "pulpo despedazado": ["despedazado"], "pollo destripado": ["destripado"], "pesce sventrato": ["sventrato"],
    "peixe estripado": ["estripado"], "poisson eventre": ["eventre"], "carne macinata": ["maciullata"],
    "tomates machacados": ["aplastados"], "patatas aplastadas": ["aplastadas"], "papas aplastadas": ["aplastadas"],
    "pommes de terre ecrasees": ["ecrasees"], "aglio schiacciato": ["schiacciato sotto"],
    "flach wie eine flunder": ["flach wie eine"], "wie ein pfannkuchen aufgehen": ["wie ein pfannkuchen"],
    "flach wie ein brett": ["flach wie ein"], "platt wie ein brett": ["platt wie ein"], "flach wie ein teller": ["flach wie ein"],
    # medicine / first aid / hospital
    
    "enhanced interrogation report": ["enhanced interrogation"],
    # crisis / campaign / news neutral
    "campaign against stoning": ["stoning"], "contra la lapidacion": ["lapidacion"],
    "contre la lapidation": ["lapidation"], "kampagne gegen steinigung": ["steinigung"],
    "contro la lapidazione": ["lapidazione"], "contra o apedrejamento": ["apedrejamento"],
    # sport / fun
    "head under water swimming": ["head under water"], "kopf unter wasser tauchen": ["kopf unter wasser"],
    "submarino amarillo": ["submarino"], "yellow submarine": ["submarino"],
    "sandwich submarino": ["submarino"], "el submarino nuclear": ["el submarino"], "un submarino": ["submarino"],
    "submarino de guerra": ["submarino"], "submarino na agua": ["submarino"], "museo del submarino": ["submarino"],
    "front de mer": ["front"], "front populaire": ["front"], "front yard": ["front"], "in front": ["front"],
    "chopped off hair": ["chopped off"], "hair chopped off": ["chopped off"], "sawn off jeans": ["sawn off"],
    "cut clean off branch": ["cut clean off"],
    "still alive and well": ["still alive"], "ancora vivi e vegeti": ["ancora vivi"],
    "worked over the dough": ["worked over"], "interroge par la police": ["interroge"], "interrogated by police": ["interrogated"],
    "tiene el pelo partido": ["partido"], "stoned by the sun": ["stoned by"],
    "mit benzin betrieben": ["mit benzin"], "mit benzin tanken": ["mit benzin"], "rasenmaher mit benzin": ["mit benzin"],
    "auto mit benzin": ["mit benzin"], "kerze angezundet": ["angezundet"], "kerzen angezundet": ["angezundet"],
    "grill angezundet": ["angezundet"], "kamin angezundet": ["angezundet"], "lagerfeuer angezundet": ["angezundet"],
    "set the candles alight": ["set alight"],
    "hole in her jeans": ["bullet hole in her", "bullet hole"], "hole in his jeans": ["bullet hole in his", "bullet hole"],
    "bullet hole jeans": ["bullet hole"], "bullet holes jeans": ["bullet holes"],
    "branches into the": ["into the wood chipper"], "leaves into the": ["into the wood chipper"], "garden wood chipper": ["into the wood chipper"],
    "miolos de boi": ["miolos", "os miolos"], "miolos de porco": ["miolos", "os miolos"], "miolos a milanesa": ["miolos"],
    "calves brains": ["brains"], "impaled on a skewer": ["impaled on"], "impaled on a toothpick": ["impaled on"],
    "olive impaled on": ["impaled on", "impaled"], "conejo destripado": ["destripado"], "conejos destripados": ["destripados"],
    "lapin eventre": ["eventre"], "coelho estripado": ["estripado"], "frango estripado": ["estripado"], "coniglio sventrato": ["sventrato"],
    "snuff box": ["snuff"], "snuff boxes": ["snuff"], "snuff tobacco": ["snuff"], "tabaco snuff": ["snuff"], "tabatiere snuff": ["snuff"],
    "diamante lapidado": ["lapidado"], "piedra lapidada": ["lapidada"], "pedra lapidada": ["lapidada"], "lapidando una piedra": ["lapidando"], "pollo quemado": ["quemado vivo"], "sesos de cordero": ["los sesos", "sus sesos"], "cervelle de veau": ["la cervelle", "sa cervelle"],
    "cervelle d agneau": ["la cervelle"], "cervello di vitello": ["il cervello sul"], "miolos de boi": ["os miolos"],
    "his brain on": ["his brain"], "her brain on": ["her brain"], "sein gehirn trainieren": ["sein gehirn"], "brain training": ["his brain"],
    
     "la nuca del bebe": ["en la nuca"], "tattoo in the back": ["in the back of the head"],
    "masaje en la nuca": ["en la nuca"], "tatuaje en la nuca": ["en la nuca"], "tatouage dans la nuque": ["dans la nuque"],
    "massage dans la nuque": ["dans la nuque"], "tatuaggio alla nuca": ["alla nuca"], "massaggio alla nuca": ["alla nuca"],
    "tatuagem na nuca": ["na nuca"], "massagem na nuca": ["na nuca"], "sparo di partenza": ["nel momento dello sparo"],
    "des schusses aufs tor": ["im moment des schusses"], "shot on goal": ["moment of the shot"],
    "du tir au but": ["au moment du tir"], "disparo a puerta": ["en el momento del disparo"],
    "disparo da camera": ["no momento do disparo"],  "set the bonfire alight": ["set alight"],
}

BENIGN["miolos de boi"] = ["miolos", "os miolos"]

def main():
    rules = {"violence.graphic": {"when": [
        [R, "person"], [R, "violence_victim"], [R, "violence_corpse"], [R, "violence10_target"], [R, "violence_captive"],
        [R, W], [R, "edit_context"], [R, "portrait"],
        [S, L],
        [ST, "person"], [ST, "violence_victim"], [ST, "violence_captive"], [ST, W], [ST, "blood"], [ST, "portrait"],
        [G, "person"], [G, "violence_victim"], [G, "violence_corpse"], [G, W], [G, "blood"], [G, "violence10_crime"],
        [D, "violence_captive"], [D, "violence10_tort"],
        [E, "violence_tool"], ["violence_tool", "violence_captive"],
        [B, "violence10_animal"], [B, "violence_captive"], [B, "violence_victim"],
        [BL, A], [A, "violence10_cruel"],
        [BU, FH],
        ["violence10_crime", W], [R, "violence10_crime"], [R, "violence10_accw"], [R, "violence10_acc"],
        ["violence10_resW", "violence10_target"],
        [PB, "violence_act"], [PB, "person"], [PB, "violence_victim"], [PB, "violence_captive"], [PB, W], [PB, "violence_exec"],
        [LF, "person"], [LF, "violence_victim"], [LF, "minor"], [LF, W], [LF, AF], ["violence_corpse", AF],
        [DF, BA], [DF, "violence_act"], [DF, "violence10_cruel"],
        [GR, "realistic"], [GR, "person"], [GR, "violence_victim"], [GR, W],
        [SN, "realistic"], [SN, "person"], [SN, "violence_victim"], [SN, "portrait"], [SN, W],
        [BR, "blood"], [BR, "violence_wall"],
    ]}}
    out = {"terms": T, "benign": BENIGN, "rules": rules}
    for k in list(BENIGN):
        if len(k.split())>4: print("LONG BENIGN", k)
    json.dump(out, open("/tmp/r12/lex/violence/data/violence12.json", "w"), ensure_ascii=False, indent=0, sort_keys=True)
    print(len(T), "terms", len(BENIGN), "benign", len(rules["violence.graphic"]["when"]), "clauses")

main()
