#!/usr/bin/env python3
"""Round ten, area violence (rule violence.graphic): builds violence10.json.
All new classes are combination classes (prefix violence10_); nothing here fires alone.
  violence10_animal    animal nouns (six languages), partner for cruelty/appliance/result
  violence10_cruel     everyday cruelty verbs (doused in petrol, stamped on, drowned, kicked, dragged behind ...)
  violence10_appl      inside a machine / appliance (washing machine, dryer, freezer, blender, oven ...) - animals only
  violence10_resS      harm described by its result, strong (limbs bent the wrong way, head split, squashed flat ...)
  violence10_resW      weak result words (crushed, flattened, what's left of ...) - need an accident/victim cue
  violence10_acc       fatal-accident cue (hit by a train, run over by, fell from the crane, under the press ...)
  violence10_look      "what would X look like after / show the result / show the mess"
  violence10_inj       injuries to add in an edit (black eyes, split lip, bullet holes, bruises all over ...)
  violence10_put       edit verbs that add something to a person (give her, put, add, ponle, mets-lui ...)
  violence10_blade     weapon left in a body (knife in his back, axe in his head ...)
  violence10_tort      torture with everyday tools (pull his teeth out, hot iron on her back, plastic bag over the head ...)
  violence10_mutil     mutilation and branding (ears cut off, wings torn off, disfigured by acid, branded ...)
  violence10_slang     dialect and slang for beating someone up / killing
  violence10_crime     crime-scene / forensic framing (crime scene photo, autopsy photo, evidence markers ...)
  violence10_stain     euphemistic blood (dark stain soaked through, red water in the bathtub ...)
Terms are written normalised (lowercase ASCII) and are at most 4 words."""
import json, re, unicodedata, os
T = {}; B = {}; LONG = []
def key(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = s.replace('ß', 'ss').replace('œ', 'oe').replace('æ', 'ae').replace('ø', 'o')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) not in ('Mn', 'Me', 'Cf'))
    return ' '.join(re.findall(r"[\w@$]+", s.replace('_', ' ')))
def add(cls, s):
    for t in [x.strip() for x in re.split(r'[|\n]', s) if x.strip()]:
        k = key(t)
        if not k: continue
        if len(k.split()) > 4: LONG.append((cls, k)); continue
        T.setdefault(k, [])
        if cls not in T[k]: T[k].append(cls)
def benign(phrase, masked):
    for p in [x.strip() for x in phrase.split('|') if x.strip()]:
        B.setdefault(key(p), [])
        for m in masked:
            if key(m) not in B[key(p)]: B[key(p)].append(key(m))
def cross(a, b, sep=' '):
    return '|'.join((x + sep + y).strip() for x in a.split('|') for y in b.split('|'))

# ---------------------------------------------------------------- animals
add('violence10_animal', '''dog|dogs|puppy|puppies|doggo|pup|terrier|stray dog|cat|cats|kitten|kittens|kitty|moggy|hamster|hamsters|rabbit|rabbits|bunny|bunnies|
guinea pig|guinea pigs|ferret|ferrets|bird|birds|parrot|budgie|chick|chicks|duckling|ducklings|frog|frogs|toad|turtle|turtles|tortoise|pony|horse|horses|foal|donkey|
pig|pigs|piglet|piglets|goat|goats|lamb|lambs|sheep|calf|rooster|roosters|hen|chickens|mouse|mice|rat|rats|hedgehog|squirrel|seal pup|baby seal|monkey|baby monkey|fox|owl|pigeon|
perro|perros|perrito|perritos|cachorro|cachorros|gato|gatos|gatito|gatitos|hamster|conejo|conejos|conejito|cobaya|cobayas|hurón|pajaro|pajaros|pajarito|loro|periquito|pollito|pollitos|
rana|ranas|sapo|tortuga|tortugas|poni|caballo|caballos|potro|burro|cerdo|cerdos|cerdito|cabra|cordero|oveja|ternero|gallo|gallina|raton|ratones|rata|erizo|ardilla|foca|bebe foca|mono|zorro|paloma|camada|
chien|chiens|chiot|chiots|chat|chats|chaton|chatons|minou|lapin|lapins|cochon d inde|furet|oiseau|oiseaux|perroquet|poussin|poussins|grenouille|crapaud|tortue|tortues|poney|cheval|chevaux|ane|
cochon|cochons|porcelet|chevre|agneau|mouton|veau|coq|poule|souris|rat|herisson|ecureuil|phoque|bebe phoque|singe|renard|pigeon|portee|
hund|hunde|hundchen|welpe|welpen|katze|katzen|katzchen|kater|miezi|mieze|hamster|kaninchen|hase|hasen|meerschweinchen|frettchen|vogel|vogelchen|papagei|wellensittich|kuken|frosch|frosche|krote|schildkrote|
pony|pferd|pferde|fohlen|esel|schwein|schweine|ferkel|ziege|lamm|schaf|kalb|hahn|huhn|maus|mause|ratte|igel|eichhornchen|robbe|robbenbaby|affe|affenbaby|fuchs|taube|wurf|
cane|cani|cagnolino|cagnolini|cucciolo|cuccioli|gatto|gatti|gattino|gattini|micio|criceto|coniglio|conigli|coniglietto|porcellino d india|furetto|uccello|uccellini|pappagallo|pulcino|pulcini|
rana|rane|rospo|tartaruga|tartarughe|pony|cavallo|cavalli|puledro|asino|maiale|maiali|maialino|capra|agnello|pecora|vitello|gallo|gallina|topo|topolino|ratto|riccio|scoiattolo|foca|cucciolo di foca|scimmia|volpe|piccione|cucciolata|
cao|caes|cachorrinho|cachorrinhos|filhote|filhotes|gato|gatos|gatinho|gatinhos|bichano|hamster|coelho|coelhos|coelhinho|porquinho da india|furao|passaro|passarinho|passarinhos|papagaio|periquito|pintinho|pintinhos|
sapo|ra|tartaruga|jabuti|ponei|cavalo|cavalos|potro|burro|jumento|porco|porquinho|leitao|cabra|cordeiro|ovelha|bezerro|galo|galinha|rato|ratinho|ourico|esquilo|foca|filhote de foca|macaco|raposa|pombo|ninhada|bicho''')

# ---------------------------------------------------------------- cruelty verbs (animal or person)
add('violence10_cruel', '''doused in petrol|doused in gasoline|doused with petrol|covered in petrol|soaked in petrol|set alight|set it alight|set him alight|set on fire|sets it on fire|setting it on fire|
lit on fire|burning alive|burnt alive|burned alive|stamped on|stamping on|stomped flat|squashed flat|crushed under a boot|under a boot|kicked across|kicked against|kicking it|
drowned in a bucket|drowning in a bucket|held under the water|holding it under|under the water until|until it stops kicking|tied behind a|dragged behind|dragged along|
thrown off a bridge|thrown against the wall|thrown into the|tossed into the|yeeted into|skinned alive|boiled alive|nailed to a|nailed to the|poisoned|starved to death|starved|
firecracker in its|firecracker|blown up with a|left in a hot car|in a hot car|hot car|panting its last|on the hot stove|on the hob|wings cut|wings torn|
rociado con gasolina|rociada con gasolina|rociaron con gasolina|banado en gasolina|le prendieron fuego|prenderle fuego|le prenden fuego|prendido fuego|quemado vivo|quemada viva|achicharrado|achicharrada|
pisoteado|pisoteada|aplastado de un pisoton|ahogado en un cubo|ahogados en un cubo|ahogado en un balde|ahogados en un balde|ahogandolo|bajo el agua hasta|atado a una moto|arrastrado por|arrastrada por|arrastrados por|
tirado por un puente|lanzado contra la pared|envenenado|envenenados|envenenada|muerto de hambre|desollado vivo|hervido vivo|clavado a una|clavadas a una|un petardo|petardo|dentro de un coche al sol|en el coche al sol|
arrose d essence|arrosee d essence|asperge d essence|imbibe d essence|mis le feu|mettre le feu|brule vif|brulee vive|brule vivant|pietine|pietinee|ecrase du pied|noye dans un seau|noyes dans un seau|noyer|noye|noyes|
sous l eau jusqu|attache au pare chocs|attache derriere|traine sur|traine derriere|jete du pont|jete contre le mur|empoisonne|empoisonnes|mort de faim|affame|ecorche vif|ebouillante|cloue sur|cloues sur|cloues|petard|dans une voiture au soleil|
mit benzin ubergossen|mit benzin uberschuttet|ubergiesst|zundet ihn an|angezundet|lebendig verbrannt|zertreten|zertrampelt|plattgetreten|ertrankt|ertranken|im eimer ertrankt|unter wasser gedruckt|
hinter das auto gebunden|hinterhergeschleift|geschleift|von der brucke geworfen|gegen die wand geworfen|vergiftet|verhungert|verhungern lassen|lebendig gehautet|lebendig gekocht|angenagelt|festgenagelt|boller|mit einem boller|im geschlossenen auto|im heissen auto|
cosparso di benzina|cosparsa di benzina|dato alle fiamme|dargli fuoco|dare fuoco|bruciato vivo|bruciata viva|calpestato|calpestata|pestato sotto|sotto lo scarpone|annegato|annegati|annegata|affogato|affogati|nel secchio|
sott acqua finche|legato dietro|trascinato|trascinata|trascinati|buttato dal ponte|lanciato contro il muro|avvelenato|avvelenati|avvelenata|morto di fame|affamato|scuoiato vivo|bollito vivo|inchiodato|inchiodate|inchiodati|petardo|in macchina sotto il sole|
encharcado de gasolina|jogaram gasolina|regado com gasolina|tacar fogo|tacaram fogo|atear fogo|atearam fogo|queimado vivo|queimada viva|pisoteado|pisoteada|pisado ate|afogado|afogados|afogada|afogar|afogaram|num balde|
debaixo d agua ate|amarrado atras|arrastado|arrastada|arrastados|jogado da ponte|atirado contra a parede|envenenado|envenenados|envenenada|morto de fome|esfolado vivo|fervido vivo|pregado|pregadas|pregados|bombinha|rojao|no carro ao sol|fechado no carro''')

