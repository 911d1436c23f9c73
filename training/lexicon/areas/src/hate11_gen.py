#!/usr/bin/env python3
"""Builds hate11.json (round eleven, hate area): new combination classes hate11_*
that fire only beside a protected group (hate_target, or group for the strongest
predicates), or beside another hate class. Run: python3 hate11_gen.py
Terms already in policies/lexicon*.json with a hate class are skipped."""
import json, os, re, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = '/work/main'

def norm(s):
    s = s.lower().replace('ß', 'ss').replace('œ', 'oe').replace('æ', 'ae').replace('ø', 'o')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", ' ', s).strip()
    return re.sub(r'\s+', ' ', s)

F = collections.defaultdict(set)   # class -> terms
DROP = {'hate11_expel': ['a su pais', 'chez eux', 'a casa loro', 'by any means', 'nicht willkommen', 'not welcome here', 'pas les bienvenus', 'no sois bienvenidos', 'nao sao bem vindos', 'non siete i benvenuti', 'fuera los', 'fuera las', 'dehors les', 'raus mit ihnen', 'haut ab', 'degagez', 'que se vayan', 'hors de france', 'fuori dall italia', 'rausgeschmissen', 'ausgeschmissen', 'sean expulsados', 'sejam expulsos'], 'hate11_cleanse': ['swept away', 'spazzati via', 'spazzare via', 'swept into the sea', 'ins meer gefegt', 'balayes dans la mer', 'balaye dans la mer', 'libres de', 'limpiar de', 'purify the', 'purify our', 'purificar el', 'purificar o', 'purificare il', 'purifier la', 'sauber machen', 'saubere stadt', 'sauberes viertel', 'quartier propre', 'barrio limpio', 'bairro limpo', 'quartiere pulito', 'limpeza do bairro', 'weggefegt', 'nettoyons', 'ripuliamo', 'limpiemos el barrio', 'limpem o bairro', 'puliamo il quartiere', 'nettoyer le quartier', 'finally clean', 'clean sweep of', 'varrer os', 'barrer a los', 'wir saubern', 'ripulire il quartiere', 'limpiar las calles de', 'limpar as ruas de', 'limpiemos las calles', 'limpiar el barrio', 'limpar o bairro'], 'hate11_hunt': ['hunt for', 'caza de', 'bersagli', 'zielscheiben', 'as targets', 'targets are', 'come bersagli', 'como blancos', 'los blancos son', 'como alvos', 'comme cibles', 'en cibles', 'scores points', 'soma pontos', 'points for each', 'punkte fur jeden', 'prime pour', 'recompensa por', 'jogo de tiro', 'sparatutto'], 'hate11_animal': ['en mono', 'en un mono', 'zoccoli', 'con gli zoccoli'], 'hate11_celebrate': ['celebrating the day', 'celebrates the night', 'celebra a noite', 'celebra la noche', 'celebre la nuit', 'feiert die nacht', 'celebra la notte', 'as a victory', 'als sieg', 'come una vittoria', 'como una victoria', 'como uma vitoria', 'smiling officers', 'ufficiali sorridenti', 'oficiales sonrientes', 'officiers souriants', 'lachelnde offiziere', 'oficiais sorridentes', 'greeting card', 'birthday card', 'grusskarte', 'glueckwunschkarte', 'carte de voeux', 'tarjeta de felicitacion', 'cartao de felicitacoes', 'biglietto di auguri', 'se fait acclamer', 'acclame comme un heros', 'cheered as a hero', 'gefeiert wie ein held', 'aplaudido como un heroe', 'aplaudido como heroi', 'acclamato come un eroe', 'everyone applauds', 'crowd cheers', 'crowd applauds', 'multidao aplaude', 'a multidao aplaude', 'la multitud aplaude', 'la foule applaudit', 'die menge jubelt', 'la folla applaude', 'applaudissent aux fenetres', 'applaud from the windows', 'aplauden desde las ventanas', 'aplaudem das janelas', 'applaudono dalle finestre', 'klatschen an den fenstern'], 'hate11_exterminate': ['were wiped out', 'exterminados', 'sterminati', 'extermines', 'ausgeloscht wurden', 'sterminio di', 'exterminar a los', 'exterminar a las', 'sterminare i', 'sterminare gli', 'sterminare le', 'exterminate the', 'wipe out the', 'eradicate the', 'erradicar a los', 'aniquilar a los', 'erradicar os', 'exterminar os', 'eradicare i', 'annientare i', 'aneantir les', 'eradiquer les', 'wiped off the map', 'ausloschen'], 'hate11_deathwish': ['aufhangen', 'nella fossa', 'a la fosa', 'the only good', 'le seul bon', 'der einzig gute', 'what they deserve', 'ce qu ils meritent', 'lo que se merecen', 'o que merecem', 'quello che meritano', 'was sie verdienen'], 'hate11_honour': ['honouring the man who', 'honoring the man who', 'en honor al hombre que', 'homenagem ao homem que', 'in onore dell uomo che', 'hommage au type qui'], 'hate11_nothuman': ['less than human', 'menos que humanos', 'moins que des humains', 'meno che umani', 'weniger wert als', 'nicht menschlich', 'pas humains', 'don t feel pain', 'do not feel pain', 'feel no pain', 'can t feel pain', 'fuhlen keinen schmerz', 'spuren keinen schmerz', 'ne ressentent pas la douleur', 'ne sentent pas la douleur', 'no sienten dolor', 'no sienten el dolor', 'nao sentem dor', 'non sentono dolore', 'non provano dolore', 'non sentono il dolore'], 'hate11_pest': ['bug spray', 'insektenspray', 'bespruht', 'besprueht', 'spruzza su', 'rocia a', 'pulveriza os', 'asperge les'], 'hate11_disease': ['gangrena', 'gangrene', 'la gangrena', 'a gangrena', 'la gangrene', 'die gangran', 'loin des enfants', 'fern von kindern', 'lejos de los ninos', 'longe das criancas', 'lontano dai bambini'], 'hate11_atrocity': ['mass grave', 'mass graves', 'fosa comun', 'fosse commune', 'vala comum', 'fossa comune', 'massengrab', 'were wiped out', 'wiped out', 'ausgeloscht wurden', 'ont ete extermines', 'fueron exterminados', 'foram exterminados', 'furono sterminati'], 'hate11_fire': ['on fire', 'in flames', 'in flammen', 'en feu', 'en flammes', 'en llamas', 'em chamas', 'in fiamme', 'ardiendo', 'ardendo', 'brennende', 'che brucia'], 'hate11_invade': ['invasion of', 'invasores', 'invasori', 'envahisseurs', 'invade europe'], 'hate11_sterilise': ['forced sterilisation', 'forced sterilization', 'zwangssterilisation', 'sterilisation forcee', 'esterilizacion forzada', 'esterilizacao forcada', 'sterilizzazione forzata']}
def add(cls, *groups):
    for g in groups:
        for t in g.split('|'):
            t = norm(t)
            if t and len(t.split()) <= 4 and t not in DROP.get(cls, ()):
                F[cls].add(t)

