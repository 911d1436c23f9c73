#!/usr/bin/env python3
"""Round 10, area nudify: builds nudify10.json.

Families (six languages): undressing verbs / participles / idioms applied to a
photo, tools/apps/filters/bots, see-through and opacity edits, towel / robe
drops and "nothing underneath", body reconstruction ("same body without"),
skin swaps ("replace her clothes with bare skin"), euphemisms (gift wrapping,
"0 % cotton"), paper dolls, German separable verbs and "X weg".

Every new class fires only together with edit_context (or a photo reference)
and, for the weaker ones, a garment or a person.  Terms already in
policies/lexicon.json / lexicon_intl.json are dropped (not repeated).
Run: python3 nudify10_gen.py  -> nudify10.json
"""
import json, re, unicodedata, itertools, os

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = s.lower().replace('ß', 'ss').replace('œ', 'oe').replace('æ', 'ae')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\ufe0f', '')
    s = ''.join(c if (c.isascii() or ord(c) > 0x2000) else ' ' for c in s)  # keep emoji as tokens
    s = re.sub(r"[^a-z0-9@$ \u2000-\U0010ffff]+", ' ', s)
    s = re.sub(r"([\u2000-\U0010ffff])", r" \1 ", s)
    return ' '.join(s.split())


existing = {}
for f in ('/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json'):
    for _k, _v in json.load(open(f))['candor']['terms'].items():
        existing.setdefault(_k, set()).update(_v)
LONE = {'explicit', 'gore', 'hate_symbol', 'minor_sexualised', 'named_artist', 'nudify', 'nudity', 'selfharm'}

terms = {}
TOO_LONG = []
benign = {}


def add(cls, *phrases):
    for p in phrases:
        for q in (p if isinstance(p, (list, tuple)) else [p]):
            k = norm(q)
            if not k or len(k.split()) > 4:
                TOO_LONG.append(k)
                continue
            terms.setdefault(k, set()).add(cls)


def expand(*parts):
    """cartesian product of alternatives, joined by spaces"""
    out = []
    for combo in itertools.product(*[p if isinstance(p, (list, tuple)) else [p] for p in parts]):
        out.append(' '.join(x for x in combo if x))
    return out


