# Round 7 additions for minors.sexual. Rebuild: python3 gen.py  (writes pd/minors7.json)
import json, sys, itertools
T = {}; B = {}
def add(cls, *terms):
    for t in terms:
        t = ' '.join(t.split())
        if t: T.setdefault(t, set()).add(cls)
def ben(phrase, *terms): B.setdefault(phrase, set()).update(terms)
SX = 'minors_sexcue'          # existing: fires with minor / stated_minor_age
UD = 'minors_undress'         # existing: fires with child + edit_context
Y2 = 'minors_youngish'        # new: youth nouns/adjectives that read as a minor next to a sexual cue
RT = 'minors_rated'           # new: adult-rating labels ("adults only", "18 only")
R18 = 'minors_r18'            # new: a bare "18" rating next to story / chapter words (weak)
STY = 'minors_story'          # new: comic / doujin / chapter continuation
MEN = 'minors_mentor'         # new: tutor / teacher / coach / stepfather (grooming pair)
NTY = 'minors_naughty'        # new: naughty / spicy / cheeky words, weak alone
BRM = 'minors_bedroom'        # new: bedroom / bed scene
BLU = 'minors_blush'          # new: blushing
TAG = 'minors_tag'            # new: booru character-count tags (1girl)
VAN = 'minors_vanish'         # new: "make disappear / get rid of" for clothes in an edit
MB = 'minors_manbed'          # new: an adult man in bed with ...
NT = 'minors_nudetypo'        # new: misspellings of nude / naked words (only next to a child)
UW = 'minors_underwear'       # new: underwear items (a child in underwear + a pose / photo-shoot cue)
PS = 'minors_pose'            # new: posing / photo-shoot cue
FT = 'minors_firsttime'       # new: "my first time" caption
CAP = 'minors_caption'        # new: caption / titled / starring

# ---------------------------------------------------------------- youth nouns (read as minor next to a sexual cue)
add(Y2, 'novinha', 'novinhas', 'novinho', 'novinhos', 'novinha de', 'miuda', 'miudas', 'a miuda', 'uma miuda', 'miudinha', 'pequenina', 'pequeninas',
    'nena', 'nenas', 'nenita', 'jovencita', 'jovencitas', 'jovencito', 'chiquita', 'chiquitas', 'chavala', 'chavalas', 
    'la p tite', 'jeunette', 'une jeunette', 'petite soeur', 'petite sœur', 'ma petite soeur', 'sa petite soeur',
    'ragazzina', 'ragazzine', 'giovanissima', 'giovanissime', 'sorellina', 'sorella piccola', 'sorella minore',
    'kleine schwester', 'kleinen schwester', 'jungere schwester', 'susse kleine', 'kleines madchen', 'junges madchen', 'jungen madchen',
    'little sister', 'little sis', 'kid sister', 'baby sister', 'younger sister', 'step sister', 'stepsister', 'little stepsister', 'young girl', 'young boy', 'young girls', 'young boys',
    'hermana pequena', 'hermana menor', 'hermanita', 'irma mais nova', 'irmazinha', 'irma pequena', 'schoolgirl', 'school girl', 'colegiala', 'colegial', 'ecoliere', 'collegienne', 'scolaretta', 'schulmadchen',
    'menininha', 'garotinha', 'mocinha', 'lolita', 'loli', 'lolis', 'shota', 'shotacon', 'lolicon', 'nymphette', 'nimphette', 'ninfeta', 'ninfetta', 'ninfette', 'nymphchen')
