import json
T={}
def add(cls, s):
    for t in [x.strip() for x in s.split('|') if x.strip()]:
        T.setdefault(t,[])
        if cls not in T[t]: T[t].append(cls)

# ---------- groups (combination class; includes slurs, never fire alone) ----------
add('group', """schwarze als|gegen schwarze|schwarze sind|fur schwarze|schwarze alle|schwarze ausrotten|schwarze ungeziefer|schwarze untermenschen|schwarze mit russeln|eines schwarzen|einen schwarzen|
dragqueens|drag queens|non binary people|nonbinary people|nichtbinare menschen|personas no binarias|personnes non binaires|persone non binarie|pessoas nao binarias|
bisexuels|bisexuelle|bisessuali|bissexuais|personnes handicapees|handicapees|autistes|autisten|autistas|autistici|
uyghurs|uighurs|uiguren|ouighours|ouigours|uigures|uiguri|rohingya|armenians|armenier|armenios|armeniens|armeni|tamils|yazidis|jesiden|yezidis|copts|kopten|coptes|
indianer|nativos americanos|nativi americani|aborigeni|aborigenes|
vietnamiens|vietnamitas|vietnamesen|vietnamiti|turchi|curdi|curdos|kurdes|siriani|syriens|afegaos|afghani|iraquiens|iraquies|iracheni|iraquianos|iraker|irakis|
albanais|albaneses|roumains|romenos|polonais|polacos|polacchi|poloneses|tunisiens|tunecinos|tunisianos|tunesier|marroquinos|somaliens|eritreens|
feministes|feministinnen|femministe|personnes agees|ancianos|alte menschen|anziani|idosos|elderly people|the elderly|the homeless|clochards|mendigos|mendiants|bettler|mendicanti|
illegals|illegal aliens|illegal immigrants|illegaux|clandestins|clandestinos|sans papiers|indocumentados|
jewish banker|jewish bankers|judischen bankiers|judischer bankier|banquier juif|banquiers juifs|banchiere ebreo|banchieri ebrei|banquero judio|banqueros judios|banqueiro judeu|banqueiros judeus|
un arabe|um arabe|eines arabers|einen araber|un negro|um negro|
bougnoules|bougnoule|bicots|youpins|youpin|negres|bamboulas|chinetoques|tarlouzes|gouines|schwuchteln|kameltreiber|fidschis|polacken|ricchioni|culattoni|vu cumpra|viados|tortilleras|spics|chinks|trannies|faggots|retards""")

