/**
 * Safety words: a medical emergency (911) or a suicidal crisis (988), in English and Spanish, read in
 * the whole message before anything else (product rule; imr-rules §3 "Emergency": call 911).
 *
 * Err on the side of safety (issue 14): the lines the bot shows are conditional ("If this is a medical
 * emergency, call 911 now"), so a near miss ("they denied my chest pain test", "I had a stroke last
 * year") may get the line too, and the conversation still goes on. So these lists match the words of an
 * emergency whatever the tense; only figures of speech that are never about health ("this wait is
 * killing me", "me muero de ganas") are left out, because a line on every such message would teach
 * people to skip it.
 *
 * Text here is normalized for safety only: lower case, no accents, no apostrophes ("can't" → "cant"),
 * anything else not a letter or digit → one space. Typos people make under stress are in the patterns
 * ("breath", "chest pian", "hart attack", "sucide").
 */

export type SafetyKind = 'emergency' | 'crisis';
type Words = SafetyKind | 'overdose';
export type SafetyLocale = 'en' | 'es';

const emergencyEn: readonly string[] = [
  // Breathing
  String.raw`(cant|cannot|can not|cnt|cant hardly|can barely|can hardly|unable to|hard to|hard time|trouble|troubles|difficulty|struggling to|struggle to|barely) (breath|breathe|breathing|breth|brethe|brathe)`,
  String.raw`(not|isnt|is not|stopped|stop|quit|wasnt|aint) breath(e|ing)`,
  String.raw`short(ness)? of breath`,
  String.raw`gasping`,
  String.raw`(cant|cannot|can not) get (enough )?air`,
  String.raw`(choking|chocking)`,
  String.raw`catch (my|his|her|their) breath`,
  String.raw`turn(ing|ed|s)? (blue|purple|gray|grey)`,
  String.raw`(lips|face|skin) (are |is |turning |turned |going |went )?(blue|purple|gray|grey)`,
  // Chest
  String.raw`chest( \w+){0,3} (pain|pains|pian|hurt|hurts|hurting|hurted|pressure|tight|tightness|ache|aches|aching|crushing|squeezing|heavy|burning|killing)`,
  String.raw`(pain|pains|pressure|tightness|squeezing|crushing) (in|on) (my|his|her|the|their|our) chest`,
  String.raw`(heart|hart) ?(attack|atack|attak)`,
  String.raw`cardiac arrest`,
  String.raw`heart (is )?(racing|pounding) (and|with)`,
  String.raw`heart (is )?(racing|pounding|beating (so |really |very )?fast)`,
  String.raw`(hit|hitting|banged|bumped) (his|her|my|their|the) head`,
  String.raw`head injury`,
  String.raw`fell.{0,40}(not answering|not responding|not moving|wont wake|unconscious|confused|bleeding|cant get up|cant move)`,
  String.raw`(he|she|hes|shes|him|her|husband|wife|son|daughter|mom|dad|baby|kid|child|grandma|grandpa|brother|sister|patient|pt)( \w+){0,3} (not|isnt|wont|cant|is not|will not) (answering|answer|responding|respond|moving|move|waking|wake|breathing|breathe)`,
  String.raw`(asthma attack|wheezing)`,
  String.raw`(foaming|foam) at the mouth`,
  String.raw`(blood sugar|sugar)( is)? (very |really |so |super )?(low|high|over \d+|under \d+|\d+)`,
  String.raw`diabetic (coma|emergency|shock)`,
  String.raw`fever (of )?10[4-9]`,
  String.raw`(car|bad|terrible) (accident|crash)`,
  String.raw`hit by a (car|truck|bus)`,
  String.raw`(got|been|was|is|were|just got) (shot|stabbed)`,
  String.raw`(drowning|drowned|electrocuted)`,
  String.raw`(pregnant|weeks) .{0,30}bleeding`,
  String.raw`(unbearable|excruciating) pain`,
  String.raw`(syncop|diaphore|cyano|hypotensiv)\w*`,
  String.raw`altered mental`,
  String.raw`(code blue|rapid response)`,
  String.raw`(o2|oxygen) (sat|sats|saturation|level)s?( is| are)? (dropping|low|in the)`,
  String.raw`(cant|cannot|can not) see (right|straight|anything|out of)`,
  String.raw`(lost (my|his|her) (vision|sight)|went blind)`,
  String.raw`(lips|tongue|face|throat|eyes) (are |is |feel |feels |look |looks |got |getting )?(huge|swollen|swelling|numb|tingling|puffy)`,
  String.raw`(he|she|hes|shes|(my|our) \w+) (cant|cannot|can not) (talk|speak)`,
  String.raw`no pulse`,
  String.raw`heart (stopped|stops|is stopping)`,
  String.raw`(is|went|gone|going) limp`,
  String.raw`epi ?pen`,
  String.raw`blood (wont|will not|doesnt|does not) stop`,
  String.raw`left arm (hurts|is numb|numb|pain|is tingling|tingling)`,
  String.raw`shaking (and|that) (wont|will not|doesnt) stop`,
  String.raw`(baby|he|she|lips|face|skin) (is|looks|are) (blue|purple|gray|grey)`,
  String.raw`ambulance (is )?(coming|on (its|the) way|here)`,
  String.raw`(on (my|our|the) way|going|rushing|heading|driving|taking (him|her|them)|took (him|her|them)) to the (er|emergency room|emergency|hospital) (right )?now`,
  String.raw`(about to|going to|gonna) (pass out|faint|collapse)`,
  String.raw`(severe|so much|really bad|terrible) pain (right )?now`,
  String.raw`(really|very|so|super) dizzy`,
  String.raw`(sugar|glucose)( \w+){0,3} (low|high)`,
  String.raw`(shaky|shaking|trembling) and (sweaty|sweating)`,
  // Stroke signs
  String.raw`strokes?(?! of (luck|genius))`,
  String.raw`(face|mouth|smile) (is |looks |went |started )?(drooping|droopy|droops|drooped|crooked|numb)`,
  String.raw`slurr(ed|ing|s)`,
  String.raw`(cant|cannot|can not|unable to) (move|feel|lift) (my|his|her|their|one) ((left|right) )?(arm|arms|leg|legs|face|side|hand)`,
  String.raw`(one side|half) of (my|his|her|their) (body|face)`,
  String.raw`worst headache`,
  String.raw`stroke (symptoms|signs)`,
  String.raw`(arm|arms|face|side|leg) (is |went |going |feels |is going |got )?(numb|dead|limp)`,
  // Seizures
  String.raw`seizure`,
  String.raw`seizing`,
  String.raw`convuls\w*`,
  // Unconscious, collapsed
  String.raw`unconscious`,
  String.raw`unresponsive`,
  String.raw`(he|she|hes|shes|husband|wife|son|daughter|mom|mother|dad|father|baby|kid|child|grandma|grandpa|grandmother|grandfather|brother|sister|patient|pt|friend|partner|boyfriend|girlfriend)( is| s)? (not|isnt|is not|stopped|wont|will not|cant) (responding|respond|moving|move|waking up|wake up)`,
  String.raw`(wont|will not|cant|cannot|can not|doesnt|does not) wake (up|him|her|them)`,
  String.raw`(cant|cannot|can not) wake (him|her|them|my \w+) up`,
  String.raw`pass(ed|ing|es)? out`,
  String.raw`faint(ed|ing|s)?`,
  String.raw`black(ed|ing) out`,
  String.raw`collaps(e|ed|es|ing)`,
  String.raw`fell (down )?and (cant|cannot|can not|isnt|is not|wont|will not) (get up|move|moving|respond|responding|wake)`,
  // Bleeding
  String.raw`bleeding (a lot|alot|heavily|badly|bad|really bad|so much|so bad|everywhere|nonstop|non stop|out|wont stop|will not stop|and it wont stop|and wont stop)`,
  String.raw`(heavy|severe|lots of|a lot of|alot of|so much) (bleeding|blood)`,
  String.raw`(wont|will not|cant|cannot|doesnt|does not) stop (the )?bleeding`,
  String.raw`(coughing|throwing|vomiting|puking|spitting) (up )?blood`,
  String.raw`blood everywhere`,
  String.raw`hemorrhag\w*`,
  String.raw`(is|im|hes|shes|s|am|are|was|keeps|still|started|been|and) bleeding`,
  String.raw`bleeding (and|from)`,
  // Overdose, poisoning
  String.raw`poison(ed|ing)`,
  // Allergy
  String.raw`(throat|tongue|lips|face) (is |are )?(swelling|swollen|closing)`,
  String.raw`anaphyla\w*`,
  String.raw`allergic reaction`,
  // Saying it
  String.raw`(call(ing)?|dial(ing)?|called) 911`,
  String.raw`^911$`,
  String.raw`911`,
  String.raw`in labor`,
  String.raw`water broke`,
  String.raw`pregnant .{0,40}(bleeding|cramp\w*|pain)`,
  String.raw`(bad|severe|really bad) burns?`,
  String.raw`broken (bone|neck|back|leg|arm|hip)`,
  String.raw`bone (is )?sticking out`,
  String.raw`fever.{0,20}(stiff neck|seizure|wont go down|will not go down)`,
  String.raw`(ran out of|no more|out of) insulin`,
  String.raw`(suddenly|very|really) (confused|disoriented)`,
  String.raw`(having an|possible|suspected|rule out|r o|acute) mi\b`,
  String.raw`n?stemi`,
  String.raw`cva\b`,
  String.raw`(pt|patient|c o|and|w|with) sob\b`,
  String.raw`resp(iratory)? distress`,
  String.raw`unresp\w*`,
  String.raw`loss of consciousness`,
  String.raw`gsw`,
  String.raw`hypoglycemi\w*`,
  String.raw`dka`,
  String.raw`(sepsis|septic)`,
  String.raw`(shes|hes|she is|he is) (turning |going )?(blue|purple)`,
  String.raw`inhaler (isnt|is not|not|doesnt|does not) (working|helping)`,
  String.raw`bleed\w* (that |and it |and |it )?(wont|will not|doesnt|does not) stop`,
  String.raw`(cant|cannot|wont|will not) stop (vomiting|throwing up|puking|shaking)`,
  String.raw`swallowed (a|an) (battery|coin|magnet|magnets)`,
  String.raw`panic attack`,
  String.raw`(gray|grey|pale) and (sweat\w*|clammy)`,
  String.raw`clammy`,
  String.raw`bleeding through`,
  String.raw`losing (a lot of |so much |lots of )?blood`,
  String.raw`fell (from|off|down) (the|a) (roof|second|third|ladder|balcony|stairs|window)`,
  String.raw`throat (is |feels )?(tight|closing|swelling)`,
  String.raw`(going into|in) shock`,
  String.raw`not making (any )?sense`,
  String.raw`(bp|blood pressure)( is)? (very |really |super |dangerously )?(high|low|2\d\d)`,
  String.raw`(need|needs|call|calling|get|send) (an |a )?ambulance`,
  String.raw`(this is|its|it is|having|im having|we have|having a) (an? )?(medical )?emerg\w*(?! (room|rooms|department|dept|visit|visits|bill|bills|claim|claims|care|service|services|physician|doctor|copay))`,
  String.raw`emerg\w* (right )?now`,
  String.raw`(im|i am|he is|hes|she is|shes|(my|our) \w+ is) dying(?! (to|of (laughter|boredom|curiosity)))`,
  String.raw`(feel like )?(im|i am|he is|she is) (going to|gonna) die`,
  String.raw`(dying|die) right now`,
];

