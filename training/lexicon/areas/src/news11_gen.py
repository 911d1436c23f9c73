#!/usr/bin/env python3
"""Builds news11.json: fabricated-news vocabulary (round 11) in en, es, fr, de, it, pt.

Classes (all fire only in clauses of three classes):
  news11_event   an invented incident at a place (fire, collapse, attack, occupation, coup...),
                 written as multi-word phrases or unambiguous words
  news11_eventw  weaker incident words; only in clauses that also need a news frame
  news11_scandal a person in a compromising news situation (stretcher, arrest, fleeing...)
  news11_frame   framing an image as reporting (wire image, caught on camera, front page...)
  news11_real    make-it-pass-as-real / share-it-as-real instructions
  news11_logo    an outlet logo, banner or chyron put on an image
  news11_today   today's date put on an image
  news11_share   "so people share it"
Run: python3 news11_gen.py  (writes news11.json next to this file)
"""
import json, os, re, unicodedata, itertools

DROPPED = []
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = s.replace('ß', 'ss').replace('œ', 'oe').replace('æ', 'ae').replace('ø', 'o').replace('ł', 'l')
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", ' ', s).strip()
    s = re.sub(r'(.)\1\1+', r'\1', s)  # triple runs squeezed as the normaliser does
    return ' '.join(s.split())


def lines(block):
    out = []
    for ln in block.strip().splitlines():
        for part in ln.split('|'):
            p = part.strip()
            if p:
                out.append(p)
    return out


def cross(a, b, sep=' '):
    return [x + sep + y for x in lines(a) for y in lines(b)]