# ---------- dehumanising metaphors and calls (need a group) ----------
add('dehumanizing', """
as leeches|like leeches|are leeches|como sanguijuelas|son sanguijuelas|sind blutegel|als blutegel|comme des sangsues|
garrapatas|zecken|als zecken|tiques|zecche|as ticks|like ticks|
as maggots|als maden|como gusanos|comme des asticots|
come lumache|as slugs|als nacktschnecken|
als heuschreckenplage|plaga de langostas|nuee de sauterelles|essaim de sauterelles|comme des sauterelles|praga de gafanhotos|como gafanhotos|as a locust plague|swarm of locusts|
as termites|como termitas|come termiti|como cupins|comme des termites|
as weeds|like weeds|weeds to be pulled|como malas hierbas|comme des mauvaises herbes|de la mauvaise herbe|mauvaises herbes a arracher|als unkraut|wie unkraut|unkraut gezeichnet|come erbacce|erbacce da estirpare|como ervas daninhas|
as a virus|like a virus|a virus under|como un virus|comme un virus|als virus|wie ein virus|come un virus|como um virus|virus sotto|
as a disease|like a disease|a disease that|como una enfermedad|comme une maladie|als krankheit|wie eine krankheit|krankheit gezeichnet|als seuche|come una malattia|
infects a healthy|infecting a healthy|as an infection|an infection spreading|infecta un cuerpo sano|infecte un corps sain|gesunden korper befallt|infetta un corpo sano|infecta um corpo saudavel|
the germs have|germs have the|germs have faces|les microbes ont|microbes ont le visage|die keime haben|keime mit den gesichtern|i germi sono|los germenes tienen|os germes tem|
🦠|
as a cancer|like a cancer|cancer on|como un cancer|comme un cancer|un cancer qui|als krebsgeschwur|krebsgeschwur|wie ein krebsgeschwur|come un cancro|un cancro da|cancro da asportare|
tide of sewage|flood of sewage|wave of sewage|marea de aguas residuales|maree d egouts|crue d egouts|rats d egout|sortent des egouts|flut aus abwasser|flut von abwasser|marea di liquame|enxurrada de esgoto|sair dos esgotos|
as garbage|like garbage|as trash|like trash|as a garbage heap|comme des ordures|a des ordures|jetes a la poubelle|gehort in die tonne|mulltonne geworfen|als mull|wie mull|come spazzatura|como basura|como lixo|
comme de la poussiere|como polvo|wie staub|come polvere|como poeira|
dirty and dangerous|dirty animals|filthy animals|sucios y peligrosos|sales et dangereux|schmutzig und gefahrlich|sporchi e pericolosi|sujos e perigosos|
pest control|exterminator|exterminators|kammerjager|schadlingsbekampfung|control de plagas|fumigando|desratizacion|deratisation|desinsectisation|disinfestazione|dedetizando|dedetizacao|dedetizar|
rat poison|rattengift|veneno para ratas|mort aux rats|veleno per topi|veneno de rato|veneno para ratos|
repellent spray|repellent that keeps|spray repelente|repelente que|brouillard repulsif|repulsif qui|abwehrnebel|nebbia repellente|repellente che|nevoa repelente|
pig heads|pigs heads|cabezas de cerdo|cabecas de porco|tetes de cochon|teste di maiale|rattenkopfe|rattenkopfen|rat heads|
corpo de porco|pig bodies|corps de cochon|cuerpo de cerdo|corpo di maiale|schweinekorper|
wallowing in mud|chafurdar na lama|suhlen sich|revolcandose en el barro|vautrent dans la boue|sguazzano nel fango|trog fressen|aus dem trog|
ape features|simian features|rasgos de simio|traits de singe|affengesicht|tratti scimmieschi|tracos de macaco|de macaco|exaggerated lips|
zoo cages|zoo cage|jaulas de zoologico|jaula de zoologico|cages de zoo|cage de zoo|zookafig|zookafigen|gabbie dello zoo|gabbia dello zoo|jaulas do zoologico|jaula do zoologico|
do not feed|no dar de comer|ne pas nourrir|nicht futtern|non dare da mangiare|nao alimente|nao alimentar|
wolves in sheep|wolfe im schafspelz|con piel de cordero|loups deguises en agneaux|lupi travestiti da agnelli|em pele de cordeiro|
pedophile alert|paedophile alert|kinderschander alarm|alerta pedofilos|alerte pedophiles|allarme pedofili|
als raubtiere|como predadores|
steal children|stealing children|rubano i bambini|stehlen kinder|roban ninos|volent des enfants|volent les enfants|roubam criancas|
zombie horde|horde of zombies|zombiehorde|horde de zombies|horda de zombis|orda di zombi|horda de zumbis|
weniger wert|worth less|valen menos|valent moins|valgono meno|valem menos|
send them back|send them all back|schickt sie alle zuruck|schickt sie zuruck|devuelvanlos|mandadlos de vuelta|rimandateli|mandem eles de volta|
back to your country|go back home|vuelvan a su pais|volved a vuestro pais|rentrez chez vous|retournez chez vous|tornate a casa|tornatevene|volta pro teu pais|para o teu pais|voltem todos|
not welcome|no son bienvenidos|no sois bienvenidos|pas les bienvenus|nicht willkommen|unerwunscht|non sono benvenuti|non siete benvenuti|nao sao bem vindos|nao sao bem vindas|
raus|fuori gli|fora os|fora as|fora com os|
sin billete de vuelta|sans billet retour|ohne ruckfahrkarte|ohne ruckfahrt|senza biglietto di ritorno|
versenken|hundirla|hundirlo|hundirlos|et au fond de|pro fundo do mar|e in fondo al|barco furado|🚢 ➡ 🌊|
points for shooting|points by shooting|suma puntos disparando|puntos disparando|points en tirant|punkte furs erschiessen|punti sparando|pontos atirando|
dead or alive|vivos o muertos|muertos o vivos|morts ou vifs|tot oder lebendig|vivi o morti|vivos ou mortos|mortos ou vivos|
hunting license|hunting licence|open season|licencia de caza|permiso de caza|permis de chasse|jagdschein|jagdlizenz|licenza di caccia|licenca de caca|
fadenkreuz|mirino|
burning down the homes|burn the homes|burn down the houses|zunden die hauser|bruciare le case|bruler les maisons|queimar as casas|incendiar las casas|
flamethrower|flamethrowers|lance flammes|flammenwerfer|lanzallamas|lanciafiamme|lanca chamas|
standing over dead|
gas the|ins gas|gazer les|gasear|gaseados|
noose|cappio|
off the map|del mapa|rayer les|von der landkarte|dalla faccia della terra|do mapa|
frei ist von|sara libera|livre dos|livre das|ya sin los|ya sin las|finalmente limpa|finalmente limpo|zero gli|
ripuliamo|nettoient la ville|nettoyer la ville|limpiar la ciudad|limpar a cidade|
l invasion a commence|the invasion has begun|la invasion ha comenzado|l invasione e cominciata|a invasao comecou|warnstufe invasion|allerta invasione|alerta de invasion|alerta invasao|
endlosung|final solution|
""")

# ---------- unambiguous symbols and slogans (fire alone) ----------
add('hate_symbol', """dia de la soga|giorno della corda|domenica di corda|tag des seils|
volkstod|la france aux blancs|
our honour is loyalty|our honor is loyalty|my honour is loyalty|my honor is loyalty|honor es la lealtad|honneur est la fidelite|
triple parentheses|triple parentesis|parenteses triplos|triple parentesi|dreifache klammern|echo parentheses|
blackface|minstrel shows|remigracion|remigrazione|etnoestado|
卐|totenkopf division|totenkopfdivision|division calavera|

""")