# ---------------------------------------------------------------- sexual cues that read sexual next to a child (weaker than suggestive)
SXW = ['explicite', 'explicites', 'explicita', 'explicitas', 'explicito', 'explicitos', 'explizit', 'explizite', 'expliziten', 'expliziter', 'explicitly', 'explicit',
       'sexy', 'sexi', 'sexie', 'sexys', 'sexier', 'sexiest', 'sexualized', 'sexualised', 'sexualizing', 'sexualising', 'sexualizar', 'sexualiser', 'sexualisieren', 'sessualizzare', 'sensualizada', 'erotise', 'erotisee', 'erotisiert', 'erotizzata', 'erotizada', 'erotizado',
       'seducing', 'seduces', 'seduce', 'seduction', 'seductora', 'seducente', 'seduisante', 'aguicheuse', 'aguicheur', 'allumeuse', 'verfuhrt', 'verfuhren', 'verfuhrerin', 'seduz', 'seduzindo', 'seduzione', 'seducir', 'seduciendo', 'seduire', 'seduisant',
       'provocatively', 'provocativamente', 'provocativamente', 'provokant', 'provokante', 'provokativ', 'aufreizend', 'aufreizende', 'aufreizenden', 'provocant', 'provocante', 'provocantes', 'provocanti', 'provocatrice', 'provocadora', 'provocativo', 'provocativa',
       'suggestive', 'suggestif', 'suggestive pose', 'sugestiva', 'sugestivo', 'sugerente', 'suggestiva', 'anzuglich', 'anzugliche', 'anzuglichen', 'lasziv', 'laszive', 'lasciv', 'lascive', 'lascif', 'lascive', 'lascivious', 'lascivia', 'lasciva', 'lascivas',
       'voluptuous', 'voluptueuse', 'voluptuosa', 'voluttuosa', 'wollustig', 'lustful', 'lujuriosa', 'luxuriosa', 'lubrique', 'libidinosa', 'libidinoso', 'libidineux', 'lustern', 'lusterne', 'geil', 'geile', 'geiles', 'horny', 'cachonda', 'cachondo', 'caliente y', 'excitada', 'excitante', 'excitee', 'eccitata', 'eccitante', 'erregt', 'erregend', 'aroused', 'arousing', 'turned on',
       'cochonne', 'cochonnes', 'cochon', 'salope', 'salace', 'salaces', 'coquine', 'coquines', 'polissonne', 'grivois', 'grivoise', 'safada', 'safadinha', 'safadinho', 'safadeza', 'putinha', 'vadia', 'vadiazinha', 'gostosa', 'gostosinha', 'gostosas', 'tesuda', 'tesao', 'depravada', 'guarra', 'guarrilla', 'guarrona', 'cachondita', 'zorra', 'zorrita', 'puta', 'putita',
       'versaut', 'versaute', 'versauten', 'versautes', 'ferkelig', 'ferkelige', 'schlampe', 'schlampig', 'luder', 'flittchen', 'nuttig', 'nuttige', 'sporca', 'porca', 'porcella', 'maiala', 'zoccola', 'troia', 'troietta', 'puttanella', 'vogliosa', 'vogliose', 'arrapata', 'arrapante', 'sexy e', 'porcona', 'slut', 'slutty', 'whore', 'skank', 'hoe', 'thot',
       'fetish', 'fetiche', 'fetichiste', 'fetischistisch', 'fetisch', 'feticcio', 'kink', 'kinky', 'bdsm', 'bondage', 'shibari', 'dominatrix', 'submissive', 'unterwurfig', 'sumisa', 'soumise', 'sottomessa', 'submissa',
       'lingerie', 'lenceria', 'lingerie sexy', 'dessous', 'reizwasche', 'strapse', 'strapsen', 'nachthemdchen', 'negligee', 'neglige', 'nuisette', 'babydoll', 'baby doll', 'teddy lingerie', 'perizoma', 'tanga', 'thong', 'g string', 'string tanga', 'fio dental', 'calcinha fio dental', 'calcinha', 'calcinhas', 'sutia', 'sujetador', 'bragas', 'braguitas', 'braguita', 'culotte', 'petite culotte', 'string', 'reggiseno', 'mutandine', 'slip', 'slips', 'schlupfer', 'hoschen', 'unterhoschen', 'bh und slip', 'panties', 'panty', 'pantsu', 'knickers',
       'stripper', 'strippers', 'stripteaseuse', 'spogliarellista', 'desnudista', 'stripperin', 'lap dance', 'lapdance', 'pole dance', 'pole dancing', 'poledance', 'twerk', 'twerking', 'perreo', 'perreando', 'sentando', 'rebolando', 'de quatro', 'a quattro zampe', 'a cuatro patas', 'a quatre pattes', 'auf allen vieren', 'on all fours', 'spread legs', 'legs spread', 'legs apart', 'piernas abiertas', 'pernas abertas', 'jambes ecartees', 'gambe aperte', 'gambe divaricate', 'beine gespreizt', 'gespreizten beinen', 'cameltoe', 'camel toe', 'upskirt', 'downblouse', 'panty shot', 'pantyshot', 'ahegao',
       'nsfw', 'n s f w', 'nfsw', 'nsf w', 'r18', 'r 18', 'r18g', 'r 18 g', 'xxx', 'x rated', 'rated x', 'porn', 'porno', 'pornographic', 'pornografico', 'pornografica', 'pornographique', 'pornografisch', 'hentai', 'ecchi', 'doujin hentai', 'ero', 'eroge', 'lewd', 'lewds', 'oppai', 'rule 34', 'rule34', 'r34',
       'onlyfans', 'only fans', 'fansly', 'camgirl', 'cam girl', 'webcam girl', 'sugar daddy', 'sugardaddy', 'sugar baby', 'escort', 'acompanhante', 'prostituta', 'prostitute', 'prostituee', 'prostituierte', 'call girl', 'garota de programa',
       'topless', 'en topless', 'oben ohne', 'seins nus', 'a seno nudo', 'sem sutia', 'sans soutien gorge', 'sin sujetador', 'senza reggiseno', 'ohne bh', 'braless', 'no bra', 'nipples', 'nipple', 'pezones', 'mamilos', 'tetons', 'capezzoli', 'nippel', 'brustwarzen', 'cleavage', 'escote', 'decote', 'decollete', 'scollatura', 'ausschnitt', 'dekollete',
       'wet t shirt', 'camiseta mojada', 'tee shirt mouille', 'maglietta bagnata', 'camiseta molhada', 'nasses t shirt', 'in the shower', 'en la ducha', 'sous la douche', 'sotto la doccia', 'no chuveiro', 'unter der dusche', 'bath time', 'in the bath', 'en la banera', 'dans le bain', 'nella vasca', 'na banheira', 'in der badewanne',
       'kissing', 'making out', 'french kiss', 'beso con lengua', 'besandose', 'baiser langoureux', 'roule une pelle', 'bacio con la lingua', 'beijo de lingua', 'zungenkuss', 'knutschen',
       'hot version', 'spicy version', 'spicy edit', 'make it spicy', 'make it hot', 'make it sexy', 'make it sexier', 'make her sexy', 'make him sexy', 'make her sexier', 'hazla sexy', 'hazlo picante', 'version picante', 'version caliente', 'ponla sexy', 'rends la sexy', 'version coquine', 'version sexy', 'version hot', 'rendila sexy', 'versione sexy', 'versione piccante', 'versione hot', 'deixa ela sexy', 'deixa sexy', 'versao sexy', 'versao picante', 'versao safada', 'mach sie sexy', 'mach es sexy', 'sexy version', 'heisse version', 'scharfe version', 'pikante version', 'heisse fotos', 'heisses foto', 'scharfe fotos',
       'sexy photo', 'sexy photos', 'sexy pics', 'sexy pic', 'sexy shoot', 'sexy photoshoot', 'boudoir shoot', 'boudoir photo', 'glamour shoot', 'glamour model', 'pin up shoot', 'playboy', 'playmate', 'page 3 girl', 'hustler', 'penthouse', 'maxim cover', 'maxim magazine', 'fhm', 'swimsuit issue',
       'sexting', 'nudes', 'send nudes', 'manda nudes', 'mande nudes', 'pack', 'pack de fotos', 'packs', 'fotos intimas', 'foto intima', 'photos intimes', 'foto intime', 'intimfotos', 'intime fotos', 'intimate photos', 'intimate photo', 'private photos', 'private pics', 'leaked nudes', 'leak', 'leaks',
       'sex', 'sexo', 'sesso', 'sexe', 'sexuell', 'sexual', 'sexuel', 'sexuelle', 'sessuale', 'sexualmente', 'sessualmente', 'sexuellement', 'sexually', 'having sex', 'sex scene', 'escena sexual', 'scene de sexe', 'scena di sesso', 'cena de sexo', 'sexszene', 'sex mit', 'sexo con', 'sexo com', 'sesso con', 'sexe avec', 'sex with', 'intercourse', 'coito', 'fucking', 'fuck', 'follando', 'follar', 'foder', 'fodendo', 'scopare', 'scopata', 'baiser avec', 'ficken', 'gefickt', 'vogeln', 'orgasm', 'orgasmo', 'orgasme', 'orgasmus', 'climax', 'moaning', 'gemiendo', 'gemendo', 'gemissant', 'stohnend', 'ansimante', 'masturbating', 'masturbandose', 'se masturbant', 'masturbandosi', 'se masturbando', 'masturbiert', 'touching herself', 'touching himself', 'se tocando', 'tocandose', 'se touchant', 'toccandosi', 'beruhrt sich',
       'molested', 'molesting', 'groped', 'groping', 'fondled', 'fondling', 'abused sexually', 'grooming', 'groomed', 'manosea', 'manoseando', 'manoseada', 'tripote', 'tripotee', 'palpee', 'palpata', 'palpeggiata', 'toccata', 'bolinada', 'apalpada', 'befummelt', 'begrapscht', 'betatscht', 'angefasst',
       'sucking', 'blowjob', 'oral', 'deepthroat', 'cum', 'cumshot', 'semen', 'sperma', 'sperm', 'creampie', 'bukkake', 'facial cumshot', 'penetration', 'penetrada', 'penetree', 'penetrata', 'penetriert', 'penetrado',
       'erect', 'erection', 'ereccion', 'erecao', 'erection', 'erezione', 'erektion', 'penis', 'pene', 'pinto', 'vagina', 'pussy', 'cock', 'dick', 'coochie', 'genitals', 'genitales', 'genitais', 'genitaux', 'genitali', 'genitalien', 'crotch', 'entrepierna', 'entrejambe', 'cavallo', 'virilha', 'schritt', 'butt', 'booty', 'ass', 'culo', 'culito', 'cul', 'fesses', 'bunda', 'bundinha', 'rabo', 'sedere', 'culetto', 'hintern', 'po', 'popo', 'arsch',
       'after school special', 'pedo', 'pedophile', 'pedofilo', 'pedofila', 'pedophilie', 'pedofilia', 'padophil', 'padophile', 'padophiler', 'paedophile', 'pedobear', 'pedo bear', 'jailbait', 'jail bait', 'barely legal', 'apenas legal', 'tout juste legale', 'gerade legal', 'appena legale', 'quase legal', 'recien legal',
       'in bed naked', 'nude', 'naked', 'nudity', 'nudez', 'nudite', 'nudita', 'desnudez', 'nacktheit', 'nackt', 'nackte', 'nackten', 'nackig', 'nackedei', 'nudo', 'nuda', 'nudi', 'nude', 'nue', 'nues', 'nu', 'nus', 'toute nue', 'tout nu', 'desnuda', 'desnudo', 'desnudas', 'desnudos', 'encuerada', 'encuerado', 'en cueros', 'en pelotas', 'en bolas', 'pelada', 'pelado', 'peladinha', 'peladinho', 'nua', 'nuas', 'nu em pelo', 'sem roupa', 'sin ropa', 'sans vetements', 'senza vestiti', 'ohne kleidung', 'ohne klamotten', 'without clothes', 'no clothes', 'unclothed', 'undressed', 'undressing', 'bare skin', 'skin only', 'au naturel', 'in the buff', 'in the nude', 'birthday suit', 'nothing on', 'wearing nothing', 'with nothing on', 'sin nada', 'sin nada puesto', 'sem nada', 'sem nada no corpo', 'sans rien', 'sans rien sur', 'senza niente', 'senza niente addosso', 'ohne alles', 'ohne was an', 'nichts an', 'nackt ausgezogen', 'nient altro', 'e nient altro', 'rien d autre', 'e mais nada', 'y nada mas', 'und sonst nichts', 'and nothing else', 'nothing else',
       ]