# ---------------------------------------------------------------- incidents at places
ARMED = {
 'en': ('occupied by|taken over by|seized by|held by|overrun by|surrounded by',
        'soldiers|troops|armed men|gunmen|militants|militia|rebels|armed militia|protesters who|rioters'),
 'es': ('ocupado por|ocupada por|asaltado por|asaltada por|controlado por|controlada por|rodeado de|rodeada de|rodeado por|rodeada por',
        'militares|soldados|milicianos|milicianos armados|hombres armados|rebeldes|terroristas|tropas|encapuchados'),
 'fr': ('occupe par|occupee par|controle par|controlee par|entoure de|entouree de|encercle par|encerclee par|tenu par|tenue par',
        'soldats|militaires|miliciens|hommes armes|rebelles|terroristes|troupes|emeutiers'),
 'de': ('besetzt von|besetzt durch|erobert von|umstellt von|umzingelt von|kontrolliert von|in der hand von',
        'soldaten|bewaffneten|bewaffnete|milizen|rebellen|terroristen|truppen|panzern'),
 'it': ('occupato da|occupata da|occupato dai|occupata dai|assaltato da|assaltata da|circondato da|circondata da|circondato dai|circondata dai|controllato da|controllata da',
        'soldati|militari|miliziani|uomini armati|ribelli|terroristi|truppe|carri armati|rivoltosi'),
 'pt': ('ocupado por|ocupada por|cercado por|cercada por|cercado de|cercada de|controlado por|controlada por|dominado por|dominada por',
        'soldados|militares|milicianos|homens armados|rebeldes|terroristas|tropas|tanques|manifestantes que'),
}
EVENT = {}
EVENT['en'] = lines("""
sinking ship|ship sinking|ship sinks|cruise ship sinking|cruise ship sinks|ferry sinking|ferry capsizes
go boom|goes boom|blown to pieces|blown apart|got blown up|gets blown up|was blown up|being blown up
been bombed|really bombed|was bombed|bombed last night|hit by a missile|hit by missiles|hit by a rocket
hit by a plane|plane crashes into|plane crashing into|plane flies into|jet crashes into|airliner crashing into|airliner crashes into
after a strike|after an air strike|after the bombing|after the blast|after the explosion|after the attack|after an attack
encircled by tanks|ringed by tanks|tanks in front of|tanks in the streets|tanks on the streets|soldiers on the roof|armed men inside|gunmen inside|militia occupying
city has fallen|fell to rebels|fell overnight|has fallen with soldiers
swept away by|washed away by|swept away|flooded after|buried by a landslide
snapping in half|snapped in half|cracked in half
in smoking ruins|lies in ruins|left in ruins|turned to rubble|reduced to ashes|burned to the ground|burnt to the ground|razed to the ground
going up in flames|goes up in flames|went up in flames|set ablaze|set it alight|set it on fire|setting it on fire|on fire again|burning again|set the buildings on fire|set the building on fire|buildings on fire
collapsing live|collapsed overnight|caved in|roof caved in|roof collapsed|partly collapsed|closed after collapse|closed after collipsi
bodies in the street|bodies in the streets|covered bodies|bodies under sheets|dozens dead|hundreds dead|hundreds injured|hundreds wounded|mass casualties|many casualties|death toll
crowd fleeing|crowd scattering|mass panic|stadium panic|crowd crush|deadly stampede
gas explosion|chemical spill|toxic spill|toxic cloud|chemical cloud|gas leak|nuclear leak|radioactive leak|nuclear accident|nuclear meltdown|nuclear alarm|nuclear alert|air raid alarm|air raid sirens
water has been poisoned|water poisoned|poisoned water|tap water poisoned|poisoned reservoir|tap water has been
ballot boxes burned|ballot boxes being burned|burning ballots|burning ballot boxes|stuffing ballots|stuffing ballot boxes|stuffed ballot boxes|fake ballots|rigged election|election fraud|vote rigging|stolen election
stock market crashes|stock market crash|market crashes|banks collapsing|bank collapse|currency collapse|runs on banks
terror attack|terrorist attack|terror cell|car bomb|truck bomb|suicide bomber|bomb attack|bombing at|bomb went off|bomb goes off|drone attack|drone strike|missile strike|rocket attack|shelling of
truck ploughs into|truck plows into|truck drives into|car rams|rams into the crowd|drove into the crowd|ploughed into the crowd|plowed into the crowd
hostage taking|taken hostage|hostage situation|gunman|active shooter|shots ring out|shootout at|open fire on|opened fire on|soldiers shooting at|firing on protesters|shooting at protesters|soldiers shoot at
riot police and|burning barricades|street battle|street battles|violent clashes|clashes at|looters at|looting at|rioters storm|protesters set|mob storms
derailed train|train derails|train derailment|derailed in|bridge collapse|bridge collapses|bridge collapsing|building collapse|dam burst|dam bursts|dam collapse|dam breaks|levee breaks
tsunami hits|tsunami hitting|tsunami engulfing|tsunami swallowing|earthquake hits|earthquake destroys|quake hits|hurricane destroys|tornado destroys|wildfire engulfs|floods engulf
coup in|military coup|soldiers seize|army seizes|generals seize|troops seize|announces the coup|coup attempt|martial law declared|state of siege|emergency rule|curfew imposed
war declared|declares war on|declaring war on|declared war|announcing war|announces war|nuclear attack|atomic bomb|mushroom cloud|nuclear explosion
foreign troops|enemy troops|occupation troops|blackout hits|city blackout|power outage across
""")
EVENT['es'] = lines("""
crucero hundiendose|barco hundiendose|se hunde el|se hundio el|naufragio del
volado por los aires|volada por los aires|vuela por los aires|reventado por una bomba|hecho anicos|hecha anicos|destrozado por|destrozada por|reducido a escombros|reducida a escombros|reducido a cenizas|reducida a cenizas|derrumbado|derrumbada|derrumbandose|se derrumba|se desploma|desplomado|desplomada|techo hundido|el techo hundido
bombardeado|bombardeada|bombardean|bombardearon|tras un bombardeo|tras el bombardeo|tras la explosion|tras un ataque|tras un atentado|tras varias explosiones|tras un ataque con drones|alcanzado por un misil|alcanzada por un misil|impacto de misil|un avion se estrella|avion estrellandose contra|avion choca contra
en llamas de nuevo|arde de nuevo|incendiado|incendiada|incendio descontrolado|le prenden fuego|prendiendole fuego|prendieron fuego|incendiaron
rodeado de tanques|rodeada de tanques|rodeado por tanques|rodeada por tanques|tanques frente a|tanques en las calles|tanques y militares|militares tomando|soldados en el tejado|milicianos armados|hombres armados|encapuchados armados
ha caido la ciudad|cayo en manos|bajo ataque|bajo asedio|sitiado|sitiada|arrasado por el agua|arrastrado por la riada|sepultado por|sepultada por
cuerpos en la calle|cadaveres en la calle|cuerpos tirados|cuerpos cubiertos|decenas de muertos|cientos de muertos|cientos de heridos|heridos en la plaza|muertos y heridos|victimas mortales
gente huyendo|huida en masa|panico en|estampida|avalancha humana|se oyen disparos|disparos en|tiroteo en|tiroteo masivo|balacera|abren fuego|abrieron fuego|disparando contra
explosion de gas|fuga de gas|vertido quimico|fuga quimica|nube toxica|fuga radiactiva|fuga en la central|accidente nuclear|alarma nuclear|alerta nuclear|agua envenenada|envenenaron el agua|agua contaminada
quemando urnas|urnas quemadas|quemando papeletas|papeletas a punados|metiendo papeletas|relleno de urnas|pucherazo|fraude electoral|elecciones amanadas|votos falsos
se desploma la bolsa|la bolsa se desploma|desplome de la bolsa|crac bursatil|quiebra de los bancos|corralito|colas en los bancos
atentado terrorista|ataque terrorista|coche bomba|celula terrorista|terrorista suicida|ataque con drones|ataque con misiles|lluvia de misiles|ataque con cohetes
camion arrolla|camion contra la multitud|atropello masivo|embiste a la multitud
toma de rehenes|rehenes en|secuestro masivo|antidisturbios y barricadas|barricadas ardiendo|batalla campal|enfrentamientos en|saqueos|saqueando|saqueadores
tren descarrilado|descarrila|descarrilamiento|puente derrumbado|se derrumba el puente|derrumbe del puente|rompe la presa|rotura de la presa|presa reventada
tsunami arrasa|tsunami engulle|tsunami tragandose|terremoto destruye|terremoto sacude|huracan arrasa|tornado arrasa
golpe de estado en|golpe militar|militares toman|el ejercito toma|junta militar|estado de sitio|ley marcial|toque de queda|estado de excepcion
declara la guerra|declarando la guerra|declaro la guerra|anuncia la guerra|ataque nuclear|bomba atomica|hongo nuclear|explosion nuclear
tropas extranjeras|tropas enemigas|apagon total
""")
EVENT['fr'] = lines("""
en train de couler|coule au large|a coule|naufrage du|chavire|a chavire
a explose|vole en eclats|soufflee par|souffle par l explosion|detruit par|detruite par|reduit en cendres|reduite en cendres|reduit en miettes|reduite en miettes|qui s effondre|s est effondre|s est effondree|est plie en deux|toit effondre|le toit effondre
bombarde|bombardee|bombardes|apres un bombardement|apres le bombardement|apres l explosion|apres une explosion|apres l attaque|apres un attentat|touche par un missile|touchee par un missile|frappe par un missile|frappee par un missile|un avion percute|avion qui percute|percute par un avion|percutee par un avion|un avion s ecrase|avion s ecrase
de la fumee et des flammes|flammes qui sortent|brule encore|brule toute la nuit|incendiee|incendies|mis a feu|mettent le feu|y mettent le feu|ont mis le feu|feu ravage
entoure de chars|entouree de chars|encercle par les chars|chars devant|chars dans les rues|des chars autour|soldats devant|soldats sur le toit|hommes armes|miliciens armes|homme arme
tombe aux mains|sous les bombes|sous attaque|emporte par les eaux|emportee par les eaux
corps sur le parvis|des corps dans la rue|corps sous des draps|des dizaines de morts|des centaines de morts|des centaines de blesses|morts et blesses|victimes au sol
gens qui fuient|foule en panique|mouvement de foule|bousculade|coups de feu|fusillade a|fusillade de masse|ouvrent le feu|ont ouvert le feu|tirent sur la foule|tirent sur les manifestants
explosion de gaz|fuite de gaz|fuite chimique|deversement chimique|nuage toxique|fuite radioactive|accident nucleaire|alerte nucleaire|alerte atomique|eau empoisonnee|eau du robinet empoisonnee
urnes brulees|bruler des urnes|bourrage d urnes|bourre les urnes|fraude electorale|election truquee|faux bulletins
krach boursier|la bourse s effondre|effondrement de la bourse|panique bancaire|faillite des banques
attentat terroriste|attaque terroriste|voiture piegee|cellule terroriste|attaque de drones|frappe de missile|frappes de missiles|tirs de roquettes
camion fonce dans la foule|camion dans la foule|voiture fonce dans la foule
prise d otages|otages a|emeute sanglante|emeutes|barricades en feu|voitures en feu|affrontements a|pillages|pilleurs
train deraille|deraillement du|effondrement du pont|pont effondre|rupture d un barrage|rupture du barrage|barrage cede|digue cede
tsunami engloutit|tsunami ravage|seisme ravage|tremblement de terre|ouragan ravage|tornade ravage
coup d etat a|putsch militaire|les militaires prennent|l armee prend le pouvoir|junte militaire|etat de siege|loi martiale|couvre feu|etat d urgence
declare la guerre|declarant la guerre|annonce la guerre|attaque nucleaire|bombe atomique|champignon atomique|explosion nucleaire
troupes etrangeres|troupes ennemies|coupure geante|panne geante
""")
EVENT['de'] = lines("""
kentert|gekentert|schiffsungluck|kreuzfahrtschiff sinkt|schiff sinkt|fahre sinkt
in die luft gesprengt|in die luft geflogen|fliegt in die luft|gesprengt|zerbombt|weggesprengt|komplett kaputt|vollig zerstort|in schutt und asche|liegt in trummern|dem erdboden gleichgemacht|eingesturzt|sturzt ein|einsturzt|dach eingesturzt
bombardiert|nach einem angriff|nach dem angriff|nach der explosion|nach dem bombenangriff|nach einem luftangriff|nach einem raketenangriff|von einer rakete getroffen|raketeneinschlag|flugzeug rast in|flugzeug sturzt auf|flugzeug kracht in|ein flugzeug fliegt in
rauch und flammen|rauch flammen|steht in flammen|brennt lichterloh|hat gebrannt|gebrannt hat|brannte die ganze nacht|niedergebrannt|in brand gesetzt|in brand gesteckt|feuer gelegt|brand im
gesturmt von|umstellt von panzern|von panzern umstellt|panzer vor|panzer auf den strassen|soldaten auf dem dach|bewaffnete manner|bewaffnete milizen|bewaffnete besetzen
in die hande der|unter beschuss|weggespult|verschuttet
leichen auf dem platz|leichen auf der strasse|tote auf der strasse|dutzende tote|hunderte tote|hunderte verletzte|viele verletzte|tote und verletzte|zugedeckte leichen
menschen fliehen|massenpanik|stadionpanik|panik im|schusse fallen|schusse auf|schiessen auf demonstranten|eroffnen das feuer|schiesserei|amoklauf|amokfahrt
gasexplosion|chemieunfall|giftwolke|chemische wolke|strahlenleck|atomunfall|atomalarm|atomwarnung|luftalarm|vergiftetes wasser|trinkwasser vergiftet|leitungswasser vergiftet
brennende wahlurnen|wahlurnen verbrannt|wahlbetrug|gefalschte wahl|manipulierte wahl|stimmzettel gestopft
borsencrash|die borse sturzt ab|borse crasht|bankenkrise|ansturm auf banken
terroranschlag|terrorzelle|autobombe|selbstmordattentater|bombenanschlag auf|drohnenangriff|raketenangriff|luftangriff auf
lkw rast in die menge|lastwagen rast in|auto rast in die menge|rast in die menge
geiselnahme in|geiseln im|strassenschlacht|strassenschlachten|brennende barrikaden|krawalle|ausschreitungen|plunderungen|plunderer
zug entgleist|entgleister zug|entgleisung|bruckeneinsturz|brucke eingesturzt|brucke sturzt ein|dammbruch|damm gebrochen|deich gebrochen
tsunami uberrollt|tsunami verschlingt|erdbeben zerstort|erdbeben erschuttert|hurrikan zerstort|tornado zerstort
putsch in|militarputsch|militar ubernimmt|armee ubernimmt|militarjunta|kriegsrecht|ausnahmezustand|ausgangssperre|belagerungszustand|kriegszustand
erklart den krieg|kriegserklarung|verkundet den krieg|atomangriff|atombombe|atompilz|atomexplosion
fremde truppen|feindliche truppen|besatzungstruppen|stromausfall in|totaler stromausfall
""")
EVENT['it'] = lines("""
naufragio del|si rovescia
saltato in aria|saltata in aria|fatto saltare|fatta saltare|ridotto in macerie|ridotta in macerie|ridotto in cenere|ridotta in cenere|raso al suolo|rasa al suolo|in macerie|campo di macerie|crollato|crollata|che crolla|sta crollando|tetto crollato
bombardato|bombardata|dopo il bombardamento|dopo un bombardamento|dopo l esplosione|dopo un attacco|dopo l attentato|colpito da un missile|colpita da un missile|colpito da un aereo|colpita da un aereo|un aereo si schianta|aereo si schianta
va a fuoco|va a foco|che va a fuoco|brucia ancora|in fiamme di nuovo|incendiato|incendiata|dato alle fiamme|data alle fiamme|appiccano il fuoco|hanno dato fuoco
circondato dai carri armati|circondata dai carri armati|circondato da carri armati|carri armati davanti|carri armati per le strade|soldati sul tetto|uomini armati|miliziani armati
caduta in mano|sotto attacco|sotto assedio|assediato|assediata|spazzato via|spazzata via|allagata dopo
corpi in strada|corpi a terra|corpi coperti dai teli|decine di morti|centinaia di morti|centinaia di feriti|morti e feriti|vittime a terra
gente in fuga|gente che scappa|fuggi fuggi|panico allo stadio|spari in|si sentono spari|sparano sulla folla|sparano sui manifestanti|aprono il fuoco|hanno aperto il fuoco|sparatoria alla|sparatoria di massa
esplosione di gas|fuga di gas|fuga chimica|sversamento chimico|nube tossica|fuga radioattiva|incidente nucleare|allarme nucleare|allarme atomico|acqua avvelenata|acquedotto avvelenato
urne bruciate|bruciano le schede|mazzette di schede|schede false|brogli elettorali|elezioni truccate|voto truccato
crollo della borsa|la borsa crolla|crac in borsa|fallimento delle banche|assalto agli sportelli
attentato terroristico|attacco terroristico|autobomba|cellula terroristica|attacco con droni|attacco missilistico|pioggia di missili
camion sulla folla|tir sulla folla|auto sulla folla|piomba sulla folla
presa di ostaggi|ostaggi nella|celerini e barricate|barricate in fiamme|guerriglia urbana|scontri a|saccheggi|saccheggiatori
treno deragliato|deragliamento|crollo del ponte|ponte crollato|crollo della diga|diga crollata|argine rotto
tsunami travolge|tsunami inghiotte|terremoto distrugge|terremoto devasta|uragano devasta|tromba d aria devasta
golpe a|colpo di stato a|colpo di stato militare|i militari occupano|l esercito prende|giunta militare|legge marziale|stato d assedio|coprifuoco|stato di emergenza
dichiara guerra|dichiara la guerra|annuncia la guerra|attacco nucleare|bomba atomica|fungo atomico|esplosione nucleare
truppe straniere|truppe nemiche|blackout totale
""")
EVENT['pt'] = lines("""
virou no mar|naufragio do|navio afundando|cruzeiro afundando
ir pelos ares|foi pelos ares|voou pelos ares|em escombros|reduzido a escombros|reduzida a escombros|reduzido a cinzas|reduzida a cinzas|teto desabado|o teto desabou
bombardeado|bombardeada|depois do bombardeio|apos o bombardeio|apos a explosao|depois da explosao|depois do ataque|apos o atentado|atingido por um missil|atingida por um missil|aviao bate contra|aviao colide com|aviao se choca|aviao atinge|aviao a cair sobre
fumaca e fogo|fumo e chamas|ardendo de novo|em chamas de novo|incendiado|incendiada|incendiaram|tocaram fogo|ateiam fogo|atearam fogo|chamas na
cercado de tanques|cercada de tanques|cercado por tanques|cercada por tanques|tanques em frente|tanques nas ruas|soldados no telhado|homens armados|milicianos armados
caiu nas maos|sob ataque|sob cerco|sitiado|sitiada|varrido pela agua|arrastado pela agua|alagado|alagada|soterrado|soterrada|lama cobre
corpos na rua|corpos no chao|corpos cobertos|dezenas de mortos|centenas de mortos|centenas de feridos|mortos e feridos
pessoas a fugir|panico no|tiros em|tiroteio em|tiroteio na|ouvem se tiros|abrem fogo|abriram fogo|atirando na multidao|atirando nos manifestantes
explosao de gas|vazamento de gas|vazamento quimico|derrame quimico|nuvem toxica|vazamento radioativo|acidente nuclear|alerta nuclear|alarme nuclear|agua envenenada|agua da torneira envenenada
urnas queimadas|queimando urnas|enchendo urnas|fraude eleitoral|eleicao fraudada|urnas fraudadas|votos falsos
bolsa despenca|a bolsa desaba|queda da bolsa|quebra dos bancos|corrida aos bancos
atentado terrorista|ataque terrorista|carro bomba|celula terrorista|homem bomba|ataque de drones|ataque com misseis|chuva de misseis
caminhao atropela multidao|caminhao contra a multidao|carro contra a multidao
tomada de refens|refens no|batalha campal|barricadas em chamas|carros capotados|confrontos em|saqueadores|quebra quebra
comboio descarrilado|trem descarrilado|descarrilamento|queda da ponte|ponte desabou|rompimento de uma barragem|barragem rompe|barragem rompeu|rompimento da barragem
tsunami engole|tsunami arrasa|terremoto destroi|sismo destroi|furacao arrasa|tornado arrasa
golpe de estado em|golpe militar|militares tomam|o exercito toma|junta militar|estado de sitio|lei marcial|toque de recolher|estado de emergencia
declara guerra|declarando guerra|declarou guerra|anuncia guerra|ataque nuclear|bomba atomica|cogumelo atomico|explosao nuclear
tropas estrangeiras|tropas inimigas|apagao geral
""")

