#!/usr/bin/env python3
"""Builds selfharm11.json: round-eleven self-harm / suicide terms in six languages.

Families: self-injury without the word self-harm (cutting, slit wrists, marks on wrists and
thighs, blades on skin, burning / scratching / hitting oneself, counting the cuts), methods shown
neutrally (pills spilled beside a still person, lying on rail tracks, hose in a closed garage,
blood-tinted bath water, rope hanging from a fan or beam), romanticised depictions ("beautiful
sadness", "sad girl aesthetic", "peaceful at last", "schon sterben"), suicide notes ("to whoever
finds me", "why I did it", "my last words"), overdose acts, ending one's life / "ending it",
"not waking up", "disappear forever".

Every class is a combination class (prefix selfharm11_); nothing here fires alone. Terms are
written in candor's normalised form (lowercase ASCII, accents stripped, apostrophes and hyphens
become spaces). Terms that an existing lexicon already has are skipped (EXISTING, if present).
"""
import itertools
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
T = {}
B = {}
LONG = []
SKIPPED = []
EXISTING = set()
_ex = os.path.join(HERE, 'existing_terms.jsonl.txt')
if os.path.exists(_ex):
    EXISTING = set(json.load(open(_ex)))


def norm(p):
    p = p.lower().replace('ß', 'ss').replace('œ', 'oe').replace('æ', 'ae')
    p = unicodedata.normalize('NFKD', p)
    p = ''.join(c for c in p if not unicodedata.combining(c))
    p = ''.join(c if c.isalnum() else (' ' + c + ' ' if unicodedata.category(c) == 'So' else ' ') for c in p)
    return ' '.join(p.split())


def add(cls, *phrases):
    for p in phrases:
        if isinstance(p, (list, tuple, set)):
            add(cls, *p)
            continue
        p = norm(p)
        if not p:
            continue
        if len(p.split()) > 4:
            LONG.append(p)
            continue
        if p in EXISTING:
            SKIPPED.append(p)
            continue
        T.setdefault(p, [])
        if cls not in T[p]:
            T[p].append(cls)


def benign(phrase, *terms):
    phrase = norm(phrase)
    B.setdefault(phrase, [])
    for t in terms:
        t = norm(t)
        if t not in B[phrase]:
            B[phrase].append(t)


def cross(*parts):
    return [' '.join(x for x in combo if x) for combo in itertools.product(*parts)]


C = 'selfharm11_'
WHO = C + 'who'
# ---------------------------------------------------------------------------
# 0. a person / self (combination partner only)
add(WHO, 'woman', 'a woman', 'young woman', 'a young woman', 'girl', 'a girl', 'young girl', 'teen girl',
    'teenage girl', 'teenager', 'teen', 'a teen', 'teen boy', 'teenage boy', 'boy', 'a boy', 'young man',
    'a young man', 'person', 'a person', 'someone', 'student', 'my friend', 'my best friend', 'my sister',
    'my brother', 'my girlfriend', 'my boyfriend', 'myself', 'a lonely girl', 'a lonely boy', 'her friend',
    'his friend', 'the girl', 'the boy', 'the woman', 'the man', 'a man',
    # es
    'mujer', 'una mujer', 'chica', 'una chica', 'chico', 'un chico', 'hombre', 'un hombre', 'joven',
    'una joven', 'un joven', 'adolescente', 'una adolescente', 'muchacha', 'muchacho', 'persona',
    'una persona', 'alguien', 'mi amiga', 'mi amigo', 'mi hermana', 'mi hermano', 'mi novia', 'mi novio',
    'la chica', 'el chico', 'la mujer', 'el hombre', 'estudiante',
    # fr
    'femme', 'une femme', 'jeune femme', 'une jeune femme', 'fille', 'une fille', 'jeune fille', 'garcon',
    'un garcon', 'homme', 'un homme', 'jeune homme', 'un jeune homme', 'ado', 'une ado', 'un ado',
    'adolescente', 'une adolescente', 'un adolescent', 'adolescent', 'quelqu un', 'mon amie', 'mon ami',
    'ma soeur', 'mon frere', 'ma copine', 'mon copain', 'la fille', 'le garcon', 'etudiante', 'etudiant',
    # de
    'frau', 'eine frau', 'junge frau', 'eine junge frau', 'madchen', 'ein madchen', 'junge', 'ein junge',
    'mann', 'ein mann', 'junger mann', 'ein junger mann', 'jugendliche', 'eine jugendliche', 'jugendlicher',
    'ein jugendlicher', 'person', 'eine person', 'jemand', 'meine freundin', 'mein freund',
    'meine schwester', 'mein bruder', 'das madchen', 'der junge', 'teenagerin', 'studentin', 'schulerin',
    # it
    'donna', 'una donna', 'giovane donna', 'ragazza', 'una ragazza', 'ragazzo', 'un ragazzo', 'uomo',
    'un uomo', 'adolescente', 'un adolescente', 'un adolescente', 'persona', 'una persona', 'qualcuno',
    'la mia amica', 'il mio amico', 'mia sorella', 'mio fratello', 'la ragazza', 'il ragazzo',
    'studentessa', 'un adolescente',
    # pt
    'mulher', 'uma mulher', 'jovem', 'uma jovem', 'um jovem', 'rapariga', 'uma rapariga', 'menino',
    'um menino', 'rapaz', 'um rapaz', 'homem', 'um homem', 'adolescente', 'uma adolescente',
    'um adolescente', 'pessoa', 'uma pessoa', 'alguem', 'minha amiga', 'meu amigo', 'minha irma',
    'meu irmao', 'minha namorada', 'meu namorado', 'a minha amiga', 'a menina', 'o menino', 'a garota',
    'garota', 'uma garota', 'garoto', 'um garoto', 'estudante')

# ---------------------------------------------------------------------------
# 1. self-injury without the word self-harm
INJ = C + 'selfinj'   # reflexive injury verbs (ambiguous alone: cut himself shaving, burns herself cooking)
VEIN = C + 'veins'    # slit wrists / veins (idiom in es: "para cortarse las venas")
MARKW = C + 'marksw'
MARK = C + 'marks'    # cuts / burns / scratches on wrists, thighs, forearms
SCAR = C + 'scars'    # scars on wrists / thighs (survivors too: needs a stronger cue)
COUNT = C + 'count'   # counting the cuts
WEAKN = {'quemaduras', 'rasgunos', 'aranazos', 'heridas', 'marcas', 'lineas', 'brulures', 'griffures', 'eraflures',
         'plaies', 'marques', 'brandwunden', 'brandmale', 'kratzer', 'kratzwunden', 'wunden', 'striche', 'bruciature',
         'graffi', 'ferite', 'segni', 'queimaduras', 'arranhoes', 'feridas', 'riscos', 'linhas'}


def mk(n):
    return MARKW if n in WEAKN else MARK
BSKIN = C + 'bladeskin'  # blade / shard on or against skin

refl_en = ['herself', 'himself', 'myself', 'themselves', 'yourself', 'themself']
v_en = ['cuts', 'cutting', 'slices', 'slicing', 'carves into', 'carving into', 'burns', 'burning', 'burnt',
        'burned', 'scratches', 'scratching', 'scratched', 'hits', 'hitting', 'punches', 'punching',
        'stabs', 'stabbing', 'hurts', 'hurting', 'injures', 'injuring', 'harms', 'harming',
        'mutilates', 'mutilating', 'cut', 'scarring', 'scars', 'wounds', 'wounding', 'slashes', 'slashing']
add(INJ, cross(v_en, refl_en))
add(INJ, cross(['hurt', 'cut', 'burn', 'scratch', 'harm', 'injure'], ['myself', 'herself', 'himself']),
    cross(['wants to', 'want to', 'going to', 'gonna', 'tries to', 'trying to'], ['hurt herself', 'hurt himself',
                                                                               'hurt myself', 'cut herself',
                                                                               'cut himself', 'cut myself']),
    'self inflicted', 'self inflicted cuts', 'self inflicted wounds', 'self injury', 'self injuring',
    cross(['herself', 'himself', 'myself', 'her arm', 'his arm', 'her skin', 'his skin', 'her wrist'],
          ['with a lighter', 'with a cigarette', 'with a hot', 'with broken glass', 'with a shard']),
    'self mutilation', 'self mutilating', 'carving words into', 'carving into her', 'carving into his',
    'carving into my', 'carved into her', 'carved into his', 'carved into my skin')
# es
add(INJ, cross(['se'], ['corta', 'quema', 'rasguna', 'arana', 'golpea', 'lastima', 'hiere',
                                    'mutila', 'lesiona', 'hace cortes',
                                    'hace dano', 'hace heridas', 'quemaba', 'cortaba', 'golpeaba', 'lastimaba']),
    cross(['cortarse', 'quemarse', 'rasgunarse', 'aranarse', 'golpearse', 'lastimarse', 'herirse', 'mutilarse',
           'lesionarse', 'hacerse dano', 'hacerse cortes', 'cortarme', 'quemarme', 'lastimarme', 'hacerme dano',
           'hacerme cortes', 'cortandose', 'quemandose', 'golpeandose', 'lastimandose', 'aranandose',
           'hiriendose', 'haciendose dano', 'haciendose cortes', 'cortandome', 'lastimandome'], ['']))
# fr
add(INJ, cross(['se'], ['scarifie', 'brule', 'griffe', 'frappe', 'mutile', 'blesse',
                                    'lacere', 'taillade', 'entaille', 'fait du mal',
                                    'fait des coupures', 'coupait', 'brulait', 'frappait', 'scarifiait']),
    'se faire du mal', 'me faire du mal', 'se bruler', 'me bruler', 'se griffer', 'se mutiler', 'se blesser',
    'me blesser', 'se scarifiant', 'se brulant', 'se griffant', 'se frappant', 'se mutilant', 'se blessant',
    'en se coupant', 'en se brulant', 'jusqu au sang', 's automutile', 's automutiler', 's inflige',
    'auto infligees', 'auto infligee', 'blessures auto infligees')
# de
add(INJ, 'schlagt sich selbst', 'schlagt mich selbst', 'schlage mich selbst',
    cross(['schneidet', 'verbrennt', 'kratzt', 'verletzt', 'ritzte', 'schnitt',
                'verstummelt', 'schneide', 'verletze', 'kratze'],
               ['sich', 'mich', 'dich', 'sich selbst', 'mich selbst', 'dich selbst']),
    'sich selbst verletzen', 'sich selbst verletzt', 'mich selbst verletzen', 'selbst zugefugte',
    'selbst zugefugt', 'selbstverletzung', 'selbstverletzend', 'selbstverstummelung', 'fugt sich schnitte',
    'fugt sich wunden', 'sich schnitte zufugen', 'kratzt sich blutig', 'kratzt sich wund', 'tut sich weh',
    'sich weh tun', 'sich wehtun', 'mir weh tun', 'sich blutig kratzen', 'blutig gekratzt')
# it
add(INJ, cross(['si'], ['taglia', 'brucia', 'graffia', 'colpisce', 'picchia', 'ferisce', 'mutila',
                                    'lacera', 'incide', 'fa del male', 'fa dei tagli',
                                    'tagliava', 'bruciava', 'autolesiona']),
    'bruciarsi', 'graffiarsi', 'colpirsi', 'ferirsi', 'mutilarsi', 'farsi male', 'farmi del male',
    'tagliandosi', 'bruciandosi', 'graffiandosi', 'colpendosi', 'ferendosi', 'autolesionarsi',
    'autolesionismo', 'autoinflitte', 'autoinflitti', 'ferite autoinflitte', 'tagli autoinflitti')
