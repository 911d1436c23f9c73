#!/usr/bin/env python3
"""Round seven, area violence: builds pd/violence7.json (adds to areas/violence.json).
New combination classes (fire only via the clauses below):
  violence_aftermath  after a violent event (bombing, ambush, massacre, militia, explosion, machetes)
  violence_still      lying motionless / slumped / face down / nothing moving / not breathing
  violence_stain      euphemistic blood: dark puddle, sticky dark floor, shirt getting darker, wall no longer white
  violence_corpse     neutral body words (a body, covered body, un corps...) for combination only
  violence_fall       fatal-fall wordings (after a fall from the 20th floor...)
  violence_decay      decomposition, maggots, rotting
  violence_notfood    "and it's not jam / not the sauce kind" denials
  violence_headpart   his head / her skull / sa tete ... (possessive head words)
  violence_emoji_w    weapon emoji; violence_emoji_p  pieces/blood emoji
  violence_addwound   edit wordings that add wounds / blood to a person
  violence_shot       after the shot / headshot wordings
  violence_trophy     trophy wall / necklace ; violence_humanpart  human ears / human teeth
Terms are at most 4 words (MaxNgram)."""
import json, re, unicodedata, itertools
T = {}; B = {}
def key(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) not in ('Mn', 'Me', 'Cf'))
    return ' '.join(re.findall(r"[\w@$]+|[\u2600-\u27bf\u2b00-\u2bff\U0001F000-\U0001FAFF]", s.replace('_', ' ')))
def add(cls, s):
    for t in [x.strip() for x in re.split(r'[|\n]', s) if x.strip()]:
        forms = {t}
        if 'oe' in t: forms.add(t.replace('oe', 'œ'))
        if 'œ' in t: forms.add(t.replace('œ', 'oe'))
        for f in forms:
            k = key(f)
            if not k or len(k.split()) > 4: continue
            T.setdefault(k, [])
            if cls not in T[k]: T[k].append(cls)
def benign(phrase, masked):
    B.setdefault(key(phrase), [])
    for m in masked:
        if key(m) not in B[key(phrase)]: B[key(phrase)].append(key(m))
def cross(a, b, sep=' '):
    return '|'.join(x + sep + y for x in a.split('|') for y in b.split('|'))

# ---------------- aftermath of violent events
ev_en = 'bombing|bombardment|air strike|airstrike|explosion|blast|ambush|massacre|shooting|attack|raid|militia|car bomb|grenade|shelling|execution|machetes were done|massacre was over|gang was done|gunfire'
add('violence_aftermath', cross('after the|after a|right after the', ev_en))
add('violence_aftermath', 'after the machetes|after the militia|when the machetes|morning after the massacre|the day after the massacre|aftermath of the massacre|aftermath of the bombing|aftermath of the attack')
ev_es = 'bombardeo|explosion|emboscada|masacre|matanza|tiroteo|ataque|balacera|atentado|la milicia|los machetes|granada|ejecucion|incursion'
add('violence_aftermath', cross('tras el|tras la|despues del|despues de la|tras los|despues de los', ev_es))
add('violence_aftermath', 'cuando acabaron los machetes|acabaron los machetes|tras el paso de|despues del paso de|paso de la milicia')
ev_fr = "bombardement|explosion|embuscade|massacre|fusillade|attaque|attentat|raid|tuerie|milice|machettes|grenade|execution"
add('violence_aftermath', cross("apres le|apres la|apres l|apres les|juste apres le|juste apres l", ev_fr))
add('violence_aftermath', "passage de la milice|apres le passage de|apres le passage des|quand les machettes|une fois les machettes")
ev_de = 'bombenangriff|luftangriff|explosion|hinterhalt|massaker|schiesserei|anschlag|angriff|uberfall|granate|hinrichtung|miliz|macheten|blutbad|amoklauf'
add('violence_aftermath', cross('nach dem|nach der|nach einem|nach einer|kurz nach dem|kurz nach der', ev_de))
add('violence_aftermath', 'nachdem die miliz|nachdem die macheten|als die macheten|am morgen nach dem massaker')
ev_it = "bombardamento|esplosione|imboscata|massacro|sparatoria|attacco|attentato|strage|raid|milizia|machete|granata|esecuzione|eccidio"
add('violence_aftermath', cross("dopo il|dopo la|dopo l|dopo lo|subito dopo il|subito dopo l", ev_it))
add('violence_aftermath', "passaggio della milizia|dopo il passaggio della|quando i machete|finiti i machete")
ev_pt = 'bombardeio|explosao|emboscada|massacre|chacina|tiroteio|ataque|atentado|milicia|granada|execucao|incursao|faccoes'
add('violence_aftermath', cross('depois do|depois da|apos o|apos a|logo depois do|logo depois da', ev_pt))
add('violence_aftermath', 'passagem da milicia|depois da passagem|quando os faccoes acabaram|quando acabaram os')

# ---------------- still / slumped / face down (the victim who no longer moves)
add('violence_still', '''lying very still|lying still|lies very still|lies still|lying motionless|lies motionless|motionless body|motionless bodies|lifeless|
slumped in their seats|slumped in his seat|slumped in her seat|slumped over|slumped against|passengers slumped|bodies slumped|nothing moving|nothing moves|no one moving|nobody moving|
face down in the mud|face down in the dirt|face down in the water|face down on the floor|lying face down|not breathing|no longer breathing|stopped breathing|stops breathing|
tendido muy quieto|tendido inmovil|tendida inmovil|tirado inmovil|tirada inmovil|cuerpo inmovil|cuerpos inmoviles|inmovil en el suelo|boca abajo en el barro|boca abajo en el suelo|
desplomados en los asientos|desplomado en el asiento|desplomados|desplomado|desplomada|nada se mueve|nadie se mueve|ya no se mueve|ya no respira|no respira|sin vida|
allonge immobile|allongee immobile|etendu immobile|etendue immobile|gisant immobile|corps immobile|corps inertes|corps inerte|inerte|affales sur leurs sieges|affale sur son siege|affales|
face contre la boue|face contre terre|visage dans la boue|plus rien ne bouge|rien ne bouge|personne ne bouge|ne respire plus|sans vie|
liegt ganz still|ganz still da|liegt reglos|reglos|regungslos|leblos|leblosen|zusammengesackt|in den sitzen zusammengesackt|mit dem gesicht im schlamm|gesicht nach unten im|
nichts bewegt sich|nichts mehr bewegt|sich nichts mehr bewegt|niemand bewegt sich|atmet nicht mehr|
disteso immobile|distesa immobile|steso immobile|stesa immobile|corpo immobile|corpi immobili|immobile a terra|accasciati sui sedili|accasciato|accasciata|accasciati|
a faccia in giu nel fango|faccia nel fango|niente si muove|nulla si muove|nessuno si muove|non respira piu|senza vita|
caido imovel|caida imovel|deitado imovel|deitada imovel|corpo imovel|corpos imoveis|imovel no chao|de brucos|tombados nos bancos|tombado no banco|tombados|
de cara na lama|cara na lama|nada se mexe|ninguem se mexe|ja nao respira|nao respira mais|sem vida''')

