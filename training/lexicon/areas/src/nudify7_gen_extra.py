# included by gen.py (exec): second batch of families, after the DROP list
benign_extra = {}
# ---- "make X transparent" verbs (nudify_make): fire only with a vanish predicate + garment + person
add(MK, 'make', 'make the', 'make her', 'make his', 'turn', 'turn the', 'turn her', 'render', 'have her',
    'haz', 'haz que', 'hazle', 'pon', 'ponle', 'deja', 'dejale', 'convierte',
    'faz', 'faca', 'deixa', 'deixe', 'torna', 'torne', 'transforma', 'poe', 'coloca',
    'rends', 'rendre', 'rendez', 'fais', 'transforme',
    'rendi', 'rendere', 'fai', 'falle', 'trasforma', 'mettile',
    'mach', 'mache', 'machen', 'lass', 'lasse', 'verwandle', 'verwandel', 'stell', 'stelle')
# ---- strong "under / through the clothes" (nudify_bare_s): fires with person
UNDER_EN = ['under her', 'under his', 'beneath her', 'underneath her', 'through her', 'through his']
for g in ['clothes', 'clothing', 'dress', 'shirt', 'top', 'blouse', 'skirt', 'bikini', 'swimsuit', 'underwear', 'towel',
          'outfit', 'jeans', 'pants', 'uniform', 'lingerie', 'bra', 'robe', 'pajamas', 'nightgown', 'coat']:
    add(BS, *P(UNDER_EN, [g]))
    add(B, *P(UNDER_EN, [g]))
for g in ['la ropa', 'su ropa', 'el vestido', 'su vestido', 'la blusa', 'su blusa', 'la falda', 'su falda', 'la camiseta',
          'su camiseta', 'el bikini', 'su bikini', 'el banador', 'la toalla', 'su toalla', 'la tela', 'el abrigo',
          'su abrigo', 'el uniforme', 'la bata', 'el pijama', 'la lenceria', 'su ropa interior', 'el sujetador']:
    add(BS, *P(['debajo de', 'bajo', 'a traves de', 'por debajo de'], [g]))
    add(B, *P(['debajo de', 'bajo', 'a traves de', 'por debajo de'], [g]))
for g in ['roupa', 'roupa dela', 'vestido', 'blusa', 'saia', 'camiseta', 'biquini', 'toalha', 'calca', 'lingerie',
          'uniforme', 'camisola', 'sutia', 'calcinha', 'tecido', 'pijama', 'casaco', 'roupao']:
    add(BS, *P(['por baixo da', 'por baixo do', 'atraves da', 'atraves do', 'debaixo da', 'debaixo do', 'sob a', 'sob o'], [g]))
    add(B, *P(['por baixo da', 'por baixo do', 'atraves da', 'atraves do', 'debaixo da', 'debaixo do'], [g]))
for g in ['ses vetements', 'ses habits', 'ses fringues', 'sa robe', 'son chemisier', 'sa chemise', 'son haut', 'sa jupe',
          'son maillot', 'son bikini', 'sa serviette', 'son t shirt', 'son pull', 'son jean', 'son pantalon', 'sa nuisette',
          'son pyjama', 'son peignoir', 'son manteau', 'sa lingerie', 'le tissu', 'les vetements', 'son uniforme']:
    add(BS, *P(['sous', 'a travers', 'en dessous de', 'au travers de'], [g]))
    add(B, *P(['sous', 'a travers', 'en dessous de', 'au travers de'], [g]))
for g in ['i vestiti', 'i suoi vestiti', 'il vestito', 'il suo vestito', 'la camicetta', 'la sua camicetta', 'la maglietta',
          'la sua maglietta', 'la gonna', 'la sua gonna', 'il costume', 'il bikini', 'l asciugamano', 'il tessuto',
          'la stoffa', 'l abito', 'gli abiti', 'la divisa', 'il pigiama', 'la vestaglia', 'il cappotto', 'il maglione']:
    add(BS, *P(['sotto', 'attraverso', 'al di sotto di', 'sotto a'], [g]))
    add(B, *P(['sotto', 'attraverso', 'al di sotto di', 'sotto a'], [g]))