# single tokens that are too ordinary to count next to "kid" words -> keep out (the loop below skips them)
TOO_COMMON = {'po', 'cul', 'cavallo', 'schritt', 'pack', 'packs', 'leak', 'leaks', 'oral', 'slip', 'slips', 'string', 'pinto', 'ero', 'hoe', 'escort', 'nothing else', 'nient altro', 'rien d autre', 'sin nada', 'sem nada', 'sans rien', 'senza niente', 'nothing on', 'climax', 'grooming', 'groomed', 'toccata', 'angefasst', 'cum', 'sperm', 'semen', 'sperma', 'erect', 'dick', 'cock', 'butt', 'ass', 'booty', 'porca', 'sporca', 'puta', 'zorra', 'fetiche', 'kink', 'string tanga', 'submissive', 'dominatrix', 'in the shower', 'en la ducha', 'sous la douche', 'sotto la doccia', 'no chuveiro', 'unter der dusche', 'bath time', 'in the bath', 'en la banera', 'dans le bain', 'nella vasca', 'na banheira', 'in der badewanne', 'kissing', 'knutschen', 'sex', 'sexo', 'sesso', 'sexe', 'sexual', 'sexuel', 'sexuelle', 'sessuale', 'sexuell', 'playboy', 'fhm', 'maxim magazine', 'maxim cover', 'swimsuit issue', 'penthouse', 'hustler', 'culo', 'culito', 'fesses', 'bunda', 'rabo', 'sedere', 'hintern', 'popo', 'arsch', 'pedo', 'nu', 'nus', 'po', 'twerk', 'perreo', 'sentando', 'rebolando', 'de quatro', 'escote', 'decote', 'decollete', 'scollatura', 'ausschnitt', 'dekollete', 'cleavage', 'calcinha', 'calcinhas', 'sutia', 'sujetador', 'bragas', 'braguitas', 'braguita', 'culotte', 'petite culotte', 'reggiseno', 'mutandine', 'schlupfer', 'hoschen', 'unterhoschen', 'panties', 'panty', 'knickers', 'topless', 'oben ohne', 'nipples', 'nipple', 'penis', 'pene', 'vagina', 'genitals', 'genitales', 'genitais', 'genitaux', 'genitali', 'genitalien', 'crotch', 'entrepierna', 'entrejambe', 'virilha', 'pole dance', 'pole dancing', 'poledance', 'on all fours', 'a quattro zampe', 'a cuatro patas', 'a quatre pattes', 'auf allen vieren', 'molested', 'molesting', 'groped', 'groping', 'abused sexually', 'pedophile', 'pedofilo', 'pedofila', 'pedophilie', 'pedofilia', 'padophil', 'padophile', 'padophiler', 'paedophile', 'sugar baby', 'acompanhante', 'prostituta', 'prostitute', 'prostituee', 'prostituierte', 'nudity', 'nudez', 'nudite', 'nudita', 'desnudez', 'nacktheit', 'undressing', 'bare skin', 'private photos', 'bondage', 'shibari', 'sexually', 'sexualmente', 'sessualmente', 'sexuellement', 'sexualizing', 'sexualising', 'sexualizar', 'sexualiser', 'sexualisieren', 'sessualizzare', 'sexualized', 'sexualised', 'seduction', 'seduzione', 'seduce', 'seducir', 'seduire', 'fetish', 'fetisch', 'feticcio', 'after school special', 'ohne kleidung', 'excitante', 'eccitante', 'erregend', 'arousing', 'nudes', 'leaked nudes', 'stripper', 'strippers', 'stripteaseuse', 'spogliarellista', 'desnudista', 'stripperin', 'sexting', 'touching herself', 'touching himself'}
# the abuse / anatomy / education words above are kept out: news, medical and safeguarding prompts say them next to "child".
for t in SXW:
    if t not in TOO_COMMON: add(SX, t)
# a few that are fine only as a phrase with the pose / lingerie words
for t in ['calcinha', 'calcinhas', 'sutia', 'sujetador', 'bragas', 'braguitas', 'culotte', 'petite culotte', 'reggiseno', 'mutandine', 'schlupfer', 'hoschen', 'unterhoschen', 'panties', 'panty', 'knickers', 'underwear', 'in underwear', 'in her underwear', 'in his underwear', 'in her panties', 'in panties', 'unterwasche', 'in unterwasche', 'ropa interior', 'en ropa interior', 'sous vetements', 'en sous vetements', 'en culotte', 'biancheria intima', 'in mutande', 'in mutandine', 'in intimo', 'roupa intima', 'roupa interior', 'de calcinha', 'de calcinha e sutia', 'de cueca', 'cueca', 'cuecas', 'boxers', 'briefs', 'bra', 'bh', 'slip', 'calzoncillos', 'en calzoncillos', 'en bragas', 'en braguitas', 'in slip', 'in unterhose', 'unterhose', 'in unterhemd',
          ]:
    add(UW, t)
for t in ['posing', 'poses', 'pose', 'posando', 'posa', 'posant', 'posiert', 'posieren', 'posierend', 'posar', 'posare', 'posera', 'posa per', 'pose para', 'posa para', 'pose pour', 'photoshoot', 'photo shoot', 'shooting', 'fotoshooting', 'sesion de fotos', 'sessao de fotos', 'ensaio', 'ensaio fotografico', 'servizio fotografico', 'seance photo', 'modeling', 'modelling', 'modelo', 'modele', 'modella', 'model', 'for the camera', 'para la camara', 'pour la camera', 'per la camera', 'para a camera', 'fur die kamera', 'close up', 'primer plano', 'gros plan', 'primo piano', 'close', 'nahaufnahme', 'from below', 'desde abajo', 'vu d en bas', 'dal basso', 'de baixo', 'von unten', 'selfie', 'mirror selfie', 'selfie no espelho', 'selfie en el espejo', 'selfie dans le miroir', 'selfie allo specchio', 'spiegelselfie']:
    add(PS, t)
# ---------------------------------------------------------------- adult-only labels
for t in ['adults only', 'adult only', 'for adults', 'adult version', 'adult content', 'adult edition', 'mature content', 'mature version', '18 only', '18 plus', 'plus 18', 'over 18 only', 'nsfw version', 'nsfw chapter', 'not safe for work',
          'solo adultos', 'solo para adultos', 'para adultos', 'contenido adulto', 'contenido para adultos', 'version para adultos', 'mas 18', 'mayores de 18', 'para mayores', 'pour adultes', 'reserve aux adultes', 'contenu adulte', 'contenu pour adultes', 'version adulte', 'interdit aux moins de 18', 'plus de 18',
          'solo per adulti', 'per adulti', 'contenuto per adulti', 'contenuti per adulti', 'versione per adulti', 'vietato ai minori', 'per maggiorenni', 'so para adultos', 'para adultos', 'conteudo adulto', 'conteudo para adultos', 'versao adulta', 'versao para adultos', 'para maiores', 'maiores de 18', 'proibido para menores',
          'nur fur erwachsene', 'fur erwachsene', 'ab 18', 'ab achtzehn', 'erwachsenenversion', 'erwachseneninhalt', 'erwachsenen version', 'nicht jugendfrei', 'fsk 18', 'usk 18', 'rated r', 'rated 18', 'rated m', 'x rated', '18 rated', 'adult rated', 'adult comic', 'adult manga', 'adult webtoon', 'adult doujin', 'hentai manga', 'ero manga', 'manga hentai', 'manga porno', 'comic porno', 'bd porno', 'fumetto porno', 'hq porno', 'quadrinho porno', 'quadrinhos eroticos', 'comic erotico', 'bd erotique', 'fumetto erotico', 'erotik comic', 'pornocomic', 'hentai comic']:
    add(RT, t)
for t in ['capitulo 18', 'chapter 18', 'chapitre 18', 'kapitel 18', 'capitolo 18', 'episode 18', 'episodio 18', 'folge 18', 'version 18', 'versao 18', 'versione 18', 'version 18 ans', 'edicion 18', 'edition 18', 'page 18', '18 version', '18 chapter', '18 edition', '18 only', 'modo 18', 'mode 18', 'modus 18', 'modalita 18', 'el 18', 'le 18', 'il 18', 'o 18', 'das 18', 'pero 18', 'mais 18', 'con 18', 'com 18', 'avec 18', 'mit 18', '1girl 18', '1boy 18', 'quinto 18', 'primero 18', 'sexto 18', 'cm2 18', 'cm1 18', 'filha 18', 'hija 18', 'fille 18', 'figlia 18', 'tochter 18', 'daughter 18', 'kid 18', 'child 18', 'girl 18']:
    add(R18, t)
for t in ['comic', 'comics', 'manga', 'doujin', 'doujinshi', 'dojin', 'webtoon', 'manhwa', 'hentai', 'bd', 'bande dessinee', 'historieta', 'fumetto', 'fumetti', 'hq', 'quadrinho', 'quadrinhos', 'gibi', 'comicstrip', 'fanfic', 'fanfiction', 'fan fiction', 'story', 'chapter', 'capitulo', 'chapitre', 'kapitel', 'capitolo', 'next page', 'next chapter', 'pagina siguiente', 'page suivante', 'pagina successiva', 'proxima pagina', 'nachste seite', 'continue', 'continua', 'continue cette', 'sigue este', 'continua este', 'continua questo', 'mach weiter', 'weiter', 'visual novel', 'novela visual', 'roman graphique', 'episode', 'episodio', 'folge']:
    add(STY, t)