# ---------------- euphemistic blood / stains
add('violence_stain', '''dark puddle|a dark puddle|dark pool|spreading dark stain|dark stain spreading|a dark stain|stain spreading under|spreading under his head|spreading under her head|pool under his head|pool under her head|
floor sticky and dark|sticky and dark|the floor sticky|shirt getting darker|his shirt darker|shirt turning darker|shirt growing darker|everything inside dark red|inside dark red|all dark red|
painted red|floor painted red|walls painted red|carpet soaked and dark|soaked and dark|wall is no longer white|no longer white|wall behind splattered|the wall behind|red trail|a red trail|
charco oscuro|un charco oscuro|mancha oscura|una mancha oscura|pegajoso y oscuro|suelo pegajoso|la camisa cada vez|camisa mas oscura|todo rojo oscuro|rojo oscuro por dentro|pintado de rojo|
empapada y oscura|empapado y oscuro|ya no es blanca|ya no es blanco|rastro rojo|un rastro rojo|creciendo bajo la cabeza|bajo la cabeza|
flaque sombre|une flaque sombre|tache sombre|une tache sombre|collant et sombre|sol collant|chemise de plus en plus|de plus en plus sombre|rouge sombre|tout l interieur rouge|peint en rouge|
trempe et sombre|n est plus blanc|n est plus blanche|trainee rouge|une trainee rouge|grandit sous sa tete|sous sa tete|
dunkle lache|eine dunkle lache|dunkler fleck|ein dunkler fleck|klebrig und dunkel|boden klebrig|hemd wird immer dunkler|immer dunkler|innen dunkelrot|alles dunkelrot|rot gestrichen|
getrankt und dunkel|nicht mehr weiss|rote spur|eine rote spur|unter seinem kopf|unter ihrem kopf|breitet sich unter|
pozza scura|una pozza scura|macchia scura|una macchia scura|appiccicoso e scuro|pavimento appiccicoso|camicia sempre piu|sempre piu scura|rosso scuro|tutto rosso scuro|dipinto di rosso|
inzuppato e scuro|non e piu bianco|non e piu bianca|scia rossa|una scia rossa|sotto la testa|
poca escura|uma poca escura|mancha escura|uma mancha escura|grudento e escuro|chao grudento|camisa cada vez|cada vez mais escura|vermelho escuro|tudo vermelho escuro|pintado de vermelho|
encharcado e escuro|nao e mais branca|nao e mais branco|rastro vermelho|um rastro vermelho|debaixo da cabeca''')

# ---------------- neutral body words (combination only)
add('violence_corpse', '''a body|the body|a covered body|covered body|body under a sheet|bodies under sheets|a human body|human body|
un cuerpo|el cuerpo|cuerpo cubierto|un cuerpo cubierto|los cuerpos|un corps|le corps|corps recouvert|un corps recouvert|des corps|
ein korper|der korper|ein zugedeckter korper|zugedeckte leiche|eine leiche|die leiche|leiche|leichen|un corpo|il corpo|corpo coperto|un corpo coperto|i corpi|
um corpo|o corpo|corpo coberto|um corpo coberto|os corpos''')
# ---------------- fatal falls, run over, trunk, ditch
add('violence_fall', '''after a fall from|after falling from|fall from the 20th floor|from the 20th floor onto|onto a car roof|jumped onto a car|landed on a car roof|
despues de una caida|tras una caida desde|caida desde el piso|sobre el techo de un coche|contra el techo de un coche|
apres une chute du|apres une chute de|chute du 20e etage|sur le toit d une|
nach einem sturz aus|sturz aus dem|auf ein autodach|aufs autodach|
dopo una caduta dal|caduta dal ventesimo|sul tetto di un auto|sul tettuccio|
depois de cair do|cair do 20|em cima do teto|no teto de um carro''')
add('violence_harm', '''
unrecognisable even to|unrecognizable even to|his own mother wouldn|own mother wouldn t recognise|mother wouldn t recognize|closed casket|a closed casket|only fit for a closed|
that the coroner|the coroner won t|the coroner won|state the coroner|
irreconocible incluso para|ni su madre reconoceria|ni su propia madre|de ataud cerrado|ataud cerrado|el forense no quiere|que el forense|
meconnaissable meme pour|meme sa mere|sa propre mere|cercueil ferme|un cercueil ferme|le legiste ne veut|que le legiste|
selbst fur die eigene|nicht mehr zu erkennen|geschlossenen sarg|einen geschlossenen sarg|geschlossener sarg|der rechtsmediziner nicht|den der rechtsmediziner|
irriconoscibile persino|nemmeno sua madre|da bara chiusa|bara chiusa|il medico legale|che il medico legale|
irreconhecivel ate para|nem a mae reconheceria|nem a propria mae|caixao fechado|de caixao fechado|o legista nao quer|que o legista|
legs end at the knee|legs ending at the knee|legs blown off|his legs blown off|arms blown off|legs torn off|blown off at the knee|
piernas terminan en la rodilla|piernas arrancadas|las piernas arrancadas|brazos arrancados|
jambes s arretent aux|s arretent aux genoux|jambes arrachees|les jambes arrachees|bras arraches|
enden am knie|am knie enden|beine abgerissen|die beine abgerissen|arme abgerissen|
finiscono al ginocchio|gambe staccate|le gambe staccate|gambe amputate dall|
terminam no joelho|acabam no joelho|pernas arrancadas|as pernas arrancadas|
an eye no longer there|one eye missing|one eye gone|eye no longer there|ein auge nicht mehr|ein auge fehlt|auge nicht mehr da|un ojo ya no esta|ojo que ya no|
un oeil en moins|il manque un oeil|un occhio che non|un occhio in meno|occhio non c e piu|um olho que ja|um olho a menos|sem um olho|
face purple and split|purple and split|gesicht lila|lila und aufgeplatzt|la cara morada y|morada y reventada|violet et eclate|viso viola|viola e spaccato|rosto roxo|roxo e rachado|
against the curb|head against the curb|head on the curb|gegen die bordsteinkante|gegen den bordstein|auf die bordsteinkante|contre le trottoir|contre le rebord du trottoir|
contra el bordillo|contra la banqueta|contro il marciapiede|contro il cordolo|contra o meio fio|no meio fio|
whipped until it collapses|beaten until it collapses|bis es zusammenbricht|bis es zusammenbrach|jusqu a ce qu il s effondre|hasta que se desploma|fino a farlo crollare|ate ele desabar|
dissolved in acid|dissolving in acid|in saure aufgelost|disuelto en acido|disuelta en acido|dissous dans l acide|dissoute dans l acide|sciolto nell acido|sciolta nell acido|dissolvido em acido|dissolvida em acido|
rammed by the car|after the car ran over|car ran over him|car ran over her|depois que o carro passou|o carro passou por cima|passou por cima dele|passou por cima dela|
el coche le paso por encima|le paso por encima|la voiture lui a roule|lui a roule dessus|uber ihn gefahren|uberrollt|l auto gli e passata|gli e passata sopra|
pierced with lances|speared and bleeding|mit lanzen durchbohrt|lanzen durchbohrt|transperce de lances|atravesado con lanzas|atravesado por banderillas|trafitto dalle lance|trespassado por lancas|
torn open by the blade|ripped open by the blade|slit open by the spur|rasgado pela lamina|desgarrado por la navaja|abierto por la navaja|eventre par la lame|von der klinge aufgeschlitzt|squarciato dalla lama|
horns on fire|horns set on fire|astas en llamas|cuernos en llamas|cornes en feu|cornes enflammees|horner in flammen|brennenden hornern|corna in fiamme|chifres em chamas|
thrown alive into|boiled alive|burned alive|burnt alive|arrojado vivo|echado vivo|hervido vivo|quemado vivo|quemada viva|jete vivant|jetee vivante|bouilli vivant|brule vif|brulee vive|
lebendig in|lebendig gekocht|lebendig verbrannt|bei lebendigem leib verbrannt|buttato vivo|buttata viva|bollito vivo|bruciato vivo|bruciata viva|jogado vivo|jogada viva|cozido vivo|queimado vivo|queimada viva|
boiling water alive|alive in boiling|vivo en agua hirviendo|vivant dans l eau bouillante|lebendig ins kochende|vivo nell acqua bollente|vivo em agua fervendo|
after a beating|after the beating|tras una paliza|despues de una paliza|apres un passage a tabac|apres le passage a tabac|nach einer tracht prugel|nach der pruegelei|dopo un pestaggio|dopo il pestaggio|depois de uma surra|depois da surra|
kicked in the head|kicking his head|stomping on his head|stomps on his head|tritt gegen den kopf|tritt ihm gegen den kopf|den kopf eines mannes|patadas en la cabeza|pateandole la cabeza|coups de pied dans la tete|calci in testa|chutes na cabeca|pisando na cabeca|
until his face|bis sein gesicht|jusqu a ce que son visage|hasta que su cara|finche la sua faccia|ate o rosto dele|
in several pieces|in pieces|in more pieces|in mehreren teilen|in mehreren stucken|en varios pedazos|en pedazos|en plusieurs morceaux|en morceaux|in piu pezzi|a pezzi|em varios pedacos|em pedacos|
split in two by|cut in half by|bitten in half|partido en dos por|coupe en deux par|coupee en deux par|in zwei halften|entzwei gebissen|tagliato in due da|spezzato in due|partido ao meio|cortado ao meio''')
add('violence_harm', '''sciolto nell|sciolta nell|ausgeknipst|umgenietet|abgeknallt|kaltgestellt|dealt with for good|taken care of for good|taken out for good|sent to sleep for good|
se faire rafaler|s est fait rafaler|fait rafaler|rafale|rafalee|flingue|flinguee|descendu a bout portant|regle son compte|
liquidado|liquidada|despachado|despachada|quebrado a tiros|dado matarile|le dieron matarile|
liquide|liquidee|liquidiert|liquidato|liquidata|sistemato per sempre|fatto secco|fatta secca|
apagado|apagada|queimado de arquivo|passado|mandado pro saco|finado|
sistemato|sistemata|erledigt|regle|reglee|gone|sent off''')
# "passar" and the like are too common: only in clause with weapon below (violence_passar)

