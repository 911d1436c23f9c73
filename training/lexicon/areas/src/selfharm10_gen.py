#!/usr/bin/env python3
"""Builds selfharm10.json: round-ten self-harm / suicide / pro-ED terms in six languages.

All new classes are combination classes (prefix selfharm10_); nothing here fires alone.
Terms are written in candor's normalised form (lowercase ASCII, accents stripped,
apostrophes and hyphens become spaces: "tue-toi" -> "tue toi", "m'en vais" -> "m en vais").
"""
import json, os, itertools

T = {}
B = {}
LONG = []


def add(cls, *phrases):
    for p in phrases:
        if isinstance(p, (list, tuple, set)):
            add(cls, *p)
            continue
        p = ' '.join(p.split())
        if not p or len(p.split()) > 4:
            LONG.append(p)
            continue
        T.setdefault(p, [])
        if cls not in T[p]:
            T[p].append(cls)


def benign(phrase, *terms):
    phrase = ' '.join(phrase.split())
    B.setdefault(phrase, [])
    for t in terms:
        if t not in B[phrase]:
            B[phrase].append(t)


def cross(*parts):
    out = []
    for combo in itertools.product(*parts):
        out.append(' '.join(x for x in combo if x))
    return out

# ---------------------------------------------------------------------------
# 1. telling someone to kill themselves (strong reflexive imperatives / subjunctives)
TK = 'selfharm10_tellkill'
en_kill = ['kill', 'end', 'hang', 'off', 'unalive', 'drown', 'neck', 'shoot']
en_obj = ['yourself', 'yourselves', 'urself', 'urselves', 'your self', 'ya self']
for v in en_kill:
    for o in en_obj:
        add(TK, f'{v} {o}', f'go {v} {o}', f'just {v} {o}', f'pls {v} {o}', f'please {v} {o}')
add(TK, 'kill yourself already', 'go die in a hole', 'drink bleach', 'go drink bleach',
    'jump off a bridge', 'go jump off a bridge', 'jump off a cliff', 'go jump off a cliff',
    'jump in front of', 'go hang', 'hope you die', 'i hope you die', 'hope u die', 'hope you kill',
    'you should kill', 'u should kill', 'you should die', 'you should just die', 'should kill himself',
    'should kill herself', 'should kill themselves', 'should end it', 'just end it already',
    'go end it', 'end it already', 'do us a favour and die', 'wish you were dead', 'better off dead',
    'you deserve to die', 'nobody would miss you', 'go and die', 'die already', 'just die',
    'go die', 'pls die', 'please die', 'kys', 'kys now', 'neck urself', 'rope yourself',
    'unalive urself', 'commit suicide already', 'go commit suicide', 'tell him to kill',
    'tell her to kill', 'tells him to kill', 'tells her to kill', 'telling him to kill',
    'telling her to kill', 'decision to end it', 'support your decision to end', 'your last one',
    'end yourself already', 'it s ok to give up for good', 'give up for good', 'ok to give up for good')
# es
es = ['matate', 'matense', 'matese', 'mataos', 'suicidate', 'suicidense', 'suicidese', 'suicidaos',
      'ahorcate', 'ahorquense', 'ahorquese', 'cuelgate', 'tirate por la ventana', 'tirate de un puente',
      'tirate del puente', 'tirate a las vias', 'tirense', 'tirate de la azotea', 'tirate al tren',
      'que te mates', 'que te suicides', 'que se mate', 'que se suicide', 'que se maten', 'que te ahorques',
      'que te tires', 'ojala te mueras', 'ojala te mates', 'ojala se muera', 'ojala no despiertes',
      'ojala no despiertes manana', 'mejor muerete', 'mejor se muera', 'mejor te mueres', 'que mejor se muera',
      'mejor matate', 'deberias matarte', 'deberias morirte', 'deberias suicidarte', 'vete a morir',
      'vete a matarte', 've a matarte', 'anda a matarte', 'andate a matar', 'muerete ya', 'muerete de una vez',
      'hazle un favor al mundo', 'haznos un favor y muerete', 'matate de una vez', 'matate ya', 'mueranse',
      'muerase', 'mueranse todos', 'matense todos', 'desvivete', 'quitate la vida', 'quitense la vida',
      'acaba con tu vida', 'acaba con todo ya']
add(TK, es)
# fr
fr = ['tue toi', 'tuez vous', 'suicide toi', 'suicidez vous', 'pends toi', 'pendez vous', 'jette toi',
      'jetez vous', 'jette toi du pont', 'jette toi par la fenetre', 'flingue toi', 'butte toi', 'bute toi',
      'que tu te tues', 'que tu te suicides', 'qu il se tue', 'qu elle se tue', 'que tu creves',
      'va te tuer', 'va te pendre', 'va te jeter', 'va mourir', 'va crever', 'allez crever', 'allez vous pendre',
      'allez vous tuer', 'creve donc', 'creve sale', 'creve en silence', 'tu devrais te tuer',
      'tu devrais mourir', 'tu devrais crever', 'tu devrais en finir', 'finis en', 'finis en ce soir',
      'tue tai', 'tu merites de mourir', 'rends service a tout le monde', 'rends nous service',
      'disparais de ce monde', 'passe a l acte', 'passez a l acte', 'fais le ce soir', 'personne te regrettera',
      'personne ne te regrettera', 'personne ne te pleurera', 'ta vie ne vaut rien']
add(TK, fr)
# de
de = ['bring dich um', 'bringt euch um', 'bringen sie sich um', 'bring dich doch um', 'bring dich endlich um',
      'bringt euch doch um', 'bring dich einfach um', 'bring dich halt um', 'dass du dich umbringst',
      'er soll sich umbringen', 'sie soll sich umbringen', 'soll sich umbringen', 'sollst dich umbringen',
      'solltest dich umbringen', 'das leben nehmen', 'sich das leben nehmen', 'nimm dir das leben',
      'nehmt euch das leben', 'nimm dir endlich das leben', 'sich endlich das leben', 'hang dich auf',
      'hangt euch auf', 'hang dich doch auf', 'geh dich aufhangen', 'geh dich doch aufhangen', 'geh sterben',
      'geh doch sterben', 'geht sterben', 'stirb endlich', 'stirb doch', 'verreck doch', 'verreck endlich',
      'verrecke', 'krepier doch', 'krepier endlich', 'spring doch', 'spring endlich', 'spring runter',
      'spring doch runter', 'spring vom dach', 'spring von der brucke', 'wirf dich vor den zug',
      'leg dich auf die gleise', 'tu uns allen den gefallen', 'tu der welt einen gefallen',
      'verschwinde aus der welt', 'verschwinde von der welt', 'mach schluss mit dem leben',
      'du bist eine last', 'du bist nur eine last', 'geh dich umbringen', 'ich halt dich nicht auf',
      'ich halte dich nicht auf']
add(TK, de)
# it
it = ['ammazzati', 'ammazzatevi', 'ammazzatevi tutti', 'ucciditi', 'uccidetevi', 'si uccida', 'che tu ti uccida',
      'che ti uccida', 'che si uccida', 'impiccati', 'impiccatevi', 'vatti a impiccare', 'vai a impiccarti',
      'vatti a uccidere', 'vai a ucciderti', 'vatti ad ammazzare', 'vai ad ammazzarti', 'buttati giu',
      'buttati dal ponte', 'buttati dal tetto', 'buttati dalla finestra', 'buttati sotto un treno',
      'buttatevi', 'buttati e basta', 'crepa', 'crepate', 'crepa pure', 'muori', 'muori male', 'morite',
      'dovresti ucciderti', 'dovresti morire', 'dovresti ammazzarti', 'fallo davvero', 'toglieti la vita',
      'togliti la vita', 'toglietevi la vita', 'falla finita', 'fatela finita', 'nessuno ti fermera',
      'nessuno ti piangera', 'nessuno ti vuole', 'nessuno sentira la tua mancanza', 'non aspettare']
add(TK, it)
# pt
pt = ['mata te', 'se mata', 'se matem', 'matem se', 'se mata logo', 'te mata', 'vai te matar', 'vai se matar',
      'va se matar', 'vai te enforcar', 'vai se enforcar', 'enforca te', 'se enforca', 'se enforquem',
      'suicida te', 'se suicida', 'se suicidem', 'atira te', 'atira te da ponte', 'se joga', 'se joga da ponte',
      'se joga logo', 'pula logo', 'pula da ponte', 'que voce se mate', 'que tu te mates', 'que se mate',
      'tomara que morra', 'tomara que voce morra', 'tomara que voce se mate', 'morre logo', 'morre de vez',
      'devias matar te', 'deverias matar te', 'voce deveria se matar', 'devia se matar', 'voce devia morrer',
      'faz um favor ao mundo', 'faca um favor ao mundo', 'ninguem ia chorar', 'ninguem vai chorar',
      'ninguem vai sentir falta', 'ninguem vai sentir a tua falta', 'nao existir mais', 'voce nao existir mais',
      'se quer mesmo faz', 'tira a tua vida', 'tira sua vida']
add(TK, pt)

# weak: plain "die" / "disappear" imperatives, and "do it" pushes (need a second cue)
DIE = 'selfharm10_die'
add(DIE, 'die', 'muerete', 'muere', 'mueras', 'creve', 'crevez', 'meurs', 'stirb', 'sterbt', 'verreck',
    'krepier', 'morra', 'morre', 'morram', 'disparais', 'disparaissez', 'desaparece', 'desaparecete',
    'verschwinde', 'verschwindet', 'sparisci', 'sparite', 'desaparece', 'some daqui', 'some do mapa',
    'desaparecer do mundo', 'muori', 'crepa', 'just do it', 'do it', 'hazlo', 'hacelo', 'fais le', 'mach es',
    'tu es', 'fallo', 'faz', 'faz isso', 'pula', 'salta', 'jump', 'spring', 'buttati', 'tirate', 'lanzate',
    'saute', 'sautez', 'pulem', 'se jogue', 'jump already', 'salta ya', 'saute donc')
# those short words are only used as a second cue next to an insult or carrier+target
JUMPC = 'selfharm10_jumpcmd'
INS = 'selfharm10_insult'
add(INS, 'nobody loves you', 'no one loves you', 'nobody likes you', 'nobody wants you', 'nobody wants you here',
    'no one wants you', 'nobody will miss you', 'no one will miss you', 'nobody would miss you',
    'nobody will cry', 'no one will cry', 'you re a burden', 'youre a burden', 'you are a burden',
    'you are worthless', 'you re worthless', 'do everyone a favour', 'do everyone a favor',
    'do the world a favour', 'do the world a favor', 'do us all a favour', 'do us all a favor',
    'world is better without', 'better off without you', 'the world without you', 'waste of oxygen',
    'waste of space', 'hope this is your last', 'your last birthday',
    'nadie te quiere', 'nadie te ama', 'nadie te va a extranar', 'nadie te extranara', 'nadie te echara de menos',
    'nadie va a llorar', 'nadie te va a llorar', 'eres una carga', 'eres un estorbo', 'no vales nada',
    'un favor al mundo', 'el mundo estaria mejor', 'mi deseo para ti',
    'personne ne t aime', 'personne t aime', 'personne ne te regrettera', 'personne te regrettera',
    'personne ne pleurera', 'tu es un poids', 't es un poids', 'tu es un fardeau', 't es un fardeau',
    'rends service', 'tu ne vaux rien', 't es inutile', 'le monde sera mieux',
    'niemand liebt dich', 'niemand mag dich', 'niemand will dich', 'niemand wird dich vermissen',
    'niemand vermisst dich', 'keiner wird dich vermissen', 'keiner vermisst dich', 'du bist eine last',
    'du bist nichts wert', 'alle waren glucklicher', 'alle waren besser dran', 'die welt ware besser',
    'den gefallen und', 'einen gefallen und',
    'nessuno ti ama', 'nessuno ti vuole', 'nessuno ti vuole bene', 'nessuno sentira la tua', 'nessuno ti piangera',
    'sei un peso', 'non vali niente', 'il miglior regalo', 'il mondo starebbe meglio',
    'ninguem te ama', 'ninguem gosta de ti', 'ninguem gosta de voce', 'ninguem te quer', 'ninguem ia chorar',
    'ninguem vai chorar', 'ninguem vai sentir falta', 'es um peso', 'voce e um peso', 'tu es um fardo',
    'o melhor presente', 'o mundo seria melhor', 'um favor ao mundo', 'nao vales nada')
CAR = 'selfharm10_carrier'
add(CAR, 'poster', 'meme', 'sticker', 'birthday card', 'greeting card', 'sympathy card', 'card saying',
    'caption', 'comment', 'comments', 'banner', 'mural', 'graffiti', 't shirt', 'tshirt', 'placard', 'sign saying',
    'that says', 'saying', 'with the text', 'with the words', 'group chat', 'dm', 'text message', 'note saying',
    'cartel', 'pancarta', 'pegatina', 'tarjeta', 'tarjeta de cumpleanos', 'que dice', 'que diga', 'diciendole',
    'con la frase', 'con el texto', 'comentario', 'comentarios', 'mural', 'pintada', 'grafiti', 'camiseta',
    'vineta', 'mensaje', 'affiche', 'autocollant', 'carte', 'carte d anniversaire', 'carte de voeux', 'qui dit',
    'ecrit', 'ecris', 'legende', 'commentaire', 'commentaires', 'banderole', 'pancarte', 'tag', 'message',
    'plakat', 'aufkleber', 'karte', 'geburtstagskarte', 'gluckwunschkarte', 'spruch', 'schriftzug',
    'kommentar', 'kommentare', 'banner', 'wandbild', 'graffiti', 'shirt', 'nachricht', 'das ihm sagt',
    'das ihr sagt', 'der sagt', 'die sagt', 'manifesto', 'cartello', 'adesivo', 'biglietto',
    'biglietto di compleanno', 'con scritto', 'la scritta', 'scritta', 'scritto', 'commento', 'commenti',
    'striscione', 'maglietta', 'messaggio', 'che dice', 'cartaz', 'figurinha', 'cartao', 'cartao de aniversario',
    'escrito', 'a frase', 'com a frase', 'legenda', 'comentario', 'faixa', 'estampa de camiseta', 'mensagem',
    'que diz', 'demotivationsplakat', 'motivational poster', 'cartel motivacional', 'affiche de motivation',
    'poster motivazionale', 'cartaz motivacional', 'whatsapp', 'story', 'post')
# tell-kill with any target or carrier
RULES = []
def clause(*cls):
    RULES.append(list(cls))
for other in [CAR, INS, 'person', 'named_person', 'edit_context', 'selfharm_means', 'selfharm_place',
              'selfharm_place2', 'selfharm_emoji', 'selfharm_cute', 'selfharm_praise', 'selfharm_burden',
              'selfharm_jump', 'selfharm_hang', 'portrait', 'realistic']:
    clause(TK, other)
clause(DIE, INS)
clause(INS, CAR, 'selfharm_means')
clause(INS, CAR, 'selfharm_place')
clause(INS, CAR, 'selfharm_place2')
clause(INS, 'selfharm_jump')
clause(INS, 'selfharm_means')
clause(INS, 'selfharm_place')
clause(INS, 'selfharm_hang')