# weaker incident words: only in clauses that also need a news frame (never realism alone)
EVENTW = lines("""
burning|ablaze|collapses|explodes|exploding|shelling|is sinking|wrecked|flames|been hit|is burning|was burning|still burning|burning all night|huge crack|massive crack|gas masks|after the strike|after a strike|smoke rises over|smoke rising over|plumes of smoke|columns of smoke|smoke pouring from|in ruin|people fleeing|blown up
se hunde|hundido|hundida|naufragio|naufraga|arrasado|arrasada|se estrella contra|estrellado contra|humo sobre|sale humo|saliendo humo|se quema|quemandose|derrumbe|mascaras de gas|columnas de humo|columna de humo
explose|qui explose|qui brule|flammes|fumee au dessus|panache de fumee|colonnes de fumee|s ecrase sur|s ecrase contre|assiege|assiegee|inonde|inondee|submerge|submergee|englouti|engloutie|masques a gaz|kaputt
sinkt|versinkt|rauchsaule|rauchsaulen|rauchwolken uber|brannte|abgebrannt|belagert|uberschwemmt|uberflutet von|flammen|trummer|bricht zusammen|gasmasken
affonda|affondata|affondato|sta affondando|esploso|esplosa|si schianta contro|schiantato contro|fumo sopra|fumo che esce|colonne di fumo|colonna di fumo|che brucia|sommerso|sommersa|sepolto da|sepolta da|fiamme|crolla|maschere antigas
afunda|afundou|afundando|a afundar|explodiu|explodindo|fumaca a subir|fumaca subindo|pegando fogo|a arder|submerso|submersa|engolido por|engolida por|a engolir|caiu|caindo aos pedacos|chamas|mascaras de gas|desabou|desabando|colapsou
""")

