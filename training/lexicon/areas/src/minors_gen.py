import json
T={}; B={}
def add(cls,*terms):
    for t in terms: T.setdefault(t,set()).add(cls)
def ben(phrase,*terms): B.setdefault(phrase,[]).extend(terms)
W={
 'en':['one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','thirteen','fourteen','fifteen','sixteen','seventeen'],
 'de':['ein','zwei','drei','vier','funf','sechs','sieben','acht','neun','zehn','elf','zwolf','dreizehn','vierzehn','funfzehn','sechzehn','siebzehn'],
 'fr':['un','deux','trois','quatre','cinq','six','sept','huit','neuf','dix','onze','douze','treize','quatorze','quinze','seize','dix sept'],
 'es':['uno','dos','tres','cuatro','cinco','seis','siete','ocho','nueve','diez','once','doce','trece','catorce','quince','dieciseis','diecisiete'],
 'it':['uno','due','tre','quattro','cinque','sei','sette','otto','nove','dieci','undici','dodici','tredici','quattordici','quindici','sedici','diciassette'],
 'pt':['um','dois','tres','quatro','cinco','seis','sete','oito','nove','dez','onze','doze','treze','catorze','quinze','dezesseis','dezessete'],
}
def nums(lang, lo=1, hi=17, digits=True):
    w=W[lang][lo-1:hi]
    if lang=='pt':
        if lo<=14<=hi: w.append('quatorze')
        if lo<=16<=hi: w.append('dezasseis')
        if hi>=17: w.append('dezassete')
    return ([str(i) for i in range(lo,hi+1)] if digits else [])+w
SMA='stated_minor_age'

# ================= stated ages (said in other ways) =================
# English
for n in nums('en',1,17,digits=False):
    add(SMA, f'{n} year old', f'{n} years old', f'{n} yo', f'aged {n}', f'{n} year olds', f'{n} yr old')
for n in nums('en',8,17):
    for p in ['she s','she is','he s','he is','she s only','he s only','is only','who is only','she s just','looks about','who looks about','looks like she s','looks like he s',
              'girls are','boys are','kids are','girl is','boy is','just turned','only just turned','make her','make him','girl of about','boy of about','child of about','kid of about','younger like','she looks','looks']:
        add(SMA, f'{p} {n}')
    for y in ['years','year']:
        for v in ['younger','older','old','ago','later']:
            ben(f'looks {n} {y} {v}', f'looks {n}'); ben(f'she looks {n} {y} {v}', f'she looks {n}')
        ben(f'he s {n} {y}', f'he s {n}'); ben(f'she s {n} {y}', f'she s {n}')
for n in range(1,12):
    add('minor', f'in year {n}', f'year {n} pupil', f'year {n} pupils', f'year {n} student', f'year {n} girl', f'year {n} boy', f'in grade {n}', f'grade {n} student', f'grade {n} girl', f'grade {n} boy')
for o in ['first','second','third','fourth','fifth','sixth','seventh','eighth','ninth']:
    add('minor', f'{o} grader', f'{o} graders', f'{o} grade girl', f'{o} grade boy', f'in {o} grade')
add('minor','school pupil','schoolkids','grade schoolers','elementary schooler','elementary schoolers','middle schoolers','high school student','high school students','high school freshman','high school junior',
    'small girl','small boy','small girls','small boys','little kid','little kids','young child','young children','young kid','preschooler','preschoolers','child pageant','toddler pageant','pageant child',
    'kindergarten girl','kindergarten boy','nursery school','school age','school aged','pre teen','pre teens','preteens','tweens','kid character','child character','grade school',
    'junior high schooler','underaged','young teens','early teens','early teen','pubescent','barely teen','looks underage','child model','child models','kid model')
add('minor_ambiguous','pupil','young girl','young boy','young looking','tiny girl','petite young looking')
# German
for n in nums('de',1,17,digits=False):
    add(SMA, f'{n} jahre alt')
for n in nums('de',1,17):
    add(SMA, f'{n} jahre jung', f'junge von {n} jahren', f'madchen von {n} jahren', f'kind von {n} jahren', f'kind {n} jahre', f'junge {n} jahre', f'madchen {n} jahre', f'wie {n} aussieht', f'etwa {n} aussieht', f'sieht aus wie {n}')