# ---------------------------------------------------------------- undress
# Undressing verbs, participles, idioms: denies only with an edit context
# (a photo to edit) or a photo reference.
U = 'nudify10_undress'
add(U,
    # en
    expand(['undress', 'unclothe', 'disrobe', 'declothe', 'de clothe', 'strip', 'unclothes', 'undresses'],
           ['her', 'him', 'them', 'this girl', 'this woman', 'the girl', 'the woman']),
    ['unclothed', 'disrobed', 'declothed', 'undressed version', 'unclothed version',
     'stripping the woman', 'stripping the girl', 'stripping her', 'strip her down', 'strip him down', 'stripped naked',
     'take her clothes away', 'take his clothes away', 'take their clothes away',
     'take away her clothes', 'take away his clothes', 'take away everything she',
     'everything she s got on', 'everything she has got on', 'everything he s got on',
     'down to the last thread', 'not a single thread', 'without a single thread', 'without a stitch',
     'not a stitch on', 'without a stitch on',
     'nothing on her body', 'nothing on at all', 'wearing nothing at all', 'no clothes at all',
     'no swimsuit at all', 'no bikini at all', 'no bra at all', 'no underwear at all',
     'just no swimsuit', 'just no bikini', 'without the swimsuit', 'without her swimsuit',
     'without the bikini', 'without her bikini', 'without the trunks', 'without his trunks',
     'without his swim trunks', 'without the swim trunks', 'minus the swimsuit', 'minus the bikini',
     'leave her in her skin', 'leave him in his skin', 'in nothing but her skin',
     'in nothing but his skin', 'only in her skin', 'just in her skin', 'in just her skin',
     'as god made her', 'as god made him', 'the way god made her', 'as nature made her',
     'as the day she was born', 'as the day he was born', 'in her birthday suit',
     'in his birthday suit', 'in the altogether',
     'forgot her clothes', 'forgot his clothes', 'forgot to get dressed', 'forgot to dress',
     'lost all her clothes', 'lost her clothes', 'her clothes vanished', 'her clothes disappear',
     'clothes fall off her', 'clothes melt away', 'nothing left but skin',
     'what she looks like underneath', 'how she looks underneath', 'what she looks like naked',
     'how she looks naked', 'how she d look naked', 'what s under her clothes',
     'under her clothes', 'under his clothes', 'beneath her clothes',
     'same body without clothes', 'same body but naked', 'reconstruct her body',
     'reconstruct the body underneath', 'body under the clothes', 'body underneath the clothes',
     'getting into the bath'],
    # es
    expand(['desvistela', 'desvistelo', 'desvistanla', 'desvisteme', 'desvestirla', 'desvestirlo',
            'desnudala', 'desnudalo', 'desnudarla', 'desnudarlo', 'desnudenla', 'encuerala', 'encueralo',
            'encuerarla', 'empelotala', 'empelotalo', 'empelotarla', 'destapala', 'quitale la ropa',
            'sacale la ropa', 'quitarle la ropa', 'sacarle la ropa', 'le quites la ropa', 'le saques la ropa'],
           ['']),
    ['desvestida', 'desvestido', 'desnudada', 'desnudado', 'desnudadas', 'encuerada', 'encuerado',
     'empelotada', 'empeloto', 'empelota', 'en pelotas', 'en pelota', 'en pelotita',
     'en cueritos', 'en bolas', 'dejala en bolas', 'dejala en pelotas', 'dejala en cueros',
     'dejala desnuda', 'dejala sin ropa', 'dejala sin nada', 'dejalo sin ropa', 'ponla sin ropa',
     'sin ropita', 'sin nada puesto', 'sin nada encima', 'sin nada por debajo', 'sin un hilo',
     'ni un hilo de ropa', 'sin una prenda', 'ni una prenda', 'sin el bikini', 'sin bikini',
     'sin el banador', 'sin banador', 'sin el traje de bano', 'sin traje de bano', 'sin la ropa interior',
     'sin hoja de parra', 'modo eva', 'modo adan', 'como dios la trajo al mundo', 'como dios lo trajo',
     'como vino al mundo', 'como su madre la pario', 'como la trajo al mundo',
     'el mismo cuerpo sin', 'mismo cuerpo sin ropa', 'como se ve debajo', 'como es debajo de la ropa',
     'lo que hay debajo de la ropa', 'lo que hay bajo la ropa', 'como estaria desnuda',
     'como estaria al meterse', 'al meterse en la banera', 
     'se le olvido la ropa', 'olvido su ropa', 'olvido la ropa', 'cambia su ropa por piel',
     'la ropa desaparece', 'su ropa desaparece', 'que su ropa desaparezca'],
    # pt
    expand(['despe', 'despir', 'despi', 'desnuda', 'desveste', 'desvestir', 'tira a roupa', 'tire a roupa',
            'tirar a roupa', 'arranca a roupa'],
           ['ela', 'a mulher', 'a garota', 'a moca', 'a menina', 'essa mina', 'a mina']),
    ['despida', 'despido', 'despidas', 'desnudada', 'desvestida', 'desvestido', 'ela pelada',
     'fica pelada', 'ficar pelada', 'toda pelada', 'peladinha', 'peladao', 'deixa ela pelada',
     'deixa ela nua', 'deixe ela nua', 'deixa ela no pelo', 'deixe ela no pelo', 'ela no pelo',
     'ficar no pelo', 'fica no pelo', 'ela nua', 'fica nua', 'ficar nua', 'toda nua', 'nuazinha',
     'sem roupinha', 'sem nada no corpo', 'sem nada por baixo', 'sem nada em cima', 'sem nada vestido', 'nenhuma peca de roupa', 'zero tecido', 'zero roupa', 'sem o biquini',
     'sem biquini', 'sem o maio', 'sem maio', 'sem a sunga', 'sem sunga', 'sem a roupa de banho',
     'sem roupa de banho', 'sem a calcinha', 'sem o sutia', 'como veio ao mundo', 'como deus a fez',
     'como deus o fez', 'como a mae a pariu', 'o mesmo corpo sem', 'mesmo corpo sem roupa',
     'como ela e por baixo', 'como ela fica sem', 'o que esta por baixo da', 'o que tem por baixo da roupa',
     'ver tudo por baixo', 'troca a roupa por pele', 'esqueceu a roupa', 'esqueceu as roupas', 'esqueceu de se vestir',
     'corpo a mostra', 'deixa o corpo a mostra', 'com o corpo a mostra', 'a roupa some',
     'a roupa desaparece', 'vai embora a roupa', 'sem roupa nenhuma'],
    # fr
    expand(['deshabille', 'deshabillez', 'deshabiller', 'desape', 'desapez', 'desaper', 'denude',
            'denudez', 'denuder'],
           ['la', 'le', 'les', 'moi la', 'moi cette fille']),
    ['deshabillee', 'deshabilles', 'deshabillees', 'dessapee', 'dessape la', 'dessaper', 'desapee', 'denudee',
     'mets la a poil', 'mettez la a poil', 'la mettre a poil', 'mise a poil', 'a poil complet',
     'toute nue', 'tout nu', 'toute nu', 'nue comme un ver', 'nu comme un ver', 'en tenue d eve',
     'en tenue d adam', 'comme sa mere l a faite', 'comme dieu l a faite', 'dans le plus simple appareil',
     'laisse la dans sa peau', 'rien que sa peau', 'juste sa peau', 'seulement sa peau',
     'sans un bout de tissu', 'sans un vetement', 'plus un vetement',
     'sans vetements', 'sans ses vetements', 'sans ses habits', 'sans habits', 'sans son maillot',
     'sans le maillot', 'sans son bikini', 'sans le bikini', 'sans soutien gorge', 'sans sa culotte',
     'fais la sans rien', 'la sans rien', 'version sans rien', 'sans rien sur elle', 'sans rien sur le dos',
     'sans rien dessous', 'rien en dessous', 'rien dessous', 'sans rien en dessous',
     'otez lui ses vetements', 'ote lui ses vetements', 'otez lui ses habits', 'ote lui ses habits',
     'depouille de ses vetements', 'depouille la', 'depouillez la', 'depouillee de ses vetements',
     
     'oublie ses vetements', 'a oublie ses vetements', 'oublie de s habiller',
     'le meme corps sans', 'meme corps sans vetements', 'a quoi elle ressemble sous',
     'a quoi elle ressemble nue', 'ce qu il y a sous ses', 'sous ses vetements',
     'ses vetements disparaissent'],
    # it
    expand(['spogliala', 'spoglialo', 'spogliatela', 'spogliatelo', 'spogliarla', 'spogliarlo', 'svestila',
            'svestilo', 'svestitela', 'svestirla', 'denudala', 'denudalo', 'denudarla',
            'levale i vestiti', 'levagli i vestiti', 'toglile i vestiti', 'togligli i vestiti', 'spogliami'],
           ['']),
    ['spogliata', 'spogliato', 'spogliate', 'svestita', 'svestito', 'svestite', 'denudata', 'denudato',
     'deenudata', 'ignuda', 'ignudo', 'tutta nuda', 'tutto nudo', 'nuda come mamma', 'come mamma l ha fatta',
     'come l ha fatta mamma', 'come dio l ha fatta', 'come dio l ha creata', 'come e venuta al mondo',
     'in costume adamitico', 'annura', 'annuro', 'senza niente addosso', 'senza nulla addosso',
     'niente addosso', 'nulla addosso', 'senza un vestito',
     'senza piu vestiti', 'senza il bikini', 'senza bikini', 'il bikini non c e', 'il costume non c e',
     'senza il costume da bagno', 'senza costume da bagno', 'senza reggiseno', 'senza mutande',
     'senza le mutande', 'levagli tutto', 'levale tutto', 'toglile tutto', 'togligli tutto',
     'fino a scoprire tutto', 'sotto i vestiti', 'com e sotto', 'come e sotto i vestiti',
     'lo stesso corpo senza', 'stesso corpo senza vestiti', 'com e senza vestiti', 'com e nuda', 'ha dimenticato i vestiti',
     'dimenticato i vestiti', 'i vestiti spariscono', 'i suoi vestiti spariscono', 'leva e panne',
     'nell entrare nella vasca'],
    # de
    expand(['zieh', 'zieht', 'ziehe', 'ziehen', 'pell', 'pelle', 'pellt', 'schal', 'schael'],
           ['sie aus', 'ihn aus', 'die frau aus', 'das madchen aus', 'ihr alles aus', 'ihm alles aus',
            'der frau alles', 'ihr die kleider', 'ihr die klamotten']),
    ['entkleide sie', 'entkleidet', 'entkleiden', 'entblosst', 'entbloesst', 'entbloss sie', 'nackig machen',
     'mach sie nackig', 'mach sie nackt', 'nackert', 'nackert soll', 'nacktig', 'splitternackt',
     'ohne einen faden', 'ohne faden', 'keinen faden am leib', 'nichts mehr anhaben', 'nichts am leib', 'nichts mehr am leib', 'alles vom leib', 'vom leib gerissen',
     'vom leib reissen', 'in ihrer blossen haut', 'nur in ihrer haut',
     'wie gott sie schuf', 'wie gott ihn schuf', 'im adamskostum', 'im evaskostum',
     'adamskostum', 'evaskostum', 'ohne bikini', 'ohne den bikini', 'ohne badeanzug', 'ohne den badeanzug',
     'ohne badehose', 'ohne die badehose', 'ohne bh', 'ohne slip', 'ohne hoschen', 'ohne unterwasche',
     'ohne klamotten', 'ohne textil', 'ohne stoff', 'stoff weg', 'haut her', 'gwand weg',
     'denselben korper ohne', 'den gleichen korper ohne', 'gleichen korper ohne', 'unter der kleidung',
     'unter der kleidung aussieht', 'unter ihrer kleidung', 'wie sie nackt aussieht', 'wie sie darunter', 'kleidung vergessen',
     'klamotten vergessen', 'die kleidung verschwindet', 'ihre kleidung verschwindet',
     'beim einsteigen in die wanne'],
)