# ---------------------------------------------------------------------------
# 2. first-person wish to die / not exist, and euphemisms for the act
WANT = 'selfharm10_wantdie'
add(WANT, 'i want to die', 'i wanna die', 'want to die', 'wants to die', 'wanting to die', 'i want to disappear',
    'dont want to live', 'don t want to live', 'dont want to be here', 'don t want to be here', 'not want to live',
    'no reason to live', 'tired of living', 'tired of life', 'done with life', 'done with living', 'i m done living',
    'no longer be here', 'not be here anymore', 'wish i was dead', 'wish i were dead', 'wish i wasn t born',
    'quiero morir', 'quiero morirme', 'quiero desaparecer', 'no quiero vivir', 'no quiero seguir',
    'no quiero vivir mas', 'no quiero estar aqui', 'ya no quiero vivir', 'quiero dejar de existir',
    'me quiero morir', 'cansada de vivir', 'cansado de vivir', 'quisiera estar muerta', 'quisiera estar muerto',
    'je veux mourir', 'je veux disparaitre', 'je ne veux plus vivre', 'je veux plus vivre', 'veux plus vivre',
    'j ai plus envie de vivre', 'plus envie de vivre', 'le gout de vivre', 'pu le gout de vivre',
    'marre de vivre', 'fatigue de vivre', 'fatiguee de vivre', 'ne plus exister', 'je veux plus etre la',
    'ich will sterben', 'ich mochte sterben', 'will nicht mehr leben', 'mochte nicht mehr leben',
    'will nicht mehr da sein', 'mochte nicht mehr da sein', 'nicht mehr da sein', 'nicht mehr leben',
    'der sterben will', 'die sterben will', 'sterben will', 'sterben mochte', 'lebensmude', 'i hob gnua',
    'ich hab genug', 'keine lust mehr zu leben', 'ich will weg', 'nicht mehr aufwachen',
    'voglio morire', 'voglio sparire', 'non voglio piu vivere', 'non voglio vivere', 'voglio smettere di vivere',
    'stanca di vivere', 'stanco di vivere', 'nun voglio cchiu campa', 'voglio cchiu campa', 'non voglio svegliarmi',
    'voglio non svegliarmi', 'quero morrer', 'eu quero morrer', 'quero desaparecer', 'nao quero mais viver',
    'nao quero viver', 'quero deixar de existir', 'cansada de viver', 'cansado de viver', 'morrer e o meu sonho',
    'morrer e meu sonho', 'quero ir embora pra sempre', 'quero acabar com isto', 'quero acabar com tudo')
EXIT = 'selfharm10_exit'
add(EXIT, 'going through with it', 'go through with it', 'finally going through', 'went through with it',
    'end it all', 'ending it all', 'end it tonight', 'end things', 'ending things', 'check out early',
    'leave for good', 'leaving for good', 'go for good', 'gone for good', 'give up for good', 'let go for good',
    'let go forever', 'sleep forever', 'sleep for ever', 'never wake up', 'not wake up', 'won t wake up',
    'the day she jumps', 'the day he jumps', 'day i jump', 'the day i go', 'the day i leave', 'my exit',
    'my way out', 'unaliving', 'unaliven', 'unalived', 'unalive', 'self delete', 'self deleting', 'sewerslide',
    'sewer slide', 'acabar con todo', 'acabar con mi vida', 'terminar con todo', 'quitarme la vida',
    'quitarse la vida', 'dar el paso final', 'irse para siempre', 'irme para siempre', 'irnos juntas',
    'irse juntas', 'irse juntos', 'desvivir', 'desvivirse', 'des vivir', 'desaparecer para siempre',
    'canciones para desaparecer', 'no despertar', 'no despertar nunca', 'mi salida', 'en finir', 'en finir ce soir',
    'finir en', 'finis en', 'mettre fin a mes jours', 'mettre fin a ses jours', 'passer a l acte',
    'pour de bon', 'partir pour de bon', 'm en aller pour de bon', 'm en vais pour de bon', 'pour toujours',
    'me deconnecter pour de vrai', 'je me deconnecte pour de vrai', 'm eteindre', 'je vais m eteindre',
    'fin de partie', 'findepartie', 't as fini ton game', 'ne plus me reveiller', 'ne jamais me reveiller',
    'schluss machen', 'ich mach schluss', 'mach schluss', 'allem ein ende', 'ein ende setzen', 'ois beend',
    'alles beenden', 'alles beende', 'fur immer einschlafen', 'fur immer gehen', 'fur immer weg',
    'nicht mehr aufwachen', 'ich beende es', 'es beenden', 'endgultig gehen', 'farla finita', 'farla finita stasera',
    'staccare la spina', 'stacco la spina', 'stacco la spina per sempre', 'andarmene per sempre',
    'andarsene per sempre', 'viaggio senza ritorno', 'senza ritorno', 'ultimo viaggio', 'l ultimo viaggio',
    'l ultimo passo', 'ultimo passo', 'lasciarsi morire', 'si lascia morire', 'ultimo giorno in generale',
    'acabar com tudo', 'acabar com isto', 'acabar com a minha vida', 'ir embora pra sempre', 'ir embora para sempre',
    'me fosse embora', 'partir para sempre', 'vou de base', 'ir de base', 'dormir para sempre', 'nao acordar mais',
    'tirar a minha vida', 'tirar a propria vida', 'matando se', 'matandose', 'matandome', 'matando me',
    'se lanza del tejado', 'se lance du toit', 'se tirer une balle', 'lascia morire di fame')
PRET = 'selfharm10_pretty'
add(PRET, 'beautiful', 'beautifully', 'pretty', 'cute', 'cutely', 'aesthetic', 'aesthetically', 'romantic',
    'dreamy', 'peaceful', 'poetic', 'glamorous', 'glamour', 'soft pink', 'kawaii', 'gorgeous', 'lovely', 'sad beauty',
    'bonito', 'bonita', 'precioso', 'preciosa', 'hermoso', 'hermosa', 'tierno', 'tierna', 'romantico', 'romantica',
    'estetico', 'estetica', 'poetico', 'poetica', 'mono', 'beau', 'belle', 'joli', 'jolie', 'mignon', 'mignonne',
    'romantique', 'poetique', 'esthetique', 'douce', 'doux', 'glamour', 'schon', 'wunderschon', 'hubsch', 'suss',
    'romantisch', 'poetisch', 'asthetisch', 'friedlich', 'bello', 'bella', 'carino', 'carina', 'romantico',
    'poetico', 'estetica', 'dolce', 'lindo', 'linda', 'fofo', 'fofa', 'estetico', 'romantico', 'delicado',
    'delicada', 'tranquila', 'tranquilo', 'tranquille', 'ruhig', 'tranquillo', 'tranquilla', 'vibes')
ME = 'selfharm10_me'
add(ME, 'draw me', 'paint me', 'make me', 'picture of me', 'image of me', 'photo of me', 'me tonight', 'me doing',
    'this moment', 'that moment', 'dibujame', 'pintame', 'hazme', 'una imagen mia', 'foto mia', 'ese momento',
    'este momento', 'dessine moi', 'peins moi', 'fais moi', 'image de moi', 'photo de moi', 'ce moment',
    'mal mich', 'male mich', 'zeichne mich', 'zeichne mi', 'mal mi', 'bild von mir', 'foto von mir', 'mich dabei',
    'dabei', 'diesen moment', 'disegnami', 'dipingimi', 'fammi', 'foto mia', 'immagine di me', 'questo momento',
    'quel momento', 'desenha me', 'pinta me', 'faz me', 'foto minha', 'imagem minha', 'esse momento',
    'desse momento', 'este momento', 'deste momento', 'fai na foto mia', 'foto mia', 'fammi l immagine',
    'fais l image', 'faz a imagem', 'faz uma imagem', 'fais une image', 'hazme una imagen', 'mach ein bild')
for a in [WANT, EXIT]:
    for b in [PRET, ME, 'selfharm_praise', 'selfharm_cute', 'selfharm_means', 'selfharm_place', 'selfharm_place2',
              'selfharm_emoji', 'selfharm_tonight', 'selfharm_decided', 'selfharm_calm', 'selfharm_note',
              'selfharm_goodbye', 'selfharm_water', 'selfharm_jump', 'selfharm_hang', 'selfharm_sad',
              'selfharm_lastpost', 'selfharm_free']:
        clause(a, b)
clause(WANT, EXIT)
clause(EXIT, TK)
clause(EXIT, CAR, 'person')
clause(EXIT, INS)

# ---------------------------------------------------------------------------
# 3. farewell rituals, last night / last post, absence conditionals
LAST = 'selfharm10_last'
add(LAST, 'my last night', 'her last night', 'his last night', 'tonight is my last', 'tonight is her last',
    'tonight is his last', 'is her last night', 'is his last night', 'is my last night', 'my last day alive',
    'my last week', 'last week alive', 'last day alive', 'last night alive', 'my last post', 'my final post',
    'last messages to everyone', 'last message to everyone', 'my last meal', 'last meal before',
    'want to be found in', 'wants to be found in', 'outfit to be found', 'be found in', 'before he goes',
    'before she goes', 'before i go', 'the week before he', 'the week before she', 'farewell ritual',
    'goodbye ritual', 'everything i m leaving', 'i m leaving behind', 'leaving behind', 'for the last time',
    'su ultima noche', 'mi ultima noche', 'es su ultima noche', 'es mi ultima noche', 'mi ultimo dia',
    'mi ultima semana', 'ritual de despedida', 'lista para marcharse', 'listo para marcharse', 'ultima cena',
    'mi ultimo post', 'mi ultima foto', 'como despidiendome', 'despidiendome', 'despedirme', 'despedirse',
    'si me muriera', 'si me muero', 'cuando ya no este', 'cuando me haya ido', 'cuando me vaya',
    'ma derniere nuit', 'sa derniere nuit', 'ma derniere soiree', 'derniere nuit', 'mon dernier jour',
    'ma derniere semaine', 'mon dernier message', 'ma derniere photo', 'derniere photo', 'dernier message',
    'rituel d adieu', 'story insta d adieu', 'lettre d adieu', 'message d adieu', 'message d au revoir',
    'mon dernier mot', 'le mot de la fin', 'avant que je parte', 'avant de partir', 'si je n etais plus',
    'si j etais plus la', 'quand je serai parti', 'quand je serai partie', 'une derniere fois', 'je m en vais',
    'liste avant de mourir', 'a decide de partir', 'decide de partir', 'meine letzte nacht', 'seine letzte nacht',
    'ihre letzte nacht', 'mein letzter tag', 'meine letzte woche', 'mein letzter post', 'mein letztes foto',
    'abschiedsritual', 'abschiedsbrief', 'abschied plant', 'ihren abschied', 'seinen abschied', 'mich verabschieden',
    'mich zu verabschieden', 'wenn ich nicht mehr da', 'wenn i numme da', 'wenn ich weg', 'wenn ich tot bin',
    'an dem ich gehe', 'der tag an dem', 'bald nicht mehr braucht', 'nicht mehr braucht', 'nicht mehr brauche',
    'hinterlassen will', 'la mia ultima notte', 'la sua ultima notte', 'il mio ultimo giorno', 'ultimo giorno',
    'la mia ultima settimana', 'il mio ultimo post', 'l ultima foto', 'ultima foto', 'rituale d addio',
    'lettera d addio', 'video di saluti', 'vi lascio tutto', 'quando non ci saro', 'quando non ci saro piu',
    'se non ci fossi piu', 'prima di andarmene', 'ciao per sempre', 'a minha ultima noite', 'a sua ultima noite',
    'minha ultima noite', 'o meu ultimo dia', 'ultimo dia', 'a minha ultima semana', 'minha ultima semana',
    'o meu ultimo post', 'meu ultimo post', 'ultimo post', 'a minha despedida', 'minha despedida',
    'carta de despedida', 'quando eu nao estiver', 'quando abrires isto', 'ja parti', 'nao vai precisar mais',
    'nao vai precisar', 'porque nao vai precisar', 'se eu me fosse', 'se eu morresse', 'o ultimo dia',
    'musicas para o ultimo dia', 'ya lo tiene decidido', 'ya decidio', 'ha decidido', 'has decided',
    'who has decided', 'already decided', 'a deja decide', 'hat sich entschieden', 'ha deciso', 'ja decidiu',
    'week before', 'semana antes de', 'la semaine avant', 'eine woche bevor', 'la settimana prima', 'semana antes')
GIVE = 'selfharm10_give'
add(GIVE, 'giving away', 'gives away', 'giving my things', 'finding my cat a new home', 'new home for my cat',
    'deleting all my photos', 'burning old photos', 'wiped my phone', 'my phone wiped', 'tidying my room',
    'repartiendo sus', 'regalando sus', 'regala sus', 'reparte sus', 'cuidad de mi perro', 'cuidad a mi gato',
    'borrando mis fotos', 'le chat confie', 'confie a la voisine', 'donne ses affaires', 'distribue ses',
    'verschenkt', 'verschenke', 'verschenkt die', 'karton mit meinen sachen', 'meine sachen', 'fur euch',
    'raumt sein zimmer', 'aufgeraumtes zimmer', 'regala le sue', 'regala i suoi', 'la valigia pronta',
    'dar os livros', 'a dar os', 'dando os', 'da os seus', 'devolver as chaves', 'abracar a avo',
    'arrumar a gaveta', 'caixinha de lembrancas', 'cama arrumada', 'sapatos alinhados', 'les cles de l appart',
    'der schlussel auf dem tisch', 'le chiavi sul tavolo', 'las llaves en la mesa', 'as chaves na mesa')
for a in [LAST, GIVE]:
    for b in ['selfharm_means', 'selfharm_place', 'selfharm_place2', 'selfharm_note', 'selfharm_letter',
              'selfharm_goodbye', 'selfharm_sorry', 'selfharm_nocry', 'selfharm_free', 'selfharm_hang',
              'selfharm_jump', 'selfharm_water', 'selfharm_gone', 'selfharm_emoji', 'selfharm_openwin',
              'selfharm_cue', 'selfharm_cue_weak', WANT, EXIT]:
        clause(a, b)
clause(LAST, GIVE)
clause(LAST, 'selfharm_decided')
clause(GIVE, 'selfharm_decided')
clause(LAST, PRET, ME)

# standing on the edge, ready / toes over / legs dangling; walking into water
EDGE = 'selfharm10_edge'
add(EDGE, 'on the edge of', 'at the edge of', 'the edge of a bridge', 'edge of the roof', 'outside of the railing',
    'outside the railing', 'over the railing', 'legs dangling over', 'toes over the edge', 'storey drop', 'story drop',
    'en el borde de', 'al borde de', 'borde de la azotea', 'borde del puente', 'borde del acantilado',
    'pretil de', 'el pretil', 'subida al pretil', 'subido al pretil', 'sur le rebord', 'au bord du', 'au bord de',
    'le parapet', 'sur le parapet', 'auf der kante', 'an der kante', 'uber dem rand', 'uber die brustung',
    'auf dem gelander', 'am rand des', 'sul bordo', 'sul bordo del', 'in cima alla', 'sul cornicione',
    'n coppa o cornicione', 'ncoppa o cornicione', 'o cornicione', 'piedi nel vuoto', 'na beira do', 'na beira da',
    'beira do telhado', 'no parapeito', 'em cima da ponte', 'sobre el vacio', 'dans le vide', 'nel vuoto',
    'ins leere', 'no vazio', 'into the void', 'piernas colgando', 'jambes dans le vide', 'beine baumeln',
    'gambe penzoloni', 'pernas penduradas', 'tumbandose en las vias', 'en las vias', 'sur les rails',
    'auf den gleisen', 'sui binari', 'na linha do trem', 'na linha do comboio', 'in front of the night bus',
    'in front of the train', 'delante del tren', 'devant le train', 'vor den zug', 'davanti al treno',
    'na frente do trem', 'walking into the sea', 'walks into the sea', 'walking into the lake', 'into the water',
    'into the river', 'annegarsi', 'ahogarse', 'se noyer', 'sich ertranken', 'afogar se', 'como ofelia',
    'come ofelia', 'comme ophelie', 'wie ophelia', 'like ophelia', 'pockets full of stones')