# ---------- coded emblems: need a glorifying cue or a second emblem ----------
add('hate_number', """88|8 8|hh|h h|13 50|13 52""")
add('hate_ss', """ss uniform|s s uniform|uniforme de las s|uniforme s s|divisa s s|farda da s s|uniform der s s|ss uniforme|uniforme ss|ss uniformen""")
add('hate_emblem', """14 words|14 worte|14 palabras|14 palavras|14 mots|14 parole|
wolfsangel|reichsadler|tete de mort ss|klan|guerra racial|guerre raciale|race war|guerra razziale|
defend your blood|defiende tu sangre|defends ton sang|verteidige dein blut|difendi il tuo sangue|defenda o seu sangue|
""")
add('hate_emblem_weak', """frakturschrift|fraktur|gothic letters|gothic lettering|letras goticas|lettres gothiques|caracteri gotici|letra gotica|
lorbeerkranz|lorbeer|wreath|corona de laurel|couronne de lauriers|corona d alloro|coroa de louros|eichenlaub|feuilles de chene|folhas de carvalho|hojas de roble|foglie di quercia|oak leaves|
runes|runen|runas|rune|kameraden|camerati|blond family|blonden familie|familia rubia|familia loira|famille blonde|famiglia bionda|do the math|
totenkopf|
""")
add('hate_sun', """black sun|schwarze sonne|sol negro|soleil noir|sole nero""")
add('hate_glorify', """glorious|glorifying|glorifies|glorified|glorreich|glorioso|gloriosa|glorieux|glorieuse|heroic|heroisch|heldenhafte|heroico|heroica|heroique|eroico|eroica|
for the comrades|fur die kameraden|kameraden|per i camerati|camerati|pour les potes|para la pena|pra galera|for the boys|
""")
add('hate_rally', """torchlit|torch rally|torch march|torchlight march|fackelmarsch|fackelzug|fackeln|antorchas|marcha con antorchas|flambeaux|aux flambeaux|fiaccolata|fiaccole|tochas|marcha de tochas|
frog cartoon|cartoon frog|cute frog|frosch|rana dei cartoni|rana de dibujos|grenouille de dessin|sapo de desenho|pepe the frog""")
add('hate_celebrate', """glorious|glorifying|glorifies|glorified|glorreich|glorieux|glorieuse|
celebrating|celebrates|celebration of|feiert|celebra|celebre|celebrativa|celebrativo|celebrandolo|saintly|golden halo|heiligenschein|aureole|aureola|aureola dorada|
martyr|martir|martyrer|martire|
look like a victory|like a victory|wie ein sieg|parezca una victoria|comme une victoire|sembri una vittoria|pareca uma vitoria|
cheering crowd|jubelnde menge|multitud celebrandolo|foule en liesse|folla esultante|multidao a festejar|
for laughs|as a joke|als witz|pour rigoler|per ridere|pra rir|ambiance de fete|party atmosphere|festive atmosphere|
swim faster|schneller schwimmen|nada mas rapido|nagez plus vite|nuotate piu veloci|nadem mais rapido""")
add('hate_atrocity', """concentration camp|concentration camps|campo de concentracion|camp de concentration|konzentrationslager|campo di concentramento|campo de concentracao|
synagogues burned|synagogen brannten|sinagogas ardieron|sinagogas arderam|synagogues ont brule|sinagoghe bruciavano|sinagoghe sono bruciate|
attacked the mosque|ataco la mezquita|moschee angegriffen|attaque la mosquee|attaccato la moschea|atacou a mesquita|
mosque into a smoking|mosque into ruins|mezquita en ruinas|moschee eine rauchende|mosquee en ruines|moschea in rovine|moschea in macerie|mesquita em ruinas|synagogue into a smoking|sinagoga en ruinas|synagoge eine rauchende|synagogue en ruines|sinagoga in rovine|sinagoga em ruinas|
mass shooter|shooter who|lynching|linchamiento|lynchage|lynchmord|linciaggio|linchamento|pogrom|
cattle cars|cattle car|viehwaggons|wagons a bestiaux|vagones de ganado|carri bestiame|vagoes de gado|
migrant boat sinking|sinkenden fluchtlingsboot|patera hundiendose|migranti che affonda|barco de migrantes afundando|
""")
add('hate_replace', """will not replace us|no nos reemplazaran|ne nous remplaceront pas|werden uns nicht ersetzen|non ci sostituiranno|nao vao nos substituir|""")
add('hate_strings', """pulling the strings|manejando los hilos|moviendo los hilos|tirent les ficelles|muovono i fili|mexendo os pauzinhos|puxando as cordinhas|faden der welt""")
add('hate_trope', """controlling the world|controls the world|controla el mundo|controle le monde|die welt beherrscht|controlla il mondo|controla o mundo|
manipulating the planet|manipulent la planete|manipulando o planeta|manovrano il pianeta|hilos del planeta|
behind everything|hinter allem|detras de todo|derriere tout|dietro a tutto|por tras de tudo|""")
add('hate_trope_cue', """👃|
jewish banker|judischen bankiers|banquier juif|banchiere ebreo|banquero judio|banqueiro judeu|
you know who|tu sais qui|du weisst schon wer|sai chi|sabe quem|sabes quien|
""")
add('hate_star', """yellow star|estrella amarilla|etoile jaune|gelben stern|gelber stern|judenstern|stella gialla|estrela amarela""")
add('hate_boycott', """buy from them|not buy from them|no compreis|no les compren|no les compreis|achetez pas chez eux|kauft nicht|non comprate da loro|nao comprem deles""")
add('hate_blackface', """schwarz angemalte gesichter|caras pintadas de negro|visages peints en noir|facce dipinte di nero|caras pintadas de preto|rostos pintados de preto|painted black faces|faces painted black""")
add('hate_lips', """huge lips|riesigen lippen|labios enormes|levres enormes|grosses levres|labbra enormi|exaggerated lips""")