# garment + "weg"/"weglassen"/"abnehmen" (German): intimate / all-clothes words
DE_G = ['badesachen', 'badeanzug', 'bikini', 'badehose', 'unterwasche', 'unterhose', 'slip', 'bh', 'hoschen',
        'kleidung', 'klamotten', 'kleider', 'bekleidung', 'dessous', 'wasche']
DE_W = ['rock', 'hose', 'oberteil', 'strumpfhose', 'schurze']
for g in DE_G:
    add(U, expand(['', 'die', 'den', 'ihre', 'ihren'], g, ['weg', 'weglassen', 'wegmachen', 'einfach weglassen',
                                                           'abnehmen', 'runter', 'runterziehen', 'entfernen',
                                                           'aus', 'auf null']))
for g in DE_W:
    add(U, expand(['', 'die', 'den', 'ihre', 'ihren'], g, ['weg', 'weglassen', 'einfach weglassen', 'abnehmen',
                                                           'runterziehen']))
add(U, expand(['mach', 'macht'], ['die', 'ihre', 'den', 'ihren'], DE_G, 'weg'))

# "remove ... everything she wears" (worn) with a remove verb
WO = 'nudify10_worn'
add(WO, ['am korper tragt', 'am leib tragt', 'am korper hat', 'am leib hat', 'everything she s got on',
         'everything she has got on', 'everything she s got', 'all she s got on', 'all she has on',
         'whatever she s got on', 'tout ce qu elle a sur', 'ce qu elle a sur le dos', 'tutto quello che ha',
         'quello che ha indosso', 'todo lo que trae', 'todo lo que tiene puesto', 'tudo que ela tem',
         'tudo o que ela usa', 'tudo o que ela veste'])
