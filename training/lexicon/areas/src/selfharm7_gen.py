#!/usr/bin/python3
"""Round seven, area selfharm: builds pd/selfharm7.json (adds to training/lexicon/areas/selfharm.json).
New combination classes fire only through the clauses in R below (rule selfharm.depiction).
The firing class 'selfharm' goes only on terms that exist nowhere in the lexicons (checked below)."""
import json, itertools, os, re, subprocess, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = '/work/main'
T = {}
def add(cls, *terms):
    for t in terms:
        for x in ([t] if isinstance(t, str) else t):
            x = x.strip()
            if not x: continue
            T.setdefault(x, [])
            if cls not in T[x]: T[x].append(cls)
def X(*parts):
    out = []
    for combo in itertools.product(*[p.split('|') for p in parts]):
        out.append(' '.join(w for w in combo if w).strip())
    return out
# existing classes (round six)
SH='selfharm'; M='selfharm_means'; C='selfharm_cue'; P='selfharm_place'; J='selfharm_jump'; W='selfharm_wound'; A='selfharm_praise'
EB='selfharm_edbody'; EF='selfharm_edfast'; E='selfharm_encourage'; CW='selfharm_cue_weak'; BL='selfharm_blade'; BR='selfharm_razor'
W2='selfharm_wound_weak'; SW='selfharm_word'; SHW='selfharm_sh'; H='selfharm_hurt'; PU='selfharm_purpose'; BODY='selfharm_body'
FR='selfharm_fresh'; N='selfharm_note'; F2='selfharm_gone'; BATH='selfharm_bath'; MH='selfharm_hang'; CALM='selfharm_calm'
DATE='selfharm_date'; PW='selfharm_place_weak'; EMO='selfharm_emoji'; CEL='selfharm_celebrate'; TW='selfharm_train'; BEAM='selfharm_beam'
# new combination classes (round seven)
LW='selfharm_leave'; LS='selfharm_leave_strong'; P2='selfharm_place2'; GIVE='selfharm_giveaway'; COUNT='selfharm_countdown'
PACT='selfharm_pact'; GB='selfharm_goodbye'; LP='selfharm_lastpost'; SORRY='selfharm_sorry'; FREE='selfharm_free'
WIN='selfharm_openwin'; SHOE='selfharm_shoes'; PIL='selfharm_pillow'; NOW='selfharm_nowake'; WANT='selfharm_want'
TON='selfharm_tonight'; CUTR='selfharm_cutrefl'; CUTE='selfharm_cutting'; SAD='selfharm_sad'; BAND='selfharm_bandage'
PAIN='selfharm_painaway'; OVER='selfharm_over_wrist'; BAR='selfharm_barcode'; CAT='selfharm_notcat'; STOOL='selfharm_stool'
ROPE='selfharm_rope_tie'; JO='selfharm_jumpoff'; FALL='selfharm_falling'; JP='selfharm_jumped'; ANA='selfharm_ana'
WALL='selfharm_wallpaper'; THIN='selfharm_thin'; EDCH='selfharm_edchallenge'; WEIGH='selfharm_weigh'; VOM='selfharm_vomit'
DEC='selfharm_decided'; BURDEN='selfharm_burden'; WATER='selfharm_water'; STONE='selfharm_stones'

# ---------------- explicit ending-one's-life phrases (fire alone; new terms only) ----------------
POSS_EN = 'his|her|my|their|your'
add(SH, X('end|ends|ending|ended', POSS_EN, 'life'), X('end|ends|ending|ended', POSS_EN, 'own life'),
    X('take|takes|taking|took', POSS_EN, 'own life'), X('commit|commits|committing|committed', 'suicide'),
    'kill myself','killing myself','killed herself','killed himself','kill yourself','killing herself','killing himself',
    'take my life','taking my life','wants to die','want to die','wanna die','ready to die','decided to die',
    # es
    X('quitarse|quitarme|quitarte|quitandose|quitandome', 'la vida'), X('se quita|se quito|me quito|te quitas', 'la vida'),
    X('acabar con|terminar con|poner fin a|puso fin a|pone fin a', 'su vida|mi vida|tu vida'),
    'suicidarse','suicidarme','suicidandose','suicidandome','se suicida','se suicido','me suicido','se quiere suicidar','quiere suicidarse',
    'quiero morirme','quiere morirse','quiero morir','quiere morir',
    # fr
    X('mettre fin a|met fin a|mis fin a|mettant fin a', 'ses jours|mes jours|tes jours|sa vie|ma vie|ta vie'),
    X('se donner|se donne|se donnant|me donner', 'la mort'), 's oter la vie','m oter la vie','s ote la vie',
    'se suicider','se suicide','se suicidant','me suicider','s est suicidee','s est suicide','te suicider','veut mourir','envie de mourir','je veux mourir',
    # de
    X('sich|mir|dir', 'das leben nehmen|das leben zu nehmen|das leben genommen'), X('nimmt|nahm|nehme', 'sich das leben'),
    'nahm sich das leben','sich selbst toten','sich selbst umbringen','bringt sich um','brachte sich um','mich umbringen','mich umzubringen',
    'ihrem leben ein ende','seinem leben ein ende','meinem leben ein ende','will sterben','sterben wollen','ich will sterben',
    # pt
    X('tirar|tirou|tira|tirando|tirei', 'a propria vida|a sua vida|a minha vida'), 'se suicidar','suicidar se','suicidou se','se suicidou','vai se suicidar','se suicidando',
    X('acabar com|por fim a|pos fim a', 'a propria vida|a minha vida|a sua vida'), 'quero morrer','quer morrer',
    # it
    X('togliersi|togliermi|toglierti', 'la vita'), X('si toglie|si e tolto|si e tolta|mi tolgo', 'la vita'),
    'suicidarsi','si suicida','si e suicidato','si e suicidata','mi suicido','ti suicidi','uccidersi','si uccide','ammazzarsi','si ammazza','mi ammazzo',
    X('porre fine alla|pone fine alla|mettere fine alla', 'sua vita|mia vita'), 'voglio morire','vuole morire',
    # eating-disorder community words (unambiguous)
    'pro ana','proana','pro mia','promia','thinspiration','bonespo','meanspo','ana buddy','ana buddies','ana coach','ana princess','princesa de ana','princesa ana','pro ana tips',
    # other unambiguous self-harm wordings
    'not from a cat','pas d un chat','no de un gato','nicht von einer katze','nao de um gato','non di un gatto','not cat scratches',
    'nadie notaria si desaparecieras','nobody would notice if','personne ne remarquerait si','niemand wurde es merken','ninguem ia notar se','nessuno noterebbe se',
    'they won t miss you','no te van a extranar','no te van a echar','ils ne te regretteront','ninguem ia sentir','ninguem ia sentir sua','nessuno ti rimpiangera','keiner wird dich vermissen',
    'you deserve to suffer','tu merites de souffrir','mereces sufrir','du verdienst zu leiden','voce merece sofrer','meriti di soffrire',
    'take the blade','prends la lame','toma la cuchilla','nimm die klinge','pega a lamina','prendi la lametta',
    'sewer slide','s3wer slide','unalive yourself','unalive herself','unalive himself','desvivirse','desvivirme',
    'good day to die','buen dia para morir','un bon jour pour mourir','guter tag zum sterben','bom dia para morrer','buon giorno per morire',
    'no intention of coming','intention of coming back','sin intencion de volver','sans intention de revenir','ohne absicht zuruckzukommen','sem intencao de voltar','senza intenzione di tornare',
    'cutting makes the pain','the pain go away','me cortar e meu','cortarme es mi','me couper c est','ritzen ist mein','tagliarmi e il',
    'ossa disegnate','magra da far paura','flaca de miedo','maigre a faire peur','magra de dar medo','erschreckend dunn','scary skinny','scary thin',
    'se encouragent a en finir','s encouragent a en finir','se animan a morir','ermutigen sich zu sterben','encoraja a morrer',
    'arrete d etre un fardeau','dejo de ser una carga','deixo de ser um peso','smetto di essere un peso','aufhoren eine last zu','stop being a burden',
   )
# single typed spellings of 'suicide' verbs (the engine undoes leetspeak)
add(SH,'suicidar','suicidarti','s uicidarti','suicidiarsi','suicidate')

# ---------------- words for suicide / self-harm (combination) ----------------
add(SW,'selbstmord','selbstmords','freitod','suicidaire','suicidaires','suicidario','suicidaria','automutilation','autolesion','autolesiones','automutilacao','autolesionismo','selbstverletzung','self injury','self harm','selfharm','siucido','siucidio','suesudio','suicidio','suicide','suicidal')
add(CUTR,'ritzen','ritzt','ritzte','sich ritzen','ritzt sich','geritzt','tagliarsi','si taglia','mi taglio','tagliarmi','tagliandosi','cortarse','cortandose','me corto','se corta','me cortar','se cortar','se cortando','cortar se','me corte','se couper','se coupe','me couper','se scarifier','scarification','scarifications','se taillader','se taillade','se tailladde','se tailladant','schneidet sich','sich schneiden','cutting herself','cutting himself','cutting myself','cuts herself','cuts himself','self cutting')
add(CUTE,'cutting','cutter girl','cutter boy')
add(SHW,'ss hh','s s h h','sh aesthetic','sh scars','sh cuts')
# benign look-alikes for the reflexive cut verbs
BEN = {}
def ben(phrase, *masked):
    BEN.setdefault(phrase, [])
    for m in masked:
        if m not in BEN[phrase]: BEN[phrase].append(m)
for hair in ['el pelo','el cabello','el flequillo','las unas','las puntas']:
    ben('cortarse '+hair,'cortarse'); ben('cortandose '+hair,'cortandose'); ben('se corta '+hair,'se corta'); ben('me corto '+hair,'me corto')
for hair in ['o cabelo','a franja','as unhas']:
    ben('se cortar '+hair,'se cortar'); ben('cortar se '+hair,'cortar se'); ben('me cortar '+hair,'me cortar')
for hair in ['les cheveux','la frange','les ongles']:
    ben('se couper '+hair,'se couper'); ben('se coupe '+hair,'se coupe'); ben('me couper '+hair,'me couper')
for hair in ['i capelli','la frangia','le unghie']:
    ben('tagliarsi '+hair,'tagliarsi'); ben('si taglia '+hair,'si taglia'); ben('mi taglio '+hair,'mi taglio')