# ---------------- decomposition
add('violence_decay', '''decomposition|decomposing|decomposed|rotting|rotted|putrefied|putrefying|maggots|maggot infested|bloated|swollen with gas|
descomposicion|descompuesto|descompuesta|en descomposicion|podrido|podrida|pudriendose|gusanos|larvas|hinchado|
decomposition|decompose|decomposee|pourri|pourrie|pourrissant|asticots|vers|gonfle|en putrefaction|
verwesung|verwesend|verwest|verweste|verwesende|faulend|verfault|maden|aufgedunsen|
decomposizione|decomposto|decomposta|in decomposizione|putrefatto|putrefatta|marcio|marcia|vermi|larve|gonfio|
decomposicao|em decomposicao|decomposto|decomposta|apodrecendo|podre|vermes|larvas|inchado|putrefato''')

# ---------------- "and it is not jam" + head
add('violence_notfood', '''not the sauce kind|and it s not sauce|and it isn t jam|and it s not jam|it s not ketchup|and it s not ketchup|not ketchup|and not the sauce|not tomato sauce|and it s not paint|
y no es tomate|y no es salsa|y no es mermelada|y no es ketchup|no es pintura|y no es pintura|
et c est pas du|c est pas du coulis|ce n est pas du|et ce n est pas|pas de la confiture|pas du ketchup|pas de la peinture|
und es ist keine|ist keine marmelade|keine marmelade|kein ketchup|keine tomatensosse|keine farbe|
e non e sugo|non e sugo|e non e marmellata|non e ketchup|e non e vernice|non e vernice|
e nao e molho|nao e molho|e nao e geleia|nao e ketchup|e nao e tinta|nao e tinta|
in wahrheit sein blut|in realta il suo sangue|en realidad su sangre|en realite son sang|na verdade o sangue|is actually his blood|is really his blood''')
add('violence_headpart', '''his head|her head|their heads|his skull|her skull|his brains|her brains|brains|brain matter|
su cabeza|la cabeza|le quede la cabeza|su craneo|el craneo|sus sesos|los sesos|sesos|
sa tete|la tete|son crane|le crane|sa cervelle|la cervelle|cervelle|
sein kopf|ihr kopf|seinen kopf|ihren kopf|seinen schadel|seinem schadel|sein schadel|sein hirn|hirn|gehirn|hirnmasse|
la sua testa|la testa|il suo cranio|il cranio|sul cranio|il suo cervello|cervello|
a cabeca dele|a cabeca dela|a cabeca|o cranio|o cerebro|miolos|os miolos''')
add('violence_wall', '''on the wall|all over the wall|on the walls|en la pared|por la pared|por toda la pared|sur le mur|sur les murs|partout sur le mur|an der wand|an den wanden|sul muro|sui muri|na parede|nas paredes''')
add('gore', '''head into spaghetti|head as jam|kopf als himbeermarmelade|als himbeermarmelade an|cabeza como tomate|cabeza como tomate espachurrado|tete en coulis|sa tete en coulis|testa come sugo|la sua testa come|virou molho de tomate|cabeca dele virou molho|
blood and brains|his blood and brains|sein blut und hirn|blut und hirn|blut und gehirn|sangre y sesos|su sangre y sesos|sang et cervelle|sangue e cervello|il suo sangue e|sangue e miolos|sangue e cerebro|
brains on the wall|brains on the floor|sesos en el suelo|cervelle sur le mur|hirn an der wand|cervello sul muro|miolos na parede|
heads in a cooler|severed heads in|cabezas dentro de una|cabezas en una hielera|dentro de una hielera|cabezas en la hielera|tetes dans une glaciere|des tetes dans une|kopfe in einer kuhlbox|kopfe in einer|teste in una borsa|teste mozzate in|cabecas numa caixa|cabecas dentro de uma|
insides on the outside|his insides outside|lo de dentro fuera|dedans a l exterieur|a dedans a l exterieur|c era dentro di fuori|dentro di fuori ahah|o que tinha dentro|por fora|
zerstuckelungssystem|zerstuckelungssystems|dismemberment system|sistema de desmembramiento|systeme de demembrement|sistema di smembramento|sistema de desmembramento|
enthauptungsvideos|enthauptungen|enthauptung|enthauptet|enthaupteten|kopfschuss wand bespritzt|beheadings|beheading|beheaded|decapitation|decapitated|
decapitacion|decapitado|decapitada|decapitados|decapitation filmee|decapite|decapitee|decapites|decapitazione|decapitato|decapitata|decapitati|decapitacao|decapitado|decapitada|degolado|degolada|
eventre|eventree|eventres|eventrees|sventrato|sventrata|sventrati|destripado|destripada|destripados|estripado|estripada|eviscerado|eviscerada|ausgeweidet|ausgeweidete|
mit heraushangenden eingeweiden|heraushangenden eingeweiden|heraushangende eingeweide|eingeweide hangen heraus|intestines hanging out|guts hanging out|guts spilling out|
tripas de fuera|tripas colgando|las tripas fuera|intestins a l air|les tripes a l air|tripes a l air|budella di fuori|con le budella|intestino de fora|tripas de fora|com as tripas|
mutilated corpse|mutilated body|cadaver mutilado|cuerpo mutilado|corps mutile|cadavre mutile|verstummelte leiche|verstummelter korper|cadavere mutilato|corpo mutilato|corpo mutilado|cadaver mutilado''')
add('violence_emoji_w', '🪓|🔪|🗡|🗡️|⚔|⚔️|🔫|🪚|💣')
add('violence_emoji_p', '🧩|🩸|🦴|🧠|⚰|⚰️')
add('blood', '🩸')

