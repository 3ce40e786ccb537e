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
  // Stroke signs
  String.raw`strokes?(?! of (luck|genius))`,
  String.raw`(face|mouth|smile) (is |looks |went |started )?(drooping|droopy|droops|drooped|crooked|numb)`,
  String.raw`slurr(ed|ing|s)`,
  String.raw`(cant|cannot|can not|unable to) (move|feel|lift) (my|his|her|their|one) (arm|arms|leg|legs|face|side|hand)`,
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
  // Overdose, poisoning
  String.raw`overdos\w*`,
  String.raw`(od|oded|odd) on`,
  String.raw`took (too many|to many|way too many|a lot of|a bunch of|all (of )?(my|the|his|her)|the whole bottle of|a whole bottle of|extra) (pills|pill|meds|medication|medications|medicine|tablets|insulin|oxy\w*|fentanyl|tylenol|sleeping pills)`,
  String.raw`(too many|to many) (pills|meds|tablets)`,
  String.raw`swallowed (a bottle|the bottle|all|a whole|the whole|a handful|a bunch)`,
  String.raw`poison(ed|ing)`,
  // Allergy
  String.raw`(throat|tongue|lips|face) (is |are )?(swelling|swollen|closing)`,
  String.raw`anaphyla\w*`,
  String.raw`allergic reaction`,
  // Saying it
  String.raw`(call(ing)?|dial(ing)?|called) 911`,
  String.raw`^911$`,
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
  String.raw`no (para|deja) de sangrar`,
  String.raw`(vomitando|tosiendo|escupiendo|vomita|vomito) sangre`,
  // Sobredosis
  String.raw`sobredosis`,
  String.raw`(me|se|nos)? ?(tome|tomo|trague|trago|tomamos) (muchas|demasiadas|todas (las|mis|sus)|un frasco de|un monton de|muchos) (pastillas|pildoras|medicinas|medicamentos|tabletas)`,
  String.raw`(demasiadas|muchisimas) (pastillas|pildoras|medicinas)`,
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

const crisisEn: readonly string[] = [
  String.raw`kill(ing)? (my ?self|my slef|myslef)`,
  String.raw`kill (him|her|them) ?sel(f|ves)`,
  String.raw`kms`,
  String.raw`(suicid|sucid|suicd|suiced|suiside|sucide|suacid)\w*`,
  String.raw`(want|wanna|wanted|ready|planning|plan) (to )?die`,
  String.raw`(wants|wanted) to die`,
  String.raw`wish (i|he|she) (was|were|could be|would) (dead|die|just die)`,
  String.raw`wish i (could )?(die|disappear forever)`,
  String.raw`better off dead`,
  String.raw`better off without me`,
  String.raw`(end|ending|take|taking|ended) (my|his|her|their) (own )?life`,
  String.raw`end it all`,
  String.raw`(end|ending) (it|everything) (tonight|today|now)`,
  String.raw`(dont|do not|doesnt|does not|no longer) want to (live|be alive|be here anymore|exist|wake up|go on)`,
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
  String.raw`jump (off|in front)`,
  String.raw`(life|living) is not worth`,
  String.raw`not worth living`,
];

const crisisEs: readonly string[] = [
  String.raw`(?<!no )(quiero|quisiera|queria) morir(me)?`,
  String.raw`me (quiero|queria|voy a) (morir|matar)`,
  String.raw`quiere (morir|morirse|matarse|suicidarse)`,
  String.raw`se quiere (morir|matar)`,
  String.raw`matarme`,
  String.raw`suicid\w*`,
  String.raw`(quitarme|quitarse|quitar) la vida`,
  String.raw`(no|ya no) (quiero|quiere) (vivir|seguir viviendo|estar aqui|despertar|seguir)`,
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
  String.raw`(ya )?no aguanto (mas|la vida|vivir)(?! (el|este|del|con el|de) dolor)`,
  String.raw`(pastillas|pildoras|medicinas|sobredosis|me corte|tome|trague).{0,40} a proposito`,
];

function compile(list: readonly string[]): RegExp {
  return new RegExp(list.map((p) => `(?:(?<![a-z0-9])${p}(?![a-z0-9]))`).join('|'));
}

const lists: readonly { kind: SafetyKind; locale: SafetyLocale; re: RegExp }[] = [
  { kind: 'crisis', locale: 'en', re: compile(crisisEn) },
  { kind: 'crisis', locale: 'es', re: compile(crisisEs) },
  { kind: 'emergency', locale: 'en', re: compile(emergencyEn) },
  { kind: 'emergency', locale: 'es', re: compile(emergencyEs) },
];

/** Lower case, no accents, no apostrophes; every run of other characters one space. */
export function safetyText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Read in the whole message up to this many characters: "I can't breathe" at the end of a long story counts. */
export const SAFETY_SCAN_CHARS = 20_000;

export interface SafetyHeard {
  /** The line shown first: 988 for crisis words, else 911. */
  kind: SafetyKind;
  /** Crisis words and emergency words both ("I took all my pills on purpose"): 911 is shown too. */
  both: boolean;
  /** The language the words were in, when only one language's words matched. */
  locale?: SafetyLocale;
}

export function safetyIn(text: string): SafetyHeard | undefined {
  const s = safetyText(text.slice(0, SAFETY_SCAN_CHARS));
  if (!s) return undefined;
  const hits = lists.filter((l) => l.re.test(s));
  if (hits.length === 0) return undefined;
  const crisis = hits.some((h) => h.kind === 'crisis');
  const emergency = hits.some((h) => h.kind === 'emergency');
  const locales = new Set(hits.map((h) => h.locale));
  return {
    kind: crisis ? 'crisis' : 'emergency',
    both: crisis && emergency,
    ...(locales.size === 1 ? { locale: [...locales][0] } : {}),
  };
}