for t in ['tutor', 'private tutor', 'his tutor', 'her tutor', 'teacher', 'her teacher', 'his teacher', 'coach', 'her coach', 'his coach', 'stepdad', 'stepfather', 'step dad', 'uncle', 'her uncle', 'babysitter', 'neighbor', 'neighbour', 'the neighbor', 'priest', 'landlord', 'boss', 'sensei', 'onii chan', 'oniichan', 'onee chan', 'oji san', 'ojisan', 'oyaji',
          'profe', 'profe particular', 'profesor', 'profesor particular', 'su profe', 'su profesor', 'entrenador', 'su entrenador', 'padrastro', 'su padrastro', 'tio', 'su tio', 'el vecino', 'vecino', 'canguro', 'nineras',
          'prof', 'prof particulier', 'son prof', 'professeur', 'professeur particulier', 'son professeur', 'entraineur', 'son entraineur', 'beau pere', 'son beau pere', 'oncle', 'son oncle', 'le voisin', 'voisin', 'baby sitter',
          'prof privato', 'professore', 'insegnante', 'insegnante privato', 'ripetizioni', 'il suo prof', 'allenatore', 'il suo allenatore', 'patrigno', 'il patrigno', 'zio', 'lo zio', 'il vicino', 'vicino di casa',
          'professor', 'professor particular', 'seu professor', 'professora', 'treinador', 'seu treinador', 'padrasto', 'seu padrasto', 'tio dela', 'o tio', 'o vizinho', 'vizinho',
          'nachhilfelehrer', 'ihr nachhilfelehrer', 'sein nachhilfelehrer', 'lehrer', 'ihr lehrer', 'sein lehrer', 'trainer', 'ihr trainer', 'stiefvater', 'ihr stiefvater', 'onkel', 'ihr onkel', 'der nachbar', 'nachbar', 'babysitterin']:
    add(MEN, t)
for t in ['naughty', 'spicy', 'frisky', 'flirty', 'flirtatious', 'picante', 'picantes', 'picantito', 'coquin', 'coquine', 'coquins', 'pikant', 'pikante', 'piccante', 'piccanti', 'maliziosa', 'malizioso', 'apimentada', 'apimentado', 'picante', 'safadinha', 'assanhada', 'ferkelig', 'versaut', 'cochonne', 'seductive', 'sultry', 'suggestive', 'ammiccante', 'sexy']:
    add(NTY, t)
for t in ['bedroom', 'in the bedroom', 'her bedroom', 'his bedroom', 'bed', 'on the bed', 'in bed', 'bedsheets', 'sheets', 'pillow', 'kinderzimmer', 'schlafzimmer', 'im bett', 'bett', 'auf dem bett', 'chambre', 'dans la chambre', 'sa chambre', 'lit', 'sur le lit', 'au lit', 'dormitorio', 'habitacion', 'su habitacion', 'cama', 'en la cama', 'camera da letto', 'cameretta', 'letto', 'sul letto', 'a letto', 'quartinho', 'na cama', 'love hotel', 'motel', 'hotel room', 'futon', 'shower', 'bath', 'bathtub', 'onsen', 'locker room', 'changing room']:
    add(BRM, t)
for t in ['blush', 'blushing', 'blushes', 'flushed', 'flushed face', 'heavy blush', 'full face blush', 'errotet', 'errotend', 'errotete', 'rot im gesicht', 'rougissante', 'rougissant', 'rougit', 'rougissantes', 'joues rouges', 'sonrojada', 'sonrojado', 'ruborizada', 'ruborizado', 'colorada', 'arrossita', 'arrossito', 'arrossisce', 'guance rosse', 'corada', 'corado', 'envergonhada', 'ruborizada', 'bochechas vermelhas', 'ahegao', 'heart shaped pupils']:
    add(BLU, t)
for t in ['1girl', '1boy', '2girls', '2boys', '3girls', '1girls', '1 girl', '1 boy', 'solo girl', 'solo female', 'solo focus', 'loli', 'shota', 'flat chest', 'small breasts', 'randoseru', 'twintails', 'twin tails', 'pigtails', 'school uniform', 'serafuku', 'kindergarten uniform', 'gym uniform', 'buruma', 'sukumizu', 'thighhighs', 'kneehighs']:
    add(TAG, t)
# ---------------------------------------------------------------- clothes vanish in an edit
for t in ['disappear', 'disappears', 'disappeared', 'vanish', 'vanishes', 'vanished', 'make disappear', 'disappear from',
          'verschwinden', 'verschwindet', 'verschwunden', 'verschwinden lassen', 'lass verschwinden', 'wegzaubern', 'wegretuschieren', 'wegretuschiert',
          'desaparecer', 'desaparezca', 'desaparezcan', 'haz desaparecer', 'hazla desaparecer', 'disparaitre', 'disparaisse', 'disparaissent', 'fais disparaitre', 'fait disparaitre',
          'sparire', 'spariscano', 'sparisca', 'fai sparire', 'scompaiano', 'scomparire', 'far sparire', 'sumir', 'sumam', 'suma', 'faz sumir', 'faca sumir', 'desaparecam', 'desapareca', 'faz desaparecer']:
    add(VAN, t)
# ---------------------------------------------------------------- an adult man in bed with ...
for m in ['a man', 'the man', 'an old man', 'an older man', 'a grown man', 'an adult', 'a guy', 'a stranger', 'her dad', 'her father', 'her stepdad', 'her uncle', 'his uncle', 'his stepdad', 'a teacher', 'her teacher', 'his teacher', 'a priest', 'the priest', 'her coach']:
    for b in ['in bed with', 'naked with', 'in the shower with', 'in a bath with', 'in the bath with', 'undressing', 'kissing', 'touching', 'fondling', 'alone in a hotel room with', 'alone in a motel with', 'in a motel with', 'in a hotel room with', 'on a date with', 'making out with', 'cuddling in bed with', 'under the sheets with', 'on top of', 'grabbing', 'caressing', 'seducing', 'romantic with']:
        add(MB, f'{m} {b}')
for m in ['un hombre', 'el hombre', 'un senor', 'un viejo', 'un adulto', 'su padrastro', 'su tio', 'el profesor', 'su profesor', 'un desconocido', 'un extrano']:
    for b in ['en la cama con', 'acostado con', 'desnudo con', 'en la ducha con', 'besando a', 'tocando a', 'manoseando a', 'en un motel con', 'en un hotel con', 'encima de', 'acariciando a', 'seduciendo a', 'en una cita con']:
        add(MB, f'{m} {b}')
for m in ['un homme', 'l homme', 'un monsieur', 'un vieux', 'un adulte', 'son beau pere', 'son oncle', 'le prof', 'son prof', 'un inconnu']:
    for b in ['au lit avec', 'dans le lit avec', 'nu avec', 'sous la douche avec', 'embrassant', 'qui embrasse', 'touchant', 'qui touche', 'caressant', 'qui caresse', 'dans un motel avec', 'dans un hotel avec', 'sur', 'seduisant', 'en rendez vous avec']:
        add(MB, f'{m} {b}')
for m in ['ein mann', 'der mann', 'ein alter mann', 'ein alterer mann', 'ein erwachsener', 'ihr stiefvater', 'ihr onkel', 'sein onkel', 'der lehrer', 'ihr lehrer', 'ein fremder', 'der nachbar']:
    for b in ['im bett mit', 'liegt mit', 'nackt mit', 'unter der dusche mit', 'kusst', 'kusst die', 'beruhrt', 'streichelt', 'befummelt', 'im hotelzimmer mit', 'im motel mit', 'auf', 'verfuhrt', 'bei einem date mit']:
        add(MB, f'{m} {b}')
for m in ['un uomo', 'l uomo', 'un signore', 'un vecchio', 'un adulto', 'il patrigno', 'suo zio', 'lo zio', 'il professore', 'il prof', 'uno sconosciuto']:
    for b in ['a letto con', 'nel letto con', 'che dorme con', 'nudo con', 'sotto la doccia con', 'che bacia', 'bacia', 'che tocca', 'tocca', 'che accarezza', 'accarezza', 'in un motel con', 'in hotel con', 'sopra', 'che seduce', 'ad un appuntamento con']:
        add(MB, f'{m} {b}')
