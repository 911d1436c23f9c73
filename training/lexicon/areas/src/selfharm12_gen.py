import json, unicodedata, re, itertools
lex = json.load(open('/tmp/r12/lex/selfharm/lexdump.json'))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ß', 'ss')
    s = re.sub(r"[^\w]+", ' ', s).strip()
    return re.sub(r'\s+', ' ', s)
terms = {}; skipped = 0
def add(cls, items):
    global skipped
    for t in items:
        k = norm(t)
        if not k or len(k.split()) > 4: continue
        if k in lex and cls in lex[k]: skipped += 1; continue
        terms.setdefault(k, [])
        if cls not in terms[k]: terms[k].append(cls)
P = lambda *xs: [' '.join(p) for p in itertools.product(*xs)]

# ---- act: self-killing in every person, tense and clitic form ----
act = []
en_refl = ['myself','yourself','himself','herself','themselves','themself','ourselves','yourselves','urself','meself']
act += P(['unalive','unalives','unaliving','unalived','self delete','rope','roped','roping','neck','necking','necked','hang','hangs','hanged','hung','poison','poisons','poisoning','poisoned','gas','gassing','gassed','kill','kills','killed','killing'], en_refl)
act += P(['took','take','takes','taking'], ['my own life','his own life','her own life','their own life','your own life','our own lives','their own lives'])
act += P(['ended','end','ends','ending'], ['my own life','his own life','her own life','their own life','your own life'])
act += P(['jumped','jumps','jumping','leaps','leapt','leaping','fell'], ['to her death','to his death','to my death','to their death','to your death'])
act += P(['threw','throws','throwing','throw','flings','flung'], ['herself off','himself off','myself off','themselves off','yourself off','herself under','himself under','myself under','herself in front','himself in front','myself in front'])
act += P(['slit','slits','slitting','slashed','slashing','slashes','opened','opening'], ['her wrists','his wrists','my wrists','their wrists','your wrists','her veins','his veins','my veins'])
act += P(['shot','shoots'], ['herself in the head','himself in the head','myself in the head'])
act += ['self deleting','self deleted','self deletion','self termination','self terminate','self terminating','sewer sliding','sewer slided','sewer slid','ctrl alt delete myself','alt f4 myself','log off permanently','logging off permanently','logged off permanently','permanently log off','permanently logging off','uninstall myself','uninstalling myself','unsubscribe from life','unsubscribing from life','quit life','quitting life','rage quit life','catch the bus','catching the bus','caught the bus','ctb tonight','commit toaster bath','toaster bath','ropemaxxing','rope maxxing','final exit','exit bag','suicide bag','the long sleep','eternal sleep pills','starving herself to death','starving himself to death','starve myself to death','starving myself to death','drank bleach','drinks bleach','drinking bleach','drink bleach']
# es
es_cl = ['me','te','se','nos','os']
act += ['matarme','matarte','matarse','matarnos','me mato','te matas','se mata','nos matamos','se matan','me maté','se mató','se mataron','me voy a matar','se va a matar','te vas a matar','quitarme la vida','quitarse la vida','quitarte la vida','me quito la vida','se quita la vida','se quitó la vida','se quitaron la vida','me quité la vida','ahorcarme','ahorcarse','ahorcarte','me ahorco','se ahorca','se ahorcó','me ahorqué','se ahorcaron','envenenarme','envenenarse','se envenena','se envenenó','pegarme un tiro','pegarse un tiro','se pega un tiro','se pegó un tiro','me pego un tiro','cortarme las venas','cortarse las venas','se corta las venas','se cortó las venas','me corto las venas','tirarme por la ventana','tirarse por la ventana','se tira por la ventana','se tiró por la ventana','tirarme del puente','tirarse del puente','se tira del puente','se tiró del puente','se tira a las vías','se tiró a las vías','arrojarse al vacío','se arroja al vacío','se arrojó al vacío','lanzarme al vacío','lanzarse al vacío','se lanza al vacío','se lanzó al vacío','se lanza del tejado','se lanzó del tejado','acabar con mi vida','acabar con su vida','acabó con su vida','acaba con su vida','poner fin a mi vida','poner fin a su vida','puso fin a su vida','pone fin a su vida','quitarme de en medio para siempre','dejarse morir','dejarme morir','se deja morir','se dejó morir']
# fr
act += ['me tuer','se tuer','se tue','s est tuée','s est tué','je vais me tuer','il va se tuer','elle va se tuer','me suicider','se suicide','s est suicidé','s est suicidée','je vais me suicider','me pendre','se pendre','se pend','s est pendu','s est pendue','je vais me pendre','elle va se pendre','il va se pendre','se jeter sous un train','se jette sous un train','s est jetée sous un train','s est jeté sous un train','se jeter dans le vide','se jette dans le vide','s est jetée dans le vide','se jeter du pont','se jette du pont','se jette du haut','s ouvrir les veines','s ouvre les veines','je m ouvre les veines','s est ouvert les veines','se taillader les veines','se tailler les veines','se tirer une balle','se tire une balle','s est tiré une balle','me tirer une balle','mettre fin à mes jours','mettre fin à ses jours','met fin à ses jours','a mis fin à ses jours','mis fin à ses jours','mettre fin à sa vie','met fin à sa vie','me foutre en l air','se foutre en l air','se fout en l air','s est foutu en l air','me flinguer','se flinguer','se flingue','s est flingué','s empoisonner','s empoisonne','se laisser mourir','se laisse mourir','me laisser mourir','en finir avec ma vie','en finir avec sa vie','en finir avec la vie','se supprimer','me supprimer','je vais me supprimer']
# de
act += ['mich umbringen','sich umbringen','dich umbringen','bringt sich um','brachte sich um','bringe mich um','bring mich um','hat sich umgebracht','sich das leben nehmen','nimmt sich das leben','nahm sich das leben','nehme mir das leben','hat sich das leben genommen','mir das leben nehmen','mich erhängen','sich erhängen','erhängt sich','erhängte sich','hat sich erhängt','mich aufhängen','sich aufhängen','hängte sich auf','hat sich aufgehängt','sich erschießen','erschießt sich','erschoss sich','mich erschießen','hat sich erschossen','sich vor den zug werfen','wirft sich vor den zug','warf sich vor den zug','mich vor den zug werfen','sich vor einen zug','sich die pulsadern aufschneiden','schneidet sich die pulsadern','schnitt sich die pulsadern','mir die pulsadern','sich vergiften','vergiftet sich','vergiftete sich','sich ertränken','ertränkt sich','ertränkte sich','sich von der brücke stürzen','stürzt sich von der brücke','stürzte sich von der brücke','sich in den tod stürzen','stürzt sich in den tod','stürzte sich in den tod','in den tod springen','springt in den tod','sprang in den tod','den freitod wählen','wählt den freitod','gemeinsamer freitod','gemeinsamen freitod','freitod','suizid begehen','begeht suizid','beging suizid','selbstmord begehen','begeht selbstmord','beging selbstmord','sich totsaufen','sich zu tode hungern','hungert sich zu tode','mich zu tode hungern','mich abmurksen']
# it
act += ['uccidermi','uccidersi','ucciderti','si uccide','si è ucciso','si è uccisa','mi uccido','ti uccidi','mi ucciderò','ammazzarmi','ammazzarsi','si ammazza','mi ammazzo','si è ammazzato','si è ammazzata','togliermi la vita','togliersi la vita','si toglie la vita','si è tolto la vita','si è tolta la vita','mi tolgo la vita','impiccarmi','impiccarsi','si impicca','mi impicco','si è impiccato','si è impiccata','buttarsi dal ponte','si butta dal ponte','si è buttata dal ponte','si è buttato dal ponte','buttarmi dal ponte','si butta dal tetto','buttarsi sotto un treno','si butta sotto il treno','gettarsi sotto un treno','si getta sotto un treno','si è gettata sotto','gettarsi nel vuoto','si getta nel vuoto','lanciarsi nel vuoto','si lancia nel vuoto','tagliarsi le vene','si taglia le vene','mi taglio le vene','si è tagliata le vene','tagliarmi le vene','spararsi','si spara','mi sparo','si è sparato','si è sparata','spararsi in testa','avvelenarsi','si avvelena','si è avvelenata','lasciarmi morire','si lascia morire','si lascia morire di fame','mettere fine alla mia vita','porre fine alla sua vita','pone fine alla sua vita']
# pt
act += ['me matar','se matar','te matar','se mata','se matou','me mato','vou me matar','vai se matar','matar-me','matar-se','mata-se','matou-se','tirar a própria vida','tirar a minha vida','tira a própria vida','tirou a própria vida','tirou a vida','me enforcar','se enforcar','se enforca','se enforcou','enforcar-se','enforcou-se','enforca-se','vou me enforcar','enforcar me','se atirar da ponte','se atira da ponte','se atirou da ponte','atirar-se da ponte','atirou-se da ponte','se jogar da ponte','se joga da ponte','se jogou da ponte','se jogou do prédio','se joga do prédio','se jogar do prédio','se jogar na linha do trem','se jogou na frente do trem','cortar os pulsos','corta os pulsos','cortou os pulsos','cortar meus pulsos','se envenenar','se envenena','se envenenou','envenenar-se','dar um tiro na cabeça','deu um tiro na cabeça','se suicidar','se suicida','se suicidou','suicidar-se','suicidou-se','acabar com a minha vida','acabou com a própria vida','pôr fim à vida','pôs fim à vida','pôr fim à minha vida','se deixar morrer','se deixa morrer','deixar-se morrer']
add('selfharm12_act', act)

