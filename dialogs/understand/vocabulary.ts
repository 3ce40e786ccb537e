import type { AppealStatus, Hearing, Reason, Urgency } from '../../machines/answers.js';
import type { Command, FaqId } from './understand.js';

/**
 * The recognizer's vocabulary: every word list and pattern, English and Spanish side by side (people
 * mix them). Patterns run on normalized text (normalize.ts): lower case, no accents, no apostrophes
 * ("won't" → "wont"), Medi-Cal written `medi_cal`, Medi-Medi `medi_medi`, "dept" → "department",
 * "dr" → "doctor", common typos fixed. A pattern that matches is blanked out of the text so that a
 * later, more general pattern cannot read the same words again ("not urgent" before "urgent").
 */

export interface Rule<V> {
  value: V;
  patterns: readonly RegExp[];
  /** Only read when the bot just asked this slot (bare "no", "held", "pending"…). */
  whenExpecting?: boolean;
  /** Weak evidence: used only when no strong rule of the same slot matched ("they denied my MRI"). */
  weak?: boolean;
}

// ── whole-message patterns ──

/** SMS carrier opt-out words: the SMS layer owns them (CTIA/Twilio). Never a command here. */
export const carrierWords = /^(stop|stopall|cancel|end|quit|unsubscribe|parar|alto|cancelar|fin|baja|revoke|optout|opt out)$/;

export const commands: readonly Rule<Command>[] = [
  { value: 'help', patterns: [/^(help|help me|help please|please help|ayuda|ayudame|ayuda por favor|necesito ayuda|i need help)$/] },
  { value: 'back', patterns: [/^(back|go back|previous( question)?|undo|atras|regresar|volver|pregunta anterior|ir atras)$/] },
  { value: 'restart', patterns: [/^(start over|restart|start again|menu|main menu|reset|empezar de nuevo|reiniciar|volver a empezar|comenzar de nuevo|inicio|menu principal)$/] },
  {
    value: 'deleteData',
    patterns: [
      /^(please )?(delete|erase|remove|wipe) (all )?my (data|info|information|messages|answers)( please)?$/,
      /^(por favor )?(borrar|borra|borren|eliminar|elimina|eliminen) (todos )?(mi|mis) (datos|informacion|respuestas)( por favor)?$/,
    ],
  },
  {
    value: 'stopReminders',
    patterns: [
      /^(please )?(stop|turn off|no more|cancel|pause) (the |my |sending )?(sending )?(me )?reminders?( please)?$/,
      /^(no mas|parar|para|detener|cancelar|quitar|ya no quiero|dejar de recibir|no quiero mas) (los )?recordatorios( por favor)?$/,
    ],
  },
];

export const localeSwitches: readonly Rule<'en' | 'es'>[] = [
  { value: 'es', patterns: [/^(en )?(espanol|spanish)( please| por favor)?$/, /^(in )?spanish( please)?$/, /^(habla|hablas|hablan|speak) (espanol|spanish)$/] },
  { value: 'en', patterns: [/^(en |in )?(english|ingles)( please| por favor)?$/, /^(habla|hablas|speak) (ingles|english)$/] },
];