# ---------------------------------------------------------------- a person in a compromising news situation
SCANDAL = {}
SCANDAL['en'] = lines("""
on a stretcher|carried on a stretcher|being stretchered|taken away in an ambulance|loaded into an ambulance|carried into an ambulance|in an ambulance|rushed to hospital|rushed to the hospital|in intensive care|on life support|in a hospital bed|hospitalised|hospitalized
shot at a rally|shoot at a rally|shot dead|gunned down|wounded by a gunman|stabbed at|attacked at a rally|assassinated|killed in a crash|killed in|dies in|died in|found dead|death of|dead at|in a coffin
being arrested|getting arrested|under arrest|arrested at|arrested for|detained by police|taken into custody|led away in handcuffs|in handcuffs|handcuffed|perp walk|mugshot of|in a prison cell|in prison|prison visiting room|behind bars|in an orange jumpsuit|prison uniform
crying in court|resigning in tears|resigns in tears|announcing resignation|announcing his resignation|announcing her resignation|quitting office
fleeing the country|flees the country|fleeing at a private airport|secretly boarding|suitcases of cash|bags of cash|briefcase full of cash|accepting a bribe|taking bribes|caught taking|counting bribe money
doing a nazi salute|making a nazi salute|giving a nazi salute|nazi salute|hitler salute|sieg heil|snorting cocaine|doing cocaine|lines of cocaine|drunk in the street|passed out drunk|dead drunk|vomiting in
collapsing on stage|collapses on stage|fainting on stage|falls on stage|rushed off stage|dragged off stage|pulled off stage by|rushed off stage by
punching a protester|slapping a protester|fistfight with|brawling with|shaking hands with a mafia|hugging a terrorist|with a terrorist leader|with a mafia boss|meeting a terrorist
burning the flag|burning the national flag|begging for forgiveness|kneeling before|signing a surrender|signing the surrender|surrendering to|stealing in a supermarket|shoplifting|asleep in parliament|sleeping in parliament|caught together at|caught together|secret affair|caught cheating|in bed with
announcing martial law|declaring martial law|declaring a state of emergency|announcing a nuclear strike|announcing nuclear war
""")
SCANDAL['es'] = lines("""
en una camilla|en camilla|sacado en camilla|en una ambulancia|subido a una ambulancia|ingresado de urgencia|ingresada de urgencia|hospitalizado|hospitalizada|en la uci|en una cama de hospital|en cuidados intensivos
tiroteado|tiroteada|herido de bala|herida de bala|acuchillado|acuchillada|asesinado|asesinada|muerto en un accidente|muerta en un accidente|muere en|murio en|hallado muerto|hallada muerta|la muerte de|en un ataud
siendo detenido|siendo detenida|detenido por la policia|detenida por la policia|arrestado|arrestada|esposado|esposada|saliendo esposado|saliendo esposada|en la carcel|en prision|sala de visitas de|entre rejas|con el uniforme de preso|traje naranja|en el banquillo
llorando en el juicio|llorando en el tribunal|dimitiendo entre lagrimas|anunciando su dimision|dimite
huye del pais|huyendo del pais|huye en un jet|maletas de dinero|maletin lleno de billetes|metiendose billetes|recibiendo sobornos|cobrando sobornos|aceptando un soborno|soborno
haciendo el saludo nazi|saludo fascista|esnifando cocaina|esnifando|con cocaina|borracho en la calle|borracha en la calle|borracho perdido|borracha perdida|tirado borracho
desmayandose en el escenario|se desmaya en|sacado a empujones|sacada a empujones|sacado del escenario|sacada del escenario
pegando a un manifestante|abofeteando|dando una bofetada|estrechando la mano de|abrazando a un terrorista|abrazando a un lider|con un capo de|con un narco
quemando la bandera|pidiendo perdon de rodillas|firmando una rendicion|firmando la rendicion|robando en un supermercado|durmiendo en el parlamento|dormido en el congreso|pillados juntos|sorprendidos juntos|juntos en un hotel|amante secreta
anunciando la ley marcial|declarando el estado de sitio|declarando el estado de|anunciando un ataque nuclear
""")
SCANDAL['fr'] = lines("""
sur un brancard|sur une civiere|evacue sur un brancard|dans une ambulance|emmene en ambulance|hospitalise d urgence|hospitalisee d urgence|hospitalise|hospitalisee|en reanimation|dans un lit d hopital|aux soins intensifs
blesse par balle|blessee par balle|blesse lors d un|blessee lors d un|poignarde|poignardee|assassine|assassinee|tue dans un accident|tuee dans un accident|meurt dans|mort dans un accident|morte dans un accident|retrouve mort|retrouvee morte|la mort de|dans un cercueil
se fait arreter|en train d etre arrete|interpelle|interpellee|arrete par la police|arretee par la police|menotte|menottee|sort menotte|en prison|en cellule|au parloir d une|derriere les barreaux|en tenue de detenu|combinaison orange
en larmes au tribunal|pleurant au tribunal|qui demissionne en pleurant|annoncant sa demission|annonce sa demission|quitte le pouvoir|qui quitte le pouvoir
en fuite dans un|fuit le pays|fuyant le pays|monte en douce dans|valises de billets|valise de billets|mallette de billets|recevant des pots de|touchant des pots de|pot de vin|pots de vin
faisant le salut nazi|fait le salut nazi|salut hitlerien|en train de sniffer|sniffant de la cocaine|sniffe de la cocaine|ivre mort|ivre morte|ivre dans la rue
s effondre sur scene|evanoui sur scene|evanouie sur scene|evacue de la scene|evacuee de la scene|traine hors de la scene
qui gifle|gifle un manifestant|frappe un manifestant|bagarre avec|serrant la main d un|serre la main d un|embrassant un terroriste|avec un chef terroriste|avec un parrain de
brulant le drapeau|brule le drapeau|demandant pardon a genoux|signant une capitulation|signe la capitulation|volant dans un supermarche|vole dans un supermarche|dort a l assemblee|endormi a l assemblee|surpris ensemble|surpris a l hotel|liaison secrete
proclamant l etat de siege|proclamant la loi martiale|annoncant la loi martiale|annoncant une frappe nucleaire
""")
SCANDAL['de'] = lines("""
auf einer trage|auf der trage|auf einer bahre|in einen krankenwagen|im krankenwagen|in den krankenwagen|ins krankenhaus eingeliefert|notfallmassig eingeliefert|im krankenhausbett|auf der intensivstation
angeschossen|niedergeschossen|erschossen|niedergestochen|ermordet|bei einem attentat|nach einem attentat|blutend|tot aufgefunden|stirbt bei|gestorben bei|ums leben gekommen|tod von|den tod von|im sarg|trauerflor
bei der festnahme|wird festgenommen|abgefuhrt|in handschellen|mit handschellen|handschellen|im gefangnis|im besucherraum eines|hinter gittern|in haftlingskleidung|auf der anklagebank
weinend vor gericht|der zurucktritt|die zurucktritt|tritt unter tranen zuruck|rucktritt unter tranen|verkundet seinen rucktritt|verkundet ihren rucktritt
flieht aus|flieht ins ausland|auf der flucht|fluchtet ins ausland|koffer voller geld|geldkoffer|geldbundel|schmiergeld annehmen|beim annehmen von schmiergeld|bestechung|bestechlich
beim hitlergruss|zeigt den hitlergruss|macht den hitlergruss|kokain schnupfen|schnupft kokain|beim koksen|kokst|betrunken auf der strasse|sturzbetrunken|volltrunken
bricht auf der buhne zusammen|von der buhne gezerrt|von bodyguards weggebracht
ohrfeigt|ohrfeige fur|schlagt einen demonstranten|prugeln sich|prugelt sich|schlagerei mit|schuttelt einem mafiaboss|mit einem mafiaboss|umarmt einen terroristen|mit einem terroristenfuhrer
verbrennt die flagge|verbrennt die fahne|bittet um vergebung|unterzeichnet die kapitulation|beim unterzeichnen einer kapitulation|klaut im supermarkt|ladendiebstahl|schlaft im parlament|schlaft im bundestag|zusammen im hotel erwischt|heimliche affare
verkundet das kriegsrecht|verkundet den ausnahmezustand|ruft den ausnahmezustand aus|verkundet einen atomschlag
""")
SCANDAL['it'] = lines("""
su una barella|in barella|portato via in barella|portata via in barella|in ambulanza|caricato in ambulanza|ricoverato d urgenza|ricoverata d urgenza|ricoverato|ricoverata|in terapia intensiva|in un letto d ospedale
ferito da un attentatore|ferita da un attentatore|colpito da un proiettile|ucciso a colpi|uccisa a colpi|accoltellato|accoltellata|assassinato|assassinata|morto in un incidente|morta in un incidente|muore in|trovato morto|trovata morta|la morte di|la foto del feretro|nella bara
mentre viene arrestato|mentre viene arrestata|viene arrestato|arrestato dalla|arrestata dalla|portato via in manette|in manette|ammanettato|ammanettata|in carcere|in cella|con la divisa da detenuto|tuta arancione|dietro le sbarre|al banco degli imputati
in lacrime in tribunale|piange in tribunale|che si dimette piangendo|annuncia le dimissioni|si dimette|che si dimette
in fuga dal paese|fugge dal paese|in fuga in un|valigie di contanti|valigetta piena di soldi|mazzette|intasca una mazzetta|prende una tangente
fa il saluto romano|fa il saluto nazista|saluto nazista|mentre sniffa|sniffa cocaina|che sniffa|ubriaco fradicio|ubriaca fradicia|ubriaco per strada|ubriaca per strada
sviene sul palco|crolla sul palco|trascinato giu dal palco|trascinata giu dal palco|portato via dalla scorta
schiaffeggia|da uno schiaffo|rissa con|stringe la mano a un|con un boss mafioso|abbraccia un terrorista|con un capo terrorista
brucia la bandiera|bruciando la bandiera|chiede perdono in ginocchio|firma una resa|che firma una resa|firma la resa|ruba in un supermercato|mentre ruba|mentre dorme in parlamento|dorme in parlamento|sorpresi insieme|beccati insieme|in hotel insieme|relazione segreta
proclama lo stato d|che proclama lo stato|proclama la legge marziale|annuncia un attacco nucleare|che annuncia la guerra
""")
SCANDAL['pt'] = lines("""
numa maca|em uma maca|sendo levado numa maca|sendo levada numa maca|numa ambulancia|levado de ambulancia|internado as pressas|internada as pressas|internado|internada|na uti|numa cama de hospital|em cuidados intensivos
baleado|baleada|atingido a tiro|atingida a tiro|esfaqueado|esfaqueada|assassinado|assassinada|morto em acidente|morta em acidente|morre em|morreu em|encontrado morto|encontrada morta|a morte de|no caixao
sendo preso|sendo presa|sendo presso|a ser detido|a ser detida|detido pela policia|detida pela policia|preso pela policia|algemado|algemada|saindo algemado|na prisao|na cadeia|no parlatorio de um|atras das grades|com macacao laranja|macacao de presidiario|no banco dos reus
chorando no tribunal|renunciando aos prantos|anunciando a renuncia|renuncia ao cargo|deixa o poder
fugindo do pais|foge do pais|embarcando escondido|malas de dinheiro|mala de dinheiro|dinheiro na cueca|recebendo propina|flagrado recebendo|suborno
fazendo saudacao nazista|saudacao nazi|faz saudacao nazista|cheirando cocaina|cheirando po|bebado na rua|bebada na rua|caido de bebado|completamente bebado
desmaiando no palco|desmaia no palco|arrancado do palco|arrancada do palco|retirado do palco pelos
agredido na rua|agredida na rua|esbofeteando|trocando socos|apertando a mao de|abracando um terrorista|com um chefe terrorista|com um chefe da
queimando a bandeira|pedindo perdao de joelhos|assinando uma rendicao|assinando a rendicao|roubando num supermercado|roubando no mercado|dormindo no congresso|dormindo no plenario|flagrados juntos|juntos num hotel|caso secreto
decretando estado de sitio|anunciando lei marcial|decretando lei marcial|anunciando um ataque nuclear
""")