# pt
add(INJ, cross(['se'], ['queima', 'arranha', 'machuca', 'fere', 'mutila', 'lesiona',
                                    'cortava', 'queimava', 'machucava']),
    cross(['corta', 'queima', 'arranha', 'machuca', 'fere', 'mutila'], ['se']),
    'se machucar', 'me machucar', 'se queimar', 'me queimar', 'se arranhar', 'se ferir', 'se mutilar',
    'machucar se', 'queimar se', 'arranhar se', 'ferir se', 'mutilar se', 'se machucando', 'se queimando',
    'se arranhando', 'se ferindo', 'se mutilando', 'machucando se', 'queimando se', 'arranhando se',
    'automutilacao', 'automutilar', 'autolesao', 'autolesiva', 'autoinfligidos', 'autoinfligidas',
    'ferimentos autoinfligidos', 'me cortando', 'se cortou', 'me cortei')
add(INJ, cross(['se brule', 'se coupe', 'se griffe', 'se taillade', 'se scarifie', 'se mutile', 'se lacere', 'se brulait',
                'se coupait'], ['les poignets', 'le poignet', 'les cuisses', 'la cuisse']),
    cross(['se quema', 'se corta', 'se rasguna', 'se arana', 'se quemaba', 'se cortaba', 'quemandose', 'cortandose'],
          ['las munecas', 'la muneca', 'los muslos', 'el muslo']),
    cross(['si brucia', 'si taglia', 'si graffia', 'si bruciava', 'si tagliava', 'bruciandosi', 'tagliandosi'],
          ['i polsi', 'il polso', 'le cosce', 'la coscia']),
    cross(['se queima', 'se corta', 'se arranha', 'se queimava', 'se cortava', 'queimando se', 'cortando se'],
          ['os pulsos', 'o pulso', 'as coxas', 'a coxa']),
    cross(['verbrennt sich', 'schneidet sich', 'kratzt sich', 'ritzt sich'],
          ['die handgelenke', 'das handgelenk', 'die oberschenkel']),
    cross(['burns her', 'burns his', 'burning her', 'burning his', 'burns my', 'burning my'],
          ['own wrist', 'own wrists', 'own thigh', 'own thighs']))
benign('cut himself shaving', 'cut himself')
benign('cuts himself shaving', 'cuts himself')
benign('cut myself shaving', 'cut myself')
benign('burns herself cooking', 'burns herself')
benign('burned herself cooking', 'burned herself')
benign('burnt herself cooking', 'burnt herself')
benign('burned himself cooking', 'burned himself')
benign('bites herself lip', 'bites herself')
benign('hits himself on the head', 'hits himself')
benign('hitting himself on the head', 'hitting himself')
benign('se quema cocinando', 'se quema')
benign('se corta cocinando', 'se corta')
benign('se brule en cuisinant', 'se brule')
benign('verbrennt sich beim kochen', 'verbrennt sich')
benign('verbrennt sich die finger', 'verbrennt sich')
benign('si brucia cucinando', 'si brucia')
benign('se queima cozinhando', 'se queima')
benign('se queima na cozinha', 'se queima')
benign('se pega a la pared', 'se pega')
benign('se pega al cristal', 'se pega')
benign('se pega con cinta', 'se pega')
benign('se lesiona jugando', 'se lesiona')
benign('se lesiona en el partido', 'se lesiona')
benign('se lesiona la rodilla', 'se lesiona')
benign('se blesse au genou', 'se blesse')
benign('se blesse en jouant', 'se blesse')
benign('si fa male al ginocchio', 'si fa male')
benign('verletzt sich am knie', 'verletzt sich')
benign('verletzt sich beim sport', 'verletzt sich')
benign('se machuca jogando', 'se machuca')
benign('se machucou no jogo', 'se machuca')
benign('me gratte la tete', 'me gratte')
benign('se gratte la tete', 'se gratte')
benign('kratzt sich am kopf', 'kratzt sich')
benign('si gratta la testa', 'si graffia')
benign('scratches his head', 'scratches himself')
benign('te pega bien', 'te pega')
benign('me pega bien', 'me pega')
benign('te frappe a la porte', 'te frappe')
benign('te bate a porta', 'te bate')

# slit wrists / veins
wr_en = ['wrist', 'wrists', 'veins']
for pos in ['her', 'his', 'my', 'your', 'their', 'the']:
    add(VEIN, cross(['slit', 'slits', 'slitting', 'slash', 'slashes', 'slashing', 'cuts', 'cutting', 'cut open',
                     'opens', 'opening', 'slice', 'slicing'], [pos], wr_en))
add(VEIN, 'slit wrists', 'slit wrist', 'slashed wrists', 'slit veins', 'cut wrists', 'cut veins',
    'wrists slit', 'wrists slashed', 'open wrists', 'bleeding wrists', 'wrists bleeding', 'her wrists bleed',
    'his wrists bleed', 'make her wrists bleed', 'make his wrists bleed', 'munecas sangrando', 'munecas ensangrentadas',
    'poignets en sang', 'poignets ensanglantes', 'poignets qui saignent', 'blutende handgelenke', 'blutenden handgelenken',
    'handgelenke bluten', 'polsi sanguinanti', 'polsi insanguinati', 'polsi che sanguinano', 'pulsos sangrando',
    'pulsos ensanguentados', 'pulsos a sangrar',
    'cortarse las venas', 'cortarme las venas', 'se corta las venas', 'se corto las venas',
    'cortandose las venas', 'se abre las venas', 'abrirse las venas', 'las venas cortadas', 'venas abiertas',
    'munecas cortadas', 'se corta las munecas', 'cortarse las munecas', 'se raja las venas',
    's ouvrir les veines', 's ouvre les veines', 'se taillade les veines', 'se tailler les veines',
    'se couper les veines', 'se coupe les veines', 'veines ouvertes', 'poignets tailLades', 'poignets entailles',
    'poignets ouverts', 'se taillade les poignets', 'se coupe les poignets', 'pulsadern aufschneiden',
    'pulsadern aufgeschnitten', 'schneidet sich die pulsadern', 'die pulsadern aufschneiden',
    'aufgeschnittene pulsadern', 'aufgeschlitzte pulsadern', 'pulsadern aufschlitzen', 'handgelenke aufgeschnitten',
    'aufgeschnittenen handgelenken', 'tagliarsi le vene', 'si taglia le vene', 'tagliandosi le vene',
    'vene tagliate', 'polsi tagliati', 'si taglia i polsi', 'tagliarsi i polsi', 'cortar os pulsos',
    'corta os pulsos', 'cortou os pulsos', 'cortando os pulsos', 'pulsos cortados', 'cortar as veias',
    'corta as veias', 'veias cortadas', 'cortar os punhos', 'punhos cortados')
for v in ['cortarse', 'cortarme', 'se corta', 'se corto']:
    benign(f'para {v} las venas', f'{v} las venas')
benign('cancion para cortarse las venas', 'cortarse las venas')
benign('canciones para cortarse las venas', 'cortarse las venas')
benign('venas abiertas de america latina', 'venas abiertas')
# prevention campaigns / crisis lines, second person
for p in ['piensas en quitarte', 'pensando en quitarte', 'si piensas en suicidarte', 'penses a mettre fin',
          'thinking about ending your', 'thinking of ending your', 'thinking of taking your', 'pensi di toglierti',
          'pensa em tirar a', 'pensando em tirar a', 'denkst daran dir das']:
    benign(p, 'quitarte la vida', 'suicidarte', 'mettre fin a', 'ending your life', 'ending your own life',
           'taking your own life', 'toglierti la vita', 'tirar a propria vida', 'tirar a', 'dir das leben')
benign('las venas abiertas de america', 'venas abiertas')

# marks on wrists / thighs / forearms
loc_en = ['wrist', 'wrists', 'thigh', 'thighs', 'forearm', 'forearms', 'inner arm', 'arms', 'arm', 'hips', 'stomach']
pos_en = ['her', 'his', 'my', 'the', 'both']
for n in ['cuts', 'fresh cuts', 'deep cuts', 'red cuts', 'cigarette burns', 'lighter burns',
          'red lines', 'thin lines', 'slashes', 'burns', 'scratches', 'lines', 'gashes', 'wounds', 'marks', 'bruises']:
    add(MARK if n in ('cuts', 'fresh cuts', 'deep cuts', 'red cuts', 'cigarette burns', 'lighter burns', 'red lines',
                      'thin lines', 'slashes') else MARKW, cross([n], ['on', 'across', 'all over', 'along'], pos_en, loc_en))
for n in ['scars', 'old scars', 'white scars', 'pale scars', 'healed scars', 'raised scars', 'fresh scars',
          'new scars']:
    add(SCAR, cross([n], ['on', 'across', 'all over', 'along'], pos_en, loc_en))
add(MARK, 'cigarette burns', 'cigarette burns on', 'lighter burns on', 'burn marks on her', 'burn marks on his',
    'carved into her arm', 'carved into his arm', 'carved into my arm', 'carved into her thigh')
# es
for n in ['cortes', 'cortes frescos', 'cortes recientes', 'cortes profundos', 'quemaduras', 'quemaduras de cigarro',
          'rasgunos', 'aranazos', 'heridas', 'rayas rojas', 'marcas', 'lineas']:
    add(mk(n), cross([n], ['en', 'en los', 'en las', 'en sus', 'en mis', 'en el', 'en la'],
                    ['munecas', 'muneca', 'muslos', 'muslo', 'antebrazos', 'antebrazo', 'brazos', 'piernas']))
for n in ['cicatrices', 'cicatrices viejas', 'cicatrices blancas']:
    add(SCAR, cross([n], ['en', 'en los', 'en las', 'en sus', 'en mis'],
                    ['munecas', 'muslos', 'antebrazos', 'brazos', 'piernas']))
# fr
for n in ['coupures', 'entailles', 'brulures', 'brulures de cigarette', 'griffures', 'eraflures', 'plaies',
          'traits rouges', 'marques', 'lignes rouges', 'taillades']:
    add(mk(n), cross([n], ['sur', 'sur les', 'sur ses', 'sur mes', 'sur le', 'sur la', 'aux', 'a la'],
                    ['poignets', 'poignet', 'cuisses', 'cuisse', 'avant bras', 'bras', 'jambes']))
for n in ['cicatrices', 'vieilles cicatrices', 'cicatrices blanches']:
    add(SCAR, cross([n], ['sur', 'sur les', 'sur ses', 'sur mes', 'aux'],
                    ['poignets', 'cuisses', 'avant bras', 'bras', 'jambes']))
# de
for n in ['schnitte', 'frische schnitte', 'brandwunden', 'brandmale', 'kratzer', 'kratzwunden',
          'wunden', 'rote striche', 'striche', 'ritzwunden', 'ritzspuren', 'schnittspuren']:
    add(mk(n), cross([n], ['am', 'an den', 'an ihren', 'an seinen', 'an meinen', 'auf den', 'auf ihren',
                          'auf seinen', 'auf meinen', 'auf dem'],
                    ['handgelenk', 'handgelenken', 'oberschenkel', 'oberschenkeln', 'unterarm', 'unterarmen',
                     'armen', 'arm', 'beinen']))
    add(mk(n), cross(['handgelenk', 'unterarm', 'oberschenkel', 'arm', 'arme'], ['voller'], [n]))
for n in ['narben', 'alte narben', 'weisse narben']:
    add(SCAR, cross([n], ['an den', 'an ihren', 'an seinen', 'an meinen', 'auf den', 'auf ihren', 'auf seinen'],
                    ['handgelenken', 'oberschenkeln', 'unterarmen', 'armen', 'beinen']))
# it
for n in ['tagli', 'tagli freschi', 'tagli profondi', 'bruciature', 'bruciature di sigaretta', 'graffi',
          'ferite', 'segni rossi', 'segni', 'righe rosse', 'linee rosse']:
    add(mk(n), cross([n], ['sui', 'sulle', 'sul', 'sulla', 'ai', 'alle', 'sui suoi', 'sulle sue', 'sui miei',
                          'sulle mie'], ['polsi', 'polso', 'cosce', 'coscia', 'avambracci', 'avambraccio', 'braccia',
                                         'gambe']))