export const faqs: readonly Rule<FaqId>[] = [
  {
    value: 'whatIsImr',
    patterns: [
      /\bwhat(s| is| does)( an?| the)? (imr|independent medical review)\b/,
      /\b(que|qué) (es|significa)( una| la| el)? (imr|revision medica independiente)\b/,
      /^(imr|independent medical review)$/,
    ],
  },
  {
    value: 'isItFree',
    patterns: [
      /\bis (it|this|the (imr|review)|imr) free\b/,
      /\bhow much does (it|this|the (imr|review)|imr) cost\b/,
      /\bdoes (it|this|the (imr|review)|imr) cost( money| anything)?\b/,
      /\bdo i have to pay for (it|this|the (imr|review)|imr)\b/,
      /\bes gratis\b/,
      /\bcuanto cuesta\b/,
      /\b(tengo|hay) que pagar (por )?(la revision|el imr|la imr|esto|eso)\b/,
    ],
  },
  {
    value: 'howLong',
    patterns: [
      /\bhow long (does|will|do|would)( it| the (imr|review)| imr| this)? take\b/,
      /\bhow long (does|will) (it|the (imr|review)|imr) last\b/,
      /\bcuanto (tiempo )?(tarda|toma|se tarda|dura)\b/,
    ],
  },
  {
    value: 'dmhcOrCdi',
    patterns: [
      /\b(dmhc|cdi) or (dmhc|cdi)\b/,
      /\b(dmhc|cdi) o (dmhc|cdi)\b/,
      /\bdifference between (dmhc|cdi) and (dmhc|cdi)\b/,
      /\bdiferencia entre (el )?(dmhc|cdi) y (el )?(dmhc|cdi)\b/,
      /\bwhich (agency|department|regulator)\b/,
      /\bwho regulates my plan\b/,
      /\b(que|cual) (agencia|departamento) me (toca|corresponde)\b/,
    ],
  },
  {
    value: 'documents',
    patterns: [
      /\bwhat (documents|papers|paperwork|records)\b/,
      /\bwhat (do i|should i) (need to )?(send|include|attach)\b/,
      /\b(que|cuales) (documentos|papeles)\b/,
      /\bque (tengo que|debo|necesito) (enviar|mandar)\b/,
    ],
  },
  {
    value: 'whoCanHelp',
    patterns: [
      /\b(can|could) (someone|somebody|anyone|anybody|you) help me\b/,
      /\bwho can help( me)?\b/,
      /\b(is there|any|where can i get|i need) free help\b/,
      /\b(alguien|quien) me (puede|podria) ayudar\b/,
      /\bhay ayuda gratis\b/,
      /\bnecesito que alguien me ayude\b/,
    ],
  },
];

// ── yes / no / don't know (whole statement) ──

export const bareYes =
  /^(yes|yeah|yea|yep|yup|ya|sure|correct|right|of course|i think so|si|sip|simon|claro|claro que si|asi es|creo que si|por supuesto)( (my |mi |el )?doctor (said|says|dijo|dice)( so| que si)?)?( please| por favor)?$/;
export const bareNo = /^(no|nope|nah|nel|no no|not really|para nada|no i (have not|havent|didnt|did not)|i (have not|havent|didnt|did not))$/;
export const bareUnsure =
  /^(i )?(dont|do not) know$|^(im |i am )?not sure$|^idk$|^no idea$|^no clue$|^dunno$|^maybe$|^perhaps$|^no (se|lo se)$|^nose$|^no estoy (seguro|segura)$|^ni idea$|^no tengo idea$|^quien sabe$|^tal vez$|^quizas?$|^a lo mejor$/;
export const notYet = /^(not yet|no,? not yet|nah,? not yet|never|todavia no|aun no|nunca|no todavia|no,? nunca)$/;
export const skipWords = /^(skip|omitir|saltar|pass|next|siguiente)$|^(i )?(dont|do not) (remember|recall)$|^i forgot$|^no (me acuerdo|recuerdo)$/;

// ── coverage (imr-rules §1 plan type, §2 routing details) ──

export type BrandKind = 'hmoBrand' | 'both' | 'mediCal' | 'medicare' | 'dmhcEither';
export interface Brand {
  name: string;
  kind: BrandKind;
  patterns: readonly RegExp[];
}

/**
 * Kaiser: DMHC. Both kinds: never a guess from the brand alone (§2). L.A. Care and Molina sell
 * Medi-Cal and Covered California plans, both DMHC: the name is kept, the type still asked.
 */