# ---------------------------------------------------------------- appliances (animals only)
app_en = 'washing machine|washer|tumble dryer|dryer|microwave|freezer|chest freezer|blender|oven|dishwasher|fridge|toaster|deep fryer|wood chipper|woodchipper|meat grinder|bonfire|furnace'
add('violence10_appl', cross('in the|inside the|into the|in a|inside a|into a|shut inside the|shut in the|locked in the', app_en))
add('violence10_appl', 'spin cycle|on spin|door closed|paws against the glass|face against the glass|through the oven door|running microwave|microwave on')
app_es = 'lavadora|secadora|microondas|micro|congelador|arcon|licuadora|batidora|horno|lavavajillas|nevera|freidora|trituradora|picadora|hoguera'
add('violence10_appl', cross('en la|en el|dentro de la|dentro del|metido en la|metido en el|metida en la|metido en|encerrado en el|encerrado en la', app_es))
add('violence10_appl', 'microondas en marcha|dale a on|en centrifugado|centrifugado|contra el cristal|por el cristal|con la puerta cerrada')
app_fr = 'machine a laver|seche linge|micro ondes|micro onde|congelateur|congelo|mixeur|blender|four|lave vaisselle|frigo|refrigerateur|friteuse|broyeur|hachoir|feu de camp'
add('violence10_appl', cross('dans la|dans le|dans un|dans une|enferme dans le|enferme dans la|enfermee dans le|coince dans le|coincee dans le|coince dans la', app_fr))
add('violence10_appl', 'en plein essorage|essorage|four en marche|contre la vitre|a travers la vitre|aller simple au congelo')
app_de = 'waschmaschine|trockner|waschetrockner|mikrowelle|gefriertruhe|gefrierschrank|mixer|backofen|ofen|spulmaschine|geschirrspuler|kuhlschrank|fritteuse|hacksler|fleischwolf|lagerfeuer'
add('violence10_appl', cross('in die|in den|in der|im|in eine|in einen|in einer|eingesperrt im|eingesperrt in der', app_de))
add('violence10_appl', 'schleudergang|im schleudergang|das gerat lauft|gesicht an der scheibe|an der scheibe')
app_it = 'lavatrice|asciugatrice|microonde|freezer|congelatore|frullatore|forno|lavastoviglie|frigo|frigorifero|friggitrice|trituratore|tritacarne|falo'
add('violence10_appl', cross('nella|nel|nello|dentro la|dentro il|dentro al|chiuso nel|chiuso nella|chiusa nel|chiusa nella', app_it))
add('violence10_appl', 'microonde acceso|forno acceso|in centrifuga|centrifuga|dall oblo|contro il vetro')
app_pt = 'maquina de lavar|secadora|micro ondas|microondas|freezer|congelador|liquidificador|forno|lava loucas|geladeira|frigorifico|fritadeira|triturador|moedor|moedora|fogueira'
add('violence10_appl', cross('na|no|dentro da|dentro do|fechado na|fechado no|fechada na|fechado dentro|preso na|preso no', app_pt))
add('violence10_appl', 'a girar|a centrifugar|o dedo ja no botao|contra o vidro|pelo vidro')

# ---------------------------------------------------------------- result without gore words (strong)
add('violence10_resS', '''limbs bent in|bent in directions|directions they don t go|bent the wrong way|twisted the wrong way|turned the wrong way|facing the wrong way|head facing backwards|legs where they shouldn t|
at impossible angles|in impossible angles|impossible angles|unnatural angles|at unnatural angles|broken in every joint|like a dropped doll|like a rag doll|folded in half|folded backwards|bent backwards over|
squashed flat|flat as a pancake|pancaked|flattened like|spread across the road|spread over the road|smeared across|smeared over the|spread across the|all over the tarmac|all over the pavement|what the pavement did|
head split open|head split|skull split|face split open|split open like|head smashed|face smashed|face caved in|skull caved in|skull crushed|head caved in|face beaten to|beaten to a pulp|reduced to pulp|
teeth missing|missing teeth|teeth knocked|teeth on the floor|jaw hanging|jaw broken|broken jaw|face swollen|swollen beyond|unrecognisable|unrecognizable|no longer a face|
crushed body|crushed bodies|crushed to death|still in the sleeve|
extremidades dobladas|dobladas hacia|doblado al reves|doblada al reves|dobladas al reves|girado al reves|al reves|en angulos imposibles|angulos imposibles|como un muneco roto|partido por la cintura|
estampado contra|estampada contra|aplastado contra|hecho papilla|hecha papilla|como tapete|hecho puré|esparcido por|esparcidos por|desparramado|desparramados|
cabeza abierta|la cabeza partida|cabeza partida|craneo partido|cara reventada|le revienta la cabeza|reventada|reventado|hundido el craneo|craneo hundido|sin dientes|dientes arrancados|mandibula rota|cara hinchada|irreconocible|
membres tordus|pliees dans le mauvais|dans le mauvais sens|a l envers|angles impossibles|des angles impossibles|comme une poupee|plie en deux|pliee en deux|ecrase comme|aplati comme|version crepe|
etale sur|etales sur|repandu sur|eparpille sur|eparpilles|tete fendue|la tete fendue|crane fendu|visage eclate|tete eclatee|la tete eclatee|crane enfonce|visage enfonce|reduit en bouillie|reduite en bouillie|en bouillie|
sans dents|dents arrachees|machoire cassee|machoire brisee|visage gonfle|le visage gonfle|meconnaissable|
in unmoglichen winkeln|unmoglichen winkeln|verdrehte glieder|verdreht|falsch herum|verrenkt|wie eine weggeworfene puppe|zusammengeklappt|flach wie ein|plattgedruckt|platt gewalzt|
verteilt uber|uber die strasse verteilt|verschmiert uber|schadel gespalten|kopf gespalten|gespaltener schadel|schadel eingedruckt|eingeschlagener schadel|gesicht eingeschlagen|zu brei|zu brei geschlagen|
zahne fehlen|ohne zahne|zahne ausgeschlagen|kiefer gebrochen|den kiefer gebrochen|gesicht geschwollen|unkenntlich|nicht wiederzuerkennen|entzweigerissen|
arti piegati|piegato al contrario|piegata al contrario|piegati al contrario|girato al contrario|angoli impossibili|come una bambola|piegato in due|piegata in due|ridotto a poltiglia|ridotta a poltiglia|poltiglia|
spalmato sull|spalmato su|sparso sull|sparpagliato|sparpagliati|testa spaccata|la testa spaccata|cranio spaccato|a capa aperta|faccia spaccata|cranio sfondato|testa sfondata|faccia sfondata|
senza denti|denti saltati|mascella rotta|faccia gonfia|viso gonfio|irriconoscibile|
membros em angulos|angulos impossiveis|dobrado ao contrario|dobrada ao contrario|virado ao contrario|pernas viradas|pernas onde nao|como um boneco|dobrado ao meio|dobrada ao meio|
espalhado pelo|espalhados pelo|espalhado no|esparramado|cabeca aberta|cabeca rachada|cranio rachado|cara arrebentada|arrebentada|arrebentado|cranio afundado|cabeca esmagada|reduzido a pasta|virou pasta|
sem dentes|dente a menos|dentes arrancados|mandibula quebrada|queixo quebrado|cara inchada|rosto inchado|nariz torto|irreconhecivel|ja nao tem forma''')

# ---------------------------------------------------------------- weak result words
add('violence10_resW', '''crushed|squashed|flattened|squished|mangled|splattered|went splat|splat|splot|the mess|what s left of|what was left of|what remains of|what they left of|what he leaves of|
aplastado|aplastada|aplastados|machacado|destrozado|lo que queda de|lo que quedo de|lo que queda|lo que quedo|lo que dejaron|
ecrase|ecrasee|ecrases|aplati|aplatie|broye|broyee|ce qui reste de|ce qui reste|ce qu il reste|ce qu on a retrouve|ce qu ils lui ont|
zerquetscht|zermalmt|zerdruckt|plattgewalzt|zerschmettert|was ubrig ist|was von ihm ubrig|was ubrig blieb|was davon ubrig|nur noch eine|
schiacciato|schiacciata|spiaccicato|maciullato|maciullati|stritolato|quello che rimane|quello che resta|cio che resta|quel che resta|
esmagado|esmagada|esmagados|achatado|prensado|prensada|triturado|o que sobrou|o que sobra|o que restou|o que resta''')

# ---------------------------------------------------------------- accident cue
add('violence10_acc', '''hit by a train|hit by the train|hit by an express train|hit by a lorry|hit by a truck|hit by a bus|after being hit|run over by|ran over him|ran over her|reversed over|drove over|
fall from a|fall from the|fell from the|fell off the|after the fall|after falling|after a fall|jumped from the|off the top of|off a motorway bridge|the rope snapped|fallen crane|under the press|under a press|
garage door|between two carriages|between the train|car wreck|after the crash|head on collision|under the wheels|under the lorry|under the tracks|on the tracks|bin lorry|combine harvester|
atropellado|atropellada|atropellados|le paso por encima|pasar por encima|paso por encima|arrollado por|arrollada por|caida desde|caer desde|se cae de|cayo desde|tras caer|despues de caer|accidente de tren|
bajo la prensa|entre dos coches|puerta del garaje|choque frontal|bajo las ruedas|en las vias|el camion|la grua|el andamio|
renverse par|heurte par le train|percute par|passe dessus|passe lui dessus|passe sous|chute du|chute de|tombe du|apres la chute|sous la presse|porte du garage|entre deux wagons|
sur les rails|sous les roues|la moissonneuse|le 38 tonnes|le camion|la benne|choc frontal|la grue|
vom zug erfasst|vom lkw erfasst|uberfahren|uberrollt|sturz aus|nach dem sturz|gesturzt|vom geruest|unter der presse|garagentor|zwischen zwei waggons|auf den schienen|unter die rader|
frontalzusammenstoss|der lkw|nach dem lkw|dem lkw|der guterzug|ein guterzug|
investito da|investita da|investito dal|travolto da|travolto dal|travolta dal|stirato dal treno|caduto dal|caduta dal|caduta nel|dopo la caduta|sotto la pressa|tra due vagoni|sui binari|
sotto le ruote|il frontale|dopo il frontale|rullo compressore|la gru|il camion|
atropelado|atropelada|atropelamento|passou por cima|passar por cima|caiu do|caiu da|cair do|cair de|depois da queda|queda do|debaixo da|debaixo do|na prensa|entre dois carros|
entre o trem|nos trilhos|debaixo das rodas|a carreta|o onibus|a colisao|o caminhao|moedor industrial|a grua|o andaime''')

# ---------------------------------------------------------------- "show the result / look like after"
add('violence10_look', '''look like after|looks like after|look like afterwards|what would a person look like|what does a person look like|show the result|show me the result|show the aftermath|show the mess|
what it did to|what the train did|what it does to|show the bodies|show what he leaves|draw exactly what|show how he looks|show me how|the result on the ground|
como queda alguien|como se ve una persona|como queda una persona|ensename el resultado|muestra el resultado|muestra como quedo|el resultado en el suelo|lo que hace un|foto del despues|
a quoi ressemble|a quoi ressemblerait|montre le resultat|montre ce que|montre comment il|montre le|le resultat au sol|
wie sieht ein mensch|wie sahe jemand aus|wie jemand aussahe|wie er aussieht|zeig nur das ergebnis|zeig das ergebnis|zeig es mir|zeig wie er|was macht ein|
com e ridotto|come e ridotto|come si riduce|fammi vedere il risultato|fai vedere il|fammelo vedere|mostra il risultato|che cosa fa un|
como fica uma pessoa|como e que fica|como ficaria|o que acontece com quem|mostra o resultado|mostra o depois|mostra como ficou|mostra de perto''')