# ---------------- add wounds in an edit
add('violence_addwound', '''add deep cuts|add cuts|add wounds|add bruises|add stab wounds|add bullet holes|add blood|add dripping blood|add a slit throat|make him bleed|make her bleed|make them bleed|
make it look like he was|make it look like she was|make him look beaten|make her look beaten|make him look dead|make her look dead|
anade cortes|anade heridas|anade moratones|anade sangre|anadele sangre|ponle heridas|ponle sangre|haz que sangre|que parezca que le|que parezca muerto|que parezca muerta|que parezca que la|
ajoute des coupures|ajoute des blessures|ajoute des bleus|ajoute du sang|ajoute lui du sang|fais le saigner|fais la saigner|comme s il avait ete|comme si elle avait ete|fais croire qu il|
fuge schnittwunden hinzu|fuge wunden hinzu|fuge blut hinzu|fuge blutergusse|lass ihn bluten|lass sie bluten|als ware er|als ware sie|lass es aussehen als|
aggiungi tagli|aggiungi ferite|aggiungi lividi|aggiungi sangue|fallo sanguinare|falla sanguinare|fai sembrare che|falla sembrare|fallo sembrare|
adiciona cortes|adicione cortes|adiciona ferimentos|adicione ferimentos|adiciona sangue|adicione sangue|coloca sangue|faz ele sangrar|faz ela sangrar|faz parecer que|deixa parecendo que''')
benign('fake blood', ['add blood']); benign('sangre falsa', ['anade sangre']); benign('faux sang', ['ajoute du sang']); benign('kunstblut', ['fuge blut hinzu']); benign('sangue finto', ['aggiungi sangue']); benign('sangue falso', ['adiciona sangue', 'adicione sangue'])
benign('halloween makeup', ['add blood', 'add cuts', 'add wounds']); benign('zombie makeup', ['add blood', 'add cuts', 'add wounds'])

# ---------------- shots
add('violence_shot', '''after the shot|after the gunshot|right after the shot|headshot|close range headshot|nach dem schuss|kopfschuss|kopfsschuss|apres le coup de feu|apres le tir|tir a bout portant|
tras el disparo|despues del disparo|tiro a quemarropa|dopo lo sparo|dopo il colpo|colpo alla testa|depois do tiro|depois do disparo|tiro na cabeca|tiro a queima roupa|
shotgun blast|coup de fusil a pompe|fusil a pompe|escopetazo|schrotflinte|fucilata|tiro de escopeta|exit wound|bullet holes|impacts de balles|agujeros de bala|einschusslocher|fori di proiettile|buracos de bala''')

# ---------------- finishers (inflections)
add('violence_finish', '''finishes off|finish off|finishing off|finished off|finishes the rest|finish the rest|acaban con el|acaba con el resto|rematan|rematan al|remata al|
acheve|achevent|achever|achevant|acheve le reste|achevent le reste|erledigt den rest|erledigen den rest|den rest erledigt|
finiscono il resto|finisce il resto|finiscono|finiscono il|acaba com o resto|acabam com|acabam com o|terminam o servico''')

# ---------------- trophies
add('violence_humanpart', 'human ears|real human ears|human teeth|human fingers|human skins|menschliche ohren|echte menschliche ohren|menschliche zahne|menschliche finger|orejas humanas|dientes humanos|dedos humanos|oreilles humaines|dents humaines|doigts humains|orecchie umane|denti umani|dita umane|orelhas humanas|dentes humanos|dedos humanos')
add('violence_trophy', 'trophy wall|trophy collection|as trophies|pinned in rows|trophaenwand|trophaenwand eines|trophaen|festgepinnt|in reihen festgepinnt|pared de trofeos|como trofeos|clavadas en filas|mur de trophees|comme trophees|epinglees en rangs|parete dei trofei|come trofei|appuntate in fila|parede de trofeus|como trofeus|pregadas em fileiras|serial killer|serienmorder|serienmorders|asesino en serie|tueur en serie|serial killer s')

