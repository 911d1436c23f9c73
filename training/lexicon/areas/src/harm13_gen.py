#!/usr/bin/python3
"""Round 13: self-harm and graphic violence said indirectly (areas/harm13.json).

Families: self-harm as instruction (where / how deep to cut, which vein, hiding the cuts),
encouragement ("nobody would cry", "next time it will work", a countdown to the last day),
imminent scenes (ready to throw herself from a bridge, looking down from a ledge, walking into
the sea never to return, the whole box of pills at once, cigarette burns on one's own skin),
pro-eating-disorder praise (hungry = winning, ribs like piano keys, fasting "records"), and
graphic violence told as its aftermath (what the train left of him, spread over the tracks,
remains in a freezer, insides outside, skin torn off, a branded face, an animal thrown into a
machine, "beaten to death" in other verbs).

Every new class (harm13_...) fires only in a clause of two or more classes. Terms already in
the lexicon keep their entry; only classes they lack are added, never a class that fires alone.
Run from the repository root: /usr/bin/python3 training/lexicon/areas/src/harm13_gen.py
"""
import itertools
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(HERE, "..", "harm13.json")
FIRE = {"gore", "selfharm", "nudity", "explicit", "hate_symbol", "minor_sexualised", "nudify", "named_artist"}

LEX = {}
for p in ["policies/lexicon.json", "policies/lexicon_intl.json"]:
    with open(os.path.join(REPO, p), encoding="utf-8") as f:
        for k, v in json.load(f)["candor"]["terms"].items():
            LEX.setdefault(k, set()).update(v)


def norm(s):
    s = s.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", " ", s).strip()
    return re.sub(r"\s+", " ", s)


terms, benign, clauses = {}, {}, {"selfharm.depiction": [], "violence.graphic": []}
P = lambda *xs: [" ".join(w for w in p if w) for p in itertools.product(*xs)]


def add(cls, items):
    for t in items:
        k = norm(t)
        if not k or len(k.split()) > 4:
            continue
        old = LEX.get(k, set())
        if cls in old or (cls in FIRE and old):
            continue
        terms.setdefault(k, [])
        if cls not in terms[k]:
            terms[k].append(cls)


def ben(phrases, masks):
    ms = sorted({norm(m) for m in masks if len(norm(m).split()) <= 4})
    for p in phrases:
        k = norm(p)
        if not k or len(k.split()) > 4:
            continue
        benign.setdefault(k, [])
        for m in ms:
            if m not in benign[k]:
                benign[k].append(m)


def rule(rid, *cls):
    c = list(cls)
    if c not in clauses[rid]:
        clauses[rid].append(c)


SH, VG = "selfharm.depiction", "violence.graphic"

# ===================================================================== self-harm: instruction
howto = ["where to cut", "where should i cut", "where do i cut", "how deep to cut", "how deep should i cut",
         "how deep do i cut", "how deep to go", "how deep", "how to cut", "how to slit", "best place to cut",
         "best spot to cut", "the right spot to cut", "tutorial on", "step by step tutorial", "a tutorial",
         "tutorial", "guide to", "instructions for", "tips for", "tips on",
         "donde cortar", "donde cortarme", "donde me corto", "que tan profundo", "que profundidad",
         "cuanto de profundo", "como cortar", "como cortarse", "como cortarme", "tutorial de", "paso a paso",
         "consejos para", "guia para", "el mejor sitio para",
         "ou couper", "ou me couper", "ou se couper", "a quelle profondeur", "quelle profondeur", "jusqu ou couper",
         "comment couper", "comment se couper", "comment me couper", "tuto", "tutoriel", "etape par etape",
         "astuces pour", "conseils pour", "guide pour",
         "wo schneiden", "wo man schneidet", "wo ich schneiden", "wie tief schneiden", "wie tief man", "wie tief",
         "wie man sich", "anleitung", "anleitung zum", "schritt fur schritt", "tipps zum", "tipps wie",
         "dove tagliare", "dove tagliarsi", "dove mi taglio", "quanto in profondita", "quanto profondo",
         "quanto a fondo", "come tagliarsi", "come tagliare", "tutorial su", "passo passo", "consigli per",
         "guida per",
         "onde cortar", "onde me cortar", "quao fundo", "que profundidade", "o quanto fundo", "como se cortar",
         "como me cortar", "como cortar", "tutorial de", "passo a passo", "dicas para", "dicas de", "guia de"]
WEAK = {"how deep", "tutorial on", "step by step tutorial", "a tutorial", "tutorial", "guide to", "instructions for",
        "tips for", "tips on", "tutorial de", "paso a paso", "consejos para", "guia para", "tuto", "tutoriel",
        "etape par etape", "astuces pour", "conseils pour", "guide pour", "wie tief", "wie man sich", "anleitung",
        "anleitung zum", "schritt fur schritt", "tipps zum", "tipps wie", "tutorial su", "passo passo",
        "consigli per", "guida per", "passo a passo", "dicas para", "dicas de", "guia de", "que tan profundo",
        "que profundidad", "quelle profondeur", "quanto profondo", "que profundidade", "el mejor sitio para"}
add("harm13_howto", [h for h in howto if h not in WEAK])
add("harm13_howtow", [h for h in howto if h in WEAK])
cutbody = (P(["your", "my", "her", "his", "the", "their"], ["wrist", "wrists", "forearm", "forearms", "veins", "vein"])
           + ["wrists", "forearms", "on the wrist", "on your wrist", "on your arm", "on my arm", "your arm",
              "your arms", "my arms", "your thighs", "my thighs",
              "las munecas", "tus munecas", "mis munecas", "la muneca", "tu muneca", "las venas", "tus venas",
              "mis venas", "el antebrazo", "tu antebrazo", "tus brazos", "mis brazos", "tu brazo", "mi brazo",
              "tus muslos", "mis muslos",
              "les poignets", "tes poignets", "mes poignets", "le poignet", "ton poignet", "mon poignet",
              "les veines", "tes veines", "mes veines", "l avant bras", "ton avant bras", "tes bras", "mes bras",
              "ton bras", "mon bras", "tes cuisses", "mes cuisses",
              "handgelenk", "handgelenke", "die handgelenke", "dein handgelenk", "deine handgelenke",
              "mein handgelenk", "pulsader", "pulsadern", "die pulsadern", "die adern", "unterarm", "unterarme",
              "deinen unterarm", "deine arme", "meine arme", "deine oberschenkel", "meine oberschenkel",
              "i polsi", "il polso", "tuoi polsi", "miei polsi", "le vene", "tue vene", "mie vene",
              "avambraccio", "l avambraccio", "tue braccia", "mie braccia", "tue cosce", "mie cosce",
              "os pulsos", "teus pulsos", "meus pulsos", "seus pulsos", "o pulso", "as veias", "tuas veias",
              "minhas veias", "o antebraco", "teus bracos", "meus bracos", "seus bracos", "tuas coxas",
              "minhas coxas"])
add("harm13_cutbody", cutbody)
rule(SH, "harm13_howto", "harm13_cutbody")
rule(SH, "harm13_howto", "selfharm_cutrefl")
rule(SH, "harm13_howto", "selfharm11_selfinj")
rule(SH, "harm13_howtow", "selfharm_cutrefl")
rule(SH, "harm13_howtow", "selfharm11_selfinj")
ben(["cortarse el pelo", "cortarse el cabello", "cortarse el flequillo", "cortarse las unas", "cortarse el fleco",
     "se couper les cheveux", "se couper la frange", "se couper les ongles", "sich die haare schneiden",
     "sich den pony schneiden", "sich die nagel schneiden", "die haare selbst schneiden", "tagliarsi i capelli",
     "tagliarsi la frangia", "tagliarsi le unghie", "cortar se o cabelo", "cortar o cabelo", "cortar a franja",
     "cortar as unhas", "se cortar o cabelo", "cut your own hair", "cut your hair", "cut your bangs",
     "cut your nails", "trim your beard", "cortarse la barba", "se couper la barbe", "sich den bart",
     "tagliarsi la barba", "cortar a barba", "the fabric", "la tela", "le tissu", "den stoff", "il tessuto",
     "o tecido", "the pattern", "el patron", "le patron", "das schnittmuster", "il cartamodello", "o molde",
     "the chicken", "el pollo", "le poulet", "das hahnchen", "il pollo", "o frango", "the meat", "la carne",
     "la viande", "das fleisch", "a carne", "the cake", "el pastel", "le gateau", "den kuchen", "la torta", "o bolo",
     "the rope", "la cuerda", "la corde", "das seil", "la corda", "a corda", "the wire", "el cable", "le fil",
     "das kabel", "il cavo", "o fio", "the tree", "el arbol", "l arbre", "den baum", "l albero", "a arvore",
     "the wood", "la madera", "le bois", "das holz", "il legno", "a madeira", "the tile", "los azulejos",
     "le carrelage", "die fliesen", "le piastrelle", "os azulejos", "the stem", "los tallos", "les tiges",
     "die stiele", "gli steli", "os caules", "the vine", "la vid", "la vigne", "die rebe", "la vite", "a videira"],
    [t for t in terms if terms[t][:1] in (["harm13_howto"], ["harm13_howtow"], ["harm13_cutverb"], ["harm13_cutbody"])]
    + [k for k, v in LEX.items() if "selfharm_cutrefl" in v])
whichvein = ["which vein", "what vein", "which veins", "the right vein", "que vena", "cual vena", "que venas",
             "quelle veine", "quelles veines", "welche ader", "welche vene", "welche adern", "quale vena",
             "quali vene", "qual veia", "que veia", "quais veias"]
