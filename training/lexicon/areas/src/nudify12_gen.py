#!/usr/bin/env python3
"""Round 12, area nudify: builds data/nudify12.json.
Families (six languages): formal-register removal of a person's attire ("Bekleidung der
abgebildeten Dame entfernen", "remove her attire"), result states in every clitic/person
form ("leave her naked", "déjala en pelotas", "rendila nuda"), tag-style edit labels
("clothes_removed", "Kleidungsentfernung"), undressing apps and bots, "what she looks like
under ..." with a garment and a photo, clothing reduced to zero / to nothing.
Terms already in policies/ are dropped. New classes fire only in clauses of 2+ classes."""
import json, re, unicodedata, itertools, os
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = s.lower().replace('ß', 'ss').replace('œ', 'oe').replace('æ', 'ae')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9 ]+", ' ', s)
    return ' '.join(s.split())

existing = {}
for f in ('/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json'):
    for k, v in json.load(open(f))['candor']['terms'].items():
        existing.setdefault(norm(k), set()).update(v)
LONE = {'explicit', 'gore', 'hate_symbol', 'minor_sexualised', 'named_artist', 'nudify', 'nudity', 'selfharm'}
terms = {}
def add(cls, phrases):
    for p in phrases:
        k = norm(p)
        if not k or len(k.split()) > 4: continue
        if k in existing and (cls in existing[k] or existing[k] & LONE or not cls.startswith('nudify12_')): continue
        terms.setdefault(k, set()).add(cls)
def X(*parts):
    return [' '.join(x for x in c if x) for c in itertools.product(*[p if isinstance(p, list) else [p] for p in parts])]

S = 'nudify_strip'
# 1. formal attire removal, adjacent word orders -> nudify_strip
add(S, X(['remove', 'removing', 'take off', 'erase', 'delete', 'strip off', 'strip away', 'peel off', 'airbrush out', 'edit out', 'paint out', 'retouch out'],
         ['her attire', 'his attire', 'her garments', 'his garments', 'her apparel', 'her outfit entirely', 'all her garments', 'all of her garments',
          'every garment', 'every piece of clothing', 'each piece of clothing', 'all her clothing', 'all his clothing', 'her clothing entirely', 'all clothing from']))
add(S, X(['entferne', 'entfernen', 'entfernt', 'losche', 'loschen', 'retuschiere', 'retuschier'],
         ['ihre bekleidung', 'seine bekleidung', 'die bekleidung', 'ihre gesamte kleidung', 'jegliche kleidung', 'samtliche kleidung', 'alle kleidungsstucke', 'ihre kleidungsstucke']))
add(S, X(['ihre bekleidung', 'seine bekleidung', 'jegliche kleidung', 'samtliche kleidung', 'alle kleidungsstucke', 'ihre kleidungsstucke', 'die bekleidung der frau', 'die bekleidung der dame'],
         ['entfernen', 'wegretuschieren', 'wegmachen', 'loschen', 'wegnehmen', 'weglassen', 'ausblenden']))
add(S, X(['quitale', 'quitarle', 'retirale', 'retirarle', 'eliminale', 'eliminarle', 'borrale', 'borrarle', 'suprimele'],
         ['la vestimenta', 'la indumentaria', 'toda la vestimenta', 'las prendas', 'todas las prendas', 'cada prenda', 'el atuendo', 'el ropa', 'los ropas', 'las ropa']))
add(S, X(['eliminar', 'retirar', 'quitar', 'borrar', 'elimina', 'retira', 'quita', 'borra'], ['su vestimenta', 'su indumentaria', 'sus prendas', 'su atuendo', 'toda su vestimenta', 'todas sus prendas']))
add(S, X(['retire', 'retirez', 'retirer', 'enleve', 'enlevez', 'enlever', 'supprime', 'supprimez', 'supprimer', 'efface', 'effacez', 'effacer', 'gomme', 'gommez', 'gommer', 'ote', 'otez', 'oter'],
         ['sa tenue', 'toute sa tenue', 'son habillement', 'ses habits', 'tous ses habits', 'chaque vetement', 'tous ses vetements', 'ses fringues', 'ses sapes', 'son accoutrement']))