for g in ['kleidung', 'klamotten', 'kleider', 'bluse', 'kleid', 'shirt', 'hose', 'rock', 'bikini', 'badeanzug', 'handtuch',
          'unterwasche', 'uniform', 'schlafanzug', 'nachthemd', 'bademantel', 'mantel', 'pulli', 'pullover', 'stoff', 'top',
          'oberteil']:
    add(BS, *P(['unter der', 'unter dem', 'unter den', 'unter ihrer', 'unter ihrem', 'unter ihren', 'unter seiner',
                'unter seinem', 'durch die', 'durch den', 'durch das', 'durch ihre', 'durch ihren', 'durch ihr'], [g]))
add(BS, 'wie sieht sie unter', 'sieht sie unter', 'wie sie darunter aussieht', 'wie sie drunter aussieht',
    'how she looks under', 'what she looks like under', 'what she looks like underneath', 'como se ve debajo',
    'como es debajo de', 'como ela e por baixo', 'como ela fica por baixo', 'a quoi elle ressemble sous',
    'com e sotto', 'com e fatta sotto', 'come e sotto', 'what s under her', 'what is under her', 'lo que hay bajo su',
    'lo que lleva debajo', 'o que ela usa por baixo', 'ce qu elle porte dessous', 'ce qu elle porte sous',
    'quello che porta sotto', 'was sie drunter tragt', 'was sie darunter tragt', 'che c e sotto')
add(B, 'che c e sotto', 'quello che c e', 'lo que hay debajo', 'du tout en dessous', 'rien du tout dessous',
    'cou jusqu en bas', 'du cou aux pieds', 'from the neck down', 'neck down bare', 'do pescoco para baixo',
    'dal collo in giu', 'del cuello para abajo', 'vom hals abwarts', 'vom hals an abwarts', 'ce qui la couvre',
    'ce qui le couvre', 'lo que la cubre', 'lo que la tapa', 'o que a cobre', 'o que a tapa', 'cio che la copre',
    'quello che la copre', 'was sie bedeckt', 'what covers her', 'whatever covers her', 'con la sua pelle',
    'solo la sua pelle', 'solo con la pelle', 'solo con su piel', 'solo con la piel', 'so com a pele', 'apenas com a pele',
    'seulement sa peau', 'juste sa peau', 'que sa peau', 'nur mit ihrer haut', 'nur ihre haut', 'only her skin',
    'just her skin', 'in nothing but her skin', 'nothing but her skin',
    # wearing-only-a-smile family
    'einem lacheln bekleidet', 'nur mit einem lacheln', 'nur ein lacheln', 'nur noch ein lacheln', 'nichts als ein lacheln',
    'solo con una sonrisa', 'vestida solo con una sonrisa', 'solo una sonrisa', 'nada mas que una sonrisa',
    'apenas com um sorriso', 'so um sorriso', 'nada alem de um sorriso', 'vetue d un sourire', 'vetue de son sourire',
    'qu un sourire', 'juste un sourire', 'seulement un sourire', 'con solo un sorriso', 'solo un sorriso',
    'nient altro che un sorriso', 'only a smile on', 'nothing but a smile', 'just a smile and',
    # wardrobe malfunction family
    'panne de garde robe', 'incident de garde robe', 'fallo de vestuario', 'accidente de vestuario', 'falha de figurino',
    'falha no figurino', 'acidente de figurino', 'incidente di guardaroba', 'incidente del guardaroba',
    'malfunzionamento del guardaroba', 'garderobenpanne', 'garderoben panne', 'kleidungspanne',
    # body hidden by clothes
    'corps cache par', 'corps cache sous', 'le corps cache', 'cuerpo oculto bajo', 'cuerpo escondido bajo',
    'cuerpo que esconde', 'cuerpo que oculta', 'corpo escondido por', 'corpo escondido sob', 'corpo escondido pela',
    'corpo nascosto dal', 'corpo nascosto sotto', 'corpo nascosto dai', 'korper unter dem', 'korper unter der',
    'korper unter ihrer', 'body hidden under', 'body hidden beneath', 'body under the', 'the body she hides',
    'plus un fil', 'ni un hilo', 'nem um fio', 'neanche un filo', 'not a thread', 'not a stitch', 'kein fadchen',
    'en el traje de eva', 'no traje de eva', 'in costume adamitico', 'in adamskostum', 'im adamskostum', 'im evakostum',
    'in evakostum', 'en tenue d eve', 'en tenue d adam', 'in her birthday suit', 'in his birthday suit', 'birthday suit',
    'traje de nacimiento', 'como dios la trajo al mundo', 'como vino al mundo', 'como veio ao mundo',
    'come mamma l ha fatta', 'wie gott sie schuf', 'wie gott ihn schuf', 'comme au premier jour',
    'la capa de tela', 'capa de tela', 'la capa textil', 'capa textil', 'capa de ropa', 'la capa de ropa',
    'camada de roupa', 'a camada de roupa', 'camada de tecido', 'couche de vetements', 'la couche de vetements',
    'strato di vestiti', 'lo strato di vestiti', 'kleidungsschicht', 'die kleidungsschicht', 'clothes layer',
    'clothing layer', 'the clothing layer', 'fabric layer', 'the fabric layer')
