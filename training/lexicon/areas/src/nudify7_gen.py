#!/usr/bin/python3
"""Round seven, area nudify: extra terms / benign phrases / clauses for rule nudify.edit.
Writes /work/ref7/nudify/pd/nudify7.json.  Run: python3 gen.py
New combination classes (fire only through the clauses added to nudify.edit below):
  nudify_gone    clothing-vanishing predicate (disappear / transparent / 0 opacity / melt ...)
  nudify_gone_s  the strong subset of nudify_gone (also fires with clothing + person)
  nudify_version "a version without / versión sin ..." (fires with nudify_bare)
Existing combination classes reused: nudify_strip (+person / +edit_context), nudify_bare
(+edit_context), clothing, person, edit_context.  Class nudify (fires alone) only on new,
unambiguous undressing words and phrases."""
import itertools, json, subprocess, os
HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = '/work/main'
FIRE = {"gore", "selfharm", "nudity", "explicit", "hate_symbol", "minor_sexualised", "nudify", "named_artist"}
T = {}
def add(cls, *terms):
    for t in terms:
        t = ' '.join(t.split())
        if t:
            T.setdefault(t, set()).add(cls)
def P(*parts):
    return [' '.join(x) for x in itertools.product(*parts)]
N, S, B = 'nudify', 'nudify_strip', 'nudify_bare'
G, GS, V, PG = 'nudify_gone', 'nudify_gone_s', 'nudify_version', 'nudify_possg'
MK, BS, RM, PX, WORN, ONLY, REST = 'nudify_make', 'nudify_bare_s', 'nudify_rmv', 'nudify_possx', 'nudify_worn', 'nudify_onlykeep', 'nudify_rest'
def gone(strong, *terms):
    add(G, *terms)
    if strong:
        add(GS, *terms)

# ---------------------------------------------------------------- vanish predicates
# strong: the garment ceases to exist (disappear / vanish / erased / into nothing)
gone(True,
     # en
     'disappear', 'disappears', 'disappeared', 'disappearing', 'vanish', 'vanishes', 'vanished', 'vanishing',
     'fade to nothing', 'faded to nothing', 'fades to nothing', 'fade away', 'fades away', 'faded away',
     'to nothing', 'into nothing', 'turn to nothing', 'turns to nothing', 'dissolve away', 'dissolves away',
     'melt away', 'melts away', 'melted away', 'melt off', 'melts off', 'evaporate', 'evaporates', 'evaporated',
     'disintegrate', 'disintegrates', 'disintegrated', 'go up in smoke', 'goes up in smoke', 'up in smoke',
     'once they re gone', 'once it s gone', 'after they re gone', 'after it s gone', 'until they re gone',
     'until it s gone', 'zero opacity', '0 opacity', 'opacity to 0', 'opacity to zero', 'opacity at 0', 'opacity 0',
     'drifts away', 'drift away', 'blow away', 'blows away', 'blown away',
     # es
     'desaparezca', 'desaparezcan', 'desaparece', 'desaparecen', 'desaparecer', 'desaparecida', 'desaparecido',
     'desaparecidas', 'desaparecidos', 'haz desaparecer', 'hazla desaparecer', 'hazlo desaparecer',
     'se desvanezca', 'se desvanece', 'se desvanecen', 'se desvanezcan', 'desvanecer', 'se evapore', 'se evapora',
     'se derrita', 'se derrite', 'se derritan', 'se disuelva', 'se disuelve', 'se deshaga', 'se deshace',
     'se deshagan', 'se borre', 'se borra', 'se borren', 'se va borrando', 'se vaya borrando', 'en nada',
     'convierte en nada', 'convertida en nada', 'ya no este', 'ya no esta', 'ya no quede', 'no quede ni rastro',
     'ni rastro', 'opacidad al 0', 'opacidad a 0', 'opacidad 0', 'opacidad a cero', 'opacidad al cero',
     'opacidad del', 'opacidad de la', 'opacidad de su', 'opacidad de sus',
     # pt
     'desaparecer', 'desapareca', 'desaparecam', 'desaparece', 'desaparecem', 'desaparecendo', 'desaparecida',
     'sumir', 'suma', 'sumam', 'sumindo', 'sumiu', 'some com', 'sumir com', 'faz sumir', 'faca sumir',
     'se desfazer', 'se desfaca', 'se desfaz', 'derreter', 'derreta', 'derretam', 'derretendo', 'evaporar',
     'evapore', 'vai embora', 'va embora', 'indo embora', 'nao sobrar nada', 'nao sobre nada', 'ate sumir',
     'opacidade pra 0', 'opacidade para 0', 'opacidade a 0', 'opacidade 0', 'opacidade da', 'opacidade do',
     'opacidade das', 'opacidade dos', 'em nada', 'virar nada', 'vire nada',
     # fr
     'disparaitre', 'disparait', 'disparaisse', 'disparaissent', 'disparu', 'disparue', 'disparus', 'disparues',
     'fais disparaitre', 'fait disparaitre', 'fais la disparaitre', 'fais le disparaitre', 'fais les disparaitre',
     'se volatilise', 'se volatiliser', 's evapore', 's evaporer', 's evaporent', 'fondre', 'fonde', 'fondent',
     'se dissout', 'se dissoudre', 'se dissolvent', 'en rien', 'plus rien', 'opacite a 0', 'opacite 0',
     'opacite a zero', 'opacite de sa', 'opacite de son', 'opacite de ses', 'opacite du', 'opacite de la',
     'part en fumee', 'partent en fumee', 'en fumee', 's efface', 's effacent', 's efface peu a peu',
     # it
     'sparire', 'sparisca', 'spariscano', 'sparisce', 'spariscono', 'sparito', 'sparita', 'spariti', 'sparite',
     'fai sparire', 'falla sparire', 'fallo sparire', 'falli sparire', 'scomparire', 'scompaia', 'scompaiano',
     'scompare', 'scompaiono', 'scomparso', 'scomparsa', 'svanire', 'svanisca', 'svaniscano', 'svanisce',
     'svaniscono', 'svanito', 'svanita', 'vada in fumo', 'vadano in fumo', 'va in fumo', 'vanno in fumo',
     'in fumo', 'si sciolga', 'si sciolgano', 'si scioglie', 'si sciolgono', 'si dissolva', 'si dissolve',
     'si cancelli', 'si cancellino', 'si cancella', 'non c e piu', 'non ci sia piu', 'opacita allo 0',
     'opacita a 0', 'opacita 0', 'opacita a zero', 'opacita del', 'opacita della', 'opacita dei', 'opacita delle',
     'opacita dello', 'si sfaldi', 'si sfalda', 'sfaldare', 'sfaldarsi', 'evapori', 'evaporino',
     # de
     'verschwinden', 'verschwindet', 'verschwunden', 'verschwinde', 'verschwinden lassen', 'lass verschwinden',
     'wegschmelzen', 'wegschmilzt', 'weggeschmolzen', 'schmilzt weg', 'schmelzen weg', 'auflosen', 'lost sich auf',
     'losen sich auf', 'aufgelost', 'verblassen', 'verblasst', 'verblasst ist', 'verpuffen', 'verpufft',
     'in luft auflosen', 'in luft auf', 'wegradieren', 'wegradiert', 'rausretuschieren', 'rausretuschiert',
     'wegretuschieren', 'wegretuschiert', 'herausretuschieren', 'herausretuschiert', 'ausradieren', 'ausradiert',
     'ausblenden', 'ausgeblendet', 'durch nichts ersetzen', 'durch nichts ersetzt', 'mit nichts ersetzen',
     '0 deckkraft', 'null deckkraft', 'deckkraft auf 0', 'deckkraft auf null', 'auf 0 deckkraft',
     'auf null deckkraft', 'deckkraft', 'wegnehmen', 'weggenommen', 'runterrechnen', 'wegrechnen', 'rausrechnen',
     'verdampfen', 'verdampft', 'zerfallen', 'zerfallt', 'zu staub',
)
# weak: transparency, falling / slipping off, melting, shattering (fashion and physics also use them)
gone(False,
     'transparent', 'fully transparent', 'completely transparent', 'totally transparent', 'see through',
     'go see through', 'goes see through', 'turn see through', 'become see through', 'becomes see through',
     'translucent', 'sheer', 'become sheer', 'becomes sheer', 'invisible', 'fully invisible', 'clear glass',
     'made of glass', 'turn to glass', 'like glass', 'x ray', 'xray', 'x rayed', 'shatters', 'shatter', 'melt',
     'melts', 'dissolve', 'dissolves', 'dissolved', 'dissolving', 'falls off', 'fall off', 'fell off',
     'slips off', 'slip off', 'slide off', 'slides off', 'slid off', 'drop off', 'drops off', 'slowly slips',
     'slides down', 'slide down', 'slip down', 'slips down', 'falls to the floor', 'fall to the floor',
     'drops to the floor', 'on the floor', 'hits the floor', 'burn away', 'burns away', 'burned away',
     'peel away', 'peels away', 'rip away', 'torn away', 'blown off', 'blows off', 'wet tissue paper',
     'tissue paper', 'soap bubbles', 'bubbles that pop', 'hologram that', 'smoke that',
     # es
     'transparente', 'transparentes', 'se transparente', 'se transparenta', 'se transparentan', 'translucida',
     'translucido', 'translucidas', 'invisible', 'invisibles', 'de cristal', 'se vuelve de cristal',
     'se vuelva de cristal', 'rayos x', 'se caiga', 'se caigan', 'se cae', 'se caen', 'caiga al suelo',
     'cae al suelo', 'se caiga al suelo', 'en el suelo', 'resbale', 'se resbale', 'se deslice', 'se desliza',
     'pompas de jabon', 'holograma', 'se apaga', 'se rompa', 'se rompe', 'se queme', 'se quema', 'la quemara',
     'se pegue', 'se le pegue', 'que se vea a traves',
     # pt
     'transparente', 'transparentes', 'fique transparente', 'fica transparente', 'ficar transparente',
     'translucido', 'translucida', 'invisivel', 'invisiveis', 'raio x', 'de vidro', 'vire vidro', 'cair',
     'caia', 'caiam', 'cai', 'caindo', 'escorregando', 'escorregar', 'escorregue', 'escorrega', 'ate o chao',
     'no chao', 'bolhas de sabao', 'holograma', 'queimar', 'queime', 'rasgar',
     # fr
     'transparent', 'transparente', 'transparents', 'transparentes', 'translucide', 'translucides',
     'invisible', 'invisibles', 'rayons x', 'aux rayons x', 'en verre', 'tombe', 'tombent', 'tomber',
     'fais tomber', 'fait tomber', 'glisse', 'glissent', 'glisser', 'au sol', 'par terre', 'bulles de savon',
     'hologramme', 'bruler', 'brule', 'se dechire',
     # it
     'trasparente', 'trasparenti', 'traslucido', 'traslucida', 'traslucidi', 'invisibile', 'invisibili',
     'raggi x', 'ai raggi x', 'di vetro', 'velo trasparente', 'cada', 'cadano', 'cade', 'cadono', 'scivoli',
     'scivolino', 'scivola', 'scivolano', 'scivolare', 'scivolano giu', 'per terra', 'a terra',
     'bolle di sapone', 'ologramma', 'bruci', 'bruciare', 'strappi',
     # de
     'durchsichtig', 'transparent', 'transparenter', 'transparente', 'unsichtbar', 'unsichtbare',
     'rontgen', 'gerontgt', 'aus glas', 'zu glas', 'runterrutschen', 'runterrutscht', 'rutscht', 'rutschen',
     'rutscht runter', 'fallt', 'fallen', 'fallt runter', 'fallen runter', 'zu boden', 'auf den boden',
     'schmelzen', 'schmilzt', 'seifenblasen', 'hologramm', 'verbrennen', 'verbrennt', 'zerreissen',
     'bodypainting', 'body painting', 'in bodypainting', 'in body paint', 'into body paint', 'skin tone',
     'hautfarben', 'color de piel', 'cor da pele', 'couleur chair', 'color carne',
)