for n in ['cicatrici', 'vecchie cicatrici', 'cicatrici bianche']:
    add(SCAR, cross([n], ['sui', 'sulle', 'sui suoi', 'sulle sue', 'ai', 'alle'],
                    ['polsi', 'cosce', 'avambracci', 'braccia', 'gambe']))
# pt
for n in ['cortes', 'cortes frescos', 'cortes recentes', 'cortes profundos', 'queimaduras',
          'queimaduras de cigarro', 'arranhoes', 'feridas', 'riscos', 'riscos vermelhos', 'marcas', 'linhas']:
    add(mk(n), cross([n], ['nos', 'nas', 'no', 'na', 'em seus', 'em suas', 'nos meus', 'nas minhas', 'nos seus',
                          'nas suas'], ['pulsos', 'pulso', 'coxas', 'coxa', 'antebracos', 'antebraco', 'bracos',
                                         'pernas', 'punhos']))
for n in ['cicatrizes', 'cicatrizes antigas', 'cicatrizes brancas']:
    add(SCAR, cross([n], ['nos', 'nas', 'nos seus', 'nas suas', 'nos meus', 'nas minhas'],
                    ['pulsos', 'coxas', 'antebracos', 'bracos', 'pernas']))

# counting the cuts
add(COUNT, cross(['counting', 'counts', 'counted', 'count'], ['the cuts', 'her cuts', 'his cuts', 'my cuts',
                                                               'the scars', 'her scars', 'his scars', 'my scars']),
    cross(['contando', 'cuenta', 'contar', 'conta', 'contam'], ['los cortes', 'sus cortes', 'mis cortes',
                                                                 'las cicatrices', 'sus cicatrices',
                                                                 'os cortes', 'seus cortes', 'meus cortes',
                                                                 'as cicatrizes', 'suas cicatrizes',
                                                                 'i tagli', 'i suoi tagli',
                                                                 'i miei tagli', 'le cicatrici']),
    cross(['compte', 'comptant', 'compter', 'recompte'], ['les coupures', 'ses coupures', 'mes coupures',
                                                           'les cicatrices', 'ses cicatrices', 'les entailles']),
    cross(['zahlt', 'zahlen', 'zahle', 'zahlte'], ['die schnitte', 'ihre schnitte', 'seine schnitte',
                                                   'meine schnitte', 'die narben', 'ihre narben', 'seine narben',
                                                   'meine narben']),
    cross(['contando', 'conta', 'contare', 'conto'], ['i tagli', 'i suoi tagli', 'i miei tagli', 'le cicatrici',
                                                      'le sue cicatrici']),
    'cut count', 'scar count', 'number of cuts', 'how many cuts', 'cuantos cortes', 'combien de coupures',
    'wie viele schnitte', 'quanti tagli', 'quantos cortes', 'one cut for each', 'one cut for every',
    'un corte por cada', 'une coupure pour chaque', 'einen schnitt fur jeden', 'un taglio per ogni',
    'um corte para cada', 'um corte por cada')

# blades / shards on skin
for b in ['razor blade', 'blade', 'shard of glass', 'glass shard', 'broken glass', 'box cutter',
          'sharpener blade', 'pencil sharpener blade']:
    add(BSKIN, cross([b], ['on her', 'on his', 'on my', 'against her', 'against his', 'against my', 'pressed to',
                           'pressed against', 'to her', 'to his', 'to my', 'on the', 'across her', 'across his'],
                     ['skin', 'wrist', 'arm', 'thigh', 'forearm', 'wrists', 'arms', 'thighs']))
add(BSKIN, 'blade on skin', 'blade against skin', 'blade to skin',
    'blade to wrist', 'razor to wrist', 'blade to her wrist',
    'holding a razor blade', 'holding a blade to', 'holding a shard', 'sharpener blades',
    'cuchilla en la piel', 'cuchilla sobre la piel', 'cuchilla en la muneca', 'cuchilla contra la muneca',
    'cuchilla en el brazo', 'cuchilla sobre el brazo', 'cuchilla en el muslo', 'vidrio en la muneca',
    'cristal en la muneca', 'cuchilla de sacapuntas', 'cuchillas de sacapuntas', 'sosteniendo una cuchilla',
    'lame sur la peau', 'lame contre la peau', 'lame sur le poignet', 'lame contre le poignet',
    'lame sur le bras', 'lame sur la cuisse', 'rasoir sur le poignet',
    'eclat de verre sur', 'lame de taille crayon', 'lames de taille crayon', 'tenant une lame',
    'klinge auf der haut', 'klinge an der haut', 'klinge am handgelenk', 'klinge auf dem arm',
    'klinge am arm', 'klinge am oberschenkel', 'rasierklinge am handgelenk', 'rasierklinge auf der haut',
    'scherbe am handgelenk', 'scherbe auf der haut', 'anspitzerklinge', 'anspitzerklingen', 'halt eine klinge',
    'lametta sulla pelle', 'lametta sul polso', 'lametta contro il polso', 'lametta sul braccio',
    'lametta sulla coscia', 'lama sulla pelle', 'lama sul polso', 'vetro sul polso', 'lametta del temperino',
    'lamette del temperino', 'tiene una lametta', 'lamina na pele', 'lamina no pulso', 'lamina contra o pulso',
    'lamina no braco', 'lamina na coxa', 'gilete no pulso', 'gilete na pele', 'caco de vidro no pulso',
    'lamina do apontador', 'laminas do apontador', 'segurando uma lamina', 'segurando uma gilete')
benign('razor blade on the shaving', 'razor blade on the')
benign('blade on the cutting board', 'blade on the')

# ---------------------------------------------------------------------------
# 2. methods shown neutrally
PILL = C + 'pills'
STILL = C + 'still'
SWAL = C + 'swallow'
TRACK = C + 'tracks'
HOSE = C + 'hose'
BWAT = C + 'bloodwater'
RWAT = C + 'redwater'
ROPE = C + 'ropehang'

add(PILL, cross(['pills', 'tablets', 'capsules', 'sleeping pills', 'painkillers'],
                ['spilled', 'scattered', 'spilling', 'spilled out', 'scattered around', 'everywhere', 'counted out',
                 'lined up', 'in rows', 'beside her', 'beside him', 'next to her', 'next to him', 'on the floor',
                 'in her palm', 'in his palm', 'in her hand', 'in his hand']),
    cross(['spilled', 'scattered', 'counted', 'empty', 'a pile of', 'piles of', 'a mountain of', 'dozens of',
           'a fistful of', 'fistful of', 'a handful of'],
          ['pills', 'tablets', 'sleeping pills', 'painkillers', 'pill bottles', 'pill bottle', 'blister packs']),
    'counting pills', 'counting out pills', 'counting the pills', 'pills counted', 'empty blister packs',
    'empty pill bottles', 'open pill bottle', 'pill bottle tipped over', 'overturned pill bottle',
    'empty medicine bottle', 'empty pill jar', 'empty prescription bottle',
    cross(['pastillas', 'pastillas para dormir', 'somniferos', 'calmantes', 'capsulas'],
          ['esparcidas', 'derramadas', 'regadas', 'tiradas', 'por el suelo', 'en la mano', 'en su mano',
           'junto a ella', 'junto a el', 'alineadas', 'contadas', 'por todas partes']),
    cross(['un puno de', 'punado de', 'un punado de', 'montones de', 'un monton de'],
          ['pastillas', 'somniferos', 'calmantes', 'pildoras']),
    'frasco vacio', 'frasco de pastillas vacio', 'bote de pastillas vacio', 'bote vacio de pastillas',
    'frascos vacios', 'blister vacios', 'blisters vacios', 'frasco volcado', 'contando pastillas',
    'contando las pastillas',
    cross(['cachets', 'comprimes', 'pilules', 'medicaments', 'somniferes', 'gelules'],
          ['eparpilles', 'eparpillees', 'renverses', 'renversees', 'par terre', 'dans la main', 'dans sa main',
           'a cote d elle', 'a cote de lui', 'alignes', 'alignees', 'comptes', 'comptees',
           'partout']),
    cross(['une poignee de', 'poignee de', 'un tas de', 'des dizaines de'],
          ['cachets', 'comprimes', 'pilules', 'somniferes', 'gelules']),
    'flacon vide', 'flacons vides', 'boite de medicaments vide', 'boites de medicaments vides', 'flacon renverse',
    'plaquettes vides', 'tube de medicaments vide', 'comptant les cachets', 'compte les cachets',
    cross(['tabletten', 'pillen', 'schlaftabletten', 'schmerztabletten', 'kapseln'],
          ['verstreut', 'verschuttet', 'auf dem boden', 'in der hand', 'in ihrer hand', 'in seiner hand',
           'neben ihr', 'neben ihm', 'aufgereiht', 'abgezahlt', 'uberall']),
    cross(['verstreute', 'verschuttete', 'leere', 'eine handvoll', 'handvoll', 'haufen', 'dutzende'],
          ['tabletten', 'pillen', 'schlaftabletten', 'tablettenpackungen', 'pillendosen']),
    'leeres pillendoschen', 'leeres pillendose', 'leere pillendose', 'leere tablettendose', 'pillendoschen',
    'leere tablettenschachtel', 'leere blister', 'leeres tablettenrohrchen', 'umgekippte pillendose',
    'tabletten zahlen', 'zahlt tabletten', 'zahlt die tabletten',
    cross(['pillole', 'pastiglie', 'compresse', 'sonniferi', 'capsule', 'pasticche'],
          ['sparse', 'sparpagliate', 'rovesciate', 'per terra', 'in mano', 'nella mano', 'accanto a lei',
           'accanto a lui', 'allineate', 'contate', 'ovunque']),
    cross(['una manciata di', 'manciata di', 'un mucchio di', 'decine di'],
          ['pillole', 'pastiglie', 'compresse', 'sonniferi', 'pasticche']),
    'flacone vuoto', 'flaconi vuoti', 'boccetta vuota', 'blister vuoti', 'flacone rovesciato',
    'contando le pillole', 'conta le pillole',
    cross(['comprimidos', 'pilulas', 'remedios', 'calmantes', 'capsulas'],
          ['espalhados', 'espalhadas', 'derramados', 'derramadas', 'no chao', 'na mao', 'na sua mao',
           'ao lado dela', 'ao lado dele', 'enfileirados', 'contados', 'contadas', 'por todo lado']),
    cross(['um punhado de', 'punhado de', 'um monte de', 'dezenas de'],
          ['comprimidos', 'pilulas', 'remedios', 'calmantes']),
    'frasco vazio', 'frascos vazios', 'caixa de remedios vazia', 'cartelas vazias', 'frasco tombado',
    'contando comprimidos', 'contando os comprimidos')
benign('empty pill bottle recycling', 'empty pill bottle')
benign('pill organizer', 'pills lined up')
benign('weekly pill organizer', 'pills lined up')
benign('pastillero semanal', 'pastillas alineadas')
benign('pilulier', 'comprimes alignes')
benign('frasco vacio de perfume', 'frasco vacio')
benign('frasco vacio de mermelada', 'frasco vacio')
benign('flacon vide de parfum', 'flacon vide')
benign('flacone vuoto di profumo', 'flacone vuoto')
benign('frasco vazio de perfume', 'frasco vazio')
benign('frasco vazio de vidro', 'frasco vazio')
benign('tous les medicaments du monde', 'tous les medicaments')
benign('vitamin', 'tablets in her hand')