add(S, 'la capa de tela', 'capa de tela', 'la capa textil', 'capa textil', 'capa de ropa', 'la capa de ropa',
    'camada de roupa', 'camada de tecido', 'couche de vetements', 'strato di vestiti', 'kleidungsschicht',
    'the clothing layer', 'the fabric layer', 'tira o fato', 'tira o fato de', 'tira lhe o', 'tira lhe a')
add(G, 'que tout tombe', 'tout tombe', 'tout tomber', 'todo se caiga', 'que todo se caiga', 'tudo caia', 'que tudo caia',
    'tutto cada', 'che tutto cada', 'alles fallt', 'dass alles fallt', 'everything falls', 'everything fall off',
    'runterrutschen', 'rutscht runter', 'rutschen runter', 'runtergleiten', 'gleitet runter', 'hinuntergleiten')
add(GS, 'runterrutschen', 'rutscht runter', 'rutschen runter', 'runtergleiten', 'gleitet runter', 'hinuntergleiten',
    'vai embora', 'scivolano giu', 'scivolano via', 'escorregando ate o chao', 'glissent jusqu au sol', 'slides to the floor',
    'slips to the floor', 'se desliza hasta el suelo', 'se le caiga', 'se le caigan', 'se le cae', 'se le caen')
add(PG, 'ihr die sachen', 'ihre sachen', 'die sachen der', 'her things', 'sus cosas')
# ---- removal verbs (nudify_rmv) + worn / intimate possessive garment
RM_TERMS = ('remove', 'erase', 'delete', 'take off', 'strip off', 'peel off', 'rip off', 'tear off', 'get rid of', 'lose',
    'ditch', 'cut out', 'paint out', 'edit out', 'photoshop out', 'remove all', 'remove everything', 'take away',
    'quita', 'quitale', 'quitar', 'quitarle', 'quitale todo', 'elimina', 'eliminale', 'eliminar', 'borra', 'borrale',
    'borrar', 'saca', 'sacale', 'arranca', 'arrancale', 'retira', 'retirale', 'suprime',
    'tira', 'tira lhe', 'tire', 'tirar', 'remove', 'remover', 'apaga', 'apagar', 'arranca', 'retira', 'elimina',
    'some com', 'tira tudo', 'tira todo',
    'enleve', 'enlever', 'enleve lui', 'enleve tout', 'retire', 'retirer', 'retire lui', 'retire tout', 'ote', 'oter',
    'ote lui', 'efface', 'effacer', 'supprime', 'vire', 'vire lui', 'arrache', 'arrache lui',
    'togli', 'toglile', 'togliere', 'togli tutto', 'leva', 'levale', 'rimuovi', 'rimuovile', 'cancella', 'cancellale',
    'elimina', 'strappa', 'strappale',
    'entferne', 'entfernen', 'losche', 'loschen', 'nimm', 'nimm ihr', 'zieh', 'zieh ihr', 'reiss', 'reiss ihr', 'radier',
    'radiere', 'wegmachen', 'mach weg')
add(RM, *RM_TERMS)
EPX = ['clothes', 'clothing', 'outfit', 'dress', 'bikini', 'bra', 'underwear', 'swimsuit', 'panties', 'lingerie',
       'towel', 'top', 'skirt', 'blouse', 'bathing suit', 'thong', 'nightgown', 'nightie', 'bathrobe', 'robe', 'leotard']
add(PX, *P(['her', 'all her', 'her whole', 'his', 'all his'], EPX))
ESPX = ['ropa', 'ropita', 'vestido', 'bikini', 'biquini', 'banador', 'sujetador', 'sosten', 'bragas', 'braguitas', 'tanga',
        'lenceria', 'ropa interior', 'toalla', 'falda', 'blusa', 'top', 'traje de bano', 'camison', 'bata', 'albornoz']