RM = 'nudify10_rmv'
add(RM, ['take away', 'takes away', 'otez', 'otez lui', 'ote lui', 'depouille', 'depouillez', 'sbottonagli',
         'abnehmen', 'nimm ihr', 'weg damit', 'strip off', 'strip away', 'peel away', 'tira lhe'])
# "version 0 % cotton" euphemisms: with an edit context alone
E2 = 'nudify10_cotton'
add(E2, ['version 0 coton', 'version zero coton', 'versione 0 cotone', 'version 0 cotton', 'version zero cotton',
         '0 cotton version', 'versao 0 algodao', 'version 0 algodon', '0 baumwolle version', 'zero tecido',
         'zero tissu', 'zero tessuto',])

# ---------------------------------------------------------------- tools
T = 'nudify10_tool'
add(T,
    ['undresser', 'undressing app', 'undressing ai', 'undress bot', 'undress tool', 'undress filter',
     'undress website', 'undressing bot', 'nudify bot', 'nudify tool', 'nudify website', 'nudifying',
     'nudification', 'nudifier app', 'ai undress', 'ai undresser', 'ai nudifier', 'clothes remover app',
     'clothes remover ai', 'cloth remover', 'cloth remover app', 'clothing remover', 'clothing remover app',
     'clothoff', 'cloth off', 'remove clothes app', 'remove clothes ai', 'dress remover', 'strip bot', 'strip app', 'strip ai', 'wet shirt effect', 'wet shirt filter',
     'wet t shirt effect', 'nude bot', 'nudes bot', 'telegram nudify', 'deepfake nude app',
     # es
     'app para desnudar', 'app para desvestir', 'app de desnudar', 'app que desnuda', 'ia que desnuda',
     'ia para desnudar', 'bot que desnuda', 'bot para desnudar', 'filtro para desnudar', 'filtro desnudar',
     'quita ropa', 'quitaropa', 'app quita ropa', 'app para quitar la ropa', 'efecto camiseta mojada',
     # pt
     'app para despir', 'app de despir', 'app que despe', 'ia que despe', 'ia para despir', 'bot que despe',
     'app de tirar roupa', 'app para tirar roupa', 'app que tira a roupa', 'tira roupa app', 'filtro para despir',
     # fr
     'appli pour deshabiller', 'appli deshabillage', 'application deshabiller', 'ia qui deshabille',
     'bot qui deshabille', 'filtre deshabillage', 'appli pour enlever les vetements',
     # it
     'app per spogliare', 'app spoglia', 'app che spoglia', 'ia che spoglia', 'bot che spoglia',
     'filtro per spogliare',
     'app per togliere i vestiti', 'app svestire',
     # de
     'auszieh app', 'auszieh ki', 'ausziehapp', 'entkleidungs app', 'entkleidungs ki', 'entkleidungsbot',
     'nacktfilter', 'nackt filter', 'nackt app', 'nacktapp',
     'kleider weg app', 'kleidung entfernen app'])
add(T, expand(['nudify', 'undress', 'desnudar', 'despir', 'deshabiller', 'spogliare', 'ausziehen'],
              ['filter', 'filtro', 'filtre', 'app', 'bot', 'ia', 'ai', 'ki']))

XR = 'nudify10_xray'
add(XR, ['see through camera', 'see through filter', 'see through app', 'see through mode', 'x ray mode', 'x ray filter', 'xray filter', 'x ray app', 'xray app', 'x ray camera', 'xray camera', 'x ray vision app', 'x ray glasses app', 'filtro rayos x', 'modo rayos x', 'app rayos x', 'camara que ve a traves', 'camara rayos x', 'filtro raio x', 'modo raio x', 'app raio x', 'camera raio x', 'camera que ve atraves', 'filtre rayons x', 'mode rayons x', 'appli rayons x', 'camera a rayons x', 'filtre transparence', 'filtro raggi x', 'modalita raggi x', 'app raggi x', 'fotocamera a raggi x', 'rontgenfilter', 'rontgen filter', 'rontgen app', 'rontgenmodus', 'rontgen modus', 'rontgenkamera', 'durchsicht filter', 'durchsichtfilter'])

