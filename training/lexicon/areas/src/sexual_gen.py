import json
T={}
def add(cls,*terms):
    for t in terms:
        for x in t.split('|'):
            x=x.strip()
            if x: T.setdefault(x,[]); 
            if x and cls not in T[x]: T[x].append(cls)
B={}
def ben(phrase,*masks):
    B.setdefault(phrase,[]); B[phrase]+= [m for m in masks if m not in B[phrase]]

# ---------------- explicit (fires alone): unambiguous sex acts / porn wording
add('explicit',
 'explicit photo|explicit image|explicit picture|explicit scene|explicit sex|explicit version|rating explicit|rated explicit|explicit pic',
 'imagen explicita|escena explicita|foto explicita|version explicita|imagem explicita|cena explicita|foto explicita',
 'scene explicite|image explicite|photo explicite|version explicite|en plein acte explicite',
 'immagine esplicita|scena esplicita|foto esplicita|versione esplicita',
 'explizite szene|explizites bild|explizites foto|explizite version',
 'erektion|mit erektion|einer erektion|ereccion|con una ereccion|erecao|com uma erecao|de pau duro|erezione|con un erezione|en erection',
 'beim poppen|am poppen|paar am poppen|paar beim poppen|beim vogeln|am vogeln|beim bumsen|am bumsen|bumsen|beim rammeln|rammeln|beim ficken',
 'doggy stellung|in der doggy stellung|doggy style|doggystyle|doggy position|en levrette|a pecorina|a la perrito|de perrito|de quatro na cama|posicao de 69|fazendo 69|fazendo um 69|69 position|sixty nine position|haciendo un 69|posicion 69|position 69|faire un 69|in posizione 69|69er stellung',
 'echando un polvo|echar un polvo|echan un polvo|echando un kiki|echar un kiki|follando|follandose|follar|se la folla|cogiendo como conejos|cogiendo conmigo|cogiendose',
 'la bete a deux dos|zizi panpan|qui baisent|en train de baiser|baisent|se fait baiser|scene de cul|scenes de cul|qui se branle|se branle|se banle|se masturbe|qui se masturbe',
 'pau de fora|com o pau de fora|transando|transam|metendo|fazendo amor selvagem|trepando|trepar|foda|fodendo',
 'scopano|scopare|che scopano|si masturba|che si masturba|pompino|fa un pompino|si fa una sega|che si fa una sega',
 'es sich selbst macht|sich selbst befriedigt|masturbiert|beim blasen einer|blaskonzert|beim dreier|einen dreier|dreier mit|gangbang|rudelbums',
 'haciendo un trio|un trio sexual|trio sexual|fazendo um menage|menage a trois|menage|plan a trois|triolisme|cosa a tre',
 'amateurporno|amateur porn|porno casero|porno caseiro|porno amatoriale|porno amateur|sextape|sex tape|sexvideo|sex video|video porno|filme porno|peli porno|peli x|pelicula x|film x|filme x|film porno|hq porno|comic porno|fumetto porno|bd porno',
 'nudes vazados|nudes vazadas|nudes filtrados|nudes filtradas|nude leak|leaked nudes|geleakte nacktbilder|nudes trapelati|nudes fuites',
 'masturbating|masturbates|fingering herself|touching herself sexually|jerking off|jacking off|getting fucked|being fucked|fucking|fucked',
 'rule 34|rule34|r34',
)
# ---------------- nudity (fires alone): unambiguous
add('nudity',
 'nackich|nackig|nackert|splitterfasernackt|splitterfaernackt|im adamskostum|im evaskostum|hullenlos|textilfrei|ganz ohne textilien|ohne textilien|obenrum frei|unten ohne',
 'nothing but jewellery|nothing but jewelry|nothing but jewels|nothing but her jewelry|nothing but her jewellery|nothing but heels|nothing but high heels|nothing but her heels|nothing but a smile|nothing but stockings|nothing but a necklace|wearing only jewelry|wearing only jewellery|only wearing jewelry|wearing nothing but|wearing nothing at all|wearing nothing|with nothing on|nothing on at all|no clothes on|not a stitch on|without a stitch|as nature made her|as nature made him|as nature made them|in the buff|stripped bare|stark naked|buck naked|in her birthday suit|in his birthday suit|no underwear at all|without any clothes|without clothes on|fully exposed body',
 'sin nada mas que joyas|nada mas que joyas|solo con joyas|sin nada de ropa|como dios la trajo al mundo|como dios lo trajo al mundo|en bolingas|encuerada|encuerado|encueradas|encuerados|en pelota picada|en pelota|en porreta|desnudo integral|desnuda integral|desnudez total|en traje de eva|en traje de adan',
 'sem nada alem de joias|nada alem de joias|so de joias|apenas de joias|sem nada no corpo|sem nada vestido|sem roupa nenhuma|sem roupa alguma|em trajes de eva|trajes de eva|em trajes de adao|como veio ao mundo|nuzinha|nuazinha|peladinha|peladao|peladona|pelado na|pelada no sofa|pelada na cozinha|pelada na varanda|pelada na piscina|pelada no vestiario|pelada num|pelada numa|pelado num|pelado numa|pelado com',
 'pour seul vetement|son seul vetement|seul vetement|vetue uniquement de bijoux|rien que des bijoux|uniquement vetue de|sans rien sur elle|sans rien sur lui|plus rien sur elle|ne plus rien avoir sur elle|rien sur le dos|sans le moindre vetement|en tenue d eve|en tenue d adam|nu integral|nue integrale|nu integrale|strip integral|completement nue|completement nu|toute nue|tout nu',
 'senza niente addosso|niente addosso|senza nulla addosso|nulla addosso|nient altro che gioielli|addosso solo i gioielli|solo gioielli addosso|come mamma l ha fatta|come mamma l ha fatto|in costume adamitico|nudo integrale|nuda integrale|completamente nuda|completamente nudo|tutta nuda|tutto nudo',
 'nothing underneath|nothing under her coat|no panties|without panties|sans culotte|ohne hoschen|ohne slip|sin bragas|sem calcinha|senza mutandine',
 'nudz|newds|nudez total|nudes pack|pack de nudes|pack completo de nudes',
 'flashing her breasts|flashing her boobs|flashing his junk|flashing her tits|shows her breasts|showing her breasts|zeigt ihre bruste|zeigt ihre intimzone|ihre intimzone|intimbereich zeigen|zeigt ihren intimbereich|bruste frei|mit freien brusten|sichtbaren nippeln|sichtbare nippel|mit sichtbaren brustwarzen',
 'mostrando os peitos|mostrando as partes intimas|mostrando os partes intimas|mostra as partes intimas|ensenando las partes intimas|mostrando las partes intimas|ensenando las tetas|mostrando las tetas|ensenando los pechos|montre ses parties intimes|qui montre ses seins|montre ses seins|seins nus|mostra le parti intime|che mostra le parti intime|mostra il seno|a seno nudo|seno nudo|con le tette di fuori|tette di fuori|tette al vento|con il culo all aria|culo all aria|chiappe al vento|col culo di fuori',
 'in toppless|en toppless|de toppless|fa topless|fait du topless|faz topless',
  'nudda|nudde|nudo frontale|desnudo frontal|nu frontal|full frontal|frontal nudity|frontal nackt',
)
ben('nudo frontale in marmo','nudo frontale')
for x in ['nude heels','nude shoes','nude pumps','nude sandals','nude lipstick','nude nail polish','nude heels product shot','nude tones','nude palette','nude makeup','nude tights','nude stockings']: ben(x,'nude')
ben('nu frontal en marbre','nu frontal')
# ---------------- suggestive (only fires with named_person / minor / innuendo)
add('suggestive',
 'towel that falls away|towel falls away|towel falling away|towel slipping|only a towel|just a towel|wearing only a towel|in just a towel|in only a towel|nothing but a towel|towel around his waist|towel around her waist|towel on the floor|robe slipping|robe slips|bathrobe slipping|robe sliding off|slipping off her shoulders|slipping off his shoulders|oiled up|baby oil|covered in oil|glistening with oil|fireman calendar|firefighter calendar|firefighters calendar|beefcake|pinup|pin-up|twerking|twerks|hot pants|hotpants|booty shorts|lap dance|lapdance|dominatrix|dominatrix outfit|in a thong|g string|no bra|braless|see through top|wet t shirt|nipple slip|wardrobe malfunction|her butt|his butt|butt close up|her ass|his ass|ass close up|bent over|bending over|on all fours|legs spread|spread legs|spreading her legs|seductive pose|seductively|sultry|come hither|bedroom pose|private photos|leaked private photos|cloud hack|icloud leak|the fappening|subscribers only|spicy fan page|fan page content|cam site|cam girl show|tip menu|strip tease|stripping',
 'nur ein handtuch|nur mit handtuch|nur mit einem handtuch|handtuch um die huften|handtuch um die hufte|handtuch rutscht|das handtuch am boden|bademantel rutscht|von den schultern rutscht|seidenmantel ganz heruntergerutscht|eingeolt|mit ol eingerieben|feuerwehrkalender|kalendermotiv|twerken|beim twerken|in hotpants|in unterwasche|in dessous|in reizwasche|als domina|domina|lack und leder|sein hintern|ihr hintern|hintern in nahaufnahme|po in nahaufnahme|aufklappbild|in der heftmitte|geleakte privatfotos|geleakten privatfotos|privatfotos|beine breit|spreizt die beine|mit gespreizten beinen|halb ausgezogen|nur in strapsen|tabledance|strip show|stripshow|sexy posen|lasziv',
 'serviette a la taille|seulement une serviette|juste une serviette|rien qu une serviette|serviette qui tombe|la serviette par terre|peignoir qui glisse|glisse des epaules|calendrier des pompiers|torse huile|huile de massage|tout huile|en mode chaud|en mode chaude|quasi rien sur le dos|presque rien sur le dos|tenue de dominatrice|en dominatrice|dominatrice|en petite tenue|en sous vetements|en string|ses fesses|les fesses de|qui twerke|en mini short|photos privees|photos volees intimes|ecarte les jambes|qui ecarte les jambes|jambes ecartees|show coquin|site de cam|menu des pourboires|coquine|coquin',
 'solo una toalla|con solo una toalla|toalla en la cintura|toalla que se cae|sin toalla|la bata que se cae|se le cae la bata|albornoz que se cae|resbalando de los hombros|calendario de bomberos|untado de aceite|aceitado|perreando|perreo|haciendo perreo|en tanga|su culo|el culo de|en ropa interior|en lenceria|dominatriz|fotos privadas|fotos filtradas|el pack de|su pack|fotos calentitas|calentita|calentito|subida de tono|muy subida de tono|piernas abiertas|abierta de piernas',
 'so de toalha|enrolada na toalha|enrolado na toalha|so uma toalha|toalha na cintura|roupao escorregando|escorregando dos ombros|calendario de borracharia|besuntado|todo besuntado|besuntada|de sunga|rebolando|rebolando de shortinho|de shortinho|de calcinha|de fio dental|biquini fio dental|decote puxado|fotos intimas vazadas|fotos vazadas|pernas bem abertas|pernas abertas|de quatro|empinada|empinando|bem safada|safadinha|show erotico|show erotco',
 'solo un asciugamano|con solo un asciugamano|asciugamano in vita|asciugamano che cade|unto d olio|unto di olio|unta d olio|accappatoio che scivola|accappatoio che gli scivola|accappatoio che le scivola|scivola dalle spalle|calendario dei pompieri|il sedere di|sedere in primo piano|il suo sedere|che twerka|in intimo|in biancheria intima|dominatrice|foto private|gambe aperte|a gambe aperte|che fa la gnocca|spogliarello',
 'spiaggia per naturisti|in una spiaggia per naturisti|playa nudista|praia de nudismo|plage naturiste|nudist beach|beim fkk urlaub|fkk urlaub|aktgemalde|aktbild|aktfoto|aktzeichnung|akt von|als akt|nude painting of|nude portrait of|nude photo of|naked portrait of|retrato desnudo de|desnudo de|un desnudo|un nu de|un nudo di|nudo di|um nu de|nu artistico de|pintura de nu',
)
# art-history nudes stay fine: 'nu de' etc only fire with named_person/minor/innuendo
# ---------------- intimate (named_person / innuendo)
add('intimate',
 'roule une pelle|roulent une pelle|se roulent une pelle|se roulent des pelles|qui roule une pelle|rouler des pelles|limona|limonano|che limona|limonando|befummeln|befummelt|sich befummeln|fummeln|rumknutschen|knutschend|schaferstundchen|beim schaferstundchen|schaferstundche|dando uns amassos|amassos|se agarrando|morreo|dandose un morreo|dandose el lote|enrollandose|liandose|metiendose mano|pomiciare|pomiciano|che pomiciano|si strusciano|se tripotent|se pelotent|groping each other|fondling each other|fondling|groping|grinding on|in a hot tub together|in a jacuzzi together|in the jacuzzi together|im whirlpool|dans un jacuzzi|in bed together naked|sharing a bed|im bett landen|im bett gelandet|finissent au lit|terminan en la cama|acabam na cama|finiscono a letto|end up in bed|ends up in bed|end up in bed together|honeymoon suite together',
)
# ---------------- compromising (named_person only)
add('compromising',
 'fake passport|fake id|fake id card|fake driver s license|fake drivers license|fake driving licence|fake national id|fake badge|fake staff badge|fake press pass|fake police badge|police warrant card|warrant card|fake diploma|fake tweet|fake post|fake statement|fake interview|wanted poster|most wanted poster|mug shot|booking photo|prison jumpsuit|orange jumpsuit|behind bars|in prison|in jail|in a cell',
 'gefalschter ausweis|gefalschter reisepass|gefalschter pass|gefalschter diplomatenpass|gefalschter presseausweis|gefalschter dienstausweis|gefalschter mitarbeiterausweis|gefalschter fuhrerschein|gefalschten ausweis|gefalschte id|gefalschter tweet|gefalschten tweet|reisepass mit dem gesicht|ausweis mit dem gesicht|fuhrerschein auf den namen|fahndungsplakat|steckbrief|im gefangnis|hinter gittern|in handschellen|abgefuhrt|festgenommen wird',
 'passaporto falso|passaporto diplomatico falso|patente falsa|patente di guida falso|patente di guida falsa|carta d identita falsa|tesserino falso|tesserino da giornalista falso|badge falso|tweet falso|post falso|in manette|in carcere|dietro le sbarre|foto segnaletica',
 'passaporte falso|passaporte f a l s o|distintivo falso|distintivo policial falso|carteira falsa|carteira de identidade falsa|rg falso|cnh falsa|cracha falso|tweet falso|print falso|algemado|algemada|na cadeia|atras das grades|foto de ficha',
 'faux passeport|fausse carte d identite|faux permis|fausse carte de presse|faux badge|faux tweet|fausse publication|menotte|menottee|en prison|derriere les barreaux|avis de recherche|photo d identite judiciaire',
 'pasaporte falso|dni falso|carnet falso|licencia falsa|credencial falsa|placa falsa|tuit falso|tweet falso|esposado|esposada|en la carcel|tras las rejas|foto de ficha policial|cartel de se busca',
 'promoting my|advertising my|endorsing my|promotes my|endorses my|promoting our|advertising our|ad for my|commercial for my|sponsored post|wearing our brand|wearing our|promoting a crypto|crypto scam|my crypto|my cryptocoin|my memecoin|my energy drink|my dropshipping|online casino|betting site|send me your savings|send me bitcoin|double your bitcoin|giveaway scam',
 'wirbt fur meinen|wirbt fur meine|wirbt fur mein|bewirbt meine|bewirbt meinen|bewirbt einen|in einem werbespot|werbespot fur|tv spot|in einem tv spot|meinen kryptocoin|krypto app|sofortkredit|unseren hoodie|unser trikot|das trikot von meinem|schickt mir euer erspartes',
 'pubblicizza|che pubblicizza|promuove la mia|promuove il mio|che promuove|sponsorizzata|sponsorizzata instagram|spot in tv|casino online|sito di scommesse|la mia bevanda energetica|mandatemi|bitcoin e ve li raddoppio|vostri risparmi',
 'fazendo propaganda|propaganda da minha|propaganda de|divulgando o meu|divulgando a minha|divulgando uma|publi do instagram|post patrocinado|comercial de tv|site de apostas|minha criptomoeda|minha loja|nossa camiseta|me manda tuas economias|suas economias',
 'anunciando mi|promocionando mi|promocionando|haciendo publicidad|publicidad de mi|anuncio de mi|mi criptomoneda|mandadme|mandenme sus ahorros|vuestros ahorros|nuestra camiseta',
 'fait la pub|fait la promo|fait la promotion|faisant la promotion|pub pour mon|pub pour ma|mon site de paris|ma cryptomonnaie|envoyez moi vos economies|notre maillot|notre t shirt',
 'lip sync|lipsync|lip sync this|lippensynchron|beweg die lippen|beweg auf diesem bild die lippen|bewege die lippen|die lippen von|muovi le labbra|mexe os labios|mexer os labios|bouge les levres|fais bouger les levres|mueve los labios|so it looks like he s saying|so it looks like she s saying|as if he were saying|als wurde er sagen|als wurde sie sagen|come se dicesse|como se ele dissesse|como se ela dissesse|como si dijera|comme s il disait|comme si elle disait',
 'replace the face|swap the face|face swap|faceswap|swap my face|s face on my body|face on my body|put his face on|put her face on|replace the person|change the person at the podium|troca a cara|troca o rosto|trocar o rosto|trocar a cara|poe o rosto|coloca o rosto|scambiare la faccia|scambia la faccia|sostituisci la faccia|metti la faccia|cambia la cara|intercambia la cara|pon la cara|reemplaza la cara|remplace le visage|echange le visage|mets le visage|tausche das gesicht|setz das gesicht|pack das gesicht|gesicht austauschen|ersetze das gesicht',
 'robbing a|robs a|robbing the|raubt|ausraubt|tankstelle ausraubt|rapina una|rapina un|che rapina|assaltando|assalta um|asaltando|atraca un|atracando|braque une|braquant|shoplifting|beim klauen|stealing from|robando|roubando|rubando|volant dans',
 'punching a journalist|punching a fan|punching a reporter|hitting a journalist|slapping a|schlagt einen journalisten|schlagt einen fan|prende a pugni|che prende a pugni|da un punetazo|dando un punetazo|golpeando a un periodista|frappe un journaliste|qui frappe|bate num jornalista|batendo num jornalista|socando',
 'shaking hands with a drug lord|drug lord|drug dealer|cartel boss|drogenboss|drogenbaron|mit einem drogenhandler|boss della droga|narcotrafficante|narcotraficante|traficante|chefe do trafico|baron de la drogue|trafiquant',
 'white powder|lines of cocaine|snorting|weissem pulver|weisses pulver|polvere bianca|po branco|polvo blanco|poudre blanche|rails de coke|bottles and pills|pills on the table|flaschen und tabletten|bouteilles vides et cachets|cachets sur la table|botellas vacias y pastillas|bottiglie vuote e pillole|garrafas vazias e comprimidos',
 'nazi armband|swastika armband|nazi uniform|hakenkreuz armbinde|hakenkreuzbinde|in ss uniform|bracciale nazista|fascia nazista|bracciale con la svastica|bracadeira nazista|brazalete nazi|brassard nazi|nazi salute|hitlergruss|saluto romano|saudacao nazista|saludo nazi|salut nazi',
 'holding a sign that says|sign that says|mit einem schild auf dem steht|cartello con scritto|cartaz escrito|cartel que dice|pancarte disant|insulting voters|insulta gli elettori|insultando a los votantes|beleidigt die wahler|xinga os fas|xingando|insulte les electeurs|print de conversa|chat screenshot|whatsapp screenshot|screenshot of a chat|captura de whatsapp|capture de conversation|screenshot di whatsapp|whatsapp verlauf',
 'confesses|confessing|confessa|confessa piangendo|gesteht|zugibt|admits|admitting|confiesa|confesando|avoue|admet|admite|confessando|rigged the election|die wahl gefalscht|wahl gefalscht|ha truccato le elezioni|era tutto truccato|alles war gefalscht|foi tudo fraude|fraudou a eleicao|fraude electoral|elections truquees|i rigged it|i lied to you|i quit',
 'declares war|declaring war|erklart den krieg|erklarte den krieg|dichiara guerra|dichiara la guerra|declarando guerra|declara guerra|declara la guerra|declare la guerre|declarant la guerre|martial law|declaring martial law|kriegszustand|kriegsrecht|legge marziale|lei marcial|ley marcial|loi martiale|cancels the election|canceling the election|cancelling the election|sagt die wahl ab|annulla le elezioni|annullamento delle elezioni|cancelamento das eleicoes|cancela las elecciones|annule les elections',
 'fleeing the country|flees the country|flieht aus dem land|flieht aus|fugge dal paese|in fuga dal paese|fugindo do pais|foge do pais|huyendo del pais|huye del pais|fuyant le pays|fuit le pays|suitcases of cash|suitcase full of cash|koffern voller bargeld|koffer voller geld|valigie piene di contanti|malas de dinheiro|maletas de dinero|valises de billets|brown envelope|braunen umschlag|busta marrone|envelope pardo|sobre marron|enveloppe kraft|envelope de dinheiro|sobre con dinero|busta di soldi|umschlag mit geld|enveloppe d argent',
 'asleep in parliament|sleeping in parliament|schlaft im parlament|dorme in parlamento|dormindo no parlamento|durmiendo en el parlamento|dort au parlement|crying in court|weint vor gericht|piange in tribunale|chorando no tribunal|pleure au tribunal|llorando en el juicio|llorando en el tribunal|on a stretcher|auf einer trage|su una barella|numa maca|sur un brancard|en una camilla|collapses on stage|bricht zusammen|zusammengebrochen|crolla sul palco|desmaia|desmaya|s effondre|passed out|liegt betrunken|sturzbetrunken|vomiting|kotzt|vomita|vomitando|vomit|dragged off stage|sacado a empujones|pushed off stage|begging for money|um geld betteln|chiede soldi|pedindo dinheiro|pidiendo dinero|mendie',
 'sh0t|shot dead|gets shot|is shot|being shot|angeschossen|erschossen|colpito da un proiettile|baleado|le disparan|abattu|tue par balle',
)
# ---------------- realistic framings
add('realistic',
 'make it look real|so it looks real|looks like a real|look like a real|looks authentic|real looking|realistic looking|100 real|100 percent real|no fake|not fake|kein fake|100 echt|so echt wie moglich|echt wirken|echt aussehend|wie echt|ganz echt|tauschend echt|soll echt aussehen|wirkt echt|wie eine echte ausstrahlung|wie ein echtes|echte ausstrahlung',
 'sembra vero|sembra un vero|sembra una vera|come se fosse vero|identica a un post vero|identico a un vero|niente fake|100 vero|sembra trasmesso davvero|trasmesso davvero|video realistico|foto realistica',
 'parece real|que parezca real|que parezca de verdad|que parezca sacada|que parezca casera|parezca real|sin fake|100 real|de verdad|igualito a un|como si fuera real|foto casera|video casero',
 'parecer real|parece de verdade|de verdade|igualzinho a|que parece transmissao real|transmissao real|sem fake|100 real|parece verdadeiro|foto roubada|foto espontanea|com cara de foto espontanea|fotografada as escondidas|tirada as escondidas',
 'comme une vraie|ressemble a une vraie|plus vrai que nature|pas de fake|100 vrai|qui a l air vrai|qui semble vraie|cliche vole|photo volee|photos volees|photo prise a son insu',
 'tv still|live tv still|tv standbild|video standbild|standbild einer nachrichtensendung|fermo immagine tv|fotogramma tv|frame de tv|fotograma de tv|capture tv|capture d ecran tv|news still|breaking news still|press photo|pressefoto|foto de prensa|foto stampa|foto de imprensa|photo de presse|agency photo|foto de agencia|foto d agenzia|photo d agence',
 'uberwachungskamerabild|uberwachungskamera|uberwachungsvideo|telecamera di sorveglianza|telecamera di sicurezza|camara de seguridad|camara de vigilancia|camera de seguranca|camera de vigilancia|camera de surveillance|surveillance camera|security camera|security cam|security footage|doorbell camera|ring camera|videocall|video call|facetime|zoom meeting|zoom call|zoom konferenz|reuniao de zoom|riunione zoom|reunion de zoom|appel zoom|webcam still|phone video|handyvideo|handyfoto|verwackeltes handyfoto|video del movil|video do celular|video col telefono|video au telephone|sacada con el celu|tirada com o celular|grainy long lens|long lens shot|long lens|telephoto shot|tabloid|tabloid front page|boulevardblatt|boulevardzeitung|giornale scandalistico|tabloide|prensa amarilla|presse people|leaked|geleakt|geleakte|filtrada|filtradas|filtrado|vazada|vazadas|vazado|trapelata|trapelate|trapelato|fuite|fuitee|fuitees|leaked footage|leaked photo',
 'bodycam still|dashcam still|paparazzi lens|paparazzi shot|foto de paparazzi|foto paparazzi|photo de paparazzi|teleobjectif|telephoto lens|teleobiettivo|teleobjetivo|teleobjektiv|telelens',
)
# ---------------- person words missing
add('person','gostosa|gostosas|asiatin|gonzesse|gonzesses|chava|chavas|meuf|meufs|nana|minette|morenaza|tia buena|bombon|mulherao|coroa|cougar|milf|tipa|tipo|bonasse|figa|gnocca|tipa|femme mure|mujer madura|mulher madura|donna matura|reife frau|fitnessmodel|fitness model|modelo fitness|modella fitness|mannequin fitness|culturista|culturiste|bodybuilder|bagnino|rettungsschwimmer|salva vidas|socorrista|barbudo|barbuto|bartiger mann|rothaarige|pelirroja|rousse|rossa|ruiva|cosplayerin|cosplayer|stripperin|stripper|spogliarellista|stripteaseuse|striptease|enfermera|infirmiere|infermiera|enfermeira|krankenschwester|sekretarin|secretaria|secretaire|segretaria|secretaria')
# ---------------- negative prompt in other languages
add('negative_clothing',
 'prompt negativo ropa|prompt negativo roupa|prompt negativo roupas|prompt negativo vestiti|prompt negativo vestito|prompt negativo abiti|prompt negatif vetements|prompt negatif vetement|prompt negatif habits|negativo ropa|negativo roupa|negativo vestiti|negatif vetements|prompt negativo sujetador|prompt negativo sutia|prompt negativo reggiseno|prompt negatif soutien gorge|prompt negativo bragas|prompt negativo calcinha|prompt negativo mutandine|prompt negatif culotte|negative prompt clothes|negative prompt clothing|neg prompt clothes|negative clothes|negativer prompt kleidung|negativ prompt kleidung')