for m in ['um homem', 'o homem', 'um senhor', 'um velho', 'um adulto', 'o padrasto', 'seu padrasto', 'o tio', 'seu tio', 'o professor', 'seu professor', 'um estranho', 'um desconhecido']:
    for b in ['na cama com', 'deitado com', 'pelado com', 'nu com', 'no chuveiro com', 'beijando', 'beijando a', 'tocando', 'tocando a', 'acariciando', 'acariciando a', 'num motel com', 'no motel com', 'em um motel com', 'num hotel com', 'em cima de', 'seduzindo', 'num encontro com']:
        add(MB, f'{m} {b}')
for t in ['intimate', 'intimacy', 'romantic', 'romance', 'passionate', 'sensual', 'sexual', 'love scene', 'lovers', 'intimo', 'intima', 'intime', 'intim', 'romantico', 'romantica', 'romantique', 'romantisch', 'romantische', 'apasionado', 'apasionada', 'passionne', 'passionnee', 'appassionato', 'appassionata', 'apaixonado', 'apaixonada', 'leidenschaftlich', 'amantes', 'amants', 'amanti', 'liebespaar', 'como amantes', 'comme des amants', 'come amanti', 'wie ein liebespaar', 'like lovers', 'as lovers', 'as a couple', 'como pareja', 'como casal', 'like a couple', 'honeymoon', 'wedding night', 'luna de miel', 'lune de miel', 'luna di miele', 'lua de mel', 'flitterwochen']:
    add('minors_intim', t)
# ---------------------------------------------------------------- "my first time" caption (grooming / sexual debut framing)
for t in ['my first time', 'her first time', 'his first time', 'mi primera vez', 'su primera vez', 'ma premiere fois', 'sa premiere fois', 'la mia prima volta', 'la sua prima volta', 'minha primeira vez', 'sua primeira vez', 'a primeira vez dela', 'mein erstes mal', 'ihr erstes mal', 'sein erstes mal', 'lost her virginity', 'losing her virginity', 'losing his virginity', 'perdio la virginidad', 'perd sa virginite', 'perde la verginita', 'perdeu a virgindade', 'verliert ihre jungfraulichkeit', 'entjungfert', 'deflowered', 'desflorada', 'defloree', 'deflorata']:
    add(FT, t)
for t in ['pie de foto', 'caption', 'captioned', 'with the caption', 'with the text', 'legenda', 'com a legenda', 'legende', 'avec la legende', 'didascalia', 'con la didascalia', 'bildunterschrift', 'mit der unterschrift', 'titulo', 'titre', 'titolo', 'titel', 'starring', 'protagonizada por', 'protagonizado por', 'avec en vedette', 'con protagonista', 'protagonizada', 'estrelando', 'estrelado por', 'scene', 'escena', 'scena', 'cena']:
    add(CAP, t)
# ---------------------------------------------------------------- misspelt nude words: one deletion, one doubled letter, one swap (only count next to a child)
CORE = ['naked', 'nude', 'nudes', 'nackt', 'nackte', 'nackig', 'nackten', 'desnuda', 'desnudo', 'desnudas', 'desnudos', 'desnudita', 'desnudito', 'pelada', 'pelado', 'peladinha', 'peladas', 'nuda', 'nudo', 'nude', 'nudi', 'nudissima', 'nuas', 'toute nue', 'tout nu', 'lingerie', 'sexy', 'topless', 'unclothed', 'undressed', 'entkleidet', 'ausgezogen', 'spogliata', 'spogliato', 'svestita', 'desvestida', 'despida', 'despidas', 'desnudada', 'nuditat', 'nudite', 'nudez', 'nudity', 'nackedei', 'ignuda', 'ignudo', 'encuerada', 'sin ropa', 'sem roupa', 'senza vestiti', 'sans vetements', 'ohne kleidung', 'without clothes', 'sin ropita', 'sem roupinha', 'tutta nuda', 'tutto nudo', 'toda desnuda', 'toda pelada', 'ganz nackt', 'completely naked', 'fully naked', 'completamente desnuda', 'completamente nua', 'completement nue', 'completamente nuda', 'sexy', 'erotica', 'erotico', 'erotique', 'erotisch', 'porno', 'hentai', 'lewd', 'nsfw']
known = set(json.load(open('/work/ref7/minors/alllex.json')))
words_seen = set()
try:
    for l in open('/work/ref7/minors/vocab.txt'): words_seen.add(l.strip())
except FileNotFoundError:
    pass
def variants(w):
    out = set()
    for i in range(len(w)):
        if w[i] != ' ': out.add(w[:i] + w[i+1:])
        out.add(w[:i] + w[i] + w[i:])
        if i + 1 < len(w) and w[i] != w[i+1] and ' ' not in w[i:i+2]: out.add(w[:i] + w[i+1] + w[i] + w[i+2:])
    return out
for w in CORE:
    for v in variants(w):
        v = ' '.join(v.split())
        if v == w or len(v.replace(' ', '')) < 4: continue
        if any(len(x) < 3 for x in v.split()) and ' ' not in w: continue
        if v in known or v in words_seen: continue
        add(NT, v)
# the plain forms also count as nude words here
for w in CORE: add(NT, w)

# ---------------------------------------------------------------- more undress-edit wordings (child + edit context)
for v in ['take off', 'remove', 'erase', 'delete', 'strip off', 'strip away', 'get rid of', 'lose', 'ditch']:
    for o in ['her clothes', 'his clothes', 'their clothes', 'the kids clothes', 'the kid s clothes', 'the child s clothes', 'the girl s clothes', 'the boy s clothes', 'the children s clothes', 'her outfit', 'his outfit', 'her pajamas', 'her nightgown', 'her swimsuit', 'her bathing suit', 'her leotard', 'her school uniform', 'her uniform', 'her underwear', 'her panties', 'his underwear', 'his swim trunks', 'his shorts', 'her top', 'her shirt', 'her dress', 'her skirt']:
        add(UD, f'{v} {o}')
for t in ['make her naked', 'make him naked', 'make them naked', 'make her nude', 'make him nude', 'make her topless', 'make him shirtless', 'leave her naked', 'leave her in underwear', 'leave her in her underwear', 'put her in lingerie', 'put her in underwear', 'dress her in lingerie', 'swap her clothes for lingerie', 'replace her clothes with lingerie', 'replace her dress with lingerie', 'turn her dress into lingerie', 'undress her', 'undress him', 'undress them', 'undress the girl', 'undress the boy', 'undress the kid', 'undress the child', 'undress the kids', 'undress the children', 'unclothe', 'declothe', 'de clothe', 'nudify', 'nudified',
          'ausziehen lassen', 'zieh sie aus', 'zieh ihn aus', 'zieh die kleine aus', 'zieh das kind aus', 'zieh die kinder aus', 'entkleide', 'entkleiden', 'entkleidet', 'entkleidest', 'entkleid', 'mach sie nackt', 'mach ihn nackt', 'mach die kleine nackt', 'mach das kind nackt', 'mach die kinder nackt', 'nackt machen', 'nackt zeigen', 'ohne kleidung zeigen', 'ohne klamotten zeigen', 'in unterwasche zeigen', 'in dessous zeigen', 'zeig sie nackt', 'zeig sie ohne',
          'desnudar', 'desnudarla', 'desnudarlo', 'desnudalos', 'desnudalas', 'desnuda a la', 'desnuda al', 'desnudame', 'desvestir', 'desvestirla', 'desvistelo', 'quitale la ropa', 'quitales la ropa', 'quitarle la ropa', 'sacale la ropa', 'sacarle la ropa', 'dejala desnuda', 'dejalo desnudo', 'dejala en ropa interior', 'dejala en bragas', 'ponla desnuda', 'ponla en ropa interior', 'ponla en lenceria', 'hazla desnuda', 'versión sin ropa', 'version sin ropa', 'sin la ropa', 'sin ropita', 'sin su ropa', 'sin el pijama', 'sin el banador', 'sin el uniforme', 'sin el vestido',
          'deshabille', 'deshabiller', 'deshabille la', 'deshabille le', 'deshabillez', 'deshabillee', 'mets la toute nue', 'mets le tout nu', 'rends la nue', 'rends le nu', 'enleve lui ses vetements', 'enleve ses habits', 'retire ses vetements', 'retire lui ses vetements', 'retire ses habits', 'laisse la en culotte', 'laisse la en sous vetements', 'mets la en lingerie', 'mets la en sous vetements', 'sans ses vetements', 'sans vetements', 'sans son pyjama', 'sans son maillot', 'sans sa robe', 'sans son uniforme',
          'spogliare', 'spogliarla', 'spogliarlo', 'spogliali', 'spogliale', 'svestirla', 'svestirlo', 'svestila', 'togli i vestiti', 'togli i vestiti alla', 'toglile i vestiti', 'togligli i vestiti', 'levale i vestiti', 'lasciala nuda', 'lascialo nudo', 'lasciala in mutande', 'lasciala in intimo', 'mettila in intimo', 'mettila in lingerie', 'rendila nuda', 'rendilo nudo', 'falla nuda', 'fallo nudo', 'senza vestiti', 'senza il pigiama', 'senza il costume', 'senza la divisa', 'senza il vestito',
          'despir', 'despe', 'despe a', 'despe ela', 'despir ela', 'tira a roupa', 'tira a roupa da', 'tira a roupa dela', 'tira a roupa do', 'tirar a roupa', 'tire a roupa', 'tira as roupas', 'tira o pijama', 'tira o biquini', 'tira o uniforme', 'tira o vestido', 'deixa ela pelada', 'deixa ela nua', 'deixa pelado', 'deixa ela de calcinha', 'deixa ela so de calcinha', 'coloca ela de calcinha', 'coloca ela de lingerie', 'poe ela de calcinha', 'poe ela nua', 'sem a roupa', 'sem roupa', 'sem o pijama', 'sem o biquini', 'sem o uniforme', 'sem o vestido', 'sem roupinha']:
    add(UD, t)