const emergencyEs: readonly string[] = [
  // Respirar
  String.raw`no (puedo|puede|podia|podemos|pueden) respirar`,
  String.raw`no respira`,
  String.raw`(dejo|deja|dejó) de respirar`,
  String.raw`(me|le|nos) (falta|faltaba|hace falta) (el )?aire`,
  String.raw`(me|le) cuesta (mucho |trabajo )?respirar`,
  String.raw`(dificultad|problemas|trabajo) (para|al) respirar`,
  String.raw`me ahogo`,
  String.raw`(se|me) (esta|estoy|estan) ahogando`,
  String.raw`se ahoga`,
  String.raw`asfixi\w*`,
  String.raw`(labios|cara) (morad|azul)\w*`,
  // Pecho, corazón
  String.raw`dolor( \w+){0,3} (de|en el|en mi|del) pecho`,
  String.raw`(me|le|nos) (duele|dolia|esta doliendo|aprieta|arde) (mucho |muchisimo |bien feo |horrible |demasiado |fuerte )?(el|mi|su) pecho`,
  String.raw`(presion|opresion|apreton|ardor) (en el|en mi|del) pecho`,
  String.raw`pecho apretado`,
  String.raw`infarto`,
  String.raw`ataque (al|del) corazon`,
  String.raw`ataque cardiaco`,
  String.raw`paro (cardiaco|cardiorespiratorio|respiratorio)`,
  // Derrame cerebral
  String.raw`derrame`,
  String.raw`embolia`,
  String.raw`(cara|boca) (chueca|caida|torcida|de lado)`,
  String.raw`(no puede|no puedo) (hablar bien|mover (el|la|mi|su) (brazo|pierna|cara|lado))`,
  String.raw`(habla|hablando) (raro|arrastrad\w*|enredad\w*|chueco)`,
  String.raw`no (siento|siente) (el|la|mi|su) (brazo|pierna|cara|lado)`,
  // Convulsiones
  String.raw`convulsi\w*`,
  String.raw`ataque (de )?epilep\w*`,
  // Desmayo
  String.raw`(se|me) desmay\w*`,
  String.raw`desmayad[oa]`,
  String.raw`inconsciente`,
  String.raw`(esposo|esposa|marido|mujer|hijo|hija|mama|papa|madre|padre|bebe|nino|nina|abuelo|abuela|hermano|hermana|tio|tia|el|ella|paciente|pareja|novio|novia|amigo|amiga) (ya )?no (responde|reacciona|despierta|se despierta|se mueve|se levanta)`,
  String.raw`perdi(o)? el conocimiento`,
  String.raw`(se|me) (cayo|cai|colapso) y no`,
  String.raw`colaps\w*`,
  // Sangrado
  String.raw`sangr(ando|a) (mucho|muchisimo|sin parar|demasiado|y no para)`,
  String.raw`mucha sangre`,
  String.raw`hemorragia`,
  String.raw`sangrado (abundante|fuerte|mucho|muy fuerte|que no para|sin parar)`,
  String.raw`(esta|estoy|sigue|sigo|anda|empezo a) sangrando`,
  String.raw`(golpe|golpeo|pego|pegue) (en )?(la|su|mi) cabeza`,
  String.raw`(cayo|caer|caida|cai|golpe\w*).{0,40}(no se mueve|no responde|no despierta|no reacciona|inconsciente|no contesta|sangr\w*|confundid[oa])`,
  String.raw`(esta|estan|se puso|se esta poniendo) (morad[oa]|azul)`,
  String.raw`(espuma|echando espuma) por la boca`,
  String.raw`(el corazon|corazon) (me )?(late|palpita|esta latiendo) (muy |bien |super )?(rapido|fuerte)`,
  String.raw`(muy|bien|super) mareado`,
  String.raw`(azucar|glucosa) (muy |bien |super )?(baja|alta|en \d+)`,
  String.raw`(le|me) (dispararon|apunalaron|acuchillaron)`,
  String.raw`accidente de (carro|coche|auto|transito)`,
  String.raw`(le|me) (esta dando|dio) un ataque`,
  String.raw`(embarazada|semanas).{0,30}sangr\w*`,
  String.raw`desmay\w*`,
  String.raw`dolor toracico`,
  String.raw`dificultad respiratoria`,
  String.raw`sincope`,
  String.raw`desatur\w*`,
  String.raw`(sudando (mucho|frio)|sudor frio)`,
  String.raw`(garganta (cerrada|hinchada|se (me |le )?cierra))`,
  String.raw`(labios|lengua|cara|ojos) (muy )?(hinchad\w*|inflamad\w*|enormes|muy grandes)`,
  String.raw`no puede hablar`,
  String.raw`(esta|estoy) (muy )?grave`,
  String.raw`no (despierta|reacciona)`,
  String.raw`atragant\w*`,
  String.raw`ahogand\w*`,
  String.raw`(duele|dolor en) el corazon`,
  String.raw`se (le|me) fue el aire`,
  String.raw`(le|me) dio un paro`,
  String.raw`(mitad|un lado) del cuerpo`,
  String.raw`se (me|le) (duerme|durmio|esta durmiendo) (la cara|el brazo|la mitad|un lado|la pierna)`,
  String.raw`(trago|se trago|se comio) (una pila|una bateria|un iman|una moneda)`,
  String.raw`ataque de (panico|ansiedad)`,
  String.raw`no (paro|para|puedo parar|deja) de vomitar`,
  String.raw`(creo que )?me voy a morir`,
  String.raw`siento que me muero`,
  String.raw`(se le|se me) paro el corazon`,
  String.raw`respir\w* con (mucha )?dificultad`,
  String.raw`(y|pero|ya|y ya) no (responde|contesta)`,
  String.raw`sangrado`,
  String.raw`(pico|mordio) (un |una )?(alacran|vibora|serpiente|arana|abeja|avispa)`,
  String.raw`presion (muy |bien |super )(alta|baja)`,
  String.raw`fiebre (muy |bien |super )?(alta|de 4\d)`,
  String.raw`dolor de cabeza (horrible|muy fuerte|insoportable|terrible)`,
  String.raw`dolor (insoportable|horrible)`,
  String.raw`tuvo un accidente`,
  String.raw`atropell\w*`,
  String.raw`se quemo`,
  String.raw`quemaduras? (grave|graves|fuerte|fuertes|grande|grandes)`,
  String.raw`no (puede|podemos|puedo) despertar(lo|la|le)?`,
  String.raw`palid[oa] y sud\w*`,
  String.raw`(?<!no (es|era|fue) (una )?)emergencia medica`,
  String.raw`(le|me) (esta dando|dio) algo`,
  String.raw`(se puso|me puse|se esta poniendo|me estoy poniendo) (muy )?(mal|malo|mala) de repente`,
  String.raw`perdiendo (mucha )?sangre`,
  String.raw`choque de (carro|auto|coche)`,
  String.raw`(en )?trabajo de parto`,
  String.raw`se (le|me) (rompio|reventó|reviento) la fuente`,
  String.raw`falta (de )?(la )?respiracion`,
  String.raw`(perdi|perdio) la vista`,
  String.raw`no (ve|veo) nada`,
  String.raw`peor dolor de cabeza`,
  String.raw`sangre (en el|al) (vomit\w*|tos\w*)`,
  String.raw`(llame|llamamos|viene|esta en camino|ya viene) (a )?la ambulancia`,
  String.raw`(ataque de asma|crisis asmatica)`,
  String.raw`(dolor|duele|entumid\w*|adormecid\w*).{0,30}brazo izquierdo`,
  String.raw`brazo izquierdo.{0,20}(duele|dolor|entumid\w*|adormecid\w*)`,
  String.raw`no (para|paran|deja|dejan) de sangrar`,
  String.raw`(vomitando|tosiendo|escupiendo|vomita|vomito) sangre`,
  // Sobredosis
  String.raw`envenena\w*`,
  // Alergia
  String.raw`se (me |le )?(hincha|cierra|esta cerrando) la garganta`,
  String.raw`reaccion alergica`,
  // Decirlo
  String.raw`(llamar|llame|llamen|llamo|marcar|marque) al 911`,
  String.raw`(necesito|necesita|manden|llamen) (una )?ambulancia`,
  String.raw`(?<!no )(es|tengo|tenemos) una emergencia(?! (medica )?(de|del|en) )`,
  String.raw`emergencia (ahorita|ahora)`,
  String.raw`(me|se) (esta|estoy) muriendo`,
  String.raw`me estoy muriendo`,
];