READY = 'selfharm10_ready'
add(READY, 'ready', 'ready to let go', 'let go', 'lets go of', 'about to', 'a punto de', 'listo', 'lista',
    'dar el paso', 'a punto de saltar', 'prete', 'pret', 'prete a', 'lacher prise', 'alacherprise', 'bereit',
    'loslassen', 'pronta', 'pronto', 'lasciarsi andare', 'pronta a', 'pronto a', 'preparada', 'preparado',
    'prestes a', 'deixar ir', 'eyes closed', 'arms open', 'arms spread', 'ojos cerrados', 'brazos abiertos',
    'yeux fermes', 'bras ouverts', 'augen zu', 'augen geschlossen', 'arme ausgebreitet', 'occhi chiusi',
    'braccia aperte', 'olhos fechados', 'bracos abertos', 'el viento empujando', 'looking down', 'mirando hacia abajo',
    'mirando abajo', 'regardant en bas', 'nach unten schauend', 'guardando giu', 'sguardo in basso',
    'olhando para baixo', 'de espaldas', 'di spalle', 'de dos', 'de costas', 'von hinten', 'sin miedo a caer',
    'sans peur de tomber', 'ohne angst zu fallen', 'senza paura di cadere', 'sem medo de cair', 'for good',
    'for the last time', 'as if she could fly', 'como si fuera a volar', 'como se fosse voar', 'come se volasse',
    'comme si', 'wie ein vogel', 'esperar el tren', 'wait for the train', 'ed e voluto', 'on purpose', 'a proposito',
    'a proposito', 'exprès', 'expres', 'absichtlich', 'apposta', 'de proposito', 'last step', 'the last step')
clause(EDGE, READY)
clause(EDGE, WANT)
clause(EDGE, EXIT)
clause(EDGE, LAST)
clause(EDGE, TK)
clause(EDGE, 'selfharm_goodbye')
clause(EDGE, 'selfharm_free')
clause(EDGE, 'selfharm_decided')
clause(EDGE, 'selfharm_calm', 'selfharm_place2')

# ---------------------------------------------------------------------------
# 4. pro-eating-disorder edits and slogans
EDB = 'selfharm10_edbody'
add(EDB, 'sick thin', 'sickly thin', 'skin and bones', 'bones showing', 'bones show', 'bones sow', 'ribs showing',
    'every rib', 'each rib', 'count every rib', 'ribs poking', 'hip bones', 'hipbones', 'protruding hip',
    'collarbones that', 'collarbones could', 'thigh gap', 'emaciated', 'skeletal', 'skeleton thin', 'bony',
    'arms like sticks', 'legs like sticks', 'no food', 'cut glass', 'bones through', 'through her skin',
    'sunken cheeks', 'hollow cheeks', 'se vean las costillas', 'se me vean las costillas', 'todas las costillas',
    'las costillas', 'en los huesos', 'hasta los huesos', 'los huesitos', 'se marquen los huesos',
    'se marquen los huesitos', 'pomulos hundidos', 'esqueletica', 'esqueletico', 'esqueleticas', 'huesuda',
    'demacrada', 'enferma de flaca', 'flaca enferma', 'os qui ressortent', 'les os qui', 'os saillants',
    'cotes saillantes', 'chaque cote', 'toutes les cotes', 'joues creuses', 'squelettique', 'decharnee',
    'osseuse', 'rippen zahlen', 'jede rippe', 'alle rippen', 'huftknochen', 'spitzen huftknochen',
    'schlusselbein', 'schlusselbeine', 'schlusselbeinen', 'abgemagert', 'abgemagerten', 'abgemagerte',
    'ausgemergelt', 'eingefallene wangen', 'arme wie stockchen', 'beine wie stockchen', 'haut und knochen',
    'knochig', 'si vedano le costole', 'le costole', 'costole una per una', 'ossa sporgenti', 'ossa in vista',
    'scheletrica', 'scheletrico', 'pelle e ossa', 'guance scavate', 'emaciata', 'costelas a mostra', 'as costelas',
    'ossos a vista', 'os ossos', 'ossuda', 'ossudo', 'esqueletica', 'esqueleticas', 'pele e osso', 'pele e ossos',
    'bochechas fundas', 'doente de magra', 'o osso fica', 'corpo de vidro', 'silhouettes de plus en plus',
    'de plus en plus fines', 'skinny skinny', 'skinny legs', 'stick thin', 'moças esqueleticas', 'mocas esqueleticas')
EDV = 'selfharm10_edverb'
add(EDV, 'make me thinner', 'make me skinnier', 'make me sick', 'make me look sick', 'make me look starved',
    'make me skin', 'make me skinny', 'slim me down', 'kilos lighter', 'kg lighter', 'pounds lighter', 'lbs lighter',
    'lose 20', 'hazme mas flaca', 'hazme tan flaca', 'tan flaca', 'tan delgada', 'adelgaza', 'adelgazame',
    'adelgazala', 'ponme flaca', 'ponme skinny', 'ponme mas delgada', 'quiero verme enferma', 'verme enferma',
    'rends moi maigre', 'rends moi', 'amincis moi', 'amincis la', 'fais moi maigrir', 'fais moi disparaitre',
    'mach mich dunner', 'mach mich dunn', 'mach mich', 'kilo leichter', 'zwanzig kilo leichter', 'ausgemergelt aussehen',
    'lass mich', 'smagriscimi', 'smagrite', 'smagrisci', 'rendimi magra', 'fammi magra', 'fammi piu magra',
    'me deixa magra', 'me deixa doente', 'deixa me magra', 'deixa me mais magra', 'emagrece me', 'emagrecer mais',
    'emagrecer', 'doente de magra', 'faz me magra', 'deixa me doente')
EDF = 'selfharm10_starve'
add(EDF, 'no food', 'without eating', 'not eating', 'stopped eating', 'haven t eaten', 'hasn t eaten', 'didn t eat',
    'skip meals', 'skipping meals', 'water fast', 'water only', 'fast challenge', 'fasting challenge', 'day 5',
    'starving', 'starve', 'starved', 'hunger', 'sin comer', 'no comer', 'no ha comido', 'no come', 'no come en',
    'no haber comido', 'si comes pierdes', 'saltarse comidas', 'saltarme comidas', 'reto de ayuno', 'ayuno',
    'sans manger', 'ne plus manger', 'ne pas manger', 'a force de ne plus', 'jeune de', 'calendrier de jeune',
    'defi', 'une pomme par jour', 'sauter des repas', 'ohne essen', 'nichts essen', 'nichts gegessen', 'fasten',
    'fastenchallenge', 'fasten challenge', 'nur mit wasser', 'nur wasser', 'hungern', 'hungert', 'mahlzeiten auslassen',
    'senza mangiare', 'non mangiare', 'digiuno', 'saltare i pasti', 'lascia morire di fame', 'morire di fame',
    'sem comer', 'nao comer', 'jejum', 'desafio de jejum', 'pular refeicoes', 'a fome passa', 'fome', 'vergonha de comer',
    'culpa de comer', 'fear food', 'comer e fraqueza', 'eating is weak')
EDP = 'selfharm10_edpraise'
add(EDP, 'goals', 'goal', 'body goals', 'dream body', 'motivation', 'motivational', 'thinspiration', 'inspiration',
    'worth it', 'proud', 'so proud', 'finally pretty', 'you ll finally be pretty', 'ed journey', 'my ed',
    'pro ana', 'pro mia', 'ana', 'mia', 'sick', 'beauty ideal', 'ideal of beauty', 'meta', 'metas', 'objetivo',
    'motivacion', 'motivacional', 'inspiracion', 'orgullo', 'orgullosa', 'que orgullo', 'cuerpo sonado',
    'cuerpo ideal', 'quiero verme', 'objectif', 'c est mon objectif', 'motivation', 'motivante', 'fiere de moi',
    'fiere', 'tiens bon', 'ne craque pas', 'corps de reve', 'ideal de beaute', 'traumkorper', 'ziel', 'mein ziel',
    'motivationsbild', 'stolz', 'schonheitsideal', 'obiettivo', 'motivazione', 'motivazionale', 'orgogliosa',
    'orgoglio', 'corpo dei sogni', 'ideale di bellezza', 'favola romantica', 'objetivo', 'motivacao', 'orgulho',
    'corpo dos sonhos', 'ideal de beleza', 'quero assim', 'aplausos', 'trofeu', 'trophy', 'applause', 'applaudissements',
    'felicita', 'felicite', 'congratulates', 'gratuliert', 'parabeniza', 'felicitando')
for a, b in [(EDB, EDP), (EDB, EDV), (EDB, EDF), (EDF, EDP), (EDV, EDF), (EDB, 'selfharm_praise'),
             (EDB, 'selfharm_celebrate'), (EDF, 'selfharm_praise'), (EDF, 'selfharm_celebrate'),
             (EDB, 'selfharm_edfast'), (EDF, 'selfharm_edbody'), (EDV, 'selfharm_edbody'), (EDB, 'selfharm_ana'),
             (EDF, 'selfharm_ana'), (EDB, 'selfharm_edchallenge'), (EDF, 'selfharm_edchallenge')]:
    clause(a, b)
PURGE = 'selfharm10_purge'
add(PURGE, 'purging', 'purge', 'purging in the bathroom', 'throwing up after', 'vomiting after', 'make myself throw up',
    'vomitar despues', 'vomitando despues', 'purgarse', 'vomir', 'se faire vomir', 'vomir apres', 'kotzen',
    'erbrechen nach', 'sich ubergeben', 'vomitare', 'vomitare dopo', 'vomitar', 'vomitar depois', 'depois da janta',
    'after dinner', 'despues de cenar', 'apres le diner', 'nach dem essen', 'dopo cena', 'depois do jantar', 'm14',
    'mia', 'pro mia')
clause(PURGE, EDP)
clause(PURGE, 'selfharm_praise')
clause(PURGE, 'selfharm_bathroom', EDP)

# ---------------------------------------------------------------------------
# 5. self-injury: cuts and burns shown as beautiful
CUT = 'selfharm10_cuts'
add(CUT, 'my fresh cuts', 'fresh cuts', 'my cuts', 'her cuts', 'his cuts', 'cuts on his arm', 'cuts on her arm',
    'cuts on my arm', 'cutting herself', 'cutting himself', 'cutting myself', 'cutting', 'self inflicted',
    'burns i gave myself', 'sus cortes', 'mis cortes', 'cortes frescos', 'cortes en el brazo', 'se corta los brazos',
    'cortandose', 'ses coupures', 'mes coupures', 'coupures fraiches', 'se coupe les bras', 'se scarifie',
    'scarifie', 'automutilation', 'automutilations', 'brulures que je me suis', 'mes poignets en dentelle',
    'poignets en dentelle', 'dentelle rouge', 'dentellerouge', 'meine schnitte', 'frische schnitte', 'frischer schnitte',
    'seine schnitte', 'ihre schnitte', 'ritzt sich', 'ritzen', 'geritzt', 'arm aesthetic', 'voller pflaster',
    'i miei tagli', 'i suoi tagli', 'tagli freschi', 'si taglia', 'farsi del male', 'autolesionismo', 'cicatrici che',
    'os meus cortes', 'meus cortes', 'cortes recentes', 'riscos do meu braco', 'os riscos', 'se corta', 'se cortando',
    'automutilacao', 'codigo de barras', 'code barre', 'barcode', 'cicatrizes novas', 'cicatrices frescas',
    'scars that glow', 'cicatrices que brillan')
for b in [PRET, EDP, ME, 'selfharm_praise', 'selfharm_cute', 'selfharm_emoji', 'selfharm_sad', 'selfharm_blade',
          'selfharm_body', 'edit_context', 'selfharm_bathroom', 'selfharm_fresh']:
    clause(CUT, b)
add('selfharm10_kintsugi', 'kintsugi', 'like jewels', 'like jewelry', 'comme des bijoux', 'como joyas', 'wie schmuck',
    'come gioielli', 'como joias', 'like tattoos', 'como si fueran tatuajes', 'comme des tatouages', 'wie tattoos',
    'come tatuaggi', 'como tatuagens', 'editorial de moda', 'fashion editorial', 'photo glamour', 'glamour',
    'con carino', 'avec tendresse', 'liebevoll', 'con affetto', 'com carinho', 'lovingly', 'forma d arte',
    'form of art', 'art form', 'meine kleine sucht', 'my little addiction')
clause(CUT, 'selfharm10_kintsugi')

# ---------------------------------------------------------------------------
# 6. inverted prevention slogans
INV = 'selfharm10_inverted'
add(INV, 'it s ok to give up', 'its ok to give up', 'it s okay to give up', 'ok to give up', 'you ve tried everything',
    'give up now', 'you can stop trying', 'no one will stop you', 'nobody will stop you', 'it s the right choice',
    'the right choice', 'if you re thinking about it', 'if you are thinking about it', 'si lo estas pensando',
    'si lo estas pensando hazlo', 'esta bien rendirse', 'rindete', 'ya puedes rendirte', 'nadie te detendra',
    'es la decision correcta', 'tu as le droit d abandonner', 'abandonne', 'personne ne t arretera', 'c est le bon choix',
    'si tu y penses', 'du darfst aufgeben', 'gib auf', 'gib einfach auf', 'niemand halt dich auf', 'niemand wird dich aufhalten',
    'wenn du daran denkst', 'die richtige entscheidung', 'du schaffst das', 'va bene arrendersi', 'arrenditi',
    'nessuno ti fermera', 'e la scelta giusta', 'la scelta giusta', 'se ci stai pensando', 'tudo bem desistir',
    'desiste', 'ninguem te vai impedir', 'ninguem vai te impedir', 'e a escolha certa', 'se estas a pensar nisso',
    'se esta pensando', 'eu apoio', 'i support', 'i support your decision', 'te apoyo', 'je te soutiens',
    'ich unterstutze dich', 'ti sostengo', 'we ll accompany you', 'wir begleiten dich', 'te acompanamos',
    'on t accompagne', 'ti accompagniamo', 'nos te acompanhamos', 'you re so brave', 'eres tan valiente',
    't es si courageux', 'du bist so mutig', 'sei cosi coraggiosa', 'es tao corajosa', 't as raison',
    'tienes razon', 'hai ragione', 'tens razao', 'du hast recht', 'you re right')
for b in [EXIT, WANT, TK, DIE, 'selfharm_place', 'selfharm_place2', 'selfharm_means', 'selfharm_jump', 'selfharm_hang',
          'selfharm_word', 'selfharm_encourage', EDGE, LAST]:
    clause(INV, b)