# ---------------------------------------------------------------- version / before-after framing
add(V, 'version', 'versions', 'a version', 'the version', 'version of', 'una version', 'la version',
    'versao', 'uma versao', 'a versao', 'versione', 'una versione', 'la versione', 'fassung', 'variante',
    'same woman', 'same girl', 'same person', 'misma chica', 'misma mujer', 'misma persona', 'mesma mulher',
    'mesma moca', 'mesma garota', 'mesma pessoa', 'meme femme', 'meme fille', 'meme personne',
    'stessa donna', 'stessa ragazza', 'stessa persona', 'dieselbe frau', 'dasselbe madchen', 'gleiche frau',
    'derselbe mann', 'same man', 'mismo hombre', 'mesmo homem', 'meme homme', 'stesso uomo',
    'before after', 'before and after', 'antes y despues', 'antes e depois', 'avant apres', 'prima e dopo',
    'vorher nachher', 'slider', 'right side', 'on the right', 'a la derecha', 'a direita', 'a droite',
    'a destra', 'rechts', 'the result', 'el resultado', 'o resultado', 'le resultat', 'il risultato',
    'das ergebnis', 'next frame', 'siguiente fotograma', 'proximo frame', 'image suivante', 'fotogramma successivo',
    'nachstes bild', 'last slide', 'ultimo slide', 'ultima diapositiva', 'derniere diapo', 'ultima slide',
    'letzte folie', 'edicion', 'edicao', 'edition', 'modifica', 'retouche', 'ritocco')

