import json,itertools,sys
sys.path.insert(0,'/work/ref6/selfharm'); from norm import key
T={}
def add(cls,*terms):
    for t in terms:
        for x in ([t] if isinstance(t,str) else t):
            T.setdefault(x,[])
            if cls not in T[x]: T[x].append(cls)
def X(*parts):
    # cartesian product of alternatives separated by |
    out=[]
    for combo in itertools.product(*[p.split('|') for p in parts]):
        out.append(' '.join(w for w in combo if w).strip())
    return out
SH='selfharm'; M='selfharm_means'; C='selfharm_cue'; P='selfharm_place'; J='selfharm_jump'
W='selfharm_wound'; A='selfharm_praise'; EB='selfharm_edbody'; EF='selfharm_edfast'; E='selfharm_encourage'; CW='selfharm_cue_weak'; BL='selfharm_blade'; BR='selfharm_razor'; W2='selfharm_wound_weak'

CALM='selfharm_calm'; DATE='selfharm_date'; MH='selfharm_hang'; PW='selfharm_place_weak'; EMO='selfharm_emoji'; CEL='selfharm_celebrate'
# ---------- means: pills ----------
add(M,'pills','pill bottle','pill bottles','sleeping pills','painkillers','pain killers','tablets','sleeping tablets','bottle of pills','box of pills','handful of pills','pile of pills',
    'pastillas','pastis','pastillitas','somniferos','calmantes','analgesicos','bote de pastillas','pastillas para dormir',
    'cachets','medocs','comprimes','somniferes','pilules','boite de medicaments','boite de medocs','flacon de cachets','antidouleurs',
    'tabletten','schlaftabletten','schmerzmittel','schmerztabletten','pillen','tablettendose','tablettenpackung','tablettenschachtel',
    'comprimidos','remedios','pilulas','frasco de comprimidos','frasco de remedios','caixa de remedios',
    'pillole','pastiglie','pasticche','sonniferi','antidolorifici','flacone di pillole','scatola di pillole','compresse')
# means: blades
add(M,'razor blade','razor blades','box cutter','utility knife',
    'cuchilla','cuchillas','una cuchilla','cuchilla de afeitar','navaja de afeitar',
    'lame de rasoir','lames de rasoir',
    'rasierklinge','rasierklingen','teppichmesser','cuttermesser',
    'lamina de barbear','laminas de barbear','gilete','estilete',
    'la lametta','una lametta','con la lametta','taglierino','lama da barba')
add(BL,'a blade','the blade','with a blade','une lame','la lame','avec une lame','klinge','einer klinge','cutter','blade','razor','lame','taglierino','teppichmesser')
add(BR,'razor blade','razor blades','cuchilla','cuchillas','una cuchilla','cuchilla de afeitar','lame de rasoir','lames de rasoir','rasierklinge','rasierklingen','lamina de barbear','laminas de barbear','gilete','lametta','lamette','la lametta','una lametta','lama da barba')
# means: rope / hanging
add(M,'noose','a noose','hangman s noose','rope tied to','rope from the ceiling','rope hanging from','belt around his neck','belt around her neck','belt around my neck',
    'soga','una soga','la soga','cuerda atada','cuerda colgada','cinturon al cuello',
    'noeud coulant','corde a noeud coulant','une corde a','corde qui pend','corde attachee','ceinture autour du cou',
    'schlinge','strick','eine schlinge','seil am dachbalken','gurtel um den hals',
    'forca','uma forca','corda presa','corda amarrada','cinto a volta do pescoco','cinto no pescoco',
    'cappio','un cappio','corda legata','cintura al collo')