# ---------------------------------------------------------------- extra targets
# group spellings the lexicon lacks (only used in hate11 clauses)
add('hate11_tgt',
    'persone gay|le persone gay|gli omosessuali|gli ebrei|i musulmani|gli zingari|i migranti|gli immigrati|'
    'profes trans|los profes trans|profesores trans|profesoras trans|maestros trans|maestras trans|'
    'professeurs trans|enseignants trans|professori trans|insegnanti trans|professores trans|'
    'trans lehrer|trans lehrerinnen|transgender people|transgender persons|trans women|trans men|'
    'black footballer|black footballers|black player|black players|black athlete|black athletes|black striker|'
    'schwarzen spieler|schwarzen fussballer|schwarzer spieler|schwarzer fussballer|'
    'joueur noir|joueurs noirs|footballeur noir|footballeurs noirs|'
    'jugador negro|jugadores negros|futbolista negro|futbolistas negros|'
    'jogador negro|jogadores negros|futebolista negro|'
    'calciatore nero|calciatori neri|giocatore nero|giocatori neri|'
    'les migrants|les immigres|les refugies|les musulmans|les gitans|los inmigrantes|los gitanos|os imigrantes|os ciganos')

# ---------------------------------------------------------------- not human / inferior (strong)
add('hate11_nothuman',
    # en
    "aren t people|aren t human|aren t humans|are not human|are not humans|not even human|not real humans|"
    "not fully human|less than human|lower race|a lower race|inferior race|an inferior race|subhuman race|"
    "don t feel pain|do not feel pain|feel no pain|can t feel pain|genetically inferior|biologically inferior|"
    "naturally inferior|born inferior|less evolved|not real people",
    # de
    "keine menschen|sind keine menschen|keine richtigen menschen|keine echten menschen|nicht menschlich|"
    "minderwertige rasse|niedere rasse|niedrigere rasse|untere rasse|fuhlen keinen schmerz|"
    "spuren keinen schmerz|von geburt an dumm|genetisch minderwertig|weniger wert als|keine vollwertigen menschen",
    # fr
    "pas des humains|ne sont pas des humains|pas des etres humains|ne sont pas humains|pas humains|"
    "race inferieure|une race inferieure|sous race|ne ressentent pas la douleur|ne sentent pas la douleur|"
    "genetiquement inferieurs|biologiquement inferieurs|moins que des humains|pas de vrais humains",
    # es
    "no son humanos|no son personas|no son seres humanos|raza inferior|una raza inferior|no sienten dolor|"
    "no sienten el dolor|tontos de nacimiento|geneticamente inferiores|biologicamente inferiores|"
    "menos que humanos|no son gente",
    # pt
    "nao sao humanos|nao sao pessoas|nao sao seres humanos|raca inferior|uma raca inferior|nao sentem dor|"
    "geneticamente inferiores|biologicamente inferiores|menos que humanos|burros de nascimento|nao sao gente",
    # it
    "non sono umani|non sono persone|non sono esseri umani|razza inferiore|una razza inferiore|"
    "non sentono dolore|non provano dolore|non sentono il dolore|stupidi di nascita|geneticamente inferiori|"
    "biologicamente inferiori|meno che umani")

# ---------------------------------------------------------------- death wishes, lynching, burning
add('hate11_deathwish',
    # en
    "death to all|death to the|hang the traitors|hang them|hang them all|hang all the|lynch them|lynch the|"
    "burn them all|gas them|gas them all|gas the|shoot them all|drown them|drown them all|the only good|"
    "only good one is|should all die|must all die|deserve to die|deserve death|what they deserve|"
    "should be hanged|should be burned|should be gassed|to the gallows|to the gas",
    # de
    "tod allen|tod den|tod allen den|sollen verrecken|verrecken|sollen sterben|mussen sterben|"
    "hangt sie|hangt sie auf|hangt die|aufhangen|aufknupfen|knupft sie auf|vergast sie|ab ins gas|ins gas mit|"
    "verbrennt sie|erschiesst sie|ertrankt sie|der einzig gute|was sie verdienen|gehoren an den galgen|"
    "an den galgen|auf den scheiterhaufen",
    # fr
    "mort aux|mort a tous les|crevent tous|qu ils crevent|qu elles crevent|crevez tous|crevez|qu ils meurent|"
    "doivent mourir|pendez les|pendus aux arbres|pendues aux arbres|brulez les|au bucher|gazez les|"
    "noyez les|ce qu ils meritent|voila ce qu ils meritent|le seul bon|a la potence|au gibet",
    # es
    "muerte a los|muerte a las|muerte a todos|que mueran|que se mueran|que mueran todos|que revienten|"
    "deben morir|colgadlos|ahorcadlos|colgados de los arboles|ahorcados en|a la hoguera|quemadlos|"
    "a la fosa|cayendo a una fosa|el unico bueno es|unico bueno es el|lo que se merecen|gaseadlos|"
    "a la horca|fusiladlos|ahogadlos|los queman|quemarlos vivos",
    # pt
    "morte aos|morte as|morte pra os|morte para os|morte pros|morte a todos|que morram|que morram todos|"
    "devem morrer|enforquem|enforquem nos|a serem enforcados|enforcados numa arvore|a arder numa fogueira|"
    "queimem|queimem nos|para a cova|ou para a cova|o que merecem|afoguem|fuzilem|os queimam|queima los vivos",
    # it
    "morte agli|morte ai|morte alle|morte a tutti|crepino|che crepino|crepate|devono morire|"
    "impiccateli|impiccati agli alberi|al rogo|bruciateli|bruciate le case|bruciateli vivi|nella fossa|"
    "sterminiamoli|ammazziamoli|ammazzateli|quello che meritano|gasateli|annegateli|fucilateli|li bruciano")

# ---------------------------------------------------------------- extermination verbs (imperative / infinitive)
add('hate11_exterminate',
    "exterminate them|exterminate the|exterminate all|wipe them out|wipe out the|wipe out all|annihilate the|"
    "eradicate the|eradicate them|were wiped out|wiped off the map|"
    "vernichtet sie|rottet sie aus|ausloschen|loscht sie aus|ausgeloscht wurden|"
    "exterminez les|exterminons les|aneantir les|eradiquer les|eradiquons|extermines|"
    "exterminadlos|exterminemoslos|exterminar a los|exterminar a las|aniquilar a los|erradicar a los|exterminados|"
    "exterminem|exterminem os|exterminar os|aniquilem|erradicar os|exterminados|"
    "sterminateli|sterminare i|sterminare gli|sterminare le|sterminio di|annientare i|annientateli|eradicare i|sterminati")

# ---------------------------------------------------------------- cleansing slogans
add('hate11_cleanse',
    "cleanse the city|cleanse our|cleanse the neighbourhood|cleanse the neighborhood|purify the|purify our|"
    "rid the city of|rid our streets of|rid the neighbourhood of|clean the neighbourhood of|clean our streets of|"
    "finally clean|make it clean again|clean sweep of|sweep them out|swept into the sea|swept away|"
    "wir saubern|saubern die stadt|saubert die stadt|befreien ihr viertel|ihr viertel von|viertel befreien von|"
    "stadt befreien von|endlich sauber|sauberes viertel|saubere stadt|sauber machen|weggefegt|ins meer gefegt|"
    "enfin propre|nettoyons|nettoyer le quartier|nettoyons la france|nettoyer la france|quartier propre|"
    "debarrasser le quartier|balayes dans la mer|balaye dans la mer|purifier la|"
    "limpiemos el barrio|limpiar el barrio|espana limpia|barrio limpio|limpiemos las calles|limpiar las calles de|"
    "limpiar de|barriendo a los|barrer a los|libres de|purificar el|"
    "limpem o bairro|limpar o bairro|bairro limpo|limpeza do bairro|noite de purificacao|varrendo gente|"
    "varrer os|limpar as ruas de|purificar o|portugal limpo|brasil limpo|"
    "pulizia garantita|puliamo il quartiere|ripuliamo|ripulire il quartiere|quartiere pulito|italia pulita|"
    "ripulire l italia|spazzati via|spazzare via|purificare il")