add("harm13_whichvein", whichvein)
cutverb = ["to cut", "cut", "cutting", "slit", "to slit", "open", "to open", "cortar", "cortarla", "abrir",
           "couper", "ouvrir", "trancher", "schneiden", "aufschneiden", "aufritzen", "ritzen", "tagliare",
           "aprire", "incidere", "cortar", "abrir"]
add("harm13_cutverb", cutverb)
rule(SH, "harm13_whichvein", "harm13_cutverb")
rule(SH, "harm13_whichvein", "selfharm_cutrefl")
rule(SH, "harm13_whichvein", "harm13_howto")

# hiding the cuts
hide = (P(["hide", "hiding", "hides", "cover", "covering", "cover up"],
          ["the cuts", "my cuts", "her cuts", "his cuts", "your cuts", "fresh cuts", "self harm scars",
           "cutting scars", "the scars", "my scars", "your scars"])
        + P(["esconder", "ocultar", "tapar", "disimular", "esconde", "oculta", "tapa"],
            ["los cortes", "mis cortes", "tus cortes", "sus cortes", "las cicatrices", "mis cicatrices",
             "tus cicatrices"])
        + P(["cacher", "cache", "cachant", "dissimuler", "masquer"],
            ["les coupures", "mes coupures", "tes coupures", "ses coupures", "les cicatrices", "mes cicatrices",
             "tes cicatrices", "les entailles", "mes entailles"])
        + P(["verstecken", "versteckt", "verdecken", "verbergen", "kaschieren"],
            ["die schnitte", "meine schnitte", "deine schnitte", "ihre schnitte", "die narben", "meine narben",
             "deine narben"])
        + P(["die schnitte", "meine schnitte", "deine schnitte", "die narben", "meine narben"],
            ["verstecken", "verdecken", "verbergen", "kaschieren"])
        + P(["nascondere", "nasconde", "coprire", "copre", "mascherare"],
            ["i tagli", "i miei tagli", "i tuoi tagli", "i suoi tagli", "le cicatrici", "le mie cicatrici",
             "le tue cicatrici"])
        + P(["esconder", "esconde", "disfarcar", "cobrir", "tapar"],
            ["os cortes", "meus cortes", "teus cortes", "seus cortes", "as cicatrizes", "minhas cicatrizes",
             "tuas cicatrizes"]))
add("harm13_hidecuts", hide)
fromwho = ["from my parents", "from your parents", "from her parents", "from mom", "from my mom", "from teachers",
           "so nobody sees", "so no one notices", "so nobody notices",
           "de mis padres", "de tus padres", "de mi madre", "que nadie vea", "que nadie lo note", "de los profesores",
           "a mes parents", "a tes parents", "a ma mere", "que personne ne voie", "aux profs",
           "vor meinen eltern", "vor deinen eltern", "vor meiner mutter", "damit es keiner sieht", "vor den lehrern",
           "ai miei genitori", "ai tuoi genitori", "a mia madre", "che nessuno veda", "ai professori",
           "dos meus pais", "dos teus pais", "dos seus pais", "da minha mae", "que ninguem veja", "dos professores"]
add("harm13_fromwho", fromwho)
for c in ["harm13_cutbody", "selfharm_sleeves", "harm13_fromwho", "harm13_howto"]:
    rule(SH, "harm13_hidecuts", c)
# video editing, make-up for surgery scars
ben(["video editing", "film editing", "jump cuts", "between shots", "in the edit", "montage video",
     "edicion de video", "montage video", "videoschnitt", "montaggio video", "edicao de video",
     "surgery scars", "c section scar", "cesarean scar", "acne scars", "cicatrices de acne", "cicatrices d acne",
     "aknenarben", "cicatrici da acne", "cicatrizes de acne", "kaiserschnittnarbe", "cicatriz de cesarea"],
    [t for t in terms if "harm13_hidecuts" in terms[t]])

# ===================================================================== encouragement
nocry = ["nobody would cry", "no one would cry", "nobody would miss you",
         "no one would miss you", "nobody will miss you", "nobody would notice", "no one would notice",
         "nobody would even notice", "no one will miss you", "nobody would care", "nobody will care",
         "nadie lloraria", "nadie te lloraria", "nadie te extranaria", "nadie te va a extranar",
         "nadie lo notaria", "nadie te echaria de menos", "a nadie le importaria",
         "personne ne pleurerait", "personne ne te pleurerait", "personne ne te regretterait",
         "personne ne le remarquerait", "personne ne verrait la difference", "tu ne manquerais a personne",
         "niemand wurde weinen", "keiner wurde weinen", "niemand wird weinen", "niemand wurde dich vermissen",
         "niemand wird dich vermissen", "keiner wird dich vermissen", "niemand wurde es merken",
         "keiner wurde es merken",
         "nessuno piangerebbe", "nessuno piangera", "nessuno ti piangerebbe", "non mancheresti a nessuno",
         "nessuno se ne accorgerebbe", "nessuno sentirebbe la tua mancanza",
         "ninguem choraria", "ninguem sentiria sua falta",
         "ninguem sentiria a tua falta", "ninguem ia notar", "ninguem perceberia", "ninguem sentiria falta"]
add("selfharm12_tell", nocry)
nexttime = ["next time it will", "next time it ll", "next time will work", "next time you ll succeed",
            "try again harder", "la proxima vez funcionara", "la proxima saldra bien", "la proxima vez si",
            "la prochaine fois ca", "la prochaine fois sera", "la prochaine fois ca marchera",
            "nachstes mal klappt", "nachstes mal klappt es", "beim nachsten mal klappt",
            "la prossima volta funzionera", "la prossima volta ce la", "da proxima vez vai", "na proxima vai dar",
            "da proxima vez funciona", "na proxima vez funciona"]
add("harm13_nexttime", nexttime)
for c in ["harm13_cutbody", "selfharm11_pills", "selfharm11_ropehang", "selfharm11_scars", "selfharm_hospital",
          "selfharm_place2", "selfharm11_marks", "selfharm_bandage", "selfharm_wound", "selfharm_means",
          "selfharm10_rope", "selfharm_hang"]:
    rule(SH, "harm13_nexttime", c)

countdown = ["countdown to", "countdown", "counting down to", "days left until", "cuenta atras", "cuenta atras para",
             "cuenta regresiva", "cuenta regresiva para", "compte a rebours", "compte a rebours jusqu",
             "countdown bis", "countdown zu", "herunterzahlen", "tage bis zu", "conto alla rovescia",
             "conto alla rovescia per", "contagem regressiva", "contagem regressiva para", "contagem decrescente"]
add("harm13_countdown", countdown)
lastday = (["my last day", "my final day", "my last day alive", "her last day alive", "his last day alive",
            "the day i die", "the day i go", "my last day on earth",
            "mi ultimo dia", "mi ultimo dia de vida", "su ultimo dia de vida", "el dia que me vaya",
            "el dia de mi muerte", "mon dernier jour", "mon dernier jour sur terre", "le jour de ma mort",
            "son dernier jour", "meinem letzten tag", "mein letzter tag", "meinem todestag", "mein todestag",
            "il mio ultimo giorno", "mio ultimo giorno", "il giorno della mia morte", "meu ultimo dia",
            "o meu ultimo dia", "o dia da minha morte", "meu ultimo dia de vida"])
add("harm13_lastday", lastday)
rule(SH, "harm13_countdown", "harm13_lastday")
ben(["last day at work", "last day of work", "last day at school", "last day of school", "last day of vacation",
     "last day of the holidays", "last day of summer", "last day at the office", "my last day at",
     "before retirement", "retirement countdown", "last day of term", "last day in office",
     "ultimo dia de trabajo", "ultimo dia de clases", "ultimo dia de vacaciones", "ultimo dia de colegio",
     "ultimo dia en la oficina", "antes de jubilarme", "dernier jour de travail", "dernier jour d ecole",
     "dernier jour de vacances", "dernier jour au bureau", "avant la retraite", "letzter arbeitstag",
     "letzten arbeitstag", "letzter schultag", "letzten schultag", "letzter urlaubstag", "vor der rente",
     "ultimo giorno di lavoro", "ultimo giorno di scuola", "ultimo giorno di vacanza", "prima della pensione",
     "ultimo dia de trabalho", "ultimo dia de aula", "ultimo dia de ferias", "ultimo dia na escola",
     "antes da aposentadoria", "ultimo dia de escola", "last day of my internship", "my last day of"],
    [t for t in terms if "harm13_lastday" in terms[t]] + ["countdown", "countdown to"])

# ===================================================================== imminent scenes
ready = []
for a, v in [("ready to", ["jump", "throw herself", "throw himself", "let herself fall", "let himself fall",
                           "step off", "step over"]),
             ("about to", ["throw herself", "throw himself", "step off", "let herself fall", "let himself fall"]),
             ("preparing to", ["jump", "throw herself", "throw himself"]),
             ("getting ready to", ["jump"]), ("going to", ["throw herself", "throw himself"])]:
    ready += P([a], v)
ready += P(["lista para", "listo para", "listas para", "listos para", "a punto de", "dispuesta a", "dispuesto a",
            "preparada para", "preparado para", "decidida a", "decidido a"],
           ["tirarse", "lanzarse", "arrojarse", "saltar", "dejarse caer", "tirarme", "lanzarme"])
ready += P(["prete a", "pret a", "pretes a", "prets a", "sur le point de", "decidee a", "decide a"],
           ["se jeter", "sauter", "se laisser tomber", "se lancer dans", "me jeter"])