# ---------- finality / farewell cues ----------
add(C,'goodbye note','goodbye letter','farewell letter','farewell note','farewell post','goodbye post','my last post','last post','final post','goodbye message',
    'never wake up','not wake up','not to wake up','won t wake up','doesn t wake up','no longer wake up','never waking up','not waking up','wake up again',
    'close her eyes for good','close his eyes for good','last night alive','last night vibes','my last night','her last night','his last night','last evening',
    'final moment','final goodbye','last goodbye','goodbye forever','goodbye to the world','saying goodbye to everyone',
    'take them all','taking them all','all of them at once','whole bottle','entire bottle','whole box','entire box','whole pack','a whole packet',
    'finally free','finally at peace','at peace now','eternal sleep','sleep forever','disappear forever','gone forever','leave forever',
    'nobody will notice','no one will notice','by the time you read this','if you re seeing this','if you are reading this','don t look for me','sorry mom',
    'made my decision','decided to end','no intention of coming back','never come back','not come back','not coming back','not to come back',
    'one way ticket','before she ends it','before he ends it','before ending it','end it tonight','tonight is the night',
    # es
    'carta de despedida','nota de despedida','mensaje de despedida','post de despedida','cartas de despedida','notas de despedida',
    'ultima noche','mi ultima noche','su ultima noche','ultimo mensaje','ultimo post',
    'no despertar','no despertar mas','ya no despierta','ya no despertar','no volver a despertar','que no despierte','sin despertar','para no despertar',
    'cierre los ojos para siempre','tomarselas todas','tomandoselas todas','todas las pastillas','bote entero','caja entera','para no volver',
    'nadie se dara cuenta','nadie lo notara','no me busqueis','no me busques','perdon mama','por fin me voy','irse para siempre','sueno eterno','siesta eterna',
    # fr
    'lettre d adieu','mot d adieu','post d adieu','message d adieu','lettres d adieu','mon dernier post','mon dernier message','derniere nuit','ma derniere nuit','sa derniere nuit',
    'ne plus jamais se reveiller','ne plus se reveiller','ne plus me reveiller','ne jamais se reveiller','ne pas se reveiller','plus jamais se reveiller',
    'tous les cachets','toute la boite','boite entiere','flacon entier','personne ne remarquera','personne ne le remarquera','ne me cherchez pas',
    'pardon maman','enfin libre','enfin en paix','sommeil eternel','dormir pour toujours','ne pas revenir','pour ne jamais revenir','sans retour','ma decision est prise','c est decide',
    # de
    'abschiedsbrief','abschiedsnachricht','abschiedspost','abschiedsposts','abschiedsvideo','letzter abend','letzte nacht','meinen letzten abend','letzter post','mein letzter',
    'nicht mehr aufwachen','nie mehr aufwachen','nie wieder aufwachen','nicht mehr aufzuwachen','nie wieder aufzuwachen','fur immer einschlafen','fur immer verschwinden','fur immer geht',
    'alle tabletten','ganze packung','ganze schachtel','ganze dose','niemand wird es merken','keiner wird es merken','keiner wird mich vermissen','sucht mich nicht','endlich ruhe','endlich frei','endlich frieden',
    'nicht zuruckzukommen','nie zuruckzukehren','nie mehr zuruck','bin ich schon weg','morgen bin ich weg','ich bin dann weg','tut mir leid mama','den morgen nicht mehr','ewiger schlaf','ewigen schlaf',
    # pt
    'carta de despedida','bilhete de despedida','post de despedida','mensagem de despedida','ultima noite','minha ultima noite','sua ultima noite','ultima mensagem','ultimo post',
    'nunca mais acordar','nunca mais vai acordar','nao acordar','nao acordar mais','para nao acordar','pra nao acordar','tomar todos','todos os comprimidos','frasco inteiro','caixa inteira',
    'ninguem vai perceber','ninguem vai notar','nao me procurem','desculpa mae','finalmente livre','finalmente em paz','sono eterno','nao voltar','para nao voltar','pra nao voltar','sem volta','eu que escolhi','ja nao estou ca',
    # it
    'lettera d addio','biglietto d addio','post d addio','messaggio d addio','lettera di addio','ultima notte','la mia ultima notte','la sua ultima notte','il mio ultimo messaggio','ultimo post',
    'non svegliarsi piu','non svegliarmi piu','non si svegliera piu','non svegliarsi','non svegliarmi','senza svegliarsi','prenderle tutte','tutte le pillole','tutte insieme','intero flacone','intera confezione','tutto il flacone',
    'nessuno se ne accorgera','nessuno se ne accorgerebbe','non cercatemi','scusa mamma','finalmente libera','finalmente libero','finalmente in pace','sonno eterno','non tornare','per non tornare','senza ritorno','viaggio senza ritorno','ultimo viaggio')
add(CW,'one last time','for the last time','the last time','ultima vez','por ultima vez','una ultima vez','para siempre','pour toujours','pour de bon','une derniere fois','derniere fois','pour la derniere fois','fur immer','ein letztes mal','zum letzten mal','para sempre','pra sempre','de vez','pela ultima vez','uma ultima vez','per sempre','per l ultima volta','un ultima volta','ultima volta','ho deciso','ha deciso','ya decidi','ya decidio','ja decidi','already decided','c est fini','hasta aqui','i m sorry',)
# ---------- places of jumping ----------
add(P,'ledge','on the ledge','window ledge','hotel room ledge','edge of the roof','edge of a roof','roof edge','edge of the rooftop','edge of a rooftop','rooftop edge','bridge railing','railing of the bridge','railing of a bridge','outside of the railing','outside the railing','other side of the railing','railing of a parking garage','railing of the parking garage','parapet','train tracks','railway tracks','railroad tracks','edge of the platform','platform edge','tenth floor','tenth storey','eighth floor','edge of the bridge','edge of a bridge','highway bridge','overpass',
    'borde de la azotea','borde de una azotea','borde del tejado','barandilla del puente','barandilla de un puente','barandilla de un parking','barandilla','cornisa','vias del tren','las vias','borde del anden','decimo piso','octavo piso','al otro lado de la barandilla',
    'bord du toit','bord d un toit','rambarde','garde corps','parapet','sur les rails','les rails','bord du quai','dixieme etage','huitieme etage','corniche','l autre cote du garde corps',
    'dachkante','brueckengelander','bruckengelander','gelander','bahngleisen','bahngleise','gleisen','bahnsteigkante','zehnten stock','achten stock','autobahnbrucke','aussenseite des bruckengelanders','aussenseite',
    'beira do telhado','grade da ponte','mureta','beira do viaduto','viaduto','trilhos','decimo andar','oitavo andar','lado de fora da grade',
    'bordo del tetto','bordo di un tetto','parapetto','ringhiera del ponte','ringhiera','cornicione','binari','bordo del binario','decimo piano','ottavo piano','oltre la ringhiera')