add(PX, *P(['su', 'sus', 'toda su', 'toda la'], ESPX))
PTPX = ['roupa', 'roupas', 'roupinha', 'vestido', 'biquini', 'sutia', 'calcinha', 'lingerie', 'roupa intima', 'toalha',
        'saia', 'blusa', 'top', 'fato de banho', 'maio', 'fio dental', 'tanga', 'camisola', 'roupao']
add(PX, *P(PTPX, ['dela']), *P(['a sua', 'o seu', 'toda a', 'toda a sua', 'sua', 'seu'], PTPX))
FRPX = ['vetements', 'habits', 'fringues', 'robe', 'bikini', 'maillot', 'maillot de bain', 'soutien gorge', 'soutif',
        'culotte', 'string', 'lingerie', 'sous vetements', 'serviette', 'jupe', 'chemisier', 'haut', 'nuisette', 'tenue']
add(PX, *P(['sa', 'son', 'ses', 'tous ses', 'toute sa', 'toutes ses'], FRPX))
ITPX = ['vestiti', 'vestito', 'abiti', 'abito', 'bikini', 'costume', 'costume da bagno', 'reggiseno', 'mutande',
        'mutandine', 'perizoma', 'intimo', 'biancheria', 'lingerie', 'asciugamano', 'gonna', 'camicetta', 'top', 'outfit',
        'vestaglia', 'accappatoio']
add(PX, *P(['i suoi', 'il suo', 'la sua', 'le sue', 'tutti i suoi', 'tutto il suo', 'tutti i', 'tutti gli'], ITPX),
    *P(['le', 'gli'], ITPX))
DEPX = ['kleidung', 'klamotten', 'kleider', 'sachen', 'kleid', 'bikini', 'badeanzug', 'bh', 'slip', 'hoschen',
        'unterwasche', 'dessous', 'string', 'handtuch', 'rock', 'bluse', 'top', 'oberteil', 'nachthemd', 'bademantel', 'outfit']
add(PX, *P(['ihre', 'ihren', 'ihr', 'seine', 'seinen', 'sein', 'ihr die', 'ihr den', 'ihr das', 'der frau die',
            'ihm die', 'alle ihre'], DEPX))
add(WORN, 'what she s wearing', 'what she is wearing', 'everything she s wearing', 'everything she is wearing',
    'what he s wearing', 'everything she has on', 'whatever she s wearing', 'whatever she has on',
    'lo que lleva puesto', 'lo que lleva encima', 'todo lo que lleva', 'lo que trae puesto', 'lo que viste',
    'o que ela veste', 'o que ela esta vestindo', 'o que ela usa', 'tudo o que ela veste', 'tudo que ela veste',
    'o que ela tem vestido', 'ce qu elle porte', 'tout ce qu elle', 'ce qu il porte', 'ce qu elle a sur',
    'quello che indossa', 'tutto quello che indossa', 'cio che indossa', 'quello che ha addosso', 'cio che ha addosso',
    'tutto cio che indossa', 'was sie tragt', 'alles was sie tragt', 'was sie anhat', 'alles was sie anhat',
    'was er tragt', 'was sie am leib')
# "leave only her shoes ... remove the rest"
add(ONLY, 'juste ses chaussures', 'que ses chaussures', 'seulement ses chaussures', 'juste ses bijoux', 'que ses bijoux',
    'juste ses chaussettes', 'juste ses talons', 'only her shoes', 'just her shoes', 'only her heels', 'just her heels',
    'only her socks', 'just her socks', 'only her jewelry', 'just her jewelry', 'only her jewellery', 'only her necklace',
    'solo los zapatos', 'solo sus zapatos', 'solo los tacones', 'solo sus tacones', 'solo las joyas', 'solo sus joyas',
    'solo los calcetines', 'so os sapatos', 'so os saltos', 'so as joias', 'apenas os sapatos', 'so as meias',
    'solo le scarpe', 'solo i tacchi', 'solo i gioielli', 'solo le calze', 'soltanto le scarpe', 'nur die schuhe',
    'nur ihre schuhe', 'nur die high heels', 'nur den schmuck', 'nur ihren schmuck', 'nur die socken', 'nur noch die schuhe')