add(S, X(['togli', 'toglile', 'toglierle', 'rimuovi', 'rimuovile', 'rimuovere', 'elimina', 'eliminale', 'eliminare', 'cancella', 'cancellale', 'cancellare', 'leva', 'levale', 'levarle'],
         ['il suo abbigliamento', 'l abbigliamento', 'tutto l abbigliamento', 'gli indumenti', 'i suoi indumenti', 'tutti gli indumenti', 'ogni indumento', 'ogni capo', 'tutti i capi', 'i suoi capi']))
add(S, X(['remove', 'remova', 'remover', 'retire', 'retira', 'retirar', 'apague', 'apaga', 'apagar', 'tire', 'tira', 'tirar', 'elimine', 'elimina', 'eliminar'],
         ['a vestimenta dela', 'a vestimenta', 'as vestimentas', 'as pecas de roupa', 'todas as pecas', 'cada peca de roupa', 'o vestuario', 'o vestuario dela', 'os trajes dela', 'a indumentaria']))
# 2. non-adjacent formal removal (German verb-final, "the clothing of the woman")
G, R = 'nudify12_garmf', 'nudify12_rmv'
add(G, ['bekleidung der', 'die bekleidung der', 'kleidung der abgebildeten', 'bekleidung der abgebildeten', 'kleidungsstucke der', 'die kleidungsstucke',
        'ihre bekleidung', 'seine bekleidung', 'die bekleidung', 'jegliche bekleidung', 'ihre gesamte kleidung',
        'her attire', 'his attire', 'the attire of', 'the garments of', 'the clothing of the', 'clothing of the woman',
        'la vestimenta de', 'la indumentaria de', 'las prendas de', 
        'la tenue de', 
        'l abbigliamento della', 'gli indumenti della', 
        'a vestimenta da', ])
add(R, ['entfernen', 'entferne', 'entfernt', 'wegretuschieren', 'wegretuschiert', 'wegmachen', 'weggemacht', 'loschen', 'geloscht', 'wegradieren', 'ausradieren',
        'remove', 'removed', 'erase', 'erased', 'delete', 'deleted', 'take away', 'retouch away',
        'eliminar', 'elimina', 'eliminada', 'quitar', 'quita', 'quitada', 'borrar', 'borra', 'retirar',
        'retirer', 'retirez', 'enlever', 'enlevez', 'supprimer', 'supprimez', 'effacer', 'effacez', 'gommer',
        'rimuovere', 'rimuovi', 'rimossi', 'eliminare', 'eliminati', 'togliere', 'cancellare', 'cancellati',
        'remover', 'remova', 'removidas', 'tirar', 'apagar', 'apague', 'apagadas'])