# ---------------------------------------------------------------- injuries to add (edits)
add('violence10_inj', '''black eye|black eyes|two black eyes|a shiner|split lip|a split lip|busted lip|fat lip|bloody nose|nosebleed|smashed nose|smashed in nose|broken nose|bruises all over|covered in bruises|bruised face|
bullet hole|bullet holes|gunshot wound|gunshot wounds|stab wound|knife wound|slit throat|deep cut across|gash across|a gash|cuts all over|welts|lash marks|rope marks|ligature marks|marks on the neck|grey skin|blue lips|
ojo morado|ojos morados|un ojo morado|labio partido|el labio partido|nariz partida|nariz rota|lleno de golpes|llena de golpes|moratones|moretones|cardenales|agujero de bala|agujeros de bala|herida de bala|
cuchillada en|corte en la garganta|marcas en el cuello|piel gris|labios morados|
oeil au beurre noir|yeux au beurre noir|un coquard|coquard|cocard|levre fendue|la levre fendue|nez casse|nez en sang|des bleus|bleus partout|couvert de bleus|trou de balle|trous de balles|trous de balle|
entaille profonde|une entaille|plaie a la gorge|marques au cou|peau grise|levres bleues|
blaues auge|ein blaues auge|veilchen|aufgeplatzte lippe|die lippe aufgeplatzt|lippe aufgeplatzt|gebrochene nase|blutige nase|blaue flecken|voller blauer flecken|blutergusse|einschussloch|einschusslocher|
schusswunde|stichwunde|klaffende platzwunde|platzwunde|aufgeschlitzte kehle|wurgemale|strangmarken|graue haut|blaue lippen|
occhio nero|un occhio nero|occhi neri|labbro spaccato|il labbro spaccato|naso rotto|naso spaccato|lividi|pieno di lividi|tutta ammaccata|ammaccato|ammaccata|buco di proiettile|buchi di proiettile|fori di proiettile|
ferita da coltello|taglio alla gola|segni al collo|pelle grigia|labbra viola|sangue dal naso|
olho roxo|olhos roxos|um olho roxo|labio cortado|o labio cortado|labio rachado|nariz quebrado|nariz partido|hematomas|cheia de hematomas|cheio de hematomas|roxos|buraco de bala|buracos de bala|marcas de tiro|
ferimento de bala|facada|corte na garganta|marcas no pescoco|pele cinzenta|labios roxos''')
add('violence10_put', '''give the|give her|give him|give my|put a|put bullet|put some|add a|add two|add some|add bruises|add bullet|make it look like|make him look like|make her look like|like she s been|like he s been|as if he had been|as if she had been|
ponle|ponle a|anadele|anade|agregale|agrega|que parezca que|como si le hubieran|dejale|deja a|deja la cara|
mets lui|mets lui un|ajoute|ajoute lui|ajoutez|rajoutez|rajoute|fais lui|fais qu il|fais qu elle|comme si on l avait|comme s il avait|
fug|fuge|fug ihm|fug ihr|verpass ihm|verpass ihr|verpassen|mach ihm|mach ihr|lass ihn|lass sie|als ware er|als hatte man|
mettile|mettigli|aggiungi|aggiungigli|aggiungile|fagli|falle|rendi quella|rendilo|rendila|come se fosse stato|come se l avessero|
coloca|coloque|poe|poe nele|poe nela|acrescenta|acrescente|adiciona|adicione|deixa a cara|deixa o|deixa a|enche a cara|faz parecer|como se tivesse''')

# ---------------------------------------------------------------- weapon left in a body
add('violence10_blade', '''knife in his back|knife in her back|knife in the back|knife in his chest|knife in her chest|knife in his neck|knife sticking out|blade sticking out|axe in his head|axe in her head|axe buried in|machete in his|
screwdriver in his|arrow through his|arrow through her|arrow in his|spear through|impaled on|impaled through|rebar through|a rebar|sticking out of his|sticking out of her|
cuchillo clavado|cuchillo en la espalda|navaja clavada|hacha clavada|machete clavado|flecha atravesada|atravesado por|atravesada por|empalado|empalada|varilla que le sale|clavado en el pecho|
couteau plante|couteau dans le dos|lame plantee|hache plantee|machette plantee|fleche dans|transperce par|transpercee par|empale|empalee|tige de fer|plante dans le|
messer im rucken|messer steckt|messer in der brust|messer im hals|axt im kopf|axt steckt|machete steckt|pfeil durch|aufgespiesst|gepfahlt|durchbohrt von|eisenstange durch|
coltello piantato|coltello nella schiena|coltello conficcato|lama conficcata|ascia conficcata|ascia piantata|freccia nel|trafitto da|trafitta da|impalato|impalata|infilzato|infilzata|infilzata su|tondino di ferro|
faca cravada|faca nas costas|faca espetada|machado cravado|facao cravado|flecha atravessada|atravessado por|atravessada por|empalado|empalada|vergalhao|espetado num|espetada num''')

# ---------------------------------------------------------------- torture with everyday tools
add('violence10_tort', '''pull his teeth out|pull her teeth out|pulling his teeth|pulling out his teeth|pulling out her teeth|teeth out with pliers|pull out his nails|pull out her nails|pulling his fingernails|fingernails pulled|nails pulled out|
hot iron on|iron pressed on|iron on her back|iron on his back|pressed onto her|pressed onto his|cigarettes stubbed out|cigarette burns|stubbed out on|burned with a lighter|plastic bag over his|plastic bag over her|bag over his head|bag over her head|
waterboarding|waterboarded|stress position|kept awake for days|hung by the wrists|hung by his wrists|hanging by the wrists|fingers broken one|break his fingers|breaking his fingers|fingers one by one|kneecaps|kneecapped|kneecapping|
the full treatment|zip tied to a radiator|chained to the radiator|chained to the wall|head into a tank|head under the water|electric shocks|clamps on his|clamps on her|
arrancarle los dientes|arrancan los dientes|arrancaron los dientes|le arrancaron|arrancarle las unas|arrancan las unas|le arrancan las unas|plancha caliente|quemado con cigarros|quemada con cigarros|quemaduras de cigarro|colillas|
bolsa de plastico en la cabeza|bolsa en la cabeza|el submarino|submarino|posicion de estres|colgado de las munecas|dedos uno por uno|le rompen los dedos|rodillas reventadas|pinzas de la bateria|descargas electricas|
arracher les dents|arrache les dents|arracher les ongles|arrache les ongles|manucure a la tenaille|a la tenaille|fer a repasser|megots ecrases|brulures de cigarette|sac plastique sur la tete|sac sur la tete|
suspendu par les poignets|doigts un par un|lui casser les doigts|les rotules|genoux brises|pinces sur ses doigts|decharges electriques|
zahne ziehen|die zahne gezogen|fingernagel ziehen|die fingernagel|mit der kneifzange|kneifzange|heisses bugeleisen|bugeleisen auf|ausgedruckte zigaretten|zigaretten ausgedruckt|plastiktute uber dem kopf|tute uber dem kopf|
an den handgelenken aufgehangt|finger einzeln|die finger brechen|kniescheiben|stromschlage|elektroschocks|kopf unter wasser|
strappare i denti|strappano i denti|strappare le unghie|strappano le unghie|unghie strappate|con le tenaglie|ferro da stiro|sigarette spente|bruciature di sigaretta|sacchetto di plastica in testa|sacchetto in testa|
appeso per i polsi|dita rotte una|dita una alla volta|rompergli le dita|le ginocchia|scosse elettriche|la testa sott acqua|
arrancar os dentes|arrancaram os dentes|arrancar as unhas|arrancando as unhas|unhas arrancadas|com um alicate|ferro de passar|pontas de cigarro|queimaduras de cigarro|saco plastico na cabeca|saco na cabeca|
pendurado pelos pulsos|dedos um por um|quebrar os dedos|os joelhos|choques eletricos|a cabeca num tanque|cabeca na agua''')

# ---------------------------------------------------------------- mutilation and branding
add('violence10_mutil', '''ears cut off|cutting off his ears|cut off his ears|cut off her ears|fingers cut off|cut off his fingers|cutting off his fingers|tongue cut out|nose cut off|hands cut off|wings torn off|wings cut off|tail cut off|
branded with|branding iron|branded on|burn marks|round burn marks|disfigured by acid|acid thrown|acid attack|skin melted|face melted|skin peeling off|skin scraped raw|scalped|
cortan las orejas|cortarle las orejas|le cortan los dedos|cortarle los dedos|dedos cortados|lengua cortada|nariz cortada|manos cortadas|alas arrancadas|alas cortadas|pata cortada|cola cortada|
marcado con hierro|hierro candente|quemaduras redondas|desfigurada por acido|desfigurado por acido|le tiraron acido|tirarle acido|ataque con acido|cara derretida|piel derretida|media cara derretida|piel arrancada|
couper les oreilles|coupent les oreilles|oreilles coupees|doigts coupes|couper les doigts|langue coupee|nez coupe|mains coupees|ailes arrachees|ailes coupees|patte coupee|
marque au fer|fer rouge|brulures rondes|defigure par l acide|defiguree par l acide|jet d acide|attaque a l acide|peau fondue|visage fondu|peau arrachee|
ohren abgeschnitten|ohren abschneiden|finger abgeschnitten|finger abschneiden|zunge herausgeschnitten|nase abgeschnitten|hande abgehackt|flugel ausgerissen|flugel abgeschnitten|pfote abgeschnitten|
brandmal|brandmale|brandmalen|mit dem brandeisen|gluhendes eisen|durch saure entstellt|saureangriff|nach dem saureangriff|saure ins gesicht|haut geschmolzen|geschmolzene haut|haut abgezogen|
mozzano le orecchie|mozzare le orecchie|orecchie mozzate|dita mozzate|tagliano le dita|lingua tagliata|naso tagliato|mani mozzate|ali strappate|ali tagliate|zampa tagliata|
marchiato a fuoco|ferro rovente|bruciature rotonde|sfigurata dall acido|sfigurato dall acido|sfregiata|sfregiato|attacco con l acido|pelle sciolta|viso sciolto|la pelle del viso che cola|pelle strappata|
cortam as orelhas|cortar as orelhas|orelhas cortadas|dedos cortados|cortar os dedos|lingua cortada|nariz cortado|maos cortadas|asas arrancadas|asas cortadas|pata cortada|rabo cortado|
marcado a ferro|ferro em brasa|queimaduras redondas|desfigurada por acido|desfigurado por acido|jogaram acido|ataque com acido|cara derretida|pele derretida|pele arrancada''')

# ---------------------------------------------------------------- slang for beating / killing
add('violence10_slang', '''beat the crap out|beat the shit out|kicked his head in|kick his head in|kicked her head in|gave him a kicking|gave him a beating|curb stomp|curbstomp|curb stomped|kerb stomp|glassed|got glassed|
shanked|got shanked|got knifed|got merked|merked|got slumped|slumped the|the opps|opps|got bodied|bodied him|got wet up|wet him up|got done in|did him in|sorted him out|leathered|battered him|pancaked|unaliving|unalived|yeeted|
paliza|una paliza|le dieron una paliza|madriza|una madriza|madrazos|putazos|vergazos|a martillazos|a palos|molido a golpes|le dieron pa|lo cosieron a|lo dejaron como|ajusticiado|lo pasaron por|la picadora|
tabasse|tabassee|tabasser|tabassant|en le tabassant|passe a tabac|passage a tabac|casser la gueule|defonce la gueule|defoncer la gueule|peta la gueule|fesser dessus|s est fait fesser|regle au sous sol|la bande en a fini|
vermobelt|vermobeln|verdroschen|zerdroschen|zerdrosch|aufgemischt|zusammengetreten|fertiggemacht|abgemurkst|abgmurkst|derschlagn|derschlagen|abgestochen|kaltgemacht|umgenietet|umgelegt|plattgemacht|bordsteinkick|
pestato|pestata|pestaggio|massacrato di botte|mazzate|e mazzate|sfasciato|sfasciata|gonfiato di botte|gonfiare di botte|fatto la festa|sistemato|una bella lezione|regolamento di conti|infame|
porrada|na porrada|surra|uma surra|sova|uma sova|arrebentar|quebrar na porrada|descer o cacete|cacete|passar o rodo|passar um|tribunal do crime|salve do|fuzilado|crivado''')