# ---------------- executions
add('violence_exec', '''dangling from a crane|hanging from a crane|hanged from a crane|dangling from a rope|dangling from the noose|from the noose|swinging from a rope|hanging body|hanging bodies|hanged body|
colgado de una grua|colgada de una grua|colgando de una grua|colgado de una soga|pendu a une grue|pendue a une grue|pendu a une corde|an einem kran|am kran erhangt|am strick|
appeso a una gru|appesa a una gru|impiccato a una gru|pendurado num guindaste|pendurada num guindaste|enforcado num guindaste|enforcado|enforcada|pendurado pela corda|
electric chair|silla electrica|chaise electrique|elektrischen stuhl|elektrische stuhl|sedia elettrica|cadeira eletrica|the condemned|el condenado|le condamne|des verurteilten|der verurteilte|il condannato|o condenado|
kneeling man in orange|man in orange kneeling|kniender mann in orange|hombre arrodillado de naranja|homme agenouille en orange|uomo inginocchiato in arancione|homem ajoelhado de laranja|orange jumpsuit kneeling''')
add('violence_spectacle', '''crowd watching|the crowd watching|cheering crowd|crowd cheering|crowd yelling|crowd filming|people filming|la gente grabando|la multitud mira|multitud mirando|la foule regarde|foule qui regarde|foule en liesse|
die menge schaut zu|die menge jubelt|die menge johlt|jubelnde menge|die leute brullen|la folla guarda|folla che guarda|folla che esulta|la gente filma|a multidao assiste|a multidao olhando|a galera gritando|povo filmando''')
add('violence_moment', '''smoke rising from his head|smoke from his head|rauch steigt vom kopf|rauch vom kopf|humo sale de la cabeza|sale humo de su cabeza|fumee s eleve de la tete|de la fumee sort|fumo sale dalla testa|fumaca sobe da cabeca|
the moment after|right after the shovel|moment after the shovel|the shovel came down|nachdem die schaufel|die schaufel auf|justo despues de que|la pala le cayera|juste apres que la pelle|la pelle lui est|subito dopo che la pala|la pala gli e|logo depois que a pa|a pa desceu''')
add('violence_hit', '''shovel came down on|came down on his skull|auf seinen schadel niederging|schadel niederging|le cayera en la cabeza|cayera en la cabeza|retombee sur le crane|est retombee sur|calata sul cranio|gli e calata sul|desceu na cabeca|pa desceu na|
tritt|treten|tritt auf|treten auf|tritt ein|treten ein|eintreten|prugeln|verprugeln|verprugelt|schlagen auf|einschlagen|pisotean|pisoteando|patean|piétinent|pietinent|tabassent|rouent de coups|
prendono a calci|calpestano|pestano|chutam|pisoteiam|espancam|batem|stomp|stomps|stomped|kick|kicks|beat|beats|clubbing|kicked and stomped''')
add('violence_dead', '''until nothing moves|until nothing moves anymore|until he stops|until she stops|bis sich nichts mehr|bis er sich nicht|bis sie sich nicht|bis es zusammenbricht|hasta que nada se mueve|hasta que deja de|hasta que no se mueve|
jusqu a ce que plus|jusqu a ce qu il ne|jusqu a ce qu elle ne|finche non si muove|finche niente si|ate nada se mexer|ate parar de|ate ele parar|ate ela parar|
until it collapses|until it drops|bis es umfallt|jusqu a ce qu il tombe|hasta que cae|finche non crolla|ate cair''')
# animals and other victims
add('violence_victim', '''rooster|roosters|cockerel|bull|bulls|pig|piglet|cow|calf|lamb|sheep|goat|chicken|chickens|rabbit|monkey|deer|fox|
gallo|gallos|toro|toros|cerdo|cerdito|vaca|ternero|cordero|oveja|gallina|conejo|mono|ciervo|zorro|
coq|coqs|taureau|taureaux|cochon|porcelet|vache|veau|agneau|mouton|poule|lapin|singe|cerf|renard|
hahn|hahne|stier|stiere|schwein|ferkel|kuh|kalb|lamm|schaf|huhn|huhner|kaninchen|affe|hirsch|fuchs|
gallo|galli|toro|tori|maiale|maialino|mucca|vitello|agnello|pecora|gallina|coniglio|scimmia|cervo|volpe|
galo|galos|touro|touros|porco|leitao|vaca|bezerro|cordeiro|ovelha|galinha|coelho|macaco|veado|raposa|
suspect|the suspect|sospechoso|el sospechoso|le suspect|des verdachtigen|den verdachtigen|der verdachtige|il sospettato|lo sospettato|o suspeito|
quelqu un|jemand|jemanden|someone|somebody|qualcuno|alguem|a person|una persona|une personne|ein mensch|uma pessoa|
passengers|pasajeros|passagers|passagiere|passeggeri|passageiros|villagers|aldeanos|villageois|dorfbewohner|abitanti|aldeoes|
ein soldat|des soldaten|soldat|soldats|soldado|soldados|soldato|soldati|soldier|soldiers''')
add('violence_trap', '''thrown into boiling water|into boiling water|en agua hirviendo|dans l eau bouillante|ins kochende wasser|in kochendes wasser|nell acqua bollente|em agua fervendo|pot of boiling water|
cockfight|cock fight|pelea de gallos|rina de gallos|combat de coqs|hahnenkampf|combattimento di galli|rinha de galo|dogfight ring|pelea de perros|combat de chiens|hundekampf|combattimento tra cani|rinha de caes|
toro embolado|bull with flaming horns|taureau aux cornes|bullfight|corrida|stierkampf|corrida de toros|tourada|''')
# avoid cockfight etc. being ordinary: only fires with victim (rooster/bull) AND trap-> ok since it names animal harm event.



# ---------------- animal cruelty, systematic: verb form x determiner x animal (each n-gram is violence_trap;
# the animal word itself is violence_victim, so the pair fires)
AN = {
 'en': ('a|the|his|her|their|', 'dog|dogs|puppy|puppies|cat|cats|kitten|kittens|horse|horses|donkey|bull|rooster|monkey|bunny|hamster|stray dog|stray cat'),
 'es': ('a un|a una|al|a la|a los|a las|a unos|a su|a sus|', 'perro|perros|perrito|perritos|cachorro|cachorros|gato|gatos|gatito|gatitos|caballo|caballos|burro|toro|gallo|mono|conejito|hamster|perro callejero'),
 'fr': ('un|une|le|la|les|des|son|sa|ses|', 'chien|chiens|chiot|chiots|chat|chats|chaton|chatons|cheval|chevaux|ane|taureau|coq|singe|hamster|chien errant'),
 'it': ('un|una|il|lo|la|i|gli|le|dei|il suo|', 'cane|cani|cucciolo|cuccioli|gatto|gatti|gattino|gattini|cavallo|cavalli|asino|toro|gallo|scimmia|criceto|cane randagio'),
 'pt': ('um|uma|o|a|os|as|uns|no|na|nos|seu|', 'cachorro|cachorros|cao|caes|filhote|filhotes|gato|gatos|gatinho|gatinhos|cavalo|cavalos|burro|touro|galo|macaco|hamster|cachorro de rua'),
 'de': ('einen|eine|ein|den|die|das|seinen|ihren|', 'hund|hunde|welpen|welpe|katze|katzen|katzchen|pferd|pferde|esel|stier|hahn|affen|hamster|streuner'),
}
VERB = {
 'en': 'kicking|kicks|kicked|drowning|drowns|drowned|torturing|tortures|tortured|skinning|skinned|stabbing|stabs|strangling|strangles|stoning|whipping|beating up|beats up|setting fire to|sets fire to|set fire to|pouring gasoline on|burning alive|throwing acid on|mutilating|poisoning|abusing|cruelly beating',
 'es': 'pateando|patea|pateó|patear|ahogando|ahoga|ahogó|ahogar|torturando|tortura|torturó|torturar|desollando|despellejando|apuñalando|apuñala|estrangulando|apedreando|apedrea|azotando|azota|golpeando|golpea|pegándole|prendiéndole fuego|prenden fuego|quemando vivo|ahorcando|ahorca|maltratando|maltrata|envenenando|mutilando|rociando con gasolina|dándole patadas|dando patadas',
 'fr': 'frapper|tabasser|tabasse|noyer|noie|noyant|torturer|torture|torturant|ecorcher|ecorche|poignarder|poignarde|etrangler|etrangle|lapider|lapide|fouetter|battre|bruler|pendre|maltraiter|maltraite|empoisonner|mutiler|donner des coups a|donne des coups a|mettre le feu a|met le feu a|asperger d essence',
 'it': 'prendere a calci|prende a calci|prendono a calci|annegare|annega|annegando|torturare|tortura|torturando|scuoiare|scuoia|accoltellare|accoltella|strangolare|strangola|lapidare|lapida|frustare|frustando|picchiare|bruciare|dare fuoco a|da fuoco a|impiccare|impicca|maltrattare|maltratta|maltrattando|avvelenare|mutilare|massacrare di botte',
 'pt': 'chutando|chuta|chutou|chutar|afogando|afoga|afogou|afogar|torturando|tortura|torturou|torturar|esfolando|esfaqueando|esfaqueia|estrangulando|apedrejando|apedreja|chicoteando|chicoteia|espancando|espanca|espancou|espancar|batendo em|batendo no|batendo na|queimar|tacando fogo em|tacando fogo no|tacando fogo na|enforcando|enforca|maltratando|maltrata|envenenando|mutilando|jogando gasolina em',
}
NODET = re.compile(r'(ing|ando|endo|er|ar|are|ire|ere|ir)$|fire to|gasoline|acid on|fuego|feu|fuoco|fogo')
for lang, (dets, animals) in AN.items():
    if lang == 'de':
        continue
    for v in VERB[lang].split('|'):
        for d in dets.split('|'):
            if d == '' and (not NODET.search(v) or v in ('drowning', 'ahogando', 'afogando', 'annegando')):
                continue
            for a in animals.split('|'):
                add('violence_trap', ' '.join(x for x in (v, d, a) if x))
    for a in animals.split('|'):
        add('violence_victim', a)