# ---------------------------------------------------------------- framing as reporting
FRAME = lines("""
wire image|wire shot|wire photo with caption|agency shot|agency image|agency picture|news agency image|photo desk|caption from the agency|as published by|as published in|ran on the front page|above the fold|front page splash|splash headline|headline reads|with the headline|headline saying|under the headline|banner headline|news ticker|ticker at the bottom|lower third|chyron|breaking banner|live banner|live ticker|live still|live broadcast still|broadcast still|news broadcast|evening news|nightly news|newscast|news bulletin|news report|news footage|news clip|news pic|news picture|news shot|news image|news screenshot|press image|press picture|press shot|photojournalistic|caught on camera|captured on camera|caught on video|filmed by a bystander|filmed on a phone|phone footage|cell phone footage|shaky phone video|vertical video|eyewitness video|eyewitness footage|eyewitness photo|witness photo|bystander photo|reader photo|citizen journalist|dashcam footage|cctv footage|security camera footage|drone footage|aerial news shot|news helicopter|chopper footage|fact check graphic|fact checking screenshot|rated true|rated as real|as seen on tv|on the news tonight|tonight s news|this morning s news|this morning s paper|morning edition|late edition|news alert|push notification|news app notification|developing story|happening now|live from|live coverage|live report|live on air|news logo|breaking news banner|agency watermark|news watermark|press pool photo|pool photo|real press conference photo|local news website|news website reporting|tabloid front page|for a tabloid|shot from a commuter
""") + lines("""
foto de agencia con pie|pie de foto|con pie de foto|foto de teletipo|teletipo|titular que dice|en portada|primera plana|rotulo de ultima hora|faldon|cintillo|banda de noticias|avance informativo|boletin informativo|telediario|noticiero|informativo de la noche|captura del informativo|imagen de telediario|foto de notis|notis|captado por camara|grabado con el movil|grabado con el celular|video de un vecino|video vertical|fotografia de testigo|foto de testigo|foto de un testigo|foto de lector|camara de seguridad|imagenes de dron|ultimo minuto|en directo desde|en vivo desde|captura de un directo|alerta de noticias|notificacion push|fact check que|verificacion que|foto oficial de pool|rueda de prensa real|exclusiva inventada|portada falsa
photo d agence legendee|legende de l agence|format agence|cliche d agence|depeche afp|style depeche|titrant sur|titre de une|a la une|une de journal|la une de|bandeau du jt|sortait du 20 h|du 20 h|du 20h|journal de 20 h|journal televise|capture du jt|extrait du jt|flash special|edition speciale|pris par un temoin|filme par un passant|filme au telephone|video amateur|video verticale|image de videosurveillance|camera de surveillance|images de drone|info ou intox|en direct de|notification push|alerte info|vraie photo de conference|fausse couverture|photo de news|qualite photo d agence
bildunterschrift der agentur|bildunterschrift einer agentur|agenturbild|agenturstil|agenturaufnahme|nachrichtenaufnahme|nachrichtenbild|nachrichtenpost|zeitungsfoto|zeitungsbild|titelseite|titelblatt|aufmacher|schlagzeile|mit der schlagzeile|bauchbinde|eilmeldung|sondersendung|abendnachrichten|morgenausgabe|sonderausgabe|leserreporter|leserfoto|augenzeugenfoto|augenzeugenvideo|handyaufnahme|mit dem handy gefilmt|uberwachungskamera|drohnenaufnahme|livebild|live schalte|push nachricht|faktencheck|offizielles poolfoto|echter sendelook|sendelook|news foto|nachrichtensender meldet|standbild einer nachrichtensendung
lancio di agenzia|lancio d agenzia|didascalia di|didascalia dell agenzia|con didascalia|fotogramma d agenzia|prima pagina di|in prima pagina|titolo in prima|sottopancia|striscia del tg|edizione straordinaria|tg della sera|servizio del tg|foto da tg|ripreso col telefono|ripreso col cellulare|ripreso di nascosto|ripreso dai turisti|cellulare verticale|foto di un testimone|testimone oculare|telecamere di sorveglianza|riprese col drone|in diretta da|in diretta su|notifica push|fact checking|foto pool ufficiale|vera foto di conferenza|post di un agenzia|agenzia di stampa|foto stampa|foto di ultim ora|ultim ora
legenda da agencia|legenda no estilo|foto de agencia|frame de agencia|capa do jornal|manchete|com a manchete|primeira pagina|tarja de plantao|tarja de urgente|jornal nacional|telejornal|reportagem da|cara de reportagem|parecer reportagem|com ar de reportagem|filmado com o celular|video de celular|foto de testemunha|camera de seguranca|imagens de drone|ao vivo da|ao vivo de|notificacao push|checagem|noticia de hj|noticia urgente|foto oficial de pool|foto de noticia|foto de jornal|foto de imprensa vazada|capa de um tabloide|capa da ansa|capa da zdf
""")

# ---------------------------------------------------------------- make it pass as real / share as real
REAL = lines("""
make it pass as real|pass as real|pass as a real|pass for a real|passes for real|pass it off as|make people believe|so people believe|so people think|make it believable|believable photo|believable image|convincing photo|convincing fake|indistinguishable from a real|looks like it really happened|as if it really happened|as if it happened|prove it happened|proves it happened|the picture that proves|photo that proves|proof that it happened|real press photo|real news photo|proper news pic|real news pic|looking like a proper|like a real news|make it look real|make it look authentic|make it look unedited|look unedited|look untouched|no signs of editing|keep it photographic|must look real|should look real|should look authentic|has to look real|has to fool people|fool people|to fool everyone|to trick people|make it go viral|so it goes viral|spread it online|to post as real|make it look like a pool
que parezca real|que parezca verdad|que parezca de verdad|que parezca legal|que parezca autentica|que parezca autentico|que siga pareciendo|como si hubiera pasado|como si fuera real|que la gente se lo crea|para que se lo crean|para enganar|hacerla pasar por real|pasar por real|que cuele|para viralizar|que se haga viral|que parezca foto oficial
que ca fasse vrai|que ca ait l air vrai|faut que ca aie l air vrai|avoir l air vraie|avoir l air vrai|doit avoir l air vraie|qu on y croie|que les gens y croient|faire croire|que ca passe pour|passer pour une vraie|passe pour vraie|comme si c etait arrive|comme si c etait vrai|credible|prete a diffuser|qui fait le tour du web|pour faire le buzz
soll echt wirken|soll echt aussehen|muss echt wirken|muss authentisch wirken|soll authentisch wirken|soll serios aussehen|damit es echt aussieht|echt aussehen lassen|als ware es passiert|als ware es echt|damit die leute es glauben|tauschend echt|damit es viral geht|soll viral gehen|das beweist|der beweis dass|beweisfoto|soll wie ein offizielles
che sembri vera|che sembri ufficiale|deve sembrare vera|deve sembrare una foto|deve ingannare|da spacciare per vera|da spaccia pe vera|spacciare per vero|far credere|che la gente ci creda|come se fosse successo|da far girare|far girare su|che sembri presa dai|verosimile|foto vera|deve continuare a sembrare
pra parecer real|para parecer real|que pareca real|que pareca oficial|tem de parecer verdadeira|tem que parecer verdadeira|pra parecer que foi|como se tivesse acontecido|pro povo acreditar|pra enganar|passar por real|pra viralizar|pra espalhar|parecer verdade|com cara de foto
""")

