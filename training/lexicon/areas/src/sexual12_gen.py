"""Round twelve, sexual area: misspelt sexual/nudity words (doubled, dropped, swapped letters,
phonetic k/x spellings) that the normaliser does not undo, each only beside a person, scene,
reveal or minor class; plus act phrases and edit phrasings (make her younger)."""
import json, sys, os, glob, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir('/work/main')
from lexq import key, T

# dictionary words of the six languages and the benign training vocabulary: no variant may be one
DICT = set()
for f in glob.glob('/usr/share/dict/*'):
    if 'README' in f: continue
    try:
        for w in open(f, encoding='utf-8', errors='ignore'): DICT.add(key(w.strip()))
    except IsADirectoryError: pass
for l in open('training/prompt/data/train.jsonl'):
    d = json.loads(l)
    if d['labels'] == ['none']:
        DICT.update(key(d['text']).split())

NUDE = """naked nude nudes nudity topless bottomless undressed unclothed desnudo desnuda desnudos desnudas
desnudez encuerada encuerado encueradas empelotada empelotado nue nues nuee nudite nackt nackte nackten
nacktbild nacktbilder nacktfoto nacktfotos nacktheit entblosst nuda nude nudi nudita svestita svestito
spogliata nua nuas nudez pelada peladas peladinha nudista nudist""".split()
SEX = """porn porno porne pornos porns pornographic pornography pornografico pornografica pornografia
pornographie pornographique pornografisch pornografie porno pornazzo pornaccio pornito pornhub
sex sexo sexe sesso sexual hentai nsfw orgy orgia orgie orgias orgies blowjob blowjobs pompino pompini
handjob masturbating masturbation masturbate masturbandose masturbando masturbiert masturbe masturba
masturbazione cumshot creampie gangbang sextape sexting boquete punheta mamada paja fellation
fellatio cunnilingus bukkake""".split()
PHRASE_NUDE = ["en pelotas", "en bolas", "a poil", "tout nu", "toute nue", "sin ropa", "sem roupa",
    "senza vestiti", "ohne kleidung", "no clothes", "desnudo integral", "nu integral", "nudo integrale",
    "selfie desnuda", "selfie nue", "nacktselfie", "nude selfie", "totalmente desnuda", "completamente nuda",
    "toda nua", "splitternackt", "nudo artistico"]
PHRASE_SEX = ["sex scene", "escena de sexo", "scene de sexe", "scene de cul", "scena di sesso", "cena de sexo",
    "sexszene", "oral sex", "sexo oral", "sexe oral", "sesso orale", "oralsex", "porn scene", "video porno",
    "film porno", "pornofilm", "pornovideo", "porno casero", "porno fatto in casa", "porno caseiro"]
KEEP_NUDE = {"nudo artistico"}  # source only for variants, left out below

def variants(w):
    out = set()
    n = len(w)
    for i in range(1, n - 1):                # doubled letter, not at either end: "nude e" joins to "nudee"
        if w[i].isalpha(): out.add(w[:i] + w[i] + w[i:])
    if n >= 5:
        for i in range(1, n):                # dropped letter (not the first)
            out.add(w[:i] + w[i+1:])
        for i in range(n - 1):               # swapped neighbours
            if w[i] != w[i+1]: out.add(w[:i] + w[i+1] + w[i] + w[i+2:])
    for a, b in (("x", "ks"), ("x", "kz"), ("x", "cs"), ("x", "xx"), ("ph", "f"), ("qu", "k"), ("c", "k")):
        if a in w: out.add(w.replace(a, b))
    out.discard(w)
    return out

STRONG = {"nudity", "explicit", "minor_sexualised", "nudify", "gore", "selfharm", "hate_symbol", "named_artist"}
def ok(v):
    return (len(v.replace(' ', '')) >= 4 and v not in DICT and not (T.get(key(v), set()) & STRONG)
            and not re.search(r'(.)\1\1', v))

terms = {}
def add(t, *cls, new=False):
    k = key(t)
    if k in T and not new: return
    if T.get(k, set()) & STRONG: return
    terms.setdefault(k, [])
    for c in cls:
        if c not in terms[k]: terms[k].append(c)

for base, cls in ((NUDE, "sexual12_nudet"), (SEX, "sexual12_sext")):
    for w in base:
        w = key(w)
        for v in variants(w):
            if ok(v): add(v, cls, new=True)
for base, cls in ((PHRASE_NUDE, "sexual12_nudet"), (PHRASE_SEX, "sexual12_sext")):
    for p in base:
        p = key(p); ws = p.split()
        for i, w in enumerate(ws):
            for v in variants(w):
                if v in DICT and len(ws) == 1: continue
                if len(ws) == 1 and not ok(v): continue
                q = ' '.join(ws[:i] + [v] + ws[i+1:])
                add(q, cls, new=True)