ready += P(["bereit", "bereit zu", "kurz davor", "kurz davor zu", "entschlossen"],
           ["springen", "sich zu sturzen", "sich fallen", "zu springen", "sich fallen zu"])
ready += ["bereit sich zu sturzen", "bereit sich fallen", "bereit zum sprung", "will sich sturzen", "gleich springt sie",
          "gleich springt er", "will springen", "will runterspringen", "kurz vor dem absprung"]
ready += P(["pronta a", "pronto a", "pronte a", "pronti a", "sul punto di", "in procinto di", "decisa a", "deciso a"],
           ["buttarsi", "lanciarsi", "gettarsi", "saltare", "lasciarsi cadere", "buttarmi"])
ready += P(["pronta para", "pronto para", "prontas para", "prontos para", "pronta pra", "pronto pra", "prestes a",
            "decidida a", "decidido a", "preparada para"],
           ["se jogar", "se atirar", "pular", "saltar", "se deixar cair", "jogar se", "atirar se", "me jogar"])
add("selfharm_jump_sport", ready)
jumpoff = (P(["se jeter", "se jette", "s est jetee", "s est jete", "se jetant", "va se jeter", "veut se jeter"],
             ["du pont", "du toit", "du viaduc", "par la fenetre", "sous le train", "sous un train", "du balcon",
              "du haut du", "de la falaise", "sous le metro", "sous un camion"])
           + P(["tirarse", "se tira", "se tiro", "se tiraba", "va a tirarse", "se va a tirar", "arrojarse",
                "se arroja", "se arrojo", "lanzarse", "se lanza", "se lanzo"],
               ["del puente", "del tejado", "del edificio", "por la ventana", "al tren", "a las vias",
                "del balcon", "del viaducto", "de la azotea", "bajo el tren", "al vacio"])
           + P(["buttarsi", "si butta", "si e buttata", "si e buttato", "si buttava", "gettarsi", "si getta",
                "lanciarsi", "si lancia"],
               ["dal ponte", "dal tetto", "dal balcone", "dalla finestra", "sotto il treno", "sotto un treno",
                "dal viadotto", "dal palazzo", "dalla rupe"])
           + P(["se jogar", "se joga", "se jogou", "jogar se", "jogou se", "se atirar", "se atira", "se atirou",
                "atirar se", "atirou se", "se jogando", "se atirando"],
               ["da ponte", "do predio", "do telhado", "da janela", "na frente do trem", "na linha do trem",
                "do viaduto", "da sacada", "do penhasco", "embaixo do trem"])
           + P(["sich", "sturzt sich", "sturzte sich", "wirft sich", "warf sich"],
               ["von der brucke", "vom dach", "vor den zug", "vor einen zug", "aus dem fenster", "vom balkon",
                "vom hochhaus", "von der klippe", "vor die ubahn"])
           + P(["throws herself", "throws himself", "threw herself", "threw himself", "throwing herself",
                "throwing himself", "flings herself", "flung herself"],
               ["off the bridge", "off a bridge", "off the roof", "from the roof", "in front of", "out the window",
                "from the balcony", "under a train", "under the train", "off the cliff"]))
add("harm13_jumpoff", jumpoff)
rule(SH, "harm13_jumpoff", "person")
rule(SH, "harm13_jumpoff", "selfharm11_who")
rule(SH, "harm13_jumpoff", "violence_victim")
rule(SH, "harm13_jumpoff", "selfharm_sad")
rule(SH, "harm13_jumpoff", "edit_context")
sport = ["cliff diver", "cliff divers", "cliff diving", "clavadista", "clavadistas", "clavados", "plongeur",
         "plongeuse", "plongeon de falaise", "klippenspringer", "klippenspringen", "tuffatore", "tuffatrice",
         "tuffi dalla scogliera", "saltador", "saltadora", "salto de penhasco", "bungee", "bungee jumping",
         "saut a l elastique", "puenting", "bungee jumper", "bungee jumpers", "bungeejumping", "bungee springen", "bungee jumping", "salto con l elastico",
         "base jump", "base jumper", "paracaidista", "parachutiste", "fallschirmspringer", "paracadutista",
         "paraquedista", "skydiver", "stunt double", "stuntman", "stuntwoman", "doble de riesgo", "cascadeur",
         "cascadeuse", "stunt", "swimming pool", "piscina", "piscine", "schwimmbad", "into the lake", "al lago",
         "into the river to swim", "plongeoir", "sprungturm", "trampolino", "trampolim", "diving board",
         "trampolin", "parkour", "traceur", "superhero", "superheroe", "super heros", "superheld", "supereroe",
         "super heroi", "spider man", "spiderman", "batman", "to save the child", "para salvar al nino",
         "pour sauver l enfant", "um das kind zu retten", "per salvare il bambino", "para salvar a crianca",
         "into his arms", "into her arms", "dans ses bras", "en sus brazos", "in seine arme", "tra le sue braccia",
         "nos bracos", "firefighter", "pompier", "bombero", "feuerwehrmann", "pompiere", "bombeiro"]
ben(sport, [t for t in terms if terms[t] in (["harm13_jumpoff"], ["selfharm_jump_sport"])]
    + [k for k, v in LEX.items() if "selfharm_jump_sport" in v or "selfharm10_jumpself" in v])

lookdown = ["looking down", "staring down", "looks down", "gazing down", "looking into the abyss", "staring into the void",
            "mirando hacia abajo", "mirando abajo", "mirando al vacio", "mira al vacio", "mirando el vacio",
            "regardant en bas", "regarde en bas", "regardant le vide", "regarde le vide", "fixant le vide",
            "blickt in die tiefe", "schaut nach unten", "schaut in die tiefe", "blickt nach unten", "starrt in die tiefe",
            "guardando giu", "guarda giu", "guardando di sotto", "guardando il vuoto", "guarda il vuoto",
            "fissando il vuoto", "olhando para baixo", "olhando pra baixo", "olha para baixo", "olhando o vazio",
            "olhando para o vazio", "encarando o vazio"]
add("harm13_lookdown", lookdown)
rule(SH, "harm13_lookdown", "selfharm_place", "selfharm_sad")
rule(SH, "harm13_lookdown", "selfharm_place", "selfharm10_ready2")
rule(SH, "harm13_lookdown", "selfharm_place", "selfharm_goodbye")
rule(SH, "harm13_lookdown", "selfharm10_place", "selfharm_sad")
rule(SH, "harm13_lookdown", "selfharm10_edgeg", "selfharm_place2", "selfharm_sad")
rule(SH, "harm13_lookdown", "selfharm10_edgeg", "selfharm_place2", "selfharm10_ready2")
# wrong side of the railing
outside = ["wrong side of the railing", "the wrong side of", "outside the railing", "over the railing",
           "climbing over the railing", "climbs over the railing", "climbed over the railing",
           "on the outer ledge", "fuera de la baranda", "al otro lado de", "saltando la barandilla",
           "pasando la barandilla", "trepando la barandilla", "au dela de la rambarde", "enjambant la rambarde",
           "enjambe la rambarde", "enjambe le parapet", "enjambant le parapet", "uber das gelander",
           "uber das gelander klettert", "klettert uber das", "jenseits des gelanders", "scavalca la ringhiera",
           "scavalcando la ringhiera", "oltre la ringhiera", "oltre il parapetto", "scavalca il parapetto",
           "do lado de fora", "pulando o parapeito", "passando a grade", "pulando a grade"]
add("harm13_outside", outside)
rule(SH, "harm13_outside", "selfharm_place2", "selfharm_sad")
rule(SH, "harm13_outside", "selfharm_place2", "selfharm10_ready2")
rule(SH, "harm13_outside", "selfharm_place2", "harm13_lookdown")
rule(SH, "harm13_outside", "selfharm_place2", "selfharm_goodbye")

# walking into the sea, never to return
walk = (P(["walking", "walks", "walked", "wading", "wades"], ["into the sea", "into the ocean", "into the waves",
                                                                  "into the river", "into the lake", "into the water"])
        + ["caminando hacia el mar", "camina hacia el mar", "entra en el mar", "entrando en el mar",
           "adentrandose en el mar", "se adentra en el mar", "mar adentro", "se mete en el mar", "hacia las olas",
           "entre dans la mer", "entrant dans la mer", "marche vers la mer", "marchant dans la mer",
           "avance dans la mer", "s avance dans la mer", "s enfonce dans la mer", "s enfoncant dans",
           "geht ins meer", "lauft ins meer", "ins meer hinein", "ins wasser hinein", "geht ins wasser",
           "lauft ins wasser", "watet ins meer", "cammina nel mare", "entra nel mare", "entrando nel mare",
           "si addentra nel mare", "cammina verso il mare", "verso le onde", "entra no mar", "entrando no mar",
           "caminha mar adentro", "caminhando para o mar", "caminha para o mar", "entra no rio"])
add("harm13_walkinto", walk)
noret = ["never to return", "never coming back", "and never comes back", "never came back", "without coming back",
         "not coming back", "para nunca volver", "para no volver nunca", "sin volver", "sin retorno",
         "para nunca mas volver", "pour ne jamais revenir", "sans jamais revenir", "sans retour", "sans revenir",
         "ohne wiederkehr", "ohne zuruckzukehren", "um nie wiederzukommen", "und kommt nie zuruck",
         "kommt nicht zuruck", "senza ritorno", "senza tornare", "per non tornare mai", "per non tornare piu",
         "para nunca mais voltar", "sem volta", "sem voltar", "para nao voltar mais", "e nunca mais volta"]