add(PW,'windowsill','window sill','davanzale','alfeizar','rebord de la fenetre','parapeito','estacionamento','parking garage','parkhaus','parcheggio multipiano','top of a parking garage','beira de um telhado','na beira do telhado','tout au bord du toit','al borde de una azotea','sul bordo di un tetto','at the edge of the roof','de la azotea')
JJ='selfharm_jump_sport'; PB='selfharm_place_railing'
add(JJ,'ready to jump','about to jump','a punto de saltar','lista para saltar','listo para saltar','prete a sauter','pret a sauter','sur le point de sauter','bereit zu springen','kurz vor dem sprung','pronta pra pular','pronto pra pular','prestes a pular','pronta a saltare','pronto a saltare','sul punto di saltare','about to jump from','dernier selfie','last selfie','ultimo selfie','letztes selfie','ultima selfie','avant de sauter','before jumping','antes de saltar','bevor sie springt','bevor er springt','prima di saltare','antes de pular')
add(PB,'bridge railing','railing of the bridge','railing of a bridge','outside of the railing','outside the railing','barandilla del puente','barandilla de un puente','al otro lado de la barandilla','rambarde','garde corps','bruckengelander','brueckengelander','aussenseite','grade da ponte','lado de fora da grade','ringhiera del ponte','oltre la ringhiera','parapetto','parapet','tenth floor','eighth floor','decimo piso','octavo piso','dixieme etage','huitieme etage','zehnten stock','achten stock','decimo andar','oitavo andar','decimo piano','ottavo piano','edge of the bridge','edge of a bridge','mureta','beira do viaduto')
add(PW,'edge of the cliff','edge of a cliff','cliff edge','bord de la falaise','beira do penhasco','borde del acantilado','klippenrand','auf dem sims','fenstersims','scarifications fraiches','cicatrices de scarification')
TW='selfharm_train'
add(TW,'waiting for the train','waiting for the train to come','en attendant le train','esperando el tren','wartet auf den zug','esperando o trem','aspettando il treno','aspetta il treno','esperando ele passar','esperando que pase','headlights get closer','as the train approaches','quand la rame arrive','legt sich auf die gleise')
# jumping intent (with place only)
add(J,'ready to let go','ready to fall','leaning forward','about to fall','step into the void','jump off','jumping off','she jumped','he jumped','looking down one last time','shoes left behind','shoes placed neatly','shoes lined up',
    'dejarse caer','a punto de caer','inclinada hacia delante','inclinado hacia delante','paso al vacio','salto al vacio','los zapatos dejados','zapatillas en el alfeizar','se tiro','se lanzo',
    'lache la rambarde','penchee au dessus','penche au dessus','les pieds dans le vide','pas dans le vide','elle a saute','il a saute','pret a partir','prete a partir',
    'bereit zu fallen','nach vorn gebeugt','loslassen','in die tiefe','uber dem abgrund','gesprungen','schaut ein letztes mal',
    'prestes a cair','pronta pra se soltar','pronto pra se soltar','se soltar','inclinada pra frente','inclinado pra frente','pes no vazio','ela pulou','ele pulou','pronta pra ir','pronto pra ir',
    'pronta a lasciarsi andare','pronto a lasciarsi andare','lasciarsi andare','sporta in avanti','sporto in avanti','piedi nel vuoto','si e buttata','si e buttato',)

# ---------- wounds (self-inflicted look) ----------
add(W,'healing cuts','fresh lines','healing lines','lines on her thigh','lines on his thigh','lines on my thigh','lines on her arm','lines on her arms','lines on his arms','lines on my arms','lines on her wrist','lines on her wrists','tally of lines','rows of scars','scars in rows','fresh scars','cuts on the arms','cuts to the arms','cuts on her forearm','cuts on his forearm','cuts on my forearm','cuts up and down','wrist covered in','arm covered in cuts','lighter burn','cigarette burns','cigarette burn','burn marks on her arm','self inflicted',
    'cortes en los brazos','cortes en el brazo','cortes y sangre','rayitas rojas','rayas en el muslo','cortes en el muslo','cicatrices en fila','cicatrices frescas','quemadura de cigarro','marcas en los brazos',
    'coupures fraiches','traits rouges','traits comptes','zebrures','cicatrices en rangees','cicatrices fraiches','scarifications fraiches','brulure de briquet','brulures de cigarette',
    'frische schnitte','frischen schnitten','schnittwunden','schnitte an den armen','strichliste auf dem oberschenkel','narben vom ritzen','brandwunde','feuerzeug brandwunde','zigarettenverbrennungen','rote striche',
    'cortes frescos','cortes a sangrar','cortes nos bracos','cicatrizes frescas','braco todo marcado','riscos vermelhos','marcas no braco','queimadura de isqueiro','queimaduras de cigarro',
    'ferite da lametta','tagli sulle braccia','segni rossi','segni sulle braccia','segni contati','segni sulla coscia','cicatrici fresche','tagli freschi','bruciatura di accendino','bruciature di sigaretta')
add(W2,'cuts','cortes','coupures','des coupures','os cortes','i tagli','tagli','schnitte','cicatrices','cicatrizes','cicatrici','scars','narben','red lines')
# aesthetics / pride / romanticising
add(A,'pretty','beautiful','almost perfect','my goal','mi meta','es mi meta','minha meta','e minha meta','mon objectif','objectif atteint','il mio obiettivo','obiettivo raggiunto','objetivo conseguido','aesthetic','tumblr','tumblr style','delicate','my art','proud','proud of it','kawaii','glitter','cutely','coquette','romantic','band aids','pink filter','goals','goal','my goal','that s my goal','motivation','motivational','inspiration','almost perfect','discipline','thinspo','sad aesthetic','make them look','look pretty','look delicate',
    'bonita','bonito','bonitos','bonitas','preciosa','precioso','estetica','estetico','orgullosa','orgulloso','orgullo','metas','objetivo conseguido','motivacion','motivacional','disciplina','que disciplina','ya casi','aun sobra','vale la pena','como pulseras','romantica','romantico','kawaii',
    'joli','jolie','jolis','jolies','esthetique','fierte','fiere','fier','motivation','motivante','tres esthetique','romantique','comme des coups de pinceau','guirlande lumineuse','pansements',
    'hubsch','schone','schones','asthetisch','aesthetic','stolz','ziel','mein ziel','motivation','motivationsbild','motivationsposter','fast perfekt','disziplin','romantisch','schon rot',
    'bonita','bonitos','bonitas','estetica','orgulho','orgulhosa','orgulhoso','minha meta','motivacao','disciplina','romantica','pisca pisca',
    'bella','belli','belle','carina','carino','estetica','orgoglio','orgogliosa','orgoglioso','il mio obiettivo','motivazione','motivazionale','disciplina','romantica','brillantini','lucine')