# explicit acts in the six languages (beside a person, scene, reveal...)
ACTS = """giving head|giving him head|sucking him off|jerking off|jerking him off|fingering herself|pleasuring herself|
playing with herself|touching herself sexually|getting fucked|being fucked|getting railed|getting pounded|riding his cock|
eating her out|going down on her|going down on him|deepthroating|deep throating|facesitting|face sitting|doggystyle|
haciendose una paja|masturbandose|chupandosela|mamandosela|haciendo una mamada|follando|follandosela|echando un polvo|
dandole duro|cabalgandolo|tocandose sexualmente|en train de baiser|se faire baiser|se fait baiser|se masturbe|
en train de sucer|fait une pipe|faire une pipe|se fait sauter|se fait defoncer|se fait tringler|en levrette|se branle|
qui se branle|qui se caresse|beim ficken|wird gefickt|blast ihm einen|beim blowjob|es sich selber macht|es sich selbst besorgt|
sich selbst befriedigt|sich selber befriedigt|befriedigt sich|masturbiert|wichst|beim wichsen|von hinten genommen|im doggystyle|
reitet ihn|mentre scopa|si fa scopare|si masturba|fa un pompino|mentre fa un pompino|fa sesso|mentre fa sesso|a pecorina|
si fa sbattere|si fa una sega|fa una sega|transando|fazendo sexo|trepando|fodendo|sendo fodida|fazendo um boquete|
se masturbando|batendo uma|batendo uma punheta|cavalgando nele|fa una spagnola|fazendo espanhola|fait une cravate de notaire""".replace('\n','').split('|')
for a in ACTS: add(a, "sexual11_actp")
for t in ["selsbt", "selbts", "slebst", "sebst", "selbsst"]: pass

# porn as a film genre and plain sexual stills
for t in ["film a luci rosse", "video a luci rosse", "filmino a luci rosse", "foto a luci rosse",
          "film x", "un film x", "video xxx", "foto xxx", "escena xxx", "video triple x", "triple x"]:
    add(t, "sexual12_porn")

# edits that make a person look younger (minors, beside a sexual cue)
for t in ["make her look younger", "make her younger", "make him younger", "make them younger",
          "make her look like a kid", "make her look like a child", "make her look underage",
          "hazla mas joven", "hazla parecer mas joven", "hazla parecer una nina", "que parezca menor",
          "que parezca una nina", "rends la plus jeune", "rajeunis la", "fais la paraitre plus jeune",
          "qu elle ait l air d une enfant", "mach sie junger", "mach das madchen junger", "junger machen",
          "lass sie junger aussehen", "lass sie wie ein kind aussehen", "falla piu giovane",
          "ringiovaniscila", "falla sembrare una bambina", "falla sembrare minorenne",
          "deixa ela mais nova", "faz ela mais nova", "deixa ela com cara de crianca",
          "faz ela parecer uma crianca", "faz ela parecer menor", "rejuvenesce ela"]:
    add(t, "sexual12_younger")
# German "Kind" with an article (the English adjective never takes one)
for t in ["ein kind", "das kind", "einem kind", "eines kindes", "kleines kind", "ein kleines kind",
          "kleinkind", "das kleine kind", "dem kind", "die kinder", "zwei kinder", "kinder im"]:
    add(t, "sexual12_kid")

benign = {
    "quartiere a luci rosse": ["luci rosse"], "zona a luci rosse": ["luci rosse"],
    "film x factor": ["film x"], "film x men": ["film x"], "triple x syndrome": ["triple x"],
    "triple x syndrom": ["triple x"],
}

PERSONISH = ["person", "named_person", "sexual_private_person", "occupation", "sexual_scene", "sexual_reveal",
             "sexual_noblur", "sexual_censor", "suggestive", "realistic", "intimate", "sexual_act",
             "sexual11_actp", "sexual11_bare", "sexual11_reveal", "sexual11_censor", "sexual11_intens",
             "sexual11_amateur", "sexual11_cam", "sexual11_spread", "sexual_bare", "sexual_bare_weak",
             "nudity", "explicit", "innuendo"]
MINOR = ["minor", "stated_minor_age", "minors_youngish", "sexual11_kid", "sexual11_grade", "minors_student",
         "minor_ambiguous", "minors_agecue", "sexual12_kid"]
rules = {"explicit.sexual": [], "explicit.nudity": [], "minors.sexual": []}
for c in PERSONISH:
    rules["explicit.nudity"].append(["sexual12_nudet", c])
    rules["explicit.sexual"].append(["sexual12_sext", c])
for c in ["person", "named_person", "sexual_private_person", "sexual_scene", "nudity", "suggestive",
          "sexual_act", "sexual11_actp", "occupation"]:
    rules["explicit.sexual"].append(["sexual12_porn", c])
for m in MINOR:
    for c in ["sexual12_nudet", "sexual12_sext", "sexual12_porn"]:
        rules["minors.sexual"].append([m, c])
for c in ["suggestive", "nudity", "explicit", "minors_sexcue", "sexual12_nudet", "sexual12_sext",
          "sexual11_bare", "sexual11_innuendo", "innuendo", "sexual_act", "sexual11_actp", "minors_underwear",
          "negative_clothing", "nudify"]:
    rules["minors.sexual"].append(["sexual12_younger", c])
    if c not in ("sexual12_nudet", "sexual12_sext"):
        rules["minors.sexual"].append(["sexual12_kid", c])
out = {"terms": dict(sorted(terms.items())), "benign": benign,
       "rules": {k: {"when": v} for k, v in rules.items()}}
json.dump(out, open('/tmp/r12/lex/sexual/data/sexual12.json', 'w'), ensure_ascii=False, indent=0)
print(len(terms), len(benign), sum(len(v) for v in rules.values()))