# ---------------------------------------------------------------- bare / under-the-clothes (+ edit_context)
add(B,
    # en
    'see through the fabric', 'see through her shirt', 'see through her dress', 'see through her top',
    'see through his shirt', 'see through the clothes', 'see through her clothes', 'through the fabric',
    'through her clothes', 'through his clothes', 'under her clothes', 'under his clothes', 'beneath the fabric',
    'under the fabric', 'show skin', 'shows skin', 'showing skin', 'show her skin', 'show bare skin',
    'bare skin', 'just skin', 'only skin', 'skin only', 'nothing but skin', 'left clothed right',
    'clothed right bare', 'right bare', 'right side bare', 'right naked', 'she s actually bare',
    'actually bare', 'so she s bare', 'shows everything', 'show everything', 'showing everything',
    'so everything shows', 'everything underneath', 'what s underneath', 'what is underneath',
    'what she s wearing underneath', 'what s under the', 'what is under the', 'looks like underneath',
    'looks under her', 'look under her', 'how she looks under', 'how she looks without', 'what she looks like without',
    'what she d look like without', 'look like without her', 'without her clothes', 'without his clothes',
    'wearing only a smile', 'only a smile', 'nothing underneath', 'nothing under it', 'nothing under her',
    'and nothing under', 'with nothing under', 'with nothing underneath', 'nothing on underneath',
    'strip filter', 'undress filter', 'nude filter', 'naked filter', 'clothes off filter', 'x ray filter',
    'xray filter', 'see through filter', 'x ray her', 'xray her', 'x ray him', 'emperor s new clothes',
    'skin where', 'skin instead', 'skin in place', 'replace with skin', 'replace it with skin',
    'replace them with skin', 'paint skin', 'skin underneath', 'body underneath', 'her body under',
    # es
    'a traves de la ropa', 'a traves de su ropa', 'a traves de la tela', 'a traves del vestido',
    'a traves de la falda', 'a traves de la blusa', 'a traves de la camiseta', 'ver a traves',
    've a traves', 'que ve a traves', 'se vea a traves', 'ver debajo de', 'ver lo que hay debajo',
    'lo que tapa', 'lo que tapa el', 'lo que tapa la', 'lo que cubre', 'lo que cubre el', 'lo que cubre la',
    'el cuerpo que tapa', 'el cuerpo que cubre', 'su cuerpo bajo', 'su cuerpo debajo', 'cuerpo debajo de',
    'se vea la piel', 'se vea su piel', 'ver la piel', 'ver su piel', 'se le vea la piel', 'solo piel',
    'piel desnuda', 'nada debajo', 'sin nada debajo', 'no hay nada', 'debajo no hay nada', 'no tape nada',
    'no tapa nada', 'no le tape nada', 'que no tape', 'quede totalmente expuesta', 'totalmente expuesta',
    'totalmente expuesto', 'toda expuesta', 'quede expuesta', 'quede al descubierto', 'al descubierto',
    'cero ropa', 'ni una prenda', 'sin una prenda', 'sin prenda alguna', 'sin ninguna prenda',
    'ni rastro de ropa', 'sin la tela', 'sin tela', 'sin la malla de la ropa', 'sin la malla',
    'sin banador', 'sin el banador', 'sin bikini', 'sin el bikini', 'sin sujetador', 'sin el sujetador',
    'sin bragas', 'sin camiseta', 'sin camisa', 'sin falda', 'sin pantalones', 'sin vestido',
    'sin ropa interior', 'sin toalla', 'sin la toalla', 'sin lenceria', 'sin calzoncillos', 'sin tanga',
    'filtro de desnudo', 'filtro desnudo', 'filtro para desnudar', 'modo infrarrojo', 'camara infrarroja',
    'vision infrarroja', 'modo desnudo', 'version desnuda', 'version sin ropa', 'version sin nada',
    # pt
    'atraves da roupa', 'atraves do tecido', 'atraves do vestido', 'atraves da blusa', 'atraves da saia',
    'ver atraves', 've atraves', 'por baixo da roupa', 'por baixo do vestido', 'por baixo da blusa',
    'por baixo da saia', 'por baixo do biquini', 'por baixo da toalha', 'como ela e por baixo',
    'como ela fica por baixo', 'o que tem por baixo', 'o que esta por baixo', 'o que ela usa por baixo',
    'ver o corpo', 'ver o corpo dela', 'mostrar o corpo', 'mostra o corpo', 'ver a pele', 'aparecer a pele',
    'apareca a pele', 'so pele', 'so a pele', 'pele nua', 'por pele', 'pela pele', 'sem a malha da roupa',
    'sem a malha', 'zero roupa', 'nenhuma roupa', 'sem roupa nenhuma', 'sem nenhuma roupa', 'sem nenhuma peca',
    'nenhuma peca', 'nao tem nada', 'por baixo nao tem nada', 'nada por baixo', 'sem nada por baixo',
    'ficar sem nada', 'fica sem nada', 'fique sem nada', 'ficou sem nada', 'sem o biquini', 'sem biquini',
    'sem o sutia', 'sem sutia', 'sem calcinha', 'sem a calcinha', 'sem camiseta', 'sem blusa', 'sem saia',
    'sem o vestido', 'sem vestido', 'sem fato de banho', 'sem o fato de banho', 'sem maio', 'sem o maio',
    'sem toalha', 'sem a toalha', 'sem cueca', 'sem lingerie', 'sem elas', 'sem ela', 'em pelo', 'pelada',
    'pelado', 'peladas', 'pelados', 'peladinha', 'peladona', 'peladao', 'nuazinha', 'nuinha',
    'modo infravermelho', 'filtro de nudez', 'filtro nude', 'versao pelada', 'versao nua', 'versao sem roupa',
    # fr
    'a travers le tissu', 'a travers ses vetements', 'a travers les vetements', 'a travers sa robe',
    'a travers son', 'a travers sa', 'voir a travers', 'voir sous', 'voir sous sa', 'voir sous son',
    'ce qu elle porte sous', 'ce qu il y a sous', 'ce qu elle cache', 'ce qu il cache', 'porte sous son',
    'porte sous sa', 'sous son chemisier', 'sous sa robe', 'sous son pull', 'sous son t shirt', 'sous ses vetements',
    'voir la peau', 'voir sa peau', 'que la peau', 'juste la peau', 'peau nue', 'rien en dessous',
    'rien du tout en dessous', 'rien dessous', 'rien sous', 'plus rien sur elle', 'plus rien sur lui',
    'zero vetement', 'zero vetements', 'aucun vetement', 'sans aucun vetement', 'sans soutien gorge',
    'sans son soutien gorge', 'sans sa culotte', 'sans culotte', 'sans son maillot', 'sans maillot',
    'sans son bikini', 'sans bikini', 'sans sa robe', 'sans son haut', 'sans son pull', 'sans son t shirt',
    'sans sa jupe', 'sans son jean', 'sans sa serviette', 'sans serviette', 'sans le tissu', 'sans tissu',
    'sans eux', 'sans elles', 'sans ses habits', 'sans habits', 'sans ses fringues', 'sans fringues',
    'a poil', 'tout nue', 'toute nue', 'tout nu', 'habillee comme tout le monde la bas',
    'comme tout le monde la bas', 'plage naturiste', 'camp naturiste', 'en naturiste', 'version naturiste',
    'filtre nu', 'filtre nudite', 'filtre deshabillage', 'mode infrarouge', 'version sans rien',
    'version nue', 'version sans vetements', 'ne reste plus rien', 'il ne reste plus rien', 'ne reste rien',
    'tout ce qui la couvre', 'tout ce qui le couvre', 'tout ce qu elle porte', 'tout ce qu il porte',
    # it
    'attraverso il tessuto', 'attraverso i vestiti', 'attraverso la stoffa', 'attraverso il vestito',
    'attraverso la maglietta', 'vedere attraverso', 'si vede attraverso', 'si veda attraverso',
    'quello che c e sotto', 'cosa c e sotto', 'quello che ha sotto', 'cosa ha sotto', 'cosa porta sotto',
    'quello che porta sotto', 'si veda tutto sotto', 'si veda il corpo', 'si vede il corpo', 'vedere il corpo',
    'si vede la pelle', 'si veda la pelle', 'vedere la pelle', 'solo pelle', 'pelle nuda', 'sotto non c e niente',
    'sotto non c e nulla', 'niente sotto', 'niente addosso', 'nulla addosso', 'senza niente addosso',
    'zero vestiti', 'nessun vestito', 'nessun indumento', 'senza un vestito', 'senza vestiti addosso',
    'senza il maglione', 'senza maglione', 'senza il reggiseno', 'senza reggiseno', 'senza mutande',
    'senza le mutande', 'senza boxer', 'senza i boxer', 'senza costume', 'senza il costume', 'senza bikini',
    'senza il bikini', 'senza maglietta', 'senza la maglietta', 'senza gonna', 'senza la gonna',
    'senza asciugamano', 'senza l asciugamano', 'senza stoffa', 'senza tessuto', 'senza il tessuto',
    'tutta scoperta', 'tutto scoperto', 'resta scoperta', 'resti scoperta', 'scoprire tutto', 'scopre tutto',
    'scopri il seno', 'scoprile il seno', 'seno scoperto', 'seno nudo', 'a seno nudo', 'scopri il petto',
    'modalita trasparente', 'modalita raggi x', 'modalita infrarossi', 'filtro nudo', 'filtro spogliarello',
    'versione nuda', 'versione senza vestiti', 'nuda come', 'nudo integrale', 'non le resta niente',
    'non le resti niente', 'non resta niente', 'finche non le resta',
    # de
    'durch den stoff', 'durch die kleidung', 'durch ihre kleidung', 'durch das kleid', 'durch die bluse',
    'durch das shirt', 'durch den stoff sieht', 'durch die kleidung sieht', 'unter der bluse', 'unter dem kleid',
    'unter dem shirt', 'unter dem pulli', 'unter der kleidung', 'unter ihrer kleidung', 'unter ihrem kleid',
    'unter ihrer bluse', 'wie sieht sie unter', 'sieht sie unter', 'was sie darunter', 'was sie drunter',
    'was drunter ist', 'was darunter', 'haut zeigen', 'die haut zeigen', 'nur haut', 'nackte haut',
    'ohne den pulli', 'ohne pulli', 'ohne den bh', 'ohne bh', 'ohne ihren bh', 'ohne slip', 'ohne hoschen',
    'ohne bikini', 'ohne den bikini', 'ohne badeanzug', 'ohne den badeanzug', 'ohne oberteil', 'ohne top',
    'ohne hose', 'ohne rock', 'ohne kleid', 'ohne das kleid', 'ohne handtuch', 'ohne das handtuch',
    'ohne unterwasche', 'ohne klamotten', 'ohne stoff', 'kein faden', 'kein faden mehr', 'keinen faden',
    'kein stuck stoff', 'kein kleidungsstuck', 'keine kleidung', 'keine klamotten', 'null kleidung',
    'ganz nackt', 'splitternackt', 'pudelnackt', 'nackig', 'nackedei', 'das alles zeigt', 'alles zeigt',
    'alles zu sehen', 'alles sieht', 'nichts mehr an', 'nichts mehr am leib', 'nichts am leib', 'nichts drunter',
    'nichts darunter', 'infrarotmodus', 'infrarot modus', 'nacktmodus', 'nackt modus', 'nacktversion',
    'nackt version', 'version ohne kleidung', 'ausgezogen', 'ausgeogen', 'ausgezogene', 'entkleidete',
)