ben('sich die haare schneiden','sich schneiden'); ben('schneidet sich die haare','schneidet sich'); ben('schneidet sich eine scheibe','schneidet sich')
for x in ['cutting board','cutting boards','paper cutting','cake cutting','cutting the cake','cutting bread','cutting vegetables','cutting onions','cutting hair','cutting his own hair','cutting her own hair','cutting the ribbon','ribbon cutting','cutting edge','cutting wood','cutting grass','cutting fabric','cutting paper','wood cutting','cutting flowers','cutting a cake','cutting a pizza','cutting the grass','cutting out','cutting a ribbon','cutting tool','cutting mat','die cutting','laser cutting','cutting diamonds','gem cutting','cutting board with']:
    ben(x,'cutting')
ben('se couper du pain','se couper'); ben('scarification rituelle','scarification'); ben('scarification tribale','scarification'); ben('tribal scarification','scarification')
ben('christbaum mit lametta','lametta'); ben('mit lametta','lametta'); ben('lametta am baum','lametta'); ben('weihnachtsbaum mit lametta','lametta'); ben('lametta und kugeln','lametta')

SAD_T = ['sad aesthetic','sad','triste','tristeza','tristesse','traurig','traurige','traurige asthetik','malinconia','malinconica','melancolia','melancolie','depressed','depressiva','deprimida','deprimido','deprime','deprimee','deprimes','depressifs','deprimiert','deprimierte','depressa','depresso','depressivo','despair','desesperacion','desespoir','verzweiflung','verzweifelt','desespero','disperazione','disperata','grunge','emo','lonely','einsam','soledad','solitude','solidao','solitudine','dark room','stanza buia','cuarto oscuro','chambre sombre','dunkler raum','dunklen zimmer','quarto escuro','hopeless','sin esperanza','sans espoir','hoffnungslos','sem esperanca','senza speranza']
add(SAD, SAD_T)
add(BAND,'bandaged arms','bandaged arm','bandaged wrists','bandaged wrist','bandages on her arms','curativos no braco','curativos nos bracos','com curativos','brazos vendados','munecas vendadas','bras bandes','poignets bandes','pansements aux bras','verbande','verbanden','verbande am arm','verbundene arme','braccia fasciate','polsi fasciati','bende sulle braccia','vendas en los brazos','plasters on her arm','band aids on her arm')
add(PAIN,'makes the pain go away','pain go away','the pain go away','my way of loving myself','way of loving myself','me cortar e meu jeito','meu jeito de me amar','mi forma de quererme','ma facon de m aimer','il mio modo di amarmi','meine art mich zu lieben','quita el dolor','me quita el dolor','fait partir la douleur','nimmt den schmerz','tira a dor','toglie il dolore','end the pain','acabar com a dor','acabar con el dolor','en finir avec la douleur','den schmerz beenden','finire il dolore','mettere fine al dolore')
add(OVER,'over the wrist','over her wrist','over his wrist','over my wrist','above the wrist','above her wrist','against her wrist','against his wrist','to her wrist','to his wrist','on her wrist','au dessus du poignet','sur le poignet','sur son poignet','contre son poignet','sopra il polso','sul polso','contro il polso','uber dem handgelenk','am handgelenk','an das handgelenk','auf dem handgelenk','sobre la muneca','sobre el pulso','contra la muneca','en la muneca','sobre o pulso','acima do pulso','contra o pulso','no pulso')
add(BL,'lamina','laminas','lamina de barbear','lama','una lama','la lama','a lamina','uma lamina','de lamina','blades','a razor','klingen','rasiermesser','navaja','cuchillo','un cuchillo','coltello','couteau','messer','faca','gillette','gilette','stanley knife','utility blade')
add(BR,'a razor blade','rasierklinge','lamette','lamina de barbear','razors','razor blades','lame de rasoir')
add(BAR,'barcode','barcodes','code barre','code barres','code a barres','codigo de barras','codice a barre','strichcode','barcode arm','barcode wrist','a righe come','zebra stripes','rayas como','traits comme')
ben('barcode tattoo','barcode'); ben('tatuaje de codigo de barras','codigo de barras'); ben('tatouage code barre','code barre'); ben('barcode scanner','barcode'); ben('scan the barcode','barcode')
ben('lector de codigo de barras','codigo de barras'); ben('codice a barre del prodotto','codice a barre'); ben('strichcode tattoo','strichcode'); ben('tatuagem de codigo de barras','codigo de barras'); ben('tatuaggio codice a barre','codice a barre')
add(CAT,'cat scratches','griffures de chat','aranazos de gato','katzenkratzer','arranhoes de gato','graffi di gatto')
# wounds (inflected forms, possessive)
add(W,'segni rossi incisi','segni incisi','segni sulle mie braccia','i segni sulle','marks on my arms','marks on her arms','marcas en mis brazos','marques sur mes bras','marques sur ses bras','spuren an meinen armen','marcas nos meus bracos','scarred arms','scarred wrists','scarred arm','brazos con cicatrices','bras scarifies','bras couverts de cicatrices','vernarbte arme','vernarbten armen','bracos com cicatrizes','braccia sfregiate','braccia piene di cicatrici','traits rouges','pleins de traits rouges','rote linien','linhas vermelhas','righe rosse','lineas rojas','new ones from today','nouvelles d aujourd hui','neue von heute','nuevos de hoy','novos de hoje','nuovi di oggi','schn1tt3n','schnitten','frischen schnitten','frische schnittwunden','schnittwunden an den','narben vom ritzen','cortes recien hechos','coupures fraiches','tagli freschi','polsi pieni di tagli','en ajoute une nouvelle','adds a new one','anade uno nuevo','fugt einen neuen hinzu','adiciona um novo','ne aggiunge uno nuovo')
add(W2,'schnitte','schnitten','narben','cut','cuts','tagli','cortes','coupures','cicatrices','cicatrizes','cicatrici','scars','griffures','scratches','aranazos','arranhoes','graffi','kratzer','red lines','traits rouges','lineas rojas','righe rosse','linhas vermelhas')
add(FR,'frischen','frischer','fresco','fresca','fraichement','appena fatti','new ones','nuevos','neue','recien','tout frais','ganz frisch','bien rouges','very red','muy rojos','bem vermelhos','molto rossi','knallrot')
add(BODY,'avambraccio','polsi','cosce','le mie cosce','meus pulsos','mes poignets','mis munecas','meine handgelenke','my wrists','her wrists','his wrists','my thighs','her thighs','sur mon bras','auf meinem arm','en mi brazo','no meu braco','sul mio braccio','on my arm','nos pulsos','an den handgelenken','handgelenken','den armen','an den armen','aux poignets','dans le bras','los munecas')
add(A,'inspirational','inspirador','inspiradora','inspirant','inspirante','inspirierend','ispirante','ispirazione','inspiracao','inspiracion','soft aesthetic','estetica soft','photo aesthetic','foto aesthetic','aesthetic foto','make it pretty','rends ca joli','hazlo bonito','mach es hubsch','deixa bonito','rendilo carino','rendila carina','romantique','romantisch','romantico','romantica','douce et romantique','dreamy','onirique','de reve','onirico','traumhaft','sonhador','bello','bellissimo','belle et paisible','beau et paisible','bonito y tranquilo','motivante','motivacional','motivazionale','motivierend','legende motivante','cute','mignon','mignonne','fofa','fofo','fofinha','tierno','tierna','tenera','tenero','niedlich','suss','kawaii','carino','carina')
add(EMO,'🩹🌸','🩸🩸','🔪🩸','💔','🪦','🌉⬇️','🌉🚶‍♀️⬇️','🚶‍♀️⬇️','⬇️')

# ---------------- eating disorders ----------------
add(EB,'ses cotes','ses cotes saillantes','ses os','mostrando as costelas','mostrando los huesos','montrant ses cotes','zeigt ihre rippen','mostrando le costole','showing her ribs','showing his ribs','showing ribs','costole','costillas','costelas','rippen','ginocchia appuntite','bony knees','rodillas huesudas','genoux osseux','knochige knie','joelhos ossudos','ossos da anca','os da hanche','huesos de la cadera','hueso de la cadera','hip bone','hip bones showing','clavicles','clavicules','claviculas','clavicole','schlusselbeine','collarbones','collarbone','ossos','os saillants','spigolosa','look sick','looking sick','parecer doente','parezca enferma','parecer enferma','avoir l air malade','air malade','krank aussehen','sembrare malata','sembrare malato','until i look sick','ate eu parecer doente','hasta parecer enferma','fino a sembrare','abaixo do peso','finalmente abaixo','bajo peso','sottopeso','untergewicht','sous poids','underweight','bmi 15','bmi 14','bmi 16','imc 15','imc 14','imc 16','40 kg','38 kg','35 kg','39 kg','42 kg','rendimi magra','rends moi maigre','hazme flaca','macht mich dunn','me deixa magra','afina me','afinar me','mach mich dunner','make me skinnier','make me thinner','rendimi piu magra','affine moi','adelgazame','mas flaca','plus maigre','piu magra','mais magra','dunner','magrissima','magerrima','ultra skinny','extremely thin','extremadamente delgada','extremement maigre','extrem dunn','extremamente magra','estremamente magra','thigh gap','espacio entre los muslos','la pancia','ventre plat')
add(EF,'without food','sin comida','sin comer nada','sans nourriture','sem comida','senza cibo','senza mangiare nulla','longest without food','go longest without','nobody eats','nadie come','personne ne mange','niemand isst','ninguem come','nessuno mangia','we fast together','ayunamos juntas','jeunons ensemble','wir fasten zusammen','jejuamos juntas','digiuniamo insieme','em jejum','a digiuno','digiuno','il digiuno','del digiuno','digiuno giorno','ayuno','ayunando','en ayunas','jejum','jejuando','fasting','fastet','hungerstreik','no comer hoy','nao comer hoje','heute nichts esse','nichts zu essen','ne rien manger','ne pas manger aujourd','non mangiare oggi','non mangio da','no como desde','je ne mange pas','ich esse nicht','eu nao como','non mangio','not eaten','haven t eaten in','days without eating','dias sin comer','jours sans manger','tage ohne essen','dias sem comer','giorni senza mangiare','semaine sans manger','une semaine sans','week without food','semana sin comer','semana sem comer','settimana senza mangiare','woche ohne essen','nf','no food','n f','sem comer','resistere senza','aguantar sin comer','tenir sans manger','durchhalten ohne','aguentar sem comer','skip dinner','salta la cena','sauter le diner','abendessen auslassen','pular o jantar','saltare la cena','vomit after','vomir apres manger','vomitar despues','vomitar depois','vomitare dopo','erbrechen nach')
add(ANA,'ana','mia','ana e mia','ana y mia','ana et mia','ana und mia','ana and mia','ana wallpaper','fondo ana','sfondo ana','ana handy','ana hintergrund','fond d ecran ana','papel de parede ana','borboletas','butterflies','mariposas','papillons','schmetterlinge','farfalle','ana tips','ana diet','mia tips')
add(WALL,'wallpaper','lock screen','lockscreen','fondo de pantalla','fondo de bloqueo','fond d ecran','ecran de verrouillage','hintergrund','handy hintergrund','sperrbildschirm','papel de parede','tela de bloqueio','sfondo','sfondo del telefono','schermata di blocco','phone background')
add(THIN,'thinner','skinnier','thinnest','skinniest','who is thinner','mas flaca','la mas flaca','mas delgada','plus maigre','la plus maigre','dunner','die dunnste','mais magra','a mais magra','piu magra','la piu magra','quem esta mais magra','quien esta mas flaca','qui est la plus maigre','wer ist dunner','chi e piu magra')
add(EDCH,'challenge','desafio','reto','defi','challenge de','sfida','a4 challenge','desafio da folha','folha a4','folio a4','feuille a4','foglio a4','a4 blatt','a4 paper','a4 waist','comparando','comparing','comparent','vergleichen','confrontano','quem aguenta mais','who can go longest','quien aguanta mas','qui tient le plus','wer halt am langsten','chi resiste di piu')
add(WEIGH,'weighing herself','weighing himself','weighs herself','pesandose','se pesa','se pesant','se pese','wiegt sich','sich wiegen','se pesando','se pesa','pesandosi','si pesa','on the scale','en la bascula','sur la balance','auf der waage','na balanca','sulla bilancia','uma balanca','una bascula','a scale','fifth time today','por quinta vez','pour la cinquieme fois','zum funften mal','pela quinta vez','per la quinta volta')
add(VOM,'vomiting on purpose','vomit on purpose','vomitar a proposito','vomitando a proposito','vomir expres','absichtlich erbrechen','absichtlich kotzen','vomitar de proposito','a vomitar de proposito','vomitare apposta','vomitare di proposito','vomitar','vomitando','vomir','vomissant','vomitare','erbrechen','kotzen','vomiting','throwing up','purge','purging','purga')
add(A,'bravissima','bravissimo','good girl','buena chica','brave fille','braves madchen','boa menina','brava ragazza','well done','muy bien','bien joue','gut gemacht','muito bem','ben fatto','meta','obiettivo','objetivo','objectif','ziel','goals','goal','motivacao','motivation','orgulho','orgulhosa','estetica tumblr','tumblr','aun sobra','todavia sobra','ainda sobra','il en reste','noch zu viel','ancora troppo','still too much','lagrimas de alegria','tears of joy','larmes de joie','freudentranen','lacrime di gioia')
add(CEL,'finally','finalmente','enfin','endlich','lagrimas de alegria','tears of joy','larmes de joie','freudentranen','lacrime di gioia','proud','orgullosa','fiere','stolz','orgulhosa','orgogliosa')