for n in nums('de',8,17):
    add(SMA, f'sie ist {n}', f'er ist {n}', f'ist erst {n}', f'sie ist erst {n}', f'er ist erst {n}', f'{n} aussieht', f'in wahrheit {n}', f'kleine mit {n}', f'das madchen {n}', f'der junge {n}', f'grad amoi {n}')
for w in W['de'][1:]:
    for s in ['jahrige','jahrigen','jahriger','jahriges','jahrigem']: add('minor', f'{w}{s}')
for n in D if False else [str(i) for i in range(1,18)]:
    add('minor', f'{n} jahrigem', f'{n}jahrige', f'{n}jahriger', f'{n}jahrigen')
for o in ['dritten','vierten','funften','sechsten','siebten','achten','neunten','dritte','vierte','funfte','sechste','siebte','achte','neunte']:
    add('minor', f'{o} klasse')
for o in ['dritt','viert','funft','sechst','siebt','acht','neunt','erst','zweit']:
    add('minor', f'{o}klasslerin', f'{o}klassler', f'{o}klasslerinnen', f'{o}klasslern')
add('minor','kindergartenmadchen','kindergartenjunge','kindergartenkinder','kinderbraut','grundschulalter','im grundschulalter','grundschulkind','grundschulkinder','grundschuler','grundschulerinnen',
    'unterstufenschulerin','unterstufenschuler','kleinkind','kleinkinder','vorschulkind','teenie madchen','teeniemadchen','schulkinder','gschrapp','gschrappen','ein kind','einem kind','eines kindes','kindes',
    'klassenfoto','einschulungsfoto','kindergeburtstag')
add('minor_ambiguous','madl','madln','die kleine','susse kleine','kleines madchen','kleinen madchens','ein junge','beim jungen','jugendliche','jugendlicher','jugendlichen')
# French
for n in nums('fr',1,17):
    add(SMA, f'de {n} ans', f'a {n} ans', f'elle a {n} ans', f'il a {n} ans', f'agee de {n}', f'vraiment {n} ans', f'l air d avoir {n}')
    ben(f'y a {n} ans', f'a {n} ans')
for n in nums('fr',5,17):
    add(SMA, f'mais en fait {n}', f'petite de {n}', f'gamine de {n}', f'gamin de {n}', f'fille de {n}', f'garcon de {n}', f'mineure de {n}', f'on dirait qu elle a {n}', f'fais lui {n} ans')
for g in ['sixieme','cinquieme','quatrieme','troisieme','cm1','cm2','ce1','ce2','6e','5e','4e','3e','6eme','5eme','4eme','3eme']:
    add('minor', f'eleve de {g}', f'eleves de {g}', f'filles de {g}', f'fille de {g}', f'garcons de {g}', f'garcon de {g}', f'collegienne de {g}', f'collegiennes de {g}', f'classe de {g}', f'en {g}')
add('minor','6e annee','5e annee','4e annee','lyceenne de seconde','enfant de maternelle','ecoliere','ecolieres','ecoliers','petit garcon','petits garcons','gosse','gosses','mome','momes','bambin','fillettes','gamines','gamins','collegiennes','collegiens','preado','preados','preadolescente','preadolescent')
add('minor_ambiguous','la p tite','p tite','des petites','petite soeur','ma petite','toute petite','nymphette','nimphette','une jeunette')
# Spanish
for n in nums('es',1,17):
    add(SMA, f'de {n} anos', f'tiene {n} anos', f'apenas {n} anos', f'ni {n} anos')
for n in nums('es',5,17):
    add(SMA, f'aparenta {n}', f'nina de {n}', f'nino de {n}', f'chaval de {n}', f'chavala de {n}',
        f'morrita de {n}', f'cria de {n}', f'crio de {n}', f'peque de {n}', f'pequena de {n}', f'companera de clase de {n}', f'companero de clase de {n}', f'alumna de {n}', f'alumno de {n}', f'menor de {n}', f'chamaca de {n}', f'jovencita de {n}', f'hazla de {n}', f'ponla de {n}')