# ---- tell: urging another person to die, every person and clitic form ----
tell = ['go die','go die already','just die already','die already','pls die','please just die','you should die','you should kill urself','u should kys','go kys','just kys','kys already','kys now','kill urself','kill yourself already','do us all a favor and die','do everyone a favour','do the world a favor','world is better without you','world would be better without you','everyone would be happier without you','no one would miss you','nobody wants you here','nobody would cry','go jump off a bridge','jump off a bridge','jump off a cliff','go jump off a cliff','go play in traffic','go hang yourself','hang urself','go drink bleach','just end it already','end it already','end yourself',
 'muérete ya','muerete de una vez','ojalá te mueras','ojala te murieras','ojalá se muera','que se muera','mátate','mátate ya','matate de una vez','ahórcate','ahorcate ya','tírate de un puente','tirate por la ventana','córtate las venas','mejor muérete','mejor te mueres','mejor se muera','mejor 53 muer4','mejor se mueran','el mundo estaría mejor sin ti','nadie te echaría de menos','nadie te quiere aquí','hazle un favor al mundo',
 'crève','va crever','crève donc','crève en silence','tue toi','tue tai','tue-toi donc','pends toi','jette toi d un pont','jette toi sous un train','le monde serait mieux sans toi','personne ne te regrettera','personne ne veut de toi','fais nous plaisir disparais','t as raison finis en','vas y finis en','finis en une bonne fois',
 'stirb endlich','stirb doch','verreck doch','verreck endlich','geh sterben','häng dich auf','häng dich doch auf','spring doch','spring endlich runter','bring dich doch um','die welt wäre besser ohne dich','keiner würde dich vermissen','niemand will dich hier','tu allen einen gefallen',
 'ammazzati','ammazzati pure','muori','muori e basta','crepa e basta','impiccati','impiccati pure','buttati sotto un treno','buttati dal ponte','buttati e basta','tagliati le vene','il mondo starebbe meglio senza di te','nessuno ti rimpiangerebbe','nessuno ti vuole qui','fai un favore al mondo','ucciditi','ucciditi pure',
 'morre logo','morre de uma vez','vai morrer','vai se matar','se mata logo','se mata de uma vez','se enforca logo','se joga da ponte','se joga logo','o mundo seria melhor sem você','ninguém vai sentir sua falta','ninguém te quer aqui','faz um favor ao mundo','se quer mesmo faz','se quiser mesmo faça','faz logo isso']