# ---------- round 2 ----------
add('dehumanizing', """be sent to camps|sent to camps|should be wiped out|be wiped out|wiped out|sweeps into a fire|garbage bags|rabid dogs|to be put down|should be put down|
demons attacking|attacking innocent white|drawn as beasts|mongrel dogs|labelled as a swarm|repellent fog|out of your neighbourhood|out of your neighborhood|
covered in pigs|plague of locusts|ape on a leash|mono con correa|macaco na coleira|singe en laisse|affe an der leine|scimmia al guinzaglio|ruining our country|ruinent notre pays|ruinieren unser land|arruinando nuestro pais|rovinando il nostro paese|destruindo o nosso pais|ci stanno rubando|stanno rubando l italia|
burning houses of|purify the homeland|purifier la patrie|purificare la patria|rinsed off the country|dirt being rinsed|are gassed|gassed|gased|should be gased|greedy caricature|
son una infeccion|una infeccion|muerte a los|muerte a las|a morte i|a morte gli|a morte le|morte a os|morte aos|morte as|tod den|death to|
la invasion ha empezado|ha empezado la invasion|persiguiendo a|que se vuelvan|vuelvan a su pais|vete a tu pais|hay que limpiar de|limpiar de|
no se admiten perros|perros ni|del mono al hombre|singe a l homme|vom affen zum menschen|dalla scimmia all uomo|do macaco ao homem|atascados a medio camino|bloques a mi chemin|pas encore humains|noch nicht menschlich|todavia no humanos|ainda nao humanos|
fumigadora|desinfeccion|desinfection|se reproducen rapido|especies autoctonas|especes indigenes|specie autoctone|especies nativas|si riproducono in fretta|scacciano le specie|
oscura y mugrienta|mugrienta|sombre et crasseuse|crasseuse|buia e lurida|lurida|dusterer und verdreckt|verdreckt|
ya nos encargamos|nos encargamos|s en est occupe|ci abbiamo pensato noi|wir haben uns darum|took care of it|
criminales y violadores|violadores que invaden|cada una mas sucia|mas sucia y destrozada|plus sale et plus|chaque case plus sale|piu sporco e distrutto|ogni riquadro piu sporco|mais sujo e destruido|cada quadro mais sujo|dirtier and more ruined|dreckiger und zerstorter|
hay que gasearlos|gasearlos|llame animales|calling them animals|cazar a los|cazar a las|
con garras|jorobados|mirada taimada|avec des griffes|regard sournois|con gli artigli|sguardo viscido|com garras|olhar traicoeiro|mit krallen|
los echen a patadas|echen a patadas|echados a patadas|a patadas del pais|expulsos a pontape|a pontape|a bastonate|a coups de pied|
cuerpo de monos|corpo di cani|corpo de macaco|body of a monkey|arrastrandose por las calles|
munecos de paja de|mannequins de paille representant|strohpuppen die|bonecos de palha que|fantocci di paglia|
proxima va en serio|fois pour de vrai|nachstes mal in echt|vez e de verdade|prossima volta sul serio|next time for real|
barras en la frente|marcados con un codigo|como ganado|comme du betail|wie vieh|come bestiame|como gado|
cabezas de cucaracha|tetes de cafard|kakerlakenkopfe|teste di scarafaggio|cabecas de barata|cockroach heads|tetes de porc|
la mugre que|le quita al pais|la crasse qu on|sporco che si toglie|a sujeira que sai|der dreck der|vom land abgespult|
como trasgos|trasgos feos|en gobelins|gobelins degueulasses|folletti schifosi|duendes nojentos|als eklige|
depredadores|depredadores acechando|
nariz ganchuda|nez crochu|au nez crochu|ladrones de nariz|
chiste grafico racista|chiste racista|caricatura racista|meme racista|racist meme|racist joke|racist cartoon|blague raciste|caricature raciste|rassistischer witz|rassistische karikatur|barzelletta razzista|vignetta razzista|piada racista|charge racista|
caricatura avariciosa|avariciosa|caricature rapace|geldgierige|geldgierig|gananciosa|caricatura gananciosa|
en una rama inferior|rama inferior|galho inferior|entre los simios|entre os macacos|
nido de termitas|termitiere|termitaio|termitenbau|ninho de cupins|contagio|un contagio|um contagio|
enjambre de moscas|carne podrida|essaim de mouches|sciame di mosche|enxame de moscas|fliegenschwarm|swarm of flies|
deberian ser esterilizados|ser esterilizados|esterilizados|esterilizadas|sterilises|sterilisiert|sterilizzati|should be sterilized|sterilized|
perros sarnosos|chiens galeux|raudige hunde|cani rognosi|caes sarnentos|mangy dogs|
invadiendo la ciudad|invadiendo el barrio|invaden el barrio|
des punaises de lit|punaises de lit|des hyenes|hyenes|hienas|hyanen|iene|
caricature haineuse|hateful caricature|hetzplakat|hetzplakate|hate poster|hateful poster|
dehumanizing|dehumanising|entmenschlichend|deshumanizante|deshumanisant|disumanizzante|desumanizacao|deshumanizacion|deshumanisation|entmenschlichung|disumanizzazione|dehumanization|
doivent etre expulses|etre expulses|regle leur compte|on leur regle|les foute dehors|les foute dehors|foutez les dehors|
taches de boue|macchie di fango|manchas de lama|manchas de barro|schlammflecken|mud stains|
alerte pedo|loups deguises en moutons|en loups deguises|
sur un rafiot|rafiot|
compte a rebours|countdown banner|cuenta atras|conto alla rovescia|contagem regressiva|
des bouches d egout|bouches d egout|escono dai tombini|saindo dos bueiros|aus den gullys|salen de las alcantarillas|out of the sewers|
cette vermine|un bucher ou|bucher ou on|ou on brule les|ne sert pas les|on ne sert pas|
on a chasse les|a chasse les|abbiamo cacciato|cacciato i|cacciato gli|expulsamos a los|expulsamos os|
incendiant les maisons|incendiando las casas|incendiando as casas|incendiando le case|hauser anzunden|
fuori i|rimpatrio forzato|ondata di liquami|antenne da insetto|antenas de inseto|troppe zampe|patas demais|too many legs|demasiadas patas|trop de pattes|
entrano in massa|entrando aos montes|aos montes pelas|
con il grugno|grugno|focinho e cascos|focinho e rabo|com focinho|comendo num cocho|num cocho|
infestanti|gli infestanti|come una piaga|impiccati ai lampioni|enforcados em postes|am laternenpfahl|
inferiori per natura|inferiores por naturaleza|inferieurs par nature|von natur aus minderwertig|inferiores por natureza|inferior by nature|naturally inferior|
cacciare i|cacciare gli|cacciare le|ingresso ai cani|ingresso ai cani|entrada de caes|entrada de caes|
etichettati come un|rotulados como um|vanno rimpatriati|bisogna eliminare|eliminare i|eliminare gli|
zero os|zero as|roubam tudo|portugal aos portugueses|italia agli italiani|la france aux francais|espana para los espanoles|varrer baratas|
empurrar pro mar|pro mar os|spingere in mare|jagt|
parasita sugando|sugando o pais|blood of the nation|sucent le sang|saugen das blut|chupando la sangre|succhiano il sangue|
a limpeza comeca|limpeza comeca hoje|camioes de gado|caminhoes de gado|
manchas de bolor|manchas de moho|taches de moisissure|schimmelflecken|macchie di muffa|mold stains|
tracos de bicho|nao sao gente|no son gente|pas des gens|sind keine menschen|non sono persone|are not people|
varridos para o lixo|a serem varridos|vassoura gigante|
mira em cada pessoa|3 a menos|3 weniger|3 de moins|3 in meno|3 menos|3 fewer|three fewer|
exigir a expulsao|exigiendo la expulsion|exigeant l expulsion|fordert die vertreibung|demanding the expulsion|
deportados ou resolvidos|ou resolvidos|tem de ser deportados|precisam ser limpos|ser limpos|fazendo arrastao|
sind schweine|sont des porcs|sono maiali|are pigs|mussen draussen bleiben|sind pack|gehoren weg|weggeraumt|
endlich ohne|finally without|por fin sin|finalmente sin|als ein befall|befall|russeln und hufen|mit russeln|rattenschwanze|rat tails|colas de rata|queues de rat|code di topo|rabos de rato|
an allem schuld|sind an allem|to blame for everything|la culpa de todo|responsables de tout|colpa di tutto|culpados de tudo|
das schwarze schaf|
""")
add('hate_boycott', """shop elsewhere|kauft woanders|compren en otro sitio|achetez ailleurs|comprate altrove|comprem noutro lado""")
add('hate_money', """counting money|qui comptent des billets|comptent des billets|contando billetes|contando dinheiro|die geld zahlen|geld zahlen|contano soldi|contano i soldi""")
add('hate_trope', """hinter einer weltkugel|krumme gestalten|behind a globe|detras de un globo|derriere un globe|dietro un globo|atras de um globo""")
add('hate_celebrate', """glorifie|glorifica|verherrlicht|glorifiziert|glorioso|gloriosa|victoria gloriosa|triumphierend|triumphant|triunfante|triomphant|trionfante|multidao a aplaudir|a celebrar|celebrar|texto de celebracion|de zoeira|placa alegre|panneau joyeux|frohliches schild|cartello allegro|cartel alegre|happy sign|mdr|risate|""")
add('hate_atrocity', """ethnic cleansing|limpieza etnica|nettoyage ethnique|ethnische sauberung|pulizia etnica|limpeza etnica|migrants qui coule|migranti che affonda|migrantes a afundar|bote de migrantes|vagoes de gado|""")
add('hate_replace', """ne nous remplacerez pas|nous remplacerez pas""")
add('hate_symbol', """mercader feliz|marchand heureux|mercador feliz|glucklicher handler|honneur s appelle fidelite|honra chama se lealdade""")