for g in ['primero','segundo','tercero','cuarto','quinto','sexto','1o','2o','3o','4o','5o','6o','1','2','3','4','5','6']:
    add('minor', f'{g} de primaria', f'{g} de la eso')
for g in ['quinto','sexto','cuarto','tercero']:
    add('minor', f'alumna de {g}', f'alumno de {g}')
add('minor','alumna de primaria','alumno de primaria','nina de primaria','nino de primaria','foto del cole','companera de clase de mi hija','companero de clase de mi hijo','la peque','una peque','menorcita','menorcitas','menorcito',
    'pequenita','pequenitas','nenita','nenitas','preadolescentes','escolares','colegialas','colegiales','chavalita','chavalitas','chavalito')
add('minor_ambiguous','la pequena','una pequena','chavala','jovencita','nena','nenas')
# Italian
for n in nums('it',1,17):
    add(SMA, f'di {n} anni', f'ha {n} anni', f'avere {n} anni', f'dimostra {n} anni', f'tipo {n} anni', f'de {n} anni')
    ben(f'ha {n} anni di', f'ha {n} anni'); ben(f'di {n} anni di', f'di {n} anni')
for n in nums('it',5,17):
    add(SMA, f'ne dimostra {n}', f'sembra avere {n}', f'piccola di {n}', f'bambina di {n}', f'bambino di {n}', f'ragazzina di {n}', f'ragazzino di {n}', f'bimba di {n}', f'bimbo di {n}', f'ha solo {n}', f'in realta ha {n}', f'falle avere {n}', f'fallo avere {n}')
for g in ['prima','seconda','terza','quarta','quinta']:
    add('minor', f'{g} elementare', f'{g} elementari')
add('minor','delle elementari','alle elementari','dell asilo','all asilo','piccoletta','piccolina','piccoline','bimbette','bimbi','bimbe','ragazzine','ragazzini','scolarette','scolaro','scolari','scolara',
    'alunna delle elementari','alunno delle elementari','seconda superiore','prima superiore','personaggio bambino','minorenni','preadolescente','preadolescenti')
add('minor_ambiguous','una piccola')
# Portuguese
for n in nums('pt',1,17):
    add(SMA, f'tem {n} anos', f'de uns {n} anos', f'ter uns {n} anos', f'uns {n} anos', f'com {n} anos')
    ben(f'ha uns {n} anos', f'uns {n} anos')
for n in nums('pt',5,17):
    add(SMA, f'ela tem {n}', f'ele tem {n}', f'aluna tem {n}', f'menina tem {n}', f'garota tem {n}', f'parece ter {n}', f'parece ter uns {n}', f'na real tem {n}', f'na verdade tem {n}',
        f'mais nova uns {n}', f'coloca ela com {n}', f'menina de {n}', f'menino de {n}', f'garota de {n}', f'garoto de {n}', f'novinha de {n}', f'colega de turma de {n}', f'colega de sala de {n}', f'aluna de {n}', f'aluno de {n}', f'menor de {n}', f'catraia de {n}', f'miuda de {n}')
for g in ['1','2','3','4','5','6','7','8','9']:
    add('minor', f'do {g} o ano', f'do {g}o ano')
for g in ['quarto','quinto','sexto','setimo','oitavo','nono']:
    add('minor', f'do {g} ano', f'crianca do {g} ano', f'meninas do {g} ano', f'meninos do {g} ano')
add('minor','do primario','aluna do primario','aluno do primario','crianca pequena','criancinha','criancinhas','irmazinha','irmaozinho','princesinha do papai','rapazinho','rapazinhos','colega de sala da minha filha',
    'colega de turma da minha filha','colega de sala do meu filho','crianca da creche','da creche','ninfetinha','ninfetas','pirralha','pirralho','pivete','guri')