add("harm13_noreturn", noret)
for c in ["harm13_noreturn", "selfharm_noreturn", "selfharm_stones", "selfharm10_last", "selfharm_goodbye",
          "selfharm10_lastw", "selfharm10_ready2"]:
    rule(SH, "harm13_walkinto", c)

# the whole box of pills at once
whole = ["whole box of pills", "whole bottle of pills", "entire bottle of pills", "whole pack of pills",
         "whole box of tablets", "entire box of pills", "whole bottle of painkillers", "whole box of sleeping",
         "all her pills", "all his pills", "all my pills", "all the pills", "all the sleeping pills",
         "the whole bottle", "the entire bottle", "the whole box",
         "caja entera de pastillas", "toda la caja de", "todas las pastillas", "todas mis pastillas",
         "todas sus pastillas", "bote entero de pastillas", "el bote entero", "la caja entera",
         "boite entiere de cachets", "toute la boite", "tous les cachets", "tous ses cachets", "tous mes cachets",
         "toutes les pilules", "tout le flacon", "la plaquette entiere", "toute la plaquette",
         "ganze packung tabletten", "die ganze packung", "alle tabletten", "alle pillen", "alle schlaftabletten",
         "die ganze schachtel", "das ganze rohrchen", "alle ihre tabletten", "alle seine tabletten",
         "intera scatola di pillole", "l intera scatola", "tutte le pillole", "tutte le pastiglie",
         "tutto il flacone", "tutto il blister", "tutte le sue pillole", "tutte le mie pillole",
         "caixa inteira de comprimidos", "a caixa inteira", "a cartela inteira", "o frasco inteiro",
         "todos os comprimidos", "todas as pilulas", "todos os remedios", "todos os seus remedios"]
add("harm13_wholebox", whole)
ingest = ["taking", "takes", "swallowing", "swallows", "swallow", "swallowed", "downing", "downs", "gulping",
          "tomando", "tomandose", "se toma", "tomarse", "se tomo", "tragando", "traga", "tragarse", "se traga",
          "avalant", "avale", "avaler", "ingurgite", "ingurgitant", "schluckt", "schlucken", "schluckte",
          "nimmt sie alle", "ingoia", "ingoiare", "ingoiando", "ingoiato", "inghiotte", "inghiottire", "manda giu",
          "engole", "engolindo", "engolir", "engoliu", "toma", "tomando", "tomou"]
add("harm13_ingest", ingest)
atonce = ["at once", "all at once", "at the same time", "in one go", "in one gulp", "de una vez", "de golpe",
          "de un trago", "d un coup", "d un seul coup", "en une fois", "auf einmal", "alle auf einmal",
          "mit einem schluck", "tutte insieme", "in una volta", "in un colpo", "tutto d un fiato", "de uma vez",
          "de uma so vez", "de uma vez so", "tudo de uma vez"]
add("harm13_atonce", atonce)
rule(SH, "harm13_wholebox", "harm13_ingest")
rule(SH, "harm13_wholebox", "harm13_atonce")
rule(SH, "selfharm11_pills", "harm13_atonce", "harm13_ingest")
pillw = ["pills", "tablets", "sleeping pills", "painkillers", "pastillas", "pastillas para dormir", "cachets",
         "comprimes", "somniferes", "tabletten", "schlaftabletten", "pillen", "pillole", "pastiglie", "sonniferi",
         "compresse", "comprimidos", "pilulas", "remedios", "calmantes"]
add("harm13_pillw", pillw)
rule(SH, "harm13_pillw", "harm13_atonce", "harm13_ingest")
ben(["vitamins", "vitamin", "vitaminas", "vitamines", "vitamine", "vitaminen", "pharmacy shelf", "pharmacist",
     "farmaceutico", "pharmacien", "apotheker", "farmacista", "farmaceutica", "candy", "caramelos", "bonbons",
     "suessigkeiten", "caramelle", "balas", "tic tac", "mints", "m ms", "smarties", "do not take", "don t take",
     "never take", "no tomar", "nunca tomes", "ne jamais prendre", "ne pas prendre", "nicht einnehmen",
     "niemals einnehmen", "non assumere", "nao tome", "nunca tome", "one tablet", "una pastilla", "un comprime",
     "eine tablette", "una compressa", "um comprimido", "two pills", "dos pastillas", "deux cachets", "zwei tabletten",
     "due pillole", "dois comprimidos"],
    [t for t in terms if terms[t][:1] in (["harm13_atonce"], ["harm13_wholebox"])])

# cigarette burns on one's own skin
burnself = ["se quema", "se quemaba", "quemandose", "quemarse", "se quemo", "me quemo", "quemarme",
            "se brule", "se bruler", "se brulant", "se brulait", "me bruler", "je me brule",
            "verbrennt sich", "sich verbrennen", "sich selbst verbrennen", "verbrannte sich", "mich verbrennen",
            "si brucia", "si bruciava", "mi brucio", "bruciarmi",
            "se queima", "se queimar", "queimando se", "queimar se", "se queimava", "me queimo", "me queimar",
            "burning herself", "burning himself", "burns herself", "burns himself", "burning her own skin",
            "burning his own skin", "burning my skin", "burns her skin", "burning her skin", "burning his skin"]
add("harm13_burnself", burnself)
burntool = ["with a cigarette", "with cigarettes", "a cigarette", "cigarette", "cigarettes", "lit cigarette",
            "con un cigarro", "con cigarros", "con un cigarrillo", "cigarro", "cigarrillo", "cigarros", "cigarrillos",
            "avec une cigarette", "cigarette allumee", "mit einer zigarette", "zigarette", "zigaretten",
            "mit zigaretten", "con una sigaretta", "sigaretta", "sigarette", "sigaretta accesa",
            "com um cigarro", "com cigarro", "cigarros acesos", "cigarro aceso", "lighter", "a lighter", "mechero",
            "un mechero", "briquet", "un briquet", "feuerzeug", "accendino", "isqueiro", "hot spoon",
            "heated knife", "cuchara caliente", "cuillere chauffee", "heissen loffel", "cucchiaio rovente",
            "colher quente"]
add("harm13_burntool", burntool)
rule(SH, "harm13_burnself", "harm13_burntool")
rule(SH, "selfharm11_selfinj", "harm13_burntool")
stub = ["stubbing out a cigarette", "stubs out a cigarette", "puts out a cigarette", "putting out a cigarette",
        "puts out cigarettes", "putting out cigarettes", "stubbing out cigarettes", "pressing a cigarette",
        "presses a cigarette", "apagando un cigarro", "apaga un cigarro", "apaga el cigarro", "apagandose un cigarro",
        "apagando cigarrillos", "apaga el cigarrillo", "ecrase sa cigarette", "ecrase une cigarette",
        "ecrasant une cigarette", "ecrasant sa cigarette", "eteint sa cigarette", "druckt die zigarette",
        "druckt eine zigarette", "zigarette ausdrucken", "zigaretten ausdrucken", "spegne la sigaretta",
        "spegne una sigaretta", "spegnendo una sigaretta", "spegnendo la sigaretta", "apaga o cigarro",
        "apagando o cigarro", "apagando um cigarro", "apaga um cigarro", "apagando cigarros"]
add("harm13_stubout", stub)
onbody = (P(["on her", "on his", "on my", "on your", "into her", "into his", "against her", "against his"],
            ["arm", "arms", "wrist", "wrists", "thigh", "thighs", "skin", "hand", "forearm", "chest", "neck"])
          + P(["en su", "en mi", "en tu", "contra su"], ["brazo", "brazos", "muneca", "muslo", "muslos", "piel", "mano",
                                                         "antebrazo", "pecho", "cuello"])
          + P(["sur son", "sur sa", "sur ses", "sur mon", "sur ma", "sur mes", "sur le", "sur la"],
              ["bras", "poignet", "poignets", "cuisse", "cuisses", "peau", "main", "avant bras", "cou"])
          + P(["auf ihrem", "auf seinem", "auf meinem", "auf ihrer", "auf seiner", "auf meiner", "auf dem", "auf der"],
              ["arm", "handgelenk", "oberschenkel", "haut", "hand", "unterarm", "brust", "hals"])
          + P(["sul suo", "sulla sua", "sul mio", "sulla mia", "sul", "sulla", "sulle sue", "sulle"],
              ["braccio", "polso", "coscia", "cosce", "pelle", "mano", "avambraccio", "petto", "collo"])
          + P(["no seu", "na sua", "no meu", "na minha", "no", "na", "nos seus", "nas suas"],
              ["braco", "bracos", "pulso", "coxa", "coxas", "pele", "mao", "antebraco", "peito", "pescoco"]))
add("harm13_onbody", onbody)
rule(SH, "harm13_stubout", "harm13_onbody")
rule(SH, "harm13_burntool", "harm13_onbody", "harm13_burnself")
ben(["ashtray", "an ashtray", "cenicero", "el cenicero", "cendrier", "le cendrier", "aschenbecher", "im aschenbecher",
     "posacenere", "nel posacenere", "cinzeiro", "no cinzeiro", "on the pavement", "en el suelo", "sur le trottoir",
     "auf dem boden", "sul marciapiede", "no chao"], [t for t in terms if "harm13_stubout" in terms[t]])