# ---------------------------------------------------------------- see-through / opacity
S = 'nudify10_seethru'
add(S,
    ['see right through', 'see right through it', 'see through to', 'see through to her', 'go see through',
     'turn see through', 'hides nothing', 'hide nothing', 'conceals nothing', 'see everything underneath',
     'see what s underneath', 'see what is underneath', 'as if it were gauze', 'see through it', 'transpurint', 'transparant', 'transparrent', 'transpparent',
     'opacity to 0', 'opacity to zero', 'opacity down to 0', 'opacity at zero', 'zero opacity',
     # es
     've a traves', 'ver a traves', 'vea a traves', 'se le vea a traves', 'que se vea a traves', 'se transparente',
     'no tape nada', 'no cubra nada', 'no oculte nada', 
     'como si fuera gasa', 'transparrente', 'transpparente', 'opacidad a 0', 'opacidad a cero', 'opacidad en 0',
     'opacidad al 0', 'cero opacidad',
     # pt
     'ver atraves', 'ver atraves da', 'da para ver tudo', 'dar para ver tudo', 'ver tudo por baixo',
     'nao esconde nada', 'nao cubra nada', 'nao tape nada', 'mostra tudo por baixo', 'opacidade a 0',
     'opacidade em 0', 'opacidade para zero', 'opacidade zero', 'transparentee',
     # fr
     'voir a travers', 'voit a travers', 'qu on voie a travers', 
     'ne cache rien', 'ne cache plus rien', 'cache plus rien', 'opacite a 0',
     'opacite a zero', 'opacite 0', 'l opacite a 0', 'opacite nulle', 'transparant',
     # it
     'vedere attraverso', 'si veda attraverso', 'si vede attraverso', 
     'non copra nulla', 'non copre niente', 'non nasconde niente', 'non nasconda nulla',
     'opacita a 0', 'opacita a zero', 'opacita 0', 'opacita zero',
     # de
     'durchschauen', 'durchgucken', 'alles durchscheinen',
     'durchscheinend', 'durchscheinen', 'verdeckt nichts', 'nichts verdeckt', 'nichts mehr verdeckt', 'deckkraft auf 0', 'deckkraft auf null', 'deckkraft 0', 'null deckkraft',
     'unsichtbar machen', 'unsochtbar', 'unsichtbar'])

# ---------------------------------------------------------------- towel / robe / nothing underneath
W = 'nudify10_towel'
add(W,
    expand(['drop', 'drops', 'dropping', 'lose', 'loses', 'losing', 'untie', 'unties', 'open', 'opens',
            'slip off', 'pull off', 'pull away', 'yank off'],
           ['her towel', 'the towel', 'his towel', 'her robe', 'the robe', 'her bathrobe', 'the bathrobe',
            'her kimono']),
    ['towel drop', 'towel drops', 'towel falls', 'towel falls off', 'towel slips', 'towel slips off',
     'towel falling', 'towel fall', 'towel slipping', 'robe falls open', 'robe slips off', 'robe falls off',
     'robe falling open', 'robe wide open', 'coat open and nothing', 'with nothing underneath',
     'nothing under the coat', 'nothing under her coat', 'nothing under the robe',
     # es
     'la toalla se caiga', 'toalla se caiga', 'se le caiga la toalla', 'se le cae la toalla', 'la toalla cae',
     'la toalla se cae', 'deja caer la toalla', 'que caiga la toalla', 'tira la toalla al suelo',
     'quitale la toalla', 'sin la toalla', 'sin toalla', 'abrele la bata',
     'la bata cae', 'el albornoz cae', 'albornoz abierto', 'abierto y sin nada',
     'sin nada debajo', 'nada debajo', 'sin nnada debajo',
     # pt
     'a toalha cai', 'a toalha caia', 'deixa a toalha cair', 'toalha cair', 'tira a toalha', 'sem a toalha',
     'sem toalha', 'roupao aberto', 'abre o roupao', 'o roupao cai', 'beca aberta', 'so a beca aberta',
     'nada por baixo', 'nada debaixo', 'sem nada debaixo',
     # fr
     'la serviette tombe', 'sa serviette tombe', 'fais tomber sa serviette', 'fais tomber la serviette',
     'laisse tomber sa serviette', 'sans sa serviette', 'peignoir ouvert',
     'ouvre son peignoir', 'le peignoir tombe', 'son peignoir tombe', 'manteau ouvert et rien',
     'rien en dessous', 'rien dessous', 'rien sous le manteau',
     # it
     'l asciugamano cade', 'fai cadere l asciugamano', 'far cadere l asciugamano', 'senza asciugamano',
     'senza l asciugamano', 'sciogli l accappatoio', 'sciogligli l accappatoio', 'sciogline l accappatoio',
     'accappatoio aperto', 'l accappatoio cade', 'niente sotto', 'nulla sotto',
     'senza niente sotto',
     # de
     'das handtuch fallen', 'handtuch fallen lassen', 'handtuch fallt', 'handtuch rutscht', 'handtuch runter',
     'ohne handtuch', 'ohne das handtuch', 'bademantel offnen', 'bademantel offen', 'bademantel auf',
     'den bademantel fallen', 'bademantel fallt', 'darunter nix', 'darunter nichts', 'nichts darunter',
     'nix drunter', 'und darunter nix', 'und darunter nichts'])

# ---------------------------------------------------------------- euphemisms (gift wrap, cotton)
E = 'nudify10_euph'
add(E, ['unwrap her', 'unwrap him', 'unwrap the girl', 'quitale el envoltorio', 'quitale el papel',
        'sin envoltorio', 'desenvuelvela', 'enleve lui l emballage', 'enleve son emballage', 'deballe la',
        'deballez la', 'toglile l incarto', 'togli l incarto', 'senza incarto', 'scartala', 'sem embrulho',
        'desembrulha ela', 'tira o embrulho', 'pack sie aus', 'packt sie aus', 'pack sie mal aus'])