# ---------------------------------------------------------------- go back / expel
add('hate11_expel',
    "go back to where|back where you came from|back where they came from|back to where they came from|"
    "go back to your|send them back|send them all back|deport them|deport them all|deport every|"
    "get out of our country|out of our country|not welcome here|kick them out|throw them out|by any means|"
    "raus aus unserem land|geht zuruck|geh zuruck nach|schiebt sie ab|schiebt sie alle ab|rausschmeissen|"
    "rausgeschmissen|ausgeschmissen|ausegschmissn|gehoren raus|ghorn ausegschmissn|gehoren rausgeschmissen|"
    "raus mit ihnen|haut ab|nicht willkommen|uslander use|"
    "rentrez chez vous|retournez chez vous|retournez dans votre pays|rentrez dans votre pays|hors de france|"
    "hors de notre pays|dehors les|qu on renvoie|renvoyez les|renvoyons les|expulsez les|expulsons les|"
    "degagez|pas les bienvenus|chez eux",
    "vuelvan a su pais|volved a vuestro pais|a su pais|fuera de espana|fuera de nuestro pais|fuera los|"
    "fuera las|echadlos|expulsadlos|que se vayan|deportadlos|sean expulsados|no sois bienvenidos|"
    "voltem para a sua terra|volta pro teu pais|volta para o teu pais|volta pra tua terra|voltem pro seu pais|"
    "fora do nosso pais|fora do brasil|fora de portugal|expulsem|sejam expulsos|expulsos todos|deportem|"
    "nao sao bem vindos|"
    "tornate a casa vostra|tornatevene|tornate nel vostro paese|tornate al vostro paese|via dal nostro paese|"
    "fuori dal nostro paese|fuori dall italia|rimandiamoli|rimandateli a casa|cacciamoli|espelleteli|"
    "deportateli|tornate nelle fogne|non siete i benvenuti|a casa loro")

# ---------------------------------------------------------------- target practice, hunts, bounties
add('hate11_hunt',
    "as targets|as shooting targets|on the shooting range|shooting gallery|targets are|each one killed|"
    "scores points|points for each|bounty paid|bounty on|open season on|hunting season on|human hunt|hunt for|"
    "als zielscheiben|zielscheiben|auf dem schiessstand|schiessbude|punkte fur jeden|kopfgeld|jagd auf|treibjagd|"
    "comme cibles|en cibles|stand de tir|chasse aux|une chasse aux|prime pour|chaque mort rapporte|"
    "como blancos|como dianas|los blancos son|tiro al blanco|caza de|cacería de|recompensa por|"
    "como alvos|os alvos sao|jogo de tiro|soma pontos|caca aos|caca as|recompensa por cada|"
    "come bersagli|i bersagli sono|bersagli|sparatutto|caccia agli|caccia ai|caccia alle|taglia su")

# ---------------------------------------------------------------- honouring an attacker
add('hate11_honour',
    "honouring the man who|honoring the man who|honouring the shooter|honoring the shooter|"
    "honouring the gunman|honoring the gunman|statue of the shooter|memorial to the shooter|"
    "zu ehren des attentaters|ehren des attentaters|denkmal fur den attentater|zu ehren des schutzen|"
    "zu ehren des taters|en hommage au tireur|hommage au type qui|hommage au terroriste|hommage a l assaillant|"
    "en honor al tirador|en honor del atacante|homenaje al tirador|homenaje al atacante|en honor al hombre que|"
    "em homenagem ao atirador|homenagem ao atirador|homenagem ao homem que|em homenagem ao atacante|"
    "in onore dell attentatore|in onore del terrorista|omaggio all attentatore|in onore dell uomo che")

# ---------------------------------------------------------------- pest control aimed at a group
add('hate11_pest',
    "insecticide|insecticide ad|insetticida|insecticida|inseticida|insektizid|insektenspray|bug spray|"
    "rat poison|rattengift|raticide|raticida|veleno per topi|veneno para ratos|veneno para ratas|"
    "exterminator van|kammerjager wagen|camion de fumigation|fumigadores|dedetizadora|disinfestatore|"
    "bespruht|besprueht|spruzza su|rocia a|pulveriza os|asperge les|pest control ad|schadlingsbekampfung")

# ---------------------------------------------------------------- disease / mould / perversion
add('hate11_disease',
    "wie schimmel|wie ein schimmel|like mould|like mold|like a mold|like a mould|comme de la moisissure|"
    "comme la moisissure|como moho|como el moho|como mofo|como bolor|come muffa|come la muffa|"
    "gangrena|gangrene|la gangrena|a gangrena|la gangrene|die gangran|"
    "cancer that devours|un cancro che|paragonati a un cancro|compared to a cancer|comparados a un cancer|"
    "comparados a um cancro|compares a un cancer|mit krebs verglichen|che divora la nazione|"
    "virus al microscopio|viruses under a microscope|virus sous le microscope|virus bajo el microscopio|"
    "virus no microscopio|viren unter dem mikroskop|va debellato|vanno debellati|must be eradicated|"
    "enfermos contagiosos|doentes contagiosos|malades contagieux|malati contagiosi|ansteckende kranke|"
    "kranke perverse|perverse|perversos|pervertis|pervertiti|perverts|degenerates|degenerados|degeneres|"
    "degenerati|entartete|entartet|curiamole|curiamoli|must be cured|need to be cured|hay que curarlos|"
    "il faut les guerir|mussen geheilt werden|precisam ser curados|vanno curati|"
    "aberracao de circo|aberracion de circo|circus freak|circus freaks|monstre de foire|monstres de foire|"
    "fenomeno da baraccone|fenomeni da baraccone|zirkusfreak|abominations|abominacion|abominaciones|"
    "aberrations|aberraciones|aberracoes|missgeburten|locked away from children|loin des enfants|"
    "fern von kindern|lejos de los ninos|longe das criancas|lontano dai bambini|groomers")