# German: object before verb (infinitive / participle) and verb-second forms
DEV_INF = 'treten|ertranken|qualen|foltern|hauten|erstechen|erwurgen|steinigen|auspeitschen|verprugeln|anzunden|aufhangen|erhangen|misshandeln|vergiften|verstummeln|totschlagen|tottreten'
DEV_PART = 'getreten|ertrankt|gequalt|gefoltert|gehautet|erstochen|erwurgt|gesteinigt|ausgepeitscht|verprugelt|angezundet|aufgehangt|erhangt|misshandelt|vergiftet|verstummelt|totgeschlagen|totgetreten'
DEV_V2 = 'tritt|ertrankt|qualt|foltert|hautet|ersticht|erwurgt|steinigt|peitscht|verprugelt|misshandelt|vergiftet|verstummelt|erschlagt'
dets, animals = AN['de']
for a in animals.split('|'):
    add('violence_victim', a)
    for d in dets.split('|'):
        for v in (DEV_INF + '|' + DEV_PART).split('|'):
            add('violence_trap', f'{d} {a} {v}')
        if d in ('einen', 'den', 'seinen', 'ihren'):
            for v in DEV_V2.split('|'):
                add('violence_trap', f'{v} {d} {a}')
    for v in DEV_PART.split('|'):
        add('violence_trap', f'{a} wird {v}')
        add('violence_trap', f'{a} werden {v}')


# ---------------- killing-by-beating / stomping, six languages (needs a victim word)
add('violence_harm', """beaten to death|kicked to death|stomped to death|clubbed to death|bludgeoned to death|hacked to death|stabbed to death|beaten until dead|
muerto a golpes|muerta a golpes|matado a golpes|matada a golpes|muerto a patadas|muerta a patadas|matado a patadas|molido a golpes|pisoteado hasta la muerte|apunalado hasta la muerte|
battu a mort|battue a mort|tue a coups de pied|tuee a coups de pied|roue de coups jusqu a|pietine a mort|pietinee a mort|poignarde a mort|poignardee a mort|frappe a mort|frappee a mort|
zu tode geprugelt|zu tode getreten|zu tode getrampelt|zu tode geschlagen|totgeprugelt|totgetreten|totgeschlagen|erschlagen|zu tode gestochen|
ucciso di botte|uccisa di botte|picchiato a morte|picchiata a morte|ucciso a calci|uccisa a calci|calpestato a morte|calpestata a morte|massacrato di botte|massacrata di botte|pugnalato a morte|
espancado ate a morte|espancada ate a morte|morto a pontapes|morta a pontapes|morto a pauladas|morta a pauladas|pisoteado ate a morte|esfaqueado ate a morte|esfaqueada ate a morte|linchado|linchada|lynched|lynche|lynchee|gelyncht|linciato|linciata""")
# shot in the face / brains blown out
add('violence_act', """disparo en la cara|tiro en la cara|un tiro en la cabeza|balazo en la cara|balle dans le visage|une balle dans la tete|ins gesicht geschossen|in den kopf geschossen|sparato in faccia|sparato in testa|colpo in testa|tiro na cara|tiro na testa|
electrocutado|electrocutada|electrocute|electrocutee|elettrocutato|elettrocutata|eletrocutado|eletrocutada|durch stromschlag getotet|a machetazos|a coups de machette|mit der machete|a colpi di machete|a golpes de facao|a facadas|a coltellate""")
add('gore', """le volaron los sesos|sesos volados|volarle los sesos|la cervelle explosee|cervelle explosee|lui a fait sauter la cervelle|hirn weggeblasen|das hirn weggeblasen|fece saltare le cervella|cervella sparse|miolos estourados|estourou os miolos|estourar os miolos|
brains splattered|brains blown out|blew his brains out|blown his brains out|
cuerpos apilados|pila de cadaveres|monton de cadaveres|cadaveres apilados|tas de cadavres|cadavres empiles|corps empiles|leichenberg|gestapelte leichen|leichenberge|mucchio di cadaveri|cadaveri ammucchiati|corpi ammassati|pilha de cadaveres|corpos empilhados|
bodies piled up|piled up bodies|pile of corpses|stacked bodies""")
add('blood', 'mass grave|mass graves|fosa comun|fosas comunes|fosse commune|fosses communes|massengrab|massengraber|fossa comune|fosse comuni|vala comum|valas comuns')
add('violence_harm', """cigarette burns on his|cigarette burns on her|burned with cigarettes|quemaduras de cigarrillo|quemado con cigarrillos|quemada con cigarrillos|brulures de cigarette|brule a la cigarette|brulee a la cigarette|
zigarettenverbrennungen|mit zigaretten verbrannt|bruciature di sigaretta|bruciato con le sigarette|bruciata con le sigarette|queimaduras de cigarro|queimado com cigarro|queimada com cigarro|
throat cut|his throat cut|her throat cut|cut his throat|cut her throat|le cortaron el cuello|cortarle el cuello|la gorge coupee|lui trancher la gorge|die kehle aufgeschlitzt|kehle aufgeschnitten|gli tagliano la gola|tagliargli la gola|cortaram a garganta|cortar a garganta|
eyes gouged out|gouging out his eyes|gouging out her eyes|sacandole los ojos|le arrancan los ojos|lui creve les yeux|creve les yeux|die augen ausstechen|augen ausgestochen|cavandogli gli occhi|gli cavano gli occhi|arrancando os olhos|arrancaram os olhos|
ears cut off|ear cut off|cutting off his ear|orejas cortadas|le cortaron la oreja|oreille coupee|oreilles coupees|ohr abgeschnitten|ohren abgeschnitten|orecchio tagliato|orecchie tagliate|orelha cortada|orelhas cortadas|
hands cut off|his hands cut off|mani tagliate|maos cortadas|hande abgehackt|hande abgeschnitten|mains tranchees|manos amputadas a machete|
fingers chopped off|dedos amputados|doigts tranches|finger abgeschnitten|dita mozzate|dedos decepados|
skin peeled off|peeling off his skin|arrancandole la piel|la piel arrancada|la peau arrachee|arrachant la peau|die haut abgezogen|haut abziehen|la pelle strappata|strappandogli la pelle|arrancando a pele|a pele arrancada|
nails hammered into|clavos en las manos|clous dans les mains|nagel durch die hande|chiodi nelle mani|pregos nas maos|
electrodes on his|electrodos en los|electrodes sur ses|elektroden an seinen|elettrodi sui|eletrodos nos""")
# executions, more forms (non-firing exec class; fires with weapon / spectacle / moment / result)
add('violence_exec', """beheaded|being beheaded|beheads|decapitan|decapitando|decapiter|decapite|enthaupten|enthauptet|decapitare|decapitano|decapitar|decapitam|
hanged|being hanged|hangs him|hanging him|ahorcan|ahorcaron|pendu|pendue|pendus|gehenkt|erhangt|impiccato|impiccata|impiccati|impiccano|enforcado|enforcados|enforcam|
shot by firing squad|fusilan|fusilaron|fusille|fusillee|fusilles|erschossen|standrechtlich erschossen|fucilato|fucilata|fucilati|fuzilado|fuzilados|fuzilam|
guillotined|guillotinado|guillotinada|guillotine|guillotinee|guillotiniert|ghigliottinato|ghigliottinata|guilhotinado|guilhotinada|
stoned to death|lapidados|lapides|gesteinigt|lapidati|apedrejados|burned at the stake|en la hoguera|sur le bucher|auf dem scheiterhaufen|sul rogo|na fogueira""")