add(REST, 'the rest', 'remove the rest', 'take off the rest', 'everything else', 'le reste', 'enleve le reste',
    'retire le reste', 'tout le reste', 'el resto', 'quita el resto', 'quitale el resto', 'todo lo demas', 'o resto',
    'tira o resto', 'todo o resto', 'il resto', 'togli il resto', 'tutto il resto', 'den rest', 'alles andere', 'der rest')
# ---- garments missing from class clothing (combination class; other rules also read it)
add('clothing', 'schlafanzug', 'schlafanzuge', 'pyjama', 'pyjamas', 'nachthemd', 'bh', 'bhs', 'hoschen', 'stoff',
    'unterhemd', 'dessous', 'pulli', 'spitzenunterwasche', 'sport bh', 'sujetador', 'sujetadores',
    'sosten', 'bragas', 'braguitas', 'calzoncillos', 'lenceria', 'tanga', 'bata', 'albornoz', 'camison', 'vaqueros',
    'ropita', 'tejido', 'capa de tela', 'sunga', 'roupao', 'calcola', 'fio dental', 'moletom', 'vestidinho',
    'soutif', 'nuisette', 'tissu', 'brassiere', 'combinaison', 'perizoma', 'tuta', 'vestaglia',
    'camicia da notte', 'maglione', 'jumper', 'cardigan', 'nightdress', 'negligee', 'camisole', 'bodysuit', 'corset',
    'crop top', 'sports bra', 'thong', 'boxer shorts', 'yoga pants', 'wetsuit', 'onesie', 'jumpsuit', 'romper',
    'lingerie', 'bathrobe', 'kimono', 'sarong', 'pareo', 'canga', 'paréo', 'bustier', 'top', 'shirt', 'blusen')
# ---- photo references missing from edit_context
add('edit_context', 'bewerbungsfoto', 'profilbild', 'profilfoto', 'klassenfoto', 'klassenfotos', 'urlaubsfoto',
    'handyfoto', 'webcam bild', 'foto hangt an', 'foto im anhang', 'vom foto', 'aus dem foto', 
    'zoom screenshot', 'handy galerie', 'foto in allegato', 'in allegato',  'nello screenshot', 'dalla foto',
    'nella foto delle', 'nella foto della', 'piece jointe', 'en piece jointe', 'photo en piece jointe', 'photo linkedin',
    'sur la photo des', 'que je t ai envoyee', 'photo que je t ai', 'photo envoyee', 'sur ce selfie',
    'linkedin photo', 'her linkedin', 'dating app profile', 'her dating profile', 'tinder profile', 'her tinder',
    'webcam frame', 'gym mirror pic', 'mirror selfie',  'this screenshot',
    'the screenshot', 'perfil de tinder', 'foto de la playa', 'foto de linkedin', 'galeria de mi movil', 
    'foto que te envie', 'foto que te mande', 'sus historias de instagram', 'profil tinder', 'son profil tinder',
    'foto do casamento', 'foto da praia', 'foto de formatura', 'na foto das', 'na foto do', 'na foto da',
    'foto do linkedin', 'perfil dela no tinder', 'stories dela', 'retouche la', 'retouche le', 'retouche', 'retoucher',
    'retoca', 'retocala', 'retoque', 'retoca la foto', 'ritocca', 'ritoccala', 'retusche', 'retuschiere', 'retuschier',
    'edita pra', 'edita', 'edite', 'editar', 'edita la', 'edit her', 'edit him', 'edit it so', 'photoshop', 'fotoshop',
    'modifica la foto', 'modifie la photo', 'modifie la', 'modificala', 'bearbeite sie', 'bearbeite das')
add('person', 'des madchens', 'der frau', 'der dame', 'des mannes', 'der person', 'la rapariga', 'a rapariga', 'rapariga',
    'raparigas', 'madrinhas', 'demoiselles d honneur', 'damigelle', 'brautjungfern', 'bridesmaids', 'damas de honor')

# ---- benign: wearing a transparent garment is fashion, not an edit
TR = ['transparent', 'see through', 'translucent', 'sheer', 'transparente', 'transparentes', 'translucido', 'translucida',
      'trasparente', 'trasparenti', 'traslucido', 'traslucida', 'durchsichtig', 'durchsichtige', 'durchsichtigen',
      'durchsichtiges', 'transparenten', 'transparentes', 'translucide', 'invisible']