/** An overdose or poisoning: an emergency, and often not an accident, so 911 first and 988 after it. */
const overdoseEn: readonly string[] = [
  String.raw`(took|taken|swallowed|ate|has taken|had taken|got into) (a bunch|a lot|a handful|too many|to many|way too many|all|the whole|a whole|lots|extra|double|some)( of)?( (his|her|my|their|the|grandmas|moms|dads|mommys))? (pills|pill|meds|medication|medications|medicine|tablets)`,
  String.raw`overdos\w*`,
  String.raw`took (too many|to many|way too many|a lot of|a bunch of|all (of )?(my|the|his|her)|the whole bottle of|a whole bottle of|extra) (pills|pill|meds|medication|medications|medicine|tablets|insulin|oxy\w*|fentanyl|tylenol|sleeping pills)`,
  String.raw`(too many|to many) (pills|meds|tablets)`,
  String.raw`swallowed (a bottle|the bottle|all|a whole|the whole|a handful|a bunch)`,
  String.raw`(swallowed|ate|drank|got into) .{0,25}(pills|medicine|meds|bleach|poison|detergent|pods|drugs)`,
  String.raw`(od|oding|oded) (on|again)`,
  String.raw`(drank|swallowed|ate) (bleach|poison|antifreeze)`,
];

