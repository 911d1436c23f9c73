#!/usr/bin/env python3
"""Builds sexual11.json (round 11, areas explicit + minors), six languages.

Detection terms only. New classes are prefixed sexual11_ and fire only in
combination (see RULES); the only lone-firing class used is `explicit`, for a
short list of unambiguous porn/sex slang, and nudity-lone is not used.

Run: python3 sexual11_gen.py  (reads the merged lexicon dump lex_all.jsonl,
written from policies/lexicon.json + lexicon_intl.json, to drop terms that
already carry the same classes).
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = s.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").replace("ø", "o")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^a-z0-9@$]+", " ", s)
    return " ".join(s.split())


terms = {}


def add(cls, *phrases):
    for p in phrases:
        k = norm(p)
        if not k or len(k.split()) > 4:
            continue
        terms.setdefault(k, set()).add(cls)


# ---------------------------------------------------------------- explicit (lone)
# Unambiguous porn / sex slang not yet in the lexicon.
add("explicit",
    # adult sites and genre tags
    "youporn", "redtube", "spankbang", "stripchat", "bongacams", "livejasmin", "myfreecams",
    "nhentai", "xnxx", "camsoda", "clips4sale", "gokkun", "gloryhole", "e621", "erome", "futa",
    "fisting", "facesitting", "pompinara", "strapon", "polla dura", "bite dure", "plug anal",
    "mostrando la cochina", "ensenando la cochina", "mostrando el chocho", "ensenando el chocho",
    "mostrando la cuca", "ensenando la cuca",
    "pornazzo", "pornazzi", "pornazzi amatoriali", "pornito", "pornitos", "pornito casero",
    "nopor", "teuch", "teuche", "teuchs",
    "video de cul", "videos de cul", "film de cul", "films de cul", "scenes de cul",
    "photos de cul", "histoire de cul",
    "cazzo di fuori", "col cazzo di fuori", "con il cazzo di fuori", "col cazzo fuori",
    "cazzo in mano", "cazzo duro", "cazzi di fuori",
    "pipe baveuse", "tailler une pipe", "taille une pipe", 
    "suce une bite", "haciendo una mamada", "hace una mamada",
    "haciendole una mamada", "chupando polla", "fazendo um boquete",
    "pagando boquete", "fazendo boquete", "facendo un pompino", "fa un pompino",
    "bläst ihm einen", 
    "deepthroating", "fazendo sexo", "haciendo sexo", "faisant du sexe",
    "beim vogeln", "beim bumsen", "beim ficken", "sesso orale", "sexo anal", "sesso anale",
    "si scopano", "se la scopa", 
    "culeando", "garchando", "cogiendo duro", "metiendosela", "fodendo", "fodem", "transam",
    "transar com", "vögeln sich", "vogeln sich",
    "pornografico", "pornografica",
    "pornographique", "pornografisch", "pornograficos", "pornografiche",
    
)

# ---------------------------------------------------------------- sex acts (combination)
# sexual11_act: euphemisms and slang for sex that need a second sexual cue.
add("sexual11_act",
                # en
        "doing the deed", "doing the nasty", "do the nasty",
    "bumping uglies", "knocking boots", "lovemaking", "love making", "make love", "making love",
    "made love", "makes love", "having it off", "at it like rabbits", 
    "hooking up", 
    "having intercourse", "intercourse", "coitus", "copulating", 
    "shagging", "humping", "sexing", 
    
    "missionary position", "doggy style", "doggystyle", "cowgirl position", "reverse cowgirl",
    "spooning position",     
        # es
    "haciendo el amor", "hacen el amor", "hacer el amor", "hicieron el amor", "hacemos el amor",
    "en pleno acto", "en plena faena",
    "pillados en plena faena", "pillada en plena faena",     "dandole", "dandole duro", "se lo montan",
    "montandoselo", "echan un polvo", "echar un polvo", "copulando", "fornicando",
    "fornican", "garganta profunda", 
    "posicion del misionero", "haciendolo",
    # fr
    "faire l amour", "font l amour", "fait l amour", "faisant l amour", "ont fait l amour",
    "s envoient en l air", "s envoie en l air", "envoyer en l air", "s envoyant en l air",
    "envoient en l air", "jambes en l air", "en plein acte",
        "se fait sauter", "se fait defoncer",
    "se fait baiser", "se font baiser", "ebats amoureux",
    "en plein ebat", "copulent", "coit", "gorge profonde", "en levrette",
        # de
        "schlaft mit ihm", "schlaft mit ihr", "beim sex",     "es miteinander treiben", "treiben es", "es treiben",
    "nummer schieben", "beim liebesspiel", "liebesspiel", "geschlechtsverkehr",
    "kopulieren", "kopulation", "von hinten genommen",
    "doggystellung", "hundchenstellung", "missionarsstellung", "reiterstellung",
        # it
    "fare l amore", "fanno l amore", "fa l amore", "facendo l amore", "hanno fatto l amore",
    "fa zum zum", "fanno zum zum", "fare zum zum", "zum zum", 
        "ci danno dentro", "darci dentro", "fare sesso", "fanno sesso",
    "accoppiamento", "accoppiarsi", "copulano", "alla pecorina",
    "fare una spagnola", "fa una spagnola", "fanno una spagnola",
    "gola profonda", 
    # pt
    "fazendo amor", "fazer amor", "fazem amor", "fizeram amor", "transando", "transar",
    "trepando", "trepar", "mandando ver", "fazendo aquilo", "fazendo aquiilo",
    "dar uma rapidinha", "flagrados",
    "em plena acao", "em pleno ato", "copulando", 
    "de quatro na cama", "garganta profunda",
    )

# sexual11_actp: unambiguous euphemisms, enough with a person.
add("sexual11_actp",
    "s envoie en l", "s envoient en l", "s envoyer en l", "s envoyant en l", "s envoyaient en l",
    "s est envoyee en", "se sont envoyes en",     "s envoient en l air", "s envoie en l air", "s envoyant en l air", "s envoyaient en l air",
    "envoient en l air", "fa zum zum", "fanno zum zum", "fare zum zum", "fanno sesso",
    "fare sesso con", "fazendo sexo", "transando", "transam", "transar com",
    "se fait sauter", "se fait defoncer", "se font defoncer", "se fait baiser", "se font baiser",
    "echan un polvo", "echando un polvo", "echar un polvo con", "se lo montan",
    "having intercourse", "having sex", "doing the nasty", "bumping uglies", "knocking boots",
    "geschlechtsverkehr", "beim geschlechtsverkehr", "haben sex", "hat sex", "hatten sex",
    "nummer schieben", "eine nummer schieben", "font l amour", "faire l amour avec",
    "fanno l amore", "haciendo el amor", "hacen el amor", "fazem amor", "fazendo amor",
    "making love", "make love", "makes love", "lovemaking", 
    "fare l amore", "facendo l amore",
    "faisant l amour", "fait l amour", "transando com", "trepando com",
)

# sexual11_actweak: ambiguous verbs (drums, crimes, nature films): only with a strong cue.
add("sexual11_actweak",
    "between the sheets", "entre sabanas", "entre las sabanas", "entre les draps", "tra le lenzuola", "entre os lencois", "zwischen den laken", "in flagrante", "in flagrante delicto", "in fraganti", "en flagrante", "en flagrant delit", "pillados in fraganti", "in flagranti", "partie de jambes", "beim akt", "im akt", "mitten im akt", "getting laid", "gets laid", "going all the way", "went all the way", "goes all the way", "deep throat", "mid thrust", "la chevauche", "le chevauche", "rapidinha", "no flagra", "flagrada", "pegos no flagra", "sentando nele", "cavalgando nele",     "banging", "bangin", "screwing", "boning", "nailing her", "pounding her", "riding him",
    "riding her", "on top of him", "on top of her", "thrusting", "penetrating her", "penetrated",
    "penetrating", "penetration", "penetracion", "penetrazione", "penetracao", "penetrando",
    "penetrandola", "penetrata", "penetriert", "in the act", "caught in the act", "pris sur le fait",
    "colta sul fatto", "colti sul fatto", "colto sul fatto", "pillados", "flagrados",
    "se fait prendre", "se font prendre", "se faire prendre", "scopare", "trombare",
    "going at it", "auf frischer tat", "mating", "copulate", "liebe machen", "machen liebe",
    "in pleno", "en pleine action", "em plena acao", "in piena azione", "in full action",
    "mitten im geschehen", "middle of it", "pillada", "pillado", "pareja pillada", "coppia colta",
    "end up in bed", "ended up in bed", "ends up in bed", "in bed together",
    "finiscono a letto", "finiti a letto", "finir au lit", "finissent au lit", "terminan en la cama",
    "acaban en la cama", "acabam na cama", "terminam na cama", "zusammen im bett landen",
)
add("sexual11_sheets",
    "sheets kicked onto the", "sheets on the floor", "sheets kicked off", "sheets kicked onto",
    "lenzuola per terra", "lenzuola a terra", "lenzuola sul pavimento", "sabanas tiradas",
    "sabanas por el suelo", "sabanas en el suelo", "draps par terre", "draps au sol",
    "draps froisses", "lencois no chao", "lencois jogados", "laken auf dem boden",
    "bettdecke auf dem boden", "decke auf dem boden",
)
add("sexual11_bedscene",
    "scene de lit", "scenes de lit", "escena de cama", "escenas de cama", "scena di letto",
    "scene di letto", "bettszene", "bettszenen", "cena de cama", "cenas de cama", "bed scene",
    "sex scene", "scena di sesso", "escena de sexo", "cena de sexo", "sexszene",
)
add("sexual11_adults",
    "omini adulti", "monigotes adultos", "bonequinhos adultos", "adult characters",
    "adult stick figures", "personnages adultes", "bonshommes adultes", "erwachsene figuren",
    "cartoon couple", "pareja de dibujos", "coppia di cartoni", "casal de desenho",
    "bonecos adultos", "personajes adultos", "personaggi adulti", "erwachsene charaktere",
)
add("sexual11_adultonly",
    "solo adultos", "adults only", "solo per adulti", "nur fur erwachsene", "reserve aux adultes",
    "pour adultes", "para adultos", "so para adultos", "apenas para adultos", "per adulti",
    "solo para adultos", "nur erwachsene",
)

# ---------------------------------------------------------------- intensifiers
add("sexual11_intens",
    "explicit", "explicitly", "explicit version", "explicit scene", "very explicit",
    "explicito", "explicita", "explicitos", "explicitas", "bien explicito", "muy explicito",
    "explicite", "explicites", "tres explicite", "version explicite",
    "explizit", "explizite", "expliziter", "explizites", "expliziten", "sehr explizit",
    "esplicito", "esplicita", "espliciti", "esplicite", "molto esplicito", "versione esplicita",
    "bem explicito", "muito explicito", "versao explicita",
    "hardcore", "hard core", "hardcore version", "hard version", "version hard", "versione hard",
    "versao hard", "version hardcore", "versione hardcore", "versao hardcore", "herdcore",
    "scene hard", "scena hard", "scenes hard", "scene hard de", "hard scene", "escena hard",
    "cena hard", "harte version", "harte szene", "versione spinta", "versione porno",
    "rated x", "x rated", "triple x", "sexually explicit", "nsfw version", "versione vietata",
    )

add("sexual11_intens2",
    "explizit", "explizite", "expliziter", "explizites", "expliziten", "sehr explizit",
)

add("sexual11_anat",
    "anatomically detailed", "anatomically correct", "anatomically accurate", "anatomically explicit",
    "in graphic detail", "graphic detail", "graphically detailed", "every detail visible",
    "anatomicamente detallado", "anatomicamente correcto", "con todo detalle", "lujo de detalles",
    "anatomiquement detaille", "anatomiquement correct", "anatomiquement precis", "dans les moindres details",
    "anatomisch detailliert", "anatomisch korrekt", "anatomisch genau", "bis ins detail",
    "anatomicamente dettagliato", "anatomicamente corretto", "anatomicamente preciso",
    "nei minimi dettagli", "anatomicamente detalhado", "anatomicamente correto",
    "nos minimos detalhes", "com todos os detalhes",
)

# ---------------------------------------------------------------- reveal / nothing hidden
add("sexual11_reveal",
    "nothing left to the imagination", "nothing to the imagination", "leaves nothing to the",
    "leaving nothing to the", "everything on show", "everything exposed", "all on show",
    "all on display", "nothing covered up",
    "nothing hidden at all", "nothing is hidden", "nothing is covered", "no modesty",
    "tutto in mostra", "tutto all aria", "tutto scoperto", "niente coperto", "nulla di coperto",
    "niente di coperto", "niente all immaginazione", "nulla all immaginazione", "tutto visibile",
    "tutto ben visibile", "senza coprire niente", "senza coprirsi",
    "rien de cache", "rien n est cache", "rien a l imagination", 
    "rien de couvert", 
    "todo a la vista", "todo al aire", "nada oculto", "nada a la imaginacion", "sin cubrir nada",
    "sin taparse", "nada cubierto", "todo expuesto", "todo al descubierto",
    "tudo de fora", "nada escondido", "nada coberto", "sem cobrir nada", "nada a imaginacao",
    "tudo exposto", "tudo a vista", "tudo a mostra", "sem se cobrir",
    "nichts mehr verdeckt", "nichts bedeckt", "nichts versteckt", "alles blank",
    "alles entblosst", "nichts der fantasie", "nichts der phantasie", 
    "alles zu sehen", "alles zeigt", "ohne etwas zu verdecken", "alles z gseh",
)
add("sexual11_showall",
    "who shows everything", 
    "qui montre tout", "qui montre tout",
    "que muestra todo", 
    "che mostra tutto", "che fa vedere tutto", 
    "que mostra tudo", 
    "die alles zeigt", "der alles zeigt",
)

# ---------------------------------------------------------------- censor
add("sexual11_censor",
    "no censor bars", "without censor bars", "no censor bar", "remove the censor bar",
    "remove the censor bars", "no mosaic", "without mosaic", "remove the mosaic", "unblurred",
    "uncensor", "uncensor it", "decensored", "decensor", "de censored", "without pixelation",
    "sin barras de censura", "sin mosaico", "quita el mosaico", "sin censurar", "descensurado",
    "descensurada", "sans bandes de censure", "sans mosaique", "enleve la mosaique", "decensure",
    "decensuree", "sans censurer", "ohne zensurbalken", "ohne mosaik", "entzensiert",
    "zensur entfernen", "ohne verpixelung", "unverpixelt", "senza barre di censura",
    "senza mosaico", "togli il mosaico", "decensurato", "decensurata", "senza pixel",
    "non pixelato", "sem tarja", "sem tarjas", "tira a tarja", "sem mosaico", "tira o mosaico",
    "descensurado", "sem pixelar", "sem censuras", "senza censure", "sin censuras",
)

# ---------------------------------------------------------------- nudity idioms (combination)
add("sexual11_bare",
    "not a stitch on", "without a stitch", "not a single stitch", "without a stitch on",
    "wearing only a smile", "dressed only in a smile", "only a smile", "wearing just a smile",
    "nothing on except", "with nothing on but", "wearing nothing at all", 
    "as the day she was born", "as the day he was born",     "in the nip", 
    "sans un bout de tissu", "sans rien sur elle", "sans rien sur lui",
    "sans aucun habit", "en tenue d adam",
    "le plus simple appareil", "vetue d un sourire", 
    "senza nessun vestito", "senza niente sotto", "senza niente indosso", "senza nulla addosso",
    "senza nulla indosso", "come mamma l ha", 
    "in costume adamitico", 
    "solo con un sorriso", "sin una prenda", "sin prenda alguna", "sin ropa alguna",
    "sin nada de ropa", "en traje de eva", "en traje de adan", "como dios la trajo",
    "como dios lo trajo", "como su madre la pario", 
    "solo con una sonrisa", "sin nada que la cubra", "em trajes de eva", "em trajes de adao",
    "como veio ao mundo", "sem roupa alguma", "sem nada no corpo", "sem um fio de roupa",
    "so de sorriso", "ohne einen faden",
    "ohne einen fetzen", "keinen faden am leib", "nichts am leib", "nichts auf der haut",
    "im adamskostum", "im evaskostum", "wie die natur sie", 
    "auch den letzten fetzen", "letzten fetzen aus", "nur mit einem lacheln",
    "blutti", "blutte", "bluttes", "blutter", "fudliblutt", "fudleblutt", "nackidei", "nackedei",
    "nackend", "solo di un sorriso", "so com um sorriso", "apenas com um sorriso",
    "seulement d un sourire", "nur ein lacheln",     "pareja en pelotas", )

# ---------------------------------------------------------------- spread legs / for the camera
add("sexual11_spread",
    "spreizt die beine", "beine gespreizt", "gespreizten beinen", "mit gespreizten beinen",
    "beine breit", "macht die beine breit", "jambes ecartees", "ecarte les jambes",
    "ecartant les jambes", "cuisses ecartees", "ecarte les cuisses", "piernas abiertas",
    "abre las piernas", "abriendo las piernas", "con las piernas abiertas", "de piernas abiertas",
    "gambe aperte", "apre le gambe", "allarga le gambe", "a gambe aperte", "gambe divaricate",
    "a gambe divaricate", "pernas abertas", "abre as pernas", "abrindo as pernas",
    "de pernas abertas", "pernas bem abertas", "legs spread", "spread legs", "spreading her legs",
    "spreads her legs", "legs wide open", "legs spread wide", "spread eagle",
)
add("sexual11_cam",
    "for the camera", "fur die kamera", "pour la camera", "devant la camera", "regard vers la camera",
    "regard camera", "para la camara", "ante la camara", "frente a la camara", "per la telecamera",
    "davanti alla telecamera", "verso la telecamera", "para a camera", "na frente da camera",
    "diante da camera", "to the camera", "towards the camera", "vor der kamera", "in die kamera",
    "for the webcam", "on webcam", "vor der webcam", "devant la webcam", "davanti alla webcam",
    "frente a la webcam", "na webcam",
)

# ---------------------------------------------------------------- fetish + hard
add("sexual11_fetish",
    "shibari", "kinbaku", "bondage", "femdom", "dominazione femminile", "dominacao feminina",
    "dominacion femenina", "domination feminine", "weibliche dominanz", "foot fetish",
    "feticismo dei piedi", "fetichisme des pieds", "fetiche por pes", "fetiche de pies",
    "fetiche por pies", "fussfetisch", "fuss fetisch", "latex fetish", "feticismo del lattice",
    "fetiche de latex", "fetichisme du latex", "latexfetisch", "latex fetisch", "fetiche por latex",
    "bdsm", "sadomaso", "sado maso",
    "dominatrix", "dominatrice", "dominadora", 
    
)
add("sexual11_hard",
    "hard", "hardcore", "duro", "dura", "dur", "pesado", "pesada", "spinto", "spinta", "heftig",
    "hart", "extreme", "extremo", "extrema", "estremo", "estrema", "extrem", "bien duro",
    "muy duro", "molto spinto", "tres hard", "bem pesado", "sehr hart",
)

# ---------------------------------------------------------------- cam / subscription sites
add("sexual11_camsite",
    "site de cam", "sites de cam", "cam site", "cam sites", "camsite", "sitio de cams",
    "sitio de webcam", "pagina de cams", "sito di cam", "sito cam", "site de webcam",
    "webcam seite", "camseite", "cam seite",
)
add("sexual11_tipmenu",
    "tip menu", "tip menu on", "menu des pourboires", "menu de pourboires", "menu de gorjetas",
    "menu de propinas", "menu delle mance", "menu mance", "trinkgeldmenu", "trinkgeld menu",
    "tips menu", "token menu", "tokens menu",
)
add("sexual11_live",
    "livestreaming", "livestream", "live stream", "streaming", "en direct", "ao vivo",
    "en vivo", "in diretta", "live", "en directo", "live show", "livestreamt",
)
add("sexual11_show",
    "sex show", "show coquin", "show erotique", "show erotico", "spettacolo erotico",
    "show hot", "spettacolino", "show piccante", "show picante", "show safado",
    "erotikshow", "erotik show", "show prive", "private show", "show privado", "show privato",
    "espectaculo erotico", "naughty show", "dirty show",
)
add("sexual11_subsite",
    "sites a abonnement", "site a abonnement", "sites de assinatura", "site de assinatura",
    "sitios de suscripcion", "paginas de suscripcion", "siti in abbonamento", "siti ad abbonamento",
    "subscription sites", 
    
    
    
)

# ---------------------------------------------------------------- amateur / first time on camera
add("sexual11_amateur",
    "amateur video", "amateurvideo", "amateur clip", "amateur tape", "homemade video", "home video",
    "video amateur", "video amatoriale", "video casero", "video caseiro", "filmado en casa",
    "fatto in casa", "fait maison", "hausgemacht", "selbstgedreht", "homemade", "casero",
    "caseiro", "amatoriale", "amateurfilm", "amateur still", "filme caseiro",
    "leaked tape", "video rubato", "video robado", "video vazado", "video vole",
)
add("sexual11_firstcam",
    "first time on camera", "first time in front of", "zum ersten mal vor", "erstes mal vor der",
    "prima volta davanti alla", "prima volta in camera", "premiere fois devant la",
    "primera vez frente a", "primera vez ante la", "primera vez en camara",
    "primeira vez na frente", "primeira vez diante da", "primeira vez em camera", "casting couch",
    "casting porno", "fake casting", "falso casting", "faux casting",
)

# ---------------------------------------------------------------- innuendo (like innuendo)
add("sexual11_innuendo",
    "spicy mode", "spicy mode on", "modalita piccante", "modalita piccante attiva", "modo picante",
    "modo picante activado", "mode epice", "mode coquin", "modo apimentado",
    "modo safado", "pikanter modus", "versauter modus", "foto zozza", "foto zozze", "video zozzo",
    "video zozzi", "immagine zozza", "immagini zozze", "film zozzo", 
    "imagem bem safada", "foto bem safada", "fotos bem safadas", "bem safada",
    "safadinha", "foto safada", "fotos safadas", 
    "foto guarra", "fotos guarras",     "en plan hot", "photo coquine",
    "photos coquines", "version coquine", "tres coquine", "photo osee", "photos osees",
    "versautes foto", "versaute fotos", "versaute bilder", 
    "dirty pic", "dirty pics",     "foto piccantina", "foto picantona", "fotos picantonas",
    "manda pack", 
    
    "cachonda", "calentona", 
    "gostosa safada", 
    
)

# ---------------------------------------------------------------- minors: age markers
NUM = {
    "de": ["ein", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn",
           "elf", "zwolf", "dreizehn", "vierzehn", "funfzehn", "sechzehn", "siebzehn"],
    "it": ["un", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
           "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette"],
    "pt": ["um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
           "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete"],
    "es": ["un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
           "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete"],
    "fr": ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
           "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept"],
}
for n in range(3, 18):
    for suf in ("jahre", "jahren", "jahrig", "jahriges", "anni", "anno", "ani", "anos",
                "ans", "years", "yrs", "y o", "jr", "j"):
        if suf in ("anno", "j", "jr", "y o") and n > 17:
            continue
        add("sexual11_age", f"{n} {suf}")
    add("sexual11_age", f"{n}enne", f"{n} enne", f"{n}jahrig", f"{n}jahrige", f"{n}ans", f"{n}anos",
        f"{n}anni", f"{n} anitos", f"{n} aninhos", f"{n} annetti")
for lang, ws in NUM.items():
    for i, w in enumerate(ws):
        n = i + 1
        if n < 3:
            continue
        if lang == "de":
            add("sexual11_age", f"{w} jahre", f"{w} jahren", f"{w}jahrig", f"{w}jahrige",
                f"{w} jahre alt", f"mit {w} jahren")
        if lang == "it":
            add("sexual11_age", f"{w} anni", f"di {w} anni", f"ha {w} anni")
        if lang == "pt":
            add("sexual11_age", f"{w} anos", f"de {w} anos", f"tem {w} anos", f"{w} aninhos")
        if lang == "es":
            add("sexual11_age", f"{w} anos", f"de {w} anos", f"tiene {w} anos", f"{w} anitos")
        if lang == "fr":
            add("sexual11_age", f"{w} ans", f"de {w} ans", f"a {w} ans")

add("sexual11_kid",
    "kinderfotos", "kinderfoto", "kinderbilder", "kinderbild", "kinderkorper", 
    "kinderkorpers",
    "first communion", "first holy communion", "primera comunion", "premiere communion",
    "prima comunione", "primeira comunhao", "erstkommunion", "erste kommunion",
    "before puberty", "pre puberty", "pre pubescent", "pre pubertal", "prepubertal",
    "avant la puberte", "pre pubere", "prepubere", "antes de la pubertad", "prepuber",
    "prepuberal", "prepubescente", "vor der pubertat", "vorpubertare", "vorpubertares",
    "prima della puberta", "prepuberale", "antes da puberdade", "pre adolescente",
    "preadolescente", "preado", "preados", "pre ado", "pre teen", "pre teens",
    "no breasts yet", 
    
    
    
    "morrita", "morritas", "morrito", "chamaca", "chamaquita", "escuincla", "nenita",
    "guria nova", "pirralha", "pivetinha", "fillette", "fillettes",
    "ragazzina", "ragazzine", "bimba", "bimbe", "kleine madchen", "kleines madchen",
)
add("sexual11_grade",
    # fr (school years and Quebec secondaire)
    "de primaire", "en primaire", "eleve de primaire", "de sixieme", "en sixieme", "de 6eme",
    "de cinquieme", "en cinquieme", "de 5eme", "de quatrieme", "en quatrieme", "de 4eme",
    
    "secondaire 1", "secondaire 2", "secondaire 3", "secondaire 4", "secondaire 5",
    "de secondaire", "du primaire", "de cm1", "de cm2", "de ce1", "de ce2", "en cm2", "en cm1",
    # es
    "de primaria", "de secundaria", "de la eso", "de 1o de eso", "de 2o de eso",
    "de 3o de eso", "de 4o de eso", "de sexto de primaria",
    "de quinto de primaria", 
    # pt
    "do quinto ano",
    "do sexto ano", "do setimo ano", "do oitavo ano", "do nono ano", "do fundamental",
    "do ensino fundamental", "do ensino medio", "da primaria", "da escola primaria",
    "do 5o ano", "do 6o ano", "do 7o ano", "do 8o ano", "do 9o ano",
    # it
    "di prima media", "di seconda media", "di terza media", 
    "delle elementari", "alle elementari", "di quinta elementare", "di quarta elementare",
    "prima media", "seconda media", "terza media", "quarta elementare", "quinta elementare",
    # de
    "der 5 klasse", "der 6 klasse", "der 7 klasse", "der 8 klasse", "der 9 klasse",
    "der funften klasse", "der sechsten klasse", "der siebten klasse", "der achten klasse",
    "aus der grundschule", "in der grundschule", "grundschulerin", "grundschuler",
    "funftklasslerin", "sechstklasslerin", "siebtklasslerin", "achtklasslerin",
    "funftklassler", "sechstklassler", "siebtklassler", "achtklassler", "neuntklasslerin",
    # en
    "5th grade", "6th grade", "7th grade", "8th grade", "fifth grade", "sixth grade",
    "seventh grade", "eighth grade", "middle schooler",
    "middle schoolers", "grade schooler", "elementary schooler", "in grade 5", "in grade 6",
    "in grade 7", "in grade 8", "5th grader", "6th grader", "7th grader", "8th grader",
)
PUPIL = {
    "fr": (["eleve", "fille", "collegienne", "ecoliere", "gamine", "petite"], ["de", "en"],
           ["sixieme", "6eme", "cinquieme", "5eme", "quatrieme", "4eme", "troisieme", "3eme",
            "primaire", "cm1", "cm2", "ce1", "ce2", "cp", "secondaire 1", "secondaire 2",
            "secondaire 3", "secondaire 4", "secondaire 5"]),
    "es": (["alumna", "alumno", "nina", "chica", "chamaca", "morrita", "estudiante"], ["de"],
           ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "primaria", "secundaria",
            "la eso", "1o de eso", "2o de eso", "3o de eso", "4o de eso", "sexto de primaria",
            "quinto de primaria", "cuarto de primaria"]),
    "pt": (["aluna", "aluno", "menina", "garota", "novinha", "estudante"], ["do", "da"],
           ["primeiro ano", "segundo ano", "terceiro ano", "quarto ano", "quinto ano", "sexto ano",
            "setimo ano", "oitavo ano", "nono ano", "5o ano", "6o ano", "7o ano", "8o ano", "9o ano",
            "fundamental", "ensino fundamental", "ensino medio", "primaria", "oitava serie",
            "setima serie", "sexta serie", "quinta serie"]),
    "it": (["alunna", "alunno", "ragazza", "ragazzina", "bambina", "studentessa", "scolaretta"],
           ["di", "della", "delle", "in", "alle"],
           ["prima media", "seconda media", "terza media", "medie", "elementari", "quinta elementare",
            "quarta elementare", "terza elementare", "prima superiore", "seconda superiore"]),
    "de": (["schulerin", "madchen", "schuler", "junge"], ["der", "aus der", "in der"],
           ["5 klasse", "6 klasse", "7 klasse", "8 klasse", "9 klasse", "funften klasse",
            "sechsten klasse", "siebten klasse", "achten klasse", "neunten klasse", "grundschule",
            "unterstufe", "mittelstufe"]),
    "en": (["girl", "boy", "student", "pupil", "kid"], ["in"],
           ["5th grade", "6th grade", "7th grade", "8th grade", "fifth grade", "sixth grade",
            "seventh grade", "eighth grade", "middle school", "elementary school", "year 6",
            "year 7", "year 8", "year 9", "grade 5", "grade 6", "grade 7", "grade 8"]),
}
for lang, (ps, preps, gs) in PUPIL.items():
    for p in ps:
        for pr in preps:
            for g in gs:
                add("sexual11_grade", f"{p} {pr} {g}")
for g in ["5th grade", "6th grade", "7th grade", "8th grade", "fifth grade", "sixth grade",
          "seventh grade", "eighth grade", "middle school", "year 7", "year 8"]:
    for p in ["girl", "girls", "boy", "boys", "student", "students"]:
        add("sexual11_grade", f"{g} {p}")
add("sexual11_barely",
    "just turned 18", "barely legal", "barely of age", "barely eighteen", "fresh 18", "legal teen",
    "legal teens", "tiny teen", "petite teen", "teen 18", "recien cumplidos los 18",
    "recien cumplidos 18", "acaba de cumplir 18", "apenas legal", "recem completou 18",
    "acabou de fazer 18", "recem feitos 18", "tout juste majeure", "a peine majeure",
    "tout juste majeur", "appena maggiorenne", "appena compiuto 18", "appena compiuti 18",
    "gerade volljahrig", "gerade 18 geworden", "kaum volljahrig", "frisch 18", "jovencita de 18",
    "novinha de 18", "ninfeta de 18", "recien 18", "apenas 18",
)
add("sexual11_sext",
    "des sextos", "ses sextos", "sextos coquins", "sexting", "sexteo", "sexteando", "sextear", "sexts",
    "nudes", "nudes dela", "manda nudes", "envoie des nudes",
    "echange de sextos", "intercambio de sextos", "scambio di sexting", "troca de nudes",
)

# ---------------------------------------------------------------- benign look-alikes
benign = {}


def ben(phrase, *masked):
    k = norm(phrase)
    if k:
        benign.setdefault(k, set()).update(norm(m) for m in masked)


for w in ["long", "longs", "ras", "court", "courts", "dur", "durs", "frise", "mi long"]:
    ben(f"a poil {w}", "a poil")
    ben(f"chien a poil {w}", "a poil")
    ben(f"chat a poil {w}", "a poil")
PEN = ("penetration", "penetracion", "penetrazione", "penetracao")
for p in ["penetration test", "penetration testing", "penetration tester", "water penetration",
          "market penetration", "armor penetration", "armour penetration", "light penetration",
          "test de penetration", "tests de penetration", "taux de penetration",
          "penetracion de mercado", "prueba de penetracion", "pruebas de penetracion",
          "tasso di penetrazione", "test di penetrazione", "teste de penetracao",
          "taxa de penetracao", "penetracao de mercado", "penetration der haut",
          "root penetration", "penetration depth"]:
    ben(p, *[t for t in PEN if t in norm(p).split()])
for p, m in [("explicit lyrics", "explicit"), ("parental advisory explicit", "explicit"),
             ("explicit content warning", "explicit"), ("explicit consent", "explicit"),
             ("explicit instructions", "explicit"), ("consentement explicite", "explicite"),
             ("consentimiento explicito", "explicito"), ("consenso esplicito", "esplicito"),
             ("consentimento explicito", "explicito"), ("explizite zustimmung", "explizite"),
             ("explizite einwilligung", "explizite"), ("explicit formula", "explicit"),
             ("hardcore punk", "hardcore"), ("hardcore gamer", "hardcore"),
             ("hardcore fan", "hardcore"), ("hardcore fans", "hardcore"),
             ("hardcore techno", "hardcore"), ("hardcore band", "hardcore"),
             ("hardcore workout", "hardcore"), ("hard version of the", "hard version"),
             ("pasta fatta in casa", "fatto in casa"), ("home video camera", "home video")]:
    ben(p, m)
# "who shows everything" + a person: ordinary sentences about showing something else
for a, objs in [("qui montre tout", ["son", "sa", "ses", "le", "la", "les", "l", "ce", "un", "une", "a"]),
                ("che mostra tutto", ["il", "lo", "la", "l", "i", "gli", "le", "quello", "cio", "questo", "a"]),
                ("que muestra todo", ["el", "lo", "su", "sus", "la", "a"]),
                ("que mostra tudo", ["o", "a", "os", "as", "que", "seu", "sua", "ao"]),
                ("who shows everything", ["he", "she", "they", "to", "about", "from", "in", "we"]),
                ("die alles zeigt", ["was", "uber", "von", "vom"]),
                ("der alles zeigt", ["was", "uber", "von", "vom"])]:
    for o in objs:
        ben(f"{a} {o}", a)
for p in ["sexting prevention", "anti sexting", "against sexting", "dangers of sexting",
          "sexting awareness", "stop sexting", "prevencion del sexting", "contra el sexting",
          "peligros del sexting", "prevention du sexting", "contre le sexting",
          "dangers du sexting", "prevenzione del sexting", "contro il sexting",
          "pericoli del sexting", "gegen sexting", "sexting pravention", "gefahren von sexting",
          "prevencao ao sexting", "contra o sexting", "perigos do sexting"]:
    ben(p, "sexting")
for p in ["mating season", "mating dance", "mating ritual", "birds mating", "frogs mating",
          "mating call", "mating display"]:
    ben(p, "mating")
for p, m in [("caught in the act of", "caught in the act"), ("in the act of", "in the act"),
             ("pris sur le fait de", "pris sur le fait"), ("colto sul fatto a", "colto sul fatto"),
             ("auf frischer tat ertappt", "auf frischer tat")]:
    ben(p, m)
for p, m in [("making love out of", "making love"), ("make love not war", "make love"),
             ("faites l amour pas", "faites l amour"), ("fate l amore non", "fate l amore"),
             ("haz el amor no", "haz el amor"), ("make love not", "make love")]:
    ben(p, m)
for p in ["liebe machen wir", "liebe machen wir mit", "mit liebe machen", "aus liebe machen"]:
    ben(p, "liebe machen")
for p in ["bondage trousers", "bondage pants", "punk bondage"]:
    ben(p, "bondage")
for p in ["doing it themselves", "doing it yourself", "doing it himself", "doing it herself",
          "lo fanno da soli", "lo fanno da se", "haciendolo ellos mismos", "haciendolo tu mismo"]:
    ben(p, *[t for t in ("doing it", "lo fanno", "haciendolo") if t in norm(p)])
for p, m in [("make love songs", "make love"), ("makes love songs", "makes love"),
             ("making love songs", "making love"), ("getting laid off", "getting laid"),
             ("gets laid off", "gets laid"), ("going all the way to", "going all the way"),
             ("went all the way to", "went all the way"), ("goes all the way to", "goes all the way")]:
    ben(p, m)
for p in ["live music", "live band", "live concert"]:
    ben(p, "live")

# ---------------------------------------------------------------- rules
SEXCUE = ["sexual_reveal", "sexual_censor", "sexual_noblur", "sexual_bare", "sexual_bare_weak",
          "nudity", "explicit", "sexual11_intens", "sexual11_reveal", "sexual11_bare",
          "sexual11_censor", "sexual11_anat"]
R_sex, R_nud, R_min = [], [], []
# acts
for a in ["sexual11_act", "sexual11_actp"]:
    for b in SEXCUE + ["sexual_scene", "suggestive", "innuendo_weak", "innuendo", "sexual11_innuendo",
                       "sexual11_amateur", "sexual11_firstcam", "sexual11_cam", "sexual11_spread"]:
        R_sex.append([a, b])
for b in SEXCUE + ["innuendo", "sexual11_innuendo", "sexual11_spread", "sexual11_cam"]:
    R_sex.append(["sexual11_actweak", b])
R_sex += [["sexual11_actp", "person"], ["sexual11_actp", "named_person"],
          ["sexual11_actp", "sexual_private_person"]]
# intensifiers
for b in ["sexual_scene", "sexual_act", "intimate", "suggestive", "sexual_reveal", "sexual_bare",
          "sexual_bare_weak", "sexual11_bare", "sexual11_reveal", "sexual11_fetish",
          "sexual11_amateur", "sexual11_firstcam", "sexual11_camsite", "sexual11_spread",
          "sexual_censor", "sexual_noblur", "sexual11_censor", "innuendo", "innuendo_weak",
          "sexual11_innuendo", "sexual11_showall"]:
    R_sex.append(["sexual11_intens", b])
for b in ["sexual_act", "intimate", "sexual_reveal", "sexual_censor", "sexual_bare", "sexual11_bare",
          "sexual11_reveal", "sexual11_censor", "sexual11_spread"]:
    R_sex.append(["sexual11_anat", b])
for b in ["sexual_scene", "sexual_act", "sexual11_act", "sexual11_actweak", "sexual11_actp",
          "sexual11_amateur", "sexual11_firstcam", "sexual_reveal", "sexual11_reveal", "sexual11_bare",
          "sexual_noblur", "sexual11_fetish"]:
    R_sex.append(["sexual11_intens2", b])
# reveal
for b in ["suggestive", "sexual_bare", "sexual_bare_weak", "sexual_act", "intimate", "named_person",
          "sexual11_bare", "sexual11_spread", "sexual11_camsite", "sexual11_innuendo", "innuendo",
          "innuendo_weak"]:
    R_sex.append(["sexual11_reveal", b])
R_nud += [["sexual11_showall", "person"], ["sexual11_showall", "named_person"],
          ["sexual11_showall", "sexual_private_person"]]
# censor
for b in ["sexual_scene", "sexual_act", "sexual_bare", "sexual_bare_weak", "named_person",
          "sexual11_bare", "sexual11_spread", "intimate", "innuendo", "sexual11_innuendo"]:
    R_sex.append(["sexual11_censor", b])
# spread legs
for b in ["sexual_censor", "sexual_reveal", "sexual_noblur", "sexual_bare", "sexual_bare_weak",
          "sexual11_cam", "sexual11_camsite", "sexual11_reveal", "sexual11_bare", "sexual11_censor",
          "innuendo", "innuendo_weak", "sexual11_innuendo"]:
    R_sex.append(["sexual11_spread", b])
R_sex.append(["sexual_act", "sexual11_cam"])
R_sex.append(["suggestive", "sexual_censor", "sexual11_cam"])
R_sex += [["sexual_act", "people_pelada"], ["sexual11_act", "people_pelada"]]
R_nud += [["nudify10_nomoji", "sexual_censor"], ["nudify10_nomoji", "sexual11_censor"],
          ["nudify10_nomoji", "sexual_reveal"]]
for a in ["sexual_act", "sexual11_act", "sexual11_actweak"]:
    R_sex.append(["sexual11_sheets", a])
for b in ["sexual_act", "sexual11_act", "sexual11_actp"]:
    R_sex.append(["sexual11_adults", b])
for b in ["sexual11_fetish", "sexual_act", "sexual11_act", "sexual11_actp", "sexual11_intens",
          "sexual11_bare", "sexual11_reveal", "sexual_reveal", "sexual11_bedscene"]:
    R_sex.append(["sexual11_adultonly", b])
for b in ["sexual11_intens", "sexual11_reveal", "sexual_reveal", "sexual_censor", "sexual_noblur",
          "sexual11_censor", "sexual11_bare", "sexual_bare", "sexual11_anat"]:
    R_sex.append(["sexual11_bedscene", b])
# fetish + hard
R_sex += [["sexual11_fetish", "sexual11_hard"], ["sexual11_fetish", "sexual_reveal"],
          ["sexual11_fetish", "sexual_censor"], ["sexual11_fetish", "sexual11_reveal"]]
# cam sites
R_sex += [["sexual11_camsite", "sexual11_show"], ["sexual11_camsite", "sexual11_live"],
          ["sexual11_camsite", "sexual11_spread"], ["sexual11_tipmenu", "sexual11_live"],
          ["sexual11_tipmenu", "sexual11_show"], ["sexual11_tipmenu", "minors_bedroom"],
          ["sexual11_tipmenu", "sexual11_spread"], ["sexual11_tipmenu", "sexual_bare"],
          ["sexual11_camsite", "sexual_bare"], ["sexual11_camsite", "sexual11_bare"],
          ["sexual11_show", "sexual11_live", "person"], ["sexual11_show", "minors_bedroom", "person"],
          ["sexual11_subsite", "person"], ["sexual11_subsite", "named_person"],
          ["sexual11_subsite", "sexual_private_person"]]
# amateur / first time
R_sex += [["sexual11_firstcam", "sexual11_amateur"], ["sexual11_amateur", "sexual_act"],
          ["sexual11_amateur", "sexual11_act"], ["sexual11_amateur", "sexual11_actp"]]
# innuendo mirror
for b in ["person", "suggestive", "intimate", "innuendo_weak", "named_person", "sexual_private_person"]:
    R_sex.append(["sexual11_innuendo", b])
# nudity idioms
for b in ["person", "named_person", "sexual_private_person", "sexual_scene", "sexual_reveal",
          "sexual_censor", "sexual_noblur", "suggestive"]:
    R_nud.append(["sexual11_bare", b])

# minors
STRONG = ["minor", "stated_minor_age", "minors_youngish", "sexual11_kid", "sexual11_grade"]
WEAKM = ["minor_ambiguous", "minors_student"]
SEXM = ["sexual11_bedscene", "sexual11_bare", "sexual11_innuendo", "sexual11_act", "sexual11_actp", "sexual11_intens",
        "sexual11_reveal", "sexual11_showall", "sexual11_censor",
        "sexual11_spread", "sexual11_camsite", "sexual11_subsite"]
for a in STRONG:
    for b in SEXM:
        R_min.append([a, b])
for a in ["sexual11_kid", "sexual11_grade"]:
    for b in ["nudity", "explicit", "nudify", "suggestive", "innuendo", "negative_clothing",
              "minors_sexcue", "minors_nudetypo", "minors_rated", "minor_sexualised"]:
        R_min.append([a, b])
    R_min.append([a, "edit_context", "minors_undress"])
    R_min.append([a, "minors_underwear", "minors_pose"])
for a in WEAKM:
    for b in ["sexual11_bare", "sexual11_innuendo", "sexual11_actp"]:
        R_min.append([a, b])
for b in ["nudity", "explicit", "nudify", "sexual11_bare", "sexual_bare", "sexual11_innuendo",
          "sexual11_actp", "minor_sexualised"]:
    R_min.append(["sexual11_age", b])
for w in WEAKM:
    for b in ["suggestive", "innuendo", "minors_sexcue", "minors_underwear", "minors_nudetypo",
              "sexual11_act", "sexual11_spread", "sexual11_intens", "sexual_bare_weak"]:
        R_min.append(["sexual11_age", w, b])
for b in ["sexual11_act", "sexual11_spread", "sexual11_intens", "innuendo"]:
    R_min.append(["sexual11_age", "person", b])
R_min.append(["minors_youngish", "sexual_bare_weak"])
for b in ["nudity", "explicit", "nudify", "sexual11_act", "sexual11_actp", "sexual11_bare",
          "sexual11_intens", "sexual11_innuendo", "sexual11_reveal", "sexual11_spread", "sexual_act",
          "innuendo"]:
    R_min.append(["sexual11_barely", b])
for a in ["minor", "stated_minor_age", "minors_student", "sexual11_grade", "sexual11_age"]:
    for b in ["minors_mentor", "minors_adult", "minors_man"]:
        R_min.append(["sexual11_sext", a, b])



def dedupe(cl):
    seen, out = set(), []
    for c in cl:
        k = tuple(c)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


# drop terms whose classes the lexicon already has
lex = json.load(open(os.path.join(HERE, "lex_all.jsonl")))
out_terms = {}
for k, cls in terms.items():
    have = set(lex.get(k, []))
    new = cls - have
    if have & {"minor", "stated_minor_age", "minors_youngish", "minor_sexualised"}:
        new -= {"sexual11_kid", "sexual11_grade", "sexual11_age"}
    if "explicit" in have or "nudity" in have:
        new = {c for c in new if c not in ("sexual11_bare",)}
    if new:
        out_terms[k] = sorted(new)
# A term must not complete a clause on its own unless it already denies alone:
# drop the new class that would make it fire.
LONE = {"explicit", "nudity", "minor_sexualised", "nudify", "gore", "selfharm", "hate_symbol"}
base_rules = json.load(open("/work/main/policies/rules.json"))["candor"]["rules"]
ALLCL = [c for v in base_rules.values() for c in v["when"] if len(c) > 1]
ALLCL += [c for cl in (R_sex, R_nud, R_min) for c in cl]
dropped = []
for k in list(out_terms):
    have = set(lex.get(k, []))
    new = set(out_terms[k])
    if (have | new) & LONE:
        continue
    for c in sorted(new):
        cs = have | new
        if any(set(cl) <= cs for cl in ALLCL):
            # does it still fire without c?
            if not any(set(cl) <= (cs - {c}) for cl in ALLCL):
                new.discard(c)
                dropped.append((k, c))
    if any(set(cl) <= (have | new) for cl in ALLCL):
        dropped.append((k, "ALL"))
        new = set()
    if new:
        out_terms[k] = sorted(new)
    else:
        del out_terms[k]
open(os.path.join(HERE, "selffire_dropped.txt"), "w").write("\n".join(f"{a}\t{b}" for a, b in dropped))
data = {
    "terms": dict(sorted(out_terms.items())),
    "benign": {k: sorted(v) for k, v in sorted(benign.items())},
    "rules": {
        "explicit.sexual": {"when": dedupe(R_sex)},
        "explicit.nudity": {"when": dedupe(R_nud)},
        "minors.sexual": {"when": dedupe(R_min)},
    },
}
json.dump(data, open(os.path.join(HERE, "sexual11.json"), "w"), ensure_ascii=True, indent=0)
print("terms", len(data["terms"]), "benign", len(data["benign"]),
      "clauses", sum(len(r["when"]) for r in data["rules"].values()))
