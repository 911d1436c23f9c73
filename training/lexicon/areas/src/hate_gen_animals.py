# generated "X as/like/are <pest>" forms, appended by gen.py
A={
'en':("rats cockroaches vermin lice fleas ticks leeches maggots worms insects bugs parasites locusts termites pigs dogs apes monkeys gorillas baboons beasts rodents pests germs bacteria hyenas jackals vultures goblins orcs savages subhumans",
      "a virus|a disease|a plague|a cancer|a tumor|a tumour|an infestation|garbage|trash|filth|scum|vermin|animals"),
'es':("ratas cucarachas alimanas piojos pulgas garrapatas sanguijuelas gusanos insectos bichos parasitos termitas cerdos perros simios monos gorilas bestias roedores plagas germenes bacterias hienas chacales buitres trasgos orcos salvajes subhumanos",
      "un virus|una enfermedad|una plaga|un cancer|un tumor|una infestacion|basura|escoria|animales"),
'fr':("rats cafards vermines poux puces tiques sangsues asticots vers insectes parasites sauterelles termites porcs cochons chiens singes gorilles betes rongeurs nuisibles microbes bacteries hyenes chacals vautours gobelins orques sauvages",
      "un virus|une maladie|la peste|un cancer|une tumeur|une infestation|ordures|dechets|animaux|vermine|racaille"),
'de':("ratten kakerlaken ungeziefer lause flohe zecken blutegel maden wurmer insekten parasiten heuschrecken termiten schweine hunde affen gorillas bestien nagetiere schadlinge keime bakterien hyanen schakale geier kobolde orks wilde untermenschen",
      "ein virus|eine krankheit|eine seuche|die pest|ein krebsgeschwur|ein tumor|mull|abschaum|tiere|dreck"),
'it':("ratti topi scarafaggi parassiti pidocchi pulci zecche sanguisughe vermi insetti cavallette termiti maiali porci cani scimmie gorilla bestie roditori germi batteri iene sciacalli avvoltoi orchi folletti selvaggi subumani",
      "un virus|una malattia|una piaga|la peste|un cancro|un tumore|spazzatura|feccia|animali"),
'pt':("ratos ratazanas baratas vermes piolhos pulgas carrapatos sanguessugas larvas insetos bichos parasitas gafanhotos cupins porcos caes cachorros macacos gorilas bestas roedores pragas germes bacterias hienas chacais urubus abutres duendes orcs selvagens",
      "um virus|uma doenca|uma praga|um cancer|um cancro|um tumor|lixo|escoria|animais"),
}
PRE={'en':['as','like','are','swarm of'],'es':['como','son','en'],'fr':['comme des','en','sont des','comme'],'de':['als','wie','sind'],'it':['come','sono','in'],'pt':['como','sao','em']}
SING_PRE={'en':['as','like','are'],'es':['como','son','es'],'fr':['comme','sont','est'],'de':['als','wie','sind','ist'],'it':['come','sono'],'pt':['como','sao']}
# weak: constructions that costumes, idioms or ordinary speech also use
WEAK_WORDS=set("dogs beasts pigs monkeys apes gorillas savages perros cerdos monos simios gorilas bestias salvajes chiens cochons porcs singes gorilles betes sauvages hunde schweine affen gorillas bestien wilde cani maiali porci scimmie gorilla bestie selvaggi caes cachorros porcos macacos gorilas bestas selvagens worms vers wurmer vermi bugs bichos hyenas hienas hyenes hyanen iene vultures buitres vautours geier avvoltoi urubus abutres orcs orcos orques orks orchi goblins trasgos gobelins kobolde folletti duendes insectes insekten insetti insetos insectos pests plagas pragas".split())
WEAK_SING=set("animals animales animaux tiere animali animais dreck lixo basura|la peste|die pest|un virus|um virus|ein virus".split("|")[0].split()+["la peste","die pest"])
SKIP={('it','in'),('pt','em'),('es','en')}
def forms():
    strong=set(); weak=set()
    for L,(plur,sing) in A.items():
        for w in plur.split():
            for p in PRE[L]:
                if (L,p) in SKIP and w in WEAK_WORDS: continue
                t=p+' '+w
                (weak if (w in WEAK_WORDS or p in ('en','in','em','into','comme')) else strong).add(t)
        for w in sing.split('|'):
            for p in SING_PRE[L]:
                t=p+' '+w
                if p in ('es','est','ist','e','like') or w in WEAK_SING: weak.add(t)
                else: strong.add(t)
    IDI=set('dogs beasts animals bestias bestie betes tiere bichos animales animaux animali animais cani caes cachorros perros chiens hunde bestien bestas'.split())
    weak={t for t in weak if not (t.split()[-1] in IDI and t.split()[0] in ('like','comme','wie','come','como'))}
    return strong,weak
if __name__=='__main__':
    s,w=forms(); print(len(s),len(w)); print(sorted(s)[:50]); print(sorted(w)[:80])