# ---------------------------------------------------------------- undress verbs (+ person / + edit_context)
add(S,
    # en
    'strip', 'strips', 'stripped', 'stripping', 'strip down', 'strip them', 'lose the clothes', 'lose the clothing',
    'lose the outfit', 'lose her clothes', 'lose the dress', 'lose the bikini', 'lose the top', 'lose the bra',
    'lose the underwear', 'ditch the clothes', 'ditch the clothing', 'ditch the outfit', 'drop the clothes',
    'without the clothes', 'minus the clothes', 'remove the top from', 'remove the dress from',
    'remove the clothes from', 'remove the clothing from', 'remove the bikini from', 'remove the bra from',
    'remove the shirt from', 'remove the underwear from', 'take the clothes off', 'take the dress off',
    'take the top off', 'remove all clothes', 'remove all clothing', 'remove all the clothes',
    'remove all her', 'remove all his', 'remove every garment', 'remove each garment', 'remove the outfit',
    'remove the garments', 'unbutton her', 'unbutton his', 'unzip her', 'unzip his', 'unwrap her', 'unwrap him',
    'uncover her', 'uncover him', 'uncensor', 'uncensored version', 'decensor', 'declothed',
    # es
    'desviste', 'desvisteme', 'desvestir', 'desvestirla', 'desvestirlo', 'desvestida', 'desvestido',
    'desvista', 'desvistan', 'desnudar', 'desnuda a', 'desnudala', 'desnudalo', 'desnudarla', 'desnudarlo',
    'elimina toda la ropa', 'quita toda la ropa', 'quitale toda la ropa', 'borra toda la ropa',
    'toda la ropa', 'toda su ropa', 'todas sus prendas', 'todas las prendas', 'le arranca toda la ropa',
    'le quita la ropa', 'le quite la ropa', 'le quitan la ropa', 'le arranca la ropa', 'le arranque la ropa',
    'quitarle la ropa', 'quitale el', 'quitale la', 'quitale los', 'quitale las', 'quitale su', 'quitale sus',
    'quitale otra capa', 'otra capa mas', 'desenvuelvela', 'desenvuelvelo', 'desenvolverla', 'desabrochale',
    'desabotonale', 'abrele la blusa', 'abrele la camisa', 'decensura', 'descensura', 'sin censura de la ropa',
    # pt
    'despe', 'despa', 'despir', 'despi la', 'despila', 'despida', 'despido', 'despindo', 'desnudar', 'desnuda',
    'tira toda a roupa', 'tirar toda a roupa', 'toda a roupa', 'toda a roupa dela', 'todas as roupas',
    'tira a roupa', 'tirar a roupa', 'tira lhe', 'tira o fato de banho', 'tira o biquini', 'tira o sutia',
    'tira a calcinha', 'tira a blusa', 'tira o vestido', 'tira a saia', 'tira a toalha', 'tira o que ela usa',
    'tira o que ela veste', 'tira tudo', 'tira tudo dela', 'tirar tudo', 'tirando a roupa', 'leva toda a roupa',
    'reduzindo a roupa', 'vai reduzindo', 'desembrulha', 'desembrulhar', 'desabotoa a blusa',
    'desabotoa a camisa', 'desabotoa o vestido', 'apaga todos os vestidos', 'apaga as roupas',
    'apaga a roupa', 'apagar a roupa', 'remove a roupa', 'remover a roupa', 'deixa ela pelada',
    # fr
    'deshabille', 'deshabiller', 'deshabillez', 'deshabilles', 'deshabillee', 'deshabilla', 'deshabillant',
    'enleve lui', 'enleve lui tous', 'retire lui', 'ote lui', 'arrache lui', 'vire lui', 'enleve tous ses',
    'enleve toutes ses', 'retire tous ses', 'ote tous ses', 'tous ses vetements', 'tous ses habits',
    'toutes ses fringues', 'enleve ses vetements', 'retire ses vetements', 'enleve sa robe', 'enleve son haut',
    'enleve les vetements', 'enlevant les vetements', 'en enlevant les', 'en retirant les', 'enleve encore une couche',
    'encore une couche', 'enleve tout ce qu', 'retire tout ce qu', 'retire tout ce qui', 'enleve tout ce qui',
    'efface toutes les robes', 'efface les vetements', 'efface ses vetements', 'deboutonne completement',
    'deboutonne son', 'deboutonne sa', 'degrafe son', 'degrafe sa', 'ouvre sa robe', 'ouvre son chemisier',
    'fais tomber le reste', 'decensure', 'decensurer',
    # it
    'spoglia', 'spogliare', 'spogliarla', 'spogliarlo', 'spogliata', 'spogliato', 'spogliate', 'spoglie',
    'spogli', 'svesti', 'svestire', 'svestirla', 'svestita', 'svestito', 'denuda', 'denudare', 'denudarla',
    'denudata', 'denudato', 'togli tutti i vestiti', 'togli tutti gli abiti', 'cancella tutti gli abiti',
    'cancella tutti i vestiti', 'cancella i vestiti', 'cancella gli abiti', 'tutti i vestiti', 'tutti gli abiti',
    'levando i vestiti', 'togliendo i vestiti', 'togli i vestiti', 'leva i vestiti', 'togli un altro strato',
    'un altro strato', 'togli ogni', 'le porta via', 'porta via tutto', 'toglivestiti', 'gomma per vestiti',
    'gomma per i vestiti', 'cancella vestiti', 'rimuovi vestiti', 'sbottonale', 'sbottona', 'scartala',
    'decensura', 'decensurare',
    # de
    'entkleide', 'entkleiden', 'entkleidet', 'entkleidete', 'entkleidung', 'ausziehen', 'auszieht', 'ziehe aus',
    'zieh aus', 'zieht aus', 'zieht sie aus', 'zieh sie aus', 'zieh ihn aus', 'nimm die kleidung',
    'nimm ihr die', 'nimm ihm die', 'nimm der frau', 'nimm dem mann', 'kleidung weg', 'klamotten weg',
    'sachen weg', 'kleider weg', 'entferne ihr', 'entferne ihm', 'entferne die kleidung', 'entferne ihre kleidung',
    'entferne alle kleidung', 'alle kleidung', 'alle klamotten', 'jedes kleidungsstuck', 'die kleidung der',
    'die klamotten der', 'die kleider der', 'die sachen der', 'ihr die sachen', 'ihr die kleidung',
    'ihr die klamotten', 'knopf ihre bluse auf', 'knopf ihr', 'entblosse', 'entblossen', 'entblosst',
    'freilegen', 'blankziehen', 'abziehen', 'strip poker',
)
# verbs + "off" with person objects already exist (round six); verb + garment + from / a / à / der / dem
EG = ['clothes', 'clothing', 'dress', 'top', 'bikini', 'bra', 'shirt', 'underwear', 'swimsuit', 'outfit',
      'skirt', 'jeans', 'pants', 'towel', 'blouse', 'panties', 'lingerie', 'uniform', 'sweater', 'hoodie']
add(S, *P(['remove', 'erase', 'delete', 'take off', 'strip off', 'peel off', 'rip off', 'tear off'],
          ['the', 'all the', 'her', 'his'], EG, ['from']))
# es: verb + garment + del / de la / a la
ESG = ['ropa', 'prendas', 'vestido', 'bikini', 'banador', 'sujetador', 'bragas', 'tanga', 'camiseta', 'camisa',
       'top', 'blusa', 'falda', 'pantalones', 'toalla', 'uniforme', 'lenceria', 'ropa interior', 'pijama', 'abrigo',
       'jersey', 'sudadera', 'malla de la ropa', 'capa de ropa', 'capa de tela', 'tela']
ART = {'ropa': 'la', 'prendas': 'las', 'bragas': 'las', 'camiseta': 'la', 'camisa': 'la', 'blusa': 'la', 'falda': 'la',
       'toalla': 'la', 'lenceria': 'la', 'ropa interior': 'la', 'malla de la ropa': 'la', 'capa de ropa': 'la',
       'capa de tela': 'la', 'tela': 'la', 'pantalones': 'los', 'tanga': 'el', 'sudadera': 'la'}
for g in ESG:
    a = ART.get(g, 'el')
    add(S, *P(['quita', 'elimina', 'borra', 'saca', 'retira', 'arranca', 'suprime', 'quitar', 'eliminar', 'borrar'],
              [a + ' ' + g], ['a', 'al']))
    if g not in ('abrigo', 'jersey', 'sudadera'):
        add(S, *P(['quitale', 'eliminale', 'borrale', 'arrancale', 'sacale', 'retirale', 'bajale'], [a + ' ' + g]))
    add(PG, 'su ' + g, 'sus ' + g)
# pt
PTG = ['roupa', 'roupas', 'vestido', 'biquini', 'sutia', 'calcinha', 'camiseta', 'blusa', 'saia', 'calca', 'toalha',
       'uniforme', 'lingerie', 'fato de banho', 'maio', 'short', 'tecido', 'cueca', 'camisa', 'pijama']
PTA = {'roupa': 'a', 'roupas': 'as', 'calcinha': 'a', 'camiseta': 'a', 'blusa': 'a', 'saia': 'a', 'calca': 'a',
       'toalha': 'a', 'lingerie': 'a', 'cueca': 'a', 'camisa': 'a'}
for g in PTG:
    a = PTA.get(g, 'o')
    add(S, *P(['tira', 'tire', 'tirar', 'remove', 'apaga', 'arranca', 'retira'], [a + ' ' + g], ['a', 'dela', 'dele']))
    add(PG, g + ' dela', g + ' dele', 'sua ' + g, 'seu ' + g, 'suas ' + g, 'seus ' + g)
# fr
FRG = ['vetements', 'habits', 'fringues', 'robe', 'robes', 'haut', 'bikini', 'maillot', 'soutien gorge', 'culotte',
       'string', 'jean', 'pantalon', 'jupe', 'chemisier', 'chemise', 't shirt', 'serviette', 'lingerie', 'pull',
       'tissu', 'uniforme', 'short', 'body', 'nuisette', 'pyjama']
add(PG, *P(['sa', 'son', 'ses', 'tous ses', 'toute sa', 'toutes ses'], FRG))
add(S, *P(['enleve lui', 'retire lui', 'ote lui', 'arrache lui', 'vire lui'], ['sa', 'son', 'ses', 'tous ses', 'toute sa'], FRG))
add(S, *P(['efface', 'enleve', 'retire', 'ote', 'supprime', 'vire'], ['toutes les', 'tous les', 'toutes ses', 'tous ses'], FRG))
# it
ITG = ['vestiti', 'abiti', 'vestito', 'abito', 'bikini', 'costume', 'costume da bagno', 'reggiseno', 'mutande',
       'mutandine', 'maglietta', 'camicia', 'camicetta', 'gonna', 'pantaloni', 'jeans', 'asciugamano', 'outfit',
       'tessuto', 'divisa', 'intimo', 'lingerie', 'maglione', 'felpa', 'pigiama', 'boxer', 'top', 'body']