# ---------- eating disorder ----------
add(EB,'her ribs','his ribs','my ribs','ribs showing','visible ribs','thigh gap','bones showing','bones show','bones show through','see the bones','see my bones','visible bones','every visible bone','hollow cheeks','hip bones','hipbones','skin and bones','skeletal','skeleton thin','sunken cheeks','body checks','body check','underweight','wrist between her fingers','concave stomach','hollow stomach',
    'sus costillas','las costillas','costillas marcadas','se le marcan los huesos','se marcan los huesos','huesos marcados','marcan los huesos','se notan los huesos','hueco entre los muslos','esqueletica','esqueletico','mejillas hundidas','huesos de la cadera','bajo peso','la muneca rodeada',
    'cotes saillantes','os saillants','espace entre les cuisses','squelettique','joues creuses','os des hanches','ventres creux','ventre creux','sous poids',
    'ihre rippen','seine rippen','meine rippen','sichtbaren knochen','jeden sichtbaren knochen','thigh gap','knochig','skelettartig','hohlwangig','beckenknochen','untergewicht','untergewichtig','abgemagert','abgemagertes',
    'as costelas','suas costelas','costelas a mostra','osso aparecendo','ossos aparecendo','ver os ossos','esqueletica','esqueletico','bochecha funda','bochechas fundas','ossos da anca','osso da bacia','abaixo do peso',
    'le costole','sue costole','costole in vista','ossa in vista','ossa del bacino','scheletrica','scheletrico','guance scavate','sottopeso','spazio tra le cosce')
add(EF,'not eating','without eating','haven t eaten','hasn t eaten','stopped eating','eat nothing','eating nothing','days without food','only water','week of not eating','starving herself','starving himself','starving myself','starve yourself','skip meals','skipping meals','purging','purging after','hunger is control','fasting for days','days of fasting',
    'sin comer','dias sin comer','no comas nada','no comer','dejar de comer','dejo de comer','muerta de hambre','muerto de hambre','saltarse la comida','salta la comida','vomitando en el vater','vomitar despues de comer','solo agua',
    'sans manger','jour 1 sans manger','ne mange rien','mange pas','ne pas manger','arrete de manger','a jeun depuis','qui craque et mange','se faire vomir','vomir apres',
    'ohne essen','nichts gegessen','nichts essen','iss heute nichts','iss nichts','hungert','hungern','hungern ist kontrolle','aufgehort zu essen','nur wasser','erbrechen nach dem essen',
    'sem comer','dias sem comer','nao comer','nao coma nada','parou de comer','so agua','vomitar depois de comer','passando fome',
    'senza mangiare','non mangio','non mangiare','non mangiare niente','oggi non mangiare','smesso di mangiare','solo acqua','vomitare dopo','giorni senza mangiare','ogni giorno senza mangiare','dias de ayuno','semana de ayuno','giorni di digiuno','settimana di digiuno','una settimana di digiuno','dias de jejum','semana de jejum','digiuno a oltranza','jejum extremo')