# ---------------- precision pass: ambiguous look-alikes dropped or moved to weaker classes
SLANG = 'sistemato|sistemata|erledigt|regle|reglee|gone|sent off|apagado|apagada|passado|finado|liquide|liquidee|liquidiert|liquidato|liquidata|liquidado|liquidada|despachado|despachada|kaltgestellt|ausgeknipst|rafale|flingue|flinguee'
for w in SLANG.split('|'):
    k = key(w)
    if k in T and 'violence_harm' in T[k]: T[k].remove('violence_harm')
    add('violence_slang', w)
DROP = {
 'violence_harm': """after a week in|en el maletero|dans un coffre|nel bagagliaio|no porta malas|in a ditch|en una zanja|dans un fosse|in un fosso|numa vala|
in pieces|en pedazos|a pezzi|em pedacos|en morceaux|in more pieces|cut in half by|coupe en deux par|coupee en deux par|tagliato in due da|cortado ao meio|spezzato in due|partido ao meio|in zwei halften|
lebendig in|against the curb|no meio fio|contra la banqueta|contre le trottoir|contre le rebord du trottoir|contra el bordillo|contro il marciapiede|contro il cordolo|contra o meio fio|auf die bordsteinkante|gegen den bordstein|head on the curb|
den kopf eines mannes|until his face|bis sein gesicht|jusqu a ce que son visage|hasta que su cara|finche la sua faccia|ate o rosto dele|uberrollt|passou por cima dele|passou por cima dela|gli e passata sopra|l auto gli e passata|
viso viola|rosto roxo|gesicht lila|one eye missing|one eye gone|ein auge fehlt|un oeil en moins|il manque un oeil|un occhio in meno|sem um olho|occhio non c e piu|um olho a menos|
closed casket|a closed casket|ataud cerrado|cercueil ferme|un cercueil ferme|bara chiusa|caixao fechado|geschlossener sarg|einen geschlossenen sarg|geschlossenen sarg|
that the coroner|que el forense|que le legiste|che il medico legale|que o legista|il medico legale|den der rechtsmediziner|nicht mehr zu erkennen|ni su propia madre|sa propre mere|meme sa mere|nem a propria mae|nemmeno sua madre|
boiling water alive""",
 'gore': 'por fora|o que tinha dentro|kopfschuss wand bespritzt',
 'violence_trap': """into boiling water|en agua hirviendo|dans l eau bouillante|ins kochende wasser|in kochendes wasser|nell acqua bollente|em agua fervendo|pot of boiling water|thrown into boiling water|
cockfight|cock fight|pelea de gallos|rina de gallos|combat de coqs|hahnenkampf|combattimento di galli|rinha de galo|dogfight ring|pelea de perros|combat de chiens|hundekampf|combattimento tra cani|rinha de caes|
bull with flaming horns|taureau aux cornes|bullfight|corrida|stierkampf|corrida de toros|tourada""",
 'violence_victim': """pig|piglet|cow|calf|lamb|sheep|chicken|chickens|rabbit|cerdo|cerdito|vaca|ternero|cordero|oveja|gallina|conejo|cochon|porcelet|vache|veau|agneau|mouton|poule|lapin|
schwein|ferkel|kuh|kalb|lamm|schaf|huhn|huhner|kaninchen|maiale|maialino|mucca|vitello|agnello|pecora|coniglio|porco|leitao|bezerro|cordeiro|ovelha|galinha|coelho""",
 'violence_stain': """painted red|walls painted red|the wall behind|red trail|a red trail|rastro rojo|un rastro rojo|trainee rouge|une trainee rouge|rote spur|eine rote spur|scia rossa|una scia rossa|
bajo la cabeza|sous sa tete|unter seinem kopf|unter ihrem kopf|sotto la testa|debaixo da cabeca|immer dunkler|de plus en plus sombre|sempre piu scura|cada vez mais escura|
rouge sombre|rosso scuro|vermelho escuro|pintado de rojo|peint en rouge|rot gestrichen|dipinto di rosso|pintado de vermelho|all dark red|camisa cada vez""",
 'violence_corpse': 'the body|el cuerpo|le corps|der korper|il corpo|o corpo|los cuerpos|des corps|i corpi|os corpos',
 'violence_decay': 'vers|marcia|gonfle|gonfio|hinchado|inchado|swollen with gas|podre|marcio',
 'violence_notfood': """and it s not paint|no es pintura|y no es pintura|et c est pas du|ce n est pas du|et ce n est pas|pas de la peinture|und es ist keine|keine farbe|e non e vernice|non e vernice|e nao e tinta|nao e tinta""",
 'violence_addwound': """add cuts|add bullet holes|que parezca que le|que parezca que la|comme s il avait ete|comme si elle avait ete|fais croire qu il|als ware er|als ware sie|lass es aussehen als|fai sembrare che|falla sembrare|fallo sembrare|faz parecer que|deixa parecendo que|
make it look like he was|make it look like she was|anade cortes|ajoute des coupures|aggiungi tagli|adiciona cortes|adicione cortes|ajoute des bleus""",
 'violence_hit': """tritt|treten|tritt ein|treten ein|eintreten|kick|kicks|beat|beats|batem|pestano|chutam|patean|schlagen auf|einschlagen|clubbing|
shovel came down on|schadel niederging|cayera en la cabeza|est retombee sur|gli e calata sul|pa desceu na""",
 'violence_moment': 'the moment after|justo despues de que|the shovel came down|die schaufel auf',
 'violence_shot': 'headshot|exit wound|after the gunshot',
 'violence_aftermath': cross('after the|after a|right after the', 'attack|shooting') + '|' + cross('tras el|despues del', 'ataque') + '|' + cross("apres l|juste apres l", 'attaque') + '|' + cross('nach dem|nach einem|kurz nach dem', 'angriff') + '|' + cross("dopo l|subito dopo l", 'attacco') + '|' + cross('depois do|apos o|logo depois do', 'ataque'),
 'violence_finish': 'finiscono|finiscono il|acabam com|acabam com o|rematan|rematan al|remata al|acaban con el',
 'violence_dead': 'until he stops|until she stops|hasta que deja de|ate parar de|ate ele parar|ate ela parar|bis er sich nicht|bis sie sich nicht|until it drops|hasta que cae|ate cair|jusqu a ce qu il tombe',
 'violence_passar': 'levar na',
}
for cls, words in DROP.items():
    for w in re.split(r'[|\n]', words):
        k = key(w.strip())
        if k in T and cls in T[k]:
            T[k].remove(cls)
            if not T[k]: del T[k]