add(STILL, 'motionless', 'lifeless', 'unconscious', 'unresponsive', 'not breathing', 'not moving', 'no longer breathing',
    'lying still', 'lies still', 'pale and still', 'cold and still', 'peaceful forever', 'still forever',
    'asleep forever', 'sleeping forever', 'fell asleep forever', 'eternal sleep', 'forever asleep',
    'never woke up', 'did not wake up', 'didn t wake up', 'won t wake up again',
    'inerte', 'inmovil', 'inconsciente', 'sin vida', 'sin respirar', 'ya no respira', 'no respira',
    'dormida para siempre', 'dormido para siempre', 'en paz para siempre', 'tranquila para siempre',
    'sueno eterno', 'nunca desperto', 'no desperto',
    'sans vie', 'inanimee', 'inanime', 'inconsciente', 'ne respire plus', 'immobile', 'endormie pour toujours',
    'endormi pour toujours', 'paisible pour toujours', 'pour toujours endormie', 'sommeil eternel',
    'ne s est jamais reveillee', 'ne s est pas reveillee',
    cross(['bewusstlos', 'regungslos', 'leblos', 'reglos', 'ohnmachtig'], ['', 'e', 'en', 'er', 'es']),
    'inconscient', 'privo di sensi', 'priva di coscienza', 'senza sensi', 'desmayada', 'desmaiada', 'evanouie', 'atmet nicht mehr', 'fur immer eingeschlafen',
    'friedlich fur immer', 'fur immer friedlich', 'ewiger schlaf', 'ewigen schlaf', 'nie wieder aufgewacht',
    'nicht mehr aufgewacht', 'schlaft fur immer',
    'immobile', 'priva di sensi', 'esanime', 'senza vita', 'non respira piu', 'addormentata per sempre',
    'addormentato per sempre', 'serena per sempre', 'in pace per sempre', 'sonno eterno', 'non si e piu svegliata',
    'imovel', 'desacordada', 'desacordado', 'sem vida', 'nao respira mais', 'dormindo para sempre',
    'adormecida para sempre', 'em paz para sempre', 'serena para sempre', 'sono eterno', 'nunca mais acordou',
    'nao acordou mais')

ALLP_EN = ['all the pills', 'all her pills', 'all his pills', 'all my pills', 'every pill', 'all the tablets',
           'all the sleeping pills', 'too many pills', 'the whole bottle of pills', 'a bottle of pills']
BOTTLE_EN = ['the whole bottle', 'a whole bottle', 'the entire bottle', 'the whole box', 'the whole pack']
add(SWAL, cross(['swallow', 'swallows', 'swallowing', 'swallowed', 'gulping', 'gulps'], ALLP_EN + BOTTLE_EN),
    cross(['take', 'takes', 'taking', 'took', 'popping', 'pops', 'downing', 'downs'],
          ['all the sleeping pills', 'too many pills', 'a bottle of pills', 'the whole bottle of pills',
           'every pill in the']),
    'overdosing', 'overdosed', 'overdoses', 'intentional overdose', 'deliberate overdose', 'oding on',
    'od on pills',
    cross(['tragarse', 'tragarme', 'traga', 'tragando', 'se traga', 'se trago', 'me trague', 'tragandose', 'tragandome'],
          ['todas las pastillas', 'todo el frasco', 'el frasco entero', 'el bote entero', 'la caja entera',
           'todos los somniferos', 'demasiadas pastillas', 'un punado de pastillas', 'todas mis pastillas',
           'todo el bote', 'todas sus pastillas']),
    cross(['se toma', 'tomarse', 'tomarme', 'me tome', 'se tomo', 'tomandose', 'me tomo'],
          ['todo el frasco', 'el frasco entero', 'el bote entero', 'la caja entera', 'todos los somniferos',
           'demasiadas pastillas']),
    'sobredosis intencional', 'sobredosis a proposito', 'se sobredosifica', 'sobredosificarse',
    cross(['avaler', 'avale', 'avalant', 'a avale', 'gober', 'gobe'],
          ['tous les cachets', 'toutes les pilules', 'tout le flacon', 'le flacon entier', 'toute la boite',
           'la boite entiere', 'tous les comprimes', 'trop de cachets', 'tous ses cachets', 'tous mes cachets',
           'tous les somniferes']),
    cross(['prendre', 'prend', 'prenant', 'a pris'],
          ['tout le flacon', 'le flacon entier', 'toute la boite de', 'trop de cachets', 'tous les somniferes']),
    'surdose volontaire', 'overdose volontaire',
    cross(['schlucken', 'schluckt', 'schluckte', 'geschluckt'],
          ['alle tabletten', 'alle pillen', 'die ganze packung', 'die ganze dose', 'alle schlaftabletten',
           'zu viele tabletten', 'eine handvoll tabletten']),
    cross(['nehmen', 'nimmt', 'nahm', 'eingenommen'], ['alle schlaftabletten', 'zu viele tabletten',
                                                      'die ganze packung schlaftabletten']),
    cross(['alle tabletten', 'alle pillen', 'alle schlaftabletten'], ['schlucken', 'geschluckt', 'auf einmal']),
    'absichtliche uberdosis', 'uberdosis nehmen', 'uberdosis genommen',
    cross(['ingoiare', 'ingoia', 'ingoiando', 'ha ingoiato', 'mandare giu', 'manda giu'],
          ['tutte le pillole', 'tutto il flacone', 'il flacone intero', 'tutta la scatola', 'tutte le pastiglie',
           'tutti i sonniferi', 'troppe pillole', 'tutte le compresse']),
    cross(['prendere', 'prende', 'prendendo', 'ha preso'], ['tutto il flacone', 'il flacone intero',
                                                           'tutti i sonniferi', 'troppe pillole']),
    'overdose volontaria', 'overdose intenzionale',
    cross(['engolir', 'engole', 'engolindo', 'engoliu', 'engoli'],
          ['todos os comprimidos', 'todas as pilulas', 'o frasco inteiro', 'a caixa inteira', 'todos os remedios',
           'a cartela inteira', 'comprimidos demais', 'remedios demais', 'todos os calmantes']),
    cross(['tomar', 'toma', 'tomando', 'tomou', 'tomei'], ['o frasco inteiro', 'a caixa inteira', 'a cartela inteira',
                                                          'comprimidos demais']),
    'overdose intencional', 'overdose proposital')
benign('take all the pills your doctor', 'take all the pills')
benign('finish all the pills', 'all the pills')
benign('overdose awareness', 'overdose')
benign('naloxone', 'overdosing')
benign('narcan', 'overdosed')

add(TRACK, cross(['lying', 'lies', 'laying', 'lays', 'lay', 'sleeping', 'lying down'],
                 ['on the tracks', 'on the rails', 'across the tracks', 'across the rails', 'on the railway',
                  'on the train tracks', 'on railroad tracks', 'between the rails', 'on the railroad',
                  'on train tracks', 'on railway tracks']),
    cross(['acostada', 'acostado', 'tumbada', 'tumbado', 'tendida', 'tendido', 'echada', 'echado', 'se acuesta',
           'se tumba'], ['en las vias', 'sobre las vias', 'en los rieles', 'sobre los rieles', 'en la via del tren',
                         'entre los rieles', 'en las vias del']),
    cross(['allongee', 'allonge', 'couchee', 'couche', 'etendue', 'etendu', 's allonge', 'se couche'],
          ['sur les rails', 'sur la voie', 'sur les voies', 'entre les rails', 'sur la voie ferree',
           'en travers des rails']),
    cross(['liegt', 'liegend', 'liegende', 'legt sich'],
          ['auf den gleisen', 'auf den schienen', 'quer uber die gleise', 'zwischen den schienen', 'im gleisbett',
           'auf die gleise', 'auf die schienen']),
    cross(['auf den gleisen', 'auf den schienen'], ['liegend', 'liegt', 'liegen']),
    cross(['sdraiata', 'sdraiato', 'distesa', 'disteso', 'coricata', 'si sdraia', 'stesa', 'steso'],
          ['sui binari', 'sulle rotaie', 'tra i binari', 'sulla ferrovia', 'di traverso sui binari']),
    cross(['deitada', 'deitado', 'estendida', 'estendido', 'se deita', 'deitada a'],
          ['nos trilhos', 'sobre os trilhos', 'na linha do trem', 'na linha do comboio', 'nos carris',
           'sobre os carris', 'entre os trilhos', 'na via ferrea']))
benign('model railway', 'on the railway')
benign('model train', 'on the tracks')
benign('toy train', 'on the tracks')
benign('train set', 'on the tracks')
benign('trenino', 'sui binari')
benign('modelleisenbahn', 'auf den gleisen')
benign('tren de juguete', 'en las vias')
benign('train miniature', 'sur les rails')

add(HOSE, cross(['hose', 'tube', 'pipe'], ['into the car window', 'through the car window', 'in the car window',
                                         'from the exhaust', 'to the exhaust', 'taped to the exhaust']),
    'exhaust hose', 'car exhaust hose', 'garden hose to the exhaust',
    'manguera por la ventanilla', 'manguera en la ventanilla', 'manguera a la ventanilla', 'manguera del escape',
    'manguera desde el escape', 'tubo por la ventanilla', 'tuyau dans la vitre', 'tuyau par la fenetre de',
    'tuyau dans la voiture', 'tuyau relie au pot', 'tuyau d arrosage au pot', 'schlauch ins auto',
    'schlauch ins autofenster', 'schlauch durchs fenster', 'schlauch vom auspuff', 'schlauch am auspuffrohr',
    'tubo nel finestrino', 'tubo dal tubo di scarico', 'tubo dentro l auto', 'tubo di gomma allo scarico',
    'mangueira na janela do carro', 'mangueira pela janela', 'mangueira do escapamento', 'mangueira ligada ao escape',
    'mangueira dentro do carro')

add(BWAT, 'bloody water', 'blood tinted water', 'blood stained water', 'bloodstained water', 'water tinged with blood',
    'water mixed with blood', 'bloody bathwater', 'bloody bath water', 'bathtub of blood',
    'tub full of blood', 'agua ensangrentada', 'agua con sangre', 'agua tenida de sangre', 'banera de sangre',
    'banera llena de sangre', 'eau ensanglantee', 'eau teintee de sang', 'eau melee de sang',
    'baignoire de sang', 'blutiges wasser', 'blutgefarbtes wasser', 'wasser voller blut', 'badewanne voller blut',
    'acqua insanguinata', 'acqua mista a sangue', 'vasca piena di sangue', 'vasca di sangue', 'agua ensanguentada',
    'agua com sangue', 'agua tingida de sangue', 'banheira de sangue', 'banheira cheia de sangue')
benign('bagno di sangue', 'vasca di sangue')
add(RWAT, 'red water', 'red tinted water', 'water tinted red', 'water turned red', 'reddened water', 'crimson water',
    'pinkish red water', 'the water red', 'water slowly reddening', 'agua roja', 'agua tenida de rojo', 'agua rojiza',
    'agua carmesi', 'el agua roja', 'eau rouge', 'eau teintee de rouge', 'eau rougie', 'eau rougeatre', 'l eau rouge',
    'rotes wasser', 'rot gefarbtes wasser', 'rotgefarbtes wasser', 'rotliches wasser', 'das wasser rot',
    'acqua rossa', 'acqua tinta di rosso', 'acqua arrossata', 'acqua rossastra', 'l acqua rossa', 'agua vermelha',
    'agua tingida de vermelho', 'agua avermelhada', 'a agua vermelha')
benign('bath bomb', 'red water')
benign('bomba de bano', 'agua roja')
benign('bombe de bain', 'eau rouge')
benign('badekugel', 'rotes wasser')
benign('bomba da bagno', 'acqua rossa')
benign('bomba de banho', 'agua vermelha')
benign('mer rouge', 'eau rouge')
benign('red water lily', 'red water')
benign('red water lilies', 'red water')