SW='selfharm_word'; H='selfharm_hurt'; PU='selfharm_purpose'
# bare words for suicide: only with a second harm class
add(SW,'unaliving','unalived','suicide','suicides','suicidio','suicidi','suizid','sooicide','soicide','suisidio','suicid','5uicide','suicidal','kms','ctb','unalive')
SHW='selfharm_sh'
add(SHW,'sh','s h','self care','selfcare','autocuidado','self harm aesthetic')
# ---------- unambiguous acts and phrases: fire alone ----------
add(SH,'slitting their wrists','slit their wrists','slitting her own wrists','slitting his own wrists','with his wrists open','with her wrists open','with my wrists open','bleeding wrists','plastic bag over her head','plastic bag over his head','plastic bag over my head','bag over her head alone',
    'in front of a train on purpose','stepping in front of a train','step in front of a train','throws himself in front of a train','throws herself in front of a train','throwing herself in front of','throwing himself in front of',
    'burning her arm with a lighter','burning his arm with a lighter','burning my arm with a lighter','cigarettes out on her skin','cigarettes out on his skin','hot iron to her skin','hot iron to his skin','scratching her skin raw','scratching his skin raw','banging her head against the wall','banging his head against the wall',
    'drowning herself','drowning himself','drown myself','drown herself','drowning on purpose','unalive myself','unaliving myself','unaliving herself','unaliving himself','unalived herself','unalived himself','unalived myself','sewerslide','going to kms','kms tonight','kms mood','want to kms','wanna kms','going to ctb','ctb tonight','kill myself mood','kll myself',
    'kill themselves','kill herself','kill himself','killing themselves','to kill themselves','cut deeper','cutting deeper','she ends it','before ending it all','suicide aesthetic','suicidal aesthetic','sooicide aesthetic','sewerslide aesthetic',
    'nobody will miss them','no one will miss them','nobody would miss you','no one would miss you','the world doesn t need you','you don t deserve to live','better off without you','everyone would be happier if she disappeared','everyone would be happier if he disappeared','tell people to kill',
    'pills to mix to not wake up','which pills to mix','how to disappear forever','peacefully dying after swallowing','swallowing the pills','swallowing a whole bottle','swallowing all the pills','swallowing a bottle of','whole bottle of painkillers','whole bottle of sleeping pills','a failed attempt','after a failed attempt','next time i won t fail',
    'chair with a noose','noose around','about to kick it away','kick the chair away','kicked the chair','hanging from the ceiling fan','rope tied to the ceiling','rope tied to the ceiling fan','engine running in a closed garage','closed garage with the engine running','hose to the exhaust','walking into the waves to not come back','walking into the sea to never','wading into a dark lake','no intention of coming back','stones in her pockets','stones in his pockets','lying on the train tracks','lying on the tracks','standing on the train tracks as',
    # es
    'con las munecas abiertas','las munecas abiertas','munecas abiertas','se tira delante del tren','tirarse delante del tren','se tira a las vias','tirarse a las vias','ahogandose a proposito','ahogarse a proposito','entre las olas para no volver','desvivirse','desvivirte','desvivirme','desivirte','desvivirse','d e s v i v i r s e','quitarme de en medio','quitarte de en medio','suicidarte','cortate mas hondo','cortarse las munecas','cortandose las munecas','nadie te va a echar de menos','nadie te echara de menos','nadie te extranara','todos estarian mejor sin ti','el mundo no te necesita','que salte ya','a que salte ya','pacto para irse juntas','pacto para irse juntos','pacto para irnos juntas','que pastillas mezclar','pastillas mezclar para no despertar','tomo todas las pastillas','se tomo todas las pastillas','tragandose un bote entero','tragarse un bote entero','un bote entero de somniferos','ya no va a despertar','garaje cerrado y el motor en marcha','con el garaje cerrado','manguera al tubo de escape','manguera en el tubo de escape','la silla ya esta debajo de la soga','debajo de la soga','soga al cuello','colgada del techo','colgado del techo','colgada de una viga','colgado de una viga','apretandose un cinturon al cuello','cinturon al cuello','hacerte dano un poquito','dar un paso al vacio','paso al vacio desde',
    # fr
    'les poignets ouverts','poignets ouverts','se jette sous le train','se jeter sous le train','se jeter sous un train','se jette sous un train','fait un pas vers la voie','se foutre en l air','me foutre en l air','te foutre en l air','s entaille','s entailler','s entaillent','se taillade','se tailladait','se taillader','se brule le bras','se bruler le bras','se gratte les bras jusqu au sang','pose sa main sur la plaque chauffante','pour se punir','se faire du mal expres','se fait du mal expres','fait du mal expres','tu serais mieux morte','tu serais mieux mort','t serais mieux morte','personne ne te regrettera','personne ne va te regretter','le monde n a pas besoin de toi','aux gens de se tuer','dit aux gens de se tuer','de se tuer','veut en finir','va en finir','en finit','d en finir','mon amie en finit','la prochaine sera la bonne','ne jamais se relever','dans la neige expres','sans se retourner dans la mer','entre dans la mer pour ne','chaise renversee sous une poutre','une corde qui pend','corde a une poutre','une corde a une poutre','attache une corde','corde autour de mon cou','corde autour de son cou','avaler tous les','tout le monde serait plus heureux si elle disparaissait','tout le monde serait plus heureux si il disparaissait','plus heureux si elle disparaissait','plus heureux si je disparaissais','garage ferme moteur qui tourne','moteur qui tourne','tuyau dans le pot d echappement',
    # de
    'sich die pulsadern','die pulsadern aufschneidet','pulsadern aufschneidet','aufgeschnittenen handgelenken','vor einen zug wirft','sich vor einen zug','sich vor den zug','schmeisst sich vor','wirft sich vor','sich absichtlich vor','ertrankt sich','sich ertranken','zu unaliven','dich zu unaliven','sich umbringt','umbringt','ubringt','sich am sichersten','sich umzubringen','mut zum sterben','gegenseitig mut zum sterben','niemand wurde dich vermissen','niemand wird dich vermissen','keiner wurde dich vermissen','die welt braucht dich nicht','du bist es nicht wert','mach s doch einfach','trau dich endlich spring','wenn du heute abend endlich springst','alle glucklicher waren wenn','den loffel abgeben','verbrennt sich absichtlich','sich absichtlich den arm','ritzt','ritzen sich','sich ritzen','sich geritzt','umgekippter stuhl','ein umgekippter stuhl','hangt vom dachbalken','etwas hangt vom dachbalken','seil am dachbalken','schlauch am auspuff','mit laufendem motor in der geschlossenen garage','der motor lauft','in der geschlossenen garage','schlinge in den hintergrund','schlinge um den hals','bevor er nicht mehr da ist','bevor sie nicht mehr da ist','wenn ich nicht mehr bin','wenn es mich nicht mehr gabe','bereit schluss zu machen','um nie zuruckzukehren','ins nachtliche meer','tabletten man mischen muss','um nicht mehr aufzuwachen','wacht sie nie mehr auf','wacht er nie mehr auf','schluckt eine ganze packung','ganze packung schlaftabletten','ganze packung schmerzmittel','gesammelten schlaftabletten',
    # pt
    'com os pulsos abertos','os pulsos abertos','pulsos abertos','se jogando na frente do trem','se jogar na frente do trem','se joga na frente do trem','se incentivam a morrer','se i n c e n t i v a m a m o r r e r','incentivam a morrer','se afogando de proposito','se afogar de proposito','com pedras nos bolsos','pedras nos bolsos','sumir pra sempre','sumir para sempre','partir de vez','acabar com tudo','for acabar com tudo','de arrasta pra cima','vou de arrasta pra cima','vai de arrasta pra cima','arrasta pra cima hoje','da proxima eu consigo','da proxima vez eu consigo','fazer s h','a fazer s h','ninguem vai sentir sua falta','ninguem vai sentir a tua falta','ninguem vai sentir tua falta','o mundo fica melhor sem mim','o mundo fica melhor sem voce','todo mundo seria mais feliz se ela sumisse','mais feliz se ela sumisse','mais feliz se eu sumisse','acaba logo com isso','se matar','cinto a volta do pescoco','apertar um cinto','corda ja presa','a corda ja presa','motor ligado e uma mangueira','mangueira no escape','esconder os cortes','nao vai ver amanha','quer nao acordar amanha','nao acordar amanha','engolindo um frasco inteiro','um frasco inteiro de comprimidos','tomar todos os comprimidos','antes de deixar de ca estar','eu ja nao estou ca','ja nao estou ca','partiu sumir',
    # it
    'con i polsi aperti','i polsi aperti','polsi aperti','si butta da un ponte','si butta sotto il treno','buttarsi sotto il treno','si butta dal tetto','si spegne le sigarette sulla pelle','spegnersi le sigarette','si brucia il braccio','bruciarsi il braccio','si ferisce sorridendo','si fa del male con','fa del male con la lametta','suicidarti','s uicidarti','suicidarmi','si e impiccato','si e impiccata','ci si incoraggia a morire','incoraggia a morire','si incoraggia a morire','chiudere con tutto','chiudere la partita','spegnermi per sempre','spegnersi per sempre','sparire per sempre','smettere di esistere','andarsene per sempre','andarmene per sempre','quando non ci saro','tagliarmi e il mio modo','tagliati te lo meriti','tutti starebbero meglio se','starebbero meglio se sparisse','nessuno sentira la tua mancanza','il mondo non ha bisogno di te','nessuno se ne accorgera se sparisci','non svegliarsi piu senza dolore','per non svegliarsi piu','il sonno eterno','sonno eterno con','cappio attorno al collo','un cappio attorno','cappio sullo sfondo','cappio al collo','tubo collegato allo scarico','chiusa in garage','nel garage chiuso motore acceso','garage chiuso motore acceso','una corda legata al ventilatore','ingoia un intera confezione','un intera confezione di sonniferi','si prende tutte le pillole','stasera fa l ultimo viaggio','l ultimo viaggio quello senza ritorno','dopo il tentativo','la prossima volta ce la faccio','prossima volta ce la faccio','tentativo di farla finita','farla finita','vuole farla finita')