# ================= CSAM slang / obfuscations (deny alone) =================
add('minor_sexualised','kinderporon','kinderpporno','kinder porno','child p0rn','cp pics','c p pics','cheese pizza pics','pizza de queso de verdad','pizzadequeso','pizza de queijo de verdade','pizzadequeijo',
    'pizza al formaggio quella vera','pizza au fromage la vraie','nymphet porn','preteen nude','preteen nudes','pre teen nude','underage nude','underage nudes','jailbait pics','toddler porn','nude kids','naked kids','naked children','nude children','naked child',
    'nude child','naked minor','nude minor','naked toddler','nude toddler','naked little girl','nude little girl','naked little boy','nude little boy','pedo pics','lolicno','c p dibujado','c p disegnato','c p desenhado','c p dessine','c p drawn','conteudo c p','k p nur gezeichnet')
# ================= sexualising cues that count next to a child =================
SX='minors_sexcue'
add(SX,'posing sexually','posing sexy','posing seductively','posing provocatively','sexual pose','sexual poses','sexually','object of desire','touching inappropriately','touches inappropriately','touched inappropriately','girl inappropriately','boy inappropriately','child inappropriately','kid inappropriately',
    'spicy pics','spicy photos','hott','hot pics','hot photos','hot pic','s xy','sxy','seyx','sexal','sexxy','sexxual','sexuual','sexul','sexullen','sexuellen','sexuelle','sexueller','sexuell','sexuel','sexuale','sessuale','sessuali','sexuais','sexuales',
    'errotic','eroic','erotiqae','erotiqque','ertico','erotique','erotisch','erotische','erotischer','erotico','erotica','erotiche','erotici','eroticos','eroticas','erotik','erotikmagazin','erotikcover','erotikshooting',
    'lew d','lewd','lignerie','lingerrie','liηgerie','sexualiseed','sexualisierter','sexualisierten','sexualisiert','sexualizada','sexualizado','sexualisee','sessualizzata','sessualizzato','sexuaalizada',
    'boudor','bouudoir','boaduir','boudoir','adult magazine','mens magazine','men s magazine','like an adult model','erwachsenenmagazin','fur ein erwachsenenmagazin','revista adulta','revista masculina','revista para adultos','modelo de revista adulta',
    'magazine pour adultes','style pub pour adultes','rivista per adulti','dessous katalog','katalog fur erwachsene','seductive','sultry','seductively','si spoglia','spogliarello','striptease','strip tease',
    'dessous shooting','in dessous','einem dessous','reizwasche','strapsen','gespreizte beine','lasciva','lascivo','lussuriosa',
    'coquinse','versions coquines','version coquine','cochhon','versione spinta','versioni spinte','foto spinte','foto hot','versao hot','version hot','photos hott','fotos hot','guarrete','guarrilla',
    'sedutor','sedutora','seductora','mirada seductora','sguardo seducente','verfuhrerischer blick','verfuhrerisch','verfuhrerischer','in ecchi pose','ecchi','pin up','pinup','pornstar','pornostar','camgirl',
    'nuisette transparente','intimo ammiccante','revealing outfit','arevealing outfit','hardly dressed','barely clothed','skimpily dressed','skimpy outfit',
    'provocante','de forma provocante','provocativa','provocative','insinuante','suggestive pose','suggestively','sexy pose','pose sexy','pose sensual','pose sensuelle','posa sensuale','in posa sensuale','olhar sedutor','sensual','sensuale','sensuelle','de forma sexual',
    'sin nada de ropita','ganz ohne was','naкed','nacкt','ηuda','nudo di','nuad','ndua','nuaa','naackt','nnackt','nnude','nssfw','nsffw','nnsfw','nsfww','anude','desnude','pono','prno','pornno','porηo','ppornofilm','pornoofilm','heηtai','hantau','ruleea','rule 34444','toplses','oben ohηe','sins nuss','desnada','peelada')
for e in ['sex education','sexual education','education sexuelle','educazione sessuale','educacion sexual','educacao sexual','sexualkunde','sexuelle aufklarung','sexualerziehung','sexual health','sexuelle gesundheit','salud sexual','sante sexuelle','salute sessuale','saude sexual',
          'sexuelle identitat','identite sexuelle','orientation sexuelle','sexuelle orientierung','orientamento sessuale','orientacion sexual','orientacao sexual','sexuelle belastigung','harcelement sexuel','molestie sessuali','sexual harassment','acoso sexual','assedio sexual',
          'education sexuelle pour','sexuelle bildung','sexuell missbraucht','sexuellen missbrauch','sexueller missbrauch','abus sexuel','abus sexuels','abuso sessuale','abusi sessuali','abuso sexual','abusos sexuales','sexually abused','violences sexuelles','violenza sessuale','violencia sexual','sexuelle gewalt','pin up board','pin up a poster','sensual seasoning']:
    ben(e, *[t for t in T if t in e.split() or t==e or (' ' in t and t in e)])