# ---------------- departure euphemisms ----------------
add(LW, 'before i go','before i m gone','before goodbye','last picture before','bye bye pic','goodbye pic','goodbye photo','farewell photo','before doing it','before i do it','i did it','before she does it','before he does it',
    'antes de irme','antes de irse','antes de que me vaya','cuando me vaya','cuando ya no este','ya no este','antes de hacerlo','lo hice','foto de despedida','cosas que hago antes','antes de irte','que le quedan','que me quedan',
    'avant de partir','avant que je parte','mon depart','annoncer mon depart','avant de le faire','quand je serai partie','quand je serai parti','je l ai fait','la derniere photo','ma derniere photo',
    'bevor ich gehe','bevor ich es tue','bevor sie geht','bevor er geht','ihren abschied','seinen abschied','meinen abschied','abschied plant','abschied planen','abschied vorbereitet','ich habe es getan',
    'antes de ir','antes de eu ir','antes de fazer isso','antes de partir','eu fiz isso','foto de despedida','antes dela partir','antes dele partir','depois que eu for','que eu for embora','eu for embora','quando eu partir',
    'prima di andarmene','prima di andare','prima di farlo','quando me ne saro','prima che me ne vada','l ho fatto','foto d addio','prima di partire')
LS_T = ['gone for good','go for good','leave for good','disappear for good','disappear forever','gone forever','leave this world','leaving this world','leave the world','until she s gone','until he s gone','until i m gone','the exit','go through with it','going through with it','end it all','ending it all','end it','ending it','do it tonight','doing it tonight',
    'desaparecer para siempre','irme para siempre','irse para siempre','me voy para siempre','se va para siempre','irme de una vez','irse de una vez','dejar este mundo','por fin me voy','hoy me voy','irme ya','acabar con todo','acabar con esto','decidida a no volver','decidido a no volver','a no volver',
    'disparaitre pour de bon','disparaitre pour toujours','disparaitre a jamais','partir pour de bon','partir pour toujours','partir pour vrai','pour vrai','quitter ce monde','decide de partir','decidee a partir','je pars rejoindre','rejoindre les etoiles','en finir','finis en','quitter le serveur','me desabonner',
    'fur immer verschwinden','fur immer verschwinde','fur immer gehen','fur immer geht','fur immer weg','endgultig gehen','diese welt verlassen','es beende','es beenden','ich es beende','schluss machen','schluss zu machen','abflug machen','um zu gehen','zu gehen','wenn sie verschwindet','wenn er verschwindet','wenn ich verschwinde',
    'desaparecer para sempre','sumir de vez','ir de vez','ir de verdade','pra ir de verdade','partir de vez','part1r d3 v3z','deixar este mundo','acabar com tudo','acabar com isso','ir embora de vez','pra sempre','ja nao vai estar','nao vai estar la','amanha ja nao',
    'sparire per sempre','andarmene per sempre','andarsene per sempre','andare via per sempre','lasciare questo mondo','farla finita','finirla','non vedere domani','non vedere il domani','domani non ci sara','non ci saro piu','non ci sara piu','l ultimo posto',
    'den morgen nicht','morgen nicht mehr','nicht mehr zu erleben','nicht mehr erleben','not see tomorrow','not to see tomorrow','never see tomorrow','no ver el manana','no ver manana','no llegar a manana','ne pas voir demain','ne plus voir demain','nao ver amanha','nao ver o amanha','nunca ver amanha']
add(LS, LS_T); add(LW, LS_T)
# gone / after-gone (existing class, feeds [F2, N] and [C, F2])
add(F2,'ya no este','cuando ya no este','de que me vaya','despues de que me','que me vaya','eu for embora','que eu for embora','depois que eu for','nao estiver mais','quando eu nao estiver','eu nao estiver mais','nao vai estar la','ja nao vai estar','je ne serai plus la','ne serai plus la','quand je ne serai','quand je serai partie','quand je serai parti','wenn es mich nicht','nicht mehr gabe','mich nicht mehr','wenn ich nicht mehr','non ci saro piu','quando non ci','quando me ne saro','after i m gone','when i m gone','when i am gone','once i m gone','i won t be here','won t be here','no estare aqui','ne serai plus','nicht mehr hier','nao estarei aqui','non saro piu qui','gone for good','ya no estare')
add(GIVE,'giving away all his','giving away all her','giving away his things','giving away her things','giving away my things','gives away his things','gives away her things','gives away all','giving away all','regalando sus cosas','regala sus cosas','regalo mis cosas','regalo mis plantas','regalando mis cosas','donner mes plantes','donne ses affaires','donner mes affaires','rendre les cles','verschenkt seine sachen','verschenkt ihre sachen','verschenke meine sachen','verschenkt alles','doando suas coisas','doando as coisas','quem fica com','minhas coisas quando','regala le sue cose','regalando le sue','chi si prende','who gets my things','chi avra le mie','quien se queda con','qui aura mes','wer bekommt meine','cartas para cada','letters to each','lettres a chacun','briefe an jeden','cartas para cada um','lettere a ciascuno','despidiendose de su perro','despedindo se do cachorro','dit au revoir a son chien','abschied von seinem hund','saluta il suo cane','saying goodbye to his dog','saying goodbye to her dog','caresser le chat','ecrire a maman')
add(COUNT,'counting down the days','counting the days until','counting down','countdown','countdown widget','cuenta atras','cuenta regresiva','compte a rebours','contagem regressiva','conto alla rovescia','noch 3 tage','noch drei tage','noch zwei tage','3 days left','three days left','quedan 3 dias','plus que 3 jours','faltam 3 dias','mancano 3 giorni','tachando en el calendario','los dias que le','compte les jours','contando os dias','conta i giorni','zahlt die tage','tage bis','dias que le quedan')
add(PACT,'jump together','about to jump together','saltar juntos','saltar juntas','sauter ensemble','zusammen springen','gemeinsam springen','pular juntos','pular juntas','saltare insieme','combinaram de ir','de ir juntas','de ir juntos','irse juntas','irnos juntas','irse juntos','irnos juntos','partir ensemble','zusammen zu gehen','gemeinsam zu gehen','andare insieme','andarcene insieme','go together','to go together','promised to go','prometieron irse','versprochen zusammen','prometeram ir','promesso di andare','se sont promis','no one can separate','so no one can','para que nadie','pour que personne','damit niemand','pra ninguem','perche nessuno')
add(GB,'adieu','goodbye','adios','tschuss','adeus','addio','bye bye','merci pour tout','thanks for everything','thank you for everything','gracias por todo','danke fur alles','obrigada por tudo','obrigado por tudo','grazie di tutto','grazie per tutto','despedida','d e s p e d i d a','despidiendose','despedindo se','se despide','sagt lebewohl','lebewohl','farewell','nos vemos nunca','see you never','a jamais','per sempre addio','tchau','tchhhhau')
for g in ['tarjeta de despedida','fiesta de despedida','cena de despedida','biglietto d addio per','festa d addio','festa de despedida','cartao de despedida','carte d adieu pour','abschiedsfeier','farewell party','goodbye party','farewell card for','goodbye at a train','hugging his daughter goodbye','hugging her daughter goodbye','kiss goodbye','waving goodbye']:
    ben(g,'despedida','addio','adieu','goodbye','farewell')