# ---------------------------------------------------------------- crime-scene / forensic framing
add('violence10_crime', '''crime scene photo|crime scene photograph|crime scene|evidence markers|yellow evidence markers|forensic photo|police photo|autopsy photo|autopsy photos|autopsy|coroner s photo|body bag|chalk outline|police tarp|
escena del crimen|foto forense|marcadores de evidencia|foto de autopsia|autopsia|bolsa para cadaveres|silueta de tiza|
scene de crime|photo de police scientifique|police scientifique|photo d autopsie|autopsie|housse mortuaire|photo de constat|
tatortfoto|tatort|spurensicherung|beweismarker|obduktionsfoto|obduktion|leichensack|ermittlungsakte|leichenfundort|
scena del crimine|scena del delitto|foto della scientifica|la scientifica|foto dell autopsia|autopsia|sacco per cadaveri|sagoma col gesso|foto del fascicolo|
cena de crime|cena do crime|foto de pericia|pericia|foto de autopsia|autopsia|saco de cadaver|contorno de giz''')

# ---------------------------------------------------------------- euphemistic blood
add('violence10_stain', '''dark stain soaked|stain soaked through|soaked right through|let the shirt soak|shirt soak through|water dark red|dark red water|the water red|red water|water turned red|spreading red|red pool|spreading red pool|
the snow red|red snow|snow turned red|
agua roja|el agua roja|nieve roja|la nieve roja|mancha roja|la mancha roja extendiendose|charco rojo|todo manchado|todo salpicado|
l eau rouge|eau rouge fonce|neige rouge|la trainee derriere|flaque rouge|une flaque sombre|
wasser dunkelrot|das wasser dunkelrot|rotes wasser|roter schnee|rote lache|ausbreitenden roten lache|spritzer auf den kacheln|
acqua rossa|piena d acqua rossa|neve rossa|pozza rossa|tutto schizzato|
agua vermelha|neve vermelha|poca vermelha|rastro vermelho|poca escura a crescer''')

# ---------------------------------------------------------------- benign look-alikes
benign('crushed garlic|crushed garlic cloves|crushed tomatoes|crushed ice|crushed red pepper|crushed velvet|crushed it|crushed the exam|crushing it|crushed peppercorns|crushed nuts|crushed biscuits|crushed almonds|crushed potatoes|'
       'ajo machacado|ajo aplastado|tomate triturado|hielo picado|ail ecrase|pommes de terre ecrasees|glace pilee|zerdruckter knoblauch|crushed eis|aglio schiacciato|patate schiacciate|ghiaccio tritato|alho esmagado|gelo picado|tomate triturado',
       ['crushed','aplastado','machacado','ecrase','ecrasee','ecrases','zerdruckt','schiacciato','schiacciata','esmagado','triturado'])
benign('squashed tomatoes|squash soup|flattened rice|flattened dough|flattened chicken|pancake stack|pancakes|flattened the dough|flatten the dough',
       ['squashed','flattened','pancaked'])
benign('fold in half|folded in half lengthwise|fold the paper in half|fold the dough|dobla por la mitad|plier en deux la|a moitie|falte das papier|piegare a meta|dobrar ao meio',
       ['folded in half','plie en deux','piegato in due','dobrado ao meio'])
benign('in the oven for|bake in the oven|in the oven at|preheat the oven|al horno|en el horno a|au four|dans le four a|im backofen bei|in den ofen bei|in forno|nel forno a|no forno|ao forno',
       ['in the oven','inside the oven','into the oven','en el horno','dans le four','im ofen','im backofen','in den ofen','nel forno','no forno'])
benign('what s left of the cake|what s left of the pizza|what s left of the summer|what s left of the castle|what remains of the castle|what remains of the temple|what remains of the old|lo que queda del castillo|ce qui reste du chateau|was vom schloss|quello che resta del castello|o que resta do castelo|ruins',
       ['what s left of','what remains of','lo que queda de','ce qui reste de','quello che resta','o que resta'])
benign('film make up|film makeup|special effects makeup|sfx makeup|halloween makeup|stage makeup|zombie makeup|maquillaje de efectos|maquillaje de halloween|maquillage d effets|maquillage halloween|spezialeffekt make up|halloween schminke|trucco di scena|trucco halloween|maquiagem de efeitos|maquiagem de halloween|'
       'boxing match|boxer|boxeador|boxeur|boxer mit|pugile|boxeador com|mma fighter|rugby player|hockey player',
       ['black eye','black eyes','split lip','bruised face','bloody nose','broken nose','ojo morado','labio partido','coquard','oeil au beurre noir','blaues auge','veilchen','occhio nero','labbro spaccato','olho roxo','labio cortado','hematomas','lividi','bruises all over'])
benign('set the table|set the mood|set on fire with passion|the stage on fire|kitchen on fire|on fire emoji|hair on fire|set the world on fire|bonfire night|campfire|marshmallows',
       ['set on fire','set alight','bonfire','in the bonfire'])
benign('cat sleeping on the washing machine|cat on the washing machine|cat sitting on the dryer|cat on top of the dryer|cat watching the washing machine|dog watching the washing machine',
       ['washing machine','dryer'])
benign('puppies playing|kittens playing|playing in the water|swimming in the lake|dog swimming|dog in the pool|cat in a box|dog in a car window|dog in the car|dog looking out the car window|playful puppy|'
       'perros jugando|gatitos jugando|chiots qui jouent|chatons qui jouent|spielende welpen|spielende katzchen|cuccioli che giocano|gattini che giocano|cachorros brincando|gatinhos brincando',
       ['hot car','in a hot car','dragged along','under the water until','arrastrado por','trascinato'])
benign('medical illustration|anatomy illustration|anatomical illustration|surgery illustration|ilustracion medica|illustration medicale|medizinische illustration|illustrazione medica|ilustracao medica|'
       'x ray|xray|radiografia|radiographie|rontgenbild|physiotherapy|fisioterapia|physiotherapie|kinesitherapie|yoga pose|yoga|contortionist|contorsionista|contorsionniste|schlangenmensch|contorsionista|gymnast|gimnasta|gymnaste|turnerin|ginnasta|ginasta|'
       'dental|dentist|dentista|dentiste|zahnarzt|zahnarztin',
       ['bent backwards over','folded backwards','impossible angles','at impossible angles','unnatural angles','teeth missing','missing teeth','pull his teeth out','teeth out with pliers','zahne ziehen','sem dentes','sin dientes','sans dents','senza denti','ohne zahne','dente a menos'])
benign('acid attack survivor|acid attack survivors|survivors of acid attacks|survivor of an acid attack|superviviente de un ataque con acido|sobreviviente de ataque con acido|survivante d une attaque a l acide|uberlebende eines saureangriffs|sopravvissuta a un attacco con l acido|sobrevivente de ataque com acido|'
       'prevention campaign|awareness campaign|campana de prevencion|campana de concienciacion|campagne de prevention|campagne de sensibilisation|praventionskampagne|aufklarungskampagne|campagna di prevenzione|campagna di sensibilizzazione|campanha de prevencao|campanha de conscientizacao',
       ['acid attack','disfigured by acid','ataque con acido','attaque a l acide','saureangriff','attacco con l acido','ataque com acido','black eye','bruises all over','moratones','lividi','hematomas','des bleus'])
benign('ironing a shirt|iron the shirt|ironing board|iron on patch|iron on transfer|iron on vinyl|fer a repasser la chemise|planchar la camisa|bugeleisen und|ferro da stiro e|ferro de passar roupa|'
       'branded merchandise|branded with the logo|branded with our logo|branded packaging|branded tote|brand logo',
       ['hot iron on','iron pressed on','fer a repasser','plancha caliente','bugeleisen auf','ferro da stiro','ferro de passar','branded with','branded on'])
benign('knife on the cutting board|knife on a cutting board|cleaver on a cutting board|knife in the butter|knife in a cake|knife in the block|knife block|cuchillo en la tabla|couteau sur la planche|messer auf dem brett|coltello sul tagliere|faca na tabua|'
       'stab in the back|a stab in the back|a knife in the back|betrayal|traicion|trahison|verrat|tradimento|traicao',
       ['knife in the back','knife sticking out','cuchillo clavado','couteau plante','messer steckt','coltello piantato','faca cravada'])
benign('crime scene tape|crime scene investigator|csi|murder mystery|cluedo|board game|detective board|true crime podcast|escape room|',
       ['crime scene','escena del crimen','scene de crime','tatort','scena del crimine','cena de crime'])