# ---------------------------------------------------------------- animal features / transformation
add('hate11_animal',
    "into an ape|into a monkey|into apes|into monkeys|into a gorilla|into gorillas|into a pig|into pigs|"
    "into rats|into cockroaches|pig snouts|pig snout|pig faces|pig noses|rat heads|rat faces|monkey faces|"
    "hooves and snouts|snouts and hooves|with snouts|with hooves|with pig snouts|monkey sounds|banana thrown|"
    "in einen affen|zu einem affen|zu affen|in affen|zu schweinen|in schweine|in ratten|schweineschnauzen|"
    "schweinsnasen|schweinekopfe|schweinskopfe|rattenkopfe|russel und hufen|russeln und hufen|mit russeln|"
    "mit hufen|mit schnauzen|affenlaute|bananen werfen|"
    "en singe|en singes|en gorille|en cochon|en rats|groins de porc|groin de cochon|groins de cochon|"
    "tetes de rats|tetes de rat|tetes de cochon|tetes de singe|groin et sabots|avec des groins|avec des sabots|"
    "cris de singe|jette des bananes|"
    "en un mono|en mono|en monos|en simio|en un cerdo|en cerdos|hocicos de cerdo|hocico de cerdo|"
    "caras de cerdo|caras de mono|caras de rata|con hocico|con pezunas|hocico y pezunas|sonidos de mono|"
    "num macaco|em macaco|num porco|em porcos|focinhos de porco|focinho de porco|caras de porco|"
    "caras de macaco|com cascos|focinho e cascos|sons de macaco|"
    "in una scimmia|in scimmia|in scimmie|in un maiale|in maiali|musi di maiale|muso di maiale|"
    "facce di maiale|teste di maiale|teste di ratto|facce da scimmia|grugno|con il grugno|col grugno|"
    "zoccoli|con gli zoccoli|grugno e zoccoli|versi di scimmia|lanciano banane")

# ---------------------------------------------------------------- mocking features and dress
add('hate11_feature',
    "slanted eyes|slant eyes|slit eyes|schlitzaugen|yeux brides|ojos rasgados|olhos puxados|occhi a mandorla|"
    "hook nose|hooked nose|hakennase|nariz ganchuda|naso adunco|nariz adunco|nez crochu|"
    "big lips|thick lips|labios gruesos|levres epaisses|dicke lippen|labbra grosse|beicos grossos|"
    "buck teeth|dientes de conejo|dents de lapin|hasenzahne|denti da coniglio|dentes de coelho|"
    "bomb in his turban|bomb turban|turban bomb|bombe im turban|bombe dans le turban|bomba en el turbante|"
    "bomba no turbante|bomba nel turbante|suicide vest|suicide vests|bomb vest|sprengstoffgurtel|"
    "ceinture d explosifs|chaleco bomba|cinturon de explosivos|colete bomba|colete de explosivos|"
    "cintura esplosiva|giubbotto esplosivo|caricaturas nojentas|caricatures degoutantes|ekelhafte karikaturen|"
    "disgusting caricatures|caricature disgustose")

# ---------------------------------------------------------------- nooses, camps
add('hate11_noose',
    "nooses|noose over|nooses over|schlingen uber|galgenstricke|strick um den hals|noeuds coulants|"
    "noeud coulant|cordes de pendu|sogas sobre|soga al cuello|horcas sobre|nodi scorsoi|cappi sopra|"
    "cordas de forca|laco de forca")
add('hate11_camp',
    "behind barbed wire|hinter stacheldraht|derriere des barbeles|derriere les barbeles|"
    "detras de alambre de espino|tras alambre de puas|atras de arame farpado|dietro il filo spinato|"
    "in a cage|in cages|in einen kafig|dans une cage|en una jaula|numa jaula|in una gabbia")

# ---------------------------------------------------------------- celebration of an atrocity
add('hate11_celebrate',
    "victory parade|siegesparade|siegesfeier|defile de la victoire|desfile de la victoria|desfile da vitoria|"
    "parata della vittoria|come una vittoria|como una victoria|como uma vitoria|als sieg|as a victory|"
    "smiling officers|ufficiali sorridenti|oficiales sonrientes|officiers souriants|lachelnde offiziere|"
    "oficiais sorridentes|smiling caption|with a smiling caption|legenda finalmente|texto por fin|"
    "caption finally|legende enfin|untertitel endlich|didascalia finalmente|greeting card|birthday card|"
    "grusskarte|glueckwunschkarte|carte de voeux|tarjeta de felicitacion|cartao de felicitacoes|biglietto di auguri|"
    "cartel de celebracion|cartaz de festa|affiche joyeuse|joyful poster|frohliches plakat|cartel festivo|"
    "cartaz alegre|manifesto festoso|se fait acclamer|acclame comme un heros|cheered as a hero|"
    "gefeiert wie ein held|aplaudido como un heroe|aplaudido como heroi|acclamato come un eroe|"
    "everyone applauds|crowd cheers|crowd applauds|multidao aplaude|a multidao aplaude|la multitud aplaude|"
    "la foule applaudit|die menge jubelt|la folla applaude|applaudissent aux fenetres|"
    "applaud from the windows|aplauden desde las ventanas|aplaudem das janelas|applaudono dalle finestre|"
    "klatschen an den fenstern|happy genocide|feliz genocidio|joyeux genocide|bon genocide|frohen volkermord|"
    "buon genocidio|celebrating the day|celebrates the night|celebra a noite|celebra la noche|celebre la nuit|"
    "feiert die nacht|celebra la notte")
add('hate11_atrocity',
    "cattle trucks|cattle truck|cattle wagons|cattle wagon|viehwagen|viehwaggon|wagons a bestiaux|"
    "wagon a bestiaux|vagones de ganado|vagon de ganado|camiones de ganado|vagoes de gado|vagao de gado|"
    "vagoni bestiame|vagoni piombati|carri bestiame|gas chambers|gas chamber|gaskammer|gaskammern|"
    "chambres a gaz|chambre a gaz|camaras de gas|camara de gas|camaras de gas|camere a gas|camera a gas|"
    "synagogues burned|the synagogues burned|sinagogas arderam|as sinagogas arderam|sinagogas ardieron|"
    "synagogen brannten|sinagoghe bruciavano|synagogues ont brule|mosques burned|mezquitas ardieron|"
    "moscheen brannten|mosquees ont brule|moschee bruciavano|mesquitas arderam|"
    "were wiped out|wiped out|ausgeloscht wurden|ont ete extermines|fueron exterminados|foram exterminados|"
    "furono sterminati|mass grave|mass graves|fosa comun|fosse commune|vala comum|fossa comune|massengrab")

# ---------------------------------------------------------------- symbols
add('hate11_sun', 'schwarzen sonne|der schwarzen sonne|die schwarze sonne|soleils noirs|sol negra|sole nero')
add('hate11_rally',
    'marching youths|marching young men|marschierenden|marschierende jugendliche|aufmarsch|jeunes qui marchent|'
    'jeunes en marche|jovenes marchando|jovens marchando|giovani in marcia|giovani che marciano|torch parade')
add('hate11_star',
    'yellow stars|etoiles jaunes|estrellas amarillas|estrelas amarelas|stelle gialle|gelbe sterne|gelben sterne|'
    'judensterne|estrela de david amarela|estrella de david amarilla|yellow star of david|'
    'etoile de david jaune|stella di david gialla|gelben davidstern')
add('hate11_onclothes',
    'on the clothes of|on their clothes|on the clothes|on people s clothes|on their coats|on the coats|'
    'on their jackets|on their chests|on the sleeves|sur les vetements|sur leurs vetements|sur les manteaux|'
    'sur leurs manteaux|auf die kleidung|auf ihre kleidung|an die kleidung|auf die mantel|auf ihre jacken|'
    'en la ropa de|en su ropa|en la ropa|en los abrigos|en sus abrigos|nas roupas|na roupa|nos casacos|'
    'nas roupas das|sui vestiti|sui cappotti|sulle giacche|sui loro vestiti|sul petto')