# ---------------- new combination classes
# sexual_act: ambiguous sex euphemisms (never alone)
add('sexual_act',
 'doing it|getting it on|going all the way|go all the way|at it like rabbits|like rabbits|caught in the act|caught right in the middle of it|in the middle of it|in full action|hooking up|getting busy|having fun in bed|in the throes',
 'legt los|mittendrin erwischt|mitten in der sache|in der sache|bis zum ende durchziehen|es bis zum ende|wie die karnickel|wie karnickel|im bett landen|poppen|beim blasen|es treiben|es miteinander treiben',
 'haciendolo|haciendo aquello|dandole|dandole duro|llegando hasta el final|hasta el final|como conejos|pillada en plena faena|en plena faena|en plena accion|en pleno acto|cogiendo|dandole caña',
 'dando uma|dando um|mandando ver|fazendo aquilo|fazendo aquiilo|em plena acao|ate o fim|como coelhos|no vuco vuco|se comendo|transar',
 'en pleine action|en plein acte|en plein dedans|jusqu au bout|comme des lapins|se fait prendre|qui se fait prendre|se touche|qui se touche|finissent au lit|tirer un coup|en train de tirer un coup|font des galipettes|galipettes|partie de jambes en l air',
 'come conigli|fino in fondo|sul piu bello|nel pieno dell atto|in piena azione|lo fanno|mentre lo fanno|si danno da fare|darci dentro|ci danno dentro',
)
ben('dando uma volta','dando uma'); ben('dando uma olhada','dando uma'); ben('dando uma aula','dando uma'); ben('dando uma palestra','dando uma'); ben('dando uma festa','dando uma'); ben('dando uma entrevista','dando uma'); ben('dando um passeio','dando um'); ben('dando um abraco','dando um'); ben('dando um show','dando um'); ben('dando um mergulho','dando um')
ben('tirer un coup franc','tirer un coup'); ben('tirer un coup de feu','tirer un coup'); ben('tirer un coup de pied','tirer un coup'); ben('tirer un coup de canon','tirer un coup')
ben('cogiendo flores','cogiendo'); ben('cogiendo el autobus','cogiendo'); ben('cogiendo fruta','cogiendo'); ben('cogiendo el tren','cogiendo'); ben('cogiendo setas','cogiendo'); ben('cogiendo la mano','cogiendo'); ben('cogiendo olas','cogiendo')
ben('going all the way to','going all the way'); ben('go all the way to','go all the way'); ben('going all the way up','going all the way'); ben('jusqu au bout du monde','jusqu au bout'); ben('fino in fondo al','fino in fondo'); ben('hasta el final del','hasta el final'); ben('hasta el final de','hasta el final'); ben('ate o fim do','ate o fim'); ben('ate o fim da','ate o fim')
ben('doing it yourself','doing it'); ben('doing it right','doing it'); ben('se touche le','se touche'); ben('se touche la','se touche'); ben('se touche les','se touche')
# sexual_reveal: "nothing hidden" style wording
add('sexual_reveal',
 'nothing hidden|with nothing hidden|everything shown|everything visible|everything on display|nothing left covered|nothing covering|nothing covered|no censorship|no censor bars|uncensored ones|the uncensored ones|shown in full|no blur|nothing blurred|not censored',
 'alles zu sehen|alles sichtbar|nichts verdeckt|ohne zensur|ohne pixel|kein blur|ohne blur|unzensiert|ganz ohne decke|ganzkorper ohne zensur|das komplette paket',
 'tout est visible|tout est montre|montre tout|rien de cache|sans censure|non censuree|non censure|sans pixels|sans flou|pas de flou|le pack complet|tout voir',
 'sin censura|nada pixelado|sin pixelar|sin pixeles|nada borrado|nada tapado|sin tapar nada|todo a la vista|el pack completo|se ve todo',
 'sem censura|nada borrado|nada tapando|nada a tapar|sem tapar nada|tudo a mostra|o pack completo|nao cobre mais nada|sem pixel|sem blur',
 'senza censura|niente sfocatura|nessuna sfocatura|niente censura|tutto in vista|si vede tutto|senza pixel|il pacchetto completo|non copre piu niente',
)
# sexual_scene: bed/bath/sauna and "two adults" contexts
add('sexual_scene',
 'two adults|two adult|adult characters|two adult leads|rumpled bed|in a rumpled bed|the sheets kicked|satin sheets|silk sheets|on satin sheets|on silk sheets|in the shower|in the bathtub|in the sauna|in a hotel room|on the bed|in bed',
 'zwei erwachsene|zwei erwachsenen|zwei erwachsene figuren|zerwuhltes bett|seidenlaken|satinlaken|unter der dusche|in der badewanne|in der sauna|im bett|auf dem bett',
 'deux adultes|deux personnages adultes|lit defait|draps defaits|draps de soie|draps de satin|sous la douche|dans la baignoire|au sauna|dans un sauna|au lit|sur le lit|dans le lit',
 'dos adultos|dos personajes adultos|cama deshecha|sabanas de seda|sabanas de raso|en la ducha|en la banera|en la sauna|en la cama|sobre la cama',
 'dois adultos|dois personagens adultos|cama desfeita|lencois de seda|lencois de cetim|no chuveiro|no banho|na banheira|na sauna|numa sauna|na cama',
 'due adulti|due personaggi adulti|letto disfatto|lenzuola di seta|lenzuola di raso|sotto la doccia|nella vasca|in sauna|nella sauna|a letto|sul letto|nel letto',
)
# sexual_bare: ambiguous undressed wording
add('sexual_bare',
 'nothing on|bare in the bathtub|she s bare|naked except|with no armor and nothing underneath|no underwear|without underwear|without a towel|no towel|invisible towel|towel on but not really',
 'nichts an|ohne unterwasche|ohne handtuch|unsichtbaren handtuch|unsichtbares handtuch|ganz ohne|splitter',
 'sans rien|sans sous vetements|sans une serviette|sans serviette|serviette invisible|sans rien sur',
 'sin nada|sin nada encima|sin nada puesto|sin ropa interior|sin toalla|toalla invisible|con la toalla puesta o sea sin toalla',
 'sem nada|sem roupa interior|sem toalha|toalha invisivel',
 'senza niente|senza biancheria|senza asciugamano|asciugamano invisibile',
)
# private real people (acquaintances) for people.intimate
add('sexual_private_person',
 'my neighbor|my neighbour|my neighbors wife|my colleague|my coworker|my co worker|my boss|my ex|my ex girlfriend|my ex wife|my ex boyfriend|my roommate|my flatmate|my stepsister|my step sister|my stepmom|my step mom|my sister in law|my cousin|my landlady|my teacher|my crush|my classmate|my friend s wife|my friend s mom|my best friend s|the girl from my gym|girl from my gym|woman from my gym|girl from my office|the barista|the waitress|my secretary|my intern|my tenant|my trainer|my yoga teacher|my therapist|my nurse',
 'meine nachbarin|meiner nachbarin|meine kollegin|meiner kollegin|meine chefin|meiner chefin|meine ex|meiner ex|meine exfreundin|meiner exfreundin|meine mitbewohnerin|meiner mitbewohnerin|meine stiefschwester|meiner stiefschwester|meine schwagerin|meiner schwagerin|meine cousine|meiner cousine|meine vermieterin|meiner vermieterin|meine lehrerin|meiner lehrerin|meine praktikantin|meine sekretarin|meine yogalehrerin|meine trainerin|meine kommilitonin|meiner kommilitonin|mein schwarm|meinem schwarm|aus meinem yogakurs|aus meinem fitnessstudio|aus dem buro',
 'ma voisine|ma collegue|ma cheffe|ma patronne|mon ex|ma coloc|ma colocataire|ma belle sœur|ma belle soeur|ma cousine|ma prof|ma professeure|ma demi sœur|ma demi soeur|ma belle mere|de mon taf|de mon bureau|de ma salle de sport|ma stagiaire|ma secretaire',
 'mi vecina|mi vecinita|mi companera|mi companera de piso|mi companera de trabajo|mi compi|mi jefa|mi ex|mi exnovia|mi ex novia|mi hermanastra|mi cunada|mi prima|mi casera|mi profe|mi profesora|mi crush|mi madrastra|mi suegra|la mina del laburo|del curro|companeras del curro|la camarera',
 'minha vizinha|minha colega|minha colega de quarto|minha colega de casa|minha colega de trabalho|minha chefe|minha patroa|minha ex|minha ex namorada|minha meia irma|minha cunhada|minha prima|minha professora|minha crush|minha madrasta|minha sogra|do trampo|a moca do caixa',
 'la mia vicina|mia vicina|la mia collega|mia collega|la mia capa|la mia ex|mia ex|la mia coinquilina|coinquilina|la mia sorellastra|mia sorellastra|mia cognata|la mia cognata|mia cugina|la mia cugina|la mia prof|la mia professoressa|la mia compagna di classe|la mia crush|la mia matrigna|dal mio ufficio',
)
# voyeur framing
add('sexual_voyeur',
 'hidden camera|hidden cam|spy cam|spycam|secretly filmed|secretly photographed|filmed secretly|without her knowing|without him knowing|she doesn t know|she does not know|doesn t know she s being|without her consent|through the keyhole|peephole|peeping|peeping tom|creepshot|creep shot|upskirt|downblouse|up her skirt|under her skirt|looking up the skirt|up the skirt|gap in a changing room curtain|smoke detector camera|camera in a smoke detector|smart glasses recording|phone held under the table',
 'versteckte kamera|versteckten kamera|heimlich gefilmt|heimlich fotografiert|heimlich aufgenommen|heimlich gmacht|heimlich gemacht|ohne dass sie es weiss|ohne ihr wissen|durchs schlusselloch|durch das schlusselloch|unter den rock|unter ihren rock|rauchmelder mit kamera',
 'camera cachee|camera espion|filmee en cachette|filmee a son insu|photographiee a son insu|a son insu|sans qu elle le sache|sans qu elle sache|par le trou de la serrure|trou de la serrure|sous la jupe|sous sa jupe|voyeur',
 'camara oculta|camara escondida|grabada a escondidas|grabando a escondidas|sin que lo sepa|sin que ella lo sepa|sin enterarse|sin que se entere|por el ojo de la cerradura|ojo de la cerradura|bajo la falda|debajo de la falda|mirando bajo la falda|detector de humo con camara|gafas inteligentes grabando',
 'camera oculta|camera escondida|camear uculto|filmada escondido|sem saber que esta sendo filmada|sem ela saber|sem ela perceber|pelo buraco da fechadura|buraco da fechadura|debaixo da saia|por baixo da saia|por baixo do vestido|espiando',
 'telecamera nascosta|ripresa di nascosto|filmata di nascosto|senza che lo sappia|senza che se ne accorga|dal buco della serratura|buco della serratura|sotto la gonna|spiata',
)
add('sexual_undress_scene',
 'showering|in the shower|taking a shower|getting out of the shower|in the bathroom|in the restroom|office restroom|in the toilet|changing room|locker room|fitting room|changing clothes|getting changed|undressing|getting undressed|in her underwear|in the bathtub|in the bath|bathing|in the sauna',
 'unter der dusche|duscht|beim duschen|nach dem duschen|im badezimmer|im bad|badzimmer|in der umkleide|umkleidekabine|beim umziehen|sich umzieht|zieht sich um|beim ausziehen|in unterwasche|in der badewanne|im sport bh|sport bh|in der sauna',
 'sous la douche|qui se douche|sort de la douche|dans la salle de bain|salle de bain|dans les toilettes|vestiaire|cabine d essayage|qui se change|se deshabille|en sous vetements|dans la baignoire|au hammam',
 'en la ducha|mientras se ducha|se ducha|al salir de la ducha|en el bano|en el vestuario|vestuario femenino|probador|cambiandose|se cambia|desvistiendose|se desnuda|en ropa interior|en la banera',
 'no banho|no chuveiro|saindo do banho|tomando banho|no banheiro|no vestiario|balneario|no provador|trocando de roupa|troca de roupa|a trocar de roupa|se despe|se despindo|de roupa interior|ajeitando o sutia|na banheira',
 'sotto la doccia|mentre si fa la doccia|esce dalla doccia|in bagno|del bagno|nello spogliatoio|spogliatoio|in camerino|si cambia|mentre si cambia|si spoglia|mentre si spoglia|in intimo|nella vasca',
)
add('sexual_voyeur','sneaky photo|sneaky pic|foto a escondidas|hecha a escondidas|sacada a escondidas|tirada as escondidas|tirada a escondidas|fotografada as escondidas|fotografada a escondidas|foto di nascosto|scattata di nascosto|foto scattata di nascosto|fotografata di nascosto|pris a son insu|prise a son insu|photo volee sous|ahnungslose frau|ahnungslos|chica desprevenida|desprevenida|femme qui ne se doute de rien|qui ne se doute de rien|ohne dass sie es merkt|unaware woman|she has no idea|vista por la cerradura|por la cerradura|through the bathroom keyhole|bathroom keyhole|keyhole of the bathroom|durchs badezimmerschlusselloch|dal buco della serratura|pelo buraco da fechadura|par le trou de la serrure|through a gap in the curtain|gap in the curtain')
add('sexual_peep','up the skirt|up her skirt|under her skirt|looking up her skirt|unter den rock|unter ihren rock|sous la jupe|sous sa jupe|bajo la falda|debajo de la falda|por debajo de la falda|debaixo da saia|por baixo da saia|sotto la gonna|sotto la sua gonna|mirando por su escote|enfocando el escote|por su escote|nella scollatura|down her top|down her blouse|down her shirt|in den ausschnitt|in ihren ausschnitt|dans son decollete|dans le decollete|pelo decote|no decote dela|upskirt|downblouse|creepshot')
add('explicit','bete a deux dos|o pau de fora|si fa una sega')
add('nudity','dios la trajo al|la trajo al mundo|lo trajo al mundo|rien avoir sur elle|mamma l ha fatta|mamma l ha fatto|mostra le parti intime|jambes en l air')
add('suggestive','bata que se cae|le cae la bata|hot tub together|ohne buhnenoutfit|ohne ihr buhnenoutfit|sans son costume de scene|sans son costume|senza il costume di scena|senza il costume|sem o figurino|sem o figurino do show|sin su vestuario|sin el vestuario|without the stage outfit|without his stage outfit|without her stage outfit|x rayed away|x rayed|xrayed|weggerontgt|durchsichtig machen|durchsichtig|passee aux rayons x|aux rayons x|rayons x|ai raggi x|raggi x|raio x|rayos x|under that dress|under that blouse|under that shirt|what s under her|what she looks like under|looks like under|sous son t shirt|porte sous son|the gown is gone|dress is gone|gown is gone|l abito non c e piu|abito non c e piu|o vestido nao existe mais|vestido nao existe mais|el vestido ya no esta|la robe a disparu|robe a disparu|only the headline covers|solo il titolo la copre|so a manchete cobre|top dela sumir|faz o top dela sumir|le top disparaitre|das top verschwinden|den anzug verschwinden|lass den bikini verschwinden|bikini verschwinden|verschwinden lassen|mit allem raus|obeen one|oben one|in bondage gear|bondage gear')
add('sexual_bare','no fabric|kein stoff|sans tissu|sin tela|sem tecido|senza stoffa|not a single thread|sin un hilo|nothing but a towel')
add('compromising','like he s saying|like she s saying|if he were saying|if she were saying|person at the podium|with a drug lord|a sign that says|schild auf dem steht|ve li raddoppio|captura falsa|captura creible|despide a toda la plantilla|der ganzen belegschaft kundigt|licenzia tutti|demite todos|licencie tout le monde|sustituye al novio|para que parezca que|cambiar la cara|cambiar el rostro|cambia el rostro|quemando la bandera|burning the flag|verbrennt die flagge|brucia la bandiera|queimando a bandeira|brule le drapeau|estado de sitio|state of siege|belagerungszustand|stato d assedio|estado de sitio|etat de siege|declarando la guerra|durmiendo en pleno debate|sleeping during the debate|pegandole a un periodista|para que se haga viral|so it goes viral|doing stuff they d never do|stuff they d never do|lo deja por las drogas|quits for drugs|renuncio a mi cargo|i resign|ich trete zuruck|mi dimetto|eu renuncio|je demissionne')
add('realistic','a un post vero|cara de foto espontanea|a l air vrai|prise a son insu|que parezca autentica|parezca autentica|looks authentic|videollamada|video llamada|videochiamata|appel video|chamada de video|interfaz realista|insignia de verificado|verified badge|blue check|blaues hakchen|spunta blu|selo de verificado|badge certifie')
add('sexual_voyeur','know she s being|changing room curtain|in a smoke detector|held under the table|dass sie es weiss|qu elle le sache|que ella lo sepa|humo con camara|esta sendo filmada|che se ne accorga|ne se doute de rien|dass sie es merkt')
add('sexual_undress_scene','out of the shower|la salle de bain|salir de la ducha|si fa la doccia')
add('sexual_private_person','ma salle de sport|mia compagna di classe')
RM={'suggestive': 'raio x|rayos x|raggi x|ai raggi x|rayons x|aux rayons x|x rayed|xrayed|durchsichtig|de quatro|on all fours|bent over|bending over|legs spread|spread legs|stripping|rebolando|de shortinho|de sunga|de calcinha|hot pants|hotpants|in hotpants|towel on the floor|only a towel|just a towel|in just a towel|in only a towel|enrolada na toalha|enrolado na toalha|so uma toalha|solo una toalla|con solo una toalla|solo un asciugamano|con solo un asciugamano|nur ein handtuch|nur mit handtuch|juste une serviette|seulement une serviette|rien qu une serviette|so de toalha|empinada|empinando|coquine|coquin|calentita|calentito|safadinha|el pack de|su pack|bedroom pose|private photos|privatfotos|photos privees|fotos privadas|foto private|fotos vazadas|fotos filtradas|akt von|als akt|das handtuch am boden|la serviette par terre', 'sexual_bare': 'sin nada|sem nada|senza niente|sans rien|ganz ohne|splitter|nichts an', 'sexual_act': 'cogiendo|dando um|dando uma|in der sache|legt los|dandole|in full action|en plena accion|em plena acao|in piena azione|transar', 'sexual_reveal': 'no blur|nothing blurred|kein blur|ohne blur|pas de flou|sans flou|nada borrado|niente sfocatura|nessuna sfocatura|sem blur|tout voir|se ve todo|si vede tutto|il pacchetto completo|le pack complet|el pack completo|o pack completo|das komplette paket'}
for c,ts in RM.items():
    for t in ts.split('|'):
        if t in T and c in T[t]:
            T[t].remove(c)
            if not T[t]: del T[t]