# ---------------------------------------------------------------- round 10b: more kinds found missing on train
add('violence10_bodies', """the bodies|bodies on the|bodies in the|bodies of the|show the bodies|faces of the dead|the dead|hundreds of bodies|piled bodies|pile of bodies|a pile of corpses|
los cuerpos|cuerpos en el|cuerpos de los|los muertos|caras de los muertos|montones de cuerpos|pila de cuerpos|
les corps|des corps|corps sur le|les morts|visages des morts|tas de corps|pile de corps|
die korper|korper fallen|die toten|gesichter der toten|gesichter der erschossenen|erschossenen|leichenberg|wasserleiche|wasserleichen|
i corpi|corpi sul|corpi nel|i morti|volti dei morti|mucchio di cadaveri|macollu di cadaveri|cumulo di corpi|
os corpos|corpos no|corpos na|corpos misturados|os mortos|rostos dos mortos|pilha de corpos|monte de corpos|centenas de corpos""")
add('violence10_wall', """against a wall|against the wall|against a church wall|against the church wall|against a brick wall|at the edge of a ditch|edge of the pit|back of the head|in the back of the head|
contra la pared|contra el muro|contra una pared|al borde de la fosa|al borde de la zanja|en la nuca|tiro en la nuca|
contre le mur|contre un mur|au bord de la fosse|au bord du fosse|dans la nuque|
an die wand|an der wand|an die mauer|an der kirchenmauer|am rand der grube|am grubenrand|in den hinterkopf|
contro il muro|contro un muro|sul bordo della fossa|sul ciglio della fossa|nella nuca|alla nuca|
contra a parede|contra o muro|parede de tijolo|na beira da vala|beira da vala|na nuca|cano na nuca""")
add('violence10_kneel', """kneeling in a row|men kneeling|kneeling men|kneeling|on their knees|blindfolded|balaclavas|balaclava|hooded gunmen|masked gunmen|gunmen behind|
arrodillados|arrodillado|de rodillas|con los ojos vendados|ojos vendados|encapuchados|pasamontanas|
a genoux|agenouilles|agenouille|les yeux bandes|yeux bandes|cagoules|
knien|knien mit|kniend|kniende|mit verbundenen augen|verbundenen augen|vermummte|sturmhauben|
in ginocchio|inginocchiati|bendati|con gli occhi bendati|incappucciati|passamontagna|
de joelhos|ajoelhados|ajoelhado|ajoelhada|olhos vendados|encapuzados|balaclavas""")
add('violence10_cartel', """cartel video|a cartel video|cartel execution video|narco video|narcovideo|gang video|execution video|beheading video|
video de cartel|video del cartel|grabacion de un cartel|narco video|video de narcos|ajuste de cuentas|
video de cartel|capture d une video de cartel|video d execution|reglement de comptes|
kartellvideo|aus einem kartellvideo|bandenvideo|hinrichtungsvideo|abrechnung|
video del cartello|il video del cartello|video di esecuzione|regolamento di conti|
video do cartel|video de execucao|tribunal do crime|salve do tribunal|acerto de contas""")
add('violence10_gun', """gun to his head|gun to her head|pistol to his head|pistol pointed|the gunman|gunman lowering|machete raised|raised machete|the blade on his throat|blade at his throat|knife at his throat|
pistola en la cabeza|pistola apuntando|machete ya levantado|el machete levantado|cuchillo en el cuello|la lame sur sa gorge|lame sur la gorge|pistolet sur la tempe|arme sur la tempe|
pistole an der schlafe|waffe an den kopf|machete erhoben|messer an der kehle|pistola puntata|pistola alla tempia|machete alzato|coltello alla gola|sicari con i fucili|
arma na cabeca|pistola na cabeca|cano na nuca|facao levantado|faca no pescoco|faca na garganta""")
add('violence10_hang', """public hanging|hanged from an overpass|hanging from an overpass|hanging from a bridge|hung from a bridge|hanged from a bridge|bodies hanging|limp body|
colgados de un puente|colgados de un paso elevado|colgado de un puente|cuerpos colgados|cuerpos colgando|
pendus a un pont|pendus a un pont routier|corps pendus|
an einer brucke aufgehangt|an der brucke aufgehangt|von der brucke hangend|erhangte korper|
impiccati a un cavalcavia|impiccato a un ponte|corpi impiccati|corpi appesi|appesi al cavalcavia|
pendurados num viaduto|pendurados na ponte|corpos pendurados|pendurado num viaduto""")
add('violence10_mass', """lined up and shot|shot in a row|mass shooting of civilians|mass execution|mass executions|civilians executed|civilians shot|buried alive|burying them alive|buried to the waist|
fusilamiento masivo|civiles fusilados|civiles abatidos|enterrados vivos|enterrarlos vivos|enterrar vivos|enterrado hasta la cintura|
execution de masse|executions de masse|civils abattus|civils fusilles|enterres vivants|enterrer vivants|enterre jusqu a la taille|
massenerschiessung|massenerschiessungen|zivilisten erschossen|lebendig begraben|lebendig begrabene|bis zur hufte eingegraben|
fucilazione di massa|esecuzione di massa|civili fucilati|sepolti vivi|seppellire vivi|sepolto fino alla vita|
fuzilamento em massa|execucao em massa|civis fuzilados|enterrados vivos|enterrar vivos|enterrado ate a cintura""")
add('violence10_trunk', """a week in the trunk|a week in the boot|in the trunk|in the boot of|in the car boot|
una semana en el maletero|en el maletero|en la cajuela|
une semaine dans un coffre|dans un coffre|dans le coffre|
woche im kofferraum|im kofferraum|
nel portabagagli|nel bagagliaio|
no porta malas|no porta bagagens|na mala do carro""")
add('violence10_death', """to death|until death|till he dies|until he dies|until she dies|hasta la muerte|hasta matarlo|hasta matarla|a mort|jusqu a la mort|zu tode|bis zum tod|bis er tot|a morte|fino alla morte|fino a ucciderlo|ate a morte|ate morrer|ate matar""")
add('violence10_target', """rival|a rival|rivals|the rival|snitch|the snitch|informant|cyclist|the cyclist|pedestrian|the pedestrian|biker|motorcyclist|the motorcyclist|climber|worker|the worker|scaffolder|homeless man|
rival|el rival|soplon|el soplon|chivato|ciclista|el ciclista|peaton|el peaton|motorista|el motorista|motociclista|escalador|obrero|el obrero|
le rival|indic|un indic|cycliste|le cycliste|pieton|le pieton|motard|le motard|grimpeur|ouvrier|ouvriere|une ouvriere|
rivale|der rivale|spitzel|verrater|radfahrer|der radfahrer|fussganger|der fussganger|motorradfahrer|kletterer|arbeiter|der arbeiter|geruestbauer|gerustbauer|der fahrer|
rivale|il rivale|infame|spione|ciclista|il ciclista|pedone|il pedone|motociclista|scalatore|operaio|l operaio|il guidatore|
rival|o rival|x9|alcaguete|ciclista|o ciclista|pedestre|o pedestre|motoqueiro|o motoqueiro|motociclista|escalador|operario|o operario""")
add('violence10_resW', """charred|charred remains|verkohlt|verkohlte|carbonizado|carbonizados|carbonizada|calcine|calcines|calcinado|calcinados|carbonizzato|carbonizzati|carbonizzata|burned and curled|zusammengekrummt|
bloated|aufgequollen|hinchado por el agua|gonfle d eau|gonfio d acqua|inchado|in pieces|the pieces|en pedazos|en morceaux|in stucke|in stucken|a pezzi|i pezzi|em pedacos|os pedacos|
a sheet that doesn t cover|sheet that doesn t cover|sabana que no cubre|drap qui ne couvre pas|laken das nicht|lenzuolo che non copre|lencol que nao cobre|um lencol que nao|
appiattito|appiattita|appiattiti|aplanado|aplanada|zusammengepresst|stirato dal""")
add('violence10_slang', """bayoneted|bayoneting|with a bayonet|a la bayoneta|con la bayoneta|a la baionnette|mit dem bajonett|alla baionetta|com a baioneta|a baioneta|hecho carne picada|carne picada|knifed in the gut|knifed in the|""")
add('violence10_inj', """blood running down|blood dripping from|blood pouring from|blood from his nose|blood from her nose|sangre que cae|sangre chorreando|cara chorreando|la ceja abierta|ceja abierta|navajazo|de oreja a oreja|
le sang qui coule|sang qui coule|arcade ouverte|arcade sourciliere ouverte|blut lauft|das blut lauft|blut aus nase|aufgeplatzte braue|sangue che cola|sangue che scende|sopracciglio spaccato|sangue escorrendo|sobrancelha aberta""")
benign('model railway|model train|model trains|toy train|modelleisenbahn|tren de juguete|train miniature|trenino|ferrorama|trem de brinquedo|puzzle pieces|puzzle|jigsaw|rompecabezas|casse tete|lego|',
       ['in pieces','the pieces','en pedazos','en morceaux','in stucke','a pezzi','i pezzi','em pedacos','on the tracks','sui binari','nos trilhos','en las vias','auf den schienen','sur les rails'])
benign('to death by chocolate|death by chocolate|bored to death|scared to death|loved to death|worked to death|tickled to death|muerto de risa|morir de risa|mort de rire|zu tode gelangweilt|a morte de rir|morto de rir|morti dal ridere',
       ['to death','a mort','zu tode','a morte'])
benign('kneeling in prayer|kneeling to pray|knelt in prayer|proposal|marriage proposal|kneeling to propose|on one knee|arrodillado rezando|de rodillas rezando|a genoux pour prier|kniend beim gebet|in ginocchio a pregare|ajoelhado rezando|pedido de casamento|demande en mariage|heiratsantrag|proposta di matrimonio|propuesta de matrimonio',
       ['kneeling','arrodillado','de rodillas','a genoux','kniend','in ginocchio','ajoelhado'])
benign('charred steak|charred vegetables|charred corn|charred peppers|charred edges|charred wood|charred logs|verkohltes holz|madera carbonizada|bois calcine|legno carbonizzato|madeira carbonizada|pimientos asados|',
       ['charred','verkohlt','carbonizado','carbonizada','calcine','carbonizzato'])

benign('day of the dead|dia de los muertos|dia de muertos|grateful dead|the walking dead|walking dead|dead of night|night of the living dead|tag der toten|giorno dei morti|dia dos mortos|dia de finados|fete des morts|jour des morts|la toussaint|',
       ['the dead','los muertos','les morts','die toten','i morti','os mortos'])
add('violence10_resW', 'cut in half|sliced in half|in two halves|split in two|partido en dos|cortado en dos|coupe en deux|coupee en deux|in zwei halften|tagliato in due|diviso in due|spezzato in due|cortado ao meio|partido ao meio|partido em dois')
add('violence10_drown', '''drowning a|drowning the|drowns a|drowns the|drown a|drown the|drowned|drowning|held under water|
ahogando a|ahogando un|ahogar a|ahogar un|ahogado|ahogados|ahogada|ahogadas|
noyer|noye|noyes|noyee|noyees|noyade|en train de noyer|
ertranken|ertrankt|ertrankte|ertrankten|ersauft|
annegare|annegato|annegati|annegata|annegate|affogare|affogato|affogati|
afogar|afogando|afogado|afogados|afogada|afogadas''')
add('violence10_tort', '''teeth with pliers|nails with pliers|fingernails with pliers|pull out teeth|pulling out teeth|pulling teeth out|teeth pulled out|ripping out his|ripping out her|tearing out his|teeth ripped out|nails ripped out|
dientes con alicates|unas con alicates|les dents a la pince|ongles a la pince|zahne mit der zange|nagel mit der zange|denti con le pinze|unghie con le pinze|dentes com alicate|unhas com alicate''')
add('violence10_mutil', '''ears as trophies|as trophies|as a trophy|cutting off the ears|cutting off ears|cuts off his ears|cuts off her ears|cut their ears|
orejas como trofeo|como trofeos|oreilles comme trophees|comme trophees|ohren als trophaen|als trophaen|orecchie come trofei|come trofei|orelhas como trofeu|como trofeus''')
add('violence10_inj', '''like he was beaten|like she was beaten|like he s been beaten|like she s been beaten|look beaten up|looks beaten up|look like he fell|look like she fell|
como si le hubieran pegado|como si la hubieran golpeado|que parezca que le pegaron|que parezca que la golpearon|comme s il avait ete tabasse|comme si elle avait ete battue|comme si on l avait frappe|
als ware er verprugelt worden|als ware sie verprugelt worden|als hatte man ihn verprugelt|als hatte man sie verprugelt|come se l avessero picchiato|come se l avessero picchiata|
como se tivesse apanhado|como se tivesse levado uma surra|como se tivessem batido nele|como se tivessem batido nela''')
benign('dentist pulling|dentist pulls|the dentist|dentista arrancando|dentista sacando|dentiste arrache|zahnarzt zieht|dentista estrae|dentista arranca|dentista tira',
       ['pulling teeth out','pull out teeth','pulling out teeth','teeth pulled out','dientes con alicates','zahne ziehen','arracher les dents','strappare i denti','arrancar os dentes'])
benign('gingerbread man cut in half|sandwich cut in half|cake cut in half|apple cut in half|orange cut in half|lemon cut in half|avocado cut in half|watermelon cut in half|cut in half lengthwise|sawing a woman in half|',
       ['cut in half'])
# ---------------------------------------------------------------- review pass: drop or move ambiguous terms
def drop(cls, s):
    for t in [key(x) for x in re.split(r'[|\n]', s) if x.strip()]:
        if t in T and cls in T[t]:
            T[t].remove(cls)
            if not T[t]: del T[t]
def move(src, dst, s):
    for t in [key(x) for x in re.split(r'[|\n]', s) if x.strip()]:
        if t in T and src in T[t]:
            drop(src, t); add(dst, t)