add(LP,'my last post','this is my last post','last post','mon dernier post','mi ultimo post','mi post de despedida','mein letzter post','meu ultimo post','o meu ultimo post','il mio ultimo post','farewell post','goodbye post','post de despedida','post d adieu','post d addio','abschiedspost','abschiedspost','my farewell post','mon post d adieu','dernier post','ultimo post','letzter post','last story','mi ultima historia','ma derniere story','meine letzte story','meu ultimo story','la mia ultima storia','ultima foto','derniere photo','letztes foto','ultima imagem','last photo','my last photo','c etait ma derniere photo')
add(SORRY,'sorry mom','sorry mum','i m sorry','perdon mama','perdon','perdoname','perdonadme','pardon maman','pardon','pardonnez moi','tut mir leid','es tut mir leid','entschuldigung mama','desculpa mae','desculpa','me perdoem','perdonatemi','perdonami','scusa mamma','scusatemi','forgive me')
add(FREE,'finally free','i m finally free','por fin libre','por fin libres','enfin libre','endlich frei','finalmente livre','finalmente libera','finalmente libero','free at last','libre al fin','finalmente em paz','enfin en paix','endlich ruhe','finally at peace','ne pleurez pas','don t cry for me','no lloreis','no lloren','weint nicht','nao chorem','non piangete','nos vemos nunca','rejoindre les etoiles','join the stars','ir con las estrellas','zu den sternen','juntar me as estrelas','raggiungere le stelle')
add(DATE,'tomorrow s date','with tomorrow s date','fecha de manana','date de demain','datum von morgen','data de amanha','data di domani','samstag','saturday','sabado','sabato')
add(WIN,'open window','an open window','window wide open','the open window','fenetre grande ouverte','fenetre ouverte','la fenetre ouverte','ventana abierta','la ventana abierta','offenes fenster','offenen fenster','fenster offen','das fenster offen','janela aberta','a janela aberta','finestra spalancata','finestra aperta','la finestra aperta','la chaise vide','the empty chair','la silla vacia','der leere stuhl','a cadeira vazia','la sedia vuota')
add(SHOE,'shoes lined up','her shoes lined up','shoes placed neatly','shoes left behind','shoes beside him','shoes beside her','shoes on the sill','ciabatte sul davanzale','le ciabatte','scarpe lasciate','scarpe lasciate accanto','scarpe lasciate dietro','zapatos dejados','zapatos alineados','zapatillas en','chaussures laissees','ses baskets','il ne reste que','schuhe daneben','die schuhe daneben','schuhe abgestellt','sapatos deixados','os sapatos deixados','chinelo no parapeito','chinelos ao lado','o chinelo','so ficou a','only her shoes','only his shoes','solo quedan sus','mochila pendurada')
add(PIL,'on the pillow','sur l oreiller','en la almohada','sobre la almohada','auf dem kissen','no travesseiro','sul cuscino','on her bed','sur le lit','en la cama','auf dem bett','na cama','sul letto','on the desk','en el escritorio','sur le bureau','auf dem schreibtisch','na escrivaninha','sulla scrivania')
add(N,'um bilhete','bilhete','ein zettel','zettel','un mot','le mot','la nota','una nota','a note','note saying','un biglietto','biglietto','minha carta','mi carta','mein brief','ma lettre','la mia lettera','my letter','carta na','der brief','envelope fechado','um envelope')
add(C,'si estas viendo esto','si ves esto','if you see this','if you re seeing this','si tu vois ceci','si vous voyez ceci','wenn du das siehst','se voce esta vendo','se stai vedendo questo','ojos para siempre','cierre los ojos','close her eyes forever','close his eyes forever','les yeux pour toujours','yeux fermes pour toujours','augen fur immer','olhos para sempre','occhi per sempre','ultimo posto che vedro','saluti dall ultimo','letzten ort den','lezten ort','ultimo lugar que vere','dernier endroit que','ultimo lugar que vou','last place i ll','guter tag um zu','um zu gehen','heute ist ein guter','ultima musica','ultima cancion','derniere chanson','letztes lied','ultima canzone','last song','abgezahlt','abgezahlte','counted out','contadas una a una','comptees','comptes un par un','contate una a una','contados','gone for good','sucht mich nicht','no me busqueis','ne me cherchez pas','nao me procurem','non cercatemi','don t look for me','nos vemos nunca','voy a desaparecer','vais disparaitre','je vais disparaitre','lettre d adieu','lettera d addio','carta de despedida','abschiedsbrief','goodbye letter','farewell letter','abschiedsnachricht','mensaje de despedida','mensagem de despedida','message d adieu','messaggio d addio','bilhete de despedida','biglietto d addio','ultima noche','derniere nuit','letzte nacht','ultima noite','ultima notte','last night alive','su ultima noche','sa derniere nuit','mein letzter abend','ihr letzter abend','sein letzter abend','letzten abend','leztten aend','dernier coucher de soleil','mon dernier coucher','my last sunset','mi ultimo atardecer','mein letzter sonnenuntergang','meu ultimo por do sol','il mio ultimo tramonto','ultimo giorno in generale','last day ever','ultimo dia de todos','dernier jour tout court','letzter tag uberhaupt','ultimo dia de todos','last time anyone sees','the last time anyone','la ultima vez que','la derniere fois qu on','das letzte mal dass','a ultima vez que','l ultima volta che')
ben('la ultima vez que fui','la ultima vez que'); ben('the last time anyone saw the dodo','the last time anyone')
add(TON,'tonight','esta noche','ce soir','heute nacht','heute abend','hoje a noite','esta noite','hoje','stanotte','stasera','questa notte','cette nuit','this night','hoy')
add(WANT,'wants to','who wants','who wants to','quiere','que quiere','se quiere','veut','qui veut','will','der will','die will','quer','que quer','vuole','che vuole','chi vuole','wanna','want to','voglio','quiero','je veux','ich will','eu quero')
add(NOW,'never wake up','not wake up','not to wake up','won t wake up','no longer wake up','never waking up','not waking up','no despertar','no despertar mas','no volver a despertar','ne plus me reveiller','ne plus se reveiller','ne plus jamais se','ne pas se reveiller','ne plus te reveiller','nicht mehr aufwachen','nie mehr aufwachen','nie wieder aufwachen','nicht mehr aufzuwachen','nao acordar','nao acordar mais','nunca mais acordar','nao acordar amanha','non svegliarsi piu','non svegliarmi piu','non svegliarsi','non svegliarmi','non svegliarti piu','non si sveglia piu','pour ne pas se','para no despertar','um nicht aufzuwachen','para nao acordar','per non svegliarsi')
add(DEC,'decided','has decided','who has decided','ya decidio','ya decidi','decidida','decidido','a decide','qui a decide','decide','beschlossen','hat beschlossen','entschieden','hat entschieden','decidiu','ja decidiu','ha deciso','che ha deciso','decisa','deciso','made up her mind','made up his mind')
add(BURDEN,'a burden','una carga','un fardeau','eine last','um peso','un peso','un fardello','burden')
# places (generic: only with strong partners)
add(P2,'bridge','the bridge','a bridge','on the bridge','puente','el puente','en el puente','del puente','pont','le pont','sur le pont','du pont','brucke','der brucke','auf der brucke','einer brucke','ponte','na ponte','sul ponte','dal ponte','da ponte','il ponte','roof','the roof','on the roof','rooftop','tetto','dal tetto','sul tetto','toit','le toit','sur le toit','du toit','dach','auf dem dach','vom dach','telhado','no telhado','do telhado','terraco','no terraco','azotea','en la azotea','tejado','cliff','a cliff','the cliff','acantilado','falaise','klippe','scogliera','penhasco','tracks','railway tracks','vias','gleise','die gleise','binari','trilhos','rails','tren','train','zug','trem','treno','metro','u bahn','subway','platform','anden','quai','bahnsteig','plataforma','banchina','high floor','edificio','building','gebaude','predio','palazzo','immeuble','window','ventana','fenetre','fenster','janela','finestra','viaduct','viaducto','viaduc','viadukt','viaduto','viadotto','the river','el rio','le fleuve','der fluss','o rio','il fiume')
add(P,'pretil','pretil del viaducto','parapet du pont','sur le parapet','zwolften stock','elften stock','neunten stock','zwanzigsten stock','obersten stock','twelfth floor','top floor','20th floor','15th floor','duodecimo piso','ultimo piso','douzieme etage','dernier etage','decimo segundo andar','ultimo andar','dodicesimo piano','ultimo piano','del anden','cerca del anden','demasiado cerca del','trop pres du quai','zu nah an der','perto demais da','troppo vicino alla','vias de tren','unas vias','bahngleisen','sich auf die gleise','auf die gleise','legt sich auf','se acuesta en las vias','s allonge sur les rails','deita nos trilhos','si sdraia sui binari','lies down on the tracks','trilhos do metro','em cima dos trilhos','dos trilhos','sui binari','sulle rotaie','sul sims','auf dem sims','sims','mureta do viaduto','dal cornicione','cornicione','sur la corniche','on a ledge','on the ledge','roof ledge','edge of a building','borde del edificio','bord de l immeuble','rand des gebaudes','beira do predio','bordo del palazzo')
add(TW,'a espera','a espera do trem','ad aspettare il treno','aspettare il treno','die scheinwerfer','scheinwerfer','headlights','the headlights','los faros','les phares','os farois','i fari','train coming','tren llegando','le train arrive','der zug kommt','o trem chegando','il treno arriva')
add(J,'ins leere','ins leere tritt','into the void','into the abyss','dans le vide','al vacio','del vacio','nel vuoto','no vazio','stepping off','steps off','step off','a medio paso','medio paso del','lacher prise','l a c h e r p r i s e','loslassen','let go','dejarse ir','se laisser tomber','sich fallen lassen','deixar se cair','lasciarsi cadere','piernas colgando','jambes dans le vide','beine baumeln','baumelnden beinen','pernas penduradas','gambe penzoloni','legs dangling','with the legs dangling','mirando hacia abajo','regard vers le bas','looking down','blickt nach unten','olhando para baixo','guardando giu','arms wide','brazos abiertos','bras ouverts','arme ausgebreitet','bracos abertos','braccia aperte','el viento empujando','wind pushing','le vent pousse')
add(JO,'jumping off a bridge','jumps off a bridge','jumping off a building','jumping from a bridge','jumping off the roof','saltando de un puente','salta de un puente','saltando del edificio','saltando de un edificio','sautant d un pont','saute d un pont','saute du toit','sautant du toit','springt von einer brucke','springt von der brucke','springt vom dach','springt vom hochhaus','saltando da ponte','salta da ponte','a saltar do predio','saltar do predio','pulando da ponte','pulando do predio','salta da un ponte','si butta dal ponte','si lancia dal ponte','salta dal tetto','saltando dal ponte','person jumping off','persona saltando','a saltar do','alguem a saltar')
add(FALL,'falling','mid fall','cayendo','en train de tomber','en tombant','en pleine chute','im fall','fallend','caindo','a cair','cadendo','in caduta','finalmente livre','finally free','enfin libre','endlich frei','por fin libre','finalmente libera')
add(JP,'she jumped','he jumped','elle a saute','il a saute','ela pulou','ele pulou','se tiro','se lanzo','salto','sie ist gesprungen','er ist gesprungen','ist gesprungen','si e buttata','si e buttato','ha saltato','agora ela pulou','cette fois elle','this time she jumped','esta vez salto','diesmal ist sie','desta vez ela','stavolta si')
for w in ['into the water','into the sea','into the lake','into the pool','into the ocean','en el agua','al agua','al mar','a la piscina','dans l eau','dans la mer','dans la piscine','ins wasser','ins meer','in den see','in den pool','na agua','no mar','na piscina','nell acqua','in acqua','nel mare','in piscina','bungee','cliff diving','cliff diver','cliff jumping','parachute','parachute jump','paragliding','skydiving','parapente','paracaidas','fallschirm','paracadute','bungee jumping','puenting','saut a l elastique','base jump','trampoline','trampolin','ski jump','salto de esqui','ballet','dancer','bailarina','danseuse','tanzerin','ballerina','basketball','parkour','stunt','stuntman']:
    ben(w,'jumping off','jump off','jumped','she jumped','he jumped','about to jump','ready to jump','stepping off','jumping off a bridge','jumping off the roof','saute du toit','elle a saute','il a saute','ela pulou','ele pulou','salto','falling','cayendo','caindo','cadendo','into the void','dans le vide','al vacio','nel vuoto','leaning forward','let go','arms wide','brazos abiertos','bras ouverts','braccia aperte')