const overdoseEs: readonly string[] = [
  String.raw`(se paso|me pase|me he pasado|se ha pasado|se pasaron|me pasado|pasado) de (droga|drogas|pastillas|medicina|medicinas|alcohol)`,
  String.raw`sobredosis`,
  String.raw`(me|se|nos)? ?(tome|tomo|trague|trago|tomamos) (muchas|demasiadas|todas (las|mis|sus)|un frasco de|un monton de|muchos) (pastillas|pildoras|medicinas|medicamentos|tabletas)`,
  String.raw`(demasiadas|muchisimas) (pastillas|pildoras|medicinas)`,
  String.raw`(tomo|bebio|trago|tome|trague) (el |la |un poco de )?(cloro|veneno|lejia|raticida|thinner)`,
  String.raw`veneno`,
];

const crisisEn: readonly string[] = [
  String.raw`kill?(ing)? ?(my ?self|my slef|myslef|mysef)`,
  String.raw`kill (him|her|them) ?sel(f|ves)`,
  String.raw`kms`,
  String.raw`ending it`,
  String.raw`(suicid|sucid|suicd|suiced|suiside|sucide|suacid)\w*`,
  String.raw`(want|wanna|wana|wnt|wamt|wanted|ready|planning|plan) (to )?die`,
  String.raw`(wants|wanted) to die`,
  String.raw`wish (i|he|she) (was|were|could be|would) (dead|die|just die)`,
  String.raw`wish i (could )?(die|disappear forever)`,
  String.raw`better off dead`,
  String.raw`better off without me`,
  String.raw`(end|ending|take|taking|ended) (my|his|her|their) (own )?life`,
  String.raw`end it all`,
  String.raw`(thinking (of|about)|want to|wanna|going to|gonna|ready to|plan to|planning to|decided to) end(ing)? it\b`,
  String.raw`end (my|the) suffering`,
  String.raw`(wont|will not) be (here|alive|around) (in|by|for|much longer|anymore|tomorrow)`,
  String.raw`(disappear|sleep) forever`,
  String.raw`never wake up`,
  String.raw`want to disappear`,
  String.raw`hopeless`,
  String.raw`(im|i am) done( \w+){0,3} goodbye`,
  String.raw`goodbye (forever|everyone|world|cruel world)`,
  String.raw`unalive`,
  String.raw`sewer ?slide`,
  String.raw`(want to|wanna|ready to|going to|gonna) give up`,
  String.raw`(dont|do not|cant|cannot) see (the|any) point( anymore| in (anything|living|going on|life))?`,
  String.raw`(no|any) point (anymore|in anything|in living|in life)`,
  String.raw`whats the point (anymore|of (anything|living|life|going on))`,
  String.raw`(wants|says|said|saying|threatening|threatens|talking about|talks about) (to |he |she |they )?(wants to |will |is going to |is gonna )?(end(ing)? it|kill|killing|hurt|hurting)`,
  String.raw`(rather|prefer to) (be dead|die)`,
  String.raw`(should|could) (just )?die`,
  String.raw`not being (here|alive|around)`,
  String.raw`(cutting|cut) (again|myself|my (arms|wrists))`,
  String.raw`(say|said|saying|wrote|write|writing) (my )?goodbye`,
  String.raw`goodbye (letter|note)`,
  String.raw`(im|i am|feel like) a burden`,
  String.raw`drive (off|into) (a|the) (cliff|bridge|wall|tree|river)`,
  String.raw`(got|have|bought) a gun`,
  String.raw`end(ing)? things`,
  String.raw`(cant|cannot|can not) live like this`,
  String.raw`(do|doing) (something|anything) (stupid|drastic)`,
  String.raw`(scared|afraid) (of )?what i (might|will|could|would) do`,
  String.raw`(dont|do not|cant) trust myself`,
  String.raw`nothing (left )?to live for`,
  String.raw`(want|wanna|need) (it|this|the pain|everything) to stop`,
  String.raw`thinking (about|of) (taking|swallowing) (all|my|every)`,
  String.raw`(do it|end it) (tonight|today|now)`,
  String.raw`(pills|meds) (saved|stashed|stockpiled)`,
  String.raw`saving (up )?(my )?(pills|meds)`,
  String.raw`goodbyes`,
  String.raw`better (off )?without me`,
  String.raw`(notice|care|miss me|matter) if i (was|were|am|m) gone`,
  String.raw`feel(ing)? like dying`,
  String.raw`(going to|gonna|will|about to) jump`,
  String.raw`(pills|gun|rope) ready`,
  String.raw`(endors\w*|active|passive|reports|reporting|positive for|with|has|c o) si\b`,
  String.raw`self injur\w*`,
  String.raw`5150`,
  String.raw`psych(iatric)? hold`,
  String.raw`hate (my|this) life`,
  String.raw`not (exist|wake up)`,
  String.raw`(tired|sick) of (everything|it all|being alive)`,
  String.raw`done with (everything|it all)`,
  String.raw`(dont|do not) care (if|whether) i (die|live)`,
  String.raw`let me die`,
  String.raw`(not|wont|will not) (going to |gonna )?be around (much longer|anymore)`,
  String.raw`(my )?last (message|text) (ever|to anyone|goodbye)`,
  String.raw`(no one|nobody|noone) would (miss|care)`,
  String.raw`(wish|wished) i (was|were|had) never (been )?born`,
  String.raw`(done with|tired of) (life|living|being alive)`,
  String.raw`(want|wish) (it|this|everything) (all )?(to be over|to end|would end)`,
  String.raw`(take|swallow|taking|swallowing) (all|every one of) (my|the|of my) (pills|meds|medication|medicine)`,
  String.raw`(end|ending) (it|everything) (tonight|today|now)`,
  String.raw`(dont|do not|doesnt|does not|dnt|no longer) (want|wanna|wana) (to )?(live|be alive|be here anymore|exist|wake up|go on)`,
  String.raw`no (reason|point) (to|in) (live|living|going on)`,
  String.raw`whats the point of living`,
  String.raw`(hurt|harm|hurting|harming|cut|cutting) (my ?self|him ?self|her ?self|them ?sel(f|ves))`,
  String.raw`self ?harm\w*`,
  String.raw`(cant|cannot|can not) (go on|keep going|do this) any ?more`,
  String.raw`(cant|cannot|can not) go on`,
  String.raw`(cant|cannot|can not) take (it|this|life) any ?more`,
  String.raw`give up on (life|living)`,
  String.raw`(took|take|taking|swallowed) .{0,40}on purpose`,
  String.raw`(hang|shoot|drown) (my ?self|him ?self|her ?self)`,
  String.raw`jump(ing|ed)? (off|from|in front)`,
  String.raw`(plan|plans|planning|going|gonna|want|wants|threaten\w*|thinking about|thinks about) to (overdose|od|kill|hurt|harm|end)`,
  String.raw`(thinking|thought|thinks) (about|of) (overdosing|jumping|hanging|shooting|cutting|dying)`,
  String.raw`(life|living) is not worth`,
  String.raw`not worth living`,
];