# self-inflicted hurting acts (ambiguous alone) + purpose
add(H,'burning her arm','burning his arm','burns her arm','burns his arm','burning herself','burning himself','cigarette on her skin','cigarette on his skin','scratching her skin','scratching his skin','scratches her arms','head against the wall','hot iron','in front of a train','drowning','walking into the sea','walking into the waves','walking into the current','into the river','with a lighter',
    'se quema el brazo','quemandose el brazo','con un mechero','contra la pared','delante del tren','ahogandose','en el rio','se rasca',
    'se brule','au briquet','avec un briquet','cigarette sur la peau','se gratte','contre le mur','sous le train','vers la voie','dans la mer','plaque chauffante',
    'verbrennt sich','mit einem feuerzeug','feuerzeug','zigarette auf der haut','kratzt sich','gegen die wand','vor einen zug','ins meer','bugeleisen',
    'queima o braco','se queimando','com um isqueiro','isqueiro','na frente do trem','se afogando','no mar','contra a parede','ferro quente',
    'si brucia','con un accendino','accendino','sigarette sulla pelle','contro il muro','sotto il treno','nel mare','ferro caldo','si ferisce','si graffia')
add(PU,'on purpose','to feel something','until it bleeds','to punish herself','to punish himself','proud of it','never to return',
    'a proposito','para sentir algo','hasta sangrar','hasta que sangra','para castigarse','para no volver',
    'expres','pour sentir quelque chose','jusqu au sang','pour se punir','pour ne pas revenir',
    'absichtlich','um etwas zu fuhlen','bis es blutet','bis aufs blut','um sich zu bestrafen','um nie zuruckzukehren',
    'de proposito','pra sentir algo','para sentir alguma coisa','ate sangrar','para se castigar','pra nao voltar',
    'apposta','di proposito','per sentire qualcosa','fino a sanguinare','per punirsi','per non tornare')

BODY='selfharm_body'; FR='selfharm_fresh'; N='selfharm_note'; F2='selfharm_gone'; BATH='selfharm_bath'; RED='selfharm_red'; GAR='selfharm_garage'; ENG='selfharm_engine'; CH='selfharm_chair'; BEAM='selfharm_beam'; FUN='selfharm_funeral'
# shortened forms of long phrases (<=4 words)
add(SH,'her eyes for good','his eyes for good','plastic bag over her','plastic bag over his','plastic bag over my','train on purpose','front of a train','throws himself in front','throws herself in front','throwing herself in front','throwing himself in front','arm with a lighter','cigarettes out on her','cigarettes out on his','hot iron to her','hot iron to his','her head against the','his head against the','the world doesn t','don t deserve to live','happier if she disappeared','happier if he disappeared','happier if i disappeared','to not wake up','about to kick it','tied to the ceiling','rope to a beam','rope to the beam','tying a rope to','into the waves to','waves to not come','into the sea to','on the train tracks','on the railway tracks',
    'se tira delante del','tirarse delante del','delante del tren a','las olas para no','te va a echar','echara de menos','estarian mejor sin ti','mundo no te necesita','se tomo todas las','bote entero de somniferos','va a despertar','al tubo de escape','en el tubo de','debajo de la soga','un cinturon al cuello','paso al vacio','se jette sous le','se jeter sous le','se jeter sous un','se jette sous un','pas vers la voie','foutre en l air','les bras jusqu au','sur la plaque chauffante','du mal expres','va te regretter','pas besoin de toi','gens de se tuer','sera la bonne','chaise renversee sous','corde a une poutre','autour de mon cou','autour de son cou','plus heureux si elle','plus heureux si il','plus heureux si je','dans le pot d','die welt braucht dich','bist es nicht wert','abend endlich springst','laufendem motor','nicht mehr da ist','wenn ich nicht mehr','mich nicht mehr gabe','nie mehr auf','wacht sie nie','wacht er nie',
    'na frente do trem','incentivam a morrer','de arrasta pra','proxima vez eu consigo','vai sentir sua falta','sentir a tua falta','vai sentir tua falta','fica melhor sem mim','mais feliz se ela','mais feliz se eu','uma mangueira no escape','frasco inteiro de comprimidos','deixar de ca estar','si butta da','si butta sotto','si spegne le sigarette','le sigarette sulla pelle','si fa del male','si incoraggia a morire','tagliarmi e il mio','sentira la tua mancanza','non ha bisogno di te','se ne accorgera se','confezione di sonniferi','si prende tutte','ultimo viaggio quello senza','prossima volta ce la','volta ce la faccio',
    'goodbye to the world','despedirse del mundo','adieu au monde','abschied von der welt','adeus ao mundo','addio al mondo','dar um passo no','passo no vazio','to his own temple','to her own temple','against his temple','encostada a propria tempora','a propria tempora','sa propre tempe','seine eigene schlafe','su propia sien','alla propria tempia',
    'to hide the cuts','hide the fresh lines','hide the scars on','esconder los cortes','esconder os cortes','cacher les coupures','cacher mes coupures','nascondere i tagli','die schnitte zu verstecken','die narben zu verstecken',
    'haciendose cutting','haciendose sh','hacerse cutting','fazendo cutting','cutting his thigh','cutting her thigh','cutting his arms','cutting their arms','cutting their wrists','si incide le','si incide','incidersi','s incide','me desabonne de la vie','desabonne de la vie','de l a vie',
    'cuando leas esto ya','quando lerem isto','quando leggerete questo','wenn ihr das lest','when you read this','quand vous lirez ceci','quand tu liras ceci',
    'hacerse dano a proposito','se machucar de proposito','se faire mal expres','si fa male apposta','sich absichtlich verletzen','hurting herself on purpose','hurting himself on purpose')