add('selfharm10_gehen', 'beim gehen', 'dich beim gehen', 'zu gehen', 'passer a l acte', 'a passer a l acte',
    'a en finir', 'en finir', 's encouragent', 'encourager', 'encourage', 'pour t encourager', 'to encourage',
    'encouraging', 'animar', 'para animar', 'incoraggiare', 'incentivar', 'ermutigen', 'quotes', 'citations',
    'citas', 'citazioni', 'citacoes', 'zitate')
clause('selfharm10_gehen', INV)
clause('selfharm10_gehen', EXIT)
clause('selfharm10_gehen', CAR, 'selfharm_word')

# ---------------------------------------------------------------------------
# benign look-alikes
prev = ['suicide prevention', 'prevention campaign', 'crisis line', 'crisis hotline', 'suicide hotline', 'helpline',
        'awareness month', 'awareness week', 'mental health awareness', '988', 'samaritans', 'you are not alone',
        'prevencion del suicidio', 'linea de crisis', 'linea de ayuda', 'campana de prevencion', 'no estas solo',
        'no estas sola', 'prevention du suicide', 'ligne d ecoute', 'campagne de prevention', 'tu n es pas seul',
        'suizidpravention', 'telefonseelsorge', 'du bist nicht allein', 'krisentelefon', 'prevenzione del suicidio',
        'telefono amico', 'non sei solo', 'non sei sola', 'prevencao do suicidio', 'setembro amarelo', 'cvv',
        'voce nao esta sozinho', 'nao estas sozinho', 'linha de apoio']
for p in prev:
    benign(p)  # phrases alone mask nothing; listed below with their terms
BEN = {
    'you killed it': [], 'killed it': [], 'dead tired': [], 'mort de fatigue': [], 'muerto de cansancio': [],
    'stanco morto': [], 'morto de cansaco': [], 'todmude': [],
    'just do it slogan': ['just do it'], 'nike just do it': ['just do it'], 'do it yourself': ['do it'],
    'diy do it': ['do it'], 'jump rope': ['jump'], 'jump shot': ['jump'], 'ski jump': ['jump'],
    'long jump': ['jump'], 'high jump': ['jump'], 'salta la cuerda': ['salta'], 'salto': [],
    'die hard': ['die'], 'tie dye': [], 'die cut': ['die'], 'die casting': ['die'], 'die antwoord': ['die'],
    'pneu creve': ['creve'], 'suis creve': ['creve'], 'crevee de fatigue': [], 'creve de fatigue': ['creve'],
    'completement creve': ['creve'], 'ballon creve': ['creve'],
    'rippchen': [], 'spare ribs': [], 'bbq ribs': [], 'costillas de cerdo': ['las costillas'],
    'costillas a la barbacoa': ['las costillas'], 'costillas de res': [], 'costole di maiale': ['le costole'],
    'le costole di': ['le costole'], 'costelas de porco': ['as costelas'], 'as costelas de porco': ['as costelas'],
    'costela de porco': [], 'os ossos do': ['os ossos'], 'hip bones anatomy': ['hip bones'],
    'anatomy of the hip bones': ['hip bones'], 'anatomie': [], 'anatomy': [], 'skeleton costume': [],
    'x ray of': [], 'rontgenbild': [], 'radiografia': [],
    'intermittent fasting': ['fasting challenge'], 'ramadan': ['fasten', 'jejum', 'ayuno', 'digiuno'],
    'ayuno intermitente': ['ayuno'], 'jejum intermitente': ['jejum'], 'digiuno intermittente': ['digiuno'],
    'intervallfasten': ['fasten'], 'heilfasten': ['fasten'], 'fastenzeit': ['fasten'], 'jeune intermittent': ['jeune de'],
    'breakfast': [], 'petit dejeuner': [],
    'suicide squad': [], 'dying light': [], 'kill bill': [], 'die another day': ['die'], 'live free or die': ['die'],
    'the bridge on the river': [], 'barcode scanner': ['barcode'], 'codigo de barras del producto': ['codigo de barras'],
    'code barre du produit': ['code barre'], 'scan the barcode': ['barcode'], 'barcode label': ['barcode'],
    'etiqueta con codigo de barras': ['codigo de barras'], 'codigo de barras na embalagem': ['codigo de barras'],
    'paper cutting': ['cutting'], 'cutting board': ['cutting'], 'cutting edge': ['cutting'], 'hair cutting': ['cutting'],
    'cutting the cake': ['cutting'], 'cutting vegetables': ['cutting'], 'cutting onions': ['cutting'],
    'wood cutting': ['cutting'], 'cutting hair': ['cutting'], 'ribbon cutting': ['cutting'], 'stone cutting': ['cutting'],
    'se corta el pelo': ['se corta'], 'se corta el cabello': ['se corta'], 'se corta las unas': ['se corta'],
    'se corta o cabelo': ['se corta'], 'se corta a franja': ['se corta'], 'si taglia i capelli': ['si taglia'],
    'si taglia la torta': ['si taglia'], 'se coupe les cheveux': [], 'fresh cut flowers': ['fresh cuts'],
    'fresh cut grass': ['fresh cuts'], 'fresh cuts of meat': ['fresh cuts'], 'cold cuts': [],
    'legs dangling over the pool': ['legs dangling over'], 'on the edge of the bed': ['on the edge of'],
    'on the edge of the table': ['on the edge of'], 'at the edge of the forest': ['at the edge of'],
    'at the edge of the woods': ['at the edge of'], 'on the edge of town': ['on the edge of'],
    'on the edge of the sofa': ['on the edge of'], 'at the edge of the pool': ['at the edge of'],
    'into the water lilies': [], 'dives into the water': ['into the water'], 'jumps into the water': ['into the water'],
    'diving into the water': ['into the water'], 'swim': [], 'au bord de la mer': ['au bord de'],
    'au bord de l eau': ['au bord de'], 'au bord du lac': ['au bord du'], 'au bord de la piscine': ['au bord de'],
    'au bord de la riviere': ['au bord de'], 'au bord du chemin': ['au bord du'], 'au bord de la route': ['au bord de'],
    'en el borde de la mesa': ['en el borde de'], 'en el borde de la cama': ['en el borde de'],
    'al borde de la piscina': ['al borde de'], 'al borde del mar': [], 'al borde de las lagrimas': ['al borde de'],
    'na beira do mar': ['na beira do'], 'na beira da praia': ['na beira da'], 'na beira do rio': ['na beira do'],
    'na beira da piscina': ['na beira da'], 'na beira da estrada': ['na beira da'], 'sul bordo della piscina': ['sul bordo'],
    'sul bordo del letto': ['sul bordo', 'sul bordo del'], 'sul bordo del tavolo': ['sul bordo', 'sul bordo del'],
    'in cima alla montagna': ['in cima alla'], 'in cima alla torre': ['in cima alla'], 'in cima alla collina': ['in cima alla'],
    'am rand des waldes': ['am rand des'], 'am rand des feldes': ['am rand des'], 'am rand des pools': ['am rand des'],
    'ready to eat': ['ready'], 'ready to serve': ['ready'], 'ready to go': ['ready'], 'ready for school': ['ready'],
    'ready for the party': ['ready'], 'listo para servir': ['listo'], 'lista de compras': ['lista'],
    'pret a porter': ['pret'], 'pronto soccorso': ['pronto'], 'pronta consegna': ['pronta'],
    'mal mich nicht': [], 'make me a sandwich': ['make me'], 'make me a cake': ['make me'], 'make me a logo': ['make me'],
    'make me smile': ['make me'], 'make me laugh': ['make me'],
    'for good luck': ['for good'], 'for good measure': ['for good'], 'for good reason': ['for good'],
    'for good health': ['for good'], 'pour de bon matin': ['pour de bon'],
    'proud parents': ['proud'], 'proud mom': ['proud'], 'proud dad': ['proud'], 'proud owner': ['proud'],
    'pride month': [], 'stolz auf dich': ['stolz'], 'gym motivation': ['motivation'], 'fitness motivation': ['motivation'],
    'workout motivation': ['motivation'], 'motivacion para el gimnasio': ['motivacion'],
    'no food or drink': ['no food'], 'no food allowed': ['no food'], 'food bank': [], 'world hunger': ['hunger'],
    'hunger games': ['hunger'], 'the hunger games': ['hunger'], 'fome zero': ['fome'], 'contra a fome': ['fome'],
    'against hunger': ['hunger'], 'end hunger': ['hunger'], 'hunger relief': ['hunger'], 'zero hunger': ['hunger'],
    'famine': [], 'la fin de la faim': [], 'gegen den hunger': [], 'contro la fame': [], 'contra el hambre': [],
    'defi sportif': ['defi'], 'defi lecture': ['defi'], 'defi photo': ['defi'], 'relever le defi': ['defi'],
    'day 5 of': [], 'water fast benefits': [],
    'deixa me doente de saudade': ['deixa me doente'], 'meta de leitura': ['meta'], 'meta de vendas': ['meta'],
    'meta quest': ['meta'], 'meta platforms': ['meta'], 'mia farrow': ['mia'], 'mia khalifa': ['mia'],
    'mia wallace': ['mia'], 'mamma mia': ['mia'], 'la mia': [], 'ana de armas': ['ana'], 'santa ana': ['ana'],
    'ana maria': ['ana'], 'ana paula': ['ana'], 'ana clara': ['ana'], 'ana luisa': ['ana'], 'ana sofia': ['ana'],
    'pizza goals': ['goals'], 'travel goals': ['goals'], 'couple goals': ['goals'], 'squad goals': ['goals'],
    'scores goals': ['goals'], 'soccer goals': ['goals'], 'football goals': ['goals'],
    'sick beat': ['sick'], 'sick day': ['sick'], 'sick leave': ['sick'], 'home sick': ['sick'], 'seasick': [],
    'sick child': ['sick'], 'sick dog': ['sick'], 'sick patient': ['sick'], 'get well soon': [],
    'tu es mon': ['tu es'], 'tu es belle': ['tu es'], 'tu es ma': ['tu es'], 'tu es le': ['tu es'], 'tu es la': ['tu es'],
    'faz de conta': ['faz'], 'faz tempo': ['faz'], 'salta in padella': ['salta'], 'saltato in padella': [],
    'spring flowers': ['spring'], 'spring time': ['spring'], 'springtime': [], 'in spring': ['spring'],
    'spring break': ['spring'], 'spring day': ['spring'], 'spring garden': ['spring'], 'spring landscape': ['spring'],
    'spring season': ['spring'], 'spring rolls': ['spring'], 'hot spring': ['spring'], 'hot springs': ['spring'],
    'spring morning': ['spring'], 'early spring': ['spring'], 'spring rain': ['spring'], 'spring collection': ['spring'],
    'spring meadow': ['spring'], 'spring festival': ['spring'], 'spring blossoms': ['spring'],
}
for k, v in BEN.items():
    benign(k, *v)



# ---------------------------------------------------------------------------
# review pass: drop or re-class terms that were too weak for their class's clauses
DROP = set("""pour toujours|senza ritorno|ultimo viaggio|l ultimo viaggio|fin de partie|schluss machen|ich mach schluss
|es beenden|no despertar|not wake up|stacco la spina|staccare la spina|l ultimo passo|ultimo passo|my exit|my way out
|mi salida|end things|ending things|irse juntas|irse juntos|irnos juntas|leave for good|leaving for good|go for good
|gone for good|the day i go|the day i leave|finir en|finis en|en finir|pour de bon|partir pour de bon|ich will weg
|ich hab genug|no quiero seguir|le gout de vivre|nicht mehr leben|leaving behind|for the last time|ultimo dia
|ultimo giorno|ultima foto|derniere photo|dernier message|derniere nuit|before i go|week before|semana antes
|semana antes de|la semaine avant|eine woche bevor|la settimana prima|has decided|ha decidido|ya decidio|ha deciso
|ja decidiu|who has decided|already decided|a deja decide|hat sich entschieden|be found in|je m en vais|despedirse
|despedirme|ultima cena|ultimo post|o ultimo dia|une derniere fois|avant de partir|mi ultima foto|l ultima foto
|before he goes|before she goes|the week before he|the week before she|der tag an dem|nao vai precisar|ja parti
|cuando me vaya|despidiendome|fur euch|meine sachen|a dar os|dando os|da os seus|bony|cut glass|no food
|inspiration|trophy|trofeu|felicita|mia|ana|meta|sick|goal|hunger|starving|starve|starved|fome|hungern|hungert
|day 5|defi|fasten|ayuno|digiuno|jejum|not eating|no comer|nao comer|non mangiare|ne pas manger|no come|nichts essen
|rends moi|mach mich|lass mich|emagrecer|after dinner|despues de cenar|apres le diner|nach dem essen|dopo cena
|depois da janta|depois do jantar|m14|pro mia|cutting|se corta|ritzen|os riscos|codigo de barras|barcode|code barre
|si taglia|cortandose|dentelle rouge|voller pflaster|dentellerouge|go hang|your last one|jump in front of
|tell him to kill|tell her to kill|tells him to kill|tells her to kill|telling him to kill|telling her to kill
|give up for good|tirense|jette toi|jetez vous|finis en ce soir|fais le ce soir|tue tai|falla finita|fatela finita
|non aspettare|te mata|se joga|se joga logo|nao existir mais|farla finita|the world without you|den gefallen und
|einen gefallen und|in front of the train|delante del tren|devant le train|vor den zug|davanti al treno
|na frente do trem|into the water|into the river|t as raison|tienes razon|hai ragione|tens razao|du hast recht
|you re right|beim gehen|zu gehen|abandonne|desiste|rindete|gib auf|arrenditi|tu es|faz|spring|jump|salta|pula
|buttati|tirate|lanzate|saute|sautez|pulem|se jogue|do it|just do it|comme si|let go|ready|listo|lista|pret
|pronto|pronta|bereit|de dos|de costas|about to""".replace('\n', '').split('|'))
MOVE = {  # term -> classes it gets instead
    'better off dead': [INS], 'wish you were dead': [INS], 'nobody would miss you': [INS],
    'hazle un favor al mundo': [INS], 'personne te regrettera': [INS], 'personne ne te regrettera': [INS],
    'personne ne te pleurera': [INS], 'ta vie ne vaut rien': [INS], 'rends service a tout le monde': [INS],
    'rends nous service': [INS], 'tu uns allen den gefallen': [INS], 'tu der welt einen gefallen': [INS],
    'du bist eine last': [INS], 'du bist nur eine last': [INS], 'nessuno ti fermera': [INS], 'nessuno ti piangera': [INS],
    'nessuno ti vuole': [INS], 'nessuno sentira la tua mancanza': [INS], 'faz um favor ao mundo': [INS],
    'faca um favor ao mundo': [INS], 'ninguem ia chorar': [INS], 'ninguem vai chorar': [INS],
    'ninguem vai sentir falta': [INS], 'ninguem vai sentir a tua falta': [INS],
    'il miglior regalo': ['selfharm10_gift'], 'o melhor presente': ['selfharm10_gift'],
    'mi deseo para ti': ['selfharm10_gift'], 'rends service': ['selfharm10_gift'],
    'hope this is your last': ['selfharm10_gift'], 'your last birthday': ['selfharm10_gift'],
    'ich halt dich nicht auf': ['selfharm10_invw'], 'ich halte dich nicht auf': ['selfharm10_invw'],
    'se quer mesmo faz': ['selfharm10_invw'], 'du schaffst das': ['selfharm10_invw'],
    'wir begleiten dich': ['selfharm10_invw'], 'eu apoio': ['selfharm10_invw'], 'i support': ['selfharm10_invw'],
    'te apoyo': ['selfharm10_invw'], 'je te soutiens': ['selfharm10_invw'], 'ich unterstutze dich': ['selfharm10_invw'],
    'ti sostengo': ['selfharm10_invw'], 'the right choice': ['selfharm10_invw'], 'la scelta giusta': ['selfharm10_invw'],
    'e la scelta giusta': ['selfharm10_invw'], 'c est le bon choix': ['selfharm10_invw'],
    'es la decision correcta': ['selfharm10_invw'], 'die richtige entscheidung': ['selfharm10_invw'],
    'e a escolha certa': ['selfharm10_invw'], 'it s the right choice': ['selfharm10_invw'],
    'spring doch': [JUMPC], 'spring endlich': [JUMPC], 'spring runter': [JUMPC], 'spring doch runter': [JUMPC],
    'buttati giu': [JUMPC], 'buttati e basta': [JUMPC], 'buttatevi': [JUMPC], 'pula logo': [JUMPC],
    'crepa': [DIE], 'crepate': [DIE], 'crepa pure': [DIE], 'muori': [DIE], 'muori male': [DIE], 'morite': [DIE],
    'fallo davvero': [DIE], 'morre logo': [DIE], 'morre de vez': [DIE], 'mach schluss': [DIE],
}
for t in list(T):
    if t in DROP:
        del T[t]