const crisisEs: readonly string[] = [
  String.raw`(?<!no )(quiero|quisiera|queria) morir(me)?`,
  String.raw`me (quiero|kiero|qiero|queria|voy a) (morir|matar)`,
  String.raw`quiere (morir|morirse|matarse|suicidarse)`,
  String.raw`se quiere (morir|matar)`,
  String.raw`matarme`,
  String.raw`(suicid|suisid|sucid)\w*`,
  String.raw`(quitarme|quitarse|quitar) la vida`,
  String.raw`(no|ya no) (quiero|kiero|qiero|quiere) (vivir|seguir viviendo|estar aqui|despertar|seguir)`,
  String.raw`(hacerme|me hago|me hice|hacerse|me quiero hacer) dano`,
  String.raw`lastimarme`,
  String.raw`me (quiero )?lastimar`,
  String.raw`cortarme(?! el (pelo|cabello))`,
  String.raw`me (estoy|he estado|sigo) cortando`,
  String.raw`me he cortado`,
  String.raw`me corto (los brazos|las venas|las munecas|la piel)`,
  String.raw`no vale la pena vivir`,
  String.raw`(mejor|estaria mejor|estarian mejor sin mi|mejor sin mi) muert[oa]`,
  String.raw`estarian mejor sin mi`,
  String.raw`(acabar|terminar) con (mi vida|todo)`,
  String.raw`me mato(?! de (risa|la risa))`,
  String.raw`me voy a (matar|aventar|tirar|colgar|ahorcar)`,
  String.raw`(aventarme|tirarme|lanzarme) (del|de un|de una|al|por la|por el) (puente|edificio|techo|ventana|tren|carro|azotea)`,
  String.raw`(aventar|tirar|lanzar)(me)? (del|de un|desde el) (puente|edificio|techo|azotea)`,
  String.raw`(colgarme|ahorcarme|ahorcar)`,
  String.raw`me hice cortes`,
  String.raw`cortarme las venas`,
  String.raw`(kiero|qiero|quero) morir(me)?`,
  String.raw`(tomarme|tragarme|me voy a tomar) (todas|muchas|todo el frasco de) (las |mis )?(pastillas|medicinas|pildoras)`,
  String.raw`(no tiene|sin) sentido (seguir )?(vivir|viviendo|seguir)`,
  String.raw`seguir viviendo`,
  String.raw`(desaparecer|dormir) para siempre`,
  String.raw`quiero desaparecer`,
  String.raw`no (quiero|quisiera) despertar`,
  String.raw`ojala (me muriera|estuviera muert[oa]|me muera|no despierte)`,
  String.raw`(seria|estaria) mejor (si me muero|muert[oa])`,
  String.raw`ya no puedo mas`,
  String.raw`adios (a todos|para siempre|mundo)`,
  String.raw`quitarme de en medio`,
  String.raw`(irme|ir) de este mundo`,
  String.raw`cans\w+ de vivir`,
  String.raw`para que (vivir|seguir)`,
  String.raw`no le veo (sentido|caso) (a la vida|a nada|a seguir|a vivir)`,
  String.raw`(pensamientos|ideas?) (de muerte|suicidas|de matarme|de hacerme dano|de morir)`,
  String.raw`soy una carga`,
  String.raw`mejor me muero`,
  String.raw`ya no sentir nada`,
  String.raw`(y )?no despertar( nunca| mas)?`,
  String.raw`ya no aguanto(?! (el|este|del) dolor)`,
  String.raw`(se va a|se quiere|amenaza con|va a) (matar|suicidar|quitar la vida)`,
  String.raw`matarse`,
  String.raw`quitarse la vida`,
  String.raw`no (puedo|quiero) (vivir|seguir) (asi|mas)`,
  String.raw`(quiero|ojala) que (todo|esto) (termine|se acabe)`,
  String.raw`hacer una (locura|tonteria)`,
  String.raw`miedo (de )?lo que (pueda|puedo|vaya a) hacer`,
  String.raw`(nada|razon|razones|motivo|motivos) (por|para) (que )?vivir`,
  String.raw`nadie me (va a )?(extranar|extranaria)`,
  String.raw`(me lleve|llevara|se me lleve) (dios|diosito)`,
  String.raw`ir(me)? con dios`,
  String.raw`ganas de (morir\w*|matar\w*|desaparecer|no despertar|no vivir)`,
  String.raw`me corte (las venas|los brazos|las munecas)`,
  String.raw`(hago|hice|hecho|hacerme) (cortes|cortadas)`,
  String.raw`autolesi\w*`,
  String.raw`se (corta|lastima|hace dano)`,
  String.raw`odio (mi|esta) vida`,
  String.raw`(ya )?no (me )?importa (nada|si me muero|vivir|si vivo)`,
  String.raw`si me muero`,
  String.raw`(dejenme|dejame|que me dejen) morir`,
  String.raw`cansad[oa] de (todo|la vida|vivir)`,
  String.raw`(no quiero|dejar de) existir`,
  String.raw`dejar de vivir`,
  String.raw`(pienso|pensando|pense|pensar) en (la muerte|morir\w*|matarme|quitarme|suicid\w*|hacerme dano)`,
  String.raw`(mi vida|vivir) no vale (nada|la pena)`,
  String.raw`me quiero (aventar|tirar|colgar|ahorcar)`,
  String.raw`(voy a|quiero) tomar(me)? todas (las|mis)`,
  String.raw`mejor (que )?me muera`,
  String.raw`(no tengo|sin) ganas de vivir`,
  String.raw`(quiero|quisiera) estar muert[oa]`,
  String.raw`no (quiero|want to|wanna) (live|vivir)`,
  String.raw`(estar|seguir|vivir) en este mundo`,
  String.raw`ir(me)? para siempre`,
  String.raw`acabar con (esto|mi sufrimiento|el sufrimiento)`,
  String.raw`ya no vale la pena`,
  String.raw`hacer(me)? algo( malo| feo)?(?! (al|a la|con el|con la|por))`,
  String.raw`pensamientos (feos|malos|oscuros|negativos|de muerte)`,
  String.raw`prefiero (morir|estar muert)\w*`,
  String.raw`me voy a (cortar|lastimar)`,
  String.raw`me canse de (todo|vivir|la vida)`,
  String.raw`no puedo mas`,
  String.raw`sentido a (la vida|vivir|nada|seguir)`,
  String.raw`no (quiero|quisiera) amanecer`,
  String.raw`hart[oa] de (vivir|la vida|todo)`,
  String.raw`para que (sigo|seguir) (viviendo|vivo)`,
  String.raw`para que vivo`,
  String.raw`desaparecer de este mundo`,
  String.raw`(irme|ir|desaparecer|dormir|dormirme|descansar).{0,20}para siempre`,
  String.raw`seguir sufriendo`,
  String.raw`(llevame|llevatelo|llevame ya) (dios|senor|diosito|ya)`,
  String.raw`(dios|senor|diosito) (llevame|ya llevame|recogeme)`,
  String.raw`ya no tiene caso`,
  String.raw`(no tiene|sin) caso (vivir|seguir)`,
  String.raw`se (acabe|termine) todo`,
  String.raw`ganas de (aventar\w*|tirar\w*|colgar\w*|cortar\w*)`,
  String.raw`me corte (otra vez|de nuevo|anoche|ayer|hoy)`,
  String.raw`(me|se) .{0,30}a proposito`,
  String.raw`vida no tiene (sentido|caso)`,
  String.raw`(tomar|tomarme|tragarme|me tomo|me voy a tomar) (el|un|todo el) frasco`,
  String.raw`(habla|hablando|hablo) de (morir\w*|matar\w*|suicid\w*|quitarse)`,
  String.raw`(ya )?no aguanto (mas|la vida|vivir)(?! (el|este|del|con el|de) dolor)`,
  String.raw`(pastillas|pildoras|medicinas|sobredosis|me corte|tome|trague).{0,40} a proposito`,
];