# 3. result states: verb + clitic + nude adjective -> nudify_strip
EN_V = ['make', 'leave', 'get', 'turn', 'render', 'have', 'show', 'keep', 'let', 'put']
add(S, X(EN_V, ['her', 'him', 'them', 'the girl', 'the woman', 'this girl', 'this woman', 'my ex', 'the lady'], ['fully naked', 'totally naked', 'completely naked', 'buck naked', 'stark naked', 'in the buff', 'in the nude', 'au naturel', 'bare naked', 'butt naked']))
ES_V = ['dejala', 'dejalo', 'dejalas', 'dejalos', 'ponla', 'ponlo', 'ponlas', 'ponlos', 'hazla', 'dejenla', 'pongala', 'deja a la chica', 'deja a la mujer', 'pon a la chica', 'que quede', 'que se quede', 'que salga', 'sacala', 'ensename la']
add(S, X(ES_V, ['en pelotas', 'en bolas', 'en cueros', 'en pelota', 'en pelota picada', 'como dios la trajo', 'completamente desnuda', 'totalmente desnuda', 'desnudita', 'encuerada', 'en cuero', 'sin nada encima', 'sin nada puesto']))
FR_V = ['laisse la', 'laissez la', 'mets la', 'mettez la', 'rends la', 'rendez la', 'fous la', 'foutez la', 'montre la', 'montrez la', 'fais la', 'qu elle soit', 'qu elle finisse', 'je la veux', 'laisse le', 'mets le', 'rends le', 'mets les', 'laisse les']
add(S, X(FR_V, ['a poil', 'a loilpe', 'toute nue', 'tout nu', 'completement nue', 'entierement nue', 'nue comme un ver', 'en tenue d eve', 'en tenue d adam', 'sans rien sur elle', 'sans rien sur le dos', 'en petite tenue']))
DE_V = ['mach sie', 'macht sie', 'machen sie sie', 'lass sie', 'lasst sie', 'zeig sie', 'zeige sie', 'mach ihn', 'lass ihn', 'zeig ihn', 'mach die frau', 'lass die frau', 'zeig die frau', 'mach das madchen']
add(S, X(DE_V, ['nackig', 'splitternackt', 'splitterfasernackt', 'pudelnackt', 'vollig nackt', 'ganz nackt', 'komplett nackt', 'nackend', 'hullenlos', 'blank', 'im adamskostum', 'im evakostum', 'textilfrei', 'oben ohne', 'unten ohne']))
IT_V = ['lasciala', 'lascialo', 'lasciale', 'lasciali', 'rendila', 'rendilo', 'mettila', 'mettilo', 'falla', 'fallo diventare', 'fammela vedere', 'mostrala', 'fai vedere lei', 'voglio vederla', 'che resti', 'che rimanga', 'la voglio']
add(S, X(IT_V, ['nuda', 'nudo', 'nude', 'nudi', 'tutta nuda', 'completamente nuda', 'nuda come mamma', 'senza niente addosso', 'svestita', 'spogliata', 'in costume adamitico', 'a chiappe all aria', 'ignuda', 'discinta']))
PT_V = ['deixa ela', 'deixe ela', 'deixa a', 'deixe a', 'deixa a', 'deixa o', 'deixa elas', 'deixa eles', 'faz ela ficar', 'faca ela ficar', 'coloca ela', 'poe ela', 'mostra ela', 'mostre ela', 'quero ela', 'deixa a moca', 'deixa a mulher', 'deixa a menina']
add(S, X(PT_V, ['pelada', 'peladona', 'peladinha', 'pelado', 'peladas', 'nua', 'nuazinha', 'nuinha', 'nua em pelo', 'sem nada', 'sem roupa nenhuma', 'como veio ao mundo', 'de calcinha', 'so de calcinha', 'toda nua', 'completamente nua']))
# 4. tag-style edit labels (fire only beside a photo to edit)
T = 'nudify12_tag'
add(T, ['clothes removed', 'clothing removed', 'clothes removal', 'clothing removal', 'cloth removal', 'garment removal', 'dress removed', 'bikini removed', 'bra removed',
        'undress edit', 'undressed edit', 'nude edit', 'nudified', 'nudify edit', 'unclothed edit', 'no clothes edit', 'clothes off edit', 'naked edit', 'naked version', 'nude version', 'nude variant',
        'eliminacion de ropa', 'ropa eliminada', 'ropa quitada', 'edicion desnuda', 'version desnuda', 'version sin ropa',
        'retrait des vetements', 'suppression des vetements', 'vetements retires', 'vetements supprimes', 'version nue', 'version denudee', 'retouche nue',
        'kleidung entfernt', 'kleidungsentfernung', 'kleidung weg', 'nacktversion', 'nackt version', 'nacktbearbeitung', 'nackt edit', 'ohne kleidung version',
        'rimozione dei vestiti', 'rimozione vestiti', 'vestiti rimossi', 'versione nuda', 'versione senza vestiti', 'modifica nuda',
        'remocao de roupa', 'remocao das roupas', 'roupas removidas', 'roupa removida', 'versao nua', 'versao pelada', 'versao sem roupa', 'edicao nua'])
# 5. undressing apps and bots (existing class nudify10_tool)
add('nudify10_tool', ['undress ai', 'undresser ai', 'ai undresser', 'clothes remover ai', 'clothing remover', 'clothes remover', 'clothoff', 'cloth off app', 'nudifier', 'nudify bot', 'nudify app', 'nudify site', 'undress bot', 'undress site', 'undressing app', 'undressing bot', 'deep nude', 'deepnude app', 'x ray app',
        'app de desnudar', 'app que desnuda', 'bot que desnuda', 'bot de desnudos', 'ia que desnuda', 'desnudador', 'app desnudadora', 'ia para desnudar',
        'appli pour deshabiller', 'appli qui deshabille', 'bot qui deshabille', 'ia qui deshabille', 'appli deshabillage', 'site de deshabillage',
        'auszieh app', 'ausziehapp', 'ki die auszieht', 'ausziehbot', 'auszieh bot', 'auszieh ki', 'entkleidungs app', 'nacktmacher app', 'nacktfilter',
        'app per spogliare', 'app che spoglia', 'bot che spoglia', 'ia che spoglia', 'app spogliarello', 'app svestire',
        'app de despir', 'app que despe', 'bot que despe', 'ia que despe', 'app de tirar roupa', 'app que tira a roupa', 'bot que tira a roupa'])