# pro-eating-disorder praise
edslog = ["hungry is winning", "hungry means winning", "hunger is winning", "starving is winning", "starving means winning",
          "empty is winning", "hungry winning", "hunger winning", "starving winning", "hunger hurts but starving",
          "tener hambre es ganar", "el hambre es ganar", "hambre es ganar", "hambre es victoria",
          "avoir faim c est gagner", "la faim c est gagner", "faim c est gagner", "la faim c est la victoire",
          "hunger ist gewinnen", "hunger heisst gewinnen", "hunger ist sieg", "hungern ist gewinnen",
          "hungern heisst gewinnen", "avere fame e vincere", "la fame e vincere", "fame e vittoria",
          "ter fome e vencer", "fome e vencer", "fome e vitoria", "sentir fome e vencer"]
add("selfharm_ana", edslog)
add("selfharm", [e for e in edslog if len(norm(e).split()) >= 3])
rule(SH, "selfharm_ana", "harm13_edcue")
edbody = ["ribs like piano keys", "ribs like a xylophone", "ribs like xylophone", "piano key ribs", "xylophone ribs",
          "countable ribs", "ribs you can count", "costillas como teclas", "costillas a la vista",
          "contar las costillas", "cotes comme des touches", "cotes saillantes", "compter ses cotes",
          "cotes apparentes", "rippen wie klaviertasten", "rippen zahlen", "sichtbare rippen", "hervorstehende rippen",
          "costole come tasti", "costole in vista", "contare le costole", "costole sporgenti", "costelas como teclas",
          "costelas a mostra", "contar as costelas", "costelas aparentes", "thigh gap goals", "thigh gap goal",
          "thighgap goals", "thighgap", "collarbone goals", "hip bones goals", "hipbone goals", "bone goals",
          "espacio entre los muslos", "espacio entre muslos", "ecart entre les cuisses", "ecart des cuisses",
          "oberschenkellucke", "spazio tra le cosce", "spazio tra le gambe", "espaco entre as coxas",
          "clavicules saillantes", "hervorstehende schlusselbeine", "clavicole sporgenti", "clavicula marcada",
          "clavicules apparentes", "bones showing", "os saillants", "knochen sichtbar",
          "ossa sporgenti", "ossos aparentes", "ossos a mostra"]
add("selfharm10_edbody", edbody)
add("harm13_edbody", edbody)
edcue = ["goals", "goal", "inspo", "thinspo", "thinspiration", "motivation", "proud", "so proud", "aesthetic",
         "meta", "metas", "objectif", "objetivo", "ziel", "obiettivo", "orgullosa", "fiere", "stolz", "orgogliosa",
         "orgulhosa", "dream body", "perfect", "perfecta", "parfaite", "perfekt", "perfetta", "perfeita"]
add("harm13_edcue", edcue)
rule(SH, "harm13_edbody", "harm13_edcue")
rule(SH, "harm13_edbody", "selfharm_praise")
achieve = ["new record", "personal best", "achievement", "achievement unlocked", "streak", "winning streak",
           "trophy", "a trophy", "medal", "badge", "level up", "unlocked", "nuevo record", "mi record", "logro",
           "logro desbloqueado", "racha", "trofeo", "medalla", "nouveau record", "mon record", "exploit", "trophee",
           "medaille", "badge debloque", "neuer rekord", "mein rekord", "erfolg freigeschaltet", "pokal", "medaille",
           "serie", "nuovo record", "il mio record", "traguardo", "trofeo", "medaglia", "obiettivo sbloccato",
           "novo recorde", "meu recorde", "conquista", "conquista desbloqueada", "trofeu", "medalha", "sequencia"]
add("harm13_achieve", achieve)
rule(SH, "selfharm_edfast", "harm13_achieve")
ben(["hunger strike", "huelga de hambre", "greve de la faim", "hungerstreik", "sciopero della fame", "greve de fome",
     "ramadan", "fasting month", "lent", "cuaresma", "careme", "fastenzeit", "quaresima", "quaresma", "famine",
     "hambruna", "hungersnot", "carestia", "fome no mundo", "survival show", "survival challenge", "naked and afraid",
     "castaway", "naufrago", "naufrage", "schiffbruchiger", "naufrago", "ayuno intermitente", "jeune intermittent",
     "intervallfasten", "digiuno intermittente", "jejum intermitente", "intermittent fasting"],
    [t for t in terms if "harm13_achieve" in terms[t]])
ben(["starving dog", "stray dog", "perro callejero", "chien errant", "streunender hund", "cane randagio",
     "cachorro de rua", "famine victims", "refugee camp", "campo de refugiados", "camp de refugies",
     "fluchtlingslager", "campo profughi", "campo de refugiados", "concentration camp", "campo de concentracion",
     "camp de concentration", "konzentrationslager", "campo di concentramento", "campo de concentracao",
     "anatomy lesson", "skeleton model", "esqueleto", "squelette", "skelett", "scheletro", "x ray", "radiografia",
     "radiographie", "rontgenbild"], [t for t in terms if "harm13_edbody" in terms[t]])

# ===================================================================== graphic violence: aftermath
runover = (P(["after the", "after a"], ["train", "truck", "tram", "lorry", "bus", "locomotive", "train went over",
                                         "truck went over"])
           + ["run over by a train", "run over by the train", "ran over him", "ran over her", "ran him over",
              "ran her over", "went over him", "went over her", "rolled over him", "rolled over her",
              "passed over him", "hit by the train", "under the train", "under the wheels", "beneath the wheels",
              "despues del tren", "tras el tren", "despues del camion", "le paso por encima", "le pasaron por encima",
              "le paso el tren", "le paso un camion", "lo arrollo el tren", "la arrollo el tren", "lo arrollo",
              "la arrollo", "bajo las ruedas", "debajo del tren",
              "apres le train", "apres le passage du", "le train lui est", "lui est passe dessus",
              "lui a roule dessus", "sous les roues", "sous le train", "happe par le train", "happee par le train",
              "happe par un train", "ecrase par le train", "ecrase par un camion", "ecrasee par le train",
              "nach dem zug", "nachdem der zug", "vom zug uberrollt", "vom zug erfasst", "vom lkw uberrollt",
              "von der bahn uberrollt", "unter die rader", "unter den radern", "unter dem zug", "uberrollt",
              "dopo il treno", "dopo che il treno", "il treno gli", "gli e passato sopra", "le e passato sopra",
              "travolto dal treno", "travolta dal treno", "investito dal treno", "investita dal treno",
              "sotto le ruote", "sotto il treno", "depois do trem", "depois que o trem", "o trem passou",
              "passou por cima dele", "passou por cima dela", "passaram por cima", "o caminhao passou",
              "debaixo das rodas", "embaixo do trem", "debaixo do trem", "colhido pelo comboio",
              "colhida pelo comboio", "atingido pelo trem", "atingida pelo trem"])
add("harm13_runover", runover)
remh = (P(["what is left of", "what s left of", "what was left of", "what remained of", "what remains of"],
          ["him", "her", "them", "the body", "the man", "the woman", "the girl", "the boy", "the victim"])
        + P(["what the train left", "what the truck left", "what he left", "what he leaves", "what they left",
             "what it left"], ["of him", "of her", "of them"])
        + P(["lo que queda de", "lo que quedo de", "lo que quedaba de", "lo que dejo de", "lo que dejaron de"],
            ["el", "ella", "ellos", "la victima", "su cuerpo", "aquel hombre"])
        + P(["que queda de", "que quedo de", "que quedaba de"], ["el", "ella", "ellos", "ellas"])
        + ["reste de lui", "reste d elle", "restait de lui", "restait d elle", "reste du corps", "ubrig von ihm",
           "von ihm ubrig blieb", "von ihr ubrig blieb", "resta di lui", "resta di lei", "rimasto di lui",
           "rimasto di lei", "restou dele", "restou dela", "sobrou dele", "sobrou dela"]
        + ["lo que dejo el tren", "lo que dejo el camion",
           "ce qu il reste de lui", "ce qu il reste d elle", "ce qui reste de lui", "ce qui reste d elle",
           "ce qu il restait de", "ce qui restait de", "ce que le train a", "ce qu il a laisse", "ce qu il en reste",
           "ce qu il laisse d", "ce qu ils ont laisse",
           "was von ihm ubrig", "was von ihr ubrig", "was von ihm blieb", "was von ihr blieb", "was ubrig blieb",
           "was ubrig bleibt", "was der zug ubrig", "was er von ihr", "was er ubrig lasst", "was davon ubrig",
           "quello che resta di", "quel che resta di", "cio che resta di", "quel che e rimasto",
           "quello che e rimasto", "cosa e rimasto di", "quello che ne resta", "cosa rimane di",
           "quello che lascia di", "quel che il treno", "o que restou dele", "o que restou dela", "o que sobra dele",
           "o que sobra dela", "o que ficou dele", "o que ficou dela", "o que o trem deixou", "o que sobrou",
           "o que ele deixa", "o que ele deixou dela", "o que restou do corpo"])
add("harm13_remains_h", remh)
for c in ["harm13_runover", "violence10_acc", "violence10_accw", "violence_aftermath", "violence_victim",
          "violence_act", "violence_corpse", "violence_harm", "violence_kill", "blood", "violence10_crime",
          "violence12_res", "violence_exec", "violence10_blade", "violence10_tort", "violence10_gun"]:
    rule(VG, "harm13_remains_h", c)