# undress / see-through requests on a photo: a child and an edit context
UD='minors_undress'
add(UD,'see through','see thru','533 through','x ray her','x ray his','x ray the clothes','x ray her clothes','xray her','inpaint bare skin','fill with skin','mit haut auf','remplis avec de la peau','pele nua','piel desnuda',
    'show what s under','ce qu il y a sous','quello che c e sotto','le forme sotto','o que tem por baixo','sotto il tessuto','sotto il vestito','sous la robe','debajo del vestido','unter dem kleid',
    'without her costume','without his costume','withouthercostume','without her clothes','without his clothes','without her swimsuit','ohne kostum','ohne kleider','ohne klamotten','sin el disfraz','sans son costume','sem a fantasia','sema fantasi','senza il costume',
    'und ress','un dress','undres','ausziehen','ausziehst','die klamotten weg','klamotten weg','kleider weg','badehose weg','badeanzug weg','klamotten verschwinden','kleidung verschwinden','entferne die bluse','entferne das top','entferne das kleid',
    'remove her clothes','remove his clothes','remove the clothes','mask the clothes','erase the clothes','erase her clothes','quita la ropa','kitale la ropita','quitale el uniforme','quites el uniforme','borra el maillot','borra la ropa','quiar rpoa','desviste','desvistela','desnudala','desnudalo','sacala desnuda',
    'retire le maillot','retire le t shirt','retire la culotte','retire la robe','enleve le pyjama','enleve lui tout','enleve les vetements','enlev les fringues','enleve les fringues','deshhabiller','mets la nue','vetements transparents','rends transparents','transparents les vetements',
    'svesti','svestire','svestila','svestilo','spogliala','spoglialo','leva i vestitini','toglili i vestiti','toglili ii vestti','toglile i vestiti','cancella il body','cancella il costume','metti a nudo',
    'tira a roupinha','tyra a roupinha','tira a roupa dela','apaga o collant','apaga o vestido','apaga a roupa','elimina a roupa','app de tirar roupa','bot de despir','bot de desnudar','bot per spogliare')
for g in ['swimsuit','shirt','dress','clothes','top','pants','shorts','underwear','uniform','school uniform','pajamas','pyjamas','leotard','bikini','skirt','costume','t shirt']:
    add(UD, f'take off the {g}', f'take off her {g}', f'take off his {g}', f'{g} see through', f'her {g} see through')
    if g not in ('top','uniform','costume'): add(UD, f'remove her {g}', f'remove his {g}', f'erase her {g}', f'erase his {g}')
for g in ['roupa','ropa','vestiti','kleidung','vetements','pijama','pigiama','schlafanzug']:
    add(UD, f'{g} transparente', f'{g} dela transparente', f'{g} durchsichtig', f'{g} trasparente', f'{g} trasparenti')
add(UD)
add('nudity','deixa pelada','deixar pelada','deixe pelada','ficaria pelada','ficar pelada','toda pelada','todo pelado','anos pelada','anos pelado','ano pelada','ano pelado','menina pelada','garota pelada','novinha pelada','aluna pelada','filha pelada','sobrinha pelada','enteada pelada','menor pelada','e pelada','pelada na cama','pelada para a camera',
    'rende nudo','completamente nudo','tutto nudo','versione nuda','nude photo','nude picture','nude pics','naked photo','naked pics','nude pic')
for b in ['jogando pelada','jogar pelada','jogam pelada','uma pelada','na pelada','da pelada','pelada de futebol','pelada no campo','pelada na praia','pelada na rua','pelada no campinho']:
    ben(b, *[t for t in ['e pelada','toda pelada','menina pelada','garota pelada'] if t in b])