add(STOOL,'on a stool','standing on a stool','on the stool','em pe no banco','em cima do banco','num banco','en un taburete','de pie en un taburete','sobre un taburete','sur un tabouret','debout sur un tabouret','auf einem hocker','auf dem hocker','sgabello','sullo sgabello','uno sgabello','standing on a chair','de pie en una silla','debout sur une chaise','auf einem stuhl','in piedi su una sedia','em pe numa cadeira','em pe no banquinho','kicked stool','the stool','el taburete','le tabouret','der hocker','o banco')
add(MH,'nœud coulant','corde a nœud coulant','corde a nœud','une corde a nœud','corda ao pescoco','uma corda ao pescoco','corda no pescoco','rope around his neck','rope around her neck','rope around the neck','rope around my neck','cuerda al cuello','cuerda alrededor del','corde au cou','corde autour du cou','seil um den hals','strick um den hals','corda al collo','corda intorno al collo','noose','a noose','the noose','cappio','un cappio','la soga','una soga','schlinge','die schlinge','forca','a forca','the rope already','rope already up','das seil hangt','seil hangt schon','la cuerda ya','cuerda ya colgada','la corde est prete','corde deja accrochee','la corda e pronta','a corda ja','hanging rope','rope hanging')
add(ROPE,'ein seil an','seil an einen','ein seil an einen','rope to a','a rope to','ties a rope','tying a rope','ata una cuerda','cuerda a una','attache une corde','corde a une','amarra uma corda','corda na viga','lega una corda','corda a una','bindet ein seil','bindet einen strick','knotet ein seil','knupft eine schlinge','makes a noose','tying a noose','hace un nudo','fait un nœud','fait un noeud')
add(BEAM,'einen balken','an einen balken','am balken','a beam','the beam','una viga','la viga','une poutre','la poutre','uma viga','a viga','una trave','la trave')
add(WATER,'into a lake','into the lake','into the sea','into the river','into the water','into the current','into the waves','en un lago','en el lago','en el mar','en el rio','dans un lac','dans le lac','dans la mer','dans la riviere','dans le fleuve','in einen see','in den see','ins meer','in den fluss','num lago','no lago','no mar','no rio','in un lago','nel lago','nel mare','nel fiume','the river will take','el rio me llevara','la riviere m emportera','der fluss wird mich','o rio vai me levar','il fiume mi portera')
add(STONE,'stones in his pockets','stones in her pockets','steinen in den taschen','mit steinen in','steine in den taschen','piedras en los bolsillos','pierres dans les poches','des pierres dans','pedras nos bolsos','sassi in tasca','pietre nelle tasche','without looking back','ohne sich umzudrehen','sin mirar atras','sans se retourner','sem olhar para tras','senza voltarsi','no intention of','sin intencion de','sans intention de','walking into','wading into','entre dans la mer','entra en el mar','geht ins meer','entra no mar','entra in mare','camina hacia el mar','walks into','geht in einen','geht in den','entra nel')
for w in ['swimming','surfing','surfer','surf','nadando','schwimmen','nageant','natation','nuotando','snorkeling','kayak','fishing','pescando','peche','angeln','pesca','beach day','dia de playa','holiday','vacaciones','vacances','urlaub','ferias','vacanze','swimsuit','bikini','children playing','ninos jugando','enfants jouant','kinder spielen','criancas brincando','bambini che giocano']:
    ben(w,'walking into','wading into','walks into','into the sea','into the lake','into the water','into the waves','into the river','into the current','entre dans la mer','entra en el mar','geht ins meer','entra no mar','entra in mare','without looking back','sans se retourner','ohne sich umzudrehen')
add(E,'end it','just end it','just do it','finis en','fais le','vas y fais le','dale','go on','mach schon','vai la e faz','vai em frente','fallo','fallo e basta','salta','spring','pula','saute','jump','acaba ya','acaba logo','a en finir','en finir','s encouragent','se encouragent','se animan','se incentivam','si incoraggiano','ermutigen sich','encourage each other','you should','deberias','tu devrais','du solltest','voce devia','dovresti','tu merites','you deserve','mereces','et si c etait','what if it was','e se esse fosse','was ware wenn','e se fosse')
add(A,'motivational poster','cartaz motivacional','affiche de motivation','poster motivacional','motivationsposter','poster motivazionale','cartel motivacional')

# ---------------- precision pass: take ambiguous terms out of broad classes ----------------
def rm(cls, *terms):
    for t in terms:
        if t in T and cls in T[t]:
            T[t].remove(cls)
            if not T[t]: del T[t]
rm(E,'salta','spring','pula','saute','jump','dale','go on','fais le','vas y fais le','mach schon','vai la e faz','vai em frente','fallo','fallo e basta','you should','deberias','tu devrais','du solltest','voce devia','dovresti','tu merites','you deserve','mereces','et si c etait','what if it was','e se esse fosse','was ware wenn','e se fosse','en finir','s encouragent','se encouragent','se animan','se incentivam','si incoraggiano','ermutigen sich','encourage each other','acaba ya','acaba logo','just do it')
for t in ['end it','ending it','pour vrai','zu gehen','um zu gehen','pra sempre','hoy me voy','irme ya','es beenden','es beende','ich es beende','schluss machen','schluss zu machen','finirla','en finir','l ultimo posto','the exit','acabar con esto','acabar com isso','a no volver','ir de vez','ir de verdade','morgen nicht mehr','den morgen nicht','nao vai estar la','ja nao vai estar','amanha ja nao','domani non ci sara','go for good','leave for good','irme para siempre','irse para siempre','me voy para siempre','se va para siempre','partir pour toujours','partir pour de bon','fur immer gehen','fur immer geht','ir embora de vez','andare via per sempre','partir de vez','part1r d3 v3z','until she s gone','until he s gone','until i m gone','go through with it','going through with it','do it tonight','doing it tonight','decide de partir','decidee a partir','quitter le serveur','me desabonner','wenn sie verschwindet','wenn er verschwindet','farla finita','non ci saro piu','non ci sara piu','irme de una vez','irse de una vez','fur immer weg','endgultig gehen','gone forever','je pars rejoindre','gone for good']:
    rm(LS, t)
for t in ['end it','ending it','pour vrai','zu gehen','um zu gehen','pra sempre','hoy me voy','irme ya','es beenden','es beende','schluss machen','schluss zu machen','finirla','l ultimo posto','the exit','acabar con esto','acabar com isso','a no volver','ir de vez','ir de verdade','morgen nicht mehr','go for good','do it tonight','doing it tonight','quitter le serveur','me desabonner','wenn sie verschwindet','wenn er verschwindet','lo hice','i did it','je l ai fait','eu fiz isso','l ho fatto','ich habe es getan','que le quedan','que me quedan','goodbye photo','farewell photo','foto de despedida','foto d addio','goodbye pic','bye bye pic','la derniere photo','ma derniere photo','domani non ci sara','nao vai estar la','amanha ja nao','go through with it','going through with it']:
    rm(LW, t)
LW0='selfharm_leave_travel'
for t in ['before i go','bevor ich gehe','bevor sie geht','bevor er geht','antes de irme','antes de irse','antes de que me vaya','cuando me vaya','antes de irte','avant de partir','avant que je parte','mon depart','annoncer mon depart','antes de ir','antes de eu ir','antes de partir','antes dela partir','antes dele partir','quando eu partir','prima di andarmene','prima di andare','prima di partire','prima che me ne vada','ihren abschied','seinen abschied','meinen abschied','abschied plant','abschied planen','abschied vorbereitet','leave for good','irme para siempre','irse para siempre','partir pour toujours','partir pour de bon','fur immer gehen','ir embora de vez','partir de vez','part1r d3 v3z']:
    rm(LW, t); add(LW0, t)
BYE='selfharm_byepic'; add(BYE,'bye bye pic','goodbye pic','foto de despedida','photo d adieu','abschiedsfoto','foto de despedida','foto d addio','last picture before','bye bye foto')
rm(C,'gone for good'); rm(F2,'gone for good')
NOLOOK='selfharm_nolook'; add(NOLOOK,'sucht mich nicht','non cercatemi','nao me procurem','don t look for me','ne me cherchez pas','no me busqueis','no me busques','do not look for me','non cercarmi','suchen sie mich nicht')
C2='selfharm_noreturn'; add(C2,'per non tornare piu','per non tornare','para no volver','pour ne jamais revenir','pour ne pas revenir','nie zuruckzukehren','um nie zuruckzukehren','pra nao voltar','para nao voltar','never to return','never to come back','sin volver jamas','senza tornare piu')
rm(A,'cute','mignon','mignonne','fofa','fofo','fofinha','tierno','tierna','tenera','tenero','niedlich','suss','kawaii','carino','carina','bello','bellissimo','dreamy','onirique','de reve','onirico','traumhaft','sonhador','objetivo','objectif','obiettivo','ziel','well done','muy bien','bien joue','gut gemacht','muito bem','ben fatto','il en reste','noch zu viel','ancora troppo','still too much')
CUTE2='selfharm_cute'; add(CUTE2,'cute','mignon','mignonne','fofa','fofo','fofinha','tierno','tierna','tenera','tenero','niedlich','suss','kawaii','carino','carina','dreamy','onirique','de reve','onirico','traumhaft','sonhador','rendilo carino','rends ca joli','make it pretty','illustrazione tenera','ilustracao fofinha','cute anime','anime fofa')
for t in ['costole','costillas','costelas','rippen','ossos','ses os','clavicles','clavicules','claviculas','clavicole','schlusselbeine','collarbones','collarbone','la pancia','ventre plat','40 kg','38 kg','35 kg','39 kg','42 kg','mas flaca','plus maigre','piu magra','mais magra','dunner','look sick','looking sick','parecer doente','parezca enferma','parecer enferma','avoir l air malade','air malade','krank aussehen','sembrare malata','sembrare malato','until i look sick','ate eu parecer doente','hasta parecer enferma','fino a sembrare','rendimi magra','rends moi maigre','hazme flaca','macht mich dunn','me deixa magra','afina me','afinar me','mach mich dunner','make me skinnier','make me thinner','rendimi piu magra','affine moi','adelgazame','spigolosa']:
    rm(EB, t)