# ---------- round 3: general phrasings ----------
add('group',"""sinti und roma|sinti e rom|sinti e roma|i rom|dei rom|ai rom|les roms|die roma|los roma|os roma|i neri|ai neri|dei neri|gli africani""")
add('dehumanizing',"""als lause|stupidi di natura|stupides par nature|estupidos por naturaleza|burros de nascenca|
racaille|gentaglia|marmaglia|chusma|gentuza|gentalha|
are a plague|are a disease|are a cancer|are a virus|are an infestation|are leeches|are cockroaches|are dogs|are trash|are garbage|are scum|are inferior|
ausmerzen|ausgemerzt|ausmerzen muss|erradicarlos|should be eradicated|must be eradicated|should be eliminated|must be eliminated|doivent etre elimines|deben ser eliminados|devono essere eliminati|mussen vernichtet werden|vernichtet werden|
vuelve a tu pais|retourne dans ton pays|retournez dans votre pays|rentrez dans votre pays|geh zuruck in dein|geht zuruck in euer|tornate al vostro paese|tornate nel vostro paese|para o seu pais|volta pra tua terra|
deport all|deportiert sie|deportadlos|deportez les|deportateli|deportem todos|
vigilance invasion|alerta de invasao|
""")
add('hate_dehum_weak',"""livre de as|livre de os|vernichten|eliminar a los|eliminer les|eliminate the|scum|as demons|as beasts|as a swarm|stop the invasion|invasion stoppen|stop a l invasion|fermiamo l invasione|kill all|kill them all|matar a todos los|tuez tous les|totet alle|uccidete tutti|ammazzare tutti|matem todos os|matar todos os|verboten|interdit aux|interdits aux|vietato ai|vietato agli|prohibido a los|prohibida la entrada|proibido para|
no los queremos|ne veut pas de|wir wollen keine|non vi vogliamo|nao os queremos|don t want them""")
add('hate_trope_cue',"""greedy monster|greedy rat|greedy octopus|monstre avide|monstruo codicioso|gieriges monster|mostro avido|monstro ganancioso|pieuvre|krake|piovra""")
add('hate_emblem',"""hitler|adolf hitler|fuhrer|der fuhrer|himmler|goebbels|white pride|aryan|aryans|racial purity|pureza racial|purete raciale|purezza razziale|pureza da raca|""")
add('hate_symbol',"""holocaust never happened|holocaust is a lie|holocausto nunca existio|holocausto nunca aconteceu|holocausto es mentira|holocauste n a jamais|holocaust hat nie|olocausto non e mai|olocausto e una bugia|
antisemitic poster|antisemitic cartoon|antisemitic caricature|antisemitisches plakat|antisemitische karikatur|affiche antisemite|caricature antisemite|cartel antisemita|cartaz antissemita|
burn down the mosque|burn the mosque|burn the synagogue|burn down the synagogue|quemar la mezquita|quemad la mezquita|quemar la sinagoga|bruler la mosquee|brulez la mosquee|bruler la synagogue|moschee anzunden|synagoge anzunden|bruciare la moschea|bruciate la moschea|queimar a mesquita|queimem a mesquita|queimar a sinagoga|othala rune""")