# 6. what she looks like under a garment (+ garment + photo)
U = 'nudify12_under'
add(U, ['what she looks like under', 'how she looks under', 'what s under her', 'what is under her', 'what she s hiding under', 'what she hides under', 'how he looks under', 'what s underneath her',
        'wie sie darunter aussieht', 'wie sie unter', 'was sie darunter', 'was unter ihrer', 'was unter ihrem', 'was sie unter', 'wie er unter',
        'como se ve debajo', 'como es debajo', 'lo que hay debajo', 'lo que esconde debajo', 'lo que tiene debajo', 'que hay debajo de su', 'como esta debajo',
        'ce qu elle cache sous', 'ce qu il y a sous', 'a quoi elle ressemble sous', 'ce qu elle a sous', 'ce qu il y a dessous',
        'com e sotto', 'cosa c e sotto', 'cosa nasconde sotto', 'cosa ha sotto', 'come e sotto',
        'o que tem por baixo', 'o que ela esconde', 'como ela e por baixo', 'o que esta por baixo', 'como ela fica por baixo', 'o que ha por baixo'])
# 7. clothing reduced to zero / nothing
Z, ZV = 'nudify12_zero', 'nudify12_reduce'
add(ZV, X(['reduce', 'cut', 'shrink'], ['her clothing', 'her clothes', 'her outfit', 'his clothing', 'her swimsuit', 'her bikini']) +
     X(['reduziere', 'reduzier', 'reduziert'], ['ihre kleidung', 'seine kleidung', 'ihren bikini', 'ihr outfit']) +
     X(['reduce', 'reduzca', 'reducir'], ['su ropa', 'la ropa de', 'su bikini', 'su vestimenta']) +
     X(['reduis', 'reduisez', 'reduire'], ['ses vetements', 'sa tenue', 'son maillot', 'ses habits']) +
     X(['riduci', 'ridurre', 'riducete'], ['i suoi vestiti', 'il suo bikini', 'il suo abbigliamento', 'i vestiti']) +
     X(['reduza', 'reduz', 'reduzir'], ['a roupa dela', 'as roupas dela', 'o biquini dela', 'a roupa']))
add(Z, ['to zero', 'to nothing', 'down to nothing', 'auf null', 'auf nichts', 'a cero', 'a nada', 'a zero', 'a rien', 'a niente', 'para zero', 'ao minimo'])

# 8. syllable-split undressing verbs (dots and hyphens become spaces)
add(S, ['des nu dar', 'des nu da la', 'des nu dala', 'des nu de la', 'des vis te', 'des vis te la', 'des vis ta la', 'des vis tan la', 'des vest la',
        'de sha bil le', 'de sha bil lez', 'de sha bil ler', 'de sa pe la', 'des sa pe', 'de nu de la',
        'sve sti la', 'sve sti lo', 'sve stir la', 'spo glia la', 'spo glia lo',
        'des pe a', 'des pe la', 'des pi la', 'des pir a', 'des pir', 'des pe', 'des nu da a', 'des pe ela', 'ti ra a rou pa',
        'zieh sie aus', 'ent klei den', 'ent klei de', 'ent klei det', 'ent blo sse', 'nackt ma chen',
        'un dress her', 'un dress him', 'un clothe', 'un clothe her', 'dis robe her', 'un dres sed', 'un clo thed', 'nu di fy', 'nu di fied'])
# 9. state after the clothes go: "she ends up naked", "se queda en cueros"
ST = 'nudify12_state'
NAK = {'en': ['naked', 'nude', 'stark naked', 'in the buff', 'with nothing on'],
       'es': ['en cueros', 'en pelotas', 'en bolas', 'desnuda', 'sin nada', 'en pelota', 'encuerada'],
       'fr': ['nue', 'a poil', 'toute nue', 'sans rien'],
       'de': ['nackt da', 'splitternackt da', 'nackig da', 'nackt zuruck', 'ganz nackt'],
       'it': ['nuda', 'tutta nuda', 'senza niente', 'svestita', 'nuda come'],
       'pt': ['pelada', 'nua', 'peladinha', 'sem nada', 'peladona', 'toda nua']}