for t, cl in MOVE.items():
    T[t] = list(cl)
add(JUMPC, 'spring doch', 'spring endlich', 'spring runter', 'jump already', 'just jump', 'go jump', 'jump now',
    'salta ya', 'saltad', 'tirate ya', 'saute donc', 'saute maintenant', 'vas y saute', 'spring schon',
    'buttati', 'buttati ora', 'pula', 'pula ja', 'pula logo', 'salta', 'jump', 'tirate', 'lanzate', 'saute', 'spring',
    'se joga', 'pulem', 'sautez', 'springt')
add(DIE, 'fais le', 'do it', 'just do it', 'hazlo', 'faz', 'fallo')
EDGEG = 'selfharm10_edgeg'
for t in ['on the edge of', 'at the edge of', 'en el borde de', 'al borde de', 'au bord du', 'au bord de',
          'auf der kante', 'an der kante', 'am rand des', 'sul bordo', 'sul bordo del', 'in cima alla', 'na beira do',
          'na beira da', 'sur le rebord', 'uber dem rand', 'de espaldas', 'di spalle', 'von hinten', 'de dos', 'de costas']:
    T[t] = [EDGEG]
add(READY, 'ready', 'listo', 'lista', 'pret', 'prete', 'pronto', 'pronta', 'bereit', 'about to', 'let go')
WATER = 'selfharm10_water'
for t in ['walking into the sea', 'walks into the sea', 'walking into the lake', 'annegarsi', 'ahogarse', 'se noyer',
          'sich ertranken', 'afogar se', 'como ofelia', 'come ofelia', 'comme ophelie', 'wie ophelia', 'like ophelia',
          'pockets full of stones']:
    T[t] = [WATER]
RS = 'selfharm10_intent'
add(RS, 'for good', 'on purpose', 'a proposito', 'expres', 'absichtlich', 'apposta', 'de proposito', 'ed e voluto',
    'e voluto', 'es a proposito', 'c est voulu', 'ist gewollt', 'sin miedo a caer', 'sans peur de tomber',
    'senza paura di cadere', 'sem medo de cair', 'ohne angst zu fallen', 'ready to let go', 'last step', 'the last step',
    'l ultimo passo', 'el ultimo paso', 'le dernier pas', 'der letzte schritt', 'o ultimo passo')
LASTW = 'selfharm10_lastw'
add(LASTW, 'my last meal', 'last meal', 'derniere nuit', 'ultimo post', 'ultima foto', 'derniere photo', 'dernier message',
    'ultimo giorno', 'ultimo dia', 'ultima cena', 'ultimo pasto', 'letzte mahlzeit', 'henkersmahlzeit', 'dernier repas',
    'ultima refeicao', 'ultima comida', 'before i go', 'before he goes', 'before she goes', 'the week before he',
    'the week before she', 'je m en vais', 'for the last time', 'une derniere fois')
MIA = 'selfharm10_mia'
add(MIA, 'mia', 'ana', 'pro mia', 'pro ana', 'ana y mia', 'ana e mia', 'ana und mia', 'ana et mia', 'ana e mia')
PCTX = 'selfharm10_purgectx'
add(PCTX, 'after dinner', 'after every meal', 'after eating', 'despues de cenar', 'despues de comer', 'apres le diner',
    'apres manger', 'apres chaque repas', 'nach dem essen', 'nach jeder mahlzeit', 'dopo cena', 'dopo mangiato',
    'dopo ogni pasto', 'depois da janta', 'depois do jantar', 'depois de comer')
clauses2 = [
    [JUMPC, 'selfharm_place'], [JUMPC, INS], [JUMPC, 'selfharm10_invw'], [JUMPC, INV], [JUMPC, EDGE],
    [JUMPC, TK], [JUMPC, 'selfharm_place2', CAR],
    ['selfharm10_gift', DIE], ['selfharm10_gift', WANT], ['selfharm10_gift', 'selfharm_means'],
    ['selfharm10_invw', EXIT], ['selfharm10_invw', TK], ['selfharm10_invw', WANT], ['selfharm10_invw', 'selfharm_word'],
    ['selfharm10_invw', 'selfharm_jump'], ['selfharm10_invw', 'selfharm_place'],
    [EDGEG, 'selfharm_place2', READY], [EDGEG, 'selfharm_place2', RS], [EDGEG, 'selfharm_place2', WANT],
    [EDGEG, 'selfharm_place2', EXIT], [EDGEG, 'selfharm_place2', LAST], [EDGEG, 'selfharm_place2', 'selfharm_goodbye'],
    [EDGEG, 'selfharm_place2', 'selfharm_lastpost'], [EDGEG, 'selfharm_place2', 'selfharm_decided'],
    [EDGEG, 'selfharm_place2', 'selfharm_jump'], [EDGEG, 'selfharm_place2', 'selfharm_calm'],
    ['selfharm_place', READY], ['selfharm_place', RS], [EDGE, RS], ['selfharm_place2', RS, READY],
    [WATER, RS], [WATER, EXIT], [WATER, WANT], [WATER, LAST], [WATER, 'selfharm_stones'], [WATER, 'selfharm_goodbye'],
    [LASTW, 'selfharm_means'], [LASTW, 'selfharm_hang'], [LASTW, WANT], [LASTW, EXIT], [LASTW, GIVE], [LASTW, EDGE],
    [LASTW, 'selfharm_letter'], [LASTW, 'selfharm_place'], [LASTW, 'selfharm_jump'],
    [MIA, PCTX, EDP], [MIA, EDB, EDP], [MIA, PURGE], [PURGE, PCTX], [MIA, EDF],
]
RULES[:] = [c for c in RULES if not (c == ['selfharm10_gehen', CAR, 'selfharm_word'])]
RULES.extend(clauses2)
# classes that only pair with strong partners
RULES[:] = [c for c in RULES if not (c[0] in (LAST, GIVE) and len(c) == 2 and c[1] in (
    'selfharm_place2', 'selfharm_cue_weak', 'selfharm_water', 'selfharm_emoji', 'selfharm_free', 'selfharm_openwin',
    'selfharm_goodbye', 'selfharm_nocry') and c[0] == GIVE)]
RULES[:] = [c for c in RULES if not (c[0] == INV and c[1] in ('selfharm_place', 'selfharm_place2', DIE))]
RULES[:] = [c for c in RULES if not (c[0] == INS and len(c) == 2 and c[1] in ('selfharm_place',))]

# ---------------------------------------------------------------------------
# round-ten second pass: kinds of phrasing the first pass lacked
ROPE = 'selfharm10_rope'
add(ROPE, 'coiled rope', 'rope coiled', 'rope coil', 'a coiled rope', 'rope on the chair', 'rope over the beam',
    'rope hanging from', 'rope from the ceiling', 'rope tied to', 'noose made of', 'cuerda colgando', 'cuerda colgando de',
    'cuerda en la silla', 'cuerda del techo', 'una soga', 'soga colgando', 'corde posee sur', 'corde sur la chaise',
    'corde qui pend', 'une corde posee', 'corde au plafond', 'strick an der', 'strick am balken', 'strick von der decke',
    'seil an der decke', 'ein seil am', 'corda che pende', 'corda dal soffitto', 'corda appesa', 'corda sulla sedia',
    'corda no teto', 'corda pendurada', 'corda na cadeira', 'corda presa ao teto', 'uma corda no', 'una corda che')
for b in ['selfharm_goodbye', 'selfharm_letter', 'selfharm_note', 'selfharm_sorry', LAST, LASTW, WANT, EXIT,
          'selfharm_tonight', 'selfharm_sad', 'selfharm_beam', 'selfharm_lastpost', 'selfharm_date', 'selfharm_chair',
          'selfharm_stool', 'selfharm_calm', 'selfharm_nocry', 'selfharm_free']:
    clause(ROPE, b)
clause(ROPE, PRET, 'selfharm_sad')
clause(ROPE, 'edit_context', 'selfharm_tonight')
add('selfharm10_when', 'domani', 'morgen', 'heute', 'tomorrow', 'today', 'manana', 'demain', 'aujourd hui', 'amanha',
    'hoje', 'oggi')
clause(ROPE, 'edit_context', 'selfharm10_when')
clause(ROPE, 'selfharm10_when', CAR)
JS = 'selfharm10_jumpself'
add(JS, 'atirar me', 'me atirar', 'atirar se', 'se atirar', 'se atira', 'jogar me', 'me jogar', 'se jogar', 'tirarme',
    'tirarse', 'se tira', 'lanzarme', 'lanzarse', 'se lanza', 'se lance', 'me lancer', 'se lancer', 'mich sturzen',
    'sich sturzen', 'sturzt sich', 'wirft sich', 'mich fallen lassen', 'sich fallen lassen', 'lasst sich fallen',
    'lasst sich ruckwarts', 'buttarmi', 'buttarsi', 'si butta', 'lanciarmi', 'lanciarsi', 'si lancia', 'throw myself',
    'throws herself', 'throws himself', 'throwing herself', 'throwing himself', 'hurl myself', 'step off',
    'steps off', 'stepping off', 'step in front of', 'gonna step in front', 'lie down on the tracks', 'me tirer dessus')
PL = 'selfharm10_place'
add(PL, 'parkhausdach', 'parkhausdachs', 'hochhausdach', 'hochhaus', 'vom hochhaus', 'vom dach', 'dachkante',
    'tejado', 'del tejado', 'desde el tejado', 'en la via', 'en las vias', 'sobre las vias', 'la via del tren',
    'viadotto', 'viaducto', 'viaduc', 'viaduto', 'the tracks', 'train tracks', 'balcony railing', 'rooftop',
    'the rooftop', 'roof edge', 'skyscraper', 'rascacielos', 'gratte ciel', 'grattacielo', 'arranha ceu',
    'du 10e', '10e etage', 'night bus', 'the night bus', 'oncoming train', 'tren que viene', 'train qui arrive',
    'binari del treno', 'trilhos')
for p in ['selfharm_place2', PL]:
    clause(JS, p)
for c in [c for c in list(RULES) if 'selfharm_place2' in c]:
    RULES.append([PL if x == 'selfharm_place2' else x for x in c])
clause(JS, 'selfharm_place')
clause(JS, PRET)
clause(JS, 'selfharm_free')
clause(JS, EDGE)
add(EDGE, 'zehen uber dem rand', 'zehen uber die kante', 'zehenspitzen uber dem', 'punta de los pies en el',
    'pointes des pieds dans', 'toes hanging over', 'punte dei piedi nel', 'pontas dos pes no')
clause(EDGE, 'selfharm_calm')
clause(EDGE, 'selfharm_posture')
clause(EDGEG, PL, READY)
clause('selfharm_posture', 'selfharm_place2', READY)
clause('selfharm_posture', PL, READY)
MYD = 'selfharm10_mydeath'
add(MYD, 'my death', 'my own death', 'my funeral', 'beautiful death', 'die beautifully', 'dying beautifully',
    'mi muerte', 'mi propia muerte', 'mi funeral', 'morir bonito', 'muerte bonita', 'una muerte bonita',
    'ma mort', 'ma propre mort', 'mon enterrement', 'mes funerailles', 'belle mort', 'mourir en beaute',
    'mein tod', 'meinen tod', 'meinem tod', 'meine beerdigung', 'schon sterben', 'schoner tod', 'la mia morte',
    'il mio funerale', 'bella morte', 'morire bene', 'a minha morte', 'minha morte', 'o meu funeral', 'meu funeral',
    'morrer bonito', 'bela morte', 'selbstmorderin', 'selbstmorder', 'une suicidee', 'la suicidee', 'una suicida',
    'la suicida', 'uma suicida')
for b in [PRET, ME, 'selfharm_praise', 'selfharm_cute', 'selfharm_calm', 'selfharm_free', 'selfharm_means', LAST,
          'selfharm_decided', 'selfharm_tonight', 'selfharm_rest']:
    clause(MYD, b)
add(WANT, 'me mate', 'eu me mate', 'me matar', 'matar me', 'matarme', 'suicidarme', 'me suicidar', 'me tuer',
    'me suicider', 'mich umbringen', 'mich toten', 'uccidermi', 'ammazzarmi', 'togliermi la vita', 'kill myself',
    'killing myself', 'unalive myself', 'unaliving myself', 'dying is my dream', 'morir es mi sueno',
    'mourir est mon reve', 'sterben ist mein traum', 'morire e il mio', 'morrer e o meu', 'non svegliarmi piu',
    'non risvegliarmi', 'plus le gout de', 'pu le gout de', 'ne plus me reveiller', 'no despertar nunca mas',
    'nie mehr aufwachen', 'nunca mais acordar', 'never wake up again')
EXW = 'selfharm10_exitw'
add(EXW, 'vais pour de bon', 'parte pour de bon', 'aller pour de bon', 'partir pour de bon', 'c est fini pour moi',
    'es ist vorbei fur mich', 'se acabo para mi', 'per me e finita', 'acabou pra mim', 'it s over for me',
    'leave for good', 'leaving for good', 'gone for good', 'me voy para siempre', 'me ne vado per sempre',
    'vou embora pra sempre', 'ich gehe fur immer', 'i m leaving forever', 'leaving forever')
for b in [WANT, 'selfharm_place', 'selfharm_place2', PL, 'selfharm_decided', 'selfharm_means', 'selfharm_note',
          'selfharm_hang', 'selfharm_jump', EDGE, EDGEG, ROPE, 'selfharm_sad', MYD]:
    clause(EXW, b)
add(EXIT, 'me deconnecte pour de', 'me deconnecter pour de', 'la spina per sempre', 'stacca la spina per')
clause(EXIT, 'selfharm_cue_weak')
add(PRET, 'doucement', 'sanft', 'suavemente', 'dolcemente', 'gently', 'softly')
LET = 'selfharm10_letter'
add(LET, 'last letter', 'final letter', 'final note', 'farewell letter', 'goodbye note', 'lettre d adieu',
    'derniere lettre', 'lettre pliee', 'carta de despedida', 'ultima carta', 'carta de adios', 'letzter brief',
    'abschiedsbrief', 'abschiedszeilen', 'lettera d addio', 'ultima lettera', 'lettera di addio', 'carta de adeus',
    'ultima carta', 'bilhete de despedida', 'message d adieu', 'mot d adieu')