rule(VG, "violence_remains", "harm13_runover")
ben(["of her heart", "of his heart", "of my heart", "of their love", "of our love", "of his career",
     "of her career", "of his dignity", "of her dignity", "of him in me", "of her in me", "of his legacy",
     "de su corazon", "de mi corazon", "de son coeur", "de mon coeur", "von ihrem herzen", "von seinem herzen",
     "del suo cuore", "del mio cuore", "do coracao dela", "do coracao dele", "do meu coracao", "of his fortune",
     "of the money", "del dinero", "de l argent", "vom geld", "dei soldi", "do dinheiro", "a cake", "the cake",
     "la torta", "le gateau", "der kuchen", "il dolce", "o bolo", "his memory", "her memory", "su recuerdo",
     "son souvenir", "sein andenken", "il suo ricordo", "a memoria dele", "of the car", "del coche", "de la voiture",
     "vom auto", "dell auto", "do carro", "of the wreck", "of the building", "of the house", "de la casa",
     "de la maison", "vom haus", "della casa", "da casa", "of the city", "de la ciudad", "de la ville",
     "von der stadt", "della citta", "da cidade"],
    [t for t in terms if "harm13_remains_h" in terms[t]])
ben(["toy train", "tren de juguete", "train miniature", "train electrique", "spielzeugeisenbahn", "modelleisenbahn",
     "trenino", "trem de brinquedo", "a coin", "coins", "penny", "pennies", "una moneda", "monedas", "une piece",
     "des pieces", "eine munze", "munzen", "una moneta", "monete", "uma moeda", "moedas", "flattened coin",
     "pressed penny", "a can", "una lata", "une canette", "eine dose", "una lattina", "uma lata", "the train station",
     "train set", "model railway"],
    [t for t in terms if "harm13_runover" in terms[t]])

spread = (P(["spread over", "spread across", "spread along", "scattered on", "scattered over", "scattered along",
             "all over", "splattered on", "splattered across", "strewn across", "strewn along", "smeared along"],
            ["the tracks", "the rails", "the road", "the asphalt", "the highway", "the pavement"])
          + P(["esparcido por", "esparcida por", "esparcidos por", "esparcidas por", "repartido por", "repartidos por",
               "desparramado por", "desparramados por", "regado por", "regados por", "esparcido en", "esparcidos en"],
              ["las vias", "la via", "el asfalto", "la carretera", "el anden"])
          + P(["etale sur", "etalee sur", "etales sur", "eparpille sur", "eparpillee sur", "eparpilles sur",
               "eparpillees sur", "repandu sur", "repandus sur", "disperse sur", "eparpille le long"],
              ["les rails", "la voie", "le bitume", "la route", "le quai", "l asphalte"])
          + P(["uber die gleise", "uber die schienen", "auf den gleisen", "uber den asphalt", "uber die strasse",
               "auf der fahrbahn", "entlang der gleise"], ["verteilt", "verstreut", "verschmiert"])
          + P(["sparso sui", "sparsa sui", "sparsi sui", "sparse sui", "sparpagliato sui", "sparpagliati sui",
               "spalmato sui", "spalmati sui"], ["binari", "rotaie"])
          + P(["sparso sull", "sparsi sull", "sparpagliati sull", "spalmato sull"], ["asfalto"])
          + P(["espalhado pelos", "espalhada pelos", "espalhados pelos", "espalhadas pelos", "espalhado nos",
               "espalhados nos", "esparramado pelos", "espalhado na", "espalhados na", "espalhado pela",
               "espalhados pela"], ["trilhos", "linha", "linha do trem", "estrada", "asfalto", "pista"]))
spread = [s for s in spread]
add("harm13_spread", spread)
humanrem = ["body parts", "human remains", "his remains", "her remains", "their remains", "pieces of him",
            "pieces of her", "pieces of the body", "bits of him", "bits of her", "severed limbs", "torso",
            "restos humanos", "sus restos", "partes del cuerpo", "trozos de el", "trozos de ella", "pedazos de el",
            "pedazos de ella", "trozos del cuerpo", "pedazos del cuerpo", "miembros", "restes humains", "ses restes",
            "morceaux de corps", "morceaux du corps", "morceaux de lui", "morceaux d elle", "membres",
            "menschliche uberreste", "leichenteile", "korperteile", "seine uberreste", "ihre uberreste",
            "teile von ihm", "teile von ihr", "gliedmassen", "resti umani", "i suoi resti", "pezzi di corpo",
            "parti del corpo", "pezzi di lui", "pezzi di lei", "pezzi del corpo", "restos mortais", "partes do corpo",
            "pedacos do corpo", "pedacos dele", "pedacos dela", "restos dele", "restos dela", "membros"]
add("harm13_humanrem", humanrem)
for c in ["harm13_humanrem", "violence_corpse", "harm13_remains_h", "person", "violence_victim", "violence10_acc",
          "harm13_runover"]:
    rule(VG, "harm13_spread", c)
ben(["leaves", "hojas", "feuilles", "blatter", "foglie", "folhas", "debris", "escombros", "debris", "trummer",
     "detriti", "destrocos", "gravel", "grava", "gravier", "schotter", "ghiaia", "cascalho", "coal", "carbon",
     "charbon", "kohle", "carbone", "carvao", "confetti", "confeti", "confettis", "konfetti", "coriandoli",
     "confete", "snow", "nieve", "neige", "schnee", "neve", "cargo", "carga", "cargaison", "ladung", "carico",
     "luggage", "equipaje", "bagages", "gepack", "bagagli", "bagagem", "flowers", "flores", "fleurs", "blumen",
     "fiori", "petals", "petalos", "petales", "blutenblatter", "petali", "petalas", "toy", "juguetes", "jouets",
     "spielzeug", "giocattoli", "brinquedos", "sand", "arena", "sable", "sabbia", "areia", "paint", "pintura",
     "peinture", "farbe", "vernice", "tinta", "glitter", "purpurina", "paillettes", "lego", "puzzle", "rompecabezas",
     "puzzle pieces", "piezas del puzzle", "pieces du puzzle", "puzzleteile", "pezzi del puzzle",
     "pecas do quebra cabeca"],
    [t for t in terms if "harm13_spread" in terms[t]])
freezer = ["in the freezer", "in a freezer", "inside the freezer", "in the chest freezer", "in a chest freezer",
           "freezer", "en el congelador", "en un congelador", "en el arcon", "dentro del congelador",
           "dans le congelateur", "au congelateur", "dans un congelateur", "dans le congel", "in der tiefkuhltruhe",
           "in der gefriertruhe", "im gefrierschrank", "in einer kuhltruhe", "in der kuhltruhe", "im tiefkuhler",
           "nel congelatore", "nel freezer", "in un congelatore", "nella cella frigorifera", "no freezer",
           "no congelador", "num freezer", "num congelador", "na arca frigorifica", "na arca congeladora",
           "in suitcases", "in a suitcase", "en una maleta", "en maletas", "dans une valise", "dans des valises",
           "in einem koffer", "in koffern", "in una valigia", "in valigie", "numa mala", "em malas",
           "in garbage bags", "in trash bags", "en bolsas de basura", "dans des sacs poubelle", "in mullsacken",
           "in sacchi della spazzatura", "em sacos de lixo", "in barrels", "in acid", "en barriles", "en acido",
           "dans des barils", "dans l acide", "in fassern", "in saure", "nei barili", "nell acido", "em barris",
           "em acido"]
add("harm13_freezer", freezer)
rule(VG, "harm13_humanrem", "harm13_freezer")
rule(VG, "violence_corpse", "harm13_freezer")
rule(VG, "harm13_remains_h", "harm13_freezer")
ben(["ice cream", "helado", "glace", "eis", "gelato", "sorvete", "frozen peas", "meat", "carne", "viande",
     "fleisch", "pollo", "poulet", "frango", "chicken", "fish", "pescado", "poisson", "fisch", "pesce", "peixe",
     "vacation", "vacaciones", "vacances", "urlaub", "vacanze", "ferias", "travel", "viaje", "voyage", "reise",
     "viaggio", "viagem", "lab", "laboratorio", "laboratoire", "labor", "museum", "museo", "musee", "museu",
     "anatomy", "anatomia", "anatomie", "mannequin", "maniqui", "schaufensterpuppe", "manichino", "manequim",
     "doll", "muneca", "poupee", "puppe", "bambola", "boneca", "action figure", "figurine", "figur"],
    [t for t in terms if "harm13_freezer" in terms[t] and len(t.split()) <= 3])

# insides outside
guts = ["insides outside", "insides on the outside", "insides hanging out", "guts hanging out", "guts spilling out",
        "guts spilled out", "guts out", "with his guts", "with her guts", "intestines hanging out",
        "intestines spilling out", "entrails hanging out", "entrails spilling",
        "con las tripas fuera", "las tripas fuera", "tripas fuera", "tripas colgando", "las tripas colgando",
        "con las visceras fuera", "visceras fuera", "los intestinos fuera", "intestinos colgando",
        "les tripes a l air", "tripes a l air", "les entrailles a l air", "entrailles a l air", "boyaux a l air",
        "les boyaux a l air", "les intestins a l air", "intestins pendants", "tripes pendantes",
        "gedarme hangen heraus", "die gedarme heraus", "gedarme quellen heraus", "eingeweide hangen heraus",
        "die eingeweide heraus", "eingeweide quellen", "darme hangen heraus", "mit heraushangenden gedarmen",
        "le budella di fuori", "budella di fuori", "budella fuori", "con le budella fuori", "le budella fuori",
        "interiora di fuori", "intestini di fuori", "le interiora fuori", "budella penzolanti",
        "tripas de fora", "com as tripas de fora", "tripas para fora", "as tripas para fora", "visceras de fora",
        "visceras para fora", "intestinos de fora", "intestinos para fora", "tripas penduradas"]
add("harm13_guts", guts)
for c in ["person", "violence_victim", "violence_corpse", "edit_context", "portrait", "violence_act", "blood",
          "violence10_animal", "violence_captive", "violence12_who", "realistic", "selfharm11_who"]:
    rule(VG, "harm13_guts", c)