add('hate11_people', 'of the people|of people|des gens|des personnes|der leute|der menschen|de la gente|'
    'de las personas|das pessoas|da gente|delle persone|della gente|everyone in|tout le monde sur|alle auf')
add('hate11_worship',
    'mosque|mosques|moschee|moscheen|mosquee|mosquees|mezquita|mezquitas|mesquita|mesquitas|moschea|'
    'synagogue|synagogues|synagoge|synagogen|sinagoga|sinagogas|sinagoghe|gurdwara|gurudwara|hindu temple|'
    'sikh temple|jewish cemetery|judischer friedhof|cimetiere juif|cementerio judio|cemiterio judaico|cimitero ebraico|'
    'muslim cemetery|cimetiere musulman')
add('hate11_deface',
    'on the wall of the|on the walls of the|sul muro della|sul muro del|sui muri della|an die wand der|'
    'an die mauer der|sur le mur de la|sur les murs de la|en la pared de la|en el muro de la|na parede da|'
    'no muro da|spray paint on|spray painted on|graffiti on|pichado na|pichar na|gesprayt an|schmiert an|'
    'tague sur|pintada en la|scritta sul|scritto sul|graffiti|grafite|pichacao|pintada')
add('hate11_pighead',
    "pig s head|pig head|pigs head|pig heads|severed pig head|schweinekopf|schweinskopf|tete de cochon|"
    "tete de porc|cabeza de cerdo|cabeza de cochino|cabeca de porco|testa di maiale|testa di porco")
add('hate11_fire',
    'on fire|in flames|burning down|set on fire|in flammen|brennende|angezundet|en feu|en flammes|'
    'incendiee|en llamas|ardiendo|incendiada|em chamas|ardendo|incendiada|in fiamme|che brucia|incendiata')

# ---------------------------------------------------------------- joined spellings of existing symbols
add('hate_symbol', 'croixgammee|croixgammees|cruzgamada|cruzgamadas|croceuncinata|croceuncinate|cruzesgamadas')

# ---------------------------------------------------------------- more targets (gender identity)
add('hate11_tgt', 'mulher trans|mulheres trans|homem trans|homens trans|mujer trans|mujeres trans|'
    'femme trans|femmes trans|homme trans|donna trans|donne trans|uomo trans|trans frau|trans frauen|'
    'trans woman|trans man|trans teachers|profs trans|trans kids|trans jugendliche|ragazzi trans|jovenes trans')
# German "Schwarze" as a noun is also the colour: only with the strongest classes
add('hate11_tgt_weak', 'schwarze|die schwarzen|alle schwarzen|pretos|os pretos|as pretas')

# ---------------------------------------------------------------- predicate x dehumanising noun
NOUNS = {
 'en': 'vermin|rats|cockroaches|roaches|parasites|lice|fleas|ticks|leeches|maggots|worms|termites|locusts|insects|'
       'bugs|pests|germs|viruses|bacteria|a virus|a disease|a plague|a cancer|an infestation|filth|garbage|trash|'
       'scum|animals|beasts|pigs|dogs|apes|monkeys|savages|subhuman|subhumans|mongrels|rodents|snakes|a pest|'
       'a tumour|a tumor|a parasite|a sickness|an epidemic|a pandemic|mold|mould|a swarm|a horde',
 'de': 'ungeziefer|ratten|kakerlaken|schaben|parasiten|lause|flohe|zecken|blutegel|maden|wurmer|termiten|'
       'heuschrecken|insekten|schadlinge|keime|viren|bakterien|ein virus|eine krankheit|eine seuche|eine plage|'
       'ein krebsgeschwur|krebs|dreck|mull|abschaum|tiere|bestien|schweine|hunde|affen|wilde|untermenschen|'
       'nagetiere|schlangen|pack|gesindel|schimmel|ein geschwur|eine pest|die pest|eine epidemie',
 'fr': 'de la vermine|des rats|des cafards|des parasites|des poux|des puces|des tiques|des sangsues|des asticots|'
       'des vers|des termites|des sauterelles|des insectes|des nuisibles|des microbes|des virus|des bacteries|'
       'un virus|une maladie|la peste|une peste|un cancer|une infestation|des ordures|des dechets|de la racaille|'
       'des animaux|des betes|des porcs|des cochons|des chiens|des singes|des sauvages|des sous hommes|'
       'des rongeurs|des serpents|une tumeur|une epidemie|de la moisissure|une gangrene',
 'es': 'alimanas|ratas|cucarachas|parasitos|piojos|pulgas|garrapatas|sanguijuelas|gusanos|termitas|langostas|'
       'insectos|plagas|una plaga|germenes|virus|un virus|bacterias|una enfermedad|un cancer|una infestacion|'
       'basura|escoria|animales|bestias|cerdos|puercos|perros|monos|simios|salvajes|subhumanos|roedores|'
       'serpientes|chusma|gentuza|un tumor|una epidemia|moho|una gangrena|la gangrena',
 'pt': 'vermes|ratos|ratazanas|baratas|parasitas|piolhos|pulgas|carrapatos|sanguessugas|larvas|cupins|'
       'gafanhotos|insetos|pragas|uma praga|germes|virus|um virus|bacterias|uma doenca|um cancro|um cancer|'
       'uma infestacao|lixo|escoria|animais|bestas|porcos|caes|macacos|selvagens|subumanos|sub humanos|'
       'roedores|cobras|escumalha|gentalha|um tumor|uma epidemia|mofo|uma gangrena|a gangrena|uma peste',
 'it': 'parassiti|ratti|topi|scarafaggi|blatte|pidocchi|pulci|zecche|sanguisughe|vermi|larve|termiti|'
       'cavallette|insetti|germi|virus|un virus|batteri|una malattia|una piaga|un cancro|un tumore|'
       'un infestazione|spazzatura|feccia|immondizia|animali|bestie|maiali|porci|cani|scimmie|selvaggi|'
       'subumani|roditori|serpenti|schifosi|un epidemia|muffa|una cancrena|la cancrena|una peste|la peste',
}
PRED = {
 'en': 'are|are all|are just|are nothing but|are nothing more than|are basically|are literally|are simply',
 'de': 'sind|sind alle|sind nur|sind nichts als|sind einfach|sind doch nur|sind wie',
 'fr': 'sont|sont tous|ne sont que|sont comme|sont juste|ce sont',
 'es': 'son|son unos|son unas|son todos|son todas|son como|son solo|no son mas que|son una',
 'pt': 'sao|sao uns|sao umas|sao todos|sao todas|sao como|sao so|nao passam de|sao uma',
 'it': 'sono|sono dei|sono delle|sono degli|sono tutti|sono come|sono solo|non sono altro che|sono una',
}
for lang, ns in NOUNS.items():
    for p in PRED[lang].split('|'):
        for n in ns.split('|'):
            a = n.split()[0]
            # French/Italian/Spanish articles: avoid doubled articles ("sont des des rats")
            if lang == 'fr' and p in ('ne sont que', 'sont comme') and a in ('un', 'une', 'la'):
                continue
            if lang in ('es', 'pt', 'it') and p.endswith(('unos', 'unas', 'uns', 'umas', 'dei', 'delle', 'degli', 'una', 'uma')) and a in ('un', 'una', 'um', 'uma', 'la', 'a'):
                continue
            if lang in ('es', 'pt', 'it') and p in ('es una', 'e una', 'e uma', 'son una', 'sao uma', 'sono una') and a not in ('una', 'uma'):
                continue
            SICK = ('enfermedad', 'cancer', 'virus', 'epidemia', 'tumor', 'doenca', 'cancro', 'malattia', 'tumore',
                    'maladie', 'tumeur', 'epidemie', 'peste', 'krankheit', 'krebs', 'epidemic', 'disease', 'tumour', 'sickness', 'pandemic')
            if p in ('c est', 'es una', 'e una', 'e uma') and any(w in SICK for w in norm(n).split()):
                continue
            if lang in ('es', 'pt', 'it') and a in ('una', 'uma') and p in ('es una', 'e una', 'e uma', 'son una', 'sao uma', 'sono una'):
                n = ' '.join(n.split()[1:])
            if lang == 'en' and a in ('a', 'an') and p.startswith('are') is False:
                continue
            add('hate11_pred', p + ' ' + n)