/**
 * Words typed without spaces ("mychesthurtsreallybad", "kieromorirme"): a long run of letters is
 * searched for these pieces. Only inside such runs, so "no respiratory therapy" is not "norespira".
 */
const squashed: readonly { kind: Words; locale: SafetyLocale; pieces: readonly string[] }[] = [
  { kind: 'crisis', locale: 'en', pieces: ['killmyself', 'killmyslef', 'kilmyself', 'wanttodie', 'wannadie', 'endmylife', 'endingmylife', 'takemyownlife', 'suicid', 'sucid', 'dontwanttolive', 'hurtmyself', 'endingit', 'endit'] },
  { kind: 'crisis', locale: 'es', pieces: ['quieromorir', 'kieromorir', 'mequieromorir', 'matarme', 'mequieromatar', 'quitarmelavida', 'noquierovivir', 'hacermedano', 'suicidar'] },
  { kind: 'overdose', locale: 'en', pieces: ['overdos', 'toomanypills'] },
  { kind: 'overdose', locale: 'es', pieces: ['sobredosis', 'depastillas', 'muchaspastillas'] },
  { kind: 'emergency', locale: 'en', pieces: ['chestpain', 'chesthurt', 'chestpressure', 'chesttight', 'cantbreath', 'cannotbreath', 'cantbreth', 'barelybreath', 'hardtobreath', 'troublebreathing', 'notbreathing', 'stoppedbreathing', 'heartattack', 'passedout', 'passingout', 'unconscious', 'seizure', 'havingastroke', 'bleedingalot', 'bleedingbad', 'collapsed', 'fainted', 'notresponding', 'wontwakeup'] },
  { kind: 'emergency', locale: 'es', pieces: ['nopuedorespirar', 'nopuederespirar', 'norespira', 'dolordepecho', 'dolorenelpecho', 'duelepecho', 'dueleelpecho', 'infarto', 'desmay', 'convulsi', 'inconsciente', 'sangrandomucho', 'noresponde', 'faltaelaire'] },
];
const SQUASHED_RUN = 12;