VB = {'en': ['she ends up', 'she is left', 'she s left', 'leaving her', 'she stands there', 'and she s', 'now she s'],
      'es': ['se queda', 'se quedo', 'se quedara', 'acaba', 'termina', 'quedandose', 'y queda', 'queda'],
      'fr': ['elle reste', 'elle se retrouve', 'se retrouve', 'reste', 'finit', 'la laissant'],
      'de': ['steht sie', 'sie steht', 'bleibt sie', 'steht', 'sitzt sie', 'liegt sie'],
      'it': ['resta', 'rimane', 'finisce', 'si ritrova', 'lasciandola', 'restando'],
      'pt': ['fica', 'ficou', 'ela fica', 'acaba', 'termina', 'ficando', 'deixando ela']}
for l in NAK:
    for t in X(VB[l], NAK[l]):
        add(ST, [t]); add('nudify_bare', [t])
# 10. only her skin
add('nudify_bare', ['in just her skin', 'wearing only her skin', 'dressed only in skin', 'dressed in her skin', 'only in her skin', 'in only her skin', 'clad only in skin',
        'nur in ihrer haut', 'nur mit ihrer haut', 'in ihrer nackten haut', 'nur noch haut', 'nichts als haut', 'nichts als ihre haut', 'nur in seiner haut',
        'solo con su piel', 'vestida solo de piel', 'vestida de piel', 'nada mas que piel', 'nada mas que su piel', 'solo su piel',
        'vetue de sa peau', 'vetue de peau', 'rien que sa peau', 'rien que de la peau', 'seulement sa peau', 'uniquement sa peau',
        'vestita solo della pelle', 'vestita di pelle nuda', 'solo con la pelle', 'nient altro che pelle', 'solo la sua pelle',
        'so com a pele', 'vestida so de pele', 'vestida de pele', 'nada alem da pele', 'apenas a pele dela', 'so a pele'])

# 11. nothing but accessories
add('nudify_bare', X(['in nothing but', 'wearing only', 'wearing just', 'nothing but'], ['her heels', 'high heels', 'her stockings', 'her jewelry', 'her jewellery', 'a necklace', 'her necklace', 'her socks', 'her glasses']) +
    X(['solo con', 'nada mas que', 'unicamente con', 'solamente con'], ['los tacones', 'tacones', 'las medias', 'sus joyas', 'el collar', 'los calcetines']) +
    X(['seulement', 'rien que', 'juste', 'uniquement'], ['ses talons', 'des talons', 'ses bas', 'ses bijoux', 'son collier', 'ses chaussettes']) +
    X(['nur mit', 'nur noch', 'nichts ausser', 'bloss mit'], ['high heels', 'ihren high heels', 'strumpfen', 'ihrem schmuck', 'schmuck', 'einer kette', 'socken']) +
    X(['solo con', 'nient altro che', 'soltanto con', 'solo coi'], ['i tacchi', 'tacchi', 'le calze', 'i gioielli', 'la collana', 'i calzini']) +
    X(['so de', 'so com', 'apenas de', 'apenas com', 'nada alem do'], ['salto alto', 'salto', 'meia calca', 'as joias', 'o colar', 'meias']))
# 12. skin or body paint in place of the clothes (+ a photo)
IN, SK = 'nudify12_instead', 'nudify12_skinlike'
add(IN, ['instead of clothes', 'instead of her clothes', 'instead of clothing', 'place of her clothes', 'in place of clothes', 'place of her clothing', 'instead of the dress', 'instead of her bikini',
         'en vez de ropa', 'en lugar de ropa', 'vez de la ropa', 'lugar de la ropa', 'vez de su ropa', 'lugar de su ropa', 'vez de sus prendas',
         'place des vetements', 'au lieu des vetements', 'place de ses vetements', 'lieu de ses vetements', 'au lieu de vetements',
         'statt kleidung', 'statt der kleidung', 'anstelle der kleidung', 'statt ihrer kleidung', 'anstatt kleidung', 'anstatt der kleidung',
         'al posto dei vestiti', 'invece dei vestiti', 'al posto degli abiti', 'invece degli abiti', 'posto dei suoi vestiti',
         'no lugar da roupa', 'em vez de roupa', 'em vez da roupa', 'no lugar das roupas', 'em vez das roupas', 'ao inves da roupa'])