# body parts (wounds) and freshness
add(BODY,'wrist','wrists','forearm','forearms','thigh','thighs','her arm','his arm','my arm','her arms','his arms','my arms','the arms','on the arm','on his arm','on her arm',
    'muneca','munecas','antebrazo','antebrazos','muslo','muslos','los brazos','el brazo','brazo','brazos',
    'poignet','poignets','avant bras','cuisse','cuisses','aux bras','les bras','bras',
    'handgelenk','handgelenken','unterarm','unterarmen','oberschenkel','am arm','armen','arme','armfoto',
    'pulso','pulsos','antebraco','coxa','coxas','braco','bracos','nos bracos','no braco',
    'polso','polsi','avambraccio','avambracci','coscia','cosce','braccio','braccia','sulle braccia','sul braccio')
add(FR,'fresh','freshly','new ones','from today','still bleeding','bleeding','and blood','recien hecho','recien hechos','frescos','frescas','sangrando','y sangre','fraiches','fraiche','frais','et du sang','qui saignent','frisch','frische','frischen','blutend','und blut','frescas','a sangrar','e sangue','sangrando','freschi','fresche','sanguinanti','e sangue','di oggi')
add(EMO,'🩸','🔪','🩹','🥀','🖤','⛓')
# notes/letters; gone; funerals
add(N,'the letter','a letter','sealed letter','my note','the note','last note','a note saying','letter on the pillow','envelope','la carta','una carta','mi carta','la nota','la ultima nota','la lettre','une lettre','mon mot','le mot','der brief','ein brief','mein brief','einen brief','der zettel','ein zettel','letzte zettel','a carta','uma carta','minha carta','o bilhete','ultimo bilhete','um envelope','envelope fechado','la lettera','una lettera','la mia lettera','il biglietto','un biglietto','ultimo biglietto','✉','✉️')
add(F2,'i ll be gone','after i m gone','when i m gone','won t be there','he won t be there','she won t be there','ya no estare','ya no estoy','despues de que me vaya','no estare','je ne serai plus','je serai deja partie','je serai deja parti','apres mon depart','bin ich schon weg','wenn ich weg bin','nicht mehr da','ja nao estou','depois que eu for embora','quando eu nao estiver','nao estiver mais aqui','saro gia lontana','saro gia lontano','me ne sono andata','me ne sono andato','quando non ci saro','non ci sara','se ne vada')
add(BATH,'warm bath','bathtub','in the bath','the tub','banera','banera tibia','la banera','bain tiede','un bain','baignoire','badewanne','warmen badewanne','banheira','banheira morna','banheira quente','vasca','vasca tiepida','vasca calda')
add(RED,'water turning red','agua poniendose roja','poniendose roja','tinendose de rojo','l eau qui rougit','farbt sich rot','farbt sich langsam rot','ficando vermelha','acqua che diventa rossa','wasser farbt sich','prepara la lametta','prepares the razor','cuchilla preparada')
add(GAR,'closed garage','garage closed','garaje cerrado','garage ferme','geschlossenen garage','garagem fechada','garage chiuso','garage chiusa','chiusa in garage','zzremoved')
add(ENG,'engine running','motor en marcha','moteur qui tourne','moteur allume','motor lauft','laufendem motor','motor ligado','motore acceso','tubo de escape','pot d echappement','auspuff','escapamento','tubo collegato allo scarico','hose to the exhaust','hose from the exhaust','mangueira no escape','manguera al tubo','schlauch am auspuff','tuyau d echappement')
add(CH,'chair kicked over','overturned chair','kicked over chair','chair knocked over','silla volcada','silla tirada','chaise renversee','umgekippter stuhl','umgestossener stuhl','cadeira tombada','cadeira caida','sedia rovesciata','sgabello rovesciato','zzremoved')
add(BEAM,'ceiling beam','beam','rafter','ceiling fan','viga','vigas','ventilador del techo','poutre','poutres','ventilateur de plafond','balken','dachbalken','deckenbalken','deckenventilator','viga da garagem','ventilador de teto','trave','travi','ventilatore del soffitto','noose','soga','cappio','schlinge','forca','corde qui pend','rope hanging')
add(FUN,'my own funeral','own funeral','mi propio funeral','mi propio entierro','esquela con mi nombre','una esquela','mon propre enterrement','mes propres funerailles','meine eigene beerdigung','meine beerdigung','traueranzeige','meu proprio velorio','meu velorio','santinho de missa','missa de setimo dia','il mio funerale','mio funerale','santino con la mia','necrologio')
add(CW,'i ve made my decision','my decision','mi decision','eu que escolhi','l ho deciso io','ma decision','meine entscheidung',
    'zzremoved')