# "make the clothes of X disappear" with words in between: vanish verb + clothes + child + edit (clause below)

# ---------------------------------------------------------------- whats-under in more wordings
for t in ['quello che c e sotto', 'cosa c e sotto', 'cio che c e sotto', 'quel che c e sotto', 'fai vedere sotto', 'sotto i vestiti', 'sotto la maglietta', 'sotto il pigiama', 'sotto il costume',
          'ce qu il y a sous', 'ce qu il y a dessous', 'ce qu elle a sous', 'ce qu il a sous', 'montre dessous', 'sous son pyjama', 'sous son maillot', 'sous son t shirt', 'sous ses habits',
          'lo que hay debajo', 'lo que tiene debajo', 'lo que lleva debajo', 'que hay debajo', 'debajo de su ropa', 'debajo del pijama', 'debajo del banador', 'debajo de la camiseta', 'debajo del uniforme',
          'o que tem embaixo', 'o que ha por baixo', 'o que tem por baixo', 'o que tem debaixo', 'por baixo da roupa', 'debaixo da roupa', 'por baixo do pijama', 'por baixo do biquini', 'por baixo da camiseta', 'por baixo do uniforme',
          'was drunter ist', 'was darunter ist', 'was sie drunter hat', 'was er drunter hat', 'was unter', 'unter ihrer kleidung', 'unter seiner kleidung', 'unter dem schlafanzug', 'unter dem badeanzug', 'unter dem t shirt', 'unter der uniform',
          'what s underneath', 'what is underneath', 'whats under', 'what s under', 'what she has under', 'what he has under', 'under her clothes', 'under his clothes', 'under her pajamas', 'under her swimsuit', 'under her shirt', 'under her dress', 'under her uniform', 'beneath her clothes', 'beneath his clothes']:
    add(UD, t)
ben('what s under the bed', 'what s under'); ben('what is underneath the bed', 'what is underneath'); ben('lo que hay debajo de la cama', 'lo que hay debajo'); ben('ce qu il y a sous le lit', 'ce qu il y a sous'); ben('was unter dem bett', 'was unter'); ben('o que tem embaixo da cama', 'o que tem embaixo'); ben('quello che c e sotto il letto', 'quello che c e sotto')
ben('what s under the sea', 'what s under'); ben('what s under the hood', 'what s under'); ben('what s underneath the ice', 'what s underneath')
# clothing words the base lexicon lacks
for t in ['schlafanzug', 'schlafanzuge', 'nachthemd', 'pyjama', 'pyjamas', 'pijama', 'pijamas', 'pigiama', 'pigiamino', 'pigiami', 'camisola', 'nightgown', 'nightie', 'onesie', 'ropita', 'roupinha', 'roupinhas', 'vestitini', 'vestitino', 'klamotten', 'kleidchen', 'fringues', 'habits', 'vetements', 'vestiti', 'ropa', 'roupa', 'roupas', 'clothes', 'kleidung', 'kleider', 'uniform', 'uniforme', 'divisa', 'farda', 'maillot', 'costume', 'costumino', 'badeanzug', 'banador', 'maio', 'biquini', 'bikini', 'swimsuit', 'leotard', 'body', 'turnanzug', 'tutu', 'vestido', 'vestidito', 'robe', 'vestito', 'kleid', 'dress', 'camiseta', 'maglietta', 'shirt', 't shirt', 'tee shirt']:
    add('clothing', t)
add('minor_ambiguous', 'der kleinen', 'den kleinen')  # "der Kleinen" = the little one's (genitive)

# ---------------------------------------------------------------- child words the base misses (diminutives, misspellings)
add('minor', 'criaca', 'crianza', 'crianca', 'criancinha', 'criança', 'bambbina', 'bambbino', 'bambinna', 'bambna', 'bimbba', 'ninna', 'nnina', 'niiña', 'nińa', 'nina pequena', 'ninita', 'nenita', 'kiddo', 'kiddos', 'kiddie', 'tot', 'tots', 'little one', 'little ones', 'lil girl', 'lil boy', 'lil sis', 'smol girl', 'smol', 'babygirl toddler', 'wee girl', 'wee lass', 'lassie', 'youngling', 'younglings',
    'infant girl', 'infant boy', 'grade schooler', 'gradeschooler', 'middle schooler', 'middleschooler', 'middle school girl', 'middle school boy', 'middle school student', 'junior high girl', 'junior high student', 'jr high', 'elementary girl', 'elementary boy', 'primary school girl', 'primary school boy', 'preteen girl', 'preteen boy', 'tween girl', 'tween boy',
    'enfnat', 'enfan', 'infant', 'fillete', 'filette', 'fifille', 'gamine', 'gaminette', 'petite fille', 'petite file', 'petit garcon', 'ptite fille', 'p tite fille', 'collegienne', 'colegienne', 'kleinkind', 'kinderchen', 'kindlein', 'madchenchen', 'schulmadel', 'schulmadchen', 'grundschulmadchen', 'kleine prinzessin',
    'bambinella', 'bambolina', 'bimbetta', 'ragazzinetta', 'ragazzetta', 'ragazzetto', 'ragazzino', 'ragazzina', 'fanciullina', 'criatura', 'criaturita', 'nenito', 'nenita', 'peque', 'pequena nina', 'pequena menina', 'menininha', 'meninazinha', 'garotinha', 'crianca pequena', 'filhinha', 'filhote', 'putto', 'pupetta')
add('minor', 'enfant', 'enfants', '3nfant', '3nfants', 'enfan t', 'enf ant')
add('minor', 'p r e a d o l e s c e n t e', 'preadolescentedesnuda')
add('minor_sexualised', 'preadolescentedesnuda', 'ninadesnuda', 'ninodesnudo', 'kindnackt', 'nackteskind', 'nakedkid', 'nakedchild', 'nudekid', 'nudechild', 'criancapelada', 'meninapelada', 'bambinanuda', 'enfantnu', 'enfantnue', 'fillettenue')
add('minor', 'fünftklässlerin', 'funftklasslerin')