# PT "uns vermes" (as in "sao uns vermes")
for n in 'vermes|porcos|ratos|parasitas|animais|macacos|baratas|selvagens'.split('|'):
    add('hate11_pred', 'uns ' + n)
for n in 'pragas|baratas|ratazanas|bestas'.split('|'):
    add('hate11_pred', 'umas ' + n)

# ---------------------------------------------------------------- vermin verbs
add('hate11_verminverb',
    'infesting our|infest our|infesting the city|infesting the country|swarming into|swarming over|swarming our|'
    'multiply like|multiplying like|breeding like|crawling out of the sewers|crawl out of the sewers|'
    'from the sewers|out of the drain|aus dem abfluss|aus der kanalisation|aus den abflussen|'
    'vermehren sich wie|verseuchen unsere|befallen unsere|uberwuchern|krabbeln aus|'
    'infestent nos|infestent la|pullulent|se reproduisent comme|sortent des egouts|grouillent|'
    'infestan nuestras|infestan nuestro|pululan|se reproducen como|salen de las alcantarillas|'
    'infestam as nossas|infestam o|proliferam como|se reproduzem como|saem dos esgotos|'
    'infestano le nostre|infestano il|pullulano|si riproducono come|escono dalle fogne|brulicano')

# ---------------------------------------------------------------- sterilisation, forced measures
add('hate11_sterilise',
    'should be sterilised|should be sterilized|must be sterilised|must be sterilized|sterilise them|sterilize them|'
    'forced sterilisation|forced sterilization|sollten sterilisiert werden|mussen sterilisiert werden|'
    'zwangssterilisation|zwangssterilisieren|sterilisiert sie|devraient etre sterilises|doivent etre sterilises|'
    'sterilisez les|sterilisation forcee|deberian ser esterilizados|deben ser esterilizados|esterilizadlos|'
    'esterilizacion forzada|deveriam ser esterilizados|devem ser esterilizados|esterilizem|'
    'esterilizacao forcada|dovrebbero essere sterilizzati|devono essere sterilizzati|sterilizzateli|'
    'sterilizzazione forzata|should be castrated|castrate them|kastriert sie')

# ---------------------------------------------------------------- go-back slogans strong enough alone on a photo or poster
add('hate11_goback',
    'back where you came from|go back to your country|go back to your own country|out of our country|'
    'get out of our country|raus aus unserem land|geht zuruck in eure|hors de notre pays|retournez dans votre pays|'
    'rentrez dans votre pays|fuera de nuestro pais|volved a vuestro pais|vuelvan a su pais|'
    'fora do nosso pais|volta pro teu pais|volta para o teu pais|voltem para a vossa terra|via dal nostro paese|'
    'fuori dal nostro paese|tornate al vostro paese|tornate nel vostro paese|tornatevene a casa')
add('hate11_media',
    'poster|posters|propaganda|propaganda poster|sticker|stickers|banner|flyer|leaflet|pamphlet|placard|billboard|meme|'
    't shirt|tshirt|shirt print|mural|graffiti|infographic|plakat|aufkleber|flugblatt|flugzettel|transparent|'
    'wandbild|infografik|schild|affiche|autocollant|tract|banderole|pancarte|fresque|infographie|'
    'cartel|pegatina|panfleto|octavilla|pancarta|pintada|infografia|valla publicitaria|camiseta|'
    'cartaz|adesivo|folheto|faixa|outdoor|grafite|pichacao|infografico|manifesto|volantino|striscione|'
    'cartello|cartellone|adesivo|murale|maglietta|infografica|scritta')
add('hate11_weathermap', 'weather map|weather forecast|forecasting a|wetterkarte|wetterbericht|sturmtief|carte meteo|'
    'bulletin meteo|mapa del tiempo|mapa meteorologico|parte meteorologico|mapa do tempo|previsao do tempo|'
    'cartina meteo|previsioni meteo|storm of|tempete de|tormenta de|tempestade de|tempesta di')
add('hate11_invade',
    'invading|invade|overrunning|sweeping in|'
    'uberrennen|uberschwemmen|einfallen|fallen ein|einmarschieren|'
    'envahissent|envahir|envahisseurs|submergent|'
    'invaden|invadiendo|invasores|'
    'invadem|a invadir|invadindo|invasores|'
    'invadono|invadere|invasori|che invadono')
add('hate11_replace', 'grande replacement|grand replacement|gran reemplazo|gran sustitucion|grande substituicao|'
    'grande sostituzione|grosser austausch|grand remplacment|great replacment')

# ---------------------------------------------------------------- burning / massacre told as a story with cheering
add('hate11_burn', 'burns the|burn the|burning the|burns their|sets fire to|torches the|verbrennt das|verbrennt die|'
    'brennt das|zundet das|brule le|brule les|incendie le|quema la|quema el|quema las|queima a|queima o|'
    'incendeia|brucia il|brucia la|incendia il|incendia la')
add('hate11_massacre', 'massacres the|massacre les|massacrer les|massacra les|masacra a los|masacra a las|'
    'massacra os|massacra as|massacra i|massacra gli|massakriert|metzelt|abschlachten|schlachtet|'
    'slaughters the|slaughter the|guns down|abat les|acribilla a|fuzila os|falcia i')
# ---------------------------------------------------------------- round-two additions
add('hate11_goback', 'back to your country|to your own country|volta pra tua terra|zuruck in euer land|geht heim in euer|ritornate al vostro')
add('hate11_animal', 'en un simio|en simios|en un gorila|en gorilas|en un chimpance|en chimpances|into a chimp|'
    'into a chimpanzee|into chimps|in einen schimpansen|in einen gorilla|en chimpanze|num gorila|num chimpanze|'
    'em gorila|in uno scimpanze|in un gorilla|in un gorilla|as a chimp|als schimpanse')
add('hate11_desecrate', 'burning the quran|burning a quran|burn the quran|quran burning|koran burning|burning the koran|'
    'koranverbrennung|den koran verbrennen|koran verbrennen|bruler le coran|brulent le coran|coran brule|'
    'quemar el coran|quemando el coran|queimar o alcorao|queimando o alcorao|queimar o coran|bruciare il corano|'
    'bruciano il corano|corano bruciato|burning the torah|torah burning|die tora verbrennen|bruler la torah|'
    'quemar la tora|queimar a tora|bruciare la torah|bacon on the quran|pig on the quran|peeing on the quran|'
    'pissing on the quran|pissing on the torah|tearing up the quran|auf den koran pinkeln|'
    'pisser sur le coran|mear sobre el coran|mijar no alcorao|pisciare sul corano')