export const brands: readonly Brand[] = [
  { name: 'Kaiser', kind: 'hmoBrand', patterns: [/\bkaiser( permanente)?\b/] },
  { name: 'Blue Shield', kind: 'both', patterns: [/\bblue shield( of california)?\b/, /\bbsc\b/] },
  { name: 'Anthem Blue Cross', kind: 'both', patterns: [/\banthem( blue cross)?\b/, /\bblue cross\b/] },
  { name: 'Health Net', kind: 'both', patterns: [/\bhealth ?net\b/] },
  { name: 'Aetna', kind: 'both', patterns: [/\baetna\b/] },
  { name: 'Cigna', kind: 'both', patterns: [/\bcigna\b/] },
  { name: 'UnitedHealthcare', kind: 'both', patterns: [/\bunited ?health ?care\b/, /\buhc\b/] },
  { name: 'L.A. Care', kind: 'dmhcEither', patterns: [/\bla care\b/] },
  { name: 'Molina', kind: 'dmhcEither', patterns: [/\bmolina( healthcare| health care)?\b/] },
  { name: 'IEHP', kind: 'mediCal', patterns: [/\biehp\b/, /\binland empire health plan\b/] },
  { name: 'CalOptima', kind: 'mediCal', patterns: [/\bcal ?optima( health)?\b/] },
  { name: 'Partnership HealthPlan', kind: 'mediCal', patterns: [/\bpartnership health ?plan\b/] },
  { name: 'CenCal Health', kind: 'mediCal', patterns: [/\bcencal( health)?\b/] },
  { name: 'Humana', kind: 'medicare', patterns: [/\bhumana\b/] },
  // "scan" is also an imaging test ("they denied my CT scan"): only the plan's full name or "SCAN" alone.
  { name: 'SCAN', kind: 'medicare', patterns: [/\bscan health plan\b/, /^(i have |tengo |its |es |my plan is )?scan$/] },
];

export const coverageCues = {
  mediMedi: [
    /\bmedi_medi\b/,
    /\bd ?-?snp\b/,
    /\bcal mediconnect\b/,
    /\bdual ?choice\b/,
    /\bdual eligible\b/,
    /\bdual special needs\b/,
    /\bdoble elegibilidad\b/,
    /\bmedicare (and|&|y|e) medi_cal\b/,
    /\bmedi_cal (and|&|y) medicare\b/,
  ],
  medicare: [/\bmedicare\b/, /\bsenior advantage\b/],
  /** Separate Medicare and Medi-Cal plans are routed by which plan sent the denial (§2): not Medi-Medi. */
  separatePlans: [/\b(separate|separately|por separado|aparte|separados)\b/],
  mediCal: [/\bmedi_cal\b/],
  ffs: [
    /\b(regular|straight|plain|just|solo) medi_cal\b/,
    /\bmedi_cal (regular|normal)\b/,
    /\bfee ?-?for ?-?service\b/,
    /\bffs\b/,
    /\bpago por servicio\b/,
    /\bmedi_cal,? (without|sin|no) (a |un )?(health )?plan\b/,
    /\bno tengo plan\b/,
  ],
  rx: [/\bmedi_cal rx\b/, /\bmedi_cal pharmacy\b/],
  pharmacy: [/\bpharmacy\b/, /\bfarmacia\b/],
  managed: [
    /\bmedi_cal (through|thru|with|con|via|por medio de) (a |an |un )?(health |managed )?plan\b/,
    /\bmanaged care\b/,
    /\bmedi_cal con (un )?plan( de salud)?\b/,
    /\bmy medi_cal plan\b/,
    /\bmi plan de medi_cal\b/,
  ],
  selfFunded: [
    /\bself ?-?(insured|funded|insures|insure)\b/,
    /\berisa\b/,
    /\bauto ?-?(financiado|asegurado)\b/,
    /\b(employer|company|job|empleador|compania|empresa|trabajo|patron) (pays|paga) (the |las |los )?(claims|reclamaciones|reclamos)\b/,
  ],
  /** Only as the answer to the regulator question ("does your employer pay claims itself?"). */
  selfFundedExpecting: [/^(my )?(employer|company|job) pays$/, /^(mi )?(empleador|compania|empresa|trabajo|patron) paga$/],
  cdi: [
    /\bcdi\b/,
    /\bdepartment of insurance\b/,
    /\binsurance department\b/,
    /\bdepartamento de seguros\b/,
    /\b(insurance|seguros) commissioner\b/,
    /\bcomisionado de seguros\b/,
    /\binsurance polic(y|ies)\b/,
    /\bpolicy from an insurance company\b/,
    /\bpoliza\b/,
  ],
  cdiExpecting: [/^(the )?doi$/],
  dmhc: [
    /\bdmhc\b/,
    /\bdepartment of managed health ?care\b/,
    /\bmanaged health ?care\b/,
    /\bdepartamento de atencion medica administrada\b/,
    /\batencion medica administrada\b/,
  ],
  hmo: [/\bhmo\b/],
  coveredCa: [/\bcovered (california|ca)\b/, /\bpor covered\b/],
} as const;