# adult partner + bed scene
AD='minors_adult'
add(AD,'older man','grown man','adult man','with an adult','older boyfriend','grown men','adult men','alten mann','alteren mann','erwachsenen mann','fremder mann','mit einem erwachsenen','hombre mayor','con un adulto','homme age','avec un adulte','un monsieur','avec un monsieur',
    'uomo adulto','con un adulto','homem mais velho','homem adulto','com um adulto')
BED='minors_bed'
add(BED,'in bed with','under the sheets','wedding night','noche de bodas','hochzeitsnacht','nuit de noces','noite de nupcias','prima notte di nozze','sotto le lenzuola','sous les draps','unter der bettdecke')
# weak age cues: young-looking / de-ageing / age probing; only with nudity, explicit, nudify
AW='minors_agecue'
for p in ['how young','wie jung','hasta que edad','jusqu a quel age','ate que idade','age slider','lora age slider','look younger','looks younger','de age','de aged','deage','make her younger','make her look younger',
          'ringiovanisci','ringiovanita','rejuvenecida','rejuvenece','rajeunis','rajeunie','verjunge','verjungt','junger bis','parecer mais nova','sembrare piu piccola',
          'but she s 18','aber sag sie ist 18','dice que tiene 18','dice di avere 18','elle dit avoir 18','diz que tem 18','says she s 18','gerade volljahrige','appena maggiorenne','acabou de fazer 18','recien cumplida','tout juste 18','barely 18','pas une de 18','nao dessas de 18','no de 18',
          'flat chest','flachbrustig','pecho plano','poitrine plate','petto piatto','peito reto','randoseru','petite young','young petite','young fresh','blutjung','jovencita y fresquita','toute jeunette','bem ninfeta','sweet little','susse kleine']:
    add(AW,p)
# strong age cues: an under-age threshold said obliquely or adult steered away in the negative prompt
AS='minors_agestrong'
for p in ['under','unter','menos de','moins de','meno di','sotto i']:
    for n in ['1 3','1 2','1 4','1 0','1 1','1 5','1 6']: add(AS, f'{p} {n}')
add(AS,'negative prompt adult','negativ prompt erwachsen','prompt negativo adulta','prompt negatif adulte','prompt negativo adulto','negative prompt mature','negative adult','negativ erwachsen')
ben('negative prompt adult content','negative prompt adult')

# ---- round 2 additions
add('minor_ambiguous','a pequena','uma pequena','a miuda','uma miuda')
for n in nums('pt',5,17):
    add(SMA, f'de turma de {n}', f'de sala de {n}')
for n in nums('es',5,17):
    add(SMA, f'de clase de {n}')
add(UD,'strip the boy','strip the girl','strip the kid','strip the child','strip her','strip him','avec de la peau','remplis de peau','masque les vetements','maskier die kleidung','enmascara la ropa','maschera i vestiti','mascara a roupa',
    'freimachen','sich freimachen','auszieht','sich auszieht','fur einen fremden auszieht')
add(AD,'einen fremden','fur einen fremden','a stranger','for a stranger','un extrano','para un extrano','un inconnu','pour un inconnu','uno sconosciuto','um estranho','para um estranho')
add(SX,'des cochonneries avec','cochonneries avec un','esplicito','esplicita','espliciti','esplicite','expilcito','versione esplicita','in versione esplicito')
add('minor','kind nackt','kind nackig','ch ld','the ch ld','ch1ld','chlld')
for g in ['quarto','quinto','sexto','setimo','oitavo','nono']:
    add('minor', f'no {g} ano', f'ta no {g} ano', f'esta no {g} ano')
add('nudity','como dios la trajo','como dios lo trajo','aninhos pelada','aninhos pelado')
for n in nums('pt',5,17): add('nudity', f'{n} pelada', f'{n} pelado')
add('edit_context','vorher nachher','before after','before and after','antes y despues','avant apres','prima e dopo','antes e depois')
add(AW,'scende con l eta')
PZ='minors_pizza'; RL='minors_real'; KW='minors_kidword'
add(PZ,'cheese pizza','pizza de queso','pizzadequeso','pizza de queijo','pizzadequeijo','pizza al formaggio','pizza au fromage','kasepizza','cheesepizza')
add(RL,'the real kind','de verdad','de verdade','la vraie','quella vera','die echte','real kind')
add(KW,'avec des petites','con le piccole','com as pequenas','las de crias','de las de crias','young girls','young boys','little girls','little boys','kleine madchen')