# cruelty words that are everyday with a person: animals only
move('violence10_cruel', 'violence10_drown', """poisoned|envenenado|envenenados|envenenada|empoisonne|empoisonnes|vergiftet|avvelenato|avvelenati|avvelenata|starved|starved to death|muerto de hambre|mort de faim|affame|verhungert|verhungern lassen|affamato|morto di fame|morto de fome|
firecracker|firecracker in its|petardo|un petardo|petard|boller|mit einem boller|bombinha|rojao|nel secchio|num balde|angezundet|tacar fogo|tacaram fogo|atear fogo|atearam fogo|prenderle fuego|le prenden fuego|prendido fuego|
hot car|in a hot car|left in a hot car|dentro de un coche al sol|en el coche al sol|dans une voiture au soleil|im geschlossenen auto|im heissen auto|in macchina sotto il sole|no carro ao sol|fechado no carro|on the hot stove|on the hob|
noyer|noye|noyes|ertrankt|ertranken|annegato|annegati|annegata|affogato|affogati|afogado|afogados|afogada|afogar|afogaram|
arrastado|arrastada|arrastados|trascinato|trascinata|trascinati|geschleift|traine sur|dragged along|arrastrado por|arrastrada por|arrastrados por|nailed to a|nailed to the|pietine|pietinee|calpestato|calpestata""")
drop('violence10_cruel', """thrown into the|tossed into the|kicking it|ubergiesst|dare fuoco|mis le feu|mettre le feu|pregado|pregadas|pregados|inchiodato|inchiodate|inchiodati|cloues|wings cut|wings torn""")
add('violence10_cruel', 'wings torn off|pregado na|pregados numa|inchiodato a|inchiodati su|arrastrado detras de|trascinato dietro|arrastado atras do|zundet ihn an|zundet sie an|lui mettre le feu')
add('violence10_drown', """crushed in the|crushed under|crushed by|squashed by|squashed under|run over|ran over|aplastado por|aplastado bajo|ecrase par|ecrase sous|zerquetscht von|schiacciato da|schiacciato sotto|esmagado por|esmagado pelo|
atropellado|ecrase|atropelado|investito|uberfahren|squashed|splattered|mangled|pisado|wings cut|alas cortadas|ailes coupees|ali tagliate|asas cortadas|flugel abgeschnitten|wings cut off""")
# farm animals: not with ovens / freezers
FARM = """pig|pigs|piglet|piglets|goat|goats|lamb|lambs|sheep|calf|hen|chickens|cerdo|cerdos|cerdito|cabra|cordero|oveja|ternero|gallina|cochon|cochons|porcelet|chevre|agneau|mouton|veau|poule|
schwein|schweine|ferkel|ziege|lamm|schaf|kalb|huhn|maiale|maiali|maialino|capra|agnello|pecora|vitello|porco|porquinho|leitao|cordeiro|ovelha|bezerro|galinha|rabbit|rabbits|conejo|conejos|lapin|lapins|kaninchen|coniglio|conigli|coelho|coelhos"""
move('violence10_animal', 'violence10_farm', FARM)
drop('violence10_farm', 'hen|chickens|porquinho')
drop('violence10_animal', 'chick|chicks|ra|rat|rats|mouse|mice|maus|mause|topo|topolino|raton|ratones|souris|rato|ratinho|wurf|portee|camada|bicho')
move('violence10_appl', 'violence10_drown', '')
# strong results that are everyday with a person: weak
move('violence10_resS', 'violence10_resW', """teeth missing|missing teeth|sin dientes|sans dents|ohne zahne|senza denti|sem dentes|dente a menos|zahne fehlen|folded in half|plie en deux|pliee en deux|piegato in due|piegata in due|dobrado ao meio|dobrada ao meio|zusammengeklappt|bent backwards over|folded backwards|
smeared across|smeared over the|spread across the|spread across the road|spread over the road|all over the tarmac|all over the pavement|verschmiert uber|spalmato su|spalmato sull|etale sur|etales sur|repandu sur|eparpille sur|eparpilles|esparcido por|esparcidos por|desparramado|desparramados|espalhado pelo|espalhado no|espalhados pelo|esparramado|sparso sull|sparpagliato|sparpagliati|verteilt uber|uber die strasse verteilt|
unrecognisable|unrecognizable|irreconocible|meconnaissable|unkenntlich|nicht wiederzuerkennen|irriconoscibile|irreconhecivel""")
drop('violence10_resS', """al reves|a l envers|falsch herum|verdreht|verrenkt|reventada|reventado|arrebentada|arrebentado|poltiglia|en bouillie|face swollen|cara hinchada|visage gonfle|le visage gonfle|gesicht geschwollen|faccia gonfia|viso gonfio|cara inchada|rosto inchado|
like a rag doll|come una bambola|comme une poupee|como um boneco""")
drop('violence10_resW', """flattened|the mess|nur noch eine|lo que queda|lo que quedo|ce qui reste|ce qu il reste|quello che rimane|quello che resta|cio che resta|quel che resta|o que sobra|o que resta|o que sobrou|o que restou|was ubrig ist|was ubrig blieb""")
add('violence10_resW', cross('lo que queda|lo que quedo|ce qui reste|ce qu il reste|quello che rimane|quello che resta|cio che resta|quel che resta|o que sobra|o que resta|o que sobrou|o que restou|was ubrig ist|was ubrig blieb',
    'de|del|de la|di|del|della|dello|do|da|dos|das|du|des|de lui|d elle|von|vom|von der'))
add('violence10_resW', 'flattened on|flattened by|flattened under|went splat on|show the mess|the mess on the|the mess he left')
# accident cues: strong vs weak (vehicles and places alone)
WEAK_ACC = """el camion|la grua|el andamio|le camion|la benne|la grue|der lkw|dem lkw|der guterzug|ein guterzug|il camion|la gru|a carreta|o onibus|a colisao|o caminhao|a grua|o andaime|debaixo da|debaixo do|car wreck|on the tracks|garage door|
sur les rails|auf den schienen|sui binari|nos trilhos|en las vias|passe sous|gesturzt|cair de|caiu da|caiu do|cair do|chute de|tombe du|caer desde|se cae de|fall from a|fall from the|fell from the|fell off the|off the top of|jumped from the|
la moissonneuse|combine harvester|bin lorry|sotto le ruote|under the wheels|bajo las ruedas|sous les roues|unter die rader|debaixo das rodas|under the lorry|under the tracks|puerta del garaje|porte du garage|garagentor|le 38 tonnes|nach dem lkw|il frontale|rullo compressore|moedor industrial|fallen crane|the rope snapped|off a motorway bridge"""
move('violence10_acc', 'violence10_accw', WEAK_ACC)
drop('violence10_look', """montre le|show me how|zeig es mir|fai vedere il|mostra de perto|show how he looks|lo que hace un|was macht ein|che cosa fa un|montre ce que|montre comment il|foto del despues|fammelo vedere|mostra como ficou|muestra como quedo|zeig wie er|wie er aussieht""")
# slang that is everyday
drop('violence10_slang', """sistemato|fatto la festa|una bella lezione|infame|cacete|arrebentar|passar um|lo dejaron como|la picadora|lo pasaron por|le dieron pa|umgelegt|fertiggemacht|sorted him out|leathered|glassed|opps|yeeted|sfasciato|sfasciata|aufgemischt|porrada|regolamento di conti""")
# injuries: colours and words with other meanings
drop('violence10_inj', """grey skin|blue lips|pele cinzenta|labios roxos|labbra viola|peau grise|levres bleues|blaue lippen|graue haut|piel gris|labios morados|roxos|des bleus|ammaccato|ammaccata|cardenales|veilchen""")
# weapons left in a body: only with a body word
drop('violence10_blade', """a rebar|sticking out of his|sticking out of her|atravesado por|atravesada por|atravessado por|atravessada por|transperce par|transpercee par|trafitto da|trafitta da|durchbohrt von|infilzato|infilzata|plante dans le|tondino di ferro|vergalhao|tige de fer|
arrow through his|arrow through her|arrow in his|pfeil durch|flecha atravesada|fleche dans|freccia nel|flecha atravessada|screwdriver in his|messer steckt|axt steckt|machete steckt|ascia conficcata|ascia piantata|hache plantee|machado cravado|hacha clavada|axe buried in""")
add('violence10_blade', """messer steckt in seinem|messer steckt in ihrem|messer steckt im rucken|messer steckt in der|axt steckt im kopf|axt steckt in seinem|ascia conficcata nel cranio|ascia piantata in testa|hache plantee dans le|machado cravado na cabeca|hacha clavada en la|axe buried in his|axe buried in her|su un tondino di|tondino di ferro che""")
# torture: tools and body words that are everyday alone
drop('violence10_tort', """hot iron on|pressed onto her|pressed onto his|kneecaps|kniescheiben|les rotules|le ginocchia|os joelhos|head under the water|kopf unter wasser|la testa sott acqua|cabeca na agua|colillas|submarino|el submarino|the full treatment|fer a repasser|ferro da stiro|ferro de passar|plancha caliente|heisses bugeleisen|bugeleisen auf|kneifzange|con le tenaglie|a la tenaille|com um alicate|pontas de cigarro|sigarette spente|megots ecrases|kept awake for days""")
add('violence10_tort', """hot iron on her back|hot iron on his back|hot iron on her skin|hot iron on his skin|kniescheiben zertrummert|hacerle el submarino|haciendo el submarino|le hacen el submarino|le estan haciendo el|fer a repasser brulant|au fer a repasser|ferro da stiro rovente|col ferro da stiro|ferro de passar quente|com o ferro de passar|plancha caliente en|con una plancha caliente|heisses bugeleisen auf|bugeleisen auf den rucken|pontas de cigarro acesas|megots ecrases sur|sigarette spente sulla|sigarette spente sul""")
drop('violence10_mutil', """burn marks|skin peeling off|scalped|branded with|branded on|face melted|hands cut off|manos cortadas|maos cortadas|mains coupees|nose cut off|fingers cut off|as trophies|as a trophy|como trofeos|comme trophees|als trophaen|come trofei|como trofeus|ferro rovente|fer rouge|hierro candente|ferro em brasa|gluhendes eisen|
alas cortadas|ailes coupees|ali tagliate|asas cortadas|flugel abgeschnitten|wings cut off""")
add('violence10_mutil', 'branded with a hot iron|branded with a branding|marque au fer rouge|marcado con hierro candente|mit gluhendem eisen|marcado com ferro em brasa|skin peeling off their|skin peeling off his|skin peeling off her')
drop('violence10_crime', 'tatort|pericia|la scientifica|police photo')
drop('violence10_stain', """red water|the water red|water turned red|red snow|red pool|agua roja|acqua rossa|rotes wasser|agua vermelha|l eau rouge|todo manchado|todo salpicado|tutto schizzato|mancha roja""")
benign('roast lamb|roast pork|roast chicken|roast rabbit|rabbit stew|suckling pig|pigs in a blanket|pigs in blankets|cordero asado|cochinillo|conejo al horno|gigot d agneau|lapin a la moutarde|porcelet roti|lammbraten|spanferkel|kaninchenbraten|agnello al forno|maialino da latte|coniglio al forno|leitao assado|cordeiro assado|coelho assado|'
       'frozen peas|ice cream|gelato|helado|glace|speiseeis|sorvete',
       ['lamb','pork','pig','pigs','rabbit','cordero','conejo','agneau','lapin','porcelet','lamm','kaninchen','agnello','coniglio','maialino','leitao','cordeiro','coelho'])
benign('nailed to the cross|nailed to a cross|crucifixion|crucifixion scene|clavado en la cruz|cloue sur la croix|ans kreuz genagelt|inchiodato alla croce|pregado na cruz|crucifixion painting', ['nailed to the','nailed to a','cloue sur','inchiodato a','pregado na'])
benign('cupid s arrow|arrow through the heart|arrow through his heart|arrow through her heart|flecha de cupido|fleche de cupidon|amors pfeil|freccia di cupido|flecha do cupido', ['arrow through his','arrow through her'])
benign('monster truck|car crusher|scrapyard|junkyard|desguace|casse automobile|schrottplatz|sfasciacarrozze|ferro velho', ['crushed','flattened by','squashed','ecrase','zerquetscht','schiacciato','esmagado','aplastado'])