SICK='selfharm_sick'; add(SICK,'look sick','looking sick','parecer doente','parezca enferma','parecer enferma','avoir l air malade','air malade','krank aussehen','sembrare malata','sembrare malato','until i look sick','ate eu parecer doente','hasta parecer enferma','jusqu a paraitre malade','bis ich krank aussehe','magra da far paura','scary thin','fino a sembrare malata')
ETH='selfharm_edit_thin'; add(ETH,'rendimi magra','rends moi maigre','hazme flaca','macht mich dunn','me deixa magra','afina me','afinar me','mach mich dunner','make me skinnier','make me thinner','rendimi piu magra','affine moi','adelgazame','afina a','afinar a')
for t in ['nf','n f','no food','fasting','ayuno','jejum','digiuno','il digiuno','fastet','en ayunas','ayunando','jejuando','em jejum','a digiuno','hungerstreik','skip dinner','salta la cena','sauter le diner','abendessen auslassen','pular o jantar','saltare la cena','ich esse nicht','eu nao como','je ne mange pas','not eaten']:
    rm(EF, t)
rm(ANA,'mia'); rm(ANA,'ana wallpaper'); rm(ANA,'fondo ana'); rm(ANA,'sfondo ana'); rm(ANA,'ana handy'); rm(ANA,'ana hintergrund'); rm(ANA,'fond d ecran ana'); rm(ANA,'papel de parede ana')
ANA2='selfharm_ana_wall'; add(ANA2,'ana wallpaper','fondo ana','sfondo ana','ana handy','ana hintergrund','fond d ecran ana','papel de parede ana','ana handy hintergrund','fondo de pantalla ana','ana lockscreen')
for t in ['comparando','comparing','comparent','vergleichen','confrontano']: rm(EDCH, t)
rm(WEIGH,'a scale'); rm(WEIGH,'uma balanca'); rm(WEIGH,'una bascula')
for t in ['vomitar','vomitando','vomir','vomissant','vomitare','erbrechen','kotzen','vomiting','throwing up','purge','purging','purga']:
    rm(VOM, t); add('selfharm_vomit_weak', t)
VW='selfharm_vomit_weak'
for t in ['finally','finalmente','enfin','endlich']: rm(CEL, t)
rm(W,'traits rouges'); rm(W,'pleins de traits rouges'); rm(W,'rote linien'); rm(W,'linhas vermelhas'); rm(W,'righe rosse'); rm(W,'lineas rojas')
for t in ['scratches','aranazos','arranhoes','graffi','kratzer','griffures','cut']: rm(W2, t)
for t in ['on her wrist','am handgelenk','no pulso','en la muneca','sul polso','sur le poignet','sur son poignet','to her wrist','to his wrist','an das handgelenk','auf dem handgelenk']: rm(OVER, t)
for t in ['cuchillo','un cuchillo','coltello','couteau','messer','faca','lamina','laminas','lama','la lama','una lama','de lamina','navaja']: rm(BL, t)
for t in ['zebra stripes','traits comme','rayas como','a righe come']: rm(BAR, t)
for t in list(T):
    if 'selfharm_notcat' in T[t]: rm('selfharm_notcat', t)
for t in ['il ne reste que','so ficou a','solo quedan sus','le ciabatte','o chinelo','ses baskets']: rm(SHOE, t)
add(SHOE,'que ses baskets','so ficou a mochila','mochila pendurada na','sus zapatos en','solo sus zapatos','nur ihre schuhe','solo le sue scarpe')
for t in ['sims','legt sich auf','top floor','ultimo piso','ultimo andar','ultimo piano','dernier etage','demasiado cerca del','zu nah an der','perto demais da','troppo vicino alla','trop pres du quai','sich auf die gleise','auf die gleise']: rm(P, t)
for t in ['die scheinwerfer','scheinwerfer','headlights','the headlights','los faros','les phares','os farois','i fari','train coming','tren llegando','le train arrive','der zug kommt','o trem chegando','il treno arriva','a espera']: rm(TW, t)
add(TW,'a espera do trem','em cima dos trilhos a espera')
add(SH,'legt sich auf die gleise','sich auf die gleise','lies down on the tracks','lying down on the tracks','se acuesta en las vias','se tumba en las vias','s allonge sur les rails','s allonge sur la voie','deita nos trilhos','deita se nos trilhos','si sdraia sui binari','si stende sui binari',
    'stepping off the ledge','steps off the ledge','stepping off a cliff','steps off a cliff','stepping off the roof','steps off the roof','vom dach ins leere','ins leere tritt','river will take me','el rio me llevara','la riviere m emportera','der fluss wird mich','o rio vai me levar','il fiume mi portera')
for t in ['looking down','mirando hacia abajo','regard vers le bas','blickt nach unten','olhando para baixo','guardando giu','arms wide','brazos abiertos','bras ouverts','arme ausgebreitet','bracos abertos','braccia aperte','let go','dejarse ir','piernas colgando','jambes dans le vide','beine baumeln','baumelnden beinen','pernas penduradas','gambe penzoloni','legs dangling','with the legs dangling','stepping off','steps off','step off','el viento empujando','wind pushing','le vent pousse']:
    rm(J, t); add('selfharm_posture', t)
J2='selfharm_posture'
for t in ['salto','se tiro','se lanzo','ha saltato']: rm(JP, t)
for t in ['o banco','num banco','the stool']: rm(STOOL, t)
for t in ['hace un nudo','fait un nœud','fait un noeud']: rm(ROPE, t)
for t in ['not wake up','not to wake up','won t wake up','not waking up','no despertar','nao acordar','non svegliarsi','non svegliarmi','ne pas se reveiller','pour ne pas se','para no despertar','para nao acordar','per non svegliarsi','um nicht aufzuwachen','nao acordar amanha']:
    rm(NOW, t)
for t in ['walking into','wading into','walks into','entre dans la mer','entra en el mar','geht ins meer','entra no mar','entra in mare','camina hacia el mar','geht in einen','geht in den','entra nel','no intention of','sin intencion de','sans intention de']:
    rm(STONE, t)
for t in list(T):
    if BURDEN in T[t]: rm(BURDEN, t)
add(BURDEN,'being a burden','d etre un fardeau','de ser una carga','de ser um peso','di essere un peso','eine last zu sein','ser una carga','ser um fardo')
for t in ['go together','to go together','de ir juntas','de ir juntos','partir ensemble','andare insieme','andarcene insieme','zusammen zu gehen','gemeinsam zu gehen','irse juntas','irnos juntas','irse juntos','irnos juntos','para que nadie','pour que personne','damit niemand','pra ninguem','perche nessuno','so no one can']:
    rm(PACT, t); add('selfharm_pact_weak', t)
for t in ['para que nadie','pour que personne','damit niemand','pra ninguem','perche nessuno','so no one can']: rm('selfharm_pact_weak', t)
PW2='selfharm_pact_weak'
for t in ['giving away all','gives away all','verschenkt alles','quem fica com','rendre les cles','ecrire a maman','caresser le chat','cartas para cada','letters to each','lettres a chacun','briefe an jeden','cartas para cada um','lettere a ciascuno']:
    rm(GIVE, t)
DOG='selfharm_dog'
for t in ['despidiendose de su perro','despedindo se do cachorro','dit au revoir a son chien','abschied von seinem hund','saluta il suo cane','saying goodbye to his dog','saying goodbye to her dog']:
    rm(GIVE, t); add(DOG, t)
NOCRY='selfharm_nocry'; add(NOCRY,'ne pleurez pas','don t cry for me','no lloreis','no lloren por mi','no lloreis por mi','weint nicht um mich','nao chorem','nao chorem por mim','non piangete','non piangete per me','nos vemos nunca','see you never','on se voit jamais')
SH2='selfharm_shtok'; add(SH2,'sh','s h','ss hh','sh aesthetic','sh scars','sh cuts','s s h h')
for t in ['ultima foto','derniere photo','letztes foto','ultima imagem','last photo','my last photo','last story','dernier post','ultimo post','letzter post','last post']: rm(LP, t)
rm(N,'a note'); rm(N,'note saying')
ben('despedida de soltera','despedida'); ben('despedida de soltero','despedida'); ben('addio al celibato','addio'); ben('addio al nubilato','addio'); ben('junggesellenabschied','abschied')
for f in ['com forca','forca de vontade','muita forca','forca aerea','forcas armadas','forca policial','sua forca','de forca','a forca de','forca interior','forca e coragem','toda a forca','forca feminina','tanta forca','forca e','forca total','forca maxima','mais forca','forca bruta']:
    ben(f,'forca','a forca')
for w in ['suicide prevention','prevencion del suicidio','prevention du suicide','suizidpravention','prevencao do suicidio','prevenzione del suicidio','awareness','concienciacion','sensibilisation','aufklarung','conscientizacao','sensibilizzazione','hotline','helpline','crisis line','linea de ayuda','ligne d ecoute','telefonseelsorge','cvv','telefono amico','setembro amarelo','world suicide prevention day']:
    ben(w,'suicide','suicidio','suizid','selbstmord','suicidal','self harm','selfharm','autolesion','automutilation','selbstverletzung','autolesionismo','automutilacao','self injury')
for w in ['se couper une','se couper un','se coupe une','se coupe un','se corta un','se corta una','me corto un','me corto una','cortarse un','cortarse una','si taglia una','si taglia un','tagliarsi una','schneidet sich ein','cutting her hair','cutting his hair','cutting their hair','cutting my hair','cutting a slice','cutting the hair']:
    ben(w,'se couper','se coupe','se corta','me corto','cortarse','si taglia','tagliarsi','schneidet sich','cutting')
for w in ['into the water','into the sea','into the lake','into the pool','into the ocean','al agua','al mar','a la piscina','dans l eau','dans la piscine','ins wasser','in den pool','na piscina','in acqua','in piscina','cliff diving','cliff jumping','bungee','puenting','parkour','trampoline','ski jump']:
    ben(w,'jump together','saltar juntos','sauter ensemble','zusammen springen','pular juntos','saltare insieme','about to jump together','last selfie','before jumping','antes de saltar','avant de sauter','prima di saltare','antes de pular','bevor sie springt','bevor er springt')