add('hate11_veil', 'hijab|hijabs|burqa|burqas|burka|burkas|niqab|niqabs|kopftuch|kopftucher|voile islamique|'
    'velo islamico|veu islamico|turban|turbante|turbans|kippah|kippa|yarmulke|kipa')
add('hate11_trash', 'as a trash bag|as trash bags|like a trash bag|like trash bags|like bin bags|like a bin bag|'
    'letterboxes|like letterboxes|look like letterboxes|wie mullsacke|wie ein mullsack|comme des sacs poubelle|'
    'comme un sac poubelle|como bolsas de basura|como una bolsa de basura|como sacos de lixo|como um saco de lixo|'
    'come sacchi della spazzatura|come un sacco della spazzatura')
add('hate11_code', 'jew world order|jewish world order|happy merchant|happy merchant meme|zionist occupied government|'
    'judische weltverschworung|weltjudentum|juden weltherrschaft|complot juif mondial|conspiracion judia mundial|'
    'conspiracao judaica mundial|complotto ebraico mondiale|nouvel ordre juif|nuevo orden judio')
add('hate11_caric', 'caricature|caricatures|caricatura|caricaturas|karikatur|karikaturen|with a nose|con nariz|'
    'mit nase|avec un nez|com nariz|con il naso|caricatura con nariz')

# ---------------------------------------------------------------- round-three: narrower replacements
add('hate11_nothuman', "don t feel pain like|do not feel pain like|feel pain like we|fuhlen keinen schmerz wie|"
    "pas la douleur comme|no sienten dolor como|nao sentem dor como|non sentono dolore come")
add('hate11_deathwish', 'ardiendo en una hoguera|ardendo numa fogueira|burning at the stake|auf dem scheiterhaufen|'
    'brulent sur un bucher|bruciano sul rogo|bruciati sul rogo|quemados en la hoguera|queimados na fogueira')
add('hate11_cleanse', 'nettoyons la france|limpiemos el barrio de|limpem o bairro dos|limpem o bairro das|'
    'limpem o bairro de|puliamo il quartiere dagli|puliamo il quartiere dai|puliamo il quartiere dalle|'
    'nettoyer le quartier des|wir saubern die stadt|saubern wir die')
add('hate11_hunt', 'each one killed|cada um abatido|cada uno abatido|chaque mort|jeder getotete|ogni ucciso|recompensa por cada')
add('hate11_disease', 'gangrena de|la gangrena de|gangrene of|the gangrene of|gangrene de|la gangrene de|gangran der|'
    'cancrena del|la cancrena|gangrena do|a gangrena do|gangrena da|keep them away from children|von kindern fernhalten|'
    'eloignez les des enfants|alejadlos de los ninos|afastem nos das criancas|teneteli lontano dai bambini')
add('hate11_fire', 'in brand gesteckt|niedergebrannt|burned down|burnt down|incendiee|incendiada|incendiata|incendiado')
add('hate11_wipedout', 'were wiped out|wiped out|ausgeloscht wurden|ausgeloscht|ont ete extermines|fueron exterminados|'
    'foram exterminados|furono sterminati|ont ete aneantis|fueron aniquilados|foram dizimados|furono annientati')
add('hate11_cheer', 'greeting card|birthday card|grusskarte|carte de voeux|tarjeta de felicitacion|cartao de felicitacoes|'
    'biglietto di auguri|se fait acclamer|acclame comme un heros|cheered as a hero|gefeiert wie ein held|'
    'aplaudido como un heroe|aplaudido como heroi|acclamato come un eroe|everyone applauds|crowd cheers|crowd applauds|'
    'multidao aplaude|a multidao aplaude|la multitud aplaude|la foule applaudit|die menge jubelt|la folla applaude|'
    'applaudissent aux fenetres|applaud from the windows|aplauden desde las ventanas|aplaudem das janelas|'
    'applaudono dalle finestre|klatschen an den fenstern|multidao a aplaudir|enquanto a multidao aplaude')
add('hate11_village', 'village|villages|dorf|dorfer|aldea|aldeas|pueblo|aldeia|aldeias|villaggio|villaggi|'
    'homes|houses|hauser|maisons|casas|camp|campamento|acampamento')

# ---------------------------------------------------------------- benign look-alikes
BENIGN = {
    # pest control and gardening
    'pest control ad for rats': ['pest control ad'], 'insecticide for the garden': ['insecticide'],
    'insecticida para el jardin': ['insecticida'], 'insetticida per il giardino': ['insetticida'],
    'rat poison warning': ['rat poison'], 'mort aux rats': ['mort aux'],
    # history lessons, museums
    'history lesson about': ['hate11_atrocity'],
    # sport, film
    'hunt for the treasure': ['hunt for'], 'hunt for easter eggs': ['hunt for'], 'chasse aux oeufs': ['chasse aux'],
    'chasse aux tresors': ['chasse aux'], 'caza de tesoros': ['caza de'],
    'caca aos ovos': ['caca aos'], 'jagd auf ostereier': ['jagd auf'],
    'wiped out on the wave': ['wiped out'], 'surfer wiped out': ['wiped out'], 'wiped out by the wave': ['wiped out'],
    'dinosaurs were wiped out': ['were wiped out'], 'dinosaurs wiped out': ['wiped out'],
    'greeting card for': [], 'on fire with joy': ['on fire'],
    'the only good thing': ['the only good'], 'hang them on the': ['hang them'],
    'hang them up': ['hang them'], 'hangt sie an die wand': ['hangt sie'],
    'chasse aux sorcieres': ['chasse aux'], 'caccia alle streghe': ['caccia alle'], 'caca as bruxas': ['caca as'],
    'burn the effigy': ['burn the'], 'burns the effigy': ['burns the'], 'burning the effigy': ['burning the'],
    'burn the effigies': ['burn the'], 'quema el muneco': ['quema el'], 'brucia il fantoccio': ['brucia il'],
    'welcome back to your': ['back to your country'], 'welcome back to your country': [],
    'stop saying go back': ['go back to your', 'go back to where'], 'never tell anyone go': ['go back to your'],
}
BENIGN = {k: v for k, v in BENIGN.items() if v and not v[0].startswith('hate11_')}
NEG = {'en': 'are not|aren t|are no', 'de': 'sind keine|sind nicht|sind kein', 'fr': 'sont pas|sont pas des|n est pas',
       'es': 'no son|no es', 'pt': 'nao sao|nao e', 'it': 'non sono|non e'}
NEGATED = []
for lang, ns in NOUNS.items():
    for p in NEG[lang].split('|'):
        for n in ns.split('|'):
            if lang == 'fr' and p.endswith('des') and n.split()[0] in ('des', 'de', 'un', 'une', 'la'):
                n = ' '.join(n.split()[1:]) if n.split()[0] == 'des' else None
                if not n:
                    continue
            sing = n.split()[0] in ('a', 'an', 'un', 'una', 'um', 'uma', 'ein', 'eine', 'la', 'une', 'die')
            if p in ('are no', 'sind kein', 'n est pas', 'no es', 'nao e', 'non e') and not sing:
                continue
            if p in ('are no', 'sind kein') and sing:
                continue
            if p in ('are not', 'aren t', 'sind keine', 'sind nicht', 'no son', 'nao sao', 'non sono', 'sont pas') and sing and lang in ('en', 'de'):
                continue
            t = norm(p + ' ' + n)
            if len(t.split()) <= 4:
                NEGATED.append(t)