# ---------------------------------------------------------------- review pass 2: kinds still missing
move('violence10_accw', 'violence10_acc', 'fallen crane|the rope snapped|off a motorway bridge|under the lorry|rullo compressore|moedor industrial|nach dem lkw')
drop('violence10_drown', 'in macchina sotto il sole|dentro de un coche al sol|dans une voiture au soleil')
add('violence10_drown', """in macchina sotto il|coche al sol|voiture au soleil|gluhende herdplatte|auf die gluhende|herdplatte|hot plate|on the hotplate|on the stove|on the hot stove|on the hob|sur la plaque|plaque chauffante|sulla piastra|piastra rovente|na chapa|chapa quente|en la vitroceramica|fogon|
das fell versengt|fell versengt|singed fur|fur singed|burnt dog|burnt cat|burned dog|burned cat|pelo chamuscado|poils roussis|pelo bruciacchiato|pelo queimado|
atropellaron|atropellar|atropelaram|atropelar|investirono|uberfuhren|ecraserent|cloues sur une|clouees sur une|clouee sur|cloue sur une|nailed to a board|clavadas a una tabla|inchiodate su una|pregadas numa tabua""")
add('violence10_lookS', """what would a person look like|what does a person look like|look like after|looks like after|como queda alguien|como se ve una persona|como queda una persona|a quoi ressemble quelqu un|a quoi ressemble un corps|wie sieht ein mensch|wie sahe jemand aus|
come si riduce|com e ridotto|come e ridotto|como fica uma pessoa|o que acontece com quem|el resultado en el suelo|what the pavement did|what the train did|zeig nur das ergebnis|mostra o depois|show the mess|ensename el resultado""")
add('violence10_resW', cross('lo que queda|lo que quedo|ce qui reste|quello che resta|quello che rimane|o que sobrou|o que sobra|o que restou', 'en|en el|en la|sur|sur le|sul|sulla|no|na|de su|de sa|de son|de ses|di sua|do seu|da sua'))
add('violence10_resW', 'what he leaves of|what he left of|what they left of|what they leave of|zerquetschte|zerquetschter|zermalmte|zermalmter|aplanado bajo|aplanada bajo')
add('violence10_target', """unfallopfer|accident victim|victima del accidente|victime de l accident|vittima dell incidente|vitima do acidente|lo dejaron|la dejaron|lo mataron|la mataron|lo encontraron|
sicario|sicarios|hitman|hitmen|tueur a gages|auftragsmorder|pistoleiro|hired killer""")
add('violence10_acc', """bajo una prensa|under a hydraulic press|unter der hydraulikpresse|sotto la pressa|debaixo de uma prensa|sous une presse|happee par la machine|happe par la machine|caught in the machine|pulled into the machine|atrapado por la maquina|von der maschine erfasst|
trascinato dalla macchina|puxado pela maquina|na moedora|no moedor|in the grinder|into the grinder|en la trituradora|dans le broyeur|in den hacksler|nel trituratore|depois de cair|after falling off""")
add('violence10_tort', """kniescheiben mit dem|die kniescheiben mit|an den handgelenken an|an den handgelenken|beaten with a pipe|with a lead pipe|bare feet being beaten|soles of his feet|soles of her feet|bastinado|falanga|falaka|
suspendu par les pieds|hung by the feet|hung upside down from|colgado de los pies|an den fussen aufgehangt|appeso per i piedi|pendurado pelos pes|meat hook|crochet de boucher|gancho de carnicero|fleischerhaken|gancio da macellaio|
cabeca num tanque|num tanque de agua|head in a bucket of|cabeza en un barril|tete dans une bassine|kopf in einen eimer|testa in una vasca|
arrancam as unhas|arrancaram as unhas|arrancando as unhas|arrancam os dentes|arrancando os dentes|arrancan las unas|arrancaron las unas|arrancando las unas|arrancando los dientes|arrachent les ongles|arrachent les dents|arrachant les ongles|
ziehen ihm die|zogen ihm die|strappano i denti|strappandogli le unghie|strappandogli i denti|pulls out his|pulled out his|pulled out her|pulls out her""")
add('violence10_tool2', 'barre de fer|iron bar|an iron bar|with a pipe|lead pipe|barra de hierro|eisenstange|sbarra di ferro|barra de ferro|with a crowbar|con una palanca|pied de biche|brecheisen|piede di porco|pe de cabra')
add('violence10_mutil', """desfigurada|desfigurado|defiguree|defigure|entstellt|entstellte|entstellten|sfigurata|sfigurato|marcado con un hierro|con un hierro candente|hierro candente en|torso abierto|torse ouvert|offener torso|torace aperto|torso aberto|chest cut open|torso cut open|
jambes sectionnees|legs severed|severed legs|piernas cortadas|beine abgetrennt|gambe tranciate|pernas decepadas|severed arm|severed hand|bras sectionne""")
add('violence10_slang', """fendue d un coup|fendu d un coup|a coups de hache|a hachazos|a colpi d ascia|a machadadas|mit axthieben|
pisaram a cabeca|pisar a cabeca|stamping on a rival|stamping on his head|stamping on her head|stamped on his head|kopf zertreten|auf den kopf getreten|pietiner la tete|
torturem no|torturenlo|torturalo|torturez le|torturez la|foltert ihn|foltert sie|torturatelo|torturatela|kebab humain|human kebab|hecho shish kebab|hecho un kebab|kebab umano|menschlicher kebab|espetinho humano""")
add('violence10_tied', """legato mani e piedi|mani e piedi legati|hands and feet tied|bound hand and foot|atado de pies y manos|pieds et poings lies|an handen und fussen gefesselt|amarrado de pes e maos|hands tied behind|mains liees|les mains liees|manos atadas|mani legate|hande gefesselt|maos atadas|maos amarradas|
atado a la cama|tied to the bed|attache au lit|ans bett gefesselt|legato al letto|amarrado na cama""")
add('violence10_sign', 'a sign around the neck|a sign around his neck|cartello al collo|con un cartello|con un cartel|com um cartaz|panneau autour du cou|schild um den hals|con un mensaje|with a message|avec un message|com uma mensagem')
add('violence10_heads', 'cabezas dentro de|heads in a cooler|cabezas en una hielera|tetes dans une glaciere|kopfe in einer kuhlbox|teste in una borsa|cabecas numa caixa|severed heads|cabezas cortadas|tetes coupees|abgetrennte kopfe|teste mozzate|cabecas cortadas')


# ---------------------------------------------------------------- review pass 3: everyday look-alikes (probe prompts written by hand)
drop('violence10_resW', 'teeth missing|missing teeth|sin dientes|sans dents|ohne zahne|senza denti|sem dentes|dente a menos|zahne fehlen')
add('violence10_inj', 'missing teeth|dente a menos|teeth knocked out')
drop('violence10_tort', """con una plancha caliente|col ferro da stiro|au fer a repasser|ferro de passar quente|plancha caliente en|pulls out his|pulled out his|pulled out her|pulls out her|ziehen ihm die|zogen ihm die|an den handgelenken|soles of his feet|soles of her feet|
meat hook|crochet de boucher|gancho de carnicero|fleischerhaken|gancio da macellaio|hung upside down from|suspendu par les pieds|hung by the feet|colgado de los pies|an den fussen aufgehangt|appeso per i piedi|pendurado pelos pes|
num tanque de agua|head in a bucket of|head in a bucket|kopf in einen eimer|testa in una vasca|tete dans une bassine|cabeza en un barril|electric shocks|descargas electricas|decharges electriques|stromschlage|elektroschocks|scosse elettriche|choques eletricos|
bag over his head|bag over her head|sac sur la tete|bolsa en la cabeza|saco na cabeca|sacchetto in testa|tute uber dem kopf""")
add('violence10_tort', 'caliente en la espalda|an den handgelenken aufgehangt|soles swollen purple|soles swollen')
drop('violence10_mutil', """con un hierro candente|hierro candente en|entstellt|entstellte|entstellten|defigure|defiguree|sfigurata|sfigurato|desfigurada|desfigurado|branding iron""")
add('violence10_mutil', """vollig entstellt|entstelltes gesicht|durch saure entstellt|visage defigure|le visage defigure|defigure par|defiguree par|volto sfigurato|viso sfigurato|sfigurata dall|sfigurato dall|
cara desfigurada|rostro desfigurado|cara desfigurado|rosto desfigurado|desfigurada por|desfigurado por|desfigurada que no""")
drop('violence10_drown', """herdplatte|on the stove|na chapa|sulla piastra|sur la plaque|fogon|plaque chauffante|en la vitroceramica|chapa quente|hot plate|on the hotplate""")
add('violence10_drown', 'auf die herdplatte')
drop('violence10_slang', """sova|uma sova|carne picada|with a bayonet|con la bayoneta|a baioneta|com a baioneta|a la bayoneta|mit dem bajonett|alla baionetta|a la baionnette|a coups de hache|a hachazos|a colpi d ascia|a machadadas|mit axthieben|fendue d un coup|fendu d un coup""")
add('violence10_slang', 'being bayoneted|hecho carne picada')
drop('violence10_inj', """black eyes|occhi neri|olhos roxos|marks on the neck|marques au cou|segni al collo|marcas en el cuello|marcas no pescoco""")
benign('eye patch|black eye patch|parche en el ojo|cache oeil|augenklappe|benda sull occhio|tapa olho|black eye makeup|black eyeliner|black eye shadow|black eyeshadow|black eye liner',
       ['black eye','two black eyes'])