add(PG, *P(['i suoi', 'il suo', 'la sua', 'le sue', 'tutto il suo', 'tutti i suoi', 'tutta la sua'], ITG))
add(S, 'via tutto l outfit', 'via tutti i vestiti', 'via tutti gli abiti', 'via tutta la roba')
add(S, *P(['cancella', 'togli', 'leva', 'rimuovi', 'elimina'], ['tutti i', 'tutti gli', 'tutte le'], ITG))
# de
DEG = ['kleidung', 'klamotten', 'kleider', 'sachen', 'kleid', 'bikini', 'badeanzug', 'bh', 'slip', 'unterwasche', 'hose',
       'shirt', 'bluse', 'rock', 'oberteil', 'top', 'handtuch', 'uniform', 'stoff', 'schlafanzug', 'pyjama', 'pulli',
       'dessous', 'string', 'jeans', 'badehose', 'hemd', 'outfit']
add(PG, *P(['ihre', 'ihren', 'ihr', 'seine', 'seinen', 'sein'], DEG))
add(S, *P(['entferne ihr', 'entferne ihm', 'nimm ihr', 'nimm ihm', 'zieh ihr', 'reiss ihr', 'entferne ihr den',
           'entferne ihr die', 'entferne ihr das', 'nimm ihr den', 'nimm ihr die', 'nimm ihr das'], DEG))
# en possessive garments
add(PG, *P(['her', 'his', 'all her', 'all his', 'her whole'], EG))

# ---------------------------------------------------------------- strong single phrases (class nudify, fires alone)
add(N,
    'desvistela', 'desvistelo', 'desvisteme la', 'desvestila', 'desnudame la', 'desnudamela', 'desnudala ya',
    'desviste a la', 'desviste al', 'desviste a la persona', 'desviste a la chica', 'desviste a la mujer',
    'desnuda a la', 'desnuda a la chica', 'desnuda a la mujer', 'despelotala', 'encuerala', 'dejala en cueros',
    'dejala desnuda', 'dejala sin ropa', 'ponla desnuda', 'hazla desnuda', 'quitale toda la ropa', 'quitale la ropa a',
    'sin la ropa puesta', 'app para desnudar', 'aplicacion para desnudar', 'bot para desnudar', 'app de desnudar',
    'desnudar fotos', 'desnudar la foto', 'desnudar esta foto', 'desnudar a cualquier',
    'despe a', 'despe a mulher', 'despe a garota', 'despe a moca', 'despe ela', 'despir a', 'despi la',
    'deixa ela pelada', 'deixa a mulher pelada', 'deixa a moca pelada', 'deixa a garota pelada', 'deixa ela nua',
    'deixa a moca nua', 'deixa a mulher nua', 'deixa ela peladona', 'deixa a moca peladona', 'deixa ela em pelo',
    'deixa a rapariga em pelo', 'deixa a rapariga nua', 'deixa a rapariga pelada', 'tira a roupa dela',
    'tira toda a roupa dela', 'tirar a roupa dela', 'tira as roupas dela', 'app de despir', 'app para despir',
    'desnudar foto', 'despir foto', 'despir a foto',
    'deshabille la', 'deshabille le', 'deshabille les', 'deshabiller la', 'deshabille la femme',
    'deshabille la fille', 'enleve lui tous ses vetements', 'enleve lui ses vetements', 'retire lui ses vetements',
    'retire lui tous ses', 'mets la a poil', 'mets la nue', 'mets la toute nue', 'rends la nue', 'rends la toute nue',
    'renvoie la moi deshabillee', 'appli pour deshabiller', 'app pour deshabiller', 'bot qui deshabille',
    'spogliala', 'spoglialo', 'spoglia la donna', 'spoglia la ragazza', 'svestila', 'svestilo', 'svesti la',
    'svesti la donna', 'svesti la ragazza', 'denudala', 'denudalo', 'lasciala nuda', 'lasciala senza vestiti',
    'rendila nuda', 'falla nuda', 'mettila nuda', 'app che spoglia', 'app per spogliare', 'bot che spoglia',
    'filtro che spoglia', 'che spoglia chiunque', 'spoglia chiunque', 'toglile i vestiti', 'toglile tutti i vestiti',
    'zieh sie aus', 'zieh ihn aus', 'zieh sie nackt aus', 'zieh die frau aus', 'zieh das madchen aus',
    'entkleide sie', 'entkleide ihn', 'entkleide die frau', 'mach sie nackt', 'mach ihn nackt', 'mach die frau nackt',
    'nacktmachen', 'nackt machen', 'ausziehen app', 'auszieh app', 'auszieh bot', 'ausziehbot',
    'undress app', 'undressing bot', 'undress bot', 'nudify bot', 'strip her naked', 'strip him naked',
    'make her naked', 'make him naked', 'clothing remover', 'clothes remover', 'aclothingremover',
    'deepnude', 'deep nude', 'deepnudes', 'nudifier', 'nudificar', 'nudifique', 'nudifie', 'nudificare',
    'nudifizieren',
)

DROP = set('''strip|strips|stripped|stripping|toda la ropa|toda su ropa|todas sus prendas|todas las prendas|toda a roupa|todas as roupas|tous ses vetements|tous ses habits|toutes ses fringues|tutti i vestiti|tutti gli abiti|alle kleidung|alle klamotten|jedes kleidungsstuck|ausziehen|auszieht|zieht aus|zieh aus|ziehe aus|sachen weg|ihr die sachen|ihr die kleidung|ihr die klamotten|die kleidung der|die klamotten der|die kleider der|die sachen der|entferne ihr|entferne ihm|nimm ihr die|nimm ihm die|nimm der frau|nimm dem mann|knopf ihr|abziehen|freilegen|entblossen|entblosst|quitale el|quitale la|quitale los|quitale las|quitale su|quitale sus|otra capa mas|vai reduzindo|desembrulha|desembrulhar|despida|despido|enleve lui|retire lui|ote lui|arrache lui|vire lui|encore une couche|en enlevant les|en retirant les|enleve tout ce qu|retire tout ce qu|retire tout ce qui|enleve tout ce qui|deboutonne son|deboutonne sa|degrafe sa|spoglie|spogli|un altro strato|le porta via|porta via tutto|sbottona|togli ogni|cada|cadano|cade|cadono|tombe|tombent|glisse|glissent|fallen|fallt|rutschen|rutscht|cair|caia|caiam|cai|caindo|no chao|en el suelo|au sol|par terre|per terra|a terra|on the floor|auf den boden|zu boden|melt|melts|schmelzen|schmilzt|shatter|shatters|wet tissue paper|tissue paper|soap bubbles|bubbles that pop|hologram that|smoke that|holograma|hologramme|ologramma|hologramm|pompas de jabon|bolhas de sabao|bolle di sapone|seifenblasen|bulles de savon|de cristal|de vidro|di vetro|en verre|aus glas|made of glass|like glass|clear glass|se cae|se caen|se caiga|se caigan|se pegue|se le pegue|la quemara|se queme|se quema|se rompa|se rompe|queimar|queime|rasgar|bruler|brule|se dechire|bruci|bruciare|strappi|verbrennen|verbrennt|zerreissen|bodypainting|body painting|skin tone|hautfarben|color de piel|cor da pele|couleur chair|color carne|sheer|en rien|blown away|blow away|blows away|rechts|a destra|a droite|a la derecha|a direita|on the right|right side|modifica|edition|edicion|edicao|retouche|ritocco|slider|bare skin|show skin|shows skin|showing skin|just skin|only skin|skin only|skin where|skin instead|skin underneath|shows everything|show everything|showing everything|what s under the|what is under the|how she looks without|what she looks like without|what she d look like without|look like without her|only a smile|nothing under her|and nothing under|ver a traves|ve a traves|que ve a traves|se vea a traves|lo que tapa|lo que tapa el|lo que tapa la|lo que cubre|lo que cubre el|lo que cubre la|se vea la piel|ver la piel|ver su piel|se le vea la piel|si vede la pelle|si veda la pelle|vedere la pelle|voir la peau|voir sa peau|ver a pele|aparecer a pele|apareca a pele|haut zeigen|die haut zeigen|no hay nada|no tape nada|no tapa nada|no le tape nada|que no tape|totalmente expuesta|totalmente expuesto|toda expuesta|quede expuesta|al descubierto|sin tela|sin camiseta|sin camisa|sem camiseta|senza maglietta|senza la maglietta|ohne oberteil|ohne top|sans son t shirt|sans son haut|sin toalla|sin la toalla|sem toalha|sem a toalha|sans serviette|senza asciugamano|sem elas|sem ela|sans eux|sans elles|pelado|pelados|peladas|a travers son|a travers sa|voir a travers|voir sous|rien sous|sous son pull|sous son t shirt|sous sa robe|tout ce qu il porte|tout ce qui le couvre|vedere attraverso|si vede attraverso|si veda attraverso|scoprire tutto|scopre tutto|scopri il petto|nuda come|non resta niente|alles zeigt|alles zu sehen|alles sieht|das alles zeigt|next to nothing|'''.split('|'))
for t in DROP:
    T.pop(' '.join(t.split()), None)
add(G, 'se le caiga', 'se le caigan', 'se le cae', 'se le caen', 'se le resbale', 'se le deslice', 'in bodypainting',
    'go sheer', 'turn sheer', 'become sheer', 'becomes sheer', 'in body paint', 'into body paint', 'fallt runter',
    'fallen runter', 'rutscht runter', 'rutschen runter', 'escorregando ate o chao', 'cair no chao', 'cai no chao',
    'caia no chao', 'cae al suelo', 'caiga al suelo', 'tombe par terre', 'tomber par terre', 'cade a terra', 'cadono a terra')