/** "not Kaiser", "I don't have Medi-Cal", "no sé si es Kaiser": the words before a plan word that undo it. */
export const coverageNegation =
  /(\bnot|\bno|\bnever|\bnunca|\bni|\bdont have|\bdo not have|\bdidnt have|\bused to have|\bantes tenia|\bya no tengo|\bno tengo|\bno es|\bno se si es|\bisnt|\bnot an?)( \w+){0,2} ?$/;

/** When the bot asks the regulator question, these mean "I can't tell". */
export const regulatorUnsure: readonly RegExp[] = [
  /^neither$/,
  /^none of (them|those)$/,
  /^(i )?(cant|cannot|can not) (find|tell)( the letter| it)?$/,
  /^i lost (the|my) letter$/,
  /^(it|the letter|the booklet) (doesnt|does not) say$/,
  /^(no encuentro|perdi) la carta$/,
  /^(la carta )?no (lo )?dice$/,
  /^ninguno$/,
  /^ni uno ni otro$/,
];

// ── Medi-Cal State Hearing (imr-rules §2: a held hearing blocks the IMR) ──

export const hearingRules: readonly Rule<Hearing>[] = [
  // Negations first: "I haven't asked for a hearing" holds the words of "asked for a hearing".
  {
    value: 'none',
    patterns: [
      /\bno (state )?hearing\b/,
      /\b(havent|have not|didnt|did not|never) (asked|requested|filed|applied)( for)?( a| one| the)?( state)? hearing\b/,
      /\bnever asked for a hearing\b/,
      /\bno he (pedido|solicitado)( ninguna| una)? audiencia\b/,
      /\bno (pedi|solicite)( una)? audiencia\b/,
      /\bnunca (pedi|solicite)( una)? audiencia\b/,
      /\bno audiencia\b/,
    ],
  },
  {
    value: 'requested',
    patterns: [
      /\basked but( its| it is)? not held( yet)?\b/,
      /\b(asked|requested|filed|applied) (for )?(a |the |my )?(state )?hearing\b/,
      /\bhearing is (scheduled|set|coming)\b/,
      /\bwaiting for (my|the|a) hearing\b/,
      /\bhave a hearing coming up\b/,
      /\bmy hearing is\b/,
      /\b(pedi|solicite) (una |la )?audiencia\b/,
      /\baudiencia (esta )?programada\b/,
      /\besperando (la|mi) audiencia\b/,
      /\bla audiencia es\b/,
    ],
  },
  {
    value: 'held',
    patterns: [
      /\b(had|went to|attended) (the |my |a |our )?(state )?hearing\b/,
      /\bhearing (was|has been|got) (already )?held\b/,
      /\bhearing (is|was) (already )?(over|done|finished)\b/,
      /\bhearing (already )?happened\b/,
      /\bhearing decision\b/,
      /\btuv(e|imos) (la |mi |una )?audiencia\b/,
      /\bya (fue|paso) la audiencia\b/,
      /\bla audiencia ya (paso|fue)\b/,
      /\bdecision de la audiencia\b/,
      /\bfui a (mi|la) audiencia\b/,
    ],
  },
  // Bare answers, read only right after the hearing question.
  {
    value: 'requested',
    whenExpecting: true,
    patterns: [
      /^(yes,? )?(i )?(requested|asked for (one|it))\b/,
      /\bscheduled\b/,
      /^solicitada$/,
      /\b(ya )?la (pedi|solicite)\b/,
      /\bya pedi una\b/,
      /^pedida\b/,
      /^pedi audiencia$/,
    ],
  },
  {
    value: 'held',
    whenExpecting: true,
    patterns: [
      /^held$/,
      /\bit was held\b/,
      /\balready had it\b/,
      /\bhad it already\b/,
      /\bjudge (already )?(ruled|decided)\b/,
      /\bel juez ya decidio\b/,
      /\bya se (hizo|llevo a cabo)\b/,
      /\bya la tuve\b/,
      /^ya fue$/,
    ],
  },
  {
    value: 'none',
    whenExpecting: true,
    patterns: [
      /^no,? (i )?(havent|have not|didnt|did not)\b/,
      /^(i )?(havent|have not|didnt|did not) (asked|requested)( for)?( one| it)?$/,
      /^(i )?(didnt|did not) ask for one$/,
      /^no,? no he (pedido|solicitado)$/,
    ],
  },
];