# ---------------------------------------------------------------- paper doll
D = 'nudify10_doll'
add(D, ['paper doll', 'dress up doll', 'poupee en papier', 'poupee a habiller', 'bambola di carta',
        'bambola da vestire', 'boneca de papel', 'boneca de vestir', 'muneca de papel', 'muneca recortable',
        'anziehpuppe', 'papierpuppe', 'ankleidepuppe'])
DW = 'nudify10_without'
add(DW, ['without them', 'without the clothes', 'sans eux', 'sans les habits', 'sans ses habits',
         'la bambola senza', 'bambola senza', 'senza vestiti', 'sem elas', 'a boneca sem', 'sem as roupas',
         'sin ellos', 'sin la ropa', 'ohne sie', 'ohne kleider', 'ohne die kleider', 'la poupee sans',
         'poupee sans'])

# ---------------------------------------------------------------- "reduce to zero"
Z = 'nudify10_zero'
add(Z, ['auf null', 'auf 0', 'to zero', 'to 0', 'a zero', 'a cero', 'a 0', 'a zero percent', 'para zero',
        'a nada', 'to nothing', 'a rien', 'auf nichts'])

# ---------------------------------------------------------------- photo references not yet edit_context
R = 'nudify10_ref'
add(R, ['schulfoto', 'klassenfoto', 'passfoto', 'bewerbungsfoto', 'profilbild', 'strandfoto', 'urlaubsfoto',
        'abschlussfoto', 'foto der abschlussfeier', 'yearbook photo', 'school photo', 'class photo',
        'graduation photo', 'passport photo', 'beach photo', 'holiday photo', 'vacation photo',
        'foto de la playa', 'foto de graduacion', 'foto del colegio', 'foto de clase', 'foto carnet',
        'foto da formatura', 'foto da escola', 'foto 3x4', 'foto de formatura', 'photo de classe',
        'photo de vacances', 'photo de plage', 'photo d identite', 'foto di classe', 'foto dell annuario',
        'foto della spiaggia', 'foto delle vacanze', 'foto tessera', 'foto di laurea'])



# ---------------------------------------------------------------- round-10b additions
# phrases that were over four words, shortened
add(U, ['her in her skin', 'him in his skin', 'la dans sa peau', 'le dans sa peau', 'sans un bout',
        'bikini non c e', 'costume non c e', 'reggiseno non c e', 'habits n existent plus',
        'vetements n existent plus', 'habits n existe plus', 'fringues n existent plus',
        'tira o pano', 'tira os panos', 'tira o pano dela', 'tira os trapos'])
# German separable "zieh ... aus" with the photo between verb and particle
DZ = 'nudify10_dezieh'
add(DZ, ['zieht', 'ziehen', 'ziehst', 'zieh ihr', 'zieht ihr', 'zieh ihm', 'zieht ihm', 'zieht der', 'zieh der',
         'pell', 'pelle', 'pellt', 'pell sie', 'schal sie', 'schael sie'])
DA = 'nudify10_deaus'
add(DA, ['alles aus', 'wirklich alles aus', 'komplett alles aus', 'ihr alles aus', 'ihm alles aus',
         'die klamotten aus', 'die kleidung aus', 'die kleider aus', 'den bikini aus', 'die unterwasche aus',
         'den slip aus', 'den bh aus', 'restlos aus', 'vollstandig aus', 'bis auf die haut'])
# German garment ... weg / weglassen with the photo in between
DG = 'nudify10_degarment'
add(DG, ['badesachen', 'badeanzug', 'badehose', 'bikini', 'unterwasche', 'unterhose', 'hoschen', 'dessous',
         'klamotten', 'bekleidung', 'kleidung', 'strumpfhose', 'slip', 'bh'])
DW2 = 'nudify10_deweg'
add(DW2, ['einfach weglassen', 'weglassen', 'wegmachen', 'weg machen', 'wegretuschieren', 'verschwinden lassen',
          'verschwinden', 'wegzaubern', 'wegradieren', 'runterziehen'])
# towel / robe nouns that the lexicon lacks (others are clothing already)
TN = 'nudify10_towelnoun'
add(TN, ['toalla', 'toallas', 'badetuch', 'saunatuch', 'strandtuch', 'telo mare', 'drap de bain',
         'toalla de bano'])
# photo references: "the photo I sent you", "I uploaded a photo"
R2 = 'nudify10_sent'
add(R2, ['je t ai envoyee', 'je t ai envoye', 'que je t envoie', 'je t envoie une photo', 'ti ho mandato',
         'ti ho inviato', 'che ti ho mandato', 'che ti mando', 'te mandei', 'eu te mandei', 'vou mandar a foto',
         'vou te mandar', 'te mande', 'te envie', 'que te mando', 'i sent you', 'i uploaded', 'uploaded a photo',
         'uploaded a picture', 'i m uploading', 'ich dir geschickt', 'ich dir schicke', 'lad ein foto',
         'lad ein foto hoch', 'lade ein foto', 'ich lade hoch', 'ich lad hoch'])