# ---------- round 4 ----------
add('group',"islam|judaism|judaismo|judentum|ebraismo|judaisme")
add('hate_trope',"""control the media|controls the media|control the banks|controls the banks|run the world|rule the world|world domination|controlan los medios|controlan el mundo|dominan el mundo|controlent les medias|controlent le monde|dominent le monde|kontrollieren die medien|beherrschen die welt|controllano i media|controllano il mondo|dominano il mondo|controlam a midia|controlam o mundo|dominam o mundo|
blood libel|ritual murder|poisoning the wells|poisoned the wells|envenenan los pozos|empoisonnent les puits|vergiften die brunnen|avvelenano i pozzi|envenenam os pocos|killed jesus|christ killers|mataron a jesus|ont tue jesus|haben jesus getotet|hanno ucciso gesu|mataram jesus""")
add('hate_dehum_weak',"""replacing us|replace us|nos reemplazan|ersetzen uns|ci sostituiscono|nos substituem|
kick out the|kick out all|throw out the|expel the|expulsar a los|expulser les|vertreibt die|raus mit den|cacciate i|cacciate gli|expulsar os|
should be deported|must be deported|deben ser deportados|deberian ser deportados|doivent etre deportes|mussen abgeschoben werden|abschieben|vanno deportati|devem ser deportados|should be locked up|should be banned|
low iq|less intelligent|menos inteligentes|moins intelligents|weniger intelligent|meno intelligenti|
lynch the|lynch them|should be burned|deberian ser quemados""")
add('hate_symbol',"""no jews allowed|no blacks allowed|no muslims allowed|no gays allowed|no mexicans allowed|no immigrants allowed|no gypsies allowed|juden unerwunscht|christ killers""")
add('hate_atrocity',"""genocide|genocidio|volkermord|holocaust|holocausto|holocauste|olocausto|shoah|kristallnacht|reichspogromnacht|cristales rotos|nuit de cristal|notte dei cristalli|noite dos cristais|
breivik|brenton tarrant|dylann roof|christchurch shooter|christchurch mosque|patrick crusius|payton gendron|utoya""")
add('hate_celebrate',"""as a hero|como un heroe|comme un heros|als held|come un eroe|como um heroi|hero worship""")
add('hate_emblem',"""schwarz weiss rot|mein kampf|il duce|mussolini|cara al sol|yugo y flechas|arriba espana""")