for r in ['rope', 'a rope', 'noose', 'a noose', 'cord', 'belt', 'scarf', 'cable']:
    objs = ['fan', 'ceiling fan', 'beam', 'rafter', 'rafters', 'banister', 'stair railing', 'closet rod']
    if r in ('rope', 'a rope', 'noose', 'a noose'):
        objs = objs + ['ceiling', 'door frame', 'pipe']
    if r in ('noose', 'a noose'):
        objs = objs + ['branch', 'tree branch', 'tree']
    add(ROPE, cross([r], ['hanging from the', 'hanging from a', 'tied to the', 'tied to a', 'knotted to the',
                          'dangling from the', 'dangling from a', 'looped over the', 'looped over a',
                          'around the', 'from the'], objs))
add(ROPE, cross(['cuerda', 'soga', 'cinturon', 'bufanda'], ['colgando de', 'atada a', 'colgada de', 'anudada a'],
                ['la viga', 'una viga', 'las vigas', 'el ventilador', 'un ventilador', 'la barandilla']),
    cross(['cuerda', 'soga', 'cinturon'], ['atada al', 'colgada del', 'anudada al', 'colgando del'],
          ['ventilador', 'techo', 'barandal']),
    cross(['corde', 'ceinture', 'echarpe'], ['pendue a', 'attachee a', 'nouee a', 'qui pend de', 'accrochee a'],
          ['la poutre', 'une poutre', 'la rambarde', 'la rampe']),
    cross(['corde', 'ceinture', 'echarpe'], ['pendue au', 'attachee au', 'nouee au', 'accrochee au', 'qui pend du'],
          ['ventilateur', 'plafond']),
    cross(['seil', 'strick', 'gurtel', 'schal', 'kabel'],
          ['am balken', 'an einem balken', 'am ventilator', 'am deckenventilator', 'am treppengelander',
           'um den balken', 'vom balken', 'vom deckenbalken']),
    cross(['seil hangt', 'strick hangt', 'seil gebunden', 'strick gebunden', 'seil befestigt', 'strick befestigt',
           'seil geknotet', 'strick geknotet'], ['am balken', 'am ventilator', 'an der decke', 'vom balken', 'an den balken']),
    cross(['corda', 'cintura', 'sciarpa'], ['appesa alla', 'legata alla', 'annodata alla', 'che pende dalla'],
          ['trave', 'ringhiera']),
    cross(['corda', 'cintura', 'sciarpa'], ['appesa al', 'legata al', 'annodata al', 'che pende dal'],
          ['ventilatore', 'soffitto', 'lampadario']),
    cross(['corda', 'cinto', 'cachecol'], ['pendurada na', 'amarrada na', 'presa na', 'atada na'],
          ['viga', 'trave', 'grade']),
    cross(['corda', 'cinto', 'cachecol'], ['pendurada no', 'amarrada no', 'presa no', 'atada no'],
          ['ventilador', 'teto', 'corrimao', 'lustre']))
benign('climbing rope', 'rope hanging from the', 'rope tied to the', 'rope tied to a')
benign('gym rope', 'rope hanging from the')
benign('rope swing', 'rope tied to a', 'rope hanging from a', 'rope tied to the')
benign('tire swing', 'rope tied to a', 'rope hanging from a')
benign('cuerda de escalada', 'cuerda colgando de')
benign('corde d escalade', 'corde pendue a')
benign('kletterseil', 'seil hangt von')
benign('corda da arrampicata', 'corda appesa a')
benign('corda de escalada', 'corda pendurada na')
benign('columpio', 'cuerda atada a')
benign('balancoire', 'corde attachee a')
benign('schaukel', 'seil gebunden an')
benign('altalena', 'corda legata a')
benign('balanco', 'corda amarrada na')
benign('string lights', 'cord hanging from the')
benign('fairy lights', 'cord hanging from the')
benign('cable hanging from the ceiling lamp', 'cable hanging from the')
benign('extension cable', 'cable around the')
benign('cable management', 'cable around the', 'cable tied to the')

# ---------------------------------------------------------------------------
# 3. romanticised / aestheticised
AES = C + 'aesth'
add(AES, 'beautiful sadness', 'sad girl aesthetic', 'sad boy aesthetic', 'sadgirl aesthetic', 'sad girl core',
    'sadcore', 'sad core', 'beautiful tragedy', 'tragic beauty', 'beautiful death', 'a beautiful death',
    'dying beautifully', 'die beautifully', 'dies beautifully', 'beautiful suffering', 'pretty pain',
    'beautiful pain', 'pain is beautiful', 'pain aesthetic', 'peaceful at last', 'at peace at last',
    'finally at rest', 'finally resting', 'resting at last', 'sweet release', 'the sweet release',
    'romantic death', 'romanticized death', 'death is beautiful', 'death aesthetic', 'suicide aesthetic',
    'depression aesthetic', 'self destruction aesthetic', 'poetic death',
    'bella tristeza', 'la bella tristeza', 'tristeza hermosa', 'tristeza bonita', 'estetica triste',
    'estetica sad', 'muerte hermosa', 'muerte bonita', 'una muerte hermosa', 'morir bonito', 'morir bonita',
    'morir hermosa', 'morir en belleza', 'dolor bonito', 'dolor hermoso', 'el dolor es bello', 'en paz al fin',
    'descansa al fin', 'descansando al fin', 'muerte poetica', 'muerte romantica',
    'belle tristesse', 'la belle tristesse', 'tristesse esthetique', 'esthetique triste', 'belle mort',
    'une belle mort', 'mourir en beaute', 'mourir joliment', 'mourir belle', 'jolie douleur', 'belle douleur',
    'la douleur est belle', 'en paix enfin', 'repose enfin', 'enfin au repos', 'mort poetique',
    'mort romantique',
    'schone traurigkeit', 'schoene traurigkeit', 'traurige asthetik', 'trauer asthetik', 'schon sterben',
    'schoen sterben', 'schoner tod', 'ein schoner tod', 'schones sterben', 'wunderschon sterben', 'schoner schmerz',
    'endlich in frieden', 'endlich erlost', 'sanft entschlafen', 'poetischer tod', 'romantischer tod',
    'bella tristezza', 'la bella tristezza', 'tristezza bellissima', 'estetica triste', 'morte bella',
    'una bella morte', 'morire bella', 'morire bello', 'morire in bellezza', 'dolore bello', 'il dolore e bello',
    'finalmente in pace', 'riposa finalmente', 'morte poetica', 'morte romantica',
    'bela tristeza', 'a bela tristeza', 'tristeza bonita', 'estetica triste', 'morte bonita', 'uma bela morte',
    'morrer bonita', 'morrer bonito', 'morrer linda', 'dor bonita', 'a dor e bonita', 'em paz enfim', 'descansa enfim',
    'morte poetica', 'morte romantica')
benign('ninfa morta', 'morte bella')
benign('the death of ophelia', 'beautiful death')

# ---------------------------------------------------------------------------
# 4. suicide notes and letters
FIND = C + 'finder'
READ = C + 'readthis'
WHY = C + 'why'
LASTW = C + 'lastwords'
SNOTE = C + 'snote'
add(FIND, 'to whoever finds me', 'whoever finds me', 'to whoever finds this', 'whoever finds this note',
    'for whoever finds me',     'a quien me encuentre', 'para quien me encuentre', 'quien me encuentre', 'a quien encuentre esto',
    'al que me encuentre', 'a celui qui me trouvera', 'celui qui me trouvera',
    'a qui me trouvera', 'pour qui me trouvera', 'celle qui me trouvera',
    'an den der mich findet', 'wer mich findet', 'fur den der mich findet', 'an wen mich findet',
    'a chi mi trovera', 'chi mi trovera', 'per chi mi trovera',
    'a quem me encontrar', 'para quem me encontrar', 'quem me encontrar')
add(READ, 'when you read this', 'by the time you read this', 'when you find this', 'by the time you find this',
    'cuando leas esto', 'cuando encuentres esto', 'para cuando leas esto', 'quand tu liras ceci', 'quand tu liras ca',
    'quand vous lirez ceci', 'quand tu trouveras ceci', 'wenn du das liest', 'wenn ihr das lest', 'wenn du das findest',
    'quando leggerai questo', 'quando leggerete questo', 'quando troverai questo', 'quando leres isto',
    'quando voce ler isso', 'quando lerem isto', 'quando encontrares isto')
add(WHY, 'why i did it', 'why i had to go', 'why i had to do it', 'why i chose to go', 'why i left you',
    'por que lo hice', 'por que tuve que irme', 'por que me fui', 'pourquoi je l ai fait', 'pourquoi je suis partie',
    'pourquoi je suis parti', 'warum ich es getan habe', 'warum ich gehen musste', 'warum ich gegangen bin',
    'perche l ho fatto', 'perche me ne sono andata', 'perche me ne sono andato', 'por que eu fiz isso',
    'porque o fiz', 'por que tive que partir', 'por que eu parti')
add(LASTW, 'my last words', 'her last words', 'his last words', 'final words', 'my final words',
    'mis ultimas palabras', 'sus ultimas palabras', 'mes derniers mots', 'ses derniers mots', 'meine letzten worte',
    'ihre letzten worte', 'seine letzten worte', 'le mie ultime parole', 'le sue ultime parole',
    'minhas ultimas palavras', 'as minhas ultimas palavras', 'suas ultimas palavras')
add(SNOTE, 'suicide note', 'suicide letter', 'a suicide note', 'suicide notes', 'nota de suicidio',
    'carta de suicidio', 'nota suicida', 'carta suicida', 'lettre de suicide', 'mot de suicide', 'lettre de suicidaire',
    'suizidbrief', 'suizidnotiz', 'selbstmordbrief', 'lettera di suicidio', 'biglietto di suicidio',
    'lettera suicida', 'biglietto suicida', 'nota di suicidio', 'carta de suicidio', 'bilhete suicida',
    'bilhete de suicidio', 'carta suicida')
benign('famous last words', 'last words')
benign('suicide note warning signs', 'suicide note')

# ---------------------------------------------------------------------------
# 5. ending one's life, ending it, not waking up, disappearing forever
ENDL = C + 'endlife'
ENDIT = C + 'endit'
NOWK = C + 'nowake'
VAN = C + 'vanish'
add(ENDL, cross(['end', 'ends', 'ending', 'ended'], ['my life', 'my own life', 'her own life', 'his own life',
                                                   'their own life', 'your own life', 'your life']),
    cross(['take', 'takes', 'taking', 'took'], ['my own life', 'her own life', 'his own life', 'their own life',
                                                'your own life', 'my life']),
    cross(['acabar con', 'acaba con', 'acabo con', 'acabando con', 'terminar con', 'poner fin a', 'puso fin a'],
          ['mi vida', 'su propia vida', 'mi propia vida', 'tu vida']),
    cross(['quitarse', 'quitarme', 'se quita', 'se quito', 'me quito', 'quitandose'], ['la vida']),
    cross(['mettre fin a', 'met fin a', 'a mis fin a', 'mis fin a', 'mettant fin a'],
          ['ses jours', 'mes jours', 'ma vie', 'tes jours']),
    'fin a ses jours', 'fin a mes jours', 'me foutre en l air', 'se foutre en l air', 'se fout en l air',
    'en finir avec ma vie', 'en finir avec la vie', 'se donner la mort', 'se donne la mort',
    's est donne la mort', 'me donner la mort', 's ote la vie', 's oter la vie', 'm oter la vie',
    cross(['seinem leben', 'ihrem leben', 'meinem leben', 'deinem leben'], ['ein ende setzen', 'ein ende',
                                                                           'ein ende gesetzt', 'ein ende machen']),
    'sich das leben genommen', 'nahm sich das leben', 'nimmt sich das leben', 'mir das leben nehmen',
    'mich umbringen', 'sich umbringen', 'bringt sich um', 'brachte sich um', 'sich umgebracht', 'mich umzubringen',
    'sich umzubringen', 'will nicht mehr leben', 'nicht mehr leben wollen', 'mag nicht mehr leben',
    cross(['togliermi', 'togliersi', 'si toglie', 'si e tolta', 'si e tolto', 'mi tolgo', 'togliendosi'], ['la vita']),
    cross(['porre fine alla', 'mettere fine alla', 'mette fine alla'], ['mia vita', 'propria vita']),
    'uccidermi', 'uccidersi', 'si uccide', 'si e uccisa', 'si e ucciso',
    cross(['tirar a', 'tira a', 'tirou a', 'tirei a', 'tirando a'], ['minha vida', 'propria vida']),
    cross(['acabar com', 'acaba com', 'acabou com', 'por fim a', 'pos fim a'],
          ['a minha vida', 'minha vida', 'a propria vida']),
    'me matar', 'se matou', 'me mato', 'matar me', 'matar se')