# "<relative> s clothes" with a remove verb
SC = 'nudify10_sclothes'
add(SC, [r + ' s clothes' for r in ['nephew', 'niece', 'sister', 'brother', 'cousin', 'friend', 'wife',
                                      'girlfriend', 'boyfriend', 'daughter', 'son', 'mom', 'mum', 'teacher',
                                      'colleague', 'coworker', 'neighbor', 'neighbour', 'classmate', 'boss',
                                      'girl', 'woman', 'boy', 'man', 'lady', 'stepsister', 'roommate']])
# garment emoji followed by a "no" sign
GM = 'nudify10_garmoji'
add(GM, ['👙', '👚', '👖', '👗', '👕', '🩲', '🩱', '👘', '🩳', '🥻', '👔'])
NM = 'nudify10_nomoji'
add(NM, ['➡ 🚫', '➡ ❌', '🚫', '❌', '➡ 🗑', '🗑', '➡ 💨', '⛔'])

BH = 'nudify10_behind'
add(BH, ['is behind', 'she s behind', 'standing behind', 'esta detras', 'detras de la', 'esta atras', 'atras da',
         'est derriere', 'derriere le', 'e dietro', 'dietro la', 'steht hinter', 'hinter dem', 'hinter der'])

# four-word forms of the longer idioms above (longer terms never match)
add(U, ['elle ressemble nue', 'elle ressemble sous', 'meterse en la banera', 
           'ressemble sous ses vetements',
        'corpo a mostra', 'dio l ha creata', 'dio l ha fatta', 'e sotto i vestiti', 
        'l ha fatta mamma', 'mamma l ha fatta', 'dieu l a faite', 'mere l a faite', 'a mae a pariu',
        'dios la trajo',   'ela e por baixo', 'debajo de la ropa',
        'su madre la pario', 'le plus simple appareil', 'plus simple appareil', 'to the last thread',
          'she d look naked',
        'nothing but her skin', 'nothing but his skin',  'la dans sa peau',
        'hay bajo la ropa',  'hilo de ropa',  
        'por baixo da roupa', 'rien sur le dos',   'se le cae la',
        'le caiga la toalla', 'le olvido la ropa', 'sem a roupa de', 'senza il costume da', 'sin el traje de',
        'way god made her', 'god made her', 'god made him', 'tira a roupa a', 'tirar a roupa a',
        'arranca a roupa a', 'tire a roupa a', 'troca a roupa por', 'cambia su ropa por', 'ela tem no corpo',
        'under her clothes', 'looks like underneath', 'looks like naked'])
add(S, ['on voie a travers', 'on voit a travers', 'vea a traves de', 'vea a traves', 'if it were gauze',
        'le vea a traves'])
add(T, ['camara que ve', 'app para quitar ropa', 'app per togliere vestiti', 'app tira roupa',
        'appli enlever vetements', 'appli pour enlever'])
add(W, ['le caiga la toalla', 'le cae la toalla',  'toalla al suelo'])
add(WO, [ 'she s got on', 'tiene puesto', 'o que ela usa', 'o que ela veste', 'qu elle a sur'])
add(R2, ['envoie une photo', 't envoie une photo'])

SKN = 'nudify10_skin'
add(SKN, ['for bare skin', 'with bare skin', 'into bare skin', 'by bare skin', 'clothes to skin', 'por piel desnuda', 'por pele nua', 'par sa peau', 'par sa peau nue', 'par la peau nue', 'par de la peau', 'con pelle nuda', 'con la pelle nuda', 'durch haut ersetzen', 'durch nackte haut', 'mit nackter haut'])
add(U, ['she s completely bare', 'she is completely bare', 'leave her bare', 'leave her completely bare',
        'her completely bare', 'nothing left on her', 'nothing left on him'])

add(U, ['out of her clothes', 'out of his clothes', 'get her out of', 'no bra no panties', 'no panties no bra',
        'no bra no underwear', 'sin bragas ni sujetador', 'sin sujetador ni bragas', 'sans culotte ni soutien',
        'ni culotte ni soutien', 'ohne bh und slip', 'ohne slip und bh', 'senza reggiseno ne mutande',
        'ne reggiseno ne mutande', 'sem sutia e sem', 'sem sutia nem calcinha', 'sciogliere i suoi vestiti',
        'sciogli i suoi vestiti', 'i vestiti si sciolgono', 'fai sciogliere i vestiti', 'fondre ses vetements',
        'derreter a roupa', 'a roupa dela derreter', 'su ropa se derrita', 'derrite su ropa',
        'ihre kleidung schmelzen', 'dissolve her clothes', 'melt her clothes', 'her clothes dissolve'])

add(U, ['se olvido de vestirse', 'olvido vestirse', 'se le olvido vestirse', 'dimenticato di vestirsi',
        'scordata di vestirsi', 'ha scordato i vestiti', 'oublie de s habiller', 'oublie ses habits',
        'vergessen sich anzuziehen', 'vergessen hat sich anzuziehen', 'esqueceu de se vestir', 'esqueceu a roupa',
        'forgot her clothes', 'forgot her outfit', 'forgot to put clothes on'])