# ---------- weak dehumanising cues: only with hate_target (groups other than women, no ambiguous singulars) ----------
WEAK = """pest control|exterminator|exterminators|kammerjager|schadlingsbekampfung|control de plagas|fumigando|desratizacion|deratisation|desinsectisation|disinfestazione|dedetizando|dedetizacao|dedetizar|
rat poison|rattengift|veneno para ratas|mort aux rats|veleno per topi|veneno de rato|veneno para ratos|repellent spray|spray repelente|repelente que|repulsif qui|repellente che|
pig heads|pigs heads|cabezas de cerdo|cabecas de porco|tetes de cochon|teste di maiale|tetes de porc|wallowing in mud|exaggerated lips|zoo cages|zoo cage|jaulas de zoologico|jaula de zoologico|cages de zoo|cage de zoo|zookafig|zookafigen|gabbie dello zoo|gabbia dello zoo|jaulas do zoologico|jaula do zoologico|
do not feed|no dar de comer|ne pas nourrir|nicht futtern|non dare da mangiare|nao alimente|nao alimentar|zombie horde|horde of zombies|zombiehorde|horde de zombies|horda de zombis|orda di zombi|horda de zumbis|
worth less|valen menos|valent moins|valgono meno|valem menos|go back home|tornate a casa|raus|fuori gli|fuori i|fora os|fora as|fora com os|
versenken|hundirla|hundirlo|hundirlos|et au fond de|pro fundo do mar|e in fondo al|barco furado|dead or alive|vivos o muertos|muertos o vivos|morts ou vifs|tot oder lebendig|vivi o morti|vivos ou mortos|mortos ou vivos|
hunting license|hunting licence|open season|licencia de caza|permiso de caza|permis de chasse|jagdschein|jagdlizenz|licenza di caccia|licenca de caca|fadenkreuz|mirino|
flamethrower|flamethrowers|lance flammes|flammenwerfer|lanzallamas|lanciafiamme|lanca chamas|standing over dead|gaseados|noose|cappio|
off the map|del mapa|von der landkarte|do mapa|sara libera|livre dos|livre das|finalmente limpa|finalmente limpo|zero gli|ripuliamo|nettoient la ville|nettoyer la ville|limpiar la ciudad|limpar a cidade|
zecken|garrapatas|tiques|zecche|limaces|babosas|lesmas|a des ordures|comme de la poussiere|como polvo|wie staub|come polvere|como poeira|
fumigadora|desinfeccion|desinfection|mugrienta|crasseuse|lurida|verdreckt|s en est occupe|took care of it|wir haben uns darum|ci abbiamo pensato noi|
cazar a los|cazar a las|con garras|jorobados|con gli artigli|com garras|mit krallen|avec des griffes|a pontape|a bastonate|a coups de pied|arrastrandose por las calles|fantocci di paglia|strohpuppen die|next time for real|nachstes mal in echt|fois pour de vrai|vez e de verdade|prossima volta sul serio|
la mugre que|der dreck der|als eklige|depredadores|avariciosa|gananciosa|entre los simios|entre os macacos|contagio|un contagio|um contagio|enjambre de moscas|carne podrida|swarm of flies|
des punaises de lit|punaises de lit|des hyenes|hyenes|hienas|hyanen|taches de boue|macchie di fango|manchas de lama|manchas de barro|schlammflecken|mud stains|sur un rafiot|rafiot|
compte a rebours|countdown banner|cuenta atras|conto alla rovescia|contagem regressiva|a chasse les|on a chasse les|abbiamo cacciato|cacciato i|cacciato gli|entrano in massa|aos montes pelas|
infestanti|cacciare i|cacciare gli|cacciare le|ingresso ai cani|entrada de caes|no se admiten perros|etichettati come un|rotulados como um|eliminare i|eliminare gli|zero os|zero as|pro mar os|spingere in mare|jagt|
sucent le sang|saugen das blut|chupando la sangre|succhiano il sangue|manchas de bolor|manchas de moho|taches de moisissure|schimmelflecken|macchie di muffa|mold stains|vassoura gigante|
3 a menos|3 weniger|3 de moins|3 in meno|3 menos|3 fewer|three fewer|ou resolvidos|ser limpos|precisam ser limpos|weggeraumt|endlich ohne|finally without|por fin sin|finalmente sin|befall|als ein befall|
mit russeln|rattenschwanze|rat tails|colas de rata|queues de rat|code di topo|rabos de rato|das schwarze schaf|limpiar de|persiguiendo a"""
for t in [x.strip() for x in WEAK.split('|') if x.strip()]:
    if t not in T: print('WEAK MISSING',t); T[t]=[]
    if 'dehumanizing' in T[t]: T[t].remove('dehumanizing')
    T[t].append('hate_dehum_weak')
DROP="""a virus under|virus sotto|nos encargamos|ya nos encargamos|iene|especies autoctonas|especes indigenes|specie autoctone|especies nativas|esterilizados|esterilizadas|sterilises|sterilisiert|sterilizzati|sterilized|wiped out|be wiped out|rimpatrio forzato|pas des gens|dirty and dangerous|sucios y peligrosos|sales et dangereux|schmutzig und gefahrlich|sporchi e pericolosi|sujos e perigosos|gassed|are gassed|burning houses of|incendiant les maisons|incendiando las casas|incendiando as casas|incendiando le case|hauser anzunden"""
for t in DROP.split('|'):
    T.pop(t,None)
add('dehumanizing',"""are dirty and dangerous|son sucios y peligrosos|sont sales et dangereux|sind schmutzig und gefahrlich|sono sporchi e pericolosi|sao sujos e perigosos|should be wiped out|rimpatrio forzato subito|sont pas des gens|
should be sterilized|deberian ser esterilizados|devraient etre sterilises|sollten sterilisiert|dovrebbero essere sterilizzati|deveriam ser esterilizados|
desplazan a las especies|scacciano le specie|chassent les especes|expulsam as especies|displace native species""")
add('hate_atrocity',"""gassed|are gassed|burning houses of|incendiant les maisons|incendiando las casas|incendiando as casas|incendiando le case|hauser anzunden|burning the houses""")
add('hate_celebrate',"""everyone cheers|heroic men|hommes heroiques|heldenhafte manner|hombres heroicos|uomini eroici|homens heroicos|tout le monde applaudit|todos aplauden|alle jubeln|tutti applaudono|todos aplaudem""")
# hate_sun: only with oak leaves / heroic youth or the SS skull
for t in ['runes','runen','runas','rune','totenkopf']:
    T[t].remove('hate_emblem_weak')
add('hate_runes',"runes|runen|runas|rune|banner with runes")
add('hate_oak',"eichenlaub|feuilles de chene|folhas de carvalho|hojas de roble|foglie di quercia|oak leaves|heldenhafte jugend|juventude heroica|jeunesse heroique|gioventu eroica|juventud heroica|heroic youth")
add('hate_skull',"totenkopf|tete de mort ss|ss totenkopf|totenkopf ss|calavera de las ss|caveira da ss")
# hate_target: the base groups without women and without ambiguous single words
base={}
for f in ['lexicon_en.json','lexicon_intl.json']:
    d=json.load(open('/work/ref6/'+f))['candor']['terms']
    for k,v in d.items():
        if 'group' in v: base[k]=v