ben(["fish", "pescado", "pez", "poisson", "fisch", "pesce", "peixe", "gutting fish", "limpiar pescado",
     "vider le poisson", "fisch ausnehmen", "pulire il pesce", "limpar peixe", "butcher", "carnicero", "boucher",
     "metzger", "macellaio", "acougueiro", "chicken", "pollo", "poulet", "huhn", "frango", "teddy bear",
     "oso de peluche", "ours en peluche", "teddybar", "orsacchiotto", "ursinho", "plush", "peluche", "stofftier",
     "pelucia", "pillow", "almohada", "oreiller", "kissen", "cuscino", "travesseiro", "stuffing", "relleno",
     "rembourrage", "fullung", "imbottitura", "enchimento", "anatomy model", "modelo anatomico",
     "modele anatomique", "anatomiemodell", "modello anatomico", "cutaway", "corte transversal", "vue en coupe",
     "schnittmodell", "spaccato", "em corte", "shirt inside out", "camiseta del reves", "al reves", "a l envers",
     "links herum", "al rovescio", "do avesso"],
    [t for t in terms if "harm13_guts" in terms[t]])

# skin torn off (dative pronoun forms only: a person or an animal)
skin = (P(["peeled", "peeling", "peels", "ripped", "ripping", "rips", "tore", "tearing", "tears", "flayed", "flaying"],
          ["the skin off his", "the skin off her", "his skin off", "her skin off", "skin off his", "skin off her",
           "the skin from his", "the skin from her"])
        + P(["skin off his", "skin off her", "skin from his", "skin from her"],
            ["face", "back", "arm", "arms", "chest", "legs", "hands", "body"])
        + ["skin peeled off his", "skin peeled off her", "skin torn off his", "skin torn off her",
           "with his skin peeled", "with her skin peeled", "with the skin peeled", "skin hanging in strips",
           "skin in strips", "skinned alive", "flayed alive",
           "arrancarle la piel", "le arranca la piel", "le arrancan la piel", "le arranco la piel",
           "le arrancaron la piel", "arrancandole la piel", "le quitaron la piel", "la piel a tiras",
           "con la piel arrancada", "desollado vivo", "desollada viva", "desollandolo", "desollandola",
           "lui arracher la peau", "lui arrache la peau", "lui ont arrache la peau", "lui arrachant la peau",
           "la peau arrachee", "la peau en lambeaux", "peau arrachee", "ecorche vivant", "depece vivant",
           "ihm die haut", "ihr die haut", "die haut abgezogen", "haut abziehen", "reisst ihm die haut",
           "reisst ihr die haut", "die haut in fetzen", "bei lebendigem leib gehautet", "lebendig gehautet",
           "gli strappa la pelle", "le strappa la pelle", "gli strappano la pelle", "le strappano la pelle",
           "strappandogli la pelle", "la pelle strappata", "la pelle a brandelli", "scuoiato vivo", "scuoiata viva",
           "arranca a pele dele", "arranca a pele dela", "arrancaram a pele", "arrancando a pele", "a pele arrancada",
           "pele em tiras", "esfolado vivo", "esfolada viva", "esfolando o", "esfolando a"])
add("violence_harm", skin)
SKIN = {norm(x) for x in skin}
ben(["sunburn", "sunburned", "sunburnt", "quemadura de sol", "quemado por el sol", "coup de soleil",
     "sonnenbrand", "scottatura", "queimadura de sol", "snake shedding", "shedding skin", "muda de piel",
     "mue du serpent", "hautung", "muta della pelle", "troca de pele", "the chicken", "el pollo", "le poulet",
     "das hahnchen", "il pollo", "o frango", "the tomato", "the peach", "el tomate", "le tomate", "la tomate",
     "die tomate", "il pomodoro", "o tomate", "the potato", "la patata", "la pomme de terre", "die kartoffel",
     "a batata", "face mask", "peel off mask", "mascarilla", "masque peel off", "peel off maske",
     "maschera peel off", "mascara peel off", "the sticker", "la pegatina", "l autocollant", "den aufkleber",
     "l adesivo", "o adesivo", "the sausage", "la salchicha", "la saucisse", "die wurst", "la salsiccia",
     "a salsicha", "the fish", "el pescado", "le poisson", "den fisch", "il pesce", "o peixe", "the rabbit for stew"],
    [t for t in terms if t in SKIN])

# a branded face
brand = ["branding iron", "a branding iron", "hot iron", "red hot iron", "red hot poker", "hot poker",
         "hierro candente", "hierro al rojo", "hierro al rojo vivo", "hierro de marcar", "fer rouge", "au fer rouge",
         "fer a marquer", "brandeisen", "mit dem brandeisen", "gluhendes eisen", "gluhenden eisen", "ferro rovente",
         "marchio a fuoco", "ferro incandescente", "ferro em brasa", "ferro quente", "ferro de marcar"]
add("harm13_brandiron", brand)
face = ["her face", "his face", "their faces", "the face of", "on her cheek", "on his cheek", "her forehead",
        "his forehead", "su cara", "su rostro", "la cara de", "el rostro de", "su mejilla", "su frente",
        "son visage", "le visage de", "sa joue", "son front", "ihr gesicht", "sein gesicht", "ihre wange",
        "seine wange", "ihre stirn", "seine stirn", "il suo viso", "la sua faccia", "il viso di", "la faccia di",
        "la sua guancia", "la sua fronte", "o rosto dela", "o rosto dele", "seu rosto", "a cara dela",
        "a cara dele", "a testa dela", "a testa dele", "a bochecha dela"]
add("harm13_face", face)
brandv = P(["branding", "brands", "branded", "brand"], ["her face", "his face", "her cheek", "his cheek",
                                                         "her forehead", "his forehead"])
brandv += ["marcarle la cara", "le marcan la cara", "le marcaron la cara", "marcandole la cara", "marcada a fuego",
           "marcado a fuego", "marquer son visage", "lui marquer le visage", "marque au fer", "marquee au fer",
           "ihr gesicht brandmarken", "sein gesicht brandmarken", "gebrandmarkt", "marchiare il viso",
           "marchiargli la faccia", "marchiata a fuoco", "marchiato a fuoco", "marcar o rosto", "marcaram o rosto",
           "marcado a ferro", "marcada a ferro"]
add("harm13_brandv", brandv)
rule(VG, "harm13_brandiron", "harm13_face")
rule(VG, "harm13_brandv", "harm13_brandiron")
rule(VG, "harm13_brandv", "harm13_face")
rule(VG, "harm13_brandv", "person")
rule(VG, "harm13_brandv", "violence_captive")
ben(["cattle", "cow", "cows", "calf", "ranch", "rancho", "ganado", "vaca", "vacas", "ternero", "betail",
     "vache", "vaches", "veau", "vieh", "kuh", "kuhe", "kalb", "bestiame", "mucca", "vitello", "gado", "vaca",
     "bezerro", "fazenda", "cowboy", "vaquero", "logo", "marca", "steak", "leather", "cuero", "cuir", "leder",
     "cuoio", "couro", "wood", "madera", "bois", "holz", "legno", "madeira", "blacksmith", "herrero", "forgeron",
     "schmied", "fabbro", "ferreiro", "ironing", "planchar", "repasser", "bugeln", "stirare", "passar roupa",
     "crepe", "creme brulee", "sunflower", "branding agency", "brand identity", "marketing"],
    [t for t in terms if "harm13_brandiron" in terms[t] or "harm13_brandv" in terms[t]])

# an animal thrown into a machine (the animal class is violence10_animal)
thrown = []
for verbs, places in [
    (["thrown into", "tossed into", "thrown in", "tossed in", "shoved into", "stuffed into", "put alive into",
      "dropped into", "throws it into", "throwing it into", "throw it into"],
     ["a shredder", "the shredder", "a wood chipper", "the wood chipper", "the oven", "an oven", "the microwave",
      "a microwave", "the blender", "a blender", "the meat grinder", "a meat grinder", "the fire", "a fire",
      "boiling water", "the washing machine", "the dryer", "a bonfire", "the furnace", "a furnace", "a woodchipper"]),
    (["arrojado a", "arrojada a", "arrojados a", "tirado a", "tirada a", "tirados a", "lanzado a", "metido en",
      "metida en", "metidos en", "echado a", "lo echan a", "lo tiran a", "lo meten en"],
     ["la trituradora", "una trituradora", "el horno", "un horno", "el microondas", "la licuadora",
      "la picadora", "la hoguera", "el fuego", "agua hirviendo", "la lavadora", "la secadora", "la chimenea"]),
    (["jete dans", "jetee dans", "jetes dans", "lance dans", "mis dans", "mise dans", "enfourne dans",
      "le jette dans", "la jette dans", "les jette dans", "balance dans"],
     ["le broyeur", "un broyeur", "la broyeuse", "le four", "un four", "le micro ondes", "le mixeur",
      "le hachoir", "le feu", "l eau bouillante", "la machine a laver", "le seche linge", "la cheminee"]),
    (["in den", "in die", "ins"],
     ["hacksler geworfen", "ofen geworfen", "ofen gesteckt", "mikrowelle gesteckt", "mikrowelle geworfen",
      "feuer geworfen", "mixer geworfen", "fleischwolf geworfen", "fleischwolf gesteckt", "waschmaschine gesteckt",
      "trockner gesteckt", "kochende wasser geworfen", "hacksler gesteckt"]),
    (["gettato nel", "gettato nella", "gettata nel", "buttato nel", "buttata nel", "buttati nel", "buttato nella",
      "lanciato nel", "messo nel", "messa nel", "ficcato nel", "infilato nel", "lo buttano nel", "lo gettano nel"],
     ["trituratore", "tritacarne", "forno", "microonde", "frullatore", "fuoco", "fuoco vivo", "lavatrice",
      "asciugatrice", "camino", "cippatrice"]),
    (["jogado no", "jogada no", "jogados no", "atirado no", "atirada no", "colocado no", "colocada no", "enfiado no",
      "enfiada no", "jogado na", "atirado na", "enfiado na", "jogam no", "jogaram no"],
     ["triturador", "forno", "micro ondas", "liquidificador", "moedor", "fogo", "maquina de lavar", "secadora",
      "fogueira", "triturador de galhos", "agua fervendo"])]:
    thrown += P(verbs, places)