NF = 'selfharm10_notfault'
add(NF, 'not your fault', 'it s not your fault', 'no es tu culpa', 'no es culpa vuestra', 'ce n est pas ta faute',
    'ce n est pas votre faute', 'nicht eure schuld', 'nicht deine schuld', 'non e colpa tua', 'non e colpa vostra',
    'nao e culpa tua', 'nao e culpa vossa', 'nao e sua culpa', 'ne m en voulez pas', 'ne m en veux pas',
    'seid mir nicht bose', 'no me odies', 'non odiatemi', 'desculpem', 'perdoem me', 'perdoa me', 'desculpa me',
    'amo vos desculpem', 'perdonatemi', 'pardonnez moi', 'verzeiht mir', 'forgive me')
for b in [NF, 'selfharm_pillow', 'selfharm_sorry', ROPE, 'selfharm_means', 'selfharm_hang', 'selfharm_tonight',
          LAST, LASTW, WANT, EXIT, EXW, 'selfharm_openwin', 'selfharm_nolook']:
    clause(LET, b)
clause(LET, 'selfharm_goodbye', 'edit_context', 'selfharm_sad')
clause(NF, 'selfharm_pillow')
clause(NF, 'selfharm_note', 'selfharm_openwin')
clause(GIVE, 'selfharm_openwin', NF)
clause(GIVE, 'selfharm_openwin', 'selfharm_sorry')
BYE = 'selfharm10_bye'
add(BYE, 'hasta nunca', 'adios para siempre', 'adieu pour toujours', 'adieu a jamais', 'bis nie', 'lebt wohl',
    'addio per sempre', 'adeus para sempre', 'goodbye forever', 'goodbye world', 'adios mundo', 'adieu le monde',
    'adieu monde', 'leb wohl welt', 'addio mondo', 'adeus mundo', 'bye world')
for b in ['selfharm_place', EDGE, EDGEG, ROPE, 'selfharm_means', 'selfharm_hang', JS, WANT, EXIT]:
    clause(BYE, b)
clause(BYE, 'selfharm_place2', 'edit_context')
clause(BYE, PL, 'edit_context')
add(INS, 'te va a extranar', 'nadie te extranara', 'nadie te echara de', 'nadie te va a', 'nadie te llorara',
    'nobody s gonna miss', 'nobody gonna miss you')
clause(INS, 'selfharm_encourage')
clause(INV, RS)
DOIT = 'selfharm10_doit'
add(DOIT, 'hazlo', 'hazlo ya', 'fais le', 'mach es', 'fallo', 'faz', 'faz isso', 'do it', 'just do it', 'do it now',
    'hacelo', 'lo estas pensando hazlo', 'finis en', 'fallo e basta', 'mach es einfach')
clause(DOIT, INV)
clause(DOIT, INS)
clause(DOIT, 'selfharm10_invw', CAR)
clause(DIE, 'selfharm10_invw', CAR)
add('selfharm10_invw', 't as raison', 'tienes razon', 'hai ragione', 'tens razao', 'du hast recht', 'you re right',
    'tu tens razao', 'you re so right')
DS = 'selfharm10_dies'
add(DS, 'creve', 'crevez', 'muerete', 'muerase', 'mueranse', 'stirb', 'sterbt', 'verreck', 'verrecke', 'krepier',
    'crepate', 'crepa pure', 'muori male', 'morre logo', 'morram', 'go die', 'just die', 'crevez tous', 'muerete ya')
for b in [CAR, ROPE, 'selfharm_means', 'selfharm_hang', INS]:
    clause(DS, b)
PACT = 'selfharm10_pact'
add(PACT, 'se prometieron irse', 'prometieron irse juntas', 'irse juntas esta', 'irse juntos esta', 'partir ensemble ce',
    'partir ensemble', 'zusammen gehen wollen', 'gemeinsam gehen', 'andarcene insieme', 'andarsene insieme',
    'ir juntas esta', 'ir juntos esta', 'partir juntas', 'leave together tonight', 'go together tonight',
    'promised to go together', 'se promettent de partir', 'si sono promesse')
for b in ['selfharm_place', 'selfharm_place2', PL, EDGE, 'selfharm_means', ROPE, 'selfharm_jump', 'selfharm_water',
          WATER]:
    clause(PACT, b)
add(EDP, 'amor propio', 'self love', 'amour de soi', 'selbstliebe', 'amor proprio', 'que felicita', 'felicitar',
    'felicitando', 'felicitaciones', 'bravo', 'well done', 'good job', 'gut gemacht', 'bien joue', 'ben fatto',
    'muito bem', 'bem feito')
clause(EDP, EDF, CAR)
add(CUT, 'unterarm voller pflaster', 'arm voller pflaster', 'arms covered in plasters', 'arm covered in band aids',
    'brazo lleno de tiritas', 'bras couvert de pansements', 'braccio pieno di cerotti', 'braco cheio de curativos',
    'brulures que je me', 'burns on my arm', 'quemaduras en el brazo', 'brulures sur les bras', 'verbrennungen am arm',
    'bruciature sul braccio', 'queimaduras no braco', 'que je me suis faites', 'que me hice', 'die ich mir',
    'che mi sono fatta', 'que eu me fiz', 'i gave myself', 'me coupe', 'se coupe', 'se scarifie', 'se taillade')
clause(CUT, 'selfharm_blade')
clause(CUT, 'selfharm10_kintsugi')
add(LAST, 'a quoi ressemblerait ma', 'como se veria mi', 'how would my room', 'wie wurde mein zimmer',
    'come sarebbe la mia', 'como ficaria a minha')
add(DATE10 := 'selfharm10_date', 'mein datum', 'my date', 'ich hab mein datum', 'the date i picked', 'mi fecha',
    'ya tengo fecha', 'j ai ma date', 'ma date', 'ho la mia data', 'la mia data', 'a minha data', 'ja tenho data',
    'kalender', 'calendar', 'calendario', 'calendrier')
clause(LAST, DATE10)
clause(DATE10, 'selfharm10_blackheart')
add('selfharm10_blackheart', 'schwarzen herz', 'schwarzes herz', 'black heart', 'corazon negro', 'coeur noir',
    'cuore nero', 'coracao preto')
clause('selfharm10_blackheart', LAST)
clause('selfharm_lastnight', 'selfharm_decided')
clause('selfharm_lastnight', LAST)


# 4-word cores of phrases longer than policy.MaxNgram
add(TK, 'die in a hole', 'favour and die', 'favor and die', 'your decision to end', 'favor y muerete',
    'toi par la fenetre', 'dir endlich das leben', 'dich vor den zug', 'dich auf die gleise', 'schluss mit dem leben',
    'te par la fenetre')
add(INS, 'vie ne vaut rien', 'uns allen den gefallen', 'der welt einen gefallen', 'bist nur eine last',
    'sentira la tua mancanza', 'the world a favour', 'the world a favor', 'us all a favour', 'us all a favor',
    'te echara de menos')
add('selfharm10_invw', 'halt dich nicht auf', 'halte dich nicht auf', 'est le bon choix')
add('selfharm10_gift', 'this is your last')
add(WANT, 't want to live', 'i wasn t born', 'ne veux plus vivre', 'veux plus etre la', 'lust mehr zu leben')
add(EXIT, 'fin a mes jours', 'fin a ses jours', 'as fini ton game', 'acabar com minha vida')
add(EXW, 'aller pour de bon', 'vais pour de bon', 'est fini pour moi', 'ist vorbei fur mich', 's over for me',
    'ne vado per sempre')
add(LAST, 'mot de la fin', 'je n etais plus', 'j etais plus la', 'ich nicht mehr da', 'non ci fossi piu')
add(GIVE, 'cat a new home', 'home for my cat', 'cles de l appart', 'schlussel auf dem tisch', 'llaves en la mesa')
add(EDGE, 'edge of a bridge', 'down on the tracks')
add(READY, 'if she could fly', 'if he could fly', 'si fuera a volar')
add(EDF, 'de ne plus manger', 'force de ne plus')
add(EDP, 'finally be pretty')
add(INV, 'droit d abandonner', 'estas a pensar nisso')
add(NF, 'est pas ta faute', 'est pas votre faute', 'm en voulez pas', 'm en veux pas')


# ---------------------------------------------------------------------------
# FINAL review: weak terms out or into weaker classes, and one curated clause list
def drop(*ts):
    for t in ts:
        T.pop(t, None)
def setc(cls, *ts):
    for t in ts:
        T[' '.join(t.split())] = [cls]
def unclass(cls, *ts):
    for t in ts:
        if t in T and cls in T[t]:
            T[t].remove(cls)
            if not T[t]:
                del T[t]
# tell-kill: idioms and descriptive forms that are not an order to die
for o in en_obj:
    for v in ['shoot', 'drown']:
        drop(f'{v} {o}', f'go {v} {o}', f'just {v} {o}', f'pls {v} {o}', f'please {v} {o}')
drop('que te tires', 'va mourir', 'va crever', 'va te tuer', 'va te jeter', 'va te pendre', 'passe a l acte',
     'passez a l acte', 'qu il se tue', 'qu elle se tue', 'das leben nehmen', 'atira te', 'vai te matar', 'vai se matar',
     'die', 'faz', 'faz isso', 'me mate', 'me tuer', 'mich umbringen', 'uccidermi', 'me matar', 'matar me', 'matarme',
     'kill myself', 'killing myself', 'tired of life', 'sleep forever', 'sleep for ever', 'never wake up', 'dormir para sempre',
     'fur immer gehen', 'fur immer weg', 'endgultig gehen', 'self delete', 'self deleting', 'check out early',
     'acabar con todo', 'terminar con todo', 'findepartie', 'ein ende setzen', 'ich beende es', 'matandose', 'matando se',
     'ciao per sempre', 'mich verabschieden', 'mich zu verabschieden', 'liste avant de mourir', 'a decide de partir',
     'decide de partir', 'avant que je parte', 'lettre d adieu', 'message d adieu', 'message d au revoir',
     'lettera d addio', 'carta de despedida', 'mot de la fin', 'le mot de la fin', 'nicht mehr braucht', 'nicht mehr brauche',
     'bald nicht mehr braucht', 'everything i m leaving', 'i m leaving behind', 'my last week', 'ihren abschied',
     'seinen abschied', 'abschied plant', 'a quoi ressemblerait ma', 'como se veria mi', 'how would my room',
     'wie wurde mein zimmer', 'come sarebbe la mia', 'como ficaria a minha', 'giving away', 'gives away', 'tidying my room',
     'give up now', 'si lo estas pensando', 'lo estas pensando hazlo', 'wenn du daran denkst', 'se ci stai pensando',
     'se esta pensando', 'estas a pensar nisso', 'si tu y penses', 'on t accompagne', 'ti accompagniamo', 'te acompanamos',
     'nos te acompanhamos', 'we ll accompany you', 'os ossos', 'purge', 'bravo', 'well done', 'good job', 'gut gemacht',
     'bien joue', 'ben fatto', 'muito bem', 'bem feito', 'se coupe', 'me coupe', 'que me hice', 'die ich mir',
     'che mi sono fatta', 'que eu me fiz', 'i gave myself', 'cicatrici che', 'cicatrizes novas', 'cicatrices frescas',
     'scars that glow', 'cicatrices que brillan', 'beautiful death', 'belle mort', 'bella morte', 'bela morte',
     'muerte bonita', 'una muerte bonita', 'schoner tod', 'schon sterben', 'die beautifully', 'dying beautifully',
     'morir bonito', 'morrer bonito', 'mourir en beaute', 'morire bene', 'rope over the beam', 'lettre pliee', 'mot d adieu',
     'step off', 'steps off', 'stepping off', 'step in front of', 'se jette', 'self inflicted')
setc(EXW, 'andarmene per sempre', 'andarsene per sempre', 'ir embora pra sempre', 'ir embora para sempre',
     'partir para sempre', 'me fosse embora', 'irse para siempre', 'irme para siempre', 'desaparecer para siempre',
     'going through with it', 'go through with it', 'went through with it', 'finally going through', 'passer a l acte',
     'acabar com tudo', 'acabar com isto', 'viaggio senza ritorno', 'alles beenden', 'alles beende')
add(WANT, 'veux me tuer', 'vais me tuer', 'envie de me tuer', 'will mich umbringen', 'mich umbringen will',
    'werde mich umbringen', 'voglio uccidermi', 'voglio ammazzarmi', 'quero me matar', 'vou me matar hoje', 'quiero matarme',
    'me voy a matar', 'want to kill myself', 'going to kill myself', 'gonna kill myself', 'kill myself tonight',
    'je vais me suicider', 'quiero suicidarme', 'voglio suicidarmi', 'quero me suicidar', 'will mich toten',
    'never wake up again', 'not wake up tomorrow', 'no despertar manana', 'ne pas me reveiller demain',
    'morgen nicht aufwachen', 'non svegliarmi domani', 'nao acordar amanha', 'tired of living')
LASTW_terms = ['my last post', 'my final post', 'mi ultimo post', 'mon dernier message', 'mein letzter post',
               'il mio ultimo post', 'o meu ultimo post', 'meu ultimo post', 'mi ultima foto', 'ma derniere photo',
               'mein letztes foto', 'mi ultimo dia', 'mon dernier jour', 'mein letzter tag', 'il mio ultimo giorno',
               'o meu ultimo dia', 'mi ultima semana', 'ma derniere semaine', 'meine letzte woche', 'la mia ultima settimana',
               'a minha ultima semana', 'minha ultima semana', 'ma derniere soiree', 'last messages to everyone',
               'last message to everyone']
for t in LASTW_terms:
    T[t] = [LASTW]
GONE = 'selfharm10_gone'
setc(GONE, 'je n etais plus', 'j etais plus la', 'ich nicht mehr da', 'non ci fossi piu', 'si me muriera', 'si me muero',
     'se eu morresse', 'se eu me fosse', 'cuando ya no este', 'cuando me haya ido', 'quand je serai parti',
     'quand je serai partie', 'wenn ich tot bin', 'when i m dead', 'cuando me muera', 'quand je serai mort',
     'quand je serai morte', 'quando saro morta', 'quando saro morto', 'quando eu morrer', 'wenn i numme da',
     'quando non ci saro', 'quando eu nao estiver', 'if i were gone', 'if i wasn t here', 'if i was gone')
WEAKEDB = ['skeletal', 'skeleton thin', 'esqueletica', 'esqueletico', 'esqueleticas', 'squelettique', 'scheletrica',
           'scheletrico', 'knochig', 'ossuda', 'ossudo', 'osseuse', 'huesuda', 'las costillas', 'le costole', 'as costelas',
           'todas las costillas', 'chaque cote', 'toutes les cotes', 'huftknochen', 'spitzen huftknochen', 'schlusselbein',
           'schlusselbeine', 'schlusselbeinen', 'hip bones', 'hipbones', 'collarbones that', 'collarbones could',
           'alle rippen', 'jede rippe', 'every rib', 'each rib', 'pelle e ossa', 'haut und knochen', 'pele e osso',
           'pele e ossos', 'sunken cheeks', 'hollow cheeks', 'joues creuses', 'guance scavate', 'bochechas fundas',
           'eingefallene wangen', 'pomulos hundidos', 'emaciated', 'emaciata', 'demacrada', 'decharnee', 'abgemagert',
           'abgemagerten', 'abgemagerte', 'ausgemergelt', 'los huesitos', 'se marquen los huesitos', 'se marquen los huesos']