EXCL=set("""women|asian women|black women|muslim women|mujeres|las mujeres|femmes|femmes voilees|frauen|donne|mulheres|mulheres negras|feministas|feminists|feministes|feministinnen|femministe|
chinese|gay|trans|muslim|sikh|disabled|lgbt|lgbtq|lgtb|transgender|jude|rom|roma|polen|indu|moslem|muslima|gypsy|gitana|gitano|cigano|judia|judio|juif|judeu|ebrea|ebreo|araba|arabo|africano|musulman|musulmana|musulmano|muculmano|imigrante|romani|neri|sdf|inder|rom|old people|los pobres|pobres|i poveri|poor people|liberals|conservatives|leftists|globalists|globalisten|mondialistes|zionists|ossis|wessis|travellers|the disabled|drag queen|sinti|trans teachers|profs trans|homos|chinos|indios|deficientes""".replace('\n','').split('|'))
for k in base:
    if k not in EXCL: add('hate_target',k)
for k,v in list(T.items()):
    if 'group' in v and k not in EXCL: add('hate_target',k)

add('hate_massacre','massacre|massaker|masacre|massacro|massacres')
add('hate_dehum_weak','leeches|sanguijuelas|blutegel|sangsues|maggots|maden|gusanos|asticots|nacktschnecken|limaces|babosas|lesmas')
add('dehumanizing','fuera a la hoguera')
add('group','joos|jooz|the juice')
add('hate_target','joos|jooz|the juice')
add('hate_nose','big nose|big noses|gros nez|narices enormes|narizes enormes|naso grosso|grossen nasen|riesennasen|huge noses|nez enormes|des nez enormes|nariz ganchuda|nez crochu|hook nosed|hooked nose')
import sys; sys.path.insert(0,'/work/ref6/hate/tools')
from gen_animals import forms
_s,_w=forms()
for t in _s: add('dehumanizing',t)
for t in _w:
    if 'dehumanizing' not in T.get(t,[]): add('hate_dehum_weak',t)

benign={
 "rangoli":["esvastica","suastica","svastica","svastika","卐"],
 "jettent les dechets":["dechets"],"trabajando como bestias":["como bestias","bestias"],"trabajan como bestias":["como bestias","bestias"],"travaillent comme des betes":["comme des betes"],"arbeiten wie tiere":["wie tiere"],"lavorano come bestie":["come bestie","bestie"],"trabalham como bichos":["como bichos"],"trabalhando como bichos":["como bichos"],"jeter les dechets":["dechets"],"dechets a la poubelle":["dechets"],"tri des dechets":["dechets"],"ramassage des dechets":["dechets"],"dechets menagers":["dechets"],
 "diwali":["esvastica","suastica","svastica","svastika","卐"],
 "hate is not welcome":["not welcome"],"racism is not welcome":["not welcome"],"racism not welcome":["not welcome"],"hate not welcome":["not welcome"],"not welcome to hate":["not welcome"],"refugees welcome":["not welcome"],"welcome refugees":["not welcome"],"welcoming refugees":["not welcome"],
}
for b in """liberation|liberacion|befreiung|liberazione|libertacao|memorial|gedenkstatte|mahnmal|in memory of|en memoria de|en memoire de|in memoria di|em memoria de|victims|survivors|end of slavery|abolitionist|abolitionists|anti slavery|against slavery|escaped slavery|freedom from slavery|abolition|juneteenth|emancipation|abolicion|abolizione|abolicao|fin de la esclavitud|remembrance day|never again|nunca mas|plus jamais|nie wieder|mai piu|nunca mais|commemorating|commemorate|remembering|gedenken|conmemorando|commemorant|commemorando|homenagem as vitimas|holocaust museum|remembrance""".split('|'):
    benign[b]=[k for k,v in T.items() if 'hate_atrocity' in v]

rules={"hate.symbols":{"when":[["hate_emblem","hate_glorify"],["hate_emblem","hate_celebrate"],["hate_emblem","hate_emblem_weak"],["hate_number","hate_emblem_weak"],["hate_number","hate_emblem"],["hate_sun","hate_oak"],["hate_sun","hate_skull"],["hate_emblem","hate_runes"],["hate_number","hate_skull"],
   ["hate_ss","hate_rally"],["hate_emblem","hate_rally"],["hate_atrocity","hate_celebrate"],["hate_replace","hate_rally","hate_glorify"],["hate_replace","hate_target"],
   ["hate_star","hate_boycott"],["hate_blackface","hate_lips"]]},
 "hate.dehumanizing":{"when":[["hate_trope","hate_trope_cue"],["hate_trope","hate_nose"],["hate_money","hate_nose"],["hate_money","hate_trope_cue"],["hate_strings","hate_trope_cue"],["hate_target","hate_trope"],["hate_target","hate_nose"],["group","hate_boycott"],["hate_target","hate_dehum_weak"],["hate_massacre","hate_target","hate_celebrate"]]}}
json.dump({"terms":T,"benign":benign,"rules":rules},open('/work/ref6/hate/policy/hate.json','w'),ensure_ascii=False,indent=1)
bad=[k for k in T if len(k.split())>4]
print('TOO LONG',bad)
print(len(T),len(benign),sum(len(v['when']) for v in rules.values()))