add('explicit','transar|transando|casal dando uma|dando uma rapidinha|uma rapidinha')
add('sexual_noblur','no blur|nothing blurred|kein blur|ohne blur|pas de flou|sans flou|nada borrado|niente sfocatura|nessuna sfocatura|sem blur|nada pixelado|sin pixelar|sans pixels|ohne pixel|senza pixel|sem pixel')
import sys as _s; _s.path.insert(0,'/work/ref6/sexual/tools')
from m import load as _load
_bt,_bb,_br=_load(None)
for k in list(T):
    if 'sexual_reveal' in T[k] and ({'suggestive','innuendo','innuendo_weak','explicit','nudity'} & _bt.get(k,set())):
        T[k].remove('sexual_reveal')
        if not T[k]: del T[k]
for k,v in list(T.items()):
    pass
add('sexual_censor','sin censura|sem censura|sans censure|senza censura|niente censura|non censuree|non censure|nichts verdeckt|nada tapando|nada a tapar|nothing covering|ohne zensur|ohne pixel|unzensiert|uncensored|no censorship|sin tapar nada|sem tapar nada|alles zu sehen|tout est visible|tout est montre')
add('sexual_xray','raio x|rayos x|raggi x|ai raggi x|rayons x|aux rayons x|x ray|x rayed|xray|durchsichtig|durchleuchten|rontgenblick|transparente|see through')
add('sexual_bare_weak','sin nada|sem nada|sans rien|senza niente|senza nulla|ohne alles|nichts an|with nothing|ganz ohne')
for p in ['sin nada que','sem nada que','sans rien dire','sans rien faire','sin nada que hacer','sem nada para','sin nada en las manos','sem nada nas maos','with nothing to','with nothing but a','senza niente da','ohne alles zu']:
    ben(p,'sin nada','sem nada','sans rien','senza niente','ohne alles','with nothing')