TRB = {}
for a in ['wear a', 'wearing a', 'wears a', 'in a', 'with a', 'and a', 'dressed in a']:
    for t in ['transparent', 'see through', 'translucent', 'sheer']:
        TRB[a + ' ' + t] = [t]
for a in ['un', 'una', 'um', 'uma', 'une', 'en', 'in un', 'in una', 'con un', 'con una', 'com um', 'com uma', 'avec une', 'avec un']:
    for g in ['vestido', 'vestidos', 'blusa', 'falda', 'camisa', 'chubasquero', 'impermeable', 'saia', 'capa', 'robe',
              'chemise', 'jupe', 'blouse', 'voile', 'cape', 'vestito', 'abito', 'gonna', 'camicetta', 'velo', 'mantella',
              'top', 'bikini', 'paraguas', 'guarda chuva', 'parapluie', 'ombrello', 'pareo', 'kimono', 'tela', 'tessuto', 'tissu',
              'tecido', 'tul', 'tule', 'tulle']:
        for t in ['transparente', 'transparentes', 'translucida', 'translucido', 'trasparente', 'trasparenti', 'traslucido',
                  'traslucida', 'transparent', 'translucide']:
            TRB[a + ' ' + g + ' ' + t] = [t]
for a in ['ein', 'eine', 'einem', 'einer', 'einen']:
    for t in ['durchsichtiges', 'durchsichtige', 'durchsichtigen', 'transparentes', 'transparente', 'transparenten']:
        for g in ['kleid', 'bluse', 'regenmantel', 'schirm', 'rock', 'top', 'oberteil', 'hemd', 'stoff', 'schleier', 'tuch']:
            TRB[a + ' ' + t + ' ' + g] = [t]
for ph, ms in TRB.items():
    if ph.split()[0] in ('wear', 'wearing', 'wears', 'in', 'with', 'dressed') and len(ph.split()) <= 3:
        benign_extra[ph] = ms

# ---- removal verb directly before a possessive intimate garment: nudify_strip (fires with person / edit_context)
RMV = {'en': ['remove', 'erase', 'delete', 'take off', 'strip off', 'peel off', 'rip off', 'tear off', 'lose', 'ditch',
              'get rid of', 'take away', 'paint out', 'edit out'],
       'es': ['quita', 'quitale', 'quitar', 'quitarle', 'elimina', 'eliminale', 'eliminar', 'borra', 'borrale', 'saca',
              'sacale', 'arranca', 'arrancale', 'retira', 'retirale', 'suprime'],
       'pt': ['tira', 'tira lhe', 'tire', 'tirar', 'remove', 'remover', 'apaga', 'apagar', 'arranca', 'retira', 'elimina',
              'some com'],
       'fr': ['enleve', 'enlever', 'enleve lui', 'retire', 'retirer', 'retire lui', 'ote', 'oter', 'ote lui', 'efface',
              'effacer', 'supprime', 'vire', 'vire lui', 'arrache', 'arrache lui', 'enlevant', 'retirant'],
       'it': ['togli', 'toglile', 'togliere', 'leva', 'levale', 'levando', 'togliendo', 'rimuovi', 'rimuovile', 'cancella',
              'cancellale', 'elimina', 'strappa', 'strappale'],
       'de': ['entferne', 'entfernen', 'losche', 'nimm', 'nimm ihr', 'zieh', 'zieh ihr', 'reiss', 'reiss ihr', 'radiere']}
PXL = {'en': P(['her', 'all her', 'his', 'all his'], EPX),
       'es': P(['su', 'sus', 'toda su', 'toda la'], ESPX),
       'pt': P(PTPX, ['dela']) + P(['a sua', 'o seu', 'toda a', 'toda a sua', 'sua', 'seu'], PTPX),
       'fr': P(['sa', 'son', 'ses', 'tous ses', 'toute sa', 'toutes ses'], FRPX),
       'it': P(['i suoi', 'il suo', 'la sua', 'le sue', 'tutti i suoi', 'tutti i', 'tutti gli'], ITPX),
       'de': P(['ihre', 'ihren', 'ihr', 'seine', 'seinen', 'sein', 'ihr die', 'ihr den', 'ihr das', 'alle ihre'], DEPX)}
for l in RMV:
    add(S, *P(RMV[l], PXL[l]))