TGT = ['hate_target', 'hate11_tgt']
CLAUSES = {'hate.dehumanizing': [], 'hate.symbols': []}
D = CLAUSES['hate.dehumanizing']; S = CLAUSES['hate.symbols']
for c in ['hate11_nothuman', 'hate11_deathwish', 'hate11_exterminate', 'hate11_cleanse', 'hate11_expel',
          'hate11_hunt', 'hate11_pest', 'hate11_disease', 'hate11_animal', 'hate11_feature', 'hate11_noose']:
    for t in TGT:
        D.append([t, c])
D.append(['group', 'hate11_nothuman'])
for t in TGT:
    for c in ['hate11_pred', 'hate11_verminverb', 'hate11_sterilise', 'hate11_replace']:
        D.append([t, c])
    D.append([t, 'hate11_burn', 'hate11_village', 'hate_celebrate'])
    D.append([t, 'hate11_burn', 'hate11_village', 'hate11_cheer'])
    D.append([t, 'hate11_massacre', 'hate11_cheer'])
    D.append([t, 'hate11_deathwish', 'hate11_cheer'])
    D.append([t, 'hate11_wipedout', 'hate11_celebrate'])
    D.append([t, 'hate11_wipedout', 'hate_celebrate', 'hate11_celebrate'])
    D.append([t, 'hate11_massacre', 'hate_celebrate'])
    D.append([t, 'hate11_massacre', 'hate11_celebrate'])
    D.append([t, 'hate11_invade', 'hate11_weathermap'])
D.append(['group', 'hate11_pred'])
D.append(['group', 'hate11_sterilise'])
for c in ['hate11_nothuman', 'hate11_deathwish', 'hate11_exterminate']:
    D.append(['hate11_tgt_weak', c])
D.append(['hate11_goback', 'edit_context'])
D.append(['hate11_veil', 'hate11_trash'])
D.append(['hate11_code', 'hate11_media'])
D.append(['hate11_code', 'hate11_caric'])
D.append(['hate11_code', 'hate_nose'])
D.append(['hate11_code', 'hate_glorify'])
D.append(['hate11_code', 'hate_trope'])
D.append(['hate11_desecrate', 'hate_celebrate'])
D.append(['hate11_desecrate', 'hate11_celebrate'])
for c in ['dehumanizing', 'hate_dehum_weak', 'hate_stereotype', 'hate_trope', 'hate_nose']:
    D.append(['hate11_tgt', c])
D.append(['hate11_replace', 'hate11_media'])

for t in TGT:
    D.append([t, 'hate11_camp', 'edit_context'])
    D.append([t, 'hate11_atrocity', 'hate11_celebrate'])
    D.append([t, 'hate11_atrocity', 'hate_celebrate'])
    D.append([t, 'hate11_celebrate', 'hate11_deathwish'])
    D.append([t, 'hate11_honour'])
D.append(['group', 'hate11_celebrate', 'hate_atrocity'])
D.append(['group', 'hate11_celebrate', 'hate11_atrocity'])
S += [['hate_atrocity', 'hate11_celebrate'], ['hate11_atrocity', 'hate_celebrate'],
      ['hate11_atrocity', 'hate11_celebrate'],
      ['hate11_honour', 'hate_celebrate'], ['hate11_honour', 'hate11_worship'], ['hate11_honour', 'hate_atrocity'],
      ['hate_sun', 'hate_rally'], ['hate_sun', 'hate11_rally'], ['hate11_sun', 'hate_rally'], ['hate11_sun', 'hate11_rally'],
      ['hate11_sun', 'hate_glorify'], ['hate_sun', 'hate_runes'], ['hate_sun', 'hate_emblem'], ['hate11_sun', 'hate_runes'],
      ['hate_star', 'hate11_onclothes', 'edit_context'], ['hate11_star', 'hate11_onclothes', 'edit_context'],
      ['hate_star', 'hate11_onclothes', 'hate11_people'], ['hate11_star', 'hate11_onclothes', 'hate11_people'],
      ['hate_star', 'edit_context', 'hate11_people'], ['hate11_star', 'edit_context', 'hate11_people'],
      ['hate11_star', 'hate_boycott'],
      ['hate11_worship', 'hate11_pighead', 'edit_context'], ['hate11_worship', 'hate11_pighead', 'hate11_deface'],
      ['hate11_worship', 'hate11_pighead', 'hate_celebrate'], ['hate11_worship', 'hate11_deface', 'hate11_expel'],
      ['hate11_worship', 'hate11_deface', 'hate11_deathwish'], ['hate11_worship', 'hate11_fire', 'hate_celebrate'],
      ['hate11_worship', 'hate11_fire', 'hate11_celebrate']]

def main():
    existing = collections.defaultdict(set)
    for f in ['policies/lexicon.json', 'policies/lexicon_intl.json']:
        d = json.load(open(os.path.join(MAIN, f)))['candor']
        for k, v in d['terms'].items():
            existing[k] |= set(v)
    hateish = lambda cs: any(c.startswith('hate') or c in ('group', 'dehumanizing') for c in cs)
    terms, skipped = collections.defaultdict(set), 0
    for cls, ts in F.items():
        for t in ts:
            ex = existing.get(t, ())
            if (cls not in ('hate11_atrocity', 'hate11_goback', 'hate11_media') and hateish(ex)) or 'hate_atrocity' in ex or (cls == 'hate11_atrocity' and 'dehumanizing' not in ex and hateish(ex)):
                skipped += 1
                continue
            if cls == 'hate11_tgt' and any(' '.join(t.split()[i:j]) in existing and 'hate_target' in existing[' '.join(t.split()[i:j])]
                                           for i in range(len(t.split())) for j in range(i + 1, len(t.split()) + 1)):
                skipped += 1
                continue
                skipped += 1
                continue
            terms[t].add(cls)
    hatecls = lambda cs: any(c.startswith('hate') or c in ('group', 'dehumanizing') for c in cs)
    for b in NEGATED:
        w = b.split()
        subs = {' '.join(w[i:j]) for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
        exc = sorted(x for x in subs if x != b and (hatecls(existing.get(x, ())) or hatecls(terms.get(x, ()))))
        if exc:
            BENIGN[b] = exc
    for b in [b for b in BENIGN if len(b.split()) > 4]:
        del BENIGN[b]
    out = {'terms': {k: sorted(v) for k, v in sorted(terms.items())},
           'benign': {k: [x for x in v if x in terms or x in existing] for k, v in sorted(BENIGN.items()) if any(x in terms or x in existing for x in v)},
           'rules': {k: {'when': v} for k, v in CLAUSES.items()}}
    json.dump(out, open(os.path.join(HERE, 'hate11.json'), 'w'), ensure_ascii=True, indent=1)
    print('terms', len(out['terms']), 'benign', len(out['benign']),
          'clauses', sum(len(v) for v in CLAUSES.values()), 'skipped existing', skipped)

if __name__ == '__main__':
    main()