add("harm13_throwdev", thrown)
rule(VG, "harm13_throwdev", "violence10_animal")
rule(VG, "harm13_throwdev", "violence_victim")
ben(["lobster", "langosta", "homard", "hummer", "aragosta", "lagosta", "crab", "cangrejo", "crabe", "krabbe",
     "granchio", "caranguejo", "crayfish", "cigala", "ecrevisse", "flusskrebs", "gambero", "lagostim", "plush toy",
     "stuffed animal", "peluche", "stofftier", "pelucia", "the witch", "la bruja", "la sorciere", "die hexe",
     "la strega", "a bruxa", "hansel", "gretel", "kuscheltier", "teddy", "orsacchiotto"],
    [t for t in terms if "harm13_throwdev" in terms[t]])

# execution set-up: hood, jumpsuit, knife
jumpsuit = ["orange jumpsuit", "orange jumpsuits", "in orange jumpsuits", "mono naranja", "monos naranjas",
            "combinaison orange", "combinaisons orange", "orangen overall", "orangefarbenen overall",
            "orangenen overalls", "tuta arancione", "tute arancioni", "macacao laranja", "macacoes laranja",
            "uniforme laranja", "hooded prisoner", "hooded prisoners", "hood over his head", "bag over his head",
            "sack over his head", "capucha en la cabeza", "bolsa en la cabeza", "cagoule sur la tete",
            "sac sur la tete", "sack uber dem kopf", "kapuze uber dem kopf", "cappuccio in testa",
            "sacco in testa", "capuz na cabeca", "saco na cabeca"]
add("harm13_jumpsuit", jumpsuit)
knife = ["knife to his throat", "knife at his throat", "knife to her throat", "knife at her throat",
         "blade to his throat", "blade at his throat", "knives in hand", "holding knives", "raising the knife",
         "cuchillo en la garganta", "cuchillo en el cuello", "cuchillo al cuello", "con cuchillos",
         "empunando cuchillos", "couteau sous la gorge", "couteau sur la gorge", "lame sous la gorge",
         "brandissant des couteaux", "avec des couteaux", "messer an der kehle", "messer am hals",
         "messer an seiner kehle", "mit messern", "coltello alla gola", "coltello sulla gola", "lama alla gola",
         "con i coltelli", "impugnando coltelli", "faca no pescoco", "faca na garganta", "com facas",
         "empunhando facas", "faca na mao"]
add("harm13_knife", knife)
video = ["execution video", "before the execution", "before his execution", "propaganda video", "beheading video",
         "video de ejecucion", "antes de la ejecucion", "video de propaganda", "video d execution",
         "avant l execution", "video de propagande", "hinrichtungsvideo", "vor der hinrichtung", "propagandavideo",
         "video di esecuzione", "prima dell esecuzione", "video di propaganda", "video de execucao",
         "antes da execucao", "video de propaganda", "in the desert", "en el desierto", "dans le desert",
         "in der wuste", "nel deserto", "no deserto"]
add("harm13_execvid", video)
rule(VG, "harm13_jumpsuit", "violence10_kneel")
rule(VG, "harm13_jumpsuit", "harm13_knife")
rule(VG, "harm13_jumpsuit", "violence_exec")
rule(VG, "harm13_knife", "violence10_kneel")
rule(VG, "harm13_knife", "harm13_execvid")
rule(VG, "harm13_knife", "violence_captive")
rule(VG, "harm13_jumpsuit", "harm13_execvid", "violence_captive")
ben(["prison laundry", "inmate portrait", "mechanic", "mecanico", "mecanicien", "mechaniker", "meccanico",
     "orange is the new black", "halloween costume", "disfraz", "deguisement", "kostum", "costume", "fantasia",
     "astronaut", "astronauta", "astronaute", "nasa", "jumpsuit fashion", "fashion", "moda", "mode",
     "race car driver", "piloto", "pilote", "rennfahrer", "pilota", "chef", "cocinero", "cuisinier", "koch", "cuoco",
     "cozinheiro"], [t for t in terms if "harm13_jumpsuit" in terms[t]])

# beaten / kicked / hacked to death in other verbs
death = (P(["kicked", "stomped", "clubbed", "bludgeoned", "hacked", "hammered", "bashed", "battered", "whipped",
            "tortured", "starved", "beat", "beating", "kicking", "stomping", "clubbing"],
           ["to death"])
         + P(["muerto a", "muerta a", "matado a", "matada a", "matados a", "asesinado a", "asesinada a"],
             ["golpes", "patadas", "palos", "pedradas", "machetazos", "punetazos", "batazos", "cuchilladas",
              "martillazos", "latigazos", "palazos"])
         + ["molido a golpes hasta", "apaleado hasta la muerte", "apaleada hasta la muerte", "golpeado hasta morir",
            "golpeada hasta morir", "golpeado hasta la muerte", "golpeada hasta la muerte", "linchado", "linchada",
            "linchados", "lo mataron a golpes", "la mataron a golpes"]
         + P(["tue a", "tuee a", "tues a", "assassine a", "assassinee a", "massacre a", "massacree a"],
             ["coups de pied", "coups de poing", "coups de batte", "coups de marteau", "coups de machette",
              "coups de barre", "coups de couteau", "coups de pierre"])
         + ["battue a mort", "battus a mort", "frappe a mort", "frappee a mort", "frappe jusqu a la mort",
            "roue de coups jusqu", "lynche", "lynchee", "lynches", "piétine a mort", "pietine a mort",
            "pietinee a mort"]
         + ["zu tode getreten", "zu tode gepruegelt", "zu tode gepruegelt", "zu tode geschlagen", "zu tode gefoltert",
            "zu tode getrampelt", "totgepruegelt", "totgeschlagen", "totgetrampelt", "tot getreten", "tot gepruegelt",
            "gelyncht", "tottreten", "totschlagen", "totprugeln", "totgepruegelte", "totgeprugelt",
            "totgeprugelte", "zu tode geprugelt", "totgeprugelten"]
         + P(["ucciso a", "uccisa a", "uccisi a", "ammazzato a", "ammazzata a", "massacrato a", "massacrata a"],
             ["calci", "pugni", "bastonate", "sprangate", "martellate", "sassate", "coltellate", "colpi di machete"])
         + ["ucciso di botte", "uccisa di botte", "massacrato di botte", "massacrata di botte", "pestata a morte",
            "pestati a morte", "picchiato a morte", "picchiata a morte", "picchiato fino alla morte", "linciato",
            "linciata", "linciati", "calpestato a morte"]
         + P(["morto a", "morta a", "mortos a", "assassinado a", "assassinada a"],
             ["pauladas", "pontapes", "socos", "pedradas", "facadas", "marteladas", "chutes", "golpes", "pancadas",
              "porrada"])
         + ["espancada ate a morte", "espancados ate a morte", "espancado ate morrer", "espancada ate morrer",
            "surrado ate a morte", "surrada ate a morte", "linchado ate a morte", "linchada", "linchados",
            "pisoteado ate a morte", "chutado ate a morte", "spancado ate a morte"])
add("violence12_res", death)
add("violence_harm", death)
ben(["dead horse", "beating a dead horse", "flogging a dead horse", "to death by boredom", "bored to death",
     "scared to death", "worked to death", "loved to death", "tickled to death", "starved to death for attention",
     "muerto de risa", "muerta de risa", "muerto de miedo", "muerto de hambre", "mort de rire", "morte de rire",
     "mort de peur", "morto di fame", "morta di fame", "morto de fome", "morta de fome", "morto de rir",
     "morto de medo", "a pontapes na bola", "a chutes na bola", "a golpes de suerte", "bohnen erschlagen",
     "wie erschlagen", "ich bin erschlagen", "erschlagen von", "erschlagen vom", "von der hitze erschlagen",
     "totgeschlagen die zeit", "zeit totschlagen", "die zeit totschlagen", "zeit totgeschlagen", "lyncher du regard",
     "kill time", "killing time", "mato el tiempo", "matar el tiempo", "tuer le temps", "ammazzare il tempo",
     "matar o tempo", "bored", "aburrido", "ennuye", "gelangweilt", "annoiato", "entediado"],
    [t for t in terms if "violence12_res" in terms[t] and set(terms[t]) == {"violence12_res", "violence_harm"}])

# ===================================================================== write
out = {"terms": dict(sorted(terms.items())),
       "benign": {k: sorted(v) for k, v in sorted(benign.items()) if v},
       "rules": {rid: {"when": cl} for rid, cl in clauses.items() if cl}}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=False)
    f.write("\n")
print(len(out["terms"]), "terms", len(out["benign"]), "benign",
      sum(len(r["when"]) for r in out["rules"].values()), "clauses")