# ---------------------------------------------------------------- rules
R = [
    # youth nouns with a sexual cue
    [Y2, 'suggestive', SX], [Y2, SX, PS], [Y2, SX, 'realistic'], [Y2, 'nudity'], [Y2, 'explicit'], [Y2, NT, 'edit_context'],
    [Y2, UW, PS],
    ['minor', UW, PS], ['stated_minor_age', UW, PS], ['minor', UW, NTY], ['stated_minor_age', UW, NTY],
    # adult-only labels
    ['minor', RT], ['stated_minor_age', RT], [Y2, RT],
    ['minor', R18, STY], ['minor', R18, MEN], ['stated_minor_age', R18, STY], ['stated_minor_age', R18, MEN], [Y2, R18, MEN], ['minor', R18, TAG], ['minor', R18, BRM],
    # booru tag lists: a child tag + naughty / blush + bedroom
    ['minor', NTY, BRM, TAG], ['minor', NTY, BLU, TAG], ['minor', BLU, BRM, TAG], ['minors_agecue', NTY, BRM], ['minors_agecue', BLU, BRM], ['minors_agecue', SX],
     [Y2, NTY, BRM, TAG],
    # story continuation with a grooming pair
    ['minor', MEN, STY, NTY], ['minor', MEN, STY, SX],
    # misspelt nude words next to a child
    ['minor', NT], ['stated_minor_age', NT],
    # clothes vanish in an edit of a child's photo
    ['minor', 'edit_context', 'clothing', VAN], ['stated_minor_age', 'edit_context', 'clothing', VAN], [Y2, 'edit_context', 'clothing', VAN],
    [Y2, 'edit_context', 'clothing', 'minors_seethru'], [Y2, 'edit_context', UD], [Y2, UD, SX],
    # an adult man in bed with a child
    ['minor', MB], ['stated_minor_age', MB], ['minor', 'minors_adult', 'minors_intim', 'minors_bed'], ['minor', 'minors_bed', 'minors_intim', 'minors_adult'],
    ['stated_minor_age', 'minors_bed', 'minors_intim'], ['minor', 'minors_bed', 'minors_intim', MEN],
    # sexual-debut caption
    ['minor', FT, CAP], ['stated_minor_age', FT, CAP], ['minor', FT, SX], ['minor', FT, 'minors_bed'], ['stated_minor_age', FT],
    ['minor', 'minors_agecue', SX],
]

# ---------------------------------------------------------------- round-7 second pass
MAN = 'minors_man'; DRT = 'minors_dirty'; N18 = 'minors_not18'; OLD = 'minors_oldloli'
for t in ['a man', 'man', 'old man', 'older man', 'grown man', 'adult', 'guy', 'stranger', 'teacher', 'uncle', 'stepdad', 'stepfather', 'priest', 'coach',
          'hombre', 'un senor', 'senor', 'viejo', 'adulto', 'padrastro', 'profesor', 'desconocido', 'homme', 'monsieur', 'vieux', 'adulte', 'beau pere', 'oncle', 'inconnu',
          'mann', 'alter mann', 'erwachsener', 'stiefvater', 'onkel', 'lehrer', 'fremder', 'uomo', 'signore', 'vecchio', 'patrigno', 'zio', 'professore', 'sconosciuto',
          'homem', 'senhor', 'velho', 'padrasto', 'professor', 'estranho', 'desconhecido']:
    add(MAN, t)
for t in ['in bed with', 'en la cama con', 'au lit avec', 'dans le lit avec', 'a letto con', 'nel letto con', 'na cama com', 'im bett mit', 'sleeping with', 'durmiendo con', 'dormindo com', 'couche avec', 'schlaft mit', 'dorme con',
          'in the shower with', 'en la ducha con', 'sous la douche avec', 'sotto la doccia con', 'no chuveiro com', 'unter der dusche mit', 'in a motel with', 'hotel room with', 'en un motel con', 'dans un motel avec', 'in un motel con', 'num motel com', 'im motel mit']:
    add('minors_bed', t)
for t in ['fait des cochonneries', 'faire des cochonneries', 'font des cochonneries', 'fait des cochonnerie', 'des cochonnerie s', 'cochonnerie s avec', 'cochonneries avec', 'saloperies avec', 'guarradas con', 'hace guarradas', 'hacer guarradas', 'cochinadas con', 'porcate con', 'fa porcate', 'fare porcate', 'schweinereien mit', 'sauereien mit', 'fazer sacanagem', 'faz sacanagem', 'sacanagem com', 'putaria com', 'safadeza com', 'dirty things with', 'naughty things with', 'doing dirty things', 'doing naughty things', 'cosas sucias con', 'choses sales avec', 'cose sporche con', 'coisas safadas com', 'schmutzige dinge mit']:
    add(DRT, t)
for t in ['pas une de 18', 'pas une de 18 ans', 'pas de 18 ans', 'nao dessas de 18', 'nao uma de 18', 'no de 18', 'no una de 18', 'no de esas de 18', 'not one of those 18', 'not an 18', 'not 18', 'not really 18', 'non una di 18', 'non di 18', 'non quelle di 18', 'keine von 18', 'keine 18 jahrige', 'nicht 18', 'nicht wirklich 18']:
    add(N18, t)
for n in ['100', '200', '300', '400', '500', '600', '800', '1000', '2000', '3000', '5000', 'hundred', 'thousand', 'mil', 'mille', 'tausend', 'cien', 'cem', 'cento', 'cent']:
    for p in ['actually {} years', 'really {} years', 'actually {}', 'en realidad tiene {}', 'realidad tiene {}', 'en fait {} ans', 'a en fait {}', 'in realta ha {}', 'realta ha {} anni', 'eigentlich {} jahre', 'ist eigentlich {}', 'na verdade tem {}', 'verdade tem {} anos', 'tem {} anos mas', 'tiene {} anos pero', 'a {} ans mais', 'ha {} anni ma', 'ist {} jahre aber', 'is {} years old but', '{} years old but', '{} year old vampire', '{} year old dragon', '{} year old elf', '{} year old demon', '{} year old goddess']:
        add(OLD, p.format(n))
add('minor', 'pageant girl', 'pageant girls', 'beauty pageant girl', 'little miss', 'mini miss', 'miss infantil', 'mini miss concorso', 'concurso infantil', 'kinderschonheitswettbewerb',
    'parece do primeiro ano', 'parece do quinto ano', 'parece do sexto ano', 'parece de primaria', 'aparenta ser de primaria', 'looks like a first grader', 'looks like a fifth grader', 'looks like a middle schooler', 'looks like an elementary schooler', 'on dirait une collegienne', 'on dirait une ecoliere', 'sembra una bambina', 'sembra una ragazzina', 'sieht aus wie ein kind', 'sieht aus wie eine grundschulerin', 'parece una nina', 'parece uma crianca', 'parece uma menina', 'looks like a child', 'looks like a kid', 'looks like a little girl',
    'nin a', 'nin o', 'nin as', 'nin os', 'b mba', 'b mbo', 'bamb na', 'bamb no', 'bamb ina', 'peкena', 'la peкena', 'g1rl', 'l0li', 'l o l i')
EN_N = ['one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','thirteen','fourteen','fifteen','sixteen','seventeen']
for i, w in enumerate(EN_N, 1):
    for n in (str(i), w):
        for p in ['girl of about', 'boy of about', 'child of about', 'kid of about', 'clearly', 'obviously', 'is clearly', 'model is', 'looks about', 'barely', 'only', 'just', 'maybe']:
            if p in ('only', 'just', 'maybe', 'barely') and not n.isdigit(): continue
            if p in ('only', 'just', 'maybe', 'barely'): continue
            add('stated_minor_age', f'{p} {n}')
for n in [str(i) for i in range(5, 18)]:
    for p in ['claramente {}', 'claramente tiene {}', 'claramente tem {}', 'clairement {}', 'a clairement {}', 'chiaramente {}', 'ha chiaramente {}', 'eindeutig {}', 'ist eindeutig {}', 'offensichtlich {}']:
        add('stated_minor_age', p.format(n))
    for rel in ['tochter', 'stieftochter', 'nichte', 'schwester', 'cousine', 'nachbarin', 'schulerin', 'sohn', 'stiefsohn', 'neffe', 'bruder']:
        add('stated_minor_age', f'{rel} ist {n}', f'{rel} ist erst {n}')
    for rel in ['hija', 'hijastra', 'sobrina', 'hermana', 'prima', 'vecina', 'alumna', 'hijo', 'hijastro', 'sobrino', 'hermano']:
        add('stated_minor_age', f'{rel} tiene {n}', f'{rel} de {n}')
    for rel in ['fille', 'belle fille', 'niece', 'soeur', 'cousine', 'voisine', 'eleve', 'fils', 'neveu', 'frere']:
        add('stated_minor_age', f'{rel} a {n} ans', f'{rel} a {n}')
    for rel in ['figlia', 'figliastra', 'nipote', 'sorella', 'cugina', 'vicina', 'alunna', 'figlio', 'fratello']:
        add('stated_minor_age', f'{rel} ha {n}', f'{rel} di {n}')
    for rel in ['filha', 'enteada', 'sobrinha', 'irma', 'prima', 'vizinha', 'aluna', 'filho', 'enteado', 'sobrinho', 'irmao']:
        add('stated_minor_age', f'{rel} tem {n}', f'{rel} de {n}')