// ── denial reason (imr-rules §1; O8 draws the emergency/billing line) ──

/** "denied my appeal" is an appeal answer, not a reason. */
const notAppealObject = '(?!(appeal|grievance|claim|coverage|enrollment|application|apelacion|queja)\\b)';

export const reasonRules: readonly Rule<Reason>[] = [
  {
    value: 'enrollment',
    patterns: [
      /\bnot eligible( for [\w_]+)?\b/,
      /\beligibility\b/,
      /\b(open )?enroll(ment|ed)?\b/,
      /\blet me enroll\b/,
      /\bpremium (help|assistance|subsid\w*)\b/,
      /\bsubsid(y|ies)\b/,
      /\btax credit\b/,
      /\b(dont|do not|didnt|did not) qualify\b/,
      /\bcounty (said|says|cut|denied|dropped)\b/,
      /\bcut me off( [\w_]+)?\b/,
      /(?<!\bdoble )\belegib(le|ilidad)\b/,
      /\binscri(pcion|bir|birme)\b/,
      /\bno califico\b/,
      /\bsubsidio\b/,
      /\bayuda (con|para) la prima\b/,
      /\bcredito fiscal\b/,
      /\bel condado\b/,
      /\bme (sacaron|quitaron) del? medi_cal\b/,
      /\bno me aceptaron en covered( california| ca)?\b/,
      /\bcovered (california|ca) (cancell?ed|dropped|denied)\b/,
    ],
  },
  {
    value: 'billing',
    patterns: [
      /\bbilled me\b/,
      /\bcharged me\b/,
      /\bovercharg\w*/,
      /\bco-?pay\w*/,
      /\bbalance bill\w*/,
      /\bwrong (billing )?codes?\b/,
      /\bcoded (it )?wrong\b/,
      /\bsurprise bill\b/,
      /\bbilling\b/,
      /\bthe amount\b/,
      /\bcancell?ed my (coverage|insurance|plan)\b/,
      /\bdropped my (coverage|insurance)\b/,
      /\bcobr(o|aron|an|ar)\b/,
      /\bcopago\b/,
      /\bfacturacion\b/,
      /\bfactura\b/,
      /\bcodigo equivocado\b/,
      /\bla cantidad esta mal\b/,
      /\bcancel(o|aron) mi (cobertura|seguro|plan)\b/,
    ],
  },
  {
    value: 'emergency_payment',
    patterns: [
      /\b(wont|will not|wouldnt|would not|refuses? to|refused to|didnt|did not|not going to|dont want to|do not want to|not) (pay|paying|cover|covering)( for)?( \w+){0,4} (er|emergency|urgent care|ambulance)\b/,
      /\b(er|emergency room|emergency|urgent care|ambulance) (visit |room )?(bills?|claims?|visits?) (was |were |got |is )?(denied|rejected|not paid|unpaid)\b/,
      /\bdenied (the |my )?(payment|claim)s? for (my |the )?(\w+ ){0,2}?(er|emergency|urgent care|ambulance)\b/,
      /\bdenied my (er|emergency|urgent care|ambulance)( room)?( \w+)?\b/,
      /\b(wasnt|was not|werent|were not) (an? )?(real |true )?emergency\b/,
      /\b(er|emergency room) (visit )?(bills?|claims?)\b/,
      /\bno (me |le )?(quieren|quiere|van a|pagan|pagaron|cubren|cubrieron|pago|cubre)( pagar| cubrir)?( \w+){0,6} (emergencias?|er|urgencias|urgent care|ambulancia)\b/,
      /\b(negaron|rechazaron) el (pago|reclamo) (de|del) (la )?(emergencias?|er|ambulancia)\b/,
      /\bno (fue|era) (una )?emergencia\b/,
      /\bcuenta de (la )?(sala de )?emergencias?\b/,
    ],
  },
  { value: 'billing', weak: true, patterns: [/\b(a|un|the|my|mi|el) bill\b/, /^bill$/] },
  {
    value: 'experimental',
    patterns: [
      /(?<!\bnot |\bno es |\bisnt )\bexperimental\b/,
      /\binvestigational\b/,
      /\binvestigative\b/,
      /\bclinical trial\b/,
      /\binvestigacional\b/,
      /\ben investigacion\b/,
      /\bensayo clinico\b/,
      /\bestudio clinico\b/,
    ],
  },
  {
    value: 'not_covered',
    patterns: [
      /\bexclusion (de|of) (la |the |my |mi )?(poliza|policy|plan|contrato)\b/,
      /\bnot (a )?covered( benefit| service)?\b/,
      /\b(isnt|is not|arent|are not|wasnt|was not) covered\b/,
      /\bexclu(ded|des|sion|ido|ye)\b/,
      /\b(doesnt|does not|never|dont|do not) covers?\b/,
      /\bnot a benefit\b/,
      /\bno (es|esta) (un )?(beneficio|servicio)? ?cubierto\b/,
      /\bno es un beneficio\b/,
      /\bno lo cubre(n)?\b/,
      /\bno cubre\b/,
      /\bnunca lo cubren?\b/,
    ],
  },
  {
    value: 'medical_necessity',
    patterns: [
      /\bnot (medically )?(necessary|needed)\b/,
      /\bmedically unnecessary\b/,
      /\bmedical necessity\b/,
      /\b(dont|do not) need (it|this|that)\b/,
      /\bprior auth(orization)?( was| is)? denied\b/,
      /\bdenied (the )?prior auth(orization)?\b/,
      /\bno es (medicamente )?necesari[oa]\b/,
      /\bnecesidad medica\b/,
      /\bno lo necesito\b/,
      /\bnegaron la autorizacion( previa)?\b/,
    ],
  },
  {
    value: 'medical_necessity',
    weak: true,
    patterns: [
      new RegExp(
        `\\b(denied|turned down|rejected|refused to (approve|authorize)|wont approve|will not approve|wouldnt approve|delayed|cut|modified) (my|the|his|her|our|a|an) ${notAppealObject}\\w+`,
      ),
      new RegExp(`\\b(negaron|nego|denegaron|denego|rechazaron|retrasaron|retraso) (la|el|mi|los|las|un|una) ${notAppealObject}\\w+`),
      /\bno (me )?(aprobaron|aprueban|autorizaron|quieren (autorizar|aprobar))\b/,
    ],
  },
  {
    value: 'unsure',
    patterns: [
      /\b(didnt|did not) (say|tell me|explain) why\b/,
      /\bno reason( given)?\b/,
      /\b(didnt|did not) give (me )?a reason\b/,
      /\bnot sure why\b/,
      /\b(dont|do not) know why\b/,
      /\bno (me )?(dijeron|dieron) (por que|la razon|razon)\b/,
      /\bno se por que\b/,
    ],
  },
  {
    value: 'unsure',
    whenExpecting: true,
    patterns: [
      /^(the )?letter (doesnt|does not) say$/,
      /^(i )?(dont|do not) understand the letter$/,
      /^(i )?(cant|cannot) tell from the letter$/,
      /^unclear$/,
      /^la carta no dice$/,
      /^no entiendo la carta$/,
      /^no (me )?explicaron$/,
    ],
  },
];