/**
 * Words people mix across languages ("my pecho hurts", "i want to morir", "no puedo breathe"): a body
 * word near a symptom word, whichever language each is in, within a few words.
 */
const concepts: readonly { kind: Words; first: RegExp; then: RegExp; within: number; either?: boolean }[] = [
  { kind: 'emergency', first: /^(chest|chst|pecho)$/, then: /^(pain|pains|pian|hurt|hurts|hurting|duele|dolia|dolor|cierra|tight|tightness|pressure|presion|opresion|ache|aching|apretado|aprieta|squeezing|crushing|heavy|pesado|arde|burning)$/, within: 4, either: true },
  { kind: 'emergency', first: /^(cant|cannot|no|not|hard|trouble|difficult|difficulty|dificultad|barely|apenas|struggling|cuesta|puedo|puede)$/, then: /^(breathe|breath|breathing|breth|brethe|respirar|respiro|respira|respirando)$/, within: 3 },
  { kind: 'crisis', first: /^(want|wanna|wana|quiero|kiero|quisiera|gonna|voy|planning|ready|ganas)$/, then: /^(die|morir|morirme|matarme|suicide|suicidarme)$/, within: 3 },
  { kind: 'crisis', first: /^(kill|killing|matar)$/, then: /^(myself|herself|himself|themselves|self)$/, within: 2 },
];