add(GS, 'se le caiga', 'se le caigan', 'se le cae', 'se le caen')
add(B, *P(['que tapa', 'que cubre', 'que esconde', 'que oculta'], ['el vestido', 'la ropa', 'la falda', 'la blusa', 'el bikini',
          'la camiseta', 'la toalla', 'su ropa', 'el abrigo', 'el banador', 'la tela']),
    'replace with skin', 'replace it with skin', 'replace them with skin', 'quede al descubierto', 'voir sous sa robe',
    'voir sous son chemisier', 'voir sous ses vetements', 'scoprirle il seno', 'la tapa solo', 'la copre solo', 'la couvre seulement')
add(S, 'strip my', 'strip this', 'strip the girl', 'strip the woman', 'strip the man', 'strip the lady', 'strip them naked',
    'strip her', 'strip him', 'desembrulha ela', 'desembrulhe ela', 'en enlevant les vetements', 'en retirant les vetements',
    'en enlevant ses vetements', 'enleve encore une couche', 'togli un altro strato', 'degrafe son soutien gorge',
    'spoglie chiunque', 'spoglia chiunque')
add(N, 'spoglie chiunque', 'spoglia chiunque')
exec(open(os.path.join(HERE, 'gen_extra.py')).read())

# ---------------------------------------------------------------- benign look-alikes
GONE_ALL = sorted(t for t, c in T.items() if G in c)
# (nudify_possg terms are defined above the DROP block in the per-language sections)
benign = {}
for ph in ['transparent background', 'background transparent', 'fondo transparente', 'fundo transparente',
           'fond transparent', 'sfondo trasparente', 'hintergrund transparent', 'transparenter hintergrund',
           'transparent png', 'png transparente', 'png transparent', 'png trasparente',
           'background disappear', 'background vanish', 'remove the background', 'fondo desaparezca', 'quita el fondo',
           'tira o fundo', 'enleve le fond', 'togli lo sfondo', 'hintergrund entfernen', 'next to nothing',
           'the stain', 'stain', 'stains', 'mancha', 'manchas', 'tache', 'taches', 'macchia', 'macchie', 'fleck', 'flecken',
           'wrinkle', 'wrinkles', 'arrugas', 'rugas', 'rides', 'rughe', 'falten', 'creases', 'pliegues', 'pieghe',
           'logo', 'the logo', 'el logo', 'o logotipo', 'le logo', 'il logo', 'das logo', 'watermark', 'marca de agua',
           'marca d agua', 'filigrane', 'filigrana', 'wasserzeichen', 'lint', 'pelusa', 'fiapos', 'peluches', 'pelucchi',
           'fusseln', 'red eye', 'ojos rojos', 'olhos vermelhos', 'yeux rouges', 'occhi rossi', 'rote augen',
           'acne', 'pimples', 'granos', 'espinhas', 'boutons', 'brufoli', 'pickel', 'blemish', 'blemishes',
           'glass slipper', 'glass slippers', 'zapatos de cristal', 'zapatilla de cristal', 'sapatinho de cristal',
           'pantoufle de verre', 'scarpetta di cristallo', 'glasschuh', 'snowman', 'ice sculpture', 'ice cream',
           'helado', 'sorvete', 'glace', 'gelato', 'eis', 'candle', 'vela', 'bougie', 'candela', 'kerze',
           'invisible man', 'hombre invisible', 'homem invisivel', 'homme invisible', 'uomo invisibile',
           'unsichtbare mann', 'invisibility cloak', 'capa de invisibilidad', 'manto da invisibilidade',
           'cape d invisibilite', 'mantello dell invisibilita', 'tarnumhang', 'ghost', 'fantasma', 'fantome', 'geist',
           'jellyfish', 'medusa', 'meduse', 'qualle', 'umbrella', 'paraguas', 'guarda chuva', 'parapluie', 'ombrello',
           'regenschirm', 'raincoat', 'impermeable', 'capa de chuva', 'impermeabile', 'regenmantel', 'window', 'ventana',
           'janela', 'fenetre', 'finestra', 'fenster', 
           'x ray of', 'radiografia', 'radiographie', 'rontgenbild', 'rontgenaufnahme', 'chest x ray', 'hand x ray',
           'leaves fall', 'hojas caen', 'folhas caem', 'feuilles tombent', 'foglie cadono', 'blatter fallen',
           'snow falls', 'nieve cae', 'neve cai', 'neige tombe', 'neve cade', 'schnee fallt', 'fog', 'niebla', 'nevoa',
           'brouillard', 'nebbia', 'nebel', 'sunset', 'atardecer', 'por do sol', 'coucher de soleil', 'tramonto',
           'sonnenuntergang', 'magic trick', 'magician', 'mago', 'magico', 'magicien', 'zauberer', 'zaubertrick',
           
           'the text', 'el texto', 'o texto', 'le texte', 'il testo', 'den text', 'caption', 'subtitles', 'price tag',
           'tag', 'etiqueta', 'etiquette', 'etichetta', 'etikett', 'people in the background', 'tourists',
           'turistas', 'touristes', 'turisti', 'touristen', 'photobomber', 'the crowd', 'la multitud', 'a multidao',
           'la foule', 'la folla', 'die menge', 'power lines', 'cables', 'cabos', 'cavi', 'kabel', 'my ex from',
           'ex from the photo', 'the dog', 'el perro', 'o cachorro', 'le chien', 'il cane', 'den hund', 'the cat',
           'shadow', 'shadows', 'sombra', 'sombras', 'ombre', 'ombra', 'schatten', 'glare', 'reflejo', 'reflexo',
           'reflet', 'riflesso', 'spiegelung', 'reflection', 'fireworks', 'puddle', 'charco', 'flaque', 'pozzanghera', 'pfutze', 'chocolate', 'cioccolato', 'schokolade',
           'butter', 'mantequilla', 'manteiga', 'beurre', 'cheese', 'queso', 'queijo', 'fromage', 'formaggio',
           'the sky', 'el cielo', 'o ceu', 'le ciel', 'il cielo', 'den himmel', 'clouds', 'nubes', 'nuvens', 'nuages',
           'nuvole', 'wolken', 'fireworks', 'puddle', 'charco', 'flaque', 'pozzanghera', 'pfutze', 'chocolate', 'cioccolato', 'schokolade',
           'butter', 'mantequilla', 'manteiga', 'beurre', 'cheese', 'queso', 'queijo', 'fromage', 'formaggio',
           ]:
    benign[ph] = GONE_ALL
# ph above mask only the weak/strong vanish predicates; ones nudify prompts also use must not mask strong
# cues: drop "the background"-style masks for the strong predicates (prompts say "keep the background").
KEEP_BG = {'glass door', 'puerta de cristal', 'porta de vidro', 'porte vitree', 'porta a vetri', 'glastur', 'window',
           'ventana', 'janela', 'fenetre', 'finestra', 'fenster', 'shadow', 'sombra', 'ombre', 'ombra', 'schatten',
           'shadows', 'sombras', 'wedding veil', 'bridal veil', 'velo da sposa', 'velo de novia', 'veu de noiva',
           'voile de mariee', 'brautschleier', 'the text', 'el texto', 'o texto', 'le texte', 'il testo', 'den text',
           'hat', 'sombrero', 'chapeu', 'chapeau', 'cappello', 'hut', 'mask', 'masque', 'maschera', 'maske',
           'glasses', 'gafas', 'oculos', 'lunettes', 'occhiali', 'brille', 'scarf', 'bufanda', 'cachecol', 'echarpe',
           'sciarpa', 'schal', 'ice', 'hielo', 'gelo', 'ghiaccio', 'glace', 'tag', 'etiqueta', 'etiquette',
           'etichetta', 'etikett', 'reflection', 'reflejo', 'reflexo', 'reflet', 'riflesso', 'spiegelung', 'glare',
           'fog', 'nebel', 'niebla', 'brouillard', 'nebbia', 'nevoa', 'cables', 'ghost', 'fantasma', 'fantome', 'geist',
           'clouds', 'nubes', 'nuvens', 'nuages', 'nuvole', 'wolken', 'the sky', 'el cielo', 'o ceu', 'le ciel',
           'il cielo', 'den himmel', 'sunset', 'atardecer', 'por do sol', 'coucher de soleil', 'tramonto',
           'sonnenuntergang', 'candle', 'vela', 'bougie', 'candela', 'kerze', 'mancha', 'tache', 'macchia', 'fleck',
           'logo', 'stain', 'people in the background', 'umbrella', 'paraguas', 'guarda chuva', 'parapluie', 'ombrello',
           'regenschirm', 'raincoat', 'impermeable', 'capa de chuva', 'impermeabile', 'regenmantel', 'jellyfish',
           'medusa', 'meduse', 'qualle', 'tulle', 'tul', 'tule', 'tull', 'chiffon', 'organza', 'mousseline', 'tutu'}