add('violence_harm', """head against the curb|kopf gegen die bordsteinkante|gegen die bordsteinkante|tete contre le trottoir|cabeza contra el bordillo|testa contro il marciapiede|cabeca contra o meio fio|
fur einen geschlossenen sarg|pour un cercueil ferme|para un ataud cerrado|per una bara chiusa|para caixao fechado|de caixao fechado|de ataud cerrado|only fit for a closed casket|
medico legale non vuole|meme sa mere ne|nemmeno sua madre lo|ni su madre lo|nem a mae dele|lila und aufgeplatzt""")
DITCH = 'found in a ditch|dumped in a ditch|left in a ditch|encontraron en una zanja|tirada en una zanja|tirado en una zanja|retrouvee dans un fosse|retrouve dans un fosse|im graben gefunden|im graben gefunden wurde|ritrovata in un fosso|ritrovato in un fosso|encontrada numa vala|encontrado numa vala'
for w in DITCH.split('|'):
    k = key(w)
    if k in T and 'violence_harm' in T[k]:
        T[k].remove('violence_harm')
        if not T[k]: del T[k]
    add('violence_ditch', w)
add('violence_addwound', 'add deep cuts to|add cuts to his|add cuts to her|anade cortes profundos|ajoute des entailles|aggiungi tagli profondi|adiciona cortes profundos|adicione cortes profundos|ajoute des ecchymoses')
add('violence_skullhit', 'came down on his skull|auf seinen schadel niederging|le cayera en la cabeza|retombee sur le crane|calata sul cranio|desceu na cabeca')
add('violence_stain', 'chao todo pintado|chao da cozinha todo|todo pintado de vermelho|floor painted red|suelo pintado de rojo|sol peint en rouge|boden rot gestrichen|pavimento dipinto di rosso|hemd wird immer dunkler|la camisa cada vez')
add('violence_dead', 'parar de se mexer|until nothing moves|nichts mehr bewegt')
add('violence_corpse', 'corpse|corpses|cadaver|cadaveres|cadavere|cadaveri|cadavre|cadavres|leiche|leichen|dead body|dead bodies|un cadaver|un cadavre')
for p, m in [('body of water', ['a body']), ('a body of water', ['a body']), ('corps de ballet', ['un corps']), ('corpo di ballo', ['un corpo']), ('corpo de baile', ['um corpo']),
             ('blood orange', ['add blood']), ('a body of work', ['a body']), ('un corps de reve', ['un corps']), ('cuerpo de baile', ['un cuerpo'])]:
    benign(p, m)

# ---------------- clauses
CL = [
 ['violence_aftermath', 'violence_still'], ['violence_aftermath', 'violence_remains'], ['violence_aftermath', 'violence_corpse'],
 ['violence_aftermath', 'violence_stain'], 
 ['violence_still', 'violence_pool'], ['violence_still', 'violence_stain'], ['violence_still', 'violence_restrain'], ['violence_still', 'violence_weapon'],
 ['violence_stain', 'violence_weapon'], ['violence_stain', 'violence_harm'], ['violence_stain', 'violence_kill'],
 ['violence_stain', 'violence_shot'], ['violence_stain', 'violence_corpse'], ['violence_stain', 'violence_restrain'],
 ['violence_shot', 'blood'], 
 ['violence_fall', 'violence_corpse'],
 ['violence_decay', 'violence_corpse'], 
 ['violence_notfood', 'violence_headpart'], ['violence_notfood', 'violence_wall'],
 ['violence_emoji_w', 'violence_emoji_p'],
 ['violence_addwound', 'person'], ['violence_addwound', 'portrait'], ['violence_addwound', 'edit_context'],
 ['violence_harm', 'edit_context'], ['violence_harm', 'violence_spectacle'], ['violence_harm', 'violence_corpse'],
 ['violence_exec', 'violence_result'], ['violence_exec', 'violence_moment'],
 
 ['violence_humanpart', 'violence_trophy'],
 ['violence_skullhit', 'violence_moment'], 

 ['violence_remains', 'violence_corpse'], ['violence_ditch', 'edit_context'], ['violence_ditch', 'violence_addwound'],
 ['violence_slang', 'violence_emoji_w'], ['violence_slang', 'violence_result'], ['violence_slang', 'violence_remains'], ['violence_slang', 'violence_stain'],
]
for t in ('cabecas dentro de uma','cabecas numa caixa','cabezas dentro de una','dentro de una hielera','des tetes dans une','kopfe in einer','teste in una borsa','com as tripas','con le budella','il suo sangue e','la sua testa come','cabeza como tomate','virou molho de tomate','lo de dentro fuera','sangue e cerebro'):
    if 'gore' in T.get(t, []):
        T[t].remove('gore')
        if not T[t]: del T[t]
for t in ('erschlagen', 'kicked in the head'):
    if 'violence_harm' in T.get(t, []):
        T[t].remove('violence_harm')
        if not T[t]: del T[t]
add('violence_pool', '''red pool|a red pool|red pool spreading|spreading red pool|pool of blood|a pool of blood|growing red pool|
charco rojo|un charco rojo|charco rojo creciendo|charco de sangre|un charco de sangre|flaque rouge|une flaque rouge|flaque rouge qui grandit|flaque de sang|une flaque de sang|
rote lache|roten lache|eine rote lache|blutlache|einer blutlache|in einer blutlache|pozza rossa|una pozza rossa|pozza di sangue|una pozza di sangue|
poca vermelha|uma poca vermelha|poca vermelha crescendo|poca de sangue|uma poca de sangue''')
for t in ('sventrato', 'sventrata', 'sventrati'):
    if 'gore' in T.get(t, []): T[t].remove('gore')
    add('violence_harm', t)
for t in list(T):
    if not t: del T[t]
out = {'terms': T, 'benign': B, 'rules': {'violence.graphic': {'when': CL}}}
json.dump(out, open('/work/ref7/violence/pd/violence7.json', 'w'), ensure_ascii=False, indent=0, sort_keys=True)
print(len(T), 'terms', len(B), 'benign', len(CL), 'clauses')