# ---- round 3
add(UD,'tirando a roupa','tirando a roupinha','zieht sich aus','desvistiendose','desvistiendola','se desnuda','se desviste','se despindo','se deshabille','se deshabillant','si sta spogliando','tirando la ropa','quitandose la ropa','enleve ses vetements','undressing herself',
    'show what s under','what s under her','what s under his','what is under her','sous la robe','sous sa robe','sous ses vetements','sous le maillot','sotto il vestito','sotto la gonna','sotto i vestiti','por baixo do vestido','por baixo da roupa','debajo de la ropa','unter der kleidung',
    'posa ammiccante','in posa ammiccante')
add(SX,'posa ammiccante','in posa ammiccante','intimo ammiccante','inntimo ammiccante')
for g in ['jacke','mutze','schuhe','mantel','handschuhe','pullover','stiefel','brille','helm','kapuze','socken']:
    ben(f'{g} ausziehen','ausziehen'); ben(f'{g} auszieht','auszieht')
CAM='minors_cam'
add(CAM,'webcam','vor der webcam','na webcam','en la webcam','devant la webcam','davanti alla webcam','on webcam','on a webcam','webcam standbild','fotograma de webcam','cam show','camshow')
ST='minors_seethru'
add(ST,'transparent','transparente','transparentes','transparents','durchsichtig','trasparente','trasparenti','see through','see thru','translucent','sheer','durchscheinend','transparence')
for b in ['background transparent','transparent background','fondo transparente','fond transparent','sfondo trasparente','hintergrund transparent','hintergrund durchsichtig','fundo transparente','transparent png','png transparente','png transparent','fondo trasparente',
          'transparent umbrella','paraguas transparente','parapluie transparent','ombrello trasparente','guarda chuva transparente','regenschirm transparent','transparente fenster','transparent window','glass','transparent glass','vidrio transparente','verre transparent','vetro trasparente','vidro transparente']:
    ben(b, *[t for t in ['transparent','transparente','transparents','durchsichtig','trasparente'] if t in b.split()])
for b in ['of the frame','del encuadre','du cadre','dell inquadratura','do enquadramento','des bildes','de la imagen','de l image','dell immagine','da imagem']:
    for p in ['under 1 3','menos de 1 3','moins de 1 3','meno di 1 3','unter 1 3']:
        pass
for n in ['1 3','1 2','1 4']:
    for p in ['under','menos de','moins de','meno di','unter']:
        ben(f'{p} {n} of', f'{p} {n}'); ben(f'{p} {n} de', f'{p} {n}'); ben(f'{p} {n} del', f'{p} {n}'); ben(f'{p} {n} des', f'{p} {n}'); ben(f'{p} {n} dell', f'{p} {n}'); ben(f'{p} {n} da', f'{p} {n}')
ben('sexually transmitted','sexually')
for e,ms in [('educacion sexual',['sexual']),('educacao sexual',['sexual']),('sexual education',['sexual']),('sexual health',['sexual']),('salud sexual',['sexual']),('saude sexual',['sexual']),('orientacion sexual',['sexual']),
             ('orientacao sexual',['sexual']),('sexual orientation',['sexual']),('education sexuelle',['sexuelle']),('sante sexuelle',['sexuelle']),('orientation sexuelle',['sexuelle']),('identite sexuelle',['sexuelle']),
             ('educazione sessuale',['sessuale']),('salute sessuale',['sessuale']),('orientamento sessuale',['sessuale']),('identidad sexual',['sexual']),('identidade sexual',['sexual']),('diversidad sexual',['sexual']),('diversidade sexual',['sexual']),
             ('sexual abuse prevention',['sexual']),('prevencion del abuso sexual',['sexual']),('prevention des abus sexuels',['sexuels'])]:
    ben(e,*ms)