add('selfharm12_tell', tell)

# ---- visual / carrier / edit cues that pair with act and tell ----
vis = ['image','picture','pic','drawing','illustration','render','artwork','anime style','cartoon','meme','meme template','caption','poster','sticker','wallpaper','story','post','banner','edit','aesthetic','cute','cutely','kawaii','soft','dreamy','make an image','generate','draw me','draw her','draw him','create','show her','show him','depict',
 'imagen','dibujo','dibuja','ilustración','cartel','póster','pegatina','fondo de pantalla','estética','estético','tierno','monísimo','genera','hazme','crea','muestra',
 'dessin','dessine','dessin animé','affiche','autocollant','fond d écran','esthétique','mignon','mignonne','génère','crée','montre','légende',
 'zeichne','zeichnung','illustration','plakat','aufkleber','hintergrundbild','ästhetisch','niedlich','süß','generiere','erstelle','mal mich','zeig','bildunterschrift',
 'immagine','disegno','disegna','illustrazione','manifesto','adesivo','sfondo','estetica','carino','carina','tenero','genera','crea','mostra','didascalia',
 'imagem','desenho','desenha','ilustração','cartaz','figurinha','papel de parede','estética','fofo','fofa','gera','cria','mostra','legenda','faz uma imagem']
add('selfharm12_vis', vis)