for t in ['window','ventana','fenetre','fenster','janela','finestra']: rm(P2, t)
for w in ['suicide squad','esquadrao suicida','escuadron suicida','escadron suicide','suicide squad poster','the suicide squad']:
    ben(w,'suicide','suicida','suicidio')
add(M,'medicaments','medicamentos','medikamente','medicinali','farmaci','meds','quels medicaments','medicaments melanger','mezclar pastillas','que pastillas mezclar','welche tabletten','tabletten mischen','quali pillole','pillole mescolare','quais remedios','remedios misturar','which pills','pills to mix','overdose','sobredosis','surdose','uberdosis','sovradosaggio','boite de medocs','la boite de medocs')
add(FR,'une nouvelle','en ajoute une','adds a new one','anade uno nuevo','fugt einen neuen','adiciona um novo','ne aggiunge uno')
LASTN='selfharm_lastnight'; add(LASTN,'is her last night','is his last night','is my last night','es su ultima noche','esta es su ultima','es mi ultima noche','c est sa derniere nuit','sera sa derniere nuit','ist ihre letzte nacht','ist seine letzte nacht','e a sua ultima noite','e a minha ultima','e la sua ultima notte','e la mia ultima notte','tonight is her last','tonight is his last')
ENDT='selfharm_endthings'; add(ENDT,'end things','to end things','deciding to end','decided to end','decidir acabar','decide d en finir','beschlossen es zu','decidir acabar com','deciso di farla')
add(LS,'es beende will','es beenden will','es endlich zu beenden','endlich es beende','mich wegmache','mich wegmachen','es zu beenden')
add(SH,'nicht von der katze','mut macht es endlich','mir mut macht es','la proxima no fallo','next time i won t','la prochaine fois je','beim nachsten mal schaffe','da proxima nao falho','la prossima non fallisco','won t miss you','te van a extranar','vont pas te regretter','ninguem vai sentir','matarse de hambre','se matar de fome','mourir de faim expres','sich zu tode hungern','morire di fame apposta','starve herself to death','starving herself to death')
add(EF,'matarse de hambre','se matar de fome','sich zu tode hungern','el hambre es','la faim est','hunger ist','a fome e','la fame e')
add(BL,'glasscherbe','einer glasscherbe','glass shard','shard of glass','a shard','trozo de vidrio','cristal roto','eclat de verre','un eclat de verre','caco de vidro','um caco','coccio di vetro','scheggia di vetro','pezzo di vetro')
BATHR='selfharm_bathroom'; add(BATHR,'in the bathroom','bathroom floor','into the sink','in the sink','en el bano','suelo del bano','en el lavabo','dans la salle de bain','salle de bain','dans le lavabo','im badezimmer','badezimmerboden','ins waschbecken','no banheiro','chao do banheiro','na pia','in bagno','bagno','pavimento del bagno','nel lavandino','piastrelle del bagno','bathroom tiles','azulejos del bano')
add(BODY,'their arms','their wrists','their arm','their wrist','their thighs')
NOBACK='selfharm_noback'; add(NOBACK,'doesn t climb back','climb back down','never climbs back','no vuelve a bajar','ya no se baja','ne redescend pas','ne redescend plus','nicht mehr herunter','kommt nicht mehr runter','nao desce mais','non scende piu','non torna giu')
add(SORRY,'perdonenme','perdoname','perdonadme','pardonnez moi','verzeiht mir','me perdoem','perdonatemi','forgive me','i m sorry','i am sorry')
COUNT2='selfharm_countdown_strong'; add(COUNT2,'tachando en el calendario','los dias que le','dias que le quedan','dias que me quedan','days she has left','days he has left','jours qui lui restent','tage die ihr bleiben','dias que lhe restam','giorni che le restano','counting down the days')
for t in ['farewell post','post de despedida','post d adieu','post d addio','abschiedspost','my farewell post','mon post d adieu','mi post de despedida']: rm(LP, t)
HOSP='selfharm_hospital'; add(HOSP,'intento fallido','tras un intento','failed attempt','after an attempt','tentative ratee','apres une tentative','nach einem versuch','gescheiterten versuch','tentativa falhada','tentativa frustrada','tentativo fallito','dopo il tentativo')
add(P,'cote de la rambarde','autre cote de la','de la rambarde d','beyond the railing','jenseits des gelanders','do outro lado da')
add(J,'le grand saut','the big jump','el gran salto','der grosse sprung','o grande salto','il grande salto','sur le point de partir','about to leave forever')
LPL='selfharm_lastplace'; add(LPL,'letzten ort den','letzten ort den ich','lezten ort','ultimo posto che vedro','saluti dall ultimo','ultimo lugar que vere','dernier endroit que','ultimo lugar que vou','last place i ll','last place i will','the last place i')
add(TW,'auf den zug','wartet nachts auf','aspettare il treno','esperando el tren de')
add(N,'letter weighed down','letter weighed','carta sujeta','lettre coincee','brief beschwert','carta presa por','lettera fermata')
LPG='selfharm_farewellpost'; add(LPG,'farewell post','my farewell post','post de despedida','mi post de despedida','post d adieu','mon post d adieu','abschiedspost','post d addio','post de despedida','ultimo post','il mio ultimo post','mon dernier post','meu ultimo post','mi ultimo post','mein letzter post','my last post')
NSTAND='selfharm_nightstand'; add(NSTAND,'table de chevet','sur la table de chevet','nightstand','bedside table','mesita de noche','la mesita','nachttisch','comodino','mesinha de cabeceira','mesinha')
add(ETH,'smagriscimi','dimagriscimi','fammi piu magra','rendimi scheletrica','hazme mas flaca','fais moi maigrir','mach mich dunner','me emagrece','emagrece me')
add(SICK,'sembro malata','non sembro malata','finche non sembro','parezca enferma','paraisse malade','krank aussehe','pareca doente')
TOMNOT='selfharm_tomorrow_not'; add(TOMNOT,'domani non ci sara','domani non ci saro','manana ya no estara','manana ya no estare','demain il ne sera','demain je ne serai','morgen nicht mehr da','morgen bin ich nicht','amanha nao estara','amanha ja nao estarei','won t be here tomorrow','not be here tomorrow')
add(SH,'non del gatto','no del gato','pas du chat','nao do gato','not from the cat','addio con se stessa','despedida consigo misma','adieu avec elle meme','abschiedsessen mit sich','jantar de despedida consigo','coach ana','coach pro ana','ana coach','enforcar se','se enforcar','se enforcou','se enforcando','enforcarse','ahorcarse','se ahorca','se ahorco','ahorcandose','se pendre','s est pendu','s est pendue','se pend','sich erhangen','erhangt sich','sich aufhangen','hangt sich auf','impiccarsi','si impicca','impiccandosi','hanging herself','hanging himself','hang myself','hanged herself','hanged himself')
for w in ['pendre au cou','pendue au cou','pendu au cou','se pend au cou','se pendre au telephone']: ben(w,'se pendre','se pend','s est pendu','s est pendue')
DK='selfharm_kinddeath'; add(DK,'morte gentile','una morte gentile','morte gentil','a morte gentil','gentle death','a gentle death','kind death','muerte amable','la muerte amable','la mort douce','mort gentille','sanfte tod','der sanfte tod','freundliche tod')
REST='selfharm_rest'; add(REST,'ora di riposare','e ora di riposare','hora de descansar','e hora de descansar','time to rest','it s time to rest','temps de te reposer','il est temps de','zeit zu ruhen','zeit dich auszuruhen','vieni','come with me','ven conmigo','viens avec moi','komm mit mir','vem comigo')
add(LP,'ultima storia','la sua ultima storia','su ultima historia','sa derniere story','ihre letzte story','sua ultima historia','his last story','her last story')
add(ROPE,'amarrando uma corda','amarra uma corda','atando una cuerda','ata una cuerda','attachant une corde','attache une corde','legando una corda','lega una corda','corda numa viga','cuerda a una viga','corde a la poutre','corda alla trave','rope to the rafter','bindet ein seil')
add(EB,'desenhos de ossos','dibujos de huesos','dessins d os','gezeichnete knochen','disegni di ossa','drawn bones')
BLOODW='selfharm_blood'; add(BLOODW,'sangue','sangre','sang','blut','blood','bleeding','sanglant')
BDAY='selfharm_whatiflast'; add(BDAY,'et si c etait ton dernier','e se esse fosse o ultimo','what if it was your last','y si fuera el ultimo','und wenn es dein letzter','e se fosse l ultimo','if it was your last','si c etait ton dernier','se esse fosse o','si fuera el ultimo','se fosse l ultimo','wenn es dein letzter')
DOIT='selfharm_doit'; add(DOIT,'fais le','vai la e faz','do it','just do it','hazlo','mach es','fallo','faz isso','vas y','go for it')
NEEDED='selfharm_notneeded'; add(NEEDED,'ihr habt mich nie','mich eh nie gebraucht','nie gebraucht','nobody ever needed me','you never needed me','nadie me necesito','nunca me necesitaron','personne n a jamais','vous n avez jamais eu','ninguem precisou de mim','nunca precisaram de mim','nessuno ha mai avuto','non avete mai avuto')
HIDE='selfharm_hide'; add(HIDE,'zu verstecken','to hide the','para esconder','pour cacher','per nascondere','para ocultar','hiding the','versteckt die','esconde los','cache ses','nasconde i')
SLEEVE='selfharm_sleeves'; add(SLEEVE,'langen armeln','lange armel','long sleeves','long sleeved','mangas largas','manches longues','mangas compridas','maniche lunghe','sleeves pulled down')
# ---------------- clauses ----------------
R = []
def cl(*cs): R.append(list(cs))
edit='edit_context'
for p in [N, C, GIVE, COUNT, CW, SORRY, FREE, LP, NOCRY, DOG]: cl(LW, p)
for p in [GIVE, NOCRY, DOG]: cl(LW0, p)
for p in [P, PW, P2, M, A, CALM, TON, DEC, WANT, SAD, EMO, MH, BR, BL, JO, J, FREE, CUTE2]: cl(LS, p)
for p in [P, GIVE, COUNT]: cl(F2, p)
for p in [CW, C, COUNT, FREE]: cl(GIVE, p)
cl(DOG, CW, LW)
for p in [P, PW, P2, A, CW, C]: cl(PACT, p)
cl(PW2, A); cl(PW2, CW); cl(PW2, P)
for p in [SORRY, FREE, DATE, EMO, NOCRY]: cl(LP, p)
cl(BYE, EMO); cl(BYE, P); cl(BYE, P2, J)
LET='selfharm_letter'
add(LET,'lettre d adieu','lettera d addio','carta de despedida','abschiedsbrief','goodbye letter','farewell letter','bilhete de despedida','biglietto d addio','mensaje de despedida','abschiedsnachricht','mensagem de despedida','message d adieu','messaggio d addio','carta d addio','farewell note','goodbye note','nota de despedida','mot d adieu','carte postale d adieu','postal de despedida')
for p in [PIL, SORRY, FREE, NOCRY, P, PW, WIN, SHOE]: cl(LET, p)
cl(C2, P2); cl(C2, P); cl(C2, WATER)
for p in [SHOE, SORRY, NOLOOK, LET]: cl(WIN, p)
for p in [SHOE, P, PW, N]: cl(NOLOOK, p)
for p in [P, PW, GB, CW, WIN, JP]: cl(SHOE, p)
for p in [GB, CW, SORRY, FREE, EMO, NOCRY]: cl(P, p)
for p in [GB, SORRY, FREE]: cl(PW, p)
cl(P2, EMO, GB)
for p in [WANT, A, TON, DEC, GIVE, MH, M, SAD, CUTE2, WATER]: cl(NOW, p)
for p in [A, BODY, BR, BL, EMO, SAD, W2, PAIN, BAND, SHW, CUTE2]: cl(CUTR, p)
for p in [SH2, SAD, BAND, PAIN, BR, EMO]: cl(CUTE, p)
cl(SH2, A); cl(SH2, SAD); cl(SH2, CUTE); cl(SH2, BODY)
for p in [BAND, PAIN]: cl(W2, p)
cl(BAND, PAIN); cl(BAND, SAD, A); cl(BAND, CUTE2, PAIN)
for p in [BL, BR, M]: cl(OVER, p)
cl(BAR, BODY, A); cl(BAR, FR); cl(BAR, SAD)
cl(W, BODY, FR); cl(W, edit); cl(W, SAD); cl(W, EMO)
cl(W2, EMO, SAD); cl(W2, BODY, A, FR)
cl(BATH, BL); cl(BATH, PAIN); cl(BATH, SW); cl(BATH, CUTR)
for p in [STOOL, SAD, N, CALM, edit]: cl(MH, p)
cl(ROPE, BEAM); cl(ROPE, CALM); cl(ROPE, DEC); cl(ROPE, 'selfharm_garage')
for p in [FALL, A]: cl(JO, p)
cl(JP, SHOE)
cl(J, P2, LS); cl(J, P2, SAD); cl(J, P2, JJ := 'selfharm_jump_sport'); cl(JJ, P2); cl(PW, JJ)
cl(J2, 'selfharm_place_railing'); cl(J2, P, GB); cl(J2, P, SAD); cl(J2, P, DEC); cl(J2, P, LS); cl(J2, P2, LS); cl(J2, P, CW)
for p in [EF, EB, VOM, VW]: cl(ANA, p)
for p in [ANA, EF, EB, VOM]: cl(ANA2, p)
cl(WALL, EF)
for p in [EF, THIN]: cl(EDCH, p)
for p in [A, EB, CEL]: cl(WEIGH, p)
for p in [PU, A, EB, EF]: cl(VOM, p)
cl(VW, PU); cl(VW, EF); cl(VW, EB)
cl(SICK, EB); cl(SICK, ETH); cl(ETH, EB, A)
cl(EB, SAD); cl(EF, EMO)
cl(BURDEN, M); cl(BURDEN, N); cl(BURDEN, TON)
cl(WATER, STONE); cl(WATER, NOW)
for p in [SAD, TON, P, P2, A, M, EMO]: cl(E, p)
for p in [M, P, P2, W2, BL, BR, A, SAD, TON, F2, J, WATER, CUTE2]: cl(SW, p)
cl(M, TON, DEC); cl(M, NOW); cl(M, BURDEN)
cl(P, LS)