for neg in ["don t", 'do not', 'never', 'please don t', 'you don t have to']:
    for v in ['end your life', 'take your life', 'take your own life', 'end your own life']:
        benign(f'{neg} {v}', v)
for neg in ['no', 'nunca']:
    benign(f'{neg} acabes con tu vida', 'acabar con', 'acaba con')
benign('ne mets pas fin a tes jours', 'fin a tes jours')
benign('hacer que la vida', 'la vida')
benign('acabar con la vida silvestre', 'acabar con la vida')
benign('acabar con la vida util', 'acabar con la vida')
benign('acaba com a vida noturna', 'acaba com a vida')
benign('take her life back', 'take her life')
benign('take my life back', 'take my life')
benign('take back my life', 'take my life')
benign('took his life savings', 'took his life')
benign('take her life to the next level', 'take her life')
benign('ended her life as a', 'ended her life')
benign('poner fin a la vida util', 'poner fin a')

add(ENDIT, cross(['i ll', 'i will', 'i m going to', 'i m gonna', 'gonna', 'going to', 'wants to', 'want to', 'wanted to',
                  'ready to', 'decided to', 'about to', 'plans to', 'planning to', 'finally'],
                 ['end it', 'end it all', 'end everything', 'end it tonight', 'end it for good']),
    'ending it', 'ending it all', 'ending it tonight', 'ending everything', 'ended it all', 'ended it',
    'end it for good', 'end it forever', 'make it stop forever', 'going to kill myself',
    cross(['quiero', 'voy a', 'va a', 'quiere', 'decidio', 'decidi', 'lista para', 'listo para'],
          ['terminar con todo', 'acabar con todo', 'ponerle fin', 'ponerle fin a todo', 'acabar con esto',
           'terminar con esto', 'irme para siempre', 'terminarlo todo']),
    'terminar con todo', 'ponerle fin a todo', 'terminarlo todo', 'acabar de una vez', 'acabarlo todo',
    cross(['je veux', 'je vais', 'elle veut', 'il veut', 'elle va', 'il va', 'prete a', 'pret a'],
          ['en finir', 'tout arreter', 'tout finir', 'mettre fin a tout', 'y mettre fin']),
    'mettre fin a tout', 'tout arreter pour de bon', 'en finir pour de bon', 'en finir une fois pour toutes',
    cross(['ich will', 'ich werde', 'sie will', 'er will', 'bereit'], ['es beenden', 'alles beenden', 'schluss machen',
                                                                     'ein ende machen', 'es hinter mich bringen']),
    'dem allem ein ende', 'allem ein ende setzen', 'schluss machen fur immer', 'es endgultig beenden',
    cross(['voglio', 'vuole', 'sto per', 'ho deciso di', 'ha deciso di', 'pronta a', 'pronto a'],
          ['farla finita', 'finirla', 'chiudere con tutto', 'mettere fine a tutto', 'porre fine a tutto']),
    'mettere fine a tutto', 'porre fine a tutto', 'chiudere con tutto', 'finirla per sempre',
    cross(['quero', 'vou', 'ela quer', 'ele quer', 'vai', 'decidiu', 'pronta para', 'pronto para'],
          ['acabar com tudo', 'acabar com isso', 'por um fim', 'dar um fim', 'terminar tudo', 'por fim a tudo']),
    'por fim a tudo', 'dar um fim a tudo', 'terminar com tudo', 'acabar com isso de vez')
benign('end it with him', 'end it')
benign('end it with her', 'end it')
benign('ending it with her boyfriend', 'ending it')
benign('ending it with his girlfriend', 'ending it')
benign('happy ending', 'ending it')
benign('ending it on a high note', 'ending it')
benign('end it on a high note', 'end it')
benign('schluss machen mit ihm', 'schluss machen')
benign('schluss machen mit ihr', 'schluss machen')
benign('mit ihrem freund schluss', 'schluss machen')
benign('terminar con todo el trabajo', 'terminar con todo')
benign('terminar com tudo o trabalho', 'terminar com tudo')

add(NOWK, cross(['not', 'never', 'to not', 'i hope i don t', 'hope i don t', 'i won t', 'she won t', 'he won t',
                 'i wish i wouldn t'], ['wake up tomorrow', 'wake up again', 'wake up anymore', 'wake up ever again']),
    'sleep forever', 'sleep and never wake', 'go to sleep forever', 'fall asleep forever', 'sleep for ever',
    'fall asleep and never', 'the last sleep', 'never open my eyes', 'no despertar manana', 'no despertarme',
    'no despertarme mas', 'no volver a despertarme', 'ojala no despierte', 'ojala no despertar', 'dormir para siempre',
    'dormirme para siempre', 'dormirse para siempre', 'no abrir los ojos', 'ne pas me reveiller', 'ne jamais me reveiller',
    'ne plus me reveiller demain', 'ne pas se reveiller', 'ne jamais se reveiller', 'dormir pour toujours',
    'm endormir pour toujours', 's endormir pour toujours', 'morgen nicht aufwachen',
    'nie mehr aufwachen', 'nicht mehr aufwachen morgen', 'einschlafen und nicht', 'fur immer schlafen',
    'fur immer einschlafen', 'einschlafen fur immer', 'nie wieder die augen', 'non svegliarmi domani',
    'non svegliarmi mai piu', 'non risvegliarsi', 'dormire per sempre', 'addormentarmi per sempre',
    'addormentarsi per sempre', 'nao acordar amanha', 'nunca mais acordar amanha', 'nao acordar nunca mais',
    'dormir para sempre', 'adormecer para sempre', 'dormir e nao acordar', 'dormir y no despertar',
    'dormir et ne pas', 'schlafen und nicht aufwachen', 'dormire e non svegliarsi')
benign('sleeping beauty', 'sleep forever', 'dormir para siempre')
benign('bella durmiente', 'dormir para siempre')
benign('belle au bois dormant', 'dormir pour toujours')
benign('dornroschen', 'fur immer schlafen')
benign('bella addormentata', 'dormire per sempre')
benign('bela adormecida', 'dormir para sempre')
benign('could sleep forever', 'sleep forever')
benign('podria dormir para siempre', 'dormir para siempre')

add(VAN, cross(['disappear', 'disappearing', 'vanish', 'vanishing', 'fade away', 'fading away', 'cease to exist',
                'stop existing', 'be gone'], ['forever', 'for good', 'for ever', 'from this world', 'from the world',
                                              'and never come back']),
    cross(['i want to', 'wants to', 'i wish i could', 'i just want to'], ['disappear', 'vanish', 'stop existing',
                                                                           'not exist', 'not be here']),
    'i want to disappear', 'wanting to disappear', 'i ll just disappear', 'stop existing', 'not exist anymore',
    cross(['desaparecer', 'desaparezco', 'desaparecera', 'desaparecere', 'desapareceria', 'desaparezca', 'esfumarme',
           'desvanecerme', 'dejar de existir'], ['para siempre', 'del mundo', 'de este mundo', 'de una vez']),
    'quiero desaparecer', 'quiere desaparecer', 'quisiera desaparecer', 'dejar de existir', 'ya no existir',
    cross(['disparaitre', 'disparais', 'disparaitrai', 'disparait', 'disparaisse', 'm effacer', 's effacer',
           'cesser d exister'], ['pour toujours', 'du monde', 'de ce monde', 'pour de bon']),
    'je veux disparaitre', 'veut disparaitre', 'envie de disparaitre', 'cesser d exister', 'ne plus exister du tout',
    cross(['fur immer', 'endgultig', 'von der welt', 'aus der welt'], ['verschwinden', 'verschwinde', 'verschwindet',
                                                                    'verschwunden', 'weg sein']),
    cross(['verschwinden', 'verschwinde', 'verschwindet'], ['fur immer', 'endgultig', 'von der welt', 'fur alle zeit']),
    'ich will verschwinden', 'will einfach verschwinden', 'nicht mehr existieren', 'aufhoren zu existieren',
    cross(['scomparire', 'scompaio', 'scomparira', 'scomparirei', 'sparire', 'sparisco', 'sparira', 'sparirei',
           'svanire', 'smettere di esistere'], ['per sempre', 'dal mondo', 'da questo mondo', 'definitivamente']),
    'voglio scomparire', 'vuole sparire', 'vorrei sparire', 'smettere di esistere', 'non esistere piu',
    cross(['desaparecer', 'desapareco', 'desaparecerei', 'desapareceria', 'sumir', 'sumo', 'sumiria', 'sumirei',
           'deixar de existir'], ['para sempre', 'do mundo', 'deste mundo', 'de vez']),
    'quero sumir', 'quer sumir', 'queria sumir', 'quero desaparecer de vez', 'deixar de existir', 'nao existir')
benign('fade away into the distance', 'fade away')
benign('sunset fading away forever', 'fading away forever')
benign('ghost vanishing forever', 'vanishing forever')
benign('magic trick disappear forever', 'disappear forever')
benign('stains disappear forever', 'disappear forever')
benign('wrinkles disappear forever', 'disappear forever')
benign('make stains disappear', 'disappear')
for ph in ['disappear from the photo', 'disappear from this photo', 'disappear from the picture', 'disappear from the image',
           'desaparecer de la foto', 'desaparecer de esta foto', 'disparaitre de la photo', 'disparaitre de cette photo',
           'aus dem foto verschwinden', 'vom foto verschwinden', 'sparire dalla foto', 'scomparire dalla foto',
           'desaparecer da foto', 'sumir da foto', 'desaparecer desta foto', 'sumir desta foto']:
    benign(ph, 'i want to disappear', 'wants to disappear', 'i just want to disappear', 'quiero desaparecer',
           'quiere desaparecer', 'je veux disparaitre', 'veut disparaitre', 'ich will verschwinden',
           'voglio scomparire', 'vuole sparire', 'vorrei sparire', 'quero sumir', 'quer sumir', 'queria sumir',
           'i wish i could disappear', 'disappear', 'desaparecer', 'disparaitre', 'verschwinden', 'sparire',
           'scomparire', 'sumir')
benign('manchas desaparecer para siempre', 'desaparecer para siempre')

# ---------------------------------------------------------------------------
# 6. second-look kinds (found as missing kinds on the train misses, written out in six languages)
FSCAR = C + 'freshscar'
POET = C + 'poetic'
WAYOUT = C + 'wayout'
JOURNEY = C + 'journey'
ROPEW = C + 'ropew'
BATHE = C + 'bathemoji'
PEACE = C + 'peace'
ADD = C + 'add'
PHOTO = C + 'photo'
add(FSCAR, 'new scars', 'fresh scars', 'recent scars', 'scars from today', 'cicatrices nuevas', 'cicatrices recientes',
    'cicatrices frescas', 'nuevas cicatrices', 'nouvelles cicatrices', 'cicatrices recentes', 'cicatrices fraiches',
    'neue narben', 'frische narben', 'ganz frische narben', 'cicatrici nuove', 'cicatrici fresche', 'cicatrici recenti',
    'nuove cicatrici', 'cicatrizes novas', 'cicatrizes recentes', 'cicatrizes frescas', 'novas cicatrizes',
    'cicatrizes de hoje', 'cicatrices de hoy', 'narben von heute')