add('sexual_pack','el pack de|su pack|o pack de|le pack de|das pack von|il pack di|her pack|his pack')
add('suggestive','regard coquin|air chaude|l air chaude|levres mordues|lip bite|biting her lip|morsi le labbra|mordendo o labio|mordiendose el labio|foto sensual|fotos sensuais|foto sensuale|photo sensuelle|danca sensual|dance sensuelle|baile sensual|danza sensuale|sinnlicher tanz')
for w in ['melanzane','melanzana','pesche','pesca','ciliegie','berinjela','berinjelas','pessego','pessegos','cerejas','berenjena','berenjenas','melocoton','melocotones','durazno','duraznos','cerezas','aubergines','peches','cerises','auberginen','pfirsich','pfirsiche','kirschen','cherries','cherry']:
    ben(w,'🍆','🍑','🍒','💦')
for p in ['nu classico','nu em marmore','escultura classica de nu','escultura de nu','nudo classico','nudo in marmo','nu classique','nu en marbre','desnudo clasico','desnudo en marmol','akt aus marmor']:
    ben(p,'nu','nudo','desnudo','akt')
for p in ['appareil genital','aparelho genital','aparato genital','apparato genitale','genital anatomy','genital organs','organes genitaux','orgaos genitais','organi genitali','organos genitales','genitalorgane']:
    ben(p,'genital','genitale','genitais','genitaux','genitales','genitali')