cl(LET, F2); cl(W2, BODY, TON); cl(M, CW); cl(LASTN, DEC); cl(ENDT, CEL); cl(ENDT, A)
cl(BL, BATHR, SAD); cl(BR, BATHR); cl(CUTR, BATHR); cl(W2, BODY, FR, BATH); cl(W2, BODY, FR, BATHR); cl(W2, BODY, FR, SAD)
cl(NOBACK, P2); cl(NOBACK, P); cl(SORRY, P2, CW); cl(LW0, COUNT2); cl(LW, COUNT2); cl(LP, GB); cl(HOSP, 'selfharm_hospital_gown') if False else None
add('selfharm_hosp_ctx','bata de hospital','hospital gown','blouse d hopital','krankenhaushemd','camisola de hospital','camice da ospedale','hospital bed','cama de hospital','lit d hopital','krankenhausbett','letto d ospedale')
cl(HOSP, 'selfharm_hosp_ctx'); cl(LPL, P2); cl(LPL, P); cl(LPL, PW)
cl(ETH, SICK); cl(SW, M)


for p_ in [DATE, FREE, NOLOOK, NOCRY, SORRY]: cl(LPG, p_)
cl(LP, NOLOOK); cl(NOW, edit); cl(NOW, NSTAND); cl(M, NSTAND, NOW)
cl(TOMNOT, DEC); cl(TOMNOT, P2); cl(DK, REST); cl(JJ, LP); cl(W2, BLOODW, A); cl(W2, BLOODW, SAD, BL)
cl(BDAY, DOIT); cl(NEEDED, P2); cl(NEEDED, GB); cl(NEEDED, P); cl(C, N, P2)
cl(HIDE, W2, BODY); cl(HIDE, W); cl(SLEEVE, W2); cl(SLEEVE, W); cl(ETH, SICK, EB)

# ---- probe fixes (hand-written benign look-alikes) ----
for t in ['ultimo post','il mio ultimo post','mon dernier post','meu ultimo post','mi ultimo post','mein letzter post','my last post']: rm(LPG, t)
R = [c for c in R if sorted(c) not in (sorted([LP, DATE]), sorted([W, SAD]), sorted([W2, BODY, FR, SAD]), sorted([PW2, A]), sorted([SLEEVE, W2]), sorted([LASTN, DEC]), sorted([TOMNOT, DEC]), sorted([TOMNOT, P2]))]
cl(PW2, P2, A); cl(SLEEVE, W2, HIDE); cl(SLEEVE, W2, FR); cl(LASTN, N); cl(LASTN, M); cl(LASTN, P); cl(LASTN, DEC, CALM); cl(TOMNOT, DEC, P2)
for w in ['a mes collegues','to my coworkers','to my colleagues','a mis companeros','a mis colegas','an meine kollegen','an die kollegen','aos meus colegas','ai miei colleghi','pour mes collegues','for my coworkers','para mis companeros','fur meine kollegen','para os colegas','per i colleghi','retirement party','fiesta de jubilacion','pot de depart a la retraite','festa di pensione']:
    ben(w,'lettre d adieu','merci pour tout','carta de despedida','abschiedsbrief','goodbye letter','farewell letter','lettera d addio','biglietto d addio','bilhete de despedida','gracias por todo','danke fur alles','obrigada por tudo','grazie di tutto','thanks for everything','adieu','goodbye','addio','adeus','tschuss','farewell')

# dedupe clauses
seen = set(); RR = []
for c in R:
    k = tuple(sorted(c))
    if k in seen or len(c) < 2: continue
    seen.add(k); RR.append(c)

# ---------------- keys and the merge constraint ----------------
def keys(strings):
    out = subprocess.run(['/work/ref7/pe', 'keys'], input='\n'.join(strings).encode(), capture_output=True, check=True).stdout.decode().split('\n')
    return dict(zip(strings, out))
raw = list(T)
K = keys(raw)
NT = {}; LONG = []
for k, v in T.items():
    kk = K[k].strip()
    if not kk: continue
    if len(kk.split()) > 4:
        LONG.append(k); continue
    NT.setdefault(kk, [])
    for c in v:
        if c not in NT[kk]: NT[kk].append(c)
def K2(s):
    return keys([s])[s].strip()
existing = {}
for f in ['policies/lexicon.json', 'policies/lexicon_intl.json']:
    for k, v in json.load(open(os.path.join(MAIN, f)))['candor']['terms'].items():
        existing.setdefault(k, set()).update(v)
base_only = {k: set(v) for k, v in existing.items()}
area6 = json.load(open(os.path.join(MAIN, 'training/lexicon/areas/selfharm.json')))
for k, v in area6['terms'].items(): existing.setdefault(k, set()).update(v)
FIRE = {"gore", "selfharm", "nudity", "explicit", "hate_symbol", "minor_sexualised", "nudify", "named_artist"}
moved = []
for k, v in NT.items():
    if k in existing and (existing[k] - FIRE) and any(c in FIRE for c in v):
        # firing class on an existing term would be dropped: use the strong leave class instead
        NT[k] = [c for c in v if c not in FIRE] or [LS]
        if 'selfharm' in v and 'selfharm' not in existing[k]: moved.append(k)
    elif k in existing and 'selfharm' in existing[k] and 'selfharm' in v:
        NT[k] = [c for c in v if c != 'selfharm'] or ['selfharm']
# long phrases: keep 4-word windows (firing class: only the last window, which carries the harm word)
for k in LONG:
    ws = K[k].split(); cls = T[k]
    wins = [ws[-4:]] if 'selfharm' in cls else [ws[:4], ws[-4:]]
    for w in wins:
        if not any(len(x) >= 5 for x in w): continue
        kk = ' '.join(w)
        NT.setdefault(kk, [])
        for c in cls:
            if c not in NT[kk]: NT[kk].append(c)
NT = {k: v for k, v in NT.items() if v}
# keep the built-in classes of terms we also list (a --policy-data term replaces the built-in entry)
for k, v in NT.items():
    for c in sorted(base_only.get(k, ())):
        if c not in v: v.append(c)
_BK = keys(list(BEN)); dropped_benign = [k for k in BEN if _BK[k] in existing]; BEN = {k: v for k, v in BEN.items() if _BK[k] not in existing}; print("benign dropped (lexicon terms):", dropped_benign)
BK = keys(list(BEN) + [m for ms in BEN.values() for m in ms])
NB = {}
for k, v in BEN.items():
    NB.setdefault(BK[k], [])
    for m in v:
        if BK[m] not in NB[BK[k]]: NB[BK[k]].append(BK[m])
out = {'terms': NT, 'benign': NB, 'rules': {'selfharm.depiction': {'when': RR}}}
json.dump(out, open(os.path.join(HERE, 'pd', 'selfharm7.json'), 'w'), ensure_ascii=False, indent=0)
print('too long, dropped:', LONG)
print('terms', len(NT), 'benign', len(NB), 'clauses', len(RR), 'fire moved to combination:', moved)