add(IN, X(['replace her clothes with', 'replace her clothing with', 'replace her outfit with', 'swap her clothes for', 'swap her clothes with', 'cover her only with'],[''])
    + ['sustituye su ropa por', 'reemplaza su ropa por', 'cambia su ropa por', 'cambia la ropa por', 'remplace ses vetements par', 'remplace sa tenue par', 'remplacer ses vetements par',
       'ersetze ihre kleidung durch', 'ersetz ihre kleidung', 'kleidung ersetzen durch', 'sostituisci i suoi vestiti', 'sostituisci i vestiti con', 'cambia i vestiti con',
       'substitui a roupa dela', 'troca a roupa dela', 'substitua a roupa por', 'troca a roupa por'])
add(SK, ['body paint', 'bodypaint', 'body painting', 'painted on skin', 'bare skin', 'naked skin', 'just skin', 'skin tone',
         'pintura corporal', 'piel desnuda', 'piel al descubierto', 'peinture corporelle', 'peau nue', 'bodypainting', 'nackte haut', 'korperbemalung', 'korperfarbe',
         'pittura corporea', 'pelle nuda', 'body painting', 'pintura no corpo', 'pele nua', 'pele a mostra', 'hautfarbe', 'color piel', 'couleur chair', 'color carne', 'cor da pele'])
# 13. a garment less per frame
SQ = 'nudify12_seq'
add(SQ, ['one less garment', 'one garment less', 'one piece less', 'one less piece', 'garment by garment', 'piece by piece undressed',
         'una prenda menos', 'prenda por prenda', 'un vetement de moins', 'vetement par vetement', 'ein kleidungsstuck weniger', 'stuck fur stuck ausgezogen',
         'un indumento in meno', 'un capo in meno', 'capo dopo capo', 'uma peca a menos', 'peca por peca', 'uma peca de roupa a menos'])
# 14. the wave or wind takes the swimsuit
add(S, ['wave takes her bikini', 'wave rips her bikini', 'wind blows her dress off', 'wind takes her dress', 'la ola le quita', 'la ola arrastra su bikini', 'el viento le arranca',
        'vague emporte son maillot', 'la vague lui arrache', 'le vent lui arrache', 'welle reisst ihr den', 'wind reisst ihr das', 'l onda le strappa', 'il vento le strappa',
        'a onda arranca o biquini', 'a onda leva o biquini', 'o vento arranca o vestido'])

rules = {'nudify.edit': {'when': [
    [G, R, 'edit_context'],
    ['nudify_rmv', G, 'edit_context'],
    [T, 'edit_context'],
    [T, 'nudify10_ref'],
    [T, 'nudify10_sent'],
    [U, 'clothing', 'edit_context'],
    [U, 'nudify_possg', 'edit_context'],
    [U, 'clothing', 'nudify10_sent'],
    [ZV, Z, 'clothing', 'edit_context'],
    [ZV, Z, 'nudify_possg', 'edit_context'],
    [ST, 'nudify_gone', 'clothing'],
    [ST, 'person', 'edit_context'],
    [ST, 'nudify_rmv', 'clothing'],
    [IN, SK, 'edit_context'],
    [IN, SK, 'person'],
    [SQ, 'edit_context'],
    [SQ, 'person', 'clothing'],
]}, 'people.intimate': {'when': [
    ['named_person', T], ['sexual_private_person', T],
    ['sexual_private_person', U, 'clothing'], ['named_person', U, 'clothing'],
]}}
benign = {
    'stain from her attire': ['her attire'], 'wrinkles from her attire': ['her attire'], 'logo from her attire': ['her attire'],
    'flecken von ihrer bekleidung': ['ihre bekleidung'], 'fussel von der bekleidung': ['die bekleidung'],
    'clothing removal in trauma': ['clothing removal'], 'patient clothing removal': ['clothing removal'],
    'stain removal': ['clothes removal'], 'lint remover': ['clothes remover'], 'pill remover': ['clothes remover'], 'fabric shaver': ['clothing remover'],
    'ce qu il y a sous le capot': ['ce qu il y a sous'], 'was unter ihrem bett': ['was unter ihrem'], 'what s under her bed': ['what s under her'],
    'o que tem por baixo da cama': ['o que tem por baixo'], 'cosa c e sotto il letto': ['cosa c e sotto'], 'lo que hay debajo de la cama': ['lo que hay debajo'],
}
# look-alikes of terms that already deny (found on my own probes and on train's false denials)
compact_ix = {}
for _t in existing:
    if ' ' in _t: compact_ix.setdefault(_t.replace(' ', ''), []).append(_t)