# ---- round 4: mask French/Spanish "son" (his/her; they are) and Portuguese "cria" (create) where base reads them as a child
for p in ['sous','sans','sur','remplace','garde','perdu','promene','tenant','lisant','brandit','raconte','aiguise','lance','pendant','derriere','passe','fait','voir','mettre','allaite','en','contre','vers','depuis','selon','caresse','embrasse','regarde','enlace','montre','ouvre','ferme','porte','tient','serre','quitte','rejoint','attend','contemple','ajuste','deboutonne','leve']:
    ben(f'{p} son','son')
for n in ['chemisier','jean','pantalon','t shirt','pull','manteau','ami','amie','mari','amant','amoureux','copain','fiance','epouse','partenaire','petit ami','costume','uniforme','peignoir','chapeau','telephone','miroir','reflet','epaule','cou','dos nu','decollete','sourire','corset','body','bikini','kimono','tablier','velo','cheval','jardin','appartement','canape','bain','bain moussant','corps nu','ventre','visage','buste','torse','bras','nombril','cou','oreiller','drap','peignoir','jupon','collier']:
    ben(f'son {n}','son')
for p in ['ya','estos','estas','todos','todas','si','ambos','ambas','cuando','porque','quienes','donde','aqui','dos mujeres que','tambien','mujeres','hombres','ellos','ellas']:
    ben(f'{p} son','son')
for n in ['amantes','pareja','novios','novias','hermanas','hermanos','gemelas','gemelos','amigas','sexys','sensuales','mas','como','del','parte','adultos','adultas','mayores','de edad','reales','perfectas','hermosas','guapas']:
    ben(f'son {n}','son')
for n in ['uma','um','a','o','me','para','imagem','foto','fotos','ilustracao','desenho','arte','cena','retrato','pintura','video','capa','logo','poster','banner','versao','ai','agora','rapidamente','com']:
    ben(f'cria {n}','cria'); ben(f'crie {n}','crie')

# ---- round 5: numbers that are heights, ratings, counts, not ages
for n in nums('es',5,17):
    if n not in ('10','diez'): add(SMA, f'chica de {n}', f'chico de {n}')
UNITS=['feet','ft','foot','inches','inch','cm','m','meters','metres','meter','out','times','bit','stars','percent','kg','lbs']
PRE=('she s','she is','he s','he is','is only','who is only','girl is','boy is','looks','she looks','make her','make him','sie ist','er ist','ist erst')
for t in list(T):
    if SMA in T[t]:
        w=t.split()
        if w[-1].isdigit() and len(w)<=3 and t.startswith(PRE):
            for u in UNITS: ben(f'{t} {u}', t)
for p in ['10 10','10 out of 10','perfect 10','a 10','nota 10','une 10','un 10','una de 10']:
    ben(p, *[t for t in T if SMA in T[t] and t.endswith(' 10')])

rules=[['minor',SX],[SMA,SX],
       ['minor','edit_context',UD],[SMA,'edit_context',UD],['minor_ambiguous','edit_context',UD],
       ['minor',AD,BED],[SMA,AD,BED],
       [AW,'nudity'],[AW,'explicit'],[AW,'nudify'],
       [AS,'nudity'],[AS,'explicit'],[AS,'nudify'],[AS,'innuendo'],[AS,AW],
       [PZ,RL,'minor'],[PZ,RL,'minor_ambiguous'],[PZ,RL,KW],['minor',AD,UD],[SMA,AD,UD],['minor',CAM,UD],[SMA,CAM,UD],
       ['minor','edit_context','clothing',ST],[SMA,'edit_context','clothing',ST],['minor_ambiguous','edit_context','clothing',ST]]
import sys
for t in list(T):
    if len(t.split())>4: print('TOO LONG',t,file=sys.stderr); del T[t]
out={'terms':{k:sorted(v) for k,v in sorted(T.items())},'benign':{k:sorted(set(v)) for k,v in B.items() if v},'rules':{'minors.sexual':{'when':rules}}}
json.dump(out,open('policy/minors.json','w'),ensure_ascii=False,indent=0)
print(len(out['terms']),len(out['benign']),len(rules))