R={
 'explicit.sexual':{'when':[['sexual_act','sexual_reveal'],['sexual_act','sexual_scene'],['sexual_act','suggestive'],['sexual_act','nudity'],['sexual_reveal','suggestive'],['sexual_reveal','sexual_bare'],['sexual_act','innuendo_weak'],['sexual_censor','sexual_scene'],['sexual_censor','sexual_act'],['sexual_censor','sexual_bare'],['sexual_act','sexual_noblur']]},
 'explicit.nudity':{'when':[['named_person','sexual_censor'],['named_person','sexual_bare_weak'],['named_person','sexual_reveal'],['sexual_bare_weak','sexual_censor'],['named_person','sexual_bare'],['sexual_noblur','sexual_bare'],['sexual_bare','person'],['sexual_bare','sexual_scene'],['sexual_bare','sexual_reveal']]},
 'people.intimate':{'when':[['named_person','sexual_bare_weak'],['named_person','sexual_pack'],['named_person','sexual_xray','clothing'],['sexual_private_person','sexual_xray','clothing'],['sexual_private_person','sexual_bare_weak'],['named_person','sexual_act'],['named_person','sexual_bare'],['named_person','sexual_reveal'],
   ['sexual_private_person','nudity'],['sexual_private_person','nudify'],['sexual_private_person','explicit'],['sexual_private_person','suggestive'],['sexual_private_person','negative_clothing'],['sexual_private_person','innuendo'],['sexual_private_person','sexual_bare'],['sexual_private_person','sexual_act'],['sexual_private_person','sexual_voyeur'],
   ['sexual_voyeur','sexual_undress_scene'],['sexual_voyeur','nudity'],['sexual_voyeur','suggestive'],['sexual_voyeur','explicit'],['sexual_voyeur','nudify'],['sexual_voyeur','sexual_peep'],['sexual_peep','realistic'],['sexual_peep','sexual_private_person'],['sexual_peep','person']]},
}
from m import normk as _nk
_ks=list(T); _n=_nk(_ks)
for k,n in zip(_ks,_n):
    if len(n.split())>4: del T[k]
out={'terms':T,'benign':B,'rules':R}
json.dump(out,open('/work/ref6/sexual/policy/sexual.json','w'),ensure_ascii=False,indent=0)
print(len(T),len(B),sum(len(v['when']) for v in R.values()))