// ── internal appeal status (imr-rules §1) ──

/** Words that put a message about the appeal: without them, "waiting" or "said no" mean nothing here. */
export const appealWord = /\b(appeal\w*|grievance|apel\w*|queja)\b/;

export const appealRules: readonly Rule<AppealStatus>[] = [
  {
    value: 'not_filed',
    patterns: [
      /\b(havent|have not|didnt|did not|never|not) (yet )?(appeal|appealed|filed?( an?| my)? (appeal|grievance))\b/,
      /\bno appeal\b/,
      /\bnot appealed\b/,
      /\bno (he|hemos) (apelado|puesto (una |ninguna )?queja|presentado (una |ninguna )?apelacion|metido (la )?apelacion|hecho (ninguna |una )?(queja|apelacion))\b/,
      /\bno (apele|hice (una |ninguna )?apelacion)\b/,
      /\bnunca apele\b/,
      /\b(todavia|aun) no (he )?apel(o|ado|e)\b/,
    ],
  },
  { value: 'decided', patterns: [/\bnotice of appeal resolution\b/, /\baviso de resolucion de (la )?apelacion\b/, /\bupheld the denial\b/, /\bmantuvieron la negacion\b/] },
  {
    value: 'pending',
    whenExpecting: true,
    patterns: [
      /\b(still )?waiting\b/,
      /\bno (answer|response|decision|reply)( yet)?\b/,
      /\b(havent|have not) (heard( back)?|answered|responded)\b/,
      /\bpending\b/,
      /\bunder review\b/,
      /\bin process\b/,
      /\besperando\b/,
      /\bpendiente\b/,
      /\b(todavia|aun) no (me )?(contestan|responden|dan respuesta|han contestado)\b/,
      /\bno me han (respondido|contestado)\b/,
      /\bsin respuesta\b/,
      /\bnada todavia\b/,
    ],
  },
  {
    value: 'decided',
    whenExpecting: true,
    patterns: [
      /\bsaid no\b/,
      /\b(denied|rejected|upheld|turned (it )?down)\b/,
      /\blost\b/,
      /\bstill no\b/,
      /\b(dijeron|contestaron) que no\b/,
      /\b(la |me la )?negaron\b/,
      /\brechaza(ron|da)\b/,
      /\bperdi\b/,
      /\bnegada\b/,
      /\bes no\b/,
    ],
  },
];