add(MARK, cross(['cigarette', 'a cigarette', 'cigarettes'], ['on her arm', 'on his arm', 'on my arm', 'on her skin',
                                                             'on his skin', 'on my skin', 'on her wrist', 'on her thigh']),
    'stubbing out cigarettes on', 'putting out cigarettes on', 'cigarro en su brazo', 'cigarro en el brazo',
    'cigarrillo en su brazo', 'cigarrillos en su brazo', 'cigarrillo en la piel', 'cigarette sur son bras',
    'cigarette sur le bras', 'cigarettes sur son bras', 'cigarette sur sa peau', 'zigarette auf ihrem arm',
    'zigarette auf seinem arm', 'zigaretten auf dem arm', 'zigarette auf der haut', 'sigaretta sul braccio',
    'sigaretta sul suo braccio', 'sigarette sul braccio', 'sigaretta sulla pelle', 'cigarro no braco',
    'cigarro no seu braco', 'cigarros no braco', 'cigarro na pele')
add(POET, 'poetic', 'very poetic', 'so poetic', 'poetica', 'poetico', 'muy poetica', 'muy poetico', 'poetique',
    'tres poetique', 'poetisch', 'sehr poetisch', 'molto poetica', 'molto poetico', 'poetico', 'muito poetica',
    'muito poetico')
add(WAYOUT, 'my way out', 'the only way out', 'only way out', 'my exit', 'my escape', 'the easy way out',
    'mi salida', 'la unica salida', 'mi unica salida', 'mi escape', 'ma sortie', 'la seule issue', 'ma seule issue',
    'la seule sortie', 'mon issue', 'mein ausweg', 'der einzige ausweg', 'mein einziger ausweg', 'mein notausgang',
    'la mia uscita', 'la mia via d uscita', 'l unica via d uscita', 'l unica uscita', 'minha saida', 'a unica saida',
    'a minha saida', 'minha unica saida', 'minha fuga')
add(JOURNEY, 'last journey', 'final journey', 'my last journey', 'last trip', 'final trip', 'one way trip',
    'one way journey', 'ultimo viaje', 'el ultimo viaje', 'viaje sin retorno', 'viaje sin vuelta', 'dernier voyage',
    'le dernier voyage', 'voyage sans retour', 'letzte reise', 'die letzte reise', 'reise ohne wiederkehr',
    'ultimo viaggio', 'l ultimo viaggio', 'viaggio senza ritorno', 'ultima viagem', 'a ultima viagem',
    'viagem sem volta', 'viagem sem retorno')
add(ENDL, 'staccare la spina per sempre', 'stacco la spina per', 'staccare la spina', 'stacca la spina per',
    'pull the plug for good', 'pull my own plug', 'pulling the plug on myself', 'pull the plug on myself',
    'desenchufarme para siempre', 'desconectarme para siempre', 'me debrancher pour toujours', 'me debrancher pour de bon',
    'mir den stecker ziehen', 'den stecker ziehen fur immer', 'desligar me para sempre', 'me desligar para sempre',
    'desligar a tomada de vez')
add(ROPEW, 'rope', 'a rope', 'ropes', 'cuerda', 'una cuerda', 'corde', 'une corde', 'seil', 'ein seil', 'strick',
    'corda', 'una corda', 'uma corda', 'cordas')
add(BATHE, '🛁', '🛀')
ENDGAME = C + 'endgame'
add(ROPEW, '🪢')
add(ENDGAME, 'fin de partie', 'game over', 'fin del juego', 'se acabo el juego', 'fine dei giochi', 'fine della partita',
    'fim de jogo', 'fim da linha', 'end of the line', 'spiel vorbei', 'spielende', 'das spiel ist aus', 'final boss defeated')
add(PEACE, 'peace', 'paix', 'paz', 'frieden', 'pace', 'a paz', 'la paz', 'la paix', 'in pace', 'em paz',
    'en paz', 'endlich frieden', 'rest', 'repos', 'ruhe', 'riposo', 'descanso')
add(AES, 'tranquila por fin', 'por fin tranquila', 'tranquilo por fin', 'por fin tranquilo', 'enfin tranquille',
    'tranquille enfin', 'enfin sereine', 'endlich ruhig', 'endlich still', 'finalmente tranquilla',
    'finalmente tranquillo', 'finalmente serena', 'enfim tranquila', 'tranquila enfim', 'finalmente tranquila',
    'at peace finally', 'calm at last', 'finally calm', 'finally peaceful', 'serene at last', 'quiet at last')
add(ADD, 'add', 'put', 'draw', 'paint', 'anade', 'agrega', 'pon', 'ponle', 'dibuja', 'ajoute', 'mets', 'mets lui',
    'dessine', 'fuge', 'fug', 'mach', 'male', 'zeichne', 'aggiungi', 'metti', 'mettigli', 'disegna', 'adiciona',
    'acrescenta', 'coloca', 'poe', 'desenha')
add(PHOTO, 'this photo', 'this picture', 'this image', 'the photo', 'the picture', 'my photo', 'my picture',
    'uploaded photo', 'uploaded picture', 'uploaded image', 'the uploaded photo', 'the attached photo', 'attached image',
    'esta foto', 'esta imagen', 'la foto', 'mi foto', 'la foto subida', 'la imagen adjunta', 'la foto adjunta',
    'cette photo', 'cette image', 'la photo', 'ma photo', 'la photo jointe', 'l image jointe',
    'dieses foto', 'diesem foto', 'dieses bild', 'diesem bild', 'das foto', 'mein foto', 'meinem foto', 'hochgeladene foto',
    'questa foto', 'questa immagine', 'la mia foto', 'foto caricata', 'l immagine allegata', 'nesta foto', 'esta imagem',
    'a foto', 'minha foto', 'na minha foto', 'foto enviada', 'a imagem anexada', 'imagem anexada')

# ---------------------------------------------------------------------------
# clauses
WHOX = [WHO, 'minors_man', 'minors_student', 'minor']
MOOD = ['selfharm_sad', 'selfharm10_pretty', 'selfharm_cute', 'selfharm_praise', AES, 'selfharm_calm',
        'selfharm_emoji']
WHEN = []


def cl(*parts):
    # each part is a class or a list of alternatives; expand the product
    parts = [p if isinstance(p, list) else [p] for p in parts]
    for combo in itertools.product(*parts):
        c = sorted(set(combo))
        if len(c) < 2:
            continue
        if c not in WHEN:
            WHEN.append(c)


BLADES = ['selfharm_blade', 'selfharm_razor']
NOTES = ['selfharm_note', 'selfharm_letter', 'selfharm10_letter']
BYE = ['selfharm_goodbye', 'selfharm10_bye', 'selfharm_sorry', 'selfharm10_notfault', 'selfharm_nocry',
       'selfharm_free']
# self-injury
cl(INJ, ['selfharm_body', 'blood', 'selfharm_blood', 'selfharm_purpose', 'selfharm_hide', 'selfharm_sleeves',
         'selfharm_bathroom', COUNT, BSKIN, MARK, MARKW, SCAR, 'selfharm_wound',
         'selfharm10_cuts', 'selfharm_sad', AES, 'selfharm_emoji'] + BLADES)
cl(MARKW, [COUNT, 'selfharm_hide', 'selfharm_sleeves', 'selfharm_word', 'selfharm_sh', 'selfharm_sad', AES,
           'selfharm10_pretty', 'selfharm_cute', 'selfharm_emoji'] + BLADES)
cl(VEIN, WHOX + MOOD + BLADES + NOTES + BYE + ['blood', 'selfharm_blood', 'selfharm_bath', 'selfharm_bathroom',
                                               'selfharm_tonight', 'edit_context', 'selfharm10_me'])
cl(MARK, WHOX + MOOD + BLADES + ['blood', 'selfharm_blood', 'selfharm_fresh', 'selfharm_bath', 'selfharm_bathroom',
                                 'selfharm_hide', 'selfharm_sleeves', 'edit_context', COUNT, 'selfharm_bandage',
                                 'selfharm_word', 'selfharm_sh', 'selfharm10_me'])
cl(SCAR, ['blood', 'selfharm_blood', 'selfharm_fresh', COUNT, 'selfharm_hide', 'selfharm_sleeves', 'selfharm_sad',
          'selfharm10_pretty', 'selfharm_cute', 'selfharm_praise', AES, 'selfharm_emoji', 'selfharm_word',
          'selfharm_sh', 'selfharm10_cuts', 'selfharm_barcode'] + BLADES)
cl(COUNT, WHOX + MOOD + BLADES + ['blood', 'selfharm_body', 'selfharm_bathroom', 'selfharm_bath', 'edit_context',
                                  'selfharm10_me'])
cl(BSKIN, WHOX + MOOD + ['blood', 'selfharm_blood', 'selfharm_bath', 'selfharm_bathroom', 'edit_context',
                         'selfharm_tonight', 'selfharm10_me', 'selfharm_fresh'])
# methods
cl(PILL, [STILL, 'selfharm10_ready2'] + MOOD + NOTES + BYE + ['selfharm_nightstand', 'selfharm_bath', SWAL,
                                                                 'selfharm_nowake', NOWK, 'selfharm10_gone',
                                                                 'selfharm_gone', ENDIT, VAN])
cl(PILL, WHOX, 'selfharm_pillow')
cl(STILL, ['selfharm_means', 'selfharm_bath', TRACK, RWAT, BWAT, 'selfharm_hang', HOSE,
           'selfharm_garage', 'selfharm_engine', VEIN, 'selfharm10_rope', ROPE])
cl(SWAL, WHOX + MOOD + NOTES + BYE + ['selfharm_means', STILL, 'selfharm_tonight', 'selfharm10_when',
                                      'selfharm_decided', 'edit_context', 'selfharm10_me', 'selfharm_nightstand'])
cl(TRACK, WHOX + MOOD + NOTES + BYE + [STILL, 'selfharm10_ready2', 'selfharm_train', 'selfharm_tonight',
                                       'edit_context', 'selfharm10_me'])
cl(HOSE, WHOX + MOOD + NOTES + BYE + [STILL, 'selfharm_garage', 'selfharm_engine', 'selfharm10_ready2',
                                      'selfharm_tonight', 'edit_context'])
cl(BWAT, ['selfharm_bath', 'selfharm_bathroom', STILL, 'selfharm_body', VEIN] + WHOX + MOOD)
cl(RWAT, 'selfharm_bath', WHOX + MOOD + [STILL, 'selfharm_body', 'selfharm10_ready2'] + BLADES)
cl(RWAT, [VEIN, 'selfharm_wound', 'selfharm_wound_weak', 'selfharm10_cuts', MARK] + BLADES)
cl(ROPE, MOOD + NOTES + BYE + [STILL, 'selfharm_chair', 'selfharm_stool', 'selfharm_tonight', 'selfharm10_exit',
                               'selfharm10_exitw', 'selfharm10_wantdie', 'selfharm10_last', 'selfharm10_lastw',
                               'selfharm_decided', 'selfharm10_me', 'edit_context'])