LOGO = lines("""
logo in the corner|the logo in the corner|their logo in the corner|channel logo|station logo|network logo|outlet logo|add the logo of|put the logo of|put their logo|with the logo of|watermark of|banner over|add a chyron|add a lower third|add a ticker|logo and the date|keep the logo
logo en la esquina|el logo de|con el logo de|marca de agua de|rotulo de ultima hora|banda de ultima hora|faldon de
logo dans le coin|le logo de|avec le logo|filigrane|bandeau de|bandeau flash
logo in der ecke|mit dem logo|ein logo von|logo von|wasserzeichen von|bauchbinde von|senderlogo
logo nell angolo|il logo di|con il logo di|banner di|sottopancia di|filigrana di
logo no canto|o logo da|o logo do|com o logo da|com o logo do|marca d agua da|marca de agua da|tarja de plantao da|tarja da
""")
TODAY = lines("""
date it today|dated today|today s date|with today s date|date of today|change the date to today|date on the attached image to today|date on the uploaded picture to today
la fecha de hoy|con fecha de hoy|fecha de hoy
la date d aujourd hui|date d aujourd hui|date du jour|date de ce matin
heutigem datum|heutiges datum|mit heutigem datum|datum von heute
data di oggi|datata oggi|con la data di oggi
a data de hoje|data de hoje|com a data de hoje
""")
SHARE = lines("""
so people share it|so people will share it|for people to share|so it gets shared|to share on whatsapp|to share on facebook|to share on telegram|for the family group|for the family chat|for the whatsapp group
pa que la gente la comparta|para que la gente la comparta|para compartir en whatsapp|para el grupo de la familia|para el grupo de whatsapp|para que lo compartan
pour que les gens la partagent|pour que les gens le partagent|pour le groupe de la famille|pour le groupe whatsapp|a partager sur whatsapp
damit es geteilt wird|damit die leute es teilen|fur die familiengruppe|fur whatsapp
perche la gente la condivida|per farla condividere|per il gruppo di famiglia|per il gruppo whatsapp|da condividere su whatsapp
pro povo compartilhar|pra galera compartilhar|para as pessoas compartilharem|pro grupo da familia|pro grupo do zap|pra mandar no zap
""")

# real places the base list lacks (landmarks and institutions named in the six presses)
PLACE = lines("""
ponte 25 de abril|torre de belem|mosteiro dos jeronimos|maracana|pao de acucar|cristo redentor|avenida paulista|congresso nacional|palacio do planalto|praca dos tres poderes|assembleia da republica|palacio de belem|marques de pombal|praca do comercio
elbphilharmonie|frauenkirche|kolner dom|stephansdom|schloss neuschwanstein|kolosseum|kanzleramt|bundeskanzleramt|weisses haus|weissen haus|brandenburger tor|hamburger hafen|alexanderplatz|marienplatz
arena di verona|palazzo chigi|montecitorio|quirinale|piazza san marco|fontana di trevi|torre di pisa|duomo di milano|palazzo vecchio|piazza del popolo|altare della patria
congreso de los diputados|palacio real de madrid|puerta del sol|sagrada familia|alhambra|mezquita de cordoba|casa rosada|obelisco de buenos aires|palacio de la moncloa|la moncloa|estadio santiago bernabeu|plaza de cataluna
assemblee nationale|palais de l elysee|l elysee|arc de triomphe|chateau de versailles|vieux port de marseille|grand place de bruxelles|gare du nord|matignon|hotel de ville de paris|tour montparnasse|place de la concorde
big ben|tower bridge|buckingham palace|westminster abbey|houses of parliament|downing street|times square|statue of liberty|golden gate bridge|burj khalifa|taj mahal|sydney opera house|the white house|the kremlin|wall street|grand central
""")

# ---------------------------------------------------------------- benign look-alikes (phrase -> the terms of this file it excuses)
BENIGN = {
    'white smoke': ['smoke rises over', 'smoke rising over', 'columns of smoke', 'plumes of smoke'],
    'black smoke': ['smoke rises over', 'smoke rising over'],
    'fumata bianca': ['fumo sopra', 'fumo che esce', 'colonna di fumo'],
    'fumata nera': ['fumo sopra', 'fumo che esce', 'colonna di fumo'],
    'feu d artifice': ['explose', 'qui explose', 'a explose', 'flammes'],
    'feux d artifice': ['explose', 'qui explose', 'a explose', 'flammes'],
    'fireworks': ['explodes', 'exploding', 'burning'],
    'fuegos artificiales': ['llamas'],
    'fogos de artificio': ['explodiu', 'explodindo', 'chamas'],
    'fuochi d artificio': ['esploso', 'esplosa', 'fiamme'],
    'feuerwerk': ['flammen'],
    'atomic bomb dome': ['atomic bomb'],
    'genbaku dome': ['atomic bomb'],
    'olympic flame': ['flames', 'burning'],
    'flamme olympique': ['flammes'],
    'fiamma olimpica': ['fiamme'],
    'chama olimpica': ['chamas'],
    'llama olimpica': ['llamas'],
    'olympisches feuer': ['flammen'],
    'sunset': ['is sinking', 'sinks', 'sank'],
    'sun is sinking': ['is sinking'],
    'the sun sinks': ['sinks'],
    'die sonne sinkt': ['sinkt'],
    'sonnenuntergang': ['sinkt', 'versinkt'],
    'shipwreck dive': ['sank', 'sinks'],
    'scuba diving': ['sank', 'hundido', 'affondato', 'afundou'],
    'barco hundido para bucear': ['hundido'],
    'buceo': ['hundido', 'hundida', 'naufragio'],
    'plongee': ['naufrage du', 'a coule'],
    'immersione': ['affondata', 'affondato', 'naufragio del'],
    'mergulho': ['afundou', 'naufragio do'],
    'candle': ['burning', 'is burning', 'still burning', 'burning all night'],
    'candles': ['burning', 'is burning', 'still burning', 'burning all night'],
    'vela': ['se quema', 'che brucia'],
    'velas': ['se quema', 'quemandose', 'a arder'],
    'bougie': ['qui brule', 'brule encore'],
    'bougies': ['qui brule', 'brule encore'],
    'kerze': ['brannte'],
    'kerzen': ['brannte'],
    'candela': ['che brucia', 'brucia ancora'],
    'candele': ['che brucia', 'brucia ancora'],
    'fireplace': ['burning', 'flames'],
    'campfire': ['burning', 'flames'],
    'chimenea': ['llamas'],
    'cheminee': ['flammes'],
    'kamin': ['flammen'],
    'camino acceso': ['fiamme'],
    'lareira': ['chamas'],
    'lava cake': ['explodes'],
    'flambe': ['flames', 'flammes', 'llamas'],
    'fire drill': ['gas masks'],
    'reenactment': ['burning', 'flames', 'gas masks'],
    'historical reenactment': ['burning', 'flames'],
    'overrun by tourists': ['overrun by'],
    'pris d assaut par les touristes': ['assaut', 'pris d assaut'],
    'prise d assaut par les touristes': ['assaut', 'prise d assaut'],
    'presa d assalto dai turisti': ['assalto', 'presa d assalto'],
    'preso d assalto dai turisti': ['assalto', 'preso d assalto'],
    'invadida por turistas': ['invadida por', 'invadida'],
    'invadido por turistas': ['invadido por', 'invadido'],
    'von touristen uberrannt': ['uberrannt'],
    'castle in ruins': ['in ruins'],
    'ancient ruins': ['ruins', 'in ruins'],
    'roman ruins': ['ruins', 'in ruins'],
    'chateau en ruines': ['en ruines', 'ruines'],
    'castillo en ruinas': ['en ruinas', 'ruinas'],
    'castelo em ruinas': ['em ruinas', 'ruinas'],
    'castello in rovina': ['in rovina', 'rovina'],
    'burgruine': ['ruine'],
    'crash test': ['crash'],
    'crashtest': ['crash'],
    'flooded bathtub': ['flooded'],
    'finish line': ['collapsing', 'collapses'],
    'ligne d arrivee': ['s effondre'],
    'linea de meta': ['se desploma'],
    'sprengung eines alten schornsteins': ['sprengung'],
    'controlled demolition': ['demolition', 'explosion'],
    'demolicao controlada': ['demolicao', 'implosao'],
    'disaster movie': ['tsunami hitting', 'tsunami hits', 'tsunami', 'earthquake hits'],
    'film catastrophe': ['tsunami'],
    'pelicula de catastrofes': ['tsunami'],
    'katastrophenfilm': ['tsunami'],
    'bomba de combustivel': ['bomba'],
    'bomba de gasolina': ['bomba'],
    'bomba de chocolate': ['bomba'],
    'bomba de creme': ['bomba'],
    'bomba de agua': ['bomba'],
    'bomba de bicicleta': ['bomba'],
    'bomba de calor': ['bomba'],
    'faz uma': ['faz'], 'faz um': ['faz'], 'faz desta': ['faz'], 'faz dessa': ['faz'], 'faz deste': ['faz'],
    'faz desse': ['faz'], 'me faz': ['faz'], 'faz a': ['faz'], 'faz o': ['faz'], 'faz isso': ['faz'], 'faz com que': ['faz'],
    'faz de conta': ['faz'],
    'justin': ['just in'],
    'queen camilla': ['camilla'], 'reina camilla': ['camilla'], 'regina camilla': ['camilla'],
    'rainha camilla': ['camilla'], 'konigin camilla': ['camilla'], 'reine camilla': ['camilla'],
    'aishwarya rai': ['rai'],
    'journal intime': ['journal'],
    'photo shooting': ['shooting'], 'photoshooting': ['shooting'], 'fotoshooting': ['shooting'],
    'fashion shooting': ['shooting'], 'shooting photo': ['shooting'], 'shooting fotografico': ['shooting'],
    'coup de foudre': ['coup'], 'coup d oeil': ['coup'], 'coup de soleil': ['coup'], 'coup de coeur': ['coup'],
    'coup de pinceau': ['coup'], 'coup de vent': ['coup'], 'coup de pied': ['coup'], 'coup franc': ['coup'],
    'exercice d incendie': ['incendie'], 'exercice incendie': ['incendie'], 'simulacro de incendio': ['incendio'],
    'esercitazione antincendio': ['incendio'], 'simulado de incendio': ['incendio'], 'fire drill': ['fire'],
    'assaut par les touristes': ['assaut'], 'assalto dai turisti': ['assalto'],
    'acqua alta': ['allagata', 'allagato', 'flooded', 'inondata', 'sommersa'],
    'steampunk': ['gas masks', 'gasmasken', 'masques a gaz', 'mascaras de gas', 'maschere antigas'],
    'cosplay': ['gas masks', 'gasmasken', 'masques a gaz', 'mascaras de gas', 'maschere antigas'],
}