CALM='selfharm_calm'; DATE='selfharm_date'; MH='selfharm_hang'; PW='selfharm_place_weak'; EMO='selfharm_emoji'; CEL='selfharm_celebrate'
add(CALM,'peaceful','look peaceful','peacefully','calm','calm and decided','serene','tranquila','tranquilo','en paz','se vea tranquila','apaise','un air apaise','paisible','calme','decidee','friedlich','ruhig','entschlossen','com cara de paz','calma','decidida','serena','sereno','falla sembrare serena','decisa','deciso')
add(DATE,'tomorrow s date','date of tomorrow','next week','la fecha de manana','con la fecha de manana','la date de demain','samedi','datum von morgen','das datum von morgen','data de amanha','no sabado','la data di domani','my decision','i ve made my decision','mi decision','eu que escolhi','l ho deciso io','ma decision','meine entscheidung','already decided')
add(MH,'noose','a noose','soga','una soga','la soga','noeud coulant','corde a noeud coulant','schlinge','eine schlinge','strick','forca','uma forca','cappio','un cappio','corda ao pescoco','uma corda ao','corde autour','rope around','cuerda al cuello','corda al collo','seil um den hals','corda presa','corda ja presa','cuerda ya colgada','la cuerda ya','corde qui pend','rope already up')
# extra places and jumping
add(P,'edge of a bridge','rooftop ledge','roof ledge','parapeito do oitavo','trilhos do metro','trilhos do trem','nos trilhos','linea gialla','sulla linea gialla','auf die gleise','auf den gleisen','via del tren','en la via del tren','sur la voie','borde de la azotea','beira de um telhado','au bord du toit','an der dachkante')
add(J,'wartet auf den zug','aspettando il treno','ultimo selfie','doesn t climb back down','ya no se baja','non scende piu','ne redescend pas','nicht mehr herunter')
add(M,'💊','💊💊','bottle of paracetamol','frasco vacio de paracetamol','paracetamol','empty pill bottle','pill bottle','boites de medicaments','boite de medicaments','tabletten aufgereiht','comprimidos enfileirados','pillole in fila','pastillas en fila','pills in a row','row of pills','row of p i l l s','cachets sur la table','plein de cachets','viele tabletten','enche a mesinha','riempi il comodino')
add(C,'✉','letzter abend vibes','vibes de ultima noche','vibe de ultima noite','ambiance dernier soir','dernier soir','ultima sera','l ultima sera','letzten abend','final evening','forever nap','siesta eterna','sono eterno','sonno eterno','eternal nap','contadas','contados','counted','contate','gezahlt','comptes','se disant que c est la derniere')
add(CEL,'celebrating','a comemorar','comemorando','celebrando','festeggia','festeggiando','feiert','congratulating','felicitando','felicite','gratuliert','parabenizando','complimentandosi')
add(A,'encouraging','motivierend','incoraggiante')
# encouragement aimed at a target
add(E,'just jump','jump already','telling a sad kid','sad kid to just','salta ya','que salte ya','saute deja','spring endlich','trau dich endlich','pula logo','pula de uma vez','buttati gia','mach s doch einfach','faz isso logo','fallo e basta','acaba ya con todo','acaba logo com isso','end it now','do it already')
add(A,'zzremoved')

R=[[M,C],[P,C],[P,J],[W,A],[W,BL],[W,BR],[W,M],[W2,BR],[EB,A],[EF,A],[EF,EB],[H,PU],[SW,M],[SW,P],[SW,A],[SW,C],[SW,BR],[SW,BL],[SW,W],[SW,W2],[SW,J],[SHW,W],[SHW,W2],[SHW,BR],[SHW,BL],[W2,BODY,FR,'edit_context'],[W2,BODY,EMO],[W2,BODY,A],[W2,BODY,BR],[N,F2],[N,M],[N,P],[C,F2],[BATH,RED],[BATH,BR],[GAR,ENG],[CH,BEAM],[MH,CW],[MH,CALM],[MH,C],[FUN,DATE],[FUN,C],[E,A],[E,P],[E,M],[E,BR],[SHW,BODY],[SHW,EMO],[PW,J],[PB,JJ],[P,TW],[EF,CEL],[EB,CEL]]
BEN={'suicide squad':['suicide'],'esquadrao suicida':['suicida'],'suicide prevention':['suicide','suicidal'],'prevencion del suicidio':['suicidio'],'prevention du suicide':['suicide'],'prevencao do suicidio':['suicidio'],'prevenzione del suicidio':['suicidio'],'suizidpravention':['suizid'],'cortandose el pelo':['cortando se'],'cortandose el cabello':['cortando se']}
TT={k:v for k,v in T.items() if len(key(k).split())<=4 and k!='zzremoved'}
print('dropped long:',[k for k in T if k not in TT]); T=TT
json.dump({'terms':T,'benign':BEN,'rules':{'selfharm.depiction':{'when':R}}},open('/work/ref6/selfharm/policy/selfharm.json','w'),ensure_ascii=False)
print(len(T))

# keep built-in classes of any term we also list (in case the merge replaces lists)
import sys
sys.path.insert(0,'/work/ref6/selfharm'); from norm import key
base={}
for f in ['lexicon_en.json','lexicon_intl.json']:
    for k,v in json.load(open('/work/ref6/'+f))['candor']['terms'].items(): base.setdefault(key(k),[]).extend(x for x in v if x not in base.get(key(k),[]))
pol=json.load(open('/work/ref6/selfharm/policy/selfharm.json'))
for k,v in pol['terms'].items():
    for c in base.get(key(k),[]):
        if c not in v: v.append(c)
json.dump(pol,open('/work/ref6/selfharm/policy/selfharm.json','w'),ensure_ascii=False,indent=0)