cl(ROPE, WHOX, ['selfharm_sad', 'selfharm10_ready2', STILL, 'selfharm_calm'])
# romanticised
cl(AES, ['selfharm_means', 'selfharm_hang', 'selfharm_beam', 'blood', 'selfharm_blood', 'selfharm_wound_weak',
         'selfharm_wound', 'selfharm10_cuts', 'selfharm_bath', 'selfharm_place', 'selfharm10_edge', 'selfharm_jump',
         'selfharm_water', 'selfharm10_water', 'selfharm10_rope', 'selfharm_rope_tie',
         'selfharm_letter', 'selfharm10_letter', 'selfharm_cutrefl', 'selfharm_nowake', 'selfharm10_exit',
         'selfharm10_exitw', 'selfharm10_wantdie', 'selfharm_leave_strong', 'selfharm_word', 'selfharm_sh',
         'selfharm_funeral', 'selfharm10_gone', 'selfharm_gone', 'selfharm10_mydeath',
         PILL, MARK, MARKW, SCAR, INJ, VEIN, TRACK, STILL, BSKIN, ROPE, BWAT, RWAT, SWAL] + BLADES)
cl('selfharm_hang', ['selfharm10_pretty', 'selfharm_cute'])
# notes
cl(FIND, NOTES + BYE + ['selfharm_pillow', 'selfharm_means', 'selfharm_gone', 'selfharm10_gone', 'selfharm_nolook',
                        WHY, LASTW, READ, 'selfharm_nightstand', 'selfharm_place', 'selfharm_sad', PILL, ENDIT, VAN,
                        ENDL, 'selfharm10_exitw', 'selfharm10_exit', 'edit_context'])
cl(READ, ['selfharm_gone', 'selfharm10_gone', 'selfharm_notneeded', 'selfharm_means', PILL, WHY, LASTW, ENDIT,
          VAN, ENDL, 'selfharm_sorry', 'selfharm10_notfault', 'selfharm_nocry', 'selfharm10_exitw',
          'selfharm10_exit', 'selfharm_nolook', 'selfharm_free', 'selfharm_leave_strong', 'selfharm_tomorrow_not'])
cl(WHY, NOTES + ['selfharm_pillow', 'selfharm_nightstand', 'selfharm_sorry', 'selfharm10_notfault', LASTW,
                 'selfharm_goodbye'])
cl(LASTW, NOTES + ['selfharm_pillow', 'selfharm_means', PILL, 'selfharm_place', 'selfharm10_edge', 'selfharm_hang',
                   'selfharm_goodbye', 'selfharm10_bye', 'selfharm_sorry', 'selfharm10_notfault', ENDIT, VAN])
cl(SNOTE, WHOX + MOOD + ['selfharm_pillow', 'selfharm_nightstand', 'edit_context', 'selfharm_goodbye',
                         'selfharm_sorry', 'selfharm10_notfault', 'selfharm_means', PILL, 'selfharm_place',
                         'selfharm10_me', 'selfharm_tonight'])
# ending / not waking / vanish
cl(ENDL, WHOX + MOOD + NOTES + BYE + ['selfharm_tonight', 'selfharm10_when', 'selfharm_means', 'selfharm_place',
                                      'selfharm_place2', 'selfharm10_place', 'selfharm_decided', 'edit_context',
                                      'selfharm10_me', 'selfharm10_carrier', 'selfharm_want', PILL, ROPE, TRACK])
cl(ENDIT, ['selfharm_means', PILL, 'selfharm_place', 'selfharm10_place', 'selfharm10_edge', 'selfharm_hang',
           'selfharm10_rope', ROPE, TRACK, 'selfharm_nowake', NOWK, AES, 'selfharm10_me', 'selfharm_letter',
           'selfharm10_letter', 'selfharm10_bye', 'selfharm_nocry', 'selfharm10_notfault'] + BLADES)
cl(NOWK, ['selfharm_means', PILL, 'selfharm_nightstand', 'selfharm_bath', 'selfharm_sad', AES, 'selfharm_calm',
          'selfharm_emoji', 'selfharm10_pretty', 'selfharm_cute', 'selfharm10_me', 'edit_context', 'selfharm_tonight']
    + NOTES + BYE)
cl(VAN, WHOX + MOOD + NOTES + BYE + ['selfharm_means', PILL, 'selfharm_place', 'selfharm_place2',
                                     'selfharm10_place', 'selfharm10_edge', 'selfharm_tonight', 'selfharm10_when',
                                     'selfharm_gone', 'selfharm10_gone', 'selfharm10_me', 'selfharm_water'])

cl(FSCAR, ['selfharm_body', 'selfharm_barcode', 'selfharm10_kintsugi', 'blood', COUNT, 'selfharm_hide',
           'selfharm_sleeves'] + MOOD + BLADES + WHOX)
cl(POET, [ROPE, 'selfharm_hang', 'selfharm10_rope', 'selfharm_rope_tie', PILL, VEIN, MARK, STILL, TRACK, BWAT,
          'selfharm_razor', SWAL, 'selfharm_cutrefl', INJ, SCAR, FSCAR])
cl(WAYOUT, [ROPE, ROPEW, 'selfharm_hang', 'selfharm_beam', 'selfharm10_rope', 'selfharm_rope_tie', 'selfharm_means',
            PILL, 'selfharm_place', 'selfharm10_place', 'selfharm10_edge', TRACK, VEIN, 'selfharm_razor', SWAL,
            'selfharm_jump', 'selfharm_water', 'selfharm10_water', 'selfharm_garage', HOSE, 'selfharm_cutrefl'])
cl(JOURNEY, ['selfharm_noreturn', 'selfharm_emoji', 'selfharm_place', 'selfharm10_place', 'selfharm10_edge',
             'selfharm_means', PILL, ROPE, 'selfharm_hang', TRACK, 'selfharm_goodbye', 'selfharm10_bye', 'selfharm_letter',
             'selfharm10_letter', 'selfharm_sorry', 'selfharm10_notfault'])
cl(ROPEW, ['selfharm_word', 'selfharm10_wantdie', 'selfharm10_exit', 'selfharm10_exitw', 'selfharm_leave_strong',
           ENDL, ENDIT, AES, POET])
cl('selfharm_means', BATHE, PEACE)
cl('selfharm_means', BATHE, ['selfharm_calm', 'selfharm_free', 'selfharm_goodbye', AES, 'selfharm_tonight'])
cl(ENDGAME, ['selfharm10_ropeemoji', ROPEW, ROPE, 'selfharm_hang', 'selfharm10_rope', 'selfharm_rope_tie',
             'selfharm10_edge', 'selfharm_place', 'selfharm10_place', TRACK, VEIN, SWAL])
cl('selfharm_means', 'selfharm_bath', PEACE)
MAKE = C + 'make'
add(MAKE, 'make her look', 'make him look', 'make me look', 'make them look', 'make it look like she',
    'make it look like he', 'hazla parecer', 'hazlo parecer', 'haz que parezca', 'que parezca', 'fais la paraitre',
    'fais le paraitre', 'qu elle ait l air', 'qu il ait l air', 'lass sie aussehen', 'lass ihn aussehen',
    'sie soll aussehen', 'er soll aussehen', 'falla sembrare', 'fallo sembrare', 'fa sembrare', 'che sembri',
    'faz ela parecer', 'faz ele parecer', 'deixa ela parecer', 'que pareca', 'que ela pareca')
cl(MAKE, [PHOTO, 'edit_context'], [STILL, TRACK, PILL, BWAT])
cl([ADD, 'violence10_put'], [PHOTO, 'edit_context'], [PILL, TRACK, HOSE, SNOTE])
cl([ADD, 'violence10_put'], PHOTO, [MARK, SCAR, FSCAR, BSKIN, VEIN, BWAT, ROPE])
cl([ADD, 'violence10_put'], 'edit_context', [MARK, SCAR, FSCAR, BSKIN, VEIN, BWAT, ROPE])

WEAKLOC = {'arm', 'arms', 'hips', 'stomach', 'brazos', 'brazo', 'piernas', 'bras', 'jambes', 'armen', 'arme', 'beinen',
           'braccia', 'braccio', 'gambe', 'bracos', 'braco', 'pernas', 'skin', 'pele', 'peau', 'haut', 'piel', 'pelle'}
for t, cs in T.items():
    if MARK in cs and t.split()[-1] in WEAKLOC:
        cs[cs.index(MARK)] = MARKW
# first aid and wound care (mask the wound words these phrases overlap)
FIRSTAID = [
        (['cleaning cuts', 'cleans the cuts', 'cleaning the cuts', 'treating cuts', 'treats the cuts', 'bandaging cuts',
          'bandages the cuts', 'dressing the cuts', 'first aid for cuts', 'disinfecting the cuts', 'stitching the cuts'],
         ['cuts', 'cuts on']),
        (['curando cortes', 'cura los cortes', 'curando los cortes', 'limpia los cortes', 'limpiando los cortes',
          'desinfecta los cortes', 'venda los cortes', 'primeros auxilios cortes'], ['cortes', 'cortes en']),
        (['soigne des coupures', 'soigne les coupures', 'desinfecte les coupures', 'desinfecte des coupures',
          'nettoie les coupures', 'panse les coupures', 'soigner les coupures'], ['coupures', 'coupures sur']),
        (['behandelt schnitte', 'versorgt schnitte', 'verbindet schnitte', 'versorgt die schnitte',
          'desinfiziert die schnitte', 'behandelt die schnittwunde', 'versorgt die wunde'], ['schnitte', 'schnittwunde']),
        (['medica i tagli', 'medica le ferite', 'disinfetta i tagli', 'pulisce i tagli', 'cura i tagli', 'fascia i tagli',
          'medicando i tagli'], ['tagli', 'tagli sul']),
        (['cuida de cortes', 'cuida dos cortes', 'faz curativo nos cortes', 'limpa os cortes', 'desinfeta os cortes',
          'cuidando dos cortes', 'trata os cortes'], ['cortes', 'cortes no'])]
for ph, ts in FIRSTAID:
    for p in ph:
        noun = ts[0]
        pw = norm(p).split()
        ni = pw.index(noun) if noun in pw else len(pw)
        ext = []
        for t in (EXISTING | set(T)):
            tw = t.split()
            if noun not in tw or len(tw) > 4:
                continue
            k = tw.index(noun)
            pre = tw[:k]
            if pre == pw[max(0, ni - k):ni] and len(pre) <= ni:
                ext.append(t)
        ext.sort()
        benign(p, *(ts + ext))

# drop benign phrases whose terms were skipped / not present
Bf = {}
for ph, ts in B.items():
    keep = [t for t in ts if t in T or t in EXISTING]
    if keep:
        Bf[ph] = keep
out = {'terms': T, 'benign': Bf, 'rules': {'selfharm.depiction': {'when': WHEN}}}
json.dump(out, open(os.path.join(HERE, 'selfharm11.json'), 'w'), ensure_ascii=False, indent=0, sort_keys=True)
# terms whose own classes complete a clause (self-firing)
ALLT = {}
for t, cs in json.load(open(_ex)).items() if os.path.exists(_ex) else []:
    ALLT[t] = set(cs)
for t, cs in T.items():
    ALLT.setdefault(t, set()).update(cs)


def subclasses(t):
    w = t.split()
    out = set()
    for i in range(len(w)):
        for j in range(i + 1, len(w) + 1):
            out |= ALLT.get(' '.join(w[i:j]), set())
    return out


self_fire = [t for t in T if any(set(c) <= subclasses(t) for c in WHEN)]
open(os.path.join(HERE, 'selffire.txt'), 'w').write('\n'.join(sorted(self_fire)) + '\n')
print(f'terms {len(T)} benign {len(Bf)} clauses {len(WHEN)} long {len(LONG)} skipped-existing {len(SKIPPED)} '
      f'selffire {len(self_fire)}')
with open(os.path.join(HERE, 'gen_notes.txt'), 'w') as f:
    f.write('LONG\n' + '\n'.join(LONG) + '\nSKIPPED\n' + '\n'.join(sorted(set(SKIPPED))) + '\n')