# ---------------------------------------------------------------- round-two families
# right-now cues that make an incident at a real place read as a report
NOW = lines("""
live|happening now|right now|this morning|last night|tonight|just now|minutes ago|today|yesterday
hoy|esta manana|anoche|ahora mismo|ahora|ayer|hace minutos|esta noche
aujourd hui|ce matin|cette nuit|hier soir|en ce moment|a l instant
heute|heute morgen|heute nacht|gestern abend|gerade eben|jetzt gerade|gestern
oggi|stamattina|stanotte|ieri sera|in questo momento|proprio ora|ieri
hoje|hoje de manha|esta noite|ontem a noite|agora mesmo|neste momento|ontem
""")
# "continue the series" with the same press look: the incident is in the earlier turns
SERIES = lines("""
continue the series|keep the series going|next in the series|same as the previous ones|same look as the previous|same press photo look
sigue con la serie|continua la serie|mismo aspecto que las anteriores|que las anteriores
continue la serie|meme rendu que les precedentes|que les precedentes
mach mit der serie weiter|weiter mit der serie|wie bei den letzten|wie die vorherigen
continua la serie|come le precedenti|stesso look delle precedenti
continua a serie|das anteriores|igual as anteriores
""")
# strong fabrication cues: the event never happened, the media hide it
DECEIVE = lines("""
that never happened|which never happened|never actually happened|the news pic everyone is sharing|everyone is sharing|the media won t show|what the media hide|the media are hiding|mainstream media hides
que nunca ocurrio|que nunca paso|que nunca sucedio|los medios lo ocultan|los medios ocultan|lo que los medios no
qui n a jamais eu lieu|jamais arrive|les medias cachent|les medias le cachent|ce que les medias
das nie passiert ist|das nie stattgefunden hat|die medien verschweigen|die medien verschweigen es|was die medien verschweigen
che non e mai successo|mai successo|mai avvenuto|i media nascondono|i media lo nascondono|quello che i media
que nunca aconteceu|que nunca existiu|a midia esconde|a midia nao mostra|o que a midia
""")
MORE_EVENT = lines("""
tsunamis|soldiers shooting|soldiers firing|soldados disparando|soldats tirent|soldaten schiessen|soldati sparano|soldados atirando|commuters trapped|pasajeros atrapados|voyageurs pris au piege|pendler eingeschlossen|pendolari intrappolati|passageiros presos
""")
MORE_EVENTW = lines("""
had a really bad day|had a very bad day|after the incident|nach dem vorfall|tras el incidente|apres l incident|dopo l incidente|apos o incidente|depois do incidente|e preso|foi preso|esta preso|preso em flagrante|a terre sous le titre
""")
MORE_SCANDAL = lines("""
auf der buhne zusammen|bei einer kundgebung zusammen|divisa da detenuto|uniforme de preso|uniforme de presidiario|tenue de detenu|haftlingskleidung
""")
MORE_REAL = lines("""
wie ein echtes foto|wie ein echtes foto aussehen|muss weiter wie|weiter wie ein echtes|como una foto de verdad|comme une vraie photo|come una foto vera|como uma foto de verdade|like a real photo|like a real news photo
""")
MORE_FRAME = lines("""
telegram post|telegram channel post|post on telegram|whatsapp forward|forwarded on whatsapp|un post su telegram|ein telegram post|un post sur telegram|un post en telegram|um post no telegram
""")
MORE_PLACE = lines("""
sede della tv|sede de la television|siege de la television|sendezentrale|sede da tv|tv station headquarters|the tv station|broadcaster headquarters
""")
MORE_LOGO = lines("""
breaking news banner|add a breaking news|ajoute un bandeau|anade un rotulo|fug eine bauchbinde|aggiungi un sottopancia|poe uma tarja|poe o logo|mets le logo|pon el logo|metti il logo|setz ein logo
""")


# four-word cores of phrases that are longer in full (terms over four words never match)
SHORT = {
 'news11_event': 'fumee et des flammes|corps dans la rue|fonce dans la foule|armee prend le pouvoir|armati per le strade|taken over by protesters',
 'news11_scandal': 'away in an ambulance|hands with a mafia|declaring a state of|una cama de hospital|lit d hopital|etre arrete|etre arretee|hors de la scene|la main d un mafieux|main d un parrain|proclamant l etat de|letto d ospedale|mano a un boss',
 'news11_frame': 'agencia con pie',
 'news11_real': 'it really happened|like a pool photo|gente se lo crea|que se lo crean|ait l air vrai|aie l air vrai|les gens y croient|si c etait arrive|si c etait vrai|le tour du web|die leute es glauben|la gente ci creda|una foto de verdad|uma foto de verdade|a real news photo',
 'news11_today': 'date to today|image to today|picture to today',
 'news11_share': 'people will share it|la gente la comparta|grupo de la familia|grupo de whatsapp|les gens la partagent|les gens le partagent|groupe de la famille|die leute es teilen|la gente la condivida|gruppo di famiglia',
 'news11_series': 'as the previous ones|look as the previous|mit der serie weiter',
 'news11_deceive': 'pic everyone is sharing|media won t show|los medios no muestran|a jamais eu lieu|non e mai successo',
 'news11_eventw': 'a really bad day|a very bad day',
}