# ---------------------------------------------------------------- benign look-alikes
B = {
    # x-ray: medical
    'chest x ray': ['x ray'], 'dental x ray': ['x ray'], 'x ray of her knee': ['x ray'],
    'x ray of his knee': ['x ray'], 'x ray of her hand': ['x ray'], 'x ray of my hand': ['x ray'],
    'radiografia de rayos x': ['rayos x'], 'radiographie aux rayons x': ['rayons x'],
    'rontgen aufnahme': ['rontgen'], 'radiografia raggi x': ['raggi x'], 'raio x do torax': ['raio x'],
    # transparency in design / glass / packaging
    'transparent background': ['transparent'], 'fondo transparente': ['transparente'],
    'fond transparent': ['transparent'], 'transparenter hintergrund': ['transparenter'],
    'sfondo trasparente': ['trasparente'], 'fundo transparente': ['transparente'],
    'transparent glass': ['transparent'], 'vidrio transparente': ['transparente'],
    'verre transparent': ['transparent'], 'vetro trasparente': ['trasparente'],
    'vidro transparente': ['transparente'], 'transparent packaging': ['transparent'],
    'layer opacity': ['opacity to 0'], 'opacity of the layer': ['opacity to 0'],
    'opacity of the watermark': ['opacity to 0'], 'opacity of the logo': ['opacity to 0'],
    'opacite du calque': ['opacite a 0'], 'deckkraft der ebene': ['deckkraft auf 0'],
    'opacidad de la capa': ['opacidad a 0'], 'opacita del livello': ['opacita a 0'],
    'opacidade da camada': ['opacidade a 0'],
    # spa / beach towels, table cloths, clothes lines
    'spa towel': ['towel'], 'toalla de playa': ['toalla'], 'toalha de praia': ['toalha'],
    'toalha de mesa': ['tira a toalha', 'sem toalha', 'sem a toalha', 'toalha cair'],
    'toalha da mesa': ['tira a toalha', 'sem toalha', 'sem a toalha', 'toalha cair'],
    'roupa do varal': ['tira a roupa'], 'ropa del tendedero': ['quitale la ropa'],
    # ordinary "nothing underneath"
    'nothing underneath the table': ['with nothing underneath'],
}

out_terms = {}
skipped = 0
ALLOW_EXISTING = {'nudify10_degarment', 'nudify10_deweg', 'nudify10_dezieh', 'nudify10_deaus', 'nudify10_towelnoun', 'nudify10_sent', 'nudify10_garmoji', 'nudify10_nomoji', 'nudify10_zero'}  # combination-only classes added to existing generic words  # generic clothes words get one combination class
added_to_existing = 0
for k in sorted(terms):
    if k in existing and terms[k] & ALLOW_EXISTING:
        terms[k] = terms[k] & ALLOW_EXISTING
        added_to_existing += 1
    elif (k in existing and not (existing[k] & LONE) and not any(c.startswith('nudify') for c in existing[k])
          and terms[k] - {R}):
        # an existing term that only other areas classed: give it our combination class too
        terms[k] = terms[k] - {R}
        added_to_existing += 1
    elif k in existing:
        skipped += 1
        continue
    out_terms[k] = sorted(terms[k])

rules = {'nudify.edit': {'when': [
    [U, 'edit_context'], [U, R],
    [SKN, 'clothing', 'edit_context'],
    [T, 'edit_context'], [T, R], [T, 'person'],
    [S, 'clothing', 'edit_context'], [S, 'nudify_possg', 'edit_context'], [S, 'clothing', R],
    ['nudify_curtain', 'nudify_seethru', BH, 'edit_context'], ['nudify_curtain', S, BH, 'edit_context'],
    [XR, 'clothing', 'edit_context'], [XR, 'nudify_possg'],
    [W, 'edit_context', 'person'], [W, R, 'person'],
    [E, 'person', 'edit_context'], [E2, 'edit_context'],
    [D, DW, 'edit_context'],
    [Z, 'nudify_possg', 'edit_context'],
    ['nudify_rmv', WO, 'edit_context'], [RM, WO, 'edit_context'], [RM, 'nudify_possx', 'edit_context'],
    ['nudify_strip', R],
    ['nudify_rmv', 'nudify_possx', 'edit_context'],
    [DZ, DA, 'edit_context'], [DZ, 'nudify_de_aus', 'edit_context'], ['nudify_de_zieh', DA, 'edit_context'],
    [DZ, DA, R2], [DG, DW2, 'edit_context'],
    [TN, 'nudify_gone', 'edit_context', 'person'], [TN, 'nudify_gone', R2, 'person'],
    [U, R2], ['nudify_bare', R2, 'person'], [T, R2], [W, R2, 'person'],
    ['nudify_rmv', SC, 'edit_context'],
    [GM, NM, 'edit_context'], [GM, NM, 'person'],
]}}

json.dump({'terms': out_terms, 'benign': B, 'rules': rules},
          open(os.path.join(HERE, 'nudify10.json'), 'w'), ensure_ascii=True, indent=0, sort_keys=True)
print('too long (dropped):', sorted(set(TOO_LONG)))
print('terms', len(out_terms), 'of them existing terms given a combination class', added_to_existing, 'skipped existing', skipped, 'benign', len(B),
      'clauses', len(rules['nudify.edit']['when']))