# ---- scheduled dying: "before dying on saturday" ----
days = {'en':['monday','tuesday','wednesday','thursday','friday','saturday','sunday','tomorrow','tonight','this weekend','next week'],
 'es':['el lunes','el martes','el miércoles','el jueves','el viernes','el sábado','el domingo','mañana','esta noche','lunes','martes','miércoles','jueves','viernes','sábado','domingo'],
 'fr':['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche','demain','ce soir','ce week end'],
 'de':['am montag','am dienstag','am mittwoch','am donnerstag','am freitag','am samstag','am sonntag','morgen','heute nacht','heute abend'],
 'it':['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica','domani','stasera','stanotte'],
 'pt':['segunda','terça','quarta','quinta','sexta','sábado','domingo','amanhã','hoje à noite','esta noite']}
dated = P(['before i die','before dying','i die','i will die','i ll die','my death on'], days['en'])
dated += P(['antes de morir','me muero','moriré','voy a morir','muero'], days['es'])
dated += P(['avant de mourir','je meurs','je mourrai','je vais mourir','ma mort'], days['fr'])
dated += P(['bevor ich sterbe','ich sterbe','sterbe ich'], days['de'])
dated += P(['prima di morire','muoio','morirò','morirò'], days['it'])
dated += P(['antes de morrer','eu morro','vou morrer','morrerei'], days['pt'])
dated += ['the date of my death','my death date','fecha de mi muerte','date de ma mort','mein todestag','mein todesdatum','data della mia morte','data da minha morte','the day i die','el día que me muera','le jour de ma mort','der tag an dem ich sterbe','il giorno della mia morte','o dia da minha morte']
add('selfharm12_dated', dated)
listw = ['list','checklist','bucket list','to do list','lista','liste','checkliste','to do liste','lista de tareas','lista de cosas','lista di cose','lista de coisas','everything checked','todo tachado','tout est coché','alles abgehakt','tutto spuntato','tudo riscado','except the last','sauf la dernière','menos la última','bis auf die letzte','tranne l ultima','menos a última','calendar','calendario','calendrier','kalender','calendário','countdown','cuenta atrás','compte à rebours','conto alla rovescia','contagem regressiva','cv','resume','lebenslauf','currículum','curriculum','last entry','letzte eintrag','dernière ligne','última línea','ultima riga','última linha']
add('selfharm12_list', listw)

# ---- giving things away because no longer needed ----
give = P(['gives away','giving away','gave away','give away'], ['her things','his things','my things','her stuff','his stuff','my stuff','her favorite things','his favourite things','her books','his books','her guitar','his guitar','her clothes'])
give += ['verschenkt','verschenke','verschenkte','verschenken','regala sus cosas','regalando','regala','regaló','donne ses affaires','donne ses livres','donnant ses','distribue ses affaires','regala le sue cose','dà via','regalando le sue','regala i suoi','doa','doando','dá os livros','a dar os livros','dar as coisas','deu as coisas','entrega sus cosas','entregando suas coisas']
add('selfharm12_give', give)
noneed = ["won't need them anymore","won't need it anymore",'will not need them','wont need them','no longer needs them','not going to need','doesn t need them anymore','bald nicht mehr braucht','nicht mehr brauchen','nicht mehr braucht','braucht sie nicht mehr','brauche sie nicht mehr','no las va a necesitar','no los va a necesitar','ya no los necesitará','ya no las necesitaré','ya no va a necesitar','n en aura plus besoin','n en aurai plus besoin','n aura plus besoin','plus besoin là où','non gli serviranno più','non mi serviranno più','non le serviranno','non ne avrà più bisogno','não vai precisar mais','não vou precisar mais','não vai mais precisar','não vou mais precisar','nao vai precisar','where i m going','where she s going','là où je vais','là où elle va','wo ich hingehe','donde voy','a donde voy','dove vado','onde eu vou','para onde vou']
add('selfharm12_noneed', noneed)