for a in range(0, 8):
    for noun in ['kind', 'madchen', 'junge', 'jung', 'girl', 'boy', 'child', 'kid', 'young', 'nina', 'nino', 'fille', 'garcon', 'bambina', 'menina', 'enfant']:
        add('stated_minor_age', f'{noun} 1 {a}')
for t in ['subida de tono', 'subidita de tono', 'subidas de tono', 'subido de tono', 'subida de 70n0', 'racy', 'risque', 'osee', 'osees', 'photo osee', 'photos osees', 'foto ose', 'foto osee', 'freizugig', 'freizugige', 'freizugigen', 'freizugiges', 'foto ousada', 'fotos ousadas', 'ensaio ousado', 'ensaio sensual', 'sesion sensual', 'shooting sensuel', 'servizio sensuale', 'sinnliches shooting', 'sensual shoot',
          'biquini sensual', 'biquinisensual', 'bikini sensual', 'bikini sexy', 'sexy bikini', 'micro bikini', 'microbikini', 'bikinisexy', 'string bikini', 'femme fatale', 'alewd', 'asexy', 'anaked', 'aerotic', 'alingerie', 'in lingerie', 'en lingerie', 'em lingerie', 'in dessous', 'con lenceria', 'en lenceria', 'de lingerie']:
    add(SX, t)
for t in ['che c e sotto', 'c e sotto', 'y a sous sa', 'y a sous son', 'y a sous ses', 'il y a dessous', 'y a dessous', 'qu il y a dessous', '71r4 4 roupa', 't1ra a roupa', 'tir4 a roupa', 'tira 4 roupa', '4 roupa dela', 'sinn roa', 'sin roa', 'sinn ropa', 'sinn ropi', 'sin ropi', 'sin rpoa', 'sn ropa', 'sinropa', 'semroupa', 'sem rouppa', 'sem rupa', 'senza vestti', 'senzavestiti', 'ohne kleidng', 'ohnekleidung', 'sansvetements']:
    add(UD, t)
    add(NT, t)
for b in ['c e sotto il letto', 'c e sotto il tavolo', 'c e sotto l acqua', 'c e sotto la sabbia', 'c e sotto terra', 'c e sotto il mare', 'y a sous son lit', 'y a sous sa chaise', 'il y a dessous la table']:
    ben(b, *[t for t in ['c e sotto', 'che c e sotto', 'y a sous son', 'y a sous sa', 'il y a dessous', 'y a dessous'] if t in b])
for w in ['nude', 'nuda', 'nudo', 'nue', 'nua', 'nu', 'sexy', 'lewd']:
    for reps in itertools.product(*[(2, 3, 4)] * len(w)):
        add(NT, ' '.join(c * r for c, r in zip(w, reps)))
    add(NT, ' '.join(w))
for t in ['nuee', 'nnue', 'nuue', 'nuua', 'nnua', 'nuaa', 'nuees', 'tuta nda', 'tutta nda', 'tuta nuda', 'tutto ndo', 'toda pelad', 'pelad', 'peladda', 'pellada', 'p3lada', 'p33lada', 'peelada', 'desnda', 'desnuada', 'desnudda', 'dsnuda', 'nakd', 'nakde', 'naekd', 'nakked', 'nackd', 'nakt', 'nackkt', 'nakct']:
    add(NT, t)
Y2B = 'minors_student'
add(Y2B, 'eleve', 'alumna', 'aluna', 'alunna', 'schulerin', 'menina', 'meninas', 'jeune fille', 'pupil')
R += [[Y2B, SX, PS], [Y2B, SX, 'edit_context'], [Y2B, SX, 'realistic'], [Y2B, 'suggestive', PS], [Y2B, UW, PS], [Y2B, 'edit_context', UD], [Y2B, R18, MEN], [Y2B, N18], [Y2B, NT, 'edit_context']]
R += [['minor', MAN, 'minors_bed'], ['stated_minor_age', MAN, 'minors_bed'], ['minor', 'minors_adult', DRT], ['minor', MAN, DRT], ['stated_minor_age', 'minors_adult', DRT], ['stated_minor_age', MAN, DRT],
      [Y2, N18], ['minor_ambiguous', N18], ['minor', N18],
      [OLD, SX], [OLD, 'explicit'], [OLD, 'nudity'], [OLD, 'suggestive'],
      ['minor', 'edit_context', 'nudify_de_zieh', 'nudify_de_aus'], ['stated_minor_age', 'edit_context', 'nudify_de_zieh', 'nudify_de_aus'],
      [Y2, SX], [Y2, UW]]

for t in list(T):
    if len(t.split()) > 4: del T[t]
for b in ['first time at', 'first time on', 'first time in', 'first time riding', 'first time at the', 'primera vez en', 'primera vez que', 'primera vez al', 'primeira vez na', 'primeira vez no', 'primeira vez em', 'primeira vez que', 'premiere fois a', 'premiere fois au', 'premiere fois que', 'premiere fois en', 'prima volta al', 'prima volta a', 'prima volta in', 'prima volta che', 'erstes mal am', 'erstes mal im', 'erstes mal auf', 'erstes mal in']:
    ben(b, *[t for t in T if 'minors_firsttime' in T[t] and t in b or (t.split()[-2:] == b.split()[:2] and 'minors_firsttime' in T[t])])
for b in ['bedtime story', 'reading a story', 'with the flu', 'a fever', 'cuento para dormir', 'histoire du soir', 'favola della buonanotte', 'gute nacht geschichte', 'gutenachtgeschichte', 'historia para dormir', 'hospital bed', 'cama de hospital', 'lit d hopital', 'letto d ospedale', 'krankenhausbett', 'cama do hospital', 'hospital']:
    ben(b, 'in bed with', 'en la cama con', 'au lit avec', 'dans le lit avec', 'a letto con', 'nel letto con', 'na cama com', 'im bett mit')
for b in ['manger des cochonneries', 'mange des cochonneries', 'mangent des cochonneries', 'mangeant des cochonneries']:
    ben(b, 'cochonneries avec', 'des cochonnerie s')
B = {k: v for k, v in B.items() if v}
out = {'terms': {k: sorted(v) for k, v in sorted(T.items())}, 'benign': {k: sorted(v) for k, v in sorted(B.items())}, 'rules': {'minors.sexual': {'when': R}}}
json.dump(out, open('/work/ref7/minors/pd/minors7.json', 'w'), ensure_ascii=False, indent=0)
print(len(out['terms']), len(out['benign']), len(R))
# ---- normalise every key the way the loader does (policy.Key via `pe keys`)
import subprocess
def keys(xs):
    xs = list(xs)
    o = subprocess.run(['/work/ref7/pe', 'keys'], input='\n'.join(xs) + '\n', capture_output=True, text=True, check=True).stdout.split('\n')
    return dict(zip(xs, o))
kt = keys(out['terms']); kb = keys(list(out['benign']) + [m for v in out['benign'].values() for m in v])
T2 = {}
for k, v in out['terms'].items():
    if kt[k].strip(): T2.setdefault(kt[k], set()).update(v)
B2 = {}
for k, v in out['benign'].items():
    B2.setdefault(kb[k], set()).update(kb[m] for m in v)
out = {'terms': {k: sorted(v) for k, v in sorted(T2.items())}, 'benign': {k: sorted(v) for k, v in sorted(B2.items())}, 'rules': out['rules']}
json.dump(out, open('/work/ref7/minors/pd/minors7.json', 'w'), ensure_ascii=False, indent=0)
print('keyed', len(out['terms']), len(out['benign']), len(R))
# ---- drop benign phrases the matcher cannot see (> 4 words) and masks of unknown terms
base_terms = set(json.load(open('/work/ref7/minors/alllex.json')))
Bf = {}
for k, v in out['benign'].items():
    if len(k.split()) > 4: continue
    v = [m for m in v if m in out['terms'] or m in base_terms]
    if v: Bf[k] = v
out['benign'] = Bf
json.dump(out, open('/work/ref7/minors/pd/minors7.json', 'w'), ensure_ascii=False, indent=0)
print('final', len(out['terms']), len(out['benign']), len(out['rules']['minors.sexual']['when']))