// ── urgency (imr-rules §1: a doctor says waiting is an imminent and serious threat) ──

export const urgencyRules: readonly Rule<Urgency>[] = [
  { value: 'urgent', patterns: [/\b(cant|cannot|can not) wait\b/, /\bno (puede|puedo|podemos) esperar\b/] },
  {
    value: 'not_urgent',
    patterns: [
      /\b(not|isnt|is not|no es|no) (really |very |that |tan |muy )?urgente?\b(?! care)/,
      /\b(doesnt|does not|didnt|did not|hasnt|has not|never) (say|said) (that )?(its |it is |it was )?urgent\b/,
      /\bno (dice|dijo|ha dicho) que (es|sea|era|fuera) urgente\b/,
      /\bno creo que sea urgente\b/,
      /\b(it )?can wait\b/,
      /\bno rush\b/,
      /\bno hay prisa\b/,
      /\bpuede esperar\b/,
    ],
  },
  {
    value: 'not_urgent',
    whenExpecting: true,
    patterns: [
      /\bnot an emergency\b/,
      /\bno es (una )?emergencia\b/,
      /\bdoctor (didnt|did not|hasnt|has not|never) (say|said)\b/,
      /\bdoctor no (dijo|ha dicho)\b/,
    ],
  },
  {
    value: 'urgent',
    patterns: [
      // A negation a few words before ("no creo que el doctor diga que es urgente") leaves it unread.
      /(?<!\b(not|no|never|nunca|dont|doesnt|didnt|isnt|nadie)\b[\w ]{0,45})\burgente?\b(?! care)/,
      /\blife ?-?threatening\b/,
      /\bserious(ly)? harm\b/,
      /\bwaiting could (harm|hurt)\b/,
      /\b(could|can) (seriously )?(harm|hurt) me\b/,
      /\bpuede hacer dano\b/,
      /\bpone en riesgo mi vida\b/,
    ],
  },
  { value: 'urgent', whenExpecting: true, patterns: [/\bes grave\b/] },
];

// ── planName refusal: a member ID is never a plan name (answers.ts: planName is a brand, never an ID) ──

export const planNameFiller = /^(its called|it is called|it is|its|my plan is called|my plan is|the plan is|called|se llama|mi plan se llama|mi plan es|el plan es|my plan|i have|tengo|es)\s+/;