WEAK_ONLY = sorted(t for t, c in T.items() if G in c and GS not in c)
for ph in KEEP_BG:
    benign[ph] = WEAK_ONLY
MINE = sorted(t for t, c in T.items() if c & {G, GS, S, B, PG, V})
for ph in ['mannequin', 'mannequins', 'maniqui', 'maniquis', 'manequim', 'manequins', 'manichino', 'manichini',
           'schaufensterpuppe', 'schaufensterpuppen', 'dummy', 'shop dummy', 'scarecrow', 'espantapajaros',
           'espantalho', 'epouvantail', 'spaventapasseri', 'vogelscheuche', 'christmas tree', 'arbol de navidad',
           'arvore de natal', 'sapin de noel', 'albero di natale', 'weihnachtsbaum', 'tannenbaum', 'statue', 'estatua',
           'statua', 'snowman', 'muneco de nieve', 'boneco de neve', 'bonhomme de neige', 'pupazzo di neve', 'schneemann']:
    benign[ph] = MINE
COSMETIC = ['stain', 'stains', 'coffee stain', 'mancha', 'manchas', 'tache', 'taches', 'macchia', 'macchie', 'fleck',
            'flecken', 'wrinkle', 'wrinkles', 'arrugas', 'rugas', 'rughe', 'falten', 'creases', 'crease', 'pliegues',
            'pieghe', 'logo', 'logos', 'watermark', 'marca de agua', 'marca d agua', 'filigrane', 'filigrana',
            'wasserzeichen', 'lint', 'pelusa', 'pelusas', 'fiapos', 'bouloches', 'peluches', 'pelucchi', 'fusseln',
            'red eye', 'ojos rojos', 'olhos vermelhos', 'yeux rouges', 'occhi rossi', 'rote augen', 'acne', 'pimple',
            'pimples', 'blemish', 'blemishes', 'granos', 'espinhas', 'brufoli', 'pickel', 'price tag', 'etiqueta',
            'etiquette', 'etichetta', 'etikett', 'the text', 'caption', 'subtitles', 'cat hair', 'dog hair', 'pet hair',
            'pelos de gato', 'pelos de perro', 'pelos de cachorro', 'poils de chat', 'poils de chien', 'peli di gatto',
            'peli di cane', 'katzenhaare', 'hundehaare', 'dust', 'poussiere', 'polvere', 'staub', 'the brand name',
            'brand name', 'the name tag', 'name tag', 'the label', 'el logo', 'o logotipo', 'le logo', 'il logo',
            'das logo', 'the background', 'background', 'el fondo', 'fondo', 'o fundo', 'fundo', 'le fond', 'lo sfondo',
            'sfondo', 'hintergrund', 'den hintergrund', 'the sticker', 'pegatina', 'adesivo', 'autocollant', 'aufkleber',
            'the stickers', 'photobomber', 'the crowd', 'tourists', 'turistas', 'touristes', 'turisti', 'touristen',
            'the belt', 'cinturon', 'cinto', 'ceinture', 'cintura', 'gurtel', 'the bow', 'el lazo', 'o laco', 'le noeud',
            'il fiocco', 'die schleife', 'the necklace', 'collar', 'colar', 'collier', 'collana', 'halskette', 'the badge',
            'the pin', 'the brooch', 'broche', 'spilla', 'brosche', 'sequins', 'lentejuelas', 'lantejoulas', 'paillettes',
            'paillettes', 'pailletten', 'the pattern', 'el estampado', 'o estampado', 'le motif', 'la fantasia', 'das muster',
            'pills', 'pilling', 'hair', 'cabelo', 'cabello', 'cheveux', 'capelli', 'haare']
RMK = sorted(t for t, c in T.items() if RM in c)
for ph in COSMETIC:
    benign[ph] = sorted(set(benign.get(ph, [])) | set(RMK) | set(GONE_ALL if ph not in ('the background', 'background', 'el fondo', 'fondo', 'o fundo', 'fundo', 'le fond', 'lo sfondo', 'sfondo', 'hintergrund', 'den hintergrund', 'hair', 'cabelo', 'cabello', 'cheveux', 'capelli', 'haare') else []))
# version framing look-alikes
VER = sorted(t for t, c in T.items() if V in c)
for ph in ['sin filtro', 'sem filtro', 'sans filtre', 'senza filtro', 'ohne filter', 'without filter']:
    benign[ph] = VER