# ---- inverted encouragement: "if you're thinking about it, do it" ----
doit = ["if you re thinking about it do it","if you re thinking about it","thinking about it do it",'do it tonight','just do it tonight','si lo estás pensando','si lo estas pensando hazlo','si lo piensas hazlo','hazlo ya','hazlo esta noche','si tu y penses','si tu y penses fais le','fais le ce soir','wenn du daran denkst','wenn du drüber nachdenkst','tu es einfach','tu es heute nacht','mach es einfach','se ci stai pensando','se ci pensi fallo','fallo stasera','se está pensando nisso','se tá pensando nisso','faz hoje à noite','faça hoje','eu apoio','te apoyo','je te soutiens','ich unterstütze dich','ti sostengo','ti appoggio','i support you','we support your decision','apoyamos tu decisión','on respecte ton choix','wir respektieren deine entscheidung','rispettiamo la tua scelta','respeitamos sua decisão','t as raison','tienes razón','du hast recht','hai ragione','você tem razão']
add('selfharm12_doit', doit)
waver = ['for those who doubt','para los que dudan','pour ceux qui hésitent','für die die zweifeln','per chi è indeciso','per chi esita','para quem tem dúvidas','para quem hesita','for the undecided','depressed teens','ados dépressifs','adolescentes deprimidos','depressive teenager','adolescenti depressi','adolescentes deprimidos','for people who want to die','for people who want to end it','para los que quieren morir','pour ceux qui veulent mourir','für alle die sterben wollen','per chi vuole morire','para quem quer morrer','suicidal people','suicidal teens','gente suicida','suicidaires','suizidale','suicidi','suicidas']
add('selfharm12_waver', waver)

# ---- going / leaving for good ----
exitp = ['leave this world','leaving this world','left this world','leaves this world','depart this life','departing this world','go to sleep forever','going to sleep forever','fall asleep forever','won t be here tomorrow','won t be here anymore','not be here tomorrow','when i m no longer here','after i m gone','when i m gone','before i go for good',
 'dejar este mundo','dejando este mundo','dejó este mundo','irme de este mundo','irse de este mundo','dormir para siempre','dormirme para siempre','cuando ya no esté','cuando ya no este aqui','marcharme para siempre','marcharse para siempre','lista para marcharse','listo para marcharse','lista para irse','listo para irse','me voy para siempre','nos vemos del otro lado',
 'quitter ce monde','quitte ce monde','a quitté ce monde','m endormir pour toujours','dormir pour toujours','quand je ne serai plus là','quand je serai plus là','je m en vais pour de bon','je pars pour de bon','avant que je parte','avant que je parte pour de bon','m éteindre doucement','m éteindre pour toujours','s éteindre pour toujours','je vais m éteindre',
 'diese welt verlassen','verlässt diese welt','die welt verlassen','für immer einschlafen','für immer schlafen','wenn ich nicht mehr da bin','wenn ich nicht mehr bin','wenn i nümme da bi','bevor ich für immer gehe','beim gehen begleiten','begleiten dich beim gehen',
 'lasciare questo mondo','lascia questo mondo','ha lasciato questo mondo','dormire per sempre','addormentarmi per sempre','quando non ci sarò più','quando non ci saro piu','quando me ne sarò andata','quando me ne sarò andato','me ne vado per sempre','l ultimo viaggio','viaggio senza ritorno','staccare la spina per sempre','stacco la spina per sempre',
 'deixar este mundo','deixa este mundo','deixou este mundo','dormir para sempre','adormecer para sempre','quando eu não estiver mais aqui','quando eu já não estiver','quando abrires isto já parti','já parti','já terei partido','vou embora para sempre','não existir mais','nao existir mais','não vai precisar mais']