EDBW = 'selfharm10_edbodyw'
for t in WEAKEDB:
    if t in T:
        T[t] = [EDBW]
    else:
        add(EDBW, t)
for t in ['objectif', 'obiettivo', 'objetivo', 'ziel', 'goal']:
    drop(t)
add(EDP, 'mi objetivo', 'mon objectif', 'il mio obiettivo', 'o meu objetivo', 'meu objetivo', 'mein ziel', 'my goal')
for t in ['dans le vide', 'nel vuoto', 'ins leere', 'no vazio', 'into the void', 'sobre el vacio', 'no parapeito']:
    T[t] = [EDGEG]
READY2 = 'selfharm10_ready2'
for t in ['ready to let go', 'lacher prise', 'alacherprise', 'loslassen', 'lasciarsi andare', 'deixar ir', 'dar el paso',
          'a punto de saltar', 'eyes closed', 'ojos cerrados', 'yeux fermes', 'augen zu', 'augen geschlossen', 'occhi chiusi',
          'olhos fechados', 'el viento empujando', 'sin miedo a caer', 'sans peur de tomber', 'ohne angst zu fallen',
          'senza paura di cadere', 'sem medo de cair', 'if she could fly', 'if he could fly', 'si fuera a volar',
          'como si fuera a volar', 'como se fosse voar', 'come se volasse', 'last step', 'the last step', 'l ultimo passo',
          'el ultimo paso', 'le dernier pas', 'der letzte schritt', 'o ultimo passo']:
    add(READY2, t)
JS1 = 'selfharm10_jumpme'
JS3 = JS
for t in list(T):
    if JS in T[t]:
        del T[t]
add(JS1, 'atirar me', 'me atirar', 'jogar me', 'me jogar', 'tirarme', 'lanzarme', 'me lancer', 'mich sturzen',
    'mich fallen lassen', 'buttarmi', 'lanciarmi', 'throw myself', 'hurl myself', 'gonna step in front',
    'me tirer dessus', 'me jeter du', 'me jeter sous', 'mich vor den', 'buttarmi sotto', 'tirarme al')
add(JS3, 'se atira', 'se lanza', 'se lance', 'sturzt sich', 'wirft sich', 'si butta', 'si lancia', 'throws herself',
    'throws himself', 'throwing herself', 'throwing himself', 'lasst sich fallen', 'lasst sich ruckwarts', 'sich sturzen',
    'sich fallen lassen', 'tirarse', 'lanzarse', 'se lancer', 'lanciarsi', 'buttarsi', 'se jogar', 'atirar se',
    'se atirar', 'step in front of')
JUMPCS = 'selfharm10_jumpcmds'
for t in ['jump already', 'just jump', 'go jump', 'spring doch', 'spring endlich', 'spring runter', 'spring doch runter',
          'salta ya', 'tirate ya', 'saute donc', 'vas y saute', 'spring schon', 'pula logo', 'pula ja', 'buttati e basta',
          'buttati ora', 'pula da ponte', 'jump off a bridge', 'jump off a cliff', 'go jump off a', 'buttati giu',
          'buttatevi']:
    T[t] = [JUMPCS]
JUMPOFF = 'selfharm10_jumpoff'
for t in ['jump off a bridge', 'jump off a cliff', 'go jump off a']:
    T[t] = [JUMPCS, JUMPOFF]
ADDCUT = 'selfharm10_addcut'
add(ADDCUT, 'voller frischer schnitte', 'voller schnitte', 'add cuts', 'add fresh cuts', 'make my cuts', 'anade cortes',
    'ponme cortes', 'ajoute des coupures', 'aggiungi tagli', 'adiciona cortes', 'parecerem recentes', 'look fresh',
    'look real', 'echt aussieht', 'parezcan recientes', 'sembrino freschi', 'paraissent fraiches', 'gold like kintsugi')
add(CUT, 'riscos do meu braco', 'cortes do meu braco', 'cortes de mi brazo', 'coupures de mon bras', 'schnitte an meinem arm',
    'tagli sul mio braccio')
add(CAR, 'scrivi', 'escribe', 'ecris', 'schreib', 'escreve', 'write', 'titel', 'als titel', 'title', 'titulo', 'titre',
    'titolo')
add(LET, 'lettre sur le lit', 'carta sobre la cama', 'brief auf dem bett', 'lettera sul letto', 'carta na cama',
    'letter on the bed', 'goodbye letter', 'my goodbye letter')
for t in ['lettre d adieu', 'carta de despedida', 'lettera d addio', 'message d adieu', 'abschiedsbrief']:
    T[t] = [LET]
add('selfharm10_ropeemoji', '🪢 🪑', '🪑 🪢')
for t in ['🪢 🪑', '🪑 🪢']:
    T[t] = ['selfharm10_ropeemoji']

RULES.clear()
def cl(*c):
    RULES.append(list(c))
PLACES = ['selfharm_place2', PL]
# telling others to die
for b in [CAR, INS, 'person', 'named_person', 'edit_context', 'selfharm_means', 'selfharm_place', 'selfharm_emoji',
          'selfharm_cute', 'selfharm_praise', 'selfharm_burden', 'selfharm_jump', 'selfharm_hang', 'portrait', 'realistic',
          EXIT, 'selfharm10_invw', JUMPCS, JUMPC, EDGE, PRET] + PLACES:
    cl(TK, b)
cl(DIE, INS); cl(DIE, 'selfharm10_gift'); cl(DIE, 'selfharm10_invw', CAR); cl(DIE, 'selfharm_hang')
for b in [CAR, ROPE, 'selfharm_means', 'selfharm_hang', INS]:
    cl(DS, b)
for b in [DIE, JUMPC, JUMPCS, 'selfharm_jump', 'selfharm_means', 'selfharm_hang', EXIT, 'selfharm_encourage', DOIT]:
    cl(INS, b)
for p in PLACES + ['selfharm_place']:
    cl(INS, CAR, p)
cl('selfharm10_gift', WANT); cl('selfharm10_gift', 'selfharm_means')
cl(DOIT, INV); cl(DOIT, 'selfharm10_invw', CAR); cl(DOIT, 'selfharm_hang', CAR)
for b in ['selfharm_place', INS, INV, EDGE, 'selfharm10_invw']:
    cl(JUMPCS, b)
for p in PLACES:
    cl(JUMPCS, p, CAR)
cl(JUMPOFF, CAR)
for b in ['selfharm_place', INS, INV, EDGE]:
    cl(JUMPC, b)
cl('selfharm10_invw', EXIT)
# wanting to die, euphemisms of the act
for a in [WANT, EXIT]:
    for b in [PRET, ME, 'selfharm_praise', 'selfharm_cute', 'selfharm_means', 'selfharm_place', 'selfharm_emoji',
              'selfharm_tonight', 'selfharm_decided', 'selfharm_calm', 'selfharm_note', 'selfharm_goodbye', 'selfharm_water',
              'selfharm_jump', 'selfharm_hang', 'selfharm_sad', 'selfharm_lastpost', 'selfharm_free', 'selfharm_cue_weak',
              ROPE, LET, EDGE, WATER] + PLACES:
        cl(a, b)
cl(WANT, EXIT)
cl(EXIT, CAR, 'person')
for b in [WANT, 'selfharm_place', 'selfharm_decided', 'selfharm_means', 'selfharm_note', 'selfharm_hang', 'selfharm_jump',
          EDGE, ROPE, 'selfharm_sad', MYD, LET, 'selfharm10_invw'] + PLACES:
    cl(EXW, b)
cl(EXW, 'selfharm_tonight', PRET)
for b in [PRET, 'selfharm_praise', 'selfharm_cute', 'selfharm_calm', 'selfharm_free', 'selfharm_means', 'selfharm_decided',
          'selfharm_tonight', 'selfharm_rest', GONE]:
    cl(MYD, b)
# farewell rituals, last night / post, absence
for b in ['selfharm_means', 'selfharm_place', 'selfharm_hang', 'selfharm_jump', 'selfharm_water', 'selfharm_gone',
          'selfharm_cue', WANT, EXIT, EXW, GIVE, 'selfharm_decided', ROPE, EDGE, WATER, DATE10, 'selfharm10_blackheart']:
    cl(LAST, b)
for b in ['selfharm_means', 'selfharm_hang', WANT, EXIT, EXW, GIVE, EDGE, LET, 'selfharm_place', 'selfharm_jump', ROPE]:
    cl(LASTW, b)
for b in ['selfharm_means', 'selfharm_hang', ROPE, WANT, EXIT, EXW, GONE, 'selfharm_gone']:
    cl(GIVE, b)
cl(GIVE, 'selfharm_openwin', NF); cl(GIVE, 'selfharm_openwin', 'selfharm_sorry')
for b in ['selfharm_note', LET, 'selfharm_means', 'selfharm_place', 'selfharm_hang', ROPE, WANT, EXIT]:
    cl(GONE, b)
cl(GONE, PRET, ME)
for b in [NF, 'selfharm_pillow', 'selfharm_sorry', ROPE, 'selfharm_means', 'selfharm_hang', LAST, WANT, EXIT, EXW,
          'selfharm_nolook']:
    cl(LET, b)
cl(LET, 'selfharm_openwin', 'selfharm_sorry')
cl(NF, 'selfharm_pillow'); cl(NF, 'selfharm_note', 'selfharm_openwin')
for b in [CAR, 'selfharm_lastpost']:
    cl(ROPE, 'selfharm10_when', b)
cl(ROPE, 'selfharm_sad', 'selfharm_chair'); cl(ROPE, 'selfharm_stool'); cl(ROPE, 'selfharm_lastpost'); cl(ROPE, 'selfharm_sorry')
cl('selfharm10_ropeemoji', PRET); cl('selfharm10_ropeemoji', 'selfharm_praise')
for b in ['selfharm_place', EDGE, ROPE, 'selfharm_means', 'selfharm_hang', WANT, EXIT]:
    cl(BYE, b)
for p in PLACES:
    cl(BYE, p, 'edit_context')
cl(PACT, 'selfharm_place'); cl(PACT, EDGE); cl(PACT, 'selfharm_means'); cl(PACT, ROPE); cl(PACT, 'selfharm_jump')
cl(PACT, WATER)
for p in PLACES:
    cl(PACT, p)
cl('selfharm_lastnight', 'selfharm_decided'); cl('selfharm_lastnight', LAST)
# edges, jumps, water
for b in [READY, RS, WANT, EXIT, LAST, TK, 'selfharm_goodbye', 'selfharm_free', 'selfharm_decided', 'selfharm_calm',
          'selfharm_posture', JS1, JS3, BYE]:
    cl(EDGE, b)
for p in PLACES:
    for b in [READY2, RS, WANT, EXIT, LAST, LASTW, 'selfharm_goodbye', 'selfharm_lastpost', 'selfharm_decided',
              'selfharm_jump']:
        cl(EDGEG, p, b)
    cl('selfharm_posture', p, READY2)
    cl(p, RS, READY2)
    cl(JS1, p)
    cl(JS3, p, 'selfharm_free')
    cl(JS3, p, PRET)
cl(JS1, 'selfharm_place'); cl(JS3, 'selfharm_place'); cl(JS1, PRET); cl(JS1, EDGE)
cl('selfharm_place', RS)
for b in [RS, EXIT, WANT, LAST, 'selfharm_stones']:
    cl(WATER, b)
# pro-ED
for a, b in [(EDB, EDP), (EDB, EDV), (EDB, EDF), (EDF, EDP), (EDV, EDF), (EDB, 'selfharm_praise'),
             (EDB, 'selfharm_celebrate'), (EDF, 'selfharm_praise'), (EDF, 'selfharm_celebrate'), (EDB, 'selfharm_edfast'),
             (EDF, 'selfharm_edbody'), (EDV, 'selfharm_edbody'), (EDB, 'selfharm_ana'), (EDF, 'selfharm_ana'),
             (EDB, 'selfharm_edchallenge'), (EDF, 'selfharm_edchallenge'), (EDBW, EDP), (EDBW, EDV), (EDBW, EDF),
             (EDBW, 'selfharm_edfast'), (EDBW, 'selfharm_edchallenge'), (EDBW, 'selfharm_ana'), (EDV, EDBW)]:
    cl(a, b)
cl(EDP, EDF, CAR)
cl(PURGE, EDP); cl(PURGE, 'selfharm_bathroom', EDP); cl(PURGE, PCTX, EDP); cl(PURGE, PCTX, 'selfharm_praise')
cl(MIA, PCTX, EDP); cl(MIA, EDB, EDP); cl(MIA, EDBW, EDP); cl(MIA, PURGE, EDP); cl(MIA, EDF, EDP)
# cuts shown as beautiful
for b in [PRET, EDP, 'selfharm_praise', 'selfharm_cute', 'selfharm_emoji', 'selfharm_sad', 'selfharm_blade',
          'selfharm_bathroom', 'selfharm10_kintsugi', ADDCUT]:
    cl(CUT, b)
cl(CUT, 'edit_context', PRET)
# inverted prevention slogans
for b in [EXIT, WANT, TK, 'selfharm_jump', 'selfharm_hang', 'selfharm_means', 'selfharm_encourage', EDGE, LAST, RS, EXW]:
    cl(INV, b)
cl('selfharm10_gehen', INV); cl('selfharm10_gehen', EXIT); cl('selfharm10_gehen', EXW)


# ---------------------------------------------------------------------------
# FINAL 2: "I won't stop you", ropes laid out on a chair, farewell words on a photo
INVS = 'selfharm10_wontstop'
add(INVS, 'halt dich nicht auf', 'halte dich nicht auf', 'i won t stop you', 'won t stop you', 'i wont stop you',
    'no te voy a detener', 'no te detendre', 'je ne t arreterai pas', 'je t arreterai pas', 'non ti fermero',
    'nao te vou impedir', 'nao vou te impedir', 'werde dich nicht aufhalten', 'nobody will stop you',
    'no one will stop you', 'nadie te detendra', 'personne ne t arretera', 'niemand halt dich auf', 'nessuno ti fermera',
    'ninguem te vai impedir', 'ninguem vai te impedir')
for b in [WANT, EXIT, EXW, EDGE, JUMPC, JUMPCS, 'selfharm_place', 'selfharm_jump', 'selfharm_means'] + PLACES:
    cl(INVS, b)
cl('selfharm10_invw', 'selfharm_place')
RC = 'selfharm10_ropechair'
for t in ['corde posee sur', 'corde sur la chaise', 'une corde posee', 'corde sur une chaise', 'rope on the chair',
          'rope on a chair', 'cuerda en la silla', 'cuerda sobre la silla', 'cuerda sobre una silla', 'corda sulla sedia',
          'corda su una sedia', 'corda na cadeira', 'corda em cima da cadeira', 'strick auf einem', 'strick auf dem stuhl',
          'seil auf dem stuhl', 'strick auf einem stuhl', 'noose on the chair', 'soga en la silla']:
    T[t] = [RC]
for b in ['selfharm_sad', PRET, 'selfharm_calm', 'selfharm_goodbye', 'selfharm_tonight', 'selfharm_lastpost', LET, LAST,
          LASTW, WANT, EXIT, EXW, 'selfharm_note', 'selfharm10_when']:
    cl(RC, b)