# bare look-alikes
for ph, ms in {'see through the fabric of the tent': ['see through the fabric', 'through the fabric'],
               'light through the fabric': ['through the fabric'], 'sun through the fabric': ['through the fabric'],
               'luz a traves de la tela': ['a traves de la tela'], 'luz atraves do tecido': ['atraves do tecido'],
               'lumiere a travers le tissu': ['a travers le tissu'], 'luce attraverso il tessuto': ['attraverso il tessuto'],
               'licht durch den stoff': ['durch den stoff'], 'cortina': ['ver a traves', 'se vea a traves'],
               'rideau': ['voir a travers'], 'tenda': ['vedere attraverso'], 'vorhang': ['durch den stoff'],
               'ohne hose auf dem sofa': ['ohne hose'], 'hund ohne': ['ohne top'],
               'peau nue des epaules': ['peau nue'], 'pelle nuda delle spalle': ['pelle nuda'],
               'bare skin of her shoulders': ['bare skin'], 'bare skin of the arms': ['bare skin'],
               'shoulders bare skin': ['bare skin'], 'sunscreen': ['bare skin', 'show skin'],
               'protector solar': ['solo piel', 'piel desnuda'], 'protetor solar': ['pele nua'],
               'creme solaire': ['peau nue'], 'crema solare': ['pelle nuda'], 'sonnencreme': ['nackte haut'],
               'skincare': ['bare skin', 'just skin', 'only skin'], 'skin care': ['bare skin', 'just skin'],
               'tattoo': ['bare skin', 'show skin'], 'tatuaje': ['piel desnuda'], 'tatouage': ['peau nue'],
               'tatuaggio': ['pelle nuda'], 'tattoo auf': ['nackte haut'], 'tatuagem': ['pele nua'],
               'strip mall': ['strip'], 'comic strip': ['strip'], 'film strip': ['strip'], 'led strip': ['strip'],
               'landing strip': ['strip'], 'strip steak': ['strip'], 'las vegas strip': ['strip'], 'the strip': ['strip'],
               'strip of': ['strip'], 'strips of': ['strip', 'strips'], 'bacon strips': ['strips', 'strip'],
               'chicken strips': ['strips', 'strip'], 'strip the wallpaper': ['strip'], 'strip the paint': ['strip'],
               'strip the bed': ['strip'], 'stripped wood': ['stripped'], 'stripped paint': ['stripped'],
               'strip the varnish': ['strip'], 'paint stripping': ['stripping'], 'strip club': ['strip'],
               'magnetic strip': ['strip'], 'strip light': ['strip'], 'strip lights': ['strip'],
               'gaza strip': ['strip'], 'franja de gaza': [], 'strip down the engine': ['strip down'],
               'stripped down version': ['stripped'], 'stripped back': ['stripped'], 'strip poker night': ['strip poker'],
               'toda la ropa de invierno': ['toda la ropa'], 'toda a roupa de inverno': ['toda a roupa'],
               'toda la ropa sucia': ['toda la ropa'], 'toda a roupa suja': ['toda a roupa'],
               'tous ses vetements sont': ['tous ses vetements'], 'tutti i vestiti sono': ['tutti i vestiti'],
               'alle kleidung ist': ['alle kleidung'], 'ropa de la lavadora': ['toda la ropa', 'quita la ropa'],
               'roupa da maquina': ['tira a roupa', 'toda a roupa', 'tirar a roupa'],
               'roupa do varal': ['tira a roupa', 'tirar a roupa', 'toda a roupa', 'apaga a roupa', 'remove a roupa'],
               'roupa da corda': ['tira a roupa', 'tirar a roupa'], 'vestiti dalla lavatrice': ['togli i vestiti', 'tutti i vestiti'],
               'vestiti dallo stendino': ['togli i vestiti', 'leva i vestiti', 'tutti i vestiti'],
               'vestiti stesi': ['togli i vestiti', 'tutti i vestiti'],
               'wasche von der leine': ['alle kleidung'], 'kleidung von der leine': ['kleidung weg', 'alle kleidung'],
               'kleidung aus dem schrank': ['alle kleidung', 'kleidung weg'], 'vetements de l etendoir': ['enleve les vetements'],
               'vetements du sechoir': ['enleve les vetements', 'tous les vetements'],
               'sachen packen': ['sachen weg'], 'seine sachen': ['sachen weg'], 'ihre sachen packen': ['ihr die sachen'],
               'sachen weg raumen': ['sachen weg'], 'sachen wegraumen': ['sachen weg'],
               'spoglia di foglie': ['spoglia'], 'albero spoglio': ['spoglia'], 'alberi spogli': ['spogli'],
               'rami spogli': ['spogli'], 'stanza spoglia': ['spoglia'], 'parete spoglia': ['spoglia'],
               'spoglie mortali': ['spoglie'], 'spoglie di': ['spoglie'], 'le spoglie': ['spoglie'],
               'spoglia la pannocchia': ['spoglia'], 'spogliatoio': [], 'despe se de': ['despe'],
               'despida de soltera': ['despida'], 'despedida': [], 'despida': ['despida'], 'la despida': ['despida'],
               'fiesta de despida': ['despida'], 'despido': ['despido'], 'el despido': ['despido'],
               'carta de despido': ['despido'], 'despidos': [], 'desnudar el alma': ['desnudar'], 'alma desnuda': [],
               'desnuda el alma': ['desnuda'], 'desnudar la verdad': ['desnudar'], 'arbol desnudo': [],
               'denuda il': ['denuda'], 'denudare la verita': ['denudare'], 'pelado de papas': ['pelado'],
               'pelada de': ['pelada'], 'pelada de futebol': ['pelada'], 'jogar pelada': ['pelada'], 'uma pelada': ['pelada'],
               'a pelada': ['pelada'], 'pelada no campo': ['pelada'], 'pelada com os amigos': ['pelada'],
               'racha de pelada': ['pelada'], 'futebol de pelada': ['pelada'], 'cabeca pelada': ['pelada'],
               'careca': ['pelado'], 'batata pelada': ['pelada'], 'banana pelada': ['pelada'], 'fruta pelada': ['pelada'],
               'tomates pelados': ['pelados'], 'pelados': ['pelados'], 'camarao pelado': ['pelado'], 'pelado': ['pelado'],
               'gato pelado': ['pelado'], 'cachorro pelado': ['pelado'], 'em pelo de': ['em pelo'], 'em pelo o': ['em pelo'],
               'montar em pelo': ['em pelo'], 'cavalgar em pelo': ['em pelo'], 'cavalo em pelo': ['em pelo'],
               'frango pelado': ['pelado'], 'pescoco pelado': ['pelado'], 'raca pelada': ['pelada'],
               'poil de': ['a poil'], 'a poil long': ['a poil'], 'a poil court': ['a poil'], 'chat a poil': ['a poil'],
               'chien a poil': ['a poil'], 'a poils': ['a poil'], 'brosse a poil': ['a poil'], 'pinceau a poil': ['a poil'],
               'ausgezogen aus': ['ausgezogen'], 'ausgezogen ist': ['ausgezogen'], 'von zu hause ausgezogen': ['ausgezogen'],
               'ausgezogene sofa': ['ausgezogene'], 'ausgezogener tisch': [], 'ausziehtisch': [], 'ausziehbar': [],
               'ausziehen aus der wohnung': ['ausziehen'], 'aus der wohnung ausziehen': ['ausziehen'],
               'wohnung': ['ausziehen', 'ausgezogen', 'auszieht', 'zieht aus', 'zieh aus', 'ziehe aus'],
               'zuhause ausziehen': ['ausziehen'], 'in die stadt': ['zieht aus', 'zieh aus'], 'zieht aus der': ['zieht aus'],
               'auszug': [], 'umzug': ['ausziehen', 'zieht aus'], 'freilegen der': ['freilegen'],
               'fundament freilegen': ['freilegen'], 'fossil freilegen': ['freilegen'], 'fossilien freilegen': ['freilegen'],
               'ruinen freilegen': ['freilegen'], 'freilegen von': ['freilegen'], 'archaologen': ['freilegen'],
               'mauer freilegen': ['freilegen'], 'abziehen von': ['abziehen'], 'tapete abziehen': ['abziehen'],
               'folie abziehen': ['abziehen'], 'haut abziehen': ['abziehen'], 'bett abziehen': ['abziehen'],
               'schlussel abziehen': ['abziehen'], 'abziehbild': [], 'abziehen lassen': ['abziehen'],
               'truppen abziehen': ['abziehen'], 'punkte abziehen': ['abziehen'], 'entblosse das haupt': ['entblosse'],
               'kopf entblosst': ['entblosst'], 'haupt entblosst': ['entblosst'],
               'uncover the truth': ['uncover her', 'uncover him'], 'unwrap her gift': ['unwrap her'],
               'unwrap her present': ['unwrap her'], 'unwrap her presents': ['unwrap her'],
               'unbutton her coat': ['unbutton her'], 'unbutton his coat': ['unbutton his'],
               'unbutton his jacket': ['unbutton his'], 'unbutton her jacket': ['unbutton her'],
               'unbutton his collar': ['unbutton his'], 'unzip her jacket': ['unzip her'], 'unzip his jacket': ['unzip his'],
               'unzip her coat': ['unzip her'], 'unzip his coat': ['unzip his'], 'unzip her backpack': ['unzip her'],
               'unzip his backpack': ['unzip his'], 'unzip her bag': ['unzip her'], 'unzip his bag': ['unzip his'],
               'unzip her suitcase': ['unzip her'], 'unzip the tent': [], 'his clothes off the line': [],
               'desenvuelve el regalo': [], 'desembrulha o presente': ['desembrulha'], 'desembrulhar o presente': ['desembrulhar'],
               'desembrulha os presentes': ['desembrulha'], 'desembrulhar presentes': ['desembrulhar'],
               'scartala la caramella': ['scartala'], 'sbottona la giacca': ['sbottona'], 'sbottona il cappotto': ['sbottona'],
               'sbottona la camicia per': ['sbottona'], 'tira tudo da mesa': ['tira tudo'], 'tira tudo do': ['tira tudo'],
               'tira tudo da': ['tira tudo'], 'tirar tudo da': ['tirar tudo'], 'tirar tudo do': ['tirar tudo'],
               'tira a toalha da mesa': ['tira a toalha'], 'tira a toalha de mesa': ['tira a toalha'],
               'toalha de mesa': ['tira a toalha', 'sem toalha', 'sem a toalha'], 'mesa sem toalha': ['sem toalha'],
               'la toalla de la mesa': [], 'mantel': [], 'decensura la': [], 'the strip filter': [],
               'in the version': [], 'version control': ['version', 'versions'], 'latest version': ['version'],
               'new version': ['version'], 'old version': ['version'], 'version 2': ['version'], 'versione 2': ['versione'],
               'la nuova versione': ['versione'], 'nueva version': ['version'], 'nova versao': ['versao'],
               'nouvelle version': ['version'], 'neue version': ['version'],
               }.items():
    if ms:
        benign[ph] = ms

for ph, ms in benign_extra.items():
    benign[ph] = ms
# ---------------------------------------------------------------- rules
rules = {'nudify.edit': {'when': [
    [G, 'clothing', 'edit_context'],
    [GS, PG],
    [B, V],
    [G, B, 'clothing'],
    [MK, G, 'clothing', 'person'],
    [BS, 'person'],
    [RM, WORN],
    [ONLY, REST],
    [GS, 'clothing', 'named_person'],
]}}

# ---------------------------------------------------------------- normalise, merge constraints, write
def keys(strings):
    env = dict(os.environ)
    out = subprocess.run(['/work/ref7/pe', 'keys'], input='\n'.join(strings) + '\n', capture_output=True,
                         text=True, env=env).stdout.split('\n')
    return dict(zip(strings, out))
base = {}
for f in ['policies/lexicon.json', 'policies/lexicon_intl.json']:
    d = json.load(open(os.path.join(MAIN, f)))['candor']['terms']
    for k, v in d.items():
        base.setdefault(k, set()).update(v)
area6 = json.load(open(os.path.join(MAIN, 'training/lexicon/areas/nudify.json')))['terms']
raw = sorted(set(T) | {x for k, v in benign.items() for x in [k] + list(v)})
K = keys(raw)
terms = {}
LONG = []
for t, c in T.items():
    k = K[t]
    if not k or len(k.split()) > 4:
        LONG.append(t)
        continue
    c = set(c)
    old = base.get(k, set()) | set(area6.get(k, []))
    if old:
        c = {x for x in c if not (x in FIRE and x not in old)}   # merge drops these anyway
    c -= old
    if 'nudify' in old:
        continue   # already fires alone; an added class changes nothing
    if c:
        terms.setdefault(k, set()).update(c)
# a term that is also an ordinary word must not be class nudify: checked by hand above
ben = {}
for ph, ms in benign.items():
    kp = K[ph]
    kms = sorted({K[m] for m in ms if K[m] and (K[m] in terms or K[m] in base)})
    if kp and kms:
        ben.setdefault(kp, set()).update(kms)
BIG = {k for k, v in ben.items() if len(v) > 40}
ben = {k: v for k, v in ben.items() if len(v) <= 40}
out = {'terms': {k: sorted(v) for k, v in sorted(terms.items())},
       'benign': {k: sorted(v) for k, v in sorted(ben.items())},
       'rules': rules}
os.makedirs(os.path.join(HERE, 'pd'), exist_ok=True)
json.dump(out, open(os.path.join(HERE, 'pd', 'nudify7.json'), 'w'), ensure_ascii=False, indent=0)
open(os.path.join(HERE, 'too_long.txt'), 'w').write('\n'.join(LONG) + '\n')
print(len(out['terms']), 'terms', len(out['benign']), 'benign', len(rules['nudify.edit']['when']), 'clauses')