add('selfharm12_exit', exitp)

# ---- pro-ED: daily food limits and thinner silhouettes ----
edfood = P(['one apple a day','an apple a day','one apple per day','une pomme par jour','un pomme par jour','una manzana al día','una manzana por día','ein apfel am tag','ein apfel pro tag','una mela al giorno','uma maçã por dia','uma maçã ao dia'], [''])
edfood += [f'{n} {u}' for n in ['200','300','400','500','600'] for u in ['calories a day','calories per day','kcal a day','kcal per day','calorías al día','calories par jour','kalorien am tag','kalorien pro tag','calorie al giorno','calorias por dia']]
edfood += ['only water for a week','nothing but water','just water all week','solo agua','rien que de l eau','nur wasser','solo acqua','só água','eat nothing','no comer nada','ne rien manger','nichts essen','non mangiare niente','não comer nada']
add('selfharm12_edfood', [x.strip() for x in edfood])
thinner = ['thinner and thinner','thinner every day','skinnier and skinnier','getting thinner','smaller and smaller waist','de plus en plus fines','de plus en plus minces','de plus en plus maigres','cada vez más delgada','cada vez más flaca','cada vez mas delgadas','immer dünner','immer dünnere','sempre più magra','sempre più magre','sempre più sottili','cada vez mais magra','cada vez mais magras','cada vez mais finas','bones show through','bones showing through','bones sow through','bones poke through','ribs poking out','ribs showing','visible ribs','os qui ressortent','huesos que se notan','huesos marcados','knochen stechen hervor','sichtbare rippen','ossa che sporgono','costole in vista','ossos aparecendo','costelas à mostra']
add('selfharm12_thinner', thinner)
challenge = ['challenge','défi','reto','desafío','herausforderung','challenge','sfida','desafio','goals','goal','objectif','objetivo','ziel','obiettivo','meta','motivation','motivante','motivational','motivazione','motivação','day counter','compteur de jours','contador de días','tagezähler','contatore dei giorni','contador de dias','labelled','labeled','inspo']
add('selfharm12_goal', challenge)

# ---- the wind pushing at an edge / ready to let go ----
push = ['the wind pushing','wind pushing her','wind pushing him','el viento empujando','el viento empujándola','le vent qui pousse','le vent la pousse','der wind schiebt','der wind drückt','il vento che spinge','il vento la spinge','o vento empurrando','o vento a empurrar','ready to let go','ready to let go for good','lista para soltarse','listo para soltarse','prête à se laisser tomber','bereit sich fallen zu lassen','pronta a lasciarsi cadere','pronto a lasciarsi cadere','pronta para se soltar','pronta pra se soltar','looking down ready','mirando hacia abajo listo','mirando hacia abajo lista','regardant en bas prête','schaut nach unten bereit','guardando giù pronta','olhando para baixo pronta']
add('selfharm12_push', push)

# ---- farewell rituals and plans ----
ritual = ['farewell ritual','goodbye ritual','ritual de despedida','rito de despedida','rituel d adieu','rituel d au revoir','abschiedsritual','rituale di addio','ritual de adeus','plans her goodbye','plans his goodbye','planning her goodbye','ihren abschied plant','seinen abschied plant','planea su despedida','planeando su despedida','prépare son départ','prépare ses adieux','organise ses adieux','pianifica il suo addio','prepara il suo addio','planeja sua despedida','planejando a despedida','farewell story','story d adieu','story de despedida','abschieds story','storia di addio','story de despedida','farewell party for myself','ma dernière soirée','mi última fiesta','meine letzte party','la mia ultima festa','minha última festa','come say goodbye to me','venez me dire au revoir','venid a despediros','kommt euch verabschieden','venite a salutarmi','venham se despedir']
add('selfharm12_ritual', ritual)