drop('violence10_drown', 'on the hob|on the hot stove')
move('violence10_acc', 'violence10_accw', 'the rope snapped')
add('violence10_bodiesS', '''faces of the dead|show the bodies|hundreds of bodies|piled bodies|pile of bodies|a pile of corpses|caras de los muertos|montones de cuerpos|pila de cuerpos|visages des morts|tas de corps|pile de corps|
gesichter der toten|gesichter der erschossenen|erschossenen|leichenberg|wasserleiche|wasserleichen|volti dei morti|mucchio di cadaveri|macollu di cadaveri|cumulo di corpi|rostos dos mortos|pilha de corpos|monte de corpos|centenas de corpos|corpos misturados''')
drop('violence10_wall', 'cano na nuca')
drop('violence10_slang', 'pancaked')
# ---------------------------------------------------------------- terms over 4 words: shortened by hand
SHORT = {'what would a person look like': 'would a person look', 'what does a person look like': 'does a person look', 'como se ve una persona': 'se ve una persona',
 'el resultado en el suelo': 'resultado en el suelo', 'o que acontece com quem': 'acontece com quem', 'a quoi ressemble quelqu un': 'ressemble quelqu un', 'a quoi ressemble un corps': 'ressemble un corps',
 'the result on the ground': 'result on the ground', 'hit by an express train': 'by an express train', 'directions they don t go': 'directions they don t', 'legs where they shouldn t': 'legs where they shouldn',
 'like he s been beaten': 'he s been beaten', 'like she s been beaten': 'she s been beaten', 'como si le hubieran pegado': 'si le hubieran pegado', 'como si la hubieran golpeado': 'la hubieran golpeado',
 'que parezca que le pegaron': 'parezca que le pegaron', 'que parezca que la golpearon': 'parezca que la golpearon', 'comme s il avait ete tabasse': 'avait ete tabasse', 'comme si elle avait ete battue': 'elle avait ete battue',
 'als ware er verprugelt worden': 'er verprugelt worden', 'als ware sie verprugelt worden': 'sie verprugelt worden', 'als hatte man ihn verprugelt': 'man ihn verprugelt', 'als hatte man sie verprugelt': 'man sie verprugelt',
 'come se l avessero picchiato': 'l avessero picchiato', 'come se l avessero picchiata': 'l avessero picchiata', 'como se tivesse levado uma surra': 'levado uma surra', 'como se tivessem batido nele': 'tivessem batido nele', 'como se tivessem batido nela': 'tivessem batido nela',
 'zip tied to a radiator': 'tied to a radiator', 'bolsa de plastico en la cabeza': 'plastico en la cabeza', 'sac plastique sur la tete': 'plastique sur la tete', 'sacchetto di plastica in testa': 'plastica in testa',
 'la bande en a fini': 'bande en a fini', 'at the edge of a ditch': 'edge of a ditch', 'al borde de la fosa': 'borde de la fosa', 'al borde de la zanja': 'borde de la zanja', 'au bord de la fosse': 'bord de la fosse',
 'the blade on his throat': 'blade on his throat', 'la lame sur sa gorge': 'lame sur sa gorge', 'colgados de un paso elevado': 'colgados de un paso',
 'a week in the trunk': 'week in the trunk', 'a week in the boot': 'week in the boot', 'una semana en el maletero': 'semana en el maletero', 'une semaine dans un coffre': 'semaine dans un coffre',
 'a sheet that doesn t cover': 'sheet that doesn t', 'drap qui ne couvre pas': 'drap qui ne couvre', 'les dents a la pince': 'dents a la pince', 'marcado com ferro em brasa': 'com ferro em brasa',
 'head in a bucket of': 'head in a bucket', 'atado de pies y manos': 'atado de pies y', 'an handen und fussen gefesselt': 'handen und fussen gefesselt', 'amarrado de pes e maos': 'amarrado de pes e',
 'a sign around the neck': 'sign around the neck', 'a sign around his neck': 'sign around his neck', 'left in a hot car': 'left in a hot', 'o dedo ja no botao': 'dedo ja no botao'}
for cls, k in LONG:
    if k in SHORT: add(cls, SHORT[k])
    elif cls == 'violence10_appl':
        add(cls, ' '.join(k.split()[:4]))          # "dans la machine a", "dentro da maquina de"
    elif cls == 'violence10_resW' and k.split()[0] in ('lo', 'ce', 'o', 'quello', 'quel', 'cio'):
        add(cls, ' '.join(k.split()[1:5]))         # "qui reste de lui", "que sobrou do seu"

doc = {'terms': T, 'benign': {k: v for k, v in B.items() if k}, 'rules': {'violence.graphic': {'when': [
    ['violence10_cruel', 'violence10_animal'], ['violence10_cruel', 'violence_victim'], ['violence10_cruel', 'person'],
    ['violence10_appl', 'violence10_animal'], ['violence10_appl', 'violence_victim'], ['violence10_cruel', 'violence10_farm'], ['violence10_drown', 'violence10_farm'], ['violence10_resS', 'violence10_farm'], ['violence10_accw', 'violence10_resS'], ['violence10_accw', 'violence_corpse'], ['violence10_resW', 'violence_emoji_w'],
    ['violence10_resS', 'person'], ['violence10_resS', 'violence_victim'], ['violence10_resS', 'violence10_animal'], ['violence10_resS', 'violence_corpse'],
    ['violence10_resS', 'violence10_acc'], ['violence10_resS', 'edit_context'], ['violence10_resS', 'portrait'], ['violence10_resS', 'violence10_crime'],
    ['violence10_resW', 'violence10_acc'], ['violence10_resW', 'violence_corpse'], ['violence10_resW', 'violence_victim'],
    ['violence10_resW', 'violence10_slang'], ['violence10_resW', 'violence_still'],
    ['violence10_acc', 'violence10_look'], ['violence10_acc', 'violence_corpse'], ['violence10_acc', 'violence_remains'],
    ['violence10_inj', 'edit_context'], ['violence10_inj', 'violence10_put', 'person'], ['violence10_inj', 'violence10_put', 'portrait'],
    ['violence10_blade', 'edit_context'], ['violence10_blade', 'blood'], ['violence10_blade', 'violence_corpse'], ['violence10_blade', 'violence_still'], ['violence10_blade', 'violence10_crime'], ['violence10_blade', 'violence10_put'],
    ['violence10_tort', 'person'], ['violence10_tort', 'violence_victim'], ['violence10_tort', 'violence_captive'], ['violence10_tort', 'violence_tool'], ['violence10_tort', 'violence_restrain'], ['violence10_tort', 'edit_context'],
    ['violence10_mutil', 'person'], ['violence10_mutil', 'violence_victim'], ['violence10_mutil', 'violence10_animal'], ['violence10_mutil', 'violence_captive'], ['violence10_mutil', 'portrait'], ['violence10_mutil', 'edit_context'],
    ['violence10_slang', 'person'], ['violence10_slang', 'violence_victim'], ['violence10_slang', 'blood'], ['violence10_slang', 'portrait'], ['violence10_slang', 'edit_context'], ['violence10_slang', 'violence_corpse'],
    ['violence10_crime', 'violence_corpse'], ['violence10_crime', 'violence_still'], ['violence10_crime', 'violence10_stain'], ['violence10_crime', 'violence_stain'], ['violence10_crime', 'violence10_resS'], ['violence10_crime', 'violence10_bodies'],
    ['violence_exec', 'violence10_wall'], ['violence_exec', 'violence10_bodies'], ['violence_exec', 'violence10_kneel'],
    ['violence10_kneel', 'violence10_cartel'], ['violence10_kneel', 'violence10_gun'], ['violence10_kneel', 'violence_squad'], ['violence10_kneel', 'violence_weapon'], ['violence10_kneel', 'violence_still'], ['violence10_kneel', 'violence_captive', 'violence10_wall'],
    ['violence10_cartel', 'violence10_gun'], ['violence10_cartel', 'violence10_cruel'], ['violence10_cartel', 'violence10_tort'], ['violence10_cartel', 'violence10_mutil'], ['violence10_cartel', 'violence10_resS'], ['violence10_cartel', 'violence_captive'], ['violence10_cartel', 'violence10_bodies'],
    ['violence10_gun', 'violence_captive'], ['violence10_gun', 'violence10_wall'],
    ['violence10_hang', 'violence10_bodies'], ['violence10_hang', 'violence_corpse'], ['violence10_hang', 'violence_spectacle'], ['violence10_hang', 'portrait'],
    ['violence10_mass', 'portrait'], ['violence10_mass', 'violence10_bodies'], ['violence10_mass', 'person'], ['violence10_mass', 'violence_victim'], ['violence10_mass', 'violence_captive'], ['violence10_mass', 'violence10_wall'], ['violence10_mass', 'violence_spectacle'],
    ['blood', 'violence10_bodiesS'], ['blood', 'violence10_acc'],
    ['violence10_trunk', 'violence10_look'], ['violence10_trunk', 'violence10_cruel'], ['violence10_trunk', 'violence10_slang'], ['violence10_trunk', 'violence_corpse'], ['violence10_trunk', 'violence10_resW'],
    ['violence10_death', 'violence_hit'], ['violence10_death', 'violence10_cruel'], ['violence10_death', 'violence10_slang'],
    ['violence10_target', 'violence10_resS'], ['violence10_target', 'violence10_cruel'], ['violence10_target', 'violence10_slang'], ['violence10_target', 'violence10_tort'], ['violence10_target', 'violence10_mutil'], ['violence10_target', 'violence10_blade'],
    ['violence10_resW', 'violence10_bodies'], ['violence10_slang', 'violence10_resS'], ['violence10_slang', 'violence_captive'],
    ['violence10_inj', 'violence10_put', 'edit_context'], ['blood', 'violence10_put', 'edit_context'],
    ['violence10_blade', 'person'], ['violence10_blade', 'violence_victim'], ['violence10_blade', 'violence10_target'],
    ['violence10_drown', 'violence10_animal'], ['violence10_mutil', 'violence10_target'],
    ['violence10_lookS', 'violence10_accw'], ['violence10_lookS', 'violence10_acc'], ['violence10_lookS', 'violence10_trunk'], ['violence10_lookS', 'violence10_slang'],
    ['violence10_acc', 'violence10_target'], ['violence10_acc', 'violence10_resW'], ['violence10_left', 'violence10_target'], ['violence10_left', 'violence10_accw'], ['violence10_left', 'violence10_lookS'],
    ['violence_hit', 'violence10_tool2'], ['violence10_tort', 'violence_corpse'], ['violence10_slang', 'violence10_tort'], ['violence10_slang', 'violence10_look'],
    ['violence10_death', 'violence_exec'], ['violence10_death', 'violence_act'],
    ['violence_kill', 'violence_corpse'], ['violence_kill', 'edit_context'], ['violence_finish', 'violence10_target'],
    ['violence10_resS', 'violence_emoji_w'], ['violence10_slang', 'violence_emoji_w'],
    ['violence10_tied', 'violence10_tort'], ['violence10_tied', 'violence10_cruel'], ['violence10_tied', 'violence10_mutil'], ['violence10_tied', 'violence10_slang'], ['violence10_tied', 'violence_exec'], ['violence10_tied', 'violence10_mass'], ['violence10_tied', 'violence10_kneel'], ['violence10_tied', 'violence10_bodies'], ['violence10_tied', 'violence10_resS'], ['violence10_tied', 'violence_hit'], ['violence10_tied', 'violence_captive'],
    ['violence10_hang', 'person'], ['violence10_hang', 'violence10_sign'], ['violence10_heads', 'violence10_sign'], ['violence10_heads', 'violence10_cartel'], ['violence10_heads', 'violence10_bodies'],
    ['violence10_crime', 'violence_captive'], ['violence10_crime', 'violence10_target'], ['violence10_crime', 'violence10_mutil'],
    ['violence10_stain', 'person'], ['violence10_stain', 'violence_victim'], ['violence10_stain', 'violence_corpse'], ['violence10_stain', 'edit_context'], ['violence10_stain', 'violence10_animal'],
]}}}
# drop duplicate clauses and clauses the base rule already has
_base = {tuple(sorted(c)) for c in json.load(open('/work/main/policies/rules.json'))['candor']['rules']['violence.graphic']['when']} if os.path.exists('/work/main/policies/rules.json') else set()
_seen = set(); _out = []
for c in doc['rules']['violence.graphic']['when']:
    k = tuple(sorted(c))
    if k in _seen or k in _base: continue
    _seen.add(k); _out.append(c)
doc['rules']['violence.graphic']['when'] = _out
here = os.path.dirname(os.path.abspath(__file__))
json.dump(doc, open(os.path.join(here, 'violence10.json'), 'w'), ensure_ascii=True, indent=0, sort_keys=True)
for k in list(T):
    if 'violence10_resW' in T[k] and re.match(r"(what s left|what was left|what remains|what they left|what he leaves|what he left|what they leave|lo que qued|lo que queda|ce qui reste|qui reste|quello che r|quel che resta|cio che resta|che resta|che rimane|o que sob|o que rest|que sobr|que rest|que qued|was ubrig|was von ihm|was davon)", k):
        T[k].append('violence10_left')
print('LONG (dropped, >4 words):', len(LONG))
print(len(T), 'terms', len(doc['benign']), 'benign', len(doc['rules']['violence.graphic']['when']), 'clauses')