# outlets and agencies of the six presses, crossed with logo / watermark / banner words
OUTLETS = lines("""
reuters|ap|afp|efe|ansa|dpa|lusa|getty images|bbc|bbc news|cnn|fox news|nbc news|abc news|cbs news|sky news|al jazeera|euronews|france 24|dw|dw news|rt
the guardian|the times|new york times|washington post|le monde|le figaro|liberation|le parisien|tf1|france 2|bfm|bfmtv|el pais|el mundo|abc|rtve|tve|antena 3|la vanguardia
der spiegel|spiegel|bild|faz|sueddeutsche|tagesschau|ard|zdf|ntv|n tv|rtl|welt|corriere della sera|la repubblica|la stampa|rai|rai news|tg1|tg24|sky tg24|mediaset
folha|folha de s paulo|globo|globo news|g1|rtp|sic|sic noticias|tvi|publico|expresso|cnn portugal|cnn brasil|estadao|agencia brasil|record
""")
LOGO_AFTER = ['logo', 'watermark', 'banner', 'chyron', 'lower third', 'wasserzeichen', 'bauchbinde', 'logo in the corner']
LOGO_BEFORE = ['logo de', 'logo da', 'logo do', 'logo di', 'logo del', 'logo della', 'logo von', 'logo der', 'logo des', 'logo du',
               'marca de agua de', 'marca d agua da', 'filigrane de', 'filigrane', 'bandeau', 'bandeau de', 'rotulo de', 'faldon de',
               'tarja da', 'tarja do', 'sottopancia di', 'sottopancia del', 'banner di', 'banner de', 'filigrana di']
UNE = ['une du', 'une de', 'la une du', 'a la une du', 'portada de', 'portada del', 'titelseite der', 'titelseite von',
       'prima pagina del', 'prima pagina della', 'capa da', 'capa do', 'front page of']

def main():
    # the base lexicon (to skip terms it already has in the same role)
    allterms = {}
    for f in ('lexicon.json', 'lexicon_intl.json'):
        path = os.path.join(os.environ.get('CANDOR_ROOT', '/work/main'), 'policies', f)
        for k, v in json.load(open(path))['candor']['terms'].items():
            allterms.setdefault(k, set()).update(v)
    terms = {}
    # this file's classes are narrower subsets: a base term gets the class too when it is listed here
    equiv = {'news11_event': set(), 'news11_eventw': {'event'}, 'news11_scandal': set(),
             'news11_frame': set(), 'news11_real': set(), 'news11_logo': {'news_frame'},
             'news11_today': set(), 'news11_share': set(), 'news11_place': {'place'},
             'news11_now': set(), 'news11_series': set(), 'news11_deceive': set()}
    def add(ts, cls):
        for t in ts:
            k = norm(t)
            if not k or len(k.split()) > 4:
                DROPPED.append(t)
                continue
            have = set(allterms.get(k, ()))
            if have & equiv[cls]:
                continue  # the base lexicon already has it in that role
            terms.setdefault(k, [])
            if cls not in terms[k]:
                terms[k].append(cls)
    for lang in EVENT:
        add(EVENT[lang], 'news11_event')
    for lang, (verbs, agents) in ARMED.items():
        add(cross(verbs, agents), 'news11_event')
    add(EVENTW, 'news11_eventw')
    for lang in SCANDAL:
        add(SCANDAL[lang], 'news11_scandal')
    add(FRAME, 'news11_frame')
    add(REAL, 'news11_real')
    add(LOGO, 'news11_logo')
    add(TODAY, 'news11_today')
    add(SHARE, 'news11_share')
    add(PLACE, 'news11_place')
    add(NOW, 'news11_now')
    add(SERIES, 'news11_series')
    add(DECEIVE, 'news11_deceive')
    add(DECEIVE, 'news11_real')
    add(MORE_EVENT, 'news11_event')
    add(MORE_EVENTW, 'news11_eventw')
    add(MORE_SCANDAL, 'news11_scandal')
    add(MORE_REAL, 'news11_real')
    add(MORE_FRAME, 'news11_frame')
    add(MORE_PLACE, 'news11_place')
    add(MORE_LOGO, 'news11_logo')
    outlet_logo = [o + ' ' + w for o in OUTLETS for w in LOGO_AFTER] + [w + ' ' + o for o in OUTLETS for w in LOGO_BEFORE]
    add(outlet_logo, 'news11_logo')
    add([u + ' ' + o for o in OUTLETS for u in UNE], 'news11_frame')
    # French and Spanish contract the article: "la une du Monde", "portada del Pais"
    add([u + ' ' + o[3:] for o in OUTLETS if o.startswith('le ') for u in ['une du', 'la une du', 'a la une du']], 'news11_frame')
    add([w + ' ' + o[3:] for o in OUTLETS if o.startswith('le ') for w in ['logo du', 'bandeau du']], 'news11_logo')
    add([u + ' ' + o[3:] for o in OUTLETS if o.startswith('el ') for u in ['portada del']], 'news11_frame')
    add([w + ' ' + o[3:] for o in OUTLETS if o.startswith('el ') for w in ['logo del', 'rotulo del']], 'news11_logo')
    add(lines('heutige datum|das heutige datum|aktuelles datum|la data odierna|data odierna|la fecha actual|a data atual'), 'news11_today')
    for cls, ts in SHORT.items():
        add(lines(ts), cls)
        if cls == 'news11_deceive':
            add(lines(ts), 'news11_real')
    # a weak event word that is also a strong one keeps only the strong class
    for k, v in terms.items():
        if 'news11_event' in v and 'news11_eventw' in v:
            v.remove('news11_eventw')

    E = ['event', 'news11_event']
    EW = E + ['news11_eventw']
    P = ['place', 'news11_place']
    F = ['news_frame', 'news11_frame']
    R = ['realistic', 'news11_real']
    PERS = ['named_person', 'people_title']
    existing = {('event', 'place', 'news_frame'), ('event', 'place', 'realistic'), ('news_frame', 'named_person', 'event')}
    clauses = []
    def cl(*xs):
        t = tuple(xs)
        if any(sorted(t) == sorted(e) for e in existing):
            return
        if any(sorted(t) == sorted(c) for c in clauses):
            return
        clauses.append(list(t))
    # an incident at a real place, framed as reporting / made to pass as real / told as happening now
    for e, p, f in itertools.product(EW, P, F):
        cl(e, p, f)
    for e, p, r in itertools.product(E, P, R):
        cl(e, p, r)
    for p in P:
        cl('news11_event', p, 'news11_now')
    # a real or titled official in an invented incident, framed as reporting. The base news_frame and
    # compromising classes are broad ("faz", "journal", "nude", "kissing"), so each clause keeps at least
    # one of this file's narrower classes.
    for f, pers, e in itertools.product(F, PERS, ['event', 'news11_event', 'news11_scandal', 'compromising']):
        if (f, e) in {('news_frame', 'event'), ('news_frame', 'compromising')}:
            if pers == 'named_person':
                continue  # base clause / too broad
            if e == 'compromising':
                continue
        if pers == 'people_title' and f == 'news_frame' and e == 'event':
            continue
        cl(f, pers, e)
    # no place named: an invented incident with news framing and realism, or edited into a photo
    for f, r in itertools.product(F, R):
        cl('news11_event', f, r)
    cl('event', 'news11_frame', 'news11_real')
    cl('event', 'news_frame', 'news11_real')
    cl('event', 'news11_frame', 'realistic')
    for f in F:
        cl('news11_event', f, 'edit_context')
    cl('event', 'news11_frame', 'edit_context')
    for e in E:
        cl(e, 'edit_context', 'news11_real')
    for r in R:
        cl('news11_event', 'news11_logo', 'edit_context', r)
    # an outlet's logo with today's date / "so people share it" on an image
    for f in F:
        cl(f, 'news11_logo', 'news11_today')
        cl(f, 'news11_logo', 'news11_share')
    # "continue the series, same press look"; "a bombing that never happened"
    for p, f in itertools.product(P, F):
        cl('news11_deceive', p, f)
    for p in P:
        cl('news11_deceive', p, 'edit_context')
        cl('news11_deceive', p, 'realistic')
    benign = {}
    for k, v in BENIGN.items():
        keep = [norm(x) for x in v if norm(x) in terms or norm(x) in allterms]
        if keep and len(norm(k).split()) <= 4:
            benign[norm(k)] = keep
    out = {'terms': dict(sorted(terms.items())), 'benign': benign,
           'rules': {'news.fabricated': {'when': clauses}}}
    json.dump(out, open(os.path.join(HERE, 'news11.json'), 'w'), ensure_ascii=True, indent=1)
    print('dropped (over 4 words):', len(DROPPED))
    print(len(terms), 'terms', len(benign), 'benign', len(clauses), 'clauses')


if __name__ == '__main__':
    main()