rules = []
act_partners = ['selfharm12_vis','selfharm12_exit','person','edit_context','selfharm_sad','selfharm_cute','selfharm10_pretty','selfharm11_aesth','selfharm_emoji','selfharm_place','selfharm_place2','selfharm10_edge','selfharm_tonight','selfharm_praise','selfharm10_carrier','selfharm11_who','selfharm_note','selfharm10_letter','selfharm_goodbye','selfharm_free','selfharm_calm','selfharm_means','selfharm11_ropew','realistic','portrait','selfharm11_add','selfharm12_ritual','selfharm12_doit']
for p in act_partners: rules.append(['selfharm12_act', p])
tell_partners = ['selfharm12_vis','person','edit_context','selfharm10_carrier','selfharm_emoji','selfharm_cute','selfharm10_pretty','selfharm_praise','selfharm11_who','selfharm10_insult','selfharm_place','realistic','portrait','named_person','selfharm11_add']
for p in tell_partners: rules.append(['selfharm12_tell', p])
for p in ['selfharm12_vis','selfharm12_list','selfharm11_who','person','selfharm_sad','selfharm10_pretty','selfharm_cute']: rules.append(['selfharm12_dated', p])
rules += [['selfharm12_give','selfharm12_noneed'],['selfharm_giveaway','selfharm12_noneed']]
for p in ['selfharm12_waver','selfharm12_exit','selfharm12_act','selfharm_place','selfharm10_edge','selfharm12_push']: rules.append(['selfharm12_doit', p])
for p in ['selfharm12_exit','selfharm_encourage','selfharm12_act','selfharm10_exit','selfharm11_endit','selfharm11_endlife']: rules.append(['selfharm12_waver', p])
for p in ['selfharm_tonight','selfharm_emoji','selfharm_sad','selfharm11_aesth','selfharm_note','selfharm10_letter','selfharm_place','selfharm10_edge','selfharm12_ritual','selfharm_free','selfharm_goodbye','selfharm_countdown']: rules.append(['selfharm12_exit', p])
for p in ['selfharm12_thinner','selfharm_praise','selfharm_edchallenge']: rules.append(['selfharm12_edfood', p])
for p in ['selfharm12_goal','selfharm_praise','selfharm12_edfood']: rules.append(['selfharm12_thinner', p])
for p in ['selfharm_place','selfharm_place2','selfharm10_edge','selfharm10_place']: rules.append(['selfharm12_push', p])
for p in ['selfharm_tonight','selfharm_note','selfharm10_letter','selfharm_letter','selfharm_countdown','selfharm_candles' ]: rules.append(['selfharm12_ritual', p])
# drop clauses whose classes do not exist anywhere
known = set(c for v in lex.values() for c in v) | set(c for v in terms.values() for c in v)
rules = [r for r in rules if all(c in known for c in r)]
benign = {
 'suicide prevention': [], 'crisis line': [], 'an apple a day keeps the doctor away': ['an apple a day'],
 'une pomme par jour éloigne le médecin': ['une pomme par jour'], 'ein apfel am tag hält den doktor fern': ['ein apfel am tag'],
 'una mela al giorno toglie il medico di torno': ['una mela al giorno'], 'i support you in your recovery': ['i support you'],
 'drowning myself in work': [], 'killing myself laughing': ['killing myself'], 'killing herself laughing': ['killing herself'], 'killing himself laughing': ['killing himself'],
 'dying laughing': [], 'me muero de risa': ['me muero'], 'je meurs de faim': ['je meurs'], 'muoio di fame': ['muoio'], 'je meurs de rire': ['je meurs'], 'muoio dal ridere': ['muoio'],
 'me muero de hambre': ['me muero'], 'ich sterbe vor hunger': ['ich sterbe'], 'eu morro de rir': ['eu morro'], 'morro de saudade': [],
 'nothing but water and sun': ['nothing but water'], 'hydration poster': [],
}
benign = {norm(k): [norm(x) for x in v] for k, v in benign.items() if v}
out = {'terms': terms, 'benign': benign, 'rules': {'selfharm.depiction': {'when': rules}}}
json.dump(out, open('/tmp/r12/lex/selfharm/data/selfharm12.json', 'w'), ensure_ascii=False, indent=0)
print(len(terms), 'terms', len(benign), 'benign', len(rules), 'clauses', skipped, 'skipped existing')