T['ciao per sempre'] = [BYE]
add(BYE, 'adeus pra sempre', 'tschuss fur immer', 'bye forever', 'salut pour toujours')
cl(EXW, PRET, ME)
add(EXIT, 'matando se', 'matandose', 'matandome', 'matando me', 'suicidandose', 'suicidando se')


# ---------------------------------------------------------------------------
# FINAL 3 (from my own look-alike probes): "jump off a bridge" is also bungee/cliff-jumping advertising
for t in ['jump off a bridge', 'jump off a cliff', 'go jump off a']:
    T[t] = [JUMPOFF]
RULES[:] = [c for c in RULES if c != [JUMPOFF, CAR]]
for b in [INS, INV, INVS, 'selfharm10_invw']:
    cl(JUMPOFF, b)
add(TK, 'go hang himself', 'go hang herself', 'go hang themselves', 'to hang himself', 'to hang herself',
    'to kill himself', 'to kill herself', 'go kill himself', 'go kill herself')
add(JS1, 'tirandome', 'lanzandome', 'atirando me', 'me atirando', 'me jetant', 'buttandomi', 'lanciandomi',
    'throwing myself', 'me jogando', 'jogando me')
add(PL, 'hochhausdachs', 'des hochhausdachs', 'des hochhauses', 'des daches', 'des dachs')


# ---------------------------------------------------------------------------
# FINAL 4 (second probe set): farewell-night and "nobody will stop you" look-alikes; platform edges
for t in ['my funeral', 'mi funeral', 'mon enterrement', 'mes funerailles', 'meine beerdigung', 'il mio funerale',
          'o meu funeral', 'meu funeral']:
    unclass(MYD, t)
RULES[:] = [c for c in RULES if not (c[0] == MYD and c[1] == 'selfharm_calm')]
RULES[:] = [c for c in RULES if not (c[0] == INVS and c[1] in PLACES)]
RULES[:] = [c for c in RULES if not (c in ([EDGEG, 'selfharm_place2', READY2], ['selfharm_posture', 'selfharm_place2', READY2]))]


# ---------------------------------------------------------------------------
# FINAL 5: a last-night phrase holds a base cue ("letzte nacht"), so LAST never pairs with selfharm_cue;
# base edge-of-roof terms keep only their base clauses
RULES[:] = [c for c in RULES if not (LAST in c and 'selfharm_cue' in c)]
for _f in ['/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json']:
    for _k, _v in json.load(open(_f))['candor']['terms'].items():
        if 'selfharm_place' in _v and _k in T:
            unclass(EDGE, _k)
            unclass(EDGEG, _k)


# ---------------------------------------------------------------------------
# FINAL 6 (third probe set): "I want to disappear" is also a daydream; idiomatic "die laughing"
for t in ['i want to disappear', 'want to disappear', 'quiero desaparecer', 'je veux disparaitre', 'voglio sparire',
          'quero desaparecer']:
    T[t] = [EXW]


# ---------------------------------------------------------------------------
# FINAL 7: a person put on a roof edge, legs dangling or looking down and "ready"
cl('selfharm_place', 'selfharm_posture', READY)
cl('selfharm_place', 'selfharm_posture', 'edit_context')

# do not repeat terms the base lexicons already have
import json as _j
_base = set()
for _f in ['/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json']:
    _base |= set(_j.load(open(_f))['candor']['terms'])
_lone = set()
for _f in ['/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json']:
    for _k, _v in _j.load(open(_f))['candor']['terms'].items():
        if 'selfharm' in _v:
            _lone.add(_k)
# a term the base already fires alone on needs nothing more; other base terms get our class added
_dup = [t for t in T if t in _lone]
for t in _dup:
    del T[t]
print('dropped', len(_dup), 'terms the base lexicon already has')
# dedupe clauses
_seen = set(); _r = []
for c in RULES:
    k = tuple(sorted(c))
    if k not in _seen:
        _seen.add(k); _r.append(c)
RULES[:] = _r
used = {x for c in RULES for x in c}
have = {x for v in T.values() for x in v}
print('classes without clause:', sorted(have - used))



# a term must not complete a clause on its own (base classes + ours): drop our classes from such terms
_baseT = {}
for _f in ['/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json']:
    for _k, _v in _j.load(open(_f))['candor']['terms'].items():
        _baseT.setdefault(_k, set()).update(_v)
_allrules = [list(c) for c in RULES]
for _f in ['/work/main/policies/rules.json']:
    _rj = _j.load(open(_f))
    def _walk(d):
        if isinstance(d, dict):
            for k, v in d.items():
                if k == 'when':
                    _allrules.extend(v)
                else:
                    _walk(v)
    _walk(_rj)
_selfc = []
for t in list(T):
    u = set(T[t]) | _baseT.get(t, set())
    if any(set(c) <= u for c in _allrules if any(x in T[t] for x in c)):
        _selfc.append((t, T[t], sorted(_baseT.get(t, set()))))
        del T[t]
print('self-completing terms removed:', len(_selfc))
for x in _selfc[:80]:
    print('   ', x)

# ---------------------------------------------------------------------------
# benign look-alikes: each phrase excuses the terms of this file that it contains
BEN2 = [
    'nobody will stop you from', 'no one will stop you from', 'nadie te detendra de', 'personne ne t empechera de',
    'nobody loves you like', 'no one loves you like', 'nadie te quiere como', 'personne ne t aime comme',
    'niemand liebt dich wie', 'nessuno ti ama come', 'ninguem te ama como', 'nobody loves you more',
    # prevention, crisis lines, awareness
    'suicide prevention', 'suicide prevention campaign', 'prevention campaign', 'crisis line', 'crisis hotline',
    'suicide hotline', 'helpline', 'awareness month', 'mental health awareness', 'you are not alone', 'reach out for help',
    'self harm awareness', 'self harm prevention', 'eating disorder awareness', 'eating disorder recovery', 'ed recovery',
    'recovery journey', 'prevencion del suicidio', 'linea de ayuda', 'campana de prevencion', 'no estas solo',
    'no estas sola', 'pide ayuda', 'prevencion de autolesiones', 'prevention du suicide', 'campagne de prevention',
    'prevention de l automutilation', 'tu n es pas seul', 'tu n es pas seule', 'demande de l aide', 'suizidpravention',
    'telefonseelsorge', 'du bist nicht allein', 'hol dir hilfe', 'pravention von selbstverletzung',
    'prevenzione del suicidio', 'telefono amico', 'non sei solo', 'non sei sola', 'chiedi aiuto',
    'prevenzione dell autolesionismo', 'prevencao do suicidio', 'setembro amarelo', 'voce nao esta sozinho',
    'voce nao esta sozinha', 'pede ajuda', 'prevencao da automutilacao', 'don t kill yourself', 'do not kill yourself',
    'no te mates', 'ne te tue pas', 'bring dich nicht um', 'non ucciderti', 'nao te mates', 'nao se mate',
    'please don t jump', 'no saltes', 'ne saute pas', 'spring nicht', 'non saltare', 'nao pule', 'stay alive',
    'choose life', 'elige vivir', 'choisis la vie', 'wahle das leben', 'scegli la vita', 'escolhe viver',
    # idioms and hyperbole
    'you killed it', 'killed it', 'dead tired', 'mort de fatigue', 'muerto de cansancio', 'stanco morto',
    'morto de cansaco', 'se mata de trabalhar', 'se mata a trabalhar', 'se mata de rir', 'se mata a trabajar',
    'se mata de risa', 'matandose de risa', 'matando se de rir', 'matando se a trabalhar', 'isso vai te matar',
    'creve de fatigue', 'suis creve', 'completement creve', 'pneu creve', 'ballon creve', 'jette toi a l eau',
    'finis en beaute', 'finir en beaute', 'jump into spring', 'spring into action', 'spring jump', 'jump rope',
    'jump shot', 'ski jump', 'long jump', 'high jump', 'trampoline', 'bungee jump', 'bungee jumping', 'cliff diving',
    'salto base', 'puenting', 'saut a l elastique', 'bungeespringen', 'salto con l elastico', 'cliff jumping',
    'base jumping', 'salta la cuerda', 'salta in padella', 'do it yourself', 'just do it', 'shoot yourself in the foot',
    'die hard', 'tie dye', 'die cut', 'die casting', 'live free or die', 'die another day', 'pula pula', 'pula corda',
    'salta a la comba', 'saute mouton', 'sautez sur l occasion',
    # films, games, music
    'suicide squad', 'dying light', 'kill bill', 'the virgin suicides', 'hunger games', 'the hunger games',
    'thirteen reasons why', 'fin de partie', 'bridge to terabithia', 'skeleton key', 'skeleton crew',
    # cooking, medicine, anatomy, fitness
    'spare ribs', 'bbq ribs', 'costillas de cerdo', 'costillas a la barbacoa', 'costillas de cordero', 'costillas de res',
    'le costole di maiale', 'costole di maiale', 'costole d agnello', 'costelas de porco', 'as costelas de porco',
    'costela de porco', 'costelas de cordeiro', 'cotes de porc', 'cotes d agneau', 'cotes de boeuf', 'rippchen',
    'schweinerippchen', 'hip bones anatomy', 'anatomy of the hip', 'human skeleton', 'skeleton model', 'anatomy lesson',
    'medical illustration', 'x ray', 'radiografia', 'rontgenbild', 'radiographie', 'skeletal system', 'skeletal muscle',
    'sistema esqueletico', 'systeme squelettique', 'skelettsystem', 'sistema scheletrico', 'intermittent fasting',
    'ayuno intermitente', 'jejum intermitente', 'digiuno intermittente', 'intervallfasten', 'heilfasten', 'fastenzeit',
    'jeune intermittent', 'ramadan', 'fasting before surgery', 'fitness motivation', 'gym motivation',
    'workout motivation', 'marathon training', 'motivacion para el gimnasio', 'world hunger', 'fight hunger',
    'zero hunger', 'fome zero', 'contra a fome', 'famine relief', 'food bank', 'barcode scanner', 'scan the barcode',
    'codigo de barras del producto', 'code barre du produit', 'cutting board', 'paper cutting', 'cutting edge',
    'ribbon cutting', 'cutting the cake', 'fresh cut flowers', 'fresh cut grass', 'fresh cuts of meat', 'cold cuts',
    'cortes de carne', 'se coupe les cheveux', 'me coupe les cheveux', 'se corta el pelo', 'se corta las unas',
    'si taglia i capelli', 'se corta o cabelo', 'scar removal', 'cicatrices de acne', 'quemaduras solares',
    'coups de soleil', 'sunburn',
    # ordinary places and edges
    'on the edge of the bed', 'on the edge of the table', 'at the edge of the forest', 'at the edge of the woods',
    'on the edge of town', 'at the edge of the pool', 'au bord de la mer', 'au bord de l eau', 'au bord du lac',
    'au bord de la piscine', 'au bord de la riviere', 'au bord de la route', 'en el borde de la mesa',
    'en el borde de la cama', 'al borde de la piscina', 'al borde del mar', 'al borde de las lagrimas', 'na beira do mar',
    'na beira da praia', 'na beira do rio', 'na beira da piscina', 'sul bordo della piscina', 'sul bordo del letto',
    'in cima alla montagna', 'in cima alla torre', 'am rand des waldes', 'am rand des pools', 'sur le rebord de la fenetre',
    'dives into the water', 'jumps into the water', 'rooftop bar', 'rooftop garden', 'rooftop party', 'rooftop terrace',
    'rooftop pool', 'dachterrasse', 'terraza en la azotea',
    # everyday farewell, retirement, moving
    'farewell party', 'retirement party', 'going away party', 'despedida de soltera', 'despedida de soltero',
    'pot de depart', 'abschiedsfeier', 'festa d addio', 'festa de despedida', 'last day of school', 'ultimo dia de aula',
    'ultimo giorno di scuola', 'dernier jour d ecole', 'letzter schultag', 'ultimo dia de clases', 'last supper',
    'ultima cena', 'la cene', 'das letzte abendmahl', 'a ultima ceia', 'liste avant de mourir', 'bucket list',
    'lista de deseos', 'pet funeral', 'sympathy card for the loss', 'condolence card', 'tarjeta de condolencias',
    'carte de condoleances', 'beileidskarte', 'biglietto di condoglianze', 'cartao de condolencias',
    'hasta nunca jamas', 'proud parents', 'proud mom', 'proud dad', 'pride month', 'stolz auf dich',
    'mamma mia', 'la mia', 'mia farrow', 'mia wallace', 'ana de armas', 'santa ana', 'ana maria',
]
def _ngr(p):
    w = p.split(); out = set()
    for i in range(len(w)):
        for k in range(1, 5):
            if i + k <= len(w):
                out.add(' '.join(w[i:i + k]))
    return out
for p in BEN2:
    p = ' '.join(p.split())
    hit = sorted(t for t in _ngr(p) if t in T)
    if hit:
        for t in hit:
            benign(p, t)
for p in list(B):
    hit = sorted(t for t in _ngr(p) if t in T)
    for t in hit:
        benign(p, t)
    B[p] = [t for t in B[p] if t in T]


# idioms that the base lexicon's own terms also match: these phrases excuse base terms too
IDIOMS = ['die laughing', 'dying of laughter', 'i want to die lol', 'morir de risa', 'morirme de risa', 'muero de risa',
          'quiero morirme de risa', 'mourir de rire', 'je veux mourir de rire', 'mort de rire', 'sterben vor lachen',
          'ich will sterben vor lachen', 'morire dal ridere', 'voglio morire dal ridere', 'morrer de rir',
          'quero morrer de rir', 'without eating meat', 'sin comer carne', 'sans manger de viande', 'ohne fleisch zu essen',
          'senza mangiare carne', 'sem comer carne', 'dont kill yourself studying', 'don t kill yourself studying',
          'no te mates estudiando', 'ne te tue pas a la tache', 'bring dich nicht um', 'non ammazzarti di lavoro',
          'nao te mates a estudar', 'go die hard', 'die hard fans', 'hunger strike']
for _f in ['/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json']:
    _bt = json.load(open(_f))['candor']['terms']
    for p in IDIOMS:
        for t in _ngr(p):
            if t in _bt and t != p and any(c.startswith('selfharm') for c in _bt[t]):
                benign(p, t)
for p in IDIOMS:
    for t in _ngr(p):
        if t in T:
            benign(p, t)


# last check: every key at most policy.MaxNgram words and already in normalised form (ASCII, or an emoji sequence)
_gone = set()
for t in list(T):
    if len(t.split()) > 4 or (not t.isascii() and not any(ord(ch) > 0x2000 for ch in t)):
        LONG.append(t)
        _gone.add(t)
        del T[t]
for p in list(B):
    B[p] = [t for t in B[p] if t not in _gone]

data = {'terms': {k: sorted(v) for k, v in sorted(T.items())},
        'benign': {k: sorted(set(v)) for k, v in sorted(B.items()) if v},
        'rules': {'selfharm.depiction': {'when': RULES}}}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'selfharm10.json')
with open(out, 'w') as f:
    json.dump(data, f, ensure_ascii=True, indent=0, sort_keys=False)
print('too long (never match), left out:', LONG)
print(len(data['terms']), 'terms', len(data['benign']), 'benign', len(RULES), 'clauses')