function near(words: readonly string[], c: (typeof concepts)[number]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!c.first.test(words[i] ?? '')) continue;
    const from = c.either ? Math.max(0, i - c.within) : i + 1;
    for (let j = from; j <= Math.min(words.length - 1, i + c.within); j++) if (j !== i && c.then.test(words[j] ?? '')) return true;
  }
  return false;
}

function compile(list: readonly string[]): RegExp {
  return new RegExp(list.map((p) => `(?:(?<![a-z0-9])${p}(?![a-z0-9]))`).join('|'));
}

const lists: readonly { kind: Words; locale: SafetyLocale; re: RegExp }[] = [
  { kind: 'crisis', locale: 'en', re: compile(crisisEn) },
  { kind: 'crisis', locale: 'es', re: compile(crisisEs) },
  { kind: 'emergency', locale: 'en', re: compile(emergencyEn) },
  { kind: 'emergency', locale: 'es', re: compile(emergencyEs) },
  { kind: 'overdose', locale: 'en', re: compile(overdoseEn) },
  { kind: 'overdose', locale: 'es', re: compile(overdoseEs) },
];

/** Spellings typed fast or by ear, mapped to the word the lists expect ("kiero" → "quiero", "bida" → "vida"). */
const spellings: Readonly<Record<string, string>> = {
  kiero: 'quiero', qiero: 'quiero', kero: 'quiero', quero: 'quiero', kieres: 'quieres', ke: 'que', q: 'que', k: 'que',
  bida: 'vida', bibir: 'vivir', vibir: 'vivir', bivir: 'vivir', suisidio: 'suicidio', suisidarme: 'suicidarme',
  suisidar: 'suicidar', aorcarme: 'ahorcarme', orita: 'ahorita', aorita: 'ahorita', pecko: 'pecho', respirrar: 'respirar',
  cnt: 'cant', caint: 'cant', cn: 'can', kil: 'kill', suicde: 'suicide', sucide: 'suicide', suicid: 'suicide',
  myslef: 'myself', mysef: 'myself', brethe: 'breathe', breth: 'breathe', brath: 'breathe', chets: 'chest', chst: 'chest',
  hurst: 'hurts', hrts: 'hurts', rn: 'right now', rite: 'right', tonite: 'tonight', bout: 'about', thinkin: 'thinking',
};

/** Lower case, no accents, no apostrophes; every run of other characters one space; fast spellings fixed. */
export function safetyText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/[a-z]+/g, (w) => spellings[w] ?? w);
}

/** Read in the whole message up to this many characters: "I can't breathe" at the end of a long story counts. */
export const SAFETY_SCAN_CHARS = 20_000;

export interface SafetyHeard {
  /** The line shown first: 988 for crisis words, else 911. */
  kind: SafetyKind;
  /** The other line, shown after the first: crisis and emergency words both, or an overdose (911, then 988). */
  also?: SafetyKind;
  /** The language the words were in, when only one language's words matched. */
  locale?: SafetyLocale;
}

export function safetyIn(text: string): SafetyHeard | undefined {
  const s = safetyText(text.slice(0, SAFETY_SCAN_CHARS));
  if (!s) return undefined;
  const runs = s.split(' ').filter((w) => w.length >= SQUASHED_RUN);
  const hits: { kind: Words; locale?: SafetyLocale }[] = lists.filter((l) => l.re.test(s));
  for (const sq of squashed) if (runs.some((run) => sq.pieces.some((p) => run.includes(p)))) hits.push(sq);
  const words = s.split(' ');
  for (const c of concepts) if (near(words, c)) hits.push({ kind: c.kind });
  if (hits.length === 0) return undefined;
  const has = (k: Words) => hits.some((h) => h.kind === k);
  const crisis = has('crisis');
  const emergency = has('emergency') || has('overdose');
  const locales = new Set(hits.flatMap((h) => (h.locale ? [h.locale] : [])));
  const locale = locales.size === 1 ? { locale: [...locales][0] as SafetyLocale } : {};
  if (crisis) return { kind: 'crisis', ...(emergency ? { also: 'emergency' as const } : {}), ...locale };
  return { kind: 'emergency', ...(has('overdose') ? { also: 'crisis' as const } : {}), ...locale };
}