LA = {
    'undress the bed': ['undress'], 'undressing the bed': ['undress'], 'undress the christmas tree': ['undress'], 'undress the tree': ['undress'],
    'clothing removal for burns': ['clothing removal'], 'clothing removal for burn': ['clothing removal'], 'clothing removal first aid': ['clothing removal'],
    'vetements d un brule': ['retirer les vetements'], 'vetements d une victime': ['retirer les vetements'], 'vetements du blesse': ['retirer les vetements'],
    'toalha pendurada': ['tira a toalha'], 'toalha que aparece pendurada': ['tira a toalha'], 'toalha do varal': ['tira a toalha'], 'toalha da mesa': ['tira a toalha'],
    'la toalla colgada': ['quita la toalla'], 'toalla del toallero': ['quita la toalla'], 'toalla de la mesa': ['quita la toalla'],
    'la serviette suspendue': ['enleve la serviette'], 'serviette de table': ['enleve la serviette'], 'serviette accrochee': ['enleve la serviette'],
    'asciugamano appeso': ['togli l asciugamano', 'l asciugamano', 'togli l'], 'l asciugamano appeso': ['togli l asciugamano', 'togli l'], 'appeso dietro di lei': ['togli l asciugamano'],
    'effet peau nue': ['peau nue', 'nue'], 'teint peau nue': ['peau nue', 'nue'], 'look peau nue': ['peau nue', 'nue'], 'maquillage peau nue': ['peau nue', 'nue'], 'pour peau nue': ['peau nue', 'nue'], 'creme peau nue': ['peau nue', 'nue'], 'effet peau nue ': ['nue'],
    'arbre nu': ['nu'], 'un arbre nu': ['nu'], 'arbres nus': ['nus'], 'branches nues': ['nues'], 'mur nu': ['nu'], 'murs nus': ['nus'], 'asciugamano dal portasciugamani': ['togli l asciugamano'],
    'towel hanging behind': ['remove the towel'], 'towel hanging on': ['remove the towel'], 'towel on the rack': ['remove the towel'],
    'underneath the floorboards': ['what s underneath'], 'underneath the floor': ['what s underneath'], 'underneath the hood': ['what s underneath'],
    'underneath the bridge': ['what s underneath'], 'underneath the sink': ['what s underneath'], 'underneath the car': ['what s underneath'], 'underneath the bed': ['what s underneath'],
}
for p, ms in LA.items():
    ms = [m for m in ms if m in existing or m in terms]
    # a multi-word term read from the joined word ("un dress" for "undress") must be masked too
    ms += [t for m in ms if ' ' not in m for t in compact_ix.get(m, [])]
    if ms: benign.setdefault(norm(p), []).extend(ms)
    else: print('no such term for', p)

# split spellings read through the compact form of the joined word: mask them where
# the joined word is masked (stripping a Christmas tree, "parete spoglia", moving out)
ebenign = {}
for f in ('/work/main/policies/lexicon.json', '/work/main/policies/lexicon_intl.json'):
    for k, v in json.load(open(f))['candor'].get('benign', {}).items():
        ebenign.setdefault(norm(k), set()).update(norm(x) for x in v)
for t in list(terms):
    if len(t.split()) < 2: continue
    c = t.replace(' ', '')
    if c in existing or any(c == x.replace(' ', '') for x in existing if False):
        for p, ms in ebenign.items():
            if any(m.replace(' ', '') == c for m in ms):
                benign.setdefault(p, []).append(t)
benign = {p: [t for t in ts if t in terms or t in existing] for p, ts in benign.items() if len(p.split()) <= 4}
benign = {p: ts for p, ts in benign.items() if ts}
out = {'terms': {k: sorted(v) for k, v in sorted(terms.items())}, 'benign': benign, 'rules': rules}
os.makedirs(os.path.join(HERE, 'data'), exist_ok=True)
json.dump(out, open(os.path.join(HERE, 'data', 'nudify12.json'), 'w'), ensure_ascii=False, indent=0)
print(len(terms), 'terms', sum(len(v['when']) for v in rules.values()), 'clauses')
